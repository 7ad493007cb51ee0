-- Rollups applied in batches (dashboard.Rollups). Every ticket write used to apply its contribution inside its own
-- transaction: the ticket's contribution row and one ticket_daily row per node from its grid up to the district,
-- upserted at 0.6-0.9 ms of database time a write under the benchmark's load (two fifths of an acceptance's), with
-- the district's row of the day and category locked by every concurrent write until it committed. A write now notes
-- its ticket here, in its own transaction; the noted tickets are applied together every second and before anything
-- reads the rollups, one upsert per row however many tickets changed it.
--
-- No unique key: noting only appends, so it never waits. With one note per ticket it did: a transaction notes its
-- tickets just before it commits, Hibernate writes a changed ticket at the commit itself, so of two transactions
-- changing one ticket one could hold the note's key and wait for the ticket's row while the other held the row and
-- waited for the key (a deadlock), and writes waited for batches taking a ticket's older note. A ticket noted twice is
-- applied once.
-- No index either: a batch takes whatever notes there are, and a write pays for nothing but the row.
CREATE TABLE ticket_rollup_pending (
    ticket_id BIGINT NOT NULL
);

-- One writer of the rollups at a time, until its transaction ends. A ticket's change used to apply its rollups while
-- holding the ticket's row, which kept two applications of one ticket in order; a batch holds no ticket, and two
-- batches (two nodes, or a reader catching up beside the scheduled tick) taking notes of one ticket could each read
-- the ticket as of its own start and the later-started one undo the other. Everything that writes ticket_contribution
-- or ticket_daily takes this lock first, and reads the tickets only after it has it.
CREATE FUNCTION lock_ticket_rollups() RETURNS VOID
    LANGUAGE sql AS
$$
SELECT pg_advisory_xact_lock(hashtext('griddesk.ticket_rollups'))
$$;

-- Applies up to batch notes and removes them, in one transaction; returns how many notes it took. With no notes it
-- returns at once without the lock: notes another batch is removing still count as there until it commits, so this
-- waits for that batch instead. Each statement after the lock reads what was committed before it began, so once a call
-- returns 0 every change noted before the caller started is in the rollups.
CREATE FUNCTION apply_pending_ticket_contributions(zone TEXT, batch INT) RETURNS INT
    LANGUAGE plpgsql AS
$$
DECLARE
    taken BIGINT[];
    ids BIGINT[];
BEGIN
    IF NOT EXISTS (SELECT 1 FROM ticket_rollup_pending) THEN
        RETURN 0;
    END IF;
    PERFORM lock_ticket_rollups();
    WITH removed AS (
        DELETE FROM ticket_rollup_pending p
        WHERE p.ctid = ANY (ARRAY(SELECT q.ctid FROM ticket_rollup_pending q LIMIT batch))
        RETURNING p.ticket_id
    )
    SELECT array_agg(ticket_id) INTO taken FROM removed;
    IF taken IS NULL THEN
        RETURN 0;
    END IF;
    SELECT array_agg(DISTINCT id ORDER BY id) INTO ids FROM unnest(taken) AS noted(id);
    PERFORM apply_ticket_contributions(ids, zone);
    RETURN cardinality(taken);
END;
$$;

-- The dashboard's live counts read every open ticket of the district on each refresh: 465,000 at 10M tickets,
-- about a second of database time under load every few seconds. They now read only what changes with the clock:
--
-- * how many tickets each region has open is kept beside the tickets (region_open_tickets), changed by the ticket
--   writes themselves, so a count is a few hundred rows whatever the number of tickets;
-- * warning and overdue depend on the time of the reading, so they are still counted from the tickets, but only from
--   those past their warning point (ticket_open_warning_idx) and past their due time (ticket_open_due_idx): about a
--   fifth of the open tickets.

-- The current window's warning point (ticket_warning_at, V102), kept on the ticket so that an index can order by it
-- and every count of warning tickets reads it rather than working it out again.
ALTER TABLE ticket
    ADD COLUMN warning_at TIMESTAMP WITH TIME ZONE;

CREATE OR REPLACE FUNCTION ticket_deadline_check() RETURNS TRIGGER
    LANGUAGE plpgsql
AS
$$
BEGIN
    NEW.warning_at := ticket_warning_at(NEW.status, NEW.window_start_at, NEW.accept_due_at, NEW.accept_warning_at,
                                        NEW.resolve_due_at, NEW.resolve_warning_at);
    NEW.deadline_check_at := NEW.warning_at;
    RETURN NEW;
END
$$;

UPDATE ticket
SET warning_at = ticket_warning_at(status, window_start_at, accept_due_at, accept_warning_at, resolve_due_at,
                                   resolve_warning_at)
WHERE status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS');

-- The queue's counts read the warning point from their covering indexes (V95, V97) instead of working it out again.
DROP INDEX ticket_grid_intake_idx;
CREATE INDEX ticket_grid_intake_idx ON ticket (region_id, accept_due_at, id) INCLUDE (warning_at)
    WHERE status = 'SUBMITTED' AND department_id IS NULL;
DROP INDEX ticket_in_hand_idx;
CREATE INDEX ticket_in_hand_idx ON ticket (assignee_id, region_id, resolve_due_at)
    INCLUDE (department_id, warning_at)
    WHERE status IN ('ACCEPTED', 'IN_PROGRESS');

CREATE INDEX ticket_open_warning_idx
    ON ticket (region_id, warning_at)
    INCLUDE (status, accept_due_at, resolve_due_at)
    WHERE status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS');

CREATE TABLE region_open_tickets (
    region_id BIGINT NOT NULL PRIMARY KEY REFERENCES region (id),
    open      BIGINT NOT NULL
);

INSERT INTO region_open_tickets (region_id, open)
SELECT region_id, count(*)
FROM ticket
WHERE status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS')
GROUP BY region_id;

-- Runs for each ticket that opens, closes or changes owner while open. A row lock on a region's count is held until
-- the ticket's transaction ends, so two submissions to one grid commit one after the other; a ticket write is a few
-- milliseconds, and a grid takes a few tickets a second even in a storm. A move changes two counts, written in region
-- order, so that two tickets moved the opposite ways at once cannot deadlock.
CREATE FUNCTION ticket_open_count() RETURNS TRIGGER
    LANGUAGE plpgsql
AS
$$
DECLARE
    leaving BIGINT;
    joining BIGINT;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        IF OLD.status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS') THEN
            leaving := OLD.region_id;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        IF NEW.status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS') THEN
            joining := NEW.region_id;
        END IF;
    END IF;
    INSERT INTO region_open_tickets AS counted (region_id, open)
    SELECT change.region_id, change.open
    FROM (VALUES (leaving, -1), (joining, 1)) AS change (region_id, open)
    WHERE change.region_id IS NOT NULL
    ORDER BY change.region_id
    ON CONFLICT (region_id) DO UPDATE SET open = counted.open + EXCLUDED.open;
    RETURN NULL;
END
$$;

CREATE TRIGGER ticket_open_count_on_insert
    AFTER INSERT
    ON ticket
    FOR EACH ROW
    WHEN (NEW.status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'))
EXECUTE FUNCTION ticket_open_count();

CREATE TRIGGER ticket_open_count_on_change
    AFTER UPDATE OF status, region_id
    ON ticket
    FOR EACH ROW
    WHEN ((OLD.status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS')) IS DISTINCT FROM
          (NEW.status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'))
        OR (OLD.region_id IS DISTINCT FROM NEW.region_id
            AND OLD.status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS')))
EXECUTE FUNCTION ticket_open_count();

CREATE TRIGGER ticket_open_count_on_delete
    AFTER DELETE
    ON ticket
    FOR EACH ROW
    WHEN (OLD.status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS'))
EXECUTE FUNCTION ticket_open_count();

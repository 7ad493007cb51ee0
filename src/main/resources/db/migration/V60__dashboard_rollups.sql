-- Dashboard figures (DOMAIN.md, "Figures the command centers show"), formula version GD-FIG-1.
--
-- Every figure is about a cohort: the tickets SUBMITTED in the period (a rate's numerator and denominator are the
-- same tickets), counted in the state they are in now. A ticket counts for the region that owns it now (so a
-- reassignment moves its figures along, and a figure always equals the ticket list it links to).
--
-- ticket_contribution_now is the one definition of what a ticket contributes. ticket_contribution keeps what each
-- ticket contributed last time, so a change adds the difference (new − old) to ticket_daily. ticket_daily holds one
-- row per day of submission, region NODE (the owner region and each of its ancestors: a node's row is the sum of its
-- subtree, so the district's figures read a few rows, never the tree), category, kind, channel and department.

CREATE VIEW ticket_contribution_now AS
SELECT t.id                                                                      AS ticket_id,
       t.submitted_at,
       t.region_id,
       t.category_id,
       t.kind,
       t.channel,
       t.department_id,
       CASE WHEN t.status = 'CANCELLED' THEN 1 ELSE 0 END                        AS cancelled,
       CASE WHEN t.accepted_at IS NOT NULL THEN 1 ELSE 0 END                     AS accepted,
       CASE WHEN t.accepted_at <= t.accept_due_at THEN 1 ELSE 0 END              AS accepted_in_window,
       CASE WHEN t.accepted_at IS NOT NULL
            THEN round(EXTRACT(EPOCH FROM t.accepted_at - t.submitted_at))::bigint ELSE 0 END AS accept_seconds,
       CASE WHEN t.status IN ('RESOLVED', 'CLOSED') THEN 1 ELSE 0 END            AS resolved,
       CASE WHEN t.status IN ('RESOLVED', 'CLOSED') AND t.resolved_at <= t.resolve_due_at
            THEN 1 ELSE 0 END                                                    AS resolved_in_window,
       CASE WHEN t.status IN ('RESOLVED', 'CLOSED') AND t.resolved_at IS NOT NULL
            THEN round(EXTRACT(EPOCH FROM t.resolved_at - t.submitted_at))::bigint ELSE 0 END AS resolve_seconds,
       CASE WHEN t.status = 'CLOSED' THEN 1 ELSE 0 END                           AS closed,
       CASE WHEN t.status = 'CLOSED' AND t.rating_score IS NULL THEN 1 ELSE 0 END AS closed_unrated,
       CASE WHEN t.rating_score IS NOT NULL THEN 1 ELSE 0 END                    AS rated,
       CASE WHEN t.rating_score >= 4 THEN 1 ELSE 0 END                           AS satisfied,
       CASE WHEN t.reopen_count > 0 THEN 1 ELSE 0 END                            AS reopened
FROM ticket t;

CREATE TABLE ticket_contribution (
    ticket_id          BIGINT      NOT NULL PRIMARY KEY REFERENCES ticket (id),
    day                DATE        NOT NULL,
    region_id          BIGINT      NOT NULL REFERENCES region (id),
    category_id        BIGINT      NOT NULL REFERENCES category (id),
    kind               VARCHAR(16) NOT NULL,
    channel            VARCHAR(16) NOT NULL,
    department_id      BIGINT REFERENCES department (id),
    cancelled          SMALLINT    NOT NULL,
    accepted           SMALLINT    NOT NULL,
    accepted_in_window SMALLINT    NOT NULL,
    accept_seconds     BIGINT      NOT NULL,
    resolved           SMALLINT    NOT NULL,
    resolved_in_window SMALLINT    NOT NULL,
    resolve_seconds    BIGINT      NOT NULL,
    closed             SMALLINT    NOT NULL,
    closed_unrated     SMALLINT    NOT NULL,
    rated              SMALLINT    NOT NULL,
    satisfied          SMALLINT    NOT NULL,
    reopened           SMALLINT    NOT NULL
);

-- No CHECK (x >= 0) here: PostgreSQL checks the proposed row of INSERT … ON CONFLICT before it finds the conflict,
-- and the proposed rows are differences, often negative.
CREATE TABLE ticket_daily (
    node_id            BIGINT      NOT NULL REFERENCES region (id),
    day                DATE        NOT NULL,
    category_id        BIGINT      NOT NULL REFERENCES category (id),
    kind               VARCHAR(16) NOT NULL,
    channel            VARCHAR(16) NOT NULL,
    department_id      BIGINT REFERENCES department (id),
    submitted          INT         NOT NULL,
    cancelled          INT         NOT NULL,
    accepted           INT         NOT NULL,
    accepted_in_window INT         NOT NULL,
    accept_seconds     BIGINT      NOT NULL,
    resolved           INT         NOT NULL,
    resolved_in_window INT         NOT NULL,
    resolve_seconds    BIGINT      NOT NULL,
    closed             INT         NOT NULL,
    closed_unrated     INT         NOT NULL,
    rated              INT         NOT NULL,
    satisfied          INT         NOT NULL,
    reopened           INT         NOT NULL
);
CREATE UNIQUE INDEX ticket_daily_key
    ON ticket_daily (node_id, day, category_id, kind, channel, department_id) NULLS NOT DISTINCT;
-- Every dashboard query reads a node's days from this index alone (an index-only scan over a few thousand entries),
-- wherever updates have scattered the rows themselves.
CREATE INDEX ticket_daily_node_day ON ticket_daily (node_id, day)
    INCLUDE (submitted, cancelled, accepted, accepted_in_window, accept_seconds, resolved, resolved_in_window,
             resolve_seconds, closed, closed_unrated, rated, satisfied, reopened, category_id, kind, channel,
             department_id);

-- The chain of region ids from the district down to the node, read from its materialised path.
CREATE FUNCTION region_chain(path VARCHAR) RETURNS BIGINT[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN string_to_array(btrim(path, '/'), '/')::BIGINT[];

-- Brings the rollups of these tickets up to date: their contributions now, minus what they contributed before,
-- added to every ancestor node's row. Rows are written in key order, so concurrent transactions never deadlock.
CREATE FUNCTION apply_ticket_contributions(ticket_ids BIGINT[], zone TEXT) RETURNS VOID
    LANGUAGE plpgsql AS
$$
BEGIN
    WITH old AS (
        SELECT c.*
        FROM ticket_contribution c
        WHERE c.ticket_id = ANY (ticket_ids)
        ORDER BY c.ticket_id
        FOR UPDATE
    ), fresh AS (
        SELECT n.ticket_id, (n.submitted_at AT TIME ZONE zone)::DATE AS day, n.region_id, n.category_id, n.kind,
               n.channel, n.department_id, n.cancelled, n.accepted, n.accepted_in_window, n.accept_seconds,
               n.resolved, n.resolved_in_window, n.resolve_seconds, n.closed, n.closed_unrated, n.rated,
               n.satisfied, n.reopened
        FROM ticket_contribution_now n
        WHERE n.ticket_id = ANY (ticket_ids)
    ), saved AS (
        INSERT INTO ticket_contribution
        SELECT * FROM fresh
        ON CONFLICT (ticket_id) DO UPDATE SET
            day = EXCLUDED.day, region_id = EXCLUDED.region_id, category_id = EXCLUDED.category_id,
            kind = EXCLUDED.kind, channel = EXCLUDED.channel, department_id = EXCLUDED.department_id,
            cancelled = EXCLUDED.cancelled, accepted = EXCLUDED.accepted,
            accepted_in_window = EXCLUDED.accepted_in_window, accept_seconds = EXCLUDED.accept_seconds,
            resolved = EXCLUDED.resolved, resolved_in_window = EXCLUDED.resolved_in_window,
            resolve_seconds = EXCLUDED.resolve_seconds, closed = EXCLUDED.closed,
            closed_unrated = EXCLUDED.closed_unrated, rated = EXCLUDED.rated, satisfied = EXCLUDED.satisfied,
            reopened = EXCLUDED.reopened
    ), delta AS (
        SELECT day, region_id, category_id, kind, channel, department_id, 1 AS submitted, cancelled, accepted,
               accepted_in_window, accept_seconds, resolved, resolved_in_window, resolve_seconds, closed,
               closed_unrated, rated, satisfied, reopened
        FROM fresh
        UNION ALL
        SELECT day, region_id, category_id, kind, channel, department_id, -1, -cancelled, -accepted,
               -accepted_in_window, -accept_seconds, -resolved, -resolved_in_window, -resolve_seconds, -closed,
               -closed_unrated, -rated, -satisfied, -reopened
        FROM old
    ), by_node AS (
        SELECT node.id AS node_id, d.day, d.category_id, d.kind, d.channel, d.department_id,
               sum(d.submitted) AS submitted, sum(d.cancelled) AS cancelled, sum(d.accepted) AS accepted,
               sum(d.accepted_in_window) AS accepted_in_window, sum(d.accept_seconds) AS accept_seconds,
               sum(d.resolved) AS resolved, sum(d.resolved_in_window) AS resolved_in_window,
               sum(d.resolve_seconds) AS resolve_seconds, sum(d.closed) AS closed,
               sum(d.closed_unrated) AS closed_unrated, sum(d.rated) AS rated, sum(d.satisfied) AS satisfied,
               sum(d.reopened) AS reopened
        FROM delta d
        JOIN region r ON r.id = d.region_id
        CROSS JOIN LATERAL unnest(region_chain(r.path)) AS node(id)
        GROUP BY node.id, d.day, d.category_id, d.kind, d.channel, d.department_id
    )
    INSERT INTO ticket_daily AS daily (node_id, day, category_id, kind, channel, department_id, submitted, cancelled,
                                       accepted, accepted_in_window, accept_seconds, resolved, resolved_in_window,
                                       resolve_seconds, closed, closed_unrated, rated, satisfied, reopened)
    SELECT node_id, day, category_id, kind, channel, department_id, submitted, cancelled, accepted,
           accepted_in_window, accept_seconds, resolved, resolved_in_window, resolve_seconds, closed,
           closed_unrated, rated, satisfied, reopened
    FROM by_node
    WHERE (submitted, cancelled, accepted, accepted_in_window, accept_seconds, resolved, resolved_in_window,
           resolve_seconds, closed, closed_unrated, rated, satisfied, reopened)
              IS DISTINCT FROM (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
    ORDER BY node_id, day, category_id, kind, channel, department_id NULLS FIRST
    ON CONFLICT (node_id, day, category_id, kind, channel, department_id) DO UPDATE SET
        submitted = daily.submitted + EXCLUDED.submitted,
        cancelled = daily.cancelled + EXCLUDED.cancelled,
        accepted = daily.accepted + EXCLUDED.accepted,
        accepted_in_window = daily.accepted_in_window + EXCLUDED.accepted_in_window,
        accept_seconds = daily.accept_seconds + EXCLUDED.accept_seconds,
        resolved = daily.resolved + EXCLUDED.resolved,
        resolved_in_window = daily.resolved_in_window + EXCLUDED.resolved_in_window,
        resolve_seconds = daily.resolve_seconds + EXCLUDED.resolve_seconds,
        closed = daily.closed + EXCLUDED.closed,
        closed_unrated = daily.closed_unrated + EXCLUDED.closed_unrated,
        rated = daily.rated + EXCLUDED.rated,
        satisfied = daily.satisfied + EXCLUDED.satisfied,
        reopened = daily.reopened + EXCLUDED.reopened;
END;
$$;

-- Recomputes every rollup from the tickets (after bulk loads, or after the region tree was rearranged). Ticket
-- changes wait while it runs.
CREATE FUNCTION rebuild_ticket_rollups(zone TEXT) RETURNS VOID
    LANGUAGE plpgsql AS
$$
BEGIN
    LOCK TABLE ticket IN SHARE MODE;
    LOCK TABLE ticket_contribution, ticket_daily IN ACCESS EXCLUSIVE MODE;
    TRUNCATE ticket_daily, ticket_contribution;
    INSERT INTO ticket_contribution
    SELECT n.ticket_id, (n.submitted_at AT TIME ZONE zone)::DATE, n.region_id, n.category_id, n.kind, n.channel,
           n.department_id, n.cancelled, n.accepted, n.accepted_in_window, n.accept_seconds, n.resolved,
           n.resolved_in_window, n.resolve_seconds, n.closed, n.closed_unrated, n.rated, n.satisfied, n.reopened
    FROM ticket_contribution_now n;
    INSERT INTO ticket_daily (node_id, day, category_id, kind, channel, department_id, submitted, cancelled,
                              accepted, accepted_in_window, accept_seconds, resolved, resolved_in_window,
                              resolve_seconds, closed, closed_unrated, rated, satisfied, reopened)
    SELECT node.id, c.day, c.category_id, c.kind, c.channel, c.department_id, count(*), sum(c.cancelled),
           sum(c.accepted), sum(c.accepted_in_window), sum(c.accept_seconds), sum(c.resolved),
           sum(c.resolved_in_window), sum(c.resolve_seconds), sum(c.closed), sum(c.closed_unrated), sum(c.rated),
           sum(c.satisfied), sum(c.reopened)
    FROM ticket_contribution c
    JOIN region r ON r.id = c.region_id
    CROSS JOIN LATERAL unnest(region_chain(r.path)) AS node(id)
    GROUP BY node.id, c.day, c.category_id, c.kind, c.channel, c.department_id
    ORDER BY node.id, c.day;
    ANALYZE ticket_contribution;
    ANALYZE ticket_daily;
END;
$$;

-- Live counts (open, warning, overdue) read only open tickets, from this index alone.
CREATE INDEX ticket_open_deadline_idx ON ticket (region_id)
    INCLUDE (id, status, window_start_at, accept_due_at, resolve_due_at)
    WHERE status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS');

-- The district dashboard's queries (dashboard.FigureQueries and LiveQueries) for the last 30 days, with their plans
-- and timings. Run against a database loaded by bench/generate.sh:  psql -f bench/measure.sql
\set ON_ERROR_STOP on
SELECT timezone('Asia/Shanghai', now())::DATE AS today \gset
SELECT (:'today'::DATE - 29) AS from_day, (:'today'::DATE - 6) AS week_day \gset
SELECT array_agg(id)::TEXT AS all_regions FROM region \gset
SELECT array_agg(id)::TEXT AS streets FROM region WHERE parent_id = 1 \gset
SELECT count(*) AS tickets FROM ticket \gset
SELECT count(*) AS rollup_rows FROM ticket_daily \gset
\echo tickets :tickets, rollup rows :rollup_rows, period :from_day to :today

\echo '--- tiles: the period''s figures'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT sum(submitted), sum(cancelled), sum(accepted), sum(accepted_in_window), sum(accept_seconds), sum(resolved),
       sum(resolved_in_window), sum(resolve_seconds), sum(closed), sum(closed_unrated), sum(rated), sum(satisfied),
       sum(reopened)
FROM ticket_daily WHERE node_id = 1 AND day BETWEEN :'from_day' AND :'today';

\echo '--- tiles: submitted today, 7 days, 30 days'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT coalesce(sum(submitted) FILTER (WHERE day = :'today'), 0), coalesce(sum(submitted) FILTER (WHERE day >= :'week_day'), 0),
       coalesce(sum(submitted), 0)
FROM ticket_daily WHERE node_id = 1 AND day BETWEEN :'from_day' AND :'today';

\echo '--- breakdown by child region (the six streets)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT node_id, sum(submitted), sum(cancelled), sum(accepted), sum(accepted_in_window), sum(accept_seconds),
       sum(resolved), sum(resolved_in_window), sum(resolve_seconds), sum(closed), sum(closed_unrated), sum(rated),
       sum(satisfied), sum(reopened)
FROM ticket_daily WHERE node_id = ANY (:'streets'::BIGINT[]) AND day BETWEEN :'from_day' AND :'today' GROUP BY node_id;

\echo '--- breakdown by category (kind, channel, department and day read the same rows)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT category_id, sum(submitted), sum(cancelled), sum(accepted), sum(accepted_in_window), sum(accept_seconds),
       sum(resolved), sum(resolved_in_window), sum(resolve_seconds), sum(closed), sum(closed_unrated), sum(rated),
       sum(satisfied), sum(reopened)
FROM ticket_daily WHERE node_id = 1 AND day BETWEEN :'from_day' AND :'today' GROUP BY category_id ORDER BY category_id;

\echo '--- daily trend'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT day, sum(submitted), sum(resolved), sum(accepted_in_window) FROM ticket_daily
WHERE node_id = 1 AND day BETWEEN :'from_day' AND :'today' GROUP BY day ORDER BY day;

\echo '--- live: open, warning, overdue per owner region (index-only on open tickets)'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT region_id, count(*),
       count(*) FILTER (WHERE now() <= due AND now() >= window_start_at + (due - window_start_at) * 0.8),
       count(*) FILTER (WHERE now() > due)
FROM (SELECT id, region_id, window_start_at,
             CASE WHEN status = 'SUBMITTED' THEN accept_due_at ELSE resolve_due_at END AS due
      FROM ticket WHERE status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS') AND region_id = ANY (:'all_regions'::BIGINT[])) o
GROUP BY region_id;

\echo '--- live: the ten longest overdue'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT t.id, t.number, t.title, t.region_id, t.status, top.due
FROM (SELECT id, due
      FROM (SELECT id, region_id, window_start_at,
                   CASE WHEN status = 'SUBMITTED' THEN accept_due_at ELSE resolve_due_at END AS due
            FROM ticket
            WHERE status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS') AND region_id = ANY (:'all_regions'::BIGINT[])) o
      WHERE due < now() ORDER BY due, id LIMIT 10) top
JOIN ticket t ON t.id = top.id ORDER BY top.due, t.id;

\echo '--- for comparison: the same tiles counted from the tickets themselves'
EXPLAIN (ANALYZE, BUFFERS, COSTS OFF)
SELECT count(*), count(*) FILTER (WHERE status = 'CANCELLED'), count(accepted_at),
       count(*) FILTER (WHERE accepted_at <= accept_due_at), count(*) FILTER (WHERE status IN ('RESOLVED', 'CLOSED')),
       count(*) FILTER (WHERE status IN ('RESOLVED', 'CLOSED') AND resolved_at <= resolve_due_at),
       count(rating_score), count(*) FILTER (WHERE rating_score >= 4)
FROM ticket
WHERE submitted_at >= (:'from_day'::DATE)::TIMESTAMP AT TIME ZONE 'Asia/Shanghai'
  AND submitted_at < (:'today'::DATE + 1)::TIMESTAMP AT TIME ZONE 'Asia/Shanghai';

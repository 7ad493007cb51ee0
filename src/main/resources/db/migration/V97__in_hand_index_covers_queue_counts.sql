-- The queue's "in hand" counts filter a worker's open tickets by grid, department, due and warning times. The partial
-- index held only (assignee_id, resolve_due_at), so PostgreSQL intersected it with the grid's whole ticket index
-- (thousands of entries) and visited the table: about 1 ms of every queue page at 1M tickets. Carrying the other
-- columns makes it an index-only scan of the worker's own few entries.
DROP INDEX ticket_in_hand_idx;
CREATE INDEX ticket_in_hand_idx ON ticket (assignee_id, resolve_due_at)
    INCLUDE (region_id, department_id, window_start_at, resolve_warning_at)
    WHERE status IN ('ACCEPTED', 'IN_PROGRESS');

-- A grid's tickets to accept, as the worker's queue lists and counts them: new, not a department's matter, by accept
-- deadline. Covering the window start and warning point lets the warning count read the index alone; the older
-- index lacked the department condition and sent every count to the table, a heap page per new ticket.
DROP INDEX ticket_submitted_queue_idx;
CREATE INDEX ticket_grid_intake_idx ON ticket (region_id, accept_due_at, id) INCLUDE (window_start_at, accept_warning_at)
    WHERE status = 'SUBMITTED' AND department_id IS NULL;

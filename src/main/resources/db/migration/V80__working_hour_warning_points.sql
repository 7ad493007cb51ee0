-- A window counted in working hours turns into a warning at 80% of its working time, which over a night, a weekend or
-- a holiday is not 80% of its wall-clock span; the application works that moment out when it opens the window and
-- keeps it here. NULL (every wall-clock window): 80% of the span from window_start_at to the due time.
ALTER TABLE ticket
    ADD COLUMN accept_warning_at  TIMESTAMP WITH TIME ZONE,
    ADD COLUMN resolve_warning_at TIMESTAMP WITH TIME ZONE,
    ADD CONSTRAINT ticket_accept_warning_in_window
        CHECK (accept_warning_at IS NULL OR accept_warning_at BETWEEN window_start_at AND accept_due_at),
    ADD CONSTRAINT ticket_resolve_warning_in_window
        CHECK (resolve_warning_at IS NULL OR resolve_warning_at BETWEEN window_start_at AND resolve_due_at);

-- The live counts read open tickets from this index alone; they now need the warning points too.
DROP INDEX ticket_open_deadline_idx;
CREATE INDEX ticket_open_deadline_idx ON ticket (region_id)
    INCLUDE (id, status, window_start_at, accept_due_at, resolve_due_at, accept_warning_at, resolve_warning_at)
    WHERE status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS');

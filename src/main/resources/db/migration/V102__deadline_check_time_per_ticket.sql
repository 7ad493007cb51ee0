-- The deadline sweep used to look at every open ticket each minute to find those past their warning point that
-- still lacked the notice of their state: 465,000 open tickets at 10M, 1.4-6.5 s a sweep under load, growing with
-- the open tickets rather than with the work to do. Each open ticket now carries the moment the sweep next has
-- something to do for it: its warning point when its window opens (this trigger, whoever writes the ticket), then
-- its due time once warned, then nothing once flagged overdue (the sweep sets those, DeadlineAlerts). The sweep reads
-- only the tickets whose moment has come, from ticket_deadline_check_idx.

-- DeadlineState.warningAt: the window's own warning point (working hours), else 80% of its span, in seconds so that
-- no calendar arithmetic creeps in; NULL for a ticket with no window running.
CREATE FUNCTION ticket_warning_at(status TEXT, window_start TIMESTAMPTZ, accept_due TIMESTAMPTZ,
                                  accept_warning TIMESTAMPTZ, resolve_due TIMESTAMPTZ, resolve_warning TIMESTAMPTZ)
    RETURNS TIMESTAMPTZ
    LANGUAGE sql
    STABLE
AS
$$
SELECT CASE
           WHEN status = 'SUBMITTED' THEN coalesce(accept_warning,
               window_start + extract(EPOCH FROM accept_due - window_start) * 0.8 * interval '1 second')
           WHEN status IN ('ACCEPTED', 'IN_PROGRESS') THEN coalesce(resolve_warning,
               window_start + extract(EPOCH FROM resolve_due - window_start) * 0.8 * interval '1 second')
           END
$$;

ALTER TABLE ticket
    ADD COLUMN deadline_check_at TIMESTAMP WITH TIME ZONE;

CREATE FUNCTION ticket_deadline_check() RETURNS TRIGGER
    LANGUAGE plpgsql
AS
$$
BEGIN
    NEW.deadline_check_at := ticket_warning_at(NEW.status, NEW.window_start_at, NEW.accept_due_at,
                                               NEW.accept_warning_at, NEW.resolve_due_at, NEW.resolve_warning_at);
    RETURN NEW;
END
$$;

CREATE TRIGGER ticket_deadline_check_on_insert
    BEFORE INSERT
    ON ticket
    FOR EACH ROW
EXECUTE FUNCTION ticket_deadline_check();

-- a new window, another owner region (a grid ticket moved up is looked at once more, on its new desk) or the end of
-- the window starts the ticket's deadline checks over; other writes leave the sweep's progress alone
CREATE TRIGGER ticket_deadline_check_on_change
    BEFORE UPDATE OF status, region_id, window_start_at, accept_due_at, accept_warning_at, resolve_due_at, resolve_warning_at
    ON ticket
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status
        OR OLD.region_id IS DISTINCT FROM NEW.region_id
        OR OLD.window_start_at IS DISTINCT FROM NEW.window_start_at
        OR OLD.accept_due_at IS DISTINCT FROM NEW.accept_due_at
        OR OLD.accept_warning_at IS DISTINCT FROM NEW.accept_warning_at
        OR OLD.resolve_due_at IS DISTINCT FROM NEW.resolve_due_at
        OR OLD.resolve_warning_at IS DISTINCT FROM NEW.resolve_warning_at)
EXECUTE FUNCTION ticket_deadline_check();

-- the open tickets start from their warning point: the first sweep passes once over those already past it (the
-- notices it finds in deadline_alert are not written again) and moves each on to its next moment
UPDATE ticket
SET deadline_check_at = ticket_warning_at(status, window_start_at, accept_due_at, accept_warning_at, resolve_due_at,
                                          resolve_warning_at)
WHERE status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS');

CREATE INDEX ticket_deadline_check_idx ON ticket (deadline_check_at, id) WHERE deadline_check_at IS NOT NULL;

-- only the sweep's old search read it
DROP INDEX ticket_event_notice_idx;

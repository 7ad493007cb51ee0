-- Every minute the deadline sweep walks the open tickets in id order, works out each one's warning point and, for
-- those past it, looks for the notice of its current window on the timeline. Both reads went to the tables: each
-- open ticket's row for its window (V52's index held the id alone) and each candidate's whole timeline, five or so
-- events apiece, for its one notice. At 10M tickets (465,000 open, 99,000 past their warning point) that was 1.9 s
-- a sweep on an idle machine and 7-12 s under load; at 1M, 150 ms. With the window in the index and the notices in
-- an index of their own, both are read from indexes alone: 60 ms at 1M.
DROP INDEX ticket_open_id_idx;
CREATE INDEX ticket_open_id_idx ON ticket (id)
    INCLUDE (status, region_id, window_start_at, accept_due_at, resolve_due_at, accept_warning_at, resolve_warning_at)
    WHERE status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REJECTED');

CREATE INDEX ticket_event_notice_idx ON ticket_event (ticket_id, at)
    INCLUDE (type, to_status)
    WHERE type IN ('WARNING', 'OVERDUE');

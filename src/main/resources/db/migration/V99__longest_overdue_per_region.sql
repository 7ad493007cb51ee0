-- The dashboard lists the ten open tickets longest overdue in a region's subtree. V80's index held the open tickets by
-- region only, so that list read every open ticket of the subtree and sorted them all: at 10M tickets the district's
-- 465,243, 0.46-1.4 s of database time a refresh under load, every few seconds. Ordered by region and then by the due
-- time of the current window, each region's most overdue tickets are its first entries: the list takes the first ten
-- of each region and the ten oldest of those, a few thousand entries for the whole district. The live counts read
-- the same entries as before (this index carries every column V80's did), so it replaces V80's.
DROP INDEX ticket_open_deadline_idx;
CREATE INDEX ticket_open_due_idx
    ON ticket (region_id, (CASE WHEN status = 'SUBMITTED' THEN accept_due_at ELSE resolve_due_at END), id)
    INCLUDE (status, window_start_at, accept_due_at, resolve_due_at, accept_warning_at, resolve_warning_at)
    WHERE status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS');

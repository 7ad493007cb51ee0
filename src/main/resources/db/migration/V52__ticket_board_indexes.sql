-- The command centers' board and the deadline sweep walk tickets newest-first (or in id order) with a LIMIT, and stop
-- as soon as enough rows match. These indexes keep that walk short when the matching rows are rare among millions:
-- open and rejected tickets (the sweep, the open/deadline/awaiting-dispatch views), return visits due, and one
-- region's tickets in id order.
CREATE INDEX ticket_open_id_idx ON ticket (id) WHERE status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'REJECTED');
CREATE INDEX ticket_return_visit_idx ON ticket (id) WHERE return_visit_due;
CREATE INDEX ticket_region_id_idx ON ticket (region_id, id);

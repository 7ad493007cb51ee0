-- The worker's queue: "in hand" is read by assignee in resolve-deadline order, "recently resolved" by grid and time.
CREATE INDEX ticket_in_hand_idx ON ticket (assignee_id, resolve_due_at) WHERE status IN ('ACCEPTED', 'IN_PROGRESS');
CREATE INDEX ticket_recently_resolved_idx ON ticket (region_id, resolved_at DESC) WHERE resolved_at IS NOT NULL;
-- "All tickets" of a scope, newest first; it also lets the page count of a scope be an index-only scan.
CREATE INDEX ticket_region_submitted_idx ON ticket (region_id, submitted_at DESC, id DESC);

-- 上门代办: a worker went to the resident's home to handle a formality for them. The visit also appears on the
-- ticket's timeline (event PROXY_VISIT); this row keeps its facts in a form that can be counted.
CREATE TABLE ticket_proxy_visit (
    id                  BIGSERIAL PRIMARY KEY,
    ticket_id           BIGINT        NOT NULL REFERENCES ticket (id),
    worker_id           BIGINT        NOT NULL REFERENCES account (id),
    visited_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome             VARCHAR(2000) NOT NULL CHECK (btrim(outcome) <> ''),
    formality_completed BOOLEAN       NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK (visited_at <= recorded_at)
);
CREATE INDEX ticket_proxy_visit_ticket_idx ON ticket_proxy_visit (ticket_id, visited_at);

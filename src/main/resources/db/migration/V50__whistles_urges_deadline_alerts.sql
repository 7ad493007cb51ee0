-- 吹哨报到: a command center summons departments to co-handle a ticket. A ticket may carry several whistles.
CREATE TABLE whistle (
    id               BIGSERIAL PRIMARY KEY,
    ticket_id        BIGINT        NOT NULL REFERENCES ticket (id),
    -- the command center (community or street) that blew it
    region_id        BIGINT        NOT NULL REFERENCES region (id),
    blown_by         BIGINT        NOT NULL REFERENCES account (id),
    blown_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    request          VARCHAR(2000) NOT NULL,
    report_in_hours  INT           NOT NULL CHECK (report_in_hours BETWEEN 1 AND 168),
    report_in_due_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status           VARCHAR(16)   NOT NULL CHECK (status IN ('OPEN', 'CLOSED', 'WITHDRAWN')),
    ended_at         TIMESTAMP WITH TIME ZONE,
    withdrawn_by     BIGINT REFERENCES account (id),
    withdraw_reason  VARCHAR(1000),
    version          BIGINT        NOT NULL DEFAULT 0,
    CHECK ((status = 'OPEN') = (ended_at IS NULL)),
    CHECK ((status = 'WITHDRAWN') = (withdraw_reason IS NOT NULL AND withdrawn_by IS NOT NULL)),
    CHECK (report_in_due_at > blown_at)
);
CREATE INDEX whistle_ticket_idx ON whistle (ticket_id, id);
-- the resolve guard asks this for every resolution
CREATE INDEX whistle_open_idx ON whistle (ticket_id) WHERE status = 'OPEN';

-- One summoned department of a whistle: when it was summoned, reported in (报到) and finished its part.
CREATE TABLE whistle_summons (
    id             BIGSERIAL PRIMARY KEY,
    whistle_id     BIGINT NOT NULL REFERENCES whistle (id),
    department_id  BIGINT NOT NULL REFERENCES department (id),
    summoned_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    reported_in_at TIMESTAMP WITH TIME ZONE,
    reported_in_by BIGINT REFERENCES account (id),
    report_note    VARCHAR(2000),
    done_at        TIMESTAMP WITH TIME ZONE,
    done_by        BIGINT REFERENCES account (id),
    done_note      VARCHAR(2000),
    version        BIGINT NOT NULL DEFAULT 0,
    UNIQUE (whistle_id, department_id),
    CHECK ((reported_in_at IS NULL) = (reported_in_by IS NULL)),
    CHECK ((done_at IS NULL) = (done_by IS NULL)),
    CHECK (reported_in_at IS NULL OR reported_in_at >= summoned_at),
    CHECK (done_at IS NULL OR (reported_in_at IS NOT NULL AND done_at >= reported_in_at))
);
CREATE INDEX whistle_summons_department_idx ON whistle_summons (department_id, id DESC);

-- What a summoned department contributed while working its part.
CREATE TABLE whistle_contribution (
    id         BIGSERIAL PRIMARY KEY,
    summons_id BIGINT        NOT NULL REFERENCES whistle_summons (id),
    author_id  BIGINT        NOT NULL REFERENCES account (id),
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    note       VARCHAR(2000) NOT NULL
);
CREATE INDEX whistle_contribution_summons_idx ON whistle_contribution (summons_id, id);

-- Department response times for the dashboards: one row per summons, in minutes; late = reported in after the
-- report-in window closed, or not reported in and the window has closed.
CREATE VIEW department_response AS
SELECT s.id                                                   AS summons_id,
       s.department_id,
       w.id                                                   AS whistle_id,
       w.ticket_id,
       w.region_id,
       w.status                                               AS whistle_status,
       s.summoned_at,
       w.report_in_due_at,
       s.reported_in_at,
       s.done_at,
       EXTRACT(EPOCH FROM s.reported_in_at - s.summoned_at) / 60 AS report_in_minutes,
       EXTRACT(EPOCH FROM s.done_at - s.summoned_at) / 60        AS finish_minutes,
       COALESCE(s.reported_in_at, now()) > w.report_in_due_at   AS late
FROM whistle_summons s
         JOIN whistle w ON w.id = s.whistle_id;

-- 督办 / 催办: a commander presses the owner of a ticket. Unanswered past the configured time, it escalates once to
-- the desk above the ticket's owner.
CREATE TABLE urge (
    id           BIGSERIAL PRIMARY KEY,
    ticket_id    BIGINT        NOT NULL REFERENCES ticket (id),
    urged_by     BIGINT        NOT NULL REFERENCES account (id),
    urged_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    message      VARCHAR(1000) NOT NULL,
    answered_at  TIMESTAMP WITH TIME ZONE,
    escalated_at TIMESTAMP WITH TIME ZONE,
    escalated_to BIGINT REFERENCES region (id),
    CHECK ((escalated_at IS NULL) = (escalated_to IS NULL))
);
CREATE INDEX urge_ticket_idx ON urge (ticket_id, id);
CREATE INDEX urge_pending_idx ON urge (urged_at) WHERE answered_at IS NULL AND escalated_at IS NULL;
CREATE INDEX urge_escalated_idx ON urge (escalated_to, escalated_at DESC) WHERE escalated_at IS NOT NULL;

-- The deadline sweep's memory: one row per ticket, alert kind and window, so that however many sweeps run (or
-- instances share the database) each warning, overdue notice and move happens once per window.
CREATE TABLE deadline_alert (
    ticket_id    BIGINT      NOT NULL REFERENCES ticket (id),
    kind         VARCHAR(24) NOT NULL CHECK (kind IN ('ACCEPT_WARNING', 'ACCEPT_OVERDUE', 'RESOLVE_WARNING',
                                                      'RESOLVE_OVERDUE', 'ACCEPT_MOVED')),
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    alerted_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (ticket_id, kind, window_start)
);

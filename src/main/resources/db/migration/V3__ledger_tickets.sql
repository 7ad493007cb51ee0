-- The electronic ledger (电子台账): doors and people, entered once and shared by every level.
CREATE TABLE household (
    id         BIGSERIAL PRIMARY KEY,
    grid_id    BIGINT       NOT NULL REFERENCES region (id),
    building   VARCHAR(32)  NOT NULL,
    unit       VARCHAR(16)  NOT NULL DEFAULT '',
    room       VARCHAR(16)  NOT NULL,
    address    VARCHAR(200) NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version    BIGINT       NOT NULL DEFAULT 0,
    UNIQUE (grid_id, building, unit, room)
);
CREATE INDEX household_grid_idx ON household (grid_id);

CREATE TABLE person (
    id               BIGSERIAL PRIMARY KEY,
    household_id     BIGINT       NOT NULL REFERENCES household (id),
    name             VARCHAR(64)  NOT NULL,
    gender           VARCHAR(8)   NOT NULL CHECK (gender IN ('MALE', 'FEMALE')),
    birth_date       DATE,
    id_number        VARCHAR(18) UNIQUE CHECK (id_number ~ '^[0-9]{17}[0-9X]$'),
    phone            VARCHAR(20),
    relation_to_head VARCHAR(16)  NOT NULL DEFAULT 'SELF',
    tags             VARCHAR(200) NOT NULL DEFAULT '',
    notes            VARCHAR(1000),
    status           VARCHAR(16)  NOT NULL DEFAULT 'ACTIVE' CHECK (status IN ('ACTIVE', 'MOVED_OUT', 'DECEASED')),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version          BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX person_household_idx ON person (household_id);
CREATE INDEX person_phone_idx ON person (phone);

ALTER TABLE account ADD CONSTRAINT account_person_fk FOREIGN KEY (person_id) REFERENCES person (id);

-- One matter raised by or for a resident.
CREATE TABLE ticket (
    id                 BIGSERIAL PRIMARY KEY,
    number             VARCHAR(20)   NOT NULL UNIQUE,
    kind               VARCHAR(16)   NOT NULL CHECK (kind IN ('SERVICE', 'APPEAL', 'COMPLAINT')),
    category_id        BIGINT        NOT NULL REFERENCES category (id),
    channel            VARCHAR(16)   NOT NULL CHECK (channel IN ('WEB', 'WALK_IN', 'PHONE', 'OPEN311')),
    status             VARCHAR(16)   NOT NULL CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED',
                                                                'CLOSED', 'CANCELLED', 'REJECTED')),
    title              VARCHAR(100)  NOT NULL,
    description        VARCHAR(4000) NOT NULL,
    resident_id        BIGINT REFERENCES account (id),
    person_id          BIGINT REFERENCES person (id),
    household_id       BIGINT REFERENCES household (id),
    -- the region whose desk owns the ticket now (a grid, community, street or the district)
    region_id          BIGINT        NOT NULL REFERENCES region (id),
    department_id      BIGINT REFERENCES department (id),
    assignee_id        BIGINT REFERENCES account (id),
    address            VARCHAR(200),
    contact_phone      VARCHAR(20),
    proxy_requested    BOOLEAN       NOT NULL DEFAULT FALSE,
    proxy_window       VARCHAR(64),
    submitted_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    -- start of the window the ticket is measured against now (accept, then resolve; a reopen restarts it)
    window_start_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    accept_due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolve_due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    accepted_at        TIMESTAMP WITH TIME ZONE,
    resolved_at        TIMESTAMP WITH TIME ZONE,
    closed_at          TIMESTAMP WITH TIME ZONE,
    resolution         VARCHAR(4000),
    rating_solved      BOOLEAN,
    rating_score       SMALLINT CHECK (rating_score BETWEEN 1 AND 5),
    rating_comment     VARCHAR(1000),
    return_visit_due   BOOLEAN       NOT NULL DEFAULT FALSE,
    reopen_count       INT           NOT NULL DEFAULT 0,
    submission_key     VARCHAR(64) UNIQUE,
    version            BIGINT        NOT NULL DEFAULT 0,
    CHECK (status = 'SUBMITTED' OR status = 'CANCELLED' OR status = 'REJECTED' OR accepted_at IS NOT NULL),
    CHECK (status NOT IN ('RESOLVED', 'CLOSED') OR resolved_at IS NOT NULL OR closed_at IS NOT NULL)
);
CREATE INDEX ticket_region_status_idx ON ticket (region_id, status, accept_due_at);
-- the accept race and the queue head: SUBMITTED tickets of a grid
CREATE INDEX ticket_submitted_queue_idx ON ticket (region_id, accept_due_at) WHERE status = 'SUBMITTED';
CREATE SEQUENCE ticket_number_seq;
CREATE INDEX ticket_resident_idx ON ticket (resident_id, submitted_at DESC);
CREATE INDEX ticket_household_idx ON ticket (household_id);
CREATE INDEX ticket_person_idx ON ticket (person_id);
CREATE INDEX ticket_submitted_idx ON ticket (submitted_at);
CREATE INDEX ticket_department_idx ON ticket (department_id) WHERE department_id IS NOT NULL;

-- The append-only timeline of a ticket: who did what, when, from which state to which.
CREATE TABLE ticket_event (
    id          BIGSERIAL PRIMARY KEY,
    ticket_id   BIGINT       NOT NULL REFERENCES ticket (id),
    type        VARCHAR(32)  NOT NULL,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    BIGINT REFERENCES account (id),
    actor_role  VARCHAR(32),
    from_status VARCHAR(16),
    to_status   VARCHAR(16),
    note        VARCHAR(4000)
);
CREATE INDEX ticket_event_ticket_idx ON ticket_event (ticket_id, id);

CREATE FUNCTION ticket_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'ticket_event is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ticket_event_no_change
    BEFORE UPDATE OR DELETE ON ticket_event
    FOR EACH ROW EXECUTE FUNCTION ticket_event_append_only();

CREATE TABLE ticket_photo (
    id           BIGSERIAL PRIMARY KEY,
    ticket_id    BIGINT      NOT NULL REFERENCES ticket (id),
    event_id     BIGINT REFERENCES ticket_event (id),
    content_type VARCHAR(32) NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'image/webp')),
    size_bytes   INT         NOT NULL CHECK (size_bytes BETWEEN 1 AND 5242880),
    data         BYTEA       NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now()
);
CREATE INDEX ticket_photo_ticket_idx ON ticket_photo (ticket_id);

CREATE TABLE notification (
    id          BIGSERIAL PRIMARY KEY,
    account_id  BIGINT       NOT NULL REFERENCES account (id),
    ticket_id   BIGINT REFERENCES ticket (id),
    message_key VARCHAR(100) NOT NULL,
    arguments   VARCHAR(500) NOT NULL DEFAULT '',
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    read_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX notification_unread_idx ON notification (account_id, created_at DESC) WHERE read_at IS NULL;
CREATE INDEX notification_account_idx ON notification (account_id, created_at DESC);

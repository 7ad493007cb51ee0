-- Open311 GeoReport v2: the clients' API keys, their per-minute request counts, the requests filed through the API
-- (a projection of their tickets that the API lists and filters) and what the requesters told about themselves.

-- Only a SHA-256 hash of each key is kept; the key itself is shown once, when it is created.
CREATE TABLE open311_api_key (
    id                  BIGSERIAL PRIMARY KEY,
    name                VARCHAR(100) NOT NULL UNIQUE,
    key_hash            VARCHAR(64)  NOT NULL UNIQUE CHECK (length(key_hash) = 64),
    key_prefix          VARCHAR(16)  NOT NULL,
    requests_per_minute INT          NOT NULL CHECK (requests_per_minute BETWEEN 1 AND 10000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(64)  NOT NULL,
    last_used_at        TIMESTAMP WITH TIME ZONE,
    revoked_at          TIMESTAMP WITH TIME ZONE,
    version             BIGINT       NOT NULL DEFAULT 0
);

-- Fixed one-minute windows, counted in the database so that every instance enforces the same limit.
CREATE TABLE open311_api_key_usage (
    api_key_id   BIGINT NOT NULL REFERENCES open311_api_key (id),
    window_start TIMESTAMP WITH TIME ZONE NOT NULL,
    requests     INT    NOT NULL CHECK (requests > 0),
    PRIMARY KEY (api_key_id, window_start)
);
CREATE INDEX open311_api_key_usage_window_idx ON open311_api_key_usage (window_start);

-- One row per ticket filed through the API: what the client sent, where it was placed, and the ticket's current
-- state, rewritten from the ticket on every TicketStatusChanged so that lists filter and page in one query.
CREATE TABLE open311_request (
    ticket_id          BIGINT        PRIMARY KEY REFERENCES ticket (id),
    service_request_id VARCHAR(20)   NOT NULL UNIQUE,
    token              VARCHAR(36)   NOT NULL UNIQUE,
    api_key_id         BIGINT        NOT NULL REFERENCES open311_api_key (id),
    category_id        BIGINT        NOT NULL REFERENCES category (id),
    service_code       VARCHAR(32)   NOT NULL,
    description        VARCHAR(4000),
    address_string     VARCHAR(200),
    address_id         VARCHAR(64),
    latitude           NUMERIC(10, 7) CHECK (latitude BETWEEN -90 AND 90),
    longitude          NUMERIC(10, 7) CHECK (longitude BETWEEN -180 AND 180),
    media_url          VARCHAR(1000),
    attributes         VARCHAR(2000),
    grid_id            BIGINT REFERENCES region (id),
    placement          VARCHAR(500)  NOT NULL,
    status             VARCHAR(16)   NOT NULL CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'IN_PROGRESS', 'RESOLVED',
                                                                'CLOSED', 'CANCELLED', 'REJECTED')),
    status_note        VARCHAR(4000),
    region_id          BIGINT        NOT NULL REFERENCES region (id),
    department_id      BIGINT REFERENCES department (id),
    requested_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    accept_due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    resolve_due_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CHECK ((latitude IS NULL) = (longitude IS NULL))
);
CREATE INDEX open311_request_requested_idx ON open311_request (requested_at DESC, ticket_id DESC);
CREATE INDEX open311_request_category_idx ON open311_request (category_id, requested_at DESC);

-- The requester's own contact details: shown to the staff who handle the ticket, never by the API.
CREATE TABLE open311_requester (
    ticket_id  BIGINT PRIMARY KEY REFERENCES open311_request (ticket_id),
    email      VARCHAR(254),
    first_name VARCHAR(64),
    last_name  VARCHAR(64),
    phone      VARCHAR(32),
    device_id  VARCHAR(128),
    account_id VARCHAR(128)
);

-- When the service list last changed, for the discovery document's changeset.
CREATE TABLE open311_changeset (
    id          SMALLINT PRIMARY KEY CHECK (id = 1),
    fingerprint VARCHAR(64) NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

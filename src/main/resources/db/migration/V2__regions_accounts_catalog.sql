-- The administrative tree. path is the materialised chain of ids ('/1/4/17/'), so a subtree is one indexed
-- prefix scan: WHERE path LIKE '/1/4/%'.
CREATE TABLE region (
    id           BIGSERIAL PRIMARY KEY,
    parent_id    BIGINT REFERENCES region (id),
    level        VARCHAR(16)  NOT NULL CHECK (level IN ('DISTRICT', 'STREET', 'COMMUNITY', 'GRID')),
    code         VARCHAR(32)  NOT NULL UNIQUE,
    name         VARCHAR(100) NOT NULL,
    path         VARCHAR(512) NOT NULL UNIQUE,
    latitude     NUMERIC(9, 6) CHECK (latitude BETWEEN -90 AND 90),
    longitude    NUMERIC(9, 6) CHECK (longitude BETWEEN -180 AND 180),
    version      BIGINT       NOT NULL DEFAULT 0,
    CHECK ((level = 'DISTRICT') = (parent_id IS NULL)),
    UNIQUE (parent_id, name)
);
CREATE INDEX region_path_idx ON region (path text_pattern_ops);
CREATE INDEX region_parent_idx ON region (parent_id);

CREATE TABLE department (
    id      BIGSERIAL PRIMARY KEY,
    code    VARCHAR(32)  NOT NULL UNIQUE,
    name    VARCHAR(100) NOT NULL UNIQUE,
    phone   VARCHAR(32),
    enabled BOOLEAN      NOT NULL DEFAULT TRUE,
    version BIGINT       NOT NULL DEFAULT 0
);

CREATE TABLE account (
    id              BIGSERIAL PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL UNIQUE,
    password_hash   VARCHAR(255) NOT NULL,
    display_name    VARCHAR(64)  NOT NULL,
    phone           VARCHAR(20) UNIQUE,
    email           VARCHAR(254),
    role            VARCHAR(32)  NOT NULL CHECK (role IN ('RESIDENT', 'GRID_WORKER', 'COMMUNITY_STAFF',
                                                          'STREET_COMMANDER', 'DISTRICT_COMMANDER',
                                                          'DEPARTMENT_STAFF', 'ADMIN')),
    department_id   BIGINT REFERENCES department (id),
    person_id       BIGINT,
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins   INT          NOT NULL DEFAULT 0 CHECK (failed_logins >= 0),
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    version         BIGINT       NOT NULL DEFAULT 0,
    CHECK ((role = 'DEPARTMENT_STAFF') = (department_id IS NOT NULL)),
    CHECK (role = 'RESIDENT' OR person_id IS NULL)
);

-- The regions a staff account is bound to: one for most roles, one or more grids for a grid worker.
CREATE TABLE account_region (
    account_id BIGINT NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    region_id  BIGINT NOT NULL REFERENCES region (id),
    PRIMARY KEY (account_id, region_id)
);
CREATE INDEX account_region_region_idx ON account_region (region_id);

-- One line of the responsibility list (权责清单).
CREATE TABLE category (
    id                   BIGSERIAL PRIMARY KEY,
    code                 VARCHAR(32)  NOT NULL UNIQUE,
    name                 VARCHAR(100) NOT NULL,
    description          VARCHAR(1000),
    kind                 VARCHAR(16)  NOT NULL CHECK (kind IN ('SERVICE', 'APPEAL', 'COMPLAINT')),
    owner_level          VARCHAR(16)  NOT NULL CHECK (owner_level IN ('GRID', 'COMMUNITY', 'STREET', 'DEPARTMENT')),
    department_id        BIGINT REFERENCES department (id),
    accept_window_hours  INT          NOT NULL DEFAULT 24 CHECK (accept_window_hours BETWEEN 1 AND 720),
    resolve_window_hours INT          NOT NULL CHECK (resolve_window_hours BETWEEN 1 AND 8760),
    proxy_capable        BOOLEAN      NOT NULL DEFAULT FALSE,
    enabled              BOOLEAN      NOT NULL DEFAULT TRUE,
    version              BIGINT       NOT NULL DEFAULT 0,
    CHECK (owner_level <> 'DEPARTMENT' OR department_id IS NOT NULL),
    UNIQUE (kind, name)
);

-- Who changed what in administration, kept for auditors.
CREATE TABLE audit_log (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    actor       VARCHAR(64)  NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target_type VARCHAR(32)  NOT NULL,
    target_id   BIGINT,
    detail      VARCHAR(2000)
);
CREATE INDEX audit_log_at_idx ON audit_log (at DESC);

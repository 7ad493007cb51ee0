-- The ledger's rules in the database: what a relation and a tag may be, who changed what, who looked at what.

ALTER TABLE household
    ADD CONSTRAINT household_building_not_blank CHECK (length(trim(building)) > 0),
    ADD CONSTRAINT household_room_not_blank CHECK (length(trim(room)) > 0),
    ADD CONSTRAINT household_address_not_blank CHECK (length(trim(address)) > 0);

-- Identity numbers are required and always checked; a birth date is always known (it is part of the number).
ALTER TABLE person
    ALTER COLUMN id_number SET NOT NULL,
    ALTER COLUMN birth_date SET NOT NULL,
    ADD CONSTRAINT person_name_not_blank CHECK (length(trim(name)) > 0),
    ADD CONSTRAINT person_phone_format CHECK (phone IS NULL OR phone ~ '^1[3-9][0-9]{9}$'),
    ADD CONSTRAINT person_relation_known CHECK (relation_to_head IN ('SELF', 'SPOUSE', 'CHILD', 'PARENT',
        'GRANDCHILD', 'GRANDPARENT', 'SIBLING', 'CHILD_IN_LAW', 'OTHER_RELATIVE', 'TENANT', 'OTHER'));

-- Tags live in their own table so that "every living-alone elder of the grid" is an indexed query.
ALTER TABLE person DROP COLUMN tags;
CREATE TABLE person_tag (
    person_id BIGINT      NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    tag       VARCHAR(24) NOT NULL CHECK (tag IN ('ELDERLY_ALONE', 'DISABLED', 'LEFT_BEHIND_CHILD', 'LOW_INCOME',
                                                   'ELDERLY_80', 'VETERAN', 'CHRONIC_ILLNESS', 'FLOATING')),
    PRIMARY KEY (person_id, tag)
);
CREATE INDEX person_tag_tag_idx ON person_tag (tag, person_id);
CREATE INDEX person_name_idx ON person (name);
-- "last digits of the ID number" searches scan the reversed number by prefix
CREATE INDEX person_id_number_reversed_idx ON person (reverse(id_number) text_pattern_ops);

-- Every change to a household or a person: who, when, which field, old → new. Identity numbers and phones are
-- stored masked, so the history itself never discloses personal data.
CREATE TABLE ledger_change (
    id           BIGSERIAL PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id     BIGINT REFERENCES account (id),
    actor_name   VARCHAR(64)  NOT NULL,
    household_id BIGINT       NOT NULL REFERENCES household (id),
    person_id    BIGINT REFERENCES person (id),
    action       VARCHAR(24)  NOT NULL CHECK (action IN ('CREATED', 'UPDATED', 'MOVED', 'STATUS_CHANGED',
                                                         'IMPORTED')),
    field        VARCHAR(24),
    old_value    VARCHAR(1000),
    new_value    VARCHAR(1000)
);
CREATE INDEX ledger_change_person_idx ON ledger_change (person_id, id) WHERE person_id IS NOT NULL;
CREATE INDEX ledger_change_household_idx ON ledger_change (household_id, id);

-- Who revealed which person's identity number or phone, and why.
CREATE TABLE personal_data_access (
    id          BIGSERIAL PRIMARY KEY,
    at          TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    BIGINT       NOT NULL REFERENCES account (id),
    actor_name  VARCHAR(64)  NOT NULL,
    actor_role  VARCHAR(32)  NOT NULL,
    person_id   BIGINT       NOT NULL REFERENCES person (id),
    field       VARCHAR(16)  NOT NULL CHECK (field IN ('ID_NUMBER', 'PHONE')),
    reason      VARCHAR(200) NOT NULL CHECK (length(trim(reason)) > 0)
);
CREATE INDEX personal_data_access_person_idx ON personal_data_access (person_id, at DESC);
CREATE INDEX personal_data_access_at_idx ON personal_data_access (at DESC);

CREATE FUNCTION ledger_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER ledger_change_no_change
    BEFORE UPDATE OR DELETE ON ledger_change
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();
CREATE TRIGGER personal_data_access_no_change
    BEFORE UPDATE OR DELETE ON personal_data_access
    FOR EACH ROW EXECUTE FUNCTION ledger_append_only();

-- An uploaded file between preview and confirmation: the parsed rows and the verdict the preview showed. It belongs
-- to the account that uploaded it; the rows are deleted once the import is committed.
CREATE TABLE ledger_import (
    id           UUID PRIMARY KEY,
    account_id   BIGINT       NOT NULL REFERENCES account (id),
    file_name    VARCHAR(200) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    committed_at TIMESTAMP WITH TIME ZONE,
    version      BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX ledger_import_created_idx ON ledger_import (created_at);

CREATE TABLE ledger_import_line (
    import_id    UUID         NOT NULL REFERENCES ledger_import (id) ON DELETE CASCADE,
    line_no      INT          NOT NULL CHECK (line_no > 0),
    grid_code    VARCHAR(64),
    building     VARCHAR(64),
    unit         VARCHAR(64),
    room         VARCHAR(64),
    address      VARCHAR(300),
    name         VARCHAR(100),
    gender       VARCHAR(16),
    birth_date   VARCHAR(32),
    id_number    VARCHAR(32),
    phone        VARCHAR(32),
    relation     VARCHAR(32),
    tags         VARCHAR(200),
    notes        VARCHAR(1000),
    verdict      VARCHAR(16)  NOT NULL CHECK (verdict IN ('NEW', 'UPDATE', 'REJECTED')),
    reasons      VARCHAR(1000) NOT NULL DEFAULT '',
    PRIMARY KEY (import_id, line_no)
);

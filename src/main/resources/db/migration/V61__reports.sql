-- Weekly and monthly reports GridDesk writes per region: a snapshot of the figures at generation time (the lines,
-- which the printable page shows) and the Excel workbook made from the same lines, kept for download.
CREATE TABLE report (
    id              BIGSERIAL PRIMARY KEY,
    kind            VARCHAR(16)  NOT NULL CHECK (kind IN ('WEEKLY', 'MONTHLY')),
    region_id       BIGINT       NOT NULL REFERENCES region (id),
    period_from     DATE         NOT NULL,
    period_to       DATE         NOT NULL,
    formula_version VARCHAR(16)  NOT NULL,
    generated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    generated_by    BIGINT REFERENCES account (id),
    workbook        BYTEA        NOT NULL,
    CHECK (period_from <= period_to),
    UNIQUE (kind, region_id, period_from)
);
CREATE INDEX report_region_idx ON report (region_id, period_from DESC);

CREATE TABLE report_line (
    report_id          BIGINT       NOT NULL REFERENCES report (id) ON DELETE CASCADE,
    section            VARCHAR(16)  NOT NULL CHECK (section IN ('TOTAL', 'REGION', 'CATEGORY', 'WORST')),
    position           INT          NOT NULL,
    subject_id         BIGINT,
    label              VARCHAR(200) NOT NULL,
    submitted          INT          NOT NULL,
    cancelled          INT          NOT NULL,
    accepted           INT          NOT NULL,
    accepted_in_window INT          NOT NULL,
    accept_seconds     BIGINT       NOT NULL,
    resolved           INT          NOT NULL,
    resolved_in_window INT          NOT NULL,
    resolve_seconds    BIGINT       NOT NULL,
    closed             INT          NOT NULL,
    closed_unrated     INT          NOT NULL,
    rated              INT          NOT NULL,
    satisfied          INT          NOT NULL,
    reopened           INT          NOT NULL,
    open_now           INT          NOT NULL,
    warning_now        INT          NOT NULL,
    overdue_now        INT          NOT NULL,
    PRIMARY KEY (report_id, section, position)
);

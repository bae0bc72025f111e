-- The intake ledger: every accepted submission as received, in the order the server received it.
-- It is the durability point of OneForm (DESIGN.md §5): a device gets its acknowledgement only after
-- its row is committed; the registry and the search index are projections that replay it.
-- seq is assigned by the single appender (docs/decisions/0005-intake-ledger-and-apply-loop.md), so
-- commit order equals sequence order and the apply loop never skips a late commit.
-- Written to run unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE TABLE intake_ledger (
    seq           BIGINT       PRIMARY KEY,
    submission_id UUID         NOT NULL,
    subject_type  VARCHAR(20)  NOT NULL,
    subject_id    VARCHAR(64),
    grid_id       VARCHAR(40)  NOT NULL,
    form_version  INTEGER      NOT NULL,
    supersedes    UUID,
    username      VARCHAR(64)  NOT NULL,
    device_id     VARCHAR(100) NOT NULL,
    content_hash  CHAR(64)     NOT NULL,
    -- the submission as received, canonical JSON (sorted keys): what "same content" is compared on
    payload       VARCHAR(1000000) NOT NULL,
    -- the values as validated against the form version, canonical text per field, and the base
    -- sequence per field the device edited from: what the apply loop applies, so replay never
    -- re-validates on another day
    normalised    VARCHAR(1000000) NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT intake_ledger_submission_unique UNIQUE (submission_id),
    CONSTRAINT intake_ledger_type_check CHECK (subject_type IN ('resident', 'household', 'place'))
);

CREATE INDEX intake_ledger_by_worker ON intake_ledger (username, seq);

-- Attachments (photos), content-addressed by SHA-256. The bytes live under <data-dir>/attachments;
-- received counts what arrived so far so an interrupted upload resumes where it stopped.
CREATE TABLE attachment (
    sha256       CHAR(64)     PRIMARY KEY,
    media_type   VARCHAR(100) NOT NULL,
    size         BIGINT       NOT NULL,
    received     BIGINT       NOT NULL,
    complete     BOOLEAN      NOT NULL,
    uploaded_by  VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT attachment_size_check CHECK (size > 0 AND received >= 0 AND received <= size)
);

-- The visit log: what the apply loop did to which golden record, one row per record per ledger entry,
-- with the grid it was in before and after. Collection cycles read visits and mid-cycle arrivals and
-- departures from it (docs/decisions/0010-collection-cycles-computed-expectation.md). Written by the apply
-- loop's listener before the registry stores the step, idempotent per (seq, subject_id) like deliveries.
CREATE TABLE visit_log (
    seq           BIGINT       NOT NULL,
    subject_id    VARCHAR(64)  NOT NULL,
    submission_id UUID         NOT NULL,
    subject_type  VARCHAR(20)  NOT NULL,
    change_type   VARCHAR(10)  NOT NULL,
    from_grid     VARCHAR(40),
    to_grid       VARCHAR(40)  NOT NULL,
    username      VARCHAR(64)  NOT NULL,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT visit_log_pk PRIMARY KEY (seq, subject_id),
    CONSTRAINT visit_log_type_check CHECK (subject_type IN ('resident', 'household', 'place')),
    CONSTRAINT visit_log_change_check CHECK (change_type IN ('created', 'updated', 'merged', 'split'))
);

CREATE INDEX visit_log_to_grid ON visit_log (to_grid, received_at);
CREATE INDEX visit_log_from_grid ON visit_log (from_grid, received_at);
CREATE INDEX visit_log_by_worker ON visit_log (username, received_at);
CREATE INDEX visit_log_received ON visit_log (received_at);

-- Department deliveries: the outbox of the feeds and the delivery ledger (DESIGN.md §5, §8). Written
-- by the apply loop only; delivery_id is derived from submission x department x subject, so a replay
-- of the same ledger entry never adds a second row. feed_seq orders a department's feed (its cursor).

CREATE TABLE delivery (
    feed_seq      BIGINT        PRIMARY KEY,
    delivery_id   CHAR(32)      NOT NULL,
    department    VARCHAR(40)   NOT NULL,
    ledger_seq    BIGINT        NOT NULL,
    submission_id UUID          NOT NULL,
    -- the golden record: never sent to the department, kept for "which departments hold this field of X"
    subject_id    VARCHAR(64)   NOT NULL,
    pseudonym     VARCHAR(40)   NOT NULL,
    change_type   VARCHAR(20)   NOT NULL,
    -- the delivered field ids, space-separated: the delivery ledger
    fields        VARCHAR(8000) NOT NULL,
    purposes      VARCHAR(8000) NOT NULL,
    -- the JSON line the department pulls
    payload       VARCHAR(1000000) NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT delivery_id_unique UNIQUE (delivery_id),
    CONSTRAINT delivery_change_check CHECK (change_type IN ('created', 'updated', 'merged', 'split', 'removed'))
);

CREATE INDEX delivery_by_department ON delivery (department, feed_seq);
CREATE INDEX delivery_by_subject ON delivery (subject_id, department);

-- How far each department has acknowledged its feed.
CREATE TABLE feed_cursor (
    department   VARCHAR(40) PRIMARY KEY,
    acknowledged BIGINT      NOT NULL,
    last_pull_at TIMESTAMP WITH TIME ZONE,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The highest ledger sequence with deliveries written, kept in one row in the same transaction as the deliveries.
-- DeliveryStore read it at start-up as MAX(ledger_seq) FROM delivery, a scan of the whole table (no index on
-- ledger_seq): ~8.6 s of CPU with 100,000 residents' deliveries, ~90 s at 1M (docs/decisions/0042-compact-registry-records-and-a-start-without-scans.md).
CREATE TABLE delivery_progress (
    id              INT    PRIMARY KEY,
    last_ledger_seq BIGINT NOT NULL,
    CONSTRAINT delivery_progress_one_row CHECK (id = 1)
);

INSERT INTO delivery_progress (id, last_ledger_seq) SELECT 1, COALESCE(MAX(ledger_seq), 0) FROM delivery;

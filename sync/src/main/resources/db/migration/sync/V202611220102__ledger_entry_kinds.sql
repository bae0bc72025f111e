-- The ledger also records operations on the registry that must replay like submissions: a split
-- undoes a merge (docs/decisions/0005). Existing rows are submissions.
ALTER TABLE intake_ledger ADD COLUMN kind VARCHAR(20) DEFAULT 'submission' NOT NULL;
ALTER TABLE intake_ledger ADD CONSTRAINT intake_ledger_kind_check CHECK (kind IN ('submission', 'split'));

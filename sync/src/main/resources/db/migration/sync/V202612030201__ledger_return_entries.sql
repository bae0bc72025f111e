-- A supervisor returning a submission to its worker with a comment is a decision the registry's
-- projections must replay like a split (docs/decisions/0012-collector-download.md): a 'return' entry names
-- the returned submission in supersedes; its comment is kept in normalised.note and in the payload.
ALTER TABLE intake_ledger DROP CONSTRAINT intake_ledger_kind_check;
ALTER TABLE intake_ledger ADD CONSTRAINT intake_ledger_kind_check CHECK (kind IN ('submission', 'split', 'return'));
-- which entries supersede a submission: how a return is found resolved, and how the returns screen asks
CREATE INDEX intake_ledger_by_supersedes ON intake_ledger (supersedes);

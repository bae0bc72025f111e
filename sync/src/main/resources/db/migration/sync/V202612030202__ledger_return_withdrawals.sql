-- A supervisor may withdraw a return before the worker resubmitted: one more decision the returns projection
-- replays (docs/decisions/0012-collector-download.md). The entry names the returned submission in supersedes.
ALTER TABLE intake_ledger DROP CONSTRAINT intake_ledger_kind_check;
ALTER TABLE intake_ledger ADD CONSTRAINT intake_ledger_kind_check
    CHECK (kind IN ('submission', 'split', 'return', 'return_withdrawn'));

-- A supervisor's decision on a review item is one more ledger entry the apply loop replays, so a rebuild decides
-- the same (docs/decisions/0011-review-decisions-in-the-ledger.md). Its submission_id is derived from the item id,
-- so the unique constraint refuses a second decision on the same item even from another node or a racing request.
ALTER TABLE intake_ledger DROP CONSTRAINT intake_ledger_kind_check;
ALTER TABLE intake_ledger ADD CONSTRAINT intake_ledger_kind_check
    CHECK (kind IN ('submission', 'split', 'return', 'return_withdrawn', 'review_decision'));

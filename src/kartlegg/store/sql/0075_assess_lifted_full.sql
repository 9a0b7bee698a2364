-- Assess (issue 20, session 33): a day's read that passed over every lifted entity of a level, by ranges instead.
-- Assess: when a level's guard boundary moves, a day reads the lifted entities whose scores with sensitive
-- findings reach the moved range (assess.carry `_lifted_near`): by their kept full scores, one range per
-- moved score, instead of every lifted entity of the level (43,445 ads at 100k read to keep ~2,900).
CREATE INDEX ix_assess_base_full_risk ON assess_base (entity_type, full_risk) WHERE lifted = 1;

CREATE INDEX ix_assess_base_full_minor ON assess_base (entity_type, full_minor) WHERE lifted = 1;

CREATE INDEX ix_assess_base_full_third_party ON assess_base (entity_type, full_third_party) WHERE lifted = 1;

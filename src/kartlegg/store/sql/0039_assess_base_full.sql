-- Assess stage: each entity's scores with its sensitive findings, before the fairness guard, beside its base
-- scores, so that when a level's guard boundary moves a day scores again only the lifted entities the guard
-- acts on at the old or the new boundary (assess/carry.py), not every lifted entity (at 100k ads of the
-- independent corpus 43 % of the ads, profiles and networks are lifted). Rows carried before this are empty
-- here and are scored again when a boundary moves, as before.
ALTER TABLE assess_base ADD COLUMN full_risk DOUBLE PRECISION;

ALTER TABLE assess_base ADD COLUMN full_minor DOUBLE PRECISION;

ALTER TABLE assess_base ADD COLUMN full_third_party DOUBLE PRECISION;

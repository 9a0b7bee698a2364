-- Assess stage: the triage queue's likely minors in the queue's own order, so a page walks this index and
-- stops after it instead of reading and sorting every likely minor (0.4-0.5 s per page at 1,000,000 ads
-- with 27,000 likely minors on SQLite).
CREATE INDEX ix_scores_minor_queue ON scores (minor_score DESC, risk_score DESC, entity_type DESC, entity_id);

-- Assess stage: each profile's merged findings (her ads', her own, her network's) as the last run computed
-- them, so a day scores a network from its profiles' kept findings instead of scoring every profile of a
-- network that holds a rescored one (assess/carry.py). Filled by the next run (the carried state's version
-- moved with it).
CREATE TABLE assess_person_hits (
    profile_id TEXT PRIMARY KEY,
    hits TEXT NOT NULL
);

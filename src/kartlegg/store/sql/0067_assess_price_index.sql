-- Assess stage: the carried ads' hourly prices by price and by city (assess.carry), so a day reads the
-- medians that can move (the changed ads' cities' and the overall one: counts and middle values) and the
-- ads below a moved median's threshold through an index, instead of every priced ad of the market at each
-- run (a pass over the carried ads' table, its template signatures included). Only priced ads are indexed;
-- the ad id is in each, so no read goes to the table.
CREATE INDEX ix_assess_ads_price ON assess_ads (price, city, ad_id) WHERE price IS NOT NULL;

CREATE INDEX ix_assess_ads_city_price ON assess_ads (city, price, ad_id) WHERE price IS NOT NULL;

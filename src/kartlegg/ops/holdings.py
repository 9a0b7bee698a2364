"""What the operations registry stores about an ad (see ``kartlegg.store.holdings``). A target's
``links`` name ads, persons and networks by id only; retention keeps what an open operation names."""

from kartlegg.store.holdings import nothing, rows

HOLDINGS = (
    nothing("operations", "police operations"),
    nothing("operation_targets", "places an operation targets, with the ids of ads, persons and networks there"),
    nothing("operation_outcomes", "counted outcomes per offence"),
    nothing("aggregates", "counts per period and place (stale once an ad is erased: recomputed then)"),
    rows("aggregate_ads", "ad_id IN :ids"),
    rows("aggregate_changes", "kind = 'ad' AND key IN :sids"),
    nothing("aggregate_profiles", "each person's first day and two flags as the market tables counted them"),
    nothing("aggregate_cells", "counts and prices per period and place (counted anew after an erasure)"),
    nothing("aggregate_days", "versions posted per day, city and site (counted anew after an erasure)"),
    nothing("aggregate_day_persons", "persons with a version posted per day (counted anew after an erasure)"),
)

"""What the operations registry stores about an ad (see ``kartlegg.store.holdings``). A target's
``links`` name ads, persons and networks by id only; retention keeps what an open operation names."""

from kartlegg.store.holdings import nothing

HOLDINGS = (
    nothing("operations", "police operations"),
    nothing("operation_targets", "places an operation targets, with the ids of ads, persons and networks there"),
    nothing("operation_outcomes", "counted outcomes per offence"),
    nothing("aggregates", "counts per period and place (stale once an ad is erased: recomputed then)"),
)

"""What the assess stage stores about an ad (see ``kartlegg.store.holdings``): indicators and scores,
deleted for the erased ads and then recomputed for everything (scores depend on the whole market)."""

from kartlegg.store.holdings import rows

HOLDINGS = (
    rows("indicators", "entity_type = 'ad' AND entity_id IN :sids"),
    rows("scores", "entity_type = 'ad' AND entity_id IN :sids"),
)

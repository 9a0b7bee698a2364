"""What the assess stage stores about an ad (see ``kartlegg.store.holdings``): indicators, scores, their
digests and the ad's cached facts, deleted for the erased ads, and everything else recomputed by the
erasure's run (scores depend on the whole market); the outreach list's rows of every person an erased ad
belongs to, deleted at once (before the links that name her are). The market state carried between runs
(``assess.carry``) and the outreach list's route counts (``outreach_list``): the erased ads' rows go, and
the carried state is marked stale (``assess_carry`` emptied, the route counts' state with it), so the
erasure's run rebuilds both from the remaining ads: what the erased ads shared with others is no longer
known."""

from collections.abc import Callable

from sqlalchemy import Connection, bindparam, text

from kartlegg.store.holdings import Scope, derived, hook, rows

_OF_PERSONS = (
    "(entity_type = 'ad' AND entity_id IN :sids) OR (entity_type = 'profile' "
    "AND entity_id IN (SELECT profile_id FROM profile_ads WHERE ad_id IN :ids))"
)


def _forget_outreach(conn: Connection, scope: Scope) -> None:
    sql = text(f"DELETE FROM outreach_list WHERE {_OF_PERSONS}").bindparams(
        bindparam("sids", expanding=True), bindparam("ids", expanding=True)
    )
    for i in range(0, len(scope.ids), 500):
        chunk = scope.ids[i : i + 500]
        params = {"sids": [str(a) for a in chunk], "ids": chunk}
        conn.execute(sql, params)


def _forget_key_counts(table: str) -> Callable[[Connection, Scope], None]:
    """The counts of the erased ads' keys go with them (a key names a phone, an e-mail or a photo); read
    before ``assess_keys`` loses the ads' rows."""
    sql = text(f"DELETE FROM {table} WHERE key IN (SELECT key FROM assess_keys WHERE ad_id IN :ids)").bindparams(
        bindparam("ids", expanding=True)
    )

    def forget(conn: Connection, scope: Scope) -> None:
        for i in range(0, len(scope.ids), 500):
            conn.execute(sql, {"ids": scope.ids[i : i + 500]})

    return forget


def _forget_bands(conn: Connection, scope: Scope) -> None:
    """The template index has no index by ad (``carry._bands``): it goes whole, and the erasure's run,
    which rebuilds the carried state (``assess_carry`` emptied), fills it again from the remaining ads."""
    conn.execute(text("DELETE FROM assess_bands"))


def _forget_person_hits(conn: Connection, scope: Scope) -> None:
    """A profile's kept findings quote her ads' evidence: they go whole, and the erasure's run, which
    rebuilds the carried state, fills them again from the remaining ads."""
    conn.execute(text("DELETE FROM assess_person_hits"))


def _forget_carried(conn: Connection, scope: Scope) -> None:
    conn.execute(text("DELETE FROM assess_carry"))


HOLDINGS = (
    rows("indicators", "entity_type = 'ad' AND entity_id IN :sids"),
    rows("scores", "entity_type = 'ad' AND entity_id IN :sids"),
    rows("assess_digests", "kind = 'ad' AND key IN :sids"),
    rows("assess_facts", "ad_id IN :ids"),
    hook("outreach_list", _forget_outreach, "the outreach rows of the persons an erased ad belongs to"),
    derived("outreach_cities", "counts of persons and ads per city, rebuilt with the outreach list"),
    rows("outreach_ad_routes", "ad_id IN :ids"),
    derived("outreach_routes", "each contact route's persons and status, rebuilt by the erasure's run"),
    derived("outreach_route_sites", "each contact route's ads per site, rebuilt by the erasure's run"),
    rows("assess_ads", "ad_id IN :ids"),
    hook("assess_key_sites", _forget_key_counts("assess_key_sites"), "the counts of an erased ad's keys"),
    hook("assess_key_persons", _forget_key_counts("assess_key_persons"), "the counts of an erased ad's keys"),
    rows("assess_keys", "ad_id IN :ids"),
    hook("assess_bands", _forget_bands, "the template index of every ad: emptied, rebuilt by the erasure's run"),
    rows("assess_base", "entity_type = 'ad' AND entity_id IN :sids"),
    derived("assess_profiles", "each profile's network at the last run, rebuilt by the erasure's run"),
    derived("assess_profile_moves", "the profiles written since the last run, emptied by the erasure's run"),
    hook("assess_person_hits", _forget_person_hits, "each profile's findings: emptied, rebuilt by the erasure's run"),
    hook("assess_carry", _forget_carried, "the market's derived values: emptied, so the next run rebuilds them"),
)

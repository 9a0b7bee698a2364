"""What the assess stage stores about an ad (see ``kartlegg.store.holdings``): indicators and scores,
deleted for the erased ads and then recomputed for everything (scores depend on the whole market); the
outreach list's rows of every person an erased ad belongs to, deleted at once (before the links that
name her are) and rebuilt by the same run."""

from sqlalchemy import Connection, bindparam, text

from kartlegg.store.holdings import Scope, derived, hook, rows


def _forget_outreach(conn: Connection, scope: Scope) -> None:
    sql = text(
        "DELETE FROM outreach_list WHERE (entity_type = 'ad' AND entity_id IN :sids) OR (entity_type = 'profile' "
        "AND entity_id IN (SELECT profile_id FROM profile_ads WHERE ad_id IN :ids))"
    ).bindparams(bindparam("sids", expanding=True), bindparam("ids", expanding=True))
    for i in range(0, len(scope.ids), 500):
        chunk = scope.ids[i : i + 500]
        conn.execute(sql, {"sids": [str(a) for a in chunk], "ids": chunk})


HOLDINGS = (
    rows("indicators", "entity_type = 'ad' AND entity_id IN :sids"),
    rows("scores", "entity_type = 'ad' AND entity_id IN :sids"),
    hook("outreach_list", _forget_outreach, "the outreach rows of the persons an erased ad belongs to"),
    derived("outreach_cities", "counts of persons and ads per city, rebuilt with the outreach list"),
)

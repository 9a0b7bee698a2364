"""Evidence notes are stored as message ids with parameters and read in the reader's language."""

from __future__ import annotations

from kartlegg import i18n
from kartlegg.assess import run_assess, triage
from kartlegg.assess.model import Evidence
from kartlegg.assess.notes import note, text
from kartlegg.read.views import explanation
from kartlegg.store.engine import Store
from tests.assess.market import load, synthetic_market


def test_a_note_keeps_its_english_sentence_and_renders_in_each_language() -> None:
    said = note(
        "the {kind_t} {label} is also used by {n} other profiles: {who}",
        kind_t="phone",
        label="+4670",
        n=2,
        who="P1, P2",
    )
    ev = Evidence("1", "body", 0, 4, "+4670", *said)
    assert ev.note == "the phone +4670 is also used by 2 other profiles: P1, P2"  # the CLI's and exports' text
    back = Evidence.from_json(ev.to_json())
    assert back == ev
    assert text(back.msg, back.args, i18n.gettext_for("nb")) == "telefon +4670 brukes også av 2 andre profiler: P1, P2"
    assert text(back.msg, back.args, i18n.gettext_for("sv")).startswith("telefon +4670 används också av 2 andra")
    assert text(back.msg, back.args, i18n.gettext_for("da")).startswith("telefon +4670 bruges også af 2 andre")
    # a translation that names a parameter the note does not have falls back to the English template
    assert text(back.msg, back.args, lambda s: "{missing}") == ev.note


def test_stored_explanations_and_triage_reasons_follow_the_reader(sqlite_store: Store) -> None:
    load(sqlite_store, synthetic_market(seed=3, n_persons=40))
    run_assess(sqlite_store)
    with sqlite_store.connect() as conn:
        queue = triage(conn, limit=200, level="profile")
        nb_queue = triage(conn, limit=200, level="profile", translate=i18n.gettext_for("nb"))
        english = " ".join(r for item in queue for r in item.reasons)
        norsk = " ".join(r for item in nb_queue for r in item.reasons)
        assert "is also used by" in english and "brukes også av" in norsk
        assert "is also used by" not in norsk
        pid = next(i.entity_id for i in queue if any("is also used by" in r for r in i.reasons))
        en = explanation(conn, "profile", pid)
        sv = explanation(conn, "profile", pid, translate=i18n.gettext_for("sv"))
    assert any("is also used by" in s for s in en.sentences)
    assert any("används också av" in s for s in sv.sentences)
    assert not any("is also used by" in s for s in sv.sentences)

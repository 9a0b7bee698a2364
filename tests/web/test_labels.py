"""The words the templates translate from data are listed once in ``web/labels.py`` for extraction: the
lists must stay the code lists they name, or a new kind would show untranslated."""

from kartlegg.ops import codes, plan
from kartlegg.report import html, service
from kartlegg.web import auth, labels


def test_label_lists_match_the_code_lists() -> None:
    assert labels.ROLES == auth.ROLES
    assert labels.MEASURES == tuple(codes.MEASURES)
    assert labels.OPERATION_KINDS == codes.KINDS
    assert set(labels.PLACE_KINDS) == set(plan.PLACE_KINDS)
    assert labels.EXPORT_KINDS == tuple(service.EXPORT_KINDS)
    assert labels.REPORT_KINDS == html.KINDS

"""The linking rules are data (``rules.yaml``), read once per run."""

from __future__ import annotations

from importlib.resources import files

import yaml

from kartlegg.link.config import LinkRules, load_rules


def test_the_bundled_rules_read_as_pythons_own_yaml_parser_reads_them() -> None:
    """The rules are parsed with libyaml where PyYAML has it (every link run reads them): the same rules as
    the pure-Python safe loader gives."""
    raw = files("kartlegg.link").joinpath("rules.yaml").read_text("utf-8")
    assert load_rules() == LinkRules.model_validate(yaml.load(raw, Loader=yaml.SafeLoader))
    assert getattr(yaml, "__with_libyaml__", False)  # this install reads them through libyaml

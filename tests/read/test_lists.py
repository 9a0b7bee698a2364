"""The profile and network lists hold exactly the fields the disclosure policy declares for their mode
(``views.profile_list`` / ``views.network_list``): in the read layer's rows, in ``kartlegg profiles`` /
``kartlegg networks`` and on the workbench's /profiles and /networks; a copy of the policy without a field
(``KARTLEGG_POLICY``) removes it from the CLI's and the workbench's output."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kartlegg.read import ReadContext, Refused, load_policy, records
from kartlegg.read import lists as read_lists
from kartlegg.read.policy import ENV_POLICY
from kartlegg.store.engine import Store, open_store
from tests.conftest import make_settings, run_cli
from tests.read.conftest import web_client
from tests.read.test_policy import _copy, cli_env
from tests.web.conftest import Market, load_market
from tests.web.test_workbench import enrich

#: the profile list's full mode without the names column (``aliases``)
NO_NAMES = ("last_seen, new, ads, aliases, ages,", "last_seen, new, ads, ages,")


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, Market]]:
    """The workbench's small market (three profiles named Anna, Bella and Cora; one network of two), with
    the network's size and cities as the link stage writes them."""
    store = open_store(make_settings(tmp_path_factory.mktemp("lists")))
    market = load_market(store)
    enrich(store, market)
    yield store, market
    store.close()


def _page(store: Store, view: str, mode: str) -> Any:
    ctx = ReadContext("tester", "analyst", "triage", "", mode)  # type: ignore[arg-type]
    read = read_lists.profiles if view == "profile_list" else read_lists.networks
    return records.person_list(store, ctx, view, lambda c: read(c, read_lists.ListFilter()), {})  # type: ignore[arg-type]


@pytest.mark.parametrize("mode", ["full", "pseudonymised"])
def test_list_rows_hold_exactly_the_declared_fields(small: tuple[Store, Market], mode: str) -> None:
    store, _market = small
    policy = load_policy()
    profiles = _page(store, "profile_list", mode).rows
    assert len(profiles) == 3 and all(list(r) == list(policy.fields("profile_list", mode)) for r in profiles)
    networks = _page(store, "network_list", mode).rows
    assert [r["network_id"] for r in networks] == ["n-one"]
    assert list(networks[0]) == list(policy.fields("network_list", mode))
    names = "Anna" in json.dumps(profiles)
    assert names == (mode == "full")  # names are left out of a pseudonymised list


def test_a_mode_without_list_fields_is_refused(small: tuple[Store, Market]) -> None:
    store, _market = small
    with pytest.raises(Refused, match="shows no profile_list in aggregate mode"):
        _page(store, "profile_list", "aggregate")


def _json(res: Any) -> Any:
    assert res.returncode == 0, res.stderr.decode()
    return json.loads(res.stdout)


def test_the_cli_lists_print_exactly_the_declared_fields_and_the_policy_can_drop_one(
    small: tuple[Store, Market], tmp_path: Path
) -> None:
    store, _market = small
    home, env = store.settings.home, cli_env(store)
    policy = load_policy()
    full = _json(run_cli("profiles", "--json", home=home, env=env))
    assert [list(r) for r in full] == [list(policy.fields("profile_list", "full"))] * 3
    assert sorted(n for r in full for n in r["aliases"]) == ["Anna", "Bella", "Cora"]
    pseudo = _json(run_cli("profiles", "--pseudonymise", "--json", home=home, env=env))
    assert [list(r) for r in pseudo] == [list(policy.fields("profile_list", "pseudonymised"))] * 3
    nets = _json(run_cli("networks", "--json", home=home, env=env))
    assert [list(r) for r in nets] == [list(policy.fields("network_list", "full"))]
    narrow = cli_env(store, {ENV_POLICY: str(_copy(tmp_path, *NO_NAMES))})
    table = run_cli("profiles", home=home, env=narrow)
    shown = table.stdout.decode()
    assert table.returncode == 0 and "p-anna" in shown  # the rows are there ...
    assert "aliases" not in shown and "Anna" not in shown  # ... their names are not
    assert all("aliases" not in r for r in _json(run_cli("profiles", "--json", home=home, env=narrow)))


def _fields(page: str) -> set[str]:
    return {f for attr in re.findall(r'data-field="([^"]+)"', page) for f in attr.split()}


def test_the_workbench_lists_show_the_declared_fields_and_the_policy_can_drop_one(
    small: tuple[Store, Market], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store, _market = small
    policy = load_policy()
    web = web_client(store, "analyst")
    profiles, networks = web.get("/profiles").text, web.get("/networks").text
    # ``new`` and ``minor_first`` are marks shown on the rows they are true for
    assert _fields(profiles) | {"new", "minor_first"} == set(policy.fields("profile_list", "full"))
    assert "Anna" in profiles
    assert _fields(networks) == set(policy.fields("network_list", "full"))
    raw = _copy(tmp_path, *NO_NAMES).read_text("utf-8")
    old = "full: [network_id, profiles, ads, first_seen, last_seen, cities, split,"
    assert old in raw
    narrow = tmp_path / "narrow.yaml"
    narrow.write_text(raw.replace(old, "full: [network_id, profiles, ads, first_seen, last_seen, split,"), "utf-8")
    monkeypatch.setenv(ENV_POLICY, str(narrow))
    profiles, networks = web.get("/profiles").text, web.get("/networks").text
    assert "aliases" not in _fields(profiles) and "Anna" not in profiles and 'data-profile="p-anna"' in profiles
    assert "cities" not in _fields(networks) and 'data-network="n-one"' in networks
    assert "Stockholm" not in networks.split('<table id="networks">', 1)[1]

"""A run loads only the CLI module of the command it names: the map must name every command's module."""

from __future__ import annotations

import subprocess
import sys

import typer.main

from kartlegg.cli import COMMANDS, MODULES, _modules_for, build_app


def _names(modules: tuple[str, ...]) -> set[str]:
    group = typer.main.get_command(build_app(modules))
    return set(group.commands)  # type: ignore[attr-defined]


def test_every_command_is_mapped_to_the_module_that_registers_it() -> None:
    assert _names(MODULES) == set(COMMANDS)
    for module in MODULES:
        assert _names((module,)) == {c for c, m in COMMANDS.items() if m == module}


def test_a_run_loads_only_its_module_and_help_loads_all() -> None:
    assert _modules_for(["extract", "--region", "SE"]) == ("extract",)
    assert _modules_for(["ops", "list"]) == ("ops",)
    assert _modules_for([]) == MODULES
    assert _modules_for(["--help"]) == MODULES
    assert _modules_for(["no-such-command"]) == MODULES


def test_the_stream_filter_starts_without_the_store_or_graph_libraries() -> None:
    code = (
        "import sys; from kartlegg.cli import build_app; build_app(('extract',)); "
        "heavy = ('igraph', 'fastapi', 'matplotlib', 'sqlalchemy', 'kartlegg.link', 'rich'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

"""The forked CLI of the tests (tests/cli_fork.py) behaves as the installed script: the same output, exit
codes, stdin, environment and working folder, and a command that outlives its timeout is killed."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_cli


def _both(monkeypatch: pytest.MonkeyPatch, *args: str, **kw: object) -> tuple[subprocess.CompletedProcess[bytes], ...]:
    forked = run_cli(*args, **kw)  # type: ignore[arg-type]
    monkeypatch.setenv("KARTLEGG_TEST_CLI", "exec")
    script = run_cli(*args, **kw)  # type: ignore[arg-type]
    monkeypatch.delenv("KARTLEGG_TEST_CLI")
    return forked, script


def test_output_and_exit_codes_are_the_script_s(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for args in (("--version",), ("status",), ("profiles", "--no-such-option"), ("export", "ads")):
        forked, script = _both(monkeypatch, *args, home=tmp_path / "home")
        assert (forked.returncode, forked.stdout, forked.stderr) == (script.returncode, script.stdout, script.stderr)
    assert forked.returncode != 0 and b"reason" in forked.stderr  # an export without a reason is refused


def test_stdin_env_and_folder_are_the_command_s_own(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    home, other = tmp_path / "home", tmp_path / "other"
    secret = b"a-long-secret-1\n"
    assert run_cli("users", "add", "ada", home=home, stdin=secret).returncode == 0
    assert b"at least 10 characters" in run_cli("users", "add", "bob", home=home).stderr  # no stdin: empty
    assert b"already exists" in run_cli("users", "add", "ada", home=home, stdin=secret).stderr
    assert run_cli("users", "add", "ada", home=other, stdin=secret).returncode == 0  # another home, another store
    monkeypatch.chdir(tmp_path)
    assert run_cli("status", home=Path("relative-home")).returncode == 0
    assert (tmp_path / "relative-home" / "kartlegg.sqlite").exists()


def test_a_command_past_its_timeout_is_killed(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(subprocess.TimeoutExpired):
        run_cli("serve", "--port", str(port), home=tmp_path / "home", timeout=5)
    with socket.socket() as s:  # the server is gone: its port is free again
        s.bind(("127.0.0.1", port))

"""A fork server for the CLI tests: each ``kartlegg`` command still runs in a process of its own, forked
from one that has already imported the CLI, so a test pays the command's work and not its ~1-2 s of imports.

The suite starts the ``kartlegg`` command some hundreds of times, and each start re-imported the CLI and
what its commands need (SQLAlchemy, typer and rich, the extractor, phonenumbers' metadata, numpy): most of
the CPU of the CLI tests. A forked command gets its own environment, working folder, argv, stdin, stdout
and stderr and exits as the installed script does (``kartlegg.cli:main``, ``SystemExit``, ``atexit``), so
the tests see the same exit codes and output; what it does not re-do is reading the imported modules'
code. ``run_cli`` runs the installed script itself when the caller sets a variable read at import time
(``IMPORT_TIME_ENV``), and ``KARTLEGG_TEST_CLI=exec`` runs every command that way.

The server is this file run as a script (``serve``); the tests' side is ``ForkClient``. The server
imports only the standard library before the CLI, and forks from one thread: a command never inherits
a lock held by another thread.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import threading
from collections.abc import Callable
from pathlib import Path

#: Read when a module is imported, not when a command runs: a command given one of these runs the script.
IMPORT_TIME_ENV = frozenset(
    {"KARTLEGG_PURE", "COLUMNS", "LINES", "TERM", "NO_COLOR", "FORCE_COLOR", "COLORTERM", "PYTHONHASHSEED"}
)
#: What the server imports before its first fork: the CLI and what most of its commands import.
PRELOAD = (
    "kartlegg.cli",
    "kartlegg.cli.core",
    "kartlegg.cli.link",
    "kartlegg.cli.report",
    "kartlegg.cli.collect",
    "kartlegg.pipeline",
    "kartlegg.extract.run",
    "kartlegg.link.run",
    "kartlegg.assess.run",
    "kartlegg.read",
    "kartlegg.report",
)


def _send(sock: socket.socket, obj: object) -> None:
    data = json.dumps(obj).encode()
    sock.sendall(struct.pack("!I", len(data)) + data)


def _recv(sock: socket.socket) -> object:
    head = _read_exact(sock, 4)
    return json.loads(_read_exact(sock, struct.unpack("!I", head)[0]))


def _read_exact(sock: socket.socket, n: int) -> bytes:
    buf = b""
    while len(buf) < n:
        part = sock.recv(n - len(buf))
        if not part:
            raise ConnectionError("the CLI fork server closed the connection")
        buf += part
    return buf


# ---------------------------------------------------------------- the server (this file run as a script)


def serve(sock_path: str) -> Callable[[], None]:
    """Accept requests for ever; returns only in a forked command's process, with the command to run."""
    import importlib

    for name in PRELOAD:
        importlib.import_module(name)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    # Bound under another name and renamed once listening: the client waits for the path to exist, and a
    # connect between ``bind`` (which makes the file) and ``listen`` is refused.
    listener.bind(sock_path + ".new")
    listener.listen(16)
    os.rename(sock_path + ".new", sock_path)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # the waiters are reaped by the kernel
    sys.stdout.flush()
    sys.stderr.flush()
    while True:
        conn, _ = listener.accept()
        if os.fork() == 0:
            listener.close()
            signal.signal(signal.SIGCHLD, signal.SIG_DFL)
            return _waiter(conn)
        conn.close()


def _waiter(conn: socket.socket) -> Callable[[], None]:
    """In the request's own process: fork the command, report its pid, wait, report its exit code."""
    req = _recv(conn)
    assert isinstance(req, dict)
    pid = os.fork()
    if pid == 0:
        conn.close()
        return _command(req)
    _send(conn, {"pid": pid})
    _, status = os.waitpid(pid, 0)
    code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
    try:
        _send(conn, {"returncode": code})
    finally:
        os._exit(0)


def _command(req: dict[str, object]) -> Callable[[], None]:
    """Set up the process as ``subprocess.run`` would have started it; the returned call runs the CLI."""
    for fd, key, mode in ((0, "stdin", os.O_RDONLY), (1, "stdout", os.O_WRONLY), (2, "stderr", os.O_WRONLY)):
        src = os.open(str(req[key]), mode)
        os.dup2(src, fd)
        os.close(src)
    env = req["env"]
    assert isinstance(env, dict)
    os.environ.clear()
    os.environ.update(env)
    os.chdir(str(req["cwd"]))
    argv = req["argv"]
    assert isinstance(argv, list)
    sys.argv = [str(a) for a in argv]

    def run() -> None:
        from kartlegg.cli import main

        main()

    return run


# ---------------------------------------------------------------- the tests' side


class ForkClient:
    """One server per test process, started on first use and stopped at exit."""

    def __init__(self, env: dict[str, str]) -> None:
        self._dir = tempfile.mkdtemp(prefix="kartlegg-cli-fork-")
        self._sock = os.path.join(self._dir, "s")
        self.env = env  # the server's, fixed when it starts: what its imports saw
        self._proc: subprocess.Popen[bytes] | None = None
        self._lock = threading.Lock()

    def _start(self) -> None:
        with self._lock:
            if self._proc is not None and self._proc.poll() is None:
                return
            self._proc = subprocess.Popen(
                [sys.executable, __file__, self._sock],
                env=self.env,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=open(os.path.join(self._dir, "server.log"), "ab"),
                cwd=str(Path(__file__).resolve().parent.parent),
            )
        while not os.path.exists(self._sock):
            if self._proc.poll() is not None:
                log = Path(self._dir, "server.log").read_text(errors="replace")
                raise RuntimeError(f"the CLI fork server did not start:\n{log}")
            threading.Event().wait(0.02)

    def run(
        self, argv: list[str], env: dict[str, str], stdin: bytes | None, timeout: float
    ) -> subprocess.CompletedProcess[bytes]:
        self._start()
        with tempfile.TemporaryDirectory(dir=self._dir) as tmp:
            files = {k: os.path.join(tmp, k) for k in ("stdin", "stdout", "stderr")}
            Path(files["stdin"]).write_bytes(stdin or b"")
            for k in ("stdout", "stderr"):
                Path(files[k]).touch()
            sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            sock.settimeout(timeout)
            try:
                sock.connect(self._sock)
                _send(sock, {"argv": argv, "env": env, "cwd": os.getcwd(), **files})
                pid = _recv(sock)["pid"]  # type: ignore[index]
                try:
                    code = int(_recv(sock)["returncode"])  # type: ignore[index]
                except TimeoutError:
                    os.kill(int(pid), signal.SIGKILL)
                    sock.settimeout(60)
                    _recv(sock)  # gone once its waiter has it (as ``subprocess.run`` waits for what it kills)
                    raise subprocess.TimeoutExpired(argv, timeout) from None
            finally:
                sock.close()
            out, err = Path(files["stdout"]).read_bytes(), Path(files["stderr"]).read_bytes()
        return subprocess.CompletedProcess(argv, code, out, err)

    def close(self) -> None:
        if self._proc is not None and self._proc.poll() is None:
            self._proc.kill()
            self._proc.wait()
        shutil.rmtree(self._dir, ignore_errors=True)


if __name__ == "__main__":
    sys.path[0] = str(Path(sys.executable).parent)  # as for the installed script, not this file's folder
    serve(sys.argv[1])()

"""Many users at once while the pipeline runs: N logged-in workbench users on one store during ingest + analyze.

The store is built once (``--home``): the independent corpus (benchmarks/evalcorpus) of ``--ads`` ads is
generated, its newest ``--new`` ads by posting date are held back as the "new day", the rest goes through
``kartlegg ingest`` and ``kartlegg analyze``. Each run works on a fresh copy of that store (a copy of the
folder; on PostgreSQL also ``CREATE DATABASE ... TEMPLATE``), so every run starts from the same state.

A run starts the real workbench (``kartlegg serve`` in its own process) on 127.0.0.1, creates ``--users``
accounts (analysts, outreach workers and viewers, 7:2:1), logs each one in through the login form (CSRF
cookie and token), and drives them from threads through the main pages: dashboard, triage, search (phone and
text), the profile and network lists, justified profile and network pages, outreach, statistics and the map.
Each user waits an exponential think time (mean ``--think`` s) between pages. Phase 1 (``--idle-seconds``)
runs without the pipeline; phase 2 starts ``kartlegg ingest`` of the new day and then ``kartlegg analyze``
in other processes and lasts until both have finished (at most ``--seconds``). Every user stops after
``--requests`` pages. Reported per page and phase: p50, p95 and max, and errors (non-2xx, timeouts);
a 404 for a profile or network that the pipeline's new linking replaced is counted apart ("gone").

On PostgreSQL a sampler reads pg_stat_activity and pg_locks every 0.2 s: workbench sessions waiting on a
lock (with what blocks them), ACCESS EXCLUSIVE locks the pipeline takes, the workbench's connections, and
the pipeline's longest open transaction.

    python benchmarks/web_load.py --ads 100000 --users 20 --home /tmp/kl-load-sqlite
    python benchmarks/web_load.py --ads 100000 --users 20 --home /tmp/kl-load-pg \\
        --database-url postgresql://kartlegg@127.0.0.1:PORT/postgres   # (scripts/test-services.sh's server)

Nothing here is real data. Only 127.0.0.1 is contacted.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kartlegg.config import Settings  # noqa: E402
from kartlegg.store.engine import open_store  # noqa: E402
from kartlegg.web.auth import add_user  # noqa: E402

PASSWORD = "load test password"
CASE = "load 2026/1"
KARTLEGG = str(Path(sys.executable).parent / "kartlegg")
WORDS = ["ny", "stan", "diskret", "hotell", "ring", "välkommen", "byen", "discreet", "centralt", "helg"]


def pg_url(url: str, db: str | None = None, app: str | None = None) -> str:
    """The SQLAlchemy URL of database ``db`` on the server of ``url``, tagged with an application name."""
    if url.startswith("postgresql://"):
        url = "postgresql+psycopg://" + url.split("://", 1)[1]
    base = url.split("?", 1)[0]
    if db:
        base = base.rsplit("/", 1)[0] + "/" + db
    return base + (f"?application_name={app}" if app else "")


def run_env(home: Path, url: str | None, app: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("KARTLEGG_")}
    env.update({"KARTLEGG_HOME": str(home), "KARTLEGG_ACTOR": "load", "KARTLEGG_WEB_INSECURE_COOKIES": "1"})
    if url:
        env["KARTLEGG_DATABASE_URL"] = url.split("?", 1)[0] + f"?application_name={app}"
    return env


def cli(args: list[str], env: dict[str, str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    t = time.perf_counter()
    done = subprocess.run([KARTLEGG, *args], env=env, capture_output=True, text=True)
    return time.perf_counter() - t, done


# -- the store, built once ---------------------------------------------------------------------------------


def db_name(folder: Path) -> str:
    """The PostgreSQL database of a store folder: one server can hold the stores of several --home."""
    return "kl_" + re.sub(r"[^a-z0-9]+", "_", f"{folder.parent.name}_{folder.name}".lower())


def prepare(base: Path, n_ads: int, n_new: int, server: str | None, reuse: Path | None = None) -> dict[str, Any]:
    """Build the base store in ``base`` (and its database) unless it is there already."""
    meta_path = base / "load-meta.json"
    if meta_path.exists():
        meta: dict[str, Any] = json.loads(meta_path.read_text())
        if meta["ads"] == n_ads and meta["new"] == n_new and meta["dialect"] == ("postgresql" if server else "sqlite"):
            return meta
        sys.exit(f"{base} holds another store ({meta}): use another --home")
    base.mkdir(parents=True, exist_ok=True)
    url = None
    if server:
        admin = create_engine(pg_url(server), isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.execute(text(f"DROP DATABASE IF EXISTS {db_name(base)} WITH (FORCE)"))
            conn.execute(text(f"CREATE DATABASE {db_name(base)}"))
        admin.dispose()
        url = pg_url(server, db_name(base))
    t0 = time.perf_counter()
    corpus = base / "corpus"
    if reuse:  # the same corpus as another run's (generating 100k ads takes minutes)
        corpus.mkdir(parents=True)
        shutil.copy(reuse, corpus / "ads.jsonl")
    else:
        subprocess.run(
            [sys.executable, "-m", "benchmarks.evalcorpus", "--seed", "1", "--ads", str(n_ads), "--out", str(corpus)],
            check=True,
            cwd=ROOT,
        )
    lines = (corpus / "ads.jsonl").read_text(encoding="utf-8").splitlines()
    by_day = sorted(range(len(lines)), key=lambda i: json.loads(lines[i]).get("posted_at") or "")
    held = set(by_day[-n_new:])
    (corpus / "base.jsonl").write_text("".join(lines[i] + "\n" for i in range(len(lines)) if i not in held))
    (corpus / "new.jsonl").write_text("".join(lines[i] + "\n" for i in sorted(held)))
    print(f"corpus: {len(lines)} ads ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)
    env = run_env(base, url, "kartlegg-prepare")
    t_ing, done = cli(["ingest", str(corpus / "base.jsonl")], env)
    print(f"ingest of {len(lines) - n_new} ads: {t_ing:.0f} s {done.stdout.strip()}", file=sys.stderr)
    t_an, done = cli(["analyze"], env)
    if done.returncode:
        sys.exit(f"analyze failed: {done.stderr[-2000:]}")
    print(f"analyze: {t_an:.0f} s", file=sys.stderr)
    t_ix = time.perf_counter()
    text_index(base, url)
    print(f"text index: {time.perf_counter() - t_ix:.0f} s", file=sys.stderr)
    meta = {
        "ads": n_ads,
        "new": n_new,
        "dialect": "postgresql" if server else "sqlite",
        "ingest_s": round(t_ing, 1),
        "analyze_s": round(t_an, 1),
    }
    meta_path.write_text(json.dumps(meta))
    return meta


def text_index(folder: Path, url: str | None) -> None:
    """The workbench's text-search index, built once in the base store as a first ``serve`` builds it: else
    every run's server would build it again (minutes at 100,000 ads) before answering its first page."""
    from kartlegg.web import textindex

    eng = create_engine(url or f"sqlite:///{folder / 'kartlegg.sqlite'}")
    textindex.prepare(eng)
    eng.dispose()


def fresh_copy(base: Path, run: Path, server: str | None) -> str | None:
    """A copy of the base store for one run; returns its PostgreSQL URL (None for SQLite)."""
    shutil.rmtree(run, ignore_errors=True)
    shutil.copytree(base, run, ignore=shutil.ignore_patterns("corpus", "*.lock", "load-meta.json"))
    if not server:
        return None
    admin = create_engine(pg_url(server), isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f"DROP DATABASE IF EXISTS {db_name(run)} WITH (FORCE)"))
        conn.execute(text(f"CREATE DATABASE {db_name(run)} TEMPLATE {db_name(base)}"))
    admin.dispose()
    return pg_url(server, db_name(run))


def store_size(run: Path, url: str | None) -> str:
    if url is None:
        db = run / "kartlegg.sqlite"
        return f"{db.stat().st_size / 1e9:.2f} GB SQLite file"
    eng = create_engine(url)
    with eng.connect() as conn:
        size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
    eng.dispose()
    return f"{size / 1e9:.2f} GB PostgreSQL database"


# -- the users ---------------------------------------------------------------------------------------------


@dataclass
class Sample:
    phase: str
    page: str
    ms: float
    status: int  # 0: no answer (timeout, connection error)
    error: str = ""


@dataclass
class Targets:
    """What the pages are asked about: ids and numbers sampled from the store before the run."""

    profiles: list[str]
    networks: list[str]
    cities: list[str]
    phones: list[str]


def targets(url: str | None, run: Path) -> Targets:
    eng = create_engine(url or f"sqlite:///{run / 'kartlegg.sqlite'}")
    with eng.connect() as conn:

        def col(sql: str) -> list[str]:
            return [str(r[0]) for r in conn.execute(text(sql))]

        t = Targets(
            col("SELECT id FROM profiles ORDER BY id LIMIT 400"),
            col("SELECT id FROM networks ORDER BY id LIMIT 200"),
            col("SELECT city FROM outreach_cities ORDER BY city LIMIT 20") or ["Stockholm"],
            col("SELECT value FROM selectors WHERE kind = 'phone' ORDER BY id LIMIT 400"),
        )
    eng.dispose()
    return t


ROLE_PAGES: dict[str, tuple[str, ...]] = {
    "analyst": (
        "dashboard",
        "triage",
        "triage city",
        "search phone",
        "search text",
        "profiles list",
        "networks list",
        "profile page",
        "network page",
        "outreach city",
        "statistics",
        "map",
    ),
    "outreach": ("outreach", "outreach city", "outreach city page 2"),
    "viewer": ("dashboard", "statistics", "map"),
}


def role_of(i: int) -> str:
    return "analyst" if i % 10 < 7 else "outreach" if i % 10 < 9 else "viewer"


@dataclass
class User:
    name: str
    role: str
    client: httpx.Client
    rng: random.Random
    granted: set[str] = field(default_factory=set)

    def login(self) -> None:
        form = self.client.get("/login")
        token = form.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
        r = self.client.post("/login", data={"username": self.name, "password": PASSWORD, "csrf": token, "next": "/"})
        if r.status_code != 200 or "/login" in str(r.url):
            raise SystemExit(f"login of {self.name} failed: {r.status_code} {r.url}")

    def justify(self, path: str) -> None:
        """Ask for a person page once: the justification form, then the grant (not timed)."""
        if path in self.granted:
            return
        page = self.client.get(path)
        if 'name="justification"' in page.text:
            csrf = page.text.split('name="csrf" value="', 1)[1].split('"', 1)[0]
            self.client.post(f"{path}/justify", data={"csrf": csrf, "justification": "load test " + CASE})
        self.granted.add(path)

    def path(self, page: str, t: Targets) -> str:
        rng = self.rng
        city = rng.choice(t.cities)
        q = httpx.QueryParams
        if page == "dashboard":
            return "/"
        if page == "triage":
            return "/triage"
        if page == "triage city":
            return "/triage?" + str(q({"city": city}))
        if page == "search phone":
            return "/search?" + str(q({"case": CASE, "q": rng.choice(t.phones or ["070-123 45 67"])}))
        if page == "search text":
            return "/search?" + str(q({"case": CASE, "kind": "text", "q": f"{rng.choice(WORDS)} {rng.choice(WORDS)}"}))
        if page == "profiles list":
            return rng.choice(["/profiles", "/profiles?" + str(q({"city": city}))])
        if page == "networks list":
            return "/networks"
        if page == "profile page":
            path = f"/profile/{rng.choice(t.profiles)}"
            self.justify(path)
            return path
        if page == "network page":
            path = f"/network/{rng.choice(t.networks)}"
            self.justify(path)
            return path
        if page == "outreach":
            return "/outreach"
        if page == "outreach city":
            return "/outreach?" + str(q({"city": city}))
        if page == "outreach city page 2":
            return "/outreach?" + str(q({"city": city, "page": 2}))
        if page == "statistics":
            return "/stats"
        if page == "map":
            return "/map"
        raise ValueError(page)


class Load:
    def __init__(self, users: list[User], t: Targets, think: float, max_requests: int) -> None:
        self.users, self.t, self.think, self.max_requests = users, t, think, max_requests
        self.samples: list[Sample] = []
        self.lock = threading.Lock()
        self.done: Counter[str] = Counter()

    def drive(self, phase: str, stop: threading.Event) -> None:
        threads = [threading.Thread(target=self._user, args=(u, phase, stop), daemon=True) for u in self.users]
        for th in threads:
            th.start()
        for th in threads:
            th.join()

    def _user(self, u: User, phase: str, stop: threading.Event) -> None:
        while not stop.is_set() and self.done[u.name] < self.max_requests:
            page = u.rng.choice(ROLE_PAGES[u.role])
            try:
                path = u.path(page, self.t)
            except httpx.HTTPError as exc:  # the untimed justification step failed
                self._add(Sample(phase, page, 0.0, 0, f"justify: {type(exc).__name__}"))
                continue
            t0 = time.perf_counter()
            try:
                r = u.client.get(path)
                s = Sample(phase, page, (time.perf_counter() - t0) * 1000, r.status_code)
                if r.status_code != 200 and r.status_code != 404:
                    s.error = f"{r.status_code} {path}: {r.text[:160]!r}"
            except httpx.HTTPError as exc:
                s = Sample(phase, page, (time.perf_counter() - t0) * 1000, 0, f"{type(exc).__name__} {path}")
            self._add(s)
            self.done[u.name] += 1
            stop.wait(u.rng.expovariate(1 / self.think) if self.think > 0 else 0)

    def _add(self, s: Sample) -> None:
        with self.lock:
            self.samples.append(s)


# -- what PostgreSQL shows while it runs -------------------------------------------------------------------


class PgSampler(threading.Thread):
    """Samples pg_stat_activity and pg_locks: who waits on a lock, and which strong locks are held."""

    def __init__(self, url: str, every: float = 0.2) -> None:
        super().__init__(daemon=True)
        self.eng = create_engine(pg_url(url, app="kartlegg-load-sampler"), isolation_level="AUTOCOMMIT")
        self.every = every
        self.stop = threading.Event()
        self.samples = 0
        self.web_waiting_max = 0
        self.web_waiting_samples = 0
        self.waits: Counter[str] = Counter()
        self.exclusive: Counter[str] = Counter()
        self.web_conns_max = 0
        self.longest_xact: dict[str, float] = defaultdict(float)

    def run(self) -> None:
        with self.eng.connect() as conn:
            while not self.stop.is_set():
                self.sample(conn)
                self.stop.wait(self.every)
        self.eng.dispose()

    def sample(self, conn: Any) -> None:
        rows = conn.execute(
            text(
                "SELECT a.pid, a.application_name, a.wait_event_type, a.wait_event, left(a.query, 90), "
                "EXTRACT(EPOCH FROM now() - a.xact_start), "
                "(SELECT string_agg(b.application_name || ': ' || left(b.query, 70), ' | ') "
                " FROM pg_stat_activity b WHERE b.pid = ANY(pg_blocking_pids(a.pid))) "
                "FROM pg_stat_activity a WHERE a.datname = current_database() AND a.pid <> pg_backend_pid() "
                # a parallel worker's transaction is its leader's (and it has no name for its first moments)
                "AND a.backend_type = 'client backend'"
            )
        ).all()
        strong = conn.execute(
            text(
                "SELECT a.application_name, l.relation::regclass::text, left(a.query, 70) FROM pg_locks l "
                "JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'relation' AND l.granted "
                "AND l.mode = 'AccessExclusiveLock' AND a.datname = current_database()"
            )
        ).all()
        self.samples += 1
        web = [r for r in rows if r[1] == "kartlegg-web"]
        self.web_conns_max = max(self.web_conns_max, len(web))
        waiting = [r for r in web if r[2] == "Lock"]
        if waiting:
            self.web_waiting_samples += 1
            self.web_waiting_max = max(self.web_waiting_max, len(waiting))
        for r in rows:
            if r[2] == "Lock":
                self.waits[f"{r[1]} waits ({r[3]}) in {r[4]!r} on {r[6]}"] += 1
            if r[5] is not None and r[1] != "kartlegg-web":
                self.longest_xact[r[1]] = max(self.longest_xact[r[1]], float(r[5]))
        for app, rel, query in strong:
            self.exclusive[f"{app} on {rel}: {query!r}"] += 1


# -- one run ------------------------------------------------------------------------------------------------


def pct(v: list[float], q: float) -> float:
    s = sorted(v)
    return s[min(len(s) - 1, round(q * (len(s) - 1)))]


def report(samples: list[Sample], phase: str) -> list[str]:
    rows, errors = [], 0
    by_page: dict[str, list[Sample]] = defaultdict(list)
    for s in samples:
        if s.phase == phase:
            by_page[s.page].append(s)
    all_ms: list[float] = []
    for page in sorted(by_page):
        ss = by_page[page]
        ok = [s.ms for s in ss if s.status == 200]
        err = sum(1 for s in ss if s.error)
        gone = sum(1 for s in ss if s.status == 404)
        errors += err
        all_ms += ok
        if ok:
            rows.append(
                f"| {page} | {len(ss)} | {statistics.median(ok):.0f} | {pct(ok, 0.95):.0f} | {max(ok):.0f} "
                f"| {err} | {gone} |"
            )
        else:
            rows.append(f"| {page} | {len(ss)} | - | - | - | {err} | {gone} |")
    if all_ms:
        rows.append(
            f"| **every page** | {len(all_ms)} | {statistics.median(all_ms):.0f} | {pct(all_ms, 0.95):.0f} "
            f"| {max(all_ms):.0f} | {errors} | |"
        )
    return rows


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--ads", type=int, default=100_000, help="ads in the store before the new day")
    ap.add_argument("--new", type=int, default=2_000, help="ads of the new day, ingested during the load")
    ap.add_argument("--users", type=int, default=20)
    ap.add_argument("--home", type=Path, default=Path("/tmp/kartlegg-load"))
    ap.add_argument("--database-url", default=None, help="a PostgreSQL server (postgresql://...); else SQLite")
    ap.add_argument("--think", type=float, default=1.0, help="mean think time between a user's pages, seconds")
    ap.add_argument("--idle-seconds", type=float, default=30, help="phase 1: load without the pipeline")
    ap.add_argument("--seconds", type=float, default=900, help="phase 2 at most this long")
    ap.add_argument("--requests", type=int, default=5000, help="at most this many pages per user")
    ap.add_argument("--timeout", type=float, default=60, help="a page that takes longer is an error")
    ap.add_argument("--corpus", type=Path, default=None, help="an ads.jsonl of --ads + --new ads to use (seed 1)")
    ap.add_argument("--json", type=Path, default=None, help="also write every sample here")
    ap.add_argument(
        "--build-only",
        action="store_true",
        help="build the base store in --home and stop (run it at nice 19, then measure at normal priority)",
    )
    args = ap.parse_args()
    if args.ads <= args.new:
        ap.error("--ads must be larger than --new")
    server = args.database_url
    base, run = args.home / "base", args.home / "run"
    meta = prepare(base, args.ads + args.new, args.new, server, args.corpus)
    if args.build_only:
        print(f"base store in {base}: {meta}", file=sys.stderr)
        return
    url = fresh_copy(base, run, server)
    size = store_size(run, url)
    t = targets(url, run)
    settings = Settings(home=run, database_url=url or f"sqlite:///{run / 'kartlegg.sqlite'}", actor="load")
    store = open_store(settings)
    with store.begin() as conn:
        for i in range(args.users):
            add_user(conn, f"user{i:02d}", role_of(i), PASSWORD, actor="load")
    store.close()

    port = free_port()
    web_env = run_env(run, url, "kartlegg-web")
    web = subprocess.Popen(
        [KARTLEGG, "serve", "--host", "127.0.0.1", "--port", str(port)],
        env=web_env,
        stdout=subprocess.DEVNULL,
        stderr=open(run / "web.log", "w"),
    )
    users: list[User] = []
    try:
        base_url = f"http://127.0.0.1:{port}"
        for _ in range(600):
            try:
                httpx.get(base_url + "/login", timeout=2)
                break
            except httpx.HTTPError:
                time.sleep(0.1)
        limits = httpx.Limits(max_connections=2, max_keepalive_connections=2)
        for i in range(args.users):
            client = httpx.Client(base_url=base_url, timeout=args.timeout, follow_redirects=True, limits=limits)
            u = User(f"user{i:02d}", role_of(i), client, random.Random(i))
            u.login()
            users.append(u)
        warm: dict[str, float] = {}
        for role in ROLE_PAGES:  # the shared caches (dashboard, statistics, map) filled once, not timed
            u = next((x for x in users if x.role == role), None)
            for page in ROLE_PAGES[role] if u else ():
                t0 = time.perf_counter()
                u.client.get(u.path(page, t), timeout=900)  # type: ignore[union-attr]
                warm[page] = max(warm.get(page, 0.0), (time.perf_counter() - t0) * 1000)
        print(f"warm-up (cold pages, ms): {', '.join(f'{k} {v:.0f}' for k, v in warm.items())}", file=sys.stderr)
        load = Load(users, t, args.think, args.requests)
        sampler = PgSampler(url) if url else None
        if sampler:
            sampler.start()
        stop = threading.Event()
        timer = threading.Timer(args.idle_seconds, stop.set)
        timer.start()
        print(f"phase 1: {args.users} users, no pipeline, {args.idle_seconds:.0f} s", file=sys.stderr)
        loads = [os.getloadavg()[0]]
        load.drive("idle", stop)
        loads.append(os.getloadavg()[0])
        if sampler:
            idle_waits = sampler.web_waiting_samples
        pipe: dict[str, Any] = {}
        stop = threading.Event()

        def pipeline() -> None:
            env = run_env(run, url, "kartlegg-ingest")
            pipe["ingest_s"], done = cli(["ingest", str(base / "corpus" / "new.jsonl")], env)
            pipe["ingest"] = done.stdout.strip() or done.stderr[-500:]
            env = run_env(run, url, "kartlegg-analyze")
            pipe["analyze_s"], done = cli(["analyze"], env)
            pipe["analyze_rc"] = done.returncode
            if done.returncode:
                pipe["analyze_err"] = done.stderr[-1000:]
            stop.set()

        pipe_thread = threading.Thread(target=pipeline, daemon=True)
        deadline = threading.Timer(args.seconds, stop.set)
        print("phase 2: the same users while ingest and analyze run", file=sys.stderr)
        t_pipe = time.perf_counter()
        pipe_thread.start()
        deadline.start()
        load.drive("pipeline", stop)
        phase2_s = time.perf_counter() - t_pipe
        loads.append(os.getloadavg()[0])
        deadline.cancel()
        pipe_thread.join()
        if sampler:
            sampler.stop.set()
            sampler.join()
    finally:
        for u in users:
            u.client.close()
        web.terminate()
        web.wait(30)

    print(f"\n## {args.users} users, {meta['dialect']}, {args.ads:,} ads + a new day of {args.new:,}")
    print(f"store: {size} (built once: ingest {meta['ingest_s']} s, analyze {meta['analyze_s']} s)")
    print(
        f"pipeline during phase 2: ingest {pipe.get('ingest_s', 0):.0f} s ({pipe.get('ingest', '')}), "
        f"analyze {pipe.get('analyze_s', 0):.0f} s (exit {pipe.get('analyze_rc')}); phase 2 lasted {phase2_s:.0f} s"
    )
    if pipe.get("analyze_err"):
        print(f"analyze failed: {pipe['analyze_err']}")
    print(f"think time {args.think} s (mean), at most {args.requests} pages per user, timeout {args.timeout:.0f} s")
    print(
        f"load average (1 min) at the start of phase 1, of phase 2, at the end: {', '.join(f'{x:.1f}' for x in loads)}"
    )
    for phase, title in (("idle", "phase 1, no pipeline"), ("pipeline", "phase 2, during ingest + analyze")):
        rows = report(load.samples, phase)
        print(f"\n### {title}\n\n| page | n | p50 ms | p95 ms | max ms | errors | gone (404) |")
        print("|---|---:|---:|---:|---:|---:|---:|")
        print("\n".join(rows))
        shown = [s.error for s in load.samples if s.phase == phase and s.error]
        for e in Counter(shown).most_common(8):
            print(f"  error x{e[1]}: {e[0]}")
    if sampler:
        print(
            f"\nPostgreSQL, {sampler.samples} samples of pg_stat_activity/pg_locks: workbench connections at most "
            f"{sampler.web_conns_max}; workbench sessions waiting on a lock in {sampler.web_waiting_samples} samples "
            f"({idle_waits} of them in phase 1), at most {sampler.web_waiting_max} at once"
        )
        print("longest open transaction: " + ", ".join(f"{k} {v:.1f} s" for k, v in sampler.longest_xact.items()))
        for k, n in sampler.waits.most_common(10):
            print(f"  lock wait x{n}: {k}")
        for k, n in sampler.exclusive.most_common(10):
            print(f"  ACCESS EXCLUSIVE x{n}: {k}")
    if args.json:
        args.json.write_text(json.dumps([s.__dict__ for s in load.samples]))


if __name__ == "__main__":
    main()

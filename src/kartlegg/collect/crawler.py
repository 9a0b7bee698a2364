"""The crawler: polite, incremental, resumable, and every response archived as evidence.

For each site: robots.txt is read and obeyed; listing pages are walked from the start URLs along the
``next_page`` links; every ad link found is fetched with a conditional request (``If-None-Match`` /
``If-Modified-Since``), so an unchanged ad costs a 304 and no parsing. A changed ad page is parsed and
stored through the spine's bulk path (``insert_ads``): a new content hash becomes a new version that
points (``page_id``) at the ``raw_pages`` row of the archived response it was read from.

Per host, requests start at least ``delay_seconds`` apart with at most ``concurrency`` in flight.
Transient failures (connect timeouts, connection errors, 429 and 5xx) are retried with exponential backoff.
A host that answers and then drip-feeds the body until the time cap is not retried: after ``MAX_SLOW``
such responses it is given up for the rest of the run (``CrawlResult.slow_hosts``) and its URLs stay for
the next run. An exchange cut for size or time is archived as a truncated WARC record, and a page whose
markup is too costly to parse is refused (``parse.PageRefused``), recorded, and the crawl goes on.

Resumable: ad URLs are recorded as pending before they are fetched and cleared in the same transaction
that stores what was read from them, so a crawl killed at any point resumes with what is left, and
re-fetching what was already stored adds nothing (304, equal hash, or equal content hash).
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import time
import urllib.robotparser
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from typing import Any
from urllib.parse import urlsplit

from kartlegg.collect import state
from kartlegg.collect.adfile import content_hash
from kartlegg.collect.decode import BadEncoding, TooLarge, decode_html
from kartlegg.collect.fetch import Fetcher, FetchLimits, FetchResult, Response
from kartlegg.collect.netguard import AddressPolicy
from kartlegg.collect.parse import PageRefused, ParsedAd, parse_ad, parse_listing
from kartlegg.collect.parseworker import PARSE_SECONDS, ParseWorker
from kartlegg.collect.sitedef import SiteDefinition
from kartlegg.collect.template import save_page_template
from kartlegg.collect.warc import ArchivedRecord, WarcArchive
from kartlegg.ids import ad_id
from kartlegg.nospace import is_no_space
from kartlegg.records import AdInput
from kartlegg.store.ads import IncomingAd, ensure_sites, insert_ads
from kartlegg.store.engine import Store
from kartlegg.store.tombstones import Gate

RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
#: Slow (drip-fed) responses from one host after which it is given up for the rest of the run.
MAX_SLOW = 2
MAX_IMAGE_PIXELS = 40_000_000


@dataclass(frozen=True, slots=True)
class CrawlOptions:
    """``polite=False`` drops delays (robots.txt is still obeyed); only for your own test sites."""

    polite: bool = True
    concurrency: int | None = None
    max_listing_pages: int | None = None
    fetch_images: bool = True
    retries: int = 3
    backoff_seconds: float = 0.5
    #: commit what was read after this many pages or seconds, whichever comes first (a kill loses at most that)
    flush_every: int = 50
    flush_seconds: float = 1.0
    limits: FetchLimits = field(default_factory=FetchLimits)
    #: a page whose parsing takes longer than this is refused (parsed in a worker process; parseworker.py)
    parse_seconds: float = PARSE_SECONDS


@dataclass(slots=True)
class CrawlResult:
    sites: int = 0
    requests: int = 0
    listing_pages: int = 0
    ad_pages: int = 0
    not_modified: int = 0
    unchanged: int = 0
    new_versions: int = 0
    images: int = 0
    bytes: int = 0
    robots_refused: int = 0
    gone: int = 0
    #: ad pages of erased ads: neither fetched again nor stored (``store.tombstones``)
    erased_skipped: int = 0
    #: listing pages that link to an erased ad's page: followed, but not archived (they show the ad)
    erased_listings: int = 0
    #: pages refused because their markup is too costly to parse (each also listed in ``errors``)
    refused_pages: int = 0
    #: hosts given up this run after MAX_SLOW drip-fed responses: origin -> URLs skipped because of it
    slow_hosts: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    error_count: int = 0
    seconds: float = 0.0

    MAX_KEPT = 200

    def error(self, message: str) -> None:
        self.error_count += 1
        if len(self.errors) < self.MAX_KEPT:
            self.errors.append(message)


ProgressFn = Callable[[str, CrawlResult], None]


class HostGate:
    """At most ``concurrency`` requests in flight to one host, starting at least ``delay`` seconds apart."""

    def __init__(self, concurrency: int, delay: float) -> None:
        self.sem = asyncio.Semaphore(concurrency)
        self.delay = delay
        self._lock = asyncio.Lock()
        self._next = 0.0
        #: responses from this host cut at the time cap while the body was still arriving
        self.slow = 0

    async def __aenter__(self) -> None:
        await self.sem.acquire()
        if self.delay > 0:
            async with self._lock:
                wait = self._next - time.monotonic()
                if wait > 0:
                    await asyncio.sleep(wait)
                self._next = time.monotonic() + self.delay

    async def __aexit__(self, *exc: object) -> None:
        self.sem.release()


@dataclass(slots=True)
class _PageWrite:
    site: str
    kind: str
    resp: Response
    record: ArchivedRecord
    ad: ParsedAd | None = None


@dataclass(slots=True)
class _HeldListing:
    """A listing page held back until the ad pages it links to were read: archived only if none of them
    turned out to be an erased ad (its text would show it)."""

    resp: Response
    waiting: set[str]
    erased: bool = False


class _SiteCrawl:
    """The crawl of one site; shares the fetcher, archive and result with the others."""

    def __init__(self, crawler: Crawler, site: SiteDefinition) -> None:
        self.c = crawler
        self.site = site
        pol = site.politeness
        opts = crawler.options
        conc = opts.concurrency or (pol.concurrency if opts.polite else 4)
        self.delay = pol.delay_seconds if opts.polite else 0.0
        self.concurrency = conc
        self.gates: dict[str, HostGate] = {}
        self.robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}
        self.hosts = set(site.domains) | set(site.image_domains)
        self.writes: list[_PageWrite] = []
        self.last_flush = time.monotonic()
        self.fetch_rows: list[dict[str, Any]] = []
        with crawler.store.connect() as conn:
            self.known = state.url_states(conn, site.name)
            self.pending = state.pending_urls(conn, site.name)
        self.queued: set[str] = set()
        self.queue: asyncio.Queue[str | None] = asyncio.Queue()
        #: ad URLs queued and not yet read, the listing pages waiting for them, and the erased ads met
        self.unread: set[str] = set()
        self.held: list[_HeldListing] = []
        self.erased_urls: set[str] = set()

    def gate(self, url: str) -> HostGate:
        origin = _origin(url)
        if origin not in self.gates:
            self.gates[origin] = HostGate(self.concurrency, self.delay)
        return self.gates[origin]

    async def allowed(self, url: str) -> bool:
        if not self.site.politeness.obey_robots:
            return True
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc}".lower()
        if origin not in self.robots:
            robots_url = origin + "/robots.txt"
            res = await self.fetch(robots_url, "robots", conditional=False)
            parser: urllib.robotparser.RobotFileParser | None = urllib.robotparser.RobotFileParser()
            resp = res.response
            assert parser is not None
            if resp is None or resp.status >= 500:
                # Unreachable robots.txt: be safe, fetch nothing from this origin this run, and say why.
                why = res.error or f"HTTP {resp.status if resp else '?'}"
                self.c.result.error(f"{origin}: robots.txt unavailable, origin skipped: {why}")
                parser = None
            elif resp.status >= 400:
                parser.parse([])  # no robots.txt: everything is allowed
            else:
                try:
                    text, _ = decode_html(resp.body(512_000), resp.content_type)
                except (TooLarge, BadEncoding):
                    text = ""
                parser.parse(text.splitlines())
                delay = parser.crawl_delay(self.c.fetcher.user_agent)
                if self.c.options.polite and delay:
                    self.gate(url).delay = max(self.gate(url).delay, min(float(delay), 60.0))
            self.robots[origin] = parser
        parser = self.robots[origin]
        if parser is None:
            return False
        return parser.can_fetch(self.c.fetcher.user_agent, url)

    async def fetch(self, url: str, role: str, *, conditional: bool = True, defer: bool = False) -> FetchResult:
        """GET with retries; every response (redirects and failures included) is archived. With ``defer``
        the final response is left for the caller to archive (``Crawler.archive_response``) once it knows
        the page is not an erased ad's."""
        headers: dict[str, str] = {}
        known = self.known.get(url) if conditional else None
        if known is not None:
            if known.etag:
                headers["If-None-Match"] = known.etag
            if known.last_modified:
                headers["If-Modified-Since"] = known.last_modified
        opts = self.c.options
        attempt = 0
        gate = self.gate(url)
        while True:
            if gate.slow >= MAX_SLOW:
                origin = _origin(url)
                self.c.result.slow_hosts[origin] = self.c.result.slow_hosts.get(origin, 0) + 1
                error = f"{url}: skipped, {origin} drip-feeds its pages (given up this run)"
                return FetchResult(None, error=error, skipped=True)
            async with gate:
                res = await self.c.fetcher.get(url, headers, allowed_hosts=self.hosts)
            for r in res.responses:
                self.c.result.requests += 1
                self.c.result.bytes += len(r.raw)
                if not (defer and r is res.response):
                    res.archived = self.c.archive_response(r, self.site.name, role)
            if res.slow:
                # it answered, then dripped: a retry would take as long again, and so would its other pages
                gate.slow += 1
                if gate.slow == MAX_SLOW:
                    self.c.result.slow_hosts.setdefault(_origin(url), 0)
                    self.c.result.error(f"{_origin(url)}: given up this run after {MAX_SLOW} drip-fed responses")
                return res
            status = res.response.status if res.response else None
            retry = res.retryable or status in RETRY_STATUS
            if not retry or attempt >= opts.retries:
                return res
            if defer and res.response is not None:  # a response that is retried is archived as it is
                res.archived = self.c.archive_response(res.response, self.site.name, role)
            wait = opts.backoff_seconds * (2**attempt)
            if res.response is not None:
                wait = max(wait, _retry_after(res.response))
            await asyncio.sleep(min(wait, 60.0))
            attempt += 1

    async def listings(self) -> None:
        limit = self.c.options.max_listing_pages or self.site.listing.max_pages
        for start in self.site.start_urls:
            url: str | None = start
            seen: set[str] = set()
            while url and url not in seen and len(seen) < limit:
                seen.add(url)
                if not await self.allowed(url):
                    self.c.result.robots_refused += 1
                    break
                res = await self.fetch(url, "listing", conditional=False, defer=True)
                resp = res.response
                if resp is None or resp.status != 200:
                    if resp is not None:
                        self.c.archive_response(resp, self.site.name, "listing")
                    self.c.result.error(res.error or f"{url}: HTTP {resp.status if resp else '?'}")
                    break
                try:
                    html, _ = decode_html(resp.body(self.c.options.limits.max_decoded), resp.content_type)
                    page = await self.c.parser.run(parse_listing, html, resp.url, self.site)
                except (TooLarge, BadEncoding, PageRefused) as exc:
                    self.c.archive_response(resp, self.site.name, "listing")
                    self.c.result.refused_pages += isinstance(exc, PageRefused)
                    self.c.result.error(f"{url}: {exc}")
                    break
                self.c.result.listing_pages += 1
                new = [u for u in page.ad_urls if u not in self.queued]
                if any(self.c.gate.url_erased(u) for u in page.ad_urls):
                    self.c.result.erased_listings += 1  # it still shows an erased ad: read, never written to disk
                else:
                    waiting = {u for u in page.ad_urls if u in self.unread} | set(new)
                    shown = any(u in self.erased_urls for u in page.ad_urls)
                    self.held.append(_HeldListing(resp, waiting, shown))
                if new:
                    with self.c.store.begin() as conn:
                        state.mark_pending(conn, self.site.name, new)
                for u in new:
                    self.queued.add(u)
                    self.unread.add(u)
                    self.queue.put_nowait(u)
                await self.release()
                self.c.progress(self.site.name)
                url = page.next_url

    async def ad_worker(self) -> None:
        while True:
            url = await self.queue.get()
            if url is None:
                return
            try:
                await self.ad(url)
            except Exception as exc:  # one bad page must never stop a crawl; a full disk stops every page
                if is_no_space(exc):
                    raise
                self.c.result.error(f"{url}: {type(exc).__name__}: {exc}")
            finally:
                self.unread.discard(url)
            await self.release(url)
            if time.monotonic() - self.last_flush > self.c.options.flush_seconds:
                await self.c.flush(self)
            self.c.progress(self.site.name)

    async def ad(self, url: str) -> None:
        result = self.c.result
        if self.c.gate.url_erased(url):
            result.erased_skipped += 1
            return
        if not await self.allowed(url):
            result.robots_refused += 1
            self.fetch_rows.append({"site": self.site.name, "url": url, "kind": "ad", "error": "robots.txt"})
            return
        res = await self.fetch(url, "ad", defer=True)
        resp = res.response
        if res.skipped:
            return  # left pending for the next run; the host's give-up is one error, not one per URL
        if resp is not None and resp.status != 200:
            res.archived = self.c.archive_response(resp, self.site.name, "ad")
        if resp is None:
            result.error(res.error or f"{url}: no response")
            self.fetch_rows.append({"site": self.site.name, "url": url, "kind": "ad", "error": res.error})
            return
        row: dict[str, Any] = {
            "site": self.site.name,
            "url": url,
            "kind": "ad",
            "status": resp.status,
            "etag": resp.header("etag"),
            "last_modified": resp.header("last-modified"),
        }
        if resp.status == 304:
            result.not_modified += 1
            self.fetch_rows.append(row)
            return
        if resp.status in (404, 410):
            result.gone += 1  # removed by the site: normal, not an error; its stored versions stay
            self.fetch_rows.append(row)
            return
        if resp.status != 200:
            row["error"] = f"HTTP {resp.status}"
            result.error(f"{url}: HTTP {resp.status}")
            self.fetch_rows.append(row)
            return
        result.ad_pages += 1
        known = self.known.get(url)
        if known is not None and known.last_sha256 == hashlib.sha256(resp.raw).hexdigest():
            row["sha256"] = self.c.archive_response(resp, self.site.name, "ad").sha256
            result.unchanged += 1
            self.fetch_rows.append(row)
            return
        try:
            html, _ = decode_html(resp.body(self.c.options.limits.max_decoded), resp.content_type)
        except (TooLarge, BadEncoding) as exc:
            row["sha256"] = self.c.archive_response(resp, self.site.name, "ad").sha256
            row["error"] = str(exc)
            result.error(f"{url}: {exc}")
            self.fetch_rows.append(row)
            return
        try:
            # in the worker process, with a time limit; meanwhile other pages are fetched
            parsed = await self.c.parser.run(parse_ad, html, resp.url, self.site)
        except PageRefused as exc:
            row["sha256"] = self.c.archive_response(resp, self.site.name, "ad").sha256
            row["error"] = str(exc)
            result.refused_pages += 1
            result.error(f"{url}: {exc}")
            self.fetch_rows.append(row)
            return
        if parsed is not None and self.c.gate.page_erased(ad_id(self.site.name, parsed.ad_key), parsed.body):
            result.erased_skipped += 1  # an erased ad (republished under this URL): never written to disk
            self.erased_urls.add(url)
            return
        record = self.c.archive_response(resp, self.site.name, "ad")
        row["sha256"] = record.sha256
        if parsed is None:
            row["error"] = "no ad id in URL"
            result.error(f"{resp.url}: no ad id in the URL (check ad.id_from_url)")
            self.fetch_rows.append(row)
            return
        self.fetch_rows.append(row)
        await self.add_write(_PageWrite(self.site.name, "ad", resp, record, parsed))

    async def release(self, read: str | None = None, *, final: bool = False) -> None:
        """Archive the held listing pages whose ad pages were all read (``read``: the one just read); with
        ``final`` every one still held, as it was read, unless it showed an erased ad."""
        keep: list[_HeldListing] = []
        for h in self.held:
            if read is not None and read in h.waiting:
                h.waiting.discard(read)
                h.erased |= read in self.erased_urls
            if h.waiting and not final:
                keep.append(h)
            elif h.erased:
                self.c.result.erased_listings += 1
            else:
                record = self.c.archive_response(h.resp, self.site.name, "listing")
                await self.add_write(_PageWrite(self.site.name, "listing", h.resp, record))
        self.held = keep

    async def add_write(self, w: _PageWrite) -> None:
        self.writes.append(w)
        if len(self.writes) >= self.c.options.flush_every:
            await self.c.flush(self)

    async def run(self) -> None:
        with self.c.store.begin() as conn:
            state.save_site(conn, self.site)
        for u in self.pending:
            self.queued.add(u)
            self.unread.add(u)
            self.queue.put_nowait(u)
        workers = [
            asyncio.create_task(self.ad_worker()) for _ in range(self.concurrency * max(1, len(self.site.domains)))
        ]
        try:
            await self.listings()
        finally:
            for _ in workers:
                self.queue.put_nowait(None)
            await asyncio.gather(*workers)
            await self.release(final=True)  # pages whose ads were never read (a failed run) are archived as read
            await self.c.flush(self)
        if self.site.fetch_images and self.c.options.fetch_images:
            await self.c.fetch_images(self)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}".lower()


def _retry_after(resp: Response) -> float:
    value = resp.header("retry-after")
    if not value:
        return 0.0
    if value.strip().isdigit():
        return float(value.strip())
    try:
        return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
    except (TypeError, ValueError):
        return 0.0


class Crawler:
    def __init__(
        self,
        store: Store,
        fetcher: Fetcher,
        archive: WarcArchive,
        options: CrawlOptions,
        on_progress: ProgressFn | None,
    ) -> None:
        self.store = store
        self.fetcher = fetcher
        self.archive = archive
        self.options = options
        self.on_progress = on_progress
        self.result = CrawlResult()
        self.site_ids: dict[str, int] = {}
        self._db_lock = asyncio.Lock()
        self.parser = ParseWorker(options.parse_seconds)
        self.gate = Gate(store.settings.tombstone_key_file)
        with store.connect() as conn:
            self.gate.load(conn)

    def progress(self, site: str) -> None:
        if self.on_progress:
            self.on_progress(site, self.result)

    def archive_response(self, resp: Response, site: str, role: str) -> ArchivedRecord:
        """Archive one exchange; a cut one (``resp.truncated``) becomes a WARC-Truncated record."""
        return self.archive.write(resp, {"Kartlegg-Site": site, "Kartlegg-Role": role})

    async def flush(self, sc: _SiteCrawl) -> None:
        """Write what was read, in a worker thread so fetching goes on meanwhile (one writer at a time)."""
        writes, rows = sc.writes, sc.fetch_rows
        sc.writes, sc.fetch_rows = [], []
        sc.last_flush = time.monotonic()
        if not writes and not rows:
            return
        async with self._db_lock:
            await asyncio.to_thread(self._write, sc.site, writes, rows)

    def _write(self, site: SiteDefinition, writes: list[_PageWrite], rows: list[dict[str, Any]]) -> None:
        """One transaction: evidence rows, ad versions, and the URL state that makes them resumable."""
        with self.store.begin() as conn:
            batch: list[IncomingAd] = []
            for w in writes:
                if w.ad is not None and self.gate.keep(conn, [ad_id(site.name, w.ad.ad_key)], [w.ad.body]):
                    self.result.erased_skipped += 1  # an erased ad met under another URL: nothing stored
                    continue
                page_id = state.insert_raw_page(
                    conn,
                    sha256=w.record.sha256,
                    fetched_at=w.resp.fetched_at,
                    source=w.resp.url,
                    url=w.resp.url,
                    status=w.resp.status,
                    content_type=w.resp.content_type,
                    size=len(w.resp.raw),
                    warc_path=w.record.path,
                    warc_offset=w.record.offset,
                    warc_record_id=w.record.record_id,
                )
                if w.ad is not None:
                    batch.append(incoming(site, w.ad, w.record, page_id))
                    if w.ad.template is not None:
                        save_page_template(
                            conn,
                            page_id=page_id,
                            ad_id=ad_id(site.name, w.ad.ad_key),
                            site=site.name,
                            url=w.resp.url,
                            fetched_at=w.resp.fetched_at,
                            template=w.ad.template,
                        )
            if batch:
                ensure_sites(conn, [b.ad.site for b in batch], self.site_ids)
                self.result.new_versions += insert_ads(conn, batch, self.site_ids)
            state.record_fetches(conn, rows)

    async def fetch_images(self, sc: _SiteCrawl) -> None:
        """SHA-256 and perceptual hash of the images of every version that has none yet.

        Read from the store rather than remembered, so images left over by a killed crawl are fetched by
        the next one. Each distinct URL is fetched once, several at a time within the host's limits.
        """
        with self.store.connect() as conn:
            todo = state.versions_without_images(conn, sc.site.name)
        urls = list(dict.fromkeys(u for _, _, us in todo for u in us))
        cache: dict[str, dict[str, Any] | None] = {}
        sem = asyncio.Semaphore(max(2, sc.concurrency * 2))

        async def one(url: str) -> None:
            async with sem:
                try:
                    cache[url] = await self._image(sc, url)
                except Exception as exc:  # one bad image never stops the crawl
                    self.result.error(f"{url}: {type(exc).__name__}: {exc}")
                    cache[url] = None

        for start in range(0, len(urls), 500):
            await asyncio.gather(*(one(u) for u in urls[start : start + 500]))
        out = [
            {"ad_id": aid, "seq": seq, "url": url, **(cache.get(url) or _NO_IMAGE)}
            for aid, seq, us in todo
            for url in us
        ]
        for start in range(0, len(out), 1000):
            with self.store.begin() as conn:
                state.insert_images(conn, out[start : start + 1000])

    async def _image(self, sc: _SiteCrawl, url: str) -> dict[str, Any] | None:
        with self.store.connect() as conn:
            known = state.known_image(conn, url)
        if known:
            return dict(zip(("sha256", "phash", "width", "height", "fetched_at"), known, strict=True))
        if not sc.site.serves_image(url) or not await sc.allowed(url):
            return None
        res = await sc.fetch(url, "image", conditional=False)
        if res.skipped:
            return None  # its host was given up this run (already one error line)
        if res.response is None or res.response.status != 200:
            self.result.error(res.error or f"{url}: HTTP {res.response.status if res.response else '?'}")
            return None
        try:
            data = res.response.body(self.options.limits.max_decoded)
        except (TooLarge, BadEncoding) as exc:
            self.result.error(f"{url}: {exc}")
            return None
        self.result.images += 1
        info: dict[str, Any] = {"sha256": res.archived.sha256, "fetched_at": res.response.fetched_at}
        info.update(image_hashes(data))
        return info


_NO_IMAGE: dict[str, Any] = {"sha256": None, "phash": None, "width": None, "height": None, "fetched_at": None}


def image_hashes(data: bytes) -> dict[str, Any]:
    """Perceptual hash and size of an image; bombs (huge pixel counts) and broken files give no hash."""
    from PIL import Image

    from kartlegg.collect.phash import phash

    try:
        with Image.open(io.BytesIO(data)) as img:
            w, h = img.size
            if w * h > MAX_IMAGE_PIXELS:
                return {"phash": None, "width": w, "height": h}
            img.draft("L", (128, 128))
            return {"phash": phash(img), "width": w, "height": h}
    except Exception:  # any undecodable image: keep its SHA-256, no perceptual hash
        return {"phash": None, "width": None, "height": None}


def incoming(site: SiteDefinition, parsed: ParsedAd, record: ArchivedRecord, page_id: int) -> IncomingAd:
    extra: dict[str, Any] = {}
    if parsed.problems:
        extra["parse_problems"] = parsed.problems
    ad = AdInput(
        id=parsed.ad_key,
        site=site.name,
        url=parsed.url,
        posted_at=parsed.posted_at,
        title=parsed.title,
        body=parsed.body,
        city=parsed.city,
        images=tuple(parsed.images),
        extra=extra,
    )
    return IncomingAd(ad, content_hash(ad), f"warc:{record.path}#{record.offset}", record.sha256, page_id)


async def crawl_async(
    store: Store,
    sites: Sequence[SiteDefinition],
    policy: AddressPolicy,
    options: CrawlOptions,
    on_progress: ProgressFn | None,
) -> CrawlResult:
    """``crawl`` for callers that already run an event loop (the store calls are synchronous)."""
    started = time.perf_counter()
    archive = WarcArchive(store.settings.archive_dir)
    crawler: Crawler | None = None
    try:
        async with Fetcher(policy, options.limits) as fetcher:
            crawler = Crawler(store, fetcher, archive, options, on_progress)
            # Sites run side by side: each has its own per-host limits, so one slow site never stalls another.
            await asyncio.gather(*(_SiteCrawl(crawler, s).run() for s in sites))
    finally:
        archive.close()
        if crawler is not None:
            crawler.parser.close()
    crawler.result.sites = len(sites)
    crawler.result.seconds = time.perf_counter() - started
    return crawler.result


def crawl(
    store: Store,
    sites: Sequence[SiteDefinition],
    *,
    policy: AddressPolicy | None = None,
    options: CrawlOptions | None = None,
    on_progress: ProgressFn | None = None,
) -> CrawlResult:
    """Crawl the given sites once (incrementally); see the module docstring."""
    return asyncio.run(
        crawl_async(
            store,
            sites,
            policy or AddressPolicy.from_env(start_urls=[u for s in sites for u in s.start_urls]),
            options or CrawlOptions(),
            on_progress,
        )
    )

"""The demo market served as real web sites on 127.0.0.1, so the demo goes through the real crawler.

Each demo site gets one of three differently built layouts (``cards``: modern UTF-8 with gzip and ETag;
``table``: old windows-1252 tables with brotli and Last-Modified; ``feed``: sloppy unclosed HTML, no
compression, a robots.txt) and its own HTTP server on an ephemeral port. Fictional domains
(``rosa.example``) reach those ports through an explicit resolver and port override, so URLs carry no port
and stay the same from one run to the next; no DNS request is ever made.

The server shows the ads posted up to a moving clock (``show_until``), so a demo can crawl the first half
of the period, then the rest. A site with ``moved_to`` moves when ``move_sites()`` is called: the new
domain serves it, the old one answers with 301 redirects to the same path on the new domain.

Works with any market that has ``.ads`` (ad input dicts: id, site, url, posted_at, title, body, city,
images) and ``.sites`` (objects or dicts with name, domain, language, country, and optionally
support_phone, support_email, moved_to), and optionally ``render_photo(photo_id, variant) -> bytes``.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Protocol
from urllib.parse import parse_qs, quote, unquote, urlsplit

import brotli
from jinja2 import Environment, PackageLoader, select_autoescape

from kartlegg.collect.netguard import AddressPolicy
from kartlegg.collect.sitedef import SiteDefinition, demo_layout, parse_definition

LAYOUTS = ("cards", "table", "feed")
PhotoFn = Callable[[str], bytes | None]


class MarketLike(Protocol):
    @property
    def ads(self) -> Sequence[dict[str, Any]]: ...

    @property
    def sites(self) -> Sequence[Any]: ...


@dataclass(frozen=True, slots=True)
class SiteInfo:
    name: str
    domain: str
    language: str | None = None
    country: str | None = None
    phone: str = ""
    email: str = ""
    moved_to: str | None = None


def _get(obj: Any, *keys: str) -> Any:
    for k in keys:
        v = obj.get(k) if isinstance(obj, dict) else getattr(obj, k, None)
        if v is not None:
            return v
    return None


def site_info(obj: Any) -> SiteInfo:
    """A SiteInfo from a market's site object or dict (duck-typed)."""
    lang = _get(obj, "language")
    country = _get(obj, "country")
    return SiteInfo(
        name=str(_get(obj, "name")),
        domain=str(_get(obj, "domain")).lower(),
        language=str(lang)[:2].lower() if lang else None,
        country=str(country)[:2].lower() if country else None,
        phone=str(_get(obj, "support_phone", "phone") or ""),
        email=str(_get(obj, "support_email", "email") or ""),
        moved_to=(str(_get(obj, "moved_to")).lower() if _get(obj, "moved_to") else None),
    )


@dataclass(slots=True)
class _Ad:
    key: str
    path_id: str
    slug: str
    title: str
    body: str
    city: str | None
    posted_at: str | None
    images: list[str]

    @property
    def paragraphs(self) -> list[str]:
        return [p for p in re.split(r"\n\s*\n", self.body) if p.strip()] or [""]

    @property
    def posted_short(self) -> str:
        return _fmt(self.posted_at, "%Y-%m-%d %H:%M")

    @property
    def posted_dk(self) -> str:
        return _fmt(self.posted_at, "%d.%m.%Y %H:%M")


def _fmt(iso: str | None, fmt: str) -> str:
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).strftime(fmt)
    except ValueError:
        return ""


def _slug(title: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")
    return s[:40] or "annonse"


def default_photo(url: str) -> bytes:
    """A small deterministic JPEG derived from the URL (used when the market renders no photos)."""
    from PIL import Image, ImageDraw

    h = hashlib.sha256(url.encode()).digest()
    img = Image.new("RGB", (96, 96), (h[0], h[1], h[2]))
    draw = ImageDraw.Draw(img)
    for i in range(6):
        x, y = h[3 + i] % 80, h[9 + i] % 80
        draw.rectangle((x, y, x + 16, y + 16), fill=(h[15 + i], h[21 - i], h[27 - i]))
    buf = io.BytesIO()
    img.save(buf, "JPEG", quality=80)
    return buf.getvalue()


def market_photo(market: Any) -> PhotoFn:
    """Photo bytes for an image URL: the market's ``render_photo(photo_id, variant)`` when it has one
    and the file name reads as ``<photo_id>[-_]<variant>.<ext>``; otherwise ``default_photo``."""
    render = getattr(market, "render_photo", None)

    def photo(url: str) -> bytes | None:
        if render is not None:
            stem = unquote(urlsplit(url).path.rsplit("/", 1)[-1]).rsplit(".", 1)[0]
            m = re.match(r"^(.+?)[-_](\d+)$", stem)
            try:
                out = render(m.group(1), int(m.group(2))) if m else render(stem, 0)
                if isinstance(out, bytes | bytearray):
                    return bytes(out)
            except Exception:  # an unknown photo id: fall back to a generated picture
                return default_photo(url)
        return default_photo(url)

    return photo


class DemoWeb:
    """What every demo site shows now; shared by the HTTP handlers (read-mostly, swapped atomically)."""

    def __init__(
        self, ads: Sequence[dict[str, Any]], sites: Sequence[SiteInfo], photo: PhotoFn, page_size: int
    ) -> None:
        self.sites = {s.name: s for s in sites}
        self.layout = {s.name: LAYOUTS[i % len(LAYOUTS)] for i, s in enumerate(sites)}
        self.photo = photo
        self.page_size = page_size
        self.until: str | None = None
        self.moved = False
        self.images: dict[str, str] = {}  # local path -> original URL
        self._all: dict[str, list[tuple[str, _Ad]]] = {s.name: [] for s in sites}
        by_domain = {s.domain: s.name for s in sites}
        by_domain.update({s.moved_to: s.name for s in sites if s.moved_to})
        for raw in ads:
            site = str(raw.get("site", ""))
            name = site if site in self.sites else by_domain.get(site.lower())
            if name is None:
                continue
            key = str(raw["id"])
            images = []
            for n, url in enumerate(raw.get("images") or []):
                path = f"/img/{quote(key, safe='')}-{n}.jpg"
                self.images[f"{name}{path}"] = str(url)
                images.append(path)
            ad = _Ad(
                key=key,
                path_id=quote(key, safe=""),
                slug=_slug(str(raw.get("title") or "")),
                title=str(raw.get("title") or ""),
                body=str(raw.get("body") or ""),
                city=raw.get("city"),
                posted_at=raw.get("posted_at"),
                images=images,
            )
            self._all[name].append((str(raw.get("posted_at") or ""), ad))
        for lst in self._all.values():
            lst.sort(key=lambda t: t[0])
        self._cache: dict[str, tuple[list[_Ad], dict[str, _Ad]]] = {}
        self._lock = threading.Lock()
        self._photos: dict[str, bytes | None] = {}

    def show_until(self, iso: str | None) -> None:
        """Show only ads posted at or before ``iso`` (None: all); a later entry of the same id is an edit."""
        with self._lock:
            self.until = iso
            self._cache = {}

    def move_sites(self) -> None:
        with self._lock:
            self.moved = True

    def photo_bytes(self, url: str) -> bytes | None:
        """Rendered once per URL (photos are small and the same URL always gives the same picture)."""
        if url not in self._photos:
            self._photos[url] = self.photo(url)
        return self._photos[url]

    def midpoint(self) -> str | None:
        """The median posting time over all ads: the demo crawls up to here first, then the rest."""
        times = sorted(t for lst in self._all.values() for t, _ in lst if t)
        return times[len(times) // 2] if times else None

    def visible(self, site: str) -> tuple[list[_Ad], dict[str, _Ad]]:
        with self._lock:
            if site not in self._cache:
                latest: dict[str, _Ad] = {}
                for posted, ad in self._all[site]:
                    if self.until is None or posted <= self.until:
                        latest[ad.key] = ad
                newest_first = sorted(latest.values(), key=lambda a: a.posted_at or "", reverse=True)
                self._cache[site] = (newest_first, {a.path_id: a for a in newest_first})
            return self._cache[site]

    def serving_domain(self, site: SiteInfo) -> str:
        return site.moved_to if (self.moved and site.moved_to) else site.domain


_ENV = Environment(loader=PackageLoader("kartlegg.demo", "templates"), autoescape=select_autoescape(["html"]))


@dataclass(slots=True)
class _Page:
    status: int
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


def _render(web: DemoWeb, site: SiteInfo, path: str, query: dict[str, list[str]], ims: str | None) -> _Page:
    layout = web.layout[site.name]
    ads, by_id = web.visible(site.name)
    if path == "/robots.txt":
        rules = "User-agent: *\nDisallow: /private/\n" if layout == "feed" else "User-agent: *\nDisallow:\n"
        return _Page(200, rules.encode(), "text/plain")
    if path.startswith("/img/"):
        url = web.images.get(f"{site.name}{path}")
        data = web.photo_bytes(url) if url else None
        return _Page(200, data, "image/jpeg") if data else _Page(404, b"not found", "text/plain")
    ad: _Ad | None = None
    page_no = 0
    if layout == "cards":
        if path == "/":
            page_no = _int(query.get("side", ["1"])[0])
        elif path.startswith("/annonse/"):
            ad = by_id.get(path[len("/annonse/") :])
            if ad is None:
                return _Page(404, b"<h1>Annonsen finnes ikke</h1>")
    elif layout == "table":
        if path in ("/", "/list.php"):
            page_no = _int(query.get("p", ["1"])[0])
        elif path == "/ad.php":
            ad = by_id.get(quote(query.get("id", [""])[0], safe=""))
            if ad is None:
                return _Page(404, b"<p>Annonsen finns inte</p>")
    else:
        m = re.match(r"^/profil/([^/]+)/[^/]*\.html$", path)
        if path == "/" or path.startswith("/side/"):
            page_no = _int(path[len("/side/") :]) if path.startswith("/side/") else 1
        elif m:
            ad = by_id.get(m.group(1))
            if ad is None:
                return _Page(404, b"ikke fundet")
    if ad is None and page_no < 1:
        return _Page(404, b"not found", "text/plain")
    ctx: dict[str, Any] = {"site": site}
    if ad is not None:
        ctx["ad"] = ad
        template = f"{layout}_ad.html"
    else:
        start = (page_no - 1) * web.page_size
        chunk = ads[start : start + web.page_size]
        if not chunk and page_no > 1:
            return _Page(404, b"not found", "text/plain")
        ctx.update(ads=chunk, next_page=page_no + 1 if start + web.page_size < len(ads) else None)
        ctx["prev_page"] = page_no - 1 if page_no > 1 else None
        template = f"{layout}_listing.html"
    html = _ENV.get_template(template).render(**ctx)
    if layout == "table":
        page = _Page(200, html.encode("cp1252", errors="xmlcharrefreplace"), "text/html")
        if ad is not None and ad.posted_at:
            try:
                modified = datetime.fromisoformat(ad.posted_at)
                if modified.tzinfo is None:
                    from datetime import UTC

                    modified = modified.replace(tzinfo=UTC)
                page.headers["Last-Modified"] = format_datetime(modified, usegmt=True)
                if ims and parsedate_to_datetime(ims) >= modified.replace(microsecond=0):
                    return _Page(304, headers=page.headers)
            except (ValueError, TypeError):
                pass
        return page
    return _Page(200, html.encode("utf-8"))


def _int(s: str) -> int:
    return int(s) if s.isdigit() and len(s) < 7 else 0


def make_handler(web: DemoWeb, site: SiteInfo, own_domain: str, ports: dict[str, int]) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in separate writes: without TCP_NODELAY, Nagle plus delayed ACKs add
        # ~40 ms to every keep-alive response.
        disable_nagle_algorithm = True
        server_version = "demo"
        sys_version = ""

        def log_message(self, format: str, *args: Any) -> None:
            return

        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            serving = web.serving_domain(site)
            if own_domain != serving:
                # The site has moved: every path answers with a permanent redirect to the new domain.
                target = f"http://{serving}{self.path}"
                self._send(_Page(301, b"", "text/plain", {"Location": target}))
                return
            page = _render(web, site, parts.path, parse_qs(parts.query), self.headers.get("If-Modified-Since"))
            layout = web.layout[site.name]
            if page.status == 200 and layout == "cards" and page.content_type.startswith("text/html"):
                etag = '"' + hashlib.sha256(page.body).hexdigest()[:32] + '"'
                page.headers["ETag"] = etag
                if self.headers.get("If-None-Match") == etag:
                    page = _Page(304, headers={"ETag": etag})
            accept = self.headers.get("Accept-Encoding", "")
            if page.status == 200 and page.body and not page.content_type.startswith("image/"):
                if layout == "cards" and "gzip" in accept:
                    page.body = gzip.compress(page.body, compresslevel=5, mtime=0)
                    page.headers["Content-Encoding"] = "gzip"
                elif layout == "table" and "br" in accept:
                    page.body = brotli.compress(page.body, quality=4)
                    page.headers["Content-Encoding"] = "br"
            self._send(page)

        def _send(self, page: _Page) -> None:
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            for k, v in page.headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            self.wfile.write(page.body)

    return Handler


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128


@dataclass(slots=True)
class DemoSites:
    """What ``serve_demo_sites`` yields: the web, the ports, and what a crawler needs to reach them."""

    web: DemoWeb
    ports: dict[str, int]
    policy: AddressPolicy

    def definitions(self, *, polite: bool = False) -> list[SiteDefinition]:
        """One site definition per demo site, starting on the domain that serves it now."""
        out = []
        for site in self.web.sites.values():
            data = demo_layout(self.web.layout[site.name])
            domains = [site.domain] + ([site.moved_to] if site.moved_to else [])
            serving = self.web.serving_domain(site)
            data.update(
                name=site.name,
                domains=domains,
                language=site.language,
                country=site.country,
                start_urls=[f"http://{serving}/"],
            )
            if not polite:
                data["politeness"] = {"delay_seconds": 0, "concurrency": 4}
            out.append(parse_definition(data, f"demo site {site.name}"))
        return out

    def show_until(self, iso: str | None) -> None:
        self.web.show_until(iso)

    def move_sites(self) -> None:
        self.web.move_sites()


def _sites_of(market: Any) -> list[SiteInfo]:
    sites = market.sites
    if isinstance(sites, Mapping):
        sites = list(sites.values())
    return [site_info(s) for s in sites]


@contextmanager
def serve_sites(
    ads: Sequence[dict[str, Any]],
    sites: Sequence[SiteInfo],
    *,
    photo: PhotoFn | None = None,
    page_size: int = 20,
) -> Iterator[DemoSites]:
    """Serve the ads as web sites on 127.0.0.1 until the block ends."""
    web = DemoWeb(ads, sites, photo or default_photo, page_size)
    servers: list[tuple[_Server, threading.Thread]] = []
    ports: dict[str, int] = {}
    try:
        todo = [(s, s.domain) for s in sites] + [(s, s.moved_to) for s in sites if s.moved_to]
        pending: list[tuple[_Server, SiteInfo, str]] = []
        for site, domain in todo:
            assert domain is not None
            srv = _Server(("127.0.0.1", 0), BaseHTTPRequestHandler)
            ports[domain] = int(srv.server_address[1])
            pending.append((srv, site, domain))
        for srv, site, domain in pending:
            srv.RequestHandlerClass = make_handler(web, site, domain, ports)
            t = threading.Thread(target=srv.serve_forever, name=f"demo-{domain}", daemon=True)
            t.start()
            servers.append((srv, t))
        policy = AddressPolicy(
            allow_loopback=True, overrides={d: ["127.0.0.1"] for d in ports}, port_overrides=dict(ports)
        )
        yield DemoSites(web, ports, policy)
    finally:
        for srv, t in servers:
            srv.shutdown()
            srv.server_close()
            t.join(timeout=5)


@contextmanager
def serve_demo_sites(market: Any, *, page_size: int = 20, photo: PhotoFn | None = None) -> Iterator[DemoSites]:
    """Serve a demo market (``.ads``, ``.sites``, optional ``render_photo``) as web sites on 127.0.0.1."""
    with serve_sites(
        list(market.ads), _sites_of(market), photo=photo or market_photo(market), page_size=page_size
    ) as d:
        yield d


def crawl_in_two_halves(store: Any, demo: DemoSites, *, on_progress: Any = None, options: Any = None) -> list[Any]:
    """Crawl the first half of the period, then move the moving sites and crawl the rest (incrementally)."""
    from kartlegg.collect.crawler import CrawlOptions, crawl

    opts = options or CrawlOptions(polite=False)
    results = []
    demo.show_until(demo.web.midpoint())
    results.append(crawl(store, demo.definitions(), policy=demo.policy, options=opts, on_progress=on_progress))
    demo.show_until(None)
    demo.move_sites()
    results.append(crawl(store, demo.definitions(), policy=demo.policy, options=opts, on_progress=on_progress))
    return results


def crawl_demo_market(store: Any, market: Any, *, on_progress: Any = None, options: Any = None) -> list[Any]:
    """Everything ``kartlegg demo`` needs from collect: serve the market, crawl it in two halves, stop."""
    with serve_demo_sites(market) as demo:
        return crawl_in_two_halves(store, demo, on_progress=on_progress, options=options)

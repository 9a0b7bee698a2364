"""Reading listings and ads out of HTML with a site definition (selectolax/lexbor: fast and tolerant of
malformed markup). Output is capped so a hostile page cannot produce unbounded text or link lists.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import unquote, urldefrag, urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from kartlegg.collect.adfile import MAX_IMAGES, MAX_TEXT_CHARS
from kartlegg.collect.revealed import reveal
from kartlegg.collect.sitedef import FieldRule, SiteDefinition
from kartlegg.collect.template import PageTemplate, minhash_of, page_template

MAX_LINKS = 5000
_WS = re.compile(r"[ \t\r\f\v]+")
_NL = re.compile(r"\n\s*\n+")

#: Markup caps, checked by a linear pre-scan before the HTML parser sees a page. Lexbor's time grows much
#: faster than the page when elements are left open (20,000 unclosed ``<div><span>`` pairs 1.4 s, 100,000
#: pairs 120-170 s), so a hostile site could stall the crawl with a few pages. Real ad pages have a few
#: thousand elements nested a few dozen deep; browsers themselves stop nesting at 512 (Chromium).
MAX_TAGS = 200_000
MAX_DEPTH = 512
_TAG_OR_COMMENT = re.compile(r"<(?:(/?)([A-Za-z][A-Za-z0-9]*)|!--)")
#: Elements that never hold children, or whose end tag the parser implies when the next one starts.
_NO_DEPTH = frozenset(
    "area base br col embed hr img input link meta param source track wbr keygen "
    "p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rp rtc html head body".split()
)
#: Elements whose content is raw text up to their end tag (a ``<`` inside them opens no tag).
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"})
#: Elements that a new start tag of the same name closes (with what was opened inside).
_CLOSES_ITSELF = frozenset({"a", "nobr", "button"})
_RAW_END = {name: re.compile(f"</{name}", re.IGNORECASE) for name in _RAW_TEXT}


class PageRefused(ValueError):
    """A page the crawler will not parse, with the reason (it stays archived as evidence)."""


def markup_problem(html: str, *, max_tags: int = MAX_TAGS, max_depth: int = MAX_DEPTH) -> str | None:
    """Why ``html`` is too costly to parse (too many tags, or nested too deep), or None.

    A stack of open elements, approximating the parser's: an end tag closes the innermost open element of
    its name and everything opened inside it; an end tag with no open element of its name is ignored.
    Comments and raw-text elements are skipped whole. Linear in the page size.
    """
    stack: list[str] = []
    open_count: dict[str, int] = {}
    tags = 0
    pos = 0
    while (m := _TAG_OR_COMMENT.search(html, pos)) is not None:
        name = m.group(2)
        if name is None:  # a comment: skip to its end
            end = html.find("-->", m.end())
            if end < 0:
                break
            pos = end + 3
            continue
        pos = m.end()
        tags += 1
        if tags > max_tags:
            return f"more than {max_tags:,} tags"
        name = name.lower()
        if m.group(1):  # an end tag
            if open_count.get(name):
                while True:
                    top = stack.pop()
                    open_count[top] -= 1
                    if top == name:
                        break
            continue
        if name in _RAW_TEXT:
            close = _RAW_END[name].search(html, pos)
            if close is None:
                break  # the rest of the page is raw text
            pos = close.start()
            continue
        if name in _NO_DEPTH:
            continue
        if name in _CLOSES_ITSELF and open_count.get(name):
            while (top := stack.pop()) != name:  # a new <a> ends the open one, as the parser does
                open_count[top] -= 1
            open_count[name] -= 1
        stack.append(name)
        open_count[name] = open_count.get(name, 0) + 1
        if len(stack) > max_depth:
            return f"elements nested more than {max_depth} deep"
    return None


def _tree(html: str) -> LexborHTMLParser:
    """The parsed page, after the markup caps (``PageRefused`` when over them)."""
    problem = markup_problem(html)
    if problem:
        raise PageRefused(f"page refused, too costly to parse: {problem}")
    return LexborHTMLParser(html)


@dataclass(slots=True)
class ListingPage:
    ad_urls: list[str] = field(default_factory=list)
    next_url: str | None = None


@dataclass(slots=True)
class ParsedAd:
    ad_key: str
    url: str
    title: str
    body: str
    city: str | None
    posted_at: str | None
    images: list[str]
    problems: list[str] = field(default_factory=list)
    template: PageTemplate | None = None  #: the page's structural fingerprint (collect/template.py)


def _clean(text: str) -> str:
    text = text.replace("\xa0", " ")
    lines = [_WS.sub(" ", ln).strip() for ln in text.split("\n")]
    return _NL.sub("\n\n", "\n".join(lines)).strip()[:MAX_TEXT_CHARS]


def _abs(base: str, href: str | None) -> str | None:
    if not href:
        return None
    href = href.strip()
    if not href or href.lower().startswith(("javascript:", "mailto:", "tel:", "data:")):
        return None
    url, _ = urldefrag(urljoin(base, href))
    return url if url.lower().startswith(("http://", "https://")) else None


def parse_listing(html: str, url: str, site: SiteDefinition) -> ListingPage:
    """The ad links and next-page link of a listing; ``PageRefused`` when the markup is over the caps."""
    tree = _tree(html)
    out = ListingPage()
    seen: set[str] = set()
    for node in tree.css(site.listing.ad_links):
        link = _abs(url, node.attributes.get("href"))
        if link and link not in seen and site.owns(link):
            seen.add(link)
            out.ad_urls.append(link)
            if len(out.ad_urls) >= MAX_LINKS:
                break
    if site.listing.next_page:
        nxt = tree.css_first(site.listing.next_page)
        if nxt is not None:
            link = _abs(url, nxt.attributes.get("href"))
            if link and site.owns(link) and link != url:
                out.next_url = link
    return out


def _values(tree: LexborHTMLParser, rule: FieldRule) -> list[str]:
    nodes: list[LexborNode] = tree.css(rule.css) if rule.all else [n for n in [tree.css_first(rule.css)] if n]
    out = []
    for node in nodes:
        raw = node.attributes.get(rule.attr) if rule.attr else node.text(separator="\n", deep=True)
        if raw is None:
            continue
        raw = raw[:MAX_TEXT_CHARS]
        if rule.pattern:
            m = re.search(rule.pattern, raw)
            if not m:
                continue
            raw = m.group(1)
        out.append(raw)
    return out


def _date(raw: str, rule: FieldRule) -> str:
    raw = raw.strip()
    if rule.date_format:
        return datetime.strptime(raw, rule.date_format).isoformat()
    return datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()


def ad_key_from_url(url: str, site: SiteDefinition) -> str | None:
    m = re.search(site.ad.id_from_url, url[:2000])
    return unquote(m.group(1))[:200] if m else None


def parse_ad(html: str, url: str, site: SiteDefinition) -> ParsedAd | None:
    """The ad on a page, or None when the URL carries no ad id; field problems are listed, not raised.

    ``PageRefused`` when the markup is over the caps (``markup_problem``).
    """
    key = ad_key_from_url(url, site)
    if key is None:
        return None
    tree = _tree(html)
    template = page_template(tree)
    if tree.body is not None:
        reveal(tree.body)  # what a person sees or gets by a click beyond the elements' text (``revealed``)
    rules = site.ad
    problems: list[str] = []
    title = _clean(" ".join(_values(tree, rules.title)))
    body = _clean("\n\n".join(_values(tree, rules.body)))
    if not title and not body:
        problems.append("neither title nor body found")
    city = None
    if rules.city:
        vals = _values(tree, rules.city)
        city = _clean(vals[0])[:200] or None if vals else None
    posted = None
    if rules.posted_at:
        vals = _values(tree, rules.posted_at)
        if vals:
            try:
                posted = _date(vals[0], rules.posted_at)
            except ValueError:
                problems.append(f"posted_at not readable: {vals[0][:40]!r}")
    images: list[str] = []
    if rules.images:
        for v in _values(tree, rules.images):
            link = _abs(url, v)
            if link and link not in images:
                images.append(link)
            if len(images) >= MAX_IMAGES:
                break
    return ParsedAd(key, url, title, body, city, posted, images, problems, template)


def warm_up() -> bool:
    """Load what parsing loads on first use (numpy and datasketch for a template's MinHash, ~0.5 s CPU), so
    that a fresh parse worker does it before a page's time limit runs, not on the next page."""
    minhash_of(frozenset({"html>body"}))
    return True

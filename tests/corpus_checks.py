"""What every evaluation corpus's test reads the same way: a number's national digits and the digits a text
shows, so that each corpus's own test holds only what its author's sites make particular."""

from __future__ import annotations

import html
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import phonenumbers


def nsn(e164: str) -> str:
    """The national significant number of an E.164 number: the digits an ad writes after any trunk prefix."""
    return phonenumbers.national_significant_number(phonenumbers.parse(e164))


def digits(text: str) -> str:
    """Every digit of a text in order, Unicode digits (full-width, superscript, circled, keycaps, Thai) as ASCII."""
    return "".join(str(unicodedata.digit(c)) for c in text if unicodedata.digit(c, None) is not None)


def check_hidden_styles(
    ads: Sequence[dict[str, Any]], truth: Sequence[dict[str, Any]], hidden: Collection[str]
) -> None:
    """A number in a hidden style (spelled out, letters for digits, words and digits mixed, halves swapped) does not
    show its national digits in order in its ad's body, and every hidden style the corpus declares is used."""
    seen = Counter[str]()
    for ad, t in zip(ads, truth, strict=True):
        for e164, style in t["phone_styles"].items():
            if style in hidden:
                seen[style] += 1
                assert nsn(e164) not in digits(ad["body"]), ad["body"]
    assert set(seen) == set(hidden), seen


def contact_forms(e164: str, *extra_prefixes: str) -> list[str]:
    """Every digit string an ad may print for one of its own numbers (national, trunk, grouped national, with
    the country code, 00-prefixed, any prefix a corpus's sites add), and each read backwards."""
    num = phonenumbers.parse(e164)
    cc, national = str(num.country_code), nsn(e164)
    written = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    grouped = "".join(c for c in written if c.isdigit())
    forms = [national, "0" + national, grouped, cc + national, "00" + cc + national]
    forms += [p + national for p in extra_prefixes]
    return forms + [f[::-1] for f in forms]


def check_ad_keys(ad: dict[str, Any], t: dict[str, Any]) -> None:
    """The ad and its truth row name the same page; the ad has what an importer needs."""
    assert (ad["site"], ad["id"], ad["url"]) == (t["site"], t["id"], t["url"])
    assert isinstance(ad["id"], str) and ad["posted_at"].endswith("Z")
    assert t["person_id"] and t["network_id"]
    assert t["network_id"].startswith("solo-") == (t["network_kind"] == "solo")


def check_phones(
    t: dict[str, Any], shown_digits: str, shown: Collection[str], known: Collection[str]
) -> tuple[int, int]:
    """Every true phone is a valid number in canonical E.164 with a known style, and one of a `shown` style has its
    national digits in the ad, in order; returns how many phones are hidden and how many of those show anyway
    (a rare chance neighbour: a corpus bounds that share)."""
    assert set(t["phones"]) == set(t["phone_styles"])
    assert set(t["own_phones"]) <= set(t["phones"])
    hidden = [0, 0]
    for e164, style in t["phone_styles"].items():
        num = phonenumbers.parse(e164)
        assert phonenumbers.is_valid_number(num), e164
        assert phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) == e164
        assert style in known, style
        if style in shown:
            assert nsn(e164) in shown_digits, (e164, style, shown_digits)
        else:
            hidden[0] += 1
            hidden[1] += nsn(e164) in shown_digits
    return hidden[0], hidden[1]


def check_furniture(t: dict[str, Any], text: str, shown_digits: str, *, min_digits: int = 1) -> list[str]:
    """Every piece of furniture the truth names is printed in its ad (a site's own number is nobody's contact);
    returns the digit strings furniture accounts for."""
    allowed: list[str] = []
    for item in t["furniture"]:
        assert set(item) <= {"kind", "digits", "e164", "text"}
        if item.get("e164"):
            assert item["e164"] not in t["phones"], item
            assert nsn(item["e164"]) in shown_digits, item
            allowed += [nsn(item["e164"]), "0" + nsn(item["e164"]), item["e164"][1:]]
        elif item["kind"] == "support_email":
            assert item["text"] in text and item["text"].lower() not in t["emails"]
            continue
        else:
            assert len(item["digits"]) >= min_digits and item["digits"] in shown_digits, (item, text)
        allowed.append(item["digits"])
    return allowed


def unlabelled_runs(text: str, allowed: Collection[str]) -> list[str]:
    """The runs of four or more ASCII digits a text prints that no contact form or furniture accounts for: a
    corpus prints nothing unlabelled, so that every false phone a scorer counts has a known kind."""
    return [run for run in re.findall(r"\d{4,}", text) if run.isascii() and not any(run in a for a in allowed)]


@dataclass(frozen=True)
class Corpus:
    """What a generator since blind15 says of its corpus, for its test: the phone styles that show their digits
    (``shown``: plain, linked, disguised), those written plainly or as links (``plain``), those that hide them
    (``hidden``), its e-mail styles and those printed whole, its cities (a city's country first, then its spellings),
    each site's page kind, and its sites."""

    shown: frozenset[str]
    plain: frozenset[str]
    hidden: frozenset[str]
    email_styles: frozenset[str]
    email_exact: frozenset[str]
    cities: Mapping[str, Sequence[Any]]
    kind: Mapping[str, str]
    sites: Sequence[str]

    @classmethod
    def of(cls, generator: ModuleType, cities: Mapping[str, Sequence[Any]]) -> Corpus:
        """The corpus of a generator package (``benchmarks.blind16``) and its cities (its ``_data.CITIES``)."""
        g = generator
        return cls(
            shown=frozenset(g.PLAIN | g.LINKED | g.DISGUISED),
            plain=frozenset(g.PLAIN | g.LINKED),
            hidden=frozenset(g.HIDDEN),
            email_styles=frozenset(g.EMAIL_STYLES),
            email_exact=frozenset(g.EMAIL_EXACT),
            cities=cities,
            kind=g.KIND,
            sites=g.SITES,
        )


#: Characters a page may put inside a number or an address that a reader does not see (zero-width space and joiner,
#: soft hyphen, variation selector, the keycap's combining mark).
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\u00ad\u200c\ufe0f\u20e3"))


def page_text(ad: dict[str, Any]) -> str:
    """An ad's fields as one text, in the order a reader meets them: URL, title, body, city field."""
    return "\n".join([ad["url"], ad["title"], ad["body"], ad.get("city") or ""])


_JSON_ESCAPES = re.compile(r"(?:\\u[0-9a-fA-F]{4})+")


def unescape_json(text: str) -> str:
    """A JSON page's \\uXXXX escapes (surrogate pairs too) as the characters they stand for."""
    return _JSON_ESCAPES.sub(
        lambda m: m.group(0).encode().decode("unicode-escape").encode("utf-16", "surrogatepass").decode("utf-16"),
        text,
    )


def check_numbers_from_abroad(
    ads: list[dict[str, Any]],
    truth: list[dict[str, Any]],
    corpus: Corpus,
    read: Callable[[str], str] = str,
    at_least: int = 50,
) -> None:
    """A number of another country than the ad's city is printed with its country code (unless hidden), in the
    page's text as ``read`` gives it (a corpus whose pages escape their text says how to undo it); at least
    ``at_least`` such numbers."""
    abroad = 0
    for ad, t in zip(ads, truth, strict=True):
        shown = digits(read(page_text(ad)))
        country = corpus.cities[t["city"]][0]
        for e164, style in t["phone_styles"].items():
            num = phonenumbers.parse(e164)
            if phonenumbers.region_code_for_number(num) != country and style not in corpus.hidden:
                abroad += 1
                assert f"{num.country_code}{nsn(e164)}" in shown, (e164, style, ad["body"])
    assert abroad >= at_least, abroad


def read_plain(text: str) -> str:
    """What a reader sees of a page that prints its text plainly: entities decoded, invisible characters removed."""
    return html.unescape(text).translate(INVISIBLE)


def ad_fields(ad: dict[str, Any], clean: str = "") -> str:
    """An ad's title, body and city field as one text, as printed (where ``check_ads`` looks for the city by default;
    ``clean``, the reader's text, is not read)."""
    return " ".join([ad["title"], ad["body"], ad.get("city") or ""])


def check_ads(
    ads: list[dict[str, Any]],
    truth: list[dict[str, Any]],
    corpus: Corpus,
    max_size: int = 1200,
    *,
    read: Callable[[str], str] = read_plain,
    read_digits: Callable[[str], str] = str,
    city_text: Callable[[dict[str, Any], str], str] = ad_fields,
    emails_any_case: bool = False,
    also_known: Collection[str] = (),
    schemes: tuple[str, ...] = ("http://", "https://"),
) -> None:
    """Each ad against its truth row, for the corpora written since blind15: the keys and a URL of one of
    ``schemes``, the phones (a style in ``corpus.shown`` shows its national digits in ``read_digits`` of the page's
    text; of the hidden ones at most 10 % show by chance; ``also_known``: further styles a corpus writes, e.g. a
    number cut by a gutter), the e-mails (in ``read`` of the text, lower-cased first when ``emails_any_case``: a
    local part may be written capitalised), the city (a spelling of it in ``city_text`` of the ad and its reader's
    text), the site's page kind, a size of 150 to ``max_size`` characters, and no run of four digits that neither a
    contact nor the page's furniture accounts for, neither as printed nor as read; one ad per site and id, every
    site in use. ``read``: the page's text as a reader sees it (a corpus whose pages escape or mark up their text
    says how to undo it)."""
    keys = set()
    hidden_count = [0, 0]
    known = corpus.shown | corpus.hidden | set(also_known)
    for ad, t in zip(ads, truth, strict=True):
        check_truth_keys(t)
        check_ad_keys(ad, t)
        assert ad["url"].startswith(schemes), ad["url"]  # what the importer takes
        keys.add((ad["site"], ad["id"]))
        text = page_text(ad)
        clean = read(text)
        n_hidden, n_shown = check_phones(t, digits(read_digits(text)), corpus.shown, known)
        hidden_count[0] += n_hidden
        hidden_count[1] += n_shown
        check_emails(t, text, clean.lower() if emails_any_case else clean, corpus.email_styles, corpus.email_exact)
        assert t["city"] in corpus.cities
        low = city_text(ad, clean).casefold()
        assert any(n.casefold() in low for n in corpus.cities[t["city"]][1]), (t["city"], text)
        assert t["kind"] == corpus.kind[t["site"]]
        size = len(ad["title"]) + len(ad["body"])
        assert 150 <= size <= max_size, (size, t["template"], text)
        allowed = check_furniture(t, text, digits(text)) + t["emails"]  # digits inside an address are the address's
        allowed += [form for e164 in t["phones"] for form in contact_forms(e164)]
        assert not unlabelled_runs(text, allowed), (unlabelled_runs(text, allowed), t["furniture"], text)
        assert not unlabelled_runs(clean, allowed), (t["furniture"], text)
    assert len(keys) == len(ads)
    assert {t["site"] for t in truth} == set(corpus.sites)
    assert hidden_count[1] <= 0.1 * hidden_count[0], hidden_count


def check_owners(truth: list[dict[str, Any]]) -> dict[str, set[str]]:
    """A person is in one network at most, her own number is hers alone, a controller's line is nobody's own and
    only in a network's ads (what every corpus since blind10 holds; ``check_ownership`` adds what later ones do);
    returns each own number's owners."""
    net_of: dict[str, set[str]] = defaultdict(set)
    owners: dict[str, set[str]] = defaultdict(set)
    for t in truth:
        net_of[t["person_id"]].add(t["network_id"])
        for ph in t["own_phones"]:
            owners[ph].add(t["person_id"])
    assert all(len(v) == 1 for v in net_of.values())
    assert all(len(v) == 1 for v in owners.values())
    lines = {ph for t in truth for ph in t["phones"] if ph not in t["own_phones"]}
    assert not lines & set(owners)
    assert all(not t["network_id"].startswith("solo-") for t in truth if set(t["phones"]) - set(t["own_phones"]))
    return owners


def check_ownership(truth: list[dict[str, Any]]) -> dict[str, set[str]]:
    """``check_owners``, and a recruitment ad is the controller's own, a site's number is no contact; returns each
    own number's owners."""
    owners = check_owners(truth)
    lines = {ph for t in truth for ph in t["phones"] if ph not in t["own_phones"]}
    assert all(not t["own_phones"] and t["person_id"].startswith("controller-") for t in truth if t["recruitment"])
    furniture_numbers = {f["e164"] for t in truth for f in t["furniture"] if f.get("e164")}
    assert not furniture_numbers & (set(owners) | lines)
    return owners


def check_email_owners(truth: list[dict[str, Any]]) -> None:
    """An e-mail address is one controller's (network) or one solo woman's."""
    mail_of: dict[str, set[str]] = defaultdict(set)
    for t in truth:
        for e in t["emails"]:
            mail_of[e].add(t["network_id"] if not t["network_id"].startswith("solo-") else t["person_id"])
    assert all(len(v) == 1 for v in mail_of.values()), [e for e, v in mail_of.items() if len(v) > 1][:5]


def check_mixes(
    truth: list[dict[str, Any]],
    owners: Collection[str],
    styles_of: tuple[Collection[str], Collection[str]],
    city_country: Mapping[str, str],
    *,
    plain: tuple[float, float],
    hidden: tuple[float, float],
    min_styles: int,
    foreign: tuple[float, float] = (0.2, 0.6),
    known_nationality_only: bool = True,
) -> None:
    """The mixes a corpus of blind12-14 is meant to hold, within the bounds its author set: the share of phones
    written plainly and hidden (``styles_of``: the plain and the hidden styles; shares within ``plain`` and
    ``hidden``), at least ``min_styles`` written styles, 20 nationalities (counting an unknown one as one of them
    when not ``known_nationality_only``, as blind12 and blind13 always did), a minor and a recruitment ad, 12
    templates, cities in all three countries, and the share of women's own numbers (``owners``) from outside the
    Nordics within ``foreign`` (many advertise on a home-country SIM)."""
    styles = Counter(s for t in truth for s in t["phone_styles"].values())
    total = sum(styles.values())
    plain_share = sum(v for k, v in styles.items() if k in styles_of[0]) / total
    hidden_share = sum(v for k, v in styles.items() if k in styles_of[1]) / total
    assert plain[0] <= plain_share <= plain[1] and hidden[0] <= hidden_share <= hidden[1], (
        plain_share,
        hidden_share,
        styles,
    )
    assert len(styles) >= min_styles, styles
    assert len({t["nationality"] for t in truth if t["nationality"] or not known_nationality_only}) >= 20
    assert any(t["minor"] for t in truth) and any(t["recruitment"] for t in truth)
    assert len({t["template"] for t in truth}) == 12
    assert {city_country[t["city"]] for t in truth} == {"NO", "SE", "DK"}
    nordic = ("NO", "SE", "DK")
    abroad = sum(phonenumbers.region_code_for_number(phonenumbers.parse(p)) not in nordic for p in owners)
    assert foreign[0] <= abroad / len(owners) <= foreign[1], abroad / len(owners)


def shared_lines(truth: list[dict[str, Any]]) -> int:
    """How many hidden controllers' lines two or more women's ads give (what links them into one network)."""
    by_line: dict[str, set[str]] = defaultdict(set)
    for t in truth:
        if t["network_kind"] == "hidden" and not t["recruitment"]:
            for ph in set(t["phones"]) - set(t["own_phones"]):
                by_line[ph].add(t["person_id"])
    return sum(len(v) >= 2 for v in by_line.values())


#: The keys of a truth row of the corpora written since blind15: what ``extract_eval`` and ``pipeline_eval`` read.
TRUTH_KEYS = frozenset(
    {
        "site",
        "id",
        "url",
        "person_id",
        "network_id",
        "network_kind",
        "phones",
        "own_phones",
        "phone_styles",
        "emails",
        "email_styles",
        "city",
        "furniture",
        "kind",
        "template",
        "language",
        "nationality",
        "minor",
        "recruitment",
    }
)


def check_truth_keys(t: dict[str, Any], keys: Collection[str] = TRUTH_KEYS) -> None:
    """A truth row has exactly the keys the scorers read, no more and no fewer."""
    assert set(t) == set(keys), set(t) ^ set(keys)


def check_emails(t: dict[str, Any], text: str, clean: str, styles: Collection[str], exact: Collection[str]) -> None:
    """Every true address has a known style, is a plain lower-case address, and is printed in its ad: whole (case
    aside) for a style in ``exact``, else its local part and its domain's first label at least. ``clean``: the ad's
    text with entities decoded and invisible characters removed; ``text``: as printed, for the message."""
    assert set(t["emails"]) == set(t["email_styles"])
    for addr, style in t["email_styles"].items():
        assert style in styles, style
        assert addr == addr.lower() and re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", addr), addr
        local, domain = addr.split("@")
        if style in exact:
            assert addr in clean.lower(), (addr, style, text)
        else:
            assert local in clean and domain.split(".")[0] in clean, (addr, style, text)


def escaped_lines(body: str) -> str:
    """A body with its escaped line breaks ("\\n" as two characters, how a JSON field's text may be stored) as lines."""
    return body.replace("\\n", "\n")


def check_no_shared_sentences(
    ads: list[dict[str, Any]], truth: list[dict[str, Any]], normalise: Callable[[str], str] = escaped_lines
) -> None:
    """Different controllers share no sentence, and no two solo women share one (page furniture aside: sentences
    with digits or colons, labels without a full stop, a site's footer whose parts are joined by "·"): a linker
    must not find a network in the generator's phrase book. ``normalise``: the body as a reader sees its text (a
    corpus whose pages escape, mark up or time their text says how to undo it; its page furniture's own separators
    as lines or "·"), before it is split into sentences at line breaks, quotes and sentence ends."""
    owner: dict[str, set[str]] = defaultdict(set)
    for ad, t in zip(ads, truth, strict=True):
        body = normalise(ad["body"])
        for s in re.split(r"(?<=[.!?])\s+|\n|\"", body):
            s = s.strip()
            if len(s) < 25 or re.search(r"[\d():·]", s) or not s.endswith((".", "!", "?")):
                continue  # a label, a number, a site's footer (its parts joined by "·")
            owner[s].add(t["network_id"])
    shared = [s for s, n in owner.items() if len(n) > 1]
    assert not shared, shared[:5]


def check_people(
    ads: list[dict[str, Any]],
    truth: list[dict[str, Any]],
    corpus: Corpus,
    *,
    women: tuple[int, int],
    networks: tuple[int, int],
    hidden_share: tuple[float, float],
    min_styles: int,
    english: tuple[float, float],
    plain: tuple[float, float] = (0.45, 0.85),
    normalise: Callable[[str], str] = escaped_lines,
) -> None:
    """The people and controllers of a corpus written since blind15, within the bounds its author set: how many women
    and controller networks (``women``, ``networks``), the share of phones written plainly or as links (within
    ``plain``) and hidden (within ``hidden_share``), at least ``min_styles`` written styles, 20 nationalities, 12
    templates, a few minors (at most 6 % of ads) and recruitment ads, cities in all three countries, ads in the four
    languages with English's share within ``english``, five or more lines shared by a hidden controller's women; who
    owns what (``check_ownership``, ``check_email_owners``) and no sentence shared across writers
    (``check_no_shared_sentences`` with ``normalise``)."""
    people = {t["person_id"] for t in truth if not t["person_id"].startswith("controller-")}
    nets = Counter(t["network_id"] for t in truth if not t["network_id"].startswith("solo-"))
    assert women[0] <= len(people) <= women[1] and networks[0] <= len(nets) <= networks[1], (len(people), len(nets))
    check_ownership(truth)
    check_email_owners(truth)
    assert all(not t["own_phones"] for t in truth if t["person_id"].startswith("controller-"))
    styles = Counter(s for t in truth for s in t["phone_styles"].values())
    total = sum(styles.values())
    plain_share = sum(v for k, v in styles.items() if k in corpus.plain) / total
    hidden_part = sum(v for k, v in styles.items() if k in corpus.hidden) / total
    assert plain[0] <= plain_share <= plain[1] and hidden_share[0] <= hidden_part <= hidden_share[1], (
        plain_share,
        hidden_part,
        styles,
    )
    assert len(styles) >= min_styles, styles
    assert len({t["nationality"] for t in truth if t["nationality"]}) >= 20
    assert any(t["minor"] for t in truth) and any(t["recruitment"] for t in truth)
    assert len({t["template"] for t in truth}) == 12
    assert sum(t["minor"] for t in truth) <= 0.06 * len(truth)
    assert {corpus.cities[t["city"]][0] for t in truth} == {"NO", "SE", "DK"}
    langs = Counter(t["language"] for t in truth)
    assert english[0] <= langs["en"] / len(truth) <= english[1] and len(langs) == 4, langs
    assert shared_lines(truth) >= 5
    check_no_shared_sentences(ads, truth, normalise)


#: A generator's ``generate(seed, n_ads)`` (ads and truth rows), cached by its test (``functools.cache``).
Sample = Callable[[int, int], tuple[list[dict[str, Any]], list[dict[str, Any]]]]


@dataclass(frozen=True)
class SiteCorpus:
    """A corpus of ordinary ad sites (blind21 on: https pages printing their text plainly, e-mail local parts in
    any case, one URL per ad) and its generator's cached ``sample``: the checks its test makes as its siblings'
    do, on the same samples (1,500 ads of seed 2, 2,000 of seed 3), so that the test holds only its own bounds
    and what its sites make particular."""

    corpus: Corpus
    sample: Sample

    def check_ads(self) -> None:
        """``check_ads`` on 1,500 ads (pages up to 1,800 characters, https only), and one URL per ad: the
        pipeline's scorer finds an ad's truth by its URL."""
        ads, truth = self.sample(2, 1500)
        assert len(ads) == len(truth) == 1500
        check_ads(ads, truth, self.corpus, max_size=1800, emails_any_case=True, schemes=("https://",))
        assert len({ad["url"] for ad in ads}) == len(ads)

    def check_people(
        self,
        *,
        women: tuple[int, int],
        networks: tuple[int, int],
        min_styles: int,
        english: tuple[float, float],
        plain: tuple[float, float],
        hidden_share: tuple[float, float] = (0.03, 0.16),
    ) -> None:
        """``check_people`` on 2,000 ads within the corpus's own bounds."""
        ads, truth = self.sample(3, 2000)
        check_people(
            ads,
            truth,
            self.corpus,
            women=women,
            networks=networks,
            hidden_share=hidden_share,
            min_styles=min_styles,
            english=english,
            plain=plain,
        )

    def check_numbers_from_abroad(self) -> None:
        """``check_numbers_from_abroad`` on 1,500 ads, their text read plainly."""
        ads, truth = self.sample(2, 1500)
        check_numbers_from_abroad(ads, truth, self.corpus, read_plain)

    def check_hidden_styles(self) -> None:
        """``check_hidden_styles`` on 1,500 ads with the corpus's hidden styles."""
        ads, truth = self.sample(2, 1500)
        check_hidden_styles(ads, truth, self.corpus.hidden)

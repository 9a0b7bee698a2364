"""Pictures of what kartlegg's Maltego transforms answer, for docs/maltego.md (not a test; run by hand).

    bash scripts/maltego_screenshots.sh     # .venv/bin/python -m tests.maltego.screenshots docs/screenshots

There is no Maltego client on the build machines, so this shows the transforms' side of the exchange:
a synthetic demo market is ingested and analysed for real, two transforms run as an imported ``.mtz``
runs them (``kartlegg maltego ... local NAME VALUE PROPERTIES``), and each response XML is drawn as the
entities Maltego puts on its graph (type, value, properties) next to the XML itself; Chromium takes the
screenshot. The .mtz the configuration command writes is listed too. Everything shown is invented.
"""

from __future__ import annotations

import html
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path
from urllib.parse import quote

import phonenumbers
from sqlalchemy import text

from kartlegg.collect.ingest import ingest_paths
from kartlegg.demo.market import build_market, write_market
from kartlegg.pipeline import analyze
from kartlegg.store.engine import open_store
from tests.conftest import make_settings, run_cli
from tests.web.test_browser import ARGS, chromium_path

REASON = "case 2026/114"
#: Maltego's standard entity -> the colour and short name the page gives it (Maltego's own icons are not ours)
STYLE = {
    "maltego.PhoneNumber": ("#2f7d32", "phone"),
    "maltego.EmailAddress": ("#6a1b9a", "e-mail"),
    "maltego.Alias": ("#ef6c00", "alias"),
    "maltego.URL": ("#1565c0", "URL (ad)"),
    "maltego.Person": ("#c62828", "person"),
    "maltego.Organization": ("#4e342e", "organisation (network)"),
}
CSS = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 0; padding: 20px; color: #222; width: 1180px; }
h1 { font-size: 20px; margin: 0 0 4px; } p.lead { margin: 0 0 14px; color: #555; }
.cols { display: flex; gap: 18px; align-items: flex-start; }
.graph { flex: 0 0 560px; } .xml { flex: 1; background: #f6f6f6; border: 1px solid #ddd; padding: 8px;
  font: 11px/1.35 ui-monospace, monospace; white-space: pre-wrap; word-break: break-all; max-height: 820px;
  overflow: hidden; }
.input, .entity { border: 2px solid; border-radius: 8px; padding: 6px 10px; margin: 0 0 8px; background: #fff; }
.input { background: #fffbe6; } .arrow { margin: 4px 0 10px 18px; color: #666; }
.type { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; font-weight: 600; }
.value { font-weight: 600; font-size: 15px; } table { border-collapse: collapse; font-size: 12px; }
td { padding: 0 8px 0 0; vertical-align: top; } td.k { color: #666; }
.more { color: #666; font-style: italic; }
"""


def _entity_html(kind: str, value: str, props: dict[str, str], css: str = "entity") -> str:
    colour, name = STYLE.get(kind, ("#555", kind))
    rows = "".join(
        f"<tr><td class=k>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in props.items() if v
    )
    return (
        f'<div class={css} style="border-color:{colour}"><div class=type style="color:{colour}">{name} '
        f"&middot; {html.escape(kind)}</div><div class=value>{html.escape(value)}</div><table>{rows}</table></div>"
    )


def render(title: str, command: list[str], kind: str, value: str, response: bytes, ads: int = 3) -> str:
    """A page: the input entity, the entities of Maltego's response XML (persons, networks and selectors
    first, then the first ``ads`` ads), and the XML."""
    root = ET.fromstring(response)
    found, urls = [], []
    for e in root.iter("Entity"):
        props = {f.get("DisplayName") or f.get("Name", ""): f.text or "" for f in e.iter("Field")}
        (urls if e.get("Type") == "maltego.URL" else found).append(
            _entity_html(e.get("Type", ""), e.findtext("Value") or "", props)
        )
    messages = [m.text or "" for m in root.iter("UIMessage")]
    more = f"<div class=more>... and {len(urls) - ads} more ads</div>" if len(urls) > ads else ""
    return (
        f"<!doctype html><meta charset=utf-8><style>{CSS}</style><h1>{html.escape(title)}</h1>"
        f"<p class=lead>Run as an imported .mtz runs it: <code>{html.escape(' '.join(command))}</code></p>"
        f"<div class=cols><div class=graph>{_entity_html(kind, value, {}, 'input')}"
        f"<div class=arrow>&darr; {len(found) + len(urls)} entities in the response"
        f"{'; messages: ' + html.escape('; '.join(messages)) if messages else ''}</div>"
        f"{''.join(found + urls[:ads])}{more}</div>"
        f"<div class=xml>{html.escape(response.decode('utf-8'))}</div></div>"
    )


def main(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        store = open_store(make_settings(home))
        ads, _truth = write_market(build_market(seed=7, n_persons=30, days=20), home / "demo")
        ingest_paths(store, [ads])
        analyze(store, workers=1)
        with store.connect() as c:
            e164 = c.execute(
                text(
                    "SELECT s.value FROM selectors s JOIN ad_selectors x ON x.selector_id = s.id "
                    "JOIN profile_ads pa ON pa.ad_id = x.ad_id WHERE s.kind = 'phone' GROUP BY s.value "
                    "ORDER BY COUNT(DISTINCT x.ad_id) DESC, s.value LIMIT 1"
                )
            ).scalar_one()
        store.close()
        number = phonenumbers.parse(e164)
        national = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        options = ["--role", "analyst", "--reason", quote(REASON, safe=""), "--home", quote(str(home), safe="")]

        def local(name: str, value: str, props: str) -> tuple[list[str], bytes]:
            args = ["maltego", *options, "local", name, value, props]
            res = run_cli(*args, home=home)
            if res.returncode != 0:
                raise SystemExit(res.stderr.decode())
            return ["kartlegg", *args], res.stdout

        pages = {}
        cmd, xml = local("kartleggphonetoreach", national, f"phonenumber.countrycode={number.country_code}")
        pages["maltego-phone"] = render(
            "kartleggphonetoreach: a phone number -> ads, persons, networks", cmd, "maltego.PhoneNumber", national, xml
        )
        # the person of that phone with the most selectors
        best: tuple[int, list[str], bytes, str] | None = None
        for person in ET.fromstring(xml).iter("Entity"):
            if person.get("Type") != "maltego.Person":
                continue
            profile = next(f.text or "" for f in person.iter("Field") if f.get("Name") == "kartlegg.profile")
            name = person.findtext("Value") or ""
            cmd, answer = local("kartleggprofiletoselectors", name, f"kartlegg.profile={profile}")
            n = len(list(ET.fromstring(answer).iter("Entity")))
            if best is None or n > best[0]:
                best = (n, cmd, answer, name)
        assert best is not None, "the phone's ads belong to no person"
        _, cmd, xml, name = best
        title = "kartleggprofiletoselectors: a kartlegg person -> phones, e-mails, handles"
        pages["maltego-person"] = render(title, cmd, "maltego.Person", name, xml)
        mtz = home / "kartlegg.mtz"
        res = run_cli("maltego", "mtz", "--reason", REASON, "-o", str(mtz), home=home)
        if res.returncode != 0:
            raise SystemExit(res.stderr.decode())
        with zipfile.ZipFile(mtz) as z:
            names = sorted(n for n in z.namelist() if n.endswith(".transform"))
        listing = "".join(f"<li><code>{html.escape(n)}</code></li>" for n in names)
        pages["maltego-mtz"] = (
            f"<!doctype html><meta charset=utf-8><style>{CSS}</style><h1>kartlegg maltego mtz</h1>"
            f"<p class=lead><code>kartlegg maltego mtz --reason &quot;{REASON}&quot; -o kartlegg.mtz</code> writes "
            f"the configuration Maltego imports (Import | Export &gt; Import Config); its transforms:</p>"
            f"<ul>{listing}</ul>"
        )
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium_path(), args=ARGS)
            page = browser.new_page(viewport={"width": 1220, "height": 900})
            for name, body in pages.items():
                page.set_content(body)
                page.locator("body").screenshot(path=str(out / f"{name}.png"))
            browser.close()
    for name in pages:
        print(out / f"{name}.png")


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots"))

"""IBM i2 Analyst's Notebook: a chart ANB opens (``kartlegg.anx``), and an entity sheet, a link sheet and
the description of their import for the Import wizard.

Analyst's Notebook imports delimited text through its Import wizard, driven by an import specification
that maps columns to entity identity, type, label and attributes, and to link ends, type and dates.
ANB saves its own specifications in a proprietary format (``.ximp``) that we do not claim to reproduce;
``kartlegg-i2-import.xml`` is a plain, documented description of the same mapping, from which an
analyst sets up (once) and saves the wizard's specification. The sheets are self-sufficient: the link
sheet repeats each end's identity, type and label, so it can be imported alone as "one row per link".
The same entities and links, with the same identities, are in the Exchange chart (``report/anx.py``),
which ANB opens without any specification.
"""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from kartlegg.report.anx import write_anx
from kartlegg.report.export_ads import _csv_cell
from kartlegg.report.graph import Graph

ENTITY_FILE = "entities.csv"
LINK_FILE = "links.csv"
SPEC_FILE = "kartlegg-i2-import.xml"
ANX_FILE = "kartlegg.anx"

#: kartlegg node type -> Analyst's Notebook entity type (standard palette names)
I2_ENTITY_TYPES = {
    "profile": "Person",
    "ad": "Document",
    "phone": "Telephone",
    "email": "Email Address",
    "handle": "Internet Account",
    "image": "Image",
    "site": "Web Site",
}


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    role: str  # identity, type, label, attribute, date
    attribute_type: str = "Text"


ENTITY_COLUMNS: tuple[Column, ...] = (
    Column("Entity ID", "identity"),
    Column("Entity Type", "type"),
    Column("Label", "label"),
    Column("kartlegg Type", "attribute"),
    Column("Network ID", "attribute"),
    Column("Risk Score", "attribute", "Number"),
    Column("Minor Score", "attribute", "Number"),
    Column("Third Party Score", "attribute", "Number"),
    Column("First Seen", "attribute", "Date"),
    Column("Last Seen", "attribute", "Date"),
    Column("Ads", "attribute", "Number"),
)
LINK_COLUMNS: tuple[Column, ...] = (
    Column("Link ID", "link-identity"),
    Column("End 1 ID", "end1-identity"),
    Column("End 1 Type", "end1-type"),
    Column("End 1 Label", "end1-label"),
    Column("End 2 ID", "end2-identity"),
    Column("End 2 Type", "end2-type"),
    Column("End 2 Label", "end2-label"),
    Column("Link Type", "link-type"),
    Column("First Seen", "link-date-start", "Date"),
    Column("Last Seen", "link-date-end", "Date"),
    Column("Weight", "link-attribute", "Number"),
    Column("Reason", "link-attribute"),
)


def _cell(value: object) -> str:
    return _csv_cell(value)


def write_i2(g: Graph, folder: Path) -> list[Path]:
    """Write the chart, the two sheets and the specification into ``folder``; return the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    ent_path, link_path, spec_path = folder / ENTITY_FILE, folder / LINK_FILE, folder / SPEC_FILE
    with open(ent_path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([c.name for c in ENTITY_COLUMNS])
        for n in g.nodes.values():
            a = n.attrs
            w.writerow(
                [
                    _cell(v)
                    for v in (
                        n.id,
                        I2_ENTITY_TYPES.get(n.type, "Entity"),
                        n.label,
                        n.type,
                        a.get("network_id"),
                        a.get("risk_score"),
                        a.get("minor_score"),
                        a.get("third_party_score"),
                        a.get("first_seen"),
                        a.get("last_seen"),
                        a.get("ads"),
                    )
                ]
            )
    with open(link_path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([c.name for c in LINK_COLUMNS])
        for e in g.edges.values():
            s, t = g.nodes[e.source], g.nodes[e.target]
            w.writerow(
                [
                    _cell(v)
                    for v in (
                        e.id,
                        s.id,
                        I2_ENTITY_TYPES.get(s.type, "Entity"),
                        s.label,
                        t.id,
                        I2_ENTITY_TYPES.get(t.type, "Entity"),
                        t.label,
                        e.type,
                        e.first_seen,
                        e.last_seen,
                        e.weight,
                        e.reason,
                    )
                ]
            )
    write_spec(spec_path)
    return [write_anx(g, folder / ANX_FILE, I2_ENTITY_TYPES), ent_path, link_path, spec_path]


def write_spec(path: Path) -> None:
    root = ET.Element("ImportSpecification", {"generator": "kartlegg", "dateFormat": "yyyy-MM-dd"})
    ET.SubElement(root, "Description").text = (
        "Column mapping for the Analyst's Notebook Import wizard (CSV, comma-delimited, UTF-8, first row = "
        "headings). Import entities.csv as 'entities only', then links.csv as 'one row per link'."
    )
    types = ET.SubElement(root, "EntityTypes")
    for kt, i2t in I2_ENTITY_TYPES.items():
        ET.SubElement(types, "Map", {"kartlegg": kt, "i2": i2t})
    for fname, cols in ((ENTITY_FILE, ENTITY_COLUMNS), (LINK_FILE, LINK_COLUMNS)):
        sheet = ET.SubElement(root, "Sheet", {"file": fname, "delimiter": ",", "headingRow": "1"})
        for c in cols:
            ET.SubElement(sheet, "Column", {"name": c.name, "role": c.role, "attributeType": c.attribute_type})
    ET.indent(root)
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def read_spec(path: Path) -> dict[str, list[str]]:
    """Sheet file -> the column names the specification maps (for checks and tests)."""
    root = ET.parse(path).getroot()  # noqa: S314 - our own file
    return {s.attrib["file"]: [c.attrib["name"] for c in s.findall("Column")] for s in root.findall("Sheet")}

"""The link graph of a scope for link-analysis tools: typed nodes and typed, dated edges.

Nodes: profiles (an ad without a profile stands for itself), phones, e-mails, handles, images, sites.
Edges: a profile uses a phone/e-mail/handle/image or advertises on a site, dated by the first and last
day an ad showed it and weighted by the number of ads; profile-to-profile links from the linking stage
carry their reason and score. Written as GraphML (yEd, Gephi, networkx) or GEXF 1.2 (Gephi, with the
dates as a time interval so Gephi's timeline works).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from typing import IO, Any

from kartlegg.report.disclose import Disclosure
from kartlegg.report.query import AdRecord, Dataset, LinkRecord

GRAPH_SELECTOR_KINDS = ("phone", "email", "handle")


@dataclass(slots=True)
class Node:
    id: str
    type: str
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class Edge:
    source: str
    target: str
    type: str
    first_seen: str | None = None
    last_seen: str | None = None
    weight: float = 0.0
    reason: str = ""

    @property
    def id(self) -> str:
        return f"{self.source}|{self.type}|{self.target}"

    def see(self, day: str) -> None:
        self.weight += 1
        self.first_seen = day if self.first_seen is None or day < self.first_seen else self.first_seen
        self.last_seen = day if self.last_seen is None or day > self.last_seen else self.last_seen


@dataclass(slots=True)
class Graph:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[str, Edge] = field(default_factory=dict)

    def node(self, nid: str, ntype: str, label: str, **attrs: Any) -> Node:
        n = self.nodes.get(nid)
        if n is None:
            n = self.nodes[nid] = Node(nid, ntype, label, {k: v for k, v in attrs.items() if v is not None})
        return n

    def edge(self, source: str, target: str, etype: str) -> Edge:
        e = Edge(source, target, etype)
        return self.edges.setdefault(e.id, e)


def _owner(g: Graph, ds: Dataset, ad: AdRecord) -> str:
    if ad.profile_id:
        nid = f"profile:{ad.profile_id}"
        p = ds.profiles.get(ad.profile_id)
        g.node(
            nid,
            "profile",
            f"Profile {ad.profile_id}",
            network_id=ad.network_id,
            risk_score=p.risk_score if p else None,
            minor_score=p.minor_score if p else None,
            third_party_score=p.third_party_score if p else None,
        )
        return nid
    nid = f"ad:{ad.ad_id}"
    g.node(nid, "ad", f"Ad {ad.site}/{ad.ad_key}", risk_score=ad.risk_score, minor_score=ad.minor_score)
    return nid


def link_reason(link: LinkRecord, ds: Dataset, disclosure: Disclosure) -> str:
    """A link's reason as disclosed: free text scrubbed, its selector labelled or tokenised."""
    via: tuple[tuple[str, str], ...] = ()
    reason = link.reason
    if link.selector_kind and link.selector_value:
        via = ((link.selector_kind, link.selector_value),)
        reason += f" ({disclosure.labelled(link.selector_kind, link.selector_value)})"
    return disclosure.scrub(reason, ds.ads, via)


def build_graph(ds: Dataset, disclosure: Disclosure) -> Graph:
    g = Graph()
    for ad in ds.ads:
        owner = _owner(g, ds, ad)
        day = ad.date
        ads_attr = g.nodes[owner].attrs
        ads_attr["ads"] = int(ads_attr.get("ads", 0)) + 1
        for key, cmp in (("first_seen", min), ("last_seen", max)):
            ads_attr[key] = cmp(ads_attr.get(key, day), day)
        site = f"site:{ad.site}"
        g.node(site, "site", ad.site)
        g.edge(owner, site, "advertises_on").see(day)
        seen: set[str] = set()
        for hit in ad.selectors:
            if hit.kind not in GRAPH_SELECTOR_KINDS or not ds.drawable(hit.kind, hit.value):
                continue  # only contact routes, and never a hub or a site's own line
            shown = disclosure.selector(hit.kind, hit.value)
            nid = f"{hit.kind}:{shown}" if not disclosure.pseudonymised else shown
            if nid in seen:
                continue
            seen.add(nid)
            g.node(nid, hit.kind, shown)
            g.edge(owner, nid, f"uses_{hit.kind}").see(day)
        for url in ad.images:
            ident = ad.image_hashes.get(url) or url
            shown = disclosure.selector("image", ident)
            nid = f"image:{shown}" if not disclosure.pseudonymised else shown
            if nid in seen:
                continue
            seen.add(nid)
            g.node(nid, "image", shown)
            g.edge(owner, nid, "uses_image").see(day)
    for link in ds.links:
        if link.level != "profile":
            continue
        if link.selector_kind and not ds.drawable(link.selector_kind, link.selector_value):
            continue  # a link through a hub or a site line ties nobody
        a, b = f"profile:{link.a}", f"profile:{link.b}"
        if a in g.nodes and b in g.nodes:
            e = g.edge(a, b, "linked")
            e.weight = max(e.weight, link.score)
            e.reason = "; ".join(x for x in (e.reason, link_reason(link, ds, disclosure)) if x)
    return _declared(g, disclosure)


def _declared(g: Graph, disclosure: Disclosure) -> Graph:
    """Keep only the node and edge attributes the policy declares for the mode (``views.export_graph_*``):
    GraphML, GEXF and i2 write what is left."""
    node_keys = set(disclosure.columns("export_graph_nodes"))
    edge_keys = set(disclosure.columns("export_graph_edges"))
    for n in g.nodes.values():
        n.attrs = {k: v for k, v in n.attrs.items() if k in node_keys}
    for e in g.edges.values():
        if "first_seen" not in edge_keys:
            e.first_seen = None
        if "last_seen" not in edge_keys:
            e.last_seen = None
        if "weight" not in edge_keys:
            e.weight = 1.0  # every edge alike: the number of ads or the link score is not disclosed
        if "reason" not in edge_keys:
            e.reason = ""
    return g


NODE_KEYS: tuple[tuple[str, str], ...] = (
    ("type", "string"),
    ("label", "string"),
    ("network_id", "string"),
    ("risk_score", "double"),
    ("minor_score", "double"),
    ("third_party_score", "double"),
    ("first_seen", "string"),
    ("last_seen", "string"),
    ("ads", "int"),
)
EDGE_KEYS: tuple[tuple[str, str], ...] = (
    ("type", "string"),
    ("first_seen", "string"),
    ("last_seen", "string"),
    ("weight", "double"),
    ("reason", "string"),
)


def _node_values(n: Node) -> dict[str, Any]:
    return {"type": n.type, "label": n.label, **n.attrs}


def _edge_values(e: Edge) -> dict[str, Any]:
    return {
        "type": e.type,
        "first_seen": e.first_seen,
        "last_seen": e.last_seen,
        "weight": e.weight,
        "reason": e.reason or None,
    }


def _fmt(value: Any) -> str:
    return repr(float(value)) if isinstance(value, float) else str(value)


def write_graphml(g: Graph, fh: IO[bytes]) -> None:
    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", {"xmlns": ns})
    for scope, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for name, typ in keys:
            ET.SubElement(root, "key", {"id": f"{scope[0]}_{name}", "for": scope, "attr.name": name, "attr.type": typ})
    graph = ET.SubElement(root, "graph", {"id": "kartlegg", "edgedefault": "directed"})
    for n in g.nodes.values():
        el = ET.SubElement(graph, "node", {"id": n.id})
        for name, value in _node_values(n).items():
            if value is not None:
                ET.SubElement(el, "data", {"key": f"n_{name}"}).text = _fmt(value)
    for e in g.edges.values():
        el = ET.SubElement(graph, "edge", {"id": e.id, "source": e.source, "target": e.target})
        for name, value in _edge_values(e).items():
            if value is not None:
                ET.SubElement(el, "data", {"key": f"e_{name}"}).text = _fmt(value)
    ET.ElementTree(root).write(fh, encoding="utf-8", xml_declaration=True)


_GEXF_TYPES = {"string": "string", "double": "double", "int": "integer"}


def write_gexf(g: Graph, fh: IO[bytes]) -> None:
    root = ET.Element("gexf", {"xmlns": "http://www.gexf.net/1.2draft", "version": "1.2"})
    ET.SubElement(ET.SubElement(root, "meta"), "creator").text = "kartlegg"
    graph = ET.SubElement(root, "graph", {"defaultedgetype": "directed", "mode": "dynamic", "timeformat": "date"})
    for scope, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        attrs = ET.SubElement(graph, "attributes", {"class": scope, "mode": "static"})
        for i, (name, typ) in enumerate(keys):
            if name in ("label", "weight"):
                continue  # GEXF has these built in
            ET.SubElement(attrs, "attribute", {"id": f"{scope[0]}{i}", "title": name, "type": _GEXF_TYPES[typ]})
    nodes = ET.SubElement(graph, "nodes")
    for n in g.nodes.values():
        el = ET.SubElement(nodes, "node", {"id": n.id, "label": n.label})
        _gexf_values(el, "n", NODE_KEYS, _node_values(n))
    edges = ET.SubElement(graph, "edges")
    for e in g.edges.values():
        eattrs = {"id": e.id, "source": e.source, "target": e.target, "weight": _fmt(e.weight)}
        if e.first_seen and e.last_seen:
            eattrs.update(start=e.first_seen, end=e.last_seen)
        el = ET.SubElement(edges, "edge", eattrs)
        _gexf_values(el, "e", EDGE_KEYS, _edge_values(e))
    ET.ElementTree(root).write(fh, encoding="utf-8", xml_declaration=True)


def _gexf_values(el: ET.Element, prefix: str, keys: tuple[tuple[str, str], ...], values: dict[str, Any]) -> None:
    box = ET.SubElement(el, "attvalues")
    for i, (name, _typ) in enumerate(keys):
        value = values.get(name)
        if name in ("label", "weight") or value is None:
            continue
        ET.SubElement(box, "attvalue", {"for": f"{prefix}{i}", "value": _fmt(value)})

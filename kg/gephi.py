"""GraphML and GEXF writers for Gephi (used by :mod:`kg.export`).

The files validate against the GraphML 1.0 and GEXF 1.2draft (+ viz) schemas.
networkx 3.6's writers do not guarantee that, so before and after calling them this module:

- keeps only str/int/float/bool values (the helpers are in :mod:`kg.gephi_values`): drops ``None`` and
  non-finite floats, writes dates as ISO strings, joins lists with ``|``, turns numpy scalars into Python
  ones and dicts into JSON, strips characters XML forbids (and C1 controls) and gives each attribute a
  single type;
- makes attribute names XML name tokens and node ids safe (others get a hashed safe id), and gives
  every edge a unique string id;
- GraphML: names keys ``n_label``, ``e_weight``… instead of ``d0…dN`` (Gephi reads a key id
  or name ``d3`` as the node label and ``d7`` as the edge label; attributes so named are renamed);
- GEXF: removes ``graph@name``, renames the edge ``type`` attribute to ``relation`` (networkx
  would write it as the edge direction), drops the redundant ``networkx_key`` attribute, uses only
  ISO dates for ``start``/``end`` (``timeformat="date"``, ``mode="dynamic"`` only when a date is
  present), and adds ``viz:color`` by node type and ``viz:size`` by degree;
- writes to a temporary file in the target folder and renames it, so a failed export leaves no
  partial file (and an older file intact).
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import logging
import math
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

import networkx as nx
from networkx.readwrite.gexf import GEXFWriter
from networkx.readwrite.graphml import GraphMLWriter

from kg.errors import ExportError, KGError, reason
from kg.gephi_values import SAFE_ID, gexf_time, name_map, scalar, unify_types, xml_name

log = logging.getLogger(__name__)

PALETTE = {  # node type → (r, g, b)
    "person": (31, 119, 180),
    "country": (44, 160, 44),
    "organisation": (23, 190, 207),
    "event": (255, 127, 14),
    "topic": (148, 103, 189),
    "place": (140, 86, 75),
}
OTHER_COLOR = (127, 127, 127)
# attribute names that networkx's GEXF writer would interpret instead of writing them as data
GEXF_NODE_RENAMES = {n: f"{n}_attr" for n in ("id", "pid", "viz", "parents", "spells", "slices")}
GEXF_EDGE_RENAMES = {"type": "relation", **{n: f"{n}_attr" for n in ("key", "networkx_key", "viz", "spells", "slices")}}
# Gephi's GraphML importer also matches key *names* d3 and d7 (yEd's label keys)
GRAPHML_NODE_RENAMES = {"d3": "d3_attr", "id": "id_attr"}
GRAPHML_EDGE_RENAMES = {"d7": "d7_attr"}


def node_size(degree: int) -> float:
    """``viz:size`` of a node: grows with the square root of its degree.

    >>> node_size(0), node_size(4)
    (8.0, 16.0)
    """
    return 8.0 + 4.0 * math.sqrt(max(degree, 0))


# --- tables: safe ids, names and values --------------------------------------------------------


def _node_ids(graph: nx.Graph) -> dict:
    """Node → safe unique id: kept when already safe, else a readable part plus a short hash."""
    ids: dict = {}
    used: set[str] = set()
    for node in graph:
        text = str(node)
        if SAFE_ID.fullmatch(text) and text not in used:
            ids[node] = text
            used.add(text)
    for node in graph:
        if node not in ids:
            text, n = str(node), 0
            while (new := f"{xml_name(text)[:40]}-{hashlib.sha1(f'{text}{n}'.encode()).hexdigest()[:8]}") in used:
                n += 1
            ids[node] = new
            used.add(new)
    return ids


def _edges(graph: nx.Graph) -> list[tuple]:
    """(u, v, id, data) with a unique safe string id: the ``id`` attribute or the key if usable."""
    if graph.is_multigraph():
        edges = list(graph.edges(keys=True, data=True))
    else:
        edges = [(u, v, None, d) for u, v, d in graph.edges(data=True)]
    chosen: list[str | None] = []
    used: set[str] = set()
    for _, _, key, data in edges:
        candidates = [c for c in (data.get("id"), key) if isinstance(c, str) and SAFE_ID.fullmatch(c)]
        pick = next((c for c in candidates if c not in used), None)
        chosen.append(pick)
        used.update([pick] if pick else [])
    counter = 0
    for i, pick in enumerate(chosen):
        while pick is None and f"e{counter}" in used:
            counter += 1
        if pick is None:
            chosen[i] = pick = f"e{counter}"
            used.add(pick)
    return [(u, v, eid, data) for (u, v, _, data), eid in zip(edges, chosen, strict=True)]


def _clean(data: dict, names: dict) -> dict:
    out = {}
    for key, value in data.items():
        value = scalar(value)
        if value is not None and key in names:
            out[names[key]] = " ".join(value.split()) if names[key] == "label" and isinstance(value, str) else value
    return out


def _tables(graph: nx.Graph, node_renames: dict | None = None, edge_renames: dict | None = None) -> tuple[list, list]:
    """Nodes ``(id, attrs)`` and edges ``(u, v, id, attrs)`` ready for a networkx writer."""
    nids = _node_ids(graph)
    edges = _edges(graph)
    node_names = name_map({k for _, d in graph.nodes(data=True) for k in d}, node_renames)
    edge_names = name_map({k for *_, d in edges for k in d if k != "id"}, {**(edge_renames or {}), "id": "id_attr"})
    nodes = [(nids[n], _clean(d, node_names)) for n, d in graph.nodes(data=True)]
    rows = [(nids[u], nids[v], eid, {**_clean(d, edge_names), "id": eid}) for u, v, eid, d in edges]
    for row in rows:
        weight = row[3].get("weight")
        if weight is not None and (isinstance(weight, bool) or not isinstance(weight, (int, float))):
            row[3]["weight_value"] = row[3].pop("weight")
        elif weight is not None:
            row[3]["weight"] = float(weight)
    unify_types([attrs for _, attrs in nodes])
    unify_types([row[3] for row in rows])
    return nodes, rows


def _build(directed: bool, nodes: list, edges: list) -> nx.MultiGraph:
    graph = nx.MultiDiGraph() if directed else nx.MultiGraph()
    graph.add_nodes_from(nodes)
    for u, v, eid, attrs in edges:
        graph.add_edge(u, v, key=eid, **attrs)
    return graph


# --- GraphML -----------------------------------------------------------------------------------

_KEY_PREFIX = {"node": "n", "edge": "e", "graph": "g"}


def _rekey_graphml(root) -> None:
    """Name every ``<key>`` after its scope and attribute (``n_label``) instead of ``d0…dN``."""
    renamed: dict[str, str] = {}
    for key in root.iter("key"):
        base = f"{_KEY_PREFIX.get(key.get('for'), 'a')}_{key.get('attr.name')}"
        new, i = base, 2
        while new in renamed.values():
            new, i = f"{base}_{i}", i + 1
        renamed[key.get("id")] = new
        key.set("id", new)
    for data in root.iter("data"):
        data.set("key", renamed.get(data.get("key"), data.get("key")))


def _drop_id_key(root) -> None:
    """Remove the ``id`` data key networkx writes for ``edge_id_from_attribute``: the id is the ``<edge id>``
    itself, and a data key named ``id`` clashes with it in GraphML readers other than networkx."""
    dropped = {key.get("id") for key in root.findall("key") if key.get("attr.name") == "id"}
    for key in [k for k in root.findall("key") if k.get("id") in dropped]:
        root.remove(key)
    for parent in root.iter():
        for data in [d for d in parent.findall("data") if d.get("key") in dropped]:
            parent.remove(data)


def graphml_bytes(graph: nx.Graph) -> bytes:
    """The graph as schema-valid GraphML (graph-level attributes are not written)."""
    nodes, edges = _tables(graph, GRAPHML_NODE_RENAMES, GRAPHML_EDGE_RENAMES)
    writer = GraphMLWriter(encoding="utf-8", prettyprint=True, edge_id_from_attribute="id")
    writer.add_graph_element(_build(graph.is_directed(), nodes, edges))
    _rekey_graphml(writer.xml)
    _drop_id_key(writer.xml)
    buffer = io.BytesIO()
    writer.dump(buffer)
    return buffer.getvalue()


# --- GEXF --------------------------------------------------------------------------------------


def _gexf_times(attrs: dict) -> None:
    """Keep ``start``/``end`` only as ISO dates (and an ``end`` not before its ``start``)."""
    for name in ("start", "end"):
        if name in attrs and (value := gexf_time(attrs[name])) is not None:
            attrs[name] = value
        elif attrs.pop(name, None) is not None:
            log.debug("GEXF: dropped %s value that is not an ISO date", name)
    if "end" in attrs and "start" in attrs and attrs["end"] < attrs["start"]:
        del attrs["end"]


def _viz(node_type: object, degree: int) -> dict:
    r, g, b = PALETTE.get(node_type, OTHER_COLOR) if isinstance(node_type, str) else OTHER_COLOR
    return {"color": {"r": r, "g": g, "b": b, "a": 1.0}, "size": node_size(degree)}


def _date_meta(writer: GEXFWriter, attrs: list[dict]) -> None:
    """Date the file by its data (the latest start or end date), not by the day it was written, so that the same
    store always gives the same file; without dates the attribute is left out (it is optional)."""
    meta = writer.xml.find("meta")
    if meta is None:
        return
    dates = [a[k] for a in attrs for k in ("start", "end") if isinstance(a.get(k), str)]
    if dates:
        meta.set("lastmodifieddate", max(dates))
    else:
        meta.attrib.pop("lastmodifieddate", None)


def _drop_networkx_key(graph_element) -> None:
    """Remove the ``networkx_key`` edge attribute that networkx adds for multigraphs."""
    dropped: set[str] = set()
    for attributes in graph_element.findall("attributes"):
        for attribute in list(attributes):
            if attributes.get("class") == "edge" and attribute.get("title") == "networkx_key":
                attributes.remove(attribute)
                dropped.add(attribute.get("id"))
        if len(attributes) == 0:
            graph_element.remove(attributes)
    for edge in graph_element.iter("edge"):
        for values in edge.findall("attvalues"):
            for value in [v for v in values if v.get("for") in dropped]:
                values.remove(value)
            if len(values) == 0:
                edge.remove(values)


def _stable_meta(root, nodes, edges) -> None:
    """The same graph gives the same file on any day: ``lastmodifieddate`` is the newest date in the graph
    (networkx writes today's date), and is left out when the graph has none."""
    meta = root.find("meta")
    dates = [str(a[k]) for _, a in nodes for k in ("start", "end") if a.get(k)]
    dates += [str(a[k]) for *_, a in edges for k in ("start", "end") if a.get(k)]
    if meta is None:
        return
    if dates:
        meta.set("lastmodifieddate", max(dates)[:10])
    else:
        meta.attrib.pop("lastmodifieddate", None)


def gexf_bytes(graph: nx.Graph) -> bytes:
    """The graph as schema-valid GEXF 1.2draft with viz colours and sizes and ISO-date dynamics."""
    nodes, edges = _tables(graph, GEXF_NODE_RENAMES, GEXF_EDGE_RENAMES)
    degree = dict(graph.degree())
    originals = dict(zip((nid for nid, _ in nodes), graph.nodes, strict=True))
    for nid, attrs in nodes:
        _gexf_times(attrs)
        attrs["viz"] = _viz(attrs.get("type"), degree[originals[nid]])
    for *_, attrs in edges:
        _gexf_times(attrs)
    writer = GEXFWriter(encoding="utf-8", prettyprint=True, version="1.2draft")
    _date_meta(writer, [attrs for _, attrs in nodes] + [attrs for *_, attrs in edges])
    writer.add_graph(_build(graph.is_directed(), nodes, edges))
    writer.graph_element.attrib.pop("name", None)
    _drop_networkx_key(writer.graph_element)
    _stable_meta(writer.xml, nodes, edges)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


# --- writing -----------------------------------------------------------------------------------


def write_atomic(path: Path, payload: bytes) -> None:
    """Write ``payload`` to a temporary file next to ``path`` and rename it into place."""
    mode = stat.S_IMODE(path.stat().st_mode) if path.exists() else 0o644
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_export(path: str | os.PathLike, what: str, render: Callable[[], bytes]) -> Path:
    """Write ``render()``'s bytes to ``path`` atomically (gzipped when it ends in ``.gz``, as RDF dumps are), into
    a folder created when missing (as RDF dumps do); any failure is an :class:`ExportError` naming ``path``."""
    path = Path(path)
    try:
        payload = render()
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, gzip.compress(payload, mtime=0) if path.name.endswith(".gz") else payload)
    except KGError:
        raise
    except Exception as e:  # networkx, XML and OS errors alike: nothing was written
        raise ExportError(f"cannot write {what} to {path}: {reason(e)}") from e
    log.info("wrote %s to %s", what, path)
    return path


def write_graphml(graph: nx.Graph, path: str | os.PathLike) -> Path:
    """Write ``graph`` as GraphML that validates against the GraphML 1.0 schema."""
    return write_export(path, "GraphML", lambda: graphml_bytes(graph))


def write_gexf(graph: nx.Graph, path: str | os.PathLike) -> Path:
    """Write ``graph`` as GEXF 1.2draft (with viz) that validates against its schema."""
    return write_export(path, "GEXF", lambda: gexf_bytes(graph))


"""Exports: the Gephi projection as GraphML or GEXF (see :mod:`kg.gephi`), or the RDF itself.

``export(store, fmt, out)`` is what the CLI calls; :func:`write_graphml` and :func:`write_gexf`
write any NetworkX graph and are re-exported here.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg import views
from kg.analysis import project
from kg.errors import ExportError, KGError, reason
from kg.gephi import write_gexf, write_graphml
from kg.views import VIEWS

__all__ = ["GRAPH_FORMATS", "RDF_FORMATS", "export", "format_of", "write_gexf", "write_graphml"]

GRAPH_FORMATS = ("graphml", "gexf")
RDF_FORMATS = ("turtle", "trig", "nquads", "jsonld", "ntriples")
SUFFIXES = {"ttl": "turtle", "nq": "nquads", "nt": "ntriples", "json": "jsonld",
            **{f: f for f in GRAPH_FORMATS + RDF_FORMATS}}


def format_of(out: str | os.PathLike) -> str | None:
    """The export format a file name's suffix names (``.gz`` aside), or ``None``.

    >>> format_of("kg.ttl.gz"), format_of("out/net.GEXF"), format_of("kg.nq"), format_of("kg.txt")
    ('turtle', 'gexf', 'nquads', None)
    """
    name = Path(out).name.lower().removesuffix(".gz")
    return SUFFIXES.get(name.rsplit(".", 1)[-1]) if "." in name else None


def export(store, fmt: str, out: str | os.PathLike, view: str = "full") -> Path:
    """Export the store: ``graphml``/``gexf`` write the projection (``view``: ``full``, ``people``, ``countries``
    or ``plover``, see :mod:`kg.views`), RDF formats call ``store.dump`` (always the full graph)."""
    fmt = (fmt or "").lower()
    if view not in VIEWS:
        raise ExportError(f"unknown view {view!r}; use one of {', '.join(VIEWS)}")
    if view != "full" and fmt not in GRAPH_FORMATS:
        raise ExportError(f"--view {view} needs --format graphml or gexf (RDF dumps are always the full graph)")
    if fmt in GRAPH_FORMATS:
        graph = project(store) if view == "full" else getattr(views, view)(store)
        return (write_graphml if fmt == "graphml" else write_gexf)(graph, out)
    if fmt in RDF_FORMATS:
        try:
            store.dump(out, fmt)
        except KGError:
            raise
        except (OSError, ValueError) as e:
            raise ExportError(f"cannot write {fmt} to {out}: {reason(e)}") from e
        return Path(out)
    raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(GRAPH_FORMATS + RDF_FORMATS)}")

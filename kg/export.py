"""Exports: the Gephi projection as GraphML or GEXF (see :mod:`kg.gephi`), or the RDF itself.

``export(store, fmt, out)`` is what the CLI calls; :func:`write_graphml` and :func:`write_gexf`
write any NetworkX graph and are re-exported here.
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.analysis import project
from kg.errors import ExportError, KGError
from kg.gephi import write_gexf, write_graphml

__all__ = ["GRAPH_FORMATS", "RDF_FORMATS", "export", "write_gexf", "write_graphml"]

GRAPH_FORMATS = ("graphml", "gexf")
RDF_FORMATS = ("turtle", "trig", "nquads", "jsonld", "ntriples")


def export(store, fmt: str, out: str | os.PathLike) -> Path:
    """Export the store: ``graphml``/``gexf`` write the projection, RDF formats call ``store.dump``."""
    fmt = (fmt or "").lower()
    if fmt in GRAPH_FORMATS:
        graph = project(store)
        return (write_graphml if fmt == "graphml" else write_gexf)(graph, out)
    if fmt in RDF_FORMATS:
        try:
            store.dump(out, fmt)
        except KGError:
            raise
        except (OSError, ValueError) as e:
            raise ExportError(f"cannot write {fmt} to {out}: {e}") from e
        return Path(out)
    raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(GRAPH_FORMATS + RDF_FORMATS)}")

"""The triple store: one RDF dataset holding one named graph per article.

:func:`open_store` is the only way in. The ``spec`` picks the backend:

* ``None``: an on-disk Oxigraph store at ``.kg/`` in the current directory;
* ``"memory"``: an in-memory pyoxigraph store (gone when closed);
* any other string without a URL scheme: an on-disk Oxigraph store at that path;
* ``http://…`` or ``https://…``: a remote SPARQL 1.1 endpoint (see :mod:`kg.store.remote` for the spec syntax,
  endpoint layouts and credentials).

Every backend is a :class:`Store` with the same methods. An article's triples live in the named graph whose IRI
is the article IRI (``kg.rdf.article_iri``), so :meth:`Store.put_article` replaces exactly one graph, in one
transaction (one SPARQL update, or one ``extend`` for a graph that does not exist yet).

The package: :mod:`kg.store.base` (the :class:`Store` base class and shared helpers), :mod:`kg.store.local`
(memory and on-disk Oxigraph, with locking and read-only opens) and :mod:`kg.store.remote` (SPARQL 1.1 over
HTTP). Both backends subclass :class:`Store`; neither imports the other or this package.
"""

from __future__ import annotations

from pathlib import Path

import pyoxigraph

from kg.errors import StoreError
from kg.store.base import (
    ARTICLE_PREFIX,
    DATASET_FORMATS,
    DEFAULT_PATH,
    PREFIXES,
    TRIPLE_FORMATS,
    QueryResult,
    Row,
    Store,
    StoreStats,
    graph_iri,
    one_line,
    plain,
    redact,
    replace_update,
    union_construct,
    write_atomically,
)
from kg.store.local import DiskStore, LocalStore, open_reader, open_writer
from kg.store.remote import RemoteStore

__all__ = [
    "ARTICLE_PREFIX", "DATASET_FORMATS", "DEFAULT_PATH", "PREFIXES", "TRIPLE_FORMATS",
    "DiskStore", "LocalStore", "QueryResult", "RemoteStore", "Row", "Store", "StoreStats", "graph_iri",
    "one_line", "open_store", "plain", "redact", "replace_update", "union_construct", "write_atomically",
]


def open_store(spec: str | None = None, *, write: bool = False, wait: float = 0.0) -> Store:
    """Open the store named by ``spec`` (see the module docstring); ``write`` takes the write lock."""
    if spec is None:
        spec = DEFAULT_PATH
    if spec == "memory":
        return LocalStore(pyoxigraph.Store(), "memory", writable=write)
    if spec.startswith(("http://", "https://")):
        return RemoteStore.open(spec, write=write)
    if "://" in spec:
        raise StoreError(f"unsupported store {redact(spec)!r}: use a directory, 'memory' or an http(s):// URL")
    path = Path(spec).expanduser()
    return open_writer(path, spec, wait) if write else open_reader(path, spec)

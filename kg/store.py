"""The triple store: one RDF dataset holding one named graph per article.

:func:`open_store` is the only way in. The ``spec`` picks the backend:

* ``None``: an on-disk Oxigraph store at ``.kg/`` in the current directory;
* ``"memory"``: an in-memory pyoxigraph store (gone when closed);
* any other string without a URL scheme: an on-disk Oxigraph store at that path;
* ``http://…`` or ``https://…``: a remote SPARQL 1.1 endpoint (see :mod:`kg.remote` for the spec syntax,
  endpoint layouts and credentials).

Every backend is a :class:`Store` with the same methods. An article's triples live in the named graph whose IRI
is the article IRI (``kg.rdf.article_iri``), so :meth:`Store.put_article` replaces exactly one graph, in one
transaction (one SPARQL update, or one ``extend`` for a graph that does not exist yet).

The memory and on-disk (Oxigraph) backends, with locking and read-only opens, are in :mod:`kg.localstore`;
the remote one is in :mod:`kg.remote`. Both subclass :class:`Store` and are imported on demand.
"""

from __future__ import annotations

import gzip
import logging
import os
import secrets
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO

import pyoxigraph
from pyoxigraph import NamedNode, Quad, QueryBoolean, QuerySolutions, RdfFormat, Triple

from kg.errors import ExportError, QueryError, StoreError
from kg.vocab import DATA, ONTOLOGY, mint

log = logging.getLogger(__name__)

DEFAULT_PATH = ".kg"
ARTICLE_PREFIX = DATA + "article/"

PREFIXES = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "schema": "http://schema.org/",
    "org": "http://www.w3.org/ns/org#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "wd": "http://www.wikidata.org/entity/",
    "kg": ONTOLOGY,
}
TRIPLE_FORMATS = {"turtle": RdfFormat.TURTLE, "ntriples": RdfFormat.N_TRIPLES, "jsonld": RdfFormat.JSON_LD}
DATASET_FORMATS = {"trig": RdfFormat.TRIG, "nquads": RdfFormat.N_QUADS}

UNION_CONSTRUCT = f"""CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SELECT DISTINCT ?s ?p ?o WHERE {{
  GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{ARTICLE_PREFIX}")) }} }}"""
_Q_HASH = "SELECT ?h WHERE {{ GRAPH {g} {{ {g} <{kg}contentHash> ?h }} }} LIMIT 1"
_Q_IDS = "SELECT DISTINCT ?id WHERE { GRAPH ?g { ?g <http://schema.org/identifier> ?id } } ORDER BY ?id"
_Q_EXISTING = "SELECT ?g WHERE {{ VALUES ?g {{ {graphs} }} FILTER EXISTS {{ GRAPH ?g {{ ?s ?p ?o }} }} }}"
_Q_QUADS = f"""SELECT (COUNT(*) AS ?n) WHERE {{
  GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), "{ARTICLE_PREFIX}")) }}"""
_STAT_KEYS = {
    "http://schema.org/NewsArticle": "articles",
    "http://schema.org/Person": "persons",
    "http://schema.org/Event": "events",
    ONTOLOGY + "Topic": "topics",
    "http://schema.org/Quotation": "quotes",
}
_TYPES = " ".join(f"<{iri}>" for iri in _STAT_KEYS)
_Q_TYPES = f"""SELECT ?type (COUNT(DISTINCT ?x) AS ?n) WHERE {{
  VALUES ?type {{ {_TYPES} }} GRAPH ?g {{ ?x a ?type }} }} GROUP BY ?type"""
_BATCH = 500

QueryResult = QuerySolutions | QueryBoolean | Iterator[Triple]
Row = dict[str, str | None]


def graph_iri(article_id: str) -> NamedNode:
    """The article's graph name; the same IRI as ``kg.rdf.article_iri`` (both come from ``mint``).

    >>> graph_iri("000_abc").value
    'https://kg-project.org/id/article/000_abc'
    """
    return NamedNode(mint("article", article_id))


def one_line(error: object) -> str:
    """An exception's (or any object's) message on one line (parser messages can span several)."""
    return " ".join(str(error).split())


def plain(term) -> str | None:
    """A result term as a plain value: IRI string, literal lexical value, ``_:id`` or ``None`` when unbound."""
    if term is None:
        return None
    if isinstance(term, pyoxigraph.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, (NamedNode, pyoxigraph.Literal)):
        return term.value
    return str(term)


def replace_update(graph: NamedNode, quads: list[Quad]) -> str:
    """One SPARQL update that drops ``graph`` and inserts ``quads`` (applied as a single transaction)."""
    drop = f"DROP SILENT GRAPH {graph}"
    if not quads:
        return drop
    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    return f"{drop} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"


class Store(ABC):
    """A kg triple store. Subclasses provide :meth:`query`, :meth:`update` and :meth:`_write_dataset`."""

    def __init__(self, name: str, writable: bool):
        self.name = name
        self.writable = writable

    @abstractmethod
    def query(self, sparql: str, *, union: bool = False) -> QueryResult:
        """Run a SPARQL query; ``union`` makes the default graph the union of all graphs."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL update (one transaction)."""

    @abstractmethod
    def _write_dataset(self, out: IO[bytes], fmt: RdfFormat) -> None:
        """Serialise the whole dataset (all graphs) to ``out``."""

    def close(self) -> None:
        """Release the store; further calls fail."""

    def size_bytes(self) -> int | None:
        """Bytes used on disk, or None when the store has no directory of its own."""
        return None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type, *exc) -> None:
        try:
            self.close()
        except StoreError:
            if exc_type is None:
                raise
            log.debug("closing store %s after an error failed too", self.name, exc_info=True)  # keep the first

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name}{'' if self.writable else ' read-only'}>"

    def require_write(self) -> None:
        if not self.writable:
            raise StoreError(f"store {self.name} is open read-only; open it with write=True to change it")

    def select(self, sparql: str, *, union: bool = False) -> tuple[list[str], list[Row]]:
        """Column names and rows of plain values (see :func:`plain`) of a SELECT query."""
        result = self.query(sparql, union=union)
        if not isinstance(result, QuerySolutions):
            raise QueryError("expected a SELECT query")
        names = [v.value for v in result.variables]
        try:
            rows = [{name: plain(solution[name]) for name in names} for solution in result]
        except (OSError, RuntimeError, SyntaxError, ValueError) as e:
            raise StoreError(f"query failed on store {self.name}: {one_line(e)}") from e
        return names, rows

    def construct(self, sparql: str, *, union: bool = False) -> Iterator[Triple]:
        """The triples of a CONSTRUCT or DESCRIBE query, streamed."""
        result = self.query(sparql, union=union)
        if isinstance(result, (QuerySolutions, QueryBoolean)):
            raise QueryError("expected a CONSTRUCT or DESCRIBE query")
        return iter(result)

    def article_hash(self, article_id: str) -> str | None:
        """The content hash stored with the article, or None if the article is not in the store."""
        g = graph_iri(article_id)
        _, rows = self.select(_Q_HASH.format(g=g, kg=ONTOLOGY))
        return rows[0]["h"] if rows else None

    def article_ids(self) -> list[str]:
        """The ids of all articles in the store, sorted."""
        _, rows = self.select(_Q_IDS)
        return [row["id"] for row in rows if row["id"] is not None]

    def put_article(self, article_id: str, quads: Iterable[Quad]) -> None:
        """Atomically replace the article's graph with ``quads`` (which must all be in that graph)."""
        self.require_write()
        graph = graph_iri(article_id)
        quads = list(quads)
        for quad in quads:
            if quad.graph_name != graph:
                raise StoreError(f"quad {quad} is not in the graph of article {article_id!r}")
        self._replace_graph(graph, quads)

    def _replace_graph(self, graph: NamedNode, quads: list[Quad]) -> None:
        self.update(replace_update(graph, quads))

    def remove_articles(self, ids: Iterable[str]) -> list[str]:
        """Drop the articles' graphs; returns the ids that were in the store, in the order given."""
        self.require_write()
        ids = list(dict.fromkeys(ids))
        removed: list[str] = []
        for start in range(0, len(ids), _BATCH):
            existing = self._existing(ids[start : start + _BATCH])
            if existing:
                self.update(" ;\n".join(f"DROP SILENT GRAPH {graph_iri(i)}" for i in existing))
            removed += existing
        return removed

    def _existing(self, ids: list[str]) -> list[str]:
        if not ids:
            return []
        graphs = " ".join(str(graph_iri(i)) for i in ids)
        _, rows = self.select(_Q_EXISTING.format(graphs=graphs))
        found = {row["g"] for row in rows}
        return [i for i in ids if graph_iri(i).value in found]

    def stats(self) -> dict:
        """Counts of articles, persons, events, topics, quotes and quads (``triples``), and ``size_bytes``."""
        counts = dict.fromkeys(_STAT_KEYS.values(), 0)
        for row in self.select(_Q_TYPES)[1]:
            counts[_STAT_KEYS[row["type"]]] = int(row["n"] or 0)
        counts["triples"] = int(self.select(_Q_QUADS)[1][0]["n"] or 0)
        counts["size_bytes"] = self.size_bytes()
        return counts

    def dump(self, out: str | os.PathLike, fmt: str) -> None:
        """Write the article graphs' union (turtle, ntriples, jsonld) or the whole dataset (trig, nquads).

        The file is written next to ``out`` under a temporary name and renamed at the end, so a failed dump
        leaves no file behind; a name ending in ``.gz`` is gzip-compressed.
        """
        fmt = fmt.lower()
        if fmt in TRIPLE_FORMATS:
            rdf_format = TRIPLE_FORMATS[fmt]

            def writer(f: IO[bytes]) -> None:
                pyoxigraph.serialize(self.construct(UNION_CONSTRUCT), f, rdf_format, prefixes=PREFIXES)

        elif fmt in DATASET_FORMATS:

            def writer(f: IO[bytes]) -> None:
                self._write_dataset(f, DATASET_FORMATS[fmt])

        else:
            known = ", ".join([*TRIPLE_FORMATS, *DATASET_FORMATS])
            raise ExportError(f"unknown dump format {fmt!r}; use one of {known}")
        write_atomically(Path(out), writer)


def write_atomically(path: Path, writer: Callable[[IO[bytes]], None]) -> None:
    """Call ``writer`` on a temporary file next to ``path`` (gzip if ``.gz``), then rename it to ``path``."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise ExportError(f"cannot create the directory of {path}: {one_line(e)}") from e
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    try:
        with open(tmp, "xb") as raw:
            if path.name.endswith(".gz"):
                with gzip.GzipFile(path.name[:-3], "wb", 6, raw, mtime=0) as zipped:
                    writer(zipped)
            else:
                writer(raw)
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {one_line(e)}") from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def open_store(spec: str | None = None, *, write: bool = False, wait: float = 0.0) -> Store:
    """Open the store named by ``spec`` (see the module docstring); ``write`` takes the write lock."""
    if spec is None:
        spec = DEFAULT_PATH
    if spec == "memory":
        from kg.localstore import LocalStore  # kg.localstore subclasses Store, so it is imported on demand

        return LocalStore(pyoxigraph.Store(), "memory", writable=write)
    if spec.startswith(("http://", "https://")):
        from kg.remote import RemoteStore  # kg.remote subclasses Store, so it is imported on demand

        return RemoteStore.open(spec, write=write)
    if "://" in spec:
        raise StoreError(f"unsupported store {spec!r}: use a directory, 'memory' or an http(s):// URL")
    from kg.localstore import open_reader, open_writer

    path = Path(spec).expanduser()
    return open_writer(path, spec, wait) if write else open_reader(path, spec)

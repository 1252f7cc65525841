"""The store's common part: :class:`Store`, the backend-neutral base class, and the helpers backends share.

See :mod:`kg.store` for how a store is opened; backends are :mod:`kg.store.local` and :mod:`kg.store.remote`.
"""

from __future__ import annotations

import gzip
import logging
import os
import re
import secrets
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypedDict, cast

import pyoxigraph
from pyoxigraph import NamedNode, Quad, QueryBoolean, QuerySolutions, RdfFormat, Triple

from kg.errors import ExportError, QueryError, StoreError, reason
from kg.sparql import bind, internal
from kg.vocab import DATA, ONTOLOGY, mint

# The triple that holds an article's content hash (kg.store.local reads it by pattern, kg.store.remote writes it last)
CONTENT_HASH = NamedNode(ONTOLOGY + "contentHash")

if TYPE_CHECKING:
    from kg.curation import Curation

log = logging.getLogger(__name__)

_USERINFO = re.compile(r"(?<=://)[^@\s]*@")  # user:password@ (a password holding "/" too)

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

_STAT_KEYS = {
    "http://schema.org/NewsArticle": "articles",
    "http://schema.org/Person": "persons",
    "http://schema.org/Event": "events",
    ONTOLOGY + "Topic": "topics",
    "http://schema.org/Quotation": "quotes",
}
_BATCH = 500

QueryResult = QuerySolutions | QueryBoolean | Iterator[Triple]
Row = dict[str, str | None]
"""A result row: column name → plain value (see :func:`plain`)."""


class StoreStats(TypedDict):
    """What :meth:`Store.stats` counts (``triples`` counts the quads of the article graphs)."""

    articles: int
    persons: int
    events: int
    topics: int
    quotes: int
    triples: int
    size_bytes: int | None




def union_construct() -> str:
    """The CONSTRUCT of the union of the article graphs (what Turtle, N-Triples and JSON-LD dumps hold)."""
    return bind(internal("union_construct"), {"prefix": ARTICLE_PREFIX})


def graph_iri(article_id: str) -> NamedNode:
    """The article's graph name; the same IRI as ``kg.rdf.article_iri`` (both come from ``mint``).

    >>> graph_iri("000_abc").value
    'https://kg-project.org/id/article/000_abc'
    """
    return NamedNode(mint("article", article_id))


def one_line(error: object) -> str:
    """An exception's (or any object's) message on one line (parser messages can span several)."""
    return " ".join(str(error).split())


def redact(spec: str) -> str:
    """A store spec or URL fit for messages and logs: any ``USER:PASSWORD@`` after a ``://`` is hidden.

    >>> redact("http://dba:s3cret@127.0.0.1:8890/sparql?update=https://u:p@h/x"), redact(".kg")
    ('http://***@127.0.0.1:8890/sparql?update=https://***@h/x', '.kg')
    """
    return _USERINFO.sub("***@", spec)


def plain(term: object) -> str | None:
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
        self._curation: Curation | None = None

    @abstractmethod
    def query(self, sparql: str, *, union: bool = False) -> QueryResult:
        """Run a SPARQL query; ``union`` makes the default graph the union of all graphs."""

    @abstractmethod
    def update(self, sparql: str) -> None:
        """Run a SPARQL update (one transaction)."""

    @abstractmethod
    def _write_dataset(self, out: IO[bytes], fmt: RdfFormat) -> None:
        """Serialise the whole dataset (all graphs) to ``out``."""

    def close(self) -> None:  # noqa: B027 (a hook: a backend holding nothing need not override it)
        """Release the store; further calls fail."""

    def size_bytes(self) -> int | None:
        """Bytes used on disk, or None when the store has no directory of its own."""
        return None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
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
        _, rows = self.select(bind(internal("article_hash"), {"graph": graph_iri(article_id)}))
        return rows[0]["h"] if rows else None

    def article_ids(self) -> list[str]:
        """The ids of all articles in the store, sorted."""
        _, rows = self.select(internal("article_ids"))
        return [row["id"] for row in rows if row["id"] is not None]

    def put_article(self, article_id: str, quads: Iterable[Quad]) -> None:
        """Atomically replace the article's graph with ``quads`` (which must all be in that graph)."""
        self.require_write()
        graph = graph_iri(article_id)
        quads = list(quads)
        for quad in quads:
            if quad.graph_name != graph:
                raise StoreError(f"quad {quad} is not in the graph of article {article_id!r}")
        self._replace_graph(graph, self._curated(quads))

    def curation(self) -> Curation:
        """The curators' merge and alias decisions (a :class:`kg.curation.Curation`), read once per open."""
        curation: Curation | None = getattr(self, "_curation", None)
        if curation is None:
            from kg.curation import load_curation

            curation = self._curation = load_curation(self)
        return curation

    def forget_curation(self) -> None:
        """Read the decisions again at the next write (after a new decision)."""
        self._curation = None

    def _curated(self, quads: list[Quad]) -> list[Quad]:
        return self.curation().rewrite(quads)

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
        _, rows = self.select(bind(internal("existing_graphs"), {"graphs": [graph_iri(i) for i in ids]}))
        found = {row["g"] for row in rows}
        return [i for i in ids if graph_iri(i).value in found]

    def stats(self) -> StoreStats:
        """Counts of articles, persons, events, topics, quotes and quads (``triples``), and ``size_bytes``."""
        counts = dict.fromkeys(_STAT_KEYS.values(), 0)
        types = [NamedNode(iri) for iri in _STAT_KEYS]
        for row in self.select(bind(internal("type_counts"), {"types": types}))[1]:
            counts[_STAT_KEYS[str(row["type"])]] = int(row["n"] or 0)
        triples = int(self.select(bind(internal("quad_count"), {"prefix": ARTICLE_PREFIX}))[1][0]["n"] or 0)
        return StoreStats(articles=counts["articles"], persons=counts["persons"], events=counts["events"],
                          topics=counts["topics"], quotes=counts["quotes"], triples=triples,
                          size_bytes=self.size_bytes())

    def dump(self, out: str | os.PathLike[str], fmt: str) -> None:
        """Write the article graphs' union (turtle, ntriples, jsonld) or the whole dataset (trig, nquads).

        The file is written next to ``out`` under a temporary name and renamed at the end, so a failed dump
        leaves no file behind; a name ending in ``.gz`` is gzip-compressed.
        """
        fmt = fmt.lower()
        if fmt in TRIPLE_FORMATS:
            rdf_format = TRIPLE_FORMATS[fmt]

            def writer(f: IO[bytes]) -> None:
                pyoxigraph.serialize(self.construct(union_construct()), f, rdf_format, prefixes=PREFIXES)

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
        raise ExportError(f"cannot create the directory of {path}: {reason(e)}") from e
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.part")
    try:
        with open(tmp, "xb") as raw:
            if path.name.endswith(".gz"):
                with gzip.GzipFile(path.name[:-3], "wb", 6, raw, mtime=0) as zipped:
                    writer(cast(IO[bytes], zipped))
            else:
                writer(raw)
        os.replace(tmp, path)
    except OSError as e:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"cannot write {path}: {reason(e)}") from e
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


"""The Python API for notebooks: ``import kg; store = kg.open(".kg")``.

>>> import kg
>>> store = kg.open("memory")
>>> store.query("roles").columns
('person', 'role', 'country', 'country_code', 'article', 'status')
>>> store.to_networkx().number_of_nodes()
0
>>> store.close()
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import StoreError

if TYPE_CHECKING:  # for the annotations only: kg.store is imported when a store is opened
    from kg.store import StoreStats


class KnowledgeGraph:
    """A kg store opened for analysis. Use it as a context manager or call :meth:`close`."""

    def __init__(self, spec: str | None = None, *, write: bool = False, wait: float = 0.0):
        from kg.store import open_store

        self.spec = spec or ".kg"
        self._store = open_store(spec, write=write or spec == "memory", wait=wait)

    def __enter__(self) -> KnowledgeGraph:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<kg.KnowledgeGraph {self.spec}>"

    def close(self) -> None:
        self._store.close()

    @property
    def store(self):
        """The underlying :class:`kg.store.Store` (SPARQL ``select``, ``construct``, ``update``)."""
        return self._store

    def query(self, name: str, **params: str | None):
        """Run a named query (``queries/NAME.rq``), a ``.rq`` file or SPARQL text; keyword arguments bind
        ``$name`` variables (``None`` binds nothing: ``person=None`` is no person, not the text "None"). Returns a
        :class:`kg.query.Result` (``.rows``, ``.columns``, ``.to_csv()``, ``.to_pandas()``)."""
        from kg.errors import MissingParameterError
        from kg.query import run

        try:
            return run(self._store, name, {k: str(v) for k, v in params.items() if v is not None})
        except MissingParameterError as e:  # the CLI's message names --param; here it is a keyword argument
            raise MissingParameterError(e.name, f"store.query({name!r}) needs {e.name}=VALUE: "
                                               f"store.query({name!r}, {e.name}=…)") from None

    def build(self, *inputs: str | os.PathLike, date: str | None = None, workers: int = 1, **options):
        """Extract ``inputs`` (files or directories) into this store (opened with ``write=True``, or memory); when not
        one of them exists, :class:`kg.errors.InputError` (a missing one beside others is a skipped input)."""
        from kg.ingest import parse_date, require_an_input
        from kg.pipeline import BuildOptions
        from kg.pipeline import build as run_build

        self._store.require_write()
        paths = [str(p) for p in inputs]
        require_an_input(paths)
        built = BuildOptions(date=parse_date(date, "date") if date else None, workers=workers, **options)
        return run_build(paths, self._store, built)

    def stats(self) -> StoreStats:
        """What ``kg stats`` prints: articles, persons, events, topics, quotes, ``triples`` (the triples of every
        article graph: a triple two articles state counts twice) and ``size_bytes`` (``None`` when unknown)."""
        return self._store.stats()

    def to_networkx(self, view: str = "people"):
        """The meeting network (``people``: persons with ``label``, ``country``, ``role``; edges weighted by
        meetings), the ``countries`` network (meetings and calls of office holders), the ``plover`` network
        (political events, directed, scored), or the ``full`` Gephi projection, as a NetworkX graph."""
        from kg import views
        from kg.analysis import project

        if view not in views.VIEWS:
            raise StoreError(f"unknown view {view!r}; use one of {', '.join(views.VIEWS)}")
        return project(self._store) if view == "full" else getattr(views, view)(self._store)

    def to_rdflib(self):
        """The whole dataset (one named graph per article, plus the curation graph) as an ``rdflib.Dataset``.

        ``len()`` of it counts the distinct triples of all its graphs; ``kg stats`` (:meth:`stats`) counts every
        article graph's triples: ``sum(len(g) for g in dataset.graphs())`` without the curation graph.
        """
        import rdflib

        with tempfile.TemporaryDirectory(prefix="kg-") as folder:
            path = Path(folder) / "kg.nq"
            self._store.dump(path, "nquads")
            dataset = rdflib.Dataset()
            dataset.parse(path, format="nquads")
        return dataset

    def review(self) -> list[dict]:
        """Likely duplicate persons (see ``kg review``)."""
        from kg.curation import review

        return review(self._store)

    def merge(self, person_a: str, person_b: str, by: str | None = None) -> dict:
        """Record that ``person_b`` is ``person_a`` (see ``kg merge``)."""
        return self._curate("merge", person_a, person_b, by)

    def alias(self, name: str, person: str, by: str | None = None) -> dict:
        """Record that ``name`` names ``person`` (see ``kg alias``)."""
        return self._curate("alias", person, name, by)

    def _curate(self, kind: str, target: str, other: str, by: str | None) -> dict:
        import getpass

        from kg.curation import curate

        by = by or os.environ.get("USER") or getpass.getuser()
        return curate(self._store, kind, target, other, by)

    def articles(self) -> list[str]:
        return self._store.article_ids()


def open(spec: str | None = ".kg", *, write: bool = False, wait: float = 0.0) -> KnowledgeGraph:  # noqa: A001
    """Open a store: a directory (default ``.kg``), ``"memory"`` (empty, writable) or an ``http(s)://`` SPARQL
    endpoint. ``write=True`` takes the store's write lock (for :meth:`KnowledgeGraph.build` and curation)."""
    return KnowledgeGraph(spec, write=write, wait=wait)

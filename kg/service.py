"""One library call per CLI command: open the store, do the work, close the store.

Everything here raises :class:`kg.errors.KGError` subclasses; the CLI formats them.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from kg.errors import InputError
from kg.ingest import parse_date

log = logging.getLogger(__name__)

EXPORT_FILES = (("turtle", "kg.ttl"), ("graphml", "kg.graphml"), ("gexf", "kg.gexf"))


def _open(store_spec: str | None, write: bool = False, wait: float = 0.0):
    from kg.store import open_store

    return open_store(store_spec, write=write, wait=wait)


def build(inputs: Iterable[str], *, store_spec: str | None = None, out_dir: str | None = None,
          model: str | None = None, date: str | None = None, actors: tuple[str, ...] = (),
          workers: int | None = None, batch_size: int = 32, cluster: str | None = None, wait: float = 0.0,
          on_start: Callable[[int], None] | None = None, on_article: Callable[[float], None] | None = None):
    """Build into the store, then write the exports when ``out_dir`` is given.

    ``workers`` defaults to the number of cores; ``cluster`` is ``local`` or a dask scheduler address.
    ``on_start`` gets the (upper bound of the) number of articles before the build, ``on_article`` the rate
    in articles per second after each article.
    """
    from kg.ingest import count_articles

    inputs = list(inputs)
    when = parse_date(date, "--date") if date else None
    for path in actors:
        if not Path(path).is_file():
            raise InputError(f"--actors {path}: no such file")
    seen = [0]

    def progress(_facts) -> None:
        seen[0] += 1
        if on_article:
            on_article(seen[0] / max(time.perf_counter() - started, 1e-6))

    log.debug("opening store %s for writing (waiting up to %g s for its lock)", store_spec or ".kg", wait)
    with _open(store_spec, write=True, wait=wait) as store:
        from kg.pipeline import BuildOptions, default_workers  # spaCy is imported once the lock is held
        from kg.pipeline import build as run_build

        options = BuildOptions(model=model, date=when, actors=tuple(actors), workers=workers or default_workers(),
                               batch_size=max(batch_size, 1), cluster=cluster or None)
        if on_start:
            on_start(count_articles(inputs))
        started = time.perf_counter()
        report = run_build(inputs, store, options, progress)
        if out_dir:
            write_exports(store, Path(out_dir))
    return report


def write_exports(store, out_dir: Path) -> list[Path]:
    """Turtle, GraphML and GEXF of the whole store into ``out_dir``."""
    from kg.export import export as run_export

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt, name in EXPORT_FILES:
        run_export(store, fmt, out_dir / name)
        written.append(out_dir / name)
    return written


def query(spec: str, *, store_spec: str | None = None, params: dict[str, str] | None = None):
    from kg.query import run

    with _open(store_spec) as store:
        return run(store, spec, params)


def analyse(*, store_spec: str | None = None, top: int = 10):
    from kg.analysis import analyse as run_analysis

    with _open(store_spec) as store:
        return run_analysis(store, top=top)


def export(fmt: str, out_file: str, *, store_spec: str | None = None) -> None:
    from kg.export import export as run_export

    with _open(store_spec) as store:
        run_export(store, fmt, Path(out_file))


def stats(*, store_spec: str | None = None) -> dict:
    with _open(store_spec) as store:
        return store.stats()


def remove(ids: Iterable[str], *, store_spec: str | None = None, wait: float = 0.0) -> list[str]:
    with _open(store_spec, write=True, wait=wait) as store:
        return store.remove_articles(list(ids))


def evaluate(gold: str, *, inputs: Iterable[str] = (), store_spec: str | None = None, per_article: bool = False,
             model: str | None = None):
    """Score the store (or a fresh in-memory build of ``inputs``, gold articles only) against gold files."""
    from kg import evaluate as ev
    from kg.ingest import read_inputs
    from kg.model import Article
    from kg.pipeline import BuildOptions, extract_stream
    from kg.query import run
    from kg.rdf import article_quads

    gold_facts = ev.load_gold(gold)
    inputs = list(inputs)
    with _open("memory" if inputs else store_spec, write=bool(inputs)) as store:
        if inputs:
            wanted = (a for a in read_inputs(inputs) if isinstance(a, Article) and a.id in gold_facts)
            for facts in extract_stream(wanted, BuildOptions(model=model)):
                store.put_article(facts.article.id, article_quads(facts))
        rows = {name: list(run(store, name).rows) for name in ev.QUERIES}
    return ev.score(gold_facts, ev.predictions_from_rows(rows), per_article=per_article)


def serve(*, store_spec: str | None = None, port: int = 7879, host: str = "127.0.0.1", limits=None) -> None:
    from kg.serve import serve as run_server

    with _open(store_spec) as store:
        run_server(store, host, port, limits=limits)



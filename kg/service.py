"""One library call per CLI command: open the store, do the work, close the store.

Everything here raises :class:`kg.errors.KGError` subclasses; the CLI formats them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import logging
import os
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.gold import Report
from kg.ingest import parse_date
from kg.store import Store, StoreStats, open_store, redact

if TYPE_CHECKING:
    from kg.analysis import AnalysisReport
    from kg.dyads import DyadReport
    from kg.pipeline import BuildReport
    from kg.query import Result
    from kg.serve import Limits
    from kg.sparql import Value

log = logging.getLogger(__name__)

EXPORT_FILES = (("turtle", "kg.ttl"), ("graphml", "kg.graphml"), ("gexf", "kg.gexf"))


def _open(store_spec: str | None, write: bool = False, wait: float = 0.0) -> Store:
    return open_store(store_spec, write=write, wait=wait)


def build(inputs: Iterable[str], *, store_spec: str | None = None, out_dir: str | None = None,
          model: str | None = None, date: str | None = None, actors: tuple[str, ...] = (),
          workers: int | None = None, batch_size: int = 32, cluster: str | None = None, wait: float = 0.0,
          resources: tuple[str, ...] = (),
          on_start: Callable[[int], None] | None = None,
          on_article: Callable[[float], None] | None = None) -> BuildReport:
    """Build into the store, then write the exports when ``out_dir`` is given.

    ``resources`` are overlay directories of lexicon rows and patterns (:func:`kg.lexicon.use_resources`).
    ``workers`` defaults to :func:`kg.pipeline.default_workers` (the idle CPUs available); ``cluster`` is
    ``local`` or a dask scheduler address.
    ``on_start`` gets the (upper bound of the) number of articles before the build, ``on_article`` the rate
    in articles per second after each article.
    """
    from kg.ingest import count_articles

    inputs = list(inputs)
    when = _check_build_inputs(inputs, date, actors, resources)
    seen = [0]

    def progress(_facts: object) -> None:
        seen[0] += 1
        if on_article:
            on_article(seen[0] / max(time.perf_counter() - started, 1e-6))

    log.debug("opening store %s for writing (waiting up to %g s for its lock)", redact(store_spec or ".kg"), wait)
    with _open(store_spec, write=True, wait=wait) as store:
        from kg.pipeline import BuildOptions, default_workers  # spaCy is imported once the lock is held
        from kg.pipeline import build as run_build

        options = BuildOptions(model=model, date=when, actors=tuple(actors), workers=workers or default_workers(),
                               batch_size=max(batch_size, 1), cluster=cluster or None,
                               resources=tuple(str(Path(r).resolve()) for r in resources))
        if on_start:
            on_start(count_articles(inputs))
        started = time.perf_counter()
        report = run_build(inputs, store, options, progress)
        if out_dir:
            write_exports(store, Path(out_dir))
    return report


def _check_build_inputs(inputs: list[str], date: str | None, actors: tuple[str, ...],
                        resources: tuple[str, ...]) -> dt.date | None:
    """Refuse a build without inputs or with a missing actors file, load the overlays; the --date given."""
    from kg.ingest import require_an_input

    require_an_input(inputs)
    when = parse_date(date, "--date") if date else None
    for path in actors:
        if not Path(path).is_file():
            raise InputError(f"--actors {path}: no such file")
    if resources:
        from kg.lexicon import use_resources

        use_resources(resources)
    return when


def write_exports(store: Store, out_dir: Path) -> list[Path]:
    """Turtle, GraphML and GEXF of the whole store into ``out_dir``."""
    from kg.export import export as run_export

    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt, name in EXPORT_FILES:
        run_export(store, fmt, out_dir / name)
        written.append(out_dir / name)
    return written


def query(spec: str, *, store_spec: str | None = None, params: Mapping[str, Value] | None = None,
          as_of: str | None = None) -> Result:
    """Run a query; ``as_of`` (YYYY-MM-DD) binds ``$date``, and ``roles`` as of a date is ``who_held``."""
    from kg.query import run, with_as_of

    if as_of is not None:
        date = parse_date(as_of, "--as-of")
        if date is None:
            raise InputError("--as-of: invalid date '' (expected YYYY-MM-DD)")
        spec, params = with_as_of(spec, params or {}, date.isoformat())
    with _open(store_spec) as store:
        return run(store, spec, params)


def analyse(*, store_spec: str | None = None, top: int = 10) -> AnalysisReport:
    from kg.analysis import analyse as run_analysis

    with _open(store_spec) as store:
        return run_analysis(store, top=top)


def export(fmt: str, out_file: str, *, store_spec: str | None = None, view: str = "full") -> None:
    from kg.export import export as run_export

    with _open(store_spec) as store:
        run_export(store, fmt, Path(out_file), view=view)


def dyads(*, store_spec: str | None = None) -> DyadReport:
    """The cooperation–conflict series of political events per country pair and month."""
    from kg.dyads import dyad_series

    with _open(store_spec) as store:
        return dyad_series(store)


def export_dynamic(fmt: str, out_file: str, *, store_spec: str | None = None) -> None:
    """The country network of political events as dynamic GEXF (edge spells by month)."""
    from kg.gexf_dynamic import export_dynamic as run_export

    with _open(store_spec) as store:
        run_export(store, fmt, Path(out_file))


def stats(*, store_spec: str | None = None) -> StoreStats:
    with _open(store_spec) as store:
        return store.stats()


def remove(ids: Iterable[str], *, store_spec: str | None = None, wait: float = 0.0) -> list[str]:
    with _open(store_spec, write=True, wait=wait) as store:
        return store.remove_articles(list(ids))


def evaluate(gold: str, *, inputs: Iterable[str] = (), store_spec: str | None = None, per_article: bool = False,
             model: str | None = None) -> Report:
    """Score the store (or a fresh in-memory build of ``inputs``, gold articles only) against gold files.

    The build is :func:`kg.pipeline.build` with an article filter, so bad inputs are in the report's
    ``skipped`` lines, as a build reports them.
    """
    from kg import evaluate as ev
    from kg.pipeline import BuildOptions
    from kg.pipeline import build as run_build
    from kg.query import run

    gold_facts = ev.load_gold(gold)
    inputs = list(inputs)
    skipped: tuple[str, ...] = ()
    with _open("memory" if inputs else store_spec, write=bool(inputs)) as store:
        if inputs:
            built = run_build(inputs, store, BuildOptions(model=model), select=lambda a: a.id in gold_facts)
            skipped = tuple(str(problem) for problem in built.problems)
        rows = {name: list(run(store, name).rows) for name in ev.queries()}
    report = ev.score(gold_facts, ev.predictions_from_rows(rows), per_article=per_article)
    return dataclasses.replace(report, skipped=skipped)


def serve(*, store_spec: str | None = None, port: int = 7879, host: str = "127.0.0.1",
          limits: Limits | None = None, on_ready: Callable[[], None] | None = None) -> None:
    from kg.serve import serve as run_server

    with _open(store_spec) as store:
        run_server(store, host, port, limits=limits, on_ready=on_ready)




def review(*, store_spec: str | None = None) -> list[dict[str, str | int]]:
    """Likely duplicate persons (same surname and country, different IRIs); see :mod:`kg.curation`."""
    from kg.curation import review as run_review

    with _open(store_spec) as store:
        return run_review(store)


def curate(kind: str, target: str, other: str, *, by: str | None = None, store_spec: str | None = None,
           wait: float = 0.0) -> dict[str, str | int]:
    """``merge`` (``other`` is a duplicate of ``target``) or ``alias`` (the name ``other`` names ``target``)."""
    import getpass

    from kg.curation import curate as decide

    by = by or os.environ.get("USER") or getpass.getuser()
    with _open(store_spec, write=True, wait=wait) as store:
        return decide(store, kind, target, other, by)


def plot(kind: str, out_file: str, *, store_spec: str | None = None, top: int = 40) -> Path:
    """Draw the leader network, the meetings per month or the dyad series into a PNG/SVG/PDF file."""
    from kg import plots

    with _open(store_spec) as store:
        return plots.plot(store, kind, Path(out_file), top=top)


def report(out_file: str, *, store_spec: str | None = None, title: str = "kg report") -> dict[str, int]:
    from kg.report import write_report

    with _open(store_spec) as store:
        return write_report(store, Path(out_file), title)

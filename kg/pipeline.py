"""The build: inputs → articles → spaCy → facts → quads → store, streaming.

Articles whose content hash is already in the store are skipped before any NLP. The NLP/relation stage runs
in this process (``workers=1``, or input smaller than one batch), in ``workers`` spawned worker processes, or
on a dask.distributed cluster (``cluster``, see :mod:`kg.cluster`); each worker loads the model once and only
plain facts come back. At most ``2 × workers`` batches are in flight, so memory stays bounded whatever the
input size. The store is written by this process alone, one article per transaction.

Memory: batches are bounded by characters (``batch_chars``) as well as by articles (``batch_size``), and
articles longer than ``chunk_chars`` are parsed in pieces (see :mod:`kg.nlp`), because spaCy's peak memory
grows with the characters it parses at once. spaCy and the rules are imported only where they run, so with
worker processes this process holds the store and no model.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from kg.batching import BATCH_CHARS, BATCH_TEXTS, CHUNK_CHARS, batched
from kg.errors import KGError, WorkerError
from kg.ingest import InputProblem, read_inputs
from kg.model import Article, ArticleFacts
from kg.rdf import article_quads

log = logging.getLogger(__name__)


def default_workers() -> int:
    """The number of cores: the default of ``kg build --workers``."""
    return os.cpu_count() or 1


@dataclass(frozen=True)
class BuildOptions:
    model: str | None = None
    date: dt.date | None = None
    actors: tuple[str, ...] = ()
    workers: int = 1
    batch_size: int = BATCH_TEXTS  # articles per batch (and texts per nlp.pipe batch)
    batch_chars: int | None = BATCH_CHARS  # characters per batch; None: no bound
    chunk_chars: int | None = CHUNK_CHARS  # longer articles are parsed in pieces; None: never
    cluster: str | None = None  # "local" or a dask scheduler address such as tcp://host:8786
    resources: tuple[str, ...] = ()  # overlay directories of lexicon rows and patterns


@dataclass
class BuildReport:
    """What a build did (filled while it runs)."""

    articles: int = 0
    unchanged: int = 0
    facts: int = 0
    triples: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict:
        return {"articles": self.articles, "unchanged": self.unchanged, "facts": self.facts,
                "triples": self.triples, "skipped": len(self.problems), "seconds": round(self.seconds, 2),
                "problems": [str(p) for p in self.problems]}


class Extractor:
    """The NLP + relation stage for a stream of articles (one model, loaded once)."""

    def __init__(self, options: BuildOptions, actors=None):
        from kg.actors import load_actors
        from kg.lexicon import use_resources
        from kg.nlp import build_pipeline

        if options.resources:
            use_resources(options.resources)  # also in worker processes and on cluster workers
        self.nlp = build_pipeline(options.model)
        self.actors = actors if actors is not None else load_actors(options.actors)
        self.options = options

    def run(self, articles: Iterable[Article]) -> Iterator[ArticleFacts]:
        from kg.extract import extract
        from kg.nlp import parse

        o = self.options
        for doc, article in parse(self.nlp, articles, o.batch_size, o.batch_chars, o.chunk_chars):
            yield extract(doc, article, self.actors)


_WORKER: Extractor | KGError | None = None


def _init_worker(options: BuildOptions) -> None:
    """Worker-process initializer: load the model once (a failure is raised by the first task instead)."""
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops the pool
    watch_parent(os.getppid())
    try:
        _WORKER = Extractor(options)
    except KGError as e:
        _WORKER = e


def _work(batch: list[Article]) -> list[ArticleFacts]:
    if isinstance(_WORKER, KGError):
        raise _WORKER
    assert _WORKER is not None
    return list(_WORKER.run(batch))


def watch_parent(parent: int, interval: float = 1.0) -> None:
    """Exit this (worker) process soon after ``parent`` dies, e.g. when a build is killed."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


def extract_stream(articles: Iterable[Article], options: BuildOptions) -> Iterator[ArticleFacts]:
    """Facts for each article, in input order: on a dask cluster, in worker processes or in this process."""
    if options.cluster:
        from kg.cluster import extract_on_cluster

        yield from extract_on_cluster(articles, options)
        return
    batches = article_batches(articles, options)
    first = next(batches, [])
    second = next(batches, None) if options.workers > 1 else None
    if second is None:  # one worker, or one batch: a pool would only add start-up
        yield from Extractor(options).run(itertools.chain(first, itertools.chain.from_iterable(batches)))
        return
    yield from _pool_stream(itertools.chain([first, second], batches), options)


def article_batches(articles: Iterable[Article], options: BuildOptions) -> Iterator[list[Article]]:
    """Batches of up to ``batch_size`` articles and ``batch_chars`` characters of text."""
    return batched(articles, options.batch_size, options.batch_chars, chars=lambda a: len(a.text))


def _pool_stream(batches: Iterator[list[Article]], options: BuildOptions) -> Iterator[ArticleFacts]:
    """Batches through spawned worker processes (spawned, not forked: they must not inherit the store lock)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(options.workers, mp_context=context, initializer=_init_worker,
                             initargs=(options,)) as pool:
        pending: deque = deque()
        try:
            for batch in batches:
                pending.append(pool.submit(_work, batch))
                if len(pending) >= options.workers * 2:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BrokenProcessPool as e:
            raise WorkerError(f"an NLP worker process died ({e}); run again (stored articles are kept)") from e
        finally:
            for future in pending:
                future.cancel()


def build(inputs: Iterable[str], store, options: BuildOptions,
          progress: Callable[[ArticleFacts | None], None] | None = None) -> BuildReport:
    """Build (or update) the KG in ``store`` from input paths."""
    report = BuildReport()
    started = time.perf_counter()

    def fresh() -> Iterator[Article]:
        for item in read_inputs(inputs, options.date):
            if isinstance(item, InputProblem):
                log.warning("%s", item)
                report.problems.append(item)
            elif store.article_hash(item.id) == item.content_hash:
                report.unchanged += 1
                if progress:
                    progress(None)
            else:
                yield item

    for facts in extract_stream(fresh(), options):
        quads = article_quads(facts)
        store.put_article(facts.article.id, quads)
        log.debug("stored article %s (%d quads)", facts.article.id, len(quads))
        report.articles += 1
        report.facts += facts.count
        report.triples += len(quads)
        if progress:
            progress(facts)
    report.seconds = time.perf_counter() - started
    return report

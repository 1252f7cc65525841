"""The build: inputs → articles → spaCy → facts → quads → store, streaming.

Articles whose content hash is already in the store are skipped before any NLP. The NLP/relation stage runs
in this process (``workers=1``, or input smaller than one batch), in ``workers`` spawned worker processes, or
on a dask.distributed cluster (``cluster``, see :mod:`kg.cluster`); each worker loads the model once and only
plain facts come back. At most ``2 × workers`` batches are in flight, so memory stays bounded whatever the
input size. The store is written by this process alone, one article per transaction.

The stage itself (options, batches, :class:`~kg.extractor.Extractor`) is :mod:`kg.extractor`, shared with
:mod:`kg.cluster`; this module imports both and neither imports it. Worker processes run :mod:`kg.worker`, which
imports the stage alone.

Memory: batches are bounded by characters (``batch_chars``) as well as by articles (``batch_size``), and
articles longer than ``chunk_chars`` are parsed in pieces (see :mod:`kg.nlp`), because spaCy's peak memory
grows with the characters it parses at once. spaCy and the rules are imported only where they run, so with
worker processes this process holds the store and no model.
"""

from __future__ import annotations

import itertools
import logging
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from kg import cluster
from kg.errors import WorkerError
from kg.extractor import BuildOptions, Extractor, article_batches
from kg.gctune import fewer_collections
from kg.ingest import InputProblem, read_inputs
from kg.model import Article, ArticleFacts
from kg.rdf import article_quads
from kg.store.base import Store
from kg.worker import init_worker, work

log = logging.getLogger(__name__)
CPU_QUOTA = "/sys/fs/cgroup/cpu.max"  # cgroup v2: "QUOTA PERIOD" in microseconds, or "max PERIOD"


def available_cpus() -> int:
    """The CPUs this process may run on: its affinity mask (``taskset``, a container's cpuset), capped by a cgroup
    v2 CPU quota (``docker --cpus``), rounded up."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        cpus = os.cpu_count() or 1
    try:
        with open(CPU_QUOTA, encoding="ascii") as fh:
            quota, period = fh.read().split()[:2]
        if quota != "max":
            cpus = min(cpus, -(-int(quota) // int(period)))
    except (OSError, ValueError):
        pass
    return max(cpus, 1)


def default_workers() -> int:
    """The default of ``kg build --workers``: the available CPUs that other processes leave idle, at least 1.

    The machine's 1-minute load average, in proportion to the available share of its cores, is taken as busy:
    a worker per core on a machine whose cores are busy makes a build slower than one worker (each worker loads
    the model and waits for a core; "Scaling" in the README has the measurements).
    """
    cpus = available_cpus()
    try:
        busy = os.getloadavg()[0] * cpus / (os.cpu_count() or cpus)
    except (AttributeError, OSError):  # no load average on this system
        busy = 0.0
    return max(1, min(cpus, round(cpus - busy)))


@dataclass
class BuildReport:
    """What a build did (filled while it runs)."""

    articles: int = 0
    unchanged: int = 0
    facts: int = 0
    triples: int = 0
    problems: list[InputProblem] = field(default_factory=list)
    seconds: float = 0.0

    def to_dict(self) -> dict[str, object]:
        return {"articles": self.articles, "unchanged": self.unchanged, "facts": self.facts,
                "triples": self.triples, "skipped": len(self.problems), "seconds": round(self.seconds, 2),
                "problems": [str(p) for p in self.problems]}


def extract_stream(articles: Iterable[Article], options: BuildOptions) -> Iterator[ArticleFacts]:
    """Facts for each article, in input order: on a dask cluster, in worker processes or in this process.
    Nothing to extract (no input, or every article unchanged) loads no model and starts no worker."""
    articles = iter(articles)
    head = next(articles, None)
    if head is None:
        return
    articles = itertools.chain([head], articles)
    if options.cluster:
        yield from cluster.extract_on_cluster(articles, options)
        return
    batches = article_batches(articles, options)
    first = next(batches, [])
    second = next(batches, None) if options.workers > 1 else None
    if second is None:  # one worker, or one batch: a pool would only add start-up
        yield from Extractor(options).run(itertools.chain(first, itertools.chain.from_iterable(batches)))
        return
    yield from _pool_stream(itertools.chain([first, second], batches), options)


def _pool_stream(batches: Iterator[list[Article]], options: BuildOptions) -> Iterator[ArticleFacts]:
    """Batches through spawned worker processes (spawned, not forked: they must not inherit the store lock)."""
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(options.workers, mp_context=context, initializer=init_worker,
                             initargs=(options,)) as pool:
        pending: deque[Future[list[ArticleFacts]]] = deque()
        try:
            for batch in batches:
                pending.append(pool.submit(work, batch))
                if len(pending) >= options.workers * 2:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        except BrokenProcessPool as e:
            raise WorkerError(f"an NLP worker process died ({e}); run again (stored articles are kept)") from e
        finally:
            for future in pending:
                future.cancel()


def build(inputs: Iterable[str], store: Store, options: BuildOptions,
          progress: Callable[[ArticleFacts | None], None] | None = None,
          select: Callable[[Article], bool] | None = None) -> BuildReport:
    """Build (or update) the KG in ``store`` from input paths; with ``select``, only the articles it keeps
    (the others are neither parsed nor counted; bad inputs are reported all the same)."""
    report = BuildReport()
    started = time.perf_counter()

    def fresh() -> Iterator[Article]:
        for item in read_inputs(inputs, options.date):
            if isinstance(item, InputProblem):
                log.info("%s", item)  # the report carries it; kg build prints it once, as "skipped: …"
                report.problems.append(item)
            elif select is not None and not select(item):
                continue
            elif store.article_hash(item.id) == item.content_hash:
                report.unchanged += 1
                if progress:
                    progress(None)
            else:
                yield item

    with fewer_collections():
        for facts in extract_stream(fresh(), options):
            quads = article_quads(facts)
            store.put_article(facts.article.id, quads)
            log.debug("article %s: %d quads to the store", facts.article.id, len(quads))
            report.articles += 1
            report.facts += facts.count
            report.triples += len(quads)
            if progress:
                progress(facts)
    report.seconds = time.perf_counter() - started
    return report

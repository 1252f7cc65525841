"""The build: inputs → articles → spaCy → facts → quads → store, streaming.

Articles whose content hash is already in the store are skipped before any NLP. With ``workers > 1``
the NLP/relation stage runs in worker processes (each loads the model once) and only plain facts come
back; the store is written by this process alone, one article per transaction.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field

from kg.actors import load_actors
from kg.extract import extract
from kg.ingest import InputProblem, read_inputs
from kg.model import Article, ArticleFacts
from kg.nlp import build_pipeline, parse
from kg.rdf import article_quads

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class BuildOptions:
    model: str | None = None
    date: dt.date | None = None
    actors: tuple[str, ...] = ()
    workers: int = 1
    batch_size: int = 32


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

    def __init__(self, options: BuildOptions):
        self.nlp = build_pipeline(options.model)
        self.actors = load_actors(options.actors)
        self.batch_size = options.batch_size

    def run(self, articles: Iterable[Article]) -> Iterator[ArticleFacts]:
        for doc, article in parse(self.nlp, articles, self.batch_size):
            yield extract(doc, article, self.actors)


_WORKER: Extractor | None = None


def _init_worker(options: BuildOptions) -> None:
    global _WORKER
    _WORKER = Extractor(options)


def _work(batch: list[Article]) -> list[ArticleFacts]:
    assert _WORKER is not None
    return list(_WORKER.run(batch))


def extract_stream(articles: Iterable[Article], options: BuildOptions) -> Iterator[ArticleFacts]:
    """Facts for each article, in input order, in this process or in ``options.workers`` processes."""
    if options.workers <= 1:
        yield from Extractor(options).run(articles)
        return
    batches = _batches(articles, options.batch_size)
    with ProcessPoolExecutor(options.workers, initializer=_init_worker, initargs=(options,)) as pool:
        pending = []
        for batch in batches:
            pending.append(pool.submit(_work, batch))
            if len(pending) >= options.workers * 2:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


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
        report.articles += 1
        report.facts += facts.count
        report.triples += len(quads)
        if progress:
            progress(facts)
    report.seconds = time.perf_counter() - started
    return report

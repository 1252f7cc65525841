"""The NLP + relation stage that every build runs: its options, its batches of articles, and the
:class:`Extractor` (one spaCy model, loaded once, and the rules of :mod:`kg.extract`).

The local build (:mod:`kg.pipeline`: this process or spawned worker processes) and the dask cluster
(:mod:`kg.cluster`) both take their batches from :func:`article_batches` and their facts from
:meth:`Extractor.run`; neither imports the other's internals. spaCy and the rules are imported only when an
:class:`Extractor` is made, so a process that only writes the store (the ``kg build`` process with workers)
never loads them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.actors import ActorIndex, load_actors
from kg.batching import BATCH_CHARS, BATCH_TEXTS, CHUNK_CHARS, batched
from kg.model import Article, ArticleFacts

if TYPE_CHECKING:  # for the annotations only: importing them would load spaCy
    from spacy.language import Language


@dataclass(frozen=True)
class BuildOptions:
    model: str | None = None
    date: dt.date | None = None
    actors: tuple[str, ...] = ()  # extra actor dictionary files (paths)
    workers: int = 1
    batch_size: int = BATCH_TEXTS  # articles per batch (and texts per nlp.pipe batch)
    batch_chars: int | None = BATCH_CHARS  # characters per batch; None: no bound
    chunk_chars: int | None = CHUNK_CHARS  # longer articles are parsed in pieces; None: never
    cluster: str | None = None  # "local" or a dask scheduler address such as tcp://host:8786
    resources: tuple[str, ...] = ()  # overlay directories of lexicon rows and patterns


def article_batches(articles: Iterable[Article], options: BuildOptions) -> Iterator[list[Article]]:
    """Batches of up to ``batch_size`` articles and ``batch_chars`` characters of text."""
    return batched(articles, options.batch_size, options.batch_chars, chars=lambda a: len(a.text))


class Extractor:
    """The NLP + relation stage for a stream of articles (one model, loaded once)."""

    def __init__(self, options: BuildOptions, actors: ActorIndex | None = None):
        from kg.lexicon import use_resources
        from kg.nlp import build_pipeline

        if options.resources:
            use_resources(options.resources)  # also in worker processes and on cluster workers
        self.nlp: Language = build_pipeline(options.model)
        self.actors: ActorIndex = actors if actors is not None else load_actors(options.actors)
        self.options = options

    def run(self, articles: Iterable[Article]) -> Iterator[ArticleFacts]:
        from kg.extract import extract
        from kg.nlp import parse

        o = self.options
        for doc, article in parse(self.nlp, articles, o.batch_size, o.batch_chars, o.chunk_chars):
            yield extract(doc, article, self.actors)

"""The worker-process side of a build with ``workers > 1`` (:func:`kg.pipeline.extract_stream`): load the model
once, then turn batches of articles into facts.

Worker processes are spawned, so each one imports the module of its initializer: this one imports only the
relation stage (:mod:`kg.extractor`), not the RDF, store, cluster and input modules that the writing process
uses (rdflib alone is about a tenth of a second of each worker's start-up).
"""

from __future__ import annotations

import os
import signal
import threading
import time

from kg.errors import KGError
from kg.extractor import BuildOptions, Extractor
from kg.gctune import settle_worker
from kg.model import Article, ArticleFacts

_WORKER: Extractor | KGError | None = None
_SETTLED = False  # the worker's lexicons were put out of the collector's sight (after its first batch)


def init_worker(options: BuildOptions) -> None:
    """Worker-process initializer: load the model once (a failure is raised by the first task instead)."""
    global _WORKER
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle; it stops the pool
    watch_parent(os.getppid())
    try:
        _WORKER = Extractor(options)
    except KGError as e:
        _WORKER = e
    settle_worker()


def work(batch: list[Article]) -> list[ArticleFacts]:
    """The facts of one batch, in this worker's extractor."""
    if isinstance(_WORKER, KGError):
        raise _WORKER
    assert _WORKER is not None
    global _SETTLED
    facts = list(_WORKER.run(batch))
    if not _SETTLED:  # the lexicons and patterns load with the first batch: out of the collector's sight too
        _SETTLED = True
        settle_worker()
    return facts


def watch_parent(parent: int, interval: float = 1.0) -> None:
    """Exit this (worker) process soon after ``parent`` dies, e.g. when a build is killed."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(interval)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()

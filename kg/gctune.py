"""Python's cyclic garbage collector, tuned for a build.

A build makes millions of short-lived objects (spaCy tokens and spans, facts, quads) beside a large long-lived
model and lexicons. With the default thresholds the collector runs every 700 allocations and walks the long-lived
objects again and again: on 500 corpus articles the rules took 11% and the RDF stage 27% less CPU with the
collector run every 10,000 allocations (``bench/gc_tuning.py``). Nearly all of those objects are freed by their
reference counts; the collector only finds cycles, which still are found, a little later.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

BUILD_THRESHOLD = (10_000, 20, 20)  # gen-0 allocations between collections, then gen-1 and gen-2 ratios


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Run the block with :data:`BUILD_THRESHOLD`, then put back the caller's thresholds (a notebook's process is
    the caller's: nothing stays changed)."""
    before = gc.get_threshold()
    gc.set_threshold(*BUILD_THRESHOLD)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def settle_worker() -> None:
    """In a worker process kg owns, once its model and lexicons are loaded: collect what is garbage, move the
    survivors out of the collector's sight (``gc.freeze``: they live as long as the process) and keep
    :data:`BUILD_THRESHOLD`."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(*BUILD_THRESHOLD)

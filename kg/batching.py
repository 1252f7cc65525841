"""Lazy batching bounded by item count and, optionally, by total size (characters of text).

Used by the build (batches of articles sent to worker processes) and by :mod:`kg.nlp` (batches of texts given
to spaCy, whose memory grows with the characters in a batch, not with the number of texts). No spaCy import here,
so the ``kg build`` process that only writes the store does not load it.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")

# Defaults of the build's batching (kg.pipeline.BuildOptions, kg.nlp.parse); see kg.nlp for why characters.
BATCH_TEXTS = 32  # articles per batch sent to a worker, texts per nlp.pipe batch
BATCH_CHARS = 40_000  # characters per batch (a longer text is a batch of its own)
CHUNK_CHARS = 20_000  # longer articles are parsed in pieces of at most this size


def batched(items: Iterable[T], size: int, max_chars: int | None = None,
            chars: Callable[[Any], int] = len) -> Iterator[list[T]]:
    """Lists of up to ``size`` items, pulled lazily; with ``max_chars``, a batch also ends before the item that
    would take its ``chars`` total over ``max_chars`` (an item larger than that is a batch of its own).

    >>> list(batched(range(5), 2))
    [[0, 1], [2, 3], [4]]
    >>> list(batched(["aaaa", "b", "cc", "ddddddd", "e"], 10, max_chars=6))
    [['aaaa', 'b'], ['cc'], ['ddddddd'], ['e']]
    """
    size = max(size, 1)
    it = iter(items)
    if max_chars is None:
        while chunk := list(itertools.islice(it, size)):
            yield chunk
        return
    batch: list[T] = []
    total = 0
    for item in it:
        n = chars(item)
        if batch and total + n > max_chars:
            yield batch
            batch, total = [], 0
        batch.append(item)
        total += n
        if len(batch) >= size:  # a full batch goes at once: a slow input (a pipe) must not hold it back
            yield batch
            batch, total = [], 0
    if batch:
        yield batch

"""The two caches the rule stage keeps: a result per ``Doc`` (in its ``user_data``) and matchers per vocab."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from spacy.tokens import Doc

T = TypeVar("T")


def per_doc(doc: Doc, key: str, compute: Callable[[Doc], T]) -> T:
    """``compute(doc)``, once per Doc: kept in ``doc.user_data[key]``."""
    found = doc.user_data.get(key)
    if found is None:
        found = doc.user_data[key] = compute(doc)
    return found


def per_key(table: dict[Any, T], key: Hashable, build: Callable[[], T]) -> T:
    """``build()``, once per ``key`` of ``table`` (compiled matchers, one per vocab)."""
    found = table.get(key)
    if found is None:
        found = table[key] = build()
    return found

"""The title found in front of a name (``kg.extract.titles``)."""

from __future__ import annotations

from typing import NamedTuple

from kg import lexicon


class TitleMatch(NamedTuple):
    """A title found in front of a name: where it starts, the lexicon title, and its country (or None)."""

    start: int
    title: lexicon.Title
    country: str | None

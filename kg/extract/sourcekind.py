"""What kind of source an article comes from: a government's own readout of its meetings, or a news report."""

from __future__ import annotations

from kg import lexicon
from kg.model import Article

NEWS, READOUTS = "news", "readouts"  # the kinds of source


def source_kind(article: Article) -> str:
    """``readouts`` for an article whose source is one of ``readout-sources`` (White House readouts and statements),
    else ``news`` (also for an article with no source)."""
    readouts = lexicon.words("readout-sources")
    return READOUTS if (article.source or "").strip().lower() in readouts else NEWS

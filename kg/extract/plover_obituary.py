"""The acts of a person whose death the article reports are recalled from his or her life.

An obituary ("Former US Senator Jesse Helms dead at 86", "President X dies aged 59") tells the news of the death
and then the life: "Helms opposed the use of American troops in Bosnia", "he criticised the West". Every act of the
person the headline names (a word of ``plover-death-headline-words`` in the title), told in the past, is historical,
as a date years back would make it (:mod:`kg.extract.plover_modality`); an act dated on a day of the news in its own
clause ("on Monday X met Y") and acts of other actors keep their modality.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.plover_modality import news_dated
from kg.extract.plover_narrative import past_told
from kg.model import Actor, PoliticalEventFact


def headline_names(title: str | None) -> frozenset[str]:
    """The folded capitalised words of a headline that reports a death, or none.

    >>> sorted(headline_names("Former US Senator Jesse Helms dead at 86"))
    ['former', 'helms', 'jesse', 'senator', 'us']
    >>> headline_names("Senate passes the budget")
    frozenset()
    """
    words = re.findall(r"[^\W\d_][\w'.-]*", title or "")
    if not any(w.lower() in lexicon.words("plover-death-headline-words") for w in words):
        return frozenset()
    return frozenset(lexicon.fold(w) for w in words if w[:1].isupper())


def recall_deceased(ctx: Context, events: list[PoliticalEventFact]) -> list[PoliticalEventFact]:
    """The events, those asserted of a person the death headline names (by surname) and told in the past made
    historical."""
    names = headline_names(ctx.article.title)
    if not names:
        return events
    return [replace(e, modality="historical") if e.modality == "asserted" and
            any(_named(a, names) for a in e.sources) and _told_before(ctx, e) else e for e in events]


def _named(actor: Actor, names: frozenset[str]) -> bool:
    return actor.person is not None and lexicon.fold(actor.person.name.split()[-1]) in names


def _told_before(ctx: Context, event: PoliticalEventFact) -> bool:
    """Whether the event's word, or for a noun its sentence's main verb, is told in the simple past, with no day
    of the news in its clause."""
    span = ctx.doc.char_span(event.evidence.start, event.evidence.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    tok: Token = span.root
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.sent.root
    return past_told(verb) and not news_dated(tok)

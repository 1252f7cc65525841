"""NER's "persons" that name a place: a known city ("Rabat's autonomy plan", the dateline "Sanaa, June 17 —",
"marched through central La Paz") or the last word of a building's name ("met at Premier House"). Split from
:mod:`kg.extract.person_spans`."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Span

from kg import lexicon
from kg.extract.titles import title_before


def place_named(span: Span, spans: Sequence[Span]) -> bool:
    """Whether a one-word person span names a place: a city of ``places.tsv`` (no title before it, no proper noun
    right before or after it, and no longer name of the text ends in it: "Lima" alone is the city, "Ana Lima" a
    person), or a ``venue-name-tails`` word right after a capitalised word ("Premier House", "Government House"), or
    the name of a residence after an owner's possessive (:func:`_venue_modifier`)."""
    if len(span) != 1:
        return _whole_city(span, spans)
    doc, tok = span.doc, span[0]
    if _venue_modifier(span):
        return True
    if tok.lower_ in lexicon.words("venue-name-tails"):
        return span.start > 0 and doc[span.start - 1].text[:1].isupper()
    if lexicon.fold(tok.text) not in lexicon.places() or title_before(doc, span.start) is not None or \
            any(doc[k].pos_ == "PROPN" for k in (span.start - 1, span.end) if 0 <= k < len(doc)):
        return False  # "Ana Beatriz Lima": NER's "Lima" ends a longer name
    return not any(len(s) > 1 and s[-1].lower_ == tok.lower_ for s in spans)


def _venue_modifier(span: Span) -> bool:
    """"at her Ganabhaban residence", "his Kremlin office": a one-word name between a possessive pronoun and a
    ``venue-head-nouns`` noun it modifies names the residence, not a person."""
    doc, tok = span.doc, span[0]
    after = doc[span.end] if span.end < len(doc) else None
    return after is not None and after.lower_ in lexicon.words("venue-head-nouns") and tok.head.i == after.i and \
        span.start > 0 and doc[span.start - 1].lower_ in lexicon.words("venue-owner-pronouns")


def _whole_city(span: Span, spans: Sequence[Span]) -> bool:
    """"marched through central La Paz": a name of two or three words that is, as a whole, a city of ``places.tsv``
    names the city (no title before it, no proper noun right before or after it, no longer name ending in it)."""
    doc = span.doc
    if len(span) > 3 or lexicon.fold(span.text) not in lexicon.places() or title_before(doc, span.start) is not None \
            or any(doc[k].pos_ == "PROPN" for k in (span.start - 1, span.end) if 0 <= k < len(doc)):
        return False
    return not any(len(s) > len(span) and s.end == span.end for s in spans)

"""Entity look-ups that cost the same whatever the article's length.

spaCy's ``Span.ents`` builds a ``Span`` for every entity of the ``Doc`` before the span on each call, so a rule
that asks a sentence for its entities once per trigger or per sentence is quadratic in the article's length
(issue 12: a 1,000-paragraph article took 10× one of 250). :func:`span_ents` answers the same question from an
index of the ``Doc``'s entities built once per ``Doc`` (the rules never change ``doc.ents``).
"""

from __future__ import annotations

from bisect import bisect_left

from spacy.tokens import Doc, Span

from kg.extract.caches import per_doc


def _index(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    """The Doc's entities and their start tokens, once per Doc (in its ``user_data``, which goes with the Doc: a
    module-level "last Doc" would keep the last article alive after the build)."""
    return per_doc(doc, "kg_ents", _build_index)


def _build_index(doc: Doc) -> tuple[tuple[Span, ...], list[int]]:
    ents = tuple(doc.ents)
    return ents, [e.start for e in ents]


def doc_ents(doc: Doc) -> tuple[Span, ...]:
    """``doc.ents``, made once per Doc (each access makes a ``Span`` per entity)."""
    return _index(doc)[0]


def span_ents(span: Span) -> list[Span]:
    """The entities inside ``span``, in order: what ``span.ents`` returns.

    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Ann", "met", "Bo", "Kim", "in", "Rome", "."])
    >>> doc.ents = [Span(doc, 0, 1, "PERSON"), Span(doc, 2, 4, "PERSON"), Span(doc, 5, 6, "GPE")]
    >>> [e.text for e in span_ents(doc[1:6])], [e.text for e in doc[1:6].ents]
    (['Bo Kim', 'Rome'], ['Bo Kim', 'Rome'])
    >>> [e.text for e in span_ents(doc[3:7])]
    ['Rome']
    """
    ents, starts = _index(span.doc)
    found = []
    for ent in ents[bisect_left(starts, span.start):]:
        if ent.end > span.end:
            break
        found.append(ent)
    return found

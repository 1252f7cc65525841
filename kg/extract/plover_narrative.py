"""The narrative time of a paragraph: a past act with no date of its own told after a sentence dated years back.

Background paragraphs date their first sentence and tell the rest in the simple past: "In 1968 Sirhan Sirhan
killed the senator. He was sentenced to death. The sentence was later commuted." Every act of the paragraph is
recalled from long before the news, so its modality is historical, as a date of its own would make it
(:mod:`kg.extract.plover_modality`). A sentence's time is that of the dates said of its acts (a date that hangs from
a main verb, through a preposition or as an adverb: "in 1968", "last year", "on Monday"; not "the 1973 building", a
relative clause's date, nor "since 2003"); the act takes the time of the nearest sentence of its paragraph that has
one, and only when that time lies years back and the act is told in the simple past (``plover-narrative-tags``: "was
sentenced", not "has been sentenced" or "says"). A sentence dated in the news ("on Monday", "in October" of the
article's year), told in the present ("X says", "Y has since accused Z") or reporting speech ("X said that ...")
ends the background.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract import plover_modality as pm
from kg.extract.caches import per_doc
from kg.extract.spans import span_ents


def narrated_past(tok: Token, base: dt.date | None) -> bool:
    """Whether a trigger in the simple past with no date of its own follows, in its paragraph, a sentence whose
    latest time is years before the article (:func:`sentence_time`)."""
    if base is None or not past_told(tok):
        return False
    doc, sent = tok.doc, tok.sent
    if _known_time(sent, base) is not None:
        return False
    start = sent.start
    while start > 0:
        prev = doc[start - 1].sent
        if "\n\n" in doc[prev.end - 1:start + 1].text or "\n\n" in doc[prev.start:prev.end].text:
            return False  # a paragraph break ends the background
        time = _known_time(prev, base)
        if time is not None:
            return time == "old"
        start = prev.start
    return False


def _known_time(sent: Span, base: dt.date) -> str | None:
    """:func:`sentence_time`, once per sentence and article date (kept in the Doc's ``user_data``): every trigger
    of a paragraph asks for the times of the sentences before its own."""
    times: dict[tuple[int, dt.date], str | None] = per_doc(sent.doc, "kg_sentence_times", lambda _: {})
    key = (sent.start, base)
    if key not in times:
        times[key] = sentence_time(sent, base)
    return times[key]


def past_told(tok: Token) -> bool:
    """A verb told in the simple past: its own tag, or its passive auxiliary's, is one of ``plover-narrative-tags``
    ("killed", "was killed"), with no perfect or modal auxiliary ("has killed", "would kill")."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    auxes = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ != "VBD" or a.lemma_ == "have" for a in auxes if a.dep_ == "aux"):
        return False
    tags = lexicon.words("plover-narrative-tags")
    return tok.tag_ in tags and not auxes or any(a.dep_ == "auxpass" and a.tag_ in tags for a in auxes)


def sentence_time(sent: Span, base: dt.date) -> str | None:
    """"old" when the dates said of the sentence's acts all lie years back, "new" when one is of the news, or when
    it dates no act but is told in the present or reports speech (``plover-narrative-report-verbs``: "X said that
    ..." is the news), else None."""
    times = [_time(ent, base) for ent in span_ents(sent) if ent.label_ == "DATE" and _of_verb(ent)]
    if not times:
        reports = lexicon.words("plover-narrative-report-verbs")
        return "new" if _present(sent.root) or lexicon.fold(sent.root.lemma_) in reports else None
    return "old" if all(t == "old" for t in times) else "new"


def _present(verb: Token) -> bool:
    """A clause told in the present or the present perfect ("X says", "Y has since accused Z"): the news again."""
    return any(t.tag_ in ("VBZ", "VBP") for t in (verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))))


def _of_verb(ent: Span) -> bool:
    """A date that hangs from a main verb of its sentence (the root or a verb conjoined to it), as an adverb or
    through a preposition other than "since": "in 1968", "last year", "on Monday"; not a date of a relative clause
    ("X, who ran for mayor in 2004, attacked Y") or of a noun ("initiatives launched last year")."""
    root, head = ent.root, ent.root.head
    if root.dep_ == "pobj":
        if head.lower_ in ("since", "until", "till", "by") or head.dep_ != "prep":
            return False
        head = head.head
    elif root.dep_ not in ("npadvmod", "tmod", "advmod"):
        return False
    main = head.dep_ == "ROOT" or head.dep_ == "conj" and head.head.dep_ == "ROOT"
    return main and head.pos_ in ("VERB", "AUX")


def _time(ent: Span, base: dt.date) -> str:
    years = [y for y in (pm.year_of(t) for t in ent) if y is not None]
    if years:
        return "old" if pm.years_back(ent, max(years), base) else "new"
    return "old" if pm.past_words(ent.text) or re.search(r"\b(years|decades)\b.*\bago\b", ent.text) else "new"

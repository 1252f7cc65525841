"""One ``PhraseMatcher`` pass per document over the lexicons: titles, countries/organisations (names, aliases,
demonyms), places and US states, each match with its lexicon id.

The rules ask the marks ("the longest title ending before token 7", "a country starting at token 3") instead of
sliding windows over the token stream. Matching is on folded text (:func:`kg.lexicon.fold`: case, accents, dots
and quote marks folded), which this module writes into each token's ``norm_`` before matching (after parsing,
so the model never sees it); lexicon phrases are tokenized by spaCy's English tokenizer and folded the same way.

>>> import spacy
>>> doc = spacy.blank("en")("Mexican President Andrés Manuel López Obrador met the U.S. delegation.")
>>> m = marks(doc)
>>> m.title_ending(2)
(1, 't-president')
>>> m.polity_at(0), m.polity_at(8)
((1, 'MX'), (9, 'US'))
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Literal

import numpy
from spacy import attrs as sa
from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from kg import lexicon
from kg.extract.arraymatch import table_of
from kg.extract.caches import per_doc, per_key
from kg.extract.sentences import slice_bounds
from kg.lexicon import fold

MarkKind = Literal["title", "polity", "place", "state"]
KINDS: tuple[MarkKind, ...] = ("title", "polity", "place", "state")


@dataclass
class Marks:
    """Lexicon matches of one Doc: for each kind, ``start → [(end, id)]`` and ``end → [(start, id)]``,
    longest first."""

    starts: dict[str, dict[int, list[tuple[int, str]]]] = field(default_factory=dict)
    ends: dict[str, dict[int, list[tuple[int, str]]]] = field(default_factory=dict)

    def add(self, kind: str, start: int, end: int, key: str) -> None:
        self.starts.setdefault(kind, {}).setdefault(start, []).append((end, key))
        self.ends.setdefault(kind, {}).setdefault(end, []).append((start, key))

    def sort(self) -> None:
        for table in self.starts.values():
            for hits in table.values():
                hits.sort(key=lambda h: -h[0])
        for table in self.ends.values():
            for hits in table.values():
                hits.sort(key=lambda h: h[0])

    def starting(self, kind: str, start: int) -> list[tuple[int, str]]:
        """``(end, id)`` of every match of ``kind`` that starts at ``start``, longest first."""
        return self.starts.get(kind, {}).get(start, [])

    def ending(self, kind: str, end: int) -> list[tuple[int, str]]:
        """``(start, id)`` of every match of ``kind`` that ends just before ``end``, longest first."""
        return self.ends.get(kind, {}).get(end, [])

    def title_ending(self, end: int) -> tuple[int, str] | None:
        hits = self.ending("title", end)
        return hits[0] if hits else None

    def title_at(self, start: int) -> tuple[int, str] | None:
        hits = self.starting("title", start)
        return hits[0] if hits else None

    def polity_at(self, start: int) -> tuple[int, str] | None:
        hits = self.starting("polity", start)
        return hits[0] if hits else None


@lru_cache(maxsize=1)
def _tokenizer():
    return English().tokenizer


def _pattern_norms(phrase: str) -> tuple[str, ...]:
    return tuple(fold(t.text) for t in _tokenizer()(phrase) if not t.is_space)


@lru_cache(maxsize=1)
def lexicon_phrases() -> dict[str, dict[tuple[str, ...], str]]:
    """For each kind, folded token sequences → lexicon id (titles: title id; polities: ISO/org code)."""
    out: dict[str, dict[tuple[str, ...], str]] = {kind: {} for kind in KINDS}
    for title in lexicon.titles():  # the last row of a phrase wins, as in lexicon.title_index()
        out["title"][_pattern_norms(title.phrase)] = title.id
    for name, code in lexicon.polity_names().items():
        out["polity"].setdefault(_pattern_norms(name), code)
    for name, entry in lexicon.places().items():
        out["place"].setdefault(_pattern_norms(name), entry.id)
    for row in lexicon.simple_table("us_states.tsv", "name").values():
        out["state"].setdefault(_pattern_norms(row["name"]), row["id"])
    for table in out.values():
        table.pop((), None)
    return out


class _Matchers:
    """The PhraseMatcher for one vocab (patterns are added once per vocab)."""

    def __init__(self, vocab):
        self.matcher = PhraseMatcher(vocab, attr="NORM")
        self.ids: dict[int, tuple[str, dict]] = {}
        self.norms: dict[int, int] = {}  # a word's hash → its folded text's, added to this vocab's strings
        vocab = vocab if vocab is not None else English().vocab
        for kind, table in lexicon_phrases().items():
            docs = []
            for norms in table:
                doc = Doc(vocab, words=list(norms))
                for tok, norm in zip(doc, norms, strict=True):
                    tok.norm_ = norm
                docs.append(doc)
            self.matcher.add(kind, docs)
            self.ids[vocab.strings[kind]] = (kind, table)


_BY_VOCAB: dict[int, _Matchers] = {}


def _matchers(doc: Doc) -> _Matchers:
    return per_key(_BY_VOCAB, id(doc.vocab), lambda: _Matchers(doc.vocab))


_FOLDED: dict[int, str] = {}  # a word's hash → its folded text (string hashes are the same in every vocab)


def fold_norms(doc: Doc) -> None:
    """Write each token's folded text into ``norm_`` (the attribute the lexicon matcher reads); each word is
    folded once per process and the norms are written as one array."""
    if not len(doc):
        return
    strings, norm_of = doc.vocab.strings, _matchers(doc).norms  # kept with the matcher, which keeps the vocab
    words, where = numpy.unique(doc.to_array([sa.ORTH]).reshape(-1), return_inverse=True)  # each word once
    norms = []
    for orth in words.tolist():
        norm = norm_of.get(orth)
        if norm is None:
            text = _FOLDED.get(orth)
            if text is None:
                text = _FOLDED[orth] = fold(strings[orth])
            norm = norm_of[orth] = strings.add(text)
        norms.append(norm)
    array: Any = numpy.array(norms, dtype="uint64")[where].reshape(-1, 1)
    doc.from_array([sa.NORM], array)


def marks(doc: Doc) -> Marks:
    """The lexicon marks of ``doc``, computed once and kept in ``doc.user_data``."""
    return per_doc(doc, "kg_marks", compute_marks)


def compute_marks(doc: Doc) -> Marks:
    fold_norms(doc)
    m = _matchers(doc)
    out = Marks()
    norms, strings = doc.to_array("NORM").tolist() if len(doc) else [], doc.vocab.strings  # folded, as Token.norm_
    for match_id, start, end in m.matcher(doc):
        kind, table = m.ids[match_id]
        key = table.get(tuple(strings[v] for v in norms[start:end]))
        if key is not None and clean(doc, start, end) and not _lower_case_only(doc, kind, start, key) and \
                not _nameless(doc, kind, end, key):
            out.add(kind, start, end, key)
    out.sort()
    return out


def _nameless(doc: Doc, kind: str, end: int, key: str) -> bool:
    """A title row read only right before a person's name (``name-only-titles``) with no name after it: "Justice
    X" is a judge, "the Social Justice Party leader Y" and "Justice and Development Party" hold no "Justice"."""
    return kind == "title" and key in lexicon.words("name-only-titles") and \
        (end >= len(doc) or doc[end].ent_type_ != "PERSON")


def _lower_case_only(doc: Doc, kind: str, start: int, key: str) -> bool:
    """A title row read only when capitalised (``capitalised-titles``) written in lower case: "its representatives
    A and B" are no legislators. Right after the row's own country it is read ("U.S. representatives A and B")."""
    if kind != "title" or key not in lexicon.words("capitalised-titles") or doc[start].text[:1].isupper():
        return False
    country = lexicon.title_by_id()[key].country
    return not (country and start > 0 and lexicon.lookup_polity(doc[start - 1].text) == country)


def clean(doc: Doc, start: int, end: int) -> bool:
    """No sentence break, punctuation (but hyphens and possessives) or line break inside ``doc[start:end]``."""
    cols, strings = table_of(doc).cols, doc.vocab.strings  # each token's flags and text, without a Token
    spaces, puncts, orths = cols["IS_SPACE"], cols["IS_PUNCT"], cols["ORTH"]
    for i in range(*slice_bounds(doc, start, end)):
        text = strings[orths[i]]
        if spaces[i] or "\n" in text or (puncts[i] and text not in lexicon.words("window-punct")):
            return False
    return end - start > 0




def polity_span(doc: Doc, start: int, end: int) -> str | None:
    """The polity code of exactly ``doc[start:end]``, as :func:`kg.lexicon.lookup_polity` reads that text: a
    lexicon name, optionally after "the" or "Republic of (the)" and before a possessive "'s"."""
    if start >= end or start < 0 or end > len(doc) or not clean(doc, start, end):
        return None
    if doc[end - 1].text in lexicon.words("possessive-marks") and end - 1 > start:
        end -= 1
    m = marks(doc)
    for s in _core_starts(doc, start, end):
        for e, code in m.starting("polity", s):
            if e == end:
                return code
    return None


def _core_starts(doc: Doc, start: int, end: int) -> list[int]:
    """Where the lexicon name may begin inside ``doc[start:end]``: at ``start``, after "the", or after
    "Republic of (the)"."""
    if start >= end:
        return []  # an empty window (at the end of the Doc: "President X ,")
    out = [start]
    if doc[start].norm_ == "the" and start + 1 < end:
        out.append(start + 1)
    if doc[start].norm_ in lexicon.words("state-prefixes") and start + 2 < end and doc[start + 1].norm_ == "of":
        out.append(start + 2)
        if doc[start + 2].norm_ == "the" and start + 3 < end:
            out.append(start + 3)
    return out


def polities_starting(doc: Doc, start: int, stop: int, max_len: int) -> list[tuple[int, str]]:
    """``(end, code)`` for every window ``doc[start:end]`` (``end <= stop``, at most ``max_len`` tokens) that
    names a polity, longest first."""
    out = []
    m = marks(doc)
    for s in _core_starts(doc, start, min(stop, len(doc))):
        for e, code in m.starting("polity", s):
            for end in (e + 1, e) if e < len(doc) and doc[e].text in lexicon.words("possessive-marks") else (e,):
                if end - start <= max_len and end <= stop and clean(doc, start, end):
                    out.append((end, code))
    return sorted(set(out), key=lambda h: -h[0])


def polities_ending(doc: Doc, end: int, max_len: int) -> list[tuple[int, str]]:
    """``(start, code)`` for every window of at most ``max_len`` tokens ending before ``end`` that names a
    polity, longest first."""
    out = []
    core_end = end - 1 if end - 1 > 0 and doc[end - 1].text in lexicon.words("possessive-marks") else end
    for s, code in marks(doc).ending("polity", core_end):
        for start in _prefix_starts(doc, s):
            if end - start <= max_len and start >= 0 and clean(doc, start, end):
                out.append((start, code))
    return sorted(set(out))


def _prefix_starts(doc: Doc, s: int) -> list[int]:
    """Starts of the windows whose lexicon name begins at ``s``: ``s`` itself, "the" before it, "Republic of
    (the)" before it."""
    out = [s]
    j = s - 1 if s >= 1 and doc[s - 1].norm_ == "the" else s
    if j != s:
        out.append(j)
    if j >= 2 and doc[j - 1].norm_ == "of" and doc[j - 2].norm_ in lexicon.words("state-prefixes"):
        out.append(j - 2)
    return out


def reset_matchers() -> None:
    """Drop the compiled matchers (after a resource overlay changed)."""
    _BY_VOCAB.clear()

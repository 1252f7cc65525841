"""The PLOVER triggers and modality markers of a Doc: one pass of an
:class:`~kg.extract.arraymatch.ArrayMatcher`.

The families ``plover`` (hand-written) and ``plover_cameo`` (converted) hold some 1,600 patterns, most of them one
verb (``{"LEMMA": "denounce", "POS": "VERB"}``) or one verb and one object or particle. The matcher looks a
pattern up by the lemmas of the Doc, so only the patterns whose verb occurs are tried. Where two patterns take the
same token, the hand-written one wins, then the one that used more tokens, then the first in file order. The
matcher is compiled once per vocabulary and cached. What a pattern's CAMEO code means (``cameo2plover.tsv``) and
the codes of a threat or request by the act it is about (``plover_inner_codes.tsv``) are read here too.

>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Iran", "denounced", "Israel"], lemmas=["Iran", "denounce", "Israel"],
...           pos=["PROPN", "VERB", "PROPN"], deps=["nsubj", "ROOT", "dobj"], heads=[1, 1, 1])
>>> hits, marks = match(doc)
>>> hits[1].pattern.id, hits[1].pattern.get("plover")
('ph-accuse', 'ACCUSE')
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.arraymatch import matcher_for, table_of
from kg.extract.caches import per_key
from kg.patterns import Pattern, family

FAMILIES = ("plover", "plover_cameo")
Marks = dict[int, set[str]]


@dataclass
class Hit:
    """A trigger: its anchor token, its pattern, and the other tokens the pattern used (an object noun)."""

    anchor: int
    pattern: Pattern
    used: tuple[int, ...] = ()

    @property
    def rank(self) -> tuple[int, int]:
        return (self.pattern.family == "plover", len(self.used))


class _Matchers:
    """The PLOVER families' patterns in one :class:`~kg.extract.arraymatch.ArrayMatcher`, for one vocab."""

    def __init__(self, vocab):
        self.matcher, self.patterns = matcher_for(vocab, (p for name in FAMILIES for p in family(name)))


_BY_VOCAB: dict[int, _Matchers] = {}


def _matchers(doc: Doc) -> _Matchers:
    return per_key(_BY_VOCAB, id(doc.vocab), lambda: _Matchers(doc.vocab))


def match(doc: Doc) -> tuple[dict[int, Hit], Marks]:
    """One pass of both matchers: the best trigger per token, and the modality marks per token."""
    m = _matchers(doc)
    hits: dict[int, Hit] = {}
    marks: Marks = {}
    for key, ids in m.matcher(doc, table_of(doc)):
        p = m.patterns[key]
        if p.get("mark"):
            for i in ids[:1] if p.get("mark_anchor") else ids:  # "mark_anchor": the pattern's first token only
                marks.setdefault(i, set()).add(p.get("mark"))
            continue
        anchor = ids[0] + p.get("anchor", 0) if p.kind == "token" else ids[0]
        hit = Hit(anchor, p, tuple(i for i in ids if i != anchor))
        if anchor not in hits or hit.rank > hits[anchor].rank:
            hits[anchor] = hit
    # an object the pattern keeps is still a trigger of its own ("welcomed X's condemnation")
    used = {i for h in hits.values() if not h.pattern.get("keeps_object") for i in h.used}
    return {i: h for i, h in hits.items() if i not in used}, marks


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, dict[str, str]]:
    """CAMEO code → {plover, mode, contexts, description} (``cameo2plover.tsv``)."""
    rows = lexicon.read_tsv(lexicon.resource_path("cameo2plover.tsv"), ("id", "plover", "mode", "contexts"))
    return {r["id"]: r for r in rows}


@lru_cache(maxsize=1)
def inner_codes() -> dict[tuple[str, str], tuple[str, str]]:
    """(outer type, inner type) → (CAMEO code, mode): "threatened to impose sanctions" is THREATEN 1312
    (``plover_inner_codes.tsv``)."""
    rows = lexicon.read_tsv(lexicon.resource_path("plover_inner_codes.tsv"), ("id", "outer", "inner", "cameo", "mode"))
    return {(r["outer"], r["inner"]): (r["cameo"], r["mode"]) for r in rows}

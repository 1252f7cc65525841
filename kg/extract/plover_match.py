"""The PLOVER triggers and modality markers of a Doc: one ``Matcher`` and one ``DependencyMatcher`` pass.

The families ``plover`` (hand-written) and ``plover_cameo`` (converted) hold some 1,600 patterns, most of them one
verb (``{"LEMMA": "denounce", "POS": "VERB"}``) or one verb and one object or particle. spaCy's matchers check
every pattern at every token, so patterns that differ only in their lemmas are compiled into one pattern with
``LEMMA IN [...]`` (and ``IN`` on the object), and a match is mapped back to its own pattern (and rule id) by the
lemmas it matched; a combination of lemmas that no pattern has is dropped. The matchers are compiled once per
vocabulary and cached.

>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Iran", "denounced", "Israel"], lemmas=["Iran", "denounce", "Israel"],
...           pos=["PROPN", "VERB", "PROPN"], deps=["nsubj", "ROOT", "dobj"], heads=[1, 1, 1])
>>> hits, marks = match(doc)
>>> hits[1].pattern.id, hits[1].pattern.get("plover")
('ph-accuse', 'ACCUSE')
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc

from kg.extract.caches import per_key
from kg.patterns import Pattern, family, thaw

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


def _strings(value) -> list[str] | None:
    """A ``LEMMA``/``LOWER`` value as a list of strings: "x" or {"IN": [...]} (None for anything else)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict) and set(value) == {"IN"} and all(isinstance(v, str) for v in value["IN"]):
        return list(value["IN"])
    return None


def _lemma_slots(spec: list) -> list[tuple[str, str | None]] | None:
    """For a one-token or anchor-and-child pattern whose anchor is given by ``LEMMA``: every (anchor lemma, child's
    LEMMA or LOWER or None) it matches. None when the pattern cannot be merged."""
    anchor = spec[0] if "RIGHT_ATTRS" not in spec[0] else spec[0]["RIGHT_ATTRS"]
    lemmas = _strings(anchor.get("LEMMA"))
    if lemmas is None or len(spec) > 2 or len(spec) == 2 and "RIGHT_ATTRS" not in spec[0]:
        return None
    if len(spec) == 1:
        return [(lemma, None) for lemma in lemmas]
    child = spec[1]["RIGHT_ATTRS"]
    values = _strings(child.get("LEMMA", child.get("LOWER")))
    return [(a, c) for a in lemmas for c in values] if values else None


def _merged(spec: list, anchors: list[str], children: list[str]) -> list:
    """A pattern with its lemma strings replaced by ``IN`` lists."""
    out = json.loads(json.dumps(spec))
    attrs = out[0] if "RIGHT_ATTRS" not in out[0] else out[0]["RIGHT_ATTRS"]
    attrs["LEMMA"] = {"IN": sorted(set(anchors))}
    if len(out) == 2:
        child = out[1]["RIGHT_ATTRS"]
        key = "LEMMA" if "LEMMA" in child else "LOWER"
        child[key] = {"IN": sorted(set(children))}
    return out


class _Matchers:
    """The token and dependency matchers of the PLOVER families for one vocab."""

    def __init__(self, vocab):
        self.token = Matcher(vocab)
        self.dep = DependencyMatcher(vocab)
        self.single: dict[int, Pattern] = {}
        self.groups: dict[int, dict[tuple[str, str | None], Pattern]] = {}
        groups: dict[str, tuple[list, dict]] = {}  # the first pattern of a lemma wins: hand-written before converted
        for name in FAMILIES:
            for p in family(name):
                spec = thaw(p.pattern)
                slots = _lemma_slots(spec)
                if slots is None or p.get("mark"):
                    self._add(vocab, p.id, p.kind, spec)
                    self.single[vocab.strings[p.id]] = p
                    continue
                key = json.dumps(_merged(spec, ["_"], ["_"]), sort_keys=True) + p.kind
                members = groups.setdefault(key, (spec, {}))[1]
                for slot in slots:
                    members.setdefault(slot, p)
        for n, (spec, members) in enumerate(groups.values()):
            kind = next(iter(members.values())).kind
            name = f"plover-group-{n}"
            merged = _merged(spec, [a for a, _ in members], [c for _, c in members if c])
            self._add(vocab, name, kind, merged)
            self.groups[vocab.strings[name]] = members

    def _add(self, vocab, name: str, kind: str, spec: list) -> None:
        vocab.strings.add(name)
        (self.token if kind == "token" else self.dep).add(name, [spec])

    def resolve(self, doc: Doc, key: int, ids: tuple[int, ...]) -> Pattern | None:
        """The pattern a match stands for (None for a lemma combination no pattern has)."""
        if key in self.single:
            return self.single[key]
        members = self.groups[key]
        child = None
        if len(ids) > 1:
            child = doc[ids[1]].lemma_ if (doc[ids[0]].lemma_, doc[ids[1]].lemma_) in members else doc[ids[1]].lower_
        return members.get((doc[ids[0]].lemma_, child))


_BY_VOCAB: dict[int, _Matchers] = {}


def _matchers(doc: Doc) -> _Matchers:
    return per_key(_BY_VOCAB, id(doc.vocab), lambda: _Matchers(doc.vocab))


def match(doc: Doc) -> tuple[dict[int, Hit], Marks]:
    """One pass of both matchers: the best trigger per token, and the modality marks per token."""
    m = _matchers(doc)
    hits: dict[int, Hit] = {}
    marks: Marks = {}
    found = [(k, tuple(range(s, e))) for k, s, e in m.token(doc)] + [(k, tuple(ids)) for k, ids in m.dep(doc)]
    for key, ids in found:
        p = m.resolve(doc, key, ids)
        if p is None:
            continue
        if p.get("mark"):
            for i in ids:
                marks.setdefault(i, set()).add(p.get("mark"))
            continue
        anchor = ids[0] + p.get("anchor", 0) if p.kind == "token" else ids[0]
        hit = Hit(anchor, p, tuple(i for i in ids if i != anchor))
        if anchor not in hits or hit.rank > hits[anchor].rank:
            hits[anchor] = hit
    used = {i for h in hits.values() for i in h.used}
    return {i: h for i, h in hits.items() if i not in used}, marks

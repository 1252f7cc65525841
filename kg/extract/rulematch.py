"""One ``Matcher`` and one ``DependencyMatcher`` pass per document over every rule pattern (:mod:`kg.patterns`).

Each pattern names the ``mark`` it sets (its id when it names none); a match marks its first token (a
dependency pattern: its anchor). The rules then ask "is token 12 a future auxiliary?" or "does this sentence
have a phone word?" in constant time, and a fact's evidence names the pattern that decided it.

>>> import spacy
>>> from spacy.tokens import Doc
>>> nlp = spacy.blank("en")
>>> doc = Doc(nlp.vocab, words=["Biden", "will", "not", "meet", "Xi"], deps=["nsubj", "aux", "neg", "ROOT", "dobj"],
...           pos=["PROPN", "AUX", "PART", "VERB", "PROPN"], lemmas=["Biden", "will", "not", "meet", "Xi"],
...           heads=[3, 3, 3, 3, 3])
>>> m = rule_marks(doc)
>>> m.has("future-aux", 1), m.has("negation", 2), m.rule("negation", 2)
(True, True, 'neg-particle')
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

from spacy.matcher import DependencyMatcher, Matcher, PhraseMatcher
from spacy.tokens import Doc, Span

from kg.extract.caches import per_doc, per_key
from kg.extract.plover_match import FAMILIES as PLOVER_FAMILIES  # they have their own matcher
from kg.patterns import Pattern, all_patterns, thaw


@dataclass
class RuleMarks:
    """Marked tokens of one Doc: ``mark → sorted token indices`` and the pattern id behind each."""

    tokens: dict[str, list[int]] = field(default_factory=dict)
    rules: dict[tuple[str, int], str] = field(default_factory=dict)

    def add(self, mark: str, i: int, rule: str) -> None:
        self.rules.setdefault((mark, i), rule)

    def finish(self) -> None:
        for mark, i in self.rules:
            self.tokens.setdefault(mark, []).append(i)
        for hits in self.tokens.values():
            hits.sort()

    def has(self, mark: str, i: int) -> bool:
        return (mark, i) in self.rules

    def rule(self, mark: str, i: int) -> str | None:
        return self.rules.get((mark, i))

    def first_in(self, mark: str, start: int, end: int) -> int | None:
        """The first token of ``mark`` in ``[start, end)``, or None."""
        hits = self.tokens.get(mark, [])
        k = bisect_left(hits, start)
        return hits[k] if k < len(hits) and hits[k] < end else None

    def in_span(self, mark: str, span: Span) -> bool:
        return self.first_in(mark, span.start, span.end) is not None


class _Compiled:
    """Matchers for one vocab and one set of patterns.

    A one-token pattern keyed on a word or lemma (``{"LOWER": {"IN": [...]}, "DEP": "prep"}``) goes to a
    ``PhraseMatcher`` on that attribute, and the rest of its token spec is checked on the few tokens it finds:
    the same matches as a ``Matcher``, whose cost grows with every pattern times every token. Other token
    patterns go to a ``Matcher``, dependency patterns to a ``DependencyMatcher``.
    """

    def __init__(self, vocab, patterns: tuple[Pattern, ...]):
        self.token: dict[frozenset, Matcher] = {}  # by the annotations their patterns need (DEP, POS, LEMMA …)
        self.dependency = DependencyMatcher(vocab)
        self.phrases: dict[str, PhraseMatcher] = {}
        self.residual: dict[int, dict] = {}  # phrase-matched pattern → the rest of its token spec
        self.marks: dict[int, tuple[str, str]] = {}
        for p in patterns:
            key = vocab.strings.add(p.id)
            self.marks[key] = (p.get("mark") or p.id, p.id)
            spec = thaw(p.pattern)
            keyed = _phrase_key(spec) if p.kind == "token" else None
            if keyed:
                self._add_phrase(vocab, p.id, key, spec[0], *keyed)
            elif p.kind == "token":
                needs = frozenset(a for t in spec for a in t if a in ANNOTATIONS)
                self.token.setdefault(needs, Matcher(vocab)).add(p.id, [spec])
            else:
                self.dependency.add(p.id, [spec])

    def _add_phrase(self, vocab, pid: str, key: int, spec: dict, attr: str, words: list[str]) -> None:
        matcher = self.phrases.setdefault(attr, PhraseMatcher(vocab, attr=attr))
        docs = [Doc(vocab, words=[w], lemmas=[w] if attr == "LEMMA" else None) for w in words]
        matcher.add(pid, docs)
        self.residual[key] = {k: v for k, v in spec.items() if k != attr}


PHRASE_ATTRS = ("LOWER", "LEMMA")
ANNOTATIONS = ("DEP", "POS", "TAG", "LEMMA", "MORPH")  # spaCy refuses to match these on a Doc without them
CHECKED = {"LOWER": "lower_", "LEMMA": "lemma_", "DEP": "dep_", "POS": "pos_", "TAG": "tag_", "ENT_TYPE": "ent_type_"}


def _phrase_key(spec: list) -> tuple[str, list[str]] | None:
    """(attribute, words) when a token pattern is one token keyed on a word or lemma and checks nothing else
    than plain attributes; None otherwise."""
    if len(spec) != 1 or any(k not in CHECKED for k in spec[0]):
        return None
    for attr in PHRASE_ATTRS:
        value = spec[0].get(attr)
        if isinstance(value, str):
            return attr, [value]
        if isinstance(value, dict) and set(value) == {"IN"}:
            return attr, list(value["IN"])
    return None


def _fits(tok, residual: dict) -> bool:
    for attr, want in residual.items():
        have = getattr(tok, CHECKED[attr])
        if isinstance(want, dict):
            if "IN" in want and have not in want["IN"] or "NOT_IN" in want and have in want["NOT_IN"]:
                return False
        elif have != want:
            return False
    return True


_CACHE: dict[tuple[int, int], _Compiled] = {}


def _compiled(doc: Doc) -> _Compiled:
    families = all_patterns()
    key = (id(doc.vocab), id(families))
    def build() -> _Compiled:
        mine = (p for name, ps in families.items() if name not in PLOVER_FAMILIES for p in ps)
        return _Compiled(doc.vocab, tuple(mine))

    return per_key(_CACHE, key, build)


def rule_marks(doc: Doc) -> RuleMarks:
    """The rule marks of ``doc``, computed once and kept in ``doc.user_data``."""
    return per_doc(doc, "kg_rules", compute_rule_marks)


def compute_rule_marks(doc: Doc) -> RuleMarks:
    c = _compiled(doc)
    out = RuleMarks()
    for needs, matcher in c.token.items():
        if all(doc.has_annotation(a) for a in needs):  # a Doc without a parse gets the marks it can have
            for key, start, _ in matcher(doc):
                mark, rule = c.marks[key]
                out.add(mark, start, rule)
    for attr, phrases in c.phrases.items():
        if attr == "LEMMA" and not doc.has_annotation("LEMMA"):
            continue
        for key, start, _ in phrases(doc):
            if _fits(doc[start], c.residual[key]):
                mark, rule = c.marks[key]
                out.add(mark, start, rule)
    if all(doc.has_annotation(a) for a in ("DEP", "POS", "LEMMA")) and len(c.dependency):
        for key, token_ids in c.dependency(doc):
            mark, rule = c.marks[key]
            out.add(mark, token_ids[0], rule)
    out.finish()
    return out


def reset_matchers() -> None:
    """Drop the compiled matchers (after a resource overlay changed)."""
    _CACHE.clear()

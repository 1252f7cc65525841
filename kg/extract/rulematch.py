"""One pass per document over every rule pattern (:mod:`kg.patterns`), with :mod:`kg.extract.arraymatch` (the
matches of spaCy's ``Matcher`` and ``DependencyMatcher``, faster).

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

from spacy.tokens import Doc, Span

from kg.extract.arraymatch import matcher_for, table_of
from kg.extract.caches import per_doc, per_key
from kg.extract.plover_match import FAMILIES as PLOVER_FAMILIES  # they have their own matcher
from kg.patterns import Pattern, all_patterns


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
    """The rule patterns (all but the PLOVER families, which :mod:`kg.extract.plover_match` matches) in one
    :class:`~kg.extract.arraymatch.ArrayMatcher`, and the mark and rule id of each."""

    def __init__(self, vocab, patterns: tuple[Pattern, ...]):
        self.matcher, by_key = matcher_for(vocab, patterns)
        self.marks = {key: (p.get("mark") or p.id, p.id) for key, p in by_key.items()}


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
    """Every pattern's matches on ``doc`` (a Doc without a parse gets the marks it can have); where two patterns
    set the same mark on a token, the evidence names the first in file order."""
    c = _compiled(doc)
    out = RuleMarks()
    for key, ids in c.matcher(doc, table_of(doc)):
        mark, rule = c.marks[key]
        out.add(mark, ids[0], rule)
    out.finish()
    return out


def reset_matchers() -> None:
    """Drop the compiled matchers (after a resource overlay changed)."""
    _CACHE.clear()

"""The rule patterns matched on a Doc's arrays: the matches of spaCy's ``Matcher`` and ``DependencyMatcher``, in
a fraction of their time.

Why. spaCy's ``Matcher`` steps every pattern through every token, and a ``{"LEMMA": {"IN": [...]}}`` test is a
Python call per token and pattern; the ``DependencyMatcher`` runs such a ``Matcher`` over every node of every
pattern and then walks each matched token's ancestors. On kg's 1,700 patterns that was half of the relation stage.
Here a Doc's attributes are read once (``Doc.to_array``), each pattern's first token is looked up in an index of
the Doc's values (lemma → tokens, dependency label → tokens, …), and only those candidates are checked against the
rest of the pattern, so the cost grows with the candidates, not with patterns × tokens.

What it covers. Token attributes ``ORTH``/``TEXT``, ``LOWER``, ``NORM``, ``LEMMA``, ``SHAPE``, ``POS``, ``TAG``,
``DEP``, ``ENT_TYPE``, ``SPACY`` and the ``IS_*``/``LIKE_*`` flags, each with a value, ``IN`` or ``NOT_IN`` (and
``REGEX`` on the string attributes), ``LENGTH`` equal to or compared with a number (``==``, ``!=``, ``>=``, ``<=``,
``>``, ``<``); token patterns with the ``OP`` quantifiers ``?``, ``*``, ``+`` and ``!`` and the counted ones
(``{n}``, ``{n,m}``, ``{n,}``, ``{,m}``: the copies of the node spaCy's ``Matcher`` makes, see
:func:`~kg.extract.arraycompile.expand_quantifier`); dependency patterns with every ``REL_OP`` of spaCy's
``DependencyMatcher``. A pattern that uses anything else (``MORPH``, ``FUZZY``, ``IN`` on a number, custom
attributes, …) is given to spaCy's own matchers, so every valid spaCy pattern still works, but costs a run of
spaCy's ``Matcher`` over every Doc. Matches come in the order the patterns were added, then by position (a
dependency match lists its tokens in the order of the pattern's nodes, as spaCy does); the model-free tests check the
matches against spaCy's on hand-built Docs and the shipped patterns.

>>> import spacy
>>> from spacy.tokens import Doc
>>> vocab = spacy.blank("en").vocab
>>> doc = Doc(vocab, words=["Iran", "denounced", "Israel"], lemmas=["Iran", "denounce", "Israel"],
...           pos=["PROPN", "VERB", "PROPN"], deps=["nsubj", "ROOT", "dobj"], heads=[1, 1, 1])
>>> m = ArrayMatcher(vocab)
>>> m.add("accuse", "dependency", [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": {"IN": ["denounce", "blame"]}}},
...       {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "o", "RIGHT_ATTRS": {"DEP": "dobj"}}])
True
>>> [(vocab.strings[key], ids) for key, ids in m(doc)]
[('accuse', (1, 2))]
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc

from kg.extract.arraycompile import Compiled, Node, candidates, compile_pattern, narrowed, present, spacy_needs
from kg.extract.arraytable import RELATIONS, Table, Test, ok
from kg.extract.caches import per_doc
from kg.patterns import Pattern, thaw


class ArrayMatcher:
    """Token and dependency patterns, matched as described in the module docstring.

    ``add`` returns True when the pattern is matched on the arrays, False when spaCy's matchers take it.
    Calling the matcher gives ``(key, token ids)`` pairs (the key is the hash of the name given to ``add``).
    """

    def __init__(self, vocab, allow_missing: bool = False):
        self.vocab = vocab
        self.allow_missing = allow_missing  # as spaCy's: match a Doc even where it lacks an annotation
        self.patterns: list[Compiled | tuple[int, int]] = []  # compiled, or (key, spaCy fallback number)
        # The patterns a Doc can match, found from its values: attribute → value → pattern numbers (see _relevant).
        self._by_value: dict[str, dict[int, list[int]]] = {}
        self._unindexed: list[int] = []
        self._spacy: dict[tuple[str, frozenset[str]], Any] = {}  # (kind, needs) → a Matcher or DependencyMatcher

    def __len__(self) -> int:
        return len(self.patterns)

    def add(self, name: str, kind: str, spec: list) -> bool:
        key = self.vocab.strings.add(name)
        compiled = compile_pattern(self.vocab.strings, key, kind, spec)
        if compiled is not None:
            self._dispatch(len(self.patterns), compiled.by_child or (compiled.later and compiled.later[1])
                           or compiled.indexed)
            self.patterns.append(compiled)
            return True
        number = len(self.patterns)
        group = (kind, spacy_needs(kind, spec))
        matcher = self._spacy.get(group)
        if matcher is None:
            matcher = self._spacy[group] = (DependencyMatcher if kind == "dependency" else Matcher)(self.vocab)
        matcher.add(f"kg-array-fallback-{number}", [spec])
        self.patterns.append((key, number))
        self._unindexed.append(number)
        return False

    def _dispatch(self, number: int, test: Test | None) -> None:
        """File pattern ``number`` under the values of the test that finds its candidates (None: always tried)."""
        if test is None:
            self._unindexed.append(number)
            return
        attr, kind, value = test
        table = self._by_value.setdefault(attr, {})
        for v in [value] if kind == "eq" else sorted(value):
            table.setdefault(v, []).append(number)

    def _relevant(self, table: Table) -> list[int]:
        """The numbers of the patterns whose first token can match some token of the Doc, in order."""
        found = set(self._unindexed)
        for attr, by_value in self._by_value.items():
            for v in table.index(attr).keys() & by_value.keys():
                found.update(by_value[v])
        return sorted(found)

    def __call__(self, doc: Doc, table: Table | None = None) -> list[tuple[int, tuple[int, ...]]]:
        """The matches; ``table``: the Doc's :class:`Table` when the caller shares one (see :func:`table_of`)."""
        table = table if table is not None else Table(doc)
        fallback = self._fallback(doc, table) if self._spacy else {}
        missing = frozenset() if self.allow_missing else frozenset(a for a, has in table.has.items() if not has)
        out: list[tuple[int, tuple[int, ...]]] = []
        for number in self._relevant(table):
            p = self.patterns[number]
            found: Iterable[tuple[int, ...]]
            if isinstance(p, tuple):
                key, found = p[0], fallback.get(p[1], ())
            elif (not missing or missing.isdisjoint(p.needs)) and _all_present(p.musts, table):
                key, found = p.key, _dependency(p, table) if p.kind == "dependency" else _sequence(p, table)
            else:
                continue
            out += [(key, ids) for ids in found]
        return out

    def _fallback(self, doc: Doc, table: Table) -> dict[int, list[tuple[int, ...]]]:
        found: dict[int, list[tuple[int, ...]]] = {}
        strings = self.vocab.strings
        for (kind, needs), matcher in self._spacy.items():
            if not self.allow_missing and not all(table.has.get(a, doc.has_annotation(a)) for a in needs):
                continue
            if kind == "dependency":
                hits = [(key, tuple(ids)) for key, ids in matcher(doc)]
            else:
                hits = [(key, tuple(range(start, end)))
                        for key, start, end in matcher(doc, allow_missing=self.allow_missing)]
            for key, ids in hits:
                found.setdefault(int(strings[key].rsplit("-", 1)[1]), []).append(ids)
        return {number: sorted(ids) for number, ids in found.items()}


def _all_present(musts: tuple[Test, ...], table: Table) -> bool:
    """:func:`present` for every test (a loop: most patterns have one test or none)."""
    for test in musts:
        if not present(test, table):
            return False
    return True


def _sequence(p: Compiled, table: Table) -> Iterator[tuple[int, ...]]:
    """Every ``(start, …, end - 1)`` a token pattern matches, by start then end (all of them, as spaCy's
    ``Matcher`` gives them for patterns without ``greedy``)."""
    first, cols = p.nodes[0], table.cols
    if p.later is not None:  # fixed length: from where node k's word is
        k, test = p.later
        yield from (tuple(range(i - k, i - k + len(p.nodes))) for i in candidates(test, table)
                    if k <= i and i - k + len(p.nodes) <= table.n
                    and all(ok(node.tests, cols, i - k + j) for j, node in enumerate(p.nodes)))
        return
    starts = candidates(p.indexed, table) if not p.openers else \
        sorted({i for test in p.openers for i in candidates(test, table)})  # every token without either
    if len(p.nodes) == 1 and not first.op:  # the commonest case: one token, from the index
        yield from ((i,) for i in starts if not p.rest or ok(p.rest, cols, i))
        return
    plain = all(not node.op for node in p.nodes)
    for start in starts:
        if plain:  # no quantifiers: without the search below
            if start + len(p.nodes) <= table.n and ok(p.rest, cols, start) and all(
                    ok(node.tests, cols, start + k) for k, node in enumerate(p.nodes[1:], 1)):
                yield tuple(range(start, start + len(p.nodes)))
            continue
        for end in sorted(_ends(p.nodes, table, 0, start, False, {})):
            if end > start:
                yield tuple(range(start, end))


def _ends(nodes: tuple[Node, ...], table: Table, k: int, i: int, again: bool, memo: dict) -> set[int]:
    """Where a match of ``nodes[k:]`` from token ``i`` can end (``again``: node ``k`` has matched once already,
    so a ``+`` may stop)."""
    key = (k, i, again)
    if key in memo:
        return memo[key]
    out: set[int] = set()
    if k == len(nodes):
        out.add(i)
    else:
        node = nodes[k]
        if node.op in ("?", "*") or again:
            out |= _ends(nodes, table, k + 1, i, False, memo)
        if i < table.n:
            passed = ok(node.tests, table.cols, i)
            if node.op == "!":
                if not passed:
                    out |= _ends(nodes, table, k + 1, i + 1, False, memo)
            elif passed:
                if node.op in ("*", "+"):
                    out |= _ends(nodes, table, k, i + 1, True, memo)
                if node.op != "*" and not again or node.op == "?":
                    out |= _ends(nodes, table, k + 1, i + 1, False, memo)
    memo[key] = out
    return out


def _dependency(p: Compiled, table: Table) -> Iterator[tuple[int, ...]]:
    cols = table.cols
    if p.by_child is not None:  # (anchor, child) pairs from the children, in spaCy's order
        first, child, heads = p.nodes[0], p.nodes[1], table.heads
        yield from sorted((heads[j], j) for j in candidates(p.by_child, table)
                          if heads[j] != j and ok(child.tests, cols, j) and ok(first.tests, cols, heads[j]))
        return
    for anchor in narrowed(p, table):
        if ok(p.rest, cols, anchor):
            yield from _extend(p, table, [anchor])


def _extend(p: Compiled, table: Table, assigned: list[int]) -> Iterator[tuple[int, ...]]:
    if len(assigned) == len(p.nodes):
        yield tuple(assigned)
        return
    node = p.nodes[len(assigned)]
    for j in sorted(RELATIONS[node.op](table, assigned[node.left])):
        if ok(node.tests, table.cols, j):
            assigned.append(j)
            yield from _extend(p, table, assigned)
            assigned.pop()


def matcher_for(vocab, patterns: Iterable[Pattern]) -> tuple[ArrayMatcher, dict[int, Pattern]]:
    """One matcher over rule patterns of :mod:`kg.patterns` (keyed by their ids), and the pattern of each key."""
    matcher, by_key = ArrayMatcher(vocab), {}
    for p in patterns:
        matcher.add(p.id, p.kind, thaw(p.pattern))
        by_key[vocab.strings[p.id]] = p
    return matcher, by_key


def table_of(doc: Doc) -> Table:
    """The one :class:`Table` of a Doc that the rule stage's matchers share (kept in ``doc.user_data``)."""
    return per_doc(doc, "kg_table", Table)

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
``REGEX`` on the string attributes); token patterns with the ``OP`` quantifiers ``?``, ``*``, ``+`` and ``!``;
dependency patterns with every ``REL_OP`` of spaCy's ``DependencyMatcher``. A pattern that uses anything else
(``LENGTH``, ``MORPH``, comparisons, custom attributes, …) is given to spaCy's own matchers, so every valid spaCy
pattern still works. Matches come in the order the patterns were added, then by position (a dependency match
lists its tokens in the order of the pattern's nodes, as spaCy does); the model-free tests check the matches
against spaCy's on hand-built Docs and the shipped patterns.

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

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc

from kg.extract.arraytable import ANNOTATIONS, FLAG_ATTRS, RELATIONS, STRING_ATTRS, Table, Test, ok
from kg.extract.caches import per_doc
from kg.patterns import Pattern, thaw

# A token pattern's quantifiers: once, at most once, any number, at least once, one token that fails the tests.
QUANTIFIERS = ("", "?", "*", "+", "!")
# Which attribute indexes a pattern's first token, most selective first.
INDEX_ORDER = ("LEMMA", "ORTH", "TEXT", "LOWER", "NORM", "ENT_TYPE", "TAG", "DEP", "POS")

@dataclass(frozen=True)
class Node:
    """One token of a pattern: its tests, and (dependency patterns) the node it hangs on and the relation."""

    tests: tuple[Test, ...]
    left: int = -1
    op: str = ""  # a dependency pattern's REL_OP, or a token pattern's OP ("", "?", "*", "+", "!")


@dataclass(frozen=True)
class Compiled:
    key: int
    kind: str
    nodes: tuple[Node, ...]
    needs: frozenset[str]
    rest: tuple[Test, ...] = ()  # the first node's tests that its index lookup does not already pass
    indexed: Test | None = None  # the first node's test that finds its candidates (see index_test)
    by_child: Test | None = None  # a two-node ">" pattern found from its child's test (see _child_first)
    later: tuple[int, Test] | None = None  # a fixed-length token pattern found from node k's test (see _later_node)
    openers: tuple[Test, ...] = ()  # a token pattern whose first nodes may be skipped: where it can start (_openers)
    musts: tuple[Test, ...] = ()  # word tests some token of a Doc passes if the Doc has a match (see _musts)


def compile_tests(strings, spec: dict) -> tuple[Test, ...] | None:
    """The tests of one token spec, or None when it uses something this matcher does not evaluate."""
    tests: list[Test] = []
    for attr, want in spec.items():
        if attr in STRING_ATTRS:
            def code(v):
                return strings.add(v) if isinstance(v, str) else None
        elif attr in FLAG_ATTRS:
            def code(v):
                return int(v) if isinstance(v, bool) else None
        else:
            return None
        column = "ORTH" if attr == "TEXT" else attr
        if not isinstance(want, dict):
            if code(want) is None:
                return None
            tests.append((column, "eq", code(want)))
            continue
        for predicate, values in want.items():
            if predicate == "REGEX" and attr in STRING_ATTRS and isinstance(values, str):
                tests.append((column, "in", Searched(values, strings)))
                continue
            if predicate not in ("IN", "NOT_IN") or not isinstance(values, list):
                return None
            codes = [code(v) for v in values]
            if None in codes:
                return None
            tests.append((column, predicate.lower(), frozenset(codes)))
    return tuple(tests)


class Searched:
    """spaCy's ``REGEX`` on a string attribute, as a set of string hashes: the values whose text the expression
    finds something in (``re.search``), decided once per value."""

    def __init__(self, pattern: str, strings):
        self.regex, self.strings = re.compile(pattern), strings
        self.known: dict[object, bool] = {}

    def __contains__(self, value: object) -> bool:
        found = self.known.get(value)
        if found is None:
            found = self.known[value] = bool(self.regex.search(self.strings[value]))
        return found


def index_test(tests: tuple[Test, ...]) -> Test | None:
    """The test (``eq`` or ``in`` a set) on the most selective attribute of ``INDEX_ORDER``, or None."""
    for attr in INDEX_ORDER:
        for test in tests:
            if test[0] == attr and (test[1] == "eq" or test[1] == "in" and isinstance(test[2], frozenset)):
                return test
    return None


def candidates(test: Test | None, table: Table) -> list[int] | range:
    """The tokens that pass ``test`` (see :func:`index_test`), from the Doc's index (ascending); all without one."""
    if test is None:
        return range(table.n)
    attr, kind, value = test
    index = table.index(attr)
    if kind == "eq":
        return index.get(value, [])
    if len(value) < len(index):
        return sorted(i for v in value if v in index for i in index[v])
    return sorted(i for v, found in index.items() if v in value for i in found)


def _compile(strings, key: int, kind: str, spec: list) -> Compiled | None:
    nodes: list[Node] = []
    names: dict[str, int] = {}
    for k, item in enumerate(spec):
        if kind == "token":
            quantifier = item.get("OP", "")
            tests = compile_tests(strings, {a: v for a, v in item.items() if a != "OP"})
            if tests is None or quantifier not in QUANTIFIERS:
                return None
            nodes.append(Node(tests, op=quantifier))
            continue
        tests = compile_tests(strings, item.get("RIGHT_ATTRS", {}))
        if tests is None or k and item.get("REL_OP") not in RELATIONS:
            return None
        nodes.append(Node(tests, names[item["LEFT_ID"]], item["REL_OP"]) if k else Node(tests))
        names[item["RIGHT_ID"]] = k
    needs = {a for node in nodes for a, _, _ in node.tests if a in ANNOTATIONS}
    indexed = index_test(nodes[0].tests) if nodes[0].op in ("", "+") else None
    rest = tuple(t for t in nodes[0].tests if t != indexed)
    by_child = _child_first(kind, nodes, indexed)
    return Compiled(key, kind, tuple(nodes), frozenset(needs | ({"DEP"} if kind == "dependency" else set())), rest,
                    indexed, by_child, _later_node(kind, nodes, indexed), _openers(kind, nodes) if not indexed else (),
                    _musts(kind, nodes))


SELECTIVE = ("LEMMA", "ORTH", "TEXT", "LOWER", "NORM")  # word attributes: few tokens share a value


def _child_first(kind: str, nodes: list[Node], indexed: Test | None) -> Test | None:
    """For "a verb with the preposition 'with'" (an anchor known only by its POS or label, a child by its word):
    the child's test, so that the few children are found first and their heads checked; None otherwise."""
    if kind != "dependency" or len(nodes) != 2 or nodes[1].op != ">" or indexed and indexed[0] in SELECTIVE:
        return None
    child = index_test(nodes[1].tests)
    return child if child is not None and child[0] in SELECTIVE else None


def _later_node(kind: str, nodes: list[Node], indexed: Test | None) -> tuple[int, Test] | None:
    """For a token pattern without quantifiers whose first token is known only by its POS or shape ("a word that
    is not a proper noun, a name, '-', …"): the first later node with a word test, so that matches are looked for
    only where that word is (``k`` tokens after their start); None otherwise."""
    if kind != "token" or any(node.op for node in nodes) or indexed and indexed[0] in SELECTIVE:
        return None
    for k, node in enumerate(nodes[1:], 1):
        test = index_test(node.tests)
        if test is not None and test[0] in SELECTIVE:
            return k, test
    return None


def _openers(kind: str, nodes: list[Node]) -> tuple[Test, ...]:
    """For a token pattern whose first nodes may be skipped ("[would] like to thank"): the index tests of the nodes
    up to the first that must match, one of which a match's first token passes; () if one has none or is a ``!``."""
    if kind != "token":
        return ()
    tests = []
    for node in nodes:
        test = index_test(node.tests) if node.op != "!" else None
        if test is None:
            return ()
        tests.append(test)
        if node.op in ("", "+"):
            break
    return tuple(tests)


def _musts(kind: str, nodes: list[Node]) -> tuple[Test, ...]:
    """The word tests (``SELECTIVE``) of the nodes every match has (a token pattern's nodes that no quantifier skips):
    a Doc without any value of one has no match, so the pattern is not tried ("include" whose subject is
    "participants", in an article without either)."""
    tests = (index_test(tuple(t for t in node.tests if t[0] in SELECTIVE)) for node in nodes
             if kind == "dependency" or node.op in ("", "+"))
    return tuple(test for test in tests if test is not None)


def _present(test: Test, table: Table) -> bool:
    """Some token of the Doc passes ``test`` (an ``eq`` or ``in`` test of :func:`index_test`)."""
    index = table.index(test[0])
    return test[2] in index if test[1] == "eq" else any(v in index for v in test[2])


def _spacy_needs(kind: str, spec: list) -> frozenset[str]:
    specs = [item.get("RIGHT_ATTRS", {}) for item in spec] if kind == "dependency" else spec
    needs = {a for s in specs for a in s if a in (*ANNOTATIONS, "MORPH")}
    return frozenset(needs | ({"DEP"} if kind == "dependency" else set()))


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
        compiled = _compile(self.vocab.strings, key, kind, spec)
        if compiled is not None:
            self._dispatch(len(self.patterns), compiled.by_child or (compiled.later and compiled.later[1])
                           or compiled.indexed)
            self.patterns.append(compiled)
            return True
        number = len(self.patterns)
        group = (kind, _spacy_needs(kind, spec))
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
        out: list[tuple[int, tuple[int, ...]]] = []
        for number in self._relevant(table):
            p = self.patterns[number]
            found: Iterable[tuple[int, ...]]
            if isinstance(p, tuple):
                key, found = p[0], fallback.get(p[1], ())
            elif (self.allow_missing or all(table.has[a] for a in p.needs)) and \
                    all(_present(t, table) for t in p.musts):
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
    for anchor in candidates(p.indexed, table):
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

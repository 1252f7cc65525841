"""Compiling a spaCy token or dependency pattern for :mod:`kg.extract.arraymatch`: its tests on a Doc's arrays
(:class:`kg.extract.arraytable.Table`), the index value that finds its candidate first tokens, and the words every
match needs, or None when the pattern uses what the arrays cannot test (spaCy's own matchers take it then)."""
from __future__ import annotations

import operator
import re
from dataclasses import dataclass

from kg.extract.arraytable import ANNOTATIONS, FLAG_ATTRS, NUMBER_ATTRS, RELATIONS, STRING_ATTRS, Table, Test

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
    narrow: tuple[str, Test] | None = None  # a dependency anchor's relative (">", "<", …) by its word (_narrow)


def compile_tests(strings, spec: dict) -> tuple[Test, ...] | None:
    """The tests of one token spec, or None when it uses something this matcher does not evaluate."""
    tests: list[Test] = []
    for attr, want in spec.items():
        if attr in NUMBER_ATTRS:
            numbers = _number_tests(attr, want)
            if numbers is None:
                return None
            tests += numbers
            continue
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


def _number_tests(attr: str, want) -> list[Test] | None:
    """A number attribute (``LENGTH``) equal to an integer, or compared with integers (``{">=": 2}``), as spaCy's
    ``_ComparisonPredicate`` compares it; None for anything else (``IN`` on numbers is left to spaCy)."""
    if _integer(want):
        return [(attr, "eq", want)]
    if not isinstance(want, dict) or not want:
        return None
    tests: list[Test] = []
    for predicate, value in want.items():
        if predicate not in Compared.OPERATORS or not _integer(value):
            return None
        tests.append((attr, "in", Compared(predicate, value)))
    return tests


def _integer(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


class Compared:
    """spaCy's comparison predicates on a number attribute, as a set: the values that pass."""

    OPERATORS = {"==": operator.eq, "!=": operator.ne, ">=": operator.ge, "<=": operator.le, ">": operator.gt,
                 "<": operator.lt}

    def __init__(self, predicate: str, value: int):
        self.compare, self.value = self.OPERATORS[predicate], value

    def __contains__(self, have: int) -> bool:
        return bool(self.compare(have, self.value))


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


def compile_pattern(strings, key: int, kind: str, spec: list) -> Compiled | None:
    nodes: list[Node] = []
    names: dict[str, int] = {}
    for k, item in enumerate(spec):
        if kind == "token":
            quantifiers = expand_quantifier(item.get("OP", ""))
            tests = compile_tests(strings, {a: v for a, v in item.items() if a != "OP"})
            if tests is None or quantifiers is None:
                return None
            nodes += [Node(tests, op=q) for q in quantifiers]
            continue
        tests = compile_tests(strings, item.get("RIGHT_ATTRS", {}))
        if tests is None or k and item.get("REL_OP") not in RELATIONS:
            return None
        nodes.append(Node(tests, names[item["LEFT_ID"]], item["REL_OP"]) if k else Node(tests))
        names[item["RIGHT_ID"]] = k
    if not nodes:
        return None
    needs = {a for node in nodes for a, _, _ in node.tests if a in ANNOTATIONS}
    indexed = index_test(nodes[0].tests) if nodes[0].op in ("", "+") else None
    rest = tuple(t for t in nodes[0].tests if t != indexed)
    by_child = _child_first(kind, nodes, indexed)
    return Compiled(key, kind, tuple(nodes), frozenset(needs | ({"DEP"} if kind == "dependency" else set())), rest,
                    indexed, by_child, _later_node(kind, nodes, indexed), _openers(kind, nodes) if not indexed else (),
                    _musts(kind, nodes), _narrow(kind, nodes, indexed) if by_child is None else None)


def expand_quantifier(op: str) -> tuple[str, ...] | None:
    """A token pattern's ``OP`` as the quantifiers of the copies of its node that spaCy's ``Matcher`` makes of it:
    ``{n}`` is n nodes that must match, ``{n,m}`` n of them then m - n optional ones (``?``), ``{n,}`` n then a
    ``*``, ``{,m}`` m optional ones; None for an ``OP`` spaCy refuses.

    >>> expand_quantifier("{1,3}"), expand_quantifier("{2}"), expand_quantifier("{,2}"), expand_quantifier("+")
    (('', '?', '?'), ('', ''), ('?', '?'), ('+',))
    """
    if op in QUANTIFIERS:
        return (op,)
    if not (op.startswith("{") and op.endswith("}")):
        return None
    bounds = op[1:-1] if "," in op[1:-1] else f"{op[1:-1]},{op[1:-1]}"
    low, _, high = bounds.partition(",")
    if not all(b.isdecimal() for b in (low, high) if b) or not (low or high) or low and high and int(low) > int(high):
        return None
    least = int(low or 0)
    return ("",) * least + (("?",) * (int(high) - least) if high else ("*",))


SELECTIVE = ("LEMMA", "ORTH", "TEXT", "LOWER", "NORM")  # word attributes: few tokens share a value


def _child_first(kind: str, nodes: list[Node], indexed: Test | None) -> Test | None:
    """For "a verb with the preposition 'with'" (an anchor known only by its POS or label, a child by its word):
    the child's test, so that the few children are found first and their heads checked; None otherwise."""
    if kind != "dependency" or len(nodes) != 2 or nodes[1].op != ">" or indexed and indexed[0] in SELECTIVE:
        return None
    child = index_test(nodes[1].tests)
    return child if child is not None and child[0] in SELECTIVE else None


# A dependency relation → its inverse: the tokens a node's anchor can be, from the node (a child's head, …).
INVERSE = {">": "<", "<": ">", ">>": "<<", "<<": ">>"}


def _narrow(kind: str, nodes: list[Node], indexed: Test | None) -> tuple[str, Test] | None:
    """For a dependency pattern whose anchor is known only by its POS, label or entity type and that has a child,
    head, descendant or ancestor (``INVERSE``) known by its word ("a noun under 'include'"): that relation and word
    test, so that only anchors related to such a word are tried (see :func:`narrowed`); None otherwise."""
    if kind != "dependency" or indexed and indexed[0] in SELECTIVE:
        return None
    for node in nodes[1:]:
        test = index_test(tuple(t for t in node.tests if t[0] in SELECTIVE))
        if node.left == 0 and node.op in INVERSE and test is not None:
            return node.op, test
    return None


def narrowed(p: Compiled, table: Table) -> list[int] | range:
    """The anchors :func:`candidates` gives a dependency pattern, less those its ``narrow`` rules out: a match's
    anchor stands in the inverse relation to a token that passes the test (its head for ``>``, …)."""
    anchors = candidates(p.indexed, table)
    if p.narrow is None:
        return anchors
    op, test = p.narrow
    inverse = RELATIONS[INVERSE[op]]
    allowed = {a for j in candidates(test, table) for a in inverse(table, j)}
    return [a for a in anchors if a in allowed]


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


def present(test: Test, table: Table) -> bool:
    """Some token of the Doc passes ``test`` (an ``eq`` or ``in`` test of :func:`index_test`)."""
    index = table.index(test[0])
    return test[2] in index if test[1] == "eq" else not index.keys().isdisjoint(test[2])


def spacy_needs(kind: str, spec: list) -> frozenset[str]:
    specs = [item.get("RIGHT_ATTRS", {}) for item in spec] if kind == "dependency" else spec
    needs = {a for s in specs for a in s if a in (*ANNOTATIONS, "MORPH")}
    return frozenset(needs | ({"DEP"} if kind == "dependency" else set()))

"""A Doc as the array matcher (:mod:`kg.extract.arraymatch`) reads it: its attribute columns (``Doc.to_array``),
heads, children, subtrees and value indexes, each built when first needed, and spaCy's dependency relations
(``REL_OP``) over them."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from functools import cached_property
from typing import Any

import numpy
from spacy import attrs as sa
from spacy.tokens import Doc

# Pattern attribute → spaCy attribute id; strings are compared by their hash, flags as 0/1.
STRING_ATTRS = {"ORTH": sa.ORTH, "TEXT": sa.ORTH, "LOWER": sa.LOWER, "NORM": sa.NORM, "LEMMA": sa.LEMMA,
                "SHAPE": sa.SHAPE, "POS": sa.POS, "TAG": sa.TAG, "DEP": sa.DEP, "ENT_TYPE": sa.ENT_TYPE}
FLAG_ATTRS = {name: getattr(sa, name) for name in (
    "IS_ALPHA", "IS_ASCII", "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP",
    "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT", "IS_CURRENCY", "LIKE_NUM", "LIKE_URL",
    "LIKE_EMAIL", "SPACY")}
NUMBER_ATTRS = {"LENGTH": sa.LENGTH}  # compared as numbers (``==``, ``>=``, …)
# Attributes spaCy refuses to match on a Doc that lacks them; a pattern that needs one is skipped on such a Doc.
ANNOTATIONS = ("DEP", "POS", "TAG", "LEMMA")
Test = tuple[str, str, Any]  # (attribute, "eq" | "in" | "not_in", hash or frozenset of hashes, or a value test)


class Columns(dict):
    """A Doc's attribute columns (one Python list per attribute), read from ``Doc.to_array`` when first asked."""

    def __init__(self, doc: Doc):
        super().__init__()
        self.doc = doc

    def __missing__(self, attr: str) -> list[int]:
        ident = STRING_ATTRS.get(attr) or FLAG_ATTRS.get(attr) or NUMBER_ATTRS[attr]
        column = self[attr] = self.doc.to_array([ident]).reshape(-1).tolist() if len(self.doc) else []  # uint64
        return column


class Table:
    """A Doc's columns, heads and children, and indexes of its values, each built when first needed.

    A Table describes the Doc as it was made: the rule stage shares one per Doc (:func:`table_of`); a component
    that changes the Doc afterwards must not."""

    def __init__(self, doc: Doc):
        self.n = len(doc)
        self.cols = Columns(doc)
        self.has = {a: doc.has_annotation(a) for a in ANNOTATIONS}
        self._doc = doc
        self._index: dict[str, dict[int, list[int]]] = {}
        self._tree_span: dict[int, tuple[int, int]] = {}
        self._children: dict[int, list[int]] = {}
        self._subtrees: dict[int, list[int]] = {}

    @cached_property
    def _heads(self) -> numpy.ndarray:
        relative = self._doc.to_array([sa.HEAD]).reshape(-1).astype("int64") if self.n else numpy.zeros(0, "int64")
        return numpy.arange(self.n) + relative

    @cached_property
    def heads(self) -> list[int]:
        return self._heads.tolist()

    @cached_property
    def _by_head(self) -> tuple[list[int], list[int]]:
        """Tokens ordered by their head (then by position), and where each head's run starts."""
        order = numpy.argsort(self._heads, kind="stable")
        return order.tolist(), numpy.searchsorted(self._heads[order], numpy.arange(self.n + 1)).tolist()

    def children(self, i: int) -> list[int]:
        """The children of token ``i``, in order (spaCy's ``Token.children``), listed once per token (the
        dependency patterns ask for the same heads' children again and again): do not change the list."""
        found = self._children.get(i)
        if found is None:
            order, bounds = self._by_head
            found = self._children[i] = [j for j in order[bounds[i]:bounds[i + 1]] if j != i]
        return found

    def index(self, attr: str) -> dict[int, list[int]]:
        found = self._index.get(attr)
        if found is None:
            grouped: defaultdict[int, list[int]] = defaultdict(list)
            for i, v in enumerate(self.cols[attr]):
                grouped[v].append(i)
            found = self._index[attr] = dict(grouped)
        return found

    def ancestors(self, i: int) -> Iterator[int]:
        while self.heads[i] != i:
            i = self.heads[i]
            yield i

    def subtree(self, i: int) -> list[int]:
        """The descendants of token ``i``, ascending (spaCy's ``>>``), listed once per token (a dependency pattern
        asks for the same anchors' subtrees again and again): do not change the list."""
        found = self._subtrees.get(i)
        if found is None:
            out, todo = [], list(self.children(i))
            while todo:
                j = todo.pop()
                out.append(j)
                todo.extend(self.children(j))
            found = self._subtrees[i] = sorted(out)
        return found

    def tree_span(self, i: int) -> tuple[int, int]:
        """``[start, end)`` of the tree ``i`` is in (spaCy's sentence for the ``.`` and ``;`` relations)."""
        root = ([i, *self.ancestors(i)])[-1]
        span = self._tree_span.get(root)
        if span is None:
            inside = [root, *self.subtree(root)]
            span = self._tree_span[root] = (min(inside), max(inside) + 1)
        return span


def ok(tests: tuple[Test, ...], cols: dict[str, list[int]], i: int) -> bool:
    """Does token ``i`` pass every test?"""
    for attr, kind, value in tests:
        have = cols[attr][i]
        if kind == "eq":
            if have != value:
                return False
        elif (have in value) != (kind == "in"):
            return False
    return True


def _head(t: Table, i: int) -> list[int]:
    return [t.heads[i]] if t.heads[i] != i else []


def _siblings(t: Table, i: int) -> list[int]:
    return t.children(t.heads[i])  # spaCy's ``token.head.children`` (a root's own children for a root)


def _next_in_tree(t: Table, i: int) -> list[int]:
    return [i + 1] if i + 1 < t.tree_span(i)[1] else []


def _previous_in_tree(t: Table, i: int) -> list[int]:
    return [i - 1] if i - 1 >= t.tree_span(i)[0] else []


# spaCy's REL_OPs (``DependencyMatcher._ops``): node ``i`` → the tokens that stand in the relation to it.
RELATIONS: dict[str, Callable[[Table, int], list[int]]] = {
    "<": _head,
    ">": lambda t, i: t.children(i),
    "<<": lambda t, i: list(t.ancestors(i)),
    ">>": lambda t, i: t.subtree(i),
    ".": _next_in_tree,
    ".*": lambda t, i: list(range(i + 1, t.tree_span(i)[1])),
    ";": _previous_in_tree,
    ";*": lambda t, i: list(range(t.tree_span(i)[0], i)),
    "$+": lambda t, i: [i + 1] if i + 1 in _siblings(t, i) else [],
    "$-": lambda t, i: [i - 1] if i - 1 in _siblings(t, i) else [],
    "$++": lambda t, i: [c for c in _siblings(t, i) if c > i],
    "$--": lambda t, i: [c for c in _siblings(t, i) if c < i],
    ">+": lambda t, i: [i + 1] if i + 1 in t.children(i) else [],
    ">-": lambda t, i: [i - 1] if i - 1 in t.children(i) else [],
    ">++": lambda t, i: [c for c in t.children(i) if c > i],
    ">--": lambda t, i: [c for c in t.children(i) if c < i],
    "<+": lambda t, i: [i + 1] if t.heads[i] == i + 1 else [],
    "<-": lambda t, i: [i - 1] if t.heads[i] == i - 1 else [],
    "<++": lambda t, i: [t.heads[i]] if t.heads[i] > i else [],
    "<--": lambda t, i: [t.heads[i]] if t.heads[i] < i else [],
}

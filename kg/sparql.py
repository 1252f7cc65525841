"""SPARQL text: kg's internal queries and the binding of ``$name`` variables to values.

Internal queries (those of :mod:`kg.analysis` and the stores) are files in ``kg/resources/sparql/``; the public,
named ones are in ``queries/`` (installed as ``kg/queries/``, see :mod:`kg.query`). No file is in both.

:func:`bind` is the only way a value gets into a query's text. It never changes the query's shape: the text is
read token by token (string literals, IRIs and comments are skipped whole), each ``$name`` variable is replaced
by one RDF term, and a value is written as a term of its own: a string as an escaped ``xsd:string`` literal,
a :class:`pyoxigraph.NamedNode` (whose constructor refuses ``<``, ``>``, quotes, braces and spaces) as an IRI,
any other pyoxigraph term in its N-Triples form. Values are substituted once, so a value that looks like a
``$variable``, a quote or ``} ; DROP ALL`` stays text inside its literal.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from functools import cache
from importlib import resources

import pyoxigraph
from pyoxigraph import BlankNode, Literal, NamedNode

from kg.errors import MissingParameterError, QueryError, ResourceError

Term = NamedNode | Literal | BlankNode
Value = str | int | Term | Sequence[Term]
"""A value for a ``$name``: a string (an ``xsd:string`` literal), an integer, an RDF term, or a sequence of
terms (written space-separated, for ``VALUES ?x { $name }``)."""

# Tokens that may contain a "$": long and short string literals, IRIs (IRIREF's characters), comments; and the
# $variables themselves. Anything else is copied as it is.
_TOKENS = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*"
    r"|\$(\w+)"
)
_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}
_SPECIAL = re.compile(r'[\\"\x00-\x1f\x7f]')


def string_literal(text: str) -> str:
    r"""``text`` as a SPARQL string literal (double-quoted; quotes, backslashes and control characters escaped).

    >>> print(string_literal('say "hi"\n} ; DROP ALL'))
    "say \"hi\"\n} ; DROP ALL"
    >>> print(string_literal("nul\x00"))
    "nul\u0000"
    """
    if any("\ud800" <= c <= "\udfff" for c in text):
        raise QueryError("a parameter value holds a lone surrogate (not valid Unicode text)")
    return '"' + _SPECIAL.sub(lambda m: _ESCAPES.get(m.group(), f"\\u{ord(m.group()):04X}"), text) + '"'


def term_text(value: Value) -> str:
    """The SPARQL text of one value (see the module docstring)."""
    if isinstance(value, str):
        return string_literal(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value)  # a bare integer: valid as a literal and after LIMIT or OFFSET
    if isinstance(value, Literal):
        datatype = value.datatype.value
        text = string_literal(value.value)
        if value.language:
            return f"{text}@{value.language}"
        return text if datatype == "http://www.w3.org/2001/XMLSchema#string" else f"{text}^^<{datatype}>"
    if isinstance(value, (NamedNode, BlankNode)):
        return str(value)  # pyoxigraph validated the IRI (or blank node id) when the term was made
    if isinstance(value, Sequence):
        return " ".join(term_text(v) for v in value)
    raise QueryError(f"cannot bind a {type(value).__name__} in a SPARQL query")


def parameters(sparql: str) -> list[str]:
    r"""The ``$name`` variables of a query, in order of first use (not those in strings, IRIs or comments).

    >>> parameters('SELECT * { ?s ?p $x . FILTER(?s != "$y") } # $z\n LIMIT $n')
    ['x', 'n']
    """
    return list(dict.fromkeys(m.group(1) for m in _TOKENS.finditer(sparql) if m.group(1)))


def bind(sparql: str, params: Mapping[str, Value]) -> str:
    """Replace each ``$name`` variable by its value's term (see the module docstring).

    >>> bind('SELECT * { ?s ?p $x } # $x in a comment', {"x": '"} ; DROP ALL'})
    'SELECT * { ?s ?p "\\\\"} ; DROP ALL" } # $x in a comment'
    >>> bind('SELECT * { ?s ?p $x }', {"x": NamedNode("http://example.org/a")})
    'SELECT * { ?s ?p <http://example.org/a> }'
    """
    missing: list[str] = []

    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name is None:
            return match.group()
        if name not in params:
            missing.append(name)
            return match.group()
        return term_text(params[name])

    bound = _TOKENS.sub(replace, sparql)
    if missing:
        raise MissingParameterError(sorted(missing)[0])
    return bound


def iri(text: str) -> NamedNode:
    """An IRI from user text, or a :class:`QueryError` when it is not one.

    >>> iri("http://example.org/a").value
    'http://example.org/a'
    >>> iri("http://example.org/a> } ; DROP ALL #")
    Traceback (most recent call last):
    kg.errors.QueryError: not a valid IRI: 'http://example.org/a> } ; DROP ALL #'
    """
    try:
        return pyoxigraph.NamedNode(text)
    except ValueError as e:
        raise QueryError(f"not a valid IRI: {text!r}") from e


@cache
def internal(name: str) -> str:
    """The text of kg's internal query ``kg/resources/sparql/<name>.rq``."""
    try:
        return (resources.files("kg") / "resources" / "sparql" / f"{name}.rq").read_text(encoding="utf-8")
    except OSError as e:
        raise ResourceError(f"internal query {name}.rq cannot be read: {e}") from e

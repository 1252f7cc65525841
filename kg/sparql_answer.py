"""The SPARQL handling of ``kg serve``, without HTTP: which requests are refused (updates, ``SERVICE``), which
result format an ``Accept`` header asks for, and evaluation with a deadline and a row limit into an
:class:`Answer` (status, body, content type). :mod:`kg.serve` maps URLs and bodies onto :func:`refusal` and
:func:`answer_query`.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

import pyoxigraph
from pyoxigraph import (
    BlankNode,
    Literal,
    NamedNode,
    QueryBoolean,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    Triple,
)

from kg.errors import QueryError, StoreError
from kg.store import PREFIXES, Store, one_line

log = logging.getLogger("kg.serve")  # the endpoint's log, as before the split

F = TypeVar("F")  # a result or graph format

RESULT_OFFERS = [
    ("application/sparql-results+json", QueryResultsFormat.JSON),
    ("application/json", QueryResultsFormat.JSON),
    ("application/sparql-results+xml", QueryResultsFormat.XML),
    ("application/xml", QueryResultsFormat.XML),
    ("text/xml", QueryResultsFormat.XML),
    ("text/csv", QueryResultsFormat.CSV),
    ("text/tab-separated-values", QueryResultsFormat.TSV),
]
GRAPH_OFFERS = [
    ("text/turtle", RdfFormat.TURTLE),
    ("application/x-turtle", RdfFormat.TURTLE),
    ("application/n-triples", RdfFormat.N_TRIPLES),
    ("text/plain", RdfFormat.N_TRIPLES),
    ("application/ld+json", RdfFormat.JSON_LD),
]
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
UPDATE_WORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
_PROLOGUE = re.compile(r"\s*(?:(?:BASE|PREFIX\s+[^\s:]*:)\s*)*", re.IGNORECASE)
_HIDDEN = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|<[^<>\s]*>|#.*')
_SERVICE = re.compile(r"(?<![\w:?$])SERVICE(?![\w:-])", re.IGNORECASE)


def refusal(sparql: str) -> str | None:
    """Why the endpoint refuses ``sparql`` (an update, LOAD, SERVICE), or None for a read.

    >>> refusal('PREFIX ex: <http://x/> LOAD <http://x/data.ttl>')
    'this SPARQL endpoint is read-only (LOAD is an update)'
    >>> refusal('# INSERT\\nSELECT ("DELETE" AS ?x) {}') is None, refusal('select * { service <x:> {} }')
    (True, 'SERVICE is not allowed on this endpoint')
    >>> refusal('SELECT * { ?s <http://x/service> "civil service", ?service } # service') is None
    True
    """
    shown = _HIDDEN.sub(" ", sparql)
    prologue = _PROLOGUE.match(shown)
    assert prologue is not None  # the pattern matches the empty string too
    first = shown[prologue.end():].split(None, 1)
    if first and first[0].upper() in UPDATE_WORDS:
        return f"this SPARQL endpoint is read-only ({first[0].upper()} is an update)"
    if _SERVICE.search(shown):
        return "SERVICE is not allowed on this endpoint"
    return None


@dataclass(frozen=True)
class Limits:
    """What one query may cost (``kg serve --timeout/--max-rows``) and who may read answers in a browser."""

    timeout: float | None = 30.0  # seconds per query, including the wait for an evaluation thread
    max_rows: int | None = 100_000  # rows of a SELECT, triples of a CONSTRUCT or DESCRIBE
    cors_origin: str | None = None  # an origin allowed to read answers (CORS), or "*"; None: none
    threads: int = 4  # queries evaluated at once


@dataclass(frozen=True)
class Answer:
    status: int
    body: bytes
    content_type: str

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")


class _RefusedError(Exception):
    """A query stopped by a limit; carries its answer."""

    def __init__(self, answer: Answer):
        super().__init__(answer.body)
        self.answer = answer


def _ranges(accept: str) -> list[tuple[str, float]]:
    ranges = []
    for part in accept.split(","):
        media, *params = [p.strip() for p in part.split(";")]
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if media:
            ranges.append((media.lower(), q))
    return ranges


def negotiate(accept: str | None, offers: Sequence[tuple[str, F]]) -> F | None:
    """The offered format the client prefers most (first offer on ties), or None if it accepts none.

    >>> negotiate("text/csv;q=0.5, application/sparql-results+xml", RESULT_OFFERS).name
    'SPARQL Results in XML'
    >>> negotiate("text/html,*/*;q=0.8", RESULT_OFFERS).name
    'SPARQL Results in JSON'
    >>> negotiate("image/png", RESULT_OFFERS) is None
    True
    """
    if not accept or not accept.strip():
        return offers[0][1]
    ranges = _ranges(accept)
    best, best_q = None, 0.0
    for media, fmt in offers:
        specificity = {media: 3, media.split("/")[0] + "/*": 2, "*/*": 1}
        matches = [(specificity[r], q) for r, q in ranges if r in specificity]
        q = max(matches)[1] if matches else 0.0  # the most specific matching range decides
        if q > best_q:
            best, best_q = fmt, q
    return best


class Evaluator:
    """At most ``threads`` queries evaluated at once, each in a daemon thread of its own, so that a query still
    running after its client had its timeout never keeps the server from stopping."""

    def __init__(self, threads: int):
        self._slots = threading.BoundedSemaphore(max(threads, 1))

    def run(self, work: Callable[[], Answer], deadline: float | None) -> Answer | None:
        """``work()``'s answer, or None if the deadline passes first (waiting for a slot included)."""
        if not self._slots.acquire(timeout=_left(deadline)):
            return None
        done = threading.Event()
        box: list[Answer] = []

        def target() -> None:
            try:
                box.append(work())
            finally:
                self._slots.release()
                done.set()

        threading.Thread(target=target, name="kg-sparql-query", daemon=True).start()
        return box[0] if done.wait(_left(deadline)) and box else None


def _left(deadline: float | None) -> float | None:
    return None if deadline is None else max(deadline - time.monotonic(), 0.0)


def answer_query(store: Store, sparql: str, accept: str | None, evaluator: Evaluator, limits: Limits,
                 *, union: bool = True) -> Answer:
    """Evaluate a read query within ``limits`` and serialise it for ``accept``."""
    why = refusal(sparql)
    if why:
        return Answer.error(403, why)
    deadline = time.monotonic() + limits.timeout if limits.timeout else None
    answer = evaluator.run(lambda: evaluate(store, sparql, accept, limits, deadline, union), deadline)
    return answer if answer is not None else _timed_out(limits)


def _timed_out(limits: Limits) -> Answer:
    return Answer.error(503, f"query timed out after {limits.timeout:g} s (the endpoint's limit; "
                             "kg serve --timeout SECONDS raises it)")


def evaluate(store: Store, sparql: str, accept: str | None, limits: Limits, deadline: float | None = None,
             union: bool = True) -> Answer:
    """The answer to one query: rows or triples collected up to the cap and the deadline, then serialised."""
    try:
        if deadline is not None and time.monotonic() > deadline:
            return _timed_out(limits)
        result = store.query(sparql, union=union)
        if isinstance(result, QueryBoolean):
            fmt = negotiate(accept, RESULT_OFFERS)
            return Answer(200, _written(result.serialize(format=fmt)), fmt.media_type) if fmt else _not_acceptable()
        if not isinstance(result, QuerySolutions):
            rdf_fmt = negotiate(accept, GRAPH_OFFERS)
            if rdf_fmt is None:
                return _not_acceptable()
            items = _collect(result, limits, deadline, "triples")
            body = _written(pyoxigraph.serialize(items, None, rdf_fmt, prefixes=PREFIXES))
            return Answer(200, body, rdf_fmt.media_type)
        fmt = negotiate(accept, RESULT_OFFERS)
        if fmt is None:
            return _not_acceptable()
        items = _collect(result, limits, deadline, "rows")
        return Answer(200, solutions_body(result.variables, items, fmt), fmt.media_type)
    except _RefusedError as e:
        return e.answer
    except QueryError as e:
        return Answer.error(400, str(e))
    except (StoreError, OSError, RuntimeError, SyntaxError, ValueError) as e:
        log.warning("query failed: %s", one_line(e))
        return Answer.error(500, f"query failed: {one_line(e)}")


def _not_acceptable() -> Answer:
    return Answer.error(406, "cannot answer in any of the accepted types")


def _written(body: bytes | None) -> bytes:
    """The bytes pyoxigraph serialised (it returns None only when given a file to write to)."""
    assert body is not None
    return body


def _collect(result, limits: Limits, deadline: float | None, what: str) -> list:
    items = []
    for item in result:
        items.append(item)
        if limits.max_rows is not None and len(items) > limits.max_rows:
            raise _RefusedError(Answer.error(400, f"the answer has more than {limits.max_rows:,} {what} (the "
                                             "endpoint's limit; add a LIMIT, or kg serve --max-rows N raises it)"))
        if deadline is not None and len(items) % 256 == 0 and time.monotonic() > deadline:
            raise _RefusedError(_timed_out(limits))
    return items


def solutions_body(variables: list, rows: list, fmt: QueryResultsFormat) -> bytes:
    """``rows`` (``QuerySolution``s) in ``fmt``: written as SPARQL JSON, re-serialised by pyoxigraph for the rest."""
    names = [v.value for v in variables]
    bindings = [{name: term_json(row[name]) for name in names if row[name] is not None} for row in rows]
    body = json.dumps({"head": {"vars": names}, "results": {"bindings": bindings}}, ensure_ascii=False).encode()
    if fmt == QueryResultsFormat.JSON:
        return body
    return _written(pyoxigraph.parse_query_results(body, QueryResultsFormat.JSON).serialize(format=fmt))


def term_json(term) -> dict:
    """One RDF term in the SPARQL 1.1 JSON results format (with RDF-star triples).

    >>> term_json(Literal("Zoë", language="fr")), term_json(Literal("3", datatype=NamedNode(XSD_STRING)))
    ({'type': 'literal', 'value': 'Zoë', 'xml:lang': 'fr'}, {'type': 'literal', 'value': '3'})
    """
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != XSD_STRING:
            out["datatype"] = term.datatype.value
        return out
    if isinstance(term, Triple):
        return {"type": "triple", "value": {"subject": term_json(term.subject), "predicate": term_json(term.predicate),
                                            "object": term_json(term.object)}}
    raise ValueError(f"unexpected term {term!r}")



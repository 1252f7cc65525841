"""A read-only SPARQL 1.1 Protocol endpoint over a kg store, for YASGUI, curl or any SPARQL client.

* ``GET /query?query=…`` (also ``/`` and ``/sparql``), ``POST`` with ``application/x-www-form-urlencoded``
  (``query=…``) or ``application/sparql-query``.
* SELECT and ASK results as SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT and DESCRIBE results as Turtle
  (default), N-Triples or JSON-LD; chosen by the ``Accept`` header (q-values honoured; 406 if nothing fits).
* Only reads: 403 for ``update=`` parameters, ``application/sparql-update`` bodies, the ``/update`` and
  ``/store`` paths, and an update (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``, ``DROP``, …) sent as a query.
  ``SERVICE`` is refused (403) because pyoxigraph would fetch the remote endpoint from this process.
* Limits (:class:`Limits`): a query that runs longer than ``timeout`` seconds gets 503, an answer with more than
  ``max_rows`` rows (SELECT) or triples (CONSTRUCT, DESCRIBE) gets 400; both say which option raises them.
  At most ``threads`` queries are evaluated at once; the timeout counts the wait for a turn. Evaluation stops
  at the next row after the deadline; one step that yields no row (sorting or aggregating a huge join) runs on
  in its thread until it ends, though its client has had its 503 on time.
* By default the default graph is the union of all article graphs, so ``SELECT * { ?s ?p ?o }`` finds data.
* CORS: none by default (browsers on other sites cannot read answers); ``cors_origin`` allows one origin (or ``*``).
* Pages (``GET`` without a ``query`` parameter): ``/`` is a query page (YASGUI on ``/query`` with the named
  queries) and ``/report`` the ``kg report`` page of the store (made on the first request); see
  :mod:`kg.webpages`.

:func:`refusal` and :func:`answer_query` hold the SPARQL handling (no HTTP in them); the handler maps URLs and
bodies onto them. Answers are built in memory before the status line is sent, so evaluation errors still get a
proper status.
"""

from __future__ import annotations

import ipaddress
import json
import logging
import re
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TypeVar
from urllib.parse import parse_qs, urlsplit

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

from kg.errors import KGError, QueryError, StoreError
from kg.store import PREFIXES, Store, one_line

log = logging.getLogger(__name__)
F = TypeVar("F")  # a result or graph format

QUERY_PATHS = {"/", "/query", "/sparql"}
UPDATE_PATHS = {"/update", "/store"}
PAGE_PATHS = {"/": "query", "/index.html": "query", "/report": "report", "/report.html": "report"}
MAX_BODY = 10 * 1024 * 1024
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
CORS = {
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type",
    "Access-Control-Max-Age": "86400",
    "Vary": "Origin",
}
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


def is_loopback(host: str) -> bool:
    """Whether ``host`` is reachable from this machine only.

    >>> is_loopback("127.0.0.1"), is_loopback("localhost"), is_loopback("::1"), is_loopback("0.0.0.0")
    (True, True, True, False)
    """
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


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


class SparqlServer(ThreadingHTTPServer):
    """A threading HTTP server that carries the store it answers from, its limits and its evaluation threads."""

    daemon_threads = True
    request_queue_size = 128  # many clients connecting at once must queue, not be refused

    def __init__(self, address: tuple[str, int], store: Store, union: bool = True, limits: Limits | None = None):
        super().__init__(address, SparqlHandler)
        self.store = store
        self.union = union
        self.limits = limits or Limits()
        self.evaluator = Evaluator(self.limits.threads)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host.decode() if isinstance(host, bytes) else host}:{port}/query"


class SparqlHandler(BaseHTTPRequestHandler):
    """Maps HTTP requests onto :func:`answer_query`; never changes the store."""

    server: SparqlServer
    server_version = "kg-sparql/0.1"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (the stdlib's name)
        log.info("%s %s", self.address_string(), format % args)

    def _cors(self) -> dict[str, str]:
        origin = self.server.limits.cors_origin
        return {"Access-Control-Allow-Origin": origin, **CORS} if origin else {}

    def _send(self, status: int, body: bytes, content_type: str, extra: dict | None = None) -> None:
        self.send_response(status)
        for name, value in {**self._cors(), **(extra or {})}.items():
            self.send_header(name, value)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _fail(self, status: int, message: str) -> None:
        answer = Answer.error(status, message)
        self._send(answer.status, answer.body, answer.content_type)

    def do_OPTIONS(self) -> None:  # noqa: N802 (stdlib naming)
        self._send(204, b"", "text/plain", {"Allow": "GET, POST, OPTIONS"})

    def _route(self) -> dict[str, list[str]] | None:
        """The URL's parameters, or None after refusing the request."""
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in UPDATE_PATHS or "update" in params:
            self._fail(403, "this SPARQL endpoint is read-only")
            return None
        if url.path not in QUERY_PATHS:
            self._fail(404, f"no such endpoint {url.path}; send queries to /query")
            return None
        return params

    def _page(self) -> bool:
        """Answer a GET for the query page or the report; False when the request is not for a page."""
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path not in PAGE_PATHS or "query" in params or "update" in params:
            return False
        from kg import webpages

        try:
            if PAGE_PATHS[url.path] == "query":
                body = webpages.query_page("/query").encode("utf-8")
            else:
                body = webpages.report_page(self.server)
        except KGError as e:
            log.warning("page %s failed: %s", url.path, one_line(e))
            self._fail(500, f"page failed: {one_line(e)}")
            return True
        self._send(200, body, "text/html; charset=utf-8")
        return True

    def do_GET(self) -> None:  # noqa: N802
        if self._page():
            return
        params = self._route()
        if params is None:
            return
        if "query" not in params:
            self._fail(400, "missing 'query' parameter")
            return
        self._answer(params["query"][0])

    def do_POST(self) -> None:  # noqa: N802
        if self._route() is None:
            return
        length = int(self.headers.get("Content-Length") or 0)
        if length > MAX_BODY:
            self._fail(413, f"request body over {MAX_BODY} bytes")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = self.headers.get_content_type()
        if ctype == "application/sparql-update":
            self._fail(403, "this SPARQL endpoint is read-only")
        elif ctype == "application/sparql-query":
            self._answer(body)
        elif ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                self._fail(403, "this SPARQL endpoint is read-only")
            elif "query" not in form:
                self._fail(400, "missing 'query' parameter")
            else:
                self._answer(form["query"][0])
        else:
            self._fail(415, f"unsupported content type {ctype}")

    def _answer(self, sparql: str) -> None:
        server = self.server
        answer = answer_query(server.store, sparql, self.headers.get("Accept"), server.evaluator, server.limits,
                              union=server.union)
        self._send(answer.status, answer.body, answer.content_type)


def make_server(store: Store, host: str = "127.0.0.1", port: int = 7879, *, union: bool = True,
                limits: Limits | None = None) -> SparqlServer:
    """A server bound to ``host:port`` (port 0 picks a free one); run ``serve_forever`` and ``shutdown`` it."""
    try:
        return SparqlServer((host, port), store, union, limits)
    except OSError as e:
        raise StoreError(f"cannot listen on {host}:{port}: {one_line(e)}") from e


def serve(store: Store, host: str = "127.0.0.1", port: int = 7879, *, union: bool = True,
          limits: Limits | None = None) -> None:
    """Serve ``store`` read-only until interrupted (Ctrl-C)."""
    server = make_server(store, host, port, union=union, limits=limits)
    log.info("SPARQL endpoint at %s (read-only); Ctrl-C stops it", server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("stopping the SPARQL endpoint")
    finally:
        server.server_close()

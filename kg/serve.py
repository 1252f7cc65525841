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

:func:`~kg.sparql_answer.refusal` and :func:`~kg.sparql_answer.answer_query` (in :mod:`kg.sparql_answer`)
hold the SPARQL handling (no HTTP in them); the handler maps URLs and
bodies onto them. Answers are built in memory before the status line is sent, so evaluation errors still get a
proper status.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from kg.errors import KGError, StoreError
from kg.sparql_answer import Answer, Evaluator, Limits, answer_query
from kg.store import Store, one_line

log = logging.getLogger(__name__)
QUERY_PATHS = {"/", "/query", "/sparql"}
UPDATE_PATHS = {"/update", "/store"}
PAGE_PATHS = {"/": "query", "/index.html": "query", "/report": "report", "/report.html": "report"}
MAX_BODY = 10 * 1024 * 1024
CORS = {
    "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type",
    "Access-Control-Max-Age": "86400",
    "Vary": "Origin",
}


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
          limits: Limits | None = None, on_ready: Callable[[], None] | None = None) -> None:
    """Serve ``store`` read-only until interrupted (Ctrl-C); ``on_ready()`` runs once the port is bound."""
    server = make_server(store, host, port, union=union, limits=limits)
    if on_ready:
        on_ready()
    log.info("SPARQL endpoint at %s (read-only); Ctrl-C stops it", server.url)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("stopping the SPARQL endpoint")
    finally:
        server.server_close()

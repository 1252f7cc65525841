"""The pages ``kg serve`` shows besides its SPARQL endpoint: the query page (``/``) and the report (``/report``).

The query page is YASGUI (``@zazuko/yasgui``, bundled from npm with ``make web`` into
``kg/resources/web/query.bundle.js`` and ``.css``) pointed at the endpoint's ``/query``, with kg's named queries
(``queries/*.rq``) in a picker. Both pages are single HTML documents that load nothing from elsewhere.
"""

from __future__ import annotations

import html
import re
import textwrap
import threading

from kg.query import list_queries, resolve
from kg.report import fill, gather, inline_script, render, script_json, web_resource

_REPORT_LOCK = threading.Lock()
FIRST_QUERY = "roles"  # the first of the README's standard queries: first in the picker, the page opens with it


def with_parameter_note(sparql: str) -> str:
    """The query, headed by a note on its ``$name`` parameters (which ``kg query --param`` binds) if it has any.

    >>> with_parameter_note('SELECT * { ?s ?p $who }').splitlines()[0]
    '# Parameter: replace $who by a string in quotes (kg query binds it with --param who=VALUE)'
    """
    names = sorted(set(re.findall(r"\$(\w+)", sparql)))
    notes = [f"# Parameter: replace ${n} by a string in quotes (kg query binds it with --param {n}=VALUE)"
             for n in names]
    return "\n".join([*notes, sparql])


def named_queries() -> list[dict[str, str]]:
    """The named queries: name, first sentence of the header (at most 90 characters, for the picker) and SPARQL
    text (with a note on parameters); :data:`FIRST_QUERY` first, then by name."""
    return [{"name": name, "description": textwrap.shorten(description.removeprefix(f"{name}:"), 90, placeholder=" …"),
             "sparql": with_parameter_note(resolve(name))}
            for name, description in sorted(list_queries().items(), key=lambda item: (item[0] != FIRST_QUERY, item))]


def query_page(endpoint_path: str = "/query") -> str:
    """The query page: YASGUI with the named queries."""
    return fill(web_resource("query.html"), {
        "STYLE": web_resource("query.bundle.css").replace("</", "<\\/"),
        "ENDPOINT": html.escape(endpoint_path),
        "QUERIES": script_json(named_queries()),
        "SCRIPT": inline_script(web_resource("query.bundle.js")),
    })


def report_page(server) -> bytes:
    """The report of the server's store, made on the first request and kept on the server."""
    with _REPORT_LOCK:
        page = getattr(server, "kg_report_page", None)
        if page is None:
            page = render(gather(server.store)).encode("utf-8")
            server.kg_report_page = page
        return page

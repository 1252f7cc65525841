"""Remote store specs: endpoints and credentials of a SPARQL server, and the urllib opener that speaks to it.

Spec syntax (the ``spec`` of :func:`kg.store.open_store`)::

    http[s]://[USER:PASSWORD@]HOST[:PORT][/PATH][?query=Q&update=U&gsp=G]

* Without parameters the server is taken to have Oxigraph's layout under ``PATH``: ``PATH/query``,
  ``PATH/update`` and ``PATH/store`` (Graph Store Protocol). A ``PATH`` ending in ``/query`` is that query
  endpoint itself (the URL ``kg serve`` and ``oxigraph serve`` print).
* With parameters, ``PATH`` itself is the query endpoint unless ``query=`` is given, updates go to the query
  endpoint unless ``update=`` is given, and the Graph Store Protocol is used only if ``gsp=`` is given.
  Values are resolved against the spec URL: ``/x`` keeps scheme, host and port, a full URL is used as is.

Examples::

    http://127.0.0.1:7878                                                       Oxigraph server
    http://127.0.0.1:8890/sparql?update=/sparql-auth&gsp=/sparql-graph-crud-auth  Virtuoso
    http://127.0.0.1:3030/ds?query=/ds/query&update=/ds/update&gsp=/ds/data     Fuseki

Credentials come from ``USER:PASSWORD@`` (percent-encoded) or else from the environment variables
``KG_STORE_USER`` and ``KG_STORE_PASSWORD``; HTTP Basic or Digest is used, as the server's 401 challenge asks.
Proxies from the environment are not used for loopback hosts.
"""

from __future__ import annotations

import os
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit, urlunsplit

from kg.errors import StoreError
from kg.store.base import redact

_LOOPBACK = {"127.0.0.1", "localhost", "::1"}


@dataclass(frozen=True)
class RemoteSpec:
    """Where and as whom to talk to a SPARQL server."""

    name: str  # the spec without credentials, for messages
    query: str
    update: str
    gsp: str | None
    user: str | None = None
    password: str | None = field(default=None, repr=False)  # never in a repr, a message or a log


def parse_spec(spec: str) -> RemoteSpec:
    """Endpoints and credentials of a remote spec (see the module docstring).

    >>> s = parse_spec("http://127.0.0.1:7878")
    >>> s.query, s.update, s.gsp
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
    >>> parse_spec("http://127.0.0.1:7879/query").query, parse_spec("http://query/").query
    ('http://127.0.0.1:7879/query', 'http://query/query')
    >>> s = parse_spec("http://dba:p%40ss@127.0.0.1:8890/sparql?update=/sparql-auth&gsp=/sparql-graph-crud-auth")
    >>> s.name, s.query, s.update, s.gsp, s.user, s.password
    ('http://127.0.0.1:8890/sparql', 'http://127.0.0.1:8890/sparql', 'http://127.0.0.1:8890/sparql-auth', \
'http://127.0.0.1:8890/sparql-graph-crud-auth', 'dba', 'p@ss')
    """
    parts = urlsplit(spec)
    if not parts.hostname:
        raise StoreError(f"no host in store URL {redact(spec)!r}")
    netloc = parts.hostname if ":" not in parts.hostname else f"[{parts.hostname}]"
    netloc += f":{parts.port}" if parts.port else ""
    base = urlunsplit((parts.scheme, netloc, parts.path, "", ""))
    params = dict(parse_qsl(parts.query, keep_blank_values=True))
    unknown = set(params) - {"query", "update", "gsp"}
    if unknown:
        raise StoreError(f"unknown parameter(s) {', '.join(sorted(unknown))} in store URL; use query, update, gsp")
    user, password = _credentials(parts.username, parts.password)
    if not params:  # a query endpoint's own URL, as kg serve and oxigraph serve print it, names its server
        path = parts.path.rstrip("/").removesuffix("/query")
        prefix = urlunsplit((parts.scheme, netloc, path, "", ""))
        return RemoteSpec(base, f"{prefix}/query", f"{prefix}/update", f"{prefix}/store", user, password)
    query = _endpoint(base, params.get("query")) or base
    update = _endpoint(base, params.get("update")) or query
    gsp = _endpoint(base, params.get("gsp"))
    return RemoteSpec(base, query, update, gsp, user, password)


def _endpoint(base: str, value: str | None) -> str | None:
    """``value`` resolved against ``base``, without credentials (only the spec's own ``USER:PASSWORD@`` or the
    environment give them, so that no endpoint URL in a message or a log carries a password).

    >>> _endpoint("http://h:1/sparql", "/auth"), _endpoint("http://h:1/", "http://u:p@g:2/x?y=1")
    ('http://h:1/auth', 'http://g:2/x?y=1')
    """
    if not value:
        return None
    parts = urlsplit(urljoin(base, value))
    if parts.username is None and parts.password is None:
        return parts.geturl()
    netloc = parts.netloc.rpartition("@")[2]
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def _credentials(user: str | None, password: str | None) -> tuple[str | None, str | None]:
    if user is not None:
        return unquote(user), unquote(password or "")
    env_user = os.environ.get("KG_STORE_USER")
    return (env_user, os.environ.get("KG_STORE_PASSWORD", "")) if env_user else (None, None)


def build_opener(spec: RemoteSpec) -> urllib.request.OpenerDirector:
    """A urllib opener that answers Basic and Digest challenges with the spec's credentials."""
    handlers: list[urllib.request.BaseHandler] = []
    if {urlsplit(u).hostname for u in (spec.query, spec.update, spec.gsp) if u} <= _LOOPBACK:
        handlers.append(urllib.request.ProxyHandler({}))
    if spec.user is not None:
        passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        uris = [u for u in (spec.query, spec.update, spec.gsp) if u]
        passwords.add_password(None, uris, spec.user, spec.password or "")
        handlers += [urllib.request.HTTPDigestAuthHandler(passwords), urllib.request.HTTPBasicAuthHandler(passwords)]
    return urllib.request.build_opener(*handlers)

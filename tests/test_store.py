"""kg.store (local and remote backends): the same behaviour on memory, on-disk and remote (real ``oxigraph serve``) stores."""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pyoxigraph
import pytest
from pyoxigraph import Literal, NamedNode, Quad, QueryResultsFormat, RdfFormat

from kg import rdf
from kg.errors import ExportError, QueryError, StoreError, StoreLockedError
from kg.model import Article, ArticleFacts, EventFact, Evidence, Person, QuoteFact, TopicFact
from kg.store.remotespec import parse_spec
from kg.store import graph_iri, open_store
from kg.vocab import ONTOLOGY, mint
from clihelp import stop, wait_until_answers

REPO = Path(__file__).resolve().parents[1]
SCHEMA = "http://schema.org/"
RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
FORMATS = {
    "turtle": RdfFormat.TURTLE,
    "ntriples": RdfFormat.N_TRIPLES,
    "jsonld": RdfFormat.JSON_LD,
    "trig": RdfFormat.TRIG,
    "nquads": RdfFormat.N_QUADS,
}


def article(aid: str, persons: tuple[str, ...] = ("Ann Lee",), content_hash: str = "h0", topic: str = "trade"):
    """Quads of one article graph in kg's shape: article, event, persons, topic and a quote."""
    g = graph_iri(aid)
    event = NamedNode(mint("event", aid, "e1"))
    quote = NamedNode(mint("quote", aid, "q1"))
    tnode = NamedNode(mint("topic", topic))
    triples = [
        (g, RDF_TYPE, NamedNode(SCHEMA + "NewsArticle")),
        (g, NamedNode(SCHEMA + "identifier"), Literal(aid)),
        (g, NamedNode(ONTOLOGY + "contentHash"), Literal(content_hash)),
        (event, RDF_TYPE, NamedNode(SCHEMA + "Event")),
        (event, LABEL, Literal(f"meeting in {aid}")),
        (tnode, RDF_TYPE, NamedNode(ONTOLOGY + "Topic")),
        (tnode, LABEL, Literal(topic)),
        (event, NamedNode(ONTOLOGY + "discussed"), tnode),
        (quote, RDF_TYPE, NamedNode(SCHEMA + "Quotation")),
        (quote, NamedNode(SCHEMA + "text"), Literal(f'"We agree," said {aid}.\n\tÉtat 😀')),
    ]
    for name in persons:
        person = NamedNode(mint("person", name))
        triples += [(person, RDF_TYPE, NamedNode(SCHEMA + "Person")), (person, LABEL, Literal(name, language="en"))]
        triples += [(event, NamedNode(SCHEMA + "attendee"), person)]
    return [Quad(s, p, o, g) for s, p, o in triples]


def graph_quads(store, aid: str) -> set[tuple[str, str, str]]:
    g = graph_iri(aid)
    _, rows = store.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {g} {{ ?s ?p ?o }} }}")
    return {(r["s"], r["p"], r["o"]) for r in rows}


def plain_quads(quads) -> set[tuple[str, str, str]]:
    return {(q.subject.value, q.predicate.value, q.object.value) for q in quads}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def child_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


# --- the real Oxigraph server -------------------------------------------------------------------------------


def oxigraph_binary() -> str | None:
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else shutil.which("oxigraph")


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory) -> str:
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not next to sys.executable nor on PATH (pip install oxigraph)")
    url = f"http://127.0.0.1:{free_port()}"
    location = tmp_path_factory.mktemp("oxigraph")
    command = [binary, "serve", "--location", str(location), "--bind", url.removeprefix("http://")]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        wait_until_answers(f"{url}/query?query=ASK%7B%7D", proc, 15.0, proc.stderr.read, pause=0.05)
        yield url
    finally:
        stop(proc, 5)


@pytest.fixture(params=["memory", "disk", pytest.param("remote", marks=pytest.mark.slow)])
def store(request, tmp_path):
    """An empty writable store of each backend."""
    if request.param == "memory":
        opened = open_store("memory", write=True)
    elif request.param == "disk":
        opened = open_store(str(tmp_path / "kg"), write=True)
    else:
        opened = open_store(request.getfixturevalue("oxigraph_server"), write=True)
        opened.update("DROP ALL")
    yield opened
    opened.close()


# --- behaviour shared by every backend ----------------------------------------------------------------------


@pytest.mark.parametrize("first, second", [(("Ann Lee",), ("Bo Kim", "Cy Ray")), (("Ann Lee", "Bo Kim"), ())])
def test_store_put_article_replaces_the_graph(store, first, second):
    store.put_article("a1", article("a1", first, "h1"))
    store.put_article("a1", article("a1", second, "h2", topic="energy"))
    assert graph_quads(store, "a1") == plain_quads(article("a1", second, "h2", topic="energy"))
    assert store.article_ids() == ["a1"]


@pytest.mark.parametrize("removed, kept", [("a1", "a2"), ("a2", "a1")])
def test_store_remove_keeps_other_articles_triples(store, removed, kept):
    store.put_article("a1", article("a1", ("Ann Lee", "Bo Kim")))
    store.put_article("a2", article("a2", ("Ann Lee",)))
    assert store.remove_articles([removed, "never-stored"]) == [removed]
    assert store.article_ids() == [kept]
    assert graph_quads(store, removed) == set()
    kept_persons = ("Ann Lee", "Bo Kim") if kept == "a1" else ("Ann Lee",)
    assert graph_quads(store, kept) == plain_quads(article(kept, kept_persons))
    ann = NamedNode(mint("person", "Ann Lee"))
    _, rows = store.select(f"SELECT ?label WHERE {{ GRAPH ?g {{ {ann} <{LABEL.value}> ?label }} }}")
    assert [r["label"] for r in rows] == ["Ann Lee"]


@pytest.mark.parametrize("ids", [[], ["x"], ["x", "y", "x"]])
def test_store_remove_returns_only_existing(store, ids):
    store.put_article("keep", article("keep"))
    assert store.remove_articles(ids) == []
    assert store.article_ids() == ["keep"]


@pytest.mark.parametrize("aid, content_hash", [("a1", "abc"), ("000_odd id/ü", "f" * 64)])
def test_store_article_hash(store, aid, content_hash):
    assert store.article_hash(aid) is None
    store.put_article(aid, article(aid, content_hash=content_hash))
    assert store.article_hash(aid) == content_hash
    assert store.article_ids() == [aid]
    store.remove_articles([aid])
    assert store.article_hash(aid) is None


@pytest.mark.parametrize("speakers", [("Ann Lee",), ("Ann Lee", "Bo Kim")])
def test_store_holds_kg_rdf_article_quads(store, speakers):
    """The real article shape from kg.rdf, built from kg.model facts."""
    text = "Ann Lee met Bo Kim in Paris."
    art = Article("x1", text, title="Meeting", date=dt.date(2023, 1, 2))
    people = {"Ann Lee": Person("Q1", "Ann Lee", "Q1"), "Bo Kim": Person("bo-kim", "Bo Kim")}
    ev = Evidence("x1", text, 0, 0, len(text), "test.rule")
    quotes = tuple(QuoteFact(people[name], f"{name} agrees", ev) for name in speakers)
    event = EventFact("e1", "meeting", tuple(people.values()), ev)
    facts = ArticleFacts(art, tuple(people.values()), (), (event,), (TopicFact("e1", "trade", ev),), quotes)
    quads = rdf.article_quads(facts)
    store.put_article("x1", quads)
    assert store.article_hash("x1") == art.content_hash
    assert store.article_ids() == ["x1"]
    expected = {"articles": 1, "persons": 2, "events": 1, "topics": 1, "quotes": len(speakers), "triples": len(quads)}
    assert {k: v for k, v in store.stats().items() if k != "size_bytes"} == expected


def test_store_select_plain_values(store):
    store.put_article("a1", article("a1", ("Ann Lee",)))
    names, rows = store.select(
        f"""SELECT ?person ?label ?missing WHERE {{ GRAPH ?g {{ ?person a <{SCHEMA}Person> ; <{LABEL.value}> ?label
            OPTIONAL {{ ?person <http://example.org/none> ?missing }} }} }}"""
    )
    assert names == ["person", "label", "missing"]
    assert rows == [{"person": mint("person", "Ann Lee"), "label": "Ann Lee", "missing": None}]


@pytest.mark.parametrize(
    "bad", ["SELEC * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p }", "INSERT DATA { <a:b> <a:c> <a:d> }"]
)
def test_store_select_syntax_error_raises_query_error(store, bad):
    with pytest.raises(QueryError, match="error at"):
        store.select(bad)


def test_store_select_refuses_other_query_forms(store):
    with pytest.raises(QueryError, match="SELECT"):
        store.select("ASK { ?s ?p ?o }")
    with pytest.raises(QueryError, match="CONSTRUCT"):
        store.construct("SELECT * WHERE { ?s ?p ?o }")


def test_store_put_article_refuses_quads_of_another_graph(store):
    stray = Quad(NamedNode("http://example.org/s"), LABEL, Literal("x"), graph_iri("other"))
    with pytest.raises(StoreError, match="not in the graph"):
        store.put_article("a1", [*article("a1"), stray])
    assert store.article_ids() == []


def test_store_stats(store):
    store.put_article("a1", article("a1", ("Ann Lee", "Bo Kim")))
    store.put_article("a2", article("a2", ("Ann Lee",), topic="energy"))
    stats = store.stats()
    size = stats.pop("size_bytes")
    quads = len(article("a1", ("Ann Lee", "Bo Kim"))) + len(article("a2", ("Ann Lee",)))
    assert stats == {"articles": 2, "persons": 2, "events": 2, "topics": 2, "quotes": 2, "triples": quads}
    assert (size is None) == (not hasattr(store, "path"))
    assert size is None or size > 0


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("gz", [False, True])
def test_store_dump_parses_back(store, tmp_path, fmt, gz):
    a1, a2 = article("a1", ("Ann Lee", "Bo Kim")), article("a2", ("Ann Lee",))
    store.put_article("a1", a1)
    store.put_article("a2", a2)
    out = tmp_path / "out" / (f"kg.{fmt}" + (".gz" if gz else ""))
    store.dump(out, fmt)
    with (gzip.open(out, "rb") if gz else open(out, "rb")) as f:
        parsed = list(pyoxigraph.parse(f, FORMATS[fmt]))
    if fmt in ("trig", "nquads"):
        assert set(parsed) == set(a1) | set(a2)
        assert len(parsed) == len(a1) + len(a2)
    else:
        assert {q.triple for q in parsed} == {q.triple for q in a1 + a2}
        assert len(parsed) == len({q.triple for q in a1 + a2})  # the shared person's triples appear once
    assert sorted(p.name for p in out.parent.iterdir()) == [out.name]


# --- dumps that fail ----------------------------------------------------------------------------------------


def _fail_after_two(triples):
    for i, triple in enumerate(triples):
        if i == 2:
            raise OSError("disk full (simulated)")
        yield triple


@pytest.mark.parametrize("fmt", ["turtle", "jsonld", "nquads"])
@pytest.mark.parametrize("existing", [False, True])
def test_store_failed_dump_leaves_no_file(tmp_path, fmt, existing):
    store = open_store("memory", write=True)
    store.put_article("a1", article("a1", ("Ann Lee", "Bo Kim")))
    real_construct, real_dataset = store.construct, store._write_dataset
    store.construct = lambda sparql: _fail_after_two(real_construct(sparql))

    def broken_dataset(out, rdf_format):
        real_dataset(out, rdf_format)
        raise OSError("disk full (simulated)")

    store._write_dataset = broken_dataset
    out = tmp_path / f"kg.{fmt}.gz"
    if existing:
        out.write_bytes(b"previous dump")
    with pytest.raises(ExportError, match="disk full"):
        store.dump(out, fmt)
    assert [p.name for p in tmp_path.iterdir()] == ([out.name] if existing else [])
    assert not existing or out.read_bytes() == b"previous dump"


def test_store_dump_unknown_format(tmp_path):
    with pytest.raises(ExportError, match="unknown dump format 'rdfxml'"):
        open_store("memory").dump(tmp_path / "kg.rdf", "rdfxml")
    assert list(tmp_path.iterdir()) == []


# --- memory and on-disk specifics ---------------------------------------------------------------------------


@pytest.mark.parametrize("spec", ["memory", "disk"])
def test_store_read_only_refuses_writes(tmp_path, spec):
    path = str(tmp_path / "kg")
    if spec == "disk":
        open_store(path, write=True).close()
    with open_store("memory" if spec == "memory" else path) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.put_article("a1", article("a1"))
        with pytest.raises(StoreError, match="read-only"):
            store.remove_articles(["a1"])


def test_store_memory_stores_are_separate():
    with open_store("memory", write=True) as first, open_store("memory", write=True) as second:
        first.put_article("a1", article("a1"))
        assert (first.article_ids(), second.article_ids()) == (["a1"], [])


def test_store_disk_persists_across_reopen(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with open_store(write=True) as store:  # the default: .kg in the current directory
        store.put_article("a1", article("a1", content_hash="h1"))
    assert (tmp_path / ".kg").is_dir()
    with open_store(".kg", write=True) as store:
        assert store.article_hash("a1") == "h1"
        store.put_article("a2", article("a2"))
    with open_store() as store:
        assert store.article_ids() == ["a1", "a2"]
        assert store.stats()["size_bytes"] > 0


def test_store_size_skips_a_file_compaction_removed(tmp_path, monkeypatch):
    """RocksDB's background compaction deletes files while the store is open: a file listed and gone before its
    size is read counts 0 instead of failing ``kg stats`` (a FileNotFoundError on a .sst file once failed CI)."""
    with open_store(str(tmp_path / "kg"), write=True) as store:
        store.put_article("a1", article("a1"))
        store.flush()
        assert any(f.suffix == ".sst" for f in (tmp_path / "kg").rglob("*"))
        real_stat, real_is_file = Path.stat, Path.is_file

        def vanishing(self, *args, **kwargs):  # listed as a file, gone when its size is read
            if self.suffix == ".sst":
                raise FileNotFoundError(2, "No such file or directory", str(self))
            return real_stat(self, *args, **kwargs)

        monkeypatch.setattr(Path, "is_file", lambda self: self.suffix == ".sst" or real_is_file(self))
        monkeypatch.setattr(Path, "stat", vanishing)
        size = store.stats()["size_bytes"]
        monkeypatch.undo()
        assert isinstance(size, int) and size >= 0


@pytest.mark.parametrize("make_dir", [False, True])
def test_store_read_only_open_of_missing_store(tmp_path, make_dir):
    path = tmp_path / "nothing"
    if make_dir:
        path.mkdir()
    with pytest.raises(StoreError, match="no store at"):
        open_store(str(path))


def test_store_closed_store_refuses_use():
    store = open_store("memory", write=True)
    store.close()
    with pytest.raises(StoreError, match="closed"):
        store.article_ids()


def test_store_matches_rdf_article_iri():
    for aid in ("a1", "000_odd id/ü"):
        assert graph_iri(aid) == rdf.article_iri(aid)


# --- the write lock between processes -----------------------------------------------------------------------

HOLDER = """
import sys
from kg.store import open_store
store = open_store(sys.argv[1], write=True)
print("locked", flush=True)
sys.stdin.readline()
store.close()
print("released", flush=True)
"""


@pytest.fixture
def lock_holder(tmp_path):
    """Start a process that holds the write lock of a store with one article until told to let go."""
    path = str(tmp_path / "kg")
    with open_store(path, write=True) as store:
        store.put_article("a1", article("a1"))
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, path], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=child_env()
    )
    assert proc.stdout.readline().strip() == "locked"
    yield path, proc
    proc.kill()
    proc.wait()


def _release_later(proc: subprocess.Popen, delay: float) -> threading.Timer:
    def release():
        proc.stdin.write("go\n")
        proc.stdin.flush()

    timer = threading.Timer(delay, release)
    timer.start()
    return timer


@pytest.mark.parametrize("wait", [0, 0.3])
def test_store_second_writer_is_refused(lock_holder, wait):
    path, proc = lock_holder
    start = time.monotonic()
    with pytest.raises(StoreLockedError) as caught:
        open_store(path, write=True, wait=wait)
    elapsed = time.monotonic() - start
    assert wait <= elapsed < wait + 1.0
    if wait:
        expected = f"store {path} is still locked by another kg process (pid {proc.pid}) after waiting 0.3 s"
    else:
        expected = f"store {path} is locked by another kg process (pid {proc.pid}); wait or use --wait"
    assert str(caught.value) == expected


def test_store_waiting_writer_gets_the_lock_after_release(lock_holder):
    path, proc = lock_holder
    timer = _release_later(proc, 0.4)
    start = time.monotonic()
    with open_store(path, write=True, wait=10) as store:
        assert time.monotonic() - start >= 0.35
        store.put_article("a2", article("a2"))
    timer.join()
    assert proc.stdout.readline().strip() == "released"
    with open_store(path) as store:
        assert store.article_ids() == ["a1", "a2"]


def test_store_reader_works_while_writer_holds_the_lock(lock_holder):
    path, _ = lock_holder
    with open_store(path) as store:
        assert store.article_ids() == ["a1"]


def test_store_same_process_second_writer_is_refused(tmp_path):
    path = str(tmp_path / "kg")
    with open_store(path, write=True):
        with pytest.raises(StoreLockedError, match=f"pid {os.getpid()}"):
            open_store(path, write=True)
    open_store(path, write=True).close()  # released on close


KILLED_WRITER = """
import sys
from pyoxigraph import Literal, NamedNode, Quad
from kg.store import graph_iri, open_store
g, size = graph_iri("a1"), int(sys.argv[2])
versions = [[Quad(NamedNode(f"http://example.org/s{i}"), NamedNode("http://example.org/v"), Literal(f"{v}-{i}"), g)
             for i in range(size)] for v in ("old", "new")]
store = open_store(sys.argv[1], write=True)
store.put_article("a1", versions[0])
store.flush()  # a new article waits for the bulk loader (test_localstore); from here on each put replaces it
print("ready", flush=True)
n = 1
while True:
    store.put_article("a1", versions[n % 2])
    n += 1
"""


@pytest.mark.parametrize("delay", [0.05, 0.2, 0.45])
def test_store_killed_writer_leaves_old_or_new_graph(tmp_path, delay):
    path, size = str(tmp_path / "kg"), 3000
    proc = subprocess.Popen(
        [sys.executable, "-c", KILLED_WRITER, path, str(size)], stdout=subprocess.PIPE, text=True, env=child_env()
    )
    try:
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(delay)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with open_store(path, write=True) as store:  # the dead writer's lock is gone with it
        values = [o for _, _, o in graph_quads(store, "a1")]
    assert len(values) == size
    assert len({v.split("-")[0] for v in values}) == 1


# --- remote specifics ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spec, query, update, gsp",
    [
        ("http://127.0.0.1:7878", "http://127.0.0.1:7878/query", "http://127.0.0.1:7878/update",
         "http://127.0.0.1:7878/store"),
        ("https://h.org/kg/", "https://h.org/kg/query", "https://h.org/kg/update", "https://h.org/kg/store"),
        (
            "http://127.0.0.1:8890/sparql?update=/sparql-auth&gsp=/sparql-graph-crud-auth",
            "http://127.0.0.1:8890/sparql",
            "http://127.0.0.1:8890/sparql-auth",
            "http://127.0.0.1:8890/sparql-graph-crud-auth",
        ),
        ("http://h:3030/ds?query=/ds/query&update=/ds/update", "http://h:3030/ds/query", "http://h:3030/ds/update",
         None),
        ("http://h/sparql?gsp=http://other/gsp", "http://h/sparql", "http://h/sparql", "http://other/gsp"),
    ],
)
def test_store_remote_spec_endpoints(spec, query, update, gsp):
    parsed = parse_spec(spec)
    assert (parsed.query, parsed.update, parsed.gsp) == (query, update, gsp)


@pytest.mark.parametrize(
    "spec, env, user, password",
    [
        ("http://u%3Ax:p%40ss@h:1/", {}, "u:x", "p@ss"),
        ("http://u:p@h:1/", {"KG_STORE_USER": "env", "KG_STORE_PASSWORD": "envpw"}, "u", "p"),
        ("http://h:1/", {"KG_STORE_USER": "env", "KG_STORE_PASSWORD": "envpw"}, "env", "envpw"),
        ("http://h:1/", {}, None, None),
    ],
)
def test_store_remote_spec_credentials(monkeypatch, spec, env, user, password):
    monkeypatch.delenv("KG_STORE_USER", raising=False)
    monkeypatch.delenv("KG_STORE_PASSWORD", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    parsed = parse_spec(spec)
    assert (parsed.user, parsed.password) == (user, password)
    assert "@" not in parsed.name and "@" not in parsed.query


@pytest.mark.parametrize(
    "spec, message", [("http://h:1/?graph=x", "unknown parameter"), ("ftp://h/x", "unsupported store")]
)
def test_store_bad_specs(spec, message):
    with pytest.raises(StoreError, match=message):
        open_store(spec)


def test_store_remote_unreachable():
    with pytest.raises(StoreError, match="cannot reach SPARQL endpoint"):
        open_store(f"http://127.0.0.1:{free_port()}")


@pytest.mark.slow
def test_store_remote_without_gsp_dumps_with_select(oxigraph_server, tmp_path):
    spec = f"{oxigraph_server}/query?update=/update&gsp=/no-such-gsp"
    with open_store(spec, write=True) as store:
        store.update("DROP ALL")
        a1, a2 = article("a1"), article("a2", ("Bo Kim",))
        store.put_article("a1", a1)
        store.put_article("a2", a2)
        store.dump(tmp_path / "kg.nq", "nquads")
    assert set(pyoxigraph.parse(path=tmp_path / "kg.nq", format=RdfFormat.N_QUADS)) == set(a1) | set(a2)


@pytest.mark.slow
def test_store_remote_read_only_open_refuses_writes(oxigraph_server):
    with open_store(oxigraph_server) as store:
        with pytest.raises(StoreError, match="read-only"):
            store.put_article("a1", article("a1"))


# --- remote authentication (a small local endpoint that insists on credentials) -----------------------------

REALM, NONCE = "kg-test", "5f1d0c"


def _digest_ok(header: str, method: str, user: str, password: str) -> bool:
    fields = dict(part.strip().split("=", 1) for part in header.removeprefix("Digest ").split(","))
    fields = {k: v.strip('"') for k, v in fields.items()}
    md5 = lambda text: hashlib.md5(text.encode()).hexdigest()  # noqa: E731
    ha1, ha2 = md5(f"{user}:{REALM}:{password}"), md5(f"{method}:{fields.get('uri')}")
    expected = md5(f"{ha1}:{NONCE}:{fields.get('nc')}:{fields.get('cnonce')}:{fields.get('qop')}:{ha2}")
    return fields.get("username") == user and fields.get("response") == expected


class AuthEndpoint(BaseHTTPRequestHandler):
    """POST /query answered from an in-memory store, for clients that pass Basic or Digest auth."""

    scheme, user, password = "basic", "kg", "s3cret"
    data: pyoxigraph.Store

    def log_message(self, *args) -> None:
        pass

    def _authorised(self) -> bool:
        header = self.headers.get("Authorization", "")
        if self.scheme == "basic":
            return header == "Basic " + base64.b64encode(f"{self.user}:{self.password}".encode()).decode()
        return header.startswith("Digest ") and _digest_ok(header, self.command, self.user, self.password)

    def do_POST(self) -> None:  # noqa: N802
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0)).decode()
        if not self._authorised():
            challenge = f'Basic realm="{REALM}"' if self.scheme == "basic" else (
                f'Digest realm="{REALM}", qop="auth", nonce="{NONCE}", algorithm=MD5'
            )
            self.send_response(401)
            self.send_header("WWW-Authenticate", challenge)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        result = self.data.query(parse_qs(body)["query"][0]).serialize(format=QueryResultsFormat.JSON)
        self.send_response(200)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(result)))
        self.end_headers()
        self.wfile.write(result)


@pytest.fixture(params=["basic", "digest"])
def auth_endpoint(request):
    data = pyoxigraph.Store()
    data.extend(article("a1"))
    handler = type("Handler", (AuthEndpoint,), {"scheme": request.param, "data": data})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield f"127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.slow
@pytest.mark.parametrize("via", ["url", "env"])
def test_store_remote_auth(auth_endpoint, monkeypatch, via):
    params = "?query=/query"
    if via == "url":
        spec = f"http://kg:s3cret@{auth_endpoint}/{params}"
    else:
        monkeypatch.setenv("KG_STORE_USER", "kg")
        monkeypatch.setenv("KG_STORE_PASSWORD", "s3cret")
        spec = f"http://{auth_endpoint}/{params}"
    with open_store(spec) as store:
        assert store.article_ids() == ["a1"]


@pytest.mark.slow
@pytest.mark.parametrize("credentials", ["kg:wrong@", ""])
def test_store_remote_auth_refused(auth_endpoint, monkeypatch, credentials):
    monkeypatch.delenv("KG_STORE_USER", raising=False)
    with pytest.raises(StoreError, match="401"):
        open_store(f"http://{credentials}{auth_endpoint}/?query=/query")

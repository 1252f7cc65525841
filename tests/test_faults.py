"""Faults: builds killed with SIGKILL again and again, a full disk, a read-only or damaged store, and a remote
endpoint that fails mid-build. Each gives one clear message, and the next build completes the store."""

from __future__ import annotations

import contextlib
import os
import random
import resource
import shutil
import signal
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs

import pyoxigraph
import pytest
from click.testing import CliRunner
from clihelp import EAGER_KG, QUERY_PARAMS
from newsgen import generated, write_jsonl

from kg.cli import main
from kg.vocab import ONTOLOGY

ROOT = Path(__file__).resolve().parent.parent
QUERIES = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))
KG = EAGER_KG  # new articles are written at every put, so a kill or a full disk lands between written articles
CONTENT_HASH = ONTOLOGY + "contentHash"
ALL_QUADS = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"


def kg(*args: str):
    return CliRunner().invoke(main, list(args))


def answers(store: str) -> dict[str, list[str]]:
    """Every named query's rows (sorted CSV lines): two stores are equal query for query when these are."""
    out = {}
    for name in QUERIES:
        result = kg("query", name, "--store", store, "--format", "csv", *QUERY_PARAMS.get(name, []))
        assert result.exit_code == 0, result.output
        out[name] = sorted(result.stdout.splitlines())
    return out


def quads(store: str) -> set[tuple]:
    from kg.store import open_store

    with open_store(store) as opened:
        return {tuple(row.values()) for row in opened.select(ALL_QUADS)[1]}


def by_graph(rows: set[tuple]) -> dict[str, set[tuple]]:
    graphs: dict[str, set[tuple]] = {}
    for g, *triple in rows:
        graphs.setdefault(g, set()).add(tuple(triple))
    return graphs


def stored(rows: set[tuple]) -> dict[str, set[tuple]]:
    """The graphs of stored articles: those holding their content hash, which is written last (a graph a failed
    write left without it is not stored, and the next build writes it again)."""
    return {g: triples for g, triples in by_graph(rows).items() if any(p == CONTENT_HASH for _, p, _ in triples)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """48 generated articles and a clean build of them (the reference)."""
    folder = tmp_path_factory.mktemp("faults")
    source = write_jsonl(folder / "in.jsonl", generated(48))
    clean = str(folder / "clean")
    result = kg("build", str(source), "--store", clean, "--workers", "1")
    assert result.exit_code == 0, result.output
    return source, clean


# --- SIGKILL --------------------------------------------------------------------------------------------------


@pytest.mark.slow
def test_faults_sigkill_again_and_again_then_build_equals_clean(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", generated(480))  # enough work that a quiet machine is still busy
    clean = str(tmp_path / "clean")
    assert kg("build", str(source), "--store", clean, "--workers", "2").exit_code == 0
    store = str(tmp_path / "store")
    rng = random.Random(12)
    moments = []
    for _ in range(12):
        proc = subprocess.Popen([*KG, "build", str(source), "--store", store, "--workers", "2", "--batch-size", "4"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        moment = rng.uniform(1.0, 5.0)
        time.sleep(moment)
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)  # the build and its workers, at once
            moments.append(round(moment, 1))
        proc.wait()
        if len(moments) == 5:
            break
    assert len(moments) >= 3, f"the builds ended before they could be killed ({moments}): give them more work"
    final = kg("build", str(source), "--store", store, "--workers", "2")
    assert final.exit_code == 0, final.output
    assert answers(store) == answers(clean), moments
    assert quads(store) == quads(clean), moments


# --- full disk, read-only and damaged stores ---------------------------------------------------------------


def small_files(limit: int):
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # so that a write past the limit fails instead of killing
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def one_error_line(stderr: str) -> str:
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "Traceback" not in stderr, stderr
    return lines[0]


def test_faults_file_size_limit_gives_one_message_and_store_stays_readable(corpus, tmp_path):
    source, clean = corpus
    store = str(tmp_path / "store")
    proc = subprocess.run([*KG, "build", str(source), "--store", store, "--workers", "1"], capture_output=True,
                          text=True, preexec_fn=small_files(200_000), timeout=600)
    assert proc.returncode == 4
    line = one_error_line(proc.stderr)
    assert line.startswith(f"error: store {store}: the disk is full (") and "File too large" in line
    assert line.endswith("every article written before is kept: free space and run kg build again")
    partial = stored(quads(store))  # readable, and every stored article complete
    reference = by_graph(quads(clean))
    assert 0 < len(partial) < len(reference)
    assert all(partial[g] == reference[g] for g in partial)
    assert kg("build", str(source), "--store", store, "--workers", "1").exit_code == 0
    assert quads(store) == quads(clean)


@contextlib.contextmanager
def tmpfs(path: Path, size: str):
    path.mkdir()
    mounted = os.geteuid() == 0 and shutil.which("mount") and subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True).returncode == 0
    if not mounted:
        pytest.skip("cannot mount a tmpfs here (needs root)")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def test_faults_full_tmpfs_gives_one_message_and_store_stays_readable(corpus, tmp_path):
    source, clean = corpus
    with tmpfs(tmp_path / "disk", "1m") as disk:
        store = str(disk / "store")
        proc = subprocess.run([*KG, "build", str(source), "--store", store, "--workers", "1"], capture_output=True,
                              text=True, timeout=600)
        assert proc.returncode == 4
        line = one_error_line(proc.stderr)
        assert line.startswith(f"error: store {store}: the disk is full (") and "No space left" in line
        partial = stored(quads(store))
        reference = by_graph(quads(clean))
        assert all(partial[g] == reference[g] for g in partial)


def test_faults_read_only_store_one_message_and_reads_work(corpus, tmp_path):
    source, clean = corpus
    with tmpfs(tmp_path / "ro", "30m") as disk:
        shutil.copytree(clean, disk / "store")
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        store = str(disk / "store")
        for args in (["build", str(source)], ["remove", "gen-001"]):
            result = kg(*args, "--store", store)
            assert result.exit_code == 4
            assert one_error_line(result.stderr).startswith(f"error: store {store} is read-only (")
        assert answers(store) == answers(clean)


@pytest.mark.parametrize("damage", ["current", "manifest", "sst", "empty"])
def test_faults_damaged_store_one_message(corpus, tmp_path, damage):
    _, clean = corpus
    store = tmp_path / "store"
    shutil.copytree(clean, store)
    if damage == "current":
        (store / "CURRENT").write_text("garbage\n")
    elif damage == "manifest":
        for f in store.glob("MANIFEST-*"):
            f.write_bytes(b"\x00\x01garbage" * 10)
    elif damage == "sst":
        for f in store.glob("*.sst"):
            data = bytearray(f.read_bytes())
            data[len(data) // 2 : len(data) // 2 + 64] = bytes(64)
            f.write_bytes(bytes(data))
    else:
        for f in store.iterdir():
            if f.name != "CURRENT":
                f.unlink()
    for args in (["stats"], ["query", "roles"], ["build", str(clean)]):
        result = kg(*args, "--store", str(store))
        if damage == "sst" and result.exit_code == 0:
            continue  # RocksDB reads a damaged data block only when a query needs it
        assert result.exit_code == 4, (args, result.output)
        line = one_error_line(result.stderr)
        assert line.startswith(f"error: store {store} is damaged (") or line.startswith(
            f"error: query failed on store {store}: Corruption"), line


# --- a remote endpoint that fails mid-build -------------------------------------------------------------------


class FakeEndpoint(ThreadingHTTPServer):
    """An Oxigraph-layout SPARQL endpoint (``/query``, ``/update``) over an in-memory pyoxigraph store, which
    answers 500 or drops the connection on chosen updates (``faults``: update number → "500", "drop" or
    "drop-after", which applies the update and then drops the connection)."""

    daemon_threads = True

    def __init__(self):
        super().__init__(("127.0.0.1", 0), FakeHandler)
        self.data = pyoxigraph.Store()
        self.faults: dict[int, str] = {}
        self.updates = 0
        self.lock = threading.Lock()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


class FakeHandler(BaseHTTPRequestHandler):
    server: FakeEndpoint

    def log_message(self, *args) -> None:
        pass

    def _reply(self, status: int, body: bytes, ctype: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self) -> None:  # noqa: N802
        form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode(), keep_blank_values=True)
        if self.path.startswith("/update"):
            self._update(form["update"][0])
            return
        result = self.server.data.query(form["query"][0], use_default_graph_as_union="union-default-graph" in form)
        if isinstance(result, (pyoxigraph.QuerySolutions, pyoxigraph.QueryBoolean)):
            self._reply(200, result.serialize(format=pyoxigraph.QueryResultsFormat.JSON),
                        "application/sparql-results+json")
        else:
            self._reply(200, pyoxigraph.serialize(result, format=pyoxigraph.RdfFormat.N_TRIPLES),
                        "application/n-triples")

    def _update(self, sparql: str) -> None:
        with self.server.lock:
            self.server.updates += 1
            fault = self.server.faults.get(self.server.updates)
        if fault == "500":
            self._reply(500, b"internal error (injected)", "text/plain")
            return
        if fault == "drop":
            self.connection.shutdown(2)  # no answer at all: the client sees the connection closed
            return
        self.server.data.update(sparql)
        if fault == "drop-after":
            self.connection.shutdown(2)
            return
        self._reply(204, b"", "text/plain")


@pytest.fixture
def endpoint():
    server = FakeEndpoint()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()
    thread.join()


@pytest.mark.parametrize("fault, message", [
    ("500", "answered HTTP 500: internal error (injected)"),
    ("drop", "Remote end closed connection without response"),
    ("drop-after", "Remote end closed connection without response"),
])
def test_faults_remote_endpoint_fails_mid_build(corpus, endpoint, fault, message):
    source, clean = corpus
    endpoint.faults = {20: fault}
    result = kg("build", str(source), "--store", endpoint.url, "--workers", "1")
    assert result.exit_code == 4, result.output
    line = one_error_line(result.stderr)
    assert line.startswith("error: ") and message in line, line
    reference = by_graph(quads(clean))
    partial = by_graph(quads(endpoint.url))
    assert 0 < len(partial) < len(reference)
    assert all(partial[g] == reference[g] for g in partial)  # every article complete or absent
    rerun = kg("build", str(source), "--store", endpoint.url, "--workers", "1")
    assert rerun.exit_code == 0, rerun.output
    assert quads(endpoint.url) == quads(clean)
    assert answers(endpoint.url) == answers(clean)

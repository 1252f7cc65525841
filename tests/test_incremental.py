"""The store as an incremental, durable build target, through the CLI: skip, replace, remove, kill, lock."""

from __future__ import annotations

import errno
import gzip
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from kg.pipeline import BuildOptions, build
from kg.store import graph_iri, open_store
from kg.vocab import ONTOLOGY
from clihelp import EAGER_KG, kg, summary_cells
from newsgen import generated, write_jsonl

ARTICLES = {
    "a1": "President Emmanuel Macron of France met Chancellor Olaf Scholz of Germany in Paris on Monday. "
          "They discussed energy security.",
    "a2": "Chancellor Olaf Scholz of Germany met Prime Minister Mark Rutte of the Netherlands in Berlin on "
          "Friday. The two leaders discussed migration.",
}
CHANGED_A1 = ("President Emmanuel Macron of France met Prime Minister Giorgia Meloni of Italy in Rome on "
              "Tuesday. They discussed trade.")


def summary(output: str) -> dict[str, int | float]:
    """The build summary table as numbers."""
    return {k: float(v) if "." in v else int(v) for k, v in summary_cells(output).items()}


def write_articles(folder: Path, texts: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for aid, text in texts.items():
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
    return folder


def quads_by_graph(spec: str) -> dict[str, set[str]]:
    with open_store(spec) as store:
        _, rows = store.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    graphs: dict[str, set[str]] = {}
    for row in rows:
        graphs.setdefault(row["g"], set()).add((row["s"], row["p"], row["o"]))
    return graphs


def meetings(store: str) -> set[tuple[str, str, str]]:
    result = kg("query", "meetings", "--store", store, "--format", "json")
    return {(*sorted((r["person_a"].split()[-1], r["person_b"].split()[-1])), r["article"])
            for r in json.loads(result.output)["rows"]}


@pytest.fixture(scope="module")
def base_store(tmp_path_factory) -> tuple[Path, Path]:
    """A store built from a1 and a2 (copied by each test that changes it)."""
    root = tmp_path_factory.mktemp("incremental")
    src = write_articles(root / "in", ARTICLES)
    kg("build", str(src), "--store", str(root / "store"))
    return src, root / "store"


@pytest.fixture
def store(base_store, tmp_path) -> tuple[Path, str]:
    src, base = base_store
    shutil.copytree(src, tmp_path / "in")
    shutil.copytree(base, tmp_path / "store")
    return tmp_path / "in", str(tmp_path / "store")


def test_incremental_unchanged_articles_are_skipped(store):
    src, spec = store
    before = quads_by_graph(spec)
    result = kg("build", str(src), "--store", spec)
    assert summary(result.output)["articles"] == 0 and summary(result.output)["unchanged"] == 2
    assert quads_by_graph(spec) == before


def test_incremental_changed_article_replaces_its_graph(store):
    src, spec = store
    before = quads_by_graph(spec)
    (src / "a1.txt").write_text(CHANGED_A1, encoding="utf-8")
    result = kg("build", str(src), "--store", spec)
    assert (summary(result.output)["articles"], summary(result.output)["unchanged"]) == (1, 1)
    assert meetings(spec) == {("Macron", "Meloni", "a1"), ("Rutte", "Scholz", "a2")}
    after = quads_by_graph(spec)
    a1, a2 = graph_iri("a1").value, graph_iri("a2").value
    assert after[a2] == before[a2] and after[a1] != before[a1]
    assert not any("Scholz" in str(o) for _, _, o in after[a1])


def test_incremental_remove_deletes_the_article(store):
    _, spec = store
    kg("remove", "a1", "--store", spec)
    with open_store(spec) as s:
        assert s.article_ids() == ["a2"]
    assert meetings(spec) == {("Rutte", "Scholz", "a2")}
    result = kg("remove", "a1", "--store", spec, ok=False)
    assert result.exit_code == 1 and "removed 0 of 1" in result.output


def test_incremental_person_in_two_articles_survives_removal_of_one(store):
    _, spec = store
    scholz = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?p <http://schema.org/name> \"Olaf Scholz\" } }"
    with open_store(spec) as s:
        assert len(s.select(scholz)[1]) == 2
    kg("remove", "a2", "--store", spec)
    with open_store(spec) as s:
        assert [row["g"] for row in s.select(scholz)[1]] == [graph_iri("a1").value]
    roles = json.loads(kg("query", "roles", "--store", spec, "--format", "json").output)["rows"]
    assert {(r["person"], r["article"]) for r in roles} >= {("Olaf Scholz", "a1"), ("Emmanuel Macron", "a1")}
    assert all(r["article"] == "a1" for r in roles)


def test_incremental_stats_prints_counts_and_size(base_store):
    _, spec = base_store
    output = kg("stats", "--store", str(spec)).output
    header = next(line for line in output.splitlines() if line.startswith("┃"))
    for column in ("articles", "persons", "events", "topics", "triples", "size"):
        assert column in header
    values = next(line for line in output.splitlines() if line.startswith("│"))
    assert values.strip("│").split("│")[0].strip() == "2"
    assert "MB" in values or "kB" in values


def test_incremental_export_nquads_gz_matches_plain(base_store, tmp_path):
    _, spec = base_store
    kg("export", "--store", str(spec), "--format", "nquads", "--out", str(tmp_path / "kg.nq.gz"))
    kg("export", "--store", str(spec), "--format", "nquads", "--out", str(tmp_path / "kg.nq"))
    with gzip.open(tmp_path / "kg.nq.gz", "rt", encoding="utf-8") as f:
        zipped = f.read()
    assert zipped == (tmp_path / "kg.nq").read_text(encoding="utf-8") and zipped.count("\n") > 50


# --- real processes: a killed build, and two builds on one store -------------------------------------------------

def start_build(*args: str) -> subprocess.Popen:
    """``kg -vv build …`` in its own process group (stderr carries a "wrote N new articles" line per batch written)."""
    cmd = [*EAGER_KG, "-vv", "build", *args]
    return subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)


def wait_for_stored(proc: subprocess.Popen, count: int) -> list[str]:
    """Read the build's stderr until ``count`` articles are stored; fail if it ends first."""
    lines, stored = [], 0
    while stored < count:
        line = proc.stderr.readline()
        if not line:
            pytest.fail(f"build ended before storing {count} articles:\n" + "".join(lines[-20:]))
        lines.append(line)
        written = re.search(r"wrote (\d+) new articles", line)
        stored += int(written.group(1)) if written else 0
    return lines


def kill_group(proc: subprocess.Popen) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.wait()
    for pipe in (proc.stdout, proc.stderr):
        pipe.close()


def open_fifo_writer(fifo: Path, reader: subprocess.Popen):
    """Open ``fifo`` for writing once ``reader`` has opened it (fail if the reader exits first)."""
    while True:
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            break
        except OSError as e:
            if e.errno != errno.ENXIO:
                raise
            if reader.poll() is not None:
                pytest.fail("the build exited before reading its input: " + reader.stderr.read()[-2000:])
            time.sleep(0.05)
    os.set_blocking(fd, True)
    return os.fdopen(fd, "w", encoding="utf-8")


def clean_build(src: Path) -> dict[str, set]:
    with open_store("memory", write=True) as store:
        build([str(src)], store, BuildOptions(workers=1))
        _, rows = store.select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }")
    graphs: dict[str, set] = {}
    for row in rows:
        graphs.setdefault(row["g"], set()).add((row["s"], row["p"], row["o"]))
    return graphs


@pytest.mark.slow
def test_incremental_killed_build_resumes(tmp_path):
    src = write_jsonl(tmp_path / "news.jsonl", generated(60))
    spec = str(tmp_path / "store")
    proc = start_build(str(src), "--store", spec, "--workers", "2", "--batch-size", "4")
    try:
        wait_for_stored(proc, 8)
        os.kill(proc.pid, signal.SIGKILL)  # the build process itself, as the OOM killer would
        assert proc.wait() == -signal.SIGKILL
    finally:
        kill_group(proc)  # its worker processes too
    expected = clean_build(src)
    assert len(expected) == 60
    with open_store(spec, write=True) as store:  # opens: no stale lock, RocksDB recovers
        stored = store.article_ids()
        has_hash = {row["g"] for row in store.select(
            f"SELECT ?g WHERE {{ GRAPH ?g {{ ?g <{ONTOLOGY}contentHash> ?h }} }}")[1]}
    assert 8 <= len(stored) < 60
    partial = quads_by_graph(spec)
    # every stored article (its hash written last) is complete; a graph without its hash is not stored
    assert has_hash == {graph_iri(a).value for a in stored} <= set(partial)
    for graph in has_hash:
        assert partial[graph] == expected[graph], graph
    result = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(src), "--store", spec, "--workers", "1"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (summary(result.stdout)["articles"], summary(result.stdout)["unchanged"]) == (60 - len(stored), len(stored))
    assert quads_by_graph(spec) == expected


@pytest.mark.slow
def test_incremental_second_build_fails_fast_or_waits(tmp_path):
    fifo = tmp_path / "feed.jsonl"
    os.mkfifo(fifo)
    spec = str(tmp_path / "store")
    other = write_jsonl(tmp_path / "other.jsonl", generated(2))
    first = start_build(str(fifo), "--store", spec, "--workers", "1", "--batch-size", "1")
    waiter = None
    try:
        with open_fifo_writer(fifo, first) as feed:  # the first build holds the lock once it reads its input
            feed.write(json.dumps(generated(3)[2]) + "\n")
            feed.flush()
            wait_for_stored(first, 1)
            refused = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(other), "--store", spec],
                                     capture_output=True, text=True)
            assert refused.returncode == 4
            assert "locked by another kg process" in refused.stderr and "Traceback" not in refused.stderr
            assert len(refused.stderr.strip().splitlines()) == 1
            waiter = start_build(str(other), "--store", spec, "--wait", "300")
            line = ""
            while "for writing" not in line:  # the waiter is about to try the lock the first build holds
                line = waiter.stderr.readline()
                assert line, "the waiting build ended early"
        assert first.wait() == 0
        out, errs = waiter.communicate()
        assert waiter.returncode == 0, errs
        assert summary(out)["articles"] == 2
        with open_store(spec) as store:
            assert store.article_ids() == ["gen-000", "gen-001", "gen-002"]
    finally:
        kill_group(first)
        if waiter is not None:
            kill_group(waiter)

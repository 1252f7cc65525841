"""kg.cluster: the NLP stage on dask.distributed (a real LocalCluster on loopback) gives the same store."""

from __future__ import annotations

import contextlib
import socket
import sys
import warnings

import pytest

from kg import cluster
from kg.errors import ClusterError
from kg.model import Article
from kg.pipeline import BuildOptions, build, extract_stream
from kg.store import open_store
from newsgen import generated, write_jsonl

ARTICLES = [
    {"id": "c-berlin", "date": "2023-03-02", "title": "Scholz hosts Kishida",
     "text": "Chancellor Olaf Scholz of Germany met Prime Minister Fumio Kishida of Japan in Berlin on Thursday. "
             "The two leaders discussed energy security and semiconductor supply chains.\n\n"
             "“Germany and Japan share the same values,” Scholz said."},
    {"id": "c-canberra", "date": "2023-07-11",
     "text": "Prime Minister Anthony Albanese of Australia hosted President Yoon Suk Yeol of South Korea in "
             "Canberra on Tuesday. They discussed critical minerals and regional security."},
    {"id": "c-call", "date": "2022-10-04",
     "text": "President Cyril Ramaphosa of South Africa spoke by phone with Prime Minister Pedro Sánchez of Spain "
             "on Monday about food security."},
    {"id": "c-weather", "date": "2023-01-20",
     "text": "Heavy rain flooded several streets in the capital on Friday, and schools closed early."},
]


def nquads(store, tmp_path, name: str) -> set[str]:
    out = tmp_path / f"{name}.nq"
    store.dump(out, "nquads")
    return {line for line in out.read_text(encoding="utf-8").splitlines() if line.strip()}


@pytest.mark.slow
def test_cluster_local_build_equals_in_process_build(tmp_path):
    src = write_jsonl(tmp_path / "news.jsonl", ARTICLES + generated(6))
    with open_store("memory", write=True) as local:
        local_report = build([str(src)], local, BuildOptions(workers=1))
        expected = nquads(local, tmp_path, "local")
    with open_store(str(tmp_path / "store"), write=True) as store:
        report = build([str(src)], store, BuildOptions(workers=2, batch_size=2, cluster="local"))
        got = nquads(store, tmp_path, "cluster")
        assert store.article_ids() == sorted(a["id"] for a in ARTICLES + generated(6))
    assert (report.articles, report.facts, report.triples) == (10, local_report.facts, local_report.triples)
    assert local_report.facts > 10
    assert got == expected, sorted(got ^ expected)[:10]


def test_cluster_missing_distributed_is_a_clear_error(monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # makes `import distributed` raise ImportError
    with pytest.raises(ClusterError, match=r"pip install 'kg\[cluster\]'"):
        list(cluster.extract_on_cluster([], BuildOptions(cluster="local")))


def test_cluster_unreachable_scheduler_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(cluster, "CONNECT_TIMEOUT", "1s")
    with pytest.raises(ClusterError, match="cannot reach the dask cluster tcp://127.0.0.1:9"):
        list(cluster.extract_on_cluster([], BuildOptions(cluster="tcp://127.0.0.1:9")))


def test_cluster_scheduler_without_workers_is_a_clear_error(monkeypatch):
    """A scheduler no worker has joined: a one-line error saying how to start one (it was dask's traceback,
    'TimeoutError: No valid workers found')."""
    distributed = pytest.importorskip("distributed")
    monkeypatch.setattr(cluster, "WORKER_WAIT", 1.0, raising=False)
    with distributed.LocalCluster(n_workers=0, host="127.0.0.1", dashboard_address=None,
                                  scheduler_kwargs={"dashboard_address": "127.0.0.1:0"}) as empty:
        address = empty.scheduler_address
        with pytest.raises(ClusterError) as caught:
            list(cluster.extract_on_cluster(iter([Article("a", "President Lula met King Felipe.")]),
                                            BuildOptions(cluster=address)))
    assert str(caught.value) == (f"the dask cluster {address} has no worker after 1 s; start one on each worker "
                                 f"machine: dask worker {address} --nworkers auto --nthreads 1")


@pytest.mark.slow
def test_cluster_local_takes_no_fixed_port():
    """--cluster local with port 8787 taken (another cluster's dashboard): no warning on stderr, it runs."""
    pytest.importorskip("distributed")
    with socket.socket() as taken:
        with contextlib.suppress(OSError):  # already taken by someone else is the same test
            taken.bind(("127.0.0.1", 8787))
            taken.listen()
        with warnings.catch_warnings(record=True) as seen:
            warnings.simplefilter("always")
            with cluster.connect("local", 1) as client:
                assert client.submit(sum, [41, 1]).result() == 42
    assert [str(w.message).splitlines()[0] for w in seen] == []


def test_cluster_worker_loads_one_extractor_per_key(monkeypatch):
    made = []

    class FakeExtractor:
        def __init__(self, options, actors):
            made.append((options.model, actors))

        def run(self, batch):
            return [f"facts of {a}" for a in batch]

    monkeypatch.setattr(cluster, "Extractor", FakeExtractor)
    monkeypatch.setattr(cluster, "_EXTRACTORS", {})
    options = BuildOptions(model="m1")
    assert cluster.extract_batch(("m1", 32, "d"), options, "actors", ["a", "b"]) == ["facts of a", "facts of b"]
    assert cluster.extract_batch(("m1", 32, "d"), options, "actors", ["c"]) == ["facts of c"]
    assert made == [("m1", "actors")]
    cluster.extract_batch(("m2", 32, "d"), BuildOptions(model="m2"), "actors", ["d"])
    assert made == [("m1", "actors"), ("m2", "actors")] and len(cluster._EXTRACTORS) == 1


def test_cluster_extract_stream_dispatches_to_the_cluster(monkeypatch):
    seen = []

    def fake(articles, options):
        seen.append(options.cluster)
        yield from (f"facts of {a}" for a in articles)

    monkeypatch.setattr(cluster, "extract_on_cluster", fake)
    assert list(extract_stream(iter(["a1"]), BuildOptions(cluster="tcp://10.0.0.1:8786"))) == ["facts of a1"]
    assert seen == ["tcp://10.0.0.1:8786"]


def test_cluster_actors_digest_changes_with_the_files(tmp_path):
    extra = tmp_path / "actors.jsonl"
    extra.write_text('{"id": "x", "name": "Ana Example"}\n', encoding="utf-8")
    before = cluster.actors_digest([str(extra)])
    assert before == cluster.actors_digest([str(extra)]) != cluster.actors_digest([])
    extra.write_text('{"id": "x", "name": "Ana Example", "qid": "Q1"}\n', encoding="utf-8")
    assert cluster.actors_digest([str(extra)]) != before
    with pytest.raises(ClusterError, match="cannot read actor file"):
        cluster.actors_digest([str(tmp_path / "missing.jsonl")])

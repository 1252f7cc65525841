"""kg.store.local: the on-disk writer flushes RocksDB's memtables every FLUSH_QUADS quads, so memory stays bounded,
and writes new articles in batches by the bulk loader, their content hashes last."""

from __future__ import annotations

import time

import pytest
from pyoxigraph import BlankNode, Literal, NamedNode, Quad

from kg.errors import StoreError
from kg.store import local as localstore
from kg.store import graph_iri, open_store
from kg.store.base import CONTENT_HASH


def article(article_id: str, n: int) -> list[Quad]:
    g = graph_iri(article_id)
    return [Quad(g, NamedNode(f"https://example.org/p{i}"), Literal(f"value {i}"), g) for i in range(n)]


@pytest.mark.parametrize("flush_quads, sizes, flushes", [
    (10, [4, 4, 4, 4, 4], 2),  # 5, 10 → flush; 5, 10 → flush; 5
    (10, [20, 1], 1),  # one large article is flushed at once
    (1000, [4, 4, 4], 0),  # below the bound: only close() flushes
])
def test_localstore_flushes_every_flush_quads(tmp_path, monkeypatch, flush_quads, sizes, flushes):
    """Replacing stored articles is transactional: RocksDB's memtables are flushed every FLUSH_QUADS quads."""
    monkeypatch.setattr(localstore.DiskStore, "FLUSH_QUADS", flush_quads)
    calls = []
    real_flush = localstore.DiskStore.flush

    def counting_flush(self):
        calls.append(self._unflushed)
        real_flush(self)

    with open_store(str(tmp_path / "store"), write=True) as store:
        for i in range(len(sizes)):
            store.put_article(f"a{i}", article(f"a{i}", 1))  # new: they wait for the bulk loader
        store.flush()
        monkeypatch.setattr(localstore.DiskStore, "flush", counting_flush)
        for i, n in enumerate(sizes):
            store.put_article(f"a{i}", article(f"a{i}", n))  # stored: each replaced in a transaction
        assert len(calls) == flushes
        assert all(unflushed >= flush_quads for unflushed in calls)
    assert len(calls) == flushes + 1  # close() flushes the rest
    with open_store(str(tmp_path / "store")) as reader:
        assert reader.stats()["triples"] == sum(sizes)


def hashed(article_id: str, n: int, content_hash: str) -> list[Quad]:
    g = graph_iri(article_id)
    return [*article(article_id, n), Quad(g, CONTENT_HASH, Literal(content_hash), g)]


def test_localstore_new_articles_wait_for_one_bulk_write(tmp_path):
    with open_store(str(tmp_path / "store"), write=True) as store:
        store.put_article("a1", hashed("a1", 3, "h1"))
        store.put_article("a2", hashed("a2", 2, "h2"))
        assert len(store._live()) == 0  # waiting in this process
        assert (store.article_hash("a1"), store.article_hash("a2"), store.article_hash("a3")) == ("h1", "h2", None)
        assert store.stats()["triples"] == 7  # a read writes the waiting articles first
        assert len(store._live()) == 7
        assert store.article_hash("a2") == "h2"  # now read from the store


def test_localstore_replacing_a_waiting_article_keeps_only_the_new_quads(tmp_path):
    with open_store(str(tmp_path / "store"), write=True) as store:
        store.put_article("a1", hashed("a1", 5, "old"))
        store.put_article("a1", hashed("a1", 1, "new"))
    with open_store(str(tmp_path / "store")) as reader:
        assert reader.stats()["triples"] == 2
        assert reader.article_hash("a1") == "new"


class _HashWriteFails:
    """A pyoxigraph store whose transactional extend fails (as if the build were killed after the bulk write)."""

    def __init__(self, store):
        self.store = store

    def __getattr__(self, name):
        return getattr(self.store, name)

    def extend(self, quads):
        raise OSError("killed")


def test_localstore_articles_without_their_hash_are_written_again(tmp_path):
    with open_store(str(tmp_path / "store"), write=True) as store:
        real = store._store
        store._store = _HashWriteFails(real)
        store.put_article("a1", hashed("a1", 4, "h1"))
        with pytest.raises(StoreError, match="write failed on store .*killed"):
            store.flush()
        store._store = real
        assert store.article_hash("a1") is None  # the quads are there, the hash is not: not stored
        assert len(real) == 4
        store.put_article("a1", hashed("a1", 2, "h1"))  # the next build writes it again, replacing the graph
    with open_store(str(tmp_path / "store")) as reader:
        assert reader.stats()["triples"] == 3
        assert reader.article_hash("a1") == "h1"


def test_localstore_new_articles_wait_at_most_wait_seconds(tmp_path, monkeypatch):
    monkeypatch.setattr(localstore.DiskStore, "WAIT_SECONDS", 0.2)
    with open_store(str(tmp_path / "store"), write=True) as store:
        store.put_article("a1", hashed("a1", 2, "h1"))
        assert len(store._live()) == 0
        time.sleep(0.25)
        store.put_article("a2", hashed("a2", 2, "h2"))  # the next write finds a1 waited too long: both written
        assert len(store._live()) == 6
        store.put_article("a3", hashed("a3", 2, "h3"))
        assert len(store._live()) == 6


def test_localstore_new_articles_are_written_every_bulk_quads(tmp_path, monkeypatch):
    monkeypatch.setattr(localstore.DiskStore, "BULK_QUADS", 10)
    with open_store(str(tmp_path / "store"), write=True) as store:
        store.put_article("a1", hashed("a1", 5, "h1"))  # 6 quads waiting
        assert len(store._live()) == 0
        store.put_article("a2", hashed("a2", 5, "h2"))  # 12: both written by the bulk loader
        assert len(store._live()) == 12
        store.put_article("a3", hashed("a3", 2, "h3"))
        assert len(store._live()) == 12


def test_localstore_an_article_with_blank_nodes_is_written_in_a_transaction(tmp_path):
    """The bulk loader gives blank nodes new labels: "_:b" would no longer be the "_:b" stored before."""
    with open_store(str(tmp_path / "store"), write=True) as store:
        for name in ("a1", "a2"):
            g = graph_iri(name)
            store.put_article(name, [Quad(BlankNode("b"), NamedNode("https://example.org/p"), Literal(name), g),
                                     Quad(g, CONTENT_HASH, Literal("h"), g)])
            assert len(store._live()) == (2 if name == "a1" else 4)  # written at once, not waiting
    with open_store(str(tmp_path / "store")) as reader:
        _, rows = reader.select("SELECT ?g ?s WHERE { GRAPH ?g { ?s <https://example.org/p> ?o } }")
    assert {row["s"] for row in rows} == {"_:b"}  # the label kept

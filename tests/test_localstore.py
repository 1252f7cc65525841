"""kg.store.local: the on-disk writer flushes RocksDB's memtables every FLUSH_QUADS quads, so memory stays bounded."""

from __future__ import annotations

import pytest
from pyoxigraph import Literal, NamedNode, Quad

from kg.store import local as localstore
from kg.store import graph_iri, open_store


def article(article_id: str, n: int) -> list[Quad]:
    g = graph_iri(article_id)
    return [Quad(g, NamedNode(f"https://example.org/p{i}"), Literal(f"value {i}"), g) for i in range(n)]


@pytest.mark.parametrize("flush_quads, sizes, flushes", [
    (10, [4, 4, 4, 4, 4], 2),  # 5, 10 → flush; 5, 10 → flush; 5
    (10, [20, 1], 1),  # one large article is flushed at once
    (1000, [4, 4, 4], 0),  # below the bound: only close() flushes
])
def test_localstore_flushes_every_flush_quads(tmp_path, monkeypatch, flush_quads, sizes, flushes):
    monkeypatch.setattr(localstore.DiskStore, "FLUSH_QUADS", flush_quads)
    calls = []
    real_flush = localstore.DiskStore.flush

    def counting_flush(self):
        calls.append(self._unflushed)
        real_flush(self)

    monkeypatch.setattr(localstore.DiskStore, "flush", counting_flush)
    with open_store(str(tmp_path / "store"), write=True) as store:
        for i, n in enumerate(sizes):
            store.put_article(f"a{i}", article(f"a{i}", n))
        assert len(calls) == flushes
        assert all(unflushed >= flush_quads for unflushed in calls)
    assert len(calls) == flushes + 1  # close() flushes the rest
    with open_store(str(tmp_path / "store")) as reader:
        assert reader.stats()["triples"] == sum(sizes)

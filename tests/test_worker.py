"""The worker-process module: what a spawned worker imports, and its batches' facts."""

import subprocess
import sys

import pytest

from kg import worker
from kg.errors import ResourceError
from kg.extractor import BuildOptions
from kg.model import Article


def test_worker_imports_only_the_relation_stage():
    """A spawned worker imports kg.worker: not the RDF, store, cluster or input modules of the writing process."""
    code = ("import sys, kg.worker; heavy = ('rdflib', 'pyoxigraph', 'kg.rdf', 'kg.store', 'kg.cluster', "
            "'kg.ingest', 'dask'); print(sorted(m for m in heavy if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_worker_raises_its_start_up_failure_at_the_first_batch(monkeypatch):
    def fail(options):
        raise ResourceError("no such model")

    monkeypatch.setattr(worker, "Extractor", fail)
    monkeypatch.setattr(worker, "watch_parent", lambda parent: None)
    monkeypatch.setattr(worker.signal, "signal", lambda *a: None)
    monkeypatch.setattr(worker, "settle_worker", lambda: None)
    worker.init_worker(BuildOptions())
    with pytest.raises(ResourceError, match="no such model"):
        worker.work([Article("a1", "President Joe Biden met Prime Minister Justin Trudeau.")])
    monkeypatch.setattr(worker, "_WORKER", None)

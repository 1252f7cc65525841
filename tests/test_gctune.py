"""kg.gctune: a build runs with fewer collections and gives the caller's thresholds back; a worker freezes what
it has loaded."""

import gc
import subprocess
import sys

import pytest

from kg.gctune import BUILD_THRESHOLD, fewer_collections


def test_gctune_build_thresholds_are_restored_even_after_an_error():
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), fewer_collections():
        assert gc.get_threshold() == BUILD_THRESHOLD
        raise RuntimeError("boom")
    assert gc.get_threshold() == before != BUILD_THRESHOLD


def test_gctune_worker_freezes_what_it_loaded():
    code = ("import gc; from kg.gctune import settle_worker, BUILD_THRESHOLD; assert gc.get_freeze_count() == 0; "
            "settle_worker(); assert gc.get_freeze_count() > 0 and gc.get_threshold() == BUILD_THRESHOLD")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_gctune_build_leaves_the_callers_thresholds(tmp_path):
    from kg.pipeline import BuildOptions, build
    from kg.store import open_store

    (tmp_path / "a.txt").write_text("President Joe Biden met Prime Minister Justin Trudeau in Ottawa.\n")
    before = gc.get_threshold()
    build([str(tmp_path / "a.txt")], open_store("memory", write=True), BuildOptions(workers=1))
    assert gc.get_threshold() == before

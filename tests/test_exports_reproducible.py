"""exports/ holds the output of `make run` on seeds/; rebuilding it gives the same files."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.slow
def test_exports_reproducible(tmp_path):
    out = tmp_path / "exports"
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--store", str(tmp_path / "store"),
                                       "--date", "2023-01-10", "--out", str(out)])
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (ROOT / "exports").iterdir() if not p.name.startswith("."))
    assert names == sorted(p.name for p in out.iterdir())
    for name in names:
        assert (out / name).read_bytes() == (ROOT / "exports" / name).read_bytes(), f"exports/{name} is stale"

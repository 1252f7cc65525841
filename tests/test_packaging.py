"""kg as an ordinary wheel: the named queries ship inside the package (one source, the project's queries/),
and a wheel installed into a fresh venv outside the checkout builds the seed and answers every named query."""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from clihelp import QUERY_PARAMS

from kg import query as kg_query

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = ROOT / "tests" / "golden" / "queries"
NAMED = sorted(p.stem for p in (ROOT / "queries").glob("*.rq"))


def configured_packages() -> list[str]:
    tomllib = pytest.importorskip("tomllib")
    with open(ROOT / "pyproject.toml", "rb") as f:
        return sorted(tomllib.load(f)["tool"]["setuptools"]["packages"])


def test_packaging_lists_every_package_of_the_tree():
    """pyproject.toml lists its packages; a new kg/ subpackage missing from the list would miss from wheels. The
    data folders (kg/resources and its folders) are listed too: Python imports any folder as a namespace package,
    and setuptools warned 'Package kg.resources is absent from the packages configuration' for each of them."""
    folders = [ROOT / "kg", *(p for p in (ROOT / "kg").rglob("*") if p.is_dir() and "__pycache__" not in p.parts)]
    found = sorted(".".join(p.relative_to(ROOT).parts) for p in folders)
    assert "kg.resources.patterns" in found
    assert configured_packages() == sorted([*found, "kg.queries"])


def test_packaging_named_queries_come_from_the_package(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # no queries/ here: only the package's
    assert sorted(kg_query.list_queries()) == NAMED
    assert kg_query.resolve("roles") == (ROOT / "queries" / "roles.rq").read_text(encoding="utf-8")


def test_packaging_sparql_lives_in_one_place():
    """Internal queries (kg/resources/sparql/) and the public ones (queries/) share no name and no text."""
    internal = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "kg" / "resources" / "sparql").glob("*.rq")}
    public = {p.stem: p.read_text(encoding="utf-8") for p in (ROOT / "queries").glob("*.rq")}
    assert internal and public and not set(internal) & set(public)
    body = lambda text: " ".join(line for line in text.splitlines() if not line.startswith("#")).split()  # noqa: E731
    assert not {tuple(body(t)) for t in internal.values()} & {tuple(body(t)) for t in public.values()}


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def run(command: list[str], cwd: Path, env: dict[str, str], timeout: float = 600) -> str:
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, f"{command}: {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-4000:]}"
    return done.stdout


@pytest.fixture(scope="module")
def wheel_build(tmp_path_factory) -> tuple[Path, str]:
    """A wheel of this checkout and what building it printed (pip -v shows the build backend's warnings)."""
    base = tmp_path_factory.mktemp("wheel")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-v", "-w", str(base / "dist"),
                           str(ROOT)], cwd=base, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-4000:]
    wheel, = (base / "dist").glob("kg-*.whl")
    return wheel, done.stdout + done.stderr


@pytest.mark.slow
def test_packaging_wheel_builds_without_a_packaging_warning(wheel_build):
    _, printed = wheel_build
    assert "absent from the `packages` configuration" not in printed and "BuildBackendWarning" not in printed


@pytest.fixture(scope="module")
def wheel_venv(wheel_build) -> tuple[Path, Path]:
    """A wheel of this checkout installed with the cluster extra into a fresh venv in a temporary directory."""
    wheel, _ = wheel_build
    base = wheel.parent.parent
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    venv = base / "venv"
    run([sys.executable, "-m", "venv", str(venv)], base, env)  # no --system-site-packages: nothing leaks in
    pip = [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--no-compile",
           "-c", str(ROOT / "constraints.txt")]
    run([*pip, f"{wheel}[cluster]"], base, env, timeout=900)
    return wheel, venv


@pytest.mark.slow
def test_packaging_wheel_holds_the_queries_and_resources(wheel_venv):
    wheel, _ = wheel_venv
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {f"kg/queries/{n}.rq" for n in NAMED} <= names
    tree = {p.relative_to(ROOT).as_posix() for p in (ROOT / "kg").rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}
    assert tree <= names


@pytest.mark.slow
def test_packaging_wheel_builds_the_seed_and_answers_every_named_query(wheel_venv, tmp_path):
    _, venv = wheel_venv
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    kg = str(venv / "bin" / "kg")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    where = run([str(venv / "bin" / "python"), "-c", "import kg, kg.cluster, distributed; print(kg.__file__)"],
                tmp_path, env)
    assert Path(where.strip()).is_relative_to(venv)  # the installed copy, not the checkout
    listed = run([kg, "queries"], tmp_path, env)
    assert all(name in listed for name in NAMED)
    run([kg, "build", "seeds", "--date", "2023-01-10", "--store", "store", "--workers", "1"], tmp_path, env)
    for name in NAMED:
        out = run([kg, "query", name, "--store", "store", "--format", "csv", *QUERY_PARAMS.get(name, [])], tmp_path, env)
        assert csv_rows(out) == csv_rows((GOLDEN / f"{name}.csv").read_text(encoding="utf-8")), name


@pytest.mark.slow
def test_packaging_wheel_cluster_extra_builds_on_a_local_cluster(wheel_venv, tmp_path):
    """pip install 'kg[cluster]': a dask worker process imports the installed kg and gives the same store."""
    _, venv = wheel_venv
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    kg = str(venv / "bin" / "kg")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    run([kg, "build", "seeds", "--date", "2023-01-10", "--store", "store", "--cluster", "local", "--workers", "1"],
        tmp_path, env)
    out = run([kg, "query", "roles", "--store", "store", "--format", "csv"], tmp_path, env)
    assert csv_rows(out) == csv_rows((GOLDEN / "roles.csv").read_text(encoding="utf-8"))

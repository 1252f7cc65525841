"""Helpers shared by tests that drive the CLI and real servers (not a test module)."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from typing import Callable

from click.testing import CliRunner

from kg.cli import main

# the --param values each named query needs on the seed (its golden CSV in tests/golden/queries/ is the answer)
QUERY_PARAMS = {"person_quotes": ["--param", "person=Biden"],
                "who_held": ["--param", "role=", "--param", "country=", "--param", "date=2023-01-10"],
                "person_timeline": ["--param", "person=Trudeau"]}

# ``kg`` in a new process with new articles written at every put instead of about every 2 s (DiskStore.WAIT_SECONDS),
# so that a kill or a full disk lands between written articles, as in a build of many articles
EAGER_KG = [sys.executable, "-c",
            "from kg.store.local import DiskStore; DiskStore.WAIT_SECONDS = 0; from kg.cli import main; main()"]


def kg(*args: str, ok: bool = True):
    """Run ``kg ARGS`` in-process; with ``ok``, fail the test unless it exits 0."""
    result = CliRunner().invoke(main, list(args))
    if ok:
        assert result.exit_code == 0, result.output
    return result


def summary_cells(output: str) -> dict[str, str]:
    """The build summary table (header row ┃…┃, value row │…│) as column → text."""
    header = next(line for line in output.splitlines() if line.startswith("┃"))
    values = next(line for line in output.splitlines() if line.startswith("│"))
    names, cells = header.strip("┃").split("┃"), values.strip("│").split("│")
    return {name.strip(): cell.strip() for name, cell in zip(names, cells)}


def wait_until_answers(url: str, proc: subprocess.Popen, timeout: float, why_exited: Callable[[], str],
                       pause: float = 0.1) -> None:
    """Poll ``url`` until it answers; raise with ``why_exited()`` if the server process ends first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{proc.args[0]} exited with {proc.returncode}: {why_exited()}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(pause)
    raise RuntimeError(f"{proc.args[0]} did not answer at {url} within {timeout} s")


def stop(proc: subprocess.Popen, timeout: float) -> None:
    """Terminate a server process; kill it if it has not ended after ``timeout`` seconds."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()

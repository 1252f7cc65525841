"""The files under ``kg/resources``: where they are, how a TSV or JSONL lexicon is read and checked, and the
user's overlay directories (``KG_RESOURCES``) that add, replace or disable shipped rows. :mod:`kg.lexicon` builds
its tables on these readers and re-exports them."""

from __future__ import annotations

import csv
import gzip
import json
import os
from importlib import resources
from pathlib import Path

from kg.errors import ResourceError


def resource_path(name: str) -> Path:
    return Path(str(resources.files("kg") / "resources" / name))


def read_tsv(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a TSV lexicon as dicts; checks the header and that ids are unique. A shipped lexicon gets the
    rows of the same file in every overlay directory (:func:`use_resources`): a row with a new id is added, one
    with a shipped id replaces it, and one whose ``disabled`` column is ``yes`` removes it."""
    rows = _read_one_tsv(path, required)
    if Path(path).parent != resource_path(""):
        return rows
    for overlay in overlay_dirs():
        extra = overlay / Path(path).name
        if extra.is_file():
            rows = _overlay_rows(rows, _read_one_tsv(extra, ("id",)))
    return rows


def _overlay_rows(rows: list[dict[str, str]], extra: list[dict[str, str]]) -> list[dict[str, str]]:
    by_id = {r["id"]: r for r in rows}
    blank = dict.fromkeys(rows[0], "") if rows else {}
    for row in extra:
        if (row.get("disabled") or "").strip().lower() == "yes":
            by_id.pop(row["id"], None)
        else:
            by_id[row["id"]] = {**blank, **row}
    return list(by_id.values())


OVERLAY_ENV = "KG_RESOURCES"  # overlay directories (os.pathsep separated), set by use_resources()


def overlay_dirs() -> tuple[Path, ...]:
    """The user's resource overlay directories, in order (from ``KG_RESOURCES``)."""
    value = os.environ.get(OVERLAY_ENV, "")
    return tuple(Path(p) for p in value.split(os.pathsep) if p)


def use_resources(dirs: tuple[str, ...] | list[str]) -> None:
    """Overlay the user's lexicon rows (``DIR/<lexicon>.tsv``) and patterns (``DIR/patterns/*.jsonl``) on the
    shipped ones for this process and the worker processes it starts; every cached lexicon is reloaded."""
    for d in dirs:
        if not Path(d).is_dir():
            raise ResourceError(f"resources directory {d} does not exist")
    os.environ[OVERLAY_ENV] = os.pathsep.join(str(Path(d).resolve()) for d in dirs)
    clear_caches()


def clear_caches() -> None:
    """Forget every loaded lexicon and pattern (after the overlay changed)."""
    import sys

    for name, module in list(sys.modules.items()):
        if name == "kg" or name.startswith("kg."):
            for value in vars(module).values():
                if not isinstance(value, type) and callable(getattr(value, "cache_clear", None)) \
                        and getattr(value, "__module__", "") == name:  # a class (rdflib namespace) warns on hasattr
                    value.cache_clear()
            reset = getattr(module, "reset_matchers", None)
            if callable(reset):
                reset()


def _read_one_tsv(path: Path, required: tuple[str, ...]) -> list[dict[str, str]]:
    try:
        with open(path, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    except (OSError, UnicodeDecodeError, csv.Error) as e:
        raise ResourceError(f"{path}: cannot read lexicon: {e}") from e
    missing = [c for c in required if rows and c not in rows[0]]
    if missing:
        raise ResourceError(f"{path}: missing column(s) {', '.join(missing)}")
    seen: set[str] = set()
    for i, row in enumerate(rows, 2):
        if not row.get("id") or row["id"] in seen:
            raise ResourceError(f"{path}:{i}: missing or duplicate id {row.get('id')!r}")
        seen.add(row["id"])
    return rows


def read_jsonl(path: Path) -> list[dict]:
    """Objects of a JSONL lexicon (gzipped when its name ends in ``.gz``); each must be an object with an ``id``."""
    out = []
    try:
        if str(path).endswith(".gz"):
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                lines = fh.read().splitlines()
        else:
            lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ResourceError(f"{path}: cannot read lexicon: {e}") from e
    for i, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise ResourceError(f"{path}:{i}: invalid JSON: {e.msg}") from e
        if not isinstance(obj, dict) or not obj.get("id"):
            raise ResourceError(f"{path}:{i}: an entry must be an object with an 'id'")
        out.append(obj)
    return out

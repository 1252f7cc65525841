"""Files → :class:`kg.model.Article`.

Accepts ``.txt`` files (one article each; the id is the file stem), ``.jsonl`` files (one article a
line: ``id`` and ``text`` required; ``title``, ``date``, ``url``, ``source`` optional) and
directories (read recursively for both). Articles are streamed, never all held in memory. A bad input
is reported as an :class:`InputProblem` naming the file and line, and reading goes on.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.errors import InputError
from kg.model import Article

log = logging.getLogger(__name__)

SUFFIXES = (".txt", ".jsonl")


@dataclass(frozen=True)
class InputProblem:
    """A file or line that could not be read as an article."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def parse_date(value: str | None, where: str) -> dt.date | None:
    """An ISO date (``YYYY-MM-DD``; a longer timestamp is cut to its date).

    >>> parse_date("2023-01-10", "x")
    datetime.date(2023, 1, 10)
    >>> parse_date("2023-01-10T08:00:00Z", "x")
    datetime.date(2023, 1, 10)
    >>> parse_date(None, "x") is None
    True
    """
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError as e:
        raise InputError(f"{where}: invalid date {value!r} (expected YYYY-MM-DD)") from e


def require_an_input(paths: list[str]) -> None:
    """Raise :class:`InputError` when not one of ``paths`` exists (a mistyped path), before a store is opened: a
    build of missing inputs created an empty store. A missing path beside existing ones is a skipped input."""
    missing = [p for p in paths if not Path(p).exists()]
    if missing and len(missing) == len(paths):
        raise InputError(f"{', '.join(missing)}: no such file or directory")


def read_inputs(paths: Iterable[str | Path], date: dt.date | None = None) -> Iterator[Article | InputProblem]:
    """Yield articles and problems from files and directories, in a stable order."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield InputProblem(str(path), "no such file or directory")
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not files:
                yield InputProblem(str(path), "directory holds no .txt or .jsonl files")
            for file in files:
                yield from _read_file(file, date)
        else:
            yield from _read_file(path, date)


def _read_file(path: Path, date: dt.date | None) -> Iterator[Article | InputProblem]:
    if path.suffix.lower() == ".jsonl":
        yield from _read_jsonl(path, date)
    elif path.suffix.lower() == ".txt":
        yield _read_txt(path, date)
    else:
        yield InputProblem(str(path), f"unsupported file type {path.suffix or '(none)'}; use .txt or .jsonl")


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data:
        raise InputError(f"{where}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise InputError(f"{where}: invalid UTF-8 at byte {e.start}") from e


def _read_txt(path: Path, date: dt.date | None) -> Article | InputProblem:
    try:
        text = _decode(path.read_bytes(), str(path))
    except InputError as e:
        return InputProblem(str(path), str(e).split(": ", 1)[1])
    except OSError as e:
        return InputProblem(str(path), e.strerror or str(e))
    if not text.strip():
        return InputProblem(str(path), "empty file")
    return Article(id=path.stem, text=text, date=date, origin=str(path))


def _read_jsonl(path: Path, date: dt.date | None) -> Iterator[Article | InputProblem]:
    try:
        fh = open(path, "rb")
    except OSError as e:
        yield InputProblem(str(path), e.strerror or str(e))
        return
    with fh:
        empty = True
        for lineno, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            empty = False
            where = f"{path}:{lineno}"
            try:
                yield article_from_json(_decode(raw, where), where, date)
            except InputError as e:
                yield InputProblem(where, str(e).split(": ", 1)[1])
        if empty:
            yield InputProblem(str(path), "empty file")


def article_from_json(line: str, where: str, date: dt.date | None = None) -> Article:
    """One JSONL line → Article; raises :class:`InputError` with the place on any defect.

    >>> article_from_json('{"id": "a1", "text": "Hi.", "date": "2024-05-01"}', "f:1").date
    datetime.date(2024, 5, 1)
    """
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        raise InputError(f"{where}: malformed JSON ({e.msg.removesuffix(' at')} at column {e.colno})") from e
    if not isinstance(obj, dict):
        raise InputError(f"{where}: a line must be a JSON object")
    text, art_id = _unicode(obj.get("text")), _unicode(obj.get("id"))
    if not isinstance(text, str) or not text.strip():
        raise InputError(f"{where}: missing or empty 'text'")
    if not isinstance(art_id, (str, int)) or not str(art_id).strip():
        raise InputError(f"{where}: missing 'id'")
    return Article(
        id=str(art_id), text=text, title=_opt(obj, "title"), date=parse_date(obj.get("date"), where) or date,
        url=_opt(obj, "url"), source=_opt(obj, "source"), origin=where,
    )


def _opt(obj: dict, key: str) -> str | None:
    value = obj.get(key)
    return _unicode(str(value)) if value not in (None, "") else None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _unicode(value):
    """A string with its lone surrogates (JSON ``"\\ud800"`` escapes, not Unicode text) replaced by U+FFFD, which
    keeps every offset; any other value as it is.

    >>> _unicode(json.loads('"a\\ud800b"')), _unicode(7)
    ('a\ufffdb', 7)
    """
    return _SURROGATE.sub("\ufffd", value) if isinstance(value, str) else value


def count_articles(paths: Iterable[str | Path]) -> int:
    """How many articles the inputs hold at most (non-blank JSONL lines, .txt files), read in a streaming pass.

    Used for the progress bar's total; bad lines are counted too.
    """
    total = 0
    for raw in paths:
        path = Path(raw)
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in filter(Path.is_file, files):  # not a FIFO or device: counting would consume it
            suffix = file.suffix.lower()
            if suffix == ".txt":
                total += 1
            elif suffix == ".jsonl":
                try:
                    with open(file, "rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    continue
    return total

"""A folder of odd inputs through ``kg build``: every bad article gets one line naming it, the good ones are
stored; long inputs (a text with no sentence breaks, an article past spaCy's max_length, thousands of
paragraphs) finish in bounded time."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from click.testing import CliRunner

from kg.cli import main

MEETING = "President Emmanuel Macron of France met Chancellor Olaf Scholz of Germany in Paris on Tuesday."


def ids_in(store: str) -> list[str]:
    result = CliRunner().invoke(main, ["query", "SELECT ?id { GRAPH ?g { ?g <http://schema.org/identifier> ?id } } "
                                       "ORDER BY ?id", "--store", store, "--format", "json"])
    assert result.exit_code == 0, result.output
    return [row["id"] for row in json.loads(result.output)["rows"]]


def test_cli_build_odd_inputs(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(MEETING, encoding="utf-8")
    (folder / "nul.txt").write_bytes(b"President\x00 Macron")
    (folder / "latin1.txt").write_bytes("Café Macron".encode("latin-1"))
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "quotes.txt").write_text("“Unbalanced, said Macron. «Nested “quotes» here”” and ' \" ‘.\u202e\x07",
                                       encoding="utf-8")
    lines = [
        json.dumps({"id": "../../x", "text": MEETING}),
        json.dumps({"id": 5, "text": MEETING}),
        json.dumps({"text": "no id"}),
        json.dumps({"id": "t", "text": 7}),
        "[1, 2]",
        json.dumps({"id": "d", "text": MEETING, "date": [2023]}),
        '{"id": "s\\ud800", "text": "Lone \\udc00 surrogate. ' + MEETING + '"}',
        '{"id": "broken", "text": "unterminated',
        json.dumps({"id": "ctl", "text": "\x00\x1b[31m" + MEETING, "title": "<&\"'>", "url": "../../etc/passwd"}),
    ]
    (folder / "lines.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = str(tmp_path / "store")
    result = CliRunner().invoke(main, ["build", str(folder), "--store", store, "--workers", "1"])
    assert result.exit_code == 2, result.output
    jsonl = folder / "lines.jsonl"
    assert [line for line in result.stderr.splitlines() if line.strip()] == [
        f"skipped: {folder / 'empty.txt'}: empty file",
        f"skipped: {folder / 'latin1.txt'}: invalid UTF-8 at byte 3",
        f"skipped: {jsonl}:3: missing 'id'",
        f"skipped: {jsonl}:4: missing or empty 'text'",
        f"skipped: {jsonl}:5: a line must be a JSON object",
        f"skipped: {jsonl}:6: invalid date [2023] (expected YYYY-MM-DD)",
        f"skipped: {jsonl}:8: malformed JSON (Invalid control character at column 39)",
        f"skipped: {folder / 'nul.txt'}: binary file (NUL bytes), not text",
    ]
    assert ids_in(store) == ["../../x", "5", "ctl", "good", "quotes", "s\ufffd"]
    assert not (tmp_path.parent / "x").exists()
    for fmt in ("turtle", "trig", "jsonld", "graphml", "gexf"):
        out = tmp_path / f"kg.{fmt}"
        assert CliRunner().invoke(main, ["export", "--store", store, "--format", fmt, "--out", str(out)]).exit_code == 0


def paragraphs_article(n: int) -> dict:
    para = MEETING + " The two leaders discussed energy security and trade, officials said."
    return {"id": f"p{n}", "date": "2023-05-02", "text": "\n\n".join([para] * n)}


@pytest.mark.slow
def test_cli_build_long_inputs_in_bounded_time(tmp_path):
    """A 2 MB text on one line and a 1.2 MB one with no whitespace at all (both past spaCy's max_length of
    1,000,000 characters), and a 6,000-paragraph article (850 kB). The one-line texts are made of long
    pseudo-words, so that spaCy's parse (which costs the same per token whatever kg does) stays short; the README
    has the time of a 2 MB line of prose."""
    folder = tmp_path / "in"
    folder.mkdir()
    word = "abcdefghijklmnopqrstuvwxyz" * 7 + " "
    (folder / "line.txt").write_text(MEETING + " " + word * (2_000_000 // len(word)), encoding="utf-8")
    (folder / "blob.txt").write_text(MEETING + "x" * 1_200_000, encoding="utf-8")
    (folder / "long.jsonl").write_text(json.dumps(paragraphs_article(6000)) + "\n", encoding="utf-8")
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(folder), "--store", str(tmp_path / "s"),
                           "--workers", "2"], capture_output=True, text=True, timeout=900)
    seconds = time.monotonic() - started
    assert proc.returncode == 0, proc.stderr
    assert seconds < 600, f"took {seconds:.0f} s"
    assert ids_in(str(tmp_path / "s")) == ["blob", "line", "p6000"]

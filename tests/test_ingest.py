"""Ingest: files, directories and JSONL lines → articles; bad inputs become one-line problems."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.ingest import InputProblem, read_inputs
from kg.model import Article


def _split(items):
    arts = [i for i in items if isinstance(i, Article)]
    probs = [i for i in items if isinstance(i, InputProblem)]
    return arts, probs


def test_ingest_txt_and_jsonl_directory(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a1.txt").write_text("President X met Y.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "b1", "text": "T1", "date": "2024-02-03", "title": "H"}\n'
                                      '{"id": "b2", "text": "T2"}\n', encoding="utf-8")
    arts, probs = _split(list(read_inputs([tmp_path], date=dt.date(2020, 1, 1))))
    assert probs == []
    assert [(a.id, a.date) for a in arts] == [("b1", dt.date(2024, 2, 3)), ("b2", dt.date(2020, 1, 1)),
                                              ("a1", dt.date(2020, 1, 1))]
    assert arts[0].title == "H"


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"   \n", "empty file"),
    ("bin.txt", b"abc\x00def", "binary file"),
    ("latin.txt", b"caf\xe9", "invalid UTF-8"),
    ("bad.jsonl", b'{"id": "x", "text": "ok"}\n{not json}\n', "malformed JSON"),
    ("notext.jsonl", b'{"id": "x"}\n', "missing or empty 'text'"),
    ("noid.jsonl", b'{"text": "hello"}\n', "missing 'id'"),
    ("date.jsonl", b'{"id": "x", "text": "t", "date": "yesterday"}\n', "invalid date"),
    ("array.jsonl", b'[1, 2]\n', "must be a JSON object"),
])
def test_ingest_bad_input_is_one_line_problem(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    _, probs = _split(list(read_inputs([path])))
    assert len(probs) == 1 and message in probs[0].message
    assert str(probs[0]).startswith(str(path)) and "\n" not in str(probs[0])


def test_ingest_bad_line_names_line_and_keeps_others(tmp_path):
    path = tmp_path / "mix.jsonl"
    path.write_text('{"id": "ok1", "text": "a"}\n{"id": "bad"}\n{"id": "ok2", "text": "b"}\n', encoding="utf-8")
    arts, probs = _split(list(read_inputs([path])))
    assert [a.id for a in arts] == ["ok1", "ok2"]
    assert probs[0].where == f"{path}:2"


def test_ingest_missing_path(tmp_path):
    _, probs = _split(list(read_inputs([tmp_path / "nope.txt"])))
    assert "no such file" in probs[0].message


def test_ingest_count_articles_for_the_progress_bar(tmp_path):
    import os

    from kg.ingest import count_articles

    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "a1.txt").write_text("President X met Y.", encoding="utf-8")
    (tmp_path / "b.jsonl").write_text('{"id": "b1", "text": "T1"}\n\n{"id": "b2", "text": "T2"}\n', encoding="utf-8")
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    os.mkfifo(tmp_path / "feed.jsonl")  # never opened: counting must not consume a pipe
    assert count_articles([tmp_path]) == 3
    assert count_articles([tmp_path / "b.jsonl", tmp_path / "missing.txt", tmp_path / "feed.jsonl"]) == 2

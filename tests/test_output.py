"""Readable output: tables and CSV round to 3 decimals; --format csv|json for every command printing a table."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from clihelp import kg


def test_output_analyse_table_rounds_to_3_decimals(seed_path):
    out = kg("analyse", "--store", seed_path).output
    assert re.search(r"│ 0\.\d{1,3} ", out) and not re.search(r"\d\.\d{4,}", out)
    assert "communities" in out


def test_output_analyse_csv_sections(seed_path):
    out = kg("analyse", "--store", seed_path, "--format", "csv").output
    assert out.startswith("# summary\npersons,pairs\n3,3\n\n# people\nid,label,degree,weighted_degree,betweenness,")
    people = out.split("# people\n")[1].split("\n\n")[0]
    scores = [row["pagerank"] for row in csv.DictReader(io.StringIO(people))]
    assert scores and all(len(s.split(".")[1]) <= 3 for s in scores)


@pytest.mark.parametrize("args, first", [
    (["stats"], "articles,persons,events,topics,quotes,triples,size_bytes"),
    (["queries"], "name,answers,parameters"),
    (["review"], "country,surname,a,a_iri,a_articles,b,b_iri,b_articles"),
])
def test_output_csv_header(seed_path, args, first):
    store = [] if args == ["queries"] else ["--store", seed_path]
    assert kg(*args, *store, "--format", "csv").output.splitlines()[0] == first


@pytest.mark.parametrize("args", [["stats"], ["queries"], ["review"], ["analyse"]])
def test_output_json_parses(seed_path, args):
    store = [] if args == ["queries"] else ["--store", seed_path]
    data = json.loads(kg(*args, *store, "--format", "json").output)
    assert data or args == ["review"]


def test_output_build_summary_formats(tmp_path):
    src = tmp_path / "a.txt"
    src.write_text("President Emmanuel Macron met Chancellor Olaf Scholz in Paris.", encoding="utf-8")
    out = kg("build", str(src), "--store", str(tmp_path / "s"), "--workers", "1", "--format", "json").output
    (summary,) = json.loads(out)
    assert summary["articles"] == 1 and set(summary) == {"articles", "unchanged", "facts", "triples", "skipped",
                                                           "seconds"}
    again = kg("build", str(src), "--store", str(tmp_path / "s"), "--format", "csv").output.splitlines()
    assert again[0] == "articles,unchanged,facts,triples,skipped,seconds" and again[1].startswith("0,1,")


def test_output_evaluate_csv(seed_path):
    gold = Path(__file__).parent / "gold"
    out = kg("evaluate", str(gold), "--store", seed_path, "--format", "csv").output
    assert out.startswith("# scores\nrelation,precision,recall,f1,extracted,correct,expected,found\nroles,")
    assert "\n# false_positives\n" in out and "\n# false_negatives\narticle,relation,fact" in out

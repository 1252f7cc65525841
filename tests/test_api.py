"""The Python API (kg.open): README examples as doctests, cheap import, results, optional pandas."""

from __future__ import annotations

import doctest
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kg
from kg.errors import MissingDependencyError, QueryError, StoreError

ROOT = Path(__file__).resolve().parent.parent


def readme_blocks() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```pycon\n(.*?)```", text, flags=re.S)


def test_api_readme_examples_run(monkeypatch):
    blocks = readme_blocks()
    assert blocks, "README.md has no pycon block"
    monkeypatch.chdir(ROOT)
    parser, runner = doctest.DocTestParser(), doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for i, block in enumerate(blocks):
        runner.run(parser.get_doctest(block, {}, f"README block {i + 1}", "README.md", 0))
    assert runner.summarize(verbose=False).failed == 0


def test_api_import_is_cheap():
    code = ("import sys, kg; heavy = [m for m in ('spacy', 'pyoxigraph', 'rdflib', 'networkx', 'kg.api') "
            "if m in sys.modules]; print(heavy)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out == "[]\n"


def test_api_open_reads_a_store(seed_path):
    with kg.open(seed_path) as store:
        result = store.query("meetings")
        assert result.columns == ("person_a", "person_b", "article") and len(result) == 3
        assert result.to_csv().splitlines()[0] == "person_a,person_b,article"
        countries = store.to_networkx("countries")
        assert sorted(d["label"] for _, d in countries.nodes(data=True)) == ["Canada", "Mexico", "United States"]
        with pytest.raises(StoreError, match="read-only"):
            store.build(str(ROOT / "seeds"))


def test_api_build_of_only_missing_inputs_raises(tmp_path):
    """A build whose every input is missing is an InputError (it returned a report of one skipped input); a missing
    input beside one that exists is skipped, as before."""
    from kg.errors import InputError

    missing = tmp_path / "artcles"
    with kg.open("memory", write=True) as store:
        with pytest.raises(InputError) as caught:
            store.build(missing)
        assert str(caught.value) == f"{missing}: no such file or directory"
        (tmp_path / "empty").mkdir()
        report = store.build(tmp_path / "empty", missing)
        assert sorted(str(p).split(": ")[-1] for p in report.problems) == [
            "directory holds no .txt or .jsonl files", "no such file or directory"]


def test_api_query_without_its_parameter_names_the_keyword(seed_path):
    """The Python message names the keyword argument (it said 'query needs --param person=VALUE')."""
    with kg.open(seed_path) as store, pytest.raises(QueryError) as caught:
        store.query("person_quotes")
    assert str(caught.value) == ("store.query('person_quotes') needs person=VALUE: "
                                 "store.query('person_quotes', person=…)")


def test_api_query_with_none_is_a_missing_parameter(seed_path):
    """person=None (a notebook variable not set yet) searched for persons named "None" and answered no row."""
    with kg.open(seed_path) as store, pytest.raises(QueryError) as caught:
        store.query("person_quotes", person=None)
    assert str(caught.value).startswith("store.query('person_quotes') needs person=VALUE")


def test_api_to_pandas_without_pandas(seed_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with kg.open(seed_path) as store, pytest.raises(MissingDependencyError, match=r"pip install 'kg\[notebook\]'"):
        store.query("roles").to_pandas()


def test_api_unknown_attribute():
    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        kg.nope  # noqa: B018


def test_api_open_an_http_endpoint(seed_path):
    """kg.open on the read-only endpoint of ``kg serve`` (started in a thread on a free port)."""
    import threading

    from kg.serve import make_server
    from kg.store import open_store

    with open_store(seed_path) as served:
        server = make_server(served, port=0)
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
        try:
            with kg.open(server.url.removesuffix("/query")) as store:  # an oxigraph-style base URL
                assert len(store.query("person_quotes", person="Trudeau").rows) == 2
                assert store.to_networkx().number_of_edges() == 3
        finally:
            server.shutdown()
            server.server_close()


def test_api_stats_counts_what_kg_stats_prints_and_to_rdflib_holds(memory_store):
    """store.stats()["triples"] is kg stats's count: every article graph's triples (a person two articles name is
    typed in both), which is not len() of store.to_rdflib() (rdflib counts a triple of two graphs once) and leaves
    the curators' graph out. The README's example printed len(store.to_rdflib()) as if it were kg stats's count."""
    import datetime as dt

    from click.testing import CliRunner

    from kg.cli import main
    from kg.model import Article, ArticleFacts, Evidence, Person, RoleFact

    ines = Person("ines-valdora", "Inés Valdora")
    facts = [ArticleFacts(Article(a, "…", date=dt.date(2024, 5, d)), persons=(ines,),
                          roles=(RoleFact(ines, "President", "UY", Evidence(a, "A sentence.", 0, 0, 10, "test")),))
             for a, d in (("a1", 2), ("a2", 3))]
    graph = kg.KnowledgeGraph("memory")
    graph._store = memory_store(facts)
    graph.alias("I. Valdora", "Inés Valdora", by="tester")
    dataset = graph.to_rdflib()
    articles = [g for g in dataset.graphs() if "/id/article/" in str(g.identifier)]
    assert len(articles) == 2 and graph.stats()["triples"] == sum(len(g) for g in articles)
    assert len({t for g in articles for t in g}) < sum(len(g) for g in articles)  # the shared person triples
    assert len(dataset) == len({t for g in dataset.graphs() for t in g}) > len({t for g in articles for t in g})
    shown = CliRunner().invoke(main, ["stats", "--format", "json", "--store", "memory"])
    assert shown.exit_code == 0 and set(json.loads(shown.output)[0]) == set(graph.stats())

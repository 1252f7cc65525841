"""Duplicates: kg merge / kg alias store decisions with PROV-O and apply them on every build and query;
kg review lists likely duplicates."""

from __future__ import annotations

import datetime as dt

import pytest
from clihelp import kg

from kg.curation import CURATION_GRAPH, find_person, load_curation, record, review
from kg.errors import CurationError
from kg.query import run

A1 = ("a1", "Chancellor Olaf Scholz of Germany met President Emmanuel Macron of France in Paris on Monday.")
A2 = ("a2", "German Chancellor Olaf Scholtz met President Emmanuel Macron of France in Berlin on Friday.")
WHEN = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.timezone.utc)


def _write(folder, *articles):
    for aid, text in articles:
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.fixture
def built(tmp_path):
    (tmp_path / "in").mkdir()
    src = _write(tmp_path / "in", A1, A2)
    store = str(tmp_path / "store")
    kg("build", str(src), "--store", store, "--date", "2024-05-01", "--workers", "1")
    return tmp_path, store


def persons(store):
    rows = kg("query", "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p a <http://schema.org/Person> } }",
              "--store", store, "--format", "csv").output.splitlines()[1:]
    return sorted(r.rsplit("/", 1)[-1] for r in rows)


def test_curation_review_lists_same_surname_and_country(built):
    _, store = built
    out = kg("review", "--store", store, "--format", "csv").output.splitlines()
    assert out[0] == "country,surname,a,a_iri,a_articles,b,b_iri,b_articles"
    assert len(out) == 1  # "Scholz" and "Scholtz" are different surnames
    tmp, _ = built
    _write(tmp / "in", ("c1", "Foreign Minister Anna Lindqvist of Sweden met Chancellor Olaf Scholz in Berlin."),
           ("c2", "Swedish Foreign Minister Lindqvist met Chancellor Olaf Scholz of Germany in Berlin on Friday."))
    kg("build", str(tmp / "in"), "--store", store, "--date", "2024-05-02", "--workers", "1")
    rows = kg("review", "--store", store, "--format", "csv").output.splitlines()[1:]
    assert rows == ["SE,lindqvist,Anna Lindqvist,https://kg-project.org/id/person/anna-lindqvist,1,"
                    "Lindqvist,https://kg-project.org/id/person/lindqvist,1"]
    kg("merge", "https://kg-project.org/id/person/anna-lindqvist", "lindqvist", "--store", store)
    assert kg("review", "--store", store, "--format", "csv").output.splitlines()[1:] == []


def test_curation_merge_rewrites_stored_articles_and_later_builds(built):
    tmp, store = built
    assert "olaf-scholtz" in persons(store)
    result = kg("merge", "Olaf Scholz", "Olaf Scholtz", "--by", "ana", "--store", store, "--format", "json")
    assert '"by": "ana"' in result.output and '"articles_rewritten": 2' in result.output
    assert "olaf-scholtz" not in persons(store)
    meetings = kg("query", "meetings", "--store", store, "--format", "csv").output
    assert meetings.count("Olaf Scholz") == 2 and "Scholtz" not in meetings
    # a later build of a changed article applies the decision again
    _write(tmp / "in", ("a2", A2[1] + " Mr. Scholtz thanked his host."))
    kg("build", str(tmp / "in"), "--store", store, "--date", "2024-05-01", "--workers", "1")
    assert "olaf-scholtz" not in persons(store)


def test_curation_merge_again_names_the_merged_person(built):
    _, store = built
    kg("merge", "Olaf Scholz", "Olaf Scholtz", "--store", store)
    kept = kg("query", "SELECT DISTINCT ?p WHERE { GRAPH ?g { ?p <http://www.w3.org/2004/02/skos/core#altLabel> "
              '"Olaf Scholtz" } }', "--store", store, "--format", "csv").output.splitlines()[1]
    again = kg("merge", "Olaf Scholz", "Olaf Scholtz", "--store", store, ok=False)
    assert (again.exit_code, again.output) == (
        10, f"error: 'Olaf Scholz' and 'Olaf Scholtz' already name one person ({kept}): nothing to merge\n")
    kg("alias", "Scholle", "Scholz", "--store", store)
    again = kg("merge", "Scholle", "Scholtz", "--store", store, ok=False)
    assert (again.exit_code, again.output) == (
        10, f"error: 'Scholle' and 'Scholtz' already name one person ({kept}): nothing to merge\n")


def test_curation_decision_is_prov_data(memory_store):
    store = memory_store()
    record(store, "merge", "https://kg-project.org/id/person/a", "https://kg-project.org/id/person/b", "ana", WHEN)
    rows = run(store, f"""PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?who ?when ?same WHERE {{ GRAPH <{CURATION_GRAPH}> {{
          ?act a prov:Activity ; prov:wasAssociatedWith/<http://www.w3.org/2000/01/rdf-schema#label> ?who ;
               prov:endedAtTime ?when .
          ?st prov:wasGeneratedBy ?act ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> ?same . }} }}""").rows
    assert rows == ({"who": "ana", "when": "2024-05-01T12:00:00Z", "same": "https://kg-project.org/id/person/a"},)
    assert load_curation(store).same_as == {"https://kg-project.org/id/person/b": "https://kg-project.org/id/person/a"}


def test_curation_chains_and_refuses_cycles(memory_store):
    store = memory_store()
    iri = "https://kg-project.org/id/person/".__add__
    record(store, "merge", iri("a"), iri("b"), "x", WHEN)
    record(store, "merge", iri("c"), iri("a"), "x", WHEN)
    assert load_curation(store).same_as == {iri("b"): iri("c"), iri("a"): iri("c")}
    with pytest.raises(CurationError, match="already the same person"):
        record(store, "merge", iri("b"), iri("c"), "x", WHEN)


def test_curation_alias_maps_a_name_at_build(tmp_path):
    src = _write(tmp_path, ("b1", "President Emmanuel Macron of France met Chancellor Olaf Scholz in Paris."))
    store = str(tmp_path / "store")
    kg("build", str(src), "--store", store, "--date", "2024-05-01", "--workers", "1")
    kg("alias", "Manu", "Macron", "--store", store, "--by", "ana")
    _write(tmp_path, ("b2", "President Manu of France met Chancellor Olaf Scholz in Paris."))
    kg("build", str(src), "--store", store, "--date", "2024-05-01", "--workers", "1")
    assert "manu" not in persons(store)
    timeline = kg("query", "person_timeline", "--param", "person=macron", "--store", store, "--format", "csv")
    assert sorted({line.split(",")[-1] for line in timeline.output.splitlines()[1:]}) == ["b1", "b2"]


@pytest.mark.parametrize("text, error", [("Nobody", "no person named"), ("Emmanuel", None)])
def test_curation_find_person(memory_store, facts_of, text, error):
    store = memory_store([facts_of("President Emmanuel Macron met Chancellor Olaf Scholz in Paris.")])
    if error:
        with pytest.raises(CurationError, match=error):
            find_person(store, text)
    else:
        assert find_person(store, text).endswith("/Q3052772") or "macron" in find_person(store, text)


def test_curation_review_empty_store(memory_store):
    assert review(memory_store()) == []

"""Time: who held a post on a date (who_held, roles --as-of) and a person's timeline, from role facts and the
publication dates of their articles."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.query import run, with_as_of

TEXTS = [
    ("a2020", dt.date(2020, 3, 1), "Prime Minister Boris Johnson of the United Kingdom met President Emmanuel "
                                   "Macron of France in Paris on Sunday."),
    ("a2023", dt.date(2023, 1, 5), "Prime Minister Rishi Sunak of the United Kingdom met President Emmanuel "
                                   "Macron of France in Paris on Thursday."),
]


@pytest.fixture(scope="module")
def store(nlp, actors, memory_store):
    from kg.extract import extract
    from kg.model import Article
    from kg.nlp import document_text

    facts = []
    for aid, date, text in TEXTS:
        article = Article(aid, text, date=date)
        facts.append(extract(nlp(document_text(article)), article, actors))
    return memory_store(facts)


def who(store, role, country, date):
    result = run(store, "who_held", {"role": role, "country": country, "date": date})
    return sorted((r["person"].split()[-1], r["first_seen"], r["last_seen"], r["article"]) for r in result.rows)


@pytest.mark.parametrize("date, expected", [
    ("2019-12-31", []),
    ("2020-03-01", [("Johnson", "2020-03-01", "2020-03-01", "a2020")]),
    ("2022-12-31", [("Johnson", "2020-03-01", "2020-03-01", "a2020")]),
    ("2023-01-05", [("Sunak", "2023-01-05", "2023-01-05", "a2023")]),
    ("2026-01-01", [("Sunak", "2023-01-05", "2023-01-05", "a2023")]),
])
def test_time_who_held_latest_article_on_or_before_date(store, date, expected):
    assert who(store, "prime minister", "GB", date) == expected


def test_time_who_held_matches_country_name_and_gives_the_sentence(store):
    rows = run(store, "who_held", {"role": "President", "country": "france", "date": "2021-01-01"}).rows
    assert [(r["person"], r["country_code"], r["first_seen"], r["last_seen"]) for r in rows] == [
        ("Emmanuel Macron", "FR", "2020-03-01", "2020-03-01")]
    assert "President Emmanuel Macron of France" in rows[0]["sentence"]


def test_time_roles_as_of_lists_every_post(store):
    spec, params = with_as_of("roles", {}, "2023-02-01")
    rows = run(store, spec, params).rows
    assert sorted((r["role"], r["country_code"], r["person"].split()[-1], r["first_seen"]) for r in rows) == [
        ("President", "FR", "Macron", "2020-03-01"), ("Prime Minister", "GB", "Sunak", "2023-01-05")]


def test_time_person_timeline_in_date_order(store):
    rows = run(store, "person_timeline", {"person": "macron"}).rows
    assert [(r["date"], r["kind"]) for r in rows] == [
        ("2020-03-01", "meeting"), ("2020-03-01", "role"), ("2023-01-05", "meeting"), ("2023-01-05", "role")]


def test_time_cli_roles_as_of(seed_path):
    from clihelp import kg

    out = kg("query", "roles", "--as-of", "2023-01-10", "--store", seed_path, "--format", "csv").output
    assert out.splitlines()[0] == "person,role,country,country_code,first_seen,last_seen,sentence,article"
    assert sorted(line.split(",")[3] for line in out.splitlines()[1:]) == ["CA", "MX", "US"]
    assert kg("query", "roles", "--as-of", "2023-01-09", "--store", seed_path, "--format", "csv").output == (
        "person,role,country,country_code,first_seen,last_seen,sentence,article\n")
    bad = kg("query", "roles", "--as-of", "January", "--store", seed_path, ok=False)
    assert bad.exit_code != 0 and "--as-of" in bad.output and "Traceback" not in bad.output


def test_time_roles_as_of_lists_the_posts_roles_lists(memory_store):
    """roles --as-of (who_held) lists the posts roles.rq lists: a company's, a charity's or a party's post but its
    leader's is an affiliation in both (who_held listed every post, so --as-of added non-political posts)."""
    from kg.model import Article, ArticleFacts, Evidence, Person, RoleFact

    posts = [("Lena Ostrova", "President", "FR", "national"), ("Tomas Brink", "Governor", "US", "subnational"),
             ("Amara Diallo", "Secretary-General", "UN", "international"),
             ("Owen Price", "Leader of the Green Party", "GB", "party"),
             ("Carla Mendes", "Chief Executive Officer", None, "nonpolitical"),
             ("Ravi Anand", "Treasurer", "GB", "party"), ("Jon Hale", "Spokesman", None, "nonpolitical")]
    people = {name: Person(name.lower().replace(" ", "-"), name) for name, *_ in posts}
    article = Article("p1", "…", date=dt.date(2024, 3, 1))
    roles = tuple(RoleFact(people[name], role, country, Evidence("p1", f"{name}, {role}.", 0, 0, 5, "test"),
                           scope=scope) for name, role, country, scope in posts)
    store = memory_store([ArticleFacts(article, persons=tuple(people.values()), roles=roles)])
    listed = {(r["person"], r["role"]) for r in run(store, "roles").rows}
    assert listed == {(name, role) for name, role, _, scope in posts[:4]}
    spec, params = with_as_of("roles", {}, "2024-03-02")
    assert {(r["person"], r["role"]) for r in run(store, spec, params).rows} == listed
    assert run(store, "who_held", {"role": "Chief Executive Officer", "country": "", "date": "2024-03-02"}).rows == ()

"""Named bodies as PLOVER sources: a state body named by a generic name alone ("the Senate") is of the country
where the event happened or the article is about, one whose name begins with a country's ("New Zealand
Government") of that country (:func:`kg.extract.plover_place.home_bodies`); named agencies of ``agents.tsv`` carry
their own."""

from __future__ import annotations

import pytest

from kg.extract import plover_actors as pa
from kg.extract.plover_place import home_bodies
from kg.model import Actor, Article, Person

from test_extract_plover import make_doc


class NoPersons:
    article = Article(id="t", text="")

    def persons_at(self, tok):
        return []


# "The Senate rejected the bill ."
REJECTED = [("The", "the", "DET", "DT", "det", 1), ("Senate", "Senate", "PROPN", "NNP", "nsubj", 2),
            ("rejected", "reject", "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
            ("bill", "bill", "NOUN", "NN", "dobj", 2), (".", ".", "PUNCT", ".", "punct", 2)]


def _actors(doc, focus: tuple[str, ...]) -> pa.Actors:
    ents = {i: e for e in doc.ents for i in range(e.start, e.end)}
    return pa.Actors(ctx=NoPersons(), role_country={}, ents=ents, focus=focus)  # type: ignore[arg-type]


def _home(label: str, focus: tuple[str, ...] = ("CL",), **kw) -> Actor:
    doc = make_doc(REJECTED, ents=["O", "B-ORG", "O", "O", "O", "O"])
    return home_bodies(_actors(doc, focus), doc[2], [Actor(label=label, org=kw.pop("org", label), **kw)])[0]


@pytest.mark.parametrize("label, country, sector", [
    ("Senate", "CL", "LEG"),  # agents.tsv: senate, LEG
    ("the Supreme Court", "CL", "JUD"),
    ("Cabinet", "CL", "GOV"),
    ("House", "CL", "LEG"),  # plover-home-body-names: not a noun of agents.tsv ("his house")
    ("New Zealand Government", "NZ", "GOV"),  # the country that begins the name, not the article's
    ("United States Embassy", "US", "GOV"),
    ("Hamas", None, None),  # no generic name: no country of the article's
    ("Workers' Party", None, None),
])
def test_plover_home_bodies_generic_names_take_the_article_country(label, country, sector):
    found = _home(label)
    assert (found.country, found.sector, found.org) == (country, sector, label)


def test_plover_home_bodies_keep_countries_persons_and_need_a_country():
    assert _home("Senate", country="PE").country == "PE"  # its own country first
    person = Person(key="p", name="Ana Senate")
    assert _home("Senate", org=None, person=person).country is None  # a person is no body
    assert _home("Senate", focus=()).country is None  # no place and no country the article is about


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, label, country", [
    ("Protests in Chile grew this week. The Senate rejected the pension bill on Tuesday.", "REJECT", "Senate", "CL"),
    ("The New Zealand Government is to investigate how the secret papers were released.", "ACCUSE",
     "New Zealand Government", "NZ"),
    ("The BND denied all other reports about the operation.", "REJECT", "BND", "DE"),
])
def test_plover_home_bodies_sentences(facts_of, text, kind, label, country):
    found = [e for e in facts_of(text).political_events if e.type == kind]
    assert [(a.label, a.country) for a in found[0].sources] == [(label, country)], text


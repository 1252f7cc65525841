"""Targets of meetings of several participants (each the others' counterpart: :func:`kg.extract.plover_consult.
consult_events`, ``plover-each-other-types``), capitals the model tags as organisations
(:func:`kg.extract.plover_actors.actors_at`) and places inside the act a trigger asks for
(:func:`kg.extract.plover_focus.named_country`): model-free tests on hand-built Docs, and (slow) sentences written
for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import coded, make_doc
from test_extract_plover_mutual import _actors
from test_extract_plover_sources import _rows

from kg import lexicon
from kg.extract import plover_actors as pa
from kg.extract import plover_marked as mark
from kg.extract.plover_consult import consult_events
from kg.extract.plover_focus import named_country
from kg.model import Actor, EventFact, Evidence, Person


def _meeting(people, host=None) -> EventFact:
    return EventFact("e1", "meeting", tuple(people), Evidence("a", "s", 0, 0, 1, "event:m-talks"), host=host)


def test_plover_consult_of_three_or_more_targets_each_participant():
    a, b, c, d = (Person(f"Q{i}", n) for i, n in enumerate(("Ana Lira", "Tomas Vidal", "Rosa Pinto", "Hugo Serra")))
    ac = pa.Actors(ctx=None, role_country={"Q0": "PE", "Q1": "CL", "Q2": "PE", "Q3": "CL"}, ents={})
    talks, hosted, pair = consult_events([_meeting([a, b, c, d]), _meeting([a, b, c], host=a), _meeting([a, b])], ac)
    assert [s.person for s in talks.sources] == [a, b, c, d]
    assert [(t.person, t.rule) for t in talks.targets] == [(p, "each-other") for p in (a, b, c, d)]
    assert [t.person for t in hosted.targets] == [a, b, c] and hosted.mode == "host"
    assert [s.person for s in pair.sources] == [a] and [(t.person, t.rule) for t in pair.targets] == [(b, "")]


def test_plover_consult_of_several_actors_naming_no_one_is_with_each_other():
    pe, cl = Actor(label="Peru", country="PE"), Actor(label="Chile", country="CL")
    assert [(a.country, a.rule) for a in mark.each_other([pe, cl], "CONSULT")] == [("PE", "each-other"),
                                                                                  ("CL", "each-other")]
    assert mark.each_other([pe], "CONSULT") == []  # one actor: whom it consults is unsaid


# "The EU promised Vilnius funds ." (the model tagged the capital an organisation)
PROMISED = _rows("The/the/DET/DT/det/1 EU/EU/PROPN/NNP/nsubj/2 promised/promise/VERB/VBD/ROOT/2 "
                 "Vilnius/Vilnius/PROPN/NNP/dative/2 funds/fund/NOUN/NNS/dobj/2 ././PUNCT/./punct/2")


def test_plover_capital_tagged_an_organisation_stands_for_its_country():
    assert lexicon.capitals()["vilnius"] == "LT" and "toronto" not in lexicon.capitals()
    doc = make_doc(PROMISED, ["O", "B-ORG", "O", "B-ORG", "O", "O"])
    assert [(a.label, a.country) for a in pa.actors_at(_actors(doc), doc[3])] == [("Lithuania", "LT")]
    doc = make_doc(PROMISED, ["O", "B-ORG", "O", "B-PERSON", "O", "O"])
    assert pa.actors_at(_actors(doc), doc[3]) == []  # a person's name is no capital's state


# "The leader urged the government to cut ties with Beijing ."
URGED = _rows("The/the/DET/DT/det/1 leader/leader/NOUN/NN/nsubj/2 urged/urge/VERB/VBD/ROOT/2 the/the/DET/DT/det/4 "
              "government/government/NOUN/NN/dobj/2 to/to/PART/TO/aux/6 cut/cut/VERB/VB/xcomp/2 "
              "ties/tie/NOUN/NNS/dobj/6 with/with/ADP/IN/prep/6 Beijing/Beijing/PROPN/NNP/pobj/8 ././PUNCT/./punct/2")
# "The leader accused Beijing of lying ." (the place is the trigger's own object)
ACCUSED = _rows("The/the/DET/DT/det/1 leader/leader/NOUN/NN/nsubj/2 accused/accuse/VERB/VBD/ROOT/2 "
                "Beijing/Beijing/PROPN/NNP/dobj/2 of/of/ADP/IN/prep/2 lying/lie/VERB/VBG/pcomp/4 ././PUNCT/./punct/2")


def test_plover_place_inside_the_act_asked_for_is_not_where_the_request_happened():
    doc = make_doc(URGED, ["O"] * 9 + ["B-GPE", "O"])
    assert named_country(doc[2]) is None  # "to cut ties with Beijing": the act asked for, not the request's place
    assert named_country(doc[6]) == "CN"  # the act itself ("cut ties") is where its own words say
    doc = make_doc(ACCUSED, ["O"] * 3 + ["B-GPE", "O", "O", "O"])
    assert named_country(doc[2]) == "CN"


MEETINGS = [
    ("Peruvian President Ana Lira held talks with Chilean President Tomas Vidal in Lima on Monday, joined by their "
     "foreign ministers, Rosa Pinto and Hugo Serra.", {"Ana Lira", "Tomas Vidal"}),
    ("Kenyan President Daniel Moi hosted Tanzanian President Juma Kaseke and Ugandan President Peter Okello for a "
     "summit in Nairobi.", {"Daniel Moi", "Juma Kaseke", "Peter Okello"}),
    ("German Chancellor Karl Weber met French President Louis Martin and Italian Prime Minister Marco Rossi in Berlin "
     "on Tuesday.", {"Karl Weber", "Louis Martin", "Marco Rossi"}),
    ("Indonesian President Budi Santoso received Australian Prime Minister Mark Hill and Foreign Minister Jane Cole "
     "at the palace.", {"Budi Santoso", "Mark Hill", "Jane Cole"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, people", MEETINGS)
def test_plover_meeting_of_three_or_more_targets_its_participants(facts_of, text, people):
    consults = [c for c in coded(facts_of(text)) if c[0] == "CONSULT"]
    assert consults and all(people <= c[1] and c[1] == c[2] for c in consults), consults


@pytest.mark.slow
def test_plover_meeting_of_two_keeps_its_guest_and_host(facts_of):
    consults = [c for c in coded(facts_of("Peruvian President Ana Lira met Chilean President Tomas Vidal in Lima on "
                                          "Monday.")) if c[0] == "CONSULT"]
    assert consults == [("CONSULT", {"Ana Lira"}, {"Tomas Vidal"}, "asserted")]


CAPITALS = [
    ("Chilean President Sebastián Piñera offered Chile's backing for Buenos Aires in its negotiations with the IMF.",
     "SUPPORT", "AR"),
    ("The European Commission has promised Vilnius 36.7 million euros in emergency funding.", "AGREE", "LT"),
    ("The opposition urged Harare to release the detained activists.", "REQUEST", "ZW"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, target", CAPITALS)
def test_plover_capital_named_as_an_actor_is_its_country(facts_of, text, kind, target):
    assert any(c[0] == kind and target in c[2] for c in coded(facts_of(text))), coded(facts_of(text))


@pytest.mark.slow
@pytest.mark.parametrize("text, name", [
    ("The Kingston Group denied the charges.", "Kingston Group"),
    ("Lewis Hamilton praised the organisers of the race.", "Lewis Hamilton"),
])
def test_plover_name_holding_a_capital_is_no_country(facts_of, text, name):
    actors = [a for e in facts_of(text).political_events for a in (*e.sources, *e.targets)]
    assert all(a.country not in ("JM", "BM") for a in actors)

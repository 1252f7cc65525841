"""Material acts of private persons code no PLOVER event (kg.extract.plover_private): a crime, a donation or a
collaboration by persons kg knows by no post, country, organisation or sector; their statements, and the same acts
by officials, states and armed groups, are kept. Model-free tests on built facts, and (slow) sentences written for
these tests."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kg import lexicon
from kg.extract.plover_private import political, private, private_act
from kg.model import Actor, Evidence, Person, PoliticalEventFact, RoleFact

EV = Evidence("a", "Tomas Belk attacked Ivo Marten.", 0, 11, 19, "plover:ph-assault")
BELK = Actor("Tomas Belk", person=Person("tomas-belk", "Tomas Belk"))


def event(kind: str, *sources: Actor) -> PoliticalEventFact:
    return PoliticalEventFact("p1", kind, sources, (), "asserted", EV)


def test_plover_private_material_acts_of_private_persons_are_dropped():
    assert set(lexicon.words("plover-private-person-types")) == {"ASSAULT", "COERCE", "AID", "COOPERATE"}
    assert private(BELK) and private_act(event("ASSAULT", BELK)) and private_act(event("AID", BELK))
    for other in (Actor("Tomas Belk", country="ZV", person=BELK.person),  # a person with a post of a country
                  Actor("Tomas Belk", org="UN", person=BELK.person),
                  Actor("Belk", person=Person("belk", "Belk")),  # one word: as often a group or a place
                  Actor("the rebels", country="ZV", sector="REB"), Actor("Zarovia", country="ZV")):
        assert not private(other) and not private_act(event("ASSAULT", other)), other
        assert not private_act(event("ASSAULT", BELK, other)), other  # one political source keeps it
    assert not private_act(event("ACCUSE", BELK)) and not private_act(event("REQUEST", BELK))  # speech is kept
    assert not private_act(event("ASSAULT"))  # no source: not this filter's to judge
    kept = political([event("ASSAULT", BELK), event("ACCUSE", BELK), event("ASSAULT", Actor("Zarovia", "ZV"))])
    assert [(e.type, [a.label for a in e.sources]) for e in kept] == [("ACCUSE", ["Tomas Belk"]),
                                                                     ("ASSAULT", ["Zarovia"])]


def test_plover_private_a_person_with_a_political_post_is_no_private_person():
    assert BELK.person is not None
    minister = RoleFact(BELK.person, "Interior Minister", None, EV)
    ceo = replace(minister, role="Chief Executive", scope="nonpolitical")
    assert political([event("COERCE", BELK)], [minister]) == [event("COERCE", BELK)]
    assert political([event("COERCE", BELK)], [ceo]) == []  # a company's post is no political one


def coded(facts) -> list[str]:
    return [e.type for e in facts.political_events]


TABLE = [
    # (sentence, type that must not be coded, type that must be)
    ("Police said Tomas Belk murdered three men in the town between 2010 and 2017.", "ASSAULT", None),
    ("Tomas Belk, a software executive, gave $200,000 to the Liberal Party last year.", "AID", None),
    ("The singer Tomas Belk collaborated with Ivo Marten on his new album.", "COOPERATE", None),
    # near misses: an official, a state, an armed group, and a private person's statement
    ("Israeli troops killed three Palestinian militants in Gaza on Monday.", None, "ASSAULT"),
    ("Japan gave $200 million in aid to the Philippines on Monday.", None, "AID"),
    ("Tomas Belk accused the government of France of corruption.", None, "ACCUSE"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, absent, present", TABLE)
def test_plover_private_table(facts_of, text, absent, present):
    found = coded(facts_of(text))
    assert absent is None or absent not in found, found
    assert present is None or present in found, found

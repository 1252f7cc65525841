"""PLOVER events whose source is a fire, a storm or another hazard, or a news outlet, are not coded
(kg.extract.plover_hazards).
Model-free tests on built facts, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.plover_hazards import acted, hazard
from kg.model import Actor, Evidence, Person, PoliticalEventFact

ARMY = Actor("Zarovian army", country="ZZ", sector="MIL")


def fact(*sources: Actor) -> PoliticalEventFact:
    ev = Evidence("a", "The fire killed two.", 0, 9, 15, "plover:ph-assault-kill")
    return PoliticalEventFact("p1", "ASSAULT", sources, (), "asserted", ev)


def test_plover_hazard_sources():
    assert hazard(Actor("Hotel fire", org="Hotel fire")) and hazard(Actor("the apartment block blaze"))
    assert hazard(Actor("Cyclone Mora", person=Person("Cyclone Mora", "Cyclone Mora")))  # the parser's "person"
    assert not hazard(Actor("fire service")) and not hazard(ARMY)
    assert not hazard(Actor("Ana Storm", person=Person("Ana Storm", "Ana Storm")))


def test_plover_hazard_events_left_out_other_sources_kept():
    kept = acted([fact(Actor("Hotel fire")), fact(ARMY), fact(Actor("Typhoon Halong"), ARMY)])
    assert [tuple(a.label for a in f.sources) for f in kept] == [("Zarovian army",), ("Zarovian army",)]


def test_plover_news_outlet_sources_left_out_a_state_agency_kept():
    paper, agency = Actor("The Lima Times"), Actor("Zarovian news agency", country="ZZ")
    kept = acted([fact(paper), fact(agency), fact(Actor("newspaper"), ARMY)])
    assert [tuple(a.label for a in f.sources) for f in kept] == [("Zarovian news agency",), ("Zarovian army",)]


TABLE = [
    # (sentence, (type, modality) that must not be coded, (type, modality) that must be)
    ("Typhoon Halong made landfall on the central Philippines on Tuesday, killing at least 20 people.",
     ("ASSAULT", "asserted"), None),
    ("The Zarovian army killed 20 people on Tuesday.", None, ("ASSAULT", "asserted")),
    ("The Lima Times lambasted Minister Tomas Belk for his decision.", ("ACCUSE", "asserted"), None),
    ("The newspaper pledged to fly its flag at half-mast and urged readers to do the same.", ("AGREE", "asserted"), None),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, absent, present", TABLE)
def test_plover_hazards_table(facts_of, text, absent, present):
    found = {(e.type, e.modality) for e in facts_of(text).political_events}
    assert absent is None or absent not in found, found
    assert present is None or present in found, found

"""Whose property an act of force on a building, vehicle or post of a state body is against
(:func:`kg.extract.plover_unnamed.state_property`): model-free tests on hand-built Docs, and (slow) sentences written
for these tests, with near misses."""

from __future__ import annotations

import pytest
from test_extract_plover import coded, make_doc
from test_extract_plover_sources import _rows
from test_extract_plover_sources import actors as _actors

from kg.extract.plover_unnamed import state_property

# "Rebels attacked a police station in Peru ."
STATION = _rows("Rebels/rebel/NOUN/NNS/nsubj/1 attacked/attack/VERB/VBD/ROOT/1 a/a/DET/DT/det/4 "
                "police/police/NOUN/NN/compound/4 station/station/NOUN/NN/dobj/1 in/in/ADP/IN/prep/1 "
                "Peru/Peru/PROPN/NNP/pobj/5 ././PUNCT/./punct/1")
STATION_ENTS = ["O"] * 6 + ["B-GPE", "O"]


def test_plover_property_state_body_modifier_names_the_owner():
    doc = make_doc(STATION, ents=STATION_ENTS)
    found = state_property(_actors(doc), doc[4], "ASSAULT")
    assert [(a.country, a.sector, a.label) for a in found] == [("PE", "COP", "police")]


def test_plover_property_other_types_and_modifiers_name_no_owner():
    doc = make_doc(STATION, ents=STATION_ENTS)
    assert state_property(_actors(doc), doc[4], "MOBILIZE") == []  # "police guarded a police station"
    assert state_property(_actors(doc), doc[0], "ASSAULT") == []  # not a building, vehicle or post
    bus = make_doc([*STATION[:3], ("bus", "bus", "NOUN", "NN", "compound", 4), *STATION[4:]], ents=STATION_ENTS)
    assert state_property(_actors(bus), bus[4], "ASSAULT") == []  # "a bus station": no state body's


def test_plover_property_no_country_known_names_no_owner():
    doc = make_doc(STATION, ents=["O"] * 8)
    doc[6].pos_ = "NOUN"
    assert state_property(_actors(doc), doc[4], "ASSAULT") == []


PROPERTY = [
    ("Rebels attacked a police station in Goma, Congo, on Monday.", "ASSAULT", {"police"}),
    ("Militants ambushed a military convoy in Helmand province, Afghan officials said.", "ASSAULT", {"military"}),
    ("Taliban fighters stormed an army checkpoint in Kunduz, Afghanistan, overnight.", "ASSAULT", {"army"}),
    ("A suicide bomber blew up a police truck in Peshawar, Pakistan.", "ASSAULT", {"police"}),
    ("Demonstrators set fire to government offices in Cochabamba, Bolivia.", "ASSAULT", {"government"}),
    ("Gunmen have attacked a police car near the courthouse in Lagos.", "ASSAULT", {"police"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "labels"), PROPERTY)
def test_plover_property_table(facts_of, text, kind, labels):
    found = [e for e in facts_of(text).political_events if e.type == kind]
    assert found, coded(facts_of(text))
    assert {a.label for a in found[0].targets} == labels, coded(facts_of(text))
    assert all(a.country for a in found[0].targets)


NEAR_MISSES = [
    ("Riot police guarded government buildings in Bishkek, Kyrgyzstan.", "MOBILIZE"),  # guarded: no act against
    ("Gunmen attacked a bus station in Lagos, Nigeria.", "ASSAULT"),  # no state body's
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind"), NEAR_MISSES)
def test_plover_property_near_misses_name_no_body(facts_of, text, kind):
    found = [e for e in facts_of(text).political_events if e.type == kind]
    assert all(a.sector not in ("GOV", "COP", "MIL") for e in found for a in e.targets), coded(facts_of(text))


def test_lexicon_bare_congo_is_the_democratic_republic():
    from kg import lexicon

    # a bare "Congo" in the news is the Democratic Republic, as "Congolese" is; the Republic is named in full
    assert [lexicon.lookup_polity(t) for t in ("Congo", "the Congo", "Congolese", "DR Congo")] == ["CD"] * 4
    assert [lexicon.lookup_polity(t) for t in ("Congo-Brazzaville", "Republic of Congo",
                                               "the Republic of the Congo")] == ["CG"] * 3

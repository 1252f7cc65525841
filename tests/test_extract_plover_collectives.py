"""Collective nouns as PLOVER actors (:func:`kg.extract.plover_nouns.collective_sector`): a group noun takes its
modifier's sector ("paramilitary groups"), a modified plural of states is a collective of governments ("foreign
powers") of no one country. Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import make_doc
from test_extract_plover_sources import _rows

from kg.extract import plover_nouns as pn
from kg.extract.plover_place import located
from kg.model import Actor

# "Officials blamed paramilitary groups ."
GROUPS = _rows("Officials/official/NOUN/NNS/nsubj/1 blamed/blame/VERB/VBD/ROOT/1 "
               "paramilitary/paramilitary/ADJ/JJ/amod/3 groups/group/NOUN/NNS/dobj/1 ././PUNCT/./punct/1")
# "Iran urged foreign powers ."
POWERS = _rows("Iran/Iran/PROPN/NNP/nsubj/1 urged/urge/VERB/VBD/ROOT/1 foreign/foreign/ADJ/JJ/amod/3 "
               "powers/power/NOUN/NNS/dobj/1 ././PUNCT/./punct/1")
# "Iran urged the two countries ."
TWO = _rows("Iran/Iran/PROPN/NNP/nsubj/1 urged/urge/VERB/VBD/ROOT/1 the/the/DET/DT/det/4 two/two/NUM/CD/nummod/4 "
            "countries/country/NOUN/NNS/dobj/1 ././PUNCT/./punct/1")
# "Officials blamed large groups ."
LARGE = _rows("Officials/official/NOUN/NNS/nsubj/1 blamed/blame/VERB/VBD/ROOT/1 large/large/ADJ/JJ/amod/3 "
              "groups/group/NOUN/NNS/dobj/1 ././PUNCT/./punct/1")


def test_plover_nouns_group_noun_takes_its_modifiers_sector():
    assert pn.sector_of(make_doc(GROUPS)[3]) == "MIL"
    assert pn.sector_of(make_doc(LARGE)[3]) is None  # "large" is no agent
    assert pn.sector_of(make_doc(GROUPS)[0]) == "GOV"  # a noun of its own sector is unchanged


def test_plover_nouns_modified_plural_of_states_is_a_collective_of_governments():
    assert pn.sector_of(make_doc(POWERS)[3]) == "GOV"
    assert pn.sector_of(make_doc(TWO)[4]) is None  # a number is no modifier: the meeting's two countries
    assert pn.several_states("its international partners") and not pn.several_states("Western governments")
    subject = make_doc(_rows("Western/western/ADJ/JJ/amod/1 powers/power/NOUN/NNS/nsubj/2 "
                             "condemned/condemn/VERB/VBD/ROOT/2 Iran/Iran/PROPN/NNP/dobj/2 ././PUNCT/./punct/2"))
    assert pn.sector_of(subject[1]) is None  # "Western powers condemned Iran": as a subject, no actor


def test_plover_place_collective_of_states_gets_no_country_where_it_acts():
    powers, police = Actor(label="foreign powers", sector="GOV"), Actor(label="riot police", sector="COP")
    assert [a.country for a in located("IR", [powers, police], False)] == [None, "IR"]


SENTENCES = [  # (sentence, event type, target labels expected, countries expected)
    ("The Colombian defence minister blamed paramilitary groups for the massacre.", "ACCUSE",
     ["paramilitary groups"], None),
    ("Pakistani officials accused militant factions of planning the attacks.", "ACCUSE", ["militant factions"], None),
    ("The Iraqi army arrested members of extremist groups in Mosul.", "COERCE", ["extremist groups"], None),
    ("Iran's president told foreign powers to stay out of the Gulf.", "REQUEST", ["foreign powers"], [None]),
    ("The Afghan government asked its international partners for more money.", "REQUEST",
     ["its international partners"], [None]),
    ("Ukraine's foreign minister urged Western nations to send more weapons.", "REQUEST", ["Western nations"], [None]),
    ("The Syrian government accused neighbouring countries of arming the rebels.", "ACCUSE",
     ["neighbouring countries"], [None]),
    ("Kenya pledged to work with neighbouring countries to fight piracy.", "AGREE", ["neighbouring countries"], [None]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "labels", "countries"), SENTENCES)
def test_plover_collective_object_is_the_target(facts_of, text, kind, labels, countries):
    events = [e for e in facts_of(text).political_events if e.type == kind]
    assert [a.label for e in events for a in e.targets] == labels
    if countries is not None:
        assert [a.country for e in events for a in e.targets] == countries


NEAR_MISSES = [  # nothing collective to find: no new target, no new event
    ("The two countries signed a trade agreement on Monday.", []),
    ("Some European countries insist on holding new talks.", []),  # a collective of states as subject: no actor
    ("Protesters accused the groups of lying.", [("ACCUSE", [])]),
    ("Police arrested several people in Lima.", [("COERCE", ["people"])]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "expected"), NEAR_MISSES)
def test_plover_collective_near_misses_stay_as_they_were(facts_of, text, expected):
    found = [(e.type, [a.label for a in e.targets]) for e in facts_of(text).political_events]
    assert found == expected

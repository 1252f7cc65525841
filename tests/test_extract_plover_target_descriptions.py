"""PLOVER actors read from the description around a name: a name the parser split from the description before it
(:func:`kg.extract.plover_subjects.split_name`), the nationality a target person's description names
(:func:`kg.extract.plover_target_persons.with_nationality`) and a counted group noun that refers back to a meeting's
participants (:func:`kg.extract.plover_actors.group_actors`): model-free tests on hand-built Docs, and (slow)
sentences written for these tests, with near misses."""

from __future__ import annotations

import pytest
from test_extract_plover import coded, make_doc
from test_extract_plover_sources import _rows

from kg.extract.plover_subjects import split_name
from kg.extract.plover_target_persons import described_nationality, with_nationality
from kg.model import Actor, Person

# "Former chess champion Garry Kasparov was arrested ."
SPLIT = _rows("Former/former/ADJ/JJ/amod/2 chess/chess/NOUN/NN/compound/2 champion/champion/NOUN/NN/nsubjpass/6 "
              "Garry/Garry/PROPN/NNP/compound/4 Kasparov/Kasparov/PROPN/NNP/nsubjpass/6 was/be/AUX/VBD/auxpass/6 "
              "arrested/arrest/VERB/VBN/ROOT/6 ././PUNCT/./punct/6")
# "Gunmen killed Ali Rezaei , an Iranian engineer ."
APPOS = _rows("Gunmen/gunman/NOUN/NNS/nsubj/1 killed/kill/VERB/VBD/ROOT/1 Ali/Ali/PROPN/NNP/compound/3 "
              "Rezaei/Rezaei/PROPN/NNP/dobj/1 ,/,/PUNCT/,/punct/3 an/an/DET/DT/det/7 iranian/Iranian/ADJ/JJ/amod/7 "
              "engineer/engineer/NOUN/NN/appos/3 ././PUNCT/./punct/1")
# "Police arrested Canadian and Iranian engineer John Smith ."
TWO = _rows("Police/police/NOUN/NNS/nsubj/1 arrested/arrest/VERB/VBD/ROOT/1 Canadian/canadian/ADJ/JJ/amod/5 "
            "and/and/CCONJ/CC/cc/2 Iranian/iranian/ADJ/JJ/conj/2 engineer/engineer/NOUN/NN/compound/7 "
            "John/John/PROPN/NNP/compound/7 Smith/Smith/PROPN/NNP/dobj/1 ././PUNCT/./punct/1")


def test_plover_subjects_split_name_prefers_the_name_after_its_description():
    doc = make_doc(SPLIT)
    assert split_name(doc[2]).text == "Kasparov"  # "champion" and "Kasparov" both subjects: the name
    assert split_name(doc[4]).text == "Kasparov"  # a name stays itself
    rows = [*SPLIT[:3], ("and", "and", "CCONJ", "CC", "cc", 2), *[(w, lm, p, t, d, h + 1 if h > 2 else h)
                                                                  for w, lm, p, t, d, h in SPLIT[3:]]]
    doc = make_doc(rows)  # "champion and Garry Kasparov": not right after the description
    assert split_name(doc[2]).text == "champion"


def test_plover_target_persons_nationality_of_an_apposition_or_title():
    doc = make_doc(APPOS)
    assert described_nationality(doc[3]) == "IR"
    person = Actor(label="Ali Rezaei", person=Person("ali rezaei", "Ali Rezaei"))
    assert [a.country for a in with_nationality(doc[3], [person])] == ["IR"]
    known = Actor(label="Ali Rezaei", country="IQ", person=Person("ali rezaei", "Ali Rezaei"))
    assert [a.country for a in with_nationality(doc[3], [known])] == ["IQ"]  # a role country stays
    assert described_nationality(make_doc(TWO)[7]) is None  # two countries: none


NATIONALITY = [
    ("In May, a U.S. helicopter fired across the border and killed Abdullah al-Hassaki, a Syrian border guard.",
     "ASSAULT", "SY"),
    ("U.S. troops shot Syrian border guard Ibrahim Brahim near the border.", "ASSAULT", "SY"),
    ("Police in Tehran arrested Iranian dissident Ali Rezaei on Monday.", "COERCE", "IR"),
    ("Gunmen kidnapped Canadian engineer John Smith near Kabul.", "ASSAULT", "CA"),
    ("Multiple assailants attacked Nabil al-Quaety, a Yemeni journalist, shortly after he left his home.",
     "ASSAULT", "YE"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "country"), NATIONALITY)
def test_plover_target_persons_nationality_table(facts_of, text, kind, country):
    found = [e for e in facts_of(text).political_events if e.type == kind]
    assert found and [(a.person is not None, a.country) for a in found[0].targets] == [(True, country)], \
        coded(facts_of(text))


@pytest.mark.slow
def test_plover_target_persons_no_nationality_named_none_given(facts_of):
    found = [e for e in facts_of("Police arrested Garry Kasparov on Monday.").political_events if e.type == "COERCE"]
    assert [(a.label, a.country) for a in found[0].targets] == [("Garry Kasparov", None)]
    found = [e for e in facts_of("Gunmen kidnapped aid worker John Smith near Kabul.").political_events
             if e.type == "ASSAULT"]
    assert [(a.label, a.country) for e in found for a in e.targets] == [("John Smith", None)]


SPLIT_NAMES = [
    ("Former world chess champion Garry Kasparov has been arrested in Moscow along with other opposition leaders.",
     "COERCE", None, "Garry Kasparov"),
    ("Former world chess champion Garry Kasparov accused the Kremlin of fraud.", "ACCUSE", "Garry Kasparov", None),
    ("Veteran rights campaigner Lyudmila Alexeyeva was detained by police in Moscow.", "COERCE", None,
     "Lyudmila Alexeyeva"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "source", "target"), SPLIT_NAMES)
def test_plover_subjects_split_name_table(facts_of, text, kind, source, target):
    found = [e for e in facts_of(text).political_events if e.type == kind]
    assert found, coded(facts_of(text))
    if source:
        assert source in {a.label for a in found[0].sources}, coded(facts_of(text))
    if target:
        assert target in {a.label for a in found[0].targets}, coded(facts_of(text))


COUNTED = [
    ("Presidents Juan Manuel Santos of Colombia and Hugo Chavez of Venezuela met on Tuesday. Brazil's president "
     "had urged both governments to settle their dispute.", {"CO", "VE"}),
    ("Prime Minister Narendra Modi of India and Prime Minister Nawaz Sharif of Pakistan met in Lahore. The United "
     "Nations urged the two governments to resume their dialogue.", {"IN", "PK"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "countries"), COUNTED)
def test_plover_actors_counted_government_is_the_meeting(facts_of, text, countries):
    found = [e for e in facts_of(text).political_events if e.type == "REQUEST"]
    assert found and {a.country for a in found[0].targets} == countries, coded(facts_of(text))


@pytest.mark.slow
def test_plover_actors_uncounted_governments_are_no_meeting(facts_of):
    text = ("Presidents Juan Manuel Santos of Colombia and Hugo Chavez of Venezuela met on Tuesday. The pope urged "
            "governments around the world to stop the violence.")
    found = [e for e in facts_of(text).political_events if e.type == "REQUEST"]
    assert not any(a.person for e in found for a in e.targets), coded(facts_of(text))

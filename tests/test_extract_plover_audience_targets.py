"""Targets a speaker's audience or the opposition's "the government" stand for
(:func:`kg.extract.plover_audience.audience_tokens`, :func:`kg.extract.plover_antecedent.opposition_government`):
model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover_antecedent as pn
from kg.extract import plover_audience as pu
from kg.extract.plover_actors import Actors
from kg.model import Actor, Person

from test_extract_plover import make_doc
from test_extract_plover_sources import _rows
from test_extract_plover_targets import target_labels

# "Vasko denied it , telling Parliament that Korva lied ."
TELLING = _rows("Vasko/Vasko/PROPN/NNP/nsubj/1 denied/deny/VERB/VBD/ROOT/1 it/it/PRON/PRP/dobj/1 ,/,/PUNCT/,/punct/1 "
                "telling/tell/VERB/VBG/advcl/1 Parliament/Parliament/PROPN/NNP/dobj/4 that/that/SCONJ/IN/mark/8 "
                "Korva/Korva/PROPN/NNP/nsubj/8 lied/lie/VERB/VBD/ccomp/4 ././PUNCT/./punct/1")
# "Vasko accused Korva in a statement to Parliament ."
STATEMENT = _rows("Vasko/Vasko/PROPN/NNP/nsubj/1 accused/accuse/VERB/VBD/ROOT/1 Korva/Korva/PROPN/NNP/dobj/1 "
                  "in/in/ADP/IN/prep/1 a/a/DET/DT/det/5 statement/statement/NOUN/NN/pobj/3 to/to/ADP/IN/prep/5 "
                  "Parliament/Parliament/PROPN/NNP/pobj/6 ././PUNCT/./punct/1")
# "Vasko sent a letter to Parliament ." (a letter's addressee is no audience)
LETTER = _rows("Vasko/Vasko/PROPN/NNP/nsubj/1 sent/send/VERB/VBD/ROOT/1 a/a/DET/DT/det/3 letter/letter/NOUN/NN/dobj/1 "
               "to/to/ADP/IN/prep/3 Parliament/Parliament/PROPN/NNP/pobj/4 ././PUNCT/./punct/1")
# "Vasko wrote , addressed to Lind ." (the verb "addressed", not the noun)
ADDRESSED = _rows("Vasko/Vasko/PROPN/NNP/nsubj/1 wrote/write/VERB/VBD/ROOT/1 ,/,/PUNCT/,/punct/1 "
                  "addressed/address/VERB/VBN/advcl/1 to/to/ADP/IN/prep/3 Lind/Lind/PROPN/NNP/pobj/4 "
                  "././PUNCT/./punct/1")


def test_plover_audience_object_of_a_speech_verb_is_the_audience():
    doc = make_doc(TELLING)
    assert pu.audience_tokens(doc[1]) == {5}  # "telling Parliament"; not Korva, the subject of what was told


def test_plover_audience_object_after_a_speech_noun_is_the_audience():
    doc = make_doc(STATEMENT)
    assert pu.audience_tokens(doc[1]) == {7}  # "a statement to Parliament"
    assert pu.audience_tokens(make_doc(LETTER)[1]) == set()  # "a letter to Parliament": its addressee
    assert pu.audience_tokens(make_doc(ADDRESSED)[1]) == set()  # "addressed to Lind": a verb


# "The opposition leader urged the government ."
URGED = _rows("The/the/DET/DT/det/2 opposition/opposition/NOUN/NN/compound/2 leader/leader/NOUN/NN/nsubj/3 "
              "urged/urge/VERB/VBD/ROOT/3 the/the/DET/DT/det/5 government/government/NOUN/NN/dobj/3 "
              "././PUNCT/./punct/3")
# "The foreign minister urged the government ."
MINISTER = _rows("The/the/DET/DT/det/2 foreign/foreign/ADJ/JJ/amod/2 minister/minister/NOUN/NN/nsubj/3 "
                 "urged/urge/VERB/VBD/ROOT/3 the/the/DET/DT/det/5 government/government/NOUN/NN/dobj/3 "
                 "././PUNCT/./punct/3")
GOVERNMENT = Actor(label="government", country="RU", sector="GOV")  # as kg resolved it: the one named before


def _actors(doc, focus=("GB",), opposition=frozenset()) -> Actors:
    return Actors(ctx=None, role_country={}, ents={}, focus=focus, opposition=opposition)  # type: ignore[arg-type]


def test_plover_antecedent_opposition_subject_makes_the_government_its_own_state():
    doc = make_doc(URGED)
    leader = Actor(label="opposition leader", country="LV", sector="OPP")
    found = pn.opposition_government(_actors(doc), doc[2], [leader], [GOVERNMENT])
    assert [(a.label, a.country) for a in found] == [("government", "LV")]  # the sources' country
    unknown = Actor(label="opposition leader", sector="OPP")
    assert pn.opposition_government(_actors(doc), doc[2], [unknown], [GOVERNMENT])[0].country == "GB"  # focus


def test_plover_antecedent_other_speakers_leave_the_named_government():
    doc = make_doc(MINISTER)
    minister = Actor(label="foreign minister", country="LV", sector="GOV")
    assert pn.opposition_government(_actors(doc), doc[2], [minister], [GOVERNMENT]) == [GOVERNMENT]
    named = Actor(label="Russian government", country="RU", sector="GOV")  # not a bare state noun
    leader = Actor(label="opposition leader", country="LV", sector="OPP")
    assert pn.opposition_government(_actors(make_doc(URGED)), make_doc(URGED)[2], [leader], [named]) == [named]


def test_plover_antecedent_opposition_role_counts_without_the_word():
    doc = make_doc(MINISTER)
    person = Person(key="lind", name="Ola Lind")
    lind = Actor(label="Ola Lind", country="NO", person=person)
    found = pn.opposition_government(_actors(doc, opposition=frozenset({"lind"})), doc[2], [lind], [GOVERNMENT])
    assert found[0].country == "NO"  # "Opposition Leader Lind … he urged the government"


OPPOSITION = [
    ("The Russian government expelled two British diplomats. The opposition Labour leader, Tom Harlow, urged the "
     "government to keep diplomatic channels open.", "REQUEST", "RU"),
    ("The Indian government rejected the claim on Tuesday. Canadian opposition leader Pierre Dubois called on the "
     "government to release its evidence.", "REQUEST", "CA"),
    ("The Chinese government protested the visit. Opposition leader Kim Rhee of South Korea accused the government "
     "of ignoring the farmers.", "ACCUSE", "KR"),
    ("The Russian government warned Kyiv on Monday. Latvian opposition politician Anna Berzina criticised the "
     "government for its silence.", "ACCUSE", "LV"),
    ("Beijing condemned the sanctions. In Seoul, the main opposition party urged the government to ease the "
     "tariffs.", "REQUEST", "KR"),
    # near misses: a foreign executive's "the government" is the one named before
    ("The Russian government expelled two diplomats. Latvian Prime Minister Krisjanis Karins urged the government "
     "in Moscow to reconsider.", "REQUEST", "RU"),
    ("The Russian government expelled two diplomats. British Foreign Secretary Tom Harlow urged the government to "
     "reconsider.", "REQUEST", "RU"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "country"), OPPOSITION)
def test_plover_antecedent_opposition_government_sentences(facts_of, text, kind, country):
    facts = facts_of(text)
    found = [a.country for e in facts.political_events if e.type == kind for a in e.targets
             if a.label.lower() == "government"]
    assert found == [country]


AUDIENCE = [
    ("Prime Minister Dale Vasko accused Norland of plotting the killing, in a statement to the House of Commons on "
     "Monday.", "ACCUSE", [["Norland"]]),
    ("Foreign Minister Ola Lind denied the threat had occurred, telling the House of Commons that the report was "
     "false.", "REJECT", [[]]),
    ("In an interview with the Kalvor Courier, President Dale Vasko condemned Norland for the attack.", "ACCUSE",
     [["Norland"]]),
    # near misses: the object of the act itself stays its target
    ("President Dale Vasko told Prime Minister Ola Lind to withdraw his troops.", "REQUEST", [["Ola Lind"]]),
    ("In a statement to parliament, Prime Minister Dale Vasko demanded that Russia withdraw its troops.", "REQUEST",
     [["Russia"]]),
    ("Foreign Minister Ola Lind rejected the accusation, telling the Senate that Russia had invented it.", "REJECT",
     [["Russia"]]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "expected"), AUDIENCE)
def test_plover_audience_sentences(facts_of, text, kind, expected):
    assert target_labels(facts_of(text), kind) == expected


def test_plover_audience_person_told_is_no_audience():
    doc = make_doc(TELLING)
    doc.ents = [doc.char_span(doc[5].idx, doc[5].idx + len(doc[5].text), label="PERSON")]  # "telling Lind"
    assert pu.audience_tokens(doc[1]) == set()

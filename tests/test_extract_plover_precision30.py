"""PLOVER precision on news (session 30): a state of emergency declared for a storm, an epidemic or a budget is no
repression (PLOVER manual, COERCE: "State of emergencies in relation to national disasters should generally not be
coded as COERCE"); one declared against unrest still is. A person who owns a killing noun with no "of" phrase is the
one killed, not the killer ("Hariri's assassination"). A request or hope softened by a first-person "would" is made
by saying it ("I would urge anyone to ...": asserted).
Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover, plover_actors
from kg.extract import plover_modality as pm
from kg.extract.plover_hazards import near_word
from kg.extract.plover_sources import victim_owner

from test_extract_plover import coded, make_doc


def _declared(cause: list[tuple]) -> list[tuple]:
    """ "Lomar declared a state of emergency <cause> ." (the cause hangs from "declared")"""
    return [("Lomar", "Lomar", "PROPN", "NNP", "nsubj", 1), ("declared", "declare", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3), ("state", "state", "NOUN", "NN", "dobj", 1),
            ("of", "of", "ADP", "IN", "prep", 3), ("emergency", "emergency", "NOUN", "NN", "pobj", 4),
            *cause, (".", ".", "PUNCT", ".", "punct", 1)]


# "as the storm approached" / "as the protests grew"
STORM = [("as", "as", "SCONJ", "IN", "mark", 9), ("the", "the", "DET", "DT", "det", 8),
         ("storm", "storm", "NOUN", "NN", "nsubj", 9), ("approached", "approach", "VERB", "VBD", "advcl", 1)]
PROTESTS = [("as", "as", "SCONJ", "IN", "mark", 9), ("the", "the", "DET", "DT", "det", 8),
            ("protests", "protest", "NOUN", "NNS", "nsubj", 9), ("grew", "grow", "VERB", "VBD", "advcl", 1)]


@pytest.mark.parametrize("cause, fits", [(STORM, False), (PROTESTS, True), ([], True)])
def test_plover_match_a_state_of_emergency_for_a_disaster_is_no_repression(cause, fits):
    doc = make_doc(_declared(cause))
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-coerce-emergency"
    assert hits[1].pattern.get("not_near") == "plover-disaster-words"
    assert plover._fits(doc[1], hits[1]) is fits
    assert near_word(doc[1], "plover-disaster-words") is not fits


def test_plover_near_word_reads_lemma_and_written_form_in_the_phrase_only():
    # "Lomar declared a fiscal emergency ." ; "COVID-19" as written
    doc = make_doc([("Lomar", "Lomar", "PROPN", "NNP", "nsubj", 1), ("declared", "declare", "VERB", "VBD", "ROOT", 1),
                    ("a", "a", "DET", "DT", "det", 4), ("fiscal", "fiscal", "ADJ", "JJ", "amod", 4),
                    ("emergency", "emergency", "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)])
    assert near_word(doc[1], "plover-disaster-words") and near_word(doc[4], "plover-disaster-words")
    assert not near_word(doc[0], "plover-disaster-words")  # the subject's own phrase holds no such word
    doc = make_doc([("COVID-19", "COVID-19", "PROPN", "NNP", "compound", 1),
                    ("emergency", "emergency", "NOUN", "NN", "ROOT", 1)])
    assert near_word(doc[1], "plover-disaster-words")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The governor of Veldoria declared a state of emergency on Monday as Hurricane Tamsin approached the coast.",
    "The Zarovian health ministry declared the outbreak a public health emergency on Friday.",
    "Governor Tomas Belk declared a fiscal emergency last week after the budget talks collapsed.",
])
def test_plover_news_an_emergency_for_a_disaster_is_no_coercion(facts_of, text):
    assert all(e.type != "COERCE" for e in facts_of(text).political_events), (text, coded(facts_of(text)))


@pytest.mark.slow
def test_plover_news_an_emergency_against_unrest_is_coercion(facts_of):
    text = ("President Ilse Varga of Peru declared a state of emergency in Lima after police fired tear gas at "
            "protesters.")
    found = [c for c in coded(facts_of(text)) if c[0] == "COERCE"]
    assert found and found[0][1] == {"Ilse Varga"} and found[0][3] == "asserted", coded(facts_of(text))


# "Belk 's assassination angered Peru ." ; "Zarovia 's assassination of Belk angered Peru ." (the owner did it)
VICTIM = [("Belk", "Belk", "PROPN", "NNP", "poss", 2), ("'s", "'s", "PART", "POS", "case", 0),
          ("assassination", "assassination", "NOUN", "NN", "nsubj", 3), ("angered", "anger", "VERB", "VBD", "ROOT", 3),
          ("Peru", "Peru", "PROPN", "NNP", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 3)]
ACTOR = [("Zarovia", "Zarovia", "PROPN", "NNP", "poss", 2), ("'s", "'s", "PART", "POS", "case", 0),
         ("assassination", "assassination", "NOUN", "NN", "nsubj", 5), ("of", "of", "ADP", "IN", "prep", 2),
         ("Belk", "Belk", "PROPN", "NNP", "pobj", 3), ("angered", "anger", "VERB", "VBD", "ROOT", 5),
         ("Peru", "Peru", "PROPN", "NNP", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 5)]


@pytest.mark.parametrize("rows, victim", [(VICTIM, True), (ACTOR, False)])
def test_plover_victim_owner_of_a_killing_noun_is_its_target_not_its_actor(rows, victim):
    ents = ["B-PERSON" if r[0] == "Belk" else "B-GPE" if r[0] in ("Zarovia", "Peru") else "O" for r in rows]
    doc = make_doc(rows, ents=ents)
    ac = plover_actors.Actors(ctx=None, role_country={}, ents={t.i: e for e in doc.ents for t in e})  # type: ignore[arg-type]
    assert victim_owner(ac, doc[2], doc[0]) is victim
    hits, _ = plover.match(doc)
    assert hits[2].pattern.id == "ph-assault-noun"


@pytest.mark.slow
def test_plover_news_a_killing_owned_by_its_victim_names_no_actor(facts_of):
    text = ("President Ilse Varga of Peru was shot dead in Lima on Monday. The riots that followed the Varga "
            "assassination prompted the army to postpone the elections.")
    assert all(not (e.type == "ASSAULT" and any(a.person and a.person.name.endswith("Varga") for a in e.sources))
               for e in facts_of(text).political_events), coded(facts_of(text))
    found = [c for c in coded(facts_of("Zarovia's assassination of Ilse Varga angered Peru.")) if c[0] == "ASSAULT"]
    assert found and found[0][1] == {"Zarovia"}, found


def _would(subject: str, verb: str, lemma: str) -> list[tuple]:
    """ "<subject> would <verb> Peru to act ." """
    return [(subject, subject.lower(), "PRON", "PRP", "nsubj", 2), ("would", "would", "AUX", "MD", "aux", 2),
            (verb, lemma, "VERB", "VB", "ROOT", 2), ("Peru", "Peru", "PROPN", "NNP", "dobj", 2),
            ("to", "to", "PART", "TO", "aux", 5), ("act", "act", "VERB", "VB", "xcomp", 2),
            (".", ".", "PUNCT", ".", "punct", 2)]


@pytest.mark.parametrize("subject, verb, lemma, expected", [
    ("I", "urge", "urge", "asserted"),  # a request made by saying it
    ("We", "ask", "ask", "asserted"),
    ("They", "urge", "urge", "future"),  # another's request, still to come
])
def test_plover_modality_a_request_softened_by_would_in_the_first_person_is_made(subject, verb, lemma, expected):
    doc = make_doc(_would(subject, verb, lemma))
    hits, marks = plover.match(doc)
    assert hits[2].pattern.get("plover") == "REQUEST"
    assert ("performative" in marks.get(2, set())) is (expected == "asserted")
    assert pm.modality(doc[2], marks, None) == expected


@pytest.mark.slow
@pytest.mark.parametrize("text, modality", [
    ('"I would urge anyone with information about the attack to contact the police," said Inspector Tomas Belk of '
     'the Lima police.', "asserted"),
    ('"We would hope that the Zarovian leader would meet the Peruvian president soon," said Ilse Varga, a '
     'spokeswoman for the Peruvian government.', "asserted"),
    ('"If they attack, we would ask Chile to send troops," said Ilse Varga, the Peruvian defence minister.',
     "hypothetical"),
])
def test_plover_news_a_request_softened_by_would(facts_of, text, modality):
    found = [c for c in coded(facts_of(text)) if c[0] == "REQUEST"]
    assert found and found[0][3] == modality, coded(facts_of(text))

"""PLOVER targets named by a part of a group, an apposition or a name kg knows as no actor
(:func:`kg.extract.plover_actors.actors_of`, :func:`kg.extract.plover_targets.unknown_names`), and the clause a
request asks for or the owner of what it asks for (:func:`kg.extract.plover_targets.clause_subject`,
:func:`kg.extract.plover_targets.asked_owners`): model-free tests on hand-built Docs, and (slow)
sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover_actors as pa, plover_nouns as pn
from kg.extract import plover_targets as pt

from test_extract_plover import coded, make_doc
from test_extract_plover_sources import _rows, actors

# "Police arrested 50 of the monks ." / "Police arrested 50 of them ."
PART = _rows("Police/police/NOUN/NNS/nsubj/1 arrested/arrest/VERB/VBD/ROOT/1 50/50/NUM/CD/dobj/1 "
             "of/of/ADP/IN/prep/2 the/the/DET/DT/det/5 monks/monk/NOUN/NNS/pobj/3 ././PUNCT/./punct/1")
PART_PRONOUN = _rows("Police/police/NOUN/NNS/nsubj/1 arrested/arrest/VERB/VBD/ROOT/1 50/50/NUM/CD/dobj/1 "
                     "of/of/ADP/IN/prep/2 them/they/PRON/PRP/pobj/3 ././PUNCT/./punct/1")
# "Peru accused the party , the MDC ." / "Peru visited Zork , the UAE ."
APPOS = _rows("Peru/Peru/PROPN/NNP/nsubj/1 accused/accuse/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
              "party/party/NOUN/NN/dobj/1 ,/,/PUNCT/,/punct/3 the/the/DET/DT/det/6 MDC/MDC/PROPN/NNP/appos/3 "
              "././PUNCT/./punct/1")
APPOS_ENTS = ["B-GPE", "O", "O", "O", "O", "B-ORG", "I-ORG", "O"]
PLACE_APPOS = _rows("Peru/Peru/PROPN/NNP/nsubj/1 visited/visit/VERB/VBD/ROOT/1 Zork/Zork/PROPN/NNP/dobj/1 "
                    ",/,/PUNCT/,/punct/2 the/the/DET/DT/det/5 UAE/UAE/PROPN/NNP/appos/2 ././PUNCT/./punct/1")
PLACE_APPOS_ENTS = ["B-GPE", "O", "B-GPE", "O", "B-GPE", "I-GPE", "O"]
# "Thailand banned YouTube ." / "Peru sent troops to YouTube ." / "Peru attacked rebels in Zork ."
BANNED = _rows("Thailand/Thailand/PROPN/NNP/nsubj/1 banned/ban/VERB/VBD/ROOT/1 YouTube/YouTube/PROPN/NNP/dobj/1 "
               "././PUNCT/./punct/1")
IN_PLACE = _rows("Peru/Peru/PROPN/NNP/nsubj/1 attacked/attack/VERB/VBD/ROOT/1 rebels/rebel/NOUN/NNS/dobj/1 "
                 "in/in/ADP/IN/prep/2 Zork/Zork/PROPN/NNP/pobj/3 ././PUNCT/./punct/1")
AGAINST = _rows("Peru/Peru/PROPN/NNP/nsubj/1 fought/fight/VERB/VBD/ROOT/1 against/against/ADP/IN/prep/1 "
                "Zork/Zork/PROPN/NNP/pobj/2 ././PUNCT/./punct/1")


def test_plover_actors_part_stands_for_its_whole():
    doc = make_doc(PART)
    found = pa.actors_of(actors(doc), doc[2])
    assert [(a.label, a.sector) for a in found] == [("monks", "CVL")]  # "50 of the monks": the monks
    assert pn.partitive_whole(doc[5]) is None  # "monks" is no part of anything
    pronoun = make_doc(PART_PRONOUN)
    assert pn.partitive_whole(pronoun[2]) is None  # "50 of them": whom "them" stands for is not known here


def test_plover_actors_named_apposition_of_a_common_noun():
    doc = make_doc(APPOS, ents=APPOS_ENTS)
    assert "MDC" in [a.org or a.label for a in pa.actors_of(actors(doc), doc[3])]
    place = make_doc(PLACE_APPOS, ents=PLACE_APPOS_ENTS)
    assert [a.country for a in pa.actors_of(actors(place), place[2])] == []  # "Zork, the UAE": a place named again


def test_plover_targets_unknown_name_is_kept_as_the_one_acted_on():
    doc = make_doc(BANNED, ents=["B-GPE", "O", "B-PRODUCT", "O"])
    assert [a.label for a in pt.unknown_names(actors(doc), doc[2])] == ["YouTube"]
    assert [a.label for a in pt.target_actors(actors(doc), doc[2])] == ["YouTube"]
    assert pt.unknown_names(actors(doc), doc[0]) == []  # Thailand is a country kg knows: no unknown name
    owned = make_doc(_rows("Peru/Peru/PROPN/NNP/nsubj/1 praised/praise/VERB/VBD/ROOT/1 his/his/PRON/PRP$/poss/3 "
                           "Coronation/Coronation/PROPN/NNP/dobj/1 ././PUNCT/./punct/1"),
                     ents=["B-GPE", "O", "O", "B-ORG", "O"])
    assert pt.unknown_names(actors(owned), owned[3]) == []  # "his Coronation": a thing of his, no actor
    untagged = make_doc(BANNED, ents=["B-GPE", "O", "O", "O"])
    assert pt.unknown_names(actors(untagged), untagged[2]) == []  # a name only when the model tags one


def test_plover_targets_unknown_place_after_a_place_preposition_is_no_target():
    place = make_doc(IN_PLACE, ents=["B-GPE", "O", "O", "O", "B-GPE", "O"])
    assert pt.unknown_names(actors(place), place[4], "ASSAULT") == []  # "rebels in Zork": where, not whom
    against = make_doc(AGAINST, ents=["B-GPE", "O", "O", "B-GPE", "O"])
    assert [a.label for a in pt.unknown_names(actors(against), against[3], "ASSAULT")] == ["Zork"]
    assert pt.unknown_names(actors(against), against[3], "CONSULT") == []  # "visited Zork": a place, no one met

# "While Crean prepares , Australia called for Japan to act ."
WHILE = _rows("While/while/SCONJ/IN/mark/2 Crean/Crean/PROPN/NNP/nsubj/2 prepares/prepare/VERB/VBZ/advcl/5 "
              ",/,/PUNCT/,/punct/5 Australia/Australia/PROPN/NNP/nsubj/5 called/call/VERB/VBD/ROOT/5 "
              "for/for/SCONJ/IN/mark/9 Japan/Japan/PROPN/NNP/nsubj/9 to/to/PART/TO/aux/9 act/act/VERB/VB/advcl/5 "
              "././PUNCT/./punct/5")


def test_plover_targets_clause_of_time_is_not_the_clause_asked_for():
    doc = make_doc(WHILE)
    assert pt.clause_subject(doc[5]).text == "Japan"  # not Crean, who prepares while the call is made
    assert pt.clause_subject(doc[2]) is None


# "The G8 called for restraint from Israel ." / "Iran called for American withdrawal ."
RESTRAINT = _rows("The/the/DET/DT/det/1 G8/G8/PROPN/NNP/nsubj/2 called/call/VERB/VBD/ROOT/2 for/for/ADP/IN/prep/2 "
                  "restraint/restraint/NOUN/NN/pobj/3 from/from/ADP/IN/prep/4 Israel/Israel/PROPN/NNP/pobj/5 "
                  "././PUNCT/./punct/2")
WITHDRAWAL = _rows("Iran/Iran/PROPN/NNP/nsubj/1 called/call/VERB/VBD/ROOT/1 for/for/ADP/IN/prep/1 "
                   "American/american/ADJ/JJ/amod/4 withdrawal/withdrawal/NOUN/NN/pobj/2 ././PUNCT/./punct/1")


def test_plover_targets_request_asks_the_owner_or_giver_of_what_it_asks_for():
    doc = make_doc(RESTRAINT, ents=["O", "B-ORG", "O", "O", "O", "O", "B-GPE", "O"])
    assert [a.country for a in pt.asked_owners(actors(doc), doc[2])] == ["IL"]  # restraint from Israel
    doc = make_doc(WITHDRAWAL, ents=["B-GPE", "O", "O", "B-NORP", "O", "O"])
    assert [a.country for a in pt.asked_owners(actors(doc), doc[1])] == ["US"]  # American withdrawal
    assert pt.asked_owners(actors(doc), doc[4]) == []  # nothing asked for below the noun


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets", [
    ("Mugabe's Zanu-PF party accused the opposition party, the MDC, of bribing election officials.", "ACCUSE",
     {"ZW"}, {"MDC", "opposition party"}),
    ("The government of Thailand has banned YouTube.", "COERCE", {"TH"}, {"YouTube"}),
    ("The People's Liberation Army invaded Tibet in 1950.", "ASSAULT", {"CN"}, {"Tibet"}),
    ("Georgian troops launched an offensive against Tskhinvali.", "ASSAULT", {"GE"}, {"Tskhinvali"}),
    ("Chinese police arrested 50 of the monks.", "COERCE", {"CN"}, {"CN"}),
    ("Hundreds of protesters in Jakarta demanded an apology from Australia.", "REQUEST", {"ID"}, {"AU"}),
    ("The G8 called for restraint from Israel.", "REQUEST", {"G8"}, {"IL"}),
    ("While Trade Minister Simon Crean prepares to leave, the Australian government has called for the "
     "opposition parties to discipline Senator Joyce.", "REQUEST", {"AU"}, {"AU"}),
])
def test_plover_target_names_table(facts_of, text, kind, sources, targets):
    found = [c[:3] for c in coded(facts_of(text)) if c[0] == kind]
    assert (kind, sources, targets) in found, coded(facts_of(text))

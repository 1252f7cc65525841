"""PLOVER events news reports name that no trigger coded (session 26): a pardon or clemency granted (also where the
parser hangs the pardon on the pardoned one's name) and a sentence commuted are concessions, a suspicion voiced
of another is an accusation, so is speech that calls a thing senseless, malicious, a sham or a farce, and armed or
police forces trained by another are military aid to them, a crowd that takes to the streets protests, and a
request declined or an act declined is a rejection. Model-free tests on hand-built Docs, and (slow)
sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, assert_not_coded
from test_extract_plover_recall24 import PUNCT, _pattern, _rule


def _granted(noun: tuple[str, str], dep: str) -> list[tuple]:
    """ "Lopes granted Vesper a <noun> .": the noun hung on the verb (dobj) or on the name (appos)."""
    return [("Lopes", "Lopes", "PROPN", "NNP", "nsubj", 1), ("granted", "grant", "VERB", "VBD", "ROOT", 1),
            ("Vesper", "Vesper", "PROPN", "NNP", "dative", 1), ("a", "a", "DET", "DT", "det", 4),
            (*noun, "NOUN", "NN", dep, 1 if dep == "dobj" else 2), (*PUNCT, 1)]


def test_plover_match_a_pardon_granted_concedes_also_hung_on_the_name():
    assert _rule(_granted(("pardon", "pardon"), "appos")) == "ph-concede-grant-pardon"
    assert _rule(_granted(("clemency", "clemency"), "dobj")) == "ph-concede-grant-pardon"
    assert _rule(_granted(("loan", "loan"), "appos")) != "ph-concede-grant-pardon"  # no pardon
    assert _pattern("ph-concede-grant-pardon").get("state_act")  # "she was granted clemency": by the state


def test_plover_match_a_sentence_commuted_concedes_a_journey_does_not():
    # "The governor commuted the sentence ." / "... was commuted ."
    rows = [("Governor", "governor", "NOUN", "NN", "nsubj", 1), ("commuted", "commute", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("sentence", "sentence", "NOUN", "NN", "dobj", 1), (*PUNCT, 1)]
    assert _rule(rows) == "ph-concede-commute"
    passive = [("Sentence", "sentence", "NOUN", "NN", "nsubjpass", 2), ("was", "be", "AUX", "VBD", "auxpass", 2),
               ("commuted", "commute", "VERB", "VBN", "ROOT", 2), (*PUNCT, 2)]
    assert _rule(passive, at=2) == "ph-concede-commute"
    rows[3] = ("distance", "distance", "NOUN", "NN", "dobj", 1)  # "commuted the distance": a journey
    assert _rule(rows) is None


def test_plover_match_a_suspicion_voiced_accuses_a_suspected_group_does_not():
    # "Police suspect the rebels ."
    rows = [("Police", "police", "NOUN", "NNS", "nsubj", 1), ("suspect", "suspect", "VERB", "VBP", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("rebels", "rebel", "NOUN", "NNS", "dobj", 1), (*PUNCT, 1)]
    assert _rule(rows) == "ph-accuse-suspect"
    assert _pattern("ph-accuse-suspect").get("target_required")  # "police suspect arson": no one accused
    # "Suspected rebels attacked ."
    rows = [("Suspected", "suspect", "VERB", "VBN", "amod", 1), ("rebels", "rebel", "NOUN", "NNS", "nsubj", 2),
            ("attacked", "attack", "VERB", "VBD", "ROOT", 2), (*PUNCT, 2)]
    assert _rule(rows, at=0) is None


def test_plover_match_forces_trained_are_aid_athletes_are_not():
    # "Canada trained the troops ."
    rows = [("Canada", "Canada", "PROPN", "NNP", "nsubj", 1), ("trained", "train", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("troops", "troop", "NOUN", "NNS", "dobj", 1), (*PUNCT, 1)]
    assert _rule(rows) == "ph-aid-train-forces"
    rows[3] = ("athletes", "athlete", "NOUN", "NNS", "dobj", 1)
    assert _rule(rows) is None
    # "Chile 's training of the troops began ."
    rows = [("Chile", "Chile", "PROPN", "NNP", "poss", 2), ("'s", "'s", "PART", "POS", "case", 0),
            ("training", "training", "NOUN", "NN", "nsubj", 6), ("of", "of", "ADP", "IN", "prep", 2),
            ("the", "the", "DET", "DT", "det", 5), ("troops", "troop", "NOUN", "NNS", "pobj", 3),
            ("began", "begin", "VERB", "VBD", "ROOT", 6), (*PUNCT, 6)]
    assert _rule(rows, at=2) == "ph-aid-training-noun"
    rows[5] = ("athletes", "athlete", "NOUN", "NNS", "pobj", 3)
    assert _rule(rows, at=2) is None


def test_plover_match_a_thing_called_senseless_or_a_sham_accuses():
    # "Chile called the plan a sham ."
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("called", "call", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("plan", "plan", "NOUN", "NN", "dobj", 1),
            ("a", "a", "DET", "DT", "det", 5), ("sham", "sham", "NOUN", "NN", "oprd", 1), (*PUNCT, 1)]
    assert _rule(rows) == "ph-accuse-evaluative"
    for word in ("farce", "usurper", "liar"):
        rows[5] = (word, word, "NOUN", "NN", "oprd", 1)
        assert _rule(rows) == "ph-accuse-evaluative", word
    rows[5] = ("success", "success", "NOUN", "NN", "oprd", 1)  # praise: ph-support-evaluative
    assert _rule(rows) != "ph-accuse-evaluative"


def test_plover_match_a_crowd_taking_to_the_streets_protests_a_walk_does_not():
    # "Thousands took to the streets ."
    rows = [("Thousands", "thousand", "NOUN", "NNS", "nsubj", 1), ("took", "take", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 4),
            ("streets", "street", "NOUN", "NNS", "pobj", 2), (*PUNCT, 1)]
    assert _rule(rows) == "ph-protest-take-streets"
    # "Thousands took a walk on the streets ."
    walk = rows[:2] + [("a", "a", "DET", "DT", "det", 3), ("walk", "walk", "NOUN", "NN", "dobj", 1),
                       ("on", "on", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 6),
                       ("streets", "street", "NOUN", "NNS", "pobj", 4), (*PUNCT, 1)]
    assert _rule(walk) is None


def test_plover_match_a_request_or_an_act_declined_is_rejected_a_name_is_not():
    # "Chile declined the request ."
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("declined", "decline", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("request", "request", "NOUN", "NN", "dobj", 1), (*PUNCT, 1)]
    assert _rule(rows) == "ph-reject-decline"
    # "Chile declined to withdraw ." / "... to be named ."
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("declined", "decline", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3), ("withdraw", "withdraw", "VERB", "VB", "xcomp", 1), (*PUNCT, 1)]
    assert _rule(rows) == "ph-reject-decline-to"
    assert _pattern("ph-reject-decline-to").get("inner") == "suppress"  # the withdrawal is no event of its own
    rows[3] = ("named", "name", "VERB", "VBN", "xcomp", 1)
    assert _rule(rows) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("Peruvian President Ana Lopes granted Tom Vesper a full and unconditional pardon on Tuesday.", "CONCEDE",
     {"Ana Lopes"}, {"Tom Vesper"}, "asserted"),
    ("Chilean President Ana Lopes commuted the prison sentence of Tom Vesper.", "CONCEDE", {"Ana Lopes"}, None,
     "asserted"),
    ("Bolivian authorities suspect the Peruvian rebels of planning the bombing.", "ACCUSE", {"BO"}, {"PE"},
     "asserted"),
    ("Chile suspects Bolivia of arming the militias.", "ACCUSE", {"CL"}, {"BO"}, "asserted"),
    ("Canada trained Afghan police officers in Kandahar.", "AID", {"CA"}, {"AF"}, "asserted"),
    ("Norway takes part in the training of Iraqi troops.", "AID", {"NO"}, {"IQ"}, "asserted"),
    ("The Chilean council described the Bolivian law as \"malicious\".", "ACCUSE", {"CL"}, {"BO"}, "asserted"),
    ("Opposition supporters poured into the streets of La Paz against the government.", "PROTEST", {"BO"}, None,
     "asserted"),
    ("Chile declined an invitation to the summit in Lima.", "REJECT", {"CL"}, None, "asserted"),
    ("Peru declined to withdraw its troops from Bolivia.", "REJECT", {"PE"}, {"BO"}, "asserted"),
])
def test_plover_recall26_table(facts_of, text, kind, sources, targets, modality):
    assert_first_coded(facts_of(text), kind, sources, targets, modality)


@pytest.mark.slow
def test_plover_recall26_no_event_for_a_journey_a_suspected_group_or_athletes(facts_of):
    assert_not_coded(facts_of, [("The Chilean minister commuted from Lima to Callao every day.", "CONCEDE"),
                                ("Suspected rebels attacked a police station in Lima.", "ACCUSE"),
                                ("Chilean athletes trained hard for the Olympics in Lima.", "AID"),
                                ("The Peruvian president took a walk on the streets of Lima.", "PROTEST"),
                                ("A Chilean official, who declined to be named, said the talks had failed.", "REJECT")])

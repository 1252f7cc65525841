"""Recall of challenges (session 118): a decision, claim or person challenged is an ACCUSE of the object
("Yanukovych has challenged the validity of the election rerun", "the candidacy was challenged by the party":
``ph-accuse-challenge``), and someone challenged to act is asked to, a REQUEST ("challenged Y to name …":
``ph-request-challenge-to``, which outranks it); a contest for a post, "challenged X for the leadership", is
no accusation. Model-free tests on hand-built Docs, and (slow) sentences written
for these tests, with near misses that must stay quiet."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, assert_not_coded, make_doc
from test_extract_plover_recall24 import _rule
from test_extract_plover_sources import actors, codes

from kg.extract import plover

ENTS = ["B-GPE", "O", "O", "O", "O", "B-GPE", "O"]


def _challenged(obj: tuple[str, str, str, str]) -> list[tuple]:
    """ "Peru challenged the <obj> of Chile ." (the verb at 1, the object at 3)"""
    return [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("challenged", "challenge", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), (*obj, "dobj", 1), ("of", "of", "ADP", "IN", "prep", 3),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]


# "Peru challenged Chile to release the prisoners ."
TO_ACT = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("challenged", "challenge", "VERB", "VBD", "ROOT", 1),
          ("Chile", "Chile", "PROPN", "NNP", "dobj", 1), ("to", "to", "PART", "TO", "aux", 4),
          ("release", "release", "VERB", "VB", "xcomp", 1), ("the", "the", "DET", "DT", "det", 6),
          ("prisoners", "prisoner", "NOUN", "NNS", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_match_a_challenged_decision_is_an_accusation():
    assert _rule(_challenged(("validity", "validity", "NOUN", "NN")), ENTS) == "ph-accuse-challenge"
    assert _rule(_challenged(("ruling", "ruling", "NOUN", "NN")), ENTS) == "ph-accuse-challenge"


def test_plover_match_a_challenged_embargo_is_no_accusation():
    assert _rule(_challenged(("embargo", "embargo", "NOUN", "NN")), ENTS) != "ph-accuse-challenge"
    assert _rule(_challenged(("sanctions", "sanction", "NOUN", "NNS")), ENTS) != "ph-accuse-challenge"


def test_plover_match_a_challenge_for_a_post_is_no_accusation():
    # "Peru challenged the leader of Chile for the leadership ." : an electoral contest
    rows = _challenged(("leader", "leader", "NOUN", "NN"))[:-1] + [
        ("for", "for", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 8),
        ("leadership", "leadership", "NOUN", "NN", "pobj", 6), (".", ".", "PUNCT", ".", "punct", 1)]
    assert _rule(rows, ENTS[:-1] + ["O", "O", "O", "O"]) != "ph-accuse-challenge"
    assert _rule(_challenged(("leader", "leader", "NOUN", "NN")), ENTS) == "ph-accuse-challenge"


def test_plover_match_a_challenge_to_act_is_a_request_not_an_accusation():
    ents = ["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"]
    assert _rule(TO_ACT, ents) == "ph-request-challenge-to"
    doc = make_doc(TO_ACT, ents)
    hits, _ = plover.match(doc)
    sources, targets = plover.roles_of(actors(doc), doc[1], hits[1])
    assert (codes(sources), codes(targets)) == (["PE"], ["CL"])


def test_plover_match_challenge_without_object_is_no_trigger():
    # "Peru challenged ." : nothing challenged
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("challenged", "challenge", "VERB", "VBD", "ROOT", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert _rule(rows, ["B-GPE", "O", "O"]) is None


CHALLENGED = [  # (text, type, source)
    ("Opposition leader Viktor Yanukovych of Ukraine has challenged the validity of the election rerun.", "ACCUSE",
     {"Viktor Yanukovych"}),
    ("The constitutionality of the Thai princess's candidacy was challenged by the Thai Rak Thai party.", "ACCUSE",
     {"TH"}),
    ("Kenya challenged the ruling of the East African Court of Justice.", "ACCUSE", {"KE"}),
    ("Chile challenged Peru to release the prisoners within a week.", "REQUEST", {"CL"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources", CHALLENGED)
def test_plover_recall118_challenged_table(facts_of, text, kind, sources):
    assert_first_coded(facts_of(text), kind, sources, None, "asserted")


@pytest.mark.slow
def test_plover_recall118_no_accusation_in_near_misses(facts_of):
    assert_not_coded(facts_of, (
        ("Chile challenged Peru to release the prisoners within a week.", "ACCUSE"),
        ("Kenya faces serious economic challenges this year, the Kenyan finance minister said.", "ACCUSE"),
        ("Kenya challenged the embargo imposed by Uganda.", "ACCUSE"),
        ("The Kenyan government said the project was challenging.", "ACCUSE"),
        ("Kenyan MP John Mbadi challenged Raila Odinga for the leadership of the party.", "ACCUSE"),
    ))

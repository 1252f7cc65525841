"""PLOVER actors of counted and portioned noun phrases (:mod:`kg.extract.plover_actors`): model-free tests on
hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, make_doc
from test_extract_plover_sources import actors, codes

from kg.extract import plover_actors as pa

# "Hundreds of Kenyan protesters rallied ."
HUNDREDS = [("Hundreds", "hundred", "NOUN", "NNS", "nsubj", 4), ("of", "of", "ADP", "IN", "prep", 0),
            ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 3), ("protesters", "protester", "NOUN", "NNS", "pobj", 1),
            ("rallied", "rally", "VERB", "VBD", "ROOT", 4), (".", ".", "PUNCT", ".", "punct", 4)]
HUNDREDS_ENTS = ["B-CARDINAL", "O", "B-NORP", "O", "O", "O"]


def test_plover_actors_counted_noun_is_the_actor_of_its_count():
    doc = make_doc(HUNDREDS, ents=HUNDREDS_ENTS)
    assert pa.counted(doc[0]).i == 3
    assert codes(pa.actors_of(actors(doc), doc[0])) == ["KE"]
    # "Twelve of the rebels ..." : a number with an "of" phrase counts it too
    twelve = make_doc([("Twelve", "twelve", "NUM", "CD", "nsubj", 4), ("of", "of", "ADP", "IN", "prep", 0),
                       ("the", "the", "DET", "DT", "det", 3), ("rebels", "rebel", "NOUN", "NNS", "pobj", 1),
                       ("fled", "flee", "VERB", "VBD", "ROOT", 4)], ents=["B-CARDINAL", "O", "O", "O", "O"])
    assert pa.counted(twelve[0]).i == 3


def test_plover_actors_counted_keeps_a_name_and_a_noun_without_count():
    # "The Group of Seven met ." : a name, not a group of seven
    seven = make_doc([("The", "the", "DET", "DT", "det", 1), ("Group", "Group", "PROPN", "NNP", "nsubj", 4),
                      ("of", "of", "ADP", "IN", "prep", 1), ("Seven", "Seven", "PROPN", "NNP", "pobj", 2),
                      ("met", "meet", "VERB", "VBD", "ROOT", 4)], ents=["O", "B-ORG", "I-ORG", "I-ORG", "O"])
    assert pa.counted(seven[1]).i == 1
    # "The leaders of Kenya met ." : "leaders" counts nothing
    leaders = make_doc([("The", "the", "DET", "DT", "det", 1), ("leaders", "leader", "NOUN", "NNS", "nsubj", 4),
                        ("of", "of", "ADP", "IN", "prep", 1), ("Kenya", "Kenya", "PROPN", "NNP", "pobj", 2),
                        ("met", "meet", "VERB", "VBD", "ROOT", 4)])
    assert pa.counted(leaders[1]).i == 1
    # "Hundreds rallied ." : no "of" phrase, nothing to look through
    alone = make_doc([("Hundreds", "hundred", "NOUN", "NNS", "nsubj", 1),
                      ("rallied", "rally", "VERB", "VBD", "ROOT", 1)])
    assert pa.counted(alone[0]).i == 0


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets", [
    ("Hundreds of Kenyan protesters rallied outside the parliament in Nairobi on Monday. They also threatened to "
     "block the roads to the airport.", "THREATEN", {"KE"}, None),
    ("Half of the Chilean cabinet is threatening to resign over the budget.", "THREATEN", {"CL"}, None),
    ("Police in Lima arrested dozens of Bolivian students on Tuesday.", "COERCE", {"PE"}, {"BO"}),
])
def test_plover_actors_counted_sentences(facts_of, text, kind, sources, targets):
    assert_first_coded(facts_of(text), kind, sources, targets, "asserted")

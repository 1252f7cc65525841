"""PLOVER actors (:mod:`kg.extract.plover_actors`) of counted and portioned noun phrases and of pronouns that stand
for a conjoined clause's subject before, and talks named by their parties: model-free tests on hand-built Docs, and
(slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover, plover_actors as pa

from test_extract_plover import assert_first_coded, make_doc
from test_extract_plover_sources import actors, codes

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
    ("Progress in the Chilean and Bolivian peace talks has stalled.", "CONSULT", {"CL", "BO"}, None),
])
def test_plover_actors_sentences(facts_of, text, kind, sources, targets):
    assert_first_coded(facts_of(text), kind, sources, targets, "asserted")


# "Stocks ran low , and Kenyan officials appealed . They called for aid ."
CONJOINED = [("Stocks", "stock", "NOUN", "NNS", "nsubj", 1), ("ran", "run", "VERB", "VBD", "ROOT", 1),
             ("low", "low", "ADV", "RB", "advmod", 1), (",", ",", "PUNCT", ",", "punct", 1),
             ("and", "and", "CCONJ", "CC", "cc", 1), ("Kenyan", "kenyan", "ADJ", "JJ", "amod", 6),
             ("officials", "official", "NOUN", "NNS", "nsubj", 7), ("appealed", "appeal", "VERB", "VBD", "conj", 1),
             (".", ".", "PUNCT", ".", "punct", 1), ("They", "they", "PRON", "PRP", "nsubj", 10),
             ("called", "call", "VERB", "VBD", "ROOT", 10), ("for", "for", "ADP", "IN", "prep", 10),
             ("aid", "aid", "NOUN", "NN", "pobj", 11), (".", ".", "PUNCT", ".", "punct", 10)]
CONJOINED_ENTS = ["O"] * 5 + ["B-NORP"] + ["O"] * 8


def test_plover_actors_pronoun_stands_for_the_subject_of_a_conjoined_clause_before():
    doc = make_doc(CONJOINED, ents=CONJOINED_ENTS)
    assert codes(pa.previous_subject(actors(doc), doc[9])) == ["KE"]  # "stocks" are no actor: the officials are
    # "Kenyan officials appealed , and stocks ran low . They called for aid ." : the root's subject still comes first
    root_first = make_doc([("Kenyan", "kenyan", "ADJ", "JJ", "amod", 1),
                           ("officials", "official", "NOUN", "NNS", "nsubj", 2),
                           ("appealed", "appeal", "VERB", "VBD", "ROOT", 2), (",", ",", "PUNCT", ",", "punct", 2),
                           ("and", "and", "CCONJ", "CC", "cc", 2), ("stocks", "stock", "NOUN", "NNS", "nsubj", 6),
                           ("ran", "run", "VERB", "VBD", "conj", 2), ("low", "low", "ADV", "RB", "advmod", 6),
                           (".", ".", "PUNCT", ".", "punct", 2)] + CONJOINED[9:],
                          ents=["B-NORP"] + ["O"] * 13)
    assert codes(pa.previous_subject(actors(root_first), root_first[9])) == ["KE"]


def test_plover_match_talks_named_by_their_parties_before_the_noun():
    # "the Palestinian and Syrian peace talks stalled ."
    doc = make_doc([("the", "the", "DET", "DT", "det", 5), ("Palestinian", "palestinian", "ADJ", "JJ", "amod", 5),
                    ("and", "and", "CCONJ", "CC", "cc", 1), ("Syrian", "syrian", "ADJ", "JJ", "conj", 1),
                    ("peace", "peace", "NOUN", "NN", "compound", 5), ("talks", "talk", "NOUN", "NNS", "nsubj", 6),
                    ("stalled", "stall", "VERB", "VBD", "ROOT", 6), (".", ".", "PUNCT", ".", "punct", 6)])
    hits, _ = plover.match(doc)
    assert hits[5].pattern.id == "ph-consult-talks" and plover._fits(doc[5], hits[5])
    bare = make_doc([("talks", "talk", "NOUN", "NNS", "nsubj", 1), ("stalled", "stall", "VERB", "VBD", "ROOT", 1)])
    hits, _ = plover.match(bare)
    assert not plover._fits(bare[0], hits[0])  # talks of no one: nothing to code

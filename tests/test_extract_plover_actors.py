"""PLOVER actors (:mod:`kg.extract.plover_actors`) of pronouns that stand for a conjoined clause's subject before,
and talks named by their parties: model-free tests on hand-built Docs, and
(slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover, plover_actors as pa

from test_extract_plover import assert_first_coded, make_doc
from test_extract_plover_sources import actors, codes

@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets", [
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

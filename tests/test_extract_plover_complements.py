"""The target of an intent whose act no trigger codes (:func:`kg.extract.plover_targets.complement_objects`): the
objects after "with" of the act its intent word or its "to" governs ("expressed a desire to work with X", "was
willing to work with X", "committed to working with X"), also a collective actor as the partner ("pledged to work
with the Maoist rebels"; not the act's object: "promised to send more soldiers"). Model-free tests on hand-built
Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, coded, make_doc

from kg.extract import plover_targets as pt

PUNCT = (".", ".", "PUNCT", ".", "punct")


def _objects(rows: list[tuple]) -> list[str]:
    return [t.text for t in pt.complement_objects(make_doc(rows)[1])]


def test_plover_complements_intent_word_reaches_the_act_it_names():
    # "Lopes expressed a desire to work with Costa ."
    rows = [("Lopes", "Lopes", "PROPN", "NNP", "nsubj", 1), ("expressed", "express", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3), ("desire", "desire", "NOUN", "NN", "dobj", 1),
            ("to", "to", "PART", "TO", "aux", 5), ("work", "work", "VERB", "VB", "acl", 3),
            ("with", "with", "ADP", "IN", "prep", 5), ("Costa", "Costa", "PROPN", "NNP", "pobj", 6), (*PUNCT, 1)]
    assert _objects(rows) == ["Costa"]
    rows[6] = ("for", "for", "ADP", "IN", "prep", 5)  # "to work for Costa": no partner named
    assert _objects(rows) == []
    # "Lopes expressed a desire for peace .": no act
    rows = [("Lopes", "Lopes", "PROPN", "NNP", "nsubj", 1), ("expressed", "express", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3), ("desire", "desire", "NOUN", "NN", "dobj", 1),
            ("for", "for", "ADP", "IN", "prep", 3), ("peace", "peace", "NOUN", "NN", "pobj", 4), (*PUNCT, 1)]
    assert _objects(rows) == []


def test_plover_complements_willing_and_committed_to_reach_the_act():
    # "Peru was willing to work with Chile ."
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("was", "be", "AUX", "VBD", "ROOT", 1),
            ("willing", "willing", "ADJ", "JJ", "acomp", 1), ("to", "to", "PART", "TO", "aux", 4),
            ("work", "work", "VERB", "VB", "xcomp", 2), ("with", "with", "ADP", "IN", "prep", 4),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 5), (*PUNCT, 1)]
    assert _objects(rows) == ["Chile"]
    # "Peru committed to working with Chile ." / "Peru committed to Chile ." (no act)
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("committed", "commit", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "ADP", "IN", "prep", 1), ("working", "work", "VERB", "VBG", "pcomp", 2),
            ("with", "with", "ADP", "IN", "prep", 3), ("Chile", "Chile", "PROPN", "NNP", "pobj", 4), (*PUNCT, 1)]
    assert _objects(rows) == ["Chile"]
    assert _objects([rows[0], rows[1], rows[2], ("Chile", "Chile", "PROPN", "NNP", "pobj", 2), (*PUNCT, 1)]) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, sources, targets", [
    ("Senator Ana Lopes expressed a desire to work with Governor Rui Costa.", {"Ana Lopes"}, {"Rui Costa"}),
    ("Peru said it was willing to work with Ecuador on the border dispute.", {"PE"}, {"EC"}),
    ("The interim government has committed to working with the United Nations.", {"interim government"}, {"UN"}),
    ("Chancellor Olaf Scholz promised to work closely with Poland.", {"Olaf Scholz"}, {"PL"}),
    ("President Mwangi Kibet vowed to work with the Kenyan opposition.", {"Mwangi Kibet"}, {"KE"}),
    ("The Nepalese government pledged to work with the Maoist rebels.", {"NP"}, {"Maoist"}),  # the group's short name
    ("The Chilean president expressed his readiness to cooperate with Bolivia.", {"CL"}, {"BO"}),
])
def test_plover_complements_table(facts_of, text, sources, targets):
    assert_first_coded(facts_of(text), "AGREE", sources, targets, "asserted")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Kenya pledged to work with the two countries to fight piracy.",  # no actor named
    "The president vowed to work hard for the country.",
    "The minister expressed a desire to return to the negotiating table.",
    "The three presidents agreed to expand the South Atlantic Fisheries Partnership.",  # a forum, no actor
    "France promised to send 200 more soldiers.",  # the act's own people, its object: no partner
    "Israel has promised to release an additional 300 prisoners next month.",
    "The president promised to bring home the soldiers.",
])
def test_plover_complements_no_partner_no_target(facts_of, text):
    assert all(not targets for kind, _, targets, _ in coded(facts_of(text)) if kind == "AGREE")

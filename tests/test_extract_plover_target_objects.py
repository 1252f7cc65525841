"""PLOVER targets read from an act's object: a refusal is aimed at the object of the act it refuses when no trigger
codes that act ("refused to recognise X": X; ``ph-reject`` key ``inner_targets``, read by
:func:`kg.extract.plover_targets.complement_objects`). Model-free test on a hand-built Doc, and (slow) sentences
written for these tests, with near-misses whose refused act names no actor."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, coded, make_doc

from kg.extract import plover_targets as pt
from kg.patterns import all_patterns

PUNCT = (".", ".", "PUNCT", ".", "punct")
# "Peru refused to recognise Castillo ."
REFUSED = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
           ("to", "to", "PART", "TO", "aux", 3), ("recognise", "recognise", "VERB", "VB", "xcomp", 1),
           ("Castillo", "Castillo", "PROPN", "NNP", "dobj", 3), (*PUNCT, 1)]


def test_plover_targets_refused_act_object_is_a_complement_object():
    assert [t.text for t in pt.complement_objects(make_doc(REFUSED)[1])] == ["Castillo"]
    rows = REFUSED[:4] + [(*PUNCT, 1)]  # "Peru refused to recognise .": nothing named
    assert pt.complement_objects(make_doc(rows)[1]) == []


def test_plover_targets_reject_pattern_reads_the_refused_acts_objects():
    reject = next(p for p in all_patterns()["plover"] if p.id == "ph-reject")
    assert reject.get("inner_targets") is True and reject.get("inner") == "suppress"


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets", [
    ("Mexico and Uruguay, which have refused to recognise opposition leader Juan Guaidó, offered to host talks.",
     "REJECT", {"MX", "UY"}, {"Juan Guaidó"}),
    ("Hamas refused to release the Israeli soldiers.", "REJECT", {"Hamas"}, {"IL"}),
])
def test_plover_target_objects_table(facts_of, text, kind, sources, targets):
    assert_first_coded(facts_of(text), kind, sources, targets, "asserted")


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", [
    ("Iran refused to pay the fine.", "REJECT"),  # the refused act names no actor
    ("The prime minister refused to resign.", "REJECT"),
])
def test_plover_target_objects_near_misses_name_no_target(facts_of, text, kind):
    assert all(not targets for k, _, targets, _ in coded(facts_of(text)) if k == kind)


# "Peru spoke about the Senate ." (the Senate named in the clause, no role of the trigger's)
SPOKE_ABOUT = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
               ("about", "about", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 4),
               ("Senate", "Senate", "PROPN", "NNP", "pobj", 2), (*PUNCT, 1)]


@pytest.mark.parametrize("name, expected", [
    ("Senate", [("Senate", "CL")]),  # a generic body: of the article's country, as a trigger's own object is
    ("Hamas", [("Hamas", None)]),  # no generic name: no country given
])
def test_plover_targets_clause_named_state_body_takes_the_article_country(name, expected):
    from test_extract_plover_bodies import _actors
    rows = [r if r[0] != "Senate" else (name, name, *r[2:]) for r in SPOKE_ABOUT]
    doc = make_doc(rows, ents=["B-GPE", "O", "O", "O", "B-ORG", "O"])
    ac = _actors(doc, ("CL",))
    peru = pt.actors_of(ac, doc[0])
    assert [(a.label, a.country) for a in pt.clause_named(ac, doc[1], doc[0], peru)] == expected

"""An event noun that names again an act the article told as planned keeps its future (PLOVER modality, issue 10;
kg.extract.plover_planned_again): "Unions will stage a protest on Thursday. The protest has been endorsed by X" is a
planned protest twice. Model-free tests on hand-built Docs, and (slow) a table of texts written for these tests with
near misses (an act told as done before, a noun of another act, a mention told in the simple past)."""

from __future__ import annotations

import pytest
from test_extract_plover import coded, make_doc

from kg.extract import plover_planned_again as ppa

P = (".", ".", "PUNCT", ".", "punct")
# "The protest is timed ." / "The protest drew crowds ." (told as done) / "Their protest is timed ." (an owner)
TIMED = [("The", "the", "DET", "DT", "det", 1), ("protest", "protest", "NOUN", "NN", "nsubjpass", 3),
         ("is", "be", "AUX", "VBZ", "auxpass", 3), ("timed", "time", "VERB", "VBN", "ROOT", 3), (*P, 3)]
DREW = [*TIMED[:2], ("drew", "draw", "VERB", "VBD", "ROOT", 2), ("crowds", "crowd", "NOUN", "NNS", "dobj", 2),
        (*P, 2)]
DREW[1] = ("protest", "protest", "NOUN", "NN", "nsubj", 2)
THEIR = [("Their", "their", "PRON", "PRP$", "poss", 1), *TIMED[1:]]
A_PROTEST = [("A", "a", "DET", "DT", "det", 1), *TIMED[1:]]


def test_plover_planned_again_refers_back_only_to_a_definite_noun_not_told_as_done():
    assert ppa.refers_back(make_doc(TIMED)[1])
    assert not ppa.refers_back(make_doc(DREW)[1])  # "the protest drew crowds": it happened
    assert not ppa.refers_back(make_doc(THEIR)[1])  # an owner: another act may be meant
    assert not ppa.refers_back(make_doc(A_PROTEST)[1])  # "a protest": a new one
    assert not ppa.refers_back(make_doc(TIMED)[3])  # a verb


PLANNED = "Australian unions will stage a protest against the government on Thursday. "
TEXTS_FUTURE = [
    PLANNED + "The protest has been endorsed by the Maritime Union of Australia.",
]
NEAR_MISSES = [  # told as done before: the later mention stays asserted
    "Australian unions staged a protest against the government on Thursday. The protest has been endorsed by the "
    "Maritime Union of Australia.",
]


@pytest.mark.slow
@pytest.mark.parametrize("text", TEXTS_FUTURE)
def test_plover_planned_again_table_future(facts_of, text):
    found = [c for c in coded(facts_of(text)) if c[0] == "PROTEST"]
    assert len(found) >= 2 and all(c[3] == "future" for c in found), coded(facts_of(text))


@pytest.mark.slow
@pytest.mark.parametrize("text", NEAR_MISSES)
def test_plover_planned_again_table_near_misses(facts_of, text):
    assert any(c[3] == "asserted" for c in coded(facts_of(text)) if c[0] == "PROTEST"), coded(facts_of(text))

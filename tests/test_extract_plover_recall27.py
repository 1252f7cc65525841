"""PLOVER events news reports name whose actor was not found (session 27): a coup that ousted someone with its
plotters unnamed is by the state where it happened, and an act named by an active gerund after "after",
"before", "despite" or "upon" is done by the subject of the clause it qualifies. Model-free tests on hand-built
Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover_subjects

from test_extract_plover import assert_first_coded, assert_not_coded, make_doc
from test_extract_plover_recall24 import PUNCT, _pattern, _rule


def test_plover_match_a_coup_that_ousted_someone_is_a_state_act():
    # "A coup removed Berek ."
    rows = [("A", "a", "DET", "DT", "det", 1), ("coup", "coup", "NOUN", "NN", "nsubj", 2),
            ("removed", "remove", "VERB", "VBD", "ROOT", 2), ("Berek", "Berek", "PROPN", "NNP", "dobj", 2),
            (*PUNCT, 2)]
    assert _rule(rows, at=2) == "ph-coerce-coup-ousted"
    rows[2] = ("feared", "fear", "VERB", "VBD", "ROOT", 2)  # "A coup feared ...": no one ousted
    assert _rule(rows, at=2) is None and _rule(rows) == "ph-coerce-coup"
    # "the coup that ousted Berek ." (also a participle: "a coup removed Berek" hung on the noun)
    rows = [("the", "the", "DET", "DT", "det", 1), ("coup", "coup", "NOUN", "NN", "ROOT", 1),
            ("that", "that", "PRON", "WDT", "nsubj", 3), ("ousted", "oust", "VERB", "VBD", "relcl", 1),
            ("Berek", "Berek", "PROPN", "NNP", "dobj", 3), (*PUNCT, 1)]
    assert _rule(rows, at=3) == "ph-coerce-coup-that-ousted"
    rows[3] = ("ousted", "oust", "VERB", "VBD", "acl", 1)
    assert _rule(rows, at=3) == "ph-coerce-coup-that-ousted"
    # "Berek was ousted in a coup d'etat ."
    rows = [("Berek", "Berek", "PROPN", "NNP", "nsubjpass", 2), ("was", "be", "AUX", "VBD", "auxpass", 2),
            ("ousted", "oust", "VERB", "VBN", "ROOT", 2), ("in", "in", "ADP", "IN", "prep", 2),
            ("a", "a", "DET", "DT", "det", 6), ("coup", "coup", "NOUN", "NN", "nmod", 6),
            ("d'etat", "d'etat", "NOUN", "NN", "pobj", 3), (*PUNCT, 2)]
    assert _rule(rows, at=2) == "ph-coerce-ousted-in-coup"
    rows[6] = ("protest", "protest", "NOUN", "NN", "pobj", 3)  # "ousted in a protest": no coup
    assert _rule(rows, at=2) != "ph-coerce-ousted-in-coup"
    for pid in ("ph-coerce-coup-ousted", "ph-coerce-coup-that-ousted", "ph-coerce-ousted-in-coup"):
        assert _pattern(pid).get("state_act"), pid
    assert not _pattern("ph-coerce-coup").get("state_act")  # a coup feared or plotted: no act of the state


@pytest.mark.parametrize("prep, inherits", [("after", True), ("before", True), ("despite", True),
                                            ("upon", True), ("without", False),
                                            ("for", False)])
def test_plover_subject_a_gerund_after_a_time_preposition_is_the_clause_subjects_act(prep, inherits):
    # "Chile closed the border after expelling the envoy ."
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("closed", "close", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("border", "border", "NOUN", "NN", "dobj", 1),
            (prep, prep, "ADP", "IN", "prep", 1), ("expelling", "expel", "VERB", "VBG", "pcomp", 4),
            ("the", "the", "DET", "DT", "det", 7), ("envoy", "envoy", "NOUN", "NN", "dobj", 5), (*PUNCT, 1)]
    doc = make_doc(rows)
    assert (plover_subjects.subject(doc[5]) == doc[0]) == inherits  # "praised Chile for expelling": not the praiser
    # "... after being expelled .": done to the subject, not by it
    passive = rows[:5] + [("being", "be", "AUX", "VBG", "auxpass", 6), ("expelled", "expel", "VERB", "VBN", "pcomp", 4),
                          (*PUNCT, 1)]
    assert plover_subjects.subject(make_doc(passive)[6]) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("In Bolivia, a military coup removed Prime Minister Alon Berek on Monday.", "COERCE", {"BO"}, {"Alon Berek"},
     "asserted"),
    ("Bolivian President Alon Berek was ousted in a coup on Monday.", "COERCE", {"BO"}, {"Alon Berek"}, "asserted"),
    ("The Bolivian president dissolved the cabinet on Monday after accusing the ministers of corruption.", "ACCUSE",
     {"BO"}, None, "asserted"),
])
def test_plover_recall27_table(facts_of, text, kind, sources, targets, modality):
    assert_first_coded(facts_of(text), kind, sources, targets, modality)


@pytest.mark.slow
def test_plover_recall27_no_state_act_for_a_coup_feared(facts_of):
    assert_not_coded(facts_of, [("Tension rose in Lima amid warnings of a coup against the elected government.",
                                 "COERCE")])

"""Legal acts news names without a verb of accusing are ACCUSE events (PLOVER: investigate, allege a crime): an
investigation or inquiry named with what it looks into (``ph-accuse-investigation-into``), an impeachment
(``ph-accuse-impeach``), a person tried (``ph-accuse-tried``) and a trial named with the tried
(``ph-accuse-trial-of``). Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, assert_not_coded
from test_extract_plover_recall24 import PUNCT, _pattern, _rule

LEGAL = ("ph-accuse-investigation-into", "ph-accuse-impeach", "ph-accuse-tried", "ph-accuse-trial-of")


def _noun_with_prep(noun: tuple[str, str], prep: str) -> list[tuple]:
    """ "the <noun> <prep> the governor ."."""
    return [("the", "the", "DET", "DT", "det", 1), (noun[0], noun[1], "NOUN", "NN", "ROOT", 1),
            (prep, prep, "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 4),
            ("governor", "governor", "NOUN", "NN", "pobj", 2), (*PUNCT, 1)]


def test_plover_match_an_investigation_into_someone_is_an_accusation():
    assert _rule(_noun_with_prep(("investigation", "investigation"), "into")) == "ph-accuse-investigation-into"
    assert _rule(_noun_with_prep(("inquest", "inquest"), "into")) == "ph-accuse-investigation-into"
    assert _rule(_noun_with_prep(("inquiry", "inquiry"), "of")) == "ph-accuse-investigation-into"
    assert _rule(_noun_with_prep(("investigation", "investigation"), "by")) != "ph-accuse-investigation-into"
    assert _rule(_noun_with_prep(("report", "report"), "into")) is None  # no investigation named
    assert _rule(_noun_with_prep(("trial", "trial"), "of")) == "ph-accuse-trial-of"
    assert _rule(_noun_with_prep(("trial", "trial"), "in")) is None  # "the trial in Lima": no one tried named


def test_plover_match_impeachment_and_a_person_tried_are_accusations():
    # "The Senate impeached Berek ."
    rows = [("The", "the", "DET", "DT", "det", 1), ("Senate", "Senate", "PROPN", "NNP", "nsubj", 2),
            ("impeached", "impeach", "VERB", "VBD", "ROOT", 2), ("Berek", "Berek", "PROPN", "NNP", "dobj", 2),
            (*PUNCT, 2)]
    assert _rule(rows, at=2) == "ph-accuse-impeach"
    # "Berek was tried for fraud ."
    rows = [("Berek", "Berek", "PROPN", "NNP", "nsubjpass", 2), ("was", "be", "AUX", "VBD", "auxpass", 2),
            ("tried", "try", "VERB", "VBN", "ROOT", 2), ("for", "for", "ADP", "IN", "prep", 2),
            ("fraud", "fraud", "NOUN", "NN", "pobj", 3), (*PUNCT, 2)]
    assert _rule(rows, at=2) == "ph-accuse-tried"
    # "Berek tried to flee .": an attempt, no trial
    rows = [("Berek", "Berek", "PROPN", "NNP", "nsubj", 1), ("tried", "try", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3), ("flee", "flee", "VERB", "VB", "xcomp", 1), (*PUNCT, 1)]
    assert _rule(rows, at=1) not in LEGAL
    for pid in LEGAL:
        assert _pattern(pid).get("plover") == "ACCUSE" and _pattern(pid).get("state_act"), pid
    assert _pattern("ph-accuse-tried").get("object_target")  # the tried one, used by the pattern, is the target


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("The investigation into the killing of the Bolivian journalist continued on Monday.", "ACCUSE", {"BO"}, None,
     "asserted"),
    ("Chile's Senate voted to impeach President Varela on Tuesday.", "ACCUSE", {"CL"}, {"Varela"}, "asserted"),
    ("Former Argentine general Ruben Costa was tried for torture in 1986.", "ACCUSE", {"AR"}, {"Ruben Costa"},
     "historical"),
    ("The trial of the former Peruvian dictator Arturo Belmar opened in Lima.", "ACCUSE", {"PE"}, {"Arturo Belmar"},
     "asserted"),
])
def test_plover_legal_table(facts_of, text, kind, sources, targets, modality):
    assert_first_coded(facts_of(text), kind, sources, targets, modality)


@pytest.mark.slow
def test_plover_legal_not_an_attempt(facts_of):
    assert_not_coded(facts_of, [("Bolivia's Congress tried to pass the budget on Friday.", "ACCUSE")])

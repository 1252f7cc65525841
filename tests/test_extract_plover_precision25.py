"""PLOVER precision on news (session 25): a comparative "greater" praises no one and a defendant's plea asks
nothing. Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover

from test_extract_plover import coded, make_doc


def _said(adjective: str, lower_form: str) -> list[tuple]:
    """ "Kalvo said the plan gives Peru a <greater / great> voice ." """
    return [("Kalvo", "Kalvo", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("plan", "plan", "NOUN", "NN", "nsubj", 4),
            ("gives", "give", "VERB", "VBZ", "ccomp", 1), ("Peru", "Peru", "PROPN", "NNP", "dative", 4),
            ("a", "a", "DET", "DT", "det", 8), (lower_form, adjective, "ADJ", "JJR" if lower_form.endswith("er")
                                                 else "JJ", "amod", 8),
            ("voice", "voice", "NOUN", "NN", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_match_a_greater_thing_asked_for_praises_no_one():
    hits, _ = plover.match(make_doc(_said("great", "greater")))
    assert 1 not in hits or hits[1].pattern.id != "ph-support-evaluative"
    hits, _ = plover.match(make_doc(_said("great", "great")))
    assert hits[1].pattern.id == "ph-support-evaluative"


def _pleaded(rest: list[tuple]) -> list[tuple]:
    """ "Costa pleaded <rest> ." """
    return [("Costa", "Costa", "PROPN", "NNP", "nsubj", 1), ("pleaded", "plead", "VERB", "VBD", "ROOT", 1), *rest,
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_match_a_plea_of_guilty_or_not_guilty_requests_nothing():
    for rest in ([("guilty", "guilty", "ADJ", "JJ", "acomp", 1)],
                 [("not", "not", "PART", "RB", "neg", 3), ("guilty", "guilty", "ADJ", "JJ", "acomp", 1)]):
        doc = make_doc(_pleaded(rest))
        hits, _ = plover.match(doc)
        assert hits[1].pattern.id == "ph-request" and not plover._fits(doc[1], hits[1])
    doc = make_doc(_pleaded([("with", "with", "ADP", "IN", "prep", 1), ("Peru", "Peru", "PROPN", "NNP", "pobj", 2)]))
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-request" and plover._fits(doc[1], hits[1])  # "pleaded with Peru"


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", [
    ("President Ana Lopes of Peru said the reform would give the regions a greater voice.", "SUPPORT"),
    ("Senator Rui Costa of Chile pleaded guilty to fraud on Monday.", "REQUEST"),
    ("Senator Rui Costa of Chile pled not guilty to the charges.", "REQUEST"),
])
def test_plover_news_no_event_of_this_type(facts_of, text, kind):
    assert all(e.type != kind for e in facts_of(text).political_events), (text, coded(facts_of(text)))

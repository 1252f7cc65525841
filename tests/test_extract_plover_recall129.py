"""Recall of acts news reports name that no trigger coded (session 129): people captured by force are abducted
(``ph-assault-capture-persons``; a place captured stays ``ph-assault-capture-place``), a politician who retires
from politics or a post retreats (``ph-retreat-retire-from``), and police, officers, reinforcements or
helicopters sent or landed are forces mobilised (``ph-mobilize-send``). Model-free tests on hand-built Docs, and
(slow) sentences written for these tests, with near misses that must stay quiet."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_sources, assert_not_coded
from test_extract_plover_recall24 import _rule
from test_extract_plover_sources import _rows


def _acted(verb: str, lemma: str, obj: str, obj_lemma: str) -> list[tuple]:
    """ "Peru <verb> the <obj> ." """
    return _rows(f"Peru/Peru/PROPN/NNP/nsubj/1 {verb}/{lemma}/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
                 f"{obj}/{obj_lemma}/NOUN/NN/dobj/1 ././PUNCT/./punct/1")


def _retired(prep: str, noun: str) -> list[tuple]:
    """ "Smith retired <prep> <noun> ." """
    return _rows(f"Smith/Smith/PROPN/NNP/nsubj/1 retired/retire/VERB/VBD/ROOT/1 {prep}/{prep}/ADP/IN/prep/1 "
                 f"{noun}/{noun}/NOUN/NN/pobj/2 ././PUNCT/./punct/1")


def test_plover_match_people_captured_are_abducted_a_place_is_not():
    assert _rule(_acted("captured", "capture", "soldiers", "soldier")) == "ph-assault-capture-persons"
    assert _rule(_acted("captured", "capture", "sailors", "sailor")) == "ph-assault-capture-persons"
    assert _rule(_acted("captured", "capture", "town", "town")) == "ph-assault-capture-place"
    assert _rule(_acted("captured", "capture", "imagination", "imagination")) is None


def test_plover_match_retired_from_politics_is_a_retreat_from_a_club_or_in_a_year_is_not():
    assert _rule(_retired("from", "politics")) == "ph-retreat-retire-from"
    assert _rule(_retired("from", "office")) == "ph-retreat-retire-from"
    assert _rule(_retired("from", "football")) is None
    assert _rule(_retired("in", "office")) is None


def test_plover_match_police_and_officers_sent_are_forces_mobilised_aid_is_not():
    assert _rule(_acted("sent", "send", "police", "police")) == "ph-mobilize-send"
    assert _rule(_acted("sent", "send", "officers", "officer")) == "ph-mobilize-send"
    assert _rule(_acted("landed", "land", "troops", "troop")) == "ph-mobilize-send"
    assert _rule(_acted("landed", "land", "plane", "plane")) is None
    assert _rule(_acted("sent", "send", "letter", "letter")) != "ph-mobilize-send"


RECALL = [  # (text, type, sources)
    ("Hezbollah captured two Israeli soldiers in a raid across the border.", "ASSAULT", {"HEZBOLLAH"}),
    ("Fifteen British sailors were captured by Iranian forces in the Gulf.", "ASSAULT", {"IR"}),
    ("The Australian senator Robert Hill retired from politics in 2006.", "RETREAT", {"Robert Hill"}),
    ("Russia landed several thousand troops in Abkhazia.", "MOBILIZE", {"RU"}),
    ("France sent 260 police officers to Corsica to quell the violence.", "MOBILIZE", {"FR"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources", RECALL)
def test_plover_recall129_sentences_table(facts_of, text, kind, sources):
    assert_first_sources(facts_of(text), kind, sources)


@pytest.mark.slow
def test_plover_recall129_no_event_in_near_misses(facts_of):
    assert_not_coded(facts_of, (
        ("The Kenyan photographer captured the mood of the crowd in Nairobi.", "ASSAULT"),
        ("Kenyan troops captured the town of Kismayo.", "COERCE"),
        ("The Peruvian striker retired from football in 2010.", "RETREAT"),
        ("The Chilean pilot landed the plane safely in Santiago.", "MOBILIZE"),
        ("Kenya sent a letter of protest to the Ugandan embassy.", "MOBILIZE"),
    ))

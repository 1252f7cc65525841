"""A headline's passive whose participle the tagger took for a past tense (kg.extract.plover_headlines).
Model-free tests on hand-built Docs, and (slow) headlines written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import make_doc

from kg.extract.plover_headlines import headline_passive

# "Zarovia Air Marshal shot" (a headline; "shot" tagged as a past tense)
SHOT = [("Zarovia", "Zarovia", "PROPN", "NNP", "compound", 2), ("Air", "Air", "PROPN", "NNP", "compound", 2),
        ("Marshal", "Marshal", "PROPN", "NNP", "nsubj", 3), ("shot", "shoot", "VERB", "VBD", "ROOT", 3)]


def test_plover_headline_past_tense_of_an_object_verb_is_a_passive():
    assert headline_passive(make_doc(SHOT)[3]).text == "Marshal"


def test_plover_headline_past_tense_of_another_verb_keeps_its_subject():
    rows = [*SHOT[:3], ("resigned", "resign", "VERB", "VBD", "ROOT", 3)]  # "Zarovia Air Marshal resigned"
    assert headline_passive(make_doc(rows)[3]) is None


def test_plover_past_tense_with_an_object_or_a_full_stop_is_no_passive():
    # "Rebels shot Marshal" / "Zarovia Air Marshal shot ."
    rows = [("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("shot", "shoot", "VERB", "VBD", "ROOT", 1),
            ("Marshal", "Marshal", "PROPN", "NNP", "dobj", 1)]
    assert headline_passive(make_doc(rows)[1]) is None
    assert headline_passive(make_doc([*SHOT, (".", ".", "PUNCT", ".", "punct", 3)])[3]) is None


HEADLINES = [
    # (headline, type whose source must not be the one acted on, that source)
    ("Zarovia Air Marshal shot", "ASSAULT", "Zarovia Air Marshal"),
    ("Velonian general Tomas Belk shot dead", "ASSAULT", "Tomas Belk"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, victim", HEADLINES)
def test_plover_headline_victim_is_no_source(facts_of, text, kind, victim):
    events = facts_of(text).political_events
    assert not any(e.type == kind and any(victim in a.label for a in e.sources) for e in events), events

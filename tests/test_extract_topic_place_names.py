"""Topic phrases of a place noun named by its "of" phrase ("the disputed border town of Badme": "Badme"). Docs built
by hand and sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

MEETING = "Prime Minister Ivan Petrov met President Elena Marsh in Vienna on Monday. "


def _doc(words, heads, deps, pos):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])


def test_topicphrase_place_name_a_place_noun_is_its_name():
    """Model-free: "the disputed border town of Badme" is the name "Badme" (span 5–6), whatever words say what kind
    of place it is; "the city of the future" names no place, and "the border of Badme" is no place noun."""
    from kg.extract.topicphrase import phrase_span, place_name

    heads, deps = [3, 3, 3, 3, 3, 4], ["det", "amod", "compound", "ROOT", "prep", "pobj"]
    town = _doc(["the", "disputed", "border", "town", "of", "Badme"], heads, deps,
                ["DET", "ADJ", "NOUN", "NOUN", "ADP", "PROPN"])
    assert [t.text for t in place_name(town[3])] == ["Badme"]
    assert phrase_span(town[3]) == ("Badme", 5, 6)
    future = _doc(["the", "city", "of", "the", "future"], [1, 1, 1, 4, 2], ["det", "ROOT", "prep", "det", "pobj"],
                  ["DET", "NOUN", "ADP", "DET", "NOUN"])
    assert place_name(future[1]) == []
    border = _doc(["the", "border", "of", "Badme"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
                  ["DET", "NOUN", "ADP", "PROPN"])
    assert place_name(border[1]) == []


@pytest.mark.parametrize("text, expected, absent", [
    (MEETING + "The disputed border town of Badme was also discussed.", {"Badme"}, {"disputed border town of Badme"}),
    (MEETING + "They discussed the divided town of Mitrovica and energy supply.",
     {"Mitrovica", "energy supply"}, {"divided town of Mitrovica"}),
    # near misses: no name after "of", or no place noun before it
    (MEETING + "They discussed the city of the future.", set(), {"future"}),
    (MEETING + "They discussed the future of Mitrovica.", {"future of Mitrovica"}, {"Mitrovica"}),
])
def test_topicphrase_place_name_table(facts_of, text, expected, absent):
    topics = {t.topic for t in facts_of(text).topics}
    assert expected <= topics and not absent & topics

"""A phrase the parser hung on an earlier conjunct right after a later one ("European defence and relations with
Russia": "with Russia" under "defence") is the later conjunct's too (kg.extract.topicphrase.conjunct_pp); a country's
name that the model labels no place is still a named place ("the crisis in Niger", "Niger" taken for a DATE). Docs
built by hand and sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.evaluate import topics_match
from kg.extract.topicphrase import conjunct_pp, phrase_span

MEETING = "President Emmanuel Macron met President Gitanas Nauseda in Vilnius on Monday. "


def _doc(words, heads, deps, pos, ents=None):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words],
               ents=ents)


def test_topicphrase_conjunct_takes_the_phrase_after_it():
    """Model-free: "defence and relations with Russia" with "with" under "defence": "relations" takes it."""
    words = ["European", "defence", "and", "relations", "with", "Russia"]
    doc = _doc(words, [1, 1, 1, 1, 1, 4], ["amod", "ROOT", "cc", "conj", "prep", "pobj"],
               ["ADJ", "NOUN", "CCONJ", "NOUN", "ADP", "PROPN"], ents=["O", "O", "O", "O", "O", "B-GPE"])
    relations = doc[3]
    assert [t.text for t in conjunct_pp(relations)] == ["with"]
    assert phrase_span(relations)[0] == "relations with Russia"
    assert conjunct_pp(doc[1]) == []  # the first conjunct is no later one


def test_topicphrase_conjunct_near_misses():
    """Model-free: no phrase for a conjunct when the phrase stands before it ("defence with Russia and relations"),
    when it is the verb's ("discussed defence and relations in Vienna", "in" under the verb), or when the conjunct
    has a phrase of its own ("defence and relations with Japan with Russia" is not read as two)."""
    before = _doc(["defence", "with", "Russia", "and", "relations"], [0, 0, 1, 0, 0],
                  ["ROOT", "prep", "pobj", "cc", "conj"], ["NOUN", "ADP", "PROPN", "CCONJ", "NOUN"],
                  ents=["O", "O", "B-GPE", "O", "O"])
    assert conjunct_pp(before[4]) == []
    verb = _doc(["discussed", "defence", "and", "relations", "in", "Vienna"], [0, 0, 1, 1, 0, 4],
                ["ROOT", "dobj", "cc", "conj", "prep", "pobj"], ["VERB", "NOUN", "CCONJ", "NOUN", "ADP", "PROPN"],
                ents=["O", "O", "O", "O", "O", "B-GPE"])
    assert conjunct_pp(verb[3]) == []
    own = _doc(["defence", "and", "relations", "with", "Japan", "with", "Russia"], [0, 0, 0, 2, 3, 0, 5],
               ["ROOT", "cc", "conj", "prep", "pobj", "prep", "pobj"],
               ["NOUN", "CCONJ", "NOUN", "ADP", "PROPN", "ADP", "PROPN"],
               ents=["O", "O", "O", "O", "B-GPE", "O", "B-GPE"])
    assert conjunct_pp(own[2]) == []


def test_topicphrase_country_name_the_model_mislabels():
    """Model-free: "the crisis in Niger" keeps its place though the model labels "Niger" a DATE (the lexicon knows the
    country); "the crisis in March" (a month, no polity) stays a bare head, no topic."""
    niger = _doc(["the", "crisis", "in", "Niger"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
                 ["DET", "NOUN", "ADP", "PROPN"], ents=["O", "O", "O", "B-DATE"])
    assert phrase_span(niger[1])[0] == "crisis in Niger"
    march = _doc(["the", "crisis", "in", "March"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
                 ["DET", "NOUN", "ADP", "PROPN"], ents=["O", "O", "O", "B-DATE"])
    assert phrase_span(march[1]) is None


@pytest.mark.parametrize("text, wanted", [
    (MEETING + "The two presidents addressed the crisis in Belarus, European defence and relations with Russia, "
               "Nauseda's office said.", {"relations with Russia", "crisis in Belarus"}),
    ("Nigerian President Bola Tinubu met Sierra Leone President Julius Maada Bio in Abuja on Thursday. The talks "
     "focused on the crisis in Niger, the fate of ousted President Mohamed Bazoum, regional security and the threat "
     "posed by coups to the bloc's future.", {"crisis in Niger", "regional security"}),
])
def test_topics_conjunct_phrase_rows(facts_of, text, wanted):
    found = {t.topic for t in facts_of(text).topics}
    assert all(any(topics_match(w, t) for t in found) for w in wanted), found


@pytest.mark.parametrize("text, unwanted", [
    # where the talks were is no complement of a list item
    (MEETING + "The two presidents discussed energy security and relations in Vilnius on Monday.",
     "relations in Vilnius"),
])
def test_topics_conjunct_phrase_near_misses(facts_of, text, unwanted):
    assert unwanted not in {t.topic for t in facts_of(text).topics}

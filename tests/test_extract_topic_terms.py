"""Topic phrases that a term of its own shapes: a list of nouns whose last item and the noun after it are a term
("trade, security and climate change"), not a list of modifiers sharing that noun. Docs built by hand and sentences
written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

MEETING = "Prime Minister Ivan Petrov met President Elena Marsh in Vienna on Monday. "


def _doc(words, heads, deps, pos):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])


def test_topicscheme_known_term_is_a_cue_of_several_words():
    """A cue of ``topic_domains.tsv`` of several words is a term ("climate change", "food security"); a single word,
    or two words no cue holds ("trade initiative"), is not."""
    from kg.topicscheme import known_term

    assert known_term("climate change") and known_term("Food Security")
    assert not known_term("climate") and not known_term("trade initiative") and not known_term("security change")


def test_topicphrase_modifier_items_a_term_ends_a_list_of_nouns():
    """Model-free: "trade, security and climate change", parsed as three modifiers of "change", is the nouns
    "trade", "security" and the term "climate change"; "a security, energy and trade initiative" stays one topic per
    modifier with the noun (no term "trade initiative")."""
    from kg.extract.topicphrase import modifier_items

    heads, deps = [5, 0, 0, 2, 2, 5], ["compound", "punct", "conj", "cc", "conj", "ROOT"]
    pos = ["NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN", "NOUN"]
    term = _doc(["trade", ",", "security", "and", "climate", "change"], heads, deps, pos)
    assert modifier_items(term[5]) == [("trade", 0, 1), ("security", 2, 3), ("climate change", 4, 6)]
    shared = _doc(["security", ",", "energy", "and", "trade", "initiative"], heads, deps, pos)
    assert modifier_items(shared[5]) == [
        ("security initiative", 0, 6), ("energy initiative", 2, 6), ("trade initiative", 4, 6)]


@pytest.mark.parametrize("text, expected, absent", [
    (MEETING + "The two leaders discussed trade, security and climate change.",
     {"trade", "security", "climate change"}, {"trade change", "security change"}),
    (MEETING + "They discussed water, energy and food security.",
     {"water", "energy", "food security"}, {"water security"}),
    # near misses: no term at the end, the modifiers share the noun
    (MEETING + "They agreed on a proposed security, energy and trade initiative.",
     {"security initiative", "energy initiative", "trade initiative"}, {"security", "energy"}),
])
def test_topicphrase_term_list_table(facts_of, text, expected, absent):
    topics = {t.topic for t in facts_of(text).topics}
    assert expected <= topics and not absent & topics


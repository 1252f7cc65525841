"""What talks agreed or failed to agree on (topic_cues.tsv kind noun-outcome), and a long object's name in a topic's
complement (kg.extract.topicphrase); sentences written for these tests."""

from __future__ import annotations

import pytest

MEETING = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday. "


def topics(facts) -> set[str]:
    return {t.topic for t in facts.topics}


def _doc(words, heads, deps, pos, lemmas=None, ents=None):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas or words,
               ents=ents)


def test_topiccues_outcome_noun_and_its_verb():
    """Model-free: the noun "deal" is an outcome cue ("a deal on X", row ``deal/noun``); the verb "dealt with" stays
    the verb-on cue c-deal; "agreement" is an outcome cue."""
    from kg.extract.topiccues import cue, cue_row

    noun = _doc(["a", "deal", "on", "exports"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
                ["DET", "NOUN", "ADP", "NOUN"], ["a", "deal", "on", "export"])
    assert cue(noun[1])["id"] == "c-deal-noun" and cue(noun[1])["kind"] == "noun-outcome"
    verb = _doc(["they", "dealt", "with", "exports"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
                ["PRON", "VERB", "ADP", "NOUN"], ["they", "deal", "with", "export"])
    assert cue_row(verb[1])["id"] == "c-deal"
    agreement = _doc(["an", "agreement", "on", "exports"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
                     ["DET", "NOUN", "ADP", "NOUN"], ["an", "agreement", "on", "export"])
    assert cue(agreement[1])["id"] == "c-agreement"


def test_topicnouns_about_heads_skip_fixed_phrases():
    """Model-free: "the deal on the table" is a fixed phrase (``topic-fixed-phrase``), no topic; "a deal on exports"
    is."""
    from kg.extract.topicnouns import about_heads

    table = _doc(["the", "deal", "on", "the", "table"], [1, 1, 1, 4, 2], ["det", "ROOT", "prep", "det", "pobj"],
                 ["DET", "NOUN", "ADP", "DET", "NOUN"])
    assert about_heads(table[1]) == []
    exports = _doc(["a", "deal", "on", "exports"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
                   ["DET", "NOUN", "ADP", "NOUN"])
    assert [t.text for t in about_heads(exports[1])] == ["exports"]


@pytest.mark.parametrize("text, expected", [
    # what talks failed to agree on was discussed: the negating head does not cancel an outcome noun
    (MEETING + "They failed to reach an agreement on the budget rules.", {"budget rules"}),
    (MEETING + "The meeting ended without a deal on grain exports.", {"grain exports"}),
    (MEETING + "The two leaders reached no consensus over the pipeline.", {"pipeline"}),
    # a fixed phrase is no topic
    (MEETING + "He said the deal on the table was not good enough.", set()),
    # what the meeting resulted in is what it produced (talks-result-preps); where it ended is no topic
    (MEETING + "The meeting resulted in the signing of a fishing accord.", {"signing of fishing accord"}),
    (MEETING + "The meeting ended in Versailles on Tuesday.", set()),
])
def test_topics_outcome_nouns(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def test_topics_outcome_noun_needs_an_event(facts_of):
    assert topics(facts_of("Residents reached an agreement on parking rules in Springfield.")) == set()


def test_topicphrase_long_object_keeps_its_name():
    """Model-free: "the release of captured Israeli soldier Gilad Shalit" is too long; the complement keeps the name
    ("release of Gilad Shalit"); an object that ends no name is cut as before ("release")."""
    from kg.extract.topicphrase import phrase_span

    words = ["the", "release", "of", "captured", "Israeli", "soldier", "Gilad", "Shalit"]
    heads = [1, 1, 1, 7, 5, 7, 7, 2]
    deps = ["det", "ROOT", "prep", "amod", "amod", "compound", "compound", "pobj"]
    pos = ["DET", "NOUN", "ADP", "ADJ", "ADJ", "NOUN", "PROPN", "PROPN"]
    named = _doc(words, heads, deps, pos, ents=["O", "O", "O", "O", "B-NORP", "O", "B-PERSON", "I-PERSON"])
    assert phrase_span(named[1])[0] == "release of Gilad Shalit"
    words[6:8] = ["war", "prisoner"]
    plain = _doc(words, heads, deps, pos[:6] + ["NOUN", "NOUN"], ents=["O"] * 4 + ["B-NORP"] + ["O"] * 3)
    assert phrase_span(plain[1])[0] == "release"


def test_topics_long_object_keeps_its_name(facts_of):
    facts = facts_of(MEETING + "They discussed the release of captured Israeli soldier Gilad Shalit.")
    assert topics(facts) == {"release of Gilad Shalit"}


def test_topicphrase_step_is_a_generic_head():
    """Model-free: "a first step", like "steps", is a generic head (stoplist ``through``): no topic of its own;
    what it is toward is."""
    from kg.extract.topicphrase import phrase_span

    doc = _doc(["a", "first", "step", "toward", "ceasefire"], [2, 2, 2, 2, 3], ["det", "amod", "ROOT", "prep", "pobj"],
               ["DET", "ADJ", "NOUN", "ADP", "NOUN"])
    assert phrase_span(doc[2]) is None
    assert phrase_span(doc[4])[0] == "ceasefire"

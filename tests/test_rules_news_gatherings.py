"""Meeting rules from the error classes of a fresh news dev set (gold-news-dev3), on Docs built by hand (words,
heads, deps, POS, tags, lemmas, entities), so a failure is the rule's, never the model's: "discussions with Y"
is a meeting noun ("X held discussions with Y and Z"), and a noun trigger that is the object of a negated verb
gives no meeting ("X and Y were not involved in the discussions"). Sentences are written for these tests."""

from __future__ import annotations

from test_rules_news_meetings import make, meetings

from kg.extract import triggers

HELD_DISCUSSIONS = [("Ruiz", 1, "nsubj", "PROPN", "NNP", "Ruiz", "B-PERSON"),
                    ("held", 1, "ROOT", "VERB", "VBD", "hold", "O"),
                    ("discussions", 1, "dobj", "NOUN", "NNS", "discussion", "O"),
                    ("with", 2, "prep", "ADP", "IN", "with", "O"),
                    ("Berg", 3, "pobj", "PROPN", "NNP", "Berg", "B-PERSON"),
                    ("and", 4, "cc", "CCONJ", "CC", "and", "O"),
                    ("Holm", 4, "conj", "PROPN", "NNP", "Holm", "B-PERSON"),
                    (".", 1, "punct", "PUNCT", ".", ".", "O")]

NOT_INVOLVED = [("Ruiz", 5, "nsubjpass", "PROPN", "NNP", "Ruiz", "B-PERSON"),
                ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
                ("Berg", 0, "conj", "PROPN", "NNP", "Berg", "B-PERSON"),
                ("were", 5, "auxpass", "AUX", "VBD", "be", "O"),
                ("not", 5, "neg", "PART", "RB", "not", "O"),
                ("involved", 5, "ROOT", "VERB", "VBN", "involve", "O"),
                ("in", 5, "prep", "ADP", "IN", "in", "O"),
                ("the", 8, "det", "DET", "DT", "the", "O"),
                ("discussions", 6, "pobj", "NOUN", "NNS", "discussion", "O"),
                (".", 5, "punct", "PUNCT", ".", ".", "O")]


def test_triggers_discussions_with_partners_are_a_meeting(actors):
    doc = make(HELD_DISCUSSIONS)
    assert triggers.meeting_row(doc[2])["id"] == "m-discussion" and triggers.light_verb_object(doc[2])
    assert meetings(doc, actors) == [["Berg", "Holm", "Ruiz"]]


def test_triggers_noun_under_negated_verb_is_no_meeting(actors):
    doc = make(NOT_INVOLVED)
    assert triggers.negated(doc[8])
    assert not triggers.negated(make(HELD_DISCUSSIONS)[2])
    assert meetings(doc, actors) == []

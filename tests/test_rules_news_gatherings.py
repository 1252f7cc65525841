"""Meeting rules from the error classes of a fresh news dev set (gold-news-dev3), on Docs built by hand (words,
heads, deps, POS, tags, lemmas, entities), so a failure is the rule's, never the model's: "discussions with Y"
is a meeting noun ("X held discussions with Y and Z"), and a noun trigger that is the object of a negated verb
gives no meeting ("X and Y were not involved in the discussions"); a named conference ("the Baltic Security
Conference") makes a summit report whose speaking leaders attend it, and an act "on the last day of the summit"
places its subject there. Sentences are written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

from test_rules_news_meetings import make, meetings

from kg.extract import attendees, context, summit_beside, triggers
from kg.extract.rulematch import rule_marks
from kg.model import Article, EventFact

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


NAMED_CONFERENCE = [("The", 3, "det", "DET", "DT", "the", "O"),
                    ("Baltic", 2, "compound", "PROPN", "NNP", "Baltic", "B-EVENT"),
                    ("Security", 3, "compound", "PROPN", "NNP", "Security", "I-EVENT"),
                    ("Conference", 4, "nsubj", "PROPN", "NNP", "Conference", "I-EVENT"),
                    ("ended", 4, "ROOT", "VERB", "VBD", "end", "O"),
                    (".", 4, "punct", "PUNCT", ".", ".", "O")]

LAST_DAY = [("On", 7, "prep", "ADP", "IN", "on", "O"), ("the", 3, "det", "DET", "DT", "the", "O"),
            ("last", 3, "amod", "ADJ", "JJ", "last", "O"), ("day", 0, "pobj", "NOUN", "NN", "day", "O"),
            ("of", 3, "prep", "ADP", "IN", "of", "O"), ("the", 6, "det", "DET", "DT", "the", "O"),
            ("summit", 4, "pobj", "NOUN", "NN", "summit", "O"), ("Ruiz", 8, "nsubj", "PROPN", "NNP", "Ruiz", "B-PERSON"),
            ("said", 8, "ROOT", "VERB", "VBD", "say", "O"), (".", 8, "punct", "PUNCT", ".", ".", "O")]


def test_attendees_named_conference_is_a_summit():
    doc = make(NAMED_CONFERENCE)
    ctx = SimpleNamespace(doc=doc)
    assert attendees.name_head(doc[1]).text == "Conference"
    assert attendees.summit_mention(ctx.doc, {1}) == 1  # the name's first word stands for its head, a summit noun
    assert attendees.summit_mention(ctx.doc, {4}) is None


def test_attendees_act_on_a_day_of_the_summit_is_presence():
    doc = make(LAST_DAY)
    assert rule_marks(doc).rule("presence-prep", 0) == "presence-at-gathering-part"
    assert attendees.presence_of(doc[0], "presence-prep")[0].text == "summit"


QUOTED_CONFERENCE = [("“", 2, "punct", "PUNCT", "``", "“", "O"),
                     ("Members", 2, "npadvmod", "NOUN", "NNS", "member", "O"),
                     ("act", 2, "ROOT", "VERB", "VB", "act", "O"),
                     ("at", 2, "prep", "ADP", "IN", "at", "O"),
                     ("the", 7, "det", "DET", "DT", "the", "O"),
                     ("Baltic", 6, "compound", "PROPN", "NNP", "Baltic", "B-EVENT"),
                     ("Security", 7, "compound", "PROPN", "NNP", "Security", "I-EVENT"),
                     ("Conference", 3, "pobj", "PROPN", "NNP", "Conference", "I-EVENT"),
                     ("!", 2, "punct", "PUNCT", ".", "!", "O"),
                     ("”", 2, "punct", "PUNCT", "''", "”", "O")]


def test_attendees_conference_named_in_a_quotation_is_no_summit_report():
    doc = make(QUOTED_CONFERENCE)
    assert attendees.summit_mention(doc, {5}) is None


EMPHATIC = [("Holm", 1, "nsubj", "PROPN", "NNP", "Holm", "B-PERSON"),
            ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
            ("Ruiz", 1, "dobj", "PROPN", "NNP", "Ruiz", "B-PERSON"),
            (".", 1, "punct", "PUNCT", ".", ".", "O"),
            ("Holm", 5, "nsubj", "PROPN", "NNP", "Holm", "B-PERSON"),
            ("praised", 5, "ROOT", "VERB", "VBD", "praise", "O"),
            ("a", 7, "det", "DET", "DT", "a", "O"),
            ("meeting", 5, "dobj", "NOUN", "NN", "meeting", "O"),
            ("between", 7, "prep", "ADP", "IN", "between", "O"),
            ("Ruiz", 8, "pobj", "PROPN", "NNP", "Ruiz", "B-PERSON"),
            ("and", 9, "cc", "CCONJ", "CC", "and", "O"),
            ("Berg", 9, "conj", "PROPN", "NNP", "Berg", "B-PERSON"),
            ("himself", 11, "appos", "PRON", "PRP", "himself", "O"),
            (".", 5, "punct", "PUNCT", ".", ".", "O")]


def test_participants_emphatic_reflexive_adds_no_one(actors):
    doc = make(EMPHATIC)
    assert sorted(map(sorted, meetings(doc, actors))) == [["Berg", "Ruiz"], ["Holm", "Ruiz"]]


# "The summit opened. Holm met Ruiz. Berg chaired the summit. Dahl told the summit."
SUMMIT_BESIDE = [("The", 1, "det", "DET", "DT", "the", "O"), ("summit", 2, "nsubj", "NOUN", "NN", "summit", "O"),
                 ("opened", 2, "ROOT", "VERB", "VBD", "open", "O"), (".", 2, "punct", "PUNCT", ".", ".", "O"),
                 ("Holm", 5, "nsubj", "PROPN", "NNP", "Holm", "B-PERSON"),
                 ("met", 5, "ROOT", "VERB", "VBD", "meet", "O"),
                 ("Ruiz", 5, "dobj", "PROPN", "NNP", "Ruiz", "B-PERSON"), (".", 5, "punct", "PUNCT", ".", ".", "O")] + [
    row for name, verb, lemma, at in (("Berg", "chaired", "chair", 8), ("Dahl", "told", "tell", 13)) for row in (
        (name, at + 1, "nsubj", "PROPN", "NNP", name, "B-PERSON"), (verb, at + 1, "ROOT", "VERB", "VBD", lemma, "O"),
        ("the", at + 3, "det", "DET", "DT", "the", "O"), ("summit", at + 1, "dobj", "NOUN", "NN", "summit", "O"),
        (".", at + 1, "punct", "PUNCT", ".", ".", "O"))]


def test_attendees_summit_reported_before_a_meeting_is_a_gathering_of_its_own(actors):
    doc = make(SUMMIT_BESIDE)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    assert attendees.present(ctx, {5}) == []  # "the summit" is not Holm's meeting with Ruiz
    assert [ctx.person(e).name for e in attendees.present(ctx, {1})] == ["Berg", "Dahl"]
    meeting = EventFact("e1", "meeting", (ctx.person(0), ctx.person(1)), ctx.evidence(5, 6, "event:m-meet"))
    events, anchors = summit_beside.with_summit(ctx, [meeting], {"e1": [5]})
    assert [[p.name for p in e.participants] for e in events] == [["Holm", "Ruiz"], ["Berg", "Dahl"]]
    assert anchors["e2"] == [1, 11, 16]
    alone = doc[8:13].as_doc()  # "Berg chaired the summit." beside no other event: one person makes no summit
    ctx = context.build_context(alone, Article("t", alone.text), actors)
    assert summit_beside.with_summit(ctx, [meeting], {"e1": []})[0] == [meeting]


# "The summit opened. Holm met Ruiz on the sidelines of the summit. Berg chaired the summit."
SUMMIT_SIDELINES = [("The", 1, "det", "DET", "DT", "the", "O"), ("summit", 2, "nsubj", "NOUN", "NN", "summit", "O"),
                    ("opened", 2, "ROOT", "VERB", "VBD", "open", "O"), (".", 2, "punct", "PUNCT", ".", ".", "O"),
                    ("Holm", 5, "nsubj", "PROPN", "NNP", "Holm", "B-PERSON"),
                    ("met", 5, "ROOT", "VERB", "VBD", "meet", "O"),
                    ("Ruiz", 5, "dobj", "PROPN", "NNP", "Ruiz", "B-PERSON"), ("on", 5, "prep", "ADP", "IN", "on", "O"),
                    ("the", 9, "det", "DET", "DT", "the", "O"), ("sidelines", 7, "pobj", "NOUN", "NNS", "sideline", "O"),
                    ("of", 9, "prep", "ADP", "IN", "of", "O"), ("the", 12, "det", "DET", "DT", "the", "O"),
                    ("summit", 10, "pobj", "NOUN", "NN", "summit", "O"), (".", 5, "punct", "PUNCT", ".", ".", "O"),
                    ("Berg", 15, "nsubj", "PROPN", "NNP", "Berg", "B-PERSON"),
                    ("chaired", 15, "ROOT", "VERB", "VBD", "chair", "O"), ("the", 17, "det", "DET", "DT", "the", "O"),
                    ("summit", 15, "dobj", "NOUN", "NN", "summit", "O"), (".", 15, "punct", "PUNCT", ".", ".", "O")]


def test_attendees_meeting_on_the_sidelines_of_the_summit_attends_it(actors):
    doc = make(SUMMIT_SIDELINES)
    assert rule_marks(doc).rule("presence-prep", 7) == "presence-at-gathering-part"
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    meeting = EventFact("e1", "meeting", (ctx.person(0), ctx.person(1)), ctx.evidence(5, 6, "event:m-meet"))
    events, _ = summit_beside.with_summit(ctx, [meeting], {"e1": [5]})
    assert [sorted(p.name for p in e.participants) for e in events] == [["Holm", "Ruiz"], ["Berg", "Holm", "Ruiz"]]
    alone = doc[:14].as_doc()  # the side meeting alone: no summit of its own with no one else there
    ctx = context.build_context(alone, Article("t", alone.text), actors)
    meeting = EventFact("e1", "meeting", (ctx.person(0), ctx.person(1)), ctx.evidence(5, 6, "event:m-meet"))
    assert summit_beside.with_summit(ctx, [meeting], {"e1": [5]})[0] == [meeting]


def test_attendees_meeting_at_the_summit_joins_the_list_of_its_hosts(actors):
    doc = make(SUMMIT_SIDELINES)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    hosts = EventFact("e1", "join", (ctx.person(2),), ctx.evidence(15, 16, "event:m-attend"))  # "Berg chaired the summit"
    meeting = EventFact("e2", "meeting", (ctx.person(0), ctx.person(1)), ctx.evidence(5, 6, "event:m-meet"))
    events, anchors = summit_beside.with_summit(ctx, [hosts, meeting], {"e1": [15], "e2": [5]})
    assert [sorted(p.name for p in e.participants) for e in events] == [["Berg", "Holm", "Ruiz"], ["Holm", "Ruiz"]]
    assert events[0].evidence.rule == "event:m-attend+summit" and 12 in anchors["e1"]

"""Rules for sides met separately and then together, two subjects who met separately, meals had with a partner on
the light verb "have", and the chair of talks in an article of several events, on Docs built by hand (words, heads,
deps, POS, tags, lemmas, entities), so a failure here is the rule's, never the statistical model's. Sentences are
written for these tests."""

from __future__ import annotations

from handdocs import make

from kg.extract import context, occasions, triggers
from kg.extract.attendees import with_attendees
from kg.extract.events import assemble
from kg.extract.rulematch import rule_marks
from kg.extract.unnamed_talks import later_plans
from kg.model import Article, EventFact


def meetings(doc, actors):
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    events, anchors = assemble(ctx)
    events, _ = with_attendees(ctx, (), events, anchors)
    named = [t.text for t in doc if t.ent_type_ == "PERSON"]
    return [sorted(next(w for w in named if w in p.name) for p in e.participants) for e in events if e.is_meeting]


# "Dlamini met Phiri and Moyo separately, and then together."
THEN_TOGETHER = [("Dlamini", 1, "nsubj", "PROPN", "NNP", "Dlamini", "B-PERSON"),
                 ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
                 ("Phiri", 1, "dobj", "PROPN", "NNP", "Phiri", "B-PERSON"),
                 ("and", 2, "cc", "CCONJ", "CC", "and", "O"),
                 ("Moyo", 2, "conj", "PROPN", "NNP", "Moyo", "B-PERSON"),
                 ("separately", 1, "advmod", "ADV", "RB", "separately", "O"),
                 (",", 1, "punct", "PUNCT", ",", ",", "O"),
                 ("and", 5, "cc", "CCONJ", "CC", "and", "O"),
                 ("then", 9, "advmod", "ADV", "RB", "then", "O"),
                 ("together", 5, "conj", "ADV", "RB", "together", "O"),
                 (".", 1, "punct", "PUNCT", ".", ".", "O")]

# "Dlamini met Phiri and Moyo separately before travelling together."
TRAVELLING_TOGETHER = THEN_TOGETHER[:6] + [("before", 1, "prep", "ADP", "IN", "before", "O"),
                                           ("travelling", 6, "pcomp", "VERB", "VBG", "travel", "O"),
                                           ("together", 7, "advmod", "ADV", "RB", "together", "O"),
                                           (".", 1, "punct", "PUNCT", ".", ".", "O")]

# "Mehta and Zhou met separately."
SUBJECTS_SEPARATELY = [("Mehta", 3, "nsubj", "PROPN", "NNP", "Mehta", "B-PERSON"),
                       ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
                       ("Zhou", 0, "conj", "PROPN", "NNP", "Zhou", "B-PERSON"),
                       ("met", 3, "ROOT", "VERB", "VBD", "meet", "O"),
                       ("separately", 3, "advmod", "ADV", "RB", "separately", "O"),
                       (".", 3, "punct", "PUNCT", ".", ".", "O")]

# "Mehta and Zhou met separately with reporters."
WITH_REPORTERS = SUBJECTS_SEPARATELY[:5] + [("with", 3, "prep", "ADP", "IN", "with", "O"),
                                            ("reporters", 5, "pobj", "NOUN", "NNS", "reporter", "O"),
                                            (".", 3, "punct", "PUNCT", ".", ".", "O")]

# "Soto had lunch on Wednesday with Quispe."
HAD_LUNCH = [("Soto", 1, "nsubj", "PROPN", "NNP", "Soto", "B-PERSON"), ("had", 1, "ROOT", "VERB", "VBD", "have", "O"),
             ("lunch", 1, "dobj", "NOUN", "NN", "lunch", "O"), ("on", 1, "prep", "ADP", "IN", "on", "O"),
             ("Wednesday", 3, "pobj", "PROPN", "NNP", "Wednesday", "B-DATE"),
             ("with", 1, "prep", "ADP", "IN", "with", "O"), ("Quispe", 5, "pobj", "PROPN", "NNP", "Quispe", "B-PERSON"),
             (".", 1, "punct", "PUNCT", ".", ".", "O")]

# "Soto had a son with Quispe."
HAD_SON = [("Soto", 1, "nsubj", "PROPN", "NNP", "Soto", "B-PERSON"), ("had", 1, "ROOT", "VERB", "VBD", "have", "O"),
           ("a", 3, "det", "DET", "DT", "a", "O"), ("son", 1, "dobj", "NOUN", "NN", "son", "O"),
           ("with", 1, "prep", "ADP", "IN", "with", "O"), ("Quispe", 4, "pobj", "PROPN", "NNP", "Quispe", "B-PERSON"),
           (".", 1, "punct", "PUNCT", ".", ".", "O")]


def test_occasions_together_after_separate_meetings():
    doc = make(THEN_TOGETHER)
    assert rule_marks(doc).rule("then-together", 9) == "g-separate-then-together"
    assert occasions.separately(doc[1]) and occasions.together_after(doc[1])
    travelling = make(TRAVELLING_TOGETHER)
    assert occasions.separately(travelling[1]) and not occasions.together_after(travelling[1])


def test_events_separately_then_together_gives_every_pair(actors):
    assert sorted(meetings(make(THEN_TOGETHER), actors)) == [["Dlamini", "Moyo"], ["Dlamini", "Moyo", "Phiri"],
                                                             ["Dlamini", "Phiri"]]
    assert sorted(meetings(make(TRAVELLING_TOGETHER), actors)) == [["Dlamini", "Moyo"], ["Dlamini", "Phiri"]]


def test_occasions_partnerless_subjects_met_each_other(actors):
    doc, reporters = make(SUBJECTS_SEPARATELY), make(WITH_REPORTERS)
    assert occasions.partnerless(doc[3]) and not occasions.partnerless(reporters[3])
    assert meetings(doc, actors) == [["Mehta", "Zhou"]]
    assert meetings(reporters, actors) == []


def test_triggers_have_takes_a_meeting_noun_only(actors):
    lunch, son = make(HAD_LUNCH), make(HAD_SON)
    assert triggers.meeting_row(lunch[1])["id"] == "m-have" and triggers.light_verb_object(lunch[2])
    assert triggers.meeting_row(son[1]) is None
    assert meetings(lunch, actors) == [["Quispe", "Soto"]]
    assert meetings(son, actors) == []


def _event(eid: str, kind: str) -> EventFact:
    return EventFact(id=eid, kind=kind, participants=(), evidence=None)  # type: ignore[arg-type]


def test_unnamed_talks_later_plans_only_after_the_gathering():
    anchors = {"e1": [30], "e2": [5]}
    assert later_plans([_event("e1", "intent")], anchors, 10)
    assert not later_plans([_event("e2", "intent")], anchors, 10)  # a plan before the gathering
    assert not later_plans([_event("e1", "meeting")], anchors, 10)  # another held meeting

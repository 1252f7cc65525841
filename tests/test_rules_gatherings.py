"""Gatherings in news reports on Docs built by hand (words, heads, deps, POS, tags, lemmas, entities), so a failure
here is the rule's, never the statistical model's: one "talk" with several partners is one conversation with each,
the person an inauguration installs takes part in it, and a speaker whose act a setting of his own puts elsewhere is
not at the summit; a recalled first meeting is no meeting; "X was in attendance along with A and B" lists all three.
Sentences are written for these tests."""

from __future__ import annotations

import pytest
from test_rules_news_meetings import make, meetings

from kg.extract import context
from kg.extract.attendees import with_attendees
from kg.extract.events import assemble
from kg.model import Article

P, O = "B-PERSON", "O"


def attended(doc, actors):
    """The surnames of each meeting after the report's one gathering takes those present (no roles known)."""
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    events, _ = with_attendees(ctx, (), *assemble(ctx))
    return [sorted(p.name.split()[-1] for p in e.participants) for e in events if e.is_meeting]


@pytest.mark.parametrize("noun, tag, pairs", [
    ("talk", "NN", [["Berg", "Holm"], ["Holm", "Ruiz"]]),  # one talk with each (separate-talk-partners)
    ("talks", "NNS", [["Berg", "Holm", "Ruiz"]]),  # held talks with both: one meeting of the three
])
def test_occasions_one_talk_with_several_partners_is_one_per_partner(actors, noun, tag, pairs):
    """"Holm's talk with Ruiz and Berg": Holm talked with each; Ruiz and Berg did not meet."""
    rows = [("Holm", 2, "poss", "PROPN", "NNP", "Holm", P), ("'s", 0, "case", "PART", "POS", "'s", O),
            (noun, 2, "ROOT", "NOUN", tag, "talk", O), ("with", 2, "prep", "ADP", "IN", "with", O),
            ("Ruiz", 3, "pobj", "PROPN", "NNP", "Ruiz", P), ("and", 4, "cc", "CCONJ", "CC", "and", O),
            ("Berg", 4, "conj", "PROPN", "NNP", "Berg", P), (".", 2, "punct", "PUNCT", ".", ".", O)]
    assert sorted(meetings(make(rows), actors)) == pairs


def _inauguration(subject_verb):
    """"Ruiz was inaugurated. The inauguration was attended by Holm and Berg." with the first verb given."""
    return [("Ruiz", 2, "nsubjpass", "PROPN", "NNP", "Ruiz", P), ("was", 2, "auxpass", "AUX", "VBD", "be", O),
            (subject_verb, 2, "ROOT", "VERB", "VBN", subject_verb.removesuffix("d"), O),
            (".", 2, "punct", "PUNCT", ".", ".", O),
            ("The", 5, "det", "DET", "DT", "the", O), ("inauguration", 7, "nsubjpass", "NOUN", "NN", "inauguration", O),
            ("was", 7, "auxpass", "AUX", "VBD", "be", O), ("attended", 7, "ROOT", "VERB", "VBN", "attend", O),
            ("by", 7, "agent", "ADP", "IN", "by", O), ("Holm", 8, "pobj", "PROPN", "NNP", "Holm", P),
            ("and", 9, "cc", "CCONJ", "CC", "and", O), ("Berg", 9, "conj", "PROPN", "NNP", "Berg", P),
            (".", 7, "punct", "PUNCT", ".", ".", O)]


@pytest.mark.parametrize("verb, pairs", [
    ("inaugurated", [["Berg", "Holm", "Ruiz"]]),  # the person installed takes part (honoree-verbs)
    ("criticised", [["Berg", "Holm"]]),  # someone criticised is not the one installed
])
def test_attendees_the_person_an_inauguration_installs_takes_part(actors, verb, pairs):
    assert attended(make(_inauguration(verb)), actors) == pairs


def test_attendees_a_sworn_in_participle_names_the_copula_attribute(actors):
    """"Her deputy, also sworn in, is Ruiz": the participle describes the subject of "is", whose attribute names
    the person sworn in."""
    rows = [("Her", 1, "poss", "PRON", "PRP$", "her", O), ("deputy", 5, "nsubj", "NOUN", "NN", "deputy", O),
            (",", 1, "punct", "PUNCT", ",", ",", O), ("sworn", 1, "acl", "VERB", "VBN", "swear", O),
            ("in", 3, "prt", "ADP", "RP", "in", O), ("is", 5, "ROOT", "AUX", "VBZ", "be", O),
            ("Ruiz", 5, "attr", "PROPN", "NNP", "Ruiz", P), (".", 5, "punct", "PUNCT", ".", ".", O)]
    inaugurated = _inauguration("inaugurated")
    tail = [(w, h - 4 + len(rows), *rest) for w, h, *rest in inaugurated[4:]]
    doc = make(rows + tail)
    assert attended(doc, actors) == [["Berg", "Holm", "Ruiz"]]


@pytest.mark.parametrize("noun, elsewhere", [("testimony", True), ("interview", True), ("summit", False)])
def test_attendees_a_speaker_in_a_setting_of_his_own_is_elsewhere(noun, elsewhere):
    """"In testimony to Congress, Ruiz agreed" (own-setting-nouns) puts Ruiz's act elsewhere than at the summit of a
    summit report; "At the summit, Ruiz agreed" does not."""
    from kg.extract.attendees import _elsewhere

    rows = [("In", 3, "prep", "ADP", "IN", "in", O), (noun, 0, "pobj", "NOUN", "NN", noun, O),
            ("Ruiz", 3, "nsubj", "PROPN", "NNP", "Ruiz", P), ("agreed", 3, "ROOT", "VERB", "VBD", "agree", O),
            (".", 3, "punct", "PUNCT", ".", ".", O)]
    assert _elsewhere(make(rows)[2]) is elsewhere


@pytest.mark.parametrize("verb, lemma, meeting", [("recalled", "recall", False), ("held", "hold", True)])
def test_triggers_a_recalled_first_meeting_is_no_meeting(verb, lemma, meeting):
    """"Ruiz recalled their first meeting" (meeting-recalled): how two people got to know each other, no meeting
    the article reports; "Ruiz held their first meeting" is one."""
    from kg.extract import triggers

    rows = [("Ruiz", 1, "nsubj", "PROPN", "NNP", "Ruiz", P), (verb, 1, "ROOT", "VERB", "VBD", lemma, O),
            ("their", 4, "poss", "PRON", "PRP$", "their", O), ("first", 4, "amod", "ADJ", "JJ", "first", O),
            ("meeting", 1, "dobj", "NOUN", "NN", "meeting", O), (".", 1, "punct", "PUNCT", ".", ".", O)]
    assert (triggers.meeting_row(make(rows)[4]) is not None) is meeting


def _in_attendance_along_with(subject):
    """"<subject> Ruiz was in attendance along with Holm and Lynn's Senator Berg."""
    return [(subject, 1, "compound", "NOUN", "NN", subject.lower(), O), ("Ruiz", 2, "nsubj", "PROPN", "NNP", "Ruiz", P),
            ("was", 2, "ROOT", "AUX", "VBD", "be", O), ("in", 2, "prep", "ADP", "IN", "in", O),
            ("attendance", 3, "pobj", "NOUN", "NN", "attendance", O), ("along", 4, "prep", "ADP", "IN", "along", O),
            ("with", 5, "prep", "ADP", "IN", "with", O), ("Holm", 6, "pobj", "PROPN", "NNP", "Holm", P),
            ("and", 7, "cc", "CCONJ", "CC", "and", O), ("Lynn", 12, "poss", "PROPN", "NNP", "Lynn", P),
            ("'s", 9, "case", "PART", "POS", "'s", O), ("Senator", 12, "compound", "PROPN", "NNP", "Senator", O),
            ("Berg", 7, "conj", "PROPN", "NNP", "Berg", P), (".", 2, "punct", "PUNCT", ".", ".", O)]


@pytest.mark.parametrize("subject, listed", [("Senator", ["Berg", "Holm", "Ruiz"]), ("Reporter", ["Berg", "Holm"])])
def test_participants_in_attendance_along_with(actors, subject, listed):
    """"X was in attendance along with A and B": X, A and B attended (not X when the press, a MED noun of ``agents.tsv``; not
    "Lynn" whose senator B is)."""
    from kg.extract.attendance import attendance

    doc = make(_in_attendance_along_with(subject))
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    assert sorted(ctx.person(e).name.split()[-1] for e in attendance(ctx, doc[2])) == listed

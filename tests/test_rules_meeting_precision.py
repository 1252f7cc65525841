"""Rules that keep persons merely mentioned near a gathering out of it, and meeting verbs told in one sentence, on Docs
built by hand so a failure is the rule's, never the model's: a country's act or a speech by phone ends or skips a
gathering's speakers (kg.extract.gathering_speakers), staying away from a summit (``absence-words``,
kg.extract.attendees), "not present at the talks", a boycotted gathering (``neg-head``), a funeral attended by
persons (``attended-occasion-passive``), and "had an audience with Y" (the partner word on the light verb's noun,
kg.extract.triggers.classify), and the sides unnamed members come "from" (kg.extract.nonparticipants). Sentences are
written for these tests."""

from __future__ import annotations

import pytest
from handdocs import make

from kg.extract import attendees, context, nonparticipants, triggers
from kg.extract.gathering_speakers import gathering_speakers
from kg.extract.rulematch import rule_marks
from kg.model import Article

NO = "O"


def _hearing(middle):
    """"At the hearing , Lind said . <middle> Berg testified ." (``middle``: rows of one sentence, heads relative
    to its start, or nothing)."""
    first = [("At", 5, "prep", "ADP", "IN", "at", NO), ("the", 2, "det", "DET", "DT", "the", NO),
             ("hearing", 0, "pobj", "NOUN", "NN", "hearing", NO), (",", 5, "punct", "PUNCT", ",", ",", NO),
             ("Lind", 5, "nsubj", "PROPN", "NNP", "Lind", "B-PERSON"), ("said", 5, "ROOT", "VERB", "VBD", "say", NO),
             (".", 5, "punct", "PUNCT", ".", ".", NO)]
    mid = [(w, 7 + h, d, p, t, lem, e) for w, h, d, p, t, lem, e in middle]
    k = 7 + len(middle)
    return first + mid + [("Berg", k + 1, "nsubj", "PROPN", "NNP", "Berg", "B-PERSON"),
                          ("testified", k + 1, "ROOT", "VERB", "VBD", "testify", NO),
                          (".", k + 1, "punct", "PUNCT", ".", ".", NO)]


COUNTRY = [("Egypt", 1, "nsubj", "PROPN", "NNP", "Egypt", "B-GPE"),
           ("objected", 1, "ROOT", "VERB", "VBD", "object", NO),
           (".", 1, "punct", "PUNCT", ".", ".", NO)]
PANEL = [("The", 1, "det", "DET", "DT", "the", NO), ("panel", 2, "nsubj", "NOUN", "NN", "panel", NO),
         ("objected", 2, "ROOT", "VERB", "VBD", "object", NO), (".", 2, "punct", "PUNCT", ".", ".", NO)]


def _speakers(actors, rows):
    doc = make(rows)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    return [sorted(ctx.person(e).name for e in listed) for _, listed in gathering_speakers(ctx)]


@pytest.mark.parametrize("middle, expected", [
    ([], [["Berg", "Lind"]]),
    (PANEL, [["Berg", "Lind"]]),  # "The panel objected.": still at the hearing
    (COUNTRY, []),  # "Egypt objected.": a country's act, the text has left the hearing
])
def test_gathering_speakers_end_at_a_country_act(actors, middle, expected):
    assert _speakers(actors, _hearing(middle)) == expected


def test_gathering_speakers_skip_a_speaker_by_phone(actors):
    """"At the hearing, Lind said. Berg spoke by phone.": a call, not a speaker at the hearing."""
    rows = _hearing([])[:7] + [("Berg", 8, "nsubj", "PROPN", "NNP", "Berg", "B-PERSON"),
                               ("spoke", 8, "ROOT", "VERB", "VBD", "speak", NO),
                               ("by", 8, "prep", "ADP", "IN", "by", NO),
                               ("phone", 9, "pobj", "NOUN", "NN", "phone", NO),
                               (".", 8, "punct", "PUNCT", ".", ".", NO)]
    assert _speakers(actors, rows) == []
    rows[9:11] = [("there", 8, "advmod", "ADV", "RB", "there", NO), ("again", 8, "advmod", "ADV", "RB", "again", NO)]
    assert _speakers(actors, rows) == [["Berg", "Lind"]]


def _subject_of(verb, lemma, extra):
    """"Lind <verb> <extra> ." with Lind the subject."""
    return make([("Lind", 1, "nsubj", "PROPN", "NNP", "Lind", "B-PERSON"), (verb, 1, "ROOT", "VERB", "VBD", lemma, NO)]
                + [(w, 1, d, p, t, lem, NO) for w, d, p, t, lem in extra] + [(".", 1, "punct", "PUNCT", ".", ".", NO)])


@pytest.mark.parametrize("verb, lemma, extra, absent", [
    ("boycotted", "boycott", [], True),
    ("stayed", "stay", [("away", "advmod", "ADV", "RB", "away")], True),
    ("was", "be", [("absent", "acomp", "ADJ", "JJ", "absent")], True),
    ("spoke", "speak", [], False),
    ("stayed", "stay", [("late", "advmod", "ADV", "RB", "late")], False),
    ("was", "be", [("present", "acomp", "ADJ", "JJ", "present")], False),
])
def test_attendees_absent_subject(verb, lemma, extra, absent):
    assert attendees._absent(_subject_of(verb, lemma, extra)[0]) is absent


def test_attendees_not_present_is_negated():
    """"Lind was not present": the copula's complement is negated with it."""
    doc = make([("Lind", 1, "nsubj", "PROPN", "NNP", "Lind", "B-PERSON"), ("was", 1, "ROOT", "AUX", "VBD", "be", NO),
                ("not", 1, "neg", "PART", "RB", "not", NO), ("present", 1, "acomp", "ADJ", "JJ", "present", NO),
                (".", 1, "punct", "PUNCT", ".", ".", NO)])
    assert attendees._negated_act(doc[3])
    doc = make([("Lind", 1, "nsubj", "PROPN", "NNP", "Lind", "B-PERSON"), ("was", 1, "ROOT", "AUX", "VBD", "be", NO),
                ("also", 1, "advmod", "ADV", "RB", "also", NO), ("present", 1, "acomp", "ADJ", "JJ", "present", NO),
                (".", 1, "punct", "PUNCT", ".", ".", NO)])
    assert not attendees._negated_act(doc[3])


@pytest.mark.parametrize("lemma, negated", [("boycott", True), ("skip", True), ("attend", False)])
def test_triggers_boycotted_talks_are_negated(lemma, negated):
    """"Lind boycotted the talks": the talks are no meeting of his."""
    doc = make([("Lind", 1, "nsubj", "PROPN", "NNP", "Lind", "B-PERSON"), ("did", 1, "ROOT", "VERB", "VBD", lemma, NO),
                ("the", 3, "det", "DET", "DT", "the", NO), ("talks", 1, "dobj", "NOUN", "NNS", "talk", NO),
                (".", 1, "punct", "PUNCT", ".", ".", NO)])
    assert triggers.negated(doc[3]) is negated


@pytest.mark.parametrize("occasion, lemma, everyday", [("funeral", "funeral", True), ("match", "match", True),
                                                       ("talks", "talk", False), ("ceremony", "ceremony", False)])
def test_rules_attended_occasion_passive(occasion, lemma, everyday):
    """"The funeral was attended by Lind": no meeting of those there; "The talks were attended by Lind" is one."""
    doc = make([("The", 1, "det", "DET", "DT", "the", NO), (occasion, 3, "nsubjpass", "NOUN", "NN", lemma, NO),
                ("was", 3, "auxpass", "AUX", "VBD", "be", NO), ("attended", 3, "ROOT", "VERB", "VBN", "attend", NO),
                ("by", 3, "agent", "ADP", "IN", "by", NO), ("Lind", 4, "pobj", "PROPN", "NNP", "Lind", "B-PERSON"),
                (".", 3, "punct", "PUNCT", ".", ".", NO)])
    assert rule_marks(doc).has("everyday-meet", 3) is everyday


def _audience(with_partner):
    """"Mensah had an audience (with Okafor) ." """
    rows = [("Mensah", 1, "nsubj", "PROPN", "NNP", "Mensah", "B-PERSON"), ("had", 1, "ROOT", "VERB", "VBD", "have", NO),
            ("an", 3, "det", "DET", "DT", "an", NO), ("audience", 1, "dobj", "NOUN", "NN", "audience", NO)]
    if with_partner:
        rows += [("with", 3, "prep", "ADP", "IN", "with", NO),
                 ("Okafor", 4, "pobj", "PROPN", "NNP", "Okafor", "B-PERSON")]
    return make(rows + [(".", 1, "punct", "PUNCT", ".", ".", NO)])


@pytest.mark.parametrize("with_partner, kind", [(True, "meeting"), (False, None)])
def test_triggers_light_verb_noun_partner(with_partner, kind):
    """The partner word of "an audience with Y" hangs on the noun the light verb "had" takes."""
    doc = _audience(with_partner)
    row = triggers.meeting_row(doc[3])
    assert row is not None and triggers.classify(doc[1], row) == kind


@pytest.mark.parametrize("noun, members", [("Politicians", True), ("Officials", True), ("Leaders", False)])
def test_nonparticipants_members_from_sides(noun, members):
    """"Politicians from both sides met": the sides unnamed members come from are not met; "Leaders from both
    sides met" are the sides' leaders."""
    doc = make([(noun, 4, "nsubj", "NOUN", "NNS", noun.lower(), NO), ("from", 0, "prep", "ADP", "IN", "from", NO),
                ("both", 3, "det", "DET", "DT", "both", NO), ("sides", 1, "pobj", "NOUN", "NNS", "side", NO),
                ("met", 4, "ROOT", "VERB", "VBD", "meet", NO), (".", 4, "punct", "PUNCT", ".", ".", NO)])
    assert nonparticipants.members_from(doc[3]) is members

"""Joins, leaders of talks, occasions and negation in ordinary news reports, on Docs built by hand (words, heads,
deps, POS, tags, lemmas, entities), so a failure here is the rule's, never the statistical model's: a join verb that
joins no gathering reports no meeting (``joins.lone_join``), the leader or mediator of meetings takes part in them
(``talks-mediated-by``, ``talks-mediated-active``, ``talks-mediated-passive``), attending a school or a rally is no
meeting (``attend-occasion``), and "not once" negates its verb (``neg-not-once``). Sentences are written for these
tests."""

from __future__ import annotations

from test_rules_news_meetings import make, meetings

from kg.extract import triggers
from kg.extract.rulematch import rule_marks


def _joined_at(place: str) -> list[tuple]:
    """"Dahl was joined by Ilves at the <place>"."""
    return [("Dahl", 2, "nsubjpass", "PROPN", "NNP", "Dahl", "B-PERSON"), ("was", 2, "auxpass", "AUX", "VBD", "be", "O"),
            ("joined", 2, "ROOT", "VERB", "VBN", "join", "O"), ("by", 2, "agent", "ADP", "IN", "by", "O"),
            ("Ilves", 3, "pobj", "PROPN", "NNP", "Ilves", "B-PERSON"), ("at", 2, "prep", "ADP", "IN", "at", "O"),
            ("the", 7, "det", "DET", "DT", "the", "O"), (place, 5, "pobj", "NOUN", "NN", place, "O")]


def test_joins_lone_join_without_a_gathering_is_no_meeting(actors):
    """"X was joined by Y at the finish line" joins no gathering and no event before: no meeting; "X was joined
    by Y at the summit" joins one."""
    assert meetings(make(_joined_at("line")), actors) == []
    assert meetings(make(_joined_at("summit")), actors) == [["Dahl", "Ilves"]]


def test_joins_lone_join_after_a_gathering_in_the_sentence_before_is_a_meeting(actors):
    """"The council held its meeting. X was joined by Y": the gathering named just before is what they joined."""
    before = [("The", 1, "det", "DET", "DT", "the", "O"), ("council", 2, "nsubj", "NOUN", "NN", "council", "O"),
              ("held", 2, "ROOT", "VERB", "VBD", "hold", "O"), ("its", 4, "poss", "PRON", "PRP$", "its", "O"),
              ("meeting", 2, "dobj", "NOUN", "NN", "meeting", "O"), (".", 2, "punct", "PUNCT", ".", ".", "O")]
    joined = [(w, h + len(before), d, p, t, lem, e) for w, h, d, p, t, lem, e in _joined_at("line")]
    doc = make(before + joined)
    assert meetings(doc, actors) == [["Dahl", "Ilves"]]


def test_rulematch_meetings_led_by_marks_the_agent():
    """"in meetings led by X": the leader of the meetings takes part in them (``talks-mediated-by``), as the chair
    of a meeting does; "a company led by X" is no meeting's."""
    rows = [("in", 0, "ROOT", "ADP", "IN", "in", "O"), ("meetings", 0, "pobj", "NOUN", "NNS", "meeting", "O"),
            ("led", 1, "acl", "VERB", "VBN", "lead", "O"), ("by", 2, "agent", "ADP", "IN", "by", "O"),
            ("Dahl", 3, "pobj", "PROPN", "NNP", "Dahl", "B-PERSON")]
    assert rule_marks(make(rows)).rule("delegation-leader", 3) == "talks-mediated-by"
    rows[1] = ("company", 0, "pobj", "NOUN", "NN", "company", "O")
    assert not rule_marks(make(rows)).has("delegation-leader", 3)


def _mediated(passive: bool) -> list[tuple]:
    """"Dahl mediated the talks between Ilves and Berg"; passive: "the talks between Ilves and Berg were mediated
    by Dahl"."""
    def between(talks: int) -> list[tuple]:  # "between Ilves and Berg" after the talks at ``talks``
        return [("between", talks, "prep", "ADP", "IN", "between", "O"),
                ("Ilves", talks + 1, "pobj", "PROPN", "NNP", "Ilves", "B-PERSON"),
                ("and", talks + 2, "cc", "CCONJ", "CC", "and", "O"),
                ("Berg", talks + 2, "conj", "PROPN", "NNP", "Berg", "B-PERSON")]
    if passive:
        return [("the", 1, "det", "DET", "DT", "the", "O"), ("talks", 7, "nsubjpass", "NOUN", "NNS", "talk", "O"),
                *between(1), ("were", 7, "auxpass", "AUX", "VBD", "be", "O"),
                ("mediated", 7, "ROOT", "VERB", "VBN", "mediate", "O"), ("by", 7, "agent", "ADP", "IN", "by", "O"),
                ("Dahl", 8, "pobj", "PROPN", "NNP", "Dahl", "B-PERSON")]
    return [("Dahl", 1, "nsubj", "PROPN", "NNP", "Dahl", "B-PERSON"),
            ("mediated", 1, "ROOT", "VERB", "VBD", "mediate", "O"), ("the", 3, "det", "DET", "DT", "the", "O"),
            ("talks", 1, "dobj", "NOUN", "NNS", "talk", "O"), *between(3)]


def test_participants_mediator_of_the_talks_own_clause_takes_part(actors):
    """"Dahl mediated the talks between Ilves and Berg" (``talks-mediated-active``) and "the talks between Ilves and
    Berg were mediated by Dahl" (``talks-mediated-passive``): the mediator takes part with the two sides, as in
    "talks mediated by Dahl" (``talks-mediated-by``)."""
    active, passive = make(_mediated(False)), make(_mediated(True))
    assert rule_marks(active).rule("mediator-subject", 0) == "talks-mediated-active"
    assert rule_marks(passive).rule("mediator-subject", 8) == "talks-mediated-passive"
    assert [sorted(m) for m in meetings(active, actors)] == [["Berg", "Dahl", "Ilves"]]
    assert [sorted(m) for m in meetings(passive, actors)] == [["Berg", "Dahl", "Ilves"]]


def test_triggers_attending_a_school_or_a_rally_is_no_meeting():
    """"X attended the school with Y", "X attended the rally" (``attend-occasion``): no meeting; "X attended the
    summit" is one."""
    rows = [("Dahl", 1, "nsubj", "PROPN", "NNP", "Dahl", "B-PERSON"), ("attended", 1, "ROOT", "VERB", "VBD", "attend", "O"),
            ("the", 3, "det", "DET", "DT", "the", "O"), ("school", 1, "dobj", "NOUN", "NN", "school", "O")]
    assert rule_marks(make(rows)).rule("everyday-meet", 1) == "attend-occasion"
    assert triggers.meeting_row(make(rows)[1]) is None
    rows[3] = ("rally", 1, "dobj", "NOUN", "NN", "rally", "O")
    assert triggers.meeting_row(make(rows)[1]) is None
    rows[3] = ("summit", 1, "dobj", "NOUN", "NN", "summit", "O")
    assert triggers.meeting_row(make(rows)[1]) is not None


def test_triggers_not_once_negates_the_verb():
    """"not once has X met Y": the parser hangs "not" on "once" and "once" on the auxiliary (``neg-not-once-aux``),
    so the meeting is negated; "X has once met Y" is not."""
    rows = [("not", 1, "neg", "PART", "RB", "not", "O"), ("once", 2, "advmod", "ADV", "RB", "once", "O"),
            ("has", 4, "aux", "AUX", "VBZ", "have", "O"), ("Dahl", 4, "nsubj", "PROPN", "NNP", "Dahl", "B-PERSON"),
            ("met", 4, "ROOT", "VERB", "VBN", "meet", "O"), ("Ilves", 4, "dobj", "PROPN", "NNP", "Ilves", "B-PERSON")]
    doc = make(rows)
    assert rule_marks(doc).rule("negation", 2) == "neg-not-once-aux"
    assert triggers.negated(doc[4])
    rows[1] = ("once", 4, "advmod", "ADV", "RB", "once", "O")  # "not" on "once", "once" on the verb
    assert rule_marks(make(rows)).rule("negation", 1) == "neg-not-once"
    assert triggers.negated(make(rows)[4])
    rows[0] = ("now", 1, "advmod", "ADV", "RB", "now", "O")
    assert not triggers.negated(make(rows)[4])

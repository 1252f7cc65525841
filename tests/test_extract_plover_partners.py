"""Targets of an act done in the course of a meeting or call (:mod:`kg.extract.plover_partners`, rule
``meeting-partner``): model-free tests on hand-built events, and (slow) sentences written for these tests, with near
misses that must keep no target or their own."""

from __future__ import annotations

import pytest
from test_extract_plover import targets_and_rules

from kg.extract.plover_partners import partnered, partners
from kg.model import Actor, Evidence, Person, PoliticalEventFact

BIDEN = Actor("Joe Biden", "US", person=Person("joe biden", "Joe Biden"))
LAPID = Actor("Yair Lapid", "IL", person=Person("yair lapid", "Yair Lapid"))
MACRON = Actor("Emmanuel Macron", "FR", person=Person("emmanuel macron", "Emmanuel Macron"))
ADVISER = Actor("adviser", "US", "GOV")


def _fact(n: int, kind: str, sources, targets=(), start: int = 0, rule: str = "x") -> PoliticalEventFact:
    return PoliticalEventFact(f"p{n}", kind, tuple(sources), tuple(targets), "asserted",
                              Evidence("t", "s", start, start, start + 5, rule))


def _meeting(n: int, sources, targets, start: int = 0) -> PoliticalEventFact:
    return _fact(n, "CONSULT", sources, targets, start, "plover:consult+event:m-speak")


def test_plover_partners_an_act_without_target_is_aimed_at_the_meeting_partner():
    call, praise = _meeting(1, [BIDEN], [LAPID]), _fact(2, "SUPPORT", [BIDEN], start=100)
    out = partnered([call, praise])
    assert [(a.label, a.rule) for a in out[1].targets] == [("Yair Lapid", "meeting-partner")]
    assert out[0] == call  # the meeting itself is unchanged
    by_partner = partnered([call, _fact(3, "AGREE", [LAPID], start=100)])
    assert [a.label for a in by_partner[1].targets] == ["Joe Biden"]  # either side of it


def test_plover_partners_near_misses_keep_their_targets_or_none():
    call = _meeting(1, [BIDEN], [LAPID])
    own = _fact(2, "SUPPORT", [BIDEN], [Actor("Ukraine", "UA")], start=100)
    assert partnered([call, own])[1] == own  # a target of its own
    other = _fact(3, "AGREE", [MACRON], start=100)
    assert partnered([call, other])[1].targets == ()  # its source took no part
    assert partnered([other]) == [other]  # no meeting in the article
    assert partnered([call, _fact(4, "SUPPORT", [], start=100)])[1].targets == ()  # no source


def test_plover_partners_nearest_meeting_and_not_a_collective_of_the_sources_country():
    first, second = _meeting(1, [BIDEN], [LAPID], start=0), _meeting(2, [BIDEN], [MACRON], start=900)
    assert [a.label for a in partners(_fact(3, "SUPPORT", [BIDEN], start=1000), [first, second])] == ["Emmanuel Macron"]
    staff = _meeting(4, [BIDEN, ADVISER], [LAPID])
    assert [a.label for a in partners(_fact(5, "SUPPORT", [BIDEN], start=50), [staff])] == ["Yair Lapid"]


# (text, PLOVER type, source label, target labels, target rules)
SENTENCES = [
    ("President Joe Biden spoke today with Prime Minister Yair Lapid of Israel to congratulate him on a historic "
     "agreement.", "SUPPORT", "Joe Biden", ["Yair Lapid"], ("meeting-partner",)),
    # near miss: an act with its own target keeps it
    ("President Joe Biden spoke today with Prime Minister Yair Lapid of Israel. The President also praised "
     "Ukraine.", "SUPPORT", "Joe Biden", ["Ukraine"], ("object",)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "source", "targets", "rules"), SENTENCES)
def test_plover_partners_sentences(facts_of, text, kind, source, targets, rules):
    found = targets_and_rules(facts_of(text), kind, source)
    assert found == [(targets, rules)], found


# (PLOVER targets) a meeting of the act's own sentence replaces the article's focus country
def test_plover_partners_same_sentence_meeting_replaces_the_focus_country():
    focus = Actor("Kenya", "KE", rule="focus")
    call = _meeting(1, [BIDEN], [LAPID], start=10)
    told = _fact(2, "SUPPORT", [BIDEN], [focus], start=10)
    assert [(a.label, a.rule) for a in partnered([call, told])[1].targets] == [("Yair Lapid", "meeting-partner")]


def test_plover_partners_focus_country_kept_near_misses():
    focus = Actor("Kenya", "KE", rule="focus")
    call = _meeting(1, [BIDEN], [LAPID], start=10)
    later = _fact(2, "SUPPORT", [BIDEN], [focus], start=200)  # another sentence
    assert partnered([call, later])[1] == later
    named = _fact(3, "SUPPORT", [BIDEN], [Actor("Ukraine", "UA", rule="clause-named")], start=10)
    assert partnered([call, named])[1] == named  # a target its clause names
    other = _fact(4, "SUPPORT", [MACRON], [focus], start=10)
    assert partnered([call, other])[1] == other  # its source took no part


SAME_SENTENCE = [  # (text, PLOVER type, source label, target labels, target rules)
    ("China and Thailand signed a trade deal in Beijing on Monday. Vice President Mike Pence, who had planned to "
     "meet Solomon Islands Prime Minister Manasseh Sogavare next week, cancelled the meeting, a U.S. official said.",
     "REJECT", "Mike Pence", ["Manasseh Sogavare"], ("meeting-partner",)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "source", "targets", "rules"), SAME_SENTENCE)
def test_plover_partners_same_sentence_table(facts_of, text, kind, source, targets, rules):
    found = targets_and_rules(facts_of(text), kind, source)
    assert found == [(targets, rules)], found

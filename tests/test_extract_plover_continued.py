"""Targets of an act that goes on the story of an earlier act of its type (:mod:`kg.extract.plover_continued`,
rule ``previous-act``): model-free tests on hand-built events, and (slow) sentences written for these tests, with
near misses that must keep no target or their own."""

from __future__ import annotations

import pytest
from test_extract_plover import targets_and_rules

from kg.extract.plover_continued import CONTINUED_CHARS, continued, earlier_targets, own_side
from kg.model import Actor, Evidence, Person, PoliticalEventFact

POLICE, GUNMAN = Actor("police", "NZ", "COP"), Actor("the gunman")
AUTHORITIES, HAMAS, ISRAEL = Actor("authorities", "NZ", "GOV"), Actor("Hamas", org="Hamas"), Actor("Israel", "IL")


def _fact(n: int, kind: str, sources, targets=(), start: int = 0) -> PoliticalEventFact:
    """An event whose sentence and anchor start at ``start``."""
    return PoliticalEventFact(f"p{n}", kind, tuple(sources), tuple(targets), "asserted",
                              Evidence("t", "s", start, start, start + 5, "x"))


def test_plover_continued_takes_the_nearest_earlier_act_of_its_type():
    first = _fact(1, "COERCE", [POLICE], [GUNMAN], start=0)
    other = _fact(2, "ACCUSE", [POLICE], [Actor("Peru", "PE")], start=80)  # another type: passed over
    later = _fact(3, "COERCE", [AUTHORITIES], start=200)
    out = continued([first, other, later])
    assert [(a.label, a.rule) for a in out[2].targets] == [("the gunman", "previous-act")]
    assert out[:2] == [first, other]  # an event with a target keeps it


def test_plover_continued_only_before_its_sentence_and_within_reach():
    same_sentence = [_fact(1, "COERCE", [POLICE], [GUNMAN], start=200), _fact(2, "COERCE", [AUTHORITIES], start=200)]
    assert earlier_targets(same_sentence[1], same_sentence) == []
    after = [_fact(1, "COERCE", [AUTHORITIES], start=0), _fact(2, "COERCE", [POLICE], [GUNMAN], start=300)]
    assert earlier_targets(after[0], after) == []  # an act told later continues nothing
    far = [_fact(1, "COERCE", [POLICE], [GUNMAN], start=0),
           _fact(2, "COERCE", [AUTHORITIES], start=CONTINUED_CHARS + 1)]
    assert earlier_targets(far[1], far) == []


def test_plover_continued_a_reply_to_an_act_on_its_own_side_takes_nothing_nor_does_an_act_without_source():
    strike = _fact(1, "ASSAULT", [ISRAEL], [HAMAS], start=0)
    reply = _fact(2, "ASSAULT", [HAMAS], start=100)
    assert continued([strike, reply])[1].targets == ()  # "Hamas fired rockets": not at Hamas
    fighters = _fact(1, "ASSAULT", [ISRAEL], [Actor("Hamas fighters"), Actor("Gaza")], start=0)
    assert continued([fighters, reply])[1].targets == ()  # a collective named after Hamas: its own side
    sourceless = _fact(3, "ASSAULT", [], start=100)
    assert continued([strike, sourceless])[1].targets == ()


def test_plover_continued_own_side_is_the_same_actor_only():
    lind = Person("Ana Lind", "Ana Lind")
    assert own_side(Actor("Lind", "VL", person=lind), (Actor("Ana Lind", "VL", person=lind),))
    assert own_side(HAMAS, (HAMAS,)) and own_side(Actor("Hamas fighters"), (HAMAS,))
    assert own_side(Actor("Hamas police", org="Hamas"), (Actor("Hamas", org="Hamas"),))
    assert not own_side(Actor("Hamasville"), (HAMAS,))
    assert not own_side(Actor("protesters", "CN", "CVL"), (Actor("police", "CN", "COP"),))  # the crowd of its state
    assert not own_side(ISRAEL, (Actor("Israeli troops", "IL", "MIL"),))


# (text, PLOVER type, source label, target labels, target rules)
SENTENCES = [
    ("Police arrested the gunman, Brenton Tarrant, near the mosque on Friday. The authorities later seized his "
     "firearms.", "COERCE", "authorities", ["Brenton Tarrant"], ("previous-act",)),
    # near misses: an act with its own target keeps it; a reply by the earlier act's target is not aimed at itself
    ("Police arrested the gunman, Brenton Tarrant, near the mosque on Friday. The authorities later detained his "
     "brother, Mark Tarrant.", "COERCE", "authorities", ["Mark Tarrant"], ("object",)),
    ("Israeli troops attacked Hamas fighters on Monday. Hamas fired rockets.", "ASSAULT", "Hamas", [], ()),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "source", "targets", "rules"), SENTENCES)
def test_plover_continued_sentences(facts_of, text, kind, source, targets, rules):
    found = targets_and_rules(facts_of(text), kind, source)
    assert found == [(targets, rules)], found

"""Targets of an act done in the course of a meeting or call: an event that every other rule (the earlier act of its
type included, :mod:`kg.extract.plover_continued`) leaves without a target, whose source took part in a meeting,
call or visit of the article (a CONSULT event kg converted from its meetings), is aimed at the other participants
of the nearest such meeting ("Biden spoke with Prime Minister Lapid to congratulate him": Lapid; "Saleh met the UN
envoy Salamé … Saleh promised to put the law to a vote": Salamé). A readout's acts are told of the call it reports;
on the tuning sets the partner was the gold target about as often as not, where the event had none
(``meeting-partner``). A meeting of the act's own sentence replaces the article's focus country too
(:func:`same_sentence`)."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.plover_continued import own_side
from kg.extract.plover_provenance import tagged
from kg.model import Actor, PoliticalEventFact

MEETING_RULE = "plover:consult"  # the evidence rule prefix of a CONSULT event converted from a meeting


def partnered(facts: list[PoliticalEventFact]) -> list[PoliticalEventFact]:
    """``facts``, each one with a source and no target (and no CONSULT of its own) given the other participants of
    the nearest meeting its source took part in (:func:`partners`), marked ``meeting-partner``."""
    meetings = [f for f in facts if f.evidence.rule.startswith(MEETING_RULE)]
    if not meetings:
        return facts
    out = []
    for f in facts:
        found = tagged("meeting-partner", partners(f, meetings if not f.targets else same_sentence(f, meetings))) \
            if f.sources and f.type != "CONSULT" and all(a.rule in GUESSES for a in f.targets) else []
        out.append(replace(f, targets=tuple(found)) if found else f)
    return out


GUESSES = frozenset({"focus"})  # (PLOVER targets) target rules a meeting partner of the same sentence replaces


def same_sentence(fact: PoliticalEventFact, meetings: list[PoliticalEventFact]) -> list[PoliticalEventFact]:
    """(PLOVER targets) The meetings told in ``fact``'s own sentence: their partner replaces the article's focus
    country as the target of an act told with them ("Blair telephoned Zenawi to express his concern", "X, who had
    planned to meet Y, cancelled the meeting", "Z held a meeting with Y, at which the Thai leader offered help")."""
    return [m for m in meetings if m.evidence.sent_start == fact.evidence.sent_start]


def partners(fact: PoliticalEventFact, meetings: list[PoliticalEventFact]) -> list[Actor]:
    """The participants other than ``fact``'s own side (:func:`kg.extract.plover_continued.own_side`) of the meeting
    nearest to ``fact`` among those a source of ``fact`` took part in; only persons and actors of another country
    than the sources' (not "the Prime Minister" of the source's own state)."""
    own = {a.country for a in fact.sources if a.country}
    taken = [m for m in meetings if any(own_side(a, fact.sources) for a in (*m.sources, *m.targets))]
    meeting = min(taken, key=lambda m: abs(m.evidence.start - fact.evidence.start), default=None)
    if meeting is None:
        return []
    found = [a for a in (*meeting.sources, *meeting.targets) if not own_side(a, fact.sources)]
    return [replace(a, rule="") for a in dict.fromkeys(found) if a.person is not None or a.country not in own]

"""Targets of an act that goes on the story of an earlier act of its kind: an event that every other rule leaves
without a target takes the targets of the nearest earlier event of its type reported before its sentence, at most
:data:`CONTINUED_CHARS` before ("Police arrested the gunman near the mosque. … The authorities seized his
firearms": the gunman; "Israeli jets struck Hamas posts in Gaza. … The army said its aircraft hit twelve more
sites": Hamas), unless that act was aimed at its own side ("Israel struck Hamas. Hamas fired rockets": a reply,
:func:`own_side`). Used after every other target rule (``previous-act``): an event with no target is wrong
wherever the gold names one, and on the tuning sets the earlier act's target is the gold one about as often as
not or more."""

from __future__ import annotations

from dataclasses import replace

from kg.extract.plover_provenance import tagged
from kg.model import Actor, PoliticalEventFact

CONTINUED_CHARS = 1500  # how far back (characters) the earlier act of the same type may be reported


def continued(facts: list[PoliticalEventFact]) -> list[PoliticalEventFact]:
    """``facts``, each one with a source and no target given the targets of the act it continues
    (:func:`earlier_targets`), marked ``previous-act``."""
    out = []
    for f in facts:
        found = tagged("previous-act", earlier_targets(f, facts)) if f.sources and not f.targets else []
        out.append(replace(f, targets=tuple(found)) if found else f)
    return out


def earlier_targets(fact: PoliticalEventFact, facts: list[PoliticalEventFact]) -> list[Actor]:
    """The targets of the nearest event of ``fact``'s type with targets reported before ``fact``'s sentence and at
    most :data:`CONTINUED_CHARS` before ``fact``; none when one of them is ``fact``'s own side (:func:`own_side`)."""
    sent, start = fact.evidence.sent_start, fact.evidence.start
    before = [e for e in facts
              if e.type == fact.type and e.targets and start - CONTINUED_CHARS <= e.evidence.start < sent]
    act = max(before, key=lambda e: e.evidence.start, default=None)
    if act is None or any(own_side(a, fact.sources) for a in act.targets):
        return []  # "Israel struck Hamas fighters. Hamas fired rockets": a reply, not the same story
    return [replace(a, rule="") for a in act.targets]


def own_side(actor: Actor, sources: tuple[Actor, ...]) -> bool:
    """Whether ``actor`` is one of ``sources`` or of theirs: the same person, the same name and country, the same
    organisation, or a collective named after a source ("Hamas fighters" for Hamas); a state's own crowd or the state
    itself is not its police's side ("police [CN]" → "protesters [CN]", "China")."""
    if actor.person is not None:
        return any(s.person is not None and s.person.key == actor.person.key for s in sources)
    return any(s.label == actor.label and s.country == actor.country or bool(actor.org) and actor.org == s.org
               or s.person is None and actor.label.startswith(f"{s.label} ") for s in sources)

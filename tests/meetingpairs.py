"""Meeting pairs of extracted facts, as the integration tables write them (not a test module)."""

from __future__ import annotations


def surname(person) -> str:
    return person.name.split()[-1]


def pairs(facts) -> set[tuple[str, str]]:
    """Unordered surname pairs (sorted) of the events that are meetings."""
    out = set()
    for e in facts.events:
        if e.is_meeting:
            names = sorted(surname(p) for p in e.participants)
            out |= {(a, b) for i, a in enumerate(names) for b in names[i + 1:]}
    return out

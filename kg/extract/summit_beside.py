"""A summit reported beside other meetings: "The African Union summit opened in Accra. X chaired the summit. Y told
the summit that … Separately, Z met W." The summit is an event of its own, and no pair crosses it with the meetings
beside it: its participants are those whose act the ``presence-*`` marks place at it (:func:`kg.extract.attendees.
present`: "X chaired the summit", "at the summit, Y said"), where the gathering is a held mention of a ``summit-nouns``
word that no other event holds, or a definite "the summit"; two of them or more make it. Articles whose events
already include a summit, or whose only event is the summit, are left to :func:`kg.extract.attendees.with_attendees`.
"""

from __future__ import annotations

from kg import lexicon
from kg.extract.attendees import name_head, present, summit_mention
from kg.extract.context import Context
from kg.extract.participants import dedupe
from kg.extract.triggers import is_future
from kg.extract.unnamed_talks import gathering_fact, gathering_mentions
from kg.model import EventFact


def with_summit(ctx: Context, events: list[EventFact],
                anchors: dict[str, list[int]]) -> tuple[list[EventFact], dict[str, list[int]]]:
    """The article's events, and a summit of its own when the text places two persons or more at a summit that
    none of its events is."""
    held = [e for e in events if e.kind != "intent"]
    if not held or any(summit_mention(ctx.doc, set(anchors.get(e.id, []))) is not None for e in held):
        return events, anchors
    taken = {i for e in events for i in anchors.get(e.id, [])}
    nouns = lexicon.words("summit-nouns")
    mentions = [t for t in gathering_mentions(ctx.doc) if t.i not in taken and not is_future(t)
                and name_head(t).lemma_.lower() in nouns]
    if not mentions:
        return events, anchors
    found = dedupe(present(ctx, {t.i for t in mentions}, nouns))
    if len(found) < 2:
        return events, anchors
    eid = f"e{len(events) + 1}"
    people = tuple(dict.fromkeys(ctx.person(e) for e in found))
    fact = gathering_fact(ctx, eid, mentions[0], people, suffix="+beside")
    return [*events, fact], {**anchors, eid: [t.i for t in mentions]}

"""A summit reported beside other meetings: "The African Union summit opened in Accra. X chaired the summit. Y told
the summit that … Separately, Z met W." The summit is an event of its own, and no pair crosses it with the meetings
beside it: its participants are those whose act the ``presence-*`` marks place at it (:func:`kg.extract.attendees.
present`: "X chaired the summit", "at the summit, Y said"), where the gathering is a held mention of a ``summit-nouns``
word that no other event holds, or a definite "the summit"; two of them or more make it. A meeting the text places at
the summit ("On the sidelines of the summit, Z met W", "Z and W met during the conference") happened there: all its
persons attended the summit too. Where the article lists those at its gathering ("The co-hosts of the event were A
and B", :func:`kg.extract.joins.report_gathering_roster`), that list is the summit, and they join it. Articles whose
events already include a summit, or whose only event is the summit, are left to
:func:`kg.extract.attendees.with_attendees`.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from kg import lexicon
from kg.extract.attendees import name_head, presence_of, present, summit_mention
from kg.extract.context import Context
from kg.extract.joins import names_gathering
from kg.extract.rulematch import rule_marks
from kg.extract.triggers import is_future
from kg.extract.unnamed_talks import gathering_fact, gathering_mentions
from kg.model import EventFact


def with_summit(ctx: Context, events: list[EventFact],
                anchors: dict[str, list[int]]) -> tuple[list[EventFact], dict[str, list[int]]]:
    """The article's events, and a summit of its own when the text places two persons or more at a summit that
    none of its events is (or its list of those at the gathering, with the persons placed at the summit added)."""
    held = [e for e in events if e.kind != "intent"]
    roster = next((e for e in held if e.kind == "join" and any(
        ctx.doc[i].sent.root.i == i and names_gathering(ctx.doc[i].sent) for i in anchors.get(e.id, []))), None)
    summits = [e for e in held if e is not roster and summit_mention(ctx.doc, set(anchors.get(e.id, []))) is not None]
    if not held or summits and roster is None:
        return events, anchors
    taken = {i for e in events if e not in summits for i in anchors.get(e.id, [])}
    nouns = lexicon.words("summit-nouns")
    mentions = [t for t in gathering_mentions(ctx.doc, summits=True) if t.i not in taken and not is_future(t)
                and name_head(t).lemma_.lower() in nouns]
    if not mentions:
        return events, anchors
    found = [ctx.person(e) for e in present(ctx, {t.i for t in mentions}, nouns)]
    there = _held_there(ctx, held, anchors, {t.i for t in mentions}) + _parts_there(ctx, held, anchors, mentions[0]) \
        + [p for e in summits for p in e.participants]
    people = tuple({p.key: p for p in reversed(found + there)}.values())[::-1]
    if roster is not None:
        return _joined(roster, people, events, anchors, mentions)
    keys = {p.key for p in people}
    if len(found) < 2 and (len(people) < 2 or any(keys <= {p.key for p in e.participants} for e in held)):
        return events, anchors  # one person alone, or only the persons of one meeting: no summit of its own
    eid = f"e{len(events) + 1}"
    fact = gathering_fact(ctx, eid, mentions[0], people, suffix="+beside")
    return [*events, fact], {**anchors, eid: [t.i for t in mentions]}


def _held_there(ctx: Context, held: list[EventFact], anchors: dict[str, list[int]], mentions: set[int]) -> list:
    """The persons of the meetings the text places at the summit: a ``presence-prep`` mark under the meeting's
    trigger whose gathering is a mention of the summit ("met Y on the sidelines of the summit", "X and Y met at
    the conference")."""
    marks = rule_marks(ctx.doc)
    places = [ctx.doc[i] for i in marks.tokens.get("presence-prep", [])]
    places = [t for t in places if getattr(presence_of(t, "presence-prep")[0], "i", None) in mentions]
    return [p for e in held if any(ctx.doc[i] in t.ancestors for i in anchors.get(e.id, []) for t in places)
            for p in e.participants]


def _parts_there(ctx: Context, held: list[EventFact], anchors: dict[str, list[int]], first: Token) -> list:
    """The persons of the meetings known only as a part of a gathering (``summit-part-nouns``: "She spoke in a
    session", not "a session of parliament") that the text reports after the summit: that part was the summit's."""
    parts, out = lexicon.words("summit-part-nouns"), []
    for e in held:
        toks = [ctx.doc[i] for i in anchors.get(e.id, [])]
        if toks and all(t.lemma_.lower() in parts and t.i > first.i and not any(
                c.dep_ == "prep" and c.lower_ == "of" for c in t.children) for t in toks):
            out += list(e.participants)
    return out


def _joined(roster: EventFact, people: tuple, events: list[EventFact], anchors: dict[str, list[int]],
            mentions: list) -> tuple[list[EventFact], dict[str, list[int]]]:
    """The article's list of those at its gathering, with the persons placed at the summit added."""
    known = {p.key for p in roster.participants}
    added = tuple(p for p in people if p.key not in known)
    if not added:
        return events, anchors
    evidence = dataclasses.replace(roster.evidence, rule=f"{roster.evidence.rule}+summit")
    fact = dataclasses.replace(roster, participants=roster.participants + added, evidence=evidence)
    return [fact if e is roster else e for e in events], \
        {**anchors, roster.id: anchors.get(roster.id, []) + [t.i for t in mentions]}

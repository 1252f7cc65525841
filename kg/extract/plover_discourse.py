"""Targets from the article's discourse, for political events whose sentence leaves the target unsaid, after every
sentence-level rule (:mod:`kg.extract.plover_targets`) has found none: a person pronoun the act is done to ("he was
released", "accused him of lying"; ``plover-discourse-pronoun-deps``) stands for the person the article's pronoun
resolution gives it (:meth:`kg.extract.context.Context.persons_at`, the same person, and IRI, as roles and meetings).
Only for the types of ``plover-discourse-types`` (a meeting or a protest has its own rules), never for a mutual act of
several actors (``plover-mutual-types``: "Hamas and Fatah clashed"). No country is guessed: a fallback to the
article's focus country or to the country named last before was tried and not kept, because about half of the
targets it gave were wrong (the scorer ignores a target where the gold has none, so it could not show that).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.plover_actors import Actors, actor_key, build, mutual, person_actor
from kg.extract.plover_provenance import tagged
from kg.model import Actor, EventFact, PoliticalEventFact, QuoteFact, RoleFact


def resolved(ctx: Context, roles: list[RoleFact], events: list[EventFact], quotes: Sequence[QuoteFact],
             facts: list[PoliticalEventFact]) -> list[PoliticalEventFact]:
    """``facts`` with a discourse target (:func:`discourse_target`) for each event of ``plover-discourse-types``
    that has a source and no target."""
    if not any(_open(f) for f in facts):
        return facts
    ac = build(ctx, roles, events, quotes)
    out = []
    for f in facts:
        found = discourse_target(ac, f) if _open(f) else []
        out.append(replace(f, targets=tuple(tagged("discourse", found))) if found else f)
    return out


def _open(fact: PoliticalEventFact) -> bool:
    """An event that names no target, of a type that has one, with a source."""
    return not fact.targets and bool(fact.sources) and not mutual(fact.sources, fact.type) \
        and fact.type in lexicon.words("plover-discourse-types")


def discourse_target(ac: Actors, fact: PoliticalEventFact) -> list[Actor]:
    """The persons a pronoun the act is done to stands for (:func:`pronoun_persons`), other than its sources."""
    span = ac.ctx.doc.char_span(fact.evidence.start, fact.evidence.end, alignment_mode="expand")
    persons = pronoun_persons(ac, span.root) if span is not None and len(span) else []
    keys = {actor_key(a) for a in fact.sources}
    return [p for p in persons if actor_key(p) not in keys]


def pronoun_persons(ac: Actors, anchor: Token) -> list[Actor]:
    """The persons a person pronoun (``person-pronouns``) that is the anchor's object or passive subject
    (``plover-discourse-pronoun-deps``) stands for."""
    deps = lexicon.words("plover-discourse-pronoun-deps")
    pronouns = [c for c in anchor.children if c.dep_ in deps and c.lower_ in lexicon.words("person-pronouns")]
    return [person_actor(ac, ac.ctx.person(e)) for p in pronouns for e in ac.ctx.persons_at(p)]

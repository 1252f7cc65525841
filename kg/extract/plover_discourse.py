"""Targets from the article's discourse, for political events whose sentence leaves the target unsaid, after every
sentence-level rule (:mod:`kg.extract.plover_targets`) has found none:

- a person pronoun the act is done to ("he was released", "accused him of lying"; ``plover-discourse-pronoun-deps``)
  stands for the person the article's pronoun resolution gives it (:meth:`kg.extract.context.Context.persons_at`,
  the same person, and IRI, as roles and meetings);
- otherwise the act is towards the first country the article is about (its focus,
  :func:`kg.extract.plover_focus.focus`) that is not the actor's own ("Chilean police arrested the accused" in an
  article about Peru: Peru), else the country named last in the three sentences before the act's that is not the
  actor's own (:func:`named_before`: "... crossed the border from Uganda. Kenyan police arrested the accused":
  Uganda); with neither, no target (an act of a state towards itself is not inferred). Only for the types of
  ``plover-discourse-types`` (a meeting or a protest has its own rules), never for a mutual act of several actors
  (``plover-mutual-types``: "Hamas and Fatah clashed").
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.plover_actors import Actors, build, person_actor, polity_actor
from kg.extract.plover_targets import actor_key
from kg.extract.spans import doc_ents
from kg.model import Actor, EventFact, PoliticalEventFact, QuoteFact, RoleFact

PLOVER_DISCOURSE_SENTENCES = 3  # how many sentences before an act the country named last is looked for in


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
        out.append(replace(f, targets=tuple(found)) if found else f)
    return out


def _open(fact: PoliticalEventFact) -> bool:
    """An event that names no target, of a type that has one, with a source."""
    mutual = fact.type in lexicon.words("plover-mutual-types") and len({actor_key(a) for a in fact.sources}) > 1
    return not fact.targets and bool(fact.sources) and not mutual \
        and fact.type in lexicon.words("plover-discourse-types")


def discourse_target(ac: Actors, fact: PoliticalEventFact) -> list[Actor]:
    """The person a pronoun the act is done to stands for (:func:`pronoun_persons`), else the first of the
    countries the article is about that is no source's own, else the one named last before (:func:`named_before`);
    none when there is no such country ("Iran rejected the plan" is no act of Iran's towards itself)."""
    doc = ac.ctx.doc
    span = doc.char_span(fact.evidence.start, fact.evidence.end, alignment_mode="expand")
    persons = pronoun_persons(ac, span.root) if span is not None and len(span) else []
    keys = {actor_key(a) for a in fact.sources}
    persons = [p for p in persons if actor_key(p) not in keys]
    if persons:
        return persons
    own = {a.country for a in fact.sources}
    code = next((c for c in ac.focus if c not in own), None)
    code = code or (named_before(span.root, own) if span is not None and len(span) else None)
    return [polity_actor(code)] if code else []


def named_before(anchor: Token, own: set[str | None]) -> str | None:
    """The country named last in the sentences before the anchor's (``PLOVER_DISCOURSE_SENTENCES``) that is no
    source's own: "Ghana protested to Togo. Ghanaian police then arrested two men" (Togo)."""
    doc, sent = anchor.doc, anchor.sent
    start = sent.start
    for _ in range(PLOVER_DISCOURSE_SENTENCES):
        start = doc[start - 1].sent.start if start > 0 else start
    for ent in reversed([e for e in doc_ents(doc) if start <= e.start and e.end <= sent.start]):
        code = lexicon.lookup_polity(ent.text) if ent.label_ in ("GPE", "NORP") else None
        if code and not lexicon.polity(code).is_org and code not in own:
            return code
    return None


def pronoun_persons(ac: Actors, anchor: Token) -> list[Actor]:
    """The persons a person pronoun (``person-pronouns``) that is the anchor's object or passive subject
    (``plover-discourse-pronoun-deps``) stands for."""
    deps = lexicon.words("plover-discourse-pronoun-deps")
    pronouns = [c for c in anchor.children if c.dep_ in deps and c.lower_ in lexicon.words("person-pronouns")]
    return [person_actor(ac, ac.ctx.person(e)) for p in pronouns for e in ac.ctx.persons_at(p)]

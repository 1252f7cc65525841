"""person – role – country facts from titled mentions and the actor dictionary."""

from __future__ import annotations

from dataclasses import replace

from kg import lexicon
from kg.extract.context import Context
from kg.extract.people import Entity
from kg.model import RoleFact

NON_POLITICAL = ("cleric", "nonpolitical")  # titles that identify a speaker but are not official roles


def _country_from_actor(ent: Entity, role: str, ctx: Context) -> str | None:
    if ent.actor is None:
        return None
    terms = [t for t in ent.actor.terms if t.role == role]
    active = [t for t in terms if t.active(ctx.article.date)]
    pool = active or terms
    countries = {t.country for t in pool if t.country}
    return countries.pop() if len(countries) == 1 else None


def entity_roles(ctx: Context, ent: Entity) -> list[RoleFact]:
    """The roles one person holds in this article: from the text first, else from the dictionary."""
    person = ent.person()
    out: dict[tuple, RoleFact] = {}
    for role, country, m in ent.roles():
        if m.title_kind in NON_POLITICAL:
            continue
        country = country or _country_from_actor(ent, role, ctx)
        ev = ctx.evidence(m.span_start, m.span_end, f"role:{m.rule}")
        out.setdefault((role, country), RoleFact(person, role, country, ev))
    if not out and ent.actor is not None and ctx.article.date is not None:
        first = ent.mentions[0]
        for term in ent.actor.terms_at(ctx.article.date):
            ev = ctx.evidence(first.span_start, first.span_end, "role:actor-dictionary")
            out.setdefault((term.role, term.country), RoleFact(person, term.role, term.country, ev))
    return list(out.values())


def dominant_country(ctx: Context) -> str | None:
    """The country an article is mostly about: at least half of its country mentions (None otherwise)."""
    counts: dict[str, int] = {}
    for ent in ctx.doc.ents:
        if ent.label_ in ("GPE", "NORP"):
            code = lexicon.lookup_polity(ent.text)
            if code and not lexicon.polity(code).is_org:
                counts[code] = counts.get(code, 0) + 1
    if not counts:
        return None
    code, n = max(counts.items(), key=lambda kv: kv[1])
    return code if n * 2 >= sum(counts.values()) and n >= 2 else None


def find_roles(ctx: Context) -> list[RoleFact]:
    """Roles of every person; a role with no country takes the article's dominant country."""
    facts = [fact for ent in ctx.entities for fact in entity_roles(ctx, ent)]
    home = dominant_country(ctx)
    if home is None:
        return facts
    return [f if f.country else replace(f, country=home, evidence=replace(f.evidence, rule=f.evidence.rule +
                                                                          "+country-from-context"))
            for f in facts]

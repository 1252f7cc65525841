"""Role anaphora resolved to the article's person entities: "the President", "the top US diplomat", "his Chilean
counterpart" (:func:`resolve_nominal`, asked by :mod:`kg.extract.context` and :mod:`kg.extract.quotecontext`).
"""

from __future__ import annotations

import datetime as dt

from kg import lexicon
from kg.extract.mentions import Mention
from kg.extract.people import Entity


def resolve_nominal(m: Mention, entities: list[Entity], before: int, when: dt.date | None = None,
                    not_these: frozenset[int] = frozenset()) -> list[int]:
    """Entities a role anaphor refers to; prefers those mentioned before it, then the most recent. A post of the
    actor dictionary counts when held at ``when`` (the article's date; None: any): "the president" in 2012 is
    not Donald Trump. An anaphor in an object or partner slot is not the subject of its own clause (``not_these``,
    where another fits: "Y held talks with the visiting president")."""
    if m.countries and m.title_kind in lexicon.words("head-kinds") | {"counterpart"}:
        post = _possessor_post(m, entities) if m.title_kind == "counterpart" and len(m.countries) == 1 else None
        peers = [e for e in entities if any(r == post and c == m.countries[0] for r, c, _, _ in e.roles())]
        if post is not None:  # "Foreign Minister X met her Chilean counterpart": Chile's Foreign Minister, no head
            return [f for f in [_best(peers, before)] if f is not None]
        found = [_best(_by_country(entities, c, heads_only=True), before) for c in m.countries]
        return [f for f in found if f is not None]
    cands = [e for e in entities if _fits(e, m, when)]
    if len(cands) > 1 and any(e.index not in not_these for e in cands):
        cands = [e for e in cands if e.index not in not_these]
    if m.rule == "role-anaphora-capitalised" and m.country is None and len(cands) > 1:
        first = min(cands, key=lambda e: min(x.start for x in e.mentions))
        return [first.index]  # readout style: "The President" is the principal, named first
    best = _best(cands, before)
    return [best] if best is not None else []


def _possessor_post(m: Mention, entities: list[Entity]) -> str | None:
    """The post of the person a counterpart is the counterpart of: the titled mention last before it in its
    sentence's reach (the subject of "X met his Chilean counterpart"), unless that post is a head's."""
    prior = [x for e in entities for x in e.mentions if x.role and x.start < m.start and m.start - x.start < 30]
    last = max(prior, key=lambda x: x.start, default=None)
    return last.role if last is not None and last.title_kind not in lexicon.words("head-kinds") else None


def _fits(ent: Entity, m: Mention, when: dt.date | None) -> bool:
    roles: set[tuple[str | None, str | None]] = {(r, c) for r, c, _, _ in ent.roles()}
    if ent.actor:
        roles |= {(t.role, t.country) for t in ent.actor.terms_at(when)}
    if m.title_kind == "chief-diplomat":  # "the top US diplomat": a foreign post (portfolio-foreign) of the country
        return any(c == m.country and _foreign_post(r) for r, c in roles)
    return any((r == m.role or (r or "").startswith(f"{m.role} for ")) and (m.country is None or c == m.country)
               for r, c in roles)  # "the commissioner" is the Commissioner for Trade


def _foreign_post(role: str | None) -> bool:
    """A Foreign Minister, Foreign Secretary or Secretary of State (a word of ``portfolio-foreign``; not the
    Secretary of State for Health)."""
    text = f" {lexicon.fold(role or '')} "
    return " for " not in text and any(f" {w} " in text for w in lexicon.words("portfolio-foreign"))


def _by_country(entities: list[Entity], country: str, heads_only: bool) -> list[Entity]:
    out = []
    for ent in entities:
        kinds = {(m.country, m.title_kind) for m in ent.mentions if m.role}
        if ent.actor:
            kinds |= {(t.country, "head" if t.role in ("President", "Prime Minister", "Chancellor", "King")
                       else "other") for t in ent.actor.terms}
        if any(c == country and (not heads_only or k == "head") for c, k in kinds):
            out.append(ent)
    return out


def _best(cands: list[Entity], before: int) -> int | None:
    """The single candidate, or the one mentioned last before token ``before``."""
    if len(cands) == 1:
        return cands[0].index
    prior = [(max(m.start for m in e.mentions if m.start < before), e.index)
             for e in cands if any(m.start < before for m in e.mentions)]
    return max(prior)[1] if prior else None

"""Talks that name only their mediators ("The deal was reached after talks mediated by X and Y") are the talks
of the parties the text names next to them ("A and B signed the agreement"): the mediators join that meeting
instead of making a meeting of their own."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar

from spacy.tokens import Span

from kg.extract.context import Context
from kg.extract.participants import dedupe, mediators
from kg.extract.sentences import sentence_number

REACH = 2  # sentences between the mediated talks and the parties' meeting


class Drafted(Protocol):
    participants: list[int]
    kind: str
    trigger: int
    sent: Span


D = TypeVar("D", bound=Drafted)


def join_mediators(ctx: Context, drafts: Sequence[D]) -> list[D]:
    """The drafts, with each one whose participants are all mediators of its talks merged into the nearest
    meeting of two or more others within ``REACH`` sentences (kept as it is when there is none)."""
    alone = [d for d in drafts if _mediators_only(ctx, d)]
    out = []
    for d in drafts:
        partner = _partner(d, [o for o in drafts if o not in alone]) if d in alone else None
        if partner is None:
            out.append(d)
        else:
            partner.participants = dedupe(partner.participants + d.participants)
    return out


def _mediators_only(ctx: Context, d: Drafted) -> bool:
    tok = ctx.doc[d.trigger]
    return tok.pos_ == "NOUN" and bool(d.participants) and set(d.participants) <= set(mediators(ctx, tok))


def _partner(d: D, others: list[D]) -> D | None:
    here = sentence_number(d.sent)
    near = [o for o in others if o.kind not in ("call", "intent") and len(o.participants) >= 2
            and abs(sentence_number(o.sent) - here) <= REACH and not set(o.participants) & set(d.participants)]
    return min(near, key=lambda o: abs(sentence_number(o.sent) - here), default=None)

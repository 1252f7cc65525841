"""Those a readout lists take part in a meeting: a roster after a colon ("Participants included: A, B"), the
persons who open, moderate or close a gathering, and the presenters it heard (used by :mod:`kg.extract.events`)."""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.event_facts import Draft
from kg.extract.joins import first_roster, recent
from kg.extract.participants import dedupe, participants, persons_in_phrase
from kg.extract.rosters import rosters
from kg.extract.rulematch import rule_marks
from kg.extract.sentences import sentence_number
from kg.extract.triggers import classify, is_future, meeting_row


def join_gathering_roles(ctx: Context, drafts: list[Draft], roles: list[Token], titled: str | None) -> None:
    """Those who open, moderate or close a gathering ("X opened the Summit", "Y moderated a panel", "Z dropped by
    the meeting") take part in the gathering its rosters list ("Panelists included A and B", or a bulleted list
    that joins the readout's first event), else in the first event that one of them takes part in ("X and Y
    convened the meeting … X opened the event"); else two of them or more are a gathering of their own."""
    roles = _join_visitors(ctx, drafts, roles)
    speakers = dedupe([e for tok in roles if not is_future(tok) for e in participants(ctx, tok)[0]] +
                      heard_from(ctx))
    listed = next((d for d in drafts if d.kind != "intent"), None) if rosters(ctx.doc) else None
    target = first_roster(drafts) or listed or next((d for d in drafts if d.kind != "intent" and
                                                     set(d.participants) & set(speakers)), None) or \
        _attendance_after(drafts, roles)
    if target is not None:
        target.participants = dedupe(target.participants + speakers)
    elif len(speakers) >= 2 and roles:
        drafts.append(roster_draft(roles[0].sent, speakers, titled))


def _attendance_after(drafts: list[Draft], roles: list[Token]) -> Draft | None:
    """A list of those attending in one of the two sentences after a gathering role ("X opened the conference in
    the capital. Also attending were A and B": the roster of the gathering X opened, ``roster_draft``)."""
    return next((d for d in drafts for tok in roles if d.kind != "intent" and d.trigger == d.sent.root.i and
                 d.row.get("id") == "m-attend" and 0 < sentence_number(d.sent) - sentence_number(tok) <= 2), None)


def _join_visitors(ctx: Context, drafts: list[Draft], roles: list[Token]) -> list[Token]:
    """"X dropped by the meeting" at most two sentences after an event (``gathering-visit-rows``): X joins that
    event, the meeting the readout just reported ("A met virtually with B. C dropped by the meeting"); the other
    roles are left to :func:`join_gathering_roles`."""
    rest = []
    for tok in roles:
        prior = next((d for d in reversed(drafts) if d.kind != "intent" and d.trigger < tok.i), None)
        row = meeting_row(tok) or {}
        if prior is not None and row.get("id") in lexicon.words("gathering-visit-rows") and recent(prior, tok) \
                and not is_future(tok):
            prior.participants = dedupe(prior.participants + participants(ctx, tok)[0])
        else:
            rest.append(tok)
    return rest


def heard_from(ctx: Context) -> list[int]:
    """Presenters a gathering heard ("The Council received an overview of X from Y": ``gathering-source``)."""
    sources = rule_marks(ctx.doc).tokens.get("gathering-source", [])
    return [e for i in sources for e in persons_in_phrase(ctx, ctx.doc[i])]


def join_roster(drafts: list[Draft], sent: Span, listed: list[int], titled: str | None) -> None:
    """"Participants included: A, B …" (a list after a colon, :mod:`kg.extract.rosters`): those listed take part
    in the readout's first event (not a planned one), else they are a meeting of their own."""
    target = next((d for d in drafts if d.kind != "intent"), None)
    if target is not None:
        target.participants = dedupe(target.participants + listed)
    elif len(listed) >= 2:
        drafts.append(roster_draft(sent, listed, titled))


def roster_draft(sent: Span, listed: list[int], principal: str | None) -> Draft:
    """"Present at the meeting were A, B and C" with no event just before: the meeting of those listed (part
    of the article's call when its first event is one)."""
    row = lexicon.simple_table("meeting_verbs.tsv", "lemma")["attend"]
    return Draft(listed, classify(sent.root, row, principal) or "join", row, sent, sent.root.i)

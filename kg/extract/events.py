"""Meetings, calls, visits and named events (summits), with host, location and date.

A meeting trigger is a verb or noun from ``meeting_verbs.tsv`` ("met (with)", "hosted", "visited",
"received", "held talks", "X and Y discussed", "a meeting with"); its participants are the persons in
its subject, object and "with" phrases. Each trigger row carries its CAMEO code and PLOVER mode.
Future or planned meetings become intentions (CAMEO 036), never meetings. Named events ("North
American Leaders' Summit", "the G7 Summit") gather the meetings that refer to them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.context import Context, dateline_place, sentence_date, sentence_place
from kg.lexicon import fold
from kg.model import EventFact

PHONE = re.compile(r"\b(phone|telephone|call|calls|called|video ?call|video ?conference)\b", re.I)
VIDEO = re.compile(r"\b(virtual|virtually|video|videoconference)\b", re.I)
INTENT_HEADS = {"look", "plan", "hope", "expect", "intend", "invite", "want", "aim", "seek", "prepare", "agree"}
FUTURE_AUX = {"will", "would", "shall", "'ll", "should", "could", "may", "might"}
SUBJ = ("nsubj", "nsubjpass")


@dataclass
class Draft:
    """An event while it is being assembled (mutable; becomes an EventFact)."""

    participants: list[int]
    kind: str
    row: dict
    sent: Span
    trigger: int
    host: int | None = None


def meeting_row(tok: Token) -> dict | None:
    rows = lexicon.simple_table("meeting_verbs.tsv", "lemma")
    row = rows.get(tok.lemma_.lower())
    if row is None:
        return None
    if row["lemma"] == "hold" and not any(c.dep_ == "dobj" and meeting_row(c) for c in tok.children):
        return None
    if tok.pos_ == "NOUN" and row["lemma"] in ("host", "visit", "receive", "welcome", "join", "discuss", "speak"):
        return None
    if tok.pos_ not in ("VERB", "NOUN", "PROPN", "ADJ") or (tok.pos_ == "ADJ" and row["lemma"] != "bilateral"):
        return None
    return row


def _governing_verb(tok: Token) -> Token:
    """The verb whose subject a noun trigger or a subject-less verb inherits."""
    head = tok
    while head.dep_ in ("xcomp", "conj", "advcl", "dobj", "pobj", "prep", "acl", "pcomp", "attr") \
            and not any(c.dep_ in SUBJ for c in head.children) and head.head.i != head.i:
        head = head.head
    return head


def participants(ctx: Context, tok: Token) -> tuple[list[int], list[int]]:
    """(subjects, others) of a trigger, as entity indices."""
    subj_tok = [c for c in tok.children if c.dep_ in SUBJ]
    if not subj_tok:
        subj_tok = [c for c in _governing_verb(tok).children if c.dep_ in SUBJ]
    subjects = [e for t in subj_tok for e in _persons_in_phrase(ctx, t)]
    subjects += [e for c in tok.children if c.dep_ == "poss" for e in ctx.persons_of(c)]
    others: list[int] = []
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "dative", "agent") or \
                c.dep_ == "prep" and c.lower_ in ("with", "between", "among", "and"):
            others += _persons_in_phrase(ctx, c)
        elif c.dep_ == "prep" and c.lower_ in ("by", "of") and tok.pos_ == "NOUN":
            others += _persons_in_phrase(ctx, c)
        elif c.dep_ in ("npadvmod", "dep", "appos", "conj") and c.pos_ in ("PROPN", "NOUN"):
            others += _persons_in_phrase(ctx, c)  # list items the parser hung on the verb
    return _dedupe(subjects), [e for e in _dedupe(others) if e not in subjects]


CLAUSES = ("relcl", "acl", "advcl", "ccomp", "xcomp", "parataxis")


def _persons_in_phrase(ctx: Context, head: Token) -> list[int]:
    """Persons named anywhere in a noun or prepositional phrase (lists, appositions), not in its clauses."""
    out: list[int] = []
    stack = [head]
    while stack:
        tok = stack.pop()
        out += [e for e in ctx.persons_at(tok) if e not in out]
        stack.extend(c for c in reversed(list(tok.children)) if c.dep_ not in CLAUSES)
    return out


def _dedupe(items: list[int]) -> list[int]:
    return list(dict.fromkeys(items))


def classify(tok: Token, row: dict) -> str:
    """meeting / host / visit / call / intent for one trigger in its sentence."""
    if _is_future(tok):
        return "intent"
    text = tok.sent.text
    if row["kind"] == "call" or (PHONE.search(text) and not VIDEO.search(text) and row["lemma"] in ("speak", "hold",
                                                                                                  "meet", "talk")):
        return "call"
    return row["kind"]


def _is_future(tok: Token) -> bool:
    node = tok
    for _ in range(4):
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in node.children) or \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in node.children) and node.head.lemma_ in INTENT_HEADS:
            return True
        if node.lemma_ in INTENT_HEADS and node.i != tok.i:
            return True
        if node.head.i == node.i:
            break
        node = node.head
    return any(c.dep_ == "neg" for c in tok.children)


def meeting_drafts(ctx: Context) -> list[Draft]:
    drafts = []
    for tok in ctx.doc:
        row = meeting_row(tok)
        if row is None:
            continue
        subjects, others = participants(ctx, tok)
        people_ = _dedupe(subjects + others)
        if row["kind"] == "join" and subjects and drafts and _joins_event(tok):
            drafts[-1].participants = _dedupe(drafts[-1].participants + subjects)
            continue
        if len(people_) < 2 or row["kind"] == "join" and not others:
            continue
        if row["lemma"] == "discuss" and len(subjects) < 2:
            continue
        kind = classify(tok, row)
        host = subjects[0] if kind == "host" and subjects else (others[0] if kind == "visit" and others else None)
        drafts.append(Draft(people_, kind, row, tok.sent, tok.i, host))
    return drafts


EVENT_WORDS = {"talks", "meeting", "summit", "call", "discussion", "discussions", "session", "conference",
               "dialogue", "gathering", "consultations"}


def _joins_event(tok: Token) -> bool:
    """"X joined the talks", "X took part in the meeting": X joins the event described just before."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    return any(o.lemma_.lower() in EVENT_WORDS or o.lower_ in EVENT_WORDS for o in objs)


def named_events(ctx: Context) -> list[tuple[str, Span]]:
    """Named events: capitalised phrases ending in an event head ("... Summit"), and NER EVENTs."""
    heads = lexicon.simple_table("event_heads.tsv", "head")
    found: dict[str, tuple[str, Span]] = {}
    for tok in ctx.doc:
        if tok.lower_ not in heads or tok.i == 0:
            continue
        start = tok.i
        while start > 0 and _name_part(ctx.doc[start - 1]):
            start -= 1
        if start == tok.i or not (_has_proper(ctx.doc[start:tok.i]) or (tok.text[0].isupper() and
                                                                       tok.ent_type_ in ("ORG", "EVENT", "FAC"))):
            continue
        span = ctx.doc[start:tok.i + 1]
        name = normalise_event_name(span.text)
        found.setdefault(fold(name), (name, span))
    for ent in ctx.doc.ents:
        if ent.label_ == "EVENT":
            name = normalise_event_name(ent.text)
            found.setdefault(fold(name), (name, ent))
    return list(found.values())


def _name_part(tok: Token) -> bool:
    return (tok.text[:1].isupper() or tok.like_num or tok.text in ("’", "'", "'s", "’s", "-")) and \
        not tok.is_sent_start and tok.lower_ not in ("the", "a") and tok.ent_type_ not in ("DATE", "PERSON") \
        and tok.pos_ in ("PROPN", "NUM", "ADJ", "NOUN", "PART", "PUNCT", "X")


def _has_proper(span: Span) -> bool:
    return any(t.pos_ in ("PROPN", "NUM") for t in span)


def normalise_event_name(text: str) -> str:
    """Event names without a leading article and with straight apostrophes.

    >>> normalise_event_name("The North American Leaders’ Summit")
    "North American Leaders' Summit"
    """
    text = re.sub(r"^(the)\s+", "", text.strip(), flags=re.I).replace("’", "'")
    return re.sub(r"\s+", " ", text)


def assemble(ctx: Context) -> tuple[list[EventFact], dict[str, list[int]]]:
    """Events of the article, and for each event id the token indices of its sentences' triggers."""
    named = named_events(ctx)
    groups: list[tuple[str | None, Span | None, list[Draft]]] = [(name, span, []) for name, span in named]
    singles = []
    for d in meeting_drafts(ctx):
        target = _named_for(d, groups)
        (target[2] if target else singles).append(d)
    singles = _merge_same(singles)
    facts, anchors = [], {}
    for name, span, members in groups:
        if members:
            fact = _event_fact(ctx, f"e{len(facts) + 1}", members, name, span)
            facts.append(fact)
            anchors[fact.id] = [d.trigger for d in members] + [span.start] + _references(ctx, name)
    for d in singles:
        fact = _event_fact(ctx, f"e{len(facts) + 1}", [d], None, None)
        facts.append(fact)
        anchors[fact.id] = [d.trigger]
    return facts, anchors


def _references(ctx: Context, name: str) -> list[int]:
    """Tokens that refer back to a named event by its head noun: "the summit", "this meeting"."""
    head = name.split()[-1].lower()
    return [t.i for t in ctx.doc if t.lower_ == head and any(c.lower_ in ("the", "this") for c in t.children)]


def _merge_same(drafts: list[Draft]) -> list[Draft]:
    """One event per participant set and kind family in an article."""
    out: dict[tuple, Draft] = {}
    for d in drafts:
        key = (frozenset(d.participants), d.kind in ("call", "intent") and d.kind)
        if key in out:
            out[key].host = out[key].host if out[key].host is not None else d.host
        else:
            out[key] = d
    return list(out.values())


def _named_for(d: Draft, groups):
    if d.kind in ("call", "intent"):
        return None
    in_sentence = [g for g in groups if g[1] is not None and g[1].sent == d.sent]
    if any(t.lower_ in ("margins", "sidelines", "margin", "sideline") for t in d.sent):
        return None  # a bilateral on the margins of a summit is its own meeting
    if in_sentence:
        return in_sentence[0]
    heads = {g[0].split()[-1].lower() for g in groups if g[0]}
    mentions_head = any(t.lower_ in heads for t in d.sent)
    if len(groups) == 1 and (mentions_head or len(d.participants) >= 3):
        return groups[0]
    return None


def _event_fact(ctx: Context, eid: str, members: list[Draft], name, span) -> EventFact:
    first = members[0]
    people_ = _dedupe([p for d in members for p in d.participants])
    host = next((d.host for d in members if d.host is not None), None)
    sents = [d.sent for d in members] + ([span.sent] if span is not None else [])
    location = next((p for p in (sentence_place(s) for s in sents) if p), None) or dateline_place(ctx.article)
    when = next((w for w in (sentence_date(s, ctx.article.date) for s in sents) if w), None)
    kind = "summit" if name else first.kind
    row = first.row
    cameo, mode = row["cameo"], row["plover_mode"]
    if first.kind == "intent":
        cameo, mode = "036", "intend"
    elif kind == "summit":
        cameo, mode = ("043", "host") if host is not None else ("040", "meet")
    start, end = (span.start, span.end) if span is not None else (first.trigger, first.trigger + 1)
    rule = f"event:{row['id']}" if span is None else "event:named+" + row["id"]
    return EventFact(
        id=eid, kind=kind, participants=tuple(ctx.person(p) for p in people_),
        evidence=ctx.evidence(start, end, rule), name=name,
        host=ctx.person(host) if host is not None else None, location=location, date=when,
        cameo=cameo, plover="CONSULT" if first.kind != "intent" else "INTEND", plover_mode=mode,
    )


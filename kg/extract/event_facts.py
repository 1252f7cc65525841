"""Events as they are assembled (:class:`Draft`) and made into :class:`~kg.model.EventFact`: the members a named
event gathers (triggers about it, the subjects of "…, in which A and B …" after it), and each event's host,
place, date and codes. :mod:`kg.extract.events` finds the drafts and groups them."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.context import Context, dateline_place, sentence_place
from kg.extract.event_names import is_temporal
from kg.extract.occasions import occasion_date, occasion_of, occasion_place
from kg.extract.participants import dedupe, persons_in_phrase
from kg.extract.rulematch import rule_marks
from kg.extract.triggers import future_rule, is_future, negated
from kg.extract.where import tokens_with
from kg.lexicon import fold
from kg.model import EventFact


@dataclass
class Draft:
    """An event while it is being assembled (mutable; becomes an EventFact)."""

    participants: list[int]
    kind: str
    row: dict
    sent: Span
    trigger: int
    host: int | None = None
    event: str | None = None  # the (folded) name of the named event the trigger is about
    window: Span | None = None  # the part of the sentence that dates and locates it (None: all of it)
    seen: Span | None = None  # the last sentence that refers back to it ("The two leaders discussed X")

    def part(self) -> Span:
        return self.window if self.window is not None else self.sent


def references(ctx: Context, name: str) -> list[int]:
    """Tokens that refer back to a named event by its head noun: "the summit", "this meeting"."""
    head = name.split()[-1].lower()
    marks = rule_marks(ctx.doc)
    return [i for i in tokens_with(ctx.doc, "LOWER", (head,))
            if any(marks.has("back-reference-det", c.i) for c in ctx.doc[i].children)]


def relative_clause_drafts(ctx: Context, span: Span) -> list[Draft]:
    """"the Camp David Summit, in which A, B and C launched …", "an AU summit where A and B signed …": the
    persons in the subject of a relative clause saying what happened at a named event took part in it."""
    row = lexicon.simple_table("meeting_verbs.tsv", "lemma")["summit"]
    verb = _clause_after(span)
    if verb is None:
        return []
    subjects = [t for t in verb.children if t.dep_ in lexicon.words("subject-deps")]
    people_ = dedupe([e for t in subjects for e in persons_in_phrase(ctx, t)])
    if len(people_) < 2 or negated(verb) or is_future(verb):
        return []
    return [Draft(people_, "meeting", row, span.sent, span.root.i)]


def _clause_after(span: Span) -> Token | None:
    """The verb of "…, where X" or "…, in/at/during which X" right after a named event."""
    doc, j = span.doc, span.end
    j += j < len(doc) and doc[j].text == ","
    if j + 1 >= len(doc):
        return None
    if rule_marks(doc).has("relative-place", j):
        verb = doc[j].head
        if verb.pos_ not in ("VERB", "AUX") or verb.i < j:  # the parser hung "in which" elsewhere
            return next((t for t in doc[j + 1:span.sent.end] if t.pos_ == "VERB"), None)
        return verb
    return None


def named_for(d: Draft, groups):
    if d.event is not None:  # "X attended the East Asia Summit": that summit
        return next((g for g in groups if g[0] is not None and fold(g[0]) == d.event), None)
    if d.kind in ("call", "intent"):
        return None
    groups = [g for g in groups if g[1] is None or not is_temporal(g[1])]
    in_sentence = [g for g in groups if g[1] is not None and g[1].sent == d.sent]
    if rule_marks(d.sent.doc).in_span("margins", d.sent) or rule_marks(d.sent.doc).in_span("apart-setting", d.sent):
        return None  # a bilateral on the margins of a summit, or talks "in another wing", are a meeting of their own
    purposes = _purpose_tokens(d)
    if in_sentence and all(g[1].start in purposes for g in in_sentence):
        return None  # "X met Y to follow up on the Z Summit between A and B": another event
    in_sentence = [g for g in in_sentence if g[1].start not in purposes]
    if in_sentence:
        return in_sentence[0]
    heads = {g[0].split()[-1].lower() for g in groups if g[0]}
    mentions_head = any(t.lower_ in heads and t.i not in purposes for t in d.sent)  # not "to keep the summit going"
    if len(groups) == 1 and (mentions_head or len(d.participants) >= 3 and groups[0][1].start < d.trigger):
        return groups[0]  # not a summit named only later, in passing ("as decided at the G7 Summit")
    return None


def _purpose_tokens(d: Draft) -> set[int]:
    """Tokens of the trigger's purpose clauses ("met … to follow up on the Woodside Summit"): a named event there
    is what the meeting is about, not the meeting."""
    trigger = d.sent.doc[d.trigger]
    verbs = (trigger, trigger.head) if trigger.dep_ == "dobj" else (trigger,)  # "held talks … to keep X on track"
    return {t.i for v in verbs for c in v.children if c.dep_ in ("advcl", "xcomp") and
            any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for t in c.subtree}


def event_fact(ctx: Context, eid: str, members: list[Draft], name, span) -> EventFact:
    first = members[0]
    people_ = dedupe([p for d in members for p in d.participants])
    host = next((d.host for d in members if d.host is not None), None)
    places = [occasion_place(d.part(), ctx.doc[d.trigger]) for d in members]
    places += [sentence_place(span.sent)] if span is not None else []
    location = next((p for p in places if p), None) or dateline_place(ctx.article)
    when = next((w for w in (occasion_of(ctx, d) for d in members) if w), None)
    if when is None and span is not None:
        when = occasion_date(ctx, span.sent, span.root, False)
    kind = "summit" if name else first.kind
    row = first.row
    coded = lexicon.simple_table("event_kinds.tsv", "kind").get(_coded_kind(first.kind, kind, host), row)
    cameo, mode = coded["cameo"], coded["plover_mode"]
    start, end = (span.start, span.end) if span is not None else (first.trigger, first.trigger + 1)
    rule = f"event:{row['id']}" if span is None else "event:named+" + row["id"]
    if first.kind == "intent":
        rule += "+" + (future_rule(ctx.doc[first.trigger]) or "intent")  # the marker pattern that decided it
    return EventFact(
        id=eid, kind=kind, participants=persons_of(ctx, people_),
        evidence=ctx.evidence(start, end, rule), name=name,
        host=ctx.person(host) if host is not None else None, location=location, date=when,
        cameo=cameo, plover="CONSULT" if first.kind != "intent" else "INTEND", plover_mode=mode,
    )


def _coded_kind(first: str, kind: str, host) -> str:
    """The ``event_kinds.tsv`` row that codes an event (else its trigger's row codes it)."""
    if first in ("intent", "call"):
        return first
    if kind == "summit":
        return "summit-host" if host is not None else "summit"
    return ""


def persons_of(ctx: Context, entities: list[int]) -> tuple:
    """The persons of entities, once each (two spellings of one actor are one person)."""
    out: dict[str, object] = {}
    for e in entities:
        out.setdefault(ctx.person(e).key, ctx.person(e))
    return tuple(out.values())

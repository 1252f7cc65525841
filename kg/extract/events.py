"""Meetings, calls, visits and named events (summits), with host, location and date.

A meeting trigger is a verb or noun from ``meeting_verbs.tsv`` ("met (with)", "hosted", "visited",
"received", "held talks", "X and Y discussed", "a meeting with", "an audience with"); its participants
are the persons in its subject, object and "with" phrases (:mod:`kg.extract.participants`: names, role
anaphora, groups such as "G7 Leaders", and "the two leaders"/"they" for the event just before). Each
trigger row carries its CAMEO code and PLOVER mode; :mod:`kg.extract.triggers` types it: calls (041),
future or planned meetings as intentions (036, never meetings), negated triggers as nothing.

Readout conventions: a title line about a call ("Readout of X's Call with Y") makes the body's generic
triggers ("the leaders discussed", "convened") part of that call; a title line about a meeting is the
meeting the body then describes. Named events ("North American Leaders' Summit", "the G7 Summit")
gather the meetings that refer to them, and the subjects of "…, in which/where A and B …" after them;
a named event used as a point in time ("months after the Camp David Summit") gathers nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.context import Context, dateline_place, sentence_date, sentence_place
from kg.extract.participants import SUBJ, dedupe, participants, persons_in_phrase
from kg.extract.triggers import classify, is_future, light_verb_noun, light_verb_object, meeting_row, negated, \
    purpose_of_trigger
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


def meeting_drafts(ctx: Context) -> list[Draft]:
    drafts: list[Draft] = []
    titled = _headline_kind(ctx)
    for tok in ctx.doc:
        row = meeting_row(tok)
        if row is None or negated(tok) or light_verb_object(tok):
            continue
        prior = drafts[-1] if drafts else None
        row, subjects, others = _trigger_participants(ctx, tok, row, [])
        anaphoric = prior is not None and len(dedupe(subjects + others)) < 2
        if anaphoric:  # "the two leaders", "they": the participants of the event before
            row, subjects, others = _trigger_participants(ctx, tok, row, prior.participants)
        people_ = dedupe(subjects + others)
        if row["kind"] == "join" and subjects and drafts and _joins_event(tok):
            drafts[-1].participants = dedupe(drafts[-1].participants + subjects)
            continue
        if len(people_) < 2 or not others and (row["kind"] in ("join", "visit") or row["lemma"] in ("welcome",
                                                                                                 "receive")):
            continue  # "X and Y welcomed the agreement" is no meeting; "X and Y hosted a roundtable" is one
        if row["lemma"] == "discuss" and (len(subjects) < 2 or purpose_of_trigger(tok)):
            continue
        kind = classify(tok, row, principal=titled or next((d.kind for d in drafts if d.kind != "intent"), None))
        if kind is None:
            continue
        if anaphoric and _family(kind) == _family(prior.kind):
            continue  # "The two leaders discussed X": the same event again
        host = subjects[0] if kind == "host" and subjects else (others[0] if kind == "visit" and others else None)
        drafts.append(Draft(people_, kind, row, tok.sent, tok.i, host))
    return drafts


def _headline_kind(ctx: Context) -> str | None:
    """"call" when the article's title line is about a call ("Joint Readout of the Quad Leaders’ Call")."""
    first = title_line(ctx)
    if first is None:
        return None
    kinds = {row["kind"] for row in (meeting_row(t) for t in first) if row}
    return "call" if kinds == {"call"} else None


def title_line(ctx: Context) -> Span | None:
    """The article's title line: its ``title``, or a first line in title case without a full stop."""
    first = next(iter(ctx.doc.sents), None)
    if first is None:
        return None
    title = (ctx.article.title or "").strip()
    if title and first.text.strip().startswith(title[:40]):
        return first
    line = first.text.strip()
    followed = ctx.doc.text[first.end_char:first.end_char + 2].startswith("\n")
    return first if followed and not line.endswith((".", "”", '"')) and _headline(first) else None


def _trigger_participants(ctx: Context, tok: Token, row: dict, prior: list[int]):
    """(row, subjects, others) of a trigger; "held talks/a call with Y" takes the noun's row and phrases too."""
    subjects, others = participants(ctx, tok, prior)
    noun = light_verb_noun(tok, row)
    if noun is not None:
        more_subjects, more_others = participants(ctx, noun, prior)
        subjects, others = dedupe(subjects + more_subjects), dedupe(others + more_others)
        row = meeting_row(noun)
    return row, subjects, [e for e in others if e not in subjects]


def _family(kind: str) -> str:
    return kind if kind in ("call", "intent") else "meeting"


EVENT_WORDS = {"talks", "meeting", "summit", "call", "discussion", "discussions", "session", "conference",
               "dialogue", "gathering", "consultations"}


def _joins_event(tok: Token) -> bool:
    """"X joined the talks", "X took part in the meeting": X joins the event described just before."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    objs += [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]
    objs += [p for o in list(objs) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]  # "joined the beginning of the meeting"
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
        while start < tok.i and not ctx.doc[start].is_alpha and not ctx.doc[start].like_num:
            start += 1  # "Biden’s Virtual Meeting": the name does not start at "’s"
        if start < tok.i and _headline(tok.sent) and not _specific(ctx.doc[start:tok.i]):
            continue  # in a title-case line "Virtual Meeting" or "Bilateral Meeting" is no name
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


def _headline(sent: Span) -> bool:
    """A title-case line ("Readout of President Biden’s Virtual Meeting with G7 Leaders")."""
    words = [t for t in sent if t.is_alpha and len(t.text) > 3]
    return len(words) >= 3 and sum(t.text[0].isupper() for t in words) / len(words) > 0.7


def _specific(span: Span) -> bool:
    """Whether a name part says which event it is: a number ("G7", "COP28"), a country or an organisation."""
    return any(t.like_num or any(c.isdigit() for c in t.text) or t.ent_type_ in ("ORG", "GPE", "NORP", "EVENT", "LOC")
               or lexicon.lookup_polity(t.text) for t in span)


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
    """Events of the article, and for each event id the token indices of its members' triggers."""
    named = named_events(ctx)
    groups: list[tuple[str | None, Span | None, list[Draft]]] = \
        [(name, span, _relative_clause_drafts(ctx, span)) for name, span in named]
    singles = []
    for d in meeting_drafts(ctx):
        target = _named_for(d, groups)
        (target[2] if target else singles).append(d)
    facts, anchors = [], {}
    for name, span, members in groups:
        if members:
            fact = _event_fact(ctx, f"e{len(facts) + 1}", members, name, span)
            facts.append(fact)
            anchors[fact.id] = [d.trigger for d in members] + [span.start] + _references(ctx, name)
    for members in _merge_same(ctx, singles):
        fact = _event_fact(ctx, f"e{len(facts) + 1}", members, None, None)
        facts.append(fact)
        anchors[fact.id] = [d.trigger for d in members]
    return facts, anchors


def _references(ctx: Context, name: str) -> list[int]:
    """Tokens that refer back to a named event by its head noun: "the summit", "this meeting"."""
    head = name.split()[-1].lower()
    return [t.i for t in ctx.doc if t.lower_ == head and any(c.lower_ in ("the", "this") for c in t.children)]


def _relative_clause_drafts(ctx: Context, span: Span) -> list[Draft]:
    """"the Camp David Summit, in which A, B and C launched …", "an AU summit where A and B signed …": the
    persons in the subject of a relative clause saying what happened at a named event took part in it."""
    row = lexicon.simple_table("meeting_verbs.tsv", "lemma")["summit"]
    verb = _clause_after(span)
    if verb is None:
        return []
    people_ = dedupe([e for t in verb.children if t.dep_ in SUBJ for e in persons_in_phrase(ctx, t)])
    if len(people_) < 2 or negated(verb) or is_future(verb):
        return []
    return [Draft(people_, "meeting", row, span.sent, span.root.i)]


def _clause_after(span: Span) -> Token | None:
    """The verb of "…, where X" or "…, in/at/during which X" right after a named event."""
    doc, j = span.doc, span.end
    j += j < len(doc) and doc[j].text == ","
    if j + 1 >= len(doc):
        return None
    if doc[j].lower_ == "where" or doc[j].lower_ in ("in", "at", "during") and doc[j + 1].lower_ == "which":
        verb = doc[j].head
        if verb.pos_ not in ("VERB", "AUX") or verb.i < j:  # the parser hung "in which" elsewhere
            verb = next((t for t in doc[j + 1:span.sent.end] if t.pos_ == "VERB"), None)
        return verb
    return None


def _merge_same(ctx: Context, drafts: list[Draft]) -> list[list[Draft]]:
    """One event per set of persons and kind family in an article; a title line's meeting ("Readout of X's
    Meeting with Y") is the one the body then describes with the same or more participants."""
    out: list[tuple[set, list[Draft]]] = []
    title = title_line(ctx)
    for d in drafts:
        keys = {ctx.person(p).key for p in d.participants}
        target = next((g for g in out if _family(g[1][0].kind) == _family(d.kind) and
                       (g[0] == keys or g[1][0].sent == title and len(g[1]) == 1 and g[0] <= keys)), None)
        if target is None:
            out.append((keys, [d]))
        else:
            target[0].update(keys)
            target[1].append(d)
    return [members for _, members in out]


TEMPORAL = {"after", "since", "following", "before", "until", "ahead", "prior"}


def _named_for(d: Draft, groups):
    if d.kind in ("call", "intent"):
        return None
    groups = [g for g in groups if g[1] is None or not _temporal(g[1])]
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


def _temporal(span: Span) -> bool:
    """A named event used as a point in time ("four months after the Camp David Summit") is another event."""
    prep = span.root.head
    return prep.lower_ in TEMPORAL or prep.lower_ in ("of", "to") and prep.head.lower_ in TEMPORAL


def _event_fact(ctx: Context, eid: str, members: list[Draft], name, span) -> EventFact:
    first = members[0]
    people_ = dedupe([p for d in members for p in d.participants])
    host = next((d.host for d in members if d.host is not None), None)
    sents = [d.sent for d in members] + ([span.sent] if span is not None else [])
    location = next((p for p in (sentence_place(s) for s in sents) if p), None) or dateline_place(ctx.article)
    when = next((w for w in (sentence_date(s, ctx.article.date) for s in sents) if w), None)
    kind = "summit" if name else first.kind
    row = first.row
    cameo, mode = row["cameo"], row["plover_mode"]
    if first.kind == "intent":
        cameo, mode = "036", "intend"
    elif first.kind == "call":
        cameo, mode = "041", "call"
    elif kind == "summit":
        cameo, mode = ("043", "host") if host is not None else ("040", "meet")
    start, end = (span.start, span.end) if span is not None else (first.trigger, first.trigger + 1)
    rule = f"event:{row['id']}" if span is None else "event:named+" + row["id"]
    return EventFact(
        id=eid, kind=kind, participants=_persons(ctx, people_),
        evidence=ctx.evidence(start, end, rule), name=name,
        host=ctx.person(host) if host is not None else None, location=location, date=when,
        cameo=cameo, plover="CONSULT" if first.kind != "intent" else "INTEND", plover_mode=mode,
    )


def _persons(ctx: Context, entities: list[int]) -> tuple:
    """The persons of entities, once each (two spellings of one actor are one person)."""
    out: dict[str, object] = {}
    for e in entities:
        out.setdefault(ctx.person(e).key, ctx.person(e))
    return tuple(out.values())

"""Meetings, calls, visits and named events (summits), with host, location and date.

A meeting trigger is a verb or noun from ``meeting_verbs.tsv`` ("met (with)", "hosted", "visited",
"received", "held talks", "X and Y discussed", "a meeting with", "an audience with"); its participants
are the persons in its subject, object and "with" phrases (:mod:`kg.extract.participants`: names, role
anaphora, groups such as "G7 Leaders", and "the two leaders"/"they" for the event just before). Each
trigger row carries its CAMEO code and PLOVER mode; :mod:`kg.extract.triggers` types it: calls (041),
future or planned meetings as intentions (036, never meetings), negated triggers as nothing.

Participants named in another sentence join the event just before: "He was joined by A and B", "Also in
the meeting were A and B", "Also attending were …", "X, accompanied by A, met Y", "A took part in the
meeting". An event the text names ("X attended the East Asia Summit", "X’s Participation in the … Summit")
or holds with an unnamed group of states ("X met virtually with G20 Leaders") exists with one named
participant: it gives no meeting pairs, but topics attach to it.

Readout conventions: a title line about a call ("Readout of X's Call with Y") makes the body's generic
triggers ("the leaders discussed", "convened") part of that call; a title line about a meeting is the
meeting the body then describes. Named events ("North American Leaders' Summit", "the G7 Summit")
gather the meetings that refer to them, and the subjects of "…, in which/where A and B …" after them;
a named event used as a point in time ("months after the Camp David Summit") gathers nothing.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.anaphoric_joins import anaphor_meeting, anaphoric_joiners
from kg.extract.attendance import attendance, contest_roster, fronted_attending
from kg.extract.context import Context
from kg.extract.event_facts import Draft, event_fact, named_for, references, relative_clause_drafts
from kg.extract.event_names import event_mentions, is_headline, is_temporal, named_events
from kg.extract.gathering_speakers import join_speakers
from kg.extract.held_at import join_held_at
from kg.extract.joins import joins_earlier, lone_join, members_alone, recent, report_gathering_roster, travelling_party
from kg.extract.mediation import join_mediators
from kg.extract.named_before import joint_sides, named_before, object_anaphor_fits, other_group, titled_antecedents
from kg.extract.occasions import (
    object_not_person,
    occasion_of,
    partnerless,
    same_day,
    second_partner_preps,
    separately,
    shared_subject_group,
    together_after,
    unnamed_subject,
    windows,
)
from kg.extract.participants import (
    antecedents,
    dedupe,
    discussed_with,
    group_word,
    mediators,
    name_pair,
    participants,
    persons_in_phrase,
    phrase,
    roster_persons,
)
from kg.extract.represented import represented_by
from kg.extract.roster_joins import join_gathering_roles, join_roster, roster_draft
from kg.extract.rosters import roster_at, rosters
from kg.extract.rulematch import rule_marks
from kg.extract.sentences import doc_text, sentences
from kg.extract.topicnouns import meeting_subject
from kg.extract.triggers import (
    attends_gathering,
    classify,
    light_verb_noun,
    light_verb_object,
    meeting_row,
    negated,
    purpose_of_trigger,
    trigger_candidates,
)
from kg.lexicon import fold
from kg.model import EventFact


def meeting_drafts(ctx: Context, mentions: Sequence[tuple[str, Span]] = ()) -> list[Draft]:
    """Events as triggers find them, in text order; sentences that list further participants of the event
    just before ("Also in the meeting were A and B", "He was joined by A") add them to it, and with no event
    just before are a meeting of their own ("Present at the talks were A and B")."""
    drafts: list[Draft] = []
    titled = _headline_kind(ctx)
    named_at = {i: fold(name) for name, span in mentions if not is_temporal(span) for i in range(span.start, span.end)}
    list_end = 0
    roles: list[Token] = []  # "X opened the Summit", "Y moderated a panel"
    triggers = trigger_candidates(ctx.doc)
    for sent in sentences(ctx.doc):
        if sent.start < list_end:
            continue  # the items of a participant list
        listed_at = roster_at(ctx.doc, sent)
        if listed_at is not None:
            list_end = listed_at[1]
            join_roster(drafts, sent, roster_persons(ctx, *listed_at), titled)
            continue
        if drafts and recent(drafts[-1], sent[0]):
            listed = attendance(ctx, sent.root) or \
                (represented_by(ctx, sent.root) if drafts[-1].kind not in ("intent", "call") else [])
            if listed:
                drafts[-1].participants = dedupe(drafts[-1].participants + listed)
                continue
        elif (meeting_row(sent.root) is None or fronted_attending(sent.root)) and \
                (listed := attendance(ctx, sent.root)) and \
                (len(listed) >= 2 or _at_the_talks(sent)):  # not "Joining X on the call were A, B"
            principal = titled or next((d.kind for d in drafts if d.kind != "intent"), None)
            drafts.append(roster_draft(sent, listed, principal))
            continue
        for tok in (ctx.doc[i] for i in triggers[bisect_left(triggers, sent.start):bisect_left(triggers, sent.end)]):
            row = meeting_row(tok)
            if row is None or negated(tok) or light_verb_object(tok):
                continue
            if row.get("only_mark") == "gathering-role":
                roles.append(tok)
                continue
            if row.get("only_mark") == "roster" and contest_roster(tok):
                drafts.append(Draft([], "contest", row, sent, tok.i))  # later rosters join it: no pairs
                continue
            draft = _draft(ctx, tok, row, drafts, titled, named_at)
            if draft is not None:
                drafts += _split_partners(ctx, tok, draft)
    join_gathering_roles(ctx, drafts, roles, titled)
    join_speakers(ctx, drafts, lambda sent, listed: roster_draft(sent, listed, titled))
    return [d for d in drafts if d.kind != "contest"]


def _at_the_talks(sent: Span) -> bool:
    """"X was also present in the talks": one person attending a gathering the sentence refers back to (the
    article's talks), an event of its own that those listed later join ("Representatives included A and B")."""
    return any(meeting_subject(t) for t in sent)


def _split_partners(ctx: Context, tok: Token, draft: Draft) -> list[Draft]:
    """The draft, and a draft of its own for each "… and with B" phrase of its trigger (a separate meeting of
    the trigger's subjects with B); each dated and located by its own part of the sentence. A trigger met
    "separately" is one draft per subject and partner ("X and Y met separately with Z": no meeting of X and Y)."""
    subjects = participants(ctx, tok)[0]
    if separately(tok) and not subjects and draft.event is None and not partnerless(tok) and unnamed_subject(tok):
        return []  # "The envoy held separate meetings with A and B": A and B met an unnamed side apart
    if separately(tok) and subjects and draft.event is None:  # "X met separately with A and B": X–A and X–B
        others = [p for p in draft.participants if p not in subjects]
        if not others and partnerless(tok):
            return [draft]  # "The foreign ministers, A and B, met separately": with each other
        apart = [Draft([s, o], draft.kind, draft.row, draft.sent, draft.trigger, draft.host if draft.host in (s, o)
                       else None) for s in subjects for o in others]
        return apart + [draft] if together_after(tok) and len(others) >= 2 else apart  # "… and then together"
    seconds = second_partner_preps(tok)
    if not seconds or draft.event is not None:
        return [draft]
    parts = windows(tok, seconds)
    draft.window = parts[0]
    out = [draft]
    for prep, part in zip(seconds, parts[1:], strict=False):
        people_ = dedupe(subjects + persons_in_phrase(ctx, prep))
        if len(people_) >= 2 and len(people_) > len(subjects):
            out.append(Draft(people_, draft.kind, draft.row, draft.sent, draft.trigger, draft.host, window=part))
    return out


def _draft(ctx: Context, tok: Token, row: dict, drafts: list[Draft], titled: str | None,
           named_at: dict[int, str]) -> Draft | None:
    """The event a trigger opens (None when it opens none, or only adds persons to the event before)."""
    prior = drafts[-1] if drafts else None
    if tok.i in named_at and tok.pos_ != "VERB" and not _own_phrases(tok) and not name_pair(ctx, tok):
        return None  # "the unity G7 Leaders displayed at the G7 Summit": the name alone says no one took part
    row, subjects, others = _trigger_participants(ctx, tok, row, [])
    if object_not_person(ctx, tok, row, persons_in_phrase):
        return None  # "we have received confirmation": no reception
    others = discussed_with(ctx, tok, row, subjects, others)
    party = travelling_party(drafts, tok)
    if party:  # "X traveled to Haiti, accompanied by Y. The delegation also met with Z"
        subjects = dedupe(party + subjects)
        others = [e for e in others if e not in subjects]
    alone = dedupe(subjects + others)
    if prior is not None and other_group(tok, prior.participants, alone):
        prior = None  # "The four ministers discussed X" after a meeting of two: the four named before
    # "the two leaders", "they": the event before, else the two persons named just before, else as many persons
    # as a counted anaphor counts in the sentences before (kg.extract.named_before)
    before = [] if len(alone) >= 2 else shared_subject_group(tok, prior.trigger, prior.participants, lambda head: (
        participants(ctx, head)[1])) if prior is not None else titled_antecedents(ctx, tok, antecedents(ctx, tok)) or \
        named_before(ctx, tok)
    anaphoric = bool(before)
    if anaphoric:
        row, subjects, others = _trigger_participants(ctx, tok, row, before)
        others = discussed_with(ctx, tok, row, subjects, others)
    people_ = joint_sides(tok, dedupe(subjects + others), before)  # "the joint meeting", "At a joint conference, X"
    event = _named_object(tok, named_at)
    joiners = anaphoric_joiners(ctx, tok, prior) if row["kind"] == "join" and event is None else []
    if prior is not None and joiners:  # "They were joined by A", "A also attended": kg.extract.anaphoric_joins
        prior.participants = dedupe(prior.participants + joiners)
        return None
    if joins_earlier(tok, row, drafts, subjects, people_, event):
        return None  # it adds persons to the event before
    if row["kind"] == "join" and event is None and (met := anaphor_meeting(ctx, tok, row, classify(tok, row))):
        return met  # "The two leaders were joined by A and B", with no event before
    if lone_join(tok, row, event) or members_alone(tok, drafts):
        return None  # it joins no gathering at all
    principal = titled or next((d.kind for d in drafts if d.kind != "intent"), None)
    # "Z met the two leaders": the two named (or met) before, no unnamed group
    adds = anaphoric and prior is not None and not set(people_) <= set(prior.participants)
    new_side = prior is not None and adds and object_anaphor_fits(tok, len(prior.participants))
    # "The two leaders later met Z": the group of the event before, as a meeting verb's subject, meets someone new
    # (not a noun that refers back, "Z described the talks"; not a discussion verb's object, "discussed X's case")
    grows = prior is not None and adds and tok.pos_ == "VERB" and not row.get("subjects") and bool(subjects) and \
        set(subjects) <= set(prior.participants)
    named_back = anaphoric and (prior is None or new_side or grows)
    if _asserted(ctx, tok) and (people_ and event is not None or len(alone) == 1 and not named_back and
                                (_meets_group(tok, row) or _listed_later(tok) or _meets_officials(tok))):
        return _solo(tok, row, people_ if event is not None else alone, principal, event)
    if len(people_) < 2 or not _guests(tok, row, subjects, others) and row.get("needs_other") == "yes" \
            and not _joint(tok):
        return None  # "X and Y welcomed the agreement" is no meeting; "X and Y hosted a roundtable" is one
    if row.get("subjects") and (len(people_) < int(row["subjects"]) or purpose_of_trigger(tok)):
        return None
    kind = classify(tok, row, principal=principal)
    if kind is None:
        return None
    if anaphoric and prior is not None and _family(kind) == _family(prior.kind) and not new_side \
            and not grows:
        prior.seen = tok.sent  # the text is still on it (kg.extract.anaphoric_joins.still_on)
        prior.participants = dedupe(prior.participants + mediators(ctx, tok))  # "talks between the two, mediated by X"
        return None  # "The two leaders discussed X": the same event again; not "Z met the two men" (Z is new)
    host = subjects[0] if kind == "host" and subjects else (others[0] if kind == "visit" and others else None)
    return Draft(people_, kind, row, tok.sent, tok.i, host)


def _guests(tok: Token, row: dict, subjects: list[int], others: list[int]) -> list[int]:
    """The side a trigger that needs another acts on: its objects and partners; a passive host verb's subject ("Y
    was welcomed by X"), so that "the agreement was welcomed by X and Y" welcomes no one (but "the summit was
    attended by X and Y" is their meeting, and so is "X and Y attended the conference": ``attends_gathering``)."""
    passive = row["kind"] == "host" and any(c.dep_ == "agent" for c in tok.children)
    return subjects if passive else others or (subjects if attends_gathering(tok, row) else [])


def _joint(tok: Token) -> bool:
    """"X and Y held a joint press conference", "X and Y told a joint news conference": a joint gathering
    (``joint-event``) is held by its subjects together, with no "with" partner; so is a conference or forum they
    spoke at together (``shared-gathering``), unless a news conference, which each may give on his own."""
    marks = rule_marks(tok.doc)
    shared = marks.has("shared-gathering", tok.i) and not marks.has("press-conference", tok.i)
    return shared or marks.has("joint-event", tok.i) or any(marks.has("joint-event", c.i) for c in tok.children
                                                  if c.dep_ in lexicon.words("light-object-deps"))


def _solo(tok: Token, row: dict, people_: list[int], principal: str | None, event: str | None) -> Draft | None:
    """"X attended the East Asia Summit", "X met virtually with G20 Leaders": an event the text names (or
    holds with a group it does not name) exists even with one named participant; it gives no meeting pairs,
    but what was discussed there attaches to it."""
    kind = classify(tok, row, principal)
    if kind in (None, "intent"):
        return None
    host = people_[0] if kind == "host" else None
    return Draft(people_, kind, row, tok.sent, tok.i, host, event=event)


def _own_phrases(tok: Token) -> bool:
    """Whether a noun trigger has participants of its own ("X’s summit with Y", "a summit between X and Y")."""
    marks = rule_marks(tok.doc)
    return any(c.dep_ == "poss" or marks.has("own-partner-prep", c.i) for c in tok.children)


def _asserted(ctx: Context, tok: Token) -> bool:
    """Whether the text says who took part in a trigger's event itself: a verb with its own subject ("X
    attended", "X arrived and attended"), or a noun with a person's possessive ("X's meeting with …"); not
    "thanked X for attending", "asked X to attend" or "following the President's call with …"."""
    if tok.pos_ == "NOUN":
        return any(c.dep_ == "poss" and ctx.persons_at(c) for c in tok.children)
    verbs = [tok, tok.head] if tok.dep_ == "conj" else [tok]
    return any(c.dep_ == "nsubj" for v in verbs for c in v.children)


def _named_object(tok: Token, named_at: dict[int, str]) -> str | None:
    """The named event a verb trigger is about: "attended the East Asia Summit", "hosted the X Forum",
    "participated in the G20 Leaders’ meeting"."""
    if tok.pos_ not in ("VERB", "NOUN"):
        return None
    heads = [c for c in tok.children if c.dep_ in ("dobj", "attr") and tok.pos_ == "VERB"]
    marks = rule_marks(tok.doc)
    heads += [o for c in tok.children if marks.has("event-object-prep", c.i) for o in c.children if o.dep_ == "pobj"]
    heads += [c for h in heads for c in h.subtree if c.dep_ == "appos" and c.head.i == h.i]  # "a Partnership … Forum"
    return next((named_at[h.i] for h in heads if h.i in named_at), None)


def _meets_group(tok: Token, row: dict) -> bool:
    """"met virtually with G20 Leaders", "a meeting with the Quad leaders": a group of states as the other side."""
    nodes = [tok, *(c for c in tok.children if c.dep_ == "dobj" and meeting_row(c))] if row["kind"] != "join" else [tok]
    marks = rule_marks(tok.doc)
    phrases = [c for n in nodes for c in n.children if c.dep_ == "dobj" and not meeting_row(c) or
               marks.has("group-side-prep", c.i)]
    return any(group_word(t) for c in phrases for t in phrase(c))


def _listed_later(tok: Token) -> bool:
    """"X met with leaders of civil rights groups" before a participant list ("Participants included: …"): the
    meeting exists with X alone, and those listed join it (:func:`kg.extract.roster_joins.join_roster`)."""
    lists = rosters(tok.doc)
    return bool(lists) and tok.i < lists[0][1] and tok.pos_ == "VERB"


def _meets_officials(tok: Token) -> bool:
    """"Senior Administration Officials met with Governor X", "X met with civil rights leaders": a verb trigger
    whose subject or object is a group of unnamed officials (``official-group-nouns``) or a delegation ("A delegation
    of Kenyan lawmakers met X", ``delegation-side-nouns``) has its one named side."""
    if tok.pos_ != "VERB":
        return False
    marks = rule_marks(tok.doc)
    sides = [c for c in tok.children if c.dep_ in ("nsubj", "dobj")]
    sides += [o for c in tok.children if marks.has("participant-prep", c.i) for o in c.children if o.dep_ == "pobj"]
    groups = lexicon.words("official-group-nouns") | lexicon.words("delegation-side-nouns")
    return any(s.lower_ in groups for s in sides)


def _headline_kind(ctx: Context) -> str | None:
    """"call" when the article's title line is about a call ("Joint Readout of the Quad Leaders’ Call"); a verb that
    wants a partner word names a call only with one ("X speaks with Y", not "X speaks in Canada")."""
    first = title_line(ctx)
    if first is None:
        return None
    kinds = {row["kind"] for row, t in ((meeting_row(t), t) for t in first) if row and _partnered(row, t)}
    return "call" if kinds == {"call"} else None


def _partnered(row: dict, tok: Token) -> bool:
    """Whether a title's trigger has the partner its row wants: a noun needs none, a verb one of its
    ``partner_words`` ("speaks with", "spoke to")."""
    words = lexicon.split(row.get("partner_words") or "")
    return tok.pos_ != "VERB" or not words or any(c.lower_ in words for c in tok.children)


def title_line(ctx: Context) -> Span | None:
    """The article's title line: its ``title``, or a first line in title case without a full stop."""
    first = next(iter(sentences(ctx.doc)), None)
    if first is None:
        return None
    title = (ctx.article.title or "").strip()
    if title and first.text.strip().startswith(title[:40]):
        return first
    line = first.text.strip()
    followed = doc_text(ctx.doc)[first.end_char:first.end_char + 2].startswith("\n")
    return first if followed and not line.endswith((".", "”", '"')) and is_headline(first) else None


def _trigger_participants(ctx: Context, tok: Token, row: dict, prior: list[int]):
    """(row, subjects, others) of a trigger; "held talks/a call with Y" takes the noun's row and phrases too."""
    subjects, others = participants(ctx, tok, prior)
    noun = light_verb_noun(tok, row)
    if noun is not None:
        more_subjects, more_others = participants(ctx, noun, prior)
        subjects, others = dedupe(subjects + more_subjects), dedupe(others + more_others)
        noun_row = meeting_row(noun)
        assert noun_row is not None  # light_verb_noun takes only a noun with a row
        row = noun_row
    return row, subjects, [e for e in others if e not in subjects]


def _family(kind: str) -> str:
    return kind if kind in ("call", "intent") else "meeting"


def assemble(ctx: Context) -> tuple[list[EventFact], dict[str, list[int]]]:
    """Events of the article, and for each event id the token indices of its members' triggers."""
    named = named_events(ctx)
    groups: list[tuple[str, Span, list[Draft]]] = \
        [(name, span, relative_clause_drafts(ctx, span)) for name, span in named]
    singles = []
    for d in join_mediators(ctx, join_held_at(ctx.doc, meeting_drafts(ctx, event_mentions(ctx)))):
        target = named_for(d, groups)
        if target is not None:
            target[2].append(d)
        elif d.event is None:
            singles.append(d)
    facts: list[EventFact] = []
    anchors: dict[str, list[int]] = {}
    for name, span, members in groups:
        if members:
            fact = event_fact(ctx, f"e{len(facts) + 1}", members, name, span)
            facts.append(fact)
            anchors[fact.id] = [d.trigger for d in members] + [span.start] + references(ctx, name)
    for members in _merge_same(ctx, singles):
        fact = event_fact(ctx, f"e{len(facts) + 1}", members, None, None)
        facts.append(fact)
        anchors[fact.id] = [d.trigger for d in members]
    return facts, anchors


def _merge_same(ctx: Context, drafts: list[Draft]) -> list[list[Draft]]:
    """One event per set of persons, kind family and date in an article ("met on Monday … met again on
    Thursday" are two); a title line's meeting ("Readout of X's Meeting with Y") is the one the body then
    describes with the same or more participants."""
    out: list[tuple[set, list[Draft], set]] = []  # persons, drafts, the days they are dated to
    title = title_line(ctx)
    for d in drafts:
        keys = {ctx.person(p).key for p in d.participants}
        day = occasion_of(ctx, d)
        target = next((g for g in out if _family(g[1][0].kind) == _family(d.kind) and same_day(g[2], day) and
                       (g[0] == keys or g[1][0].sent == title and len(g[1]) == 1 and g[0] <= keys
                        or report_gathering_roster(g[1][0]) and report_gathering_roster(d))), None)
        if target is None:
            target = (keys, [d], set())
            out.append(target)
        else:
            target[0].update(keys)
            target[1].append(d)
        if day is not None:
            target[2].add(day)
    return [members for _, members, _ in out]



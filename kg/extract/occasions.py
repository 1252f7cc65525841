"""When and where one occasion took place, and which phrasings report more than one occasion.

"X met with A on Monday and with B on Tuesday" reports two meetings: the second "with" phrase (joined to another
preposition of the trigger, the ``second-partner-prep`` mark of ``meetings.jsonl``) is a meeting of its own, and
each part of the sentence dates and locates its own meeting. "X received confirmation" is no reception: a
trigger whose ``object_person`` column is ``yes`` needs a person (or none) as its object.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import pairwise

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.context import Context, sentence_date, sentence_place
from kg.extract.rulematch import rule_marks
from kg.model import Place


def second_partner_preps(tok: Token) -> list[Token]:
    """The "with" phrases of a trigger that are joined to another of its prepositions ("… and with B", "… as well
    as with B", "held talks with A, and later with B", whose second "with" the parser may join to the verb), and
    the date phrase of its place that the parser gave a second person ("met A at his home on Saturday and B at
    State House on Sunday": ``participant-place-date-conj``)."""
    marks = rule_marks(tok.doc)
    preps = [c for c in tok.children if c.dep_ == "prep" or c.dep_ == "conj" and c.pos_ == "ADP"]  # "and later with B"
    preps += [p for c in list(preps) for o in c.children if o.dep_ == "pobj" for p in o.children if p.dep_ == "prep"]
    preps += [c for c in tok.children if c.pos_ == "PROPN" and c.i > tok.i]  # "met A on Monday and, later, B"
    return [x for c in preps for x in (*c.conjuncts, c) if marks.has("second-partner-prep", x.i)]


def separately(tok: Token) -> bool:
    """Whether a trigger, or the meeting noun its light verb takes, is met or held separately ("met separately
    with A and B", "held separate talks with A and B": ``separate-meetings``)."""
    return _separate_word(tok) is not None


def _separate_word(tok: Token) -> Token | None:
    marks = rule_marks(tok.doc)
    nodes = _trigger_nodes(tok)
    return next((c for n in nodes for c in n.children if marks.has("separate-meetings", c.i)), None)


def _trigger_nodes(tok: Token) -> list[Token]:
    """A trigger and the meeting nouns its light verb takes ("held separate talks": held, talks)."""
    return [tok, *(c for c in tok.children if c.dep_ in lexicon.words("light-object-deps") and c.pos_ == "NOUN")]


def together_after(tok: Token) -> bool:
    """Whether the sides a trigger met separately then met together in its sentence: a ``then-together`` word
    after the separate one ("first separately and then together", "before bringing them together", "before a
    joint session", "followed by a trilateral meeting") that qualifies the separate word, a meeting word or a
    gathering (``attended-gatherings``), not "before travelling together to Paris"."""
    sep = _separate_word(tok)
    if sep is None:
        return False
    marks = rule_marks(tok.doc)
    lemmas = lexicon.simple_table("meeting_verbs.tsv", "lemma")
    gatherings = lexicon.words("attended-gatherings")
    return any(marks.has("then-together", t.i) and (t.head.i == sep.i or t.head.lemma_.lower() in lemmas or
                                                    t.head.lemma_.lower() in gatherings)
               for t in tok.doc[sep.i + 1:sep.sent.end])


def partnerless(tok: Token) -> bool:
    """Whether a trigger names no partner at all: no object and no "with" phrase, on it or on the meeting noun its
    light verb takes ("The two ministers, A and B, met separately": they met each other, apart from the others;
    not "A and B met separately with reporters")."""
    nodes = _trigger_nodes(tok)
    return not any(c.dep_ in ("dobj", "pobj") or c.dep_ == "prep" and c.lower_ == "with"
                   for n in nodes for c in n.children)


def unnamed_subject(tok: Token) -> bool:
    """Whether the trigger's (or its light verb's) subject is a common noun that is no group anaphor: "The U.N.
    envoy held separate meetings with A and B" (not "The leaders held separate talks with A": those named before)."""
    verb = tok if tok.pos_ == "VERB" else tok.head
    while verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        verb = verb.head  # "The envoy attended and held separate meetings with A and B"
    words = lexicon.words("anaphoric-nouns") | lexicon.words("anaphoric-pronouns")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return bool(subjects) and all(s.pos_ == "NOUN" and s.lower_ not in words for s in subjects)


def windows(tok: Token, seconds: list[Token]) -> list[Span]:
    """The parts of a trigger's sentence that belong to its first partner and to each second one, in order."""
    sent = tok.sent
    cuts = [sent.start, *sorted(s.i if s.pos_ == "ADP" else s.left_edge.i for s in seconds), sent.end]
    return [tok.doc[a:b] for a, b in pairwise(cuts)]


def object_not_person(ctx: Context, tok: Token, row: dict, persons_in_phrase) -> bool:
    """Whether a trigger that needs a person as object ("X received Y") has a thing as object instead
    ("we have received confirmation", "welcomed the decision")."""
    if row.get("object_person") != "yes" or tok.pos_ != "VERB":
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    cut = _list_break(objects[0]) if objects else None
    if cut is not None:  # "received 31,499 votes; Y, 18,734 votes": who comes after the break is no guest
        objects = [o for o in objects if o.i < cut]
        later = {e for t in tok.doc[cut:tok.sent.end] for e in ctx.token_entities.get(t.i, [])} - \
            {e for t in tok.doc[tok.sent.start:cut] for e in ctx.token_entities.get(t.i, [])}
        return not any(_guests(ctx, o, persons_in_phrase) - later for o in objects if not _owned_thing(ctx, o))
    return bool(objects) and not any(_guests(ctx, o, persons_in_phrase) for o in objects if not _owned_thing(ctx, o))


def _list_break(obj: Token) -> int | None:
    """The index of the break (``object-list-breaks``: a semicolon, a colon) after a thing object, a common noun
    that stands for no one ("received the nomination over two rivals: A and B"), else None."""
    if obj.pos_ != "NOUN" or obj.lemma_.lower() in lexicon.words("counterpart-nouns"):
        return None
    breaks = lexicon.words("object-list-breaks")
    return next((t.i for t in obj.doc[obj.i + 1:obj.sent.end] if t.text in breaks), None)


def _guests(ctx: Context, obj: Token, persons_in_phrase) -> set[int]:
    """The persons an object names as guests: not the author of a thing ("welcomed the commitment from X",
    ``thing-source-preps``), nor what it is compared with ("received more votes than X"), unless the object is a
    person's side ("welcomed the delegation of X")."""
    found = set(persons_in_phrase(ctx, obj))
    if obj.lemma_.lower() in lexicon.words("counterpart-nouns") or obj.pos_ != "NOUN":
        return found
    sources = lexicon.words("thing-source-preps")
    return found - {e for c in obj.children if c.dep_ == "prep" and c.lower_ in sources
                    for e in persons_in_phrase(ctx, c)}


def _owned_thing(ctx: Context, obj: Token) -> bool:
    """"welcomed Mr Obama's move", "received his letter": a thing a person owns is no guest."""
    side = obj.lemma_.lower() in lexicon.words("counterpart-nouns")  # "X's delegation" is X's side
    owned = any(c.dep_ == "poss" for c in obj.children) and not any(c.dep_ in ("appos", "conj") for c in obj.children)
    return obj.pos_ == "NOUN" and not side and owned and not ctx.persons_at(obj)


def occasion_date(ctx: Context, part: Span, trigger: Token, planned: bool) -> dt.date | None:
    """The date of the occasion a trigger reports in ``part`` of its sentence ("today", weekdays and written
    dates against the article's date; for a planned event the nearest such weekday)."""
    return sentence_date(part, ctx.article.date, trigger, planned=planned)


def occasion_place(part: Span, trigger: Token) -> Place | None:
    return sentence_place(part, trigger)


def occasion_of(ctx: Context, draft) -> dt.date | None:
    """The date of an event draft (``kg.extract.events.Draft``): its part of the sentence, its trigger. Kept per
    draft in the Doc's ``user_data``, since grouping asks it for every member of a group (quadratic otherwise)."""
    memo = ctx.doc.user_data.setdefault("kg_occasions", {})
    part = draft.part()
    key = (draft.trigger, draft.kind, part.start, part.end)
    if key not in memo:
        memo[key] = occasion_date(ctx, part, ctx.doc[draft.trigger], draft.kind == "intent")
    return memo[key]


def same_day(days: set[dt.date], day: dt.date | None) -> bool:
    """Whether a draft dated ``day`` may be the same occasion as a group of drafts dated ``days``: not when both
    are dated, on different days ("met on Monday … met again on Thursday")."""
    return day is None or not days or day in days


def shared_subject_group(tok: Token, trigger: int, group: list[int], met: Callable[[Token], list[int]]) -> list[int]:
    """Whom a group anaphor a verb shares with the trigger it is conjoined to stands for: "The leaders met X and then
    held separate talks with Y": a verb with no subject of its own, conjoined to the trigger of the event just before
    (``trigger``, with participants ``group``), shares that trigger's subject, which is the event's group without the
    ones that trigger met (``met``: its objects and partners): X is no side of the talks with Y."""
    head = tok.head
    if tok.pos_ != "VERB" or tok.dep_ != "conj" or head.i != trigger or \
            any(c.dep_ in lexicon.words("subject-deps") for c in tok.children):
        return group
    others = met(head)
    rest = [p for p in group if p not in others]
    return rest if others and rest else group

"""Talks that name none of their participants: "Peace talks between Sunnis and Shi'ites aimed at ending the
violence have ended", "the 32nd G8 Summit, held to discuss X", "Negotiations on the constitution resumed".

An article that reports no event with a named person, but speaks of a gathering (a noun that is an event word
and a gathering in ``event_nouns.tsv``: talks, negotiations, summit, meeting …, not negated, and a trigger
where ``meeting_verbs.tsv`` has a row for it: not "a press conference"), has
one event without participants: it gives no meeting pairs and no PLOVER CONSULT event of its own, but what the
talks were about attaches to it (:mod:`kg.extract.topics`), also what a sentence that reports the gathering with
a verb says ("the Administration convened state leaders to discuss X", :func:`gathering_verbs`). Its name is the
article's named event, else the first gathering noun with its compounds ("peace talks"); it is planned
(``intent``) when every mention is, and then its anchors are all its mentions (else every mention but "the
next/upcoming …").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context, dateline_place, sentence_place
from kg.extract.event_names import is_temporal, named_events
from kg.extract.rulematch import rule_marks
from kg.extract.topicnouns import meeting_nouns_in
from kg.extract.triggers import is_future, meeting_row, negated
from kg.extract.where import lemmas_in
from kg.model import EventFact

UNNAMED_RULE = "event:unnamed+"  # the rule of an event of talks naming no one, before its meeting_verbs.tsv id


def gathering_mentions(doc, summits: bool = False) -> list[Token]:
    """The gathering nouns of a document that are not negated, themselves or as the object of a negated verb
    ("did not hold talks") or of a cancelling one ("called off the summit"), nor a point in time ("after the
    talks"); with ``summits``, also a summit noun that its trigger row rules out, but a news conference or one after
    it ("a press conference … At the conference, X said")."""
    temporal, rows = lexicon.words("temporal-preps"), lexicon.simple_table("meeting_verbs.tsv", "lemma")
    nouns = lexicon.words("summit-nouns") if summits else frozenset()
    press = min(rule_marks(doc).tokens.get("press-conference", [len(doc)]), default=len(doc))
    return [t for t in meeting_nouns_in(doc) if (t.lemma_.lower() not in rows or meeting_row(t) or t.lemma_.lower()
                                                 in nouns and t.i < press)
            and not negated(t) and not negated(t.head if t.dep_ == "dobj" else t)  # "called off the summit"
            and not (t.dep_ == "pobj" and t.head.lower_ in temporal)]


def gathering_verbs(doc) -> list[Token]:
    """The verbs that report the gathering ("the Administration convened state leaders to discuss X",
    ``gathering-verbs``), held and not negated: in an article whose talks name no participant, their sentence
    says what the talks were about."""
    found = (doc[i] for i in lemmas_in(doc, lexicon.words("gathering-verbs")))  # the Doc's lemma index
    return [t for t in found if t.pos_ == "VERB" and not is_future(t) and not negated(t)]


def purpose_meetings(doc) -> list[Token]:
    """Verbs of a face-to-face meeting (``meeting_verbs.tsv`` kind ``meeting``: not "spoke with a reporter to
    discuss X") whose infinitive clause is a discussion cue (``topic-discussion-cues``), held and not negated:
    "Thai and Laotian officials met in Bangkok to discuss X", "… met at the forum, where they discussed X" reports
    talks, whoever took part (in an article with no
    gathering noun their event is what X attaches to; a planned one, "the Senate was to meet to discuss X", is not
    enough for an event)."""
    cues = lexicon.simple_table("topic_cues.tsv", "id")
    lemmas = frozenset(cues[i]["lemma"] for i in lexicon.words("topic-discussion-cues") if i in cues)
    found = [doc[i] for i in lemmas_in(doc, lemmas)]  # the Doc's lemma index, not every token
    verbs = [t.head for t in found if t.dep_ in ("advcl", "xcomp") and t.head.i < t.i
             and any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children) and t.head.pos_ == "VERB"]
    verbs += [v for t in found if (v := _where_clause_verb(t)) is not None]
    return [v for v in verbs if (meeting_row(v) or {}).get("kind") == "meeting" and not is_future(v) and not negated(v)]


def _where_clause_verb(cue: Token) -> Token | None:
    """"Officials met at the forum in Oslo, where they discussed X": the verb whose place phrase a "where" clause
    of a discussion cue describes."""
    if cue.dep_ != "relcl" or not any(c.lower_ == "where" for c in cue.children):
        return None
    node = cue.head
    while node.dep_ in ("pobj", "prep") and node.head.i != node.i:
        node = node.head
    return node if node.pos_ == "VERB" and node.i < cue.i else None


def unnamed_talks(ctx: Context, events: list[EventFact],
                  anchors: dict[str, list[int]]) -> tuple[list[EventFact], dict[str, list[int]]]:
    """The article's events, with one event of unnamed participants when it has none of its own, or only plans
    and calls reported after a held gathering ("… at the summit. X will have breakfast with Y on Tuesday")."""
    mentions = gathering_mentions(ctx.doc) or purpose_meetings(ctx.doc)
    held = [t for t in mentions if not is_future(t)]
    if events and not (held and later_plans(events, anchors, held[0].i)):
        return events, _joined_talks(ctx, events, anchors)
    if not mentions:
        return events, anchors
    named = [(name, span) for name, span in named_events(ctx) if not is_temporal(span)]
    eid = f"e{len(events) + 1}" if events else "e1"
    fact = gathering_fact(ctx, eid, mentions[0], (), planned=not held)
    verbs = [t.i for t in gathering_verbs(ctx.doc)]
    return [fact, *events], {**anchors, eid: [t.i for t in _same_gathering(held, mentions)] +
                             [span.start for _, span in named] + verbs}


def later_plans(events: list[EventFact], anchors: dict[str, list[int]], first: int) -> bool:
    """Whether every event is a plan or a call that the text reports after a held gathering's first mention."""
    return all(e.kind in ("intent", "call") and min(anchors.get(e.id, [first])) > first for e in events)


def gathering_fact(ctx: Context, eid: str, first: Token, people: tuple, planned: bool = False,
                   suffix: str = "") -> EventFact:
    """The event of a gathering noun (``first``, its first mention) with the given participants: named by the
    article's named event, else by the noun with its compounds."""
    named = [(name, span) for name, span in named_events(ctx) if not is_temporal(span)]
    row = meeting_row(first) or lexicon.simple_table("meeting_verbs.tsv", "lemma")["meeting"]
    name = named[0][0] if named else _noun_phrase(first) if first.pos_ != "VERB" else None  # "met to discuss X"
    start, end = (named[0][1].start, named[0][1].end) if named else (first.i, first.i + 1)
    return EventFact(
        id=eid, kind="intent" if planned else "meeting", participants=people,
        evidence=ctx.evidence(start, end, f"{UNNAMED_RULE}{row['id']}{suffix}"), name=name,
        location=sentence_place(first.sent, first) or dateline_place(ctx.article),
        cameo="036" if planned else row.get("cameo"), plover="INTEND" if planned else "CONSULT",
        plover_mode=row.get("plover_mode"))


def _joined_talks(ctx: Context, events: list[EventFact], anchors: dict[str, list[int]]) -> dict[str, list[int]]:
    """An article whose only event is of persons who joined the talks ("X was also present at the talks",
    "Representatives included A and B"): every mention of the talks is that event's ("Peace talks aimed at X")."""
    if len(events) != 1 or events[0].kind != "join" or events[0].name is not None:
        return anchors
    mentions = _same_gathering([t for t in gathering_mentions(ctx.doc) if not is_future(t)],
                               gathering_mentions(ctx.doc))
    return {**anchors, events[0].id: anchors.get(events[0].id, []) + [t.i for t in mentions]}


def _same_gathering(held: list[Token], mentions: list[Token]) -> list[Token]:
    """The mentions that speak of the article's talks: planned mentions too ("the G-20 meeting next week will
    discuss X", in an article about it), but not "the next round of talks" after talks that happened."""
    if not held:
        return mentions
    marks = rule_marks(held[0].doc)
    return [t for t in mentions if not any(marks.has("upcoming", c.i) for c in t.children)]


def _noun_phrase(tok: Token) -> str:
    """"peace talks": the noun with the compounds and adjectives right before it."""
    left = [c for c in tok.lefts if c.dep_ in ("compound", "amod") and c.i >= tok.i - 3]
    return " ".join([*(c.text for c in left), tok.text])

"""Partners of a noun trigger that the parser hangs away from it: on what the meeting is about ("a meeting about
the crisis with Y"), after a clause that closes its "between" phrase early ("talks between X, who arrived on Sunday,
and Y"), or on the verb whose place phrase a news conference is ("X appeared with Y at a news conference").

``persons_in_phrase`` is passed in by :mod:`kg.extract.participants`, which calls these (no import circle).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.groups import phrase
from kg.extract.rulematch import rule_marks

TAIL_SPAN = 12  # tokens after a "between" phrase's one person in which the ", and" before the other side may come

Persons = Callable[[Context, Token], list[int]]


def stray_partners(ctx: Context, tok: Token, persons_in_phrase: Persons) -> list[int]:
    """The partners of a noun trigger that the parser hung elsewhere (none for other triggers)."""
    if tok.pos_ != "NOUN":
        return []
    return about_partners(ctx, tok, persons_in_phrase) + between_tail(ctx, tok, persons_in_phrase) + \
        verb_partners(ctx, tok, persons_in_phrase)


def about_partners(ctx: Context, tok: Token, persons_in_phrase: Persons) -> list[int]:
    """"a meeting about the crisis with Y": the parser hangs the noun trigger's "with Y" on what it is about
    (``topic-about-preps``); Y is the partner all the same."""
    about = lexicon.words("topic-about-preps")
    return [e for p in tok.children if p.dep_ == "prep" and p.lower_ in about
            for o in p.children if o.dep_ == "pobj"
            for w in o.children if w.dep_ == "prep" and w.lower_ == "with" for e in persons_in_phrase(ctx, w)]


def between_tail(ctx: Context, tok: Token, persons_in_phrase: Persons) -> list[int]:
    """"talks between X, who arrived on Sunday, and Y", "a meeting between X, claiming to represent Z, and Y": the
    parser ends the "between" phrase with the clause after its one person and hangs Y elsewhere; the person just
    after the ", and" that closes the clause (``TAIL_SPAN`` tokens on at most) is the other side; not where the
    phrase lists sides of its own ("talks between X and the rebels, …, and Y said")."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "between"]
    if len(preps) != 1 or len(persons_in_phrase(ctx, preps[0])) != 1 or \
            any(t.dep_ == "conj" for t in phrase(preps[0])):
        return []
    doc, start = tok.doc, preps[0].right_edge.i + 1
    stop = min(start + TAIL_SPAN, tok.sent.end - 3)
    comma = next((j for j in range(start, stop) if doc[j].text == "," and doc[j + 1].lower_ == "and"), None)
    if comma is None:
        return []
    return next((ctx.persons_at(doc[j]) for j in range(comma + 2, min(comma + 6, tok.sent.end))
                 if ctx.persons_at(doc[j])), [])


def verb_partners(ctx: Context, tok: Token, persons_in_phrase: Persons) -> list[int]:
    """"X appeared with Y at a news conference", "X, speaking alongside Y at a news conference, said": a news
    conference in a place phrase of a verb (``gathering-place-preps``) has the verb's "with" or "alongside" partner."""
    marks = rule_marks(tok.doc)
    if not marks.has("press-conference", tok.i) or tok.dep_ != "pobj" or \
            tok.head.lower_ not in lexicon.words("gathering-place-preps"):
        return []
    verb = tok.head.head
    return [e for c in verb.children if c.i != tok.head.i and c.dep_ == "prep" and marks.has("participant-prep", c.i)
            for e in persons_in_phrase(ctx, c)]

"""Persons a participant phrase names who take no part in its meeting: the owner of a staff ("their teams"), a
principal a staff title names ("Assistant to the President"), the one a served-nouns word serves ("an aide to
President Y", "Y's family"), a name an apposition calls a place, a title owning a building's name ("the
President's House"), a name modifying a thing ("the Biden-Harris Administration"), a person's affiliation NER took
for a person ("Y of Batkivshchyna"), the place or body NER took for a person before another person's title ("Rakhine
State Chief Minister Y") and an emphatic reflexive ("Trump himself"); and a person the text keeps out of its
gatherings ("X was not invited": :func:`kept_out`).
:func:`kg.extract.participants.persons_in_phrase` asks these.
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.rulematch import rule_marks
from kg.extract.titles import title_at
from kg.model import EventFact


def adds_no_one(ctx: Context, tok: Token) -> bool:
    """A word of a participant phrase that adds no one: a staff's owner ("their teams") or an emphatic reflexive."""
    return staff_owner(tok) or emphatic(ctx, tok)


def names_no_participant(ctx: Context, tok: Token) -> bool:
    """A name in a participant phrase that is not a participant: a modifier of a thing, a staff title's principal,
    the one a served-nouns word serves, or a place an apposition names."""
    return modifies_thing(ctx, tok) or principal(tok) or served(tok) or place_named(tok) or spouse(tok) or \
        venue_owner(tok) or matter(tok) or members_from(tok) or affiliation(ctx, tok) or title_scope(ctx, tok)


def emphatic(ctx: Context, tok: Token) -> bool:
    """"Trump himself": a reflexive right after a person's name stresses that person; it adds no one."""
    return tok.lower_ in lexicon.words("emphatic-reflexives") and tok.i > 0 and bool(ctx.persons_at(tok.doc[tok.i - 1]))


def staff_owner(tok: Token) -> bool:
    """"their teams", "X's aides" (``staff-nouns``): the owner of a staff does not take part in its meeting."""
    return tok.dep_ == "poss" and tok.head.lemma_.lower() in lexicon.words("staff-nouns")


def principal(tok: Token) -> bool:
    """"Assistant to the President", "Advisor to the Vice President": the principal a staff title names, who
    is not in the phrase's company (``principal-prep`` mark on "to/of/for the" after a capitalised title)."""
    prep = tok.head
    return tok.dep_ == "pobj" and rule_marks(tok.doc).has("principal-prep", prep.i) and prep.head.i != prep.i \
        and prep.head.text[:1].isupper() and not proper_name(tok)


def served(tok: Token) -> bool:
    """"X, an aide to President Y", "the wife of Y", "Y's family": the person a ``served-nouns`` word serves or
    belongs to is not the one met (a name's or a title's own words climb to its head first: "the prime minister's
    adviser")."""
    node = tok
    while node.dep_ in ("compound", "flat", "conj", "amod") and node.head.i != node.i:
        node = node.head
    owner = node.head if node.dep_ == "poss" else node.head.head if node.dep_ == "pobj" and \
        node.head.lower_ in ("to", "of", "for") else None
    return owner is not None and owner.pos_ == "NOUN" and owner.lower_ in lexicon.words("served-nouns")


def matter(tok: Token) -> bool:
    """"discussed the release of journalist X", "Y's extradition": the person a ``matter-nouns`` word is about
    (by "of" or a possessive) is what was discussed, not one met (a name's or a title's own words climb first)."""
    node = tok
    while node.dep_ in ("compound", "flat", "conj", "amod", "appos") and node.head.i != node.i:
        node = node.head
    owner = node.head if node.dep_ == "poss" else node.head.head if node.dep_ == "pobj" and \
        node.head.lower_ == "of" else None
    return owner is not None and owner.pos_ == "NOUN" and owner.lower_ in lexicon.words("matter-nouns")


def members_from(tok: Token) -> bool:
    """"Politicians from both sides took part in a discussion": the sides (or parties, countries) that unnamed
    members (``side-member-nouns``) come from are not the ones met."""
    node = tok
    while node.dep_ in ("compound", "flat", "conj", "amod", "appos") and node.head.i != node.i:
        node = node.head
    owner = node.head.head if node.dep_ == "pobj" and node.head.lower_ == "from" else None
    return owner is not None and owner.pos_ == "NOUN" and owner.lower_ in lexicon.words("side-member-nouns")


def affiliation(ctx: Context, tok: Token) -> bool:
    """"Arseniy Yatsenyuk of Batkivshchyna": the object of an "of" that follows a person's name is his party, town
    or country, whatever NER calls it, not a second person (the name's own words climb to its head first)."""
    node = tok
    while node.dep_ in ("compound", "flat") and node.head.i != node.i:
        node = node.head
    prep = node.head
    return node.dep_ == "pobj" and prep.lower_ == "of" and prep.head.i != prep.i and \
        prep.head.ent_type_ == "PERSON" and bool(ctx.persons_at(prep.head))


def title_scope(ctx: Context, tok: Token) -> bool:
    """"held talks with Rakhine State Chief Minister Nyi Pu": a name NER took for a person that a title right after
    it ties to another person's name is the title's place or body, not a second person (a title of the lexicon
    between the two names; not "X and Chief Minister Y")."""
    own = ctx.persons_at(tok)
    if tok.ent_type_ != "PERSON" or not own:
        return False
    doc, end = tok.doc, tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I" and doc[end].ent_type_ == "PERSON":
        end += 1
    hit = title_at(doc, end) if end < len(doc) else None
    if hit is None or hit[0] >= len(doc) or doc[hit[0]].ent_type_ != "PERSON":
        return False
    other = ctx.persons_at(doc[hit[0]])
    return bool(other) and not set(other) & set(own)


def spouse(tok: Token) -> bool:
    """"X and his wife, Y", "X and his wife Y", "his wife": a spouse (``spouse-nouns``) who comes along is no
    participant of the meeting (the name's own words climb to its head first)."""
    node = tok
    while node.dep_ in ("compound", "flat") and node.head.i != node.i:
        node = node.head
    words = lexicon.words("spouse-nouns")
    return node.lower_ in words or node.dep_ == "appos" and node.head.lower_ in words or \
        any(c.dep_ == "compound" and c.lower_ in words for c in node.children)


def proper_name(tok: Token) -> bool:
    """A proper name (not "the President"): "to the President" names a principal, "to Joe Biden" a person."""
    return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON"


def venue_owner(tok: Token) -> bool:
    """A title that owns a building's name, no participant: "held talks at the President's House", "at the Prime
    Minister's Palace" (a capitalised ``venue-name-tails`` word after the possessive; not a named owner)."""
    head = tok.head
    return tok.dep_ == "poss" and tok.ent_type_ != "PERSON" and head.text[:1].isupper() and \
        head.lower_ in lexicon.words("venue-name-tails")


def place_named(tok: Token) -> bool:
    """A name an apposition calls a place, which NER took for a person: "visited Haret Hreik, a crowded Beirut
    neighbourhood" (``place-appos-nouns``)."""
    node = tok.head if tok.dep_ == "compound" else tok
    return any(c.dep_ == "appos" and c.lemma_.lower() in lexicon.words("place-appos-nouns") for c in node.children)


def modifies_thing(ctx: Context, tok: Token) -> bool:
    """A name used as a modifier of something that is not a person: "the Biden-Harris Administration"; not a name
    the parser hung on the lowercase title of the name after its "and" (``lost-conjunct``: "X and FBI director Y")."""
    if rule_marks(tok.doc).has("lost-conjunct", tok.i):
        return False
    node = tok
    while node.dep_ in ("compound", "amod", "nmod") and node.head.i != node.i and ctx.persons_at(node):
        node = node.head
    return node.i != tok.i and not ctx.persons_at(node) and (node.pos_ == "NOUN" or node.pos_ == "PROPN"
                                                              and node.ent_type_ in lexicon.words("thing-entities"))


def without_kept_out(ctx: Context, events: list[EventFact]) -> list[EventFact]:
    """The events, a gathering of three or more without the persons the text keeps out of its gatherings
    (:func:`kept_out`): "the leaders asked X to implement a roadmap. X, who has been excluded from SADC meetings, was
    not invited" (a meeting of two names its sides itself)."""
    if not rule_marks(ctx.doc).tokens.get("kept-out"):
        return events
    out = {ctx.person(e.index).key for e in ctx.entities if kept_out(ctx, e.index)}
    return [dataclasses.replace(e, participants=tuple(p for p in e.participants if p.key not in out))
            if len(e.participants) > 2 and any(p.key in out for p in e.participants) else e for e in events]


def kept_out(ctx: Context, entity: int) -> bool:
    """Whether the text says the person was kept out: a name (or its relative clause's "who") is the subject of a
    passive ``kept-out`` verb ("X, who has been excluded from the bloc's meetings, was not invited"), so a group
    that gathered ("SADC leaders") does not stand for him."""
    marks = rule_marks(ctx.doc)
    for m in ctx.mentions:
        if m.kind != "name" or entity not in m.entities:
            continue
        root = ctx.doc[m.start:m.end].root
        verbs = [root.head] if root.dep_ == "nsubjpass" else []
        verbs += [c for c in root.children if c.dep_ == "relcl" and any(s.dep_ == "nsubjpass" for s in c.children)]
        if any(marks.has("kept-out", v.i) for v in verbs):
            return True
    return False

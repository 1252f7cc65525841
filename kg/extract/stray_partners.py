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
    """The partners of a noun trigger that the parser hung elsewhere; of a verb trigger, its agent hung on its
    place (:func:`place_agent`) and the leader of the company it lists (:func:`company_leader`)."""
    if tok.pos_ != "NOUN":
        return place_agent(ctx, tok, persons_in_phrase) + company_leader(ctx, tok, persons_in_phrase) + \
            gathering_holders(ctx, tok, persons_in_phrase) + list_tail_above(ctx, tok, persons_in_phrase)
    return about_partners(ctx, tok, persons_in_phrase) + between_tail(ctx, tok, persons_in_phrase) + \
        verb_partners(ctx, tok, persons_in_phrase) + place_partners(ctx, tok, persons_in_phrase)


def place_partners(ctx: Context, tok: Token, persons_in_phrase: Persons) -> list[int]:
    """"a final round of talks at the press centre with Y": the parser hangs the noun trigger's "with Y" on its place
    phrase (``trigger-place-preps``); Y is the partner all the same (not where the trigger has a "with" of its own)."""
    if any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children):
        return []
    places = lexicon.words("trigger-place-preps")
    withs = [w for p in tok.children if p.dep_ == "prep" and p.lower_ in places
             for o in p.children if o.dep_ == "pobj" for w in o.children if w.dep_ == "prep" and w.lower_ == "with"]
    found = [e for w in withs for e in persons_in_phrase(ctx, w)]
    # "a round of talks at X with A, …; B, …; and C": the items after a semicolon hung on "round"
    owner = tok.head.head if found and tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
    items = [c for c in owner.children if c.dep_ in LIST_ITEM_DEPS and c.pos_ == "PROPN" and c.i > withs[0].i] \
        if owner is not None else []
    return found + [e for c in items for e in persons_in_phrase(ctx, c)]


def place_agent(ctx: Context, tok: Token, persons_in_phrase: Persons) -> list[int]:
    """"X was received at the presidential palace by Y": the parser hangs the "by" agent of a passive verb trigger
    on its place phrase (``trigger-place-preps``); Y is the partner all the same (not where the verb has an agent)."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in tok.children) or \
            any(c.dep_ == "agent" for c in tok.children):
        return []
    places = lexicon.words("trigger-place-preps")
    return [e for p in tok.children if p.dep_ == "prep" and p.lower_ in places
            for o in p.children if o.dep_ == "pobj"
            for b in o.children if b.lower_ == "by" and b.dep_ in ("prep", "agent") for e in persons_in_phrase(ctx, b)]


def gathering_holders(ctx: Context, tok: Token, persons_in_phrase: Persons) -> list[int]:
    """"The ceremony, hosted by X, was attended by A and B", "The meeting was chaired by X and attended by A": the
    host or chair (the "by" agent of a ``gathering-hold-verbs`` verb) of the gathering a passive verb trigger's
    agents attend, named in a participle of its passive subject or in the passive verb it is joined to, takes part
    with them (not "The accord, drafted by X, was signed by A and B": no verb of holding a gathering)."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "agent" for c in tok.children):
        return []
    holds = lexicon.words("gathering-hold-verbs")
    subjects = [c for c in tok.children if c.dep_ == "nsubjpass" and c.pos_ == "NOUN"]
    verbs = [a for s in subjects for a in s.children if a.dep_ == "acl" and a.tag_ == "VBN"]
    verbs += [tok.head] if tok.dep_ == "conj" and tok.head.tag_ in ("VBN", "VBD") else []
    return [e for v in verbs if v.lemma_.lower() in holds for c in v.children
            if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "by" for e in persons_in_phrase(ctx, c)]


def list_tail_above(ctx: Context, tok: Token, persons_in_phrase: Persons) -> list[int]:
    """"after a session attended by A, the secretary of X, B, and C": the parser ends a verb trigger's "by" or
    "with" list at an apposition and hangs its last item, right after the list's ", and", as a conjunct of a verb
    above the trigger; that name is a partner all the same (not "X said after meeting A, and B agreed": B is
    the subject of a verb of its own)."""
    doc = tok.doc
    preps = [c for c in tok.children if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "with"]
    if tok.pos_ != "VERB" or tok.dep_ == "ROOT" or len(preps) != 1:
        return []
    end = preps[0].right_edge.i
    if end + 3 >= tok.sent.end or doc[end + 1].text != "," or doc[end + 2].lower_ != "and":
        return []
    return [e for t in doc[end + 3:tok.sent.end] if t.dep_ == "conj" and t.pos_ == "PROPN" and
            t.left_edge.i == end + 3 and t.head.is_ancestor(tok) for e in persons_in_phrase(ctx, t)]


def included_members(ctx: Context, tok: Token, persons_in_phrase: Persons) -> list[int]:
    """"joined by a larger group that included A, B and C", "a delegation which comprised X and Y": the persons a
    relative clause of a ``member-listing-verbs`` verb lists as its object are members of the company a
    ``company-nouns`` word names."""
    if tok.pos_ != "NOUN" or tok.lower_ not in lexicon.words("company-nouns"):
        return []  # not "the visit, which had included an audience with X"
    verbs = lexicon.words("member-listing-verbs")
    return [e for c in tok.children if c.dep_ == "relcl" and c.lemma_.lower() in verbs and
            any(s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)
            for o in c.children if o.dep_ == "dobj" for e in persons_in_phrase(ctx, o)]


def company_leader(ctx: Context, tok: Token, persons_in_phrase: Persons) -> list[int]:
    """"The mission was led by X and included A and B": the leader (the "by" agent of a ``company-leading-verbs``
    verb whose passive subject a ``company-nouns`` word is) of the company whose members a verb joined to it lists
    takes part with them."""
    head = tok.head
    if tok.dep_ != "conj" or head.lemma_.lower() not in lexicon.words("company-leading-verbs") or \
            not any(c.dep_ == "nsubjpass" and c.lower_ in lexicon.words("company-nouns") for c in head.children):
        return []
    return [e for c in head.children if c.dep_ == "agent" for e in persons_in_phrase(ctx, c)]


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
    conference in a place phrase of a verb (``gathering-place-preps``) has the verb's "with" or "alongside" partner;
    so has a conference or forum its persons spoke at together ("X spoke at the forum along with Y":
    ``shared-gathering``)."""
    marks = rule_marks(tok.doc)
    if not (marks.has("press-conference", tok.i) or marks.has("shared-gathering", tok.i)) or tok.dep_ != "pobj" or \
            tok.head.lower_ not in lexicon.words("gathering-place-preps"):
        return []
    verb = tok.head.head
    return [e for c in verb.children if c.i != tok.head.i and c.dep_ in ("prep", "advmod")
            and marks.has("participant-prep", c.i) for e in persons_in_phrase(ctx, c)]


def agent_tail(ctx: Context, tok: Token, persons_in_phrase: Persons) -> list[int]:
    """"The talks, attended by A, B and C, ended": the parser ends the "by" phrase of a participle that describes a
    noun after its first person and hangs the others on the noun as its conjuncts; the persons of those
    conjuncts (after the "by") are the participle's partners too (none where the noun is the trigger itself, whose
    own conjuncts count already)."""
    agents = [c for c in tok.children if c.dep_ == "agent"]
    if tok.dep_ != "acl" or len(agents) != 1 or tok.head.pos_ != "NOUN":
        return []
    return [e for c in tok.head.children if c.dep_ == "conj" and c.i > agents[0].i and c.pos_ == "PROPN"
            for e in persons_in_phrase(ctx, c)]


LIST_ITEM_DEPS = ("npadvmod", "dep", "appos", "conj")  # list items the parser hangs on a trigger


def after_second_partner(tok: Token, item: Token) -> bool:
    """Whether a list item the parser hung on a trigger comes after a second "with" phrase of it ("met with A in
    the palace as well as with her counterpart, B": B is that phrase's apposition, not a partner of A's meeting)."""
    marks = rule_marks(tok.doc)
    return any(marks.has("second-partner-prep", t.i) and t.i < item.i for t in tok.subtree)


def second_partner_tail(ctx: Context, head: Token, persons_in_phrase: Persons) -> list[int]:
    """The persons of the list items after a second "with" phrase (``head``) that the parser hung on its trigger:
    they belong to that phrase ("… as well as with her counterpart, B": B is met in that meeting)."""
    if not rule_marks(head.doc).has("second-partner-prep", head.i):
        return []
    trigger = next((a for a in head.ancestors if a.pos_ in ("VERB", "NOUN")), None)
    return [] if trigger is None else [e for c in trigger.children if c.i > head.i and c.dep_ in LIST_ITEM_DEPS and
                                       c.pos_ == "PROPN" for e in persons_in_phrase(ctx, c)]


def fronted_subject(verb: Token) -> list[Token]:
    """"At a meeting in Oslo, X and Y agreed to …": the subject the parser joined to the place of a fronted phrase
    (``fronted-lost-subject``) is the subject of a verb that has none."""
    lost = rule_marks(verb.doc).tokens.get("fronted-lost-subject", [])  # its few marked words, not the verb's subtree
    if not lost or any(c.dep_ in lexicon.words("subject-deps") for c in verb.children):
        return []
    return [verb.doc[i] for i in lost if i < verb.i and verb.is_ancestor(verb.doc[i])][:1]

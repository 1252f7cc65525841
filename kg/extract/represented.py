"""A side represented at the gathering just before: "… brought together A, B and C. Russia was represented by
Deputy Foreign Minister D" (D took part; :func:`kg.extract.events.meeting_drafts` adds him to that event), and
those who represent a side at the article's one gathering (:func:`represented_at`, for
:mod:`kg.extract.attendees`): "The ruling party was represented by its general secretary, X, and the opposition
by Y", "Z joined by video link and was represented in person by his foreign minister, W"."""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.participants import dedupe, persons_in_phrase
from kg.extract.titles import title_at
from kg.extract.triggers import is_future
from kg.extract.where import lemmas_in


def represented_by(ctx: Context, root: Token) -> list[int]:
    """The persons of the agent of a passive ``represented-verbs`` main verb whose subject is a state or an
    organisation (``represented-subject-entities``), in the past and not negated: "Russia was represented by X",
    "China was represented at the talks by Y" (not "X was represented by his lawyer", "will be represented by Z")."""
    if root.dep_ == "ROOT" and root.lemma_.lower() in lexicon.words("side-sent-verbs"):
        return _sent_by_side(ctx, root)
    if root.dep_ != "ROOT" or root.lemma_.lower() not in lexicon.words("represented-verbs") or root.tag_ != "VBN":
        return []
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in aux) or any(a.dep_ == "aux" for a in aux) or \
            any(c.dep_ == "neg" for c in root.children):
        return []
    entities = lexicon.words("represented-subject-entities")
    if not any(c.dep_ == "nsubjpass" and c.ent_type_ in entities and not ctx.persons_at(c) for c in root.children):
        return []
    agents = [c for c in root.children if c.dep_ == "agent"]  # or a "by" the parser hung on the place phrase
    agents += [b for p in root.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
               for b in o.children if b.dep_ == "prep" and b.lower_ == "by"]
    return [e for c in agents for e in persons_in_phrase(ctx, c)]


def represented_at(ctx: Context, mentions: set[int]) -> list[int]:
    """The persons who represented a side at the article's one gathering (``mentions``: its gathering nouns), told
    after its first mention: the agents of a past passive ``represented-verbs`` verb whose subject is a state, a
    people or an organisation ("The ruling party was represented by its general secretary, X, and the opposition
    by Y", the gapped second side's agent hung on the same verb), or a person represented by an official of his own
    ("Z was represented in person by his foreign minister, W"; not "by his lawyer", not "will be represented")."""
    if not mentions:
        return []
    after = min(mentions)
    verbs = map(ctx.doc.__getitem__, lemmas_in(ctx.doc, lexicon.words("represented-verbs")))  # in order
    return dedupe([e for tok in verbs if tok.i > after and _past_passive(tok)
                   for agent in _agents(tok) if _side_of(ctx, tok, agent) for e in persons_in_phrase(ctx, agent)])


def _agents(verb: Token) -> list[Token]:
    """The verb's "by" phrases, and that of a gapped second side: "… and the opposition by its deputy leader, Y"
    (the side a conjunct of the verb, its "by" hung on it)."""
    gapped = [p for c in verb.children if c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN")
              for p in c.children if p.dep_ in ("prep", "agent") and p.lower_ == "by"]
    return [c for c in verb.children if c.dep_ == "agent"] + gapped


def _past_passive(verb: Token) -> bool:
    """"was represented", "were represented": past, passive, not negated nor planned."""
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")]
    return verb.tag_ == "VBN" and any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in aux) and \
        not any(a.dep_ in ("aux", "neg") for a in aux) and not is_future(verb)


def _side_of(ctx: Context, verb: Token, agent: Token) -> bool:
    """Whether the represented side is a state, a people or an organisation (``represented-subject-entities``), or a
    person whose own official represents him ("his foreign minister": a title after his or her)."""
    subjects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not subjects and verb.dep_ == "conj":
        subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if any(_side_subject(ctx, c) for c in subjects):
        return True
    heads = [p for p in agent.children if p.dep_ == "pobj"]
    own = [h for h in heads if any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in h.children) and
           any(title_at(h.doc, k) for k in range(h.left_edge.i, h.i + 1))]
    return bool(own) and any(ctx.persons_at(c) for c in subjects)


def _sent_by_side(ctx: Context, root: Token) -> list[int]:
    """"Oman sent its deputy prime minister, X": the persons a state or an organisation sent, in the past, with no
    place or purpose of their own (not "sent X to Niamey", "sent X to negotiate"; but "sent X to the summit")."""
    events = lexicon.event_nouns("event_word")
    if root.tag_ != "VBD" or any(c.dep_ in ("neg", "aux", "xcomp", "advcl", "ccomp") for c in root.children) or \
            not any(c.dep_ == "nsubj" and _side_subject(ctx, c) for c in root.children):
        return []
    if any(c.dep_ in ("prep", "dative") and not any(o.dep_ == "pobj" and o.lemma_.lower() in events
                                                     for o in c.children) for c in root.children):
        return []
    return [e for c in root.children if c.dep_ == "dobj" for e in persons_in_phrase(ctx, c)]


def _side_subject(ctx: Context, tok: Token) -> bool:
    """A side that sends or is represented: a country's name (even where NER calls it a person, "Mali sent …"), a
    state, people or organisation entity (``represented-subject-entities``) that names no person, or a side's noun
    ("the ruling party", ``represented-side-nouns``)."""
    if lexicon.lookup_polity(tok.text):
        return True
    return (tok.ent_type_ in lexicon.words("represented-subject-entities") or
            tok.lemma_.lower() in lexicon.words("represented-side-nouns")) and not ctx.persons_at(tok)

"""Mentions by a definite descriptor of a person named shortly before, as a clause's subject: "The visiting leader
had spent the weekend in separate meetings. On Saturday he called on X" (the leader is Y, named as a subject just
before, and "he" after it is Y too), "the Jordanian envoy was received by X", "the 77-year-old president met X".

A descriptor is "the", modifiers and a head that names a person (``speaker-descriptor-nouns``,
``side-descriptor-nouns``) or a title of ``speaker-descriptor-title-kinds`` after a describing modifier (a demonym or
country, or a word of ``side-descriptor-modifiers``: "visiting", "veteran", the "old" of "77-year-old"), or an age
alone ("the 62-year-old met …"); it holds no name. It stands for the person last named as a subject in its sentence
or the ``REACH`` sentences before whose countries and posts fit it (a demonym: one of the person's countries, not a
birthplace's "Lebanese-born"; a title: a post with the same last word; "the monarch" alone,
``monarch-descriptor-nouns``: a post of ``monarch-titles``), passing over those who do not fit. Role anaphors that a
title makes alone ("the Kenyan president") are :mod:`kg.extract.anaphora`'s; the descriptor as an object or partner
of a meeting is read by :mod:`kg.extract.descriptor_sides`.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.mentions import Mention
from kg.extract.people import Entity
from kg.extract.sentences import sentence_number
from kg.extract.titles import title_at
from kg.extract.where import tokens_with

REACH = 3  # sentences before the descriptor's own that its person may be named in
MODIFIER_DEPS = ("amod", "compound", "nummod", "npadvmod", "nmod")
SUBJECT_DEPS = ("nsubj", "nsubjpass")


def descriptor_mentions(doc: Doc, mentions: list[Mention], entities: list[Entity], when: dt.date | None
                        ) -> list[Mention]:
    """The resolved descriptor subjects of a Doc (``mentions``: its resolved mentions, in order)."""
    taken = {i for m in mentions for i in range(m.span_start, m.span_end)}
    out: list[Mention] = []
    for tok in map(doc.__getitem__, tokens_with(doc, "DEP", SUBJECT_DEPS)):
        if tok.i in taken or not is_descriptor(tok, taken):
            continue
        found = antecedent(doc, sorted(mentions + out, key=lambda m: m.start), entities, tok, when, set())
        if found:
            start = tok.left_edge.i
            out.append(Mention(start, tok.i + 1, None, "nominal", rule="descriptor-anaphora", span_start=start,
                               span_end=tok.i + 1, subject=True, entities=found))
    return out


def is_descriptor(tok: Token, named: set[int]) -> bool:
    """"the visiting leader", "the Jordanian envoy", "the 77-year-old president": singular, "the", a describing
    modifier, a person's head noun or title, no name, and no name or post of its own after it; also "the envoy"
    alone, which only a person whose post has its word fits (:func:`antecedent`: "A UN envoy arrived. X said ….
    The envoy met Y" may be someone never named)."""
    if tok.pos_ != "NOUN" and not aged(tok) or tok.tag_ == "NNS" or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
        return False
    if any(c.dep_ in ("appos", "acl") or _own_post(c) for c in tok.children):
        return False  # "the top US diplomat in Iraq, Ambassador X": a post and a name of its own
    words = [t for t in tok.subtree if t.i <= tok.i]
    if any(t.i in named or t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" or t.pos_ in ("PRON", "PROPN") and
           not _describes(t) for t in words):
        return False
    return person_noun(tok) and (described(tok) or len(words) == 2) or described(tok) and post(tok) is not None


def described(tok: Token) -> bool:
    """Whether a modifier of the descriptor describes its person (:func:`_describes`), or it is an age alone."""
    return aged(tok) or any(_describes(t) for t in tok.subtree if t.i < tok.i)


def aged(tok: Token) -> bool:
    """"the 62-year-old held talks": an age with no noun after it, whose head is the adjective "old" itself."""
    return tok.pos_ == "ADJ" and tok.lower_ == "old" and any(c.lemma_.lower() == "year" for c in tok.children)


def _own_post(prep: Token) -> bool:
    """A phrase that gives the descriptor a post of its own: "of the union", "for trade", "to Iraq", "in Iraq" (not
    where he is met: "welcomed the visiting minister at the palace"; nor the charge of "accused the 67-year-old
    prime minister of wrecking the economy", whose "of" governs a gerund)."""
    if prep.dep_ == "prep" and any(c.dep_ == "pcomp" and c.tag_ == "VBG" for c in prep.children):
        return False
    return prep.dep_ == "prep" and (prep.lower_ in ("of", "for", "to") or any(
        p.dep_ == "pobj" and lexicon.lookup_polity(p.text) is not None for p in prep.children))


def person_noun(tok: Token) -> bool:
    """A head that describes any person, whatever his post ("leader", "envoy", "visitor")."""
    return tok.lemma_.lower() in lexicon.words("speaker-descriptor-nouns") | lexicon.words("side-descriptor-nouns")


def _describes(tok: Token) -> bool:
    """A modifier that describes a person: a demonym or country ("the Jordanian envoy"), or a word of
    ``side-descriptor-modifiers`` ("visiting", the "old" of "77-year-old", the "born" of "Lebanese-born")."""
    if tok.dep_ not in MODIFIER_DEPS and tok.head.dep_ not in MODIFIER_DEPS:
        return False
    return tok.lower_ in lexicon.words("side-descriptor-modifiers") or \
        tok.pos_ in ("ADJ", "PROPN") and lexicon.lookup_polity(tok.text) is not None


def countries(tok: Token) -> set[str]:
    """The countries the descriptor's modifiers name ("Jordanian": JO), not those of a birthplace ("Lebanese-born")."""
    born = any(t.lower_ == "born" for t in tok.subtree)
    return set() if born else {c for t in tok.subtree if t.i < tok.i and t.pos_ in ("ADJ", "PROPN")
                               for c in [lexicon.lookup_polity(t.text)] if c}


def post(tok: Token) -> str | None:
    """The role of a title of ``speaker-descriptor-title-kinds`` that ends at the descriptor's head ("the
    77-year-old president": President), else None."""
    for k in range(tok.left_edge.i + 1, tok.i + 1):
        found = title_at(tok.doc, k)
        if found and found[0] == tok.i + 1 and found[1].kind in lexicon.words("speaker-descriptor-title-kinds"):
            return found[1].role
    return None


def antecedent(doc: Doc, mentions: list[Mention], entities: list[Entity], tok: Token, when: dt.date | None,
               own: set[int]) -> list[int]:
    """The one person the descriptor at ``tok`` stands for: the last named as a subject before it, within ``REACH``
    sentences, who fits it and is none of ``own`` (the subjects of its own clause), or []."""
    wanted = countries(tok)
    role = None if person_noun(tok) else post(tok)  # "the Jordanian envoy": any envoy, a foreign minister too
    if not described(tok):
        role = tok.lemma_  # "the envoy" alone: one whose post says so ("special envoy X"), not any person before
    here = sentence_number(tok)
    for m in reversed(mentions):
        if m.start >= tok.i or len(m.entities) != 1 or not m.subject or m.entities[0] in own:
            continue
        if here - sentence_number(doc[m.start]) > REACH:
            return []
        if fits(entities[m.entities[0]], wanted, role, when):
            return list(m.entities)
    return []


def fits(ent: Entity, wanted: set[str], role: str | None, when: dt.date | None) -> bool:
    """The person is of a country the descriptor names and holds a post with its title's last word."""
    if wanted and not wanted & ent.countries():
        return False
    if role is None:
        return True
    word = lexicon.fold(role).replace("-", " ").split()[-1]
    roles = [r for r, _, _, _ in ent.roles()] + ([t.role for t in ent.actor.terms_at(when)] if ent.actor else [])
    if lexicon.fold(role) in lexicon.words("monarch-descriptor-nouns"):  # "the monarch": a King, an Emir
        return any(lexicon.fold(r) in {lexicon.fold(t) for t in lexicon.words("monarch-titles")} for r in roles if r)
    same = lexicon.words("descriptor-head-of-government-posts")
    if lexicon.fold(role) in same:  # "the visiting premier": a Prime Minister too
        return any(lexicon.fold(r) in same for r in roles if r)
    return any(_same_rank(lexicon.fold(r).replace("-", " ").split(), word, role) for r in roles if r)


def _same_rank(held: list[str], word: str, role: str) -> bool:
    """Whether a held post's words have the descriptor's last word and no ``head-rank-words`` word before it that
    the descriptor lacks: "the president" is no Vice President, "the vice president" is one."""
    if word not in held:
        return False
    wanted = set(lexicon.fold(role).replace("-", " ").split())
    return not any(w in lexicon.words("head-rank-words") and w not in wanted for w in held[:held.index(word)])

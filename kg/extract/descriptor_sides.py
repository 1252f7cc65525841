"""A side of a meeting named by a definite descriptor of one person named shortly before, as the meeting's object
or partner: "Y later received the Lebanese-born envoy", "Y welcomed the visiting minister", "Y held talks with the
Chilean diplomat" (the descriptor as a subject is a mention of its own: :mod:`kg.extract.descriptor_mentions`, whose
rules these are). The subjects of its own clause are not the person it stands for ("Y received the visiting
leader" is not Y)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from kg import lexicon
from kg.extract.descriptor_mentions import aged, antecedent, countries, fits, is_descriptor, post

if TYPE_CHECKING:
    from kg.extract.context import Context


def described_side(ctx: Context, tok: Token) -> list[int]:
    """The one person a definite descriptor heading a side phrase stands for, or []."""
    if tok.pos_ != "NOUN" and not aged(tok):
        return []  # no descriptor (:func:`is_descriptor`), whose subtree need not be read
    named = {t.i for t in tok.subtree if ctx.persons_at(t)}
    if not is_descriptor(tok, named):
        return []
    return antecedent(ctx.doc, ctx.mentions, ctx.entities, tok, ctx.article.date, _clause_subjects(ctx, tok))


def described_holder(ctx: Context, tok: Token) -> list[int]:
    """The one person named anywhere before a descriptor with a post ("accused the 67-year-old prime minister of
    …") who fits it (:func:`kg.extract.descriptor_mentions.fits`: its countries, a post with its title's last
    word), when no one fits among the subjects just before it (:func:`described_side`); none of its own clause's
    subjects, and [] when two or more fit."""
    if tok.pos_ != "NOUN" or not is_descriptor(tok, {t.i for t in tok.subtree if ctx.persons_at(t)}):
        return []
    role = post(tok)
    if role is None:
        return []
    own, wanted, when = _clause_subjects(ctx, tok), countries(tok), ctx.article.date
    found = {e for m in ctx.mentions if m.start < tok.i and len(m.entities) == 1 for e in m.entities}
    fit = [e for e in sorted(found - own) if fits(ctx.entities[e], wanted, role, when)]
    return fit if len(fit) == 1 else []


def _clause_subjects(ctx: Context, tok: Token) -> set[int]:
    """The persons of the subjects of the clause whose object or partner the descriptor is."""
    if tok.dep_ in lexicon.words("subject-deps"):
        return set()
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return {e for c in verb.children if c.dep_ in lexicon.words("subject-deps") for e in ctx.persons_of(c)}

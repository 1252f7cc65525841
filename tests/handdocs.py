"""Docs built by hand for the rule tests (not a test module): words, heads, deps, POS, tags, lemmas and entities
given row by row, so a failing rule test is the rule's, never the statistical model's."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract import context
from kg.extract.events import assemble
from kg.model import Article

NLP = spacy.blank("en")


def make(rows):
    """A Doc from rows (word, head, dep, pos, tag, lemma, ent); heads are absolute token indices."""
    words, heads, deps, pos, tags, lemmas, ents = (list(c) for c in zip(*rows, strict=True))
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)


def name(word, head, dep):
    """A person's one-word name as a row."""
    return (word, head, dep, "PROPN", "NNP", word, "B-PERSON")


def word(text, head, dep, pos, tag, lemma=None):
    """A row outside any entity."""
    return (text, head, dep, pos, tag, lemma or text.lower(), "O")


def meetings(doc, actors):
    """The participants' names of each meeting the event rules assemble from a hand-built Doc."""
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    events, _ = assemble(ctx)
    return [sorted(p.name for p in e.participants) for e in events if e.is_meeting]

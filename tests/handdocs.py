"""Docs built by hand for the rule tests (not a test module): words, heads, deps, POS, tags, lemmas and entities
given row by row, so a failing rule test is the rule's, never the statistical model's."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

NLP = spacy.blank("en")


def make(rows):
    """A Doc from rows (word, head, dep, pos, tag, lemma, ent); heads are absolute token indices."""
    words, heads, deps, pos, tags, lemmas, ents = (list(c) for c in zip(*rows, strict=True))
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)

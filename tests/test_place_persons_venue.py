""":func:`kg.extract.place_persons._venue_modifier` on hand-built Docs."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract import place_persons

VOCAB = spacy.blank("en").vocab


def doc_of(words: str, deps: str, heads: list[int], pos: str, lemmas: str) -> Doc:
    return Doc(VOCAB, words=words.split(), deps=deps.split(), heads=heads, pos=pos.split(), lemmas=lemmas.split())


def test_place_persons_venue_modifier_names_residence():
    # "at her Ganabhaban residence": the name of a residence; "met Ganabhaban at the residence": a person
    doc = doc_of("at her Ganabhaban residence", "ROOT poss compound pobj", [0, 3, 3, 0],
                 "ADP PRON PROPN NOUN", "at her Ganabhaban residence")
    assert place_persons._venue_modifier(doc[2:3])
    doc = doc_of("met Ganabhaban at the residence", "ROOT dobj prep det pobj", [0, 0, 0, 4, 2],
                 "VERB PROPN ADP DET NOUN", "meet Ganabhaban at the residence")
    assert not place_persons._venue_modifier(doc[1:2])

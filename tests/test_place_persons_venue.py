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


def test_place_persons_whole_city_names_no_person():
    # "marched through central La Paz": a two-word city as a whole; "Maria de la Paz met X": a longer name ends in it
    doc = doc_of("marched through central La Paz", "ROOT prep amod compound pobj", [0, 0, 4, 4, 1],
                 "VERB ADP ADJ PROPN PROPN", "march through central La Paz")
    assert place_persons.place_named(doc[3:5], [doc[3:5]])
    assert not place_persons.place_named(doc[3:5], [doc[2:5], doc[3:5]])
    doc = doc_of("met Pablo Aires", "ROOT compound dobj", [0, 2, 0], "VERB PROPN PROPN", "meet Pablo Aires")
    assert not place_persons.place_named(doc[1:3], [doc[1:3]])

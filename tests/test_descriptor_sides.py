"""Rule helpers of :mod:`kg.extract.descriptor_sides` on hand-built Docs (no model)."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from kg.extract import descriptor_mentions as ds

VOCAB = English().vocab


def doc_of(words: str, deps: str, heads: list[int], pos: str, lemmas: str) -> Doc:
    return Doc(VOCAB, words=words.split(), deps=deps.split(), heads=heads, pos=pos.split(), lemmas=lemmas.split())


def test_descriptor_sides_describes_demonym_and_visiting():
    # "the Jordanian envoy met Y", "the visiting leader met Y", "the new envoy met Y"
    for adj, pos, expected in (("Jordanian", "ADJ", True), ("visiting", "VERB", True), ("new", "ADJ", False)):
        doc = doc_of(f"the {adj} envoy met Y", "det amod nsubj ROOT dobj", [2, 2, 3, 3, 3],
                     f"DET {pos} NOUN VERB PROPN", f"the {adj.lower()} envoy meet Y")
        assert ds._describes(doc[1]) is expected


def test_descriptor_sides_countries_not_of_birthplace():
    # "the Jordanian envoy": JO; "the Lebanese - born envoy": a birthplace names no country of the person
    doc = doc_of("the Jordanian envoy", "det amod ROOT", [2, 2, 2], "DET ADJ NOUN", "the jordanian envoy")
    assert ds.countries(doc[2]) == {"JO"}
    doc = doc_of("the Lebanese - born envoy", "det npadvmod punct amod ROOT", [4, 3, 3, 4, 4],
                 "DET PROPN PUNCT VERB NOUN", "the Lebanese - bear envoy")
    assert ds.countries(doc[4]) == set()


def test_descriptor_sides_person_noun():
    doc = doc_of("the visiting envoy the visiting delegation", "det amod ROOT det amod appos", [2, 2, 2, 5, 5, 2],
                 "DET VERB NOUN DET VERB NOUN", "the visit envoy the visit delegation")
    assert ds.person_noun(doc[2]) and not ds.person_noun(doc[5])

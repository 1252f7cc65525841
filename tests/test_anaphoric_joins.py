"""Rule helpers of :mod:`kg.extract.anaphoric_joins` on hand-built Docs (no model)."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from kg.extract import anaphoric_joins as aj

VOCAB = English().vocab


def doc_of(words: str, deps: str, heads: list[int], tags: str) -> Doc:
    return Doc(VOCAB, words=words.split(), deps=deps.split(), heads=heads, tags=tags.split())


def test_anaphoric_joins_sides_of_participle_are_the_clause_subjects():
    # "the leaders met , joined by A": the participle has no side of its own; its clause's subject stands in
    doc = doc_of("the leaders met , joined by A", "det nsubj ROOT punct advcl agent pobj", [1, 2, 2, 2, 2, 4, 5],
                 "DT NNS VBD , VBN IN NNP")
    assert [t.i for t in aj._sides(doc[4])] == [1]


def test_anaphoric_joins_sides_of_own_clause_kept():
    # "they were joined by A": the verb's own subject; "A joined them": its own subject and object
    doc = doc_of("they were joined by A", "nsubjpass auxpass ROOT agent pobj", [2, 2, 2, 2, 3], "PRP VBD VBN IN NNP")
    assert [t.i for t in aj._sides(doc[2])] == [0]
    doc = doc_of("A joined them", "nsubj ROOT dobj", [1, 1, 1], "NNP VBD PRP")
    assert [t.i for t in aj._sides(doc[1])] == [0, 2]


def test_anaphoric_joins_sides_not_of_a_finite_clause_below():
    # "the leaders met as A joined": a finite adverbial clause (not a participle) keeps its own sides (none)
    doc = doc_of("the leaders met as A joined", "det nsubj ROOT mark nsubj advcl", [1, 2, 2, 5, 5, 2],
                 "DT NNS VBD IN NNP VBD")
    assert [t.i for t in aj._sides(doc[5])] == [4]
    doc = doc_of("the leaders met , joining later", "det nsubj ROOT punct advcl advmod", [1, 2, 2, 2, 2, 4],
                 "DT NNS VBD , VBG RB")
    assert aj._sides(doc[4]) == []

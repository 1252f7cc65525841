"""kg.extract.lexmatch.fold_norms: each token's norm is its folded text, on a first Doc and on later Docs of the same
vocab (whose words' norms are kept with the vocab's matcher), without a statistical model."""

import spacy
from spacy.tokens import Doc

from kg.extract.lexmatch import fold_norms, reset_matchers
from kg.lexicon import fold

WORDS = ["López", "Obrador", "met", "the", "U.S.", "Leaders’", "López", "in", "Zürich", "THE"]


def test_lexmatch_norms_are_folded_texts_on_every_doc():
    vocab = spacy.blank("en").vocab
    for words in (WORDS, list(reversed(WORDS)), WORDS[:3] + ["Ayşe", "met"]):
        doc = Doc(vocab, words=words)
        fold_norms(doc)
        assert [t.norm_ for t in doc] == [fold(w) for w in words]


def test_lexmatch_norms_after_the_matchers_are_reset():
    vocab = spacy.blank("en").vocab
    fold_norms(Doc(vocab, words=WORDS))
    reset_matchers()
    doc = Doc(vocab, words=["Zürich", "Talks"])
    fold_norms(doc)
    assert [t.norm_ for t in doc] == ["zurich", "talks"]


def test_lexmatch_norms_of_an_empty_doc():
    doc = Doc(spacy.blank("en").vocab, words=[])
    fold_norms(doc)
    assert len(doc) == 0

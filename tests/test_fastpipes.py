"""kg.fastpipes: the stand-ins for the model's attribute ruler and lemmatizer give a Doc exactly the annotations
the model's own components give (the corpus-wide check is bench/fastpipes.py)."""

from __future__ import annotations

import pytest
from spacy import attrs as A

from conftest import SEEDS

COLUMNS = [A.TAG, A.POS, A.MORPH, A.LEMMA, A.DEP, A.HEAD, A.ENT_TYPE, A.ENT_IOB, A.SENT_START]
TEXTS = [
    "I don't think they'll meet, and we can't say we're gonna wait.\n\n  The Prime Minister's aides  said so.",
    "Protesters threw rocks; police arrested 40 people, including two women, in Lima on Tuesday!",
    "“We’re not going to accept it,” she said.\tThe talks ended at 5 p.m. Data were released.",
    "U.S. Secretary of State Antony J. Blinken met with Japan’s Foreign Minister in Tokyo.",
]


@pytest.fixture(scope="module")
def model_pipeline():
    from kg.nlp import build_pipeline

    nlp = build_pipeline(fast=False)
    assert {"attribute_ruler", "lemmatizer"} <= set(nlp.pipe_names)
    return nlp


@pytest.mark.slow
def test_fastpipes_same_annotations_as_the_model(nlp, model_pipeline):
    from kg.ingest import read_inputs
    from kg.nlp import document_text

    assert {"kg_attribute_ruler", "kg_lemmatizer"} <= set(nlp.pipe_names)
    assert not {"attribute_ruler", "lemmatizer"} & set(nlp.pipe_names)
    texts = TEXTS + [document_text(a) for a in read_inputs([SEEDS])]
    for text in texts:
        ours, theirs = nlp(text), model_pipeline(text)
        assert [t.text for t in ours] == [t.text for t in theirs]
        assert (ours.to_array(COLUMNS) == theirs.to_array(COLUMNS)).all(), text[:60]
        assert [t.lemma_ for t in ours] == [t.lemma_ for t in theirs]


def test_fastpipes_lemmatizer_asks_once_per_word_pos_and_morphology(nlp):
    lemmatizer = nlp.get_pipe("kg_lemmatizer")
    calls = []
    real = lemmatizer.lemmatizer.lemmatize

    def counting(token):
        calls.append(token.text)
        return real(token)

    lemmatizer.lemmatizer.lemmatize = counting
    try:
        lemmatizer.known.clear()
        doc = nlp("Talks and talks and talks.")
    finally:
        lemmatizer.lemmatizer.lemmatize = real
    assert [t.lemma_ for t in doc] == ["talk", "and", "talk", "and", "talk", "."]
    assert calls.count("talks") == 1 and calls.count("and") == 1


def test_fastpipes_other_components_are_kept(nlp):
    import spacy

    from kg.fastpipes import use_fast_components

    blank = spacy.blank("en")
    blank.add_pipe("lemmatizer", config={"mode": "lookup"})
    use_fast_components(blank)
    assert blank.pipe_names == ["lemmatizer"]


def test_lemmatizer_index_as_sets_gives_the_same_lemmas():
    """The stand-in asks a copy of the rule lemmatizer whose ``lemma_index`` lists are frozensets (spaCy only tests
    membership in them): the same lemmas, the model's own lemmatizer untouched (model-free: a blank pipeline)."""
    import spacy
    from spacy.lookups import Lookups
    from spacy.tokens import Doc

    from kg.fastpipes import _with_index_sets

    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "rule"})
    lookups = Lookups()
    lookups.add_table("lemma_rules", {"noun": [["s", ""], ["ies", "y"]], "verb": [["ed", ""], ["ed", "e"]]})
    lookups.add_table("lemma_index", {"noun": ["talk", "ally"], "verb": ["walk", "vote"]})
    lookups.add_table("lemma_exc", {"verb": {"met": ["meet"]}})
    lemmatizer.initialize(lookups=lookups)
    fast = _with_index_sets(lemmatizer)
    assert isinstance(fast.lookups.get_table("lemma_index")["noun"], frozenset)
    assert isinstance(lemmatizer.lookups.get_table("lemma_index")["noun"], list)
    words = ["Zorvians", "talks", "allies", "walked", "voted", "met", "glorped"]
    pos = ["PROPN", "NOUN", "NOUN", "VERB", "VERB", "VERB", "VERB"]
    doc = Doc(nlp.vocab, words=words, pos=pos)
    assert [fast.lemmatize(t) for t in doc] == [lemmatizer.lemmatize(t) for t in doc]
    assert [fast.lemmatize(t)[0] for t in doc] == ["Zorvians", "talk", "ally", "walk", "vote", "meet", "glorp"]

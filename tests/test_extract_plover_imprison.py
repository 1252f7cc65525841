"""A court's sentence to prison is also a COERCE arrest (the PLOVER manual: a conviction that results in
imprisonment is coded COERCE 'arrest' as well as SANCTION 'convict'): ``kg.extract.plover_imprison``. Model-free
tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, assert_not_coded, coded, make_doc

from kg.extract import plover
from kg.extract.plover_imprison import prison_word

PUNCT = (".", ".", "PUNCT", ".", "punct")


def _sentenced(last: tuple) -> list[tuple]:
    # "The court sentenced Varel to ten years in <last> ."
    return [("The", "the", "DET", "DT", "det", 1), ("court", "court", "NOUN", "NN", "nsubj", 2),
            ("sentenced", "sentence", "VERB", "VBD", "ROOT", 2), ("Varel", "Varel", "PROPN", "NNP", "dobj", 2),
            ("to", "to", "ADP", "IN", "prep", 2), ("ten", "ten", "NUM", "CD", "nummod", 6),
            ("years", "year", "NOUN", "NNS", "pobj", 4), ("in", "in", "ADP", "IN", "prep", 6), last, (*PUNCT, 2)]


def test_plover_imprison_the_prison_noun_under_the_sentence():
    doc = make_doc(_sentenced(("prison", "prison", "NOUN", "NN", "pobj", 7)))
    hits, _ = plover.match(doc)
    assert hits[2].pattern.id == "ph-sanction-convict" and hits[2].pattern.get("imprisons") == "173"
    assert prison_word(doc[2]) == doc[8]
    assert prison_word(make_doc(_sentenced(("absentia", "absentia", "NOUN", "NN", "pobj", 7)))[2]) is None


def test_plover_imprison_no_prison_noun_of_another_clause():
    # "The court sentenced Varel , who had fled prison ." : the prison is the relative clause's
    rows = [("The", "the", "DET", "DT", "det", 1), ("court", "court", "NOUN", "NN", "nsubj", 2),
            ("sentenced", "sentence", "VERB", "VBD", "ROOT", 2), ("Varel", "Varel", "PROPN", "NNP", "dobj", 2),
            (",", ",", "PUNCT", ",", "punct", 3), ("who", "who", "PRON", "WP", "nsubj", 7),
            ("had", "have", "AUX", "VBD", "aux", 7), ("fled", "flee", "VERB", "VBN", "relcl", 3),
            ("prison", "prison", "NOUN", "NN", "dobj", 7), (*PUNCT, 2)]
    assert prison_word(make_doc(rows)[2]) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, sources, targets, modality", [
    ("A Velonian court sentenced the opposition leader Tomas Varel to twelve years in prison on Monday.",
     {"Velonian court"}, {"Tomas Varel"}, "asserted"),
    ("In Peru, the former mayor Ana Quispe was sentenced on Tuesday to life imprisonment for ordering the killings.",
     {"PE"}, {"Ana Quispe"}, "asserted"),
])
def test_plover_imprison_table(facts_of, text, sources, targets, modality):
    facts = facts_of(text)
    kinds = [c[0] for c in coded(facts)]
    assert "SANCTION" in kinds, kinds
    assert_first_coded(facts, "COERCE", sources, targets, modality)  # the sentence's actors: also an arrest


@pytest.mark.slow
def test_plover_imprison_no_arrest_for_a_sentence_of_death_or_a_fine(facts_of):
    assert_not_coded(facts_of, [
        ("In Peru, the former mayor Ana Quispe was sentenced to death on Tuesday for ordering the killings.", "COERCE"),
        ("A court in Lima sentenced the company to a fine of two million soles on Tuesday.", "COERCE"),
        ("The Velonian court sentenced Tomas Varel, who had escaped from prison in May, to a fine.", "COERCE"),
    ])

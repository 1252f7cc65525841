"""PLOVER targets: the other names of an act's clause (:func:`kg.extract.plover_targets.clause_named`) leave out
names kg knows as no actor of any country that name a document, programme or pact (``plover-unacting-name-heads``:
"the U.S.-Japan Alliance", "the Lisbon Treaty") or are a demonym that qualifies a noun ("the only Eastern European
state", "pro-Syrian"): :func:`kg.extract.plover_targets.acting`. Model-free tests on hand-built Docs, and (slow)
sentences written for these tests, with near-misses whose names are kept (an organisation, a group named by a
plural, a country)."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, make_doc
from test_extract_plover_bodies import _actors

from kg.extract import plover_targets as pt

PUNCT = (".", ".", "PUNCT", ".", "punct")


def _spoke_about(*words: tuple[str, str, str, str], ents: list[str]):
    """"Peru spoke about the <words> ." with the last of ``words`` (text, lemma, pos, tag) the object of "about" and
    the others its modifiers."""
    last = 4 + len(words) - 1
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
            ("about", "about", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", last)]
    rows += [(t, lemma, pos, tag, "compound" if pos == "PROPN" else "amod", last) for t, lemma, pos, tag in words[:-1]]
    rows += [(*words[-1], "pobj", 2), (*PUNCT, 1)]
    return make_doc(rows, ents=["B-GPE", "O", "O", "O", *ents, "O"])


def _named(doc) -> list[str]:
    ac = _actors(doc, ("CL",))
    return [a.label for a in pt.clause_named(ac, doc[1], doc[0], pt.actors_of(ac, doc[0]))]


ACCORDS = [("Artemis", "Artemis", "PROPN", "NNP"), ("Accords", "Accords", "PROPN", "NNPS")]
MOVEMENT = [("Orange", "Orange", "PROPN", "NNP"), ("Movement", "Movement", "PROPN", "NNP")]
EASTERN = [("Eastern", "eastern", "ADJ", "JJ"), ("European", "european", "ADJ", "JJ"), ("state", "state", "NOUN", "NN")]


def test_plover_targets_acting_leaves_out_a_pact_name():
    assert _named(_spoke_about(*ACCORDS, ents=["B-ORG", "I-ORG"])) == []
    assert _named(_spoke_about(*MOVEMENT, ents=["B-ORG", "I-ORG"])) == ["Orange Movement"]  # a body: kept


def test_plover_targets_acting_leaves_out_a_qualifying_demonym():
    assert _named(_spoke_about(*EASTERN, ents=["B-NORP", "I-NORP", "O"])) == []
    kurds = _spoke_about(("Kurds", "Kurds", "PROPN", "NNPS"), ents=["B-NORP"])
    assert _named(kurds) == ["Kurds"]  # a group named by a plural: kept


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets", [
    ("Hungary threatened to block the package under the Lisbon Treaty.", "THREATEN", {"HU"}, set()),
    ("Japan pledged to strengthen the U.S.-Japan Alliance in a call with Seoul.", "AGREE", {"JP"}, {"KR"}),
])
def test_plover_target_unacting_table(facts_of, text, kind, sources, targets):
    assert_first_coded(facts_of(text), kind, sources, targets, "asserted")


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets", [
    # near-misses: an organisation named in the clause is still the target
    ("Hungary threatened to block the package under the Lisbon Treaty and sanctions against Hamas.", "THREATEN",
     {"HU"}, {"Hamas"}),
    ("Japan pledged to strengthen the alliance in a call with Seoul.", "AGREE", {"JP"}, {"KR"}),
])
def test_plover_target_unacting_near_misses_keep_actors(facts_of, text, kind, sources, targets):
    assert_first_coded(facts_of(text), kind, sources, targets, "asserted")

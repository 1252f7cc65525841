"""Modality of a learned speech act whose reported clause is the plan of the speaker's own state (PLOVER modality,
issue 10): "Foreign Minister X said Mexico would seek to extradite the gunman" is the plan's future, as "X said she
would challenge the oath" is (kg.extract.plover_learned_modality.own_plan with ``own_side``; the test of a word is
kg.extract.plover_learned.own_state: all its actors are the sources' country or its state bodies). Model-free tests
on hand-built Docs, and (slow) a table of sentences written for these tests with near misses (another country's
plan, a clause told in the past, a plan of protesters)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_plover import make_doc

from kg.extract import plover
from kg.extract import plover_learned_modality as learned

BASE = dt.date(2023, 6, 14)
P = (".", ".", "PUNCT", ".", "punct")

# "Ebrard said Mexico would seek extradition ."
OWN_STATE = [("Ebrard", "Ebrard", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
             ("Mexico", "Mexico", "PROPN", "NNP", "nsubj", 4), ("would", "would", "AUX", "MD", "aux", 4),
             ("seek", "seek", "VERB", "VB", "ccomp", 1), ("extradition", "extradition", "NOUN", "NN", "dobj", 4),
             (*P, 1)]
# "Ebrard said Mexico sought extradition ." (done: no plan)
OWN_STATE_PAST = [*OWN_STATE[:2], (*OWN_STATE[2][:5], 3), ("sought", "seek", "VERB", "VBD", "ccomp", 1),
                  (*OWN_STATE[5][:5], 3), (*P, 1)]
# "Ebrard said Mexico would like extradition ." (a wish now, no plan: ``wish-verbs``)
OWN_STATE_WISH = [*OWN_STATE[:4], ("like", "like", "VERB", "VB", "ccomp", 1), *OWN_STATE[5:]]


def _own_plan(rows, side):
    doc = make_doc(rows)
    return learned.own_plan(doc[1], plover.match(doc)[1], BASE, lambda tok: tok.text in side)


def test_plover_learned_modality_own_state_plan_is_future():
    assert _own_plan(OWN_STATE, {"Mexico"}) == "future"
    assert _own_plan(OWN_STATE, set()) is None  # another state's plan: the saying is the act
    assert _own_plan(OWN_STATE_PAST, {"Mexico"}) is None  # "said Mexico sought": done
    assert _own_plan(OWN_STATE_WISH, {"Mexico"}) is None  # "said Mexico would like": a wish, not a plan
    doc = make_doc(OWN_STATE)
    marks = plover.match(doc)[1]
    assert learned.learned_modality(doc[1], marks, BASE, "REQUEST", lambda tok: tok.text == "Mexico") == "future"
    assert learned.learned_modality(doc[1], marks, BASE, "REQUEST") == "asserted"  # no own side given
    assert learned.learned_modality(doc[1], marks, BASE, "SUPPORT", lambda tok: True) == "asserted"  # not planned


TABLE = [
    ("Mexican Foreign Minister Marcelo Ebrard said that Mexico would seek to extradite the gunman.", "future"),
    ("Mexican Foreign Minister Marcelo Ebrard said the Mexican government would pressure the U.S. government to "
     "provide better protections for Mexicans.", "future"),
    # near misses: another state's plan, a plan told as done
    ("Mexican Foreign Minister Marcelo Ebrard said that the United States would seek to extradite the gunman.",
     "asserted"),
    ("Mexican Foreign Minister Marcelo Ebrard said that Mexico had sought the extradition of the gunman.", "asserted"),
    ("Mexican Foreign Minister Marcelo Ebrard said that Mexico would like an explanation from the United States.",
     "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, modality", TABLE)
def test_plover_learned_modality_own_state_table(facts_of, text, modality):
    found = [e.modality for e in facts_of(text).political_events
             if e.type == "REQUEST" and e.evidence.rule == "learned:textcat"]
    assert found, [(e.type, e.modality, e.evidence.rule) for e in facts_of(text).political_events]
    assert set(found) == {modality}

"""Modality of acts only arranged or obliged (PLOVER modality, issue 10): an obligation in the present, "has to step
down" (pattern ``pm-have-to``), is still to be met: future, while "had to step down" was done; and an event of a
speech type that the learned step anchors on a verb that only arranges or obliges its infinitive
(``plover-learned-arranged-anchors``: "are to sign") takes that infinitive's future
(kg.extract.plover_learned_modality.arranged), while an anchor of speech or intent ("sought to name") stays the act
itself. Model-free tests on hand-built Docs, and (slow) a table of sentences written for these tests with near
misses."""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_plover import coded, make_doc

from kg.extract import plover
from kg.extract import plover_learned_modality as plm
from kg.extract import plover_modality as pm

BASE = dt.date(2008, 11, 21)
P = (".", ".", "PUNCT", ".", "punct")

# "She has to resign ." / "She had to resign ."
HAS_TO = [("She", "she", "PRON", "PRP", "nsubj", 1), ("has", "have", "VERB", "VBZ", "ROOT", 1),
          ("to", "to", "PART", "TO", "aux", 3), ("resign", "resign", "VERB", "VB", "xcomp", 1), (*P, 1)]
HAD_TO = [HAS_TO[0], ("had", "have", "VERB", "VBD", "ROOT", 1), *HAS_TO[2:]]
# "The sides are to sign a statement ." / "The sides said to sign a statement ." (a speech anchor)
ARE_TO = [("The", "the", "DET", "DT", "det", 1), ("sides", "side", "NOUN", "NNS", "nsubj", 2),
          ("are", "be", "AUX", "VBP", "ROOT", 2), ("to", "to", "PART", "TO", "aux", 4),
          ("sign", "sign", "VERB", "VB", "xcomp", 2), ("a", "a", "DET", "DT", "det", 6),
          ("statement", "statement", "NOUN", "NN", "dobj", 4), (*P, 2)]
SOUGHT_TO = [*ARE_TO[:2], ("sought", "seek", "VERB", "VBD", "ROOT", 2), *ARE_TO[3:]]


def _modality(rows, trigger):
    doc = make_doc(rows)
    return pm.modality(doc[trigger], plover.match(doc)[1], BASE)


def test_plover_modality_an_obligation_in_the_present_is_future():
    assert _modality(HAS_TO, 3) == "future"
    assert _modality(HAD_TO, 3) == "asserted"  # "had to resign": done


def test_plover_learned_modality_arranged_anchor_takes_its_infinitives_future():
    doc = make_doc(ARE_TO)
    assert plm.arranged(doc[2])
    assert plm.learned_modality(doc[2], plover.match(doc)[1], BASE, "SUPPORT") == "future"
    sought = make_doc(SOUGHT_TO)
    assert not plm.arranged(sought[2])  # an intent is the act itself
    assert plm.learned_modality(sought[2], plover.match(sought)[1], BASE, "REQUEST") == "asserted"
    no_verb = make_doc([*ARE_TO[:3], ("ready", "ready", "ADJ", "JJ", "acomp", 2), (*P, 2)])
    assert not plm.arranged(no_verb[2])  # "the sides are ready": no infinitive


TABLE = [
    ("In order to accept the post, Senator Clinton has to step down from the Senate.", "RETREAT", "future"),
    ("Russia and China are to sign a joint statement on regular high level meetings.", "SUPPORT", "future"),
    # near misses: an obligation told in the past was met
    ("Senator Clinton had to step down from the Senate after the scandal.", "RETREAT", "asserted"),
]

NOT_ASSERTED = [
    ("In order to accept the post, Senator Clinton has to step down from the Senate.", "RETREAT"),
    ("Russia and China are to sign a joint statement on regular high level meetings.", "SUPPORT"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, modality", TABLE)
def test_plover_modality_obliged_table(facts_of, text, kind, modality):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert found, coded(facts_of(text))
    assert found[0][3] == modality, coded(facts_of(text))


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", NOT_ASSERTED)
def test_plover_modality_obliged_not_asserted(facts_of, text, kind):
    assert all(c[3] != "asserted" for c in coded(facts_of(text)) if c[0] == kind), coded(facts_of(text))

"""Modality classes of ordinary news (kg.extract.plover_modality, plover_learned): an act still awaited ("has yet
to concede") or done by no one ("none of the protesters was arrested") is negated; "be going to" and a readiness
("is prepared to", "is poised to") make a future, as does an intent one clause down under a learned anchor
("announced that it intends to send troops"). Model-free tests on hand-built Docs, and (slow) a table of sentences
written for these tests, with near misses that stay asserted."""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_plover import coded, make_doc

from kg.extract import plover
from kg.extract import plover_modality as pm

BASE = dt.date(2023, 6, 14)
P = (".", ".", "PUNCT", ".", "punct")

# "Ilves has yet to concede ."
YET_TO = [("Ilves", "Ilves", "PROPN", "NNP", "nsubj", 1), ("has", "have", "VERB", "VBZ", "ROOT", 1),
          ("yet", "yet", "ADV", "RB", "advmod", 1), ("to", "to", "PART", "TO", "aux", 4),
          ("concede", "concede", "VERB", "VB", "xcomp", 1), (*P, 1)]
# "Ilves has to concede ." (an obligation, no "yet")
HAS_TO = [YET_TO[0], (*YET_TO[1][:5], 1), (*YET_TO[3][:5], 3), (*YET_TO[4][:5], 1), (*P, 1)]
# "None of the protesters was arrested ."
NONE_SUBJECT = [("None", "none", "NOUN", "NN", "nsubjpass", 5), ("of", "of", "ADP", "IN", "prep", 0),
                ("the", "the", "DET", "DT", "det", 3), ("protesters", "protester", "NOUN", "NNS", "pobj", 1),
                ("was", "be", "AUX", "VBD", "auxpass", 5), ("arrested", "arrest", "VERB", "VBN", "ROOT", 5), (*P, 5)]
# "Police arrested none of the protesters ." (no one is the object, not the subject)
NONE_OBJECT = [("Police", "police", "NOUN", "NNS", "nsubj", 1), ("arrested", "arrest", "VERB", "VBD", "ROOT", 1),
               ("none", "none", "NOUN", "NN", "dobj", 1), ("of", "of", "ADP", "IN", "prep", 2),
               ("the", "the", "DET", "DT", "det", 5), ("protesters", "protester", "NOUN", "NNS", "pobj", 3), (*P, 1)]
# "No one was detained ."
NO_ONE = [("No", "no", "DET", "DT", "det", 1), ("one", "one", "PRON", "NN", "nsubjpass", 3),
          ("was", "be", "AUX", "VBD", "auxpass", 3), ("detained", "detain", "VERB", "VBN", "ROOT", 3), (*P, 3)]
# "Peru is going to attack Chile ."
GOING_TO = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 2), ("is", "be", "AUX", "VBZ", "aux", 2),
            ("going", "go", "VERB", "VBG", "ROOT", 2), ("to", "to", "PART", "TO", "aux", 4),
            ("attack", "attack", "VERB", "VB", "xcomp", 2), ("Chile", "Chile", "PROPN", "NNP", "dobj", 4), (*P, 2)]
# "Peru is going to Lima ." (travel, no act governed)
GOING_PLACE = [GOING_TO[0], GOING_TO[1], GOING_TO[2], ("to", "to", "ADP", "IN", "prep", 2),
               ("Lima", "Lima", "PROPN", "NNP", "pobj", 3), (*P, 2)]
# "Japan is poised to attack Chile ."
POISED = [("Japan", "Japan", "PROPN", "NNP", "nsubjpass", 2), ("is", "be", "AUX", "VBZ", "auxpass", 2),
          ("poised", "poise", "VERB", "VBN", "ROOT", 2), *GOING_TO[3:]]


def _modality(rows, trigger):
    doc = make_doc(rows)
    return pm.modality(doc[trigger], plover.match(doc)[1], BASE)


def test_plover_modality_news_an_act_still_awaited_is_negated():
    assert _modality(YET_TO, 4) == "negated"
    assert _modality(HAS_TO, 3) != "negated"  # "has to concede": no "yet"


def test_plover_modality_news_an_act_done_by_no_one_is_negated():
    assert _modality(NONE_SUBJECT, 5) == "negated"
    assert _modality(NO_ONE, 3) == "negated"
    assert _modality(NONE_OBJECT, 1) == "asserted"  # the arrests were made; "none" is only the object


def test_plover_modality_news_going_to_and_readiness_make_a_future():
    assert _modality(GOING_TO, 4) == "future"
    assert _modality(POISED, 4) == "future"
    marks = plover.match(make_doc(GOING_PLACE))[1]
    assert not any("intent-head" in kinds for kinds in marks.values())  # "going to Lima": no act governed


TABLE = [
    # an act still awaited
    ("President Ilves has yet to concede the election.", "CONCEDE", {"Ilves"}, "negated"),
    ("Opposition leader Maria Sandu has still yet to concede defeat.", "CONCEDE", {"Maria Sandu"}, "negated"),
    ("The suspect is yet to be charged by Kenyan prosecutors.", "ACCUSE", None, "negated"),
    # an act done by no one
    ("None of the protesters was arrested by the Chilean police.", "COERCE", None, "negated"),
    ("None of the demonstrators were detained, Peruvian police said.", "COERCE", None, "negated"),
    ("Nobody was arrested after the rally in Lima.", "COERCE", None, "negated"),
    ("No one was detained by Bolivian police on Sunday.", "COERCE", None, "negated"),
    # "be going to", readiness, an intent one clause down
    ("Peru is going to impose new sanctions on Bolivia.", "SANCTION", {"PE"}, "future"),
    ("The Peruvian envoy was going to meet Chilean officials on Monday.", "CONSULT", None, "future"),
    ("Japan is poised to impose new sanctions on North Korea.", "SANCTION", {"JP"}, "future"),
    ("The European Union is prepared to release 50 million euros in aid for Pakistan.", "AID", {"EU"}, "future"),
    ("The African Union announced on Monday that five of its member states plan to participate in the "
     "peacekeeping mission.", "AID", None, "future"),
    # near misses: done
    ("The Chilean police arrested none of the protesters.", "COERCE", None, "asserted"),
    ("The Kenyan police arrested dozens of protesters, but none of the leaders.", "COERCE", None, "asserted"),
    ("Japan imposed new sanctions on North Korea, ready to tighten them further.", "SANCTION", {"JP"}, "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, modality", TABLE)
def test_plover_modality_news_table(facts_of, text, kind, sources, modality):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert found, coded(facts_of(text))
    _, got_sources, _, got_modality = found[0]
    assert got_modality == modality
    if sources is not None:
        assert got_sources == sources


@pytest.mark.slow
def test_plover_modality_news_table_never_asserts_what_did_not_happen(facts_of):
    """Issue 10's rule over this table: no act of a row's type that did not happen is coded as asserted ("Nobody
    was arrested after the rally": the rally was held)."""
    for text, kind, _, modality in TABLE:
        if modality in ("negated", "future", "hypothetical"):
            assert all(e.modality != "asserted" for e in facts_of(text).political_events if e.type == kind), text

"""PLOVER accusations and rejections as news reports them: a speech act the parser conjoined to a reported clause.
Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, make_doc
from test_extract_plover_sources import actors, codes

from kg.extract import plover
from kg.extract import plover_modality as pm


def _reported(verb: str, lemma: str, subject: bool = False) -> list[tuple]:
    """ "Chile claimed the boat was there and [Chile] <verb> Peru ." """
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("claimed", "claim", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("boat", "boat", "NOUN", "NN", "nsubj", 4),
            ("was", "be", "AUX", "VBD", "ccomp", 1), ("there", "there", "ADV", "RB", "advmod", 4),
            ("and", "and", "CCONJ", "CC", "cc", 4)]
    if subject:
        rows.append(("Chile", "Chile", "PROPN", "NNP", "nsubj", 8))
    n = len(rows)
    return rows + [(verb, lemma, "VERB", "VBD", "conj", 4), ("Peru", "Peru", "PROPN", "NNP", "dobj", n),
                   (".", ".", "PUNCT", ".", "punct", 1)]


def _ents(rows: list[tuple]) -> list[str]:
    return ["B-GPE" if r[0] in ("Chile", "Peru") else "O" for r in rows]


def test_plover_reported_conjunct_speech_act_is_the_speakers_not_the_reported_subjects():
    rows = _reported("accused", "accuse")
    doc = make_doc(rows, _ents(rows))
    hits, _ = plover.match(doc)
    assert hits[7].pattern.get("plover") == "ACCUSE"
    assert pm.reported_by(doc[7]).i == 1 and [n.i for n in pm.clause_nodes(doc[7])] == [7, 1]
    sources, targets = plover.roles_of(actors(doc), doc[7], hits[7])
    assert (codes(sources), codes(targets)) == (["CL"], ["PE"])


def test_plover_reported_conjunct_needs_a_speech_verb_without_a_subject_of_its_own():
    rows = _reported("attacked", "attack")  # an act, not a speech act: the boat's, as the parse says
    doc = make_doc(rows, _ents(rows))
    assert pm.reported_by(doc[7]) is None
    rows = _reported("accused", "accuse", subject=True)  # "… and Chile accused Peru": its own subject
    doc = make_doc(rows, _ents(rows))
    assert pm.reported_by(doc[8]) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("Chile claimed the fishing boat was inside Chilean waters and accused Peru of violating the treaty.", "ACCUSE",
     {"CL"}, {"PE"}, "asserted"),
    ("The Greek spokesman Nikos Pappas said that the ships were in the area but denied any plan to block the port.",
     "REJECT", {"Nikos Pappas"}, None, "asserted"),
])
def test_plover_reported_phrasings_table(facts_of, text, kind, sources, targets, modality):
    assert_first_coded(facts_of(text), kind, sources, targets, modality)

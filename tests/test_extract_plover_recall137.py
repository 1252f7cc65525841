"""PLOVER recall (session 47, h137): bare verbs of PETRARCH2's dictionary that no pattern had ("overruled the
request", "nationalised its gas industry", "suppressed the protests"; tools/build_plover_patterns.py), and an "in"
gerund that takes its source from the clause above ("In denying the allegations, Lahoud said …":
plover-inherit-preps). Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import json

import pytest

from kg.extract import plover
from kg.extract.plover_subjects import subject
from kg.resourcefiles import resource_path

from test_extract_plover import assert_first_coded, make_doc


def _rule(rows: list[tuple], at: int = 1) -> str | None:
    """The id of the pattern that codes token ``at``, when it fits."""
    doc = make_doc(rows)
    hits, _ = plover.match(doc)
    hit = hits.get(at)
    return hit.pattern.id if hit and plover._fits(doc[at], hit) else None


def _svo(subj: tuple, verb: str, lemma: str, obj: tuple) -> list[tuple]:
    """ "<subj> <verb> the <obj> ." """
    return [(*subj, "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1), ("the", "the", "DET", "DT", "det", 3),
            (*obj, "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]


COURT = ("Court", "Court", "PROPN", "NNP")
JUNTA = ("Junta", "junta", "NOUN", "NN")


def test_plover_match_converted_bare_verbs_code_their_acts():
    assert _rule(_svo(COURT, "overruled", "overrule", ("request", "request", "NOUN", "NN"))) == "pc-overrule"
    assert _rule(_svo(JUNTA, "nationalised", "nationalise", ("mines", "mine", "NOUN", "NNS"))) == "pc-nationalise"
    assert _rule(_svo(JUNTA, "suppressed", "suppress", ("protests", "protest", "NOUN", "NNS"))) == "pc-suppress"
    assert _rule(_svo(JUNTA, "vandalized", "vandalize", ("statue", "statue", "NOUN", "NN"))) == "pc-vandalize"


def test_plover_match_bare_verbs_measured_wrong_have_no_pattern():
    # punish, repress, forbid, relinquish: less than half of their events were right on the tuning sets
    assert _rule(_svo(JUNTA, "punished", "punish", ("rebels", "rebel", "NOUN", "NNS"))) is None
    assert _rule(_svo(JUNTA, "relinquished", "relinquish", ("power", "power", "NOUN", "NN"))) is None
    ids = {json.loads(line)["id"] for line in resource_path("patterns/plover_cameo.jsonl").read_text().splitlines()}
    assert "pc-overrule" in ids and not ids & {"pc-punish", "pc-repress", "pc-forbid", "pc-relinquish"}


def _gerund(prep: str) -> list[tuple]:
    """ "<Prep> denying the claims , Lahoud said ." """
    return [(prep, prep.lower(), "ADP", "IN", "prep", 6), ("denying", "deny", "VERB", "VBG", "pcomp", 0),
            ("the", "the", "DET", "DT", "det", 3), ("claims", "claim", "NOUN", "NNS", "dobj", 1),
            (",", ",", "PUNCT", ",", "punct", 6), ("Lahoud", "Lahoud", "PROPN", "NNP", "nsubj", 6),
            ("said", "say", "VERB", "VBD", "ROOT", 6), (".", ".", "PUNCT", ".", "punct", 6)]


def test_plover_subjects_an_in_gerund_takes_the_subject_of_the_clause_above():
    doc = make_doc(_gerund("In"))
    assert subject(doc[1]).text == "Lahoud"
    doc = make_doc(_gerund("Without"))  # "Without denying the claims, X said": denies nothing
    assert subject(doc[1]) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets", [
    ("Ukraine's Supreme Court overruled a final request from Viktor Yanukovych on Monday.", "REJECT", {"UA"}, None),
    ("Bolivia nationalised its gas industry on Monday.", "COERCE", {"BO"}, None),
    ("Riot police suppressed the protests in Yerevan with tear gas.", "COERCE", {"AM"}, None),
    ("In denying the allegations, Lebanese President Emile Lahoud said the report was false.", "REJECT",
     {"Emile Lahoud"}, None),
])
def test_plover_recall137_table(facts_of, text, kind, sources, targets):
    assert_first_coded(facts_of(text), kind, sources, targets, "asserted")


@pytest.mark.slow
def test_plover_recall137_near_misses_code_nothing_of_the_type(facts_of):
    for text, kind in (("Without denying the allegations, Lahoud said the report was incomplete.", "REJECT"),
                       ("The council punished the rebels for the attack.", "COERCE"),
                       ("The king relinquished power in 1990.", "CONCEDE")):
        assert not [e for e in facts_of(text).political_events if e.type == kind], text

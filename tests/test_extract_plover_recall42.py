"""PLOVER events news reports name by a light verb on an accusation or a charge (session 42): accusations or
criticism levelled or made, charges filed, brought, pressed or unsealed; a protest verb in the simple past that the
tagger took for a participle ("Thousands of students protested outside the embassy"). And the false-negative
classes of ``tools/plover_audit.py misses``. Model-free tests on hand-built Docs and scorer events, and (slow) sentences
written for these tests."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from test_extract_plover import assert_first_coded, assert_not_coded
from test_extract_plover_recall24 import PUNCT, _pattern, _rule

from kg.plover_score import PActor, PEvent

ROOT = Path(__file__).resolve().parent.parent


def _light(verb: tuple[str, str], noun: tuple[str, str], prep: str = "against") -> list[tuple]:
    """ "Peru <verb> <noun> <prep> Chile ." """
    return [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), (*verb, "VERB", "VBD", "ROOT", 1),
            (*noun, "NOUN", "NNS", "dobj", 1), (prep, prep, "ADP", "IN", "prep", 1),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 3), (*PUNCT, 1)]


def test_plover_match_accusations_levelled_or_made_are_accusations():
    assert _rule(_light(("levelled", "level"), ("accusations", "accusation"), "at")) == "ph-accuse-level-accusation"
    assert _rule(_light(("made", "make"), ("allegations", "allegation"))) == "ph-accuse-level-accusation"
    assert _rule(_light(("made", "make"), ("progress", "progress"), "with")) is None  # no accusation made
    assert _rule(_light(("levelled", "level"), ("fields", "field"), "in")) is None
    assert _pattern("ph-accuse-level-accusation").get("targets") == ["at", "against"]


def test_plover_match_charges_filed_or_brought_are_accusations_of_the_state():
    assert _rule(_light(("filed", "file"), ("charges", "charge"))) == "ph-accuse-file-charges"
    assert _rule(_light(("brought", "bring"), ("charges", "charge"))) == "ph-accuse-file-charges"
    assert _rule(_light(("filed", "file"), ("reports", "report"), "with")) is None  # a report is no charge
    assert _rule(_light(("dropped", "drop"), ("charges", "charge"))) != "ph-accuse-file-charges"  # a concession
    assert _pattern("ph-accuse-file-charges").get("state_act")  # "charges were filed": the state where it happens


def _crowd(verb: tuple[str, str], dep: str = "acl", extra: list[tuple] = ()) -> list[tuple]:
    """ "Thousands of students <verb> [extra] in Lima .", the verb tagged VBN and hung on "Thousands" (the root) as
    the small model parses it."""
    head = 0 if dep == "acl" else 3
    rows = [("Thousands", "thousand", "NOUN", "NNS", "ROOT" if dep == "acl" else "nsubj", head),
            ("of", "of", "ADP", "IN", "prep", 0), ("students", "student", "NOUN", "NNS", "pobj", 1),
            (*verb, "VERB", "VBN", dep, head if dep == "acl" else 3)]
    rows += [(*r[:5], 3) for r in extra]
    n = len(rows)
    return rows + [("in", "in", "ADP", "IN", "prep", 3), ("Lima", "Lima", "PROPN", "NNP", "pobj", n), (*PUNCT, head)]


def test_plover_match_a_protest_verb_tagged_as_a_participle_is_still_a_protest():
    assert _rule(_crowd(("protested", "protest")), at=3) == "ph-protest"  # the main verb, parsed as a clause
    assert _rule(_crowd(("rioted", "riot"), dep="ROOT"), at=3) == "ph-protest"
    assert _rule(_crowd(("protested", "protest"), extra=[("were", "be", "AUX", "VBD", "auxpass")]), at=4) is None
    by = [("by", "by", "ADP", "IN", "agent")]  # "the commitment demonstrated by ...": a participle
    assert _rule(_crowd(("demonstrated", "demonstrate"), extra=by), at=3) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("Allegations of fraud were levelled at the Chilean president by Peru.", "ACCUSE", {"PE"}, {"CL"}, "asserted"),
    ("Bolivia levelled accusations of espionage against Chile on Monday.", "ACCUSE", {"BO"}, {"CL"}, "asserted"),
    ("The Chilean foreign minister made fresh allegations against Bolivia.", "ACCUSE", {"CL"}, {"BO"},
     "asserted"),
    ("Peru has made allegations that Chilean troops crossed the border.", "ACCUSE", {"PE"}, None, "asserted"),
    ("Chile brought charges against three Bolivian officers.", "ACCUSE", {"CL"}, {"BO"}, "asserted"),
    ("The United States unsealed further charges against the Peruvian general.", "ACCUSE", {"US"}, {"PE"},
     "asserted"),
    ("Prosecutors filed charges against the former Peruvian president.", "ACCUSE", {"PE"}, None, "asserted"),
    ("Thousands of students protested outside the Chilean embassy in Lima.", "PROTEST", {"PE"}, None, "asserted"),
    ("Dozens of students rioted in La Paz after the vote.", "PROTEST", {"BO"}, {"BO"}, "asserted"),
    ("Hundreds of farmers marched through the centre of Santiago on Monday.", "PROTEST", {"CL"}, {"CL"},
     "asserted"),
])
def test_plover_recall42_table(facts_of, text, kind, sources, targets, modality):
    assert_first_coded(facts_of(text), kind, sources, targets, modality)


@pytest.mark.slow
def test_plover_recall42_no_accusation_for_things_made_or_filed(facts_of):
    assert_not_coded(facts_of, (("Peru made progress in the talks with Chile.", "ACCUSE"),
                                ("The minister made a speech in Lima.", "ACCUSE"),
                                ("The company filed a report with the regulator in Lima.", "ACCUSE"),
                                ("The utility will charge higher fees in Lima.", "ACCUSE"),
                                ("The commitment demonstrated by the Chilean government impressed Peru.", "PROTEST")))


def _audit():
    spec = importlib.util.spec_from_file_location("plover_audit", ROOT / "tools" / "plover_audit.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _ev(kind: str, modality: str, *sources: str) -> PEvent:
    return PEvent(kind, modality, tuple(PActor(s, (s,), False) for s in sources), ())


def test_plover_audit_misses_are_classed_by_what_kg_coded_in_their_sentence():
    why = _audit()._missed_why
    gold = _ev("ACCUSE", "asserted", "PE")
    sent = object()  # the gold text's sentence was found
    assert why(gold, [], [], sent) == ("no-event", "ACCUSE")  # the tool then tells dropped from no-trigger
    assert why(gold, [], [_ev("ACCUSE", "historical", "PE")], sent) == ("modality", "ACCUSE asserted <- historical")
    assert why(gold, [_ev("ACCUSE", "asserted", "CL")], [], sent) == ("source", "ACCUSE collective")
    assert why(gold, [_ev("REJECT", "asserted", "PE")], [], sent) == ("type", "ACCUSE <- REJECT")
    assert why(gold, [_ev("REJECT", "asserted", "CL")], [], sent) == ("other", "ACCUSE")
    assert why(gold, [], [], None) == ("unplaced", "ACCUSE")

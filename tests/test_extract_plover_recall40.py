"""PLOVER events of election news that no trigger coded (session 38, from the campaign round-ups of the fortieth news
dev set): a running mate or nominee chosen ("X named Y as his running mate"), a ticket nominated ("the party
nominated a ticket of X and Y"), a nominee the tagger takes for no person ("the PPP nominated Zardari"), and one's
backing given or thrown ("threw his support to Y", "gave its nomination to the duo", with the owner's word), and a
candidate's withdrawal said with "withdraw" ("withdrew from the race", "withdrew her name", "X withdrew in March").
Model-free tests on hand-built
Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, assert_not_coded
from test_extract_plover_recall24 import PUNCT, _pattern, _rule


def _chose(verb: tuple[str, str], role: tuple[str, str, str, str]) -> list[tuple]:
    """ "Lind <verb> Costa as his <role> ."."""
    return [("Lind", "Lind", "PROPN", "NNP", "nsubj", 1), (verb[0], verb[1], "VERB", "VBD", "ROOT", 1),
            ("Costa", "Costa", "PROPN", "NNP", "dobj", 1), ("as", "as", "ADP", "IN", "prep", 1),
            ("his", "his", "PRON", "PRP$", "poss", 6), ("running", "running", "NOUN", "NN", "amod", 6),
            (*role, "pobj", 3), (*PUNCT, 1)]


def test_plover_match_a_running_mate_or_nominee_chosen_is_supported():
    assert _rule(_chose(("named", "name"), ("mate", "mate", "NOUN", "NN"))) == "ph-support-running-mate"
    assert _rule(_chose(("selected", "select"), ("nominee", "nominee", "NOUN", "NN"))) == "ph-support-running-mate"
    assert _pattern("ph-support-running-mate").get("object_target")  # the one chosen is the target
    assert _rule(_chose(("named", "name"), ("ambassador", "ambassador", "NOUN", "NN"))) is None  # an appointment
    assert _rule(_chose(("met", "meet"), ("mate", "mate", "NOUN", "NN"))) != "ph-support-running-mate"


def test_plover_match_a_ticket_or_a_name_nominated_is_supported():
    # "The party nominated a ticket of Costa ."
    rows = [("party", "party", "NOUN", "NN", "nsubj", 1), ("nominated", "nominate", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3), ("ticket", "ticket", "NOUN", "NN", "dobj", 1),
            ("of", "of", "ADP", "IN", "prep", 3), ("Costa", "Costa", "PROPN", "NNP", "pobj", 4), (*PUNCT, 1)]
    assert _rule(rows) == "ph-support-nominate-ticket"
    assert "of" in _pattern("ph-support-nominate-ticket").get("targets")  # the persons of the ticket
    rows[3] = ("plan", "plan", "NOUN", "NN", "dobj", 1)  # "nominated a plan": no ticket
    assert _rule(rows) is None
    # "The PPP nominated Zardari ." (a name the tagger takes for no person)
    rows = [("PPP", "PPP", "PROPN", "NNP", "nsubj", 1), ("nominated", "nominate", "VERB", "VBD", "ROOT", 1),
            ("Zardari", "Zardari", "PROPN", "NNP", "dobj", 1), (*PUNCT, 1)]
    assert _rule(rows, ["B-ORG", "O", "B-ORG", "O"]) == "ph-support-nominate"


def _gave(verb: tuple[str, str], thing: tuple[str, str], prep: str = "to") -> list[tuple]:
    """ "Lind <verb> his <thing> <prep> Costa ."."""
    return [("Lind", "Lind", "PROPN", "NNP", "nsubj", 1), (verb[0], verb[1], "VERB", "VBD", "ROOT", 1),
            ("his", "his", "PRON", "PRP$", "poss", 3), (thing[0], thing[1], "NOUN", "NN", "dobj", 1),
            (prep, prep, "ADP", "IN", "prep", 1), ("Costa", "Costa", "PROPN", "NNP", "pobj", 4), (*PUNCT, 1)]


def test_plover_match_ones_backing_given_or_thrown_is_supported():
    assert _rule(_gave(("threw", "throw"), ("support", "support"))) == "ph-support-give-backing"
    assert _rule(_gave(("threw", "throw"), ("weight", "weight"), "behind")) == "ph-support-give-backing"
    assert _rule(_gave(("gave", "give"), ("support", "support"))) == "ph-support-give-backing"
    assert _rule(_gave(("gave", "give"), ("nomination", "nomination"))) == "ph-support-give-backing"
    assert _rule(_gave(("gave", "give"), ("speech", "speech"))) is None
    # "Lind gave military support to Costa": no owner's word, material support (ph-aid-material-support)
    rows = _gave(("gave", "give"), ("support", "support"))
    rows[2] = ("military", "military", "ADJ", "JJ", "amod", 3)
    assert _rule(rows) == "ph-aid-material-support"


def _withdrew(rest: list[tuple], subject: str = "PERSON") -> tuple[list[tuple], list[str]]:
    """ "Costa withdrew <rest> ."."""
    rows = [("Costa", "Costa", "PROPN", "NNP", "nsubj", 1), ("withdrew", "withdraw", "VERB", "VBD", "ROOT", 1),
            *rest, (*PUNCT, 1)]
    return rows, [f"B-{subject}" if subject else "O"] + ["O"] * (len(rows) - 1)


def test_plover_match_a_candidate_withdrawing_is_a_retreat():
    race = [("from", "from", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 4),
            ("race", "race", "NOUN", "NN", "pobj", 2)]
    assert _rule(*_withdrew(race)) == "ph-retreat-withdraw-race"
    name = [("his", "his", "PRON", "PRP$", "poss", 3), ("name", "name", "NOUN", "NN", "dobj", 1)]
    assert _rule(*_withdrew(name)) == "ph-retreat-withdraw-candidacy"
    when = [("in", "in", "ADP", "IN", "prep", 1), ("March", "March", "PROPN", "NNP", "pobj", 2)]
    assert _rule(*_withdrew(when)) == "ph-retreat-candidate-withdrew"
    assert _pattern("ph-retreat-candidate-withdrew").get("intransitive")
    assert _rule(*_withdrew([("again", "again", "ADV", "RB", "advmod", 1)])) is None  # no when or why named
    # "Costa withdrew in March" with Costa no person (a country, a force): ph-retreat-pullout's business
    assert _rule(*_withdrew(when, "GPE")) is None
    # "Costa withdrew the envoy in March": an object, no candidate's withdrawal; the envoy's pattern outranks it
    envoy = [("the", "the", "DET", "DT", "det", 3), ("envoy", "envoy", "NOUN", "NN", "dobj", 1),
             ("in", "in", "ADP", "IN", "prep", 1), ("March", "March", "PROPN", "NNP", "pobj", 4)]
    assert _rule(*_withdrew(envoy)) == "ph-sanction-expel"


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("Senator Ana Lopes chose Governor Rui Costa as her running mate.", "SUPPORT", {"Ana Lopes"}, {"Rui Costa"},
     "asserted"),
    ("The Harbour Party nominated a ticket of Ana Lopes for president and Rui Costa for vice president.", "SUPPORT",
     {"Harbour Party"}, None, "asserted"),
    ("Senator Ana Lopes threw her support to Governor Rui Costa.", "SUPPORT", {"Ana Lopes"}, {"Rui Costa"},
     "asserted"),
    ("Senator Ana Lopes withdrew from the presidential race on Monday.", "RETREAT", {"Ana Lopes"}, None,
     "asserted"),
    ("Governor Rui Costa withdrew due to health reasons.", "RETREAT", {"Rui Costa"}, None, "asserted"),
])
def test_plover_recall40_table(facts_of, text, kind, sources, targets, modality):
    assert_first_coded(facts_of(text), kind, sources, targets, modality)


@pytest.mark.slow
def test_plover_recall40_not_coded(facts_of):
    # an appointment is no backing coded here, nor a speech given
    assert_not_coded(facts_of, [("The minister named Ana Lopes as ambassador to Chile.", "SUPPORT"),
                                ("Governor Ana Lopes gave her speech to the assembly.", "SUPPORT")])

"""Forces or police deployed with no agent named are a MOBILIZE by the state where it happens
(``ph-mobilize-deployed``, ``ph-mobilize-deployed-of``). Model-free tests on hand-built Docs, and (slow) sentences
written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, assert_not_coded
from test_extract_plover_recall24 import PUNCT, _pattern, _rule

DEPLOYED = ("ph-mobilize-deployed", "ph-mobilize-deployed-of")


def _deployed(subject: list[tuple], verb: tuple[str, str]) -> list[tuple]:
    """ "<subject> were <verb> .": ``subject`` rows, their last row the passive subject (its head set here)."""
    at = len(subject) + 1
    head = [(*subject[-1][:4], "nsubjpass", at)]
    return subject[:-1] + head + [("were", "be", "AUX", "VBD", "auxpass", at),
                                  (verb[0], verb[1], "VERB", "VBN", "ROOT", at), (*PUNCT, at)]


def test_plover_match_forces_deployed_with_no_agent_are_mobilized_by_the_state():
    police = [("Police", "police", "NOUN", "NNS")]
    assert _rule(_deployed(police, ("deployed", "deploy")), at=2) == "ph-mobilize-deployed"
    assert _rule(_deployed(police, ("mobilised", "mobilise")), at=2) == "ph-mobilize-deployed"
    assert _rule(_deployed(police, ("stationed", "station")), at=2) not in DEPLOYED  # a presence, no act
    voters = _rule(_deployed([("Voters", "voter", "NOUN", "NNS")], ("mobilised", "mobilise")), at=2)
    assert voters not in DEPLOYED  # no forces: the plain verb's pattern (it needs an actor)
    assert _rule(_deployed(police, ("sent", "send")), at=2) not in DEPLOYED  # "were sent to prison": no deployment
    # "Thousands of troops were deployed ."
    counted = [("Thousands", "thousand", "NOUN", "NNS", "nsubjpass", 4), ("of", "of", "ADP", "IN", "prep", 0),
               ("troops", "troop", "NOUN", "NNS", "pobj", 1), ("were", "be", "AUX", "VBD", "auxpass", 4),
               ("deployed", "deploy", "VERB", "VBN", "ROOT", 4), (*PUNCT, 4)]
    assert _rule(counted, at=4) == "ph-mobilize-deployed-of"
    counted[2] = ("voters", "voter", "NOUN", "NNS", "pobj", 1)
    assert _rule(counted, at=4) not in DEPLOYED
    for pid in DEPLOYED:
        assert _pattern(pid).get("state_act") and _pattern(pid).get("plover") == "MOBILIZE", pid
        assert _pattern(pid).get("asserted_only"), pid  # "the troops will be deployed": no state that acts


@pytest.mark.slow
@pytest.mark.parametrize("text, sources, modality", [
    ("Riot police were deployed in La Paz on Friday as the strike spread.", {"BO"}, "asserted"),
    ("Thousands of Chilean soldiers have been mobilised along the northern border.", {"CL"}, "asserted"),
])
def test_plover_deployed_table(facts_of, text, sources, modality):
    assert_first_coded(facts_of(text), "MOBILIZE", sources, None, modality)


@pytest.mark.slow
def test_plover_deployed_not_people_sent_to_prison_nor_a_deployment_not_done(facts_of):
    assert_not_coded(facts_of, [("Several Chilean officers were sent to prison in 2019.", "MOBILIZE"),
                                ("More Bolivian troops will be deployed in Oruro next month.", "MOBILIZE"),
                                ("The army was not mobilised in Cusco despite the floods.", "MOBILIZE")])

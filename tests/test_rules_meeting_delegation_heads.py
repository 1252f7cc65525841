"""Model-free checks of the delegation-head patterns on hand-built Docs: the chair of a panel takes part in what the
panel does as its leader does ("the government panel, chaired by X, and the rebel panel, led by Y, concluded the
talks": ``delegation-led-by``), and so does the second leader in "teams led by X for the A and Y for the B", whom
the parser joins to the first side (``delegation-led-by-second-for``); a "for" that names no second person is no
leader, and a panel's "chaired by" is none where "supporters" are chaired."""

from __future__ import annotations

import pytest
from handdocs import make, name, word

from kg.extract.rulematch import rule_marks


@pytest.mark.parametrize("group, leader", [("panel", True), ("team", True), ("supporters", False)])
def test_rules_meeting_delegation_heads_chaired_by(group, leader):
    """"The panel, chaired by Gil, met Kane": a panel's chair leads it (``delegation-led-by``)."""
    doc = make([word("The", 1, "det", "DET", "DT"), word(group, 6, "nsubj", "NOUN", "NN", group.rstrip("s")),
                word(",", 1, "punct", "PUNCT", ","), word("chaired", 1, "acl", "VERB", "VBN", "chair"),
                word("by", 3, "agent", "ADP", "IN"), name("Gil", 4, "pobj"),
                word("met", 6, "ROOT", "VERB", "VBD", "meet"), name("Kane", 6, "dobj")])
    assert (rule_marks(doc).rule("delegation-leader", 4) == "delegation-led-by") is leader


def _teams_led_by(second):
    """"Teams led by Aaland for the Conservatives and <second> for the Democrats held talks"."""
    return make([word("Teams", 11, "nsubj", "NOUN", "NNS", "team"), word("led", 0, "acl", "VERB", "VBN", "lead"),
                 word("by", 1, "agent", "ADP", "IN"), name("Aaland", 2, "pobj"),
                 word("for", 1, "prep", "ADP", "IN"), word("the", 6, "det", "DET", "DT"),
                 word("Conservatives", 4, "pobj", "PROPN", "NNPS", "Conservatives"),
                 word("and", 6, "cc", "CCONJ", "CC"), second,
                 word("for", 1, "prep", "ADP", "IN"), word("Democrats", 9, "pobj", "PROPN", "NNPS", "Democrats"),
                 word("held", 11, "ROOT", "VERB", "VBD", "hold"), word("talks", 11, "dobj", "NOUN", "NNS", "talk")])


def test_rules_meeting_delegation_heads_second_for_leader():
    """The person joined to the first side leads the second: the first "for" is marked like a "by" phrase."""
    doc = _teams_led_by(name("Tanabe", 6, "conj"))
    assert rule_marks(doc).rule("delegation-leader", 4) == "delegation-led-by-second-for"
    assert rule_marks(doc).rule("delegation-leader", 2) == "delegation-led-by"


def test_rules_meeting_delegation_heads_second_for_needs_a_person():
    """"… for the Conservatives and the Greens": a second side that is no person marks no leader."""
    doc = _teams_led_by(word("Greens", 6, "conj", "PROPN", "NNPS", "Greens"))
    assert not rule_marks(doc).has("delegation-leader", 4)

"""PLOVER events unseen news reports name that no trigger coded (session 37): permits, visas, deliveries or amounts of
aid taken away ("suspended the airline's permit", "suspended £30m of aid payments to Y"), and access or a visa
denied to a named actor ("the UN was denied access to the camp"). Model-free tests on
hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, assert_not_coded
from test_extract_plover_recall24 import PUNCT, _passive, _pattern, _rule


def test_plover_match_a_permit_or_an_amount_of_aid_suspended_is_a_sanction():
    # "Chile suspended the permit ."
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("suspended", "suspend", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("permit", "permit", "NOUN", "NN", "dobj", 1), (*PUNCT, 1)]
    assert _rule(rows) == "ph-sanction-suspend-permit"
    rows[3] = ("program", "program", "NOUN", "NN", "dobj", 1)  # "suspended the program": not a permit
    assert _rule(rows) is None
    # "Chile suspended $ 5 million of aid ."
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("suspended", "suspend", "VERB", "VBD", "ROOT", 1),
            ("$", "$", "SYM", "$", "nmod", 4), ("5", "5", "NUM", "CD", "compound", 4),
            ("million", "million", "NUM", "CD", "dobj", 1), ("of", "of", "ADP", "IN", "prep", 4),
            ("aid", "aid", "NOUN", "NN", "pobj", 5), (*PUNCT, 1)]
    assert _rule(rows) == "ph-sanction-suspend-amount-of-aid"
    rows[6] = ("staff", "staff", "NOUN", "NN", "pobj", 5)  # "suspended 5 million of staff": no aid
    assert _rule(rows) is None


def test_plover_match_access_or_a_visa_denied_to_an_actor_is_a_state_rejection():
    chile = ("Chile", "Chile", "PROPN", "NNP")
    access = [("access", "access", "NOUN", "NN", "dobj", 2)]
    assert _rule(_passive(chile, ("denied", "deny"), access), at=2) == "ph-reject-denied-access"
    assert _pattern("ph-reject-denied-access").get("state_act")  # the refuser left out: the state where it happens
    bail = [("bail", "bail", "NOUN", "NN", "dobj", 2)]  # "Chile was denied bail": a court's act, not coded here
    assert _rule(_passive(chile, ("denied", "deny"), bail), at=2) != "ph-reject-denied-access"


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("The British government has suspended £30m of aid payments to Ethiopia.", "SANCTION", {"GB"}, {"ET"},
     "asserted"),
    ("The Federal Aviation Office of Germany has suspended Velora Air's permit.", "SANCTION", {"DE"}, None,
     "asserted"),
    ("The opposition leader Joel Amani was denied a visa by Britain.", "REJECT", {"GB"}, {"Joel Amani"},
     "asserted"),
])
def test_plover_recall37_table(facts_of, text, kind, sources, targets, modality):
    assert_first_coded(facts_of(text), kind, sources, targets, modality)


@pytest.mark.slow
def test_plover_recall37_not_coded(facts_of):
    # working with someone is not coded as cooperation (tried: half of its tuning hits were careers and plans)
    assert_not_coded(facts_of, [("Finance Minister Dora Lind worked with great care on the budget.", "COOPERATE"),
                                ("The minister said the staff were working hard on the budget.", "COOPERATE")])

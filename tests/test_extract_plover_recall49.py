"""Threats news reports say as warnings and announced retaliation (session 49): a warning of the speaker's
punishment ("warned of sanctions"), punishment said to be coming ("the consequences would be severe", "retaliatory
measures would follow"), retaliation or countermeasures announced ("said it would retaliate", "would respond in
kind", "would take countermeasures"), force kept on the table ("all options are on the table"); and a warning verb
that codes nothing of its own ("X warned that …", no one warned) no longer silences the act of its clause.
Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, assert_not_coded, make_doc
from test_extract_plover_recall24 import PUNCT, _rule

from kg.extract import plover

PERU = ("Peru", "Peru", "PROPN", "NNP", "nsubj")


def _warned_of(noun: tuple[str, str]) -> list[tuple]:
    """ "Peru warned of <noun> ." """
    return [(*PERU, 1), ("warned", "warn", "VERB", "VBD", "ROOT", 1), ("of", "of", "ADP", "IN", "prep", 1),
            (noun[0], noun[1], "NOUN", "NNS", "pobj", 2), (*PUNCT, 1)]


def test_plover_match_a_warning_of_punishment_is_a_threat_a_warning_of_a_danger_is_not():
    assert _rule(_warned_of(("sanctions", "sanction"))) == "ph-threaten-warn-of"
    assert _rule(_warned_of(("consequences", "consequence"))) == "ph-threaten-warn-of"
    assert _rule(_warned_of(("fines", "fine"))) == "ph-threaten-warn-of"
    assert _rule(_warned_of(("shortages", "shortage"))) is None  # a danger, no one threatened
    assert _rule(_warned_of(("floods", "flood"))) is None


def _said(clause: list[tuple], speech: tuple[str, str] = ("said", "say")) -> list[tuple]:
    """ "Peru <speech> <clause> .": the clause's rows give heads within the clause, shifted here by 2; its verb is
    the row with head None."""
    rows = [(*PERU, 1), (speech[0], speech[1], "VERB", "VBD", "ROOT", 1)]
    rows += [(*r[:5], 1) if r[5] is None else (*r[:5], r[5] + 2) for r in clause]
    return rows + [(*PUNCT, 1)]


def _would(verb: tuple[str, str], rest: list[tuple] = (), aux: str = "would") -> list[tuple]:
    """ "it would <verb> <rest>" (the verb is clause row 2; ``rest`` rows hang by clause index)."""
    rows = [("it", "it", "PRON", "PRP", "nsubj", 2)]
    rows += [(aux, aux, "AUX", "MD", "aux", 2)] if aux else []
    verb_at = len(rows)
    rows = [(r[0], r[1], r[2], r[3], r[4], verb_at) for r in rows]
    return rows + [(verb[0], verb[1], "VERB", "VB", "ccomp", None), *rest]


def test_plover_match_retaliation_announced_is_a_threat_a_response_to_a_report_is_not():
    assert _rule(_said(_would(("retaliate", "retaliate"))), at=4) == "ph-threaten-said-retaliate"
    assert _rule(_said(_would(("retaliated", "retaliate"), aux="")), at=3) is None  # it happened: no threat
    in_kind = [("in", "in", "ADP", "IN", "prep", 2), ("kind", "kind", "NOUN", "NN", "pobj", 3)]
    assert _rule(_said(_would(("respond", "respond"), in_kind)), at=4) == "ph-threaten-said-respond-in-kind"
    to_report = [("to", "to", "ADP", "IN", "prep", 2), ("report", "report", "NOUN", "NN", "pobj", 3)]
    assert _rule(_said(_would(("respond", "respond"), to_report)), at=4) is None
    measures = [("countermeasures", "countermeasure", "NOUN", "NNS", "dobj", 2)]
    assert _rule(_said(_would(("take", "take"), measures)), at=4) == "ph-threaten-take-countermeasures"
    assert _rule(_said(_would(("took", "take"), measures, aux="")), at=3) is None  # taken: a sanction, no threat


def _be_clause(subject: tuple[str, str], rest: list[tuple]) -> list[tuple]:
    """ "<subject> would be <rest>" (clause rows; "be" is clause row 2)."""
    return [(subject[0], subject[1], "NOUN", "NNS", "nsubj", 2), ("would", "would", "AUX", "MD", "aux", 2),
            ("be", "be", "AUX", "VB", "ccomp", None), *rest]


def test_plover_match_punishment_said_to_be_coming_is_a_threat():
    severe = [("severe", "severe", "ADJ", "JJ", "acomp", 2)]
    assert _rule(_said(_be_clause(("consequences", "consequence"), severe), ("warned", "warn")), at=4) == \
        "ph-threaten-said-consequences-follow"
    assert _rule(_said(_be_clause(("talks", "talk"), severe), ("warned", "warn")), at=4) is None
    table = [("on", "on", "ADP", "IN", "prep", 2), ("the", "the", "DET", "DT", "det", 5),
             ("table", "table", "NOUN", "NN", "pobj", 3)]
    assert _rule(_said(_be_clause(("options", "option"), table)), at=4) == "ph-threaten-options-on-table"
    agenda = table[:2] + [("agenda", "agenda", "NOUN", "NN", "pobj", 3)]
    assert _rule(_said(_be_clause(("options", "option"), agenda)), at=4) is None


def test_plover_governor_a_warning_that_codes_nothing_does_not_silence_its_clause():
    bare = make_doc(_said(_would(("retaliate", "retaliate")), ("warned", "warn")))
    hits, _ = plover.match(bare)
    assert hits[1].pattern.id == "ph-threaten-warn"  # no one warned: the warning itself is no event
    assert plover._governor(bare[4], hits) is None
    warned = [(*PERU, 1), ("warned", "warn", "VERB", "VBD", "ROOT", 1), ("Chile", "Chile", "PROPN", "NNP", "dobj", 1),
              ("it", "it", "PRON", "PRP", "nsubj", 5), ("would", "would", "AUX", "MD", "aux", 5),
              ("retaliate", "retaliate", "VERB", "VB", "ccomp", 1), (*PUNCT, 1)]
    doc = make_doc(warned)
    hits, _ = plover.match(doc)
    assert plover._governor(doc[5], hits) == "suppress"  # "warned Chile that …": the warning codes the threat


def _ordered(obj: tuple[str, str], poss: str = "") -> list[tuple]:
    """ "Peru ordered [poss] <obj> to leave ." """
    rows = [(*PERU, 1), ("ordered", "order", "VERB", "VBD", "ROOT", 1)]
    rows += [(poss, poss, "PRON", "PRP$", "poss", 3)] if poss else []
    at = len(rows)
    return rows + [(obj[0], obj[1], "NOUN", "NNS", "dobj", 1), ("to", "to", "PART", "TO", "aux", at + 2),
                   ("leave", "leave", "VERB", "VB", "xcomp", 1), (*PUNCT, 1)]


def test_plover_match_diplomats_ordered_to_leave_are_expelled_a_states_own_are_not():
    assert _rule(_ordered(("diplomats", "diplomat"))) == "ph-sanction-order-leave"
    assert _rule(_ordered(("envoy", "envoy"))) == "ph-sanction-order-leave"
    assert _rule(_ordered(("diplomats", "diplomat"), poss="its")) is None  # sent home for their safety
    assert _rule(_ordered(("troops", "troop"))) is None  # a withdrawal ordered, no expulsion


def _banned(obj: tuple[str, str]) -> list[tuple]:
    """ "Peru banned <obj> with Chile ." """
    return [(*PERU, 1), ("banned", "ban", "VERB", "VBD", "ROOT", 1), (obj[0], obj[1], "NOUN", "NN", "dobj", 1),
            ("with", "with", "ADP", "IN", "prep", 2), ("Chile", "Chile", "PROPN", "NNP", "pobj", 3), (*PUNCT, 1)]


def test_plover_match_trade_banned_is_an_embargo_a_ban_of_a_party_is_repression():
    assert _rule(_banned(("trade", "trade"))) == "ph-sanction-ban-trade"
    assert _rule(_banned(("imports", "import"))) == "ph-sanction-ban-trade"
    assert _rule(_banned(("party", "party"))) == "ph-coerce-ban"


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources", [
    ("India ordered a senior Canadian diplomat to leave the country within five days.", "SANCTION", {"IN"}),
    ("Moscow responded on Sunday by ordering 20 Czech embassy staff to leave Russia.", "SANCTION", {"RU"}),
    ("Poland told three Russian diplomats to leave.", "SANCTION", {"PL"}),
    ("The United States banned imports of Russian oil.", "SANCTION", {"US"}),
    ("China halted trade with Lithuania.", "SANCTION", {"CN"}),
])
def test_plover_recall49_sanctions_table(facts_of, text, kind, sources):
    assert_first_coded(facts_of(text), kind, sources, None, "asserted")


@pytest.mark.slow
def test_plover_recall49_no_expulsion_of_own_staff_no_embargo_of_policy(facts_of):
    assert_not_coded(facts_of, (("The United States ordered its diplomats to leave Sudan.", "SANCTION"),
                                ("Britain told non-essential embassy staff to leave Kyiv.", "SANCTION"),
                                ("The ambassador told reporters he would leave Kabul on Friday.", "SANCTION"),
                                ("India restricted exports of rice to curb domestic prices.", "SANCTION"),
                                ("The stock exchange halted trading in the company's shares.", "SANCTION")))


@pytest.mark.slow
@pytest.mark.parametrize("text, sources", [
    ("The Peruvian foreign minister warned of serious consequences if Chile crossed the border.", {"PE"}),
    ("Bolivia warned Chile of sanctions over the water dispute.", {"BO"}),
    ("Chile warned that it would retaliate.", {"CL"}),
    ("Ecuador said it would respond in kind to any attack on its ships.", {"EC"}),
    ("The Colombian government warned that the consequences would be severe.", {"CO"}),
    ("Uruguay said retaliatory measures would follow very soon.", {"UY"}),
    ("Beijing said it would take countermeasures against Lithuania.", {"CN"}),
    ("Paraguay said that all options are on the table.", {"PY"}),
    ("All options remain on the table, the Argentine defence minister said on Friday.", {"AR"}),
])
def test_plover_recall49_threats_table(facts_of, text, sources):
    assert_first_coded(facts_of(text), "THREATEN", sources, None, "asserted")


@pytest.mark.slow
def test_plover_recall49_no_threat_in_warnings_of_danger_or_plain_responses(facts_of):
    assert_not_coded(facts_of, (("The Peruvian minister warned of a crisis in the region.", "THREATEN"),
                                ("Chile warned of floods in the south.", "THREATEN"),
                                ("Peru said it would respond to the report next week.", "THREATEN"),
                                ("The economist said the consequences of the drought would be severe.", "THREATEN"),
                                ("The bank said all options were on the table for the merger.", "THREATEN"),
                                ("Russia took retaliatory measures against Britain.", "THREATEN"),
                                ("Chile retaliated with tariffs on Peruvian wine.", "THREATEN")))

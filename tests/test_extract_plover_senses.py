"""A trigger word in another sense codes no PLOVER event (kg.extract.plover_hazards.unlike_object and phrasal):
a strike that is an act of force joined ("joined the U.S.-led strikes"), goods taken into custody, a political step
blocked ("blocked efforts to bring it to a vote"), a phrasal verb of retreat ("backed down", "backed away from"), a
plan carried out or a thing hung ("executed a planned shutdown", "hung a banner"), a wish that a thing happen ("we
did not want this to happen": no act asked of anyone).
Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.plover_hazards import phrasal, unlike_object

from test_extract_plover import make_doc
from test_extract_plover_recall24 import PUNCT, _passive, _pattern, _rule


def _joined(modifier: tuple[str, str, str, str, str]) -> list[tuple]:
    """ "Zarovia joined the <modifier> strikes ."."""
    return [("Zarovia", "Zarovia", "PROPN", "NNP", "nsubj", 1), ("joined", "join", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 4), (*modifier, 4), ("strikes", "strike", "NOUN", "NNS", "dobj", 1),
            (*PUNCT, 1)]


def test_plover_hazards_strikes_led_by_a_state_or_from_the_air_are_no_labour_strike():
    assert "*-led" in _pattern("ph-protest-join").get("not_object_modifiers")
    assert _rule(_joined(("U.S.-led", "U.S.-led", "ADJ", "JJ", "amod"))) is None
    assert _rule(_joined(("NATO-led", "NATO-led", "ADJ", "JJ", "amod"))) is None
    assert _rule(_joined(("air", "air", "NOUN", "NN", "compound"))) is None
    assert _rule(_joined(("union-led", "union-led", "ADJ", "JJ", "amod"))) == "ph-protest-join"  # no polity leads
    assert _rule(_joined(("general", "general", "ADJ", "JJ", "amod"))) == "ph-protest-join"


def _custody(subject: tuple[str, str, str, str]) -> list[tuple]:
    """ "<subject> was put in custody ."."""
    return _passive(subject, ("put", "put"), [("in", "in", "ADP", "IN", "prep", 2),
                                               ("custody", "custody", "NOUN", "NN", "pobj", 3)])


def test_plover_hazards_goods_put_in_custody_are_no_detention():
    assert _rule(_custody(("supplies", "supply", "NOUN", "NNS")), at=2) is None
    assert _rule(_custody(("cargo", "cargo", "NOUN", "NN")), at=2) is None
    assert _rule(_custody(("suspect", "suspect", "NOUN", "NN")), at=2) == "ph-coerce-into-custody"
    assert _rule(_custody(("Belk", "Belk", "PROPN", "NNP")), at=2) == "ph-coerce-into-custody"


def _blocked(obj: tuple[str, str, str, str]) -> list[tuple]:
    """ "Senators blocked <obj> ."."""
    return [("Senators", "senator", "NOUN", "NNS", "nsubj", 1), ("blocked", "block", "VERB", "VBD", "ROOT", 1),
            (*obj, "dobj", 1), (*PUNCT, 1)]


def test_plover_hazards_a_political_step_blocked_is_no_ban():
    for step in ("efforts", "nomination", "recognition", "bill"):
        assert _rule(_blocked((step, step.rstrip("s"), "NOUN", "NN"))) is None, step
    assert _rule(_blocked(("roads", "road", "NOUN", "NNS"))) == "ph-coerce-ban"
    assert _rule(_blocked(("access", "access", "NOUN", "NN"))) == "ph-coerce-ban"


def _backed(word: str, dep: str) -> list[tuple]:
    """ "Tomas Belk backed <word> ."."""
    pos = "ADP" if dep in ("prt", "prep") else "ADV" if dep == "advmod" else "NOUN"
    return [("Belk", "Belk", "PROPN", "NNP", "nsubj", 1), ("backed", "back", "VERB", "VBD", "ROOT", 1),
            (word, word, pos, "RP", dep, 1), (*PUNCT, 1)]


def test_plover_hazards_backed_down_or_away_is_no_support():
    assert _rule(_backed("down", "prt")) is None
    assert _rule(_backed("away", "advmod")) is None
    assert _rule(_backed("out", "prep")) is None
    assert _rule(_backed("reform", "dobj")) == "ph-support"
    assert phrasal(make_doc(_backed("down", "prt"))[1], ["down"])
    assert not phrasal(make_doc(_backed("down", "prt"))[1], None)  # the pattern names no particle
    assert not phrasal(make_doc(_backed("reform", "dobj"))[1], ["down"])


def _executed(obj: tuple[str, str, str, str]) -> list[tuple]:
    """ "Zarovia executed <obj> ."."""
    return [("Zarovia", "Zarovia", "PROPN", "NNP", "nsubj", 1), ("executed", "execute", "VERB", "VBD", "ROOT", 1),
            (*obj, "dobj", 1), (*PUNCT, 1)]


def test_plover_hazards_a_plan_executed_or_a_banner_hung_is_no_execution():
    assert _rule(_executed(("shutdown", "shutdown", "NOUN", "NN"))) is None
    assert _rule(_executed(("takeovers", "takeover", "NOUN", "NNS"))) is None
    assert _rule(_executed(("banners", "banner", "NOUN", "NNS"))) is None
    assert _rule(_executed(("prisoners", "prisoner", "NOUN", "NNS"))) == "ph-assault-execute"
    assert _rule(_executed(("Belk", "Belk", "PROPN", "NNP"))) == "ph-assault-execute"


def test_plover_hazards_unlike_object_needs_a_word_of_the_pattern():
    doc = make_doc(_joined(("air", "air", "NOUN", "NN", "compound")))
    assert unlike_object(doc[1], {"not_object_modifiers": ["air"]})
    assert not unlike_object(doc[1], {"not_object_modifiers": ["missile"]})
    assert unlike_object(doc[1], {"not_objects": ["strike"]})
    assert not unlike_object(doc[1], {})


TABLE = [
    # (sentence, (type, modality) that must not be coded, (type, modality) that must be)
    ("Zarovia sent 800 troops to Velonia last year to join the U.S.-led strikes against the rebels.",
     ("PROTEST", "asserted"), None),
    ("Britain joined the NATO-led air strikes on the militia's camps on Sunday.", ("PROTEST", "asserted"), None),
    ("Thousands of Velonian nurses joined the strike on Monday.", None, ("PROTEST", "asserted")),
    ("Dock workers in Portsmouth joined the union-led strike against the pay freeze.", None, ("PROTEST", "asserted")),
    ("Students joined a rally against the new tuition law in Santiago.", None, ("PROTEST", "asserted")),
    ("The seized supplies were put in police custody after the raid.", ("COERCE", "asserted"), None),
    ("The weapons were held in custody by the army.", ("COERCE", "asserted"), None),
    ("Two journalists were taken into custody in Minsk.", None, ("COERCE", "asserted")),
    ("Police took the opposition leader into custody on Friday.", None, ("COERCE", "asserted")),
    ("Senators blocked efforts to bring the treaty to a vote.", ("COERCE", "asserted"), None),
    ("The opposition blocked the nomination of the new ambassador.", ("COERCE", "asserted"), None),
    ("The government blocked access to the news website.", None, ("COERCE", "asserted")),
    ("Police blocked the road to the parliament with armoured trucks.", None, ("COERCE", "asserted")),
    ("The government backed down from its planned pension reform.", ("SUPPORT", "asserted"), None),
    ("The prime minister has backed away from his promise to hold a referendum.", ("SUPPORT", "asserted"), None),
    ("The party backed out of the coalition deal on Sunday.", ("SUPPORT", "asserted"), None),
    ("The senator backed off on the tax plan after the protests.", ("SUPPORT", "asserted"), None),
    ("Germany backed the French proposal for a ceasefire.", None, ("SUPPORT", "asserted")),
    ("The government of Zarovia executed a planned shutdown of public services.", ("ASSAULT", "asserted"), None),
    ("Protesters hung a huge banner from the embassy roof.", ("ASSAULT", "asserted"), None),
    ("A volunteer hangs signage for the fair.", ("ASSAULT", "asserted"), None),
    ("Iran hanged three men convicted of treason.", None, ("ASSAULT", "asserted")),
    ('"The government forced us onto the streets again; we did not want this to happen today," said union leader '
     'Ana Petrescu.', ("REQUEST", "negated"), None),
    ("The opposition wants the president to resign.", None, ("REQUEST", "asserted")),
    ("Canada wants Iran to release the detained journalists.", None, ("REQUEST", "asserted")),
    ("The journalist was executed by the militia.", None, ("ASSAULT", "asserted")),
    ("The rebels executed two soldiers on Sunday.", None, ("ASSAULT", "asserted")),
    ("The rebels are backed by Zarovia.", None, ("SUPPORT", "asserted")),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, absent, present", TABLE)
def test_plover_hazards_senses_table(facts_of, text, absent, present):
    found = {(e.type, e.modality) for e in facts_of(text).political_events}
    assert absent is None or absent not in found, found
    assert present is None or present in found, found

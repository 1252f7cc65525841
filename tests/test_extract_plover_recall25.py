"""PLOVER events news reports name that no trigger coded or whose actor was not found (session 25): an unnamed
spokesperson, representative, member or head stands for the one named after "for" or "of", comment declined or an
allegation brushed off is a rejection, armed fire undergone from named shooters an assault, warplanes scrambled and
troops built up are mobilizations, concern stated and a reaction in anger are accusations, and an acquittal is a
concession. Model-free tests on hand-built Docs, and (slow) sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover_nouns as pn

from test_extract_plover import assert_first_coded, coded, make_doc
from test_extract_plover_recall24 import PUNCT, _pattern, _rule

def _proxy(noun: tuple[str, str], prep: str, obj: tuple[str, str, str, str]) -> list[tuple]:
    """ "A <noun> <prep> <obj> denied it ." """
    return [("A", "a", "DET", "DT", "det", 1), (*noun, "NOUN", "NN", "nsubj", 4), (prep, prep, "ADP", "IN", "prep", 1),
            (*obj, "pobj", 2), ("denied", "deny", "VERB", "VBD", "ROOT", 4), ("it", "it", "PRON", "PRP", "dobj", 4),
            (*PUNCT, 4)]


def test_plover_nouns_a_spokesperson_or_member_stands_for_the_one_named_after_for_or_of():
    hamas = ("Hamas", "Hamas", "PROPN", "NNP")
    assert pn.spoken_for(make_doc(_proxy(("spokesman", "spokesman"), "for", hamas))[1]).text == "Hamas"
    assert pn.whole_of(make_doc(_proxy(("member", "member"), "of", hamas))[1]).text == "Hamas"
    assert pn.spoken_for(make_doc(_proxy(("spokesman", "spokesman"), "for", ("them", "they", "PRON", "PRP")))[1]) \
        is None  # whom "them" stands for is not known here
    assert pn.spoken_for(make_doc(_proxy(("friend", "friend"), "of", hamas))[1]) is None  # no proxy noun
    assert pn.spoken_for(make_doc(_proxy(("spokesman", "spokesman"), "in", hamas))[1]) is None  # a place


def _object_verb(verb: tuple[str, str], obj: tuple[str, str], particle: str | None = None,
                 subject: tuple[str, str] = ("Ministry", "ministry")) -> list[tuple]:
    """ "<subject> <verb> [<particle>] the <obj> ." """
    rows = [(*subject, "NOUN", "NN", "nsubj", 1), (*verb, "VERB", "VBD", "ROOT", 1)]
    if particle:
        rows.append((particle, particle, "ADP", "RP", "prt", 1))
    at = len(rows)
    return rows + [("the", "the", "DET", "DT", "det", at + 1), (*obj, "NOUN", "NNS", "dobj", 1), (*PUNCT, 1)]


def test_plover_match_an_allegation_brushed_off_or_comment_declined_is_a_rejection():
    assert _rule(_object_verb(("brushed", "brush"), ("allegations", "allegation"), "off")) == "ph-reject-brush-off"
    assert _rule(_object_verb(("shrugged", "shrug"), ("criticism", "criticism"), "off")) == "ph-reject-brush-off"
    assert _rule(_object_verb(("brushed", "brush"), ("dust", "dust"), "off")) is None  # no claim rejected
    # "The ministry declined to confirm the figures ."
    rows = [("Ministry", "ministry", "NOUN", "NN", "nsubj", 1), ("declined", "decline", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3), ("confirm", "confirm", "VERB", "VB", "xcomp", 1),
            ("figures", "figure", "NOUN", "NNS", "dobj", 3), (*PUNCT, 1)]
    assert _rule(rows) == "ph-reject-decline-comment"
    rows[3] = ("attend", "attend", "VERB", "VB", "xcomp", 1)
    assert _rule(rows) != "ph-reject-decline-comment"


def test_plover_match_armed_fire_undergone_from_named_shooters_is_an_assault():
    # "Troops came under fire from rebels ."
    rows = [("Troops", "troop", "NOUN", "NNS", "nsubj", 1), ("came", "come", "VERB", "VBD", "ROOT", 1),
            ("under", "under", "ADP", "IN", "prep", 1), ("fire", "fire", "NOUN", "NN", "pobj", 2),
            ("from", "from", "ADP", "IN", "prep", 3), ("rebels", "rebel", "NOUN", "NNS", "pobj", 4), (*PUNCT, 1)]
    assert _rule(rows, at=3) == "ph-assault-under-fire"
    assert set(_pattern("ph-assault-under-fire").get("needs_sector")) == {"MIL", "REB", "UAF", "COP"}  # not critics
    rows[4] = ("over", "over", "ADP", "IN", "prep", 3)  # "came under fire over the budget": no shooters named
    assert _rule(rows, at=3) is None


def test_plover_match_warplanes_scrambled_and_troops_built_up_are_mobilized():
    assert _rule(_object_verb(("scrambled", "scramble"), ("jets", "jet"), subject=("Israel", "Israel"))) == \
        "ph-mobilize-scramble"
    assert _rule(_object_verb(("scrambled", "scramble"), ("eggs", "egg"))) is None
    assert _rule(_object_verb(("built", "build"), ("troops", "troop"), "up", ("Turkey", "Turkey"))) == \
        "ph-mobilize-build-up"
    assert _rule(_object_verb(("built", "build"), ("roads", "road"), "up")) is None


def test_plover_match_concern_stated_or_anger_shown_accuses_an_acquittal_concedes():
    assert _rule(_object_verb(("stated", "state"), ("concerns", "concern"))) == "ph-accuse-concern"
    assert _rule(_object_verb(("voiced", "voice"), ("anger", "anger"))) == "ph-accuse-concern"
    # "Russia reacted angrily ."
    rows = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("reacted", "react", "VERB", "VBD", "ROOT", 1),
            ("angrily", "angrily", "ADV", "RB", "advmod", 1), (*PUNCT, 1)]
    assert _rule(rows) == "ph-accuse-react-angrily"
    rows[2] = ("quickly", "quickly", "ADV", "RB", "advmod", 1)
    assert _rule(rows) is None
    # "Russia reacted to the deal with anger ."
    rows = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("reacted", "react", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "ADP", "IN", "prep", 1), ("deal", "deal", "NOUN", "NN", "pobj", 2),
            ("with", "with", "ADP", "IN", "prep", 3), ("anger", "anger", "NOUN", "NN", "pobj", 4), (*PUNCT, 1)]
    assert _rule(rows) == "ph-accuse-react-with-anger"
    acquitted = [("Lopes", "Lopes", "PROPN", "NNP", "nsubjpass", 2), ("was", "be", "AUX", "VBD", "auxpass", 2),
                 ("acquitted", "acquit", "VERB", "VBN", "ROOT", 2), (*PUNCT, 2)]
    assert _rule(acquitted, at=2) == "ph-concede-acquit"
    assert _pattern("ph-concede-acquit").get("state_act")
    # "Lopes was cleared of all charges ." / "... of debris ."
    cleared = acquitted[:2] + [("cleared", "clear", "VERB", "VBN", "ROOT", 2), ("of", "of", "ADP", "IN", "prep", 2),
                               ("all", "all", "DET", "DT", "det", 5), ("charges", "charge", "NOUN", "NNS", "pobj", 3),
                               (*PUNCT, 2)]
    assert _rule(cleared, at=2) == "ph-concede-cleared-of-charges"
    cleared[5] = ("debris", "debris", "NOUN", "NN", "pobj", 3)
    assert _rule(cleared, at=2) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("A spokesman for the Chilean government condemned the bombing.", "ACCUSE", {"CL"}, None, "asserted"),
    ("A spokeswoman for Hezbollah rejected the proposal on Monday.", "REJECT", {"HEZBOLLAH"}, None, "asserted"),
    ("The Peruvian embassy declined to confirm or deny the figures.", "REJECT", {"PE"}, None, "asserted"),
    ("Chilean Defence Minister Ana Lopes brushed off allegations that the army broke the ceasefire.", "REJECT",
     {"Ana Lopes"}, None, "asserted"),
    ("Chilean troops came under fire from Bolivian soldiers near the border.", "ASSAULT", {"BO"}, {"CL"},
     "asserted"),
    ("Chile scrambled two fighter jets to intercept a Bolivian aircraft.", "MOBILIZE", {"CL"}, None, "asserted"),
    ("Bolivia has been building up troops along its border with Chile.", "MOBILIZE", {"BO"}, {"CL"}, "asserted"),
    ("Peru and Chile have both stated concerns about the trial in La Paz.", "ACCUSE", {"PE", "CL"}, None,
     "asserted"),
    ("Bolivian officials reacted angrily to the Chilean decision.", "ACCUSE", {"BO"}, {"CL"}, "asserted"),
    ("The Peruvian opposition leader Ana Lopes was acquitted by a court in Lima.", "CONCEDE", {"PE"}, None,
     "asserted"),
])
def test_plover_recall25_table(facts_of, text, kind, sources, targets, modality):
    assert_first_coded(facts_of(text), kind, sources, targets, modality)


@pytest.mark.slow
def test_plover_recall25_no_event_for_words_of_criticism_or_things_built(facts_of):
    for text, kind in (("The Chilean minister came under fire from opposition parties over the budget.", "ASSAULT"),
                       ("Chilean workers have been building up the roads near the border.", "MOBILIZE")):
        assert all(c[0] != kind for c in coded(facts_of(text))), text

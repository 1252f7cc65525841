"""PLOVER events news reports name that no trigger coded or whose actor was not found (session 25): an unnamed
spokesperson, representative, member or head stands for the one named after "for" or "of", comment declined or an
allegation brushed off is a rejection, armed fire undergone from named shooters an assault. Model-free tests on
hand-built Docs, and (slow) sentences written for these tests."""

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


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("A spokesman for the Chilean government condemned the bombing.", "ACCUSE", {"CL"}, None, "asserted"),
    ("A spokeswoman for Hezbollah rejected the proposal on Monday.", "REJECT", {"HEZBOLLAH"}, None, "asserted"),
    ("The Peruvian embassy declined to confirm or deny the figures.", "REJECT", {"PE"}, None, "asserted"),
    ("Chilean Defence Minister Ana Lopes brushed off allegations that the army broke the ceasefire.", "REJECT",
     {"Ana Lopes"}, None, "asserted"),
    ("Chilean troops came under fire from Bolivian soldiers near the border.", "ASSAULT", {"BO"}, {"CL"},
     "asserted"),
])
def test_plover_recall25_table(facts_of, text, kind, sources, targets, modality):
    assert_first_coded(facts_of(text), kind, sources, targets, modality)


@pytest.mark.slow
def test_plover_recall25_no_assault_for_words_of_criticism(facts_of):
    text = "The Chilean minister came under fire from opposition parties over the budget."
    assert all(c[0] != "ASSAULT" for c in coded(facts_of(text))), text

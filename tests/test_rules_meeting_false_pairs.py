"""Rules against meeting pairs the guide does not want, on Docs built by hand (so a failure is the rule's, never the
statistical model's): a gathering called off or put off, a meeting only supposed ("if X had met Y"), a gathering
an "of" phrase names as a body's own (no join to the talks before), a title's holder whose aide or chief is the
one named, and talks held in another room than the named event. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from handdocs import make

from kg.extract import joins, nonparticipants, triggers
from kg.extract.rulematch import rule_marks


@pytest.mark.parametrize("particle, cancelled", [("off", True), ("up", False)])
def test_triggers_summit_called_off_is_no_meeting(particle, cancelled):
    """"Ruto called off the summit with Lula": the summit does not take place (not "called up the summit")."""
    doc = make([
        ("Ruto", 1, "nsubj", "PROPN", "NNP", "Ruto", "B-PERSON"),
        ("called", 1, "ROOT", "VERB", "VBD", "call", "O"),
        (particle, 1, "prt", "ADP", "RP", particle, "O"),
        ("the", 4, "det", "DET", "DT", "the", "O"),
        ("summit", 1, "dobj", "NOUN", "NN", "summit", "O"),
        ("with", 4, "prep", "ADP", "IN", "with", "O"),
        ("Lula", 5, "pobj", "PROPN", "NNP", "Lula", "B-PERSON"),
    ])
    assert triggers.negated(doc[4]) is cancelled
    assert (rule_marks(doc).rule("negating-head", 1) == "neg-head-off") is cancelled


def test_triggers_called_off_strike_leaves_the_meeting():
    """"Ruto called off the strike and met Lula": only the strike is called off."""
    doc = make([
        ("Ruto", 1, "nsubj", "PROPN", "NNP", "Ruto", "B-PERSON"),
        ("called", 1, "ROOT", "VERB", "VBD", "call", "O"),
        ("off", 1, "prt", "ADP", "RP", "off", "O"),
        ("the", 4, "det", "DET", "DT", "the", "O"),
        ("strike", 1, "dobj", "NOUN", "NN", "strike", "O"),
        ("and", 1, "cc", "CCONJ", "CC", "and", "O"),
        ("met", 1, "conj", "VERB", "VBD", "meet", "O"),
        ("Lula", 6, "dobj", "PROPN", "NNP", "Lula", "B-PERSON"),
    ])
    assert not triggers.negated(doc[6])


@pytest.mark.parametrize("mark, supposed", [("If", True), ("After", False)])
def test_triggers_supposed_meeting_is_not_held(mark, supposed):
    """"If Ruto had met Lula, the war might have ended": a meeting only supposed (the guide's hypothesised
    meetings); "After Ruto had met Lula, …" happened."""
    doc = make([
        (mark, 3, "mark", "SCONJ", "IN", mark.lower(), "O"),
        ("Ruto", 3, "nsubj", "PROPN", "NNP", "Ruto", "B-PERSON"),
        ("had", 3, "aux", "AUX", "VBD", "have", "O"),
        ("met", 8, "advcl", "VERB", "VBN", "meet", "O"),
        ("Lula", 3, "dobj", "PROPN", "NNP", "Lula", "B-PERSON"),
        (",", 8, "punct", "PUNCT", ",", ",", "O"),
        ("the", 7, "det", "DET", "DT", "the", "O"),
        ("war", 8, "nsubj", "NOUN", "NN", "war", "O"),
        ("ended", 8, "ROOT", "VERB", "VBD", "end", "O"),
    ])
    assert triggers.is_future(doc[3]) is supposed


@pytest.mark.parametrize("words, own", [
    (["the", "summit", "of", "the", "SCO"], True),  # a body's own gathering
    (["the", "summit", "of", "the", "leaders"], False),  # no proper name: may be the talks before
    (["the", "summit", "in", "the", "city"], False),
])
def test_joins_gathering_of_a_named_body_is_its_own(words, own):
    """"Japarov attended the summit of the SCO" joins no talks told before (not "the summit of the leaders")."""
    last = "PROPN" if words[-1].isupper() else "NOUN"
    doc = make([
        ("Japarov", 1, "nsubj", "PROPN", "NNP", "Japarov", "B-PERSON"),
        ("attended", 1, "ROOT", "VERB", "VBD", "attend", "O"),
        (words[0], 3, "det", "DET", "DT", "the", "O"),
        (words[1], 1, "dobj", "NOUN", "NN", "summit", "O"),
        (words[2], 3, "prep", "ADP", "IN", words[2], "O"),
        (words[3], 6, "det", "DET", "DT", "the", "O"),
        (words[4], 4, "pobj", last, "NNP" if last == "PROPN" else "NNS", words[4], "O"),
    ])
    assert joins.own_gathering(doc[3]) is own


@pytest.mark.parametrize("noun, served", [("adviser", True), ("chief", True), ("office", False)])
def test_nonparticipants_title_of_a_served_holder(noun, served):
    """"Shah, the prime minister's adviser": the prime minister (his title's every word) is served, not met."""
    doc = make([
        ("Shah", 6, "nsubj", "PROPN", "NNP", "Shah", "B-PERSON"),
        (",", 0, "punct", "PUNCT", ",", ",", "O"),
        ("the", 4, "det", "DET", "DT", "the", "O"),
        ("prime", 4, "amod", "ADJ", "JJ", "prime", "O"),
        ("minister", 5, "poss", "NOUN", "NN", "minister", "O"),
        (noun, 0, "appos", "NOUN", "NN", noun, "O"),
        ("met", 6, "ROOT", "VERB", "VBD", "meet", "O"),
    ])
    assert nonparticipants.served(doc[3]) is served
    assert nonparticipants.served(doc[4]) is served


@pytest.mark.parametrize("other, apart", [("another", True), ("separate", True), ("the", False)])
def test_rules_talks_in_another_room_are_apart(other, apart):
    """"In another room, A met B": a setting apart from the named event (apart-setting); "in the room" is none."""
    doc = make([
        ("In", 4, "prep", "ADP", "IN", "in", "O"),
        (other, 2, "det" if other != "separate" else "amod", "DET", "DT", other, "O"),
        ("room", 0, "pobj", "NOUN", "NN", "room", "O"),
        ("Kamau", 4, "nsubj", "PROPN", "NNP", "Kamau", "B-PERSON"),
        ("met", 4, "ROOT", "VERB", "VBD", "meet", "O"),
        ("Opio", 4, "dobj", "PROPN", "NNP", "Opio", "B-PERSON"),
    ])
    assert rule_marks(doc).has("apart-setting", 2) is apart


@pytest.mark.parametrize("det, tag, own", [("their", "NNS", True), ("six", "NNS", False), ("their", "NN", False)])
def test_triggers_signing_their_own_accords_is_no_meeting(det, tag, own):
    """"A and B had signed their agreements": each signed his own (signed-own-accords rules m-sign out); "A and B
    signed six agreements" and "A and B signed their agreement" are signings together."""
    noun = "agreements" if tag == "NNS" else "agreement"
    doc = make([
        ("Sarid", 2, "nsubj", "PROPN", "NNP", "Sarid", "B-PERSON"),
        ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
        ("Horan", 0, "conj", "PROPN", "NNP", "Horan", "B-PERSON"),
        ("signed", 3, "ROOT", "VERB", "VBD", "sign", "O"),
        (det, 5, "poss" if det == "their" else "nummod", "PRON" if det == "their" else "NUM", "PRP$", det, "O"),
        (noun, 3, "dobj", "NOUN", tag, "agreement", "O"),
    ])
    doc[0].head = doc[3]
    assert (rule_marks(doc).rule("own-accords", 3) == "signed-own-accords") is own
    assert (triggers.meeting_row(doc[3]) is None) is own


@pytest.mark.parametrize("place, pos, greeting", [("Airport", "PROPN", True), ("Hotel", "PROPN", False)])
def test_triggers_received_at_a_named_airport_is_a_greeting(place, pos, greeting):
    """"Menon was received at Shahjalal International Airport by Moni": a greeting on arrival (arrival-greeting-named);
    "… at Shahjalal Hotel" is a reception."""
    doc = make([
        ("Menon", 2, "nsubjpass", "PROPN", "NNP", "Menon", "B-PERSON"),
        ("was", 2, "auxpass", "AUX", "VBD", "be", "O"),
        ("received", 2, "ROOT", "VERB", "VBN", "receive", "O"),
        ("at", 2, "prep", "ADP", "IN", "at", "O"),
        ("Shahjalal", 5, "compound", "PROPN", "NNP", "Shahjalal", "B-FAC"),
        (place, 3, "pobj", pos, "NNP", place, "I-FAC"),
        ("by", 2, "agent", "ADP", "IN", "by", "O"),
        ("Moni", 6, "pobj", "PROPN", "NNP", "Moni", "B-PERSON"),
    ])
    assert (rule_marks(doc).rule("everyday-meet", 2) == "arrival-greeting-named") is greeting
    assert (triggers.meeting_row(doc[2]) is None) is greeting

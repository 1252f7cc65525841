"""Rules against near misses of meetings, on Docs built by hand (so a failure is the rule's, never the statistical
model's): "met with" a reaction ("met with criticism from X"), a greeting on arrival at an airport that hangs on the
arrival ("On arrival at the airport, X was received by Y"), a visitor escorted to his hotel, a handshake before or
at the end of a debate, being "due" somewhere for talks, back-to-back or successive meetings (one per partner), and
a regnal number that keeps a king apart from a prince whose name ends on the king's name. Sentences are written
for these tests."""

from __future__ import annotations

import pytest
from handdocs import make

from kg.extract import triggers
from kg.extract.party_persons import party_named
from kg.extract.regnal import regnal_fits, regnal_number
from kg.extract.rulematch import rule_marks


@pytest.mark.parametrize("noun, everyday", [("criticism", True), ("resistance", True), ("officials", False)])
def test_triggers_met_with_reaction_is_no_meeting(noun, everyday):
    """"Novak met with criticism from Dvorak": how a plan was received ("met with officials" is a meeting)."""
    doc = make([
        ("Novak", 1, "nsubj", "PROPN", "NNP", "Novak", "B-PERSON"),
        ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
        ("with", 1, "prep", "ADP", "IN", "with", "O"),
        (noun, 2, "pobj", "NOUN", "NN", noun, "O"),
        ("from", 3, "prep", "ADP", "IN", "from", "O"),
        ("Dvorak", 4, "pobj", "PROPN", "NNP", "Dvorak", "B-PERSON"),
    ])
    assert rule_marks(doc).has("everyday-meet", 1) is everyday
    assert (rule_marks(doc).rule("everyday-meet", 1) == "met-with-reaction") is everyday


@pytest.mark.parametrize("place, everyday", [("airport", True), ("palace", False)])
def test_triggers_received_on_arrival_at_airport_is_a_greeting(place, everyday):
    """"On arrival at the airport, Asante was received by Adeyemi" (not "on arrival at the palace")."""
    doc = make([
        ("On", 7, "prep", "ADP", "IN", "on", "O"),
        ("arrival", 0, "pobj", "NOUN", "NN", "arrival", "O"),
        ("at", 1, "prep", "ADP", "IN", "at", "O"),
        ("the", 4, "det", "DET", "DT", "the", "O"),
        (place, 2, "pobj", "NOUN", "NN", place, "O"),
        (",", 7, "punct", "PUNCT", ",", ",", "O"),
        ("Asante", 7, "nsubjpass", "PROPN", "NNP", "Asante", "B-PERSON"),
        ("received", 7, "ROOT", "VERB", "VBN", "receive", "O"),
        ("by", 7, "agent", "ADP", "IN", "by", "O"),
        ("Adeyemi", 8, "pobj", "PROPN", "NNP", "Adeyemi", "B-PERSON"),
    ])
    assert (rule_marks(doc).rule("everyday-meet", 7) == "arrival-greeting-on-arrival") is everyday


@pytest.mark.parametrize("place, everyday", [("hotel", True), ("talks", False)])
def test_triggers_escorted_to_hotel_is_no_meeting(place, everyday):
    """"Mokoena accompanied Li to his hotel" sees him in (not "accompanied Li to the talks")."""
    doc = make([
        ("Mokoena", 1, "nsubj", "PROPN", "NNP", "Mokoena", "B-PERSON"),
        ("accompanied", 1, "ROOT", "VERB", "VBD", "accompany", "O"),
        ("Li", 1, "dobj", "PROPN", "NNP", "Li", "B-PERSON"),
        ("to", 1, "prep", "ADP", "IN", "to", "O"),
        ("his", 5, "poss", "PRON", "PRP$", "his", "O"),
        (place, 3, "pobj", "NOUN", "NN", place, "O"),
    ])
    assert (rule_marks(doc).rule("everyday-meet", 1) == "escort-to-place") is everyday
    assert (triggers.meeting_row(doc[1]) is None) is everyday


@pytest.mark.parametrize("prep, noun, rule", [("before", "debate", "meet-contest-around"),
                                               ("after", "final", "meet-contest-around"),
                                               ("before", "talks", None)])
def test_triggers_handshake_around_a_debate_is_no_meeting(prep, noun, rule):
    """"Ellison and Hart shook hands before the debate" belongs to the debate (not "before the talks")."""
    doc = make([
        ("Ellison", 3, "nsubj", "PROPN", "NNP", "Ellison", "B-PERSON"),
        ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
        ("Hart", 0, "conj", "PROPN", "NNP", "Hart", "B-PERSON"),
        ("shook", 3, "ROOT", "VERB", "VBD", "shake", "O"),
        ("hands", 3, "dobj", "NOUN", "NNS", "hand", "O"),
        (prep, 3, "prep", "ADP", "IN", prep, "O"),
        ("the", 7, "det", "DET", "DT", "the", "O"),
        (noun, 5, "pobj", "NOUN", "NN", noun, "O"),
    ])
    assert rule_marks(doc).rule("everyday-meet", 3) == rule


def test_triggers_handshake_at_the_end_of_a_debate_is_no_meeting():
    """"Ellison shook hands with Hart at the end of the debate"."""
    doc = make([
        ("Ellison", 1, "nsubj", "PROPN", "NNP", "Ellison", "B-PERSON"),
        ("shook", 1, "ROOT", "VERB", "VBD", "shake", "O"),
        ("hands", 1, "dobj", "NOUN", "NNS", "hand", "O"),
        ("at", 1, "prep", "ADP", "IN", "at", "O"),
        ("the", 5, "det", "DET", "DT", "the", "O"),
        ("end", 3, "pobj", "NOUN", "NN", "end", "O"),
        ("of", 5, "prep", "ADP", "IN", "of", "O"),
        ("the", 8, "det", "DET", "DT", "the", "O"),
        ("debate", 6, "pobj", "NOUN", "NN", "debate", "O"),
    ])
    assert rule_marks(doc).rule("everyday-meet", 1) == "meet-contest-edge"


@pytest.mark.parametrize("word, planned", [("due", True), ("back", False)])
def test_triggers_due_somewhere_for_talks_is_planned(word, planned):
    """"Novak is due in Washington for talks with Tillerson" (not "is back in Washington for talks")."""
    doc = make([
        ("Novak", 1, "nsubj", "PROPN", "NNP", "Novak", "B-PERSON"),
        ("is", 1, "ROOT", "AUX", "VBZ", "be", "O"),
        (word, 1, "acomp", "ADJ", "JJ", word, "O"),
        ("in", 2, "prep", "ADP", "IN", "in", "O"),
        ("Washington", 3, "pobj", "PROPN", "NNP", "Washington", "B-GPE"),
        ("for", 1, "prep", "ADP", "IN", "for", "O"),
        ("talks", 5, "pobj", "NOUN", "NNS", "talk", "O"),
        ("with", 6, "prep", "ADP", "IN", "with", "O"),
        ("Tillerson", 7, "pobj", "PROPN", "NNP", "Tillerson", "B-PERSON"),
    ])
    assert triggers.is_future(doc[6]) is planned


def test_triggers_back_to_back_meetings_are_separate():
    """"Peters held back-to-back meetings with English and Ardern": one meeting per partner."""
    doc = make([
        ("Peters", 1, "nsubj", "PROPN", "NNP", "Peters", "B-PERSON"),
        ("held", 1, "ROOT", "VERB", "VBD", "hold", "O"),
        ("back", 7, "nmod", "ADV", "RB", "back", "O"),
        ("-", 2, "punct", "PUNCT", "HYPH", "-", "O"),
        ("to", 2, "prep", "ADP", "IN", "to", "O"),
        ("-", 4, "punct", "PUNCT", "HYPH", "-", "O"),
        ("back", 4, "pobj", "ADP", "RB", "back", "O"),
        ("meetings", 1, "dobj", "NOUN", "NNS", "meeting", "O"),
    ])
    assert rule_marks(doc).rule("separate-meetings", 2) == "separate-back-to-back"


def test_regnal_number_reads_the_numeral():
    assert [regnal_number(n) for n in ("King Abdullah II", "Charles III", "Hussein bin Abdullah", "II")] == \
        ["ii", "iii", None, None]


@pytest.mark.parametrize("a, a_words, b, b_words, fits", [
    ("Abdullah II", 1, "Hussein bin Abdullah", 3, False),
    ("Hussein bin Abdullah", 3, "Abdullah II", 1, False),
    ("King Abdullah", 1, "Abdullah II", 1, True),
    ("Abdullah II", 1, "Abdullah I", 1, False),
    ("Charles III", 1, "Charles III", 1, True),
    ("Joe Biden", 2, "Biden", 1, True),
])
def test_regnal_fits_only_a_bare_name_or_the_same_numeral(a, a_words, b, b_words, fits):
    assert regnal_fits(a, a_words, b, b_words) is fits


@pytest.mark.parametrize("verb, tag, planned", [("opens", "VBZ", True), ("opened", "VBD", False)])
def test_triggers_summit_which_opens_on_a_day_is_upcoming(verb, tag, planned):
    """"Ruto will attend the summit, which opens on Tuesday": still to come (not "which opened on Tuesday")."""
    doc = make([
        ("Ruto", 2, "nsubj", "PROPN", "NNP", "Ruto", "B-PERSON"),
        ("will", 2, "aux", "AUX", "MD", "will", "O"),
        ("praise", 2, "ROOT", "VERB", "VB", "praise", "O"),
        ("the", 4, "det", "DET", "DT", "the", "O"),
        ("summit", 2, "dobj", "NOUN", "NN", "summit", "O"),
        (",", 4, "punct", "PUNCT", ",", ",", "O"),
        ("which", 7, "nsubj", "PRON", "WDT", "which", "O"),
        (verb, 4, "relcl", "VERB", tag, "open", "O"),
        ("on", 7, "prep", "ADP", "IN", "on", "O"),
        ("Tuesday", 8, "pobj", "PROPN", "NNP", "Tuesday", "B-DATE"),
    ])
    assert rule_marks(doc).has("upcoming", 7) is planned


@pytest.mark.parametrize("words, party", [(("Labour",), True), (("the", "Lib", "Dems"), True),
                                          (("Tom", "Labour"), False), (("Davis",), False)])
def test_party_persons_short_party_name_is_no_person(words, party):
    """"Labour" that NER calls a person is the party; "Tom Labour" would be a person."""
    doc = make([(w, 0, "ROOT" if i == 0 else "compound", "PROPN", "NNP", w, "B-PERSON" if i == 0 else "I-PERSON")
                for i, w in enumerate(words)])
    assert party_named(doc[0:len(words)]) is party

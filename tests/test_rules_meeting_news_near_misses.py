"""Rules against near misses of meetings in ordinary news, on Docs built by hand (so a failure is the rule's, never
the statistical model's): joining someone in an act ("joined X in condemning"), joining calls for something, a
participle "joined by"/"accompanied by" on a clause that tells no meeting, "attended by" on an occasion that is no
gathering, a meeting ruled out, a person a discussed matter is about ("the release of X"), and two recall rules: a
session "attended by" A and B after or before the meeting its verb tells, and someone who "sat alongside" a
participant. Also the second half of a hyphenated Korean given name ("Moon Jae-in"). Sentences are written for
these tests."""

from __future__ import annotations

import pytest
from handdocs import make

from kg.extract.nonparticipants import matter
from kg.extract.person_spans import hyphen_syllable
from kg.extract.rulematch import rule_marks


@pytest.mark.parametrize("act_tag, everyday", [("VBG", True), ("NN", False)])
def test_triggers_joined_in_an_act_is_no_meeting(act_tag, everyday):
    """"Kane joined Haddad in condemning the attack" takes a side (not "joined Haddad in talks")."""
    word, lemma = ("condemning", "condemn") if act_tag == "VBG" else ("talks", "talk")
    doc = make([
        ("Kane", 1, "nsubj", "PROPN", "NNP", "Kane", "B-PERSON"),
        ("joined", 1, "ROOT", "VERB", "VBD", "join", "O"),
        ("Haddad", 1, "dobj", "PROPN", "NNP", "Haddad", "B-PERSON"),
        ("in", 1, "prep", "ADP", "IN", "in", "O"),
        (word, 3, "pcomp" if act_tag == "VBG" else "pobj", "VERB" if act_tag == "VBG" else "NOUN", act_tag, lemma,
         "O"),
    ])
    assert (rule_marks(doc).rule("everyday-meet", 1) == "join-in-act") is everyday


@pytest.mark.parametrize("prep, everyday", [("for", True), ("with", False)])
def test_triggers_joined_calls_for_is_a_demand(prep, everyday):
    """"Khoury joined calls for a new election" (not "joined the call with Kane")."""
    doc = make([
        ("Khoury", 1, "nsubj", "PROPN", "NNP", "Khoury", "B-PERSON"),
        ("joined", 1, "ROOT", "VERB", "VBD", "join", "O"),
        ("calls", 1, "dobj", "NOUN", "NNS", "call", "O"),
        (prep, 2, "prep", "ADP", "IN", prep, "O"),
        ("elections" if prep == "for" else "Kane", 3, "pobj", "NOUN" if prep == "for" else "PROPN",
         "NNS" if prep == "for" else "NNP", "election" if prep == "for" else "Kane",
         "O" if prep == "for" else "B-PERSON"),
    ])
    assert (rule_marks(doc).rule("everyday-meet", 1) == "join-calls-for") is everyday


@pytest.mark.parametrize("head, lemma, everyday", [("led", "lead", True), ("filed", "file", True),
                                                   ("met", "meet", False), ("talked", "talk", False),
                                                   ("traveled", "travel", False)])
def test_triggers_participle_join_on_other_act(head, lemma, everyday):
    """"Kane led a march, joined by Khoury" adds Khoury to the march; "The leaders met, joined by Khoury" to the
    meeting, "Kane traveled to Peru, accompanied by Khoury" to the trip's party (``join-clause-heads``)."""
    doc = make([
        ("Kane", 1, "nsubj", "PROPN", "NNP", "Kane", "B-PERSON"),
        (head, 1, "ROOT", "VERB", "VBD", lemma, "O"),
        (",", 1, "punct", "PUNCT", ",", ",", "O"),
        ("joined", 1, "advcl", "VERB", "VBN", "join", "O"),
        ("by", 3, "agent", "ADP", "IN", "by", "O"),
        ("Khoury", 4, "pobj", "PROPN", "NNP", "Khoury", "B-PERSON"),
    ])
    assert (rule_marks(doc).rule("everyday-meet", 3) == "participle-join-off-meeting") is everyday


@pytest.mark.parametrize("noun, lemma, everyday", [("rally", "rally", True), ("march", "march", True),
                                                   ("talks", "talk", False), ("session", "session", False),
                                                   ("dinner", "dinner", False)])
def test_triggers_attended_by_on_no_gathering(noun, lemma, everyday):
    """"a rally attended by Gil", "a march attended by Gil" are no gathering of the talks; "the talks, attended by
    Gil" and "a dinner attended by Gil" are."""
    doc = make([
        ("a", 1, "det", "DET", "DT", "a", "O"),
        (noun, 1, "ROOT", "NOUN", "NNS" if noun.endswith("s") else "NN", lemma, "O"),
        ("attended", 1, "acl", "VERB", "VBN", "attend", "O"),
        ("by", 2, "agent", "ADP", "IN", "by", "O"),
        ("Gil", 3, "pobj", "PROPN", "NNP", "Gil", "B-PERSON"),
    ])
    assert (rule_marks(doc).rule("everyday-meet", 2) == "attended-nongathering") is everyday


@pytest.mark.parametrize("particle, negated", [("out", True), ("on", False)])
def test_triggers_meeting_ruled_out(particle, negated):
    """"Mansour ruled out a meeting with Kane": the verb cancels the meeting it governs."""
    doc = make([
        ("Mansour", 1, "nsubj", "PROPN", "NNP", "Mansour", "B-PERSON"),
        ("ruled", 1, "ROOT", "VERB", "VBD", "rule", "O"),
        (particle, 1, "prt", "ADP", "RP", particle, "O"),
        ("a", 4, "det", "DET", "DT", "a", "O"),
        ("meeting", 1, "dobj", "NOUN", "NN", "meeting", "O"),
    ])
    assert (rule_marks(doc).rule("negating-head", 1) == "neg-head-rule-out") is negated


@pytest.mark.parametrize("prep, marked", [("alongside", True), ("beside", True), ("with", False)])
def test_triggers_sat_alongside_a_person(prep, marked):
    """"Otieno sat alongside Mwangi" (m-sit-alongside: Otieno joins the talks Mwangi is in)."""
    doc = make([
        ("Otieno", 1, "nsubj", "PROPN", "NNP", "Otieno", "B-PERSON"),
        ("sat", 1, "ROOT", "VERB", "VBD", "sit", "O"),
        (prep, 1, "prep", "ADP", "IN", prep, "O"),
        ("Mwangi", 2, "pobj", "PROPN", "NNP", "Mwangi", "B-PERSON"),
    ])
    assert rule_marks(doc).has("seat-beside", 1) is marked


@pytest.mark.parametrize("noun, about", [("release", True), ("fate", True), ("family", False), ("delegation", False)])
def test_nonparticipants_person_a_matter_is_about(noun, about):
    """"discussed the release of Fares": Fares is what was discussed ("met the delegation of Fares" is no matter)."""
    doc = make([
        ("Kane", 1, "nsubj", "PROPN", "NNP", "Kane", "B-PERSON"),
        ("discussed", 1, "ROOT", "VERB", "VBD", "discuss", "O"),
        ("the", 3, "det", "DET", "DT", "the", "O"),
        (noun, 1, "dobj", "NOUN", "NN", noun, "O"),
        ("of", 3, "prep", "ADP", "IN", "of", "O"),
        ("Fares", 4, "pobj", "PROPN", "NNP", "Fares", "B-PERSON"),
    ])
    assert matter(doc[5]) is about


def test_person_spans_hyphen_syllable_of_a_korean_name():
    """"Moon Jae-in": "in" after "Jae-" (no spaces, NER's PERSON) is a name's syllable; "in" after a space is not."""
    doc = make([
        ("met", 0, "ROOT", "VERB", "VBD", "meet", "O"),
        ("Moon", 3, "compound", "PROPN", "NNP", "Moon", "B-PERSON"),
        ("Jae", 3, "compound", "PROPN", "NNP", "Jae", "I-PERSON"),
        ("-", 3, "punct", "PUNCT", "HYPH", "-", "I-PERSON"),
        ("in", 0, "dobj", "NOUN", "NN", "in", "I-PERSON"),
        ("in", 0, "prep", "ADP", "IN", "in", "O"),
        ("Seoul", 5, "pobj", "PROPN", "NNP", "Seoul", "B-GPE"),
    ])
    # the hand-built Doc has a space after every word: give "Jae-in" its written form
    spaced = make([(t.text, t.head.i, t.dep_, t.pos_, t.tag_, t.lemma_, _iob(t)) for t in doc])
    assert not hyphen_syllable(spaced, 4) and not hyphen_syllable(spaced, 5)
    joined = _unspaced(doc, (2, 3))
    assert hyphen_syllable(joined, 4) and not hyphen_syllable(joined, 5)


def _iob(tok) -> str:
    return "O" if not tok.ent_type_ else f"{tok.ent_iob_}-{tok.ent_type_}"


def _unspaced(doc, glued):
    """The Doc again with no space after the tokens ``glued`` (their indices)."""
    from spacy.tokens import Doc

    spaces = [t.i not in glued for t in doc]
    out = Doc(doc.vocab, words=[t.text for t in doc], spaces=spaces, heads=[t.head.i for t in doc],
              deps=[t.dep_ for t in doc], pos=[t.pos_ for t in doc], tags=[t.tag_ for t in doc],
              lemmas=[t.lemma_ for t in doc], ents=[_iob(t) for t in doc])
    return out

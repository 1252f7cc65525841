"""Meeting shapes of news reports on Docs built by hand (words, heads, deps, POS, tags, lemmas, entities), so a
failure here is the rule's, never the statistical model's: talk at a gathering is talk in person, a meal two
persons had, dining, negotiating with a named person, "their talks" with one person named before, and the one who
closes a gathering. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from handdocs import make, meetings, name, word

from kg.extract import context, triggers
from kg.extract.rulematch import rule_marks
from kg.model import Article


def spoke_with(prep_rows):
    """"Hofer spoke with Balogh" and what follows (rows whose heads count from token 4)."""
    return make([name("Hofer", 1, "nsubj"), word("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
                 word("with", 1, "prep", "ADP", "IN"), name("Balogh", 2, "pobj")] + prep_rows)


SIDELINES = [word("on", 1, "prep", "ADP", "IN"), word("the", 6, "det", "DET", "DT"),
             word("sidelines", 4, "pobj", "NOUN", "NNS", "sideline"), word("of", 6, "prep", "ADP", "IN"),
             word("the", 9, "det", "DET", "DT"), word("summit", 7, "pobj", "NOUN", "NN")]


def test_triggers_speaking_at_a_gathering_is_talk_in_person(actors):
    """"Hofer spoke with Balogh on the sidelines of the summit": talk in person (``call-at-gathering`` marks
    ``in-person-call``), a meeting; "Hofer spoke with Balogh on Monday" stays a call."""
    doc = spoke_with(SIDELINES)
    assert rule_marks(doc).rule("in-person-call", 1) == "call-at-gathering"
    assert triggers.classify(doc[1], triggers.meeting_row(doc[1])) == "meeting"
    assert meetings(doc, actors) == [["Balogh", "Hofer"]]
    monday = spoke_with([word("on", 1, "prep", "ADP", "IN"), word("Monday", 4, "pobj", "PROPN", "NNP")])
    assert not rule_marks(monday).has("in-person-call", 1)
    assert triggers.classify(monday[1], triggers.meeting_row(monday[1])) == "call"
    assert meetings(monday, actors) == []


def conversation(kind):
    """"Hofer had a <kind> conversation with Balogh at the summit"."""
    rows = [name("Hofer", 1, "nsubj"), word("had", 1, "ROOT", "VERB", "VBD", "have"), word("a", 4, "det", "DET", "DT"),
            word(kind, 4, "amod" if kind == "brief" else "compound", "ADJ" if kind == "brief" else "NOUN",
                 "JJ" if kind == "brief" else "NN"),
            word("conversation", 1, "dobj", "NOUN", "NN"), word("with", 4, "prep", "ADP", "IN"),
            name("Balogh", 5, "pobj")]
    if kind == "brief":
        rows += [word("at", 4, "prep", "ADP", "IN"), word("the", 9, "det", "DET", "DT"),
                 word("summit", 7, "pobj", "NOUN", "NN")]
    return make(rows)


def test_triggers_a_conversation_at_a_gathering_is_a_meeting(actors):
    """A conversation triggers by phone ("a phone conversation", ``phone-conversation``: a call) or in person at a
    gathering ("a brief conversation with Y at the summit", ``call-at-gathering``: a meeting); m-conversation's
    ``only_mark`` lists both."""
    at_summit, by_phone = conversation("brief"), conversation("phone")
    assert triggers.meeting_row(at_summit[4])["id"] == "m-conversation"
    assert triggers.classify(at_summit[4], triggers.meeting_row(at_summit[4])) == "meeting"
    assert meetings(at_summit, actors) == [["Balogh", "Hofer"]]
    assert triggers.classify(by_phone[4], triggers.meeting_row(by_phone[4])) == "call"
    assert meetings(by_phone, actors) == []


def meal(verb, lemma, second):
    """"Hofer [and Balogh] <verb> dinner": a meal one or two subjects had."""
    rows = [name("Hofer", 3 if second else 1, "nsubj")]
    if second:
        rows += [word("and", 0, "cc", "CCONJ", "CC"), name("Balogh", 0, "conj")]
    at = len(rows)
    return make(rows + [word(verb, at, "ROOT", "VERB", "VBD", lemma), word("dinner", at, "dobj", "NOUN", "NN")])


def test_meetings_a_meal_two_subjects_had_is_had_together(actors):
    """"Hofer and Balogh had dinner" (``shared-meal`` marks ``joint-event``: no "with" partner needed); "Hofer and
    Balogh attended a dinner" and "Hofer had dinner" are no meetings."""
    had = meal("had", "have", True)
    assert rule_marks(had).rule("joint-event", 4) == "shared-meal"
    assert meetings(had, actors) == [["Balogh", "Hofer"]]
    assert meetings(meal("attended", "attend", True), actors) == []
    assert meetings(meal("had", "have", False), actors) == []


@pytest.mark.parametrize("rows, expected", [
    ([name("Hofer", 1, "nsubj"), word("dined", 1, "ROOT", "VERB", "VBD", "dine"), word("with", 1, "prep", "ADP", "IN"),
      name("Balogh", 2, "pobj")], [["Balogh", "Hofer"]]),
    ([name("Hofer", 3, "nsubj"), word("and", 0, "cc", "CCONJ", "CC"), name("Balogh", 0, "conj"),
      word("dined", 3, "ROOT", "VERB", "VBD", "dine"), word("together", 3, "advmod", "ADV", "RB")],
     [["Balogh", "Hofer"]]),
    ([name("Hofer", 3, "nsubj"), word("and", 0, "cc", "CCONJ", "CC"), name("Balogh", 0, "conj"),
      word("dined", 3, "ROOT", "VERB", "VBD", "dine"), word("late", 3, "advmod", "ADV", "RB")], []),
])
def test_triggers_dining_with_a_partner_or_together_is_a_meeting(actors, rows, expected):
    """"Hofer dined with Balogh", "Hofer and Balogh dined together" (m-dine, ``together-dine``); dining with no
    partner and not together is none."""
    doc = make(rows)
    assert triggers.meeting_row(doc[1 if len(rows) == 4 else 3])["id"] == "m-dine"
    assert meetings(doc, actors) == expected


@pytest.mark.parametrize("partner, ent, expected", [
    ("Balogh", "B-PERSON", [["Balogh", "Hofer"]]),
    ("rebels", "O", [])])
def test_triggers_negotiating_with_a_named_person_is_a_meeting(actors, partner, ent, expected):
    """"Hofer negotiated with Balogh" (``negotiate-with-person`` marks ``negotiate-with``, one of m-negotiate's
    ``only_mark``); "negotiated with rebels" names no person."""
    pos, tag = ("PROPN", "NNP") if ent != "O" else ("NOUN", "NNS")
    doc = make([name("Hofer", 1, "nsubj"), word("negotiated", 1, "ROOT", "VERB", "VBD", "negotiate"),
                word("with", 1, "prep", "ADP", "IN"), (partner, 2, "pobj", pos, tag, partner.lower(), ent)])
    assert (triggers.meeting_row(doc[1]) is not None) == bool(expected)
    assert meetings(doc, actors) == expected


def test_triggers_two_named_persons_who_negotiated_held_talks(actors):
    """"Hofer and Balogh negotiated" (``negotiate-joint-subjects``); "Hofer negotiated the deal" is none."""
    doc = make([name("Hofer", 3, "nsubj"), word("and", 0, "cc", "CCONJ", "CC"), name("Balogh", 0, "conj"),
                word("negotiated", 3, "ROOT", "VERB", "VBD", "negotiate")])
    assert rule_marks(doc).rule("negotiate-with", 3) == "negotiate-joint-subjects"
    assert meetings(doc, actors) == [["Balogh", "Hofer"]]
    alone = make([name("Hofer", 1, "nsubj"), word("negotiated", 1, "ROOT", "VERB", "VBD", "negotiate"),
                  word("the", 3, "det", "DET", "DT"), word("deal", 1, "dobj", "NOUN", "NN")])
    assert triggers.meeting_row(alone[1]) is None and meetings(alone, actors) == []


THEIR_TALKS = [name("Balogh", 1, "nsubj"), word("arrived", 1, "ROOT", "VERB", "VBD", "arrive"),
               word(".", 1, "punct", "PUNCT", "."),
               word("After", 9, "prep", "ADP", "IN", "after"), word("their", 5, "poss", "PRON", "PRP$"),
               word("talks", 3, "pobj", "NOUN", "NNS", "talk"), word(",", 9, "punct", "PUNCT", ","),
               word("President", 8, "compound", "PROPN", "NNP"), name("Hofer", 9, "nsubj"),
               word("said", 9, "ROOT", "VERB", "VBD", "say"), word("yes", 9, "intj", "INTJ", "UH"),
               word(".", 9, "punct", "PUNCT", ".")]


def test_participants_their_talks_count_the_subject_above_and_the_one_named_before(actors):
    """"Balogh arrived. After their talks, President Hofer said yes": "their" with one person named before counts
    the subject of the verb above it (participants.antecedents)."""
    assert meetings(make(THEIR_TALKS), actors) == [["Balogh", "Hofer"]]


def test_attendees_the_one_who_closes_a_gathering_is_present():
    """"Hofer closed the conference" (``presence-chairs``): the closer, like the opener, was there."""
    doc = make([name("Hofer", 1, "nsubj"), word("closed", 1, "ROOT", "VERB", "VBD", "close"),
                word("the", 3, "det", "DET", "DT"), word("conference", 1, "dobj", "NOUN", "NN")])
    assert rule_marks(doc).rule("presence-verb", 1) == "presence-chairs"


def seat_visit(place):
    """"During a visit of Brenner to the <place>, President Walker said yes"."""
    first, *rest = place.split()
    rows = [word("During", 12, "prep", "ADP", "IN"), word("a", 2, "det", "DET", "DT"),
            word("visit", 0, "pobj", "NOUN", "NN"), word("of", 2, "prep", "ADP", "IN"), name("Brenner", 3, "pobj"),
            word("to", 2, "prep", "ADP", "IN"), word("the", 8, "det", "DET", "DT"),
            (first, 8, "compound", "PROPN", "NNP", first, "B-FAC"),
            (rest[0], 5, "pobj", "PROPN", "NNP", rest[0], "I-FAC"),
            word(",", 12, "punct", "PUNCT", ","), word("President", 11, "compound", "PROPN", "NNP"),
            name("Walker", 12, "nsubj"), word("said", 12, "ROOT", "VERB", "VBD", "say"),
            word("yes", 12, "intj", "INTJ", "UH"), word(".", 12, "punct", "PUNCT", ".")]
    return make(rows)


@pytest.mark.parametrize("place, country, expected", [
    ("White House", "US", ["Brenner", "Walker"]),  # the seat of the US President, who is named in the sentence
    ("White House", "FR", []),  # a President of another country receives no one there: no visitor after "of"
    ("Concert Hall", "US", [])])  # no seat of a post ("the visit of X to Iraq" may be a thing welcomed)
def test_visits_to_the_seat_of_a_post_meet_its_holder(actors, place, country, expected):
    """"During a visit of Brenner to the White House, President Walker said …": the visitor ("a visit of X", only to
    such a seat) and the holder of the post whose seat the visit goes to (``government-seat-posts``), named in the
    sentence."""
    from kg.extract.visits import with_visits
    from kg.model import RoleFact

    doc = seat_visit(place)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    walker = ctx.person(ctx.persons_at(doc[11])[0])
    roles = [RoleFact(walker, "President", country, ctx.evidence(10, 12, "test"))]
    events, _ = with_visits(ctx, [], {}, roles)
    assert [sorted(p.name for p in e.participants) for e in events] == ([expected] if expected else [])


def held_talks_in(place, ent):
    """"Hofer held talks with Balogh in <place>" (the place phrase on the light verb)."""
    return make([name("Hofer", 1, "nsubj"), word("held", 1, "ROOT", "VERB", "VBD", "hold"),
                 word("talks", 1, "dobj", "NOUN", "NNS", "talk"), word("with", 2, "prep", "ADP", "IN"),
                 name("Balogh", 3, "pobj"), word("in", 1, "prep", "ADP", "IN"),
                 (place, 5, "pobj", "PROPN" if ent != "O" else "NOUN", "NNP" if ent != "O" else "NN", place.lower(),
                  ent)])


def test_triggers_talks_held_in_a_named_place_are_no_part_of_a_call():
    """In an article whose first event is a call, generic talks held in a named place ("held talks with Balogh in
    Vienna": ``held-talks-in-place`` marks ``in-person-call``) are a meeting of their own, not that call; talks held
    "in private" (no place entity) stay part of the call."""
    vienna = held_talks_in("Vienna", "B-GPE")
    assert rule_marks(vienna).rule("in-person-call", 2) == "held-talks-in-place"
    assert triggers.classify(vienna[2], triggers.meeting_row(vienna[2]), "call") == "meeting"
    private = held_talks_in("private", "O")
    assert not rule_marks(private).has("in-person-call", 2)
    assert triggers.classify(private[2], triggers.meeting_row(private[2]), "call") == "call"


def test_triggers_talks_in_a_named_place_are_no_part_of_a_call():
    """"The talks in Vienna with Balogh" (the place phrase on the noun, ``talks-in-place``): in person."""
    doc = make([word("The", 1, "det", "DET", "DT"), word("talks", 5, "nsubj", "NOUN", "NNS", "talk"),
                word("in", 1, "prep", "ADP", "IN"), ("Vienna", 2, "pobj", "PROPN", "NNP", "vienna", "B-GPE"),
                word("with", 1, "prep", "ADP", "IN"), word("ended", 5, "ROOT", "VERB", "VBD", "end")])
    assert rule_marks(doc).rule("in-person-call", 1) == "talks-in-place"
    assert triggers.classify(doc[1], triggers.meeting_row(doc[1]), "call") == "meeting"


def test_triggers_met_in_a_named_place_is_no_call_by_a_phone_word_elsewhere():
    """"Hofer, who met Balogh in Vienna, stopped answering calls": a phone word of another clause makes no call of
    a meeting in a named place (``met-in-place``); "Hofer met Balogh and stopped answering calls" stays one."""
    rows = [name("Hofer", 6, "nsubj"), word("who", 2, "nsubj", "PRON", "WP"),
            word("met", 0, "relcl", "VERB", "VBD", "meet"), name("Balogh", 2, "dobj"),
            word("in", 2, "prep", "ADP", "IN"), ("Vienna", 4, "pobj", "PROPN", "NNP", "vienna", "B-GPE"),
            word("stopped", 6, "ROOT", "VERB", "VBD", "stop"), word("answering", 6, "xcomp", "VERB", "VBG", "answer"),
            word("calls", 7, "dobj", "NOUN", "NNS", "call")]
    doc = make(rows)
    assert rule_marks(doc).rule("in-person-call", 2) == "met-in-place"
    assert triggers.classify(doc[2], triggers.meeting_row(doc[2])) == "meeting"
    plain = make(rows[:4] + [word("and", 2, "cc", "CCONJ", "CC"), word("then", 6, "advmod", "ADV", "RB")] + rows[6:])
    assert not rule_marks(plain).has("in-person-call", 2)

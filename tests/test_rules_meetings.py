"""Meeting and event rules of issue 9 on Docs built by hand (words, heads, deps, POS, lemmas, entities), so a
failure here is the rule's, never the statistical model's: everyday "met", debates and tickets, rosters, "… and
with Y", dates against the article's date, where an event took place, and event labels. Sentences are written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract import context, events, occasions, rosters, triggers
from kg.extract.rulematch import rule_marks
from kg.model import Article, Evidence, EventFact, Person, Place
from kg.rdf import event_label

NLP = spacy.blank("en")


def make(words, heads, deps, pos, lemmas=None, ents=None):
    """A Doc from columns; ``heads`` are absolute token indices; ``ents`` are IOB tags ("B-PERSON")."""
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas or [w.lower() for w in words],
               ents=ents)


# --- what is not a meeting -------------------------------------------------------------------------------------

def test_triggers_passive_met_is_no_meeting():
    doc = make(["Ruto", "was", "met", "at", "the", "airport", "by", "Lula"], [2, 2, 2, 2, 5, 3, 2, 6],
               ["nsubjpass", "auxpass", "ROOT", "prep", "det", "pobj", "agent", "pobj"],
               ["PROPN", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN"],
               ["Ruto", "be", "meet", "at", "the", "airport", "by", "Lula"])
    assert triggers.meeting_row(doc[2]) is None
    assert rule_marks(doc).rule("everyday-meet", 2) == "meet-passive"


def test_triggers_first_met_is_no_meeting():
    doc = make(["Ruto", "and", "Lula", "first", "met", "in", "2014"], [4, 0, 0, 4, 4, 4, 5],
               ["nsubj", "cc", "conj", "advmod", "ROOT", "prep", "pobj"],
               ["PROPN", "CCONJ", "PROPN", "ADV", "VERB", "ADP", "NUM"],
               ["Ruto", "and", "Lula", "first", "meet", "in", "2014"])
    assert triggers.meeting_row(doc[4]) is None


def test_triggers_met_in_a_debate_is_no_meeting():
    doc = make(["Ruto", "met", "Odinga", "in", "the", "debate"], [1, 1, 1, 1, 5, 3],
               ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"], ["PROPN", "VERB", "PROPN", "ADP", "DET", "NOUN"],
               ["Ruto", "meet", "Odinga", "in", "the", "debate"])
    same = make(["Ruto", "met", "Odinga", "in", "the", "capital"], [1, 1, 1, 1, 5, 3],
                ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"], ["PROPN", "VERB", "PROPN", "ADP", "DET", "NOUN"],
                ["Ruto", "meet", "Odinga", "in", "the", "capital"])
    assert triggers.meeting_row(doc[1]) is None and triggers.meeting_row(same[1])["id"] == "m-meet"


@pytest.mark.parametrize("obj, row", [("views", "m-exchange-views"), ("letters", None), ("fire", None)])
def test_triggers_exchanged_views_is_a_meeting(obj, row):
    """"X and Y exchanged views" is a meeting of its two subjects; exchanging letters or fire is none."""
    doc = make(["Ruto", "and", "Odinga", "exchanged", obj], [3, 0, 0, 3, 3], ["nsubj", "cc", "conj", "ROOT", "dobj"],
               ["PROPN", "CCONJ", "PROPN", "VERB", "NOUN"], ["Ruto", "and", "Odinga", "exchange", obj],
               ["B-PERSON", "O", "B-PERSON", "O", "O"])
    assert (triggers.meeting_row(doc[3]) or {}).get("id") == row


def test_triggers_joined_the_ticket_is_no_meeting():
    doc = make(["Gachagua", "joined", "the", "ticket"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
               ["PROPN", "VERB", "DET", "NOUN"], ["Gachagua", "join", "the", "ticket"])
    assert triggers.meeting_row(doc[1]) is None


def test_triggers_met_where_acquainted_is_no_meeting():
    doc = make(["the", "band", "where", "he", "met", "Bruce"], [1, 1, 4, 4, 1, 4],
               ["det", "ROOT", "advmod", "nsubj", "relcl", "dobj"], ["DET", "NOUN", "ADV", "PRON", "VERB", "PROPN"],
               ["the", "band", "where", "he", "meet", "Bruce"])
    assert triggers.meeting_row(doc[4]) is None


@pytest.mark.parametrize("modifier, row", [("future", None), ("senior", "m-meet")])
def test_triggers_met_a_future_acquaintance_is_no_meeting(modifier, row):
    """"met his future wife", "met future guitarist X": getting to know someone (meet-future-acquaintance); a
    modifier that is no "future" leaves the meeting ("met senior guitarist X")."""
    doc = make(["Hunter", "met", modifier, "guitarist", "Jerry", "Garcia"], [1, 1, 3, 5, 5, 1],
               ["nsubj", "ROOT", "amod", "compound", "compound", "dobj"],
               ["PROPN", "VERB", "ADJ", "NOUN", "PROPN", "PROPN"], ["Hunter", "meet", modifier, "guitarist", "Jerry",
                                                                    "Garcia"],
               ["B-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON"])
    assert (triggers.meeting_row(doc[1]) or {}).get("id") == row


@pytest.mark.parametrize("partner, ent, row", [
    ("Abdullah", "B-PERSON", "m-raise"),  # a named person: a discussion with him
    ("Riyadh", "B-GPE", None),  # a government or a place: no meeting
])
def test_triggers_raised_with_a_person_is_a_meeting(partner, ent, row):
    """"X raised concerns with King Y" (the parser hangs "with" on the object): m-raise triggers only where
    raise-with-person marks a named person after "with"; "raised concerns with Riyadh" is none."""
    doc = make(["Bush", "raised", "concerns", "with", partner], [1, 1, 1, 2, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["PROPN", "VERB", "NOUN", "ADP", "PROPN"],
               ["Bush", "raise", "concern", "with", partner], ["B-PERSON", "O", "O", "O", ent])
    assert (triggers.meeting_row(doc[1]) or {}).get("id") == row


def test_triggers_raised_taxes_is_no_meeting():
    doc = make(["Bush", "raised", "taxes"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PROPN", "VERB", "NOUN"],
               ["Bush", "raise", "tax"], ["B-PERSON", "O", "O"])
    assert triggers.meeting_row(doc[1]) is None


@pytest.mark.parametrize("words, heads, deps, pos, kind", [
    (["an", "audience", "with", "Francis"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
     ["DET", "NOUN", "ADP", "PROPN"], "meeting"),
    (["the", "public", "audience"], [2, 2, 2], ["det", "amod", "ROOT"], ["DET", "ADJ", "NOUN"], None),
])
def test_triggers_audience_needs_a_with_partner(words, heads, deps, pos, kind):
    """"an audience with the Pope" is a meeting; "the radio and the public audience" (listeners) opens none."""
    doc = make(words, heads, deps, pos)
    tok = next(t for t in doc if t.lower_ == "audience")
    assert triggers.classify(tok, triggers.meeting_row(tok)) == kind


# --- rosters and second partners ---------------------------------------------------------------------------

@pytest.mark.parametrize("tag, aux, planned", [
    ("VBN", "had", False),  # "had agreed on it after talks": the talks happened
    ("VB", "to", True),  # "to agree on it after talks": planned
])
def test_triggers_talks_in_a_past_time_phrase_happened(tag, aux, planned):
    words = ["They", aux, "agreed", "on", "it", "after", "hours", "of", "talks"]
    doc = make(words, [2, 2, 2, 2, 3, 2, 5, 6, 7],
               ["nsubj", "aux", "ROOT", "prep", "pobj", "prep", "pobj", "prep", "pobj"],
               ["PRON", "AUX" if aux == "had" else "PART", "VERB", "ADP", "PRON", "ADP", "NOUN", "ADP", "NOUN"],
               ["they", "have" if aux == "had" else "to", "agree", "on", "it", "after", "hour", "of", "talk"])
    doc[2].tag_ = tag
    assert triggers.is_future(doc[8]) is planned
    doc = make(["At", "the", "summit", "they", aux, "agreed"], [5, 2, 0, 5, 5, 5],
               ["prep", "det", "pobj", "nsubj", "aux", "ROOT"],
               ["ADP", "DET", "NOUN", "PRON", "AUX" if aux == "had" else "PART", "VERB"],
               ["at", "the", "summit", "they", "have" if aux == "had" else "to", "agree"])
    doc[5].tag_ = tag
    assert triggers.is_future(doc[2]) is planned  # "At the summit they (had) agreed"


@pytest.mark.parametrize("aux, tag, planned", [("were", "VBD", False), ("are", "VBP", True)])
def test_triggers_talks_in_the_time_phrase_of_a_past_passive_happened(aux, tag, planned):
    """"At the summit they were asked about it": a passive past verb dates its time phrase like an active one, so
    its intention word ("ask") does not make the summit planned; "At the summit they are asked" stays planned."""
    doc = make(["At", "the", "summit", "they", aux, "asked"], [5, 2, 0, 5, 5, 5],
               ["prep", "det", "pobj", "nsubjpass", "auxpass", "ROOT"], ["ADP", "DET", "NOUN", "PRON", "AUX", "VERB"],
               ["at", "the", "summit", "they", "be", "ask"])
    doc[4].tag_, doc[5].tag_ = tag, "VBN"
    assert triggers.is_future(doc[2]) is planned


@pytest.mark.parametrize("head, tag, verb, planned", [
    ("agree", "VBD", "cut", False),  # "They agreed to cut it after talks": the talks happened
    ("fail", "VBD", "cut", False),  # "They failed to cut it during talks"
    ("agree", "VBP", "cut", True),  # "They agree to cut it after talks": still to come
    ("plan", "VBD", "cut", True),  # "They planned to cut it after talks": an intention, no outcome
    ("agree", "VBD", "meet", True),  # "They agreed to meet after talks": the phrase dates the planned meeting
])
def test_triggers_talks_in_the_time_phrase_of_an_outcome_happened(head, tag, verb, planned):
    doc = make(["They", head + "ed", "to", verb, "it", "after", "talks"], [1, 1, 3, 1, 3, 3, 5],
               ["nsubj", "ROOT", "aux", "xcomp", "dobj", "prep", "pobj"],
               ["PRON", "VERB", "PART", "VERB", "PRON", "ADP", "NOUN"],
               ["they", head, "to", verb, "it", "after", "talk"])
    doc[1].tag_, doc[3].tag_ = tag, "VB"
    assert triggers.is_future(doc[6]) is planned


@pytest.mark.parametrize("words, heads, deps, ents, planned", [
    # "They will review accords signed Monday by Adler and Olsen": Adler and Olsen signed then
    (["signed", "Monday"], [3, 4], ["acl", "npadvmod"], ["O", "B-DATE"], False),
    # "signed next week": still to come
    (["signed", "next", "week"], [3, 6, 4], ["acl", "amod", "npadvmod"], ["O", "B-DATE", "I-DATE"], True),
    # "signed by Adler and Olsen", no date of its own: the governor's future holds
    (["signed"], [3], ["acl"], ["O"], True),
    # "to be signed Monday": planned
    (["to", "be", "signed", "Monday"], [6, 6, 3, 6], ["aux", "auxpass", "acl", "npadvmod"],
     ["O", "O", "O", "B-DATE"], True),
])
def test_triggers_dated_participle_keeps_its_past(words, heads, deps, ents, planned):
    """A past participle that qualifies a noun (dated-participle-deps) and has a past date of its own happened,
    whatever its governor says will happen."""
    n = len(words)
    signed = 4 + words.index("signed")
    doc = make(["They", "will", "review", "accords"] + words + ["by", "Adler", "and", "Olsen"],
               [2, 2, 2, 2] + heads + [signed, 4 + n, 5 + n, 5 + n],
               ["nsubj", "aux", "ROOT", "dobj"] + deps + ["agent", "pobj", "cc", "conj"],
               ["PRON", "AUX", "VERB", "NOUN"] + ["VERB" if w == "signed" else "PROPN" for w in words] +
               ["ADP", "PROPN", "CCONJ", "PROPN"],
               ["they", "will", "review", "accord"] + ["sign" if w == "signed" else w.lower() for w in words] +
               ["by", "adler", "and", "olsen"],
               ["O"] * 4 + ents + ["O", "B-PERSON", "O", "B-PERSON"])
    doc[signed].tag_ = "VBN"
    assert triggers.is_future(doc[signed]) is planned


@pytest.mark.parametrize("noun, planned", [
    ("outcome", False),  # "As an outcome of talks, ties will be restored": the talks happened (cause-nouns)
    ("venue", True),  # "As a venue of talks, the city will ...": nothing says they happened
])
def test_triggers_talks_a_result_comes_of_happened(noun, planned):
    doc = make(["As", "an", noun, "of", "talks", ",", "ties", "will", "be", "restored"],
               [9, 2, 0, 2, 3, 9, 9, 9, 9, 9],
               ["prep", "det", "pobj", "prep", "pobj", "punct", "nsubjpass", "aux", "auxpass", "ROOT"],
               ["ADP", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "NOUN", "AUX", "AUX", "VERB"],
               ["as", "an", noun, "of", "talk", ",", "tie", "will", "be", "restore"])
    doc[7].tag_ = "MD"
    assert triggers.is_future(doc[4]) is planned


def test_topicevents_talks_subject_and_objects():
    """"The talks may lay the groundwork for X": the talks are the verb's own subject and what they do is the
    object with the phrase right after it; "the talks, organised by Y, opened" gives nothing of "organised"."""
    from kg.extract.topicevents import talks_objects, talks_subject

    doc = make(["The", "talks", "may", "lay", "the", "groundwork", "for", "a", "ceasefire", "in", "May"],
               [1, 3, 3, 3, 5, 3, 3, 8, 6, 3, 9],
               ["det", "nsubj", "aux", "ROOT", "det", "dobj", "prep", "det", "pobj", "prep", "pobj"],
               ["DET", "NOUN", "AUX", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN"],
               ["the", "talk", "may", "lay", "the", "groundwork", "for", "a", "ceasefire", "in", "May"])
    assert talks_subject(doc[3]) == doc[1]
    assert talks_objects(doc[3]) == {4, 5, 6, 7, 8}  # not "in May"
    doc = make(["The", "talks", ",", "organised", "by", "Forum", ",", "opened"], [1, 7, 1, 1, 3, 4, 1, 7],
               ["det", "nsubj", "punct", "acl", "agent", "pobj", "punct", "ROOT"],
               ["DET", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "PUNCT", "VERB"],
               ["the", "talk", ",", "organise", "by", "Forum", ",", "open"])
    assert talks_subject(doc[3]) is None and talks_subject(doc[7]) == doc[1]


def test_topicevents_what_the_talks_resulted_in():
    """"The meeting resulted in the passing of a bill": the phrase of a ``talks-result-preps`` verb and preposition
    is what the meeting produced (no setting of the verb); "the meeting ended in May" is when."""
    from kg.extract.topicevents import result_phrases, talks_objects

    doc = make(["The", "meeting", "resulted", "in", "the", "passing", "of", "a", "bill"],
               [1, 2, 2, 2, 5, 3, 5, 8, 6],
               ["det", "nsubj", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj"],
               ["DET", "NOUN", "VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"],
               ["the", "meeting", "result", "in", "the", "passing", "of", "a", "bill"])
    assert result_phrases(doc[2]) == {3, 4, 5, 6, 7, 8}
    assert talks_objects(doc[2]) == {3, 4, 5, 6, 7, 8}
    doc = make(["The", "meeting", "ended", "in", "May"], [1, 2, 2, 2, 3],
               ["det", "nsubj", "ROOT", "prep", "pobj"], ["DET", "NOUN", "VERB", "ADP", "PROPN"],
               ["the", "meeting", "end", "in", "May"])
    assert result_phrases(doc[2]) == set() and talks_objects(doc[2]) == set()


def test_events_one_person_at_the_talks():
    """"X was present at the talks": a sentence naming the article's talks (a definite gathering noun) makes one
    person attending them an event; "X was present" names none."""
    doc = make(["Ruto", "was", "present", "at", "the", "talks"], [1, 1, 1, 2, 5, 3],
               ["nsubj", "ROOT", "acomp", "prep", "det", "pobj"], ["PROPN", "AUX", "ADJ", "ADP", "DET", "NOUN"],
               ["Ruto", "be", "present", "at", "the", "talk"])
    assert events._at_the_talks(doc[:])
    assert not events._at_the_talks(doc[:3])


def test_triggers_include_triggers_only_in_a_roster():
    roster = make(["Participants", "included", "Ruto", "and", "Lula"], [1, 1, 1, 2, 2],
                  ["nsubj", "ROOT", "dobj", "cc", "conj"], ["NOUN", "VERB", "PROPN", "CCONJ", "PROPN"],
                  ["participant", "include", "Ruto", "and", "Lula"])
    plan = make(["The", "plan", "included", "talks"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
                ["DET", "NOUN", "VERB", "NOUN"], ["the", "plan", "include", "talk"])
    assert triggers.meeting_row(roster[1])["id"] == "m-include"
    assert triggers.meeting_row(plan[2]) is None


def test_triggers_brought_together_is_a_gathering():
    doc = make(["The", "summit", "brought", "together", "Ruto", "and", "Lula"], [1, 2, 2, 2, 2, 4, 4],
               ["det", "nsubj", "ROOT", "advmod", "dobj", "cc", "conj"],
               ["DET", "NOUN", "VERB", "ADV", "PROPN", "CCONJ", "PROPN"],
               ["the", "summit", "bring", "together", "Ruto", "and", "Lula"])
    brought = make(["Ruto", "brought", "gifts"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PROPN", "VERB", "NOUN"],
                   ["Ruto", "bring", "gift"])
    assert triggers.meeting_row(doc[2])["id"] == "m-bring-together"
    assert triggers.meeting_row(brought[1]) is None


def _listed(words, spaces, pos, lemmas, starts):
    return Doc(NLP.vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas,
               sent_starts=[i in starts for i in range(len(words))])


def test_rosters_bulleted_list_after_a_lead_colon():
    words = ["Participants", "included", ":", "\n\n", "-", "Rev.", "Grace", "Ndlovu", ",", "Director", ",", "Faith",
             "Network", "\n", "-", "Tomas", "Lindqvist", ",", "Chair", "\n\n", "The", "meeting", "ended", "."]
    spaces = [True, False, False, False, True, True, True, False, True, False, True, True, False, False, True, True,
              False, True, False, False, True, True, False, False]
    pos = ["NOUN", "VERB", "PUNCT", "SPACE", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN",
           "PROPN", "SPACE", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "SPACE", "DET", "NOUN", "VERB", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[0], lemmas[1] = "participant", "include"
    doc = _listed(words, spaces, pos, lemmas, {0, 4, 20})
    assert rule_marks(doc).rule("roster-lead", 1) == "roster-lead-colon"
    assert [(lead.start, s, e) for lead, s, e in rosters.rosters(doc)] == [(0, 3, 19)]  # not the prose line after it
    assert [n.text for n in rosters.item_names(doc)] == ["Grace Ndlovu", "Tomas Lindqvist"]
    assert 9 in rosters.item_tail(doc, rosters.item_names(doc))  # "Director": no person named there


def test_rosters_heading_without_a_colon_over_a_bulleted_list():
    """"Government Participants" alone on its line, bullets under it (roster-lead-heading); a heading word in
    prose with no bullet after it opens no list."""
    words = ["Guest", "Participants", "\n\n", "-", "Grace", "Ndlovu", ",", "Director", "\n", "-", "Tomas",
             "Lindqvist", ",", "Chair"]
    spaces = [True, False, False, True, True, False, True, False, False, True, True, False, True, False]
    pos = ["PROPN", "NOUN", "SPACE", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "SPACE", "PUNCT", "PROPN",
           "PROPN", "PUNCT", "PROPN"]
    lemmas = [w.lower() for w in words]
    lemmas[1] = "participant"
    doc = _listed(words, spaces, pos, lemmas, {0, 3})
    assert rule_marks(doc).rule("roster-lead", 1) == "roster-lead-heading"
    assert [(lead.start, s, e) for lead, s, e in rosters.rosters(doc)] == [(0, 3, 14)]
    assert [n.text for n in rosters.item_names(doc)] == ["Grace Ndlovu", "Tomas Lindqvist"]
    prose = _listed(["We", "thanked", "the", "speakers", "\n\n", "The", "end"], [True, True, True, False, False,
                    True, False], ["PRON", "VERB", "DET", "NOUN", "SPACE", "DET", "NOUN"],
                    ["we", "thank", "the", "speaker", "\n\n", "the", "end"], {0, 5})
    assert rosters.rosters(prose) == []


def test_rosters_title_case_heading_with_a_colon():
    """"Panel Speakers:" where the tagger leaves the plural unlemmatised (a proper noun): roster-lead-title-colon."""
    words = ["Panel", "Speakers", ":", "\n", "-", "Grace", "Ndlovu", ",", "Mayor"]
    spaces = [True, False, False, False, True, True, False, True, False]
    pos = ["PROPN", "PROPN", "PUNCT", "SPACE", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN"]
    doc = _listed(words, spaces, pos, words, {0})
    assert rule_marks(doc).rule("roster-lead", 1) == "roster-lead-title-colon"
    assert [n.text for n in rosters.item_names(doc)] == ["Grace Ndlovu"]


def test_rosters_no_lead_no_list_and_organisations_are_no_names():
    words = ["The", "plan", "included", "funds", ".", "\n", "-", "Department", "of", "Energy", ",", "Washington"]
    spaces = [True, True, True, False, False, False, True, True, True, False, True, False]
    pos = ["DET", "NOUN", "VERB", "NOUN", "PUNCT", "SPACE", "PUNCT", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN"]
    doc = _listed(words, spaces, pos, ["the", "plan", "include", "fund", ".", "\n", "-", "department", "of",
                                       "energy", ",", "washington"], {0, 6})
    assert rosters.rosters(doc) == []
    assert rosters.item_names(doc) == []


def test_rulematch_delegation_led_by_marks_the_agent():
    doc = make(["talks", "with", "a", "delegation", "led", "by", "Ruto"], [0, 0, 3, 1, 3, 4, 5],
               ["ROOT", "prep", "det", "pobj", "acl", "agent", "pobj"],
               ["NOUN", "ADP", "DET", "NOUN", "VERB", "ADP", "PROPN"],
               ["talk", "with", "a", "delegation", "lead", "by", "Ruto"])
    assert rule_marks(doc).rule("delegation-leader", 5) == "delegation-led-by"


def test_rulematch_body_headed_by_marks_the_agent():
    """"met the Study Group, headed by Ruto": a capitalised body (a proper noun, whatever its lemma) has a head."""
    doc = make(["met", "the", "Study", "Group", ",", "headed", "by", "Ruto"], [0, 3, 3, 0, 3, 3, 5, 6],
               ["ROOT", "det", "compound", "dobj", "punct", "acl", "agent", "pobj"],
               ["VERB", "DET", "PROPN", "PROPN", "PUNCT", "VERB", "ADP", "PROPN"],
               ["meet", "the", "Study", "Group", ",", "head", "by", "Ruto"])
    assert rule_marks(doc).rule("delegation-leader", 6) == "delegation-led-by"


def _met_with_twice():
    words = ["Scholz", "met", "with", "Macron", "on", "Monday", "and", "with", "Meloni", "on", "Tuesday"]
    return make(words, [1, 1, 1, 2, 1, 4, 4, 4, 7, 1, 9],
                ["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "cc", "conj", "pobj", "prep", "pobj"],
                ["PROPN", "VERB", "ADP", "PROPN", "ADP", "PROPN", "CCONJ", "ADP", "PROPN", "ADP", "PROPN"],
                ["Scholz", "meet", "with", "Macron", "on", "Monday", "and", "with", "Meloni", "on", "Tuesday"],
                ["O", "O", "O", "O", "O", "B-DATE", "O", "O", "O", "O", "B-DATE"])


def test_occasions_second_with_is_its_own_part_of_the_sentence():
    doc = _met_with_twice()
    seconds = occasions.second_partner_preps(doc[1])
    assert [t.i for t in seconds] == [7]
    first, second = occasions.windows(doc[1], seconds)
    base = dt.date(2023, 6, 14)  # a Wednesday
    assert context.sentence_date(first, base, doc[1]) == dt.date(2023, 6, 12)
    assert context.sentence_date(second, base, doc[1]) == dt.date(2023, 6, 13)


def test_occasions_received_a_thing_is_no_reception():
    doc = make(["We", "received", "confirmation"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PRON", "VERB", "NOUN"],
               ["we", "receive", "confirmation"])
    person = make(["Ruto", "received", "Lula"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PROPN", "VERB", "PROPN"],
                  ["Ruto", "receive", "Lula"])
    row = triggers.meeting_row(doc[1])
    persons = lambda ctx, tok: [0] if tok.pos_ == "PROPN" else []  # noqa: E731  (stands in for name resolution)
    assert occasions.object_not_person(None, doc[1], row, persons)
    assert not occasions.object_not_person(None, person[1], row, persons)


def test_occasions_welcomed_a_persons_thing_is_no_reception():
    """"welcomed Lula's decision" has a thing as object (the person only owns it); "Lula's delegation" is his side."""
    from types import SimpleNamespace

    def doc_with(noun):
        return make(["Ruto", "welcomed", "Lula", "'s", noun], [1, 1, 4, 2, 1],
                    ["nsubj", "ROOT", "poss", "case", "dobj"], ["PROPN", "VERB", "PROPN", "PART", "NOUN"],
                    ["Ruto", "welcome", "Lula", "'s", noun])
    thing, side = doc_with("decision"), doc_with("delegation")
    row = triggers.meeting_row(thing[1])
    persons = lambda ctx, tok: [0] if any(t.pos_ == "PROPN" for t in tok.subtree) else []  # noqa: E731
    ctx = SimpleNamespace(persons_at=lambda tok: [])
    assert occasions.object_not_person(ctx, thing[1], row, persons)
    assert not occasions.object_not_person(ctx, side[1], row, persons)


@pytest.mark.parametrize("noun, lemma, reception", [
    ("votes", "vote", False),  # "Berglund received votes; Ekdahl, votes": Ekdahl starts a clause of his own
    ("leaders", "leader", True),  # "Berglund received leaders: Ekdahl": a list of those received
])
def test_occasions_persons_after_a_list_break_are_no_guests(noun, lemma, reception):
    """Past a semicolon or colon after a thing object (object-list-breaks), the persons named are no guests."""
    from types import SimpleNamespace

    doc = make(["Berglund", "received", noun, ";", "Ekdahl", ",", noun], [1, 1, 1, 1, 2, 4, 4],
               ["nsubj", "ROOT", "dobj", "punct", "appos", "punct", "appos"],
               ["PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "PUNCT", "NOUN"],
               ["Berglund", "receive", lemma, ";", "Ekdahl", ",", lemma])
    row = triggers.meeting_row(doc[1])
    names = {0: [0], 4: [1]}
    persons = lambda ctx, tok: sorted({e for t in tok.subtree for e in names.get(t.i, [])})  # noqa: E731
    ctx = SimpleNamespace(persons_at=lambda tok: names.get(tok.i, []), token_entities=names)
    assert occasions.object_not_person(ctx, doc[1], row, persons) is not reception


def test_triggers_negotiations_are_a_meeting_noun():
    doc = make(["after", "negotiations"], [0, 0], ["ROOT", "pobj"], ["ADP", "NOUN"], ["after", "negotiation"])
    other = make(["after", "elections"], [0, 0], ["ROOT", "pobj"], ["ADP", "NOUN"], ["after", "election"])
    assert triggers.meeting_row(doc[1])["id"] == "m-negotiation" and triggers.meeting_row(other[1]) is None


# --- when and where --------------------------------------------------------------------------------------------

def test_context_this_morning_is_the_article_date():
    doc = make(["Kishida", "met", "Yoon", "this", "morning"], [1, 1, 1, 4, 1],
               ["nsubj", "ROOT", "dobj", "det", "npadvmod"], ["PROPN", "VERB", "PROPN", "DET", "NOUN"],
               ents=["O", "O", "O", "B-TIME", "I-TIME"])
    assert context.sentence_date(doc[0:5], dt.date(2007, 10, 12), doc[1]) == dt.date(2007, 10, 12)


def test_context_date_of_the_trigger_clause_wins():
    words = ["Ruto", ",", "who", "arrived", "on", "Monday", ",", "met", "Lula", "today"]
    doc = make(words, [7, 0, 3, 0, 3, 4, 0, 7, 7, 7],
               ["nsubj", "punct", "nsubj", "relcl", "prep", "pobj", "punct", "ROOT", "dobj", "npadvmod"],
               ["PROPN", "PUNCT", "PRON", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PROPN", "NOUN"],
               ents=["O", "O", "O", "O", "O", "B-DATE", "O", "O", "O", "B-DATE"])
    base = dt.date(2023, 6, 14)
    assert context.sentence_date(doc[0:10], base, doc[7]) == base
    assert context.sentence_date(doc[0:10], base) == dt.date(2023, 6, 12)  # without a trigger: the first date


def test_context_planned_weekday_is_the_nearest():
    friday = dt.date(2007, 10, 12)
    assert context.resolve_date("Monday", friday, planned=True) == dt.date(2007, 10, 15)
    assert context.resolve_date("Thursday", friday, planned=True) == dt.date(2007, 10, 11)
    assert context.resolve_date("Monday", friday) == dt.date(2007, 10, 8)


def test_context_place_where_a_person_lives_is_not_the_event_place():
    words = ["Ruto", ",", "who", "lives", "in", "Nairobi", ",", "met", "Lula"]
    doc = make(words, [7, 0, 3, 0, 3, 4, 0, 7, 7],
               ["nsubj", "punct", "nsubj", "relcl", "prep", "pobj", "punct", "ROOT", "dobj"],
               ["PROPN", "PUNCT", "PRON", "VERB", "ADP", "PROPN", "PUNCT", "VERB", "PROPN"],
               ["Ruto", ",", "who", "live", "in", "Nairobi", ",", "meet", "Lula"],
               ["O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"])
    assert context.sentence_place(doc[0:9], doc[7]) is None


def test_context_visited_place_is_the_event_place():
    doc = make(["Ruto", "visited", "Brasilia"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PROPN", "VERB", "PROPN"],
               ["Ruto", "visit", "Brasilia"], ["O", "O", "B-GPE"])
    assert context.sentence_place(doc[0:3], doc[1]).name == "Brasília"


# --- labels ----------------------------------------------------------------------------------------------------

def test_rdf_event_labels_name_meeting_call_and_visit():
    ev = Evidence("a", "s", 0, 0, 1, "r")
    ruto, lula = Person("r", "William Ruto"), Person("l", "Lula da Silva")
    assert event_label(EventFact("e1", "host", (ruto, lula), ev, host=ruto)) == "William Ruto – Lula da Silva meeting"
    assert event_label(EventFact("e2", "join", (ruto, lula), ev)) == "William Ruto – Lula da Silva meeting"
    assert event_label(EventFact("e3", "call", (ruto, lula), ev)) == "William Ruto – Lula da Silva call"
    assert event_label(EventFact("e4", "visit", (ruto, lula), ev, host=lula, location=Place("Brasília", "BR"))) \
        == "William Ruto's visit to Brasília"
    assert event_label(EventFact("e5", "visit", (ruto, lula), ev, host=lula)) == "William Ruto's visit to Lula da Silva"
    assert event_label(EventFact("e6", "meeting", (ruto, lula), ev, name="East African Summit")) == "East African Summit"


# --- talks that name only their mediators (mediation.py) --------------------------------------------------------

MEDIATED = (["Talks", "mediated", "by", "Obasanjo", "and", "Mbeki", "ended", "."],
            [6, 0, 1, 2, 3, 3, 6, 6], ["nsubj", "acl", "agent", "pobj", "cc", "conj", "ROOT", "punct"],
            ["NOUN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN", "VERB", "PUNCT"],
            ["talk", "mediate", "by", "Obasanjo", "and", "Mbeki", "end", "."],
            ["O", "O", "O", "B-PERSON", "O", "B-PERSON", "O", "O"], ["NNS", "VBN", "IN", "NNP", "CC", "NNP", "VBD", "."])
SIGNED = (["Kiir", "and", "Machar", "signed", "the", "accord", "."], [3, 0, 0, 3, 5, 3, 3],
          ["nsubj", "cc", "conj", "ROOT", "det", "dobj", "punct"],
          ["PROPN", "CCONJ", "PROPN", "VERB", "DET", "NOUN", "PUNCT"],
          ["Kiir", "and", "Machar", "sign", "the", "accord", "."],
          ["B-PERSON", "O", "B-PERSON", "O", "O", "O", "O"], ["NNP", "CC", "NNP", "VBD", "DT", "NN", "."])


@pytest.mark.parametrize("parties, expected", [
    (True, [{"Obasanjo", "Mbeki", "Kiir", "Machar"}]),  # the mediators join the parties' meeting next to them
    (False, [{"Obasanjo", "Mbeki"}]),  # with no parties named, the mediated talks stay as they are
])
def test_mediation_mediators_join_the_parties(actors, parties, expected):
    from kg.extract.events import assemble
    from kg.model import Article

    columns = [list(a) + ([h + len(MEDIATED[0]) for h in b] if i == 1 else list(b))
               for i, (a, b) in enumerate(zip(MEDIATED, SIGNED, strict=True))] if parties else MEDIATED
    words, heads, deps, pos, lemmas, ents, tags = columns
    doc = Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents, tags=tags)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    events, _ = assemble(ctx)
    found = [{next(w for w in words if w in p.name) for p in e.participants} for e in events if e.is_meeting]
    assert found == expected


def test_events_one_named_side_with_unnamed_officials():
    doc = make(["Officials", "met", "with", "Kelly"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
               ["NOUN", "VERB", "ADP", "PROPN"], ["official", "meet", "with", "Kelly"])
    other = make(["Kelly", "met", "with", "reporters"], [1, 1, 1, 2], ["nsubj", "ROOT", "prep", "pobj"],
                 ["PROPN", "VERB", "ADP", "NOUN"], ["Kelly", "meet", "with", "reporter"])
    assert events._meets_officials(doc[1]) and not events._meets_officials(other[1])


def test_rosters_a_name_alone_on_its_line_needs_ner():
    words = ["Participants", "included", ":", "\n", "-", "Lynn", "Malerba"]
    spaces = [True, False, False, False, True, True, False]
    pos = ["NOUN", "VERB", "PUNCT", "SPACE", "PUNCT", "PROPN", "PROPN"]
    lemmas = ["participant", "include", ":", "\n", "-", "lynn", "malerba"]
    starts = [i in (0, 4) for i in range(len(words))]
    named = Doc(NLP.vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas, sent_starts=starts,
                ents=["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON"])
    unnamed = Doc(NLP.vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas, sent_starts=starts)
    assert [n.text for n in rosters.item_names(named)] == ["Lynn Malerba"]
    assert rosters.item_names(unnamed) == []  # "- White House Cabinet Affairs" is no person


# --- talks that name no participant ----------------------------------------------------------------------------

def test_unnamed_talks_gathering_mentions():
    """"Peace talks aimed at ending the conflict resumed": the talks are a gathering mention, named by the noun
    and its compound; "after the talks" (a point in time) and "did not hold talks" (negated) are none."""
    from kg.extract.unnamed_talks import _noun_phrase, gathering_mentions

    doc = make(["Peace", "talks", "aimed", "at", "ending", "the", "conflict", "resumed"], [1, 7, 1, 2, 3, 6, 4, 7],
               ["compound", "nsubj", "acl", "prep", "pcomp", "det", "dobj", "ROOT"],
               ["NOUN", "NOUN", "VERB", "ADP", "VERB", "DET", "NOUN", "VERB"],
               ["peace", "talk", "aim", "at", "end", "the", "conflict", "resume"])
    assert [t.i for t in gathering_mentions(doc)] == [1] and _noun_phrase(doc[1]) == "Peace talks"
    after = make(["After", "the", "talks", "they", "left"], [4, 2, 0, 4, 4], ["prep", "det", "pobj", "nsubj", "ROOT"],
                 ["ADP", "DET", "NOUN", "PRON", "VERB"], ["after", "the", "talk", "they", "leave"])
    assert gathering_mentions(after) == []
    negated = make(["They", "did", "not", "hold", "talks"], [3, 3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT", "dobj"],
                   ["PRON", "AUX", "PART", "VERB", "NOUN"], ["they", "do", "not", "hold", "talk"])
    negated[4].head = negated[3]
    assert gathering_mentions(negated) == []


def test_unnamed_talks_topics_only_from_discussion_cues():
    """Which cues say what talks naming no one were about (``unnamed-talks-cues``), in a sentence naming them."""
    from kg.extract.topicevents import about_unnamed, broad_cue

    doc = make(["talks"], [0], ["ROOT"], ["NOUN"], ["talk"])
    assert about_unnamed(doc[0], {"id": "c-aim"}, ["e1"])
    assert not about_unnamed(doc[0], {"id": "c-aim"}, [])
    assert not about_unnamed(doc[0], broad_cue(), ["e1"])
    assert not about_unnamed(doc[0], {"id": "c-announce"}, ["e1"])


def test_named_before_counted_anaphor():
    """"The two leaders met": a counted group anaphor as the trigger's subject counts 2; "leaders met" none."""
    from kg.extract.named_before import counted_anaphor

    doc = make(["The", "two", "leaders", "met"], [2, 2, 3, 3], ["det", "nummod", "nsubj", "ROOT"],
               ["DET", "NUM", "NOUN", "VERB"], ["the", "two", "leader", "meet"])
    assert counted_anaphor(doc[3]) == 2
    doc = make(["Leaders", "met"], [1, 1], ["nsubj", "ROOT"], ["NOUN", "VERB"], ["leader", "meet"])
    assert counted_anaphor(doc[1]) == 0


def test_named_before_joint_meeting_with_no_side_counts_two():
    """"The joint meeting was a rally": a joint meeting noun with no side of its own is the two persons' named just
    before (``joint-anaphor-words``); "the joint meeting of the committees" has a side and counts none."""
    from kg.extract.named_before import counted_anaphor, joint_alone

    doc = make(["The", "joint", "meeting", "was", "a", "rally"], [2, 2, 3, 3, 5, 3],
               ["det", "amod", "nsubj", "ROOT", "det", "attr"], ["DET", "ADJ", "NOUN", "AUX", "DET", "NOUN"],
               ["the", "joint", "meeting", "be", "a", "rally"])
    assert joint_alone(doc[2]) and counted_anaphor(doc[2]) == 2
    doc = make(["The", "joint", "meeting", "of", "committees", "ended"], [2, 2, 5, 2, 3, 5],
               ["det", "amod", "nsubj", "prep", "pobj", "ROOT"], ["DET", "ADJ", "NOUN", "ADP", "NOUN", "VERB"],
               ["the", "joint", "meeting", "of", "committee", "end"])
    assert not joint_alone(doc[2]) and counted_anaphor(doc[2]) == 0

def test_rosters_affiliation_colon_name_gives_the_name():
    words = ["Participants", "included", ":", "\n", "-", "Harbor", "Alliance", ":", "Tomasz", "Wierzbicki", "\n",
             "-", "Tenants", "Union", ":", "Ben", "Okoro", ",", "Chair"]
    spaces = [True, False, False, False, True, True, False, True, True, False, False, True, True, False, True, True,
              False, True, False]
    pos = ["NOUN", "VERB", "PUNCT", "SPACE", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "SPACE", "PUNCT",
           "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN"]
    lemmas = [w.lower() for w in words]
    lemmas[0], lemmas[1] = "participant", "include"
    doc = _listed(words, spaces, pos, lemmas, {0, 4, 11})
    # the name after the colon, not the organisation ("Tenants Union" would be no name anyway: 'Union')
    assert [n.text for n in rosters.item_names(doc)] == ["Tomasz Wierzbicki", "Ben Okoro"]


def _bare_roster(ents):
    words = ["Participants", "included", ":", "\n", "-", "Ana", "Ruiz", "\n", "-", "Ben", "Okoro", "\n", "-",
             "Quillon", "Bryve"]
    spaces = [True, False, False, False, True, True, False, False, True, True, False, False, True, True, False]
    pos = ["NOUN", "VERB", "PUNCT", "SPACE", "PUNCT", "PROPN", "PROPN", "SPACE", "PUNCT", "PROPN", "PROPN", "SPACE",
           "PUNCT", "PROPN", "PROPN"]
    lemmas = [w.lower() for w in words]
    lemmas[0], lemmas[1] = "participant", "include"
    return Doc(NLP.vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas,
               sent_starts=[i in (0, 4, 8, 12) for i in range(len(words))], ents=ents)


def test_rosters_bare_name_ner_missed_in_a_roster_of_names():
    o, b, i = "O", "B-PERSON", "I-PERSON"
    names = _bare_roster([o, o, o, o, o, b, i, o, o, b, i, o, o, o, o])
    assert [n.text for n in rosters.item_names(names)] == ["Ana Ruiz", "Ben Okoro", "Quillon Bryve"]
    # one person only: no roster of names, and "Quillon Bryve" needs NER
    one = _bare_roster([o, o, o, o, o, b, i, o, o, "B-ORG", "I-ORG", o, o, o, o])
    assert [n.text for n in rosters.item_names(one)] == ["Ana Ruiz"]



THEY_HELD_TALKS = [("Ruiz", 3, "nsubj", "PROPN", "NNP", "Ruiz", "B-PERSON"), ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
                   ("Berg", 0, "conj", "PROPN", "NNP", "Berg", "B-PERSON"),
                   ("visited", 3, "ROOT", "VERB", "VBD", "visit", "O"), ("Oslo", 3, "dobj", "PROPN", "NNP", "Oslo", "B-GPE"),
                   (".", 3, "punct", "PUNCT", ".", ".", "O"), ("They", 7, "nsubj", "PRON", "PRP", "they", "O"),
                   ("held", 7, "ROOT", "VERB", "VBD", "hold", "O"), ("talks", 7, "dobj", "NOUN", "NNS", "talk", "O"),
                   ("with", 8, "prep", "ADP", "IN", "with", "O"), ("Holm", 9, "pobj", "PROPN", "NNP", "Holm", "B-PERSON"),
                   (".", 7, "punct", "PUNCT", ".", ".", "O")]


def test_participants_they_after_no_meeting_are_the_subjects_before(actors):
    """"Ruiz and Berg visited Oslo. They held talks with Holm.": with no meeting before, "they" are the persons of
    the subject before; after a meeting, "they" are its participants (not this rule's); one person is no "they"."""
    from test_rules_news_meetings import make as make_rows

    from kg.extract.participants import _earlier_subjects

    doc = make_rows(THEY_HELD_TALKS)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    assert sorted(ctx.person(e).name for e in _earlier_subjects(ctx, doc[6], ())) == ["Berg", "Ruiz"]
    assert _earlier_subjects(ctx, doc[6], (0,)) == [] and _earlier_subjects(ctx, doc[10], ()) == []
    alone = [THEY_HELD_TALKS[0], *[(w, h - 2 if h > 2 else h, *rest) for w, h, *rest in THEY_HELD_TALKS[3:]]]
    doc = make_rows(alone)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    assert _earlier_subjects(ctx, doc[4], ()) == []


def test_mentions_a_name_has_no_digits():
    """Model-free: the parser's person "COVID-19 Response" (in "his COVID-19 Response teams") is no named mention;
    "Mark Doyle" is one."""
    from kg.extract.mentions import named_mentions

    doc = make(["Mark", "Doyle", "and", "his", "COVID-19", "Response", "teams"], [1, 1, 1, 6, 6, 6, 1],
               ["compound", "ROOT", "cc", "poss", "compound", "compound", "conj"],
               ["PROPN", "PROPN", "CCONJ", "PRON", "PROPN", "PROPN", "NOUN"],
               ents=["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O"])
    assert [m.name for m in named_mentions(doc)] == ["Mark Doyle"]


def test_mentions_a_news_outlet_is_no_person(actors):
    """Model-free: the parser's person "Wikinews" in "X discussed her findings with Wikinews" is a news outlet
    (``news-outlet-names``), no named mention, so the interview is no meeting; "Nora Vik" is one."""
    from kg.extract.mentions import named_mentions

    doc = make(["Nora", "Vik", "discussed", "her", "findings", "with", "Wikinews"], [1, 2, 2, 4, 2, 2, 5],
               ["compound", "nsubj", "ROOT", "poss", "dobj", "prep", "pobj"],
               ["PROPN", "PROPN", "VERB", "PRON", "NOUN", "ADP", "PROPN"],
               ["Nora", "Vik", "discuss", "her", "finding", "with", "Wikinews"],
               ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON"])
    assert [m.name for m in named_mentions(doc)] == ["Nora Vik"]
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    assert [e for e in events.assemble(ctx)[0] if e.is_meeting and len(e.participants) > 1] == []

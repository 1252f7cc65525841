"""Topic phrases of ordinary news: a generic head of a kind ("relief efforts"), list items the parser hung on the
cue's subject, and talks referred back to by "those" or "that"; Docs built by hand and sentences written for these
tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

MEETING = "Prime Minister Ivan Petrov met President Elena Marsh in Vienna on Monday. "


def _doc(words, heads, deps, pos, ents=None):
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words],
               ents=ents)


def test_topicphrase_efforts_of_a_kind_and_for_a_purpose():
    """Model-free: "relief efforts" is a kind of efforts (``topic-kind-heads``), a topic; "efforts to topple X" stays
    generic (an infinitive says what they are for), and bare "efforts" is none."""
    from kg.extract.topicphrase import phrase_span

    relief = _doc(["relief", "efforts"], [1, 1], ["compound", "ROOT"], ["NOUN", "NOUN"])
    assert phrase_span(relief[1])[0] == "relief efforts"
    topple = _doc(["rebel", "efforts", "to", "topple", "Deby"], [1, 1, 3, 1, 3],
                  ["compound", "ROOT", "aux", "acl", "dobj"], ["NOUN", "NOUN", "PART", "VERB", "PROPN"])
    assert phrase_span(topple[1]) is None
    bare = _doc(["the", "efforts"], [1, 1], ["det", "ROOT"], ["DET", "NOUN"])
    assert phrase_span(bare[1]) is None


def test_topicphrase_fight_keeps_what_it_is_against():
    """Model-free: "the fight against terrorism" keeps its "against" phrase (``topic-against-heads``), a name's too
    ("the fight against the Taliban"); "the fight" alone and "the case against X" (no noun of combating) do not."""
    from kg.extract.topicphrase import phrase_span

    words, heads, deps = ["the", "fight", "against", "terrorism"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"]
    fight = _doc(words, heads, deps, ["DET", "NOUN", "ADP", "NOUN"])
    assert phrase_span(fight[1])[0] == "fight against terrorism"
    taliban = _doc(["the", "fight", "against", "Taliban"], heads, deps, ["DET", "NOUN", "ADP", "PROPN"])
    assert phrase_span(taliban[1])[0] == "fight against Taliban"
    assert phrase_span(_doc(["the", "fight"], [1, 1], ["det", "ROOT"], ["DET", "NOUN"])[1]) is None
    case = _doc(["the", "case", "against", "Taliban"], heads, deps, ["DET", "NOUN", "ADP", "PROPN"])
    assert phrase_span(case[1]) is None


def test_topics_stray_items_after_the_verb():
    """Model-free: "The session focused on security, the economy": the parser's apposition of the subject after the
    verb is an item of the object list; one before the verb ("The session, a briefing, focused on …") is not."""
    from kg.extract.topics import stray_items

    words = ["The", "session", "focused", "on", "security", ",", "the", "economy"]
    doc = _doc(words, [1, 2, 2, 2, 3, 2, 7, 1], ["det", "nsubj", "ROOT", "prep", "pobj", "punct", "det", "appos"],
               ["DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT", "DET", "NOUN"])
    assert stray_items(doc[1], doc[2]) == {6, 7}
    before = _doc(["The", "session", ",", "a", "briefing", ",", "focused", "on", "security"],
                  [1, 6, 1, 4, 1, 1, 6, 6, 7],
                  ["det", "nsubj", "punct", "det", "appos", "punct", "ROOT", "prep", "pobj"],
                  ["DET", "NOUN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "ADP", "NOUN"])
    assert stray_items(before[1], before[6]) == set()


@pytest.mark.parametrize("text, expected", [
    # a generic head that a content word makes a kind of its own
    (MEETING + "The two leaders discussed reconstruction efforts.", {"reconstruction efforts"}),
    # list items the parser hung on the subject
    # ("for the election", hung on "economy", is the later conjunct's: topicphrase.conjunct_pp)
    (MEETING + "The session focused on public security, the economy and preparations for the presidential election.",
     {"public security", "economy", "preparations for presidential election"}),
    (MEETING + "The talks centred on farm subsidies, the budget and the enlargement of the union.",
     {"farm subsidies", "budget", "enlargement of union"}),
    # talks referred back to by "those" or "that"
    (MEETING + "Those talks addressed the release of political prisoners.", {"release of political prisoners"}),
    (MEETING + "That meeting covered Kashmir and cross-border terrorism.", {"Kashmir", "cross-border terrorism"}),
    # near miss: an apposition of the object, or of a subject after its verb, is no list item
    (MEETING + "He pledged intelligence to help Turkey, an offer that was made last week.", {"intelligence"}),
    # near miss: "those" before a noun that is no gathering
    (MEETING + "Those farmers addressed grazing rights.", set()),
])
def test_topics_news_phrases(facts_of, text, expected):
    assert {t.topic for t in facts_of(text).topics} == expected


@pytest.mark.parametrize("text, expected", [
    # what was on the agenda or the table is a fact of the meeting, whoever reports it
    (MEETING + "A ceasefire and the start of direct talks were also on the agenda, he said.",
     {"ceasefire", "start of direct talks"}),
    (MEETING + "Grain exports were on the table, officials said.", {"grain exports"}),
    (MEETING + "European air defence was also on the table.", {"european air defence"}),
    # in an article whose lead reports no meeting, the agenda is that of the meeting named just before
    ("Ghana's trade minister urged Nigeria on Thursday to reopen its borders. Alan Kyerematen made the appeal after "
     "talks with his Nigerian counterpart, Niyi Adebayo. Stranded lorries and the transit scheme were also on the "
     "agenda.", {"stranded lorries", "transit scheme"}),
    # near misses: an evaluation someone voices, a noun's fixed phrase
    (MEETING + "The budget is the main difference, he added.", set()),
    (MEETING + "He said the deal on the table was not good enough.", set()),
    # near misses: the meeting not named just before (the article's one meeting: "Social security was the biggest
    # topic" of another occasion), or two meetings, neither named just before
    ("Ghana's trade minister urged Nigeria on Thursday to reopen its borders. Alan Kyerematen made the appeal after "
     "talks with his Nigerian counterpart, Niyi Adebayo. Traders in Lagos complained about rice prices. Stranded "
     "lorries were also on the agenda.", set()),
    ("Ghana's trade minister urged Nigeria on Thursday to reopen its borders. Alan Kyerematen made the appeal after "
     "talks with his Nigerian counterpart, Niyi Adebayo. Later he met Togolese minister Kodjo Adedze. Traders in "
     "Lagos complained about rice prices. Stranded lorries were also on the agenda.", set()),
])
def test_topics_agenda_copula(facts_of, text, expected):
    assert {t.topic for t in facts_of(text).topics} == expected


def test_topicnouns_copula_on_the_table():
    """Model-free: "X was on the table" marks "table" a topic word of "be" (pattern ``topic-copula-table``); the "be"
    is a copula cue also under a speech verb, since "on the table" is a preposition's object."""
    from kg.extract.topicnouns import copula_cue

    doc = _doc(["Trade", "was", "on", "the", "table", ",", "he", "said"], [1, 7, 1, 4, 2, 7, 7, 7],
               ["nsubj", "ccomp", "prep", "det", "pobj", "punct", "nsubj", "ROOT"],
               ["NOUN", "AUX", "ADP", "DET", "NOUN", "PUNCT", "PRON", "VERB"])
    doc[1].lemma_, doc[7].lemma_ = "be", "say"
    assert copula_cue(doc[1])
    furniture = _doc(["Trade", "was", "under", "the", "table"], [1, 1, 1, 4, 2],
                     ["nsubj", "ROOT", "prep", "det", "pobj"], ["NOUN", "AUX", "ADP", "DET", "NOUN"])
    furniture[1].lemma_ = "be"
    assert not copula_cue(furniture[1])

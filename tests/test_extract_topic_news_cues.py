"""Topic cues of news reports of meetings (kg.extract.topicnouns, kg.extract.topicevents): a trip noun that refers
back to the visit as a cue's subject, the act an infinitive of manner governs, a meeting word before a topic word of
"be", the cues "concentrate on" and "revolve around", and
what dominated or topped the agenda. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

MEETING = "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday. "
VISIT = "Japanese Prime Minister Fumio Kishida visited Hanoi on Monday. "


def topics(facts) -> set[str]:
    return {t.topic for t in facts.topics}


@pytest.mark.parametrize("text, expected", [
    # a trip noun with a definite or possessive determiner, or a possessor, is the article's visit
    (VISIT + "The two-day visit focused on maritime security.", {"maritime security"}),
    (VISIT + "The trip was aimed at boosting investment.", {"boosting investment"}),
    (VISIT + "His trip was aimed at boosting investment in ports.", {"boosting investment"}),
    ("Kishida's visit to Vietnam focused on maritime security. " + VISIT, {"maritime security"}),
    # ... or the article's meeting, when it has one
    (MEETING + "The visit focused on energy security and fishing rights.", {"energy security", "fishing rights"}),
    (MEETING + "Macron's visit concentrated on energy security.", {"energy security"}),
    # near misses: an indefinite trip names no one's visit; what a trip did is not what was discussed
    (VISIT + "A visit by the Pope in 2019 focused on poverty.", set()),
    (MEETING + "A visit focused on poverty would be welcome, a reporter wrote.", set()),
    (MEETING + "The visit lasted two days.", set()),
    (MEETING + "The trip took him to Hamburg.", set()),
])
def test_topicevents_trip_subject_speaks_for_the_visit(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # the infinitive after "ways", "means", "the best way", "how" is the act discussed, with its bare object
    (MEETING + "They discussed ways to help refugees.", {"help refugees"}),
    (MEETING + "The leaders discussed ways to boost trade.", {"boost trade"}),
    (MEETING + "They discussed ways to broker a truce.", {"broker truce"}),
    (MEETING + "They discussed means to fight inflation.", {"fight inflation"}),
    # a phrase of its own stays as it was
    (MEETING + "They discussed how to overcome the political crisis.", {"political crisis"}),
    (MEETING + "They talked about ways of reducing tariffs.", {"reducing tariffs"}),
    # near misses: not a word of manner; not a cue of the meeting
    (MEETING + "They discussed plans to build a bridge.", set()),
    (MEETING + "He knows how to win elections, Macron said of Scholz.", set()),
])
def test_topicnouns_manner_infinitive_gives_the_act(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a meeting or agenda word before the topic word of "be" leaves it the talks'
    (MEETING + "The main discussion topics were energy prices and migration.", {"energy prices", "migration"}),
    (MEETING + "Discussion topics were energy prices and migration.", {"energy prices", "migration"}),
    (MEETING + "The agenda items were energy prices and migration.", {"energy prices", "migration"}),
    (MEETING + "Top of the meeting agenda was the gas pipeline.", {"gas pipeline"}),
    # near misses: a noun of content makes the issue a topic of its own, not a topic word
    (MEETING + "The border issue was the main obstacle.", set()),
    (MEETING + "The energy issue is complicated, a spokesman said.", set()),
])
def test_topicnouns_copula_topic_word_after_a_meeting_word(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    (MEETING + "Their talks concentrated on energy prices.", {"energy prices"}),
    (MEETING + "Their conversation revolved around migration.", {"migration"}),
    (MEETING + "The meeting revolved around the gas pipeline.", {"gas pipeline"}),
    # near misses: not the talks
    (MEETING + "Russia concentrated troops on the border.", set()),
    (MEETING + "The planets revolve around the sun.", set()),
])
def test_topiccues_concentrate_and_revolve(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def _doc(words, heads, deps, pos, tags=None, lemmas=None) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas)


def test_topicnouns_trip_subject_model_free():
    """Model-free: "The visit focused on X" and "a visit that focused on X" name the article's visit; "A visit
    focused on X" and "The meeting focused on X" (not a trip noun) do not."""
    from kg.extract.topicnouns import trip_subject

    def main(det, noun):
        return _doc([det, noun, "focused", "on", "trade"], [1, 2, 2, 2, 3], ["det", "nsubj", "ROOT", "prep", "pobj"],
                    ["DET", "NOUN", "VERB", "ADP", "NOUN"], lemmas=[det.lower(), noun, "focus", "on", "trade"])

    doc = main("The", "visit")
    assert trip_subject(doc[1], doc[2])
    doc = main("A", "visit")
    assert not trip_subject(doc[1], doc[2])
    doc = main("The", "meeting")
    assert not trip_subject(doc[1], doc[2])
    assert not trip_subject(None, doc[2])
    rel = _doc(["a", "visit", "that", "focused", "on", "trade"], [1, 1, 3, 1, 3, 4],
               ["det", "ROOT", "nsubj", "relcl", "prep", "pobj"], ["DET", "NOUN", "PRON", "VERB", "ADP", "NOUN"],
               lemmas=["a", "visit", "that", "focus", "on", "trade"])
    assert trip_subject(rel[1], rel[3])


def test_topicnouns_manner_infinitive_model_free():
    """Model-free: "ways to boost trade" and "how to end fighting" give the infinitive; "plans to boost trade" and
    "ways to boost further trade" (a word of the verb between it and its object) give none."""
    from kg.extract.topicnouns import manner_infinitive

    def ways(noun, middle=()):
        words = [noun, "to", "boost", *middle, "trade"]
        heads = [0, 2, 0, *(2 for _ in middle), 2]
        deps = ["ROOT", "aux", "relcl", *("advmod" for _ in middle), "dobj"]
        pos = ["NOUN", "PART", "VERB", *("ADV" for _ in middle), "NOUN"]
        tags = ["NNS", "TO", "VB", *("RB" for _ in middle), "NN"]
        return _doc(words, heads, deps, pos, tags)

    doc = ways("ways")
    assert manner_infinitive(doc[3]) == doc[2]
    assert manner_infinitive(ways("plans")[3]) is None
    doc = ways("ways", ["further"])
    assert manner_infinitive(doc[4]) is None
    how = _doc(["discussed", "how", "to", "end", "fighting"], [0, 3, 3, 0, 3],
               ["ROOT", "advmod", "aux", "xcomp", "dobj"], ["VERB", "ADV", "PART", "VERB", "NOUN"],
               ["VBD", "WRB", "TO", "VB", "NN"])
    assert manner_infinitive(how[4]) == how[3]


@pytest.mark.parametrize("text, expected", [
    # the passive of a verb whose subject is the topic ("X dominated the talks"): the agent is the topic
    (MEETING + "Their meeting was dominated by energy prices and migration.", {"energy prices", "migration"}),
    (MEETING + "The talks were dominated by the gas pipeline.", {"gas pipeline"}),
    (VISIT + "The visit was dominated by maritime security.", {"maritime security"}),
    # near misses: not the talks; an agent of another verb is who acted
    (MEETING + "The market was dominated by Chinese firms.", set()),
    (MEETING + "The talks were attended by their foreign ministers.", set()),
    (MEETING + "The talks were hosted by Scholz.", set()),
])
def test_topicnouns_agent_of_a_passive_subject_cue(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a verb whose subject is the topic also when it governs the agenda or a part of the meeting
    (MEETING + "Climate change dominated the agenda.", {"climate change"}),
    (MEETING + "Energy prices dominated much of the two-hour meeting, officials said.", {"energy prices"}),
    (MEETING + "Migration and the gas pipeline dominated most of their talks.", {"Migration", "gas pipeline"}),
    (MEETING + "Defence spending topped the agenda.", {"defence spending"}),
    (MEETING + "The war in Ukraine figured prominently in their talks.", {"war in Ukraine"}),
    # the participle clause "with X dominating the agenda": X; the passive participle on the talks: its agent
    ("Macron and Scholz opened their summit in Berlin on Monday, with energy prices and migration dominating the "
     "agenda.", {"energy prices", "migration"}),
    ("Macron met Scholz in Berlin on Monday for talks dominated by the gas pipeline.", {"gas pipeline"}),
    ("In Berlin on Monday, Macron and Scholz held a summit dominated by maritime security.", {"maritime security"}),
    # near misses: not the agenda or the talks; a clause with a subject of its own; who dominated
    (MEETING + "Much of the city was closed, and heavy rain dominated the weekend.", set()),
    (MEETING + "The ruling party has dominated national politics for a decade.", set()),
    ("Macron met Scholz in Berlin on Monday, with protesters dominating the streets outside.", set()),
    (MEETING + "The two leaders dominated the press conference afterwards.", set()),
    (MEETING + "Their parties topped the polls in May.", set()),
])
def test_topicnouns_subject_cue_on_the_agenda(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def test_topicnouns_subject_cue_agenda_model_free():
    """Model-free: "X dominated the agenda" and "X dominated much of the meeting" are cues (an agenda word, a part of
    a meeting noun), "X dominated the weekend" is not; "with X dominating the agenda" has X as its subject, a clause
    with its own subject none; "a summit dominated by X" has X as its topic."""
    from kg.extract.topicnouns import acl_subject, agent_topic, subject_cue

    def obj(noun, lemma=None):
        return _doc(["prices", "dominated", "the", noun], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                    ["NOUN", "VERB", "DET", "NOUN"], lemmas=["price", "dominate", "the", lemma or noun])

    assert subject_cue(obj("agenda")[1])
    assert not subject_cue(obj("weekend")[1])
    much = _doc(["prices", "dominated", "much", "of", "the", "meeting"], [1, 1, 1, 2, 5, 3],
                ["nsubj", "ROOT", "dobj", "prep", "det", "pobj"], ["NOUN", "VERB", "ADJ", "ADP", "DET", "NOUN"],
                lemmas=["price", "dominate", "much", "of", "the", "meeting"])
    assert subject_cue(much[1])
    with_ = _doc(["with", "prices", "dominating", "the", "agenda"], [0, 0, 1, 4, 2],
                 ["ROOT", "pobj", "acl", "det", "dobj"], ["ADP", "NOUN", "VERB", "DET", "NOUN"],
                 ["IN", "NNS", "VBG", "DT", "NN"], ["with", "price", "dominate", "the", "agenda"])
    assert acl_subject(with_[2]) == with_[1] and subject_cue(with_[2])
    own = _doc(["with", "prices", "rain", "dominating", "the", "agenda"], [0, 0, 3, 1, 5, 3],
               ["ROOT", "pobj", "nsubj", "acl", "det", "dobj"], ["ADP", "NOUN", "NOUN", "VERB", "DET", "NOUN"],
               ["IN", "NNS", "NN", "VBG", "DT", "NN"])
    assert acl_subject(own[3]) is None
    summit = _doc(["a", "summit", "dominated", "by", "trade"], [1, 1, 1, 2, 3], ["det", "ROOT", "acl", "agent", "pobj"],
                  ["DET", "NOUN", "VERB", "ADP", "NOUN"], ["DT", "NN", "VBN", "IN", "NN"],
                  ["a", "summit", "dominate", "by", "trade"])
    assert agent_topic(summit[2])
    market = _doc(["a", "market", "dominated", "by", "firms"], [1, 1, 1, 2, 3], ["det", "ROOT", "acl", "agent", "pobj"],
                  ["DET", "NOUN", "VERB", "ADP", "NOUN"], ["DT", "NN", "VBN", "IN", "NNS"],
                  ["a", "market", "dominate", "by", "firm"])
    assert not agent_topic(market[2])

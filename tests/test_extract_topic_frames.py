"""Topic frames of news reports of meetings (kg.extract.topicphrase, kg.extract.topictitle): "the demand for X" and
"the request for X" look through to X, as "the need for X" and "calls for X" do; a trip in a news title is its news,
not what was discussed. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

MEETING = "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday. "
TALKS = "Prime Minister Fumio Kishida held talks with President Joe Biden on Tuesday. "
WARSAW = "Chancellor Olaf Scholz met President Andrzej Duda in Warsaw. "


def topics(facts) -> set[str]:
    return {t.topic for t in facts.topics}


@pytest.mark.parametrize("text, expected", [
    # a demand or a request for X is a frame: X is what was discussed
    (MEETING + "The talks dealt with Republican demands for spending cuts and the budget.",
     {"spending cuts", "budget"}),
    (TALKS + "They discussed Tokyo's request for more chip exports.", {"more chip exports"}),
    (WARSAW + "Duda pressed the demand for war reparations from Germany.", {"war reparations"}),
    (MEETING + "The two leaders discussed the demand for a full withdrawal of troops.", {"withdrawal of troops"}),
    # as were the need for X and calls for X already
    (TALKS + "The meeting focused on the growing calls for a ceasefire in Gaza.", {"ceasefire in Gaza"}),
    (TALKS + "Kishida raised the need for closer defence cooperation.", {"defence cooperation"}),
    # a noun before it makes a demand of a kind a topic of its own; a possessor alone or "at the request of" does not
    (WARSAW + "They discussed energy demand and gas prices.", {"energy demand", "gas prices"}),
    (WARSAW + "They discussed the farmers' demands.", set()),
    (WARSAW + "At the request of Duda, the meeting was held behind closed doors.", set()),
    (WARSAW + "The demand for electricity has risen, Duda said.", set()),
])
def test_topicphrase_demand_frame_looks_through(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


@pytest.mark.parametrize("title, text, expected", [
    # the trip a title names (its news) is no topic, nor what hangs on it or holds it
    ("George Bush completes his Middle East tour", "President George W. Bush met King Abdullah in Riyadh on Monday. "
     "They discussed oil prices.", {"oil prices"}),
    ("Biden scraps Australia leg of trip", "President Joe Biden met Prime Minister Anthony Albanese in Hiroshima. "
     "They discussed critical minerals.", {"critical minerals"}),
    ("King Charles begins first state visit as monarch in Berlin", "King Charles met Chancellor Olaf Scholz in Berlin. "
     "They discussed climate protection.", {"climate protection"}),
    ("World Bank President to make eight-day African tour", "World Bank President Robert Zoellick will meet President "
     "Jakaya Kikwete in Dar es Salaam to discuss the food crisis.", {"food crisis"}),
    # near misses: what the title's verb governs beside a trip stays a topic
    ("Macron ends China visit with pledge on Taiwan", "President Emmanuel Macron met President Xi Jinping in "
     "Guangzhou. They discussed the war in Ukraine.", {"pledge on Taiwan", "war in Ukraine"}),
    ("Scholz and Macron sign defence pact during Paris visit", "Chancellor Olaf Scholz met President Emmanuel "
     "Macron in Paris. They discussed energy prices.", {"defence pact", "energy prices"}),
    ("Modi and Biden discuss trade tariffs on visit to Washington", "Prime Minister Narendra Modi met President Joe "
     "Biden in Washington. They discussed defence.", {"trade tariffs", "defence"}),
])
def test_topictitle_trip_is_no_topic(facts_of, title, text, expected):
    assert topics(facts_of(text, title=title)) == expected


def test_topictitle_on_trip_model_free():
    """Model-free: a phrase that holds a trip word, or hangs on one below the title's verb, is on the trip."""
    from kg.extract.topictitle import on_trip

    vocab = spacy.blank("en").vocab
    words = ["Biden", "scraps", "Australia", "leg", "of", "trip"]
    doc = Doc(vocab, words=words, heads=[1, 1, 3, 1, 3, 4], deps=["nsubj", "ROOT", "compound", "dobj", "prep", "pobj"],
              pos=["PROPN", "VERB", "PROPN", "NOUN", "ADP", "NOUN"], lemmas=["Biden", "scrap", "Australia", "leg", "of",
                                                                          "trip"])
    assert on_trip(doc[3], doc[2:6]) and not on_trip(doc[3], doc[2:4])
    words = ["Charles", "begins", "visit", "as", "monarch"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 2, 3], deps=["nsubj", "ROOT", "dobj", "prep", "pobj"],
              pos=["PROPN", "VERB", "NOUN", "ADP", "NOUN"], lemmas=["Charles", "begin", "visit", "as", "monarch"])
    assert on_trip(doc[4], doc[4:5])
    doc = Doc(vocab, words=["Macron", "signs", "pact", "on", "trade"], heads=[1, 1, 1, 2, 3],
              deps=["nsubj", "ROOT", "dobj", "prep", "pobj"], pos=["PROPN", "VERB", "NOUN", "ADP", "NOUN"],
              lemmas=["Macron", "sign", "pact", "on", "trade"])
    assert not on_trip(doc[2], doc[2:5])

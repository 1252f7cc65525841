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


@pytest.mark.parametrize("text, expected", [
    # a noun of leaving keeps from what (``topic-from-heads``)
    ("Prime Minister Boris Johnson met Arlene Foster in Belfast. The talks focused on Britain's departure from the "
     "European Union.", {"Britain's departure from European Union"}),
    (TALKS + "They discussed a full Houthi withdrawal from the port.", {"Houthi withdrawal from port"}),
    (TALKS + "They discussed the recovery from the earthquake.", {"recovery from earthquake"}),
    (MEETING + "They discussed Russia's suspension from the Council of Europe.", {"Russia's suspension from Council"}),
    # "of" comes first; near misses: other heads do not keep "from" (who it comes from, where he came from)
    (MEETING + "The two leaders discussed the withdrawal of troops from Mali.", {"withdrawal of troops"}),
    (TALKS + "They discussed the arrival of aid from Egypt.", {"arrival of aid"}),
    (TALKS + "Kishida flew in from Tokyo for the talks, which covered trade.", {"trade"}),
])
def test_topicphrase_leaving_keeps_from(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


VAJPAYEE = "Prime Minister Atal Bihari Vajpayee met President Pervez Musharraf in Islamabad. "


@pytest.mark.parametrize("text, expected", [
    # a second noun with a determiner or a clause of its own is a list item, not a noun sharing the first's modifiers
    (VAJPAYEE + "They discussed Kashmir, cross-border terrorism and the ceasefire that has held along the border "
     "since November, Indian officials said.", {"Kashmir", "cross-border terrorism", "ceasefire"}),
    (VAJPAYEE + "They discussed Kashmir, terrorism and the ceasefire, officials said.",
     {"Kashmir", "terrorism", "ceasefire"}),
    (MEETING + "They discussed regional security and the gas pipeline.", {"regional security", "gas pipeline"}),
    (MEETING + "The talks covered maritime security and a new visa deal.", {"maritime security", "new visa deal"}),
    # near misses: two bare nouns sharing an adjective stay one
    (MEETING + "They stressed regional peace and stability.", {"regional peace and stability"}),
    (MEETING + "They discussed international rules and norms.", {"international rules and norms"}),
    (MEETING + "They discussed violent extremism and radicalisation.", {"violent extremism and radicalisation"}),
])
def test_topics_list_item_with_determiner_stands_alone(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a meeting noun without a compound that says what it is about is the meeting itself, not a topic
    ("Merkel was greeted at the airport and then held talks with Prime Minister Pedro Passos Coelho in Lisbon. They "
     "discussed youth unemployment.", {"youth unemployment"}),
    ("President Hassan Rouhani met Prime Minister Shinzo Abe in Tehran. Rouhani said Iran would be willing to take "
     "part in further talks with the United States.", set()),
    (MEETING + "Scholz then held formal talks with Macron.", set()),
    # near misses: talks a discussion cue governs may be other talks; talks of a kind are a topic; what talks are
    # about stays
    (MEETING + "They agreed to engage in continuous negotiations.", {"continuous negotiations"}),
    (MEETING + "They discussed the debt talks and the budget.", {"debt talks", "budget"}),
    (MEETING + "Macron cut short his trip to focus on negotiations over the debt ceiling.", {"debt ceiling"}),
])
def test_topics_meeting_noun_is_the_meeting(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def test_topics_the_talks_model_free():
    """Model-free: a noun of talks is the talks unless a common-noun compound not of ``meeting-kind-compounds`` says
    what they are about."""
    from kg.extract.topicnouns import the_talks

    vocab = spacy.blank("en").vocab
    for compound, pos, expected in (("debt", "NOUN", False), ("marathon", "NOUN", True), ("formal", "ADJ", True)):
        dep = "compound" if pos == "NOUN" else "amod"
        doc = Doc(vocab, words=[compound, "talks"], heads=[1, 1], deps=[dep, "ROOT"], pos=[pos, "NOUN"],
                  lemmas=[compound, "talk"])
        assert the_talks(doc[1]) is expected, compound
    doc = Doc(vocab, words=["trade", "policy"], heads=[1, 1], deps=["compound", "ROOT"], pos=["NOUN", "NOUN"],
              lemmas=["trade", "policy"])
    assert not the_talks(doc[1])

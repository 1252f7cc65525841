"""Topic heads that the talks are about and places that only say where (kg.extract.topicphrase, the topic patterns
of ``kg/resources/patterns/topics.jsonl``): "security" and "peace" alone are topics when a cue governs them
(``topic-alone-heads``), "the status of X" keeps its head, and a named place that a noun runs from or to, stands at
or near, or that a gathering is held in is no topic of its own. Sentences written for these tests."""

from __future__ import annotations

import pytest
from handdocs import make

from kg.extract.rulematch import rule_marks

MEETING = "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday. "
TALKS = "Prime Minister Keir Starmer held talks with Prime Minister Narendra Modi in New Delhi on Friday. "
MINISTERS = "Foreign Minister Penny Wong met Foreign Minister Retno Marsudi in Jakarta on Tuesday. "


def topics(facts) -> set[str]:
    return {t.topic for t in facts.topics}


@pytest.mark.parametrize("text, expected", [
    # "security" and "peace" alone: what the talks were about when a cue governs them
    (MEETING + "The talks focused on security, the economy and migration.", {"security", "economy", "migration"}),
    (MEETING + "Security was high on the agenda.", {"security"}),
    (MEETING + "They stressed the need for peace.", {"peace"}),
    (TALKS + "The two leaders discussed security.", {"security"}),
    (TALKS + "Peace was also discussed.", {"peace"}),
    (MINISTERS + "Maritime security and peace dominated the talks.", {"Maritime security", "peace"}),
    (MINISTERS + "Their discussion touched on security.", {"security"}),
    (MINISTERS + "Wong and Marsudi talked about peace.", {"peace"}),
    # a modifier stays with it; "the fight against X" keeps what it is against (topic-against-heads), "the fight"
    # alone is none
    (MEETING + "They discussed regional security and the fight against terrorism.",
     {"regional security", "fight against terrorism"}),
    (MEETING + "They discussed regional security and the fight.", {"regional security"}),
    # "the status of X" keeps its head too
    (MEETING + "They discussed the situation in Syria and the status of Kosovo.",
     {"situation in Syria", "status of Kosovo"}),
    (MEETING + "The talks focused on the future status of Jerusalem.", {"future status of Jerusalem"}),
    (TALKS + "They discussed the legal status of citizens living in each other's country.",
     {"legal status of citizens"}),
    (MEETING + "The two leaders discussed Ukraine's candidate status.", {"Ukraine's candidate status"}),
    (MINISTERS + "The ministers discussed the final status of the disputed islands.",
     {"final status of disputed islands"}),
    (MINISTERS + "Among the topics was the status of refugees.", {"status of refugees"}),
    # near misses: no cue of the meeting governs them
    (MEETING + "Security was tight around the venue.", set()),
    (MEETING + "Peace returned to the streets of the capital.", set()),
    (TALKS + "Peace activists marched outside the venue.", set()),
    (MINISTERS + "Security guards escorted the ministers.", set()),
    (MINISTERS + "The peace of the old town impressed the visitors.", set()),
])
def test_topicphrase_security_peace_alone_and_status_of(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a named place a noun runs from or to: where it goes, not a topic
    (MEETING + "The agenda included an oil pipeline from Basra and an industrial zone.",
     {"oil pipeline", "industrial zone"}),
    (MEETING + "They discussed a new rail link from Lyon to Turin.", {"new rail link"}),
    (TALKS + "They discussed direct flights from Mumbai.", {"direct flights"}),
    # a named place a noun stands at, near or along
    (MEETING + "They discussed tariffs on livestock and a proposed border post at Moyale.",
     {"tariffs on livestock", "proposed border post"}),
    (TALKS + "They discussed joint patrols near Kargil.", {"joint patrols"}),
    (MINISTERS + "They discussed a proposed trade zone near Batam.", {"proposed trade zone"}),
    (MINISTERS + "They discussed illegal fishing off Timor.", {"illegal fishing"}),
    # where a gathering is held
    (TALKS + "The two leaders discussed preparations for the summit in Yokohama.", {"preparations for summit"}),
    (MINISTERS + "They discussed preparations for the conference in Bali.", {"preparations for conference"}),
    # near misses: the place is what the noun is about, or a noun keeps it as its complement
    (MEETING + "They discussed violent confrontations at the Temple Mount.",
     {"violent confrontations at Temple Mount"}),
    (MEETING + "They discussed tensions across the Taiwan Strait.", {"tensions across Taiwan Strait"}),
    (MEETING + "They discussed the withdrawal of troops from Iraq.", {"withdrawal of troops"}),
    (TALKS + "They discussed the situation in Kashmir.", {"situation in Kashmir"}),
    (TALKS + "They discussed the future of Jerusalem.", {"future of Jerusalem"}),
    (MINISTERS + "They discussed the humanitarian situation in Papua.", {"humanitarian situation in Papua"}),
])
def test_topics_places_that_say_where_are_no_topics(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def _pipeline(prep: str, noun_pos: str = "NOUN"):
    """ "They discussed a pipeline <prep> Basra" by hand."""
    return make([("They", 1, "nsubj", "PRON", "PRP", "they", "O"),
                 ("discussed", 1, "ROOT", "VERB", "VBD", "discuss", "O"),
                 ("a", 3, "det", "DET", "DT", "a", "O"),
                 ("pipeline", 1, "dobj", noun_pos, "NN", "pipeline", "O"),
                 (prep, 3, "prep", "ADP", "IN", prep, "O"),
                 ("Basra", 4, "pobj", "PROPN", "NNP", "Basra", "B-GPE")])


@pytest.mark.parametrize("prep, rule", [
    ("from", "topic-noun-route-place"), ("to", "topic-noun-route-place"), ("via", "topic-noun-route-place"),
    ("at", "topic-noun-located-place"), ("near", "topic-noun-located-place"), ("off", "topic-noun-located-place"),
])
def test_rulematch_place_a_noun_goes_to_or_stands_at(prep, rule):
    assert rule_marks(_pipeline(prep)).rule("topic-setting", 5) == rule


@pytest.mark.parametrize("prep", ["of", "for", "with", "in", "along", "toward"])
def test_rulematch_place_a_noun_is_about_stays(prep):
    """"a pipeline of Basra", "for Basra", "with Basra", "in Basra": what the noun is of or for; "along" and
    "toward" may name what it is about ("water sharing along the Mekong", "actions toward Taiwan")."""
    assert not rule_marks(_pipeline(prep)).has("topic-setting", 5)


def test_rulematch_place_a_gathering_is_held_in():
    """"the talks in Doha" (``topic-gathering-place-name``); "the war in Doha" is no gathering."""
    def doc(noun: str):
        return make([("They", 1, "nsubj", "PRON", "PRP", "they", "O"),
                     ("discussed", 1, "ROOT", "VERB", "VBD", "discuss", "O"),
                     ("the", 3, "det", "DET", "DT", "the", "O"),
                     (noun, 1, "dobj", "NOUN", "NN", noun, "O"),
                     ("in", 3, "prep", "ADP", "IN", "in", "O"),
                     ("Doha", 4, "pobj", "PROPN", "NNP", "Doha", "B-GPE")])
    assert rule_marks(doc("talks")).rule("topic-setting", 5) == "topic-gathering-place-name"
    assert not rule_marks(doc("war")).has("topic-setting", 5)


@pytest.mark.parametrize("text, expected", [
    # a relative clause of the talks through a verb of saying: what the talks were about
    (MEETING + "The talks, which officials said focused on energy prices, lasted two hours.", {"energy prices"}),
    (MEETING + "Their meeting, which aides said centred on migration, ran late.", {"migration"}),
    (TALKS + "The talks, which diplomats said covered trade and visas, were cordial.", {"trade and visas"}),
    (TALKS + "The talks, which officials said focused on climate finance, ended without a statement.",
     {"climate finance"}),
    (MEETING + "The talks, which the ministry said had been planned for weeks, covered energy prices.",
     {"energy prices"}),
    (MINISTERS + "Their meeting, which officials said focused on maritime security, was brief.", {"maritime security"}),
    (MINISTERS + "The talks, which Indonesian officials said centred on fisheries, lasted an hour.", {"fisheries"}),
    (MINISTERS + "The visit, which officials said focused on climate finance, ends on Friday.", {"climate finance"}),
    # near misses: the relative clause is not the talks'
    (MEETING + "The report, which officials said focused on energy prices, was published later.", set()),
    (MEETING + "The bill, which critics said focused on migration, passed the Senate.", set()),
    (MINISTERS + "The treaty, which diplomats said covered fisheries, was signed in 1997.", set()),
])
def test_topicevents_talks_which_officials_said_focused_on(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def _said_focused(noun: str, relative_as: str, verb: str = "say"):
    """ "The <noun> , which officials said focused on trade" by hand; the relative word is the subject of "focused"
    (``nsubj``) or, as the parser may read it, the object of "said" (``dobj``)."""
    which_head, focus_dep = (5, "ccomp") if relative_as == "nsubj" else (4, "xcomp")
    return make([("The", 1, "det", "DET", "DT", "the", "O"), (noun, 1, "ROOT", "NOUN", "NNS", noun, "O"),
                 (",", 1, "punct", "PUNCT", ",", ",", "O"),
                 ("which", which_head, relative_as, "PRON", "WDT", "which", "O"),
                 ("said", 1, "relcl", "VERB", "VBD", verb, "O"),
                 ("focused", 4, focus_dep, "VERB", "VBD", "focus", "O"),
                 ("on", 5, "prep", "ADP", "IN", "on", "O"), ("trade", 6, "pobj", "NOUN", "NN", "trade", "O")])


@pytest.mark.parametrize("relative_as", ["nsubj", "dobj"])
def test_topicevents_subject_of_relative_through_saying(relative_as):
    from kg.extract.topicevents import subject_of

    assert subject_of(_said_focused("talks", relative_as)[5]).i == 1
    other = subject_of(_said_focused("reports", relative_as)[5])
    assert other is None or other.i != 1
    hoped = subject_of(_said_focused("talks", relative_as, verb="hope")[5])  # "the talks, which X hoped …"
    assert hoped is None or hoped.i != 1

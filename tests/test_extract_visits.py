"""A named person's visit to a place as an event of one participant (kg.extract.visits), and its topics; Docs built
by hand (words, heads, deps, POS, lemmas, entities) and sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract import context
from kg.model import Article

NLP = spacy.blank("en")


LEMMAS = {"made": "make", "visited": "visit", "troops": "troop"}


def make(words, heads, deps, pos, ents, tags):
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[LEMMAS.get(w, w.lower()) for w in words], ents=ents, tags=tags)


def _visits(actors, doc, events=()):
    from kg.extract.visits import with_visits

    ctx = context.build_context(doc, Article("t", doc.text), actors)
    found, anchors = with_visits(ctx, list(events), {})
    return [([p.name.split()[-1] for p in e.participants], e.kind, anchors[e.id]) for e in found]


MADE = (["Cheney", "made", "a", "visit", "to", "Iraq", "."], [1, 1, 3, 1, 3, 4, 1],
        ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        ["B-PERSON", "O", "O", "O", "O", "B-GPE", "O"], ["NNP", "VBD", "DT", "NN", "IN", "NNP", "."])


def test_visits_made_visit_to_a_place_is_an_event_of_one(actors):
    """Model-free: "Cheney made a visit to Iraq": the subject of the verb whose object is the visit is the visitor;
    the event has him alone, anchored at the noun."""
    assert _visits(actors, make(*MADE)) == [(["Cheney"], "visit", [3])]


def test_visits_a_person_visited_is_no_visit_of_one(actors):
    """Model-free: "Cheney made a visit to Maliki": a person visited makes a meeting of two (kg.extract.events),
    not a visit of one; "Cheney visited troops": the object is no place."""
    words = ["Cheney", "made", "a", "visit", "to", "Maliki", "."]
    ents = ["B-PERSON", "O", "O", "O", "O", "B-PERSON", "O"]
    assert _visits(actors, make(words, *MADE[1:4], ents, MADE[5])) == []
    troops = make(["Cheney", "visited", "troops", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
                  ["PROPN", "VERB", "NOUN", "PUNCT"], ["B-PERSON", "O", "O", "O"], ["NNP", "VBD", "NNS", "."])
    assert _visits(actors, troops) == []


def test_visits_visitor_of_another_event_has_none(actors):
    """Model-free: a person who takes part in an event of the article has no visit of his own."""
    from kg.model import Evidence, EventFact

    doc = make(*MADE)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    cheney = ctx.person(ctx.persons_at(doc[0])[0])
    met = EventFact("e1", "meeting", (cheney,), Evidence("t", doc.text, 0, 0, 6, "event:m-meet"))
    assert [e.id for e in _visits_events(actors, doc, [met])] == ["e1"]


def test_visits_visitor_of_a_planned_event_only_still_visits(actors):
    """Model-free: a person who takes part only in a planned event (``visit-unheld-kinds``: "X would also meet Y")
    still has his visit: the planned meeting has not taken place."""
    from kg.model import Evidence, EventFact

    doc = make(*MADE)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    cheney = ctx.person(ctx.persons_at(doc[0])[0])
    planned = EventFact("e1", "intent", (cheney,), Evidence("t", doc.text, 0, 0, 6, "event:m-meet+fut-aux"))
    assert [(e.id, e.kind) for e in _visits_events(actors, doc, [planned])] == [("e1", "intent"), ("e2", "visit")]


def _visits_events(actors, doc, events):
    from kg.extract.visits import with_visits

    ctx = context.build_context(doc, Article("t", doc.text), actors)
    return with_visits(ctx, events, {})[0]


@pytest.mark.parametrize("text, expected", [
    # what the visitor did on his visit is its topic
    ("Vice President Dick Cheney made a surprise visit to Iraq on Sunday, promoting the recent Iraqi election.",
     {"iraqi election"}),
    # a group or a country speaks for a meeting, not for one person's visit
    ("Chancellor Olaf Scholz visited Lisbon on Monday. German officials stressed the fishing quotas.", set()),
    # a visit's topics come from its own sentences, not from what the visitor discussed elsewhere
    ("Chancellor Olaf Scholz visited Lisbon on Monday. On Friday, Scholz discussed the pension reform in Berlin.",
     set()),
    ("Chancellor Olaf Scholz visited Lisbon on Monday to discuss the fishing quotas.", {"fishing quotas"}),
    # a planned meeting of the visitor does not cancel the visit that took place (visit-unheld-kinds)
    ("Prime Minister Ivan Petrov visited Hanoi on Tuesday, promoting rice exports. He will meet President Tran Duc "
     "on Friday.", {"rice exports"}),
])
def test_visits_topics(facts_of, text, expected):
    facts = facts_of(text)
    assert {t.topic.lower() for t in facts.topics} == expected


@pytest.mark.parametrize("rule, expected", [("event:visit-place", set()), ("event:m-visit", {1})])
def test_plover_consult_visit_trigger_left_to_the_rules(rule, expected):
    """Model-free: a meeting's trigger is not coded again by the PLOVER rules, but a person's visit to a place is
    (its rule gives the place's country as target, merged into the visit's CONSULT)."""
    from kg.extract.plover_consult import meeting_tokens
    from kg.model import Evidence, EventFact, Person

    doc = make(["Cheney", "visited", "Iraq", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "dobj", "punct"],
               ["PROPN", "VERB", "PROPN", "PUNCT"], ["B-PERSON", "O", "B-GPE", "O"], ["NNP", "VBD", "NNP", "."])
    visit = EventFact("e1", "visit", (Person("cheney", "Cheney"),), Evidence("t", doc.text, 0, 7, 14, rule))
    assert meeting_tokens(doc, [visit]) == expected


FLEW = (["Egeland", "flew", "to", "Beirut", "for", "a", "visit", "to", "Lebanon", "."],
        [1, 1, 1, 2, 1, 6, 4, 6, 7, 1],
        ["nsubj", "ROOT", "prep", "pobj", "prep", "det", "pobj", "prep", "pobj", "punct"],
        ["PROPN", "VERB", "ADP", "PROPN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
        ["B-PERSON", "O", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O"],
        ["NNP", "VBD", "IN", "NNP", "IN", "DT", "NN", "IN", "NNP", "."])


def _framed(words, heads, deps, pos, ents, tags, lemmas):
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents, tags=tags)


def test_visits_travel_verb_frames_the_visit_of_its_subject(actors):
    """Model-free: "Egeland flew to Beirut for a visit to Lebanon": a visit noun in a "for" phrase of a verb of
    travel (``visit-travel-verbs``, ``visit-travel-preps``) is the visit of the verb's subject; "thanked" is no
    travel verb, and "the visit" refers back to someone else's."""
    lemmas = ["Egeland", "fly", "to", "Beirut", "for", "a", "visit", "to", "Lebanon", "."]
    assert _visits(actors, _framed(*FLEW, lemmas)) == [(["Egeland"], "visit", [6])]
    thanked = _framed(*FLEW, ["Egeland", "thank", *lemmas[2:]])
    assert _visits(actors, thanked) == []
    back = _framed(FLEW[0][:5] + ["the"] + FLEW[0][6:], *FLEW[1:], lemmas)
    assert _visits(actors, back) == []


def test_visits_framing_verb_of_during_and_relative_made(actors):
    """Model-free: "during" frames a visit for any verb's subject ("Gates spoke during a visit to Kabul"), and the
    subject of a relative clause with a visit-making verb is the noun it describes ("Beckett, who made a visit to
    Baghdad, spoke")."""
    from kg.extract.visits import _framing_verb, _subject

    during = _framed(["Gates", "spoke", "during", "a", "visit", "to", "Kabul", "."], [1, 1, 1, 4, 2, 4, 5, 1],
                     ["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "punct"],
                     ["PROPN", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT"],
                     ["B-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O"], ["NNP", "VBD", "IN", "DT", "NN", "IN", "NNP", "."],
                     ["Gates", "speak", "during", "a", "visit", "to", "Kabul", "."])
    assert _framing_verb(during[4]).i == 1
    assert _visits(actors, during) == [(["Gates"], "visit", [4])]
    made = _framed(["Beckett", ",", "who", "made", "a", "visit", "to", "Baghdad", ",", "spoke", "."],
                   [9, 0, 3, 0, 5, 3, 5, 6, 0, 9, 9],
                   ["nsubj", "punct", "nsubj", "relcl", "det", "dobj", "prep", "pobj", "punct", "ROOT", "punct"],
                   ["PROPN", "PUNCT", "PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PUNCT"],
                   ["B-PERSON", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O"],
                   ["NNP", ",", "WP", "VBD", "DT", "NN", "IN", "NNP", ",", "VBD", "."],
                   ["Beckett", ",", "who", "make", "a", "visit", "to", "Baghdad", ",", "speak", "."])
    assert _subject(made[3]).i == 0
    assert _visits(actors, made) == [(["Beckett"], "visit", [5])]


@pytest.mark.parametrize("text, visitor, expected", [
    # a visit noun framed by the visitor's own clause is his visit, with its topics
    ("Chinese Premier Wen Jiabao arrived in New Delhi on Monday on a three-day visit to India, stressing the "
     "importance of trade ties.", "Wen Jiabao", {"trade ties"}),
    ("During his visit to Jakarta, Japanese Foreign Minister Taro Aso raised the issue of maritime security.",
     "Taro Aso", {"maritime security"}),
    ("German Chancellor Angela Merkel is in Paris on a state visit, focusing on the debt crisis.", "Angela Merkel",
     {"debt crisis"}),
    ("UN relief coordinator Jan Egeland flew to Beirut on Sunday for a two-day visit to Lebanon to discuss relief "
     "efforts.", "Jan Egeland", {"relief efforts"}),
    ("British Foreign Secretary Margaret Beckett, who made a surprise visit to Baghdad, said the trip went well.",
     "Margaret Beckett", set()),
    # near misses: no travel verb, a visit referred back to or made by another
    ("Senator John Kerry thanked the students for the visit and praised their work on climate change.", None, set()),
    ("Opposition leader Morgan Tsvangirai criticised the visit to Harare by the delegation.", None, set()),
    ("Prime Minister Ivan Petrov prepared for a visit to Hanoi, stressing rice exports.", None, set()),
    ("Prime Minister Ivan Petrov said the visit to Hanoi was a success.", None, set()),
])
def test_visits_framed_visit_noun(facts_of, text, visitor, expected):
    facts = facts_of(text)
    visits = [e for e in facts.events if e.evidence.rule == "event:visit-place"]
    assert [p.name for e in visits for p in e.participants] == ([visitor] if visitor else [])
    assert {t.topic.lower() for t in facts.topics} == expected


def test_visits_during_the_visit_stays_the_visitors(facts_of):
    """"During the visit" refers back to the visit named before: the minister who speaks there makes no visit."""
    facts = facts_of("Finnish President Tarja Halonen visited Riyadh on Sunday. During the visit, Foreign Minister "
                     "Alexander Stubb discussed trade.")
    assert [[p.name for p in e.participants] for e in facts.events] == [["Tarja Halonen"]]

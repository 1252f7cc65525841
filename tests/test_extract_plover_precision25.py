"""PLOVER precision on news (session 25): a comparative "greater" praises no one, a defendant's plea asks nothing,
a diplomat summoned is a complaint (ACCUSE) and no sanction, a legislature sitting is no consultation, a news
outlet that reports is no actor of the learned step, a travel warning to a state's own people threatens no one,
and private forgiveness or a plotted attack are no events.
Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover, plover_learned
from kg.extract.plover_consult import body_meets
from kg.model import Actor, Evidence, PoliticalEventFact

from test_extract_plover import coded, make_doc


def _said(adjective: str, lower_form: str) -> list[tuple]:
    """ "Kalvo said the plan gives Peru a <greater / great> voice ." """
    return [("Kalvo", "Kalvo", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("plan", "plan", "NOUN", "NN", "nsubj", 4),
            ("gives", "give", "VERB", "VBZ", "ccomp", 1), ("Peru", "Peru", "PROPN", "NNP", "dative", 4),
            ("a", "a", "DET", "DT", "det", 8), (lower_form, adjective, "ADJ", "JJR" if lower_form.endswith("er")
                                                 else "JJ", "amod", 8),
            ("voice", "voice", "NOUN", "NN", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_match_a_greater_thing_asked_for_praises_no_one():
    hits, _ = plover.match(make_doc(_said("great", "greater")))
    assert 1 not in hits or hits[1].pattern.id != "ph-support-evaluative"
    hits, _ = plover.match(make_doc(_said("great", "great")))
    assert hits[1].pattern.id == "ph-support-evaluative"


def _pleaded(rest: list[tuple]) -> list[tuple]:
    """ "Costa pleaded <rest> ." """
    return [("Costa", "Costa", "PROPN", "NNP", "nsubj", 1), ("pleaded", "plead", "VERB", "VBD", "ROOT", 1), *rest,
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_match_a_plea_of_guilty_or_not_guilty_requests_nothing():
    for rest in ([("guilty", "guilty", "ADJ", "JJ", "acomp", 1)],
                 [("not", "not", "PART", "RB", "neg", 3), ("guilty", "guilty", "ADJ", "JJ", "acomp", 1)]):
        doc = make_doc(_pleaded(rest))
        hits, _ = plover.match(doc)
        assert hits[1].pattern.id == "ph-request" and not plover._fits(doc[1], hits[1])
    doc = make_doc(_pleaded([("with", "with", "ADP", "IN", "prep", 1), ("Peru", "Peru", "PROPN", "NNP", "pobj", 2)]))
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-request" and plover._fits(doc[1], hits[1])  # "pleaded with Peru"


@pytest.mark.parametrize("verb, lemma, pattern, kind", [
    ("summoned", "summon", "ph-accuse-summon-envoy", "ACCUSE"),
    ("expelled", "expel", "ph-sanction-expel", "SANCTION"),
])
def test_plover_match_a_diplomat_summoned_is_a_complaint_one_expelled_a_sanction(verb, lemma, pattern, kind):
    doc = make_doc([("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1),
                    ("the", "the", "DET", "DT", "det", 3), ("ambassador", "ambassador", "NOUN", "NN", "dobj", 1),
                    (".", ".", "PUNCT", ".", "punct", 1)])
    hits, _ = plover.match(doc)
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == (pattern, kind)


def test_plover_consult_a_legislature_sitting_is_no_consultation():
    parliament = Actor(label="Peruvian parliament", country="PE", sector="LEG")
    assert not body_meets([parliament], [])
    assert not body_meets([Actor(label="Senate", country="US", sector="LEG")], [])
    assert body_meets([Actor(label="Peruvian Cabinet", country="PE", sector="GOV")], [])  # a cabinet still meets

    def learned(sources, targets=()):
        evidence = Evidence(article_id="t", sentence="s", start=0, end=1, sent_start=0, rule="learned:textcat")
        return PoliticalEventFact(id="p1", type="CONSULT", sources=tuple(sources), targets=tuple(targets),
                                  modality="future", evidence=evidence)
    assert plover_learned._sitting(learned([parliament]))  # the learned step leaves it out too
    assert not plover_learned._sitting(learned([parliament], [Actor(label="Chile", country="CL")]))
    assert not plover_learned._sitting(learned([Actor(label="Peruvian Cabinet", country="PE", sector="GOV")]))


@pytest.mark.parametrize("obj, lemma, fits", [("citizens", "citizen", False), ("nationals", "national", False),
                                               ("Chile", "Chile", True)])
def test_plover_match_a_travel_warning_to_a_states_own_people_threatens_no_one(obj, lemma, fits):
    """ "Peru warned its <citizens / nationals> ." is advice to its own people; "Peru warned Chile ." a threat."""
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("warned", "warn", "VERB", "VBD", "ROOT", 1)]
    if not fits:
        rows.append(("its", "its", "PRON", "PRP$", "poss", 3))
    rows += [(obj, lemma, "NOUN" if not fits else "PROPN", "NNS" if not fits else "NNP", "dobj", 1),
             (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(rows)
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-threaten-warn" and plover._fits(doc[1], hits[1]) is fits


def test_plover_learned_a_news_outlet_that_reports_is_no_actor():
    def learned(sources):
        evidence = Evidence(article_id="t", sentence="s", start=0, end=1, sent_start=0, rule="learned:textcat")
        return PoliticalEventFact(id="p1", type="ACCUSE", sources=tuple(sources),
                                  targets=(Actor(label="Chile", country="CL"),), modality="asserted", evidence=evidence)
    assert plover_learned._unfit(learned([Actor(label="Lima Times")]), [], [])  # "The Lima Times reported …"
    assert plover_learned._unfit(learned([Actor(label="Reuters")]), [], [])
    assert not plover_learned._unfit(learned([Actor(label="Peru", country="PE")]), [], [])


@pytest.mark.parametrize("rows", [
    # "Lopes forgave the driver ."
    [("Lopes", "Lopes", "PROPN", "NNP", "nsubj", 1), ("forgave", "forgive", "VERB", "VBD", "ROOT", 1),
     ("the", "the", "DET", "DT", "det", 3), ("driver", "driver", "NOUN", "NN", "dobj", 1),
     (".", ".", "PUNCT", ".", "punct", 1)],
    # "The group planned an attack ."
    [("The", "the", "DET", "DT", "det", 1), ("group", "group", "NOUN", "NN", "nsubj", 2),
     ("planned", "plan", "VERB", "VBD", "ROOT", 2), ("an", "an", "DET", "DT", "det", 4),
     ("attack", "attack", "NOUN", "NN", "dobj", 2), (".", ".", "PUNCT", ".", "punct", 2)],
])
def test_plover_match_forgiveness_or_a_plotted_attack_is_no_trigger(rows):
    hits, _ = plover.match(make_doc(rows))
    assert all(h.pattern.id not in ("pc-forgive", "pc-plan+attack") for h in hits.values())
    assert all(h.pattern.get("plover") not in ("SUPPORT", "THREATEN") for h in hits.values())


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", [
    ("President Ana Lopes of Peru said the reform would give the regions a greater voice.", "SUPPORT"),
    ("Senator Rui Costa of Chile pleaded guilty to fraud on Monday.", "REQUEST"),
    ("Senator Rui Costa of Chile pled not guilty to the charges.", "REQUEST"),
    ("The Peruvian parliament will meet on Thursday to debate the budget.", "CONSULT"),
    ("Her mother told reporters in Lima that she could never forgive the driver.", "SUPPORT"),
    ("Chilean prosecutors said the men had planned an attack on a bank in Santiago.", "THREATEN"),
    ("Peru summoned the Chilean ambassador on Tuesday.", "SANCTION"),
    ("The Peruvian government warned its citizens in Chile to keep a low profile during the protests.", "THREATEN"),
    ("The Lima Times has obtained a report which was sent to Chilean military leaders stating that Peruvian police "
     "had abused prisoners.", "ACCUSE"),
])
def test_plover_news_no_event_of_this_type(facts_of, text, kind):
    assert all(e.type != kind for e in facts_of(text).political_events), (text, coded(facts_of(text)))


@pytest.mark.slow
def test_plover_news_a_summoned_ambassador_is_a_complaint(facts_of):
    found = [c for c in coded(facts_of("Peru summoned the Chilean ambassador on Tuesday.")) if c[0] == "ACCUSE"]
    assert found and found[0][1] == {"PE"} and found[0][3] == "asserted", found

"""PLOVER precision on news (session 34): the demand a protest makes is the protest's. A REQUEST that hangs from a
PROTEST trigger ("marched … demanding", "took to the streets to demand", "rallied …, calling on …") is coded as the
PROTEST only (``plover-protest-demand-types``); a demand joined to the protest by "and" is its own. A date years
before the article on the verb an event noun is the subject or complement of ("In 2006, X was the target of an
attack"), or on the verb a gerund after a preposition hangs from ("became king in 1970 after overthrowing Y"), makes
the act historical.
Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg import lexicon
from kg.extract import plover
from kg.extract import plover_modality as pm

from test_extract_plover import coded, make_doc


def _marched(verb: tuple, dep: str) -> list[tuple]:
    """ "Farmers marched <verb> elections ." (the demand hangs from "marched" by ``dep``)"""
    return [("Farmers", "farmer", "NOUN", "NNS", "nsubj", 1), ("marched", "march", "VERB", "VBD", "ROOT", 1),
            (*verb, dep, 1), ("elections", "election", "NOUN", "NNS", "dobj", 2), (".", ".", "PUNCT", ".", "punct", 1)]


DEMANDING = ("demanding", "demand", "VERB", "VBG")


def test_plover_protest_demand_types_is_a_list_of_plover_types():
    assert lexicon.words("plover-protest-demand-types") == frozenset({"REQUEST"})


@pytest.mark.parametrize("dep, governor", [("advcl", "suppress"), ("xcomp", "suppress"), ("conj", None)])
def test_plover_governor_a_protest_s_demand_is_the_protest(dep, governor):
    doc = make_doc(_marched(DEMANDING, dep))
    hits, _ = plover.match(doc)
    assert hits[1].pattern.get("plover") == "PROTEST" and hits[2].pattern.get("plover") == "REQUEST"
    assert plover._governor(doc[2], hits) == governor
    assert plover._protest_demand(hits[2], hits[1]) and not plover._protest_demand(hits[1], hits[2])


def test_plover_governor_a_request_under_another_request_keeps_its_rule():
    # "Peru urged Chile to demand elections ." : the inner demand is what is urged (suppressed as before)
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("urged", "urge", "VERB", "VBD", "ROOT", 1),
            ("Chile", "Chile", "PROPN", "NNP", "dobj", 1), ("to", "to", "PART", "TO", "aux", 4),
            ("demand", "demand", "VERB", "VB", "xcomp", 1), ("elections", "election", "NOUN", "NNS", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(rows)
    hits, _ = plover.match(doc)
    assert not plover._protest_demand(hits[4], hits[1])
    assert plover._governor(doc[4], hits) == hits[1].pattern.get("inner")


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Thousands of protesters marched through Lima on Sunday demanding the resignation of Prime Minister Anton Marek.",
    "Hundreds of students took to the streets of Quito to demand the release of their teachers.",
])
def test_plover_news_a_protest_s_demand_is_no_request(facts_of, text):
    found = coded(facts_of(text))
    assert any(c[0] == "PROTEST" for c in found) and all(c[0] != "REQUEST" for c in found), (text, found)


@pytest.mark.slow
def test_plover_news_a_demand_joined_to_a_protest_is_its_own(facts_of):
    found = coded(facts_of("Protesters in Lima demonstrated outside parliament and demanded new elections."))
    assert {"PROTEST", "REQUEST"} <= {c[0] for c in found}, found


# "In 2006 , Lomar was the target of an attack ." (the date is on the verb the event noun is the complement of)
TARGET = [("In", "in", "ADP", "IN", "prep", 4), ("2006", "2006", "NUM", "CD", "pobj", 0),
          (",", ",", "PUNCT", ",", "punct", 4), ("Lomar", "Lomar", "PROPN", "NNP", "nsubj", 4),
          ("was", "be", "AUX", "VBD", "ROOT", 4), ("the", "the", "DET", "DT", "det", 6),
          ("target", "target", "NOUN", "NN", "attr", 4), ("of", "of", "ADP", "IN", "prep", 6),
          ("an", "an", "DET", "DT", "det", 9), ("attack", "attack", "NOUN", "NN", "pobj", 7),
          (".", ".", "PUNCT", ".", "punct", 4)]
# "Belk became king in 1970 after overthrowing Tamar ." (the act is a gerund after a preposition)
GERUND = [("Belk", "Belk", "PROPN", "NNP", "nsubj", 1), ("became", "become", "VERB", "VBD", "ROOT", 1),
          ("king", "king", "NOUN", "NN", "attr", 1), ("in", "in", "ADP", "IN", "prep", 1),
          ("1970", "1970", "NUM", "CD", "pobj", 3), ("after", "after", "ADP", "IN", "prep", 1),
          ("overthrowing", "overthrow", "VERB", "VBG", "pcomp", 5), ("Tamar", "Tamar", "PROPN", "NNP", "dobj", 6),
          (".", ".", "PUNCT", ".", "punct", 1)]


@pytest.mark.parametrize("rows, date_at, trigger", [(TARGET, 1, 9), (GERUND, 4, 6)])
def test_plover_modality_a_year_on_the_verb_an_act_hangs_from_is_historical(rows, date_at, trigger):
    ents = ["O"] * len(rows)
    ents[date_at] = "B-DATE"
    doc = make_doc(rows, ents=ents)
    _, marks = plover.match(doc)
    assert pm.modality(doc[trigger], marks, dt.date(2019, 9, 15)) == "historical"
    assert pm.modality(doc[trigger], marks, dt.date(1970, 9, 15)) == "asserted"  # the article's own year


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", [
    ("In 2006, the Lomar oil terminal was the target of an al-Qaeda suicide attack.", "ASSAULT"),
    ("Tomas Belk became president of Peru in 1992 after overthrowing his rival Anton Marek.", "COERCE"),
])
def test_plover_news_an_act_dated_years_back_on_its_governing_verb_is_historical(facts_of, text, kind):
    found = [c for c in coded(facts_of(text, date=dt.date(2019, 9, 15))) if c[0] == kind]
    assert found and all(c[3] == "historical" for c in found), (text, coded(facts_of(text)))

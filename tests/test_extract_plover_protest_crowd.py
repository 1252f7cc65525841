"""An act aimed at a protest is against its crowd (:func:`kg.extract.plover_unnamed.protest_crowd`, target rule
``protest-crowd``): model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import make_doc
from test_extract_plover_sources import _rows
from test_extract_plover_unnamed import _actors

from kg.extract import plover
from kg.extract import plover_unnamed as pu

# "Police banned the rally in Ankara ."
BANNED = _rows("Police/police/NOUN/NNS/nsubj/1 banned/ban/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
               "rally/rally/NOUN/NN/dobj/1 in/in/ADP/IN/prep/3 Ankara/Ankara/PROPN/NNP/pobj/4 ././PUNCT/./punct/1")
# "Police banned the book in Ankara ."
BOOK = [*BANNED[:3], ("book", "book", "NOUN", "NN", "dobj", 1), *BANNED[4:]]


def test_plover_protest_crowd_is_the_protesters_of_the_country_where_it_happens():
    doc = make_doc(BANNED, ["O"] * 5 + ["B-GPE", "O"])
    found = pu.protest_crowd(_actors(doc), [doc[3]])
    assert [(a.label, a.country, a.sector) for a in found] == [("protesters", "TR", "CVL")]
    doc = make_doc(BANNED[:4] + [(".", ".", "PUNCT", ".", "punct", 1)])  # "Police banned the rally ."
    assert [(a.label, a.country) for a in pu.protest_crowd(_actors(doc), [doc[3]])] == [("protesters", None)]


def test_plover_protest_crowd_none_for_an_object_that_is_no_protest():
    doc = make_doc(BOOK, ["O"] * 5 + ["B-GPE", "O"])
    assert pu.protest_crowd(_actors(doc), [doc[3]]) == []
    assert pu.protest_crowd(_actors(doc), []) == []


def test_plover_protest_crowd_is_the_target_even_of_the_sources_own_country():
    doc = make_doc(BANNED[:4] + [(".", ".", "PUNCT", ".", "punct", 1)])  # "Police banned the rally ." (in Turkey)
    hits, _ = plover.match(doc)
    kind, _, _, sources, targets = plover._coded(_actors(doc, ("TR",)), doc[1], hits, hits[1])
    assert kind == "COERCE" and [a.country for a in sources] == ["TR"]
    assert [(a.label, a.country, a.rule) for a in targets] == [("protesters", "TR", "protest-crowd")]


SENTENCES = [  # (sentence, event type, its targets as (label, country))
    ("The Egyptian president condemned the demonstrations in Cairo.", "ACCUSE", [("protesters", "EG")]),
    ("Prime Minister Lena Vasquez criticised the protest outside parliament in Lima.", "ACCUSE",
     [("protesters", "PE")]),
    ("The interior minister said police would no longer tolerate such protests.", "THREATEN", [("protesters", None)]),
    ("The government in Nairobi banned the rally planned for Saturday.", "COERCE", [("protesters", "KE")]),
    ("The Chilean president condemned the riots in Santiago.", "ACCUSE", [("protesters", "CL")]),
    ("Police in Minsk dispersed the demonstration with tear gas.", "COERCE", [("protesters", "BY")]),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "targets"), SENTENCES)
def test_plover_protest_crowd_sentences(facts_of, text, kind, targets):
    found = [(a.label, a.country) for e in facts_of(text).political_events if e.type == kind for a in e.targets]
    assert found == targets


NEAR_MISSES = [  # (sentence, event type): no protest-crowd target
    ("Students joined the protests against the new law.", "PROTEST"),  # a protest's own target is not its crowd
    ("The opposition called for a nationwide protest on Friday.", "PROTEST"),
    ("The Kenyan government warned the organisers of the march.", "THREATEN"),  # the object is named
    ("The minister condemned the attack on the embassy.", None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind"), NEAR_MISSES)
def test_plover_protest_crowd_near_misses(facts_of, text, kind):
    events = facts_of(text).political_events
    assert not any("protest-crowd" in e.evidence.target_rules for e in events)
    assert kind is None or any(e.type == kind for e in events)

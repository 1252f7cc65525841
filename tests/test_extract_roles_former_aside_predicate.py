"""A former post in an aside gives way to a predicate's post after it ("X, a former president of the court, was
named justice minister": ``appositions.aside_close`` passes an aside a ``former`` mark opens,
``mentions._past_post_predicate``). Model-free rule tests on hand-built Docs, then an integration table of sentences
written for these tests, with near misses."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.appositions import aside_close, past_aside
from kg.extract.rolestatus import listed

NLP = spacy.blank("en")
POS = {"NNP": "PROPN", ",": "PUNCT", "DT": "DET", "NN": "NOUN", "VBD": "AUX", "VBN": "VERB", "JJ": "ADJ",
       "IN": "ADP", ".": "PUNCT"}


def _doc(words, tags):
    return Doc(NLP.vocab, words=words, tags=tags, pos=[POS[t] for t in tags])


WORDS = ["Ola", "Berg", ",", "a", "former", "president", "of", "the", "court", ",", "was", "named", "justice",
         "minister", "."]
TAGS = ["NNP", "NNP", ",", "DT", "JJ", "NN", "IN", "DT", "NN", ",", "VBD", "VBN", "NN", "NN", "."]


def test_appositions_aside_close_passes_a_former_post():
    doc = _doc(WORDS, TAGS)
    assert aside_close(doc, 2) == 10
    assert past_aside(doc, 2) == 10  # the predicate "was named" follows the aside


def test_appositions_aside_close_stops_at_a_current_post():
    words = [w for w in WORDS if w != "former"]
    tags = [t for w, t in zip(WORDS, TAGS, strict=True) if w != "former"]
    doc = _doc(words, tags)
    assert aside_close(doc, 2) is None  # ", the president of the court," is an apposition, no aside
    assert past_aside(doc, 2) == 2


def roles(facts):
    """The roles the guide lists: held at the date, political or official (surname, role, country)."""
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


APPOINTMENTS = {
    # a former post in the aside, a current one in the predicate
    "Tom Hale, a former president of the Constitutional Court, was named justice minister of Italy.":
        {("Hale", "Justice Minister", "IT")},
    "Ana Ruiz, a former foreign minister, became finance minister of Peru on Monday.":
        {("Ruiz", "Finance Minister", "PE")},
    # near misses: a former post with no predicate, a current post in the apposition (no aside: the predicate unread)
    "Tom Hale, the former foreign minister of Peru, said he was tired.": set(),
    "Tom Hale, the president of the Senate of Peru, was named justice minister.": {("Hale", "President", "PE")},
}


@pytest.mark.parametrize("text", list(APPOINTMENTS))
def test_roles_former_aside_gives_way_to_the_predicate(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2021, 2, 13))) == APPOINTMENTS[text]

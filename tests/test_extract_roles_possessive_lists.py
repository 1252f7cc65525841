"""A singular title whose country the text writes before it goes down a list of names that each open with their
own country's possessive: "Argentine President A, Brazil's B and Uruguay's C" (rule ``possessive-list``,
:func:`kg.extract.plural_lists.possessive_lists`)."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.mentions import named_mentions
from kg.extract.rolestatus import listed

NLP = spacy.blank("en")

WORDS = ["Argentine", "President", "Ana", "Ruiz", ",", "Brazil", "'s", "Rosa", "Lima", "and", "Uruguay", "'s", "José",
         "Mora", "spoke", "."]
ENTS = ["B-NORP", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O",
        "B-PERSON", "I-PERSON", "O", "O"]
POS = ["ADJ", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PART", "PROPN", "PROPN", "CCONJ", "PROPN", "PART", "PROPN",
       "PROPN", "VERB", "PUNCT"]


def _posts(words, ents, pos):
    doc = Doc(NLP.vocab, words=words, ents=ents, pos=pos)
    return [(m.name, m.role, m.country) for m in named_mentions(doc)]


def test_plural_lists_possessive_list_shares_the_title_with_each_own_country():
    assert _posts(WORDS, ENTS, POS) == [("Ana Ruiz", "President", "AR"), ("Rosa Lima", "President", "BR"),
                                        ("José Mora", "President", "UY")]


def test_plural_lists_possessive_list_needs_the_country_before_the_title():
    # "President Ana Ruiz, Brazil's Rosa Lima and …": the first title has no country written before it
    words, ents, pos = WORDS[1:], ENTS[1:], POS[1:]
    assert [p for p in _posts(words, ents, pos) if p[0] != "Ana Ruiz"] == [("Rosa Lima", None, None),
                                                                           ("José Mora", None, None)]


def test_plural_lists_possessive_list_stops_at_a_verb_or_a_name_without_possessive():
    # "Argentine President Ana Ruiz said Brazil's Rosa Lima …": a verb, not a list, between the names
    words, pos = [*WORDS[:4], "said", *WORDS[5:]], [*POS[:4], "VERB", *POS[5:]]
    assert _posts(words, ENTS, pos)[1] == ("Rosa Lima", None, None)
    # "Argentine President Ana Ruiz, Rosa Lima and Uruguay's José Mora": the second name has no possessive
    words = [*WORDS[:5], *WORDS[7:]]
    ents, pos = [*ENTS[:5], *ENTS[7:]], [*POS[:5], *POS[7:]]
    assert _posts(words, ents, pos)[1:] == [("Rosa Lima", None, None), ("José Mora", None, None)]


def test_plural_lists_possessive_list_not_after_a_list_of_other_titles():
    # "Kerry, British Foreign Secretary Tom Hale, Germany's Rosa Lima and …": the list began before the titled
    # name, with other titles; its possessive names need not share the last title
    words = ["Kerry", ",", "British", "Foreign", "Secretary", "Tom", "Hale", ",", "Germany", "'s", "Rosa", "Lima",
             "and", "China", "'s", "Wang", "Yi", "."]
    ents = ["B-PERSON", "O", "B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-PERSON", "I-PERSON",
            "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O"]
    doc = Doc(NLP.vocab, words=words, ents=ents)
    assert [(m.name, m.role) for m in named_mentions(doc)][1:] == [("Tom Hale", "Foreign Secretary"),
                                                                  ("Rosa Lima", None), ("Wang Yi", None)]
    words[:2] = ["The", "meeting"]  # no name listed before the titled one: the title goes down the list
    ents[:2] = ["O", "O"]
    doc = Doc(NLP.vocab, words=words, ents=ents)
    assert [(m.name, m.role, m.country) for m in named_mentions(doc)] == [
        ("Tom Hale", "Foreign Secretary", "GB"), ("Rosa Lima", "Foreign Secretary", "DE"),
        ("Wang Yi", "Foreign Secretary", "CN")]


def roles(facts):
    """The roles the guide lists: held at the date, political or official (surname, role, country)."""
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


POSSESSIVE_LISTS = {
    "Argentine President Carla Vidal, Brazil's Rosa Lima and Uruguay's Jorge Mora took the decision on Friday.":
        {("Vidal", "President", "AR"), ("Lima", "President", "BR"), ("Mora", "President", "UY")},
    "Kenyan Foreign Minister Ruth Wanjiku and Uganda's Paul Okello signed the border accord in Nairobi.":
        {("Wanjiku", "Foreign Minister", "KE"), ("Okello", "Foreign Minister", "UG")},
    # near misses: a verb between the names, no possessive on the listed name, a list of other titles before
    "The talks brought together Russian Foreign Minister Ivan Popov, British Foreign Secretary Philip Hale, Germany's "
    "Jan Vogel and China's Wang Lei.": {("Popov", "Foreign Minister", "RU"), ("Hale", "Foreign Secretary", "GB")},
    "Kenyan Foreign Minister Ruth Wanjiku said Uganda's Paul Okello had agreed to the border accord.":
        {("Wanjiku", "Foreign Minister", "KE")},
    "Kenyan Foreign Minister Ruth Wanjiku and Paul Okello, a Ugandan businessman, toured the market in Nairobi.":
        {("Wanjiku", "Foreign Minister", "KE")},
}


@pytest.mark.parametrize("text", list(POSSESSIVE_LISTS))
def test_roles_possessive_list_after_a_titled_name(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2012, 6, 29))) == POSSESSIVE_LISTS[text]

"""A titled name listed after a plural noun of a side's members that a country opens ("seven Russian officials,
among them Deputy Prime Minister X"): the title is that country's post (``mentions.group_country``). Model-free rule
tests on hand-built Docs, then an integration table of sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.mentions import group_country
from kg.extract.rolestatus import listed

NLP = spacy.blank("en")


def _doc(words: list[str]) -> Doc:
    return Doc(NLP.vocab, words=words)


def test_mentions_group_country_reads_the_country_before_the_members_noun():
    words = ["seven", "Russian", "officials", ",", "among", "them", "Deputy", "Prime", "Minister", "Ivan", "Popov"]
    assert group_country(_doc(words), 6) == "RU"  # "among them" after the comma
    words = ["several", "Russian", "officials", "including", "Deputy", "Prime", "Minister", "Ivan", "Popov"]
    assert group_country(_doc(words), 4) == "RU"  # "including" right after the noun


def test_mentions_group_country_needs_a_members_noun_a_lead_and_a_country():
    words = ["several", "Russian", "companies", ",", "including", "Deputy", "Minister", "Ivan", "Popov"]
    assert group_country(_doc(words), 5) is None  # not a noun of a side's members
    words = ["several", "senior", "officials", ",", "including", "Deputy", "Minister", "Ivan", "Popov"]
    assert group_country(_doc(words), 5) is None  # no country before the noun
    words = ["Russian", "officials", "met", "Deputy", "Minister", "Ivan", "Popov"]
    assert group_country(_doc(words), 3) is None  # no lead word between the noun and the title


def roles(facts):
    """The roles the guide lists: held at the date, political or official (surname, role, country)."""
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


GROUPS = {
    # the country before the members' noun gives the listed title's country, not the article's first leader's
    "WASHINGTON - President Barack Obama signed an order targeting seven Russian officials, among them Deputy Prime "
    "Minister Ivan Popov.": {("Obama", "President", "US"), ("Popov", "Deputy Prime Minister", "RU")},
    "WASHINGTON - The sanctions hit several senior Russian officials, including Deputy Prime Minister Ivan Popov.":
        {("Popov", "Deputy Prime Minister", "RU")},
    # near misses: the title's own country stands; a noun of no side's members gives none
    "WASHINGTON - Several Russian officials, including US Ambassador John Tefft, attended.":
        {("Tefft", "Ambassador", "US")},
    "WASHINGTON - President Barack Obama said Russian officials met Deputy Secretary of State William Burns.":
        {("Obama", "President", "US"), ("Burns", "Deputy Secretary of State", "US")},
}


@pytest.mark.parametrize("text", list(GROUPS))
def test_roles_group_country_integration(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2014, 3, 17))) == GROUPS[text]


MINISTER_PRESIDENTS = {
    # the head of a German or Belgian region: Minister-President, either spelling (rows t-minister-president*)
    "BERLIN - Bavarian Minister-President Horst Seehofer said the talks had failed.":
        {("Seehofer", "Minister-President", "DE")},
    "BRUSSELS - Belgian Minister President Rudi Vervoort spoke.":
        {("Vervoort", "Minister-President", "BE")},
    # near misses: a former holder; a bare President stays President
    "BERLIN - On Monday the former Minister-President Kurt Beck spoke.": set(),
    "BERLIN - President Frank-Walter Steinmeier spoke.": {("Steinmeier", "President", "DE")},
}


@pytest.mark.parametrize("text", list(MINISTER_PRESIDENTS))
def test_roles_minister_president_integration(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2017, 11, 20))) == MINISTER_PRESIDENTS[text]

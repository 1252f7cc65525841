"""A portfolio's possessive before a post ("Women's Affairs Minister X": ``possessive-portfolio-words``,
kg.extract.title_patterns._possessive_portfolio) and the British secretaries of state written in full ("Secretary
of State for Foreign and Commonwealth Affairs X" is the Foreign Secretary: rows ``t-sos-fco``, ``t-sos-fcdo``,
``t-fco-secretary``, ``t-sos-defence``, ``t-sos-home`` of ``titles.tsv``). A model-free rule test on hand-built
Docs, then an integration table of sentences written for these tests, with near misses."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.rolestatus import listed
from kg.extract.title_patterns import _portfolio_run, _possessive_portfolio

NLP = spacy.blank("en")


def _doc(words, pos):
    return Doc(NLP.vocab, words=words, pos=pos)


def test_title_patterns_possessive_portfolio_counts_as_one_word():
    doc = _doc(["and", "Women", "'s", "Affairs", "Minister", "Fatin", "Rahman"],
               ["CCONJ", "NOUN", "PART", "PROPN", "PROPN", "PROPN", "PROPN"])
    assert _possessive_portfolio(doc, 2)
    assert _portfolio_run(doc, 4) == 1  # "Women's Affairs": two portfolio words, the possessive one of them


def test_title_patterns_possessive_of_a_party_is_no_portfolio():
    doc = _doc(["Labour", "'s", "Health", "Minister", "Ana", "Ruiz"],
               ["PROPN", "PART", "PROPN", "PROPN", "PROPN", "PROPN"])
    assert not _possessive_portfolio(doc, 1)
    assert _portfolio_run(doc, 3) == 2  # "Health" only
    lower = _doc(["the", "women", "'s", "minister"], ["DET", "NOUN", "PART", "NOUN"])
    assert not _possessive_portfolio(lower, 2)  # lower case: "the women's minister" names no portfolio


def roles(facts):
    """The roles the guide lists: held at the date, political or official (surname, role, country)."""
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


PORTFOLIOS = {
    "The cabinet includes Human Rights Minister Sara Mikaeil and Women's Affairs Minister Lina Rahman.":
        {("Mikaeil", "Human Rights Minister", None), ("Rahman", "Women's Affairs Minister", None)},
    "Veterans' Affairs Minister Tom Hale said the plan was sound.": {("Hale", "Veterans' Affairs Minister", None)},
    "UK Secretary of State for Foreign and Commonwealth Affairs Tom Hale denied the report.":
        {("Hale", "Foreign Secretary", "GB")},
    "The Secretary of State for Defence, Ian Reid, visited the troops.": {("Reid", "Defence Secretary", "GB")},
    "The Secretary of State for the Home Department, Ana Ruiz, answered questions.":
        {("Ruiz", "Home Secretary", "GB")},
    # near misses: a party's possessive, a person's, the bare Secretary of State, a former holder
    "Labour's Health Minister Ana Ruiz said the plan was sound.": {("Ruiz", "Health Minister", None)},
    "Secretary of State Ana Ruiz visited Mexico.": {("Ruiz", "Secretary of State", None)},
    "Former Secretary of State for Defence Ian Reid wrote a book.": set(),
}


@pytest.mark.parametrize("text", list(PORTFOLIOS))
def test_roles_possessive_and_uk_secretary_portfolios(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2009, 6, 14))) == PORTFOLIOS[text]

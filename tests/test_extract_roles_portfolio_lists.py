"""Ministers news names by a lower-case portfolio ("the agriculture minister", ``lowercase-portfolio-words``), plural
portfolio titles (rows ``t-<portfolio>-ministers``), and names listed after a plural title, each with his own
country's possessive or "of" phrase ("The defence ministers, Kenya's A and Uganda's B", kg.extract.plural_lists).
Model-free rule tests on hand-built Docs, then integration tables of sentences written for these tests, with near
misses: party and rank words before "minister", company and university posts, former holders."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.plural_lists import _past_tail
from kg.extract.rolestatus import listed
from kg.extract.title_patterns import _named_portfolio_word

NLP = spacy.blank("en")


def _doc(words, pos):
    return Doc(NLP.vocab, words=words, pos=pos)


def test_title_patterns_lowercase_portfolio_word_is_a_listed_word_only():
    doc = _doc(["the", "agriculture", "minister", "the", "senior", "minister", "the", "labour", "minister"],
               ["DET", "NOUN", "NOUN", "DET", "ADJ", "NOUN", "DET", "NOUN", "NOUN"])
    assert _named_portfolio_word(doc[1])
    assert not _named_portfolio_word(doc[4])  # a rank, not a portfolio
    assert not _named_portfolio_word(doc[7])  # lower-case 'labour' may be a party's: not listed


def test_plural_lists_past_tail_skips_of_the_two_countries():
    doc = _doc(["The", "fisheries", "ministers", "of", "the", "two", "countries", ","],
               ["DET", "NOUN", "NOUN", "ADP", "DET", "NUM", "NOUN", "PUNCT"])
    assert _past_tail(doc, 7) == 3
    other = _doc(["The", "ministers", "of", "the", "two", "companies", ","],
                 ["DET", "NOUN", "ADP", "DET", "NUM", "NOUN", "PUNCT"])
    assert _past_tail(other, 6) == 6  # "companies" is no tail of countries


def roles(facts):
    """The roles the guide lists: held at the date, political or official (surname, role, country)."""
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


PORTFOLIOS = {
    # after a name, or with no country before it, the portfolio leads; before a name, after a country,
    # pre_portfolio reads it as before ("Minister for Transport", the same role to the scorer)
    "He was greeted on arrival by Tomas Vidal, the Chilean agriculture minister.":
        {("Vidal", "Agriculture Minister", "CL")},
    "Chile's transport minister, Ana Ruiz, said the new line would open in May.":
        {("Ruiz", "Minister for Transport", "CL")},
    "Peru's tourism minister, Luis Vera, welcomed the decision.": {("Vera", "Minister for Tourism", "PE")},
    "Kwame Boateng, Ghana's fisheries minister, signed the accord on Friday.":
        {("Boateng", "Fisheries Minister", "GH")},
    "The Kenyan water minister Peter Otieno toured the dam.": {("Otieno", "Minister for Water", "KE")},
    "Britain's culture secretary, Anna Reid, defended the licence fee.": {("Reid", "Culture Secretary", "GB")},
    # near misses: a party's minister, a rank, a company's director, a former holder
    "Tom Hale, a senior minister, met the delegation.": set(),
    "Anna Berg, the company's information director, resigned.": set(),
    "Kenya's former agriculture minister, Peter Otieno, joined a bank.": set(),
}


@pytest.mark.parametrize("text", list(PORTFOLIOS))
def test_title_patterns_lowercase_portfolio_before_minister(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2021, 3, 4))) == PORTFOLIOS[text]


LISTS = {
    "The defence ministers, Kenya's Peter Otieno and Uganda's Sam Okello, signed the accord.":
        {("Otieno", "Defence Minister", "KE"), ("Okello", "Defence Minister", "UG")},
    "The fisheries ministers, Chile's Ana Ruiz and Peru's Luis Vera, also attended the talks.":
        {("Ruiz", "Fisheries Minister", "CL"), ("Vera", "Fisheries Minister", "PE")},
    "The foreign ministers of the two countries, Chile's Ana Ruiz and Peru's Luis Vera, will meet in Lima.":
        {("Ruiz", "Foreign Minister", "CL"), ("Vera", "Foreign Minister", "PE")},
    "Their talks followed a meeting of the four countries' foreign ministers: Egypt's Sameh Wahba, Saudi Arabia's "
    "Adel Tarik, Sheikh Abdullah Nasser of the UAE and Bahrain's Sheikh Khalid Ahmed.":
        {("Wahba", "Foreign Minister", "EG"), ("Tarik", "Foreign Minister", "SA"),
         ("Nasser", "Foreign Minister", "AE"), ("Ahmed", "Foreign Minister", "BH")},
    "The health ministers — Ghana's Kofi Mensah and Togo's Yao Agbeko — opened the clinic.":
        {("Mensah", "Health Minister", "GH"), ("Agbeko", "Health Minister", "TG")},
    # near misses: former holders, a company's chiefs, a university's presidents, no plural title
    "The former foreign ministers of the two countries, Chile's Ana Ruiz and Peru's Luis Vera, wrote a letter.": set(),
    "The chief executives of the two companies, Chile's Ana Ruiz and Peru's Luis Vera, signed the merger.": set(),
    "The university presidents, Chile's Ana Ruiz and Peru's Luis Vera, signed the exchange pact.": set(),
    "The delegations, Chile's Ana Ruiz and Peru's Luis Vera among them, arrived on Monday.": set(),
}


@pytest.mark.parametrize("text", list(LISTS))
def test_plural_lists_names_with_their_own_countries(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2021, 3, 4))) == LISTS[text]


ROWS = {
    # rows t-state-secretary, t-head-of-government, t-chief-secretary, t-deputy-head-of-mission
    "State Secretary Jonas Berg of Norway said Oslo would host the talks.": {("Berg", "State Secretary", "NO")},
    "Morocco's head of government, Saad Alami, received the delegation.": {("Alami", "Head of Government", "MA")},
    "Mexico's deputy head of mission, Roberto Campos, was thrown to the ground.":
        {("Campos", "Deputy Head of Mission", "MX")},
    "Hong Kong's chief secretary, Matthew Lau, said the bill was dead.": {("Lau", "Chief Secretary", "HK")},
    # near misses: a former holder, a club's secretary, a plural with no name
    "Anna Lind, the state secretary of a football club, resigned.": set(),
    "Heads of state and government gathered in Addis Ababa on Sunday.": set(),
    "The former head of government Abdul Abubakar led the mission.": set(),
}


@pytest.mark.parametrize("text", list(ROWS))
def test_titles_rows_for_officials_below_and_beside_ministers(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2021, 3, 4))) == ROWS[text]


LOWER_POSTS = {
    # a lower-case portfolio word leads only a minister's or a secretary's post (lowercase-portfolio-posts)
    "Trump campaign communications director Tom Reed said the rally would go ahead.": set(),
    "Anna Berg, the technology director, left the firm in May.": set(),
    "Its transport secretary, Anna Reid, said the trains would run.": {("Reid", "Transport Secretary", None)},
}


@pytest.mark.parametrize("text", list(LOWER_POSTS))
def test_title_patterns_lowercase_portfolio_leads_only_state_posts(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2021, 3, 4))) == LOWER_POSTS[text]

"""Countries given in order down a plural title's list ("Foreign Ministers A and B of Ghana and Nigeria", "the
foreign ministers of Colombia, Brazil and Ecuador — A, B and C —": ``kg.extract.respective``, pattern
``respective-of``); a named counterpart of a President or Speaker holds that post in his own country
(``kg.extract.counterparts``); envoys' remits after "on" and chief mediators (``posted-to-preps``,
``t-chief-mediator``); a party's parliamentary leader holds a party post (``t-parliamentary-leader``). Model-free
helper tests on hand-built Docs, and integration tables of sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.counterparts import _national_titles
from kg.extract.respective import listed_countries
from kg.extract.rolestatus import listed

NLP = spacy.blank("en")


def _doc(words: list[str]) -> Doc:
    return Doc(NLP.vocab, words=words, pos=["PROPN" if w[:1].isupper() else "CCONJ" if w == "and" else "PUNCT"
                                            for w in words])


def test_respective_listed_countries_reads_a_list_of_two_or_more():
    codes, end = listed_countries(_doc(["Ghana", ",", "Nigeria", "and", "Senegal", ":", "Kofi"]), 0)
    assert (codes, end) == (["GH", "NG", "SN"], 5)
    codes, end = listed_countries(_doc(["Japan", "and", "South", "Korea", ",", "Kenji"]), 0)
    assert (codes, end) == (["JP", "KR"], 4)


def test_respective_listed_countries_needs_two_distinct_countries_and_no_possessive():
    assert listed_countries(_doc(["Ghana", ",", "Kofi"]), 0)[0] == []  # one country
    assert listed_countries(_doc(["Ghana", "and", "Ghana"]), 0)[0] == []  # named twice
    assert listed_countries(_doc(["France", "and", "Germany", "'s", "Coalition"]), 0)[0] == []
    assert listed_countries(_doc(["Ohio", "and", "Texas"]), 0)[0] == []  # no countries


def test_counterparts_national_titles_keeps_only_one_countrys_posts():
    national = _national_titles()
    assert "Secretary of State" in national  # only the US's
    assert "President" not in national  # the EU's and the World Bank's, but every republic's too
    assert "Speaker" not in national


def roles(facts):
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


RESPECTIVE = {
    "Defence Ministers Jean Dupont and Klaus Weber of France and Germany met in Paris.":
        {("Dupont", "Defence Minister", "FR"), ("Weber", "Defence Minister", "DE")},
    "Foreign Ministers Jean Dupont, Klaus Weber and Amina Yusuf of France, Germany and Nigeria met in Paris.":
        {("Dupont", "Foreign Minister", "FR"), ("Weber", "Foreign Minister", "DE"), ("Yusuf", "Foreign Minister", "NG")},
    "The foreign ministers of Ghana and Nigeria, Kofi Boateng and Amina Yusuf, signed the accord.":
        {("Boateng", "Foreign Minister", "GH"), ("Yusuf", "Foreign Minister", "NG")},
    "The talks were joined by the defence ministers of France and Germany, Jean Dupont and Klaus Weber.":
        {("Dupont", "Defence Minister", "FR"), ("Weber", "Defence Minister", "DE")},
    "The meeting was attended by the foreign ministers of Colombia, Brazil and Ecuador — Maria Lopez, Carlos Silva "
    "and Juan Perez — acting as witnesses.":
        {("Lopez", "Foreign Minister", "CO"), ("Silva", "Foreign Minister", "BR"), ("Perez", "Foreign Minister", "EC")},
    "Present were the finance ministers of Ghana, Nigeria and Senegal: Kofi Boateng, Amina Yusuf and Moussa Diallo.":
        {("Boateng", "Finance Minister", "GH"), ("Yusuf", "Finance Minister", "NG"),
         ("Diallo", "Finance Minister", "SN")},
    # near misses: each name's own country, a list of another length, no countries, no plural title
    "Presidents Juan Perez of Chile and Carlos Silva of Peru met in Lima.":
        {("Perez", "President", "CL"), ("Silva", "President", "PE")},
    "Foreign Ministers Jean Dupont and Klaus Weber of the two countries met in Paris.":
        {("Dupont", "Foreign Minister", None), ("Weber", "Foreign Minister", None)},
    "The meeting brought together representatives of France and Germany, Jean Dupont and Klaus Weber.": set(),
}


@pytest.mark.parametrize("text", list(RESPECTIVE))
def test_roles_respective_countries_go_in_order_down_a_plural_title(facts_of, text):
    assert roles(facts_of(text)) == RESPECTIVE[text]


COUNTERPARTS_AND_ENVOYS = {
    "Kenyan President Daniel Omondi hosted his Ugandan counterpart, Samuel Okello, at State House.":
        {("Omondi", "President", "KE"), ("Okello", "President", "UG")},
    "Foreign Minister Tarek Obeidi of Tunisia met his Indonesian counterpart, Sari Wulandari, in Jakarta.":
        {("Obeidi", "Foreign Minister", "TN"), ("Wulandari", "Foreign Minister", "ID")},
    "The United Nations special envoy on Yemen, Hans Lindqvist, held talks with the president on Thursday.":
        {("Lindqvist", "Special Envoy", "UN")},
    "IGAD's chief mediator, Tesfaye Alemu, sat alongside the prime minister.": {("Alemu", "Chief Mediator", "IGAD")},
    "The African Union's chief mediator, Kwame Asante, said both sides had agreed.":
        {("Asante", "Chief Mediator", "AFU")},
    # near misses: a post of one country only has no foreign counterpart; former holders; company posts
    "Secretary of State Mark Dale met his Russian counterpart, Ivan Sorokin, in Geneva.":
        {("Dale", "Secretary of State", None)},
    "The former UN special envoy on Yemen, Hans Lindqvist, criticised the talks.": set(),
    "A company envoy, John Smith, visited the mine.": set(),
}


@pytest.mark.parametrize("text", list(COUNTERPARTS_AND_ENVOYS))
def test_roles_counterparts_of_shared_posts_and_envoys_remits(facts_of, text):
    assert roles(facts_of(text)) == COUNTERPARTS_AND_ENVOYS[text]


PARTY_LEADERS = {
    # a relative clause of leading on a name's short description, and a perfect of leading dated by "since"
    "Rahmat Hidayat, a former army general who leads the Gerindra party, accused the president of weakness.":
        {("Hidayat", "Leader", None)},
    "Maria Lopez, a lawyer who leads the Green Party, criticised the plan.": {("Lopez", "Leader", None)},
    "Anna Berg, who has led the Christian Democratic Union since 2000, said she regretted the outcome.":
        {("Berg", "Leader", "DE")},
    "Paul Okoye, who heads the opposition Labour Party, rejected the budget.": {("Okoye", "Leader", None)},
    # near misses: no party led, a past leader, a perfect without "since"
    "Tom Reed, a diplomat who leads the delegation, arrived on Monday.": set(),
    "Kofi Mensah, an economist who heads the central bank, warned of inflation.": set(),
    "Jane Ode, who led the Labour Party until 2019, spoke at the rally.": set(),
    "Jan Smit, who has led the Labour Party to three victories, spoke at the rally.": set(),
}


@pytest.mark.parametrize("text", list(PARTY_LEADERS))
def test_roles_party_leaders_from_relative_clauses(facts_of, text):
    assert roles(facts_of(text)) == PARTY_LEADERS[text]


def test_roles_chief_mediator_takes_no_article_country(facts_of):
    text = ("NAIROBI — Kenya's President Daniel Omondi and opposition leader Peter Kamau signed a deal in Nairobi "
            "after talks with chief mediator Kwame Asante. Kenya's parliament will vote on it, and Kenya's police "
            "were deployed.")
    assert ("Asante", "Chief Mediator", None) in roles(facts_of(text))
    assert ("Kamau", "Opposition Leader", "KE") in roles(facts_of(text))


PARLIAMENTARY_LEADERS = {
    # a party's parliamentary leader holds a party post, which the guide does not list
    "Anna Berg, the SPD's parliamentary leader, told delegates to back the deal.": set(),
    "SPD parliamentary leader Anna Berg told delegates to back the deal.": set(),
    "The party's parliamentary group leader, Anna Berg, told delegates to back the deal.": set(),
    # near misses: the party's leader, and a government's parliamentary secretary
    "Anna Berg, the SPD's leader, told delegates to back the deal.": {("Berg", "Leader", None)},
    "Parliamentary Secretary Anna Berg said the bill would pass.": {("Berg", "Parliamentary Secretary", None)},
}


@pytest.mark.parametrize("text", list(PARLIAMENTARY_LEADERS))
def test_roles_parliamentary_leaders_are_party_posts(facts_of, text):
    assert roles(facts_of(text)) == PARLIAMENTARY_LEADERS[text]

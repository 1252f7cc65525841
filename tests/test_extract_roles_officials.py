"""Officials below minister level as news names them before or after the name: a foreign-policy adviser serving a
head (rows ``t-foreign-policy-adviser*``, ``t-chief-foreign-policy-adviser*``), a consul general posted abroad
(``t-consul-general*``), a state minister (``t-state-minister``), and a minister's lower-case portfolio right before
", NAME" (``state-only-posts``: a minister is a state's post, so any portfolio words may follow it). Near misses:
former holders, a company's director of finance, a club's secretary. An integration table of sentences written
for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.rolestatus import listed


def roles(facts):
    """The roles the guide lists: held at the date, political or official (surname, role, country)."""
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


OFFICIALS = {
    # a foreign-policy adviser serves a head, whose country he shares
    "Yuri Orlov, Putin's foreign policy adviser, said the Russian leader had complained.":
        {("Orlov", "Foreign Policy Adviser", "RU"), ("Putin", "President", "RU")},
    "Hikmat Aliyev, foreign policy adviser to President Ilham Aliyev, rejected the claims.":
        {("Aliyev", "Foreign Policy Adviser", "AZ"), ("Aliyev", "President", "AZ")},
    "Celso Moreira, the chief foreign-policy adviser to Brazil's President Luiz Inácio Lula da Silva, attended.":
        {("Moreira", "Chief Foreign Policy Adviser", "BR"), ("Silva", "President", "BR")},
    # a consul general is his own country's, not the city's he is posted to
    "Chile's consul general in La Paz, Rodrigo Mena, also attended the talks.": {("Mena", "Consul General", "CL")},
    "Anna Berg, Sweden's consul-general in Istanbul, visited the prison.": {("Berg", "Consul General", "SE")},
    # a state minister
    "Uganda's state minister, Rose Akello, said Kampala would release the detainees.":
        {("Akello", "State Minister", "UG")},
    # a minister's lower-case portfolio before ", NAME"
    "Bolivia's deputy minister for foreign trade, Marcela Quispe, also attended.":
        {("Quispe", "Deputy Minister for Foreign Trade", "BO")},
    "Ghana's minister for regional integration, Kofi Mensah, arrived in Lome.":
        {("Mensah", "Minister for Regional Integration", "GH")},
    "Peru's vice minister of mines, Luis Vera, toured the site.": {("Vera", "Vice Mines Minister", "PE")},
    # near misses: former holders, a company's director of finance, a club's secretary, a policy adviser at a bank
    "Tom Hale, a former foreign policy adviser to President Ilham Aliyev of Azerbaijan, wrote a book.":
        {("Aliyev", "President", "AZ")},
    "The firm's director of finance, Ana Ruiz, resigned on Monday.": set(),
    "Ola Berg, secretary of the chess club, announced the results.": set(),
    "Kenya's former deputy minister for foreign trade, Peter Mwangi, joined a bank.": set(),
}


@pytest.mark.parametrize("text", list(OFFICIALS))
def test_roles_officials_below_minister_level(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2021, 3, 4))) == OFFICIALS[text]


COUNTERPARTS = {
    # a country of two words before "counterpart" ("Solomon" hung on "Islands"): kg.extract.counterparts._polity
    "Chinese Foreign Minister Wang Lei signed a communique with his Solomon Islands counterpart, Peter Kenilorea.":
        {("Lei", "Foreign Minister", "CN"), ("Kenilorea", "Foreign Minister", "SB")},
    "Australian Foreign Minister Tom Hale held talks with his New Zealand counterpart, Anna Reid, in Sydney.":
        {("Hale", "Foreign Minister", "AU"), ("Reid", "Foreign Minister", "NZ")},
    "Indian Defence Minister Raj Singh met his South African counterpart, Thandi Dlamini, in Pretoria.":
        {("Singh", "Defence Minister", "IN"), ("Dlamini", "Defence Minister", "ZA")},
    # near miss: a counterpart of a company's officer holds no post of a state
    "Acme chief executive Tom Hale met his Solomon Islands counterpart, Peter Kenilorea.": set(),
}


@pytest.mark.parametrize("text", list(COUNTERPARTS))
def test_counterparts_country_of_two_words(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2021, 3, 4))) == COUNTERPARTS[text]


BLOC_CHAIRS = {
    # a head of state who chairs the bloc named just before ("the bloc's chairman", org-chair-roles) is its Chairman
    "At a summit of the Economic Community of West African States in Abuja, leaders led by Nigeria's President Bola "
    "Adeyemi, the bloc's chairman, imposed sanctions on Niger.":
        {("Adeyemi", "President", "NG"), ("Adeyemi", "Chairman", "ECOWAS")},
    "The summit of the Southern African Development Community opened on Saturday. It was chaired by Tanzanian "
    "President John Mwangi, the bloc's current chairman.":
        {("Mwangi", "President", "TZ"), ("Mwangi", "Chairman", "SADC")},
    "ECOWAS leaders met in Accra. Nigeria's President Bola Adeyemi, who took over as the bloc's chairman this month, "
    "warned the junta.": {("Adeyemi", "President", "NG"), ("Adeyemi", "Chairman", "ECOWAS")},
    # near misses: no organisation named before; a former chairman
    "Tom Hale, the group's chairman, said profits rose at Acme.": set(),
    "The firm reported record profits. Tom Hale, the group's chairman, said sales rose.": set(),
    "The summit of the Southern African Development Community opened on Saturday. Tanzanian President John Mwangi, "
    "the bloc's former chairman, attended.": {("Mwangi", "President", "TZ")},
}


@pytest.mark.parametrize("text", list(BLOC_CHAIRS))
def test_orghome_chair_of_the_bloc_named_before(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2021, 3, 4))) == BLOC_CHAIRS[text]


DASH_LISTS = {
    # a plural title opening a list of names set off by dashes (plural-lead-dash-list), as by commas
    "The two defence ministers — Ola Berg and Lars Dahl — signed the pact.":
        {("Berg", "Defence Minister", None), ("Dahl", "Defence Minister", None)},
    "Two senators — Ola Berg and Lars Dahl — voted against the bill.":
        {("Berg", "Senator", None), ("Dahl", "Senator", None)},
    "The finance ministers — Ola Berg, Lars Dahl and Karl Brenner — left the meeting early.":
        {("Berg", "Finance Minister", None), ("Dahl", "Finance Minister", None), ("Brenner", "Finance Minister", None)},
    # near misses: former holders; no title before the dash
    "The former defence ministers — Ola Berg and Lars Dahl — signed the letter.": set(),
    "The problem was clear to the two researchers — Ola Berg and Lars Dahl — who wrote the report.": set(),
}


@pytest.mark.parametrize("text", list(DASH_LISTS))
def test_mentions_plural_title_before_a_dash_list(facts_of, text):
    assert {r for r in roles_any_country(facts_of(text, date=dt.date(2021, 3, 4)))} == DASH_LISTS[text]


def roles_any_country(facts):
    """Held roles, placed in a country or not (surname, role, country): a list's shared title."""
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if r.status == "current"}


REGION_GOVERNORS = {
    # a subnational post of a region after its country's possessive is that country's (region-nouns)
    "Ivan Sokolov, the governor of Russia's Murmansk region, joined the talks.": {("Sokolov", "Governor", "RU")},
    "The governor of Russia's Murmansk region, Ivan Sokolov, joined the second session.":
        {("Sokolov", "Governor", "RU")},
    "Omar Alimov, the governor of Kyrgyzstan's Batken province, met the delegation.": {("Alimov", "Governor", "KG")},
    # near misses: a person's relative; a former governor
    "Tom Hale, the son of Kenya's Nakuru governor, was arrested.": set(),
    "Ivan Sokolov, the former governor of Russia's Murmansk region, wrote a book.": set(),
}


@pytest.mark.parametrize("text", list(REGION_GOVERNORS))
def test_titles_after_governor_of_a_countrys_region(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2021, 3, 4))) == REGION_GOVERNORS[text]

"""Roles of local and legislative office in news: councillors (rows ``t-councillor`` … of ``titles.tsv``) and a plural
title shared down a list whose names each carry their party or place ("councillors A of the Civic Party, B from DAB
and C"; ``mentions._list_gap``). Model-free rule tests on hand-built Docs, then an integration table of sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.mentions import _list_gap
from kg.extract.rolestatus import listed

NLP = spacy.blank("en")


def test_mentions_list_gap_takes_a_party_or_place_between_two_names():
    words = ["Ann", "Chow", "of", "the", "Civic", "Party", "and", "Paul", "Lee"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON"]
    doc = Doc(NLP.vocab, words=words, ents=ents)
    assert _list_gap(doc[2:7])  # "of the Civic Party and": the first name's party
    ents[4:6] = ["O", "O"]
    assert not _list_gap(Doc(NLP.vocab, words=words, ents=ents)[2:7])  # no body the model names: no list gap
    said = Doc(NLP.vocab, words=["Ann", "Chow", "said", "and", "Paul", "Lee"],
               ents=["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON"])
    assert not _list_gap(said[2:4])  # a verb between the names: no list


def roles(facts):
    """The roles the guide lists: held at the date, political or official (surname, role, country)."""
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


COUNCILLORS = {
    # a councillor is a local office holder, the title as written (either spelling, "city", "district")
    "In Hong Kong, pro-democracy councillor Tanya Wu said the vote was unfair.": {("Wu", "Councillor", "HK")},
    "The Canadian councillor, Paul Roy, said Toronto needed more buses.": {("Roy", "Councillor", "CA")},
    "Councilwoman Maria Lopez of Los Angeles voted against the budget.": {("Lopez", "Councilwoman", "US")},
    "In Hong Kong, district councillor Wilson Ong was elected with 51,516 votes.":
        {("Ong", "District Councillor", "HK")},
    # a plural title shared down a list whose names carry their party or town
    "In Hong Kong, pan-democrat councillors Alan Yip of the Civic Party, Fern Cho from the Labour Party and Ray "
    "Chan of People Power were elected.": {("Yip", "Councillor", "HK"), ("Cho", "Councillor", "HK"),
                                          ("Chan", "Councillor", "HK")},
    "In Spain, Socialist councillors Ana Ruiz of Bilbao and Luis Soto of Vitoria condemned the attack.":
        {("Ruiz", "Councillor", "ES"), ("Soto", "Councillor", "ES")},
    # near misses: a former councillor, a company's council, a list broken by a verb
    "Tom Reed, a former city councillor in Leeds, said he would run for mayor of the British city.": set(),
    "The board of the Toronto company elected Paul Roy as its council chairman.": set(),
    "In Spain, councillor Ana Ruiz said Luis Soto of Vitoria was wrong.": {("Ruiz", "Councillor", "ES")},
}


@pytest.mark.parametrize("text", list(COUNCILLORS))
def test_roles_councillors_and_plural_lists_with_parties(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2016, 9, 9))) == COUNCILLORS[text]


# A leader of a group that is no party nor state (``private-lowercase-heads``: "the group's leader", "movement
# leader", "tribal leader", "expedition leader") holds no post the guide lists; a party's or a country's does.
GROUP_LEADERS = {
    "The group's leader, Omar Haji, issued a statement after the attack in Somalia.": set(),
    "The organization's leader, Cindy Marsh, said the forum in the United States was important.": set(),
    "In Brazil, the movement's leader, João Pereira, said farmers would march.": set(),
    "In Canada, indigenous leader Doug Feather joined the debate.": set(),
    "Russian expedition leader Ivan Petrov planted a flag on the seabed.": set(),
    "Iraq's parliament appointed Sunni Arab tribal leader Ghazi Yawar as vice president of Iraq.":
        {("Yawar", "Vice President", "IQ")},
    # near misses: a party's leader and a state's are still listed
    "In Zimbabwe, opposition leader Morgan Chari was detained by police.": {("Chari", "Opposition Leader", "ZW")},
    "In Canada, Liberal leader Bob Brewer said the bill would fail.": {("Brewer", "Leader", "CA")},
    "Iraq's human rights minister Bakhtiar Amin said the trial would be fair.":
        {("Amin", "Minister for Human Rights", "IQ")},
}


@pytest.mark.parametrize("text", list(GROUP_LEADERS))
def test_roles_leaders_of_groups_that_are_no_party_are_not_listed(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2008, 6, 5))) == GROUP_LEADERS[text]


# Organisations of states (rows of ``organisations.tsv``: the East African Community, the OIC, the CSTO, COMESA,
# ECCAS, IFAD, UNEP, UNFPA): their heads hold the organisation's post; a company's namesake does not.
ORGANISATION_HEADS = {
    "Richard Sezibera, the EAC's secretary-general, said the secretariat would open a centre.":
        {("Sezibera", "Secretary-General", "EAC")},
    "Richard Sezibera, secretary-general of the East African Community, said the summit went well.":
        {("Sezibera", "Secretary-General", "EAC")},
    "OIC Secretary-General Iyad Madani visited Jakarta on Monday.": {("Madani", "Secretary-General", "OIC")},
    "The CSTO secretary-general, Nikolai Bordyuzha, said the troops were ready.":
        {("Bordyuzha", "Secretary-General", "CSTO")},
    # near misses: a company's head, a former head
    "Richard Sezibera, the chairman of the East African Breweries company, said sales rose.": set(),
    "Iyad Madani, a former OIC secretary-general, visited Jakarta on Monday.": set(),
}


@pytest.mark.parametrize("text", list(ORGANISATION_HEADS))
def test_roles_heads_of_organisations_of_states(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2013, 11, 30))) == ORGANISATION_HEADS[text]


def test_roles_organisation_post_named_like_a_national_post_yields_to_the_dictionary(facts_of):
    """"AU president X" of a country's sitting President X (the actor dictionary's post at the date) is that
    country's President: the organisation keeps its post only against a national post of another title."""
    facts = facts_of("The rebels demanded that AU president Olusegun Obasanjo take responsibility.",
                     date=dt.date(2005, 9, 2))
    assert ("Obasanjo", "President", "NG") in roles(facts)

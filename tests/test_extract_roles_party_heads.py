"""A party's head in news: ", president of the opposition Socialist Party,", ", leader of the opposition Democratic
Party of Japan,", "X, who leads the Christian Social Union," and "The opposition Labour leader, X," make X the party's
Leader (a post the guide lists), while a company's or a league's head and past or unrelated leading do not. Model-free
rule tests on hand-built Docs, then an integration table of sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.orgnames import party_named_after
from kg.extract.rolestatus import listed

NLP = spacy.blank("en")


def _doc(words):
    return Doc(NLP.vocab, words=words)


def test_orgnames_party_named_after_skips_describing_words_and_needs_a_party():
    doc = _doc(["of", "the", "opposition", "Socialist", "Party", ",", "said"])
    assert party_named_after(doc, 2) == (5, None)  # past "opposition", closed by "Party"
    assert party_named_after(_doc(["the", "pro", "-", "Kurdish", "Peoples", "'", "Democratic", "Party", "("]), 1) == \
        (8, None)
    assert party_named_after(_doc(["the", "Islamist", "Ra'am", "party", "held"]), 1) == (4, None)  # lower-case party
    assert party_named_after(_doc(["the", "Ford", "Motor", "Company", ","]), 1) is None  # no party
    assert party_named_after(_doc(["the", "opposition", "in", "parliament"]), 1) is None
    assert party_named_after(_doc(["the", "Party", "said"]), 1) is None  # no name before "Party"


def test_orgnames_party_named_after_gives_a_known_partys_country():
    # a row of parties.tsv (PASOK: Greece) keeps its country, past a describing word too
    assert party_named_after(_doc(["the", "opposition", "PASOK", ",", "said"]), 1) == (3, "GR")


def roles(facts):
    """The roles the guide lists: held at the date, political or official (surname, role, country)."""
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


PARTY_HEADS = {
    # a head's title "of" a party past describing words (titles_after._party_head_of, orgnames.party_named_after)
    "Ana Ruiz, president of the Socialist Party, demanded new elections in Chile. Protests in Chile grew.":
        {("Ruiz", "Leader", "CL")},
    "Rahima Khatun, the chairperson of the opposition Bangladesh Nationalist Party, was released on Tuesday.":
        {("Khatun", "Leader", "BD")},
    "Ola Berg, chairman of the ruling Centre Party, said Norway would not yield. Talks in Norway go on.":
        {("Berg", "Leader", "NO")},
    "Kemal Aslan, leader of the pro-Kurdish Peoples' Democratic Party, accused the government of Turkey. Turkey "
    "denied it.": {("Aslan", "Leader", "TR")},
    "Lena Vidal, leader of Argentina's opposition PRO party, called the loan a rescue.": {("Vidal", "Leader", "AR")},
    "Ram Karki, the chairman of the royalist Rastriya Janata Party, joined the talks in Nepal. Protests in "
    "Nepal grew.": {("Karki", "Leader", "NP")},
    # "leader of the opposition" running on into a party's name: the party's Leader
    "Ken Sato, leader of the opposition Democratic Party of Japan, met the Chinese envoy.": {("Sato", "Leader", "JP")},
    "In Madrid, Luis Ortega, leader of the opposition People's Party, accused the government of Spain. Spain said "
    "no.": {("Ortega", "Leader", "ES")},
    "The leader of the opposition Socialist Party, Rui Costa, turned down the invitation in Portugal. Portugal's "
    "talks go on.": {("Costa", "Leader of the Socialist Party", "PT")},
    # "who leads/heads the X Party" (pattern party-lead-verb)
    "Tom Berg, who leads the Christian Social Union, attended the talks in Germany. Germany has no government.":
        {("Berg", "Leader", "DE")},
    "\"They sold us out,\" said Ali Hassan, who heads the Jamaat-e-Islami party in Pakistan. Pakistan denied it.":
        {("Hassan", "Leader", "PK")},
    # "The opposition X leader, Y," (pattern title-comma-side) and "Alliance Party leader Y" (no private body's)
    "The opposition Labour leader, Tom Reid, urged the government of Britain to keep talking. Britain agreed.":
        {("Reid", "Leader", "GB")},
    "Alliance Party leader Nora Lyons urged the prime minister of Britain to act. Britain agreed.":
        {("Lyons", "Leader of the Alliance Party", "GB")},
    # near misses: a company's or a league's head, past leading, leading no party, a party's lesser post
    "Ana Ruiz, president of the Ford Motor Company, said sales fell in Chile. Chile's economy slowed.": set(),
    "Tom Berg, who led the Labour Party until 2010, spoke in Britain. Britain agreed.": set(),
    "Ana Ruiz, who leads the polls in Chile, spoke on Monday. Chile votes soon.": set(),
    "Ana Ruiz leads the polls ahead of the vote in Chile. Chile votes soon.": set(),
    "Tom Berg, who heads the party's youth wing, spoke in Norway. Norway agreed.": set(),
    "The Freedom Alliance leader Tom Berg criticised the plan in Norway. Norway agreed.": set(),
    "Ola Berg, the treasurer of the ruling Centre Party, said Norway would not yield. Norway agreed.": set(),
}


@pytest.mark.parametrize("text", list(PARTY_HEADS))
def test_roles_party_heads_in_news_appositions_and_relative_clauses(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2019, 6, 14))) == PARTY_HEADS[text]

"""Leaders named only by their country in a list of leaders ("Kenya's A, Rwanda's B and Burundi's C") take the one
post their titled peers hold, each in his own country (``kg.extract.peers``, pattern ``peer-owned-name``); names
NER misses after a country's possessive further down such a list are persons (``person_spans``); an organisation
head's title after "its" or "the bloc's" is the organisation's named just before (``kg.extract.orghome``).
A country's bare "leader" whose dictionary post is a leader's ("Supreme Leader") stays Leader
(``roles._national_leader``). Model-free helper tests on hand-built Docs, and integration tables of sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.countries import named_polity_start
from kg.extract.peers import _before_owner
from kg.extract.person_spans import _listed_after_name
from kg.extract.rolestatus import listed

NLP = spacy.blank("en")


def test_countries_named_polity_start_finds_the_longest_country_name():
    doc = Doc(NLP.vocab, words=["and", "Guinea", "-", "Bissau", "'s", "Umaro", "Embalo"],
              spaces=[True, False, False, False, True, True, False])
    assert named_polity_start(doc, 4, 4) == 1
    doc = Doc(NLP.vocab, words=["met", "New", "Zealand", "'s", "Ana", "Hale"],
              spaces=[True, True, False, True, True, False])
    assert named_polity_start(doc, 3, 4) == 1
    assert named_polity_start(Doc(NLP.vocab, words=["met", "Apple", "'s", "Tim", "Cook"]), 2, 4) is None
    doc = Doc(NLP.vocab, words=["met", "Papua", "New", "Guinea", "'s", "James", "Marape"],
              spaces=[True, True, True, False, True, True, False])
    assert named_polity_start(doc, 4, 4) == 1  # not "Guinea"


def test_person_spans_listed_after_name_needs_a_joiner_after_a_name():
    words = ["Sall", ",", "Benin", "'s", "Patrice", "Talon"]
    doc = Doc(NLP.vocab, words=words, pos=["PROPN", "PUNCT", "PROPN", "PART", "PROPN", "PROPN"])
    assert _listed_after_name(doc, 2, {0})
    assert not _listed_after_name(doc, 2, set())  # no name found before the joiner
    doc = Doc(NLP.vocab, words=["met", "Benin", "'s", "Patrice", "Talon"],
              pos=["VERB", "PROPN", "PART", "PROPN", "PROPN"])
    assert not _listed_after_name(doc, 1, {0})  # no joiner: not a list's next item


def test_peers_before_owner_drops_the_next_country_name():
    doc = Doc(NLP.vocab, words=["Sall", ",", "and", "New", "Zealand"])
    assert [t.text for t in _before_owner(doc[1:5])] == [",", "and"]
    doc = Doc(NLP.vocab, words=["Sall", "said", "Guinea", "-", "Bissau"])
    assert [t.text for t in _before_owner(doc[1:5])] == ["said"]


def roles(facts):
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


PEERS = {
    # the untitled items of a list whose titled peers (here from the dictionary at the date) hold one post
    "The summit brought together Kenya's William Ruto, Rwanda's Paul Kagame and Burundi's Evariste Ndayishimiye.":
        {("Ruto", "President", "KE"), ("Kagame", "President", "RW"), ("Ndayishimiye", "President", "BI")},
    "Among those at the table were Ghana's Nana Akufo-Addo, Senegal's Macky Sall, Côte d'Ivoire's Alassane "
    "Ouattara, Benin's Patrice Talon and Guinea-Bissau's Umaro Sissoco Embaló.":
        {("Akufo-Addo", "President", "GH"), ("Sall", "President", "SN"), ("Ouattara", "President", "CI"),
         ("Talon", "President", "BJ"), ("Embaló", "President", "GW")},
    "The retreat was joined by New Zealand's Chris Hipkins, Australia's Anthony Albanese and Samoa's Fiamē Naomi "
    "Mata'afa.": {("Hipkins", "Prime Minister", "NZ"), ("Albanese", "Prime Minister", "AU"),
                  ("Mata'afa", "Prime Minister", "WS")},
    "Paraguay's Tomas Benitez, Brazil's Luiz Inácio Lula da Silva and Argentina's Alberto Fernández met in "
    "Asunción.":
        {("Benitez", "President", "PY"), ("Silva", "President", "BR"), ("Fernández", "President", "AR")},
    # near misses: peers of different posts, no titled peers, one titled peer only, companies, no list
    "Leaders at the talks included Germany's Olaf Scholz, France's Emmanuel Macron and Austria's Tomas Vell.":
        {("Scholz", "Chancellor", "DE"), ("Macron", "President", "FR")},
    "The forum heard Kenya's Tom Odhiambo, Ghana's Ama Mensah and Togo's Kofi Agbeko.": set(),
    "The panel heard Kenya's William Ruto, Ghana's Ama Mensah and Togo's Kofi Agbeko.": {("Ruto", "President", "KE")},
    "Apple's Tim Cook, Microsoft's Satya Nadella and Tesla's Elon Musk attended the dinner.": set(),
    "Kenya's William Ruto met Rwanda's Paul Kagame in Kigali, and Burundi's Evariste Ndayishimiye sent a letter.":
        {("Ruto", "President", "KE"), ("Kagame", "President", "RW")},
    # a title after a country's possessive in an apposition is no listed name
    "Iran protested after comments made by Tom Berg, Norway's Transportation Minister, stating that it would act.":
        {("Berg", "Transportation Minister", "NO")},
}


@pytest.mark.parametrize("text", list(PEERS))
def test_roles_peers_untitled_leaders_in_lists_take_their_peers_post(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2023, 6, 14))) == PEERS[text]


ORG_REFERENTS = {
    # an organisation head's title owned by "its" or "the bloc's" is the organisation's named just before it
    "The CSTO said it would send a mission headed by its secretary-general, Ivan Dorov, to the border.":
        {("Dorov", "Secretary-General", "CSTO")},
    "ECOWAS leaders met in Abuja on Sunday. The bloc's secretary-general, Ana Lopes, said sanctions would follow.":
        {("Lopes", "Secretary-General", "ECOWAS")},
    "The Pacific Islands Forum retreat ended with a statement read by the forum's Secretary-General, Mere Tala.":
        {("Tala", "Secretary-General", "PIF")},
    "Nepal hosted the summit, and Ravi Thapa, the SAARC secretary-general, attended the sessions.":
        {("Thapa", "Secretary-General", "SAARC")},
    "Leaders of the Shanghai Cooperation Organisation met in Astana, where its secretary-general, Li Wen, spoke.":
        {("Wen", "Secretary-General", "SCO")},
    # near misses: no organisation named before, a company's or a union's secretary-general, one named long before
    "The company said its secretary-general, Ana Lopes, would resign.": set(),
    "The union's secretary-general, Ana Lopes, said the strike would go ahead.": set(),
    "ECOWAS leaders met in Abuja on Monday. The talks lasted hours. Rain fell in the city. The group's "
    "secretary-general, Ana Lopes, thanked the hosts.": set(),
}


@pytest.mark.parametrize("text", list(ORG_REFERENTS))
def test_roles_orghome_back_reference_gives_the_organisation_named_before(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2023, 6, 14))) == ORG_REFERENTS[text]


LEADERS = {
    # a country's bare "leader" whose dictionary post is itself a leader's stays Leader, as the article writes it
    "President Donald Trump said he will meet North Korean leader Kim Jong Un in Singapore.":
        {("Trump", "President", "US"), ("Un", "Leader", "KP")},
    "The North Korean leader, Kim Jong Un, watched the launch.": {("Un", "Leader", "KP")},
    # near misses: the post written whole stays, and a head's post the dictionary names is still given
    "Iran's supreme leader, Ali Khamenei, said the talks had failed.": {("Khamenei", "Supreme Leader", "IR")},
    "Palestinian leader Mahmoud Abbas met Israeli officials in Ramallah.": {("Abbas", "President", "PS")},
}


@pytest.mark.parametrize("text", list(LEADERS))
def test_roles_national_leader_keeps_leader_for_a_leaders_post(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2023, 6, 14))) == LEADERS[text]

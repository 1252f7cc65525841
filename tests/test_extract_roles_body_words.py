"""Title rows and body words that decide whether a titled name is an official: "White House adviser X" is a US
official (rows ``t-wh-adviser``, ``t-wh-advisor``); a "Foreign Office spokesman" is no fixed country's (Pakistan's
Foreign Office has spokespersons as the British one does), so the text, an owner ("its") or the article places him;
and a leader named by a lower-case word of a faith or of students ("spiritual leader", "religious leader", "student
leader", "mosque leader": ``private-lowercase-heads``) holds no political post; a "First Vice Foreign
Minister" keeps "First". A hand-built Doc test of
the body-word check, and an integration table of sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.orgnames import private_body_before
from kg.extract.rolestatus import listed

NLP = spacy.blank("en")


def test_orgnames_private_body_before_movement_and_faith_words():
    def doc(words):
        return Doc(NLP.vocab, words=words, pos=["NOUN"] * (len(words) - 2) + ["PROPN", "PROPN"])

    assert private_body_before(doc(["spiritual", "leader", "Ali", "Rahimi"]), 1)
    assert private_body_before(doc(["religious", "leader", "Ali", "Rahimi"]), 1)
    assert private_body_before(doc(["student", "leader", "Joshua", "Lam"]), 1)
    assert private_body_before(doc(["mosque", "leader", "Abdul", "Aziz"]), 1)
    # near misses: a political leader's word, a cause's word before a legislator's title, a capitalised word
    assert not private_body_before(doc(["opposition", "leader", "Dave", "Morris"]), 1)
    assert not private_body_before(doc(["pro", "-", "democracy", "lawmaker", "Claudia", "Mo"]), 3)
    assert not private_body_before(doc(["Student", "leader", "Joshua", "Lam"]), 1)


def roles(facts):
    """The roles the guide lists: held at the date, political or official (surname, role, country)."""
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


BODY_WORDS = {
    # "White House adviser" (t-wh-adviser, t-wh-advisor) is a US post
    "Reporters asked White House adviser Jared Kushner about the trade talks.":
        {("Kushner", "White House Adviser", "US")},
    "The talks were led by White House advisor Tom Reyes, officials in Mexico said.":
        {("Reyes", "White House Adviser", "US")},
    # a Foreign Office spokesperson takes the owner's country, the text's or the article's, not Britain's
    "Islamabad did not name the targets, but its Foreign Office spokeswoman, Amna Qureshi, said the strikes hit "
    "militants.": {("Qureshi", "Foreign Office Spokeswoman", "PK")},
    "Pakistan's Foreign Office spokesman Asim Khan denied the report.": {("Khan", "Foreign Office Spokesman", "PK")},
    "Britain recalled its envoy. Foreign Office spokesman Tom Hale said Britain was concerned. Britain also "
    "summoned the ambassador.": {("Hale", "Foreign Office Spokesman", "GB")},
    # a first vice or first deputy foreign minister keeps "First" (t-first-vice-fm, t-first-deputy-fm)
    "North Korea's First Vice Foreign Minister Kim Kye Gwan said the summit could still happen.":
        {("Gwan", "First Vice Foreign Minister", "KP")},
    "Russian First Deputy Foreign Minister Vladimir Titov spoke to reporters in Moscow.":
        {("Titov", "First Deputy Foreign Minister", "RU")},
    # a converted dictionary term closed at the end of 2017 (its source's last update) makes no former holder
    "South Sudan's President Salva Kiir signed the declaration in Khartoum.": {("Kiir", "President", "SS")},
    # near misses: a faith's or the students' leader holds no post; a political leader and a lawmaker keep theirs
    "Indian spiritual leader Sai Ram, 81, found himself in a row over the state of Andhra Pradesh.": set(),
    "The protest in Dhaka was called by student leader Nurul Haque.": set(),
    "In Hong Kong, pro-democracy lawmaker Claudia Mo said the bill must go.": {("Mo", "Lawmaker", "HK")},
    "In Burma, opposition leader Aung San Suu Kyi urged calm.": {("Kyi", "Opposition Leader", "MM")},
}


@pytest.mark.parametrize("text", list(BODY_WORDS))
def test_roles_body_words_white_house_foreign_office_first_vice_and_movement_leaders(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2019, 6, 14))) == BODY_WORDS[text]

"""Modality of acts recalled from before the news and of a speaker's own announced acts: a "when" clause on a
date takes it, also after "since" (kg.extract.plover_modality.when_of), unless the act's own clause names a day of
the news (news_day); a meeting the meeting rules coded takes the
date of its clause as a pattern's act does (kg.extract.plover_consult.recalled: "when he visited Islamabad in
February", "held talks with Y in May last year"); a date that only says how long a person in apposition held a post
("Chad's leader until 1990") dates no act (kg.extract.plover_past.describes_apposition); a learned accusation,
request or rejection whose reported clause is the speaker's own plan ("X said she would challenge the oath in
court") is that plan's future, and a learned meeting takes the future of a relative clause ("talks, which will
begin on Friday"; kg.extract.plover_learned_modality). Model-free tests on hand-built Docs, and (slow) tables of
sentences written for these tests with near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_plover import make_doc

from kg.extract import plover
from kg.extract import plover_learned_modality as learned
from kg.extract import plover_modality as pm

BASE = dt.date(2023, 6, 14)
P = (".", ".", "PUNCT", ".", "punct")

# "Cruz said she would challenge the oath ."
OWN_PLAN = [("Cruz", "Cruz", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
            ("she", "she", "PRON", "PRP", "nsubj", 4), ("would", "would", "AUX", "MD", "aux", 4),
            ("challenge", "challenge", "VERB", "VB", "ccomp", 1), ("the", "the", "DET", "DT", "det", 6),
            ("oath", "oath", "NOUN", "NN", "dobj", 4), (*P, 1)]
# "Lavrov said sanctions would hurt Iranians ." (another subject: the saying is the act)
OTHER_SUBJECT = [("Lavrov", "Lavrov", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
                 ("sanctions", "sanction", "NOUN", "NNS", "nsubj", 4), ("would", "would", "AUX", "MD", "aux", 4),
                 ("hurt", "hurt", "VERB", "VB", "ccomp", 1), ("Iranians", "Iranians", "PROPN", "NNPS", "dobj", 4),
                 (*P, 1)]
# "Cruz said she would be happy ." (a description, no plan)
OWN_STATE = [OWN_PLAN[0], OWN_PLAN[1], OWN_PLAN[2], OWN_PLAN[3], ("be", "be", "AUX", "VB", "ccomp", 1),
             ("happy", "happy", "ADJ", "JJ", "acomp", 4), (*P, 1)]
# "Cruz said she challenged the oath ." (done: no plan)
OWN_PAST = [OWN_PLAN[0], OWN_PLAN[1], (*OWN_PLAN[2][:5], 3), ("challenged", "challenge", "VERB", "VBD", "ccomp", 1),
            (*OWN_PLAN[5][:5], 5), (*OWN_PLAN[6][:5], 3), (*P, 1)]
# "Cruz said she could challenge the oath ." (only possible: the saying is the act)
OWN_POSSIBLE = [*OWN_PLAN[:3], ("could", "could", "AUX", "MD", "aux", 4), *OWN_PLAN[4:]]
# "Cruz said we would challenge the oath ." (a quotation's "we": a stance said)
OWN_WE = [*OWN_PLAN[:2], ("we", "we", "PRON", "PRP", "nsubj", 4), *OWN_PLAN[3:]]
# "Russia invited Hamas for talks , which will begin ."
RELATIVE = [("Russia", "Russia", "PROPN", "NNP", "nsubj", 1), ("invited", "invite", "VERB", "VBD", "ROOT", 1),
            ("Hamas", "Hamas", "PROPN", "NNP", "dobj", 1), ("for", "for", "ADP", "IN", "prep", 1),
            ("talks", "talk", "NOUN", "NNS", "pobj", 3), (",", ",", "PUNCT", ",", "punct", 4),
            ("which", "which", "PRON", "WDT", "nsubj", 8), ("will", "will", "AUX", "MD", "aux", 8),
            ("begin", "begin", "VERB", "VB", "relcl", 4), (*P, 1)]
# "Russia invited Hamas for talks , which began ." (held)
RELATIVE_PAST = [*RELATIVE[:6], (*RELATIVE[6][:5], 7), ("began", "begin", "VERB", "VBD", "relcl", 4), (*P, 1)]
# "Habre , leader until 1990 , attacked Chad ."
APPOSED = [("Habre", "Habre", "PROPN", "NNP", "nsubj", 6), (",", ",", "PUNCT", ",", "punct", 0),
           ("leader", "leader", "NOUN", "NN", "appos", 0), ("until", "until", "ADP", "IN", "prep", 2),
           ("1990", "1990", "NUM", "CD", "pobj", 3), (",", ",", "PUNCT", ",", "punct", 0),
           ("attacked", "attack", "VERB", "VBD", "ROOT", 6), ("Chad", "Chad", "PROPN", "NNP", "dobj", 6), (*P, 6)]
APPOSED_ENTS = ["O", "O", "O", "O", "B-DATE", "O", "O", "O", "O"]
# "Habre , leader in 1990 , attacked Chad ." (the post then: the act's time too)
APPOSED_IN = [*APPOSED[:3], ("in", "in", "ADP", "IN", "prep", 2), *APPOSED[4:]]
# "Habre attacked Chad in 1990 ." (the act's own date)
DATED = [("Habre", "Habre", "PROPN", "NNP", "nsubj", 1), ("attacked", "attack", "VERB", "VBD", "ROOT", 1),
         ("Chad", "Chad", "PROPN", "NNP", "dobj", 1), ("in", "in", "ADP", "IN", "prep", 1),
         ("1990", "1990", "NUM", "CD", "pobj", 3), (*P, 1)]
DATED_ENTS = ["O", "O", "O", "O", "B-DATE", "O"]


def _own_plan(rows):
    doc = make_doc(rows)
    return learned.own_plan(doc[1], plover.match(doc)[1], BASE)


def test_plover_learned_own_plan_is_the_speakers_announced_act():
    assert _own_plan(OWN_PLAN) == "future"
    assert _own_plan(OTHER_SUBJECT) is None  # "said sanctions would hurt Iranians": the saying accuses
    assert _own_plan(OWN_STATE) is None  # "said she would be happy": no act planned
    assert _own_plan(OWN_PAST) is None  # "said she challenged the oath": done
    assert _own_plan(OWN_POSSIBLE) is None  # "said she could challenge": the saying is the act
    assert _own_plan(OWN_WE) is None  # a quotation's "we": a stance said


def test_plover_learned_meeting_takes_the_future_of_a_relative_clause():
    doc = make_doc(RELATIVE)
    marks = plover.match(doc)[1]
    assert learned.learned_modality(doc[1], marks, BASE, "CONSULT") == "future"  # "talks, which will begin"
    assert learned.learned_modality(doc[1], marks, BASE, "AID") == "asserted"  # only plover-learned-relative-types
    doc = make_doc(RELATIVE_PAST)
    assert learned.learned_modality(doc[1], plover.match(doc)[1], BASE, "CONSULT") == "asserted"  # "which began"


def test_plover_modality_date_of_an_apposition_dates_no_act():
    doc = make_doc(APPOSED, APPOSED_ENTS)
    assert pm.modality(doc[6], plover.match(doc)[1], BASE) == "asserted"  # "leader until 1990" is the person's
    doc = make_doc(APPOSED_IN, APPOSED_ENTS)
    assert pm.modality(doc[6], plover.match(doc)[1], BASE) == "historical"  # "leader in 1990": then
    doc = make_doc(DATED, DATED_ENTS)
    assert pm.modality(doc[1], plover.match(doc)[1], BASE) == "historical"  # "attacked Chad in 1990"


TABLE = [
    # a meeting of the meeting rules recalled with a date of its clause (article of 2023-06-14)
    ("Crown Prince Mohammed bin Salman pledged $20 billion in investments when he visited Islamabad in February.",
     "historical"),
    ("Prime Minister Scott Morrison, who visited Honiara in January and met Manasseh Sogavare there, said Canberra "
     "would keep its aid.", "historical"),
    ("The talks follow a meeting between Prime Minister Narendra Modi and President Xi Jinping in Kazan in February.",
     "historical"),
    ("Foreign Minister Hakan Fidan held talks with Faisal Mekdad in Moscow in May last year.", "historical"),
    ("In 2019, President Moon Jae-in met Kim Jong Un at Panmunjom.", "historical"),
    ("When President Lula visited Beijing in 2009, he signed a trade agreement with China.", "historical"),
    # near misses: the news, and a meeting to come
    ("Crown Prince Mohammed bin Salman pledged $20 billion in investments when he visited Islamabad on Monday.",
     "asserted"),
    ("Prime Minister Scott Morrison, who visited Honiara on Tuesday and met Manasseh Sogavare there, said Canberra "
     "would keep its aid.", "asserted"),
    ("Foreign Minister Hakan Fidan held talks with Faisal Mekdad in Moscow on Friday.", "asserted"),
    ("President Moon Jae-in met Kim Jong Un at Panmunjom in June.", "asserted"),
    ("When President Lula visited Beijing on Tuesday, he signed a trade agreement with China.", "asserted"),
    ("Also in attendance at the summit was President Idriss Deby, Chad's army chief until 1990.", "asserted"),
    ("Foreign Minister Hakan Fidan will hold talks with Faisal Mekdad in Moscow in July.", "future"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, modality", TABLE)
def test_plover_modality_recalled_meeting_table(facts_of, text, modality):
    found = [e.modality for e in facts_of(text).political_events if e.type == "CONSULT"]
    assert found, text
    assert set(found) == {modality}


WHEN_TABLE = [
    # a "when" clause on a date takes that date, also after "since" (which dates no act of its own)
    ("Israel has tightened the blockade since 2007, when Hamas seized control of Gaza.", "ASSAULT", "historical"),
    ("The crisis began in 2014, when Russia annexed Crimea.", "COERCE", "historical"),
    ("When Kenya expelled the Somali ambassador in 2015, Somalia accused Nairobi of interference.", "ACCUSE",
     "historical"),
    # near misses: the news, and "since" alone
    ("Israel has tightened the blockade since Monday, when Hamas seized control of the crossing.", "ASSAULT",
     "asserted"),
    ("Israel has tightened the blockade since 2007.", "COERCE", "asserted"),
    ("When Kenya expelled the Somali ambassador last week, Somalia accused Nairobi of interference.", "ACCUSE",
     "asserted"),
    # a day of the news said of the act in its own clause wins over an older date of a clause around it
    ("Canada imposed sanctions on Russian officials on Friday, eight years after Russia annexed Crimea in 2014.",
     "SANCTION", "asserted"),
    ("After Russia invaded Georgia in 2008, the European Union imposed sanctions on Moscow.", "SANCTION",
     "historical"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, modality", WHEN_TABLE)
def test_plover_modality_when_clause_table(facts_of, text, kind, modality):
    found = [e.modality for e in facts_of(text).political_events if e.type == kind]
    assert found, text
    assert set(found) == {modality}

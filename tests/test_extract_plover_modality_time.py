"""Modality and time of ordinary news (kg.extract.plover_modality, plover_consult, plover_learned): a plan told in the
past perfect was not carried out ("had planned to dine with", "had been due to meet": negated); an actor named by
the office it held then acts in the past ("then-President X imposed tariffs": historical); a month named alone,
later in the year than the article's, of an act told in the past is of the year before ("during a visit in
December" in a June article). Model-free tests on hand-built Docs, and (slow) a table of sentences written for these
tests, with near misses (recent acts "on Tuesday", "last week", "in May"; "then," as a sequence; "former" holders
acting now) that keep their modality."""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_plover import coded, make_doc

from kg.extract import plover, plover_past
from kg.extract import plover_modality as pm

BASE = dt.date(2023, 6, 14)
P = (".", ".", "PUNCT", ".", "punct")

# "Sandu had planned to meet Ilves ."
HAD_PLANNED = [("Sandu", "Sandu", "PROPN", "NNP", "nsubj", 2), ("had", "have", "AUX", "VBD", "aux", 2),
               ("planned", "plan", "VERB", "VBN", "ROOT", 2), ("to", "to", "PART", "TO", "aux", 4),
               ("meet", "meet", "VERB", "VB", "xcomp", 2), ("Ilves", "Ilves", "PROPN", "NNP", "dobj", 4), (*P, 2)]
# "Sandu planned to meet Ilves ." (a plan, still open)
PLANNED = [HAD_PLANNED[0], ("planned", "plan", "VERB", "VBD", "ROOT", 1), (*HAD_PLANNED[3][:5], 3),
           (*HAD_PLANNED[4][:5], 1), (*HAD_PLANNED[5][:5], 3), (*P, 1)]
# "Sandu had agreed to meet Ilves ." (an agreement, not a plan)
HAD_AGREED = [HAD_PLANNED[0], HAD_PLANNED[1], ("agreed", "agree", "VERB", "VBN", "ROOT", 2), *HAD_PLANNED[3:]]
# "Sandu had been due to meet Ilves ."
HAD_BEEN_DUE = [("Sandu", "Sandu", "PROPN", "NNP", "nsubj", 2), ("had", "have", "AUX", "VBD", "aux", 2),
                ("been", "be", "AUX", "VBN", "ROOT", 2), ("due", "due", "ADJ", "JJ", "acomp", 2),
                ("to", "to", "PART", "TO", "aux", 5), ("meet", "meet", "VERB", "VB", "xcomp", 3),
                ("Ilves", "Ilves", "PROPN", "NNP", "dobj", 5), (*P, 2)]
# "Then - President Ilves imposed tariffs ."
THEN_HOLDER = [("Then", "then", "ADV", "RB", "advmod", 4), ("-", "-", "PUNCT", "HYPH", "punct", 2),
               ("President", "President", "PROPN", "NNP", "compound", 3),
               ("Ilves", "Ilves", "PROPN", "NNP", "nsubj", 4), ("imposed", "impose", "VERB", "VBD", "ROOT", 4),
               ("tariffs", "tariff", "NOUN", "NNS", "dobj", 4), (*P, 4)]
# "Then , Ilves imposed tariffs ." (a sequence, no holder)
THEN_SEQUENCE = [("Then", "then", "ADV", "RB", "advmod", 3), (",", ",", "PUNCT", ",", "punct", 3),
                 ("Ilves", "Ilves", "PROPN", "NNP", "nsubj", 3), ("imposed", "impose", "VERB", "VBD", "ROOT", 3),
                 ("tariffs", "tariff", "NOUN", "NNS", "dobj", 3), (*P, 3)]


def _modality(rows, trigger):
    doc = make_doc(rows)
    return pm.modality(doc[trigger], plover.match(doc)[1], BASE)


def test_plover_modality_time_a_plan_in_the_past_perfect_is_not_carried_out():
    assert plover_past.unrealised_plan(make_doc(HAD_PLANNED)[4])
    assert plover_past.unrealised_plan(make_doc(HAD_BEEN_DUE)[5])
    assert not plover_past.unrealised_plan(make_doc(PLANNED)[3])  # "planned to meet": still open
    assert not plover_past.unrealised_plan(make_doc(HAD_AGREED)[4])  # "had agreed to meet": no plan word
    assert _modality(HAD_PLANNED, 4) == "negated"
    assert _modality(PLANNED, 3) == "future"


def test_plover_modality_time_a_planned_noun_follows_its_plan():
    doc = make_doc([("Peru", "Peru", "PROPN", "NNP", "nsubj", 2), ("is", "be", "AUX", "VBZ", "aux", 2),
                    ("planning", "plan", "VERB", "VBG", "ROOT", 2), ("an", "an", "DET", "DT", "det", 4),
                    ("attack", "attack", "NOUN", "NN", "dobj", 2), (*P, 2)])
    assert plover_past.planned_by(doc[4]).i == 2
    assert pm.modality(doc[4], plover.match(doc)[1], BASE) == "future"
    past = make_doc([("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("planned", "plan", "VERB", "VBD", "ROOT", 1),
                     ("the", "the", "DET", "DT", "det", 3), ("attack", "attack", "NOUN", "NN", "dobj", 1), (*P, 1)])
    assert plover_past.planned_by(past[3]) is None  # told in the past: it may have been done
    condemned = make_doc([("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
                          ("condemns", "condemn", "VERB", "VBZ", "ROOT", 1), ("the", "the", "DET", "DT", "det", 3),
                          ("attack", "attack", "NOUN", "NN", "dobj", 1), (*P, 1)])
    assert plover_past.planned_by(condemned[3]) is None


def test_plover_modality_time_an_actor_named_by_the_office_it_held_then_acts_in_the_past():
    assert _modality(THEN_HOLDER, 4) == "historical"
    assert _modality(THEN_SEQUENCE, 3) == "asserted"


def test_plover_modality_time_a_later_month_of_an_act_told_in_the_past_is_of_the_year_before():
    # "in December" (a pobj of "in"), told in the past, in a June article: six months back
    doc = make_doc([("in", "in", "ADP", "IN", "ROOT", 0), ("December", "December", "PROPN", "NNP", "pobj", 0)])
    assert pm._months_before(doc[1:], BASE, past=True)
    assert not pm._months_before(doc[1:], BASE, past=False)  # "will meet in December": to come
    may = make_doc([("May", "May", "PROPN", "NNP", "ROOT", 0)])  # "May suggested ...": a name, not "in May"
    assert not pm._months_before(may[0:1], dt.date(2023, 3, 1), past=True)


TABLE = [
    # dates years back, in the act's own clause or its relative or adverbial clause
    ("In 2014, Russia annexed Crimea from Ukraine.", "COERCE", "historical"),
    ("The United States imposed sanctions on Venezuela in 2019.", "SANCTION", "historical"),
    ("Back in 2008, Russian troops invaded Georgia.", "ASSAULT", "historical"),
    ("Mali expelled the French ambassador in January 2022.", "SANCTION", "historical"),
    ("Ten years ago, Serbian police arrested hundreds of protesters in Belgrade.", "COERCE", "historical"),
    ("In 2020, Kenya had accused Somalia of meddling in its elections.", "ACCUSE", "historical"),
    ("Germany had pledged last year to send tanks to Ukraine.", "AGREE", "historical"),
    ("Russia, which invaded Georgia in 2008, denied the claims.", "ASSAULT", "historical"),
    ("Tensions have been high since Ethiopian troops attacked Tigray in 2020.", "ASSAULT", "historical"),
    ("The protests began after Iranian police arrested a young woman in 2022.", "COERCE", "historical"),
    ("Relations soured after Canada expelled an Indian diplomat in 2021.", "SANCTION", "historical"),
    # a month alone, of the year before
    ("Chinese police arrested dozens of protesters in Beijing in November.", "COERCE", "historical"),
    # then- holders
    ("Then-President Donald Trump imposed tariffs on Chinese goods.", "SANCTION", "historical"),
    ("Then-Foreign Minister Sergei Lavrov met his American counterpart in Geneva.", "CONSULT", "historical"),
    ("The then prime minister, Thaksin Shinawatra, ordered a crackdown on protesters in Bangkok.", "COERCE",
     "historical"),
    ("Tariffs on Chinese goods were imposed by then-President Donald Trump.", "SANCTION", "historical"),
    # near misses: recent acts stay asserted
    ("Russia attacked Kyiv on Tuesday.", "ASSAULT", "asserted"),
    ("Last week, the United States imposed sanctions on Venezuela.", "SANCTION", "asserted"),
    ("Earlier on Tuesday, Kenya had accused Somalia of meddling in its elections.", "ACCUSE", "asserted"),
    ("Earlier this month, Chinese police arrested 20 protesters in Beijing.", "COERCE", "asserted"),
    ("Former Prime Minister Imran Khan on Tuesday accused the army of plotting against him.", "ACCUSE", "asserted"),
    ("Putin and Xi met in Moscow on Monday.", "CONSULT", "asserted"),
    ("Germany pledged on Tuesday to send tanks to Ukraine.", "AGREE", "asserted"),
    ("Russia, which attacked Odesa on Sunday, denied the claims.", "ASSAULT", "asserted"),
    ("Protests began after Iranian police arrested a young woman on Friday.", "COERCE", "asserted"),
    ("Chinese police arrested dozens of protesters in Beijing in May.", "COERCE", "asserted"),
    ("Then, Russian troops attacked Kyiv.", "ASSAULT", "asserted"),
    # future and threats
    ("Japan is expected to impose new sanctions on Russia.", "SANCTION", "future"),
    ("The European Union plans to send 50 million euros in aid to Sudan.", "AID", "future"),
    ("Brazilian President Lula is scheduled to visit Argentina next month.", "CONSULT", "future"),
    ("India intends to expel two Canadian diplomats.", "SANCTION", "future"),
    ("Chinese police will arrest protesters in Beijing in November.", "COERCE", "future"),
    ("Iran threatened to close the Strait of Hormuz.", "THREATEN", "asserted"),
    # negation, and plans told in the past perfect
    ("Poland did not expel the Russian diplomats.", "SANCTION", "negated"),
    ("King Charles had planned to dine with President Macron at Versailles.", "CONSULT", "negated"),
    ("Foreign Minister Nanaia Mahuta had been expected to meet Fiji's Attorney-General Aiyaz Sayed-Khaiyum.",
     "CONSULT", "negated"),
    ("Indian Foreign Minister Sushma Swaraj had been due to meet Pakistan's Foreign Minister Shah Mahmood Qureshi "
     "next week.", "CONSULT", "negated"),
    ("Serbia had planned to expel two Croatian diplomats.", "SANCTION", "negated"),
    # a subject or object with "no"; an event noun only planned
    ("Chinese police made no arrests on Tuesday.", "COERCE", "negated"),
    ("No arrests were made by Kenyan police.", "COERCE", "negated"),
    ("No protester was arrested by Chinese police.", "COERCE", "negated"),
    ("The United States is planning an attack on Iran.", "ASSAULT", "future"),
    ("Iran is planning new attacks on Israeli ships.", "ASSAULT", "future"),
    ("The United States is not planning a preemptive attack on Iran.", "ASSAULT", "negated"),
    # near misses: an agreement, an open plan, a denial followed by the act, "no" elsewhere, a noun not planned
    ("Police arrested 20 protesters with no warning in Beijing.", "COERCE", "asserted"),
    ("Chinese police arrested dozens of protesters, no doubt to deter others.", "COERCE", "asserted"),
    ("Hungary had agreed to sign a gas deal with Serbia on Monday.", "AGREE", "asserted"),
    ("Mahuta is expected to meet Fiji's Attorney-General Aiyaz Sayed-Khaiyum on Friday.", "CONSULT", "future"),
    ("Russia denied the accusation and attacked the port again on Tuesday.", "ASSAULT", "asserted"),
]

NOT_ASSERTED = [  # an act only threatened, refused or denied is not coded as done
    ("Iran threatened to attack Israeli ships.", "ASSAULT"),
    ("Russia denied attacking the Ukrainian port.", "ASSAULT"),
    ("Hungary refused to sanction Russian oil imports.", "SANCTION"),
    ("China would impose sanctions on Lithuania if it opened a Taiwanese office.", "SANCTION"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, modality", TABLE)
def test_plover_modality_time_table(facts_of, text, kind, modality):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert found, coded(facts_of(text))
    assert found[0][3] == modality, coded(facts_of(text))


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", NOT_ASSERTED)
def test_plover_modality_time_acts_not_done_are_not_asserted(facts_of, text, kind):
    assert all(c[3] != "asserted" for c in coded(facts_of(text)) if c[0] == kind), coded(facts_of(text))

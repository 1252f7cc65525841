"""Modality from dates and tenses of ordinary news (kg.extract.plover_modality, triggers): a year that only names
which thing a noun is ("rejected the 2015 nuclear deal", "under the 1960 treaties") dates no act, while one on the
act, its subject or a time phrase of its clause ("in a 2001 coup") still does; a verb in the simple past conjoined
to a base form keeps its own tense ("said they would sign … and rejected …"); "later" counted from the story's own
events ("two weeks later") is no future, "later this month" is. Model-free tests on hand-built Docs, and (slow) a
table of sentences written for these tests, with near misses."""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_plover import coded, make_doc

from kg.extract import plover
from kg.extract import plover_modality as pm

BASE = dt.date(2023, 6, 14)
P = (".", ".", "PUNCT", ".", "punct")

# "Peru rejected the 2015 deal ."
YEAR_OF_NOUN = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("rejected", "reject", "VERB", "VBD", "ROOT", 1),
                ("the", "the", "DET", "DT", "det", 4), ("2015", "2015", "NUM", "CD", "nummod", 4),
                ("deal", "deal", "NOUN", "NN", "dobj", 1), (*P, 1)]
YEAR_OF_NOUN_ENTS = ["O", "O", "O", "B-DATE", "O", "O"]
# "Peru seized power in a 2001 coup ."
YEAR_OF_TIME = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("seized", "seize", "VERB", "VBD", "ROOT", 1),
                ("power", "power", "NOUN", "NN", "dobj", 1), ("in", "in", "ADP", "IN", "prep", 1),
                ("a", "a", "DET", "DT", "det", 6), ("2001", "2001", "NUM", "CD", "nummod", 6),
                ("coup", "coup", "NOUN", "NN", "pobj", 3), (*P, 1)]
YEAR_OF_TIME_ENTS = ["O", "O", "O", "O", "O", "B-DATE", "O", "O"]
# "A 2006 report accused Peru ."
YEAR_OF_SUBJECT = [("A", "a", "DET", "DT", "det", 2), ("2006", "2006", "NUM", "CD", "nummod", 2),
                   ("report", "report", "NOUN", "NN", "nsubj", 3), ("accused", "accuse", "VERB", "VBD", "ROOT", 3),
                   ("Peru", "Peru", "PROPN", "NNP", "dobj", 3), (*P, 3)]
YEAR_OF_SUBJECT_ENTS = ["O", "B-DATE", "O", "O", "O", "O"]
# "Chile would sign and rejected Peru ." (rejected: simple past, joined to a base form)
PAST_AFTER_BASE = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 2), ("would", "would", "AUX", "MD", "aux", 2),
                   ("sign", "sign", "VERB", "VB", "ROOT", 2), ("and", "and", "CCONJ", "CC", "cc", 2),
                   ("rejected", "reject", "VERB", "VBD", "conj", 2), ("Peru", "Peru", "PROPN", "NNP", "dobj", 4),
                   (*P, 2)]
# "Chile would sign and reject Peru ." (a base form shares the "would")
BASE_AFTER_BASE = [*PAST_AFTER_BASE[:4], ("reject", "reject", "VERB", "VB", "conj", 2), *PAST_AFTER_BASE[5:]]


def _modality(rows, trigger, ents=None):
    doc = make_doc(rows, ents)
    return pm.modality(doc[trigger], plover.match(doc)[1], BASE)


def test_plover_modality_tense_a_year_naming_a_noun_dates_no_act():
    assert _modality(YEAR_OF_NOUN, 1, YEAR_OF_NOUN_ENTS) == "asserted"
    assert _modality(YEAR_OF_TIME, 1, YEAR_OF_TIME_ENTS) == "historical"  # a time phrase of the clause
    assert _modality(YEAR_OF_SUBJECT, 3, YEAR_OF_SUBJECT_ENTS) == "historical"  # the act's own agent


def test_plover_modality_tense_a_past_verb_joined_to_a_base_form_keeps_its_tense():
    assert pm.past_after_base(make_doc(PAST_AFTER_BASE)[4])
    assert _modality(PAST_AFTER_BASE, 4) == "asserted"
    assert _modality(BASE_AFTER_BASE, 4) == "future"  # "would … reject": the base form shares the "would"


TABLE = [
    # a year that names which thing a noun is dates no act
    ("Iran on Monday rejected the 2015 nuclear deal's new inspection terms.", "REJECT", "asserted"),
    ("Greek Cypriots demanded the withdrawal of Turkish troops under the 1960 treaties.", "REQUEST", "asserted"),
    ("The two governments pledged on Friday to revive a 2001 security agreement.", "AGREE", "asserted"),
    ("Pakistan accused India of violating the 1972 Simla accord on Sunday.", "ACCUSE", "asserted"),
    # near misses: a year on the act, a time phrase or the act's agent
    ("In 1996 the United States imposed sanctions on Iran.", "SANCTION", "historical"),
    ("In 1974 Greek Cypriots demanded the withdrawal of Turkish troops.", "REQUEST", "historical"),
    ("A 2006 US report accused Iran of backing the militias.", "ACCUSE", "historical"),
    ("Cypriot President Tassos Papadopoulos had rejected the 2004 UN plan for the island.", "REJECT", "historical"),
    ("About 600 people marched peacefully, unlike at the 2005 rally when police fired on demonstrators in Kuala "
     "Lumpur.", "ASSAULT", "historical"),
    # a simple past joined to a base form keeps its own tense
    ("Chilean President Gabriel Boric did not meet the Bolivian envoy and accused La Paz of stalling the talks.",
     "ACCUSE", "asserted"),
    ("The news agency reported that Pedro Castillo would meet the charges in court and blamed the Peruvian "
     "opposition for his problems.", "ACCUSE", "asserted"),
    # near misses: a base form shares the auxiliary
    ("Chilean President Gabriel Boric will meet the Bolivian envoy and accuse La Paz of stalling the talks.",
     "ACCUSE", "future"),
    ("Chilean President Gabriel Boric did not meet the Bolivian envoy or accuse La Paz of stalling the talks.",
     "ACCUSE", "negated"),
    # "later" counted from the story's events
    ("Three days later, the Green Party gave its backing to the Kenyan president.", "SUPPORT", "asserted"),
    ("Police arrested the opposition leader in Nairobi two days later.", "COERCE", "asserted"),
    # near misses: "later this …" is still to come; recent acts stay asserted
    ("Kenyan police will arrest the opposition leader later this week, officials said.", "COERCE", "future"),
    ("The European Union will impose sanctions on Belarus later today.", "SANCTION", "future"),
    ("The European Union imposed new sanctions on Belarus last week.", "SANCTION", "asserted"),
    ("Kenya accused Uganda last week of backing rebels.", "ACCUSE", "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, modality", TABLE)
def test_plover_modality_tense_table(facts_of, text, kind, modality):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert found, coded(facts_of(text))
    assert {c[3] for c in found} == {modality}

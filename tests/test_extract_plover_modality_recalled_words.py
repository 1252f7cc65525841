"""Modality of acts a word recalls from before the news or sets in the future (PLOVER modality, issue 10): an adverb
of ``plover-past-adverbs`` on an act told in the simple past or the past perfect ("had previously endorsed", "was
once jailed") and a modifier of ``plover-past-modifiers`` on an event noun ("previous attacks") make it historical
(kg.extract.plover_past.recalled_by_word), unless its own clause names a day of the news
(kg.extract.plover_modality.news_dated); "last year's" owning the trigger dates it (_past_phrase); a participle of
``plover-future-modifiers`` on an event noun ("a strike scheduled for Friday") and "likely to" (pm-intent) make a
future. Model-free tests on hand-built Docs, and (slow) a table of sentences written for these tests, with near
misses ("has previously called for", "had previously warned", "once again", "previously ... on Monday", "last year's vote" owned by no
trigger)."""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_plover import coded, make_doc

from kg.extract import plover, plover_past
from kg.extract import plover_modality as pm

BASE = dt.date(2023, 6, 14)
P = (".", ".", "PUNCT", ".", "punct")

# "Lieberman had previously endorsed McCain ."
HAD_PREVIOUSLY = [("Lieberman", "Lieberman", "PROPN", "NNP", "nsubj", 3), ("had", "have", "AUX", "VBD", "aux", 3),
                  ("previously", "previously", "ADV", "RB", "advmod", 3),
                  ("endorsed", "endorse", "VERB", "VBN", "ROOT", 3), ("McCain", "McCain", "PROPN", "NNP", "dobj", 3),
                  (*P, 3)]
# "Lieberman has previously endorsed McCain ." (present perfect: the news)
HAS_PREVIOUSLY = [HAD_PREVIOUSLY[0], ("has", "have", "AUX", "VBZ", "aux", 3), *HAD_PREVIOUSLY[2:]]
# "Israel once again attacked Gaza ." (a repetition)
ONCE_AGAIN = [("Israel", "Israel", "PROPN", "NNP", "nsubj", 3), ("once", "once", "ADV", "RB", "advmod", 3),
              ("again", "again", "ADV", "RB", "advmod", 3), ("attacked", "attack", "VERB", "VBD", "ROOT", 3),
              ("Gaza", "Gaza", "PROPN", "NNP", "dobj", 3), (*P, 3)]
# "Israel once attacked Gaza ."
ONCE = [ONCE_AGAIN[0], ("once", "once", "ADV", "RB", "advmod", 2), ("attacked", "attack", "VERB", "VBD", "ROOT", 2),
        ("Gaza", "Gaza", "PROPN", "NNP", "dobj", 2), (*P, 2)]
# "Hamas admitted previous attacks ." / "Hamas admitted new attacks ."
PREVIOUS_NOUN = [("Hamas", "Hamas", "PROPN", "NNP", "nsubj", 1), ("admitted", "admit", "VERB", "VBD", "ROOT", 1),
                 ("previous", "previous", "ADJ", "JJ", "amod", 3), ("attacks", "attack", "NOUN", "NNS", "dobj", 1),
                 (*P, 1)]
NEW_NOUN = [*PREVIOUS_NOUN[:2], ("new", "new", "ADJ", "JJ", "amod", 3), *PREVIOUS_NOUN[3:]]
# "Police previously arrested protesters on Monday ." (a day of the news)
ON_MONDAY = [("Police", "police", "NOUN", "NNS", "nsubj", 2), ("previously", "previously", "ADV", "RB", "advmod", 2),
             ("arrested", "arrest", "VERB", "VBD", "ROOT", 2), ("protesters", "protester", "NOUN", "NNS", "dobj", 2),
             ("on", "on", "ADP", "IN", "prep", 2), ("Monday", "Monday", "PROPN", "NNP", "pobj", 4), (*P, 2)]
ON_MONDAY_ENTS = ["O", "O", "O", "O", "O", "B-DATE", "O"]


def _modality(rows, trigger, ents=None):
    doc = make_doc(rows, ents)
    return pm.modality(doc[trigger], plover.match(doc)[1], BASE)


def test_plover_past_recalled_by_word_reads_past_adverbs_and_modifiers():
    doc = make_doc(HAD_PREVIOUSLY)
    assert plover_past.recalled_by_word(doc[3], [doc[3]])
    has = make_doc(HAS_PREVIOUSLY)
    assert not plover_past.recalled_by_word(has[3], [has[3]])  # present perfect: the news
    again = make_doc(ONCE_AGAIN)
    assert not plover_past.recalled_by_word(again[3], [again[3]])  # "once again": a repetition
    once = make_doc(ONCE)
    assert plover_past.recalled_by_word(once[2], [once[2]])
    said = make_doc([*HAD_PREVIOUSLY[:3], ("warned", "warn", "VERB", "VBN", "ROOT", 3), *HAD_PREVIOUSLY[4:]])
    assert not plover_past.recalled_by_word(said[3], [said[3]])  # "had previously warned Y": a speech verb
    noun = make_doc(PREVIOUS_NOUN)
    assert plover_past.recalled_by_word(noun[3], [noun[3], noun[1]])
    new = make_doc(NEW_NOUN)
    assert not plover_past.recalled_by_word(new[3], [new[3], new[1]])


def test_plover_modality_recalled_words_make_an_act_historical_unless_dated_in_the_news():
    assert _modality(HAD_PREVIOUSLY, 3) == "historical"
    assert _modality(HAS_PREVIOUSLY, 3) == "asserted"
    assert _modality(ONCE_AGAIN, 3) == "asserted"
    assert _modality(ONCE, 2) == "historical"
    assert _modality(ON_MONDAY, 2, ON_MONDAY_ENTS) == "asserted"  # "previously ... on Monday": the news
    assert _modality(ON_MONDAY, 2) == "historical"


def test_plover_modality_a_planned_participle_on_an_event_noun_makes_a_future():
    # "Unions announced a strike scheduled for Friday ." / "... a strike held on Friday ." (done)
    rows = [("Unions", "union", "NOUN", "NNS", "nsubj", 1), ("announced", "announce", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 3), ("strike", "strike", "NOUN", "NN", "dobj", 1),
            ("scheduled", "schedule", "VERB", "VBN", "acl", 3), ("for", "for", "ADP", "IN", "prep", 4),
            ("Friday", "Friday", "PROPN", "NNP", "pobj", 5), (*P, 1)]
    assert _modality(rows, 3) == "future"
    held = [*rows[:4], ("held", "hold", "VERB", "VBN", "acl", 3), ("on", "on", "ADP", "IN", "prep", 4), *rows[6:]]
    assert _modality(held, 3) == "asserted"


TABLE = [
    # adverbs and modifiers that recall an act from before the news
    ("Senator Lieberman had previously endorsed John McCain for the presidency.", "SUPPORT", "historical"),
    ("The Labour Party previously supported sending troops to Iraq.", "SUPPORT", "historical"),
    ("Khan was once jailed by the Pakistani government.", "COERCE", "historical"),
    ("The MeK has admitted responsibility for previous attacks on Iran.", "ASSAULT", "historical"),
    # "last year's" owning the act
    ("Hamas claimed responsibility for last year's attack on the embassy.", "ASSAULT", "historical"),
    ("The army was blamed for last year's crackdown on protesters in Yangon.", "COERCE", "historical"),
    # futures: a participle of plan on the event noun, "likely to"
    ("The unions announced a general strike scheduled for Friday.", "PROTEST", "future"),
    ("Kenyan President William Ruto is likely to meet Ugandan President Yoweri Museveni next week.", "CONSULT",
     "future"),
    # near misses: the present perfect, a repetition, a day of the news, a date owned by another noun
    ("The ministry has previously called for the asylum seekers to return home.", "REQUEST", "asserted"),
    ("Israeli jets once again attacked targets in Gaza.", "ASSAULT", "asserted"),
    ("Police previously arrested 20 protesters in Lima on Monday.", "COERCE", "asserted"),
    ("The opposition denounced last year's vote in parliament.", "ACCUSE", "asserted"),
    ("Hamas claimed responsibility for Monday's attack on the embassy.", "ASSAULT", "asserted"),
    ("The unions held a general strike on Friday.", "PROTEST", "asserted"),
    ("A rally planned in Stockholm by Iraqi refugees went ahead on Thursday.", "PROTEST", "asserted"),
    ("Kenyan President William Ruto met Ugandan President Yoweri Museveni on Monday.", "CONSULT", "asserted"),
]

NOT_ASSERTED = [  # a planned or likely act is not coded as done
    ("The unions announced a general strike scheduled for Friday.", "PROTEST"),
    ("Kenyan President William Ruto is likely to meet Ugandan President Yoweri Museveni next week.", "CONSULT"),
    ("Senator Lieberman had previously endorsed John McCain for the presidency.", "SUPPORT"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, modality", TABLE)
def test_plover_modality_recalled_words_table(facts_of, text, kind, modality):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert found, coded(facts_of(text))
    assert found[0][3] == modality, coded(facts_of(text))


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", NOT_ASSERTED)
def test_plover_modality_recalled_words_not_asserted(facts_of, text, kind):
    assert all(c[3] != "asserted" for c in coded(facts_of(text)) if c[0] == kind), coded(facts_of(text))

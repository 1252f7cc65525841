"""The narrative time of a paragraph (kg.extract.plover_narrative): a past act with no date of its own, told after a
sentence of its paragraph dated years back, is historical. Model-free tests on hand-built Docs, and (slow)
paragraphs written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
from test_extract_plover import assert_first_coded, make_doc

from kg.extract.plover_narrative import narrated_past, past_told, sentence_time

BASE = dt.date(2023, 6, 14)
P = (".", ".", "PUNCT", ".", "punct")


def _story(year: str, second: list[tuple], gap: bool = False):
    """ "In <year> Lind shot Moro ." then ``second`` (rows whose heads count from its own first word), after a
    paragraph break when ``gap``."""
    first = [("In", "in", "ADP", "IN", "prep", 3), (year, year, "NUM", "CD", "pobj", 0),
             ("Lind", "Lind", "PROPN", "NNP", "nsubj", 3), ("shot", "shoot", "VERB", "VBD", "ROOT", 3),
             ("Moro", "Moro", "PROPN", "NNP", "dobj", 3), (*P, 3)]
    if gap:
        first.append(("\n\n", "\n\n", "SPACE", "_SP", "dep", 5))
    n = len(first)
    rows = first + [(*r[:5], r[5] + n) for r in second]
    ents = ["O", "B-DATE"] + ["O"] * (len(rows) - 2)
    return make_doc(rows, ents=ents), n


# "He was sentenced ."
SENTENCED = [("He", "he", "PRON", "PRP", "nsubjpass", 2), ("was", "be", "AUX", "VBD", "auxpass", 2),
             ("sentenced", "sentence", "VERB", "VBN", "ROOT", 2), (*P, 2)]
# "He has been sentenced ."
PERFECT = [("He", "he", "PRON", "PRP", "nsubjpass", 3), ("has", "have", "AUX", "VBZ", "aux", 3),
           ("been", "be", "AUX", "VBN", "auxpass", 3), ("sentenced", "sentence", "VERB", "VBN", "ROOT", 3), (*P, 3)]


def test_plover_narrative_a_past_act_after_a_sentence_dated_years_back_is_historical():
    doc, n = _story("1968", SENTENCED)
    assert past_told(doc[n + 2]) and narrated_past(doc[n + 2], BASE)
    assert sentence_time(doc[0:6], BASE) == "old" and sentence_time(doc[n:], BASE) is None


def test_plover_narrative_a_recent_date_a_perfect_or_a_paragraph_break_keeps_the_news():
    doc, n = _story("2023", SENTENCED)  # the article's year: the news
    assert sentence_time(doc[0:6], BASE) == "new" and not narrated_past(doc[n + 2], BASE)
    doc, n = _story("1968", PERFECT)  # "has been sentenced": told as news
    assert not past_told(doc[n + 3]) and not narrated_past(doc[n + 3], BASE)
    doc, n = _story("1968", SENTENCED, gap=True)  # a new paragraph
    assert not narrated_past(doc[n + 2], BASE)
    doc, n = _story("1968", SENTENCED)
    assert not narrated_past(doc[n + 2], None)  # no article date


def test_plover_narrative_a_date_of_a_noun_or_since_dates_no_act():
    # "Lind shot the 1968 candidate ." : the year is the noun's
    rows = [("Lind", "Lind", "PROPN", "NNP", "nsubj", 1), ("shot", "shoot", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 4), ("1968", "1968", "NUM", "CD", "nummod", 4),
            ("candidate", "candidate", "NOUN", "NN", "dobj", 1), (*P, 1)]
    doc = make_doc(rows, ents=["O", "O", "O", "B-DATE", "O", "O"])
    assert sentence_time(doc[0:], BASE) is None
    # "Since 1968 Lind shot Moro ."
    since = make_doc([("Since", "since", "ADP", "IN", "prep", 3), ("1968", "1968", "NUM", "CD", "pobj", 0),
                      ("Lind", "Lind", "PROPN", "NNP", "nsubj", 3), ("shot", "shoot", "VERB", "VBD", "ROOT", 3),
                      ("Moro", "Moro", "PROPN", "NNP", "dobj", 3), (*P, 3)], ents=["O", "B-DATE", "O", "O", "O", "O"])
    assert sentence_time(since[0:], BASE) is None  # "since 1968": still going on


def test_plover_narrative_reported_speech_is_the_news_and_a_relative_clause_dates_no_act():
    # "Lind said ." : an undated report of speech ends the background
    said = make_doc([("Lind", "Lind", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1), (*P, 1)])
    assert sentence_time(said[0:], BASE) == "new"
    # "Moro , who ran in 1968 , shot Lind ." : the year is the relative clause's
    rows = [("Moro", "Moro", "PROPN", "NNP", "nsubj", 7), (",", ",", "PUNCT", ",", "punct", 0),
            ("who", "who", "PRON", "WP", "nsubj", 3), ("ran", "run", "VERB", "VBD", "relcl", 0),
            ("in", "in", "ADP", "IN", "prep", 3), ("1968", "1968", "NUM", "CD", "pobj", 4),
            (",", ",", "PUNCT", ",", "punct", 0), ("shot", "shoot", "VERB", "VBD", "ROOT", 7),
            ("Lind", "Lind", "PROPN", "NNP", "dobj", 7), (*P, 7)]
    doc = make_doc(rows, ents=["O"] * 5 + ["B-DATE"] + ["O"] * 4)
    assert sentence_time(doc[0:], BASE) is None


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, modality", [
    ("In 1994 Armenian troops seized the town of Kelbajar. Azerbaijan accused Armenia of ethnic cleansing.",
     "ACCUSE", {"AZ"}, "historical"),
    ("Marco Ruiz, a Chilean activist, was jailed by the military in 1975. The junta released him a year later "
     "after an appeal.", "RETREAT", None, "historical"),
    ("In 1994 Armenian troops seized the town of Kelbajar. Azerbaijan accused Armenia of ethnic cleansing on "
     "Monday.", "ACCUSE", {"AZ"}, "asserted"),
    ("In 1994 Armenian troops seized the town of Kelbajar.\n\nAzerbaijan accused Armenia of ethnic cleansing.",
     "ACCUSE", {"AZ"}, "asserted"),
    ("In 1994 Armenian troops seized the town of Kelbajar. Azerbaijan has accused Armenia of ethnic cleansing.",
     "ACCUSE", {"AZ"}, "asserted"),
])
def test_plover_narrative_paragraphs(facts_of, text, kind, sources, modality):
    facts = facts_of(text)
    found = [e for e in facts.political_events if e.type == kind]
    assert found, facts.political_events
    if sources is not None:
        assert_first_coded(facts, kind, sources, None, modality)
    else:
        assert found[0].modality == modality


def test_plover_narrative_sentence_times_are_kept_once_per_doc():
    doc, n = _story("1968", SENTENCED)
    assert narrated_past(doc[n + 2], BASE)
    times = doc.user_data["kg_sentence_times"]
    assert times[(0, BASE)] == "old" and times[(n, BASE)] is None  # both sentences, as sentence_time gives them
    times[(0, BASE)] = "new"  # a kept time is read, not computed again
    assert not narrated_past(doc[n + 2], BASE)

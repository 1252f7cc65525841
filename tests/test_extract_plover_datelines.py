"""PLOVER sources on news leads (session 41): the place of a wire dateline that opens the body ("VILNIUS, Aug. 4 —")
is never an event's actor, though the parser often takes it for a second subject of the lead's verb; the lead's
own subject, or the noun the parser hung from the dateline after its dash, acts. "X and Y first met in 2009"
(how two people got to know each other, marked by the meeting rule ``meet-first``) is no CONSULT, and two
politicians who clash, clash in words (ACCUSE), not in arms.
Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.extract import plover
from kg.extract.context import in_dateline
from kg.extract.plover_subjects import subject

from test_extract_plover import VOCAB, coded, make_doc

# "TARVOS , May 2 — Peru expelled the envoy ." (the parser's two subjects: the dateline place and Peru)
TWO_SUBJECTS = [("TARVOS", "TARVOS", "PROPN", "NNP", "nsubj", 7), (",", ",", "PUNCT", ",", "punct", 0),
                ("May", "May", "PROPN", "NNP", "npadvmod", 0), ("2", "2", "NUM", "CD", "nummod", 2),
                ("—", "—", "PUNCT", ":", "punct", 0), ("Peru", "Peru", "PROPN", "NNP", "nsubj", 7),
                ("then", "then", "ADV", "RB", "advmod", 7), ("expelled", "expel", "VERB", "VBD", "ROOT", 7),
                ("the", "the", "DET", "DT", "det", 9), ("envoy", "envoy", "NOUN", "NN", "dobj", 7),
                (".", ".", "PUNCT", ".", "punct", 7)]
# "TARVOS , May 2 — Chilean ministers expelled the envoy ." (the ministers in apposition to the place)
APPOSED = [("TARVOS", "TARVOS", "PROPN", "NNP", "nsubj", 6), (",", ",", "PUNCT", ",", "punct", 0),
           ("May", "May", "PROPN", "NNP", "npadvmod", 0), ("2", "2", "NUM", "CD", "nummod", 2),
           ("—", "—", "PUNCT", ":", "punct", 0), ("ministers", "minister", "NOUN", "NNS", "appos", 0),
           ("expelled", "expel", "VERB", "VBD", "ROOT", 6), ("the", "the", "DET", "DT", "det", 8),
           ("envoy", "envoy", "NOUN", "NN", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 6)]


def test_context_in_dateline_marks_the_place_of_the_body_dateline_only():
    doc = make_doc(TWO_SUBJECTS)
    assert [in_dateline(t) for t in doc][:6] == [True, False, False, False, False, False]
    # a title line before the body: the dateline opens the body
    doc = Doc(VOCAB, words=["Peru", "expels", "envoy", "\n\n", "TARVOS", ",", "May", "2", "—", "Peru"])
    assert [in_dateline(t) for t in doc] == [False] * 4 + [True] + [False] * 5
    # a news date line between the title and the dateline
    words = ["Peru", "acts", "\n\n", "Friday", ",", "May", "25", ",", "2018", "\n\n", "LIMA", "—", "Peru"]
    spaces = [True, False, False, False, True, True, False, True, False, False, True, True, False]
    doc = Doc(VOCAB, words=words, spaces=spaces)
    assert [t.text for t in doc if in_dateline(t)] == ["LIMA"]
    # a headline that opens with an acronym and a comma has no dash: no dateline
    doc = Doc(VOCAB, words=["NATO", ",", "EU", "condemn", "the", "strikes"])
    assert not any(in_dateline(t) for t in doc)
    # a place further down the article is no dateline
    doc = Doc(VOCAB, words=["Peru", "acted", ".", "\n\n", "Chile", "agreed", ".", "\n\n", "LIMA", ",", "May", "—", "x"])
    assert not any(in_dateline(t) for t in doc)


@pytest.mark.parametrize("rows, expected", [(TWO_SUBJECTS, "Peru"), (APPOSED, "ministers")])
def test_plover_subjects_a_dateline_place_is_no_subject(rows, expected):
    doc = make_doc(rows)
    verb = next(t for t in doc if t.dep_ == "ROOT")
    found = subject(verb)
    assert found is not None and found.text == expected


def test_plover_match_first_met_carries_the_everyday_mark_and_is_no_consult():
    # "Ruiz first met Varga in 2009 ."
    doc = make_doc([("Ruiz", "Ruiz", "PROPN", "NNP", "nsubj", 2), ("first", "first", "ADV", "RB", "advmod", 2),
                    ("met", "meet", "VERB", "VBD", "ROOT", 2), ("Varga", "Varga", "PROPN", "NNP", "dobj", 2),
                    ("in", "in", "ADP", "IN", "prep", 2), ("2009", "2009", "NUM", "CD", "pobj", 4),
                    (".", ".", "PUNCT", ".", "punct", 2)])
    hits, _ = plover.match(doc)
    assert hits[2].pattern.id == "ph-consult-meet"
    assert hits[2].pattern.get("not_rule_marks") == ["everyday-meet"]
    assert not plover._fits(doc[2], hits[2])
    doc = make_doc([("Ruiz", "Ruiz", "PROPN", "NNP", "nsubj", 1), ("met", "meet", "VERB", "VBD", "ROOT", 1),
                    ("Varga", "Varga", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)])
    hits, _ = plover.match(doc)
    assert plover._fits(doc[1], hits[1])


def _first(facts, kind):
    return next((c for c in coded(facts) if c[0] == kind), None)


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, source", [
    ("VELDOR, Aug. 4, 2023 — Lithuania ordered a Belarusian diplomat to leave the country within 72 hours.",
     "SANCTION", {"LT"}),
    ("KORRAN, March 18 (AFP) — Pakistani warplanes struck militant hideouts inside Afghanistan early on Monday, "
     "killing eight people.", "ASSAULT", {"PK"}),
    ("TALMERE, April 23 — A senior United States delegation warned the Solomon Islands on Friday that Washington "
     "would respond.", "THREATEN", {"US"}),
    ("NAIROBI (Reuters) - Kenya accused Somalia of violating its sovereignty on Tuesday.", "ACCUSE", {"KE"}),
    ("BRUSSELS/BAMAKO, Dec 13 — European Union foreign ministers on Monday adopted sanctions against Mali.",
     "SANCTION", {"EU"}),
    ("RIYADH/SANAA, March 26 — Saudi Arabia and its Gulf allies launched air strikes against Houthi rebels in "
     "Yemen early on Thursday.", "ASSAULT", {"SA"}),
    ("WASHINGTON — The United States imposed new sanctions on Iran on Monday.", "SANCTION", {"US"}),
])
def test_plover_news_the_lead_subject_acts_not_the_dateline(facts_of, text, kind, source):
    found = _first(facts_of(text), kind)
    assert found is not None and source <= found[1], coded(facts_of(text))


@pytest.mark.slow
def test_plover_news_a_dateline_city_is_no_target(facts_of):
    text = "Minsk, Feb 12 — The leaders of Russia, Ukraine, Germany and France agreed on a ceasefire after talks."
    assert all("BY" not in c[1] | c[2] for c in coded(facts_of(text))), coded(facts_of(text))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Lula, who first met Xi in 2009 when Xi was vice president, praised the visit.",
    "He first met Yoon in 2022 on the sidelines of a United Nations gathering.",
    "The two leaders, who first met in 1998 when both were businessmen, spoke by phone on Monday.",
    "Macron originally met Scholz when both were finance ministers.",
])
def test_plover_news_first_met_is_no_consult(facts_of, text):
    assert all(c[0] != "CONSULT" for c in coded(facts_of(text))), coded(facts_of(text))


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", [
    ("The Chinese foreign minister will visit Germany next week.", "CONSULT"),
    ("Peru's president did not meet his Chilean counterpart on Monday.", "CONSULT"),
])
def test_plover_news_other_meetings_stay_consults(facts_of, text, kind):
    assert _first(facts_of(text), kind) is not None, coded(facts_of(text))


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", [
    ("Hillary Clinton and Donald Trump clashed over a leaked recording on Sunday night.", "ACCUSE"),
    ("The opposition leader clashed with the prime minister over the budget in parliament.", "ACCUSE"),
    ("Rebels clashed with government troops near the border on Monday.", "ASSAULT"),
    ("Police clashed with protesters in the capital on Saturday.", "ASSAULT"),
    ("Armenian and Azerbaijani troops clashed along the border overnight.", "ASSAULT"),
])
def test_plover_news_politicians_clash_in_words(facts_of, text, kind):
    found = [c[0] for c in coded(facts_of(text))]
    assert kind in found and ({"ACCUSE", "ASSAULT"} - {kind}).isdisjoint(found), coded(facts_of(text))

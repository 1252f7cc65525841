"""Recall of triggers and sources (session 105): working with or together with another actor is no trigger of
its own (generic in "when we work together we can achieve great things"); a verdict of guilty is a conviction
(``ph-sanction-found-guilty``); an agreement named by its parties after "between" is theirs
(``ph-agree-deal-between``); the polity before a split "-led" leads what the noun names ("the US-led coalition",
"the Saudi-led airstrikes": :func:`kg.extract.plover_actors.leaders`, ``plover-leading-participles``), and "the
coalition" after it is that polity (``plover-body-anaphor-nouns``). Model-free tests on hand-built Docs, and (slow)
sentences written for these tests, with near misses that must stay quiet."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_sources, assert_not_coded, make_doc
from test_extract_plover_recall24 import _rule
from test_extract_plover_sources import _rows, actors, codes

from kg.extract import plover_actors as pa

# "The US - led coalition attacked Mosul . The coalition denied it ."
LED = _rows("The/the/DET/DT/det/4 US/US/PROPN/NNP/npadvmod/3 -/-/PUNCT/HYPH/punct/3 led/lead/VERB/VBN/amod/4 "
            "coalition/coalition/NOUN/NN/nsubj/5 attacked/attack/VERB/VBD/ROOT/5 Mosul/Mosul/PROPN/NNP/dobj/5 "
            "././PUNCT/./punct/5 The/the/DET/DT/det/9 coalition/coalition/NOUN/NN/nsubj/10 "
            "denied/deny/VERB/VBD/ROOT/10 it/it/PRON/PRP/dobj/10 ././PUNCT/./punct/10")
LED_ENTS = ["O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O"]


def _led(participle: str, lemma: str):
    rows = [(participle, lemma, *r[2:]) if n == 3 else r for n, r in enumerate(LED)]
    return make_doc(rows, LED_ENTS)


def test_plover_actors_leaders_a_split_led_names_its_leader_backed_does_not():
    doc = _led("led", "lead")
    assert [t.text for t in pa.leaders(doc[3])] == ["US"]
    assert codes(pa.actors_of(actors(doc), doc[4])) == ["US"]
    backed = _led("backed", "back")
    assert pa.leaders(backed[3]) == []  # "US-backed forces": the US backs them, it does not lead them
    assert codes(pa.actors_of(actors(backed), backed[4])) == []


def test_plover_actors_the_coalition_after_a_led_coalition_is_its_leader():
    doc = _led("led", "lead")
    assert codes(pa.actors_of(actors(doc), doc[9])) == ["US"]
    backed = _led("backed", "back")
    assert codes(pa.actors_of(actors(backed), backed[9])) == []  # no leader named before it


def _worked(word: str, prep: str) -> list[tuple]:
    """ "Egypt worked <prep> Iraq ." with "<prep>" an adverb "together" when ``prep`` is that."""
    dep, pos = ("advmod", "ADV") if prep == "together" else ("prep", "ADP")
    rows = [("Egypt", "Egypt", "PROPN", "NNP", "nsubj", 1), (word, "work", "VERB", "VBD", "ROOT", 1),
            (prep, prep, pos, "IN", dep, 1)]
    if prep != "together":
        rows.append(("Iraq", "Iraq", "PROPN", "NNP", "pobj", 2))
    return rows + [(".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_match_working_with_together_or_on_is_no_trigger():
    assert _rule(_worked("worked", "with")) is None
    assert _rule(_worked("worked", "together")) is None
    assert _rule(_worked("worked", "on")) is None
    assert _rule(_worked("worked", "for")) is None


def _found(word: str, dep: str = "oprd") -> list[tuple]:
    """ "X was found <word> ." """
    return _rows(f"X/X/PROPN/NNP/nsubjpass/2 was/be/AUX/VBD/auxpass/2 found/find/VERB/VBN/ROOT/2 "
                 f"{word}/{word}/ADJ/JJ/{dep}/2 ././PUNCT/./punct/2")


def test_plover_match_found_guilty_is_a_conviction_found_dead_is_not():
    assert _rule(_found("guilty"), at=2) == "ph-sanction-found-guilty"
    assert _rule(_found("guilty", "ccomp"), at=2) == "ph-sanction-found-guilty"
    assert _rule(_found("dead"), at=2) is None
    assert _rule(_found("responsible"), at=2) is None


def _deal(noun: str, prep: str) -> list[tuple]:
    """ "the <noun> <prep> Egypt and Israel" as the object of "Peru backed" """
    return _rows(f"Peru/Peru/PROPN/NNP/nsubj/1 backed/back/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
                 f"{noun}/{noun}/NOUN/NN/dobj/1 {prep}/{prep}/ADP/IN/prep/3 Egypt/Egypt/PROPN/NNP/pobj/4 "
                 f"and/and/CCONJ/CC/cc/5 Israel/Israel/PROPN/NNP/conj/5 ././PUNCT/./punct/1")


def test_plover_match_an_agreement_between_parties_is_theirs_one_with_or_a_bill_is_not():
    assert _rule(_deal("treaty", "between"), at=3) == "ph-agree-deal-between"
    assert _rule(_deal("truce", "between"), at=3) == "ph-agree-deal-between"
    assert _rule(_deal("treaty", "with"), at=3) is None
    assert _rule(_deal("border", "between"), at=3) is None


RECALL = [  # (text, type, sources)
    ("The former Chilean minister was found guilty of corruption by a court in Santiago.", "SANCTION", {"CL"}),
    ("The United States supports the original peace treaty between Egypt and Israel.", "AGREE", {"EG", "IL"}),
    ("The US-led coalition launched airstrikes on Mosul on Monday.", "ASSAULT", {"US"}),
    ("The Saudi-led coalition launched airstrikes on Sanaa. The coalition denied hitting civilians.", "REJECT",
     {"SA"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources", RECALL)
def test_plover_led_and_joint_work_sentences_table(facts_of, text, kind, sources):
    assert_first_sources(facts_of(text), kind, sources)


@pytest.mark.slow
def test_plover_led_and_joint_work_no_event_in_near_misses(facts_of):
    assert_not_coded(facts_of, (
        ("She worked with refugees in Kenya for twenty years.", "COOPERATE"),
        ("Egypt urged Israel and Hamas to work together.", "COOPERATE"),
        ("When we work together we can achieve great things, the Canadian prime minister told Biden.", "COOPERATE"),
        ("The Chilean engineers worked on the new bridge in Santiago.", "COOPERATE"),
        ("The Peruvian journalist was found dead in his apartment in Lima.", "SANCTION"),
        ("The US-backed forces of Syria met in Raqqa.", "ASSAULT"),
        ("The coalition of Kenyan churches met in Nairobi on Monday.", "REJECT"),
    ))

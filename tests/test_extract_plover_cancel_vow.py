"""PLOVER types of cancellations and vows (session 41): a meeting, visit or talks cancelled, scrapped or called off
is a REJECT (PLOVER manual, SANCTION: "Cancellation of meetings are REJECT"), not the SANCTION of the converted
CAMEO 16x patterns, and "called ... on Thursday" is no "call on" request; a vow that force will be used or that
another will pay a price is a THREATEN, as a vow to use force is.
Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover
from kg.extract.plover_match import Hit
from kg.patterns import family

from test_extract_plover import coded, make_doc


def plover_patterns():
    return family("plover")


def _called(obj: tuple, ent: str) -> tuple[list[tuple], list[str]]:
    """ "Peru called on <obj> for talks ." """
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("called", "call", "VERB", "VBD", "ROOT", 1),
            ("on", "on", "ADP", "IN", "prep", 1), obj, ("for", "for", "ADP", "IN", "prep", 1),
            ("talks", "talk", "NOUN", "NNS", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
    return rows, ["B-GPE", "O", "O", ent, "O", "O", "O"]


def test_plover_match_called_on_a_date_is_no_call_on():
    rows, ents = _called(("Thursday", "Thursday", "PROPN", "NNP", "pobj", 2), "B-DATE")
    doc = make_doc(rows, ents=ents)
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-request-call" and hits[1].used == (4,)  # "called … for talks"
    on = next(p for p in plover_patterns() if p.id == "ph-request-call-on")
    assert on.get("not_dated_particle")
    assert not plover._fits(doc[1], Hit(1, on, (2,)))  # the particle "on": its object is a date
    rows, ents = _called(("Chile", "Chile", "PROPN", "NNP", "pobj", 2), "B-GPE")
    doc = make_doc(rows, ents=ents)
    assert plover._fits(doc[1], Hit(1, on, (2,)))


@pytest.mark.parametrize("verb, lemma, obj, obj_lemma, expected", [
    ("cancelled", "cancel", "summit", "summit", "ph-reject-cancel-meeting"),
    ("scrapped", "scrap", "visit", "visit", "ph-reject-cancel-meeting"),
    ("cancelled", "cancel", "flights", "flight", "pc-cancel+flights"),
])
def test_plover_match_a_cancelled_meeting_is_a_rejection(verb, lemma, obj, obj_lemma, expected):
    # "Peru <verb> the <obj> ."
    doc = make_doc([("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1),
                    ("the", "the", "DET", "DT", "det", 3), (obj, obj_lemma, "NOUN", "NN", "dobj", 1),
                    (".", ".", "PUNCT", ".", "punct", 1)])
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == expected
    assert (hits[1].pattern.get("plover") == "REJECT") is expected.startswith("ph-reject")


def test_plover_match_a_vow_that_another_will_pay_is_a_threat():
    # "Peru vowed that the attackers would pay a price ."
    doc = make_doc([("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("vowed", "vow", "VERB", "VBD", "ROOT", 1),
                    ("that", "that", "SCONJ", "IN", "mark", 6), ("the", "the", "DET", "DT", "det", 4),
                    ("attackers", "attacker", "NOUN", "NNS", "nsubj", 6), ("would", "would", "AUX", "MD", "aux", 6),
                    ("pay", "pay", "VERB", "VB", "ccomp", 1), ("a", "a", "DET", "DT", "det", 8),
                    ("price", "price", "NOUN", "NN", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 1)])
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-threaten-vow-that-price"
    assert hits[1].pattern.get("plover") == "THREATEN"


@pytest.mark.slow
@pytest.mark.parametrize("text, source, target", [
    ("President Donald Trump on Thursday called off his planned summit with North Korean leader Kim Jong Un.",
     "Donald Trump", "Kim Jong Un"),
    ("President Ilse Varga cancelled the meeting with Chancellor Olaf Scholz on Monday.", "Ilse Varga", "Olaf Scholz"),
    ("Japan scrapped the foreign minister's trip to Seoul after the court ruling.", "JP", None),
    ("India on Friday cancelled the planned talks with Pakistan, citing the killing of three policemen.", "IN", "PK"),
])
def test_plover_news_a_cancelled_meeting_is_a_rejection(facts_of, text, source, target):
    found = [c for c in coded(facts_of(text)) if c[0] == "REJECT"]
    assert found and source in found[0][1] and (target is None or target in found[0][2]), coded(facts_of(text))
    assert all(c[0] not in ("SANCTION", "REQUEST") for c in coded(facts_of(text))), coded(facts_of(text))


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "The union called off the strike on Monday.",
    "The airline cancelled flights to Moscow because of the storm.",
    "Organisers cancelled the concert after the attack.",
    "The summit was postponed until next month.",
    "The president called on Monday for calm.",
])
def test_plover_news_other_cancellations_are_no_rejection(facts_of, text):
    assert all(c[0] != "REJECT" for c in coded(facts_of(text))), coded(facts_of(text))


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", [
    ("President Asif Ali Zardari vowed that those behind the attack would pay a heavy price.", "THREATEN"),
    ("The rebel commander swore that his fighters would crush the government offensive.", "THREATEN"),
    ("The Kenyan president pledged that the killers would face justice.", "THREATEN"),
    ("Iran vowed to retaliate against Israel for the strike.", "THREATEN"),
    ("The governor vowed that the city would be rebuilt within a year.", "AGREE"),
    ("The party vowed that it would fight corruption.", "AGREE"),
])
def test_plover_news_a_vow_of_force_or_price_is_a_threat(facts_of, text, kind):
    found = [c[0] for c in coded(facts_of(text))]
    assert kind in found and ({"THREATEN", "AGREE"} - {kind}).isdisjoint(found), coded(facts_of(text))


@pytest.mark.slow
def test_plover_news_a_coach_vow_is_no_threat(facts_of):
    text = "The coach vowed that his team would crush their rivals on Saturday."
    assert all(c[0] != "THREATEN" for c in coded(facts_of(text))), coded(facts_of(text))

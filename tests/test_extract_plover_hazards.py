"""PLOVER events whose source is a fire, a storm or another hazard, or a news outlet, are not coded, nor is the idiom
"as opposed to" (kg.extract.plover_hazards).
Model-free tests on built facts, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.plover_hazards import acted, hazard, idiom_marked
from kg.model import Actor, Evidence, Person, PoliticalEventFact

from test_extract_plover import make_doc
from test_extract_plover_recall24 import PUNCT, _pattern, _rule

ARMY = Actor("Zarovian army", country="ZZ", sector="MIL")


def fact(*sources: Actor) -> PoliticalEventFact:
    ev = Evidence("a", "The fire killed two.", 0, 9, 15, "plover:ph-assault-kill")
    return PoliticalEventFact("p1", "ASSAULT", sources, (), "asserted", ev)


def test_plover_hazard_sources():
    assert hazard(Actor("Hotel fire", org="Hotel fire")) and hazard(Actor("the apartment block blaze"))
    assert hazard(Actor("Cyclone Mora", person=Person("Cyclone Mora", "Cyclone Mora")))  # the parser's "person"
    assert not hazard(Actor("fire service")) and not hazard(ARMY)
    assert not hazard(Actor("Ana Storm", person=Person("Ana Storm", "Ana Storm")))


def test_plover_hazard_events_left_out_other_sources_kept():
    kept = acted([fact(Actor("Hotel fire")), fact(ARMY), fact(Actor("Typhoon Halong"), ARMY)])
    assert [tuple(a.label for a in f.sources) for f in kept] == [("Zarovian army",), ("Zarovian army",)]


def test_plover_news_outlet_sources_left_out_a_state_agency_kept():
    paper, agency = Actor("The Lima Times"), Actor("Zarovian news agency", country="ZZ")
    kept = acted([fact(paper), fact(agency), fact(Actor("newspaper"), ARMY)])
    assert [tuple(a.label for a in f.sources) for f in kept] == [("Zarovian news agency",), ("Zarovian army",)]


def _opposed(mark: str, subject: bool) -> list[tuple]:
    """ "Chile praised talks , <mark> opposed to sanctions ." or, with a subject, "... , <mark> Peru opposed them ."."""
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("praised", "praise", "VERB", "VBD", "ROOT", 1),
            ("talks", "talk", "NOUN", "NNS", "dobj", 1), (",", ",", "PUNCT", ",", "punct", 1),
            (mark, mark.lower(), "SCONJ", "IN", "mark", 5)]
    if subject:
        return rows + [("opposed", "oppose", "VERB", "VBD", "advcl", 1), ("Peru", "Peru", "PROPN", "NNP", "nsubj", 5),
                       ("them", "they", "PRON", "PRP", "dobj", 5), (*PUNCT, 1)]
    return rows + [("opposed", "oppose", "VERB", "VBN", "advcl", 1), ("to", "to", "ADP", "IN", "prep", 5),
                   ("sanctions", "sanction", "NOUN", "NNS", "pobj", 6), (*PUNCT, 1)]


def test_plover_as_opposed_to_is_an_idiom_no_rejection():
    assert _pattern("ph-reject").get("not_marked") == ["as"]
    idiom = _opposed("as", subject=False)
    assert _rule(idiom, at=5) is None
    assert idiom_marked(make_doc(idiom)[5], ["as"])
    assert _rule(_opposed("because", subject=False), at=5) == "ph-reject"  # another marker: a rejection
    assert _rule(_opposed("as", subject=True), at=5) == "ph-reject"  # "as Peru opposed them": Peru rejects


TABLE = [
    # (sentence, (type, modality) that must not be coded, (type, modality) that must be)
    ("Typhoon Halong made landfall on the central Philippines on Tuesday, killing at least 20 people.",
     ("ASSAULT", "asserted"), None),
    ("The Zarovian army killed 20 people on Tuesday.", None, ("ASSAULT", "asserted")),
    ("The Lima Times lambasted Minister Tomas Belk for his decision.", ("ACCUSE", "asserted"), None),
    ("The newspaper pledged to fly its flag at half-mast and urged readers to do the same.", ("AGREE", "asserted"), None),
    ("Chile praised the civil courts, as opposed to the military tribunals.", ("REJECT", "asserted"),
     ("SUPPORT", "asserted")),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, absent, present", TABLE)
def test_plover_hazards_table(facts_of, text, absent, present):
    found = {(e.type, e.modality) for e in facts_of(text).political_events}
    assert absent is None or absent not in found, found
    assert present is None or present in found, found

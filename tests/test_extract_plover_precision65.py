"""PLOVER types that news and invented reports showed coded wrongly (session 65): politicians who clash over a matter
dispute it in words (ACCUSE, not ASSAULT), a politician who "broke with" a leader makes no threat, a rescue or
medical team sent is aid (not CAMEO's "send team", an intent to negotiate), armoured vehicles sent are forces
mobilised (not CAMEO's "send vehicles", aid), a sum released frees no one, "occupy" is a seizure only by armed
forces (a state's is mostly a state of things), and a meeting someone "is due to" hold or "hoped" to hold is still
to come. Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import coded, make_doc
from test_extract_plover_recall24 import PUNCT, _rule

from kg.extract import plover
from kg.extract import plover_modality as pm
from kg.model import Actor
from kg.patterns import family


def _sent(subject: str, verb: tuple[str, str], obj: list[tuple], lemma: str | None = None) -> list[tuple]:
    """ "<subject> <verb> <obj rows> .": object rows hang by their index in ``obj`` shifted by 2 (None: the verb)."""
    rows = [(subject, lemma or subject, "PROPN", "NNP", "nsubj", 1), (verb[0], verb[1], "VERB", "VBD", "ROOT", 1)]
    rows += [(*r[:5], 1) if r[5] is None else (*r[:5], r[5] + 2) for r in obj]
    return rows + [(*PUNCT, 1)]


A_TEAM = [("a", "a", "DET", "DT", "det", 2)]


def test_plover_match_a_rescue_team_sent_is_aid_a_team_of_negotiators_is_not():
    rescue = A_TEAM + [("rescue", "rescue", "NOUN", "NN", "compound", 2), ("team", "team", "NOUN", "NN", "dobj", None)]
    assert _rule(_sent("China", ("sent", "send"), rescue)) == "ph-aid-send-rescue-team"
    medical = A_TEAM + [("medical", "medical", "ADJ", "JJ", "amod", 2), ("team", "team", "NOUN", "NN", "dobj", None)]
    assert _rule(_sent("Japan", ("dispatched", "dispatch"), medical)) == "ph-aid-send-rescue-team"
    plain = A_TEAM + [("team", "team", "NOUN", "NN", "dobj", None)]
    assert _rule(_sent("Peru", ("sent", "send"), plain)) == "pc-send+team"  # CAMEO's intent to negotiate


def test_plover_match_armoured_vehicles_sent_are_mobilised_vehicles_of_food_are_not():
    armour = [("armoured", "armoured", "ADJ", "JJ", "amod", 1), ("vehicles", "vehicle", "NOUN", "NNS", "dobj", None)]
    assert _rule(_sent("Brazil", ("sent", "send"), armour)) == "ph-mobilize-send-armour"
    plain = [("vehicles", "vehicle", "NOUN", "NNS", "dobj", None)]
    assert _rule(_sent("Oxfam", ("sent", "send"), plain)) != "ph-mobilize-send-armour"


def test_plover_match_a_sum_released_frees_no_one():
    money = [("$", "$", "SYM", "$", "nmod", 2), ("15", "15", "NUM", "CD", "compound", 2),
             ("million", "million", "NUM", "CD", "dobj", None)]
    rows = _sent("UNICEF", ("released", "release"), money)
    assert _rule(rows, ents=["B-ORG", "O", "B-MONEY", "I-MONEY", "I-MONEY", "O"]) is None
    assert _rule(_sent("Police", ("released", "release"), [("him", "he", "PRON", "PRP", "dobj", None)],
                       lemma="police")) == "ph-retreat-release-pronoun"


def test_plover_cameo_break_with_is_no_threat():
    assert not [p for p in family("plover_cameo") if p.id == "pc-break-with"]


def test_plover_cameo_bare_occupy_is_no_seizure_armed_forces_occupying_are():
    assert not [p for p in family("plover_cameo") if p.id == "pc-occupy"]
    occupy = next(p for p in family("plover") if p.id == "ph-coerce-occupy")
    assert set(occupy.get("needs_sector")) == {"MIL", "REB", "UAF"}
    assert plover._sector_fits(occupy, [Actor("rebels", "CD", "REB")])
    assert not plover._sector_fits(occupy, [Actor("Israel", "IL")])  # "occupied by Israel since 1967"


def _clash(prep: str) -> list[tuple]:
    """ "Candidates clashed <prep> taxes .": the trigger is token 1."""
    return [("Candidates", "candidate", "NOUN", "NNS", "nsubj", 1), ("clashed", "clash", "VERB", "VBD", "ROOT", 1),
            (prep, prep, "ADP", "IN", "prep", 1), ("taxes", "tax", "NOUN", "NNS", "pobj", 2), (*PUNCT, 1)]


def test_plover_verbal_politicians_clashing_over_a_matter_dispute_it_in_words():
    pattern = next(p for p in family("plover") if p.id == "ph-assault-clash")
    over, during = make_doc(_clash("over"))[1], make_doc(_clash("during"))[1]
    assert plover._disputed(over, pattern) and not plover._disputed(during, pattern)
    leaders, rebels, country = Actor("leaders", "FJ", "GOV"), Actor("rebels", "FJ", "REB"), Actor("Australia", "AU")
    assert plover._verbal([leaders], [country], disputed=True)  # "leaders clash with Australia over coal"
    assert not plover._verbal([leaders], [country])  # "leaders clashed with Australia": no matter named
    assert not plover._verbal([rebels], [], disputed=True)  # "rebels clashed over the town": fighting


def test_plover_modality_a_meeting_someone_is_due_to_hold_is_future():
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1),
            ("due", "due", "ADJ", "JJ", "acomp", 1), ("to", "to", "PART", "TO", "aux", 4),
            ("meet", "meet", "VERB", "VB", "xcomp", 2), ("Chile", "Chile", "PROPN", "NNP", "dobj", 4), (*PUNCT, 1)]
    doc = make_doc(rows)
    _, marks = plover.match(doc)
    assert pm.modality(doc[4], marks, None) == "future"
    rows = [("Talks", "talk", "NOUN", "NNS", "nsubjpass", 2), ("were", "be", "AUX", "VBD", "auxpass", 2),
            ("cancelled", "cancel", "VERB", "VBN", "ROOT", 2), ("due", "due", "ADJ", "JJ", "amod", 2),
            ("to", "to", "ADP", "IN", "prep", 3), ("rain", "rain", "NOUN", "NN", "pobj", 4), (*PUNCT, 2)]
    _, marks = plover.match(make_doc(rows))
    assert not any("intent-head" in kinds for kinds in marks.values())  # "due to the rain": no appointment


def test_plover_modality_hoped_read_as_hop_is_still_a_hope():
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("hoped", "hop", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3), ("meet", "meet", "VERB", "VB", "xcomp", 1),
            ("Chile", "Chile", "PROPN", "NNP", "dobj", 3), (*PUNCT, 1)]
    doc = make_doc(rows)
    _, marks = plover.match(doc)
    assert pm.modality(doc[3], marks, None) == "future"
    rows[1] = ("met", "meet", "VERB", "VBD", "ROOT", 1)
    doc = make_doc(rows)
    _, marks = plover.match(doc)
    assert pm.modality(doc[3], marks, None) == "asserted"


TABLE = [
    ("Kenyan presidential candidates clashed over corruption and taxes in a televised debate.", "ACCUSE"),
    ("Pacific leaders clash with Australia over coal at island forum", "ACCUSE"),
    ("Protesters clashed with police in Lagos on Monday.", "ASSAULT"),
    ("Rebels clashed with government troops over control of the town.", "ASSAULT"),
    ("Villagers clashed with security forces over a land dispute.", "ASSAULT"),
    ("China sent a 60-member search and rescue team to Nepal.", "AID"),
    ("Japan dispatched a medical team to Haiti after the earthquake.", "AID"),
    ("Russia moved armored vehicles to the border with Ukraine.", "MOBILIZE"),
    ("Brazil said it had sent 16 armoured vehicles and additional troops to its northern border.", "MOBILIZE"),
    ("Israeli forces occupied the town of Jenin on Tuesday.", "COERCE"),
    ("Rebels occupied the airport in Goma.", "COERCE"),
    ("The protesters occupied the parliament building in Kiev.", "PROTEST"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", TABLE)
def test_plover_precision65_table(facts_of, text, kind):
    assert [c[0] for c in coded(facts_of(text))][:1] == [kind], coded(facts_of(text))


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", [
    ("Aminata Diallo, a former minister who broke with the president last year, said the vote was rigged.",
     "THREATEN"),
    ("The senator, who has broken with the ruling party, said she would vote against the bill.", "THREATEN"),
    ("The UN's emergency fund released $15 million for the survivors.", "RETREAT"),
    ("The World Bank released 20 million dollars for the flood victims.", "RETREAT"),
    ("The charity sent vehicles loaded with food to the flooded towns.", "MOBILIZE"),
    ("The two senators clashed over immigration policy during the hearing.", "ASSAULT"),
    ("The West Bank has been occupied by Israel since 1967.", "COERCE"),
    ("Thousands of protesters have occupied the centre of the capital throughout the summer.", "COERCE"),
    ("The minister, who occupied the post for a decade, resigned.", "COERCE"),
])
def test_plover_precision65_near_misses_code_nothing_of_the_type(facts_of, text, kind):
    assert kind not in [c[0] for c in coded(facts_of(text))]


@pytest.mark.slow
@pytest.mark.parametrize("text", [
    "Peruvian President Pedro Castillo is due to meet Chilean President Gabriel Boric on Friday.",
    "The Ecuadorean foreign minister is due to visit Bogota next week.",
    "The Kenyan president hoped to meet his Ugandan counterpart before the summit.",
])
def test_plover_precision65_meeting_due_is_not_asserted(facts_of, text):
    events = [e for e in facts_of(text).political_events if e.type == "CONSULT"]
    assert events and all(e.modality == "future" for e in events)

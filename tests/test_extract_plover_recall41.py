"""PLOVER events of ordinary news whose source was lost or that no trigger coded (session 41, from the false
negatives of the news dev sets): a list of actors the parser took for an apposition ("The United Nations, Britain,
the United States and India criticized ...": every name is a source, not the first alone), a polity the tokenizer
keeps in one piece with its participle ("the U.S.-led invasion"), a bill signed into law, a charge answered
("X responded to Y's claims": REJECT), and a person elected to lead a body the text names ("X was elected leader of
the Labor party": the party elects), a detention said with a light verb ("taken into custody", "put under house
arrest"), and the agent of a passive that a bare participle joined to it shares ("surrounded by Iranian gunboats and
taken into custody": the gunboats take them). Model-free tests on hand-built Docs, and (slow) sentences written
for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, assert_not_coded, make_doc
from test_extract_plover_recall24 import PUNCT, _pattern, _rule
from test_extract_plover_sources import actors, codes

from kg.extract import plover_actors as pa
from kg.extract.plover_patients import shared_agent

# "The United Nations , Britain , the United States and India criticized it ."
LISTED = [("The", "the", "DET", "DT", "det", 2), ("United", "United", "PROPN", "NNP", "compound", 2),
          ("Nations", "Nations", "PROPN", "NNPS", "nsubj", 11), (",", ",", "PUNCT", ",", "punct", 2),
          ("Britain", "Britain", "PROPN", "NNP", "appos", 2), (",", ",", "PUNCT", ",", "punct", 4),
          ("the", "the", "DET", "DT", "det", 8), ("United", "United", "PROPN", "NNP", "compound", 8),
          ("States", "States", "PROPN", "NNP", "conj", 4), ("and", "and", "CCONJ", "CC", "cc", 8),
          ("India", "India", "PROPN", "NNP", "conj", 8), ("criticized", "criticize", "VERB", "VBD", "ROOT", 11),
          ("it", "it", "PRON", "PRP", "dobj", 11), (*PUNCT, 11)]
LISTED_ENTS = ["B-ORG", "I-ORG", "I-ORG", "O", "B-GPE", "O", "B-GPE", "I-GPE", "I-GPE", "O", "B-GPE", "O", "O", "O"]


def test_plover_actors_a_list_parsed_as_an_apposition_names_every_actor():
    doc = make_doc(LISTED, LISTED_ENTS)
    assert codes(pa.actors_of(actors(doc), doc[2])) == ["UN", "GB", "US", "IN"]
    # "Dubai , the UAE , criticized it .": an apposition with no conjunct of its own is no list
    dubai = make_doc([("Dubai", "Dubai", "PROPN", "NNP", "nsubj", 5), (",", ",", "PUNCT", ",", "punct", 0),
                      ("the", "the", "DET", "DT", "det", 3), ("UAE", "UAE", "PROPN", "NNP", "appos", 0),
                      (",", ",", "PUNCT", ",", "punct", 0), ("criticized", "criticize", "VERB", "VBD", "ROOT", 5),
                      ("it", "it", "PRON", "PRP", "dobj", 5), (*PUNCT, 5)],
                     ["B-GPE", "O", "O", "B-GPE", "O", "O", "O", "O"])
    assert pa.listed_apposition(actors(dubai), dubai[0]) == []
    # a common noun's apposition keeps its own rule ("the opposition party, the MDC"): no list read here
    rows = list(LISTED)
    rows[2] = ("nations", "nation", "NOUN", "NNS", "nsubj", 11)
    assert pa.listed_apposition(actors(make_doc(rows, ["O"] * 4 + LISTED_ENTS[4:])), make_doc(rows)[2]) == []


def test_plover_actors_a_dotted_polity_kept_whole_with_its_participle():
    assert pa._hyphened_polity("U.S.-led") == "US"
    assert pa._hyphened_polity("U.K.-backed") == "GB"
    assert pa._hyphened_polity("Israeli-Palestinian") is None  # two peoples, no participle
    assert pa._hyphened_polity("U.S.-Mexico") is None
    assert pa._hyphened_polity("state-run") is None


def _signed(obj: list[tuple]) -> list[tuple]:
    """ "Lula signed <obj> ."."""
    return [("Lula", "Lula", "PROPN", "NNP", "nsubj", 1), ("signed", "sign", "VERB", "VBD", "ROOT", 1), *obj,
            (*PUNCT, 1)]


def test_plover_match_a_bill_signed_into_law_is_supported():
    the_bill = [("the", "the", "DET", "DT", "det", 3), ("bill", "bill", "NOUN", "NN", "dobj", 1)]
    assert _rule(_signed(the_bill)) == "ph-support-sign-law"
    into_law = [("it", "it", "PRON", "PRP", "dobj", 1), ("into", "into", "ADP", "IN", "prep", 1),
                ("law", "law", "NOUN", "NN", "pobj", 3)]
    assert _rule(_signed(into_law)) == "ph-support-sign-into-law"
    a_letter = [("a", "a", "DET", "DT", "det", 3), ("letter", "letter", "NOUN", "NN", "dobj", 1)]
    assert _rule(_signed(a_letter)) is None  # a letter or a petition signed: no act towards another


def _replied(noun: tuple[str, str]) -> list[tuple]:
    """ "Lavrov replied to the <noun> ."."""
    return [("Lavrov", "Lavrov", "PROPN", "NNP", "nsubj", 1), ("replied", "reply", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 4),
            (noun[0], noun[1], "NOUN", "NNS", "pobj", 2), (*PUNCT, 1)]


def test_plover_match_a_charge_answered_is_rejected():
    assert _rule(_replied(("claims", "claim"))) == "ph-reject-reply-to-charge"
    assert _rule(_replied(("allegations", "allegation"))) == "ph-reject-reply-to-charge"
    assert _rule(_replied(("request", "request"))) is None  # an answer to a request is no rebuttal
    assert _rule(_replied(("attack", "attack"))) is None  # nor a reply to an attack


def _elected(post: tuple[str, str], body: tuple[str, str, str]) -> tuple[list[tuple], list[str]]:
    """ "Rudd was elected <post> of the <body> ."."""
    rows = [("Rudd", "Rudd", "PROPN", "NNP", "nsubjpass", 2), ("was", "be", "AUX", "VBD", "auxpass", 2),
            ("elected", "elect", "VERB", "VBN", "ROOT", 2), (post[0], post[1], "NOUN", "NN", "oprd", 2),
            ("of", "of", "ADP", "IN", "prep", 3), ("the", "the", "DET", "DT", "det", 6),
            (body[0], body[1], "PROPN", "NNP", "pobj", 4), (*PUNCT, 2)]
    return rows, ["B-PERSON", "O", "O", "O", "O", "O", body[2], "O"]


def test_plover_match_a_person_elected_to_lead_a_named_body_is_supported_by_it():
    assert _rule(*_elected(("leader", "leader"), ("Labor", "Labor", "B-ORG")), at=2) == "ph-support-elected-head-of"
    assert _pattern("ph-support-elected-head-of").get("body_source")  # the body, the last node, elects
    assert _rule(*_elected(("chairwoman", "chairwoman"), ("Union", "Union", "B-ORG")), at=2) == \
        "ph-support-elected-head-of"
    assert _rule(*_elected(("president", "president"), ("France", "France", "B-GPE")), at=2) is None  # voters elect
    assert _rule(*_elected(("mayor", "mayor"), ("Labor", "Labor", "B-ORG")), at=2) is None  # no post that leads it


def _custody(verb: tuple[str, str], prep: str, noun: tuple[str, str]) -> list[tuple]:
    """ "Police <verb> him <prep> <noun> ."."""
    return [("Police", "police", "NOUN", "NNS", "nsubj", 1), (verb[0], verb[1], "VERB", "VBD", "ROOT", 1),
            ("him", "he", "PRON", "PRP", "dobj", 1), (prep, prep, "ADP", "IN", "prep", 1),
            (noun[0], noun[1], "NOUN", "NN", "pobj", 3), (*PUNCT, 1)]


def test_plover_match_a_detention_said_with_a_light_verb_is_coerced():
    assert _rule(_custody(("took", "take"), "into", ("custody", "custody"))) == "ph-coerce-into-custody"
    assert _rule(_custody(("put", "put"), "under", ("arrest", "arrest"))) == "ph-coerce-into-custody"
    assert _pattern("ph-coerce-into-custody").get("state_act")  # no agent named: the state where it happens
    assert _rule(_custody(("took", "take"), "into", ("account", "account"))) is None
    assert _rule(_custody(("put", "put"), "under", ("review", "review"))) is None


def _surrounded(second: list[tuple]) -> list[tuple]:
    """ "They were surrounded by gunboats and <second> ."."""
    return [("They", "they", "PRON", "PRP", "nsubjpass", 2), ("were", "be", "AUX", "VBD", "auxpass", 2),
            ("surrounded", "surround", "VERB", "VBN", "ROOT", 2), ("by", "by", "ADP", "IN", "agent", 2),
            ("gunboats", "gunboat", "NOUN", "NNS", "pobj", 3), ("and", "and", "CCONJ", "CC", "cc", 2), *second,
            (*PUNCT, 2)]


def test_plover_patients_a_bare_participle_shares_the_agent_of_the_passive_it_is_joined_to():
    doc = make_doc(_surrounded([("taken", "take", "VERB", "VBN", "conj", 2)]))
    assert shared_agent(doc[6]).text == "gunboats"
    # "... and has denied it": an auxiliary of its own, no shared passive
    doc = make_doc(_surrounded([("has", "have", "AUX", "VBZ", "aux", 7), ("denied", "deny", "VERB", "VBN", "conj", 2),
                                ("it", "it", "PRON", "PRP", "dobj", 7)]))
    assert shared_agent(doc[7]) is None
    assert shared_agent(doc[2]) is None  # the passive itself: its own agent is read where it stands


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets", [
    ("The United Nations, Britain, the United States and India criticized the king's action.", "ACCUSE",
     {"UN", "GB", "US", "IN"}, None),
    ("The European Union, Japan, Canada and Australia condemned the nuclear test.", "ACCUSE",
     {"EU", "JP", "CA", "AU"}, None),
    ("NATO, Germany, France and Italy welcomed the ceasefire agreement.", "SUPPORT", {"NATO", "DE", "FR", "IT"},
     None),
    ("The UK, the USA and India have all provided Nepal with arms.", "AID", {"GB", "US", "IN"}, {"NP"}),
    ("The Taliban fled after the U.S.-led invasion of Afghanistan.", "ASSAULT", {"US"}, {"AF"}),
    ("U.K.-backed forces attacked the rebel stronghold on Monday.", "ASSAULT", {"GB"}, None),
    ("President Lula will sign the legislation next week.", "SUPPORT", {"Luiz Inácio Lula da Silva"}, None),
    ("Chancellor Olaf Scholz signed into law the new energy bill.", "SUPPORT", {"Olaf Scholz"}, None),
    ("The budget was signed into law by President Emmanuel Macron.", "SUPPORT", {"Emmanuel Macron"}, None),
    ("Silvio Berlusconi replied to the criticism in a television interview.", "REJECT", {"Silvio Berlusconi"}, None),
    ("The Chinese Foreign Ministry responded to the allegations with a statement.", "REJECT", {"CN"}, None),
    ("Alfred Gusenbauer has been reelected as leader of the Austrian Social Democrat Party.", "SUPPORT", {"AT"},
     {"Alfred Gusenbauer"}),
    ("Maria Costa was elected chairwoman of the African Union on Monday.", "SUPPORT", {"AFU"}, {"Maria Costa"}),
    ("In Pakistan, two other men were taken into custody following the attacks.", "COERCE", {"PK"}, None),
    ("The opposition leader was placed under house arrest in Yangon.", "COERCE", {"MM"}, None),
    ("Three suspects are being held in custody in Lagos, Nigerian police said.", "COERCE", {"NG"}, None),
    ("Egyptian security forces took dozens of protesters into custody.", "COERCE", {"EG"}, None),
    ("The sailors were surrounded by Iranian gunboats and taken into custody.", "COERCE", {"IR"}, None),
    ("The journalist was beaten by soldiers and detained in Harare.", "COERCE", {"ZW"}, None),
])
def test_plover_recall41_table(facts_of, text, kind, sources, targets):
    assert_first_coded(facts_of(text), kind, sources, targets, "asserted" if "will" not in text else "future")


@pytest.mark.slow
def test_plover_recall41_not_coded(facts_of):
    assert_not_coded(facts_of, [
        ("Eighty-five scientists signed an open letter to the party leaders.", "SUPPORT"),  # a letter, no bill
        ("Germany responded to the request within a day.", "REJECT"),  # a request answered, no charge
        ("The Israeli army responded to the attack with artillery fire.", "REJECT"),
        ("Chile replied to Peru's note on the border.", "REJECT"),
        ("Ukrainian officials said U.S.-made rockets struck the bridge.", "ASSAULT"),  # rockets are no actor
        ("John Smith was elected president of France.", "SUPPORT"),  # voters elect: no body named
        ("Ana Lopes was elected mayor of Lima in 2019.", "SUPPORT"),
        ("Lopes was named head of the Central Bank.", "SUPPORT"),  # an appointment
        ("Seventy-eight men died in custody in Thailand.", "COERCE"),  # a death in custody, no detention
        ("The court will take the matter into account.", "COERCE"),
        ("The minister put the proposal under review.", "COERCE"),
    ])

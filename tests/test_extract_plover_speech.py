"""PLOVER speech acts and their speakers (:mod:`kg.extract.plover`, ``plover.jsonl``, ``agents.tsv``): an actor held
to be a terrorist, criticism spoken against someone, a need stressed, an act encouraged, and collective speakers
(a group named by a plural, organisers, opponents, rights groups, experts, unions), doubt cast on
another's conduct, tribute paid, a stand against, a denial and an act awaited. Model-free tests on hand-built
Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover
from kg.extract import plover_actors as pa, plover_nouns as pn

from test_extract_plover import coded, make_doc
from test_extract_plover_sources import _rows, actors

# "The US considers Hamas a terrorist group ."
CONSIDER = _rows("The/the/DET/DT/det/1 US/US/PROPN/NNP/nsubj/2 considers/consider/VERB/VBZ/ROOT/2 "
                 "Hamas/Hamas/PROPN/NNP/nsubj/6 a/a/DET/DT/det/6 terrorist/terrorist/ADJ/JJ/amod/6 "
                 "group/group/NOUN/NN/ccomp/2 ././PUNCT/./punct/2")
# "The council will consider measures against terrorist groups ."
CONSIDER_MEASURES = _rows("The/the/DET/DT/det/1 council/council/NOUN/NN/nsubj/3 will/will/AUX/MD/aux/3 "
                          "consider/consider/VERB/VB/ROOT/3 measures/measure/NOUN/NNS/dobj/3 "
                          "against/against/ADP/IN/prep/4 terrorist/terrorist/ADJ/JJ/amod/7 "
                          "groups/group/NOUN/NNS/pobj/5 ././PUNCT/./punct/3")
# "Campbell spoke against the decision ." / "Campbell spoke against the backdrop ."
SPOKE = "Campbell/Campbell/PROPN/NNP/nsubj/1 spoke/speak/VERB/VBD/ROOT/1 against/against/ADP/IN/prep/1 " \
        "the/the/DET/DT/det/4 {0}/{0}/NOUN/NN/pobj/2 ././PUNCT/./punct/1"
# "Biden stressed the need for talks ."
NEED = _rows("Biden/Biden/PROPN/NNP/nsubj/1 stressed/stress/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
             "need/need/NOUN/NN/dobj/1 for/for/ADP/IN/prep/3 talks/talk/NOUN/NNS/pobj/4 ././PUNCT/./punct/1")
# "Biden encouraged Netanyahu to act ."
ENCOURAGE = _rows("Biden/Biden/PROPN/NNP/nsubj/1 encouraged/encourage/VERB/VBD/ROOT/1 "
                  "Netanyahu/Netanyahu/PROPN/NNP/dobj/1 to/to/PART/TO/aux/4 act/act/VERB/VB/xcomp/1 "
                  "././PUNCT/./punct/1")
# "Sunnis criticised the plan ."
PLURAL_GROUP = _rows("Sunnis/Sunnis/PROPN/NNPS/nsubj/1 criticised/criticise/VERB/VBD/ROOT/1 "
                     "the/the/DET/DT/det/3 plan/plan/NOUN/NN/dobj/1 ././PUNCT/./punct/1")
# "Human rights groups and protest organisers criticised the plan ."
COLLECTIVES = _rows("Human/human/ADJ/JJ/amod/2 rights/right/NOUN/NNS/compound/2 groups/group/NOUN/NNS/nsubj/6 "
                    "and/and/CCONJ/CC/cc/2 protest/protest/NOUN/NN/compound/5 "
                    "organisers/organiser/NOUN/NNS/conj/2 criticised/criticise/VERB/VBD/ROOT/6 "
                    "the/the/DET/DT/det/8 plan/plan/NOUN/NN/dobj/6 ././PUNCT/./punct/6")


def test_plover_speech_terrorist_held_by_a_verb_of_opinion_is_an_accusation():
    hits, _ = plover.match(make_doc(CONSIDER))
    assert hits[2].pattern.id == "ph-accuse-consider"
    assert hits[2].pattern.get("evaluative") and hits[2].pattern.get("target_required")
    hits, _ = plover.match(make_doc(CONSIDER_MEASURES))  # the word is no complement of the verb
    assert all(h.pattern.id != "ph-accuse-consider" for h in hits.values())


def test_plover_speech_spoken_against_is_criticism_not_a_backdrop():
    hits, _ = plover.match(make_doc(_rows(SPOKE.format("decision"))))
    assert hits[1].pattern.id == "ph-accuse-speak-against" and hits[1].pattern.get("plover") == "ACCUSE"
    hits, _ = plover.match(make_doc(_rows(SPOKE.format("backdrop"))))
    assert 1 not in hits


def test_plover_speech_need_stressed_and_act_encouraged_are_requests():
    hits, _ = plover.match(make_doc(NEED))
    assert hits[1].pattern.id == "ph-request-need-noun" and hits[1].pattern.get("inner") == "suppress"
    rows = NEED[:1] + [("met", "meet", "VERB", "VBD", "ROOT", 1)] + NEED[2:]  # "Biden met the need": no request
    hits, _ = plover.match(make_doc(rows))
    assert all(h.pattern.get("plover") != "REQUEST" for h in hits.values())
    hits, _ = plover.match(make_doc(ENCOURAGE))
    assert hits[1].pattern.id == "ph-request-ask-to" and hits[1].pattern.get("target_required")


# "Russia said Ukraine violated the truce ."
VIOLATED = _rows("Russia/Russia/PROPN/NNP/nsubj/1 said/say/VERB/VBD/ROOT/1 Ukraine/Ukraine/PROPN/NNP/nsubj/3 "
                 "violated/violate/VERB/VBD/ccomp/1 the/the/DET/DT/det/5 truce/truce/NOUN/NN/dobj/3 "
                 "././PUNCT/./punct/1")


def test_plover_speech_violation_said_of_another_is_an_accusation():
    hits, _ = plover.match(make_doc(VIOLATED))
    assert hits[1].pattern.id == "ph-accuse-evaluative" and hits[1].used == (3,)
    rows = VIOLATED[:3] + [("signed", "sign", "VERB", "VBD", "ccomp", 1)] + VIOLATED[4:]  # "said Ukraine signed"
    hits, _ = plover.match(make_doc(rows))
    assert 1 not in hits or hits[1].pattern.id != "ph-accuse-evaluative"


def test_plover_speech_group_named_by_a_plural_is_an_actor():
    doc = make_doc(PLURAL_GROUP, ents=["B-NORP", "O", "O", "O", "O"])
    assert [a.label for a in pa.actors_at(actors(doc), doc[0])] == ["Sunnis"]
    doc = make_doc([("Democrats", "Democrats", "PROPN", "NNPS", "nsubj", 1)] + PLURAL_GROUP[1:],
                   ents=["B-NORP"] + ["O"] * 4)
    assert [(a.label, a.sector) for a in pa.actors_at(actors(doc), doc[0])] == [("Democrats", "PTY")]  # a party's
    doc = make_doc([("Zulus", "Zulus", "PROPN", "NNPS", "nsubj", 1)] + PLURAL_GROUP[1:], ents=["B-NORP"] + ["O"] * 4)
    assert [a.label for a in pa.actors_at(actors(doc), doc[0])] == ["Zulus"]
    doc = make_doc([("Zulu", "Zulu", "PROPN", "NNP", "nsubj", 1)] + PLURAL_GROUP[1:], ents=["B-NORP"] + ["O"] * 4)
    assert pa.actors_at(actors(doc), doc[0]) == []  # a singular name qualifies a person or a thing


def test_plover_speech_collective_speakers_have_a_sector():
    doc = make_doc(COLLECTIVES)
    assert pn.sector_of(doc[2]) == "NGO"  # "human rights groups"
    assert pn.sector_of(doc[5]) == "OPP"  # "protest organisers"
    assert [a.label for a in pa.actors_of(actors(doc), doc[2])] == ["Human rights groups", "protest organisers"]
    assert pn.sector_of(make_doc(CONSIDER_MEASURES)[7]) == "UAF"  # "terrorist groups": armed, not speakers
    rows = [("Groups", "group", "NOUN", "NNS", "nsubj", 1)] + PLURAL_GROUP[1:]
    assert pn.sector_of(make_doc(rows)[0]) is None  # a group of no kind is no actor


# "Smith questioned the ethics of Jones ." / "Police questioned the suspects ."
QUESTIONED = _rows("Smith/Smith/PROPN/NNP/nsubj/1 questioned/question/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
                   "ethics/ethic/NOUN/NNS/dobj/1 of/of/ADP/IN/prep/3 Jones/Jones/PROPN/NNP/pobj/4 "
                   "././PUNCT/./punct/1")
SUSPECTS = _rows("Police/police/NOUN/NNS/nsubj/1 questioned/question/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
                 "suspects/suspect/NOUN/NNS/dobj/1 ././PUNCT/./punct/1")
# "Brown paid tribute to Mandela ."
TRIBUTE = _rows("Brown/Brown/PROPN/NNP/nsubj/1 paid/pay/VERB/VBD/ROOT/1 tribute/tribute/NOUN/NN/dobj/1 "
                "to/to/ADP/IN/prep/1 Mandela/Mandela/PROPN/NNP/pobj/3 ././PUNCT/./punct/1")
# "Khamenei exhorted the army to modernize ." (the parser makes the infinitive an adverbial clause)
EXHORT = _rows("Khamenei/Khamenei/PROPN/NNP/nsubj/1 exhorted/exhort/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
               "army/army/NOUN/NN/dobj/1 to/to/PART/TO/aux/5 modernize/modernize/VERB/VB/advcl/1 ././PUNCT/./punct/1")


def test_plover_speech_doubt_cast_on_a_quality_is_an_accusation():
    hits, _ = plover.match(make_doc(QUESTIONED))
    assert hits[1].pattern.id == "ph-accuse-question" and hits[1].pattern.get("object_target")
    hits, _ = plover.match(make_doc(SUSPECTS))  # questioned people: an interrogation, no accusation
    assert 1 not in hits


def test_plover_speech_tribute_paid_is_support():
    hits, _ = plover.match(make_doc(TRIBUTE))
    assert hits[1].pattern.id == "ph-support-tribute" and hits[1].pattern.get("targets") == ["to"]
    rows = [("Tributes", "Tributes", "PROPN", "NNPS", "nsubjpass", 2), ("were", "be", "AUX", "VBD", "auxpass", 2),
            ("paid", "pay", "VERB", "VBN", "ROOT", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    hits, _ = plover.match(make_doc(rows))  # a sentence's first "Tributes", tagged a name, is the word all the same
    assert hits[2].pattern.id == "ph-support-tribute"
    rows = TRIBUTE[:2] + [("the", "the", "DET", "DT", "det", 3), ("bill", "bill", "NOUN", "NN", "dobj", 1)]
    hits, _ = plover.match(make_doc(rows + [(".", ".", "PUNCT", ".", "punct", 1)]))  # "paid the bill"
    assert 1 not in hits


def test_plover_speech_exhorted_to_act_is_a_request_and_unions_are_labour():
    hits, _ = plover.match(make_doc(EXHORT))
    assert hits[1].pattern.id == "ph-request-ask-to"
    rows = [("Unions", "union", "NOUN", "NNS", "nsubj", 1)] + PLURAL_GROUP[1:]
    assert pn.sector_of(make_doc(rows)[0]) == "LAB"  # "the unions criticised the plan"


# "Bush lobbied against the resolution ." / "Bush lobbied for the resolution ."
LOBBIED = "Bush/Bush/PROPN/NNP/nsubj/1 lobbied/lobby/VERB/VBD/ROOT/1 {0}/{0}/ADP/IN/prep/1 the/the/DET/DT/det/4 " \
          "resolution/resolution/NOUN/NN/pobj/2 ././PUNCT/./punct/1"
# "Ruddock 's denial drew criticism ."
DENIAL = _rows("Ruddock/Ruddock/PROPN/NNP/poss/2 's/'s/PART/POS/case/0 denial/denial/NOUN/NN/nsubj/3 "
               "drew/draw/VERB/VBD/ROOT/3 criticism/criticism/NOUN/NN/dobj/3 ././PUNCT/./punct/3")


def test_plover_speech_stand_against_and_denial_are_rejections():
    hits, _ = plover.match(make_doc(_rows(LOBBIED.format("against"))))
    assert hits[1].pattern.id == "ph-reject-against" and hits[1].pattern.get("plover") == "REJECT"
    hits, _ = plover.match(make_doc(_rows(LOBBIED.format("for"))))
    assert hits[1].pattern.get("plover") == "REQUEST"
    hits, _ = plover.match(make_doc(DENIAL))
    assert hits[2].pattern.id == "ph-reject-noun"


# "Latvia voted in favour of the motion ." / "Latvia voted against the motion ."
VOTED_FAVOUR = _rows("Latvia/Latvia/PROPN/NNP/nsubj/1 voted/vote/VERB/VBD/ROOT/1 in/in/ADP/IN/prep/1 "
                     "favour/favour/NOUN/NN/pobj/2 of/of/ADP/IN/prep/3 the/the/DET/DT/det/6 "
                     "motion/motion/NOUN/NN/pobj/4 ././PUNCT/./punct/1")
VOTED_AGAINST = _rows("Latvia/Latvia/PROPN/NNP/nsubj/1 voted/vote/VERB/VBD/ROOT/1 against/against/ADP/IN/prep/1 "
                      "the/the/DET/DT/det/4 motion/motion/NOUN/NN/pobj/2 ././PUNCT/./punct/1")


def test_plover_speech_vote_in_favour_is_support_and_against_a_rejection():
    hits, _ = plover.match(make_doc(VOTED_FAVOUR))
    assert hits[1].pattern.id == "ph-support-vote-favour" and hits[1].pattern.get("plover") == "SUPPORT"
    assert hits[1].pattern.get("needs_sector")  # a body or an official votes, not the voters
    hits, _ = plover.match(make_doc(VOTED_AGAINST))
    assert hits[1].pattern.get("plover") == "REJECT"


# "Portugal is waiting for Dili to act ." (the parser makes "for" the mark of the clause)
WAITING = _rows("Portugal/Portugal/PROPN/NNP/nsubj/2 is/be/AUX/VBZ/aux/2 waiting/wait/VERB/VBG/ROOT/2 "
                "for/for/SCONJ/IN/mark/6 Dili/Dili/PROPN/NNP/nsubj/6 to/to/PART/TO/aux/6 act/act/VERB/VB/advcl/2 "
                "././PUNCT/./punct/2")


def test_plover_speech_act_awaited_of_another_is_a_request():
    hits, _ = plover.match(make_doc(WAITING))
    assert hits[2].pattern.id == "ph-request-wait-for" and hits[2].pattern.get("clause_target")
    rows = WAITING[:4] + [("the", "the", "DET", "DT", "det", 5), ("results", "result", "NOUN", "NNS", "pobj", 3),
                          (".", ".", "PUNCT", ".", "punct", 2)]
    rows[3] = ("for", "for", "ADP", "IN", "prep", 2)  # "waiting for the results": no act awaited
    hits, _ = plover.match(make_doc(rows))
    assert 2 not in hits


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("The European Union considers the PKK a terrorist organization.", "ACCUSE", {"EU"}, {"PKK"}, "asserted"),
    ("Israel regards Hezbollah as a terrorist organisation.", "ACCUSE", {"IL"}, {"HEZBOLLAH"}, "asserted"),
    ("The Iraqi prime minister spoke out against the American attack.", "ACCUSE", {"IQ"}, {"US"}, "asserted"),
    ("Chinese President Xi Jinping stressed the need for Japan to release the fishermen.", "REQUEST", {"Xi Jinping"},
     {"JP"}, "asserted"),
    ("President Joe Biden encouraged Prime Minister Benjamin Netanyahu to pursue a ceasefire.", "REQUEST",
     {"Joe Biden"}, {"Benjamin Netanyahu"}, "asserted"),
    ("The Foreign Ministry of Iraq characterized the American attack as a violation of Iraqi sovereignty.", "ACCUSE",
     {"IQ"}, {"US"}, "asserted"),
    ("Russia said that Ukraine violated the ceasefire.", "ACCUSE", {"RU"}, {"UA"}, "asserted"),
    ("Sunnis have opposed Prime Minister Ibrahim al-Jaafari's renomination.", "REJECT", {"Sunnis"},
     {"Ibrahim al-Jaafari"}, "asserted"),
    ("Senator Ann Kowalski questioned the legitimacy of the Venezuelan government.", "ACCUSE", {"Ann Kowalski"},
     {"VE"}, "asserted"),
    ("Prime Minister Tom Varga paid tribute to President Lena Morrow.", "SUPPORT", {"Tom Varga"}, {"Lena Morrow"},
     "asserted"),
    ("Tributes were paid to President Lena Morrow by Prime Minister Tom Varga.", "SUPPORT", {"Tom Varga"},
     {"Lena Morrow"}, "asserted"),
    ("Iran's Supreme Leader Ali Khamenei exhorted the army to modernize.", "REQUEST", {"Ali Khamenei"}, {"IR"},
     "asserted"),
    ("The unions urged the Canadian government to reject the treaty.", "REQUEST", {"CA"}, {"CA"},
     "asserted"),
    ("Senator Ann Kowalski argued against sanctions on Cuba.", "REJECT", {"Ann Kowalski"}, {"CU"}, "asserted"),
    ("Canada is waiting for the Chilean government to release the two fishermen.", "REQUEST", {"CA"}, {"CL"},
     "asserted"),
    ("Minister Tom Varga's denial that his police had tortured prisoners was widely reported.", "REJECT", {"Tom Varga"},
     set(), "asserted"),
])
def test_plover_speech_acts_table(facts_of, text, kind, sources, targets, modality):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert (kind, sources, targets, modality) in found, coded(facts_of(text))


@pytest.mark.slow
def test_plover_speech_no_act_without_a_stance(facts_of):
    text = "Prime Minister John Smith spoke against the backdrop of rising tensions with China."
    assert all(e.type != "ACCUSE" for e in facts_of(text).political_events)
    text = "The council will consider new measures against terrorist groups in Kenya."
    assert all(e.type != "ACCUSE" for e in facts_of(text).political_events)

"""The one a passive participle with no subject of its own acts on (kg.extract.plover_patients) and the named actors a
target noun lists (kg.extract.plover_target_persons): model-free tests on hand-built Docs, and (slow) sentences
written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import coded, make_doc
from test_extract_plover_sources import _rows
from test_extract_plover_sources import actors as _actors

from kg.extract import plover_targets as pt
from kg.extract.plover_patients import implicit_patient, member_subject, shared_passive, shared_subject
from kg.extract.plover_target_persons import listed_members
from kg.patterns import family

# "Tomas Belk was among those detained by police ."
AMONG = [("Tomas", "Tomas", "PROPN", "NNP", "compound", 1), ("Belk", "Belk", "PROPN", "NNP", "nsubj", 2),
         ("was", "be", "AUX", "VBD", "ROOT", 2), ("among", "among", "ADP", "IN", "prep", 2),
         ("those", "those", "PRON", "DT", "pobj", 3), ("detained", "detain", "VERB", "VBN", "acl", 4),
         ("by", "by", "ADP", "IN", "agent", 5), ("police", "police", "NOUN", "NNS", "pobj", 6),
         (".", ".", "PUNCT", ".", "punct", 2)]
# "Velonian sailors detained in Kalvor ."
QUALIFIED = [("Velonian", "velonian", "ADJ", "JJ", "amod", 1), ("sailors", "sailor", "NOUN", "NNS", "ROOT", 1),
             ("detained", "detain", "VERB", "VBN", "acl", 1), ("in", "in", "ADP", "IN", "prep", 2),
             ("Kalvor", "Kalvor", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)]
# "Belk is in hospital after being arrested ."
GERUND = [("Belk", "Belk", "PROPN", "NNP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1),
          ("in", "in", "ADP", "IN", "prep", 1), ("hospital", "hospital", "NOUN", "NN", "pobj", 2),
          ("after", "after", "ADP", "IN", "prep", 1), ("being", "be", "AUX", "VBG", "auxpass", 6),
          ("arrested", "arrest", "VERB", "VBN", "pcomp", 4), (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_patients_member_of_those_acted_on_is_the_subject():
    doc = make_doc(AMONG)
    assert member_subject(doc[4]).text == "Belk"
    assert implicit_patient(doc[5]).text == "Belk"


def test_plover_patients_reduced_relative_acts_on_its_noun():
    doc = make_doc(QUALIFIED)
    assert member_subject(doc[1]) is None  # no "among"
    assert implicit_patient(doc[2]).text == "sailors"


def test_plover_patients_passive_gerund_shares_the_clause_subject():
    doc = make_doc(GERUND)
    assert shared_subject(doc[6]).text == "Belk"
    assert implicit_patient(doc[6]).text == "Belk"
    active = [*GERUND[:5], ("arresting", "arrest", "VERB", "VBG", "pcomp", 4), (".", ".", "PUNCT", ".", "punct", 1)]
    assert implicit_patient(make_doc(active)[5]) is None  # "after arresting": no passive


def test_plover_patients_participle_with_its_own_object_or_subject_has_none():
    # "Police detained Belk ."
    rows = [("Police", "police", "NOUN", "NNS", "nsubj", 1), ("detained", "detain", "VERB", "VBN", "ROOT", 1),
            ("Belk", "Belk", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    assert implicit_patient(make_doc(rows)[1]) is None


def test_plover_patients_passive_patterns_name_their_patient_as_target():
    # "X was released", "X was dismissed", "the patrol was fired on by Y", "X was elected by Y": the passive subject
    # the pattern matches is the one acted on, not a word of the trigger
    by_id = {p.id: p for p in family("plover")}
    for pid in ("ph-retreat-released-person", "ph-retreat-released-captives", "ph-sanction-dismissed-person",
                "ph-assault-fired-on", "ph-support-elected-by"):
        assert by_id[pid].get("object_target") is True, pid


# "Ivo Kant was convicted and sentenced ."
CONVICTED_AND = _rows("Ivo/Ivo/PROPN/NNP/compound/1 Kant/Kant/PROPN/NNP/nsubjpass/3 was/be/AUX/VBD/auxpass/3 "
                      "convicted/convict/VERB/VBN/ROOT/3 and/and/CCONJ/CC/cc/3 sentenced/sentence/VERB/VBN/conj/3 "
                      "././PUNCT/./punct/3")
# "Ivo Kant was arrested and has denied it ."
ARRESTED_AND_DENIED = _rows("Ivo/Ivo/PROPN/NNP/compound/1 Kant/Kant/PROPN/NNP/nsubjpass/3 was/be/AUX/VBD/auxpass/3 "
                            "arrested/arrest/VERB/VBN/ROOT/3 and/and/CCONJ/CC/cc/3 has/have/AUX/VBZ/aux/6 "
                            "denied/deny/VERB/VBN/conj/3 it/it/PRON/PRP/dobj/6 ././PUNCT/./punct/3")
# "Police arrested and charged Kant ."
ACTIVE_AND = _rows("Police/police/NOUN/NNS/nsubj/1 arrested/arrest/VERB/VBD/ROOT/1 and/and/CCONJ/CC/cc/1 "
                   "charged/charge/VERB/VBN/conj/1 Kant/Kant/PROPN/NNP/dobj/1 ././PUNCT/./punct/1")
# "Nine countries , including Peru and Chile , were sanctioned ."
INCLUDING = _rows("Nine/nine/NUM/CD/nummod/1 countries/country/NOUN/NNS/nsubjpass/10 ,/,/PUNCT/,/punct/1 "
                  "including/include/VERB/VBG/prep/1 Peru/Peru/PROPN/NNP/pobj/3 and/and/CCONJ/CC/cc/4 "
                  "Chile/Chile/PROPN/NNP/conj/4 ,/,/PUNCT/,/punct/1 were/be/AUX/VBD/auxpass/10 "
                  "sanctioned/sanction/VERB/VBN/ROOT/10 ././PUNCT/./punct/10")
INCLUDING_ENTS = ["O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O"]


def test_plover_patients_bare_participle_shares_the_passive_it_is_joined_to():
    doc = make_doc(CONVICTED_AND)
    assert shared_passive(doc[5]).text == "Kant"
    denied = make_doc(ARRESTED_AND_DENIED)
    assert shared_passive(denied[6]) is None  # its own auxiliary and object: Kant's own act
    active = make_doc(ACTIVE_AND)
    assert shared_passive(active[3]) is None  # joined to an active verb


def test_plover_patients_target_noun_stands_for_the_named_actors_it_lists():
    doc = make_doc(INCLUDING, ents=INCLUDING_ENTS)
    assert [a.country for a in listed_members(_actors(doc), doc[1], "SANCTION")] == ["PE", "CL"]
    assert [a.country for a in pt.target_actors(_actors(doc), doc[1], "SANCTION")] == ["PE", "CL"]
    assert listed_members(_actors(doc), doc[4], "SANCTION") == []  # no list of its own
    assert listed_members(_actors(doc), doc[1], "COOPERATE") == []  # "work with partners, including X": the partners


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets", [
    ("Marten Dulov was among those arrested by Peruvian police.", "COERCE", {"PE"}, {"Marten Dulov"}),
    ("A Chilean businessman, Ivo Kant, was among the men detained in Peru.", "COERCE", {"PE"}, {"Ivo Kant"}),
    ("Marten Dulov, the main opposition leader in Peru, is in intensive care after being arrested at a rally.",
     "COERCE", {"PE"}, {"Marten Dulov"}),
    ("Australian businessmen arrested in Peru for spying.", "COERCE", {"PE"}, {"AU"}),
    # a pattern whose own passive subject is the one acted on (object_target)
    ("Opposition leader Marten Dulov was released on Monday in Peru.", "RETREAT", {"PE"}, {"Marten Dulov"}),
    ("Peruvian defence minister Ana Ferrer was dismissed on Friday.", "SANCTION", {"PE"}, {"Ana Ferrer"}),
    ("Protesters in Lima were fired on by Chilean troops.", "ASSAULT", {"CL"}, {"PE"}),
    # a bare participle joined to a passive; a target noun that lists named actors
    ("Opposition leader Marten Dulov was shot and killed by Chilean troops.", "ASSAULT", {"CL"}, {"Marten Dulov"}),
    ("Nineteen prisoners, including opposition leader Marten Dulov, were freed by Peruvian police.", "RETREAT",
     {"PE"}, {"Marten Dulov"}),
])
def test_plover_patients_table(facts_of, text, kind, sources, targets):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert any(c[1] == sources and c[2] == targets for c in found), coded(facts_of(text))


@pytest.mark.slow
def test_plover_patients_not_for_support_or_a_non_actor(facts_of):
    # "a centre supported by X" is no act done to people; "the crimes committed by X" names no actor acted on:
    # the participle's agent is no source
    for text, agent in (("Peru opened a cybersecurity centre, supported by Chilean assistance.", "CL"),
                        ("They discussed the war crimes committed by Peruvian forces.", "PE")):
        assert not [c for c in coded(facts_of(text)) if agent in c[1]], coded(facts_of(text))

"""The one a passive participle with no subject of its own acts on (kg.extract.plover_patients): model-free tests
on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import coded, make_doc

from kg.extract.plover_patients import implicit_patient, member_subject, shared_subject
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
    for pid in ("ph-retreat-released-person", "ph-sanction-dismissed-person", "ph-assault-fired-on",
                "ph-support-elected-by"):
        assert by_id[pid].get("object_target") is True, pid


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

"""The persons a target noun stands for ("the suspect", "the Korver government";
:mod:`kg.extract.plover_target_persons`): model-free tests on hand-built Docs, and (slow) sentences written for
these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover_actors as pa, plover_target_persons as ps
from kg.model import Article, Person

from test_extract_plover import make_doc
from test_extract_plover_sources import _rows
from test_extract_plover_targets import target_labels

# "Police charged the suspect . They identified the suspect as Korver ."
IDENTIFIED = _rows("Police/police/NOUN/NNS/nsubj/1 charged/charge/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
                   "suspect/suspect/NOUN/NN/dobj/1 ././PUNCT/./punct/1 They/they/PRON/PRP/nsubj/6 "
                   "identified/identify/VERB/VBD/ROOT/6 the/the/DET/DT/det/8 suspect/suspect/NOUN/NN/dobj/6 "
                   "as/as/ADP/IN/prep/6 Korver/Korver/PROPN/NNP/pobj/9 ././PUNCT/./punct/6")


class _Persons:
    """An article context whose persons are ``names`` (entity index → name), named at ``token_entities``."""

    article = Article(id="t", text="")

    def __init__(self, doc, names: dict[int, str], token_entities: dict[int, list[int]]):
        self.doc, self.names, self.token_entities = doc, names, token_entities

    def person(self, index: int) -> Person:
        return Person(key=self.names[index], name=self.names[index])

    def persons_at(self, tok):
        return self.token_entities.get(tok.i, [])

    def titled_at(self, tok):
        return []


def _actors(doc, names, token_entities) -> pa.Actors:
    return pa.Actors(ctx=_Persons(doc, names, token_entities), role_country={}, ents={})  # type: ignore[arg-type]


def test_plover_target_persons_the_suspect_is_the_one_person_the_article_identifies():
    doc = make_doc(IDENTIFIED)
    found = ps.suspect_person(_actors(doc, {0: "Dale Korver"}, {10: [0]}), doc[3])
    assert [a.label for a in found] == ["Dale Korver"]  # plover-identifying-verbs: "identified … as"
    assert ps.suspect_person(_actors(make_doc(IDENTIFIED), {}, {}), doc[3]) == []  # no one identified
    assert ps.suspect_person(_actors(make_doc(IDENTIFIED), {0: "Dale Korver"}, {10: [0]}), doc[0]) == []  # police


def test_plover_target_persons_two_identified_persons_leave_the_noun_alone():
    two = [("Korver", "Korver", "PROPN", "NNP", "pobj", 9), ("and", "and", "CCONJ", "CC", "cc", 10),
           ("Lund", "Lund", "PROPN", "NNP", "conj", 10), (".", ".", "PUNCT", ".", "punct", 6)]
    doc = make_doc(IDENTIFIED[:10] + two)
    names, at = {0: "Dale Korver", 1: "Ari Lund"}, {10: [0], 12: [1]}
    assert ps.identified(_Persons(doc, names, at)) == [0, 1]  # type: ignore[arg-type]
    assert ps.suspect_person(_actors(doc, names, at), doc[3]) == []  # which one is unknown


@pytest.mark.slow
def test_plover_target_persons_charged_suspect_is_the_identified_person(facts_of):
    facts = facts_of("State prosecutors in Ohio charged the suspect with murder on Sunday. "
                     "Officials identified the suspect as 24-year-old Dale Korver of Toledo.")
    assert target_labels(facts, "ACCUSE") == [["Dale Korver"]]


def test_plover_target_persons_a_place_after_the_name_is_not_identified():
    of_place = [("Korver", "Korver", "PROPN", "NNP", "pobj", 9), ("of", "of", "ADP", "IN", "prep", 10),
                ("Allen", "Allen", "PROPN", "NNP", "pobj", 11), (".", ".", "PUNCT", ".", "punct", 6)]
    doc = make_doc(IDENTIFIED[:10] + of_place)  # "identified the suspect as Korver of Allen ."
    assert ps.identified(_Persons(doc, {0: "Dale Korver", 1: "Greg Allen"}, {10: [0], 12: [1]})) == [0]  # type: ignore[arg-type]


# "Peru accused the Korver government ."
LEADER = _rows("Peru/Peru/PROPN/NNP/nsubj/1 accused/accuse/VERB/VBD/ROOT/1 the/the/DET/DT/det/4 "
               "Korver/Korver/PROPN/NNP/compound/4 government/government/NOUN/NN/dobj/1 ././PUNCT/./punct/1")


def test_plover_target_persons_a_leaders_government_is_the_leader_and_the_body():
    doc = make_doc(LEADER)
    found = ps.leader_persons(_actors(doc, {0: "Dale Korver"}, {3: [0]}), doc[4])
    assert [a.label for a in found][0] == "Dale Korver" and len(found) == 2  # plover-leader-bodies; then the body
    assert ps.leader_persons(_actors(doc, {}, {}), doc[4]) == []  # "Korver" names no person of the article
    assert ps.target_persons(_actors(doc, {0: "Dale Korver"}, {3: [0]}), doc[0]) == []  # not a body noun

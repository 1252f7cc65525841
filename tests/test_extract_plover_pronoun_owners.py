"""(PLOVER targets) The owner of a response's object as its target:

- a claim, stance or decision that "his" or "her" owns: the person the pronoun stands for, never the act's own
  subject ("Army spokesman X dismissed his accusations": the accuser named before;
  :func:`kg.extract.plover_target_persons.pronoun_owner`, target rule ``pronoun-owner``); near misses: a noun of no
  claim or stance ("defended his nephew"), an act of another type ("defended his record", "announced his decision"),
  "their";
- an object owned by "the bloc's" or "the group's": the organisation the article named last
  (:func:`kg.extract.plover_org_referents.referent_nouns`, target rule ``org-referent``); not "the rebel group's".

Model-free tests on hand-built Docs, and tables of sentences written for these tests run through the model (slow)."""

from __future__ import annotations

import pytest
from plover_target_rows import assert_last_targets, assert_never_targets
from plover_target_rows import swap as _swap
from test_extract_plover import make_doc
from test_extract_plover_sources import _rows

from kg.extract.plover_org_referents import referent_nouns
from kg.extract.plover_target_persons import owner_pronoun

# "Sunsern dismissed his accusations ."
DISMISSED = _rows("Sunsern/Sunsern/PROPN/NNP/nsubj/1 dismissed/dismiss/VERB/VBD/ROOT/1 his/his/PRON/PRP$/poss/3 "
                  "accusations/accusation/NOUN/NNS/dobj/1 ././PUNCT/./punct/1")


def test_plover_target_persons_owner_pronoun_of_a_claim_object():
    doc = make_doc(DISMISSED)
    assert owner_pronoun(doc[3], "REJECT") == doc[2]
    her = make_doc(_swap(DISMISSED, 2, "her", "her", "PRON", "PRP$"))
    assert owner_pronoun(her[3], "ACCUSE") == her[2]
    decision = make_doc(_swap(DISMISSED, 3, "decision", "decision", "NOUN", "NN"))
    assert owner_pronoun(decision[3], "REJECT") == decision[2]  # a stance noun (plover-authored-nouns)


def test_plover_target_persons_owner_pronoun_near_misses():
    doc = make_doc(DISMISSED)
    assert owner_pronoun(doc[3], "AGREE") is None  # "conveyed his intention": the subject's own
    assert owner_pronoun(doc[3], "SUPPORT") is None  # "defended his record": most often the subject's own
    assert owner_pronoun(doc[3], None) is None
    record = make_doc(_swap(DISMISSED, 3, "nephew", "nephew", "NOUN", "NN"))
    assert owner_pronoun(record[3], "REJECT") is None  # no claim or stance
    their = make_doc(_swap(DISMISSED, 2, "their", "their", "PRON", "PRP$"))
    assert owner_pronoun(their[3], "REJECT") is None
    subject = make_doc(_swap(DISMISSED, 3, "accusations", "accusation", "NOUN", "NNS", "nsubj"))
    assert owner_pronoun(subject[3], "REJECT") is None  # not the act's object


THAKSIN = "Prime Minister Thaksin Shinawatra said the army was plotting a coup. "
BERNANKE = "Federal Reserve Chairman Ben Bernanke defended the bank's policies before the Senate on Tuesday. "

OWNED = [  # (text, type, target)
    (THAKSIN + "Army spokesman Colonel Sunsern Kaewkumnerd dismissed his accusations.", "REJECT", "Thaksin Shinawatra"),
    (THAKSIN + "Army spokesman Colonel Sunsern Kaewkumnerd rejected his remarks.", "REJECT", "Thaksin Shinawatra"),
    (BERNANKE + "Senator Barbara Boxer criticized his statement.", "ACCUSE", "Ben Bernanke"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "target"), OWNED)
def test_plover_target_persons_pronoun_owner_table(facts_of, text, kind, target):
    assert_last_targets(facts_of, text, kind, target)


NOT_OWNED = [  # (text, type, not the target): the subject's own stance, a noun of no claim, another type
    (THAKSIN + "Army chief General Sonthi Boonyaratglin defended his record.", "SUPPORT", "Thaksin Shinawatra"),
    (THAKSIN + "Army chief General Sonthi Boonyaratglin announced his decision to resign.", "RETREAT",
     "Thaksin Shinawatra"),
    (THAKSIN + "Army chief General Sonthi Boonyaratglin rejected their accusations.", "REJECT", "Thaksin Shinawatra"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "target"), NOT_OWNED)
def test_plover_target_persons_pronoun_owner_near_miss_table(facts_of, text, kind, target):
    assert_never_targets(facts_of, text, kind, target)


# "NATO met . Modi rejected the bloc 's demands ."
BLOC_OWNED = _rows("NATO/NATO/PROPN/NNP/nsubj/1 met/meet/VERB/VBD/ROOT/1 ././PUNCT/./punct/1 "
                   "Modi/Modi/PROPN/NNP/nsubj/4 rejected/reject/VERB/VBD/ROOT/4 the/the/DET/DT/det/6 "
                   "bloc/bloc/NOUN/NN/poss/8 's/'s/PART/POS/case/6 demands/demand/NOUN/NNS/dobj/4 ././PUNCT/./punct/4")


def test_plover_org_referents_nouns_take_a_bare_owner_of_the_object():
    doc = make_doc(BLOC_OWNED)
    assert [t.text for t in referent_nouns(doc[4])] == ["bloc"]
    a_bloc = make_doc(_swap(BLOC_OWNED, 5, "a", "a", "DET", "DT"))
    assert referent_nouns(a_bloc[4]) == []  # a new bloc
    regional = make_doc(_swap(BLOC_OWNED, 5, "regional", "regional", "ADJ", "JJ", "amod"))
    assert referent_nouns(regional[4]) == []  # a word of its own
    army = make_doc(_swap(BLOC_OWNED, 6, "army", "army", "NOUN", "NN"))
    assert referent_nouns(army[4]) == []  # no organisation noun


ECOWAS = "ECOWAS leaders imposed sanctions on Niger on Sunday. "
BLOC_TARGETS = [  # (text, type, target)
    (ECOWAS + "Niger's foreign ministry rejected the bloc's \"illegal\" sanctions.", "REJECT", "ECOWAS"),
]
NOT_BLOC_TARGETS = [  # (text, type, not the target): a bloc of its own words
    (ECOWAS + "Niger's foreign ministry rejected the rebel group's demands.", "REJECT", "ECOWAS"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "target"), BLOC_TARGETS)
def test_plover_org_referents_owner_table(facts_of, text, kind, target):
    assert_last_targets(facts_of, text, kind, target)


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "target"), NOT_BLOC_TARGETS)
def test_plover_org_referents_owner_near_miss_table(facts_of, text, kind, target):
    assert_never_targets(facts_of, text, kind, target)

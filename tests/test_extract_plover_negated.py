"""Negated PLOVER events left out (kg.extract.plover_negated): a statement of support or rejection not made
("X did not endorse Y"), an act denied as a habit or rule ("X has never attacked Y", "we do not negotiate").
Model-free tests on built facts and hand-built Docs; the sentences written for it are rows of
tests/test_extract_plover_unreal.py."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg import lexicon
from kg.extract import plover
from kg.extract import plover_modality as pm
from kg.extract.plover_negated import done, habitual, unsaid
from kg.model import Evidence, PoliticalEventFact

VOCAB = spacy.blank("en").vocab


def fact(kind: str, modality: str) -> PoliticalEventFact:
    ev = Evidence("a", "Zarovia did not endorse Belk.", 0, 16, 23, "plover:ph-support")
    return PoliticalEventFact("p1", kind, (), (), modality, ev)  # type: ignore[arg-type]


def test_plover_negated_listed_types_are_left_out_others_kept():
    listed = lexicon.words("plover-negated-dropped-types")
    assert {"SUPPORT", "REJECT"} <= set(listed) and "COERCE" not in listed
    assert unsaid(fact("SUPPORT", "negated")) and unsaid(fact("REJECT", "negated"))
    assert not unsaid(fact("SUPPORT", "asserted")) and not unsaid(fact("SUPPORT", "future"))
    assert not unsaid(fact("COERCE", "negated"))  # "the police did not arrest the protesters": kept
    kept = done([fact("REJECT", "negated"), fact("REJECT", "asserted"), fact("RETREAT", "negated")])
    assert [(f.type, f.modality) for f in kept] == [("REJECT", "asserted"), ("RETREAT", "negated")]


def test_plover_negated_modality_of_a_hand_built_clause():
    # "Zarovia did not endorse Belk ."
    doc = Doc(VOCAB, words="Zarovia did not endorse Belk .".split(), deps="nsubj aux neg ROOT dobj punct".split(),
              heads=[3, 3, 3, 3, 3, 3], pos="PROPN AUX PART VERB PROPN PUNCT".split(),
              lemmas="Zarovia do not endorse Belk .".split())
    assert pm.modality(doc[3], plover.match(doc)[1], None) == "negated"


def parsed(words: str, deps: str, heads: list[int], pos: str) -> Doc:
    return Doc(VOCAB, words=words.split(), deps=deps.split(), heads=heads, pos=pos.split(), lemmas=words.split())


def test_plover_negated_habit_or_rule_is_not_one_act():
    never = parsed("Zarovia has never attacked Velonia .", "nsubj aux neg ROOT dobj punct", [3, 3, 3, 3, 3, 3],
                   "PROPN AUX ADV VERB PROPN PUNCT")
    rule = parsed("We do not negotiate with Velonia .", "nsubj aux neg ROOT prep pobj punct", [3, 3, 3, 3, 3, 4, 3],
                  "PRON AUX PART VERB ADP PROPN PUNCT")
    once = parsed("Zarovia did not arrest Belk .", "nsubj aux neg ROOT dobj punct", [3, 3, 3, 3, 3, 3],
                  "PROPN AUX PART VERB PROPN PUNCT")
    plan = parsed("Belk does not intend to resign .", "nsubj aux neg ROOT aux xcomp punct", [3, 3, 3, 3, 5, 3, 3],
                  "PROPN AUX PART VERB PART VERB PUNCT")
    assert habitual(never[3]) and habitual(rule[3])
    assert not habitual(once[3]) and not habitual(plan[5])  # one act not done; a plan not made (kept, negated)
    ev = Evidence("a", never.text, 0, never[3].idx, never[3].idx + len(never[3].text), "plover:ph-assault")
    kept = done([PoliticalEventFact("p1", "ASSAULT", (), (), "negated", ev),
                 PoliticalEventFact("p2", "ASSAULT", (), (), "asserted", ev)], never)
    assert [f.id for f in kept] == ["p2"]
    assert len(done([PoliticalEventFact("p1", "ASSAULT", (), (), "negated", ev)])) == 1  # no Doc: kept


def pledge_doc(verb: str, lemma: str) -> Doc:
    """"Zarovia <verb> not to boycott Velonia ."."""
    return Doc(VOCAB, words=f"Zarovia {verb} not to boycott Velonia .".split(),
               deps="nsubj ROOT neg aux xcomp dobj punct".split(), heads=[1, 1, 4, 4, 1, 4, 1],
               pos="PROPN VERB PART PART VERB PROPN PUNCT".split(),
               lemmas=f"Zarovia {lemma} not to boycott Velonia .".split())


def test_plover_negated_act_pledged_not_to_happen_is_the_pledge_only():
    for verb, lemma, expected in (("pledged", "pledge", True), ("promised", "promise", True),
                                  ("decided", "decide", False), ("refused", "refuse", False)):
        doc = pledge_doc(verb, lemma)
        assert plover.pledged(doc[4], plover.match(doc)[0]) is expected, verb  # a decision not to act is kept
    # "Zarovia did not pledge to boycott Velonia ." : the pledge itself is denied
    doc = Doc(VOCAB, words="Zarovia did not pledge to boycott Velonia .".split(),
              deps="nsubj aux neg ROOT aux xcomp dobj punct".split(), heads=[3, 3, 3, 3, 5, 3, 5, 3],
              pos="PROPN AUX PART VERB PART VERB PROPN PUNCT".split(),
              lemmas="Zarovia do not pledge to boycott Velonia .".split())
    assert not plover.pledged(doc[5], plover.match(doc)[0])
    # "Zarovia pledged aid and did not boycott Velonia ." : an act joined to the pledge is no part of it
    doc = Doc(VOCAB, words="Zarovia pledged aid and did not boycott Velonia .".split(),
              deps="nsubj ROOT dobj cc aux neg conj dobj punct".split(), heads=[1, 1, 1, 1, 6, 6, 1, 6, 1],
              pos="PROPN VERB NOUN CCONJ AUX PART VERB PROPN PUNCT".split(),
              lemmas="Zarovia pledge aid and do not boycott Velonia .".split())
    assert not plover.pledged(doc[6], plover.match(doc)[0])

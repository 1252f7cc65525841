"""Target provenance (:mod:`kg.extract.plover_provenance`): which rule chose each target of a political event, in
``Evidence.target_rules``; model-free tests of the marks, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover_marked
from kg.extract.plover_provenance import RULES, default_rule, tagged, tagging, with_target_rules
from kg.model import Actor, Evidence, PoliticalEventFact

PERU, CHILE = Actor("Peru", "PE"), Actor("Chile", "CL")


def fact(targets, rule: str = "plover:ph-accuse") -> PoliticalEventFact:
    return PoliticalEventFact("p1", "ACCUSE", (CHILE,), tuple(targets), "asserted",
                              Evidence("a", "s", 0, 0, 1, rule))


def test_provenance_first_mark_wins_and_is_no_part_of_identity():
    (peru,) = tagged("focus", [PERU])
    assert peru.rule == "focus" and peru == PERU and hash(peru) == hash(PERU)
    assert tagged("reaction", [peru])[0].rule == "focus"  # a step inside another: the inner one chose it
    assert [a.rule for a in tagged("force-preps", tagged("antecedent", [PERU]))] == ["force-preps+antecedent"]


def test_provenance_tagging_marks_what_a_step_returns():
    step = tagging("home", lambda sources, where: [Actor(where or "", where)] if where else [])
    assert [a.rule for a in step([CHILE], "PE")] == ["home"] and step([CHILE], None) == []
    crowd = Actor("protesters", "BY", "CVL")
    assert [(a.country, a.rule) for a in plover_marked.home_target([crowd], None)] == [("BY", "home")]


@pytest.mark.parametrize(("rule", "expected"), [
    ("plover:ph-accuse", "object"), ("plover:consult+event:m-meet", "consult"), ("learned:textcat", "learned-object"),
])
def test_provenance_unmarked_target_has_its_events_default(rule, expected):
    assert default_rule(fact([], rule)) == expected
    (done,) = with_target_rules([fact([PERU, *tagged("focus", [Actor("Bolivia", "BO")])], rule)])
    assert done.evidence.target_rules == (expected, "focus")
    assert done.targets == (PERU, Actor("Bolivia", "BO")) and done.evidence.rule == rule


def test_provenance_antecedent_alone_is_beneath_the_default_and_no_target_has_no_rule():
    (done,) = with_target_rules([fact(tagged("antecedent", [PERU]))])
    assert done.evidence.target_rules == ("object+antecedent",)
    assert with_target_rules([fact([])])[0].evidence.target_rules == ()
    assert {"object", "object+antecedent", "consult", "learned-object"} <= set(RULES)


# (sentence, PLOVER type, targets, target rules)
SENTENCES = [
    ("Chilean troops fired mortars at Peru on Monday.", "ASSAULT", ["Peru"], ("object",)),
    ("Peru promised to expand trade ties with Brazil.", "AGREE", ["Brazil"], ("inner-targets",)),
    ("The Brazilian army attacked a village. Chile condemned the violence.", "ACCUSE", ["Brazilian army"],
     ("reaction",)),
    ("The Chilean government rejected the proposal.", "REJECT", ["Chile"], ("focus",)),
    ("Thousands of protesters rallied in Minsk.", "PROTEST", ["Belarus"], ("home",)),
    ("President Ana Lind of Velonia met Prime Minister Petr Bodo of Zarovia in Oslo on Monday.", "CONSULT",
     ["Petr Bodo"], ("consult",)),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "targets", "rules"), SENTENCES)
def test_provenance_of_sentences(facts_of, text, kind, targets, rules):
    found = [([a.label for a in e.targets], e.evidence.target_rules)
             for e in facts_of(text).political_events if e.type == kind]
    assert found == [(targets, rules)], found
    assert set(rules) <= set(RULES)

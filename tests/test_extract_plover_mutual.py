"""Targets of mutual acts (:func:`kg.extract.plover_marked.each_other`): model-free tests on hand-built Docs, and
(slow) sentences written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import make_doc
from test_extract_plover_described import _Ctx
from test_extract_plover_sources import _rows

from kg.extract import plover
from kg.extract import plover_actors as pa
from kg.extract import plover_marked as mark
from kg.extract.spans import doc_ents
from kg.model import Actor

# "Greece and Turkey clashed ."
CLASHED = _rows("Greece/Greece/PROPN/NNP/nsubj/3 and/and/CCONJ/CC/cc/0 Turkey/Turkey/PROPN/NNP/conj/0 "
                "clashed/clash/VERB/VBD/ROOT/3 ././PUNCT/./punct/3")
# "Greece and Turkey attacked ." (an attack by two actors together: no one acted on is said)
ATTACKED = CLASHED[:3] + [("attacked", "attack", "VERB", "VBD", "ROOT", 3), CLASHED[4]]


def _actors(doc) -> pa.Actors:
    ents = {i: e for e in doc_ents(doc) for i in range(e.start, e.end)}
    return pa.Actors(ctx=_Ctx(doc), role_country={}, ents=ents)  # type: ignore[arg-type]


def test_plover_each_other_is_the_sources_of_a_mutual_act_of_several_actors():
    gr, tr = Actor(label="Greece", country="GR"), Actor(label="Turkey", country="TR")
    assert [(a.country, a.rule) for a in mark.each_other([gr, tr], "SANCTION")] == [("GR", "each-other"),
                                                                                    ("TR", "each-other")]
    assert [a.country for a in mark.each_other([gr, tr], "AGREE")] == ["GR", "TR"]
    assert mark.each_other([gr], "AGREE") == []  # one actor: no one else
    assert mark.each_other([gr, Actor(label="Greece", country="GR")], "SANCTION") == []  # the same actor twice
    assert mark.each_other([gr, tr], "ASSAULT") == []  # attacking together: whom is unsaid
    assert [a.country for a in mark.each_other([gr, tr], "ASSAULT", clash=True)] == ["GR", "TR"]


def test_plover_each_other_targets_stay_where_a_pronoun_stood_for_the_actors():
    """"They severed relations" (they: Greece and Turkey): each other's targets all the same; no other source is
    its own act's target."""
    gr = Actor(label="Greece", country="GR", rule="antecedent")
    tr = Actor(label="Turkey", country="TR", rule="antecedent")
    targets = mark.each_other([gr, tr], "SANCTION")
    assert [a.rule for a in targets] == ["each-other+antecedent", "each-other+antecedent"]
    assert mark.other_targets(targets, [gr, tr]) == targets
    assert mark.other_targets([Actor(label="Greece", country="GR", rule="focus")], [gr, tr]) == []


def test_plover_a_clash_of_two_actors_targets_each_of_them():
    doc = make_doc(CLASHED, ["B-GPE", "O", "B-GPE", "O", "O"])
    hits, _ = plover.match(doc)
    kind, _, _, sources, targets = plover._coded(_actors(doc), doc[3], hits, hits[3])
    assert kind == "ASSAULT" and [a.country for a in sources] == ["GR", "TR"]
    assert [(a.country, a.rule) for a in targets] == [("GR", "each-other"), ("TR", "each-other")]
    doc = make_doc(ATTACKED, ["B-GPE", "O", "B-GPE", "O", "O"])
    hits, _ = plover.match(doc)
    assert plover._coded(_actors(doc), doc[3], hits, hits[3])[4] == []


@pytest.mark.slow
def test_plover_clash_and_severed_ties_are_between_the_actors(facts_of):
    facts = facts_of("Soldiers of Chad and fighters of the Borkou Liberation Front clashed near the town of Faya on "
                     "Sunday, officials said. Later Chad and Sudan severed diplomatic relations.")
    found = {(e.type, tuple(sorted(a.country or a.label for a in e.targets))) for e in facts.political_events}
    assert any(kind == "ASSAULT" and "TD" in targets for kind, targets in found)
    assert ("SANCTION", ("SD", "TD")) in found

"""PLOVER targets: an event the learned step finds under a receiving verb is the giver's, done to the receiver
("Greece will receive aid from the EU": source the EU, target Greece; ``plover_learned.givers``)."""

from __future__ import annotations

import pytest
from test_extract_plover import make_doc
from test_extract_plover_learned import actors, coded, typed

from kg.extract import plover_learned as learned


def _received(obj: str, lemma: str, tag: str, giver: bool = True) -> list[tuple]:
    """"Greece received <obj> from Japan ." (without "from Japan" when not ``giver``)."""
    rows = [("Greece", "Greece", "PROPN", "NNP", "nsubj", 1), ("received", "receive", "VERB", "VBD", "ROOT", 1),
            (obj, lemma, "NOUN", tag, "dobj", 1)]
    if giver:
        rows += [("from", "from", "ADP", "IN", "prep", 1), ("Japan", "Japan", "PROPN", "NNP", "pobj", 3)]
    return rows + [(".", ".", "PUNCT", ".", "punct", 1)]


def _ents(rows):
    return ["B-GPE" if r[3] == "NNP" else "O" for r in rows]


@pytest.mark.parametrize("kind", ["AID", "SUPPORT", "ACCUSE"])
def test_plover_learned_receiving_verb_makes_the_giver_the_source(kind):
    rows = _received("aid", "aid", "NN")
    doc = make_doc(rows, ents=_ents(rows))
    found = learned.learned_events(actors(doc), {}, [], 1, typed(doc, kind))
    assert coded(found) == [(kind, ["JP"], ["GR"], "asserted", "learned:textcat")]
    assert [a.rule for a in found[0].targets] == ["learned-receiver"]


def test_plover_learned_receiving_verb_giver_on_the_object_counts_too():
    rows = _received("support", "support", "NN")
    rows[3] = ("from", "from", "ADP", "IN", "prep", 2)  # "support from Japan": hung on the noun
    doc = make_doc(rows, ents=_ents(rows))
    assert coded(learned.learned_events(actors(doc), {}, [], 1, typed(doc, "SUPPORT"))) == [
        ("SUPPORT", ["JP"], ["GR"], "asserted", "learned:textcat")]


@pytest.mark.parametrize("rows, kind, expected", [
    (_received("support", "support", "NN", giver=False), "SUPPORT", ["GR"]),  # no "from": the subject's
    (_received("delegation", "delegation", "NN"), "CONSULT", ["GR"]),  # a meeting: the host stays its source
])
def test_plover_learned_receiving_verb_near_misses_keep_the_subject(rows, kind, expected):
    doc = make_doc(rows, ents=_ents(rows))
    found = learned.learned_events(actors(doc), {}, [], 1, typed(doc, kind))
    assert [[a.country for a in e.sources] for e in found] == [expected]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets", [
    ("Greece will receive aid from the European Union.", "AID", {"EU"}, {"GR"}),
])
def test_plover_learned_receivers_table(facts_of, text, kind, sources, targets):
    found = [e for e in facts_of(text).political_events if e.type == kind]
    assert [({a.country for a in e.sources}, {a.country for a in e.targets}) for e in found] == [(sources, targets)]

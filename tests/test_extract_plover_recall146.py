"""PLOVER recall (h146): a nationality the parser hung on a collective noun's compound names the actor's country
("Russian fighter jets struck …": RU, not the country where it happens; plover_actors.compound_modifiers).
Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.plover_actors import compound_modifiers

from test_extract_plover import assert_first_coded, coded, make_doc

# "Russian fighter jets struck the village ."
JETS = [("Russian", "russian", "ADJ", "JJ", "amod", 1), ("fighter", "fighter", "NOUN", "NN", "compound", 2),
        ("jets", "jet", "NOUN", "NNS", "nsubj", 3), ("struck", "strike", "VERB", "VBD", "ROOT", 3),
        ("the", "the", "DET", "DT", "det", 5), ("village", "village", "NOUN", "NN", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 3)]
# "Germany banned Iranian airline Mahan Air ."
AIRLINE = [("Germany", "Germany", "PROPN", "NNP", "nsubj", 1), ("banned", "ban", "VERB", "VBD", "ROOT", 1),
           ("Iranian", "iranian", "ADJ", "JJ", "amod", 3), ("airline", "airline", "NOUN", "NN", "compound", 5),
           ("Mahan", "Mahan", "PROPN", "NNP", "compound", 5), ("Air", "Air", "PROPN", "NNP", "dobj", 1),
           (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_actors_compound_modifiers_reach_a_nationality_on_the_compound():
    doc = make_doc(JETS)
    assert [t.text for t in compound_modifiers(doc[1])] == ["Russian"]
    assert compound_modifiers(doc[0]) == []  # an adjective is no compound


def test_plover_actors_compound_modifiers_not_of_a_name():
    doc = make_doc(AIRLINE)  # the airline is named: its own name is the actor, not Iran
    assert compound_modifiers(doc[3]) == []


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources", [
    ("Russian fighter jets struck a village in Syria on Sunday.", "ASSAULT", {"RU"}),
    ("Officials in Georgia alleged that a Russian fighter jet shot down a Georgian spy plane on Sunday.", "ASSAULT",
     {"RU"}),
    ("Israeli border police arrested five protesters in Jenin.", "COERCE", {"IL"}),
])
def test_plover_recall146_table(facts_of, text, kind, sources):
    assert_first_coded(facts_of(text), kind, sources, None, "asserted")


@pytest.mark.slow
def test_plover_recall146_near_misses(facts_of):
    # a named airline keeps its name, not its modifier's country
    assert not [c for c in coded(facts_of("Germany banned Iranian airline Mahan Air on Monday."))
                if c[0] == "COERCE" and c[2] == {"IR"}]

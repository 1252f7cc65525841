"""PLOVER recall (h146, finished by h155): a nationality the parser hung on a collective noun's compound names the
actor's country ("Russian fighter jets struck …": RU, not the country where it happens;
plover_actors.compound_modifiers); a past verb the parser hung as a clause from the sentence's root noun takes that
noun as its subject (plover_subjects.root_noun_clause). Model-free tests on hand-built Docs, and (slow) sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg.extract.plover_actors import compound_modifiers
from kg.extract.plover_subjects import root_noun_clause, split_appos, subject

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
# "Hamas fired rockets at Israel ." with "fired" hung as a clause of the root noun
ROOTED = [("Hamas", "Hamas", "PROPN", "NNP", "ROOT", 0), ("fired", "fire", "VERB", "VBD", "acl", 0),
          ("rockets", "rocket", "NOUN", "NNS", "dobj", 1), ("at", "at", "ADP", "IN", "prep", 1),
          ("Israel", "Israel", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 0)]
# "Another politician , Hussein Falluji , condemned the raid ." ("condemned" a clause of "politician")
APPOS = [("Another", "another", "DET", "DT", "det", 1), ("politician", "politician", "NOUN", "NN", "ROOT", 1),
         (",", ",", "PUNCT", ",", "punct", 1), ("Hussein", "Hussein", "PROPN", "NNP", "compound", 4),
         ("Falluji", "Falluji", "PROPN", "NNP", "appos", 1), (",", ",", "PUNCT", ",", "punct", 1),
         ("condemned", "condemn", "VERB", "VBD", "acl", 1), ("the", "the", "DET", "DT", "det", 8),
         ("raid", "raid", "NOUN", "NN", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 1)]
# "British soldier killed in Afghanistan" (a participle headline: no object)
HEADLINE = [("British", "british", "ADJ", "JJ", "amod", 1), ("soldier", "soldier", "NOUN", "NN", "ROOT", 1),
            ("killed", "kill", "VERB", "VBN", "acl", 1), ("in", "in", "ADP", "IN", "prep", 2),
            ("Afghanistan", "Afghanistan", "PROPN", "NNP", "pobj", 3)]
# "Protesters beaten by the police" (an agent)
AGENT = [("Protesters", "protester", "NOUN", "NNS", "ROOT", 0), ("beaten", "beat", "VERB", "VBD", "acl", 0),
         ("by", "by", "ADP", "IN", "agent", 1), ("the", "the", "DET", "DT", "det", 4),
         ("police", "police", "NOUN", "NN", "pobj", 2)]
# "A military coup removed the president ." (the root noun is no actor)
COUP = [("A", "a", "DET", "DT", "det", 2), ("military", "military", "ADJ", "JJ", "amod", 2),
        ("coup", "coup", "NOUN", "NN", "ROOT", 2), ("removed", "remove", "VERB", "VBD", "acl", 2),
        ("the", "the", "DET", "DT", "det", 5), ("president", "president", "NOUN", "NN", "dobj", 3),
        (".", ".", "PUNCT", ".", "punct", 2)]


def test_plover_subjects_root_noun_clause_takes_the_root_noun():
    doc = make_doc(ROOTED)
    assert root_noun_clause(doc[1])
    assert subject(doc[1]).text == "Hamas"


def test_plover_subjects_root_noun_clause_name_in_apposition():
    doc = make_doc(APPOS)
    assert root_noun_clause(doc[6])
    assert split_appos(doc[1]).text == "Falluji"
    assert subject(doc[6]).text == "Falluji"


@pytest.mark.parametrize("rows, verb", [(HEADLINE, 2), (AGENT, 1), (COUP, 3)])
def test_plover_subjects_root_noun_clause_near_misses(rows, verb):
    doc = make_doc(rows)
    assert not root_noun_clause(doc[verb])


def test_plover_subjects_root_noun_clause_not_with_an_auxiliary():
    rows = list(ROOTED)
    rows.insert(1, ("has", "have", "AUX", "VBZ", "aux", 2))
    rows = [(w, lem, pos, tag, dep, h + 1 if h >= 1 and i != 1 else h) for i, (w, lem, pos, tag, dep, h) in
            enumerate(rows)]
    doc = make_doc(rows)
    assert doc[2].text == "fired" and doc[1].head.i == 2
    assert not root_noun_clause(doc[2])


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
    # a verb the parser hung as a clause of the root noun (plover_subjects.root_noun_clause)
    ("The leader of the opposition, Uhuru Kenyatta, called on the government to resign.", "REQUEST",
     {"Uhuru Kenyatta"}),
    ("The Saudi-led coalition bombed Sanaa on Monday.", "ASSAULT", {"SA"}),
])
def test_plover_recall146_table(facts_of, text, kind, sources):
    assert_first_coded(facts_of(text), kind, sources, None, "asserted")


@pytest.mark.slow
def test_plover_recall146_near_misses(facts_of):
    # a named airline keeps its name, not its modifier's country
    assert not [c for c in coded(facts_of("Germany banned Iranian airline Mahan Air on Monday."))
                if c[0] == "COERCE" and c[2] == {"IR"}]
    # a participle headline names no attacker
    assert not [c for c in coded(facts_of("British soldier killed in Afghanistan.")) if c[0] == "ASSAULT"]

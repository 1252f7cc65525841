"""The target of a protest whose "against" phrase names no actor itself: the actors named inside that phrase or
inside its purpose clause (``protest-named``, :func:`kg.extract.plover_targets.protest_named`), never a collective
of the protesters' own country nor an actor named only in a clause inside the phrase. Model-free tests on
hand-built Docs, and (slow) sentences written for these tests, with near misses."""

from __future__ import annotations

import pytest
from test_extract_plover import coded, make_doc
from test_extract_plover_sources import _rows, actors, codes

from kg.extract import plover_targets as pt
from kg.extract.plover_actors import polity_actor

# "Somalis protested against the deployment of Kenyan troops ."
DEPLOYMENT = _rows("Somalis/Somalis/PROPN/NNPS/nsubj/1 protested/protest/VERB/VBD/ROOT/1 against/against/ADP/IN/prep/1 "
                   "the/the/DET/DT/det/4 deployment/deployment/NOUN/NN/pobj/2 of/of/ADP/IN/prep/4 "
                   "Kenyan/Kenyan/ADJ/JJ/amod/7 troops/troop/NOUN/NNS/pobj/5 ././PUNCT/./punct/1")
DEPLOYMENT_ENTS = ["B-NORP", "O", "O", "O", "O", "O", "B-NORP", "O", "O"]
# "Somalis protested against the plan that Kenyan troops backed ."
PLAN = _rows("Somalis/Somalis/PROPN/NNPS/nsubj/1 protested/protest/VERB/VBD/ROOT/1 against/against/ADP/IN/prep/1 "
             "the/the/DET/DT/det/4 plan/plan/NOUN/NN/pobj/2 that/that/PRON/WDT/dobj/8 Kenyan/Kenyan/ADJ/JJ/amod/7 "
             "troops/troop/NOUN/NNS/nsubj/8 backed/back/VERB/VBD/relcl/4 ././PUNCT/./punct/1")
# "Somalis marched , chanting against Kenya ."
CHANTING = _rows("Somalis/Somalis/PROPN/NNPS/nsubj/1 marched/march/VERB/VBD/ROOT/1 ,/,/PUNCT/,/punct/1 "
                 "chanting/chant/VERB/VBG/advcl/1 against/against/ADP/IN/prep/3 Kenya/Kenya/PROPN/NNP/pobj/4 "
                 "././PUNCT/./punct/1")
CHANTING_ENTS = ["B-NORP", "O", "O", "O", "O", "B-GPE", "O"]


def test_plover_targets_protest_named_actor_inside_the_against_phrase():
    doc = make_doc(DEPLOYMENT, ents=DEPLOYMENT_ENTS)
    found = pt.protest_named(actors(doc), doc[1], [doc[4]], [polity_actor("SO")])
    assert codes(found) == ["KE"]  # "against the deployment of Kenyan troops": Kenya
    # the protesters' own country is no target here: their own state is (home_target)
    assert pt.protest_named(actors(doc), doc[1], [doc[4]], [polity_actor("KE")]) == []


def test_plover_targets_protest_named_not_inside_a_clause_of_the_phrase():
    doc = make_doc(PLAN, ents=["B-NORP", "O", "O", "O", "O", "O", "B-NORP", "O", "O", "O"])
    assert pt.protest_named(actors(doc), doc[1], [doc[4]], [polity_actor("SO")]) == []  # "the plan [that Kenyan …]"


def test_plover_targets_protest_named_purpose_clause():
    doc = make_doc(CHANTING, ents=CHANTING_ENTS)
    assert codes(pt.protest_named(actors(doc), doc[1], [], [polity_actor("SO")])) == ["KE"]  # "chanting against Kenya"
    thanking = make_doc([("thanking", "thank", *r[2:]) if n == 3 else r for n, r in enumerate(CHANTING)],
                        ents=CHANTING_ENTS)
    assert pt.protest_named(actors(thanking), thanking[1], [], [polity_actor("SO")]) == []  # no purpose verb


PROTEST_NAMED = [  # a protest whose "against" phrase names no actor itself (protest-named), and near misses
    ("Several hundred traders marched in Nairobi against what they called unfair competition from Chinese "
     "shopkeepers.", {"CN"}),
    ("Thousands of protesters marched through Goma on Sunday, burning Rwandan flags and chanting against President "
     "Paul Kagame.", {"Paul Kagame"}),
    ("Thousands of Somalis made a peaceful protest in Mogadishu against the planned deployment of Ethiopian troops "
     "into the country.", {"ET"}),
    # near misses: the phrase names an actor itself; a clause inside the phrase; a name of no known actor
    ("Protesters rallied in Lima against the government's trade deal with Chile.", {"PE"}),
    ("Protesters in Hong Kong rallied against a change to the extradition law that would allow the Chinese "
     "government to remove suspects.", {"HK"}),
    ("Hundreds of thousands rallied in Australia against the IR legislation.", {"AU"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target"), PROTEST_NAMED)
def test_plover_targets_protest_named_table(facts_of, text, target):
    found = [c for c in coded(facts_of(text)) if c[0] == "PROTEST"]
    assert found and found[0][2] == target, coded(facts_of(text))

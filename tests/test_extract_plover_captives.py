"""Captives released or handed over are the target of the release when their own words name whose they are (pattern
key ``named_object``, :func:`kg.extract.plover_roles.names_polity`): "Israel freed five Lebanese prisoners" is aimed
at Lebanon, "released 706 Houthi fighters" at the Houthis; "released 400 prisoners" names no one (the place of
the act is no captive's side). A model-free test on hand-built actors, and (slow) sentences written for these tests
with near misses."""

from __future__ import annotations

import pytest

from kg.extract.plover_roles import names_polity
from kg.model import Actor, Person


def test_plover_roles_names_polity_keeps_named_captives_only():
    assert names_polity(Actor("Lebanese prisoners", "LB", "CVL"))
    assert names_polity(Actor("Houthi fighters", "HOUTHIS", "REB"))
    assert names_polity(Actor("Rwanda", "RW"))
    assert names_polity(Actor("Paul Whelan", "US", person=Person("paul whelan", "Paul Whelan")))
    assert names_polity(Actor("International Committee of the Red Cross", org="ICRC"))
    assert not names_polity(Actor("additional prisoners", "IL", "CVL"))  # placed in Israel by where it happens
    assert not names_polity(Actor("political detainees", "SD", "CVL"))
    assert not names_polity(Actor("hostages", None, "CVL"))


# (text, PLOVER type, source label, target labels): the release and whom it is aimed at
SENTENCES = [
    ("Israel freed five Lebanese prisoners on Wednesday.", "RETREAT", "Israel", ["Lebanese prisoners"]),
    ("The coalition and the Yemeni government released 706 Houthi fighters.", "RETREAT", "Yemeni government",
     ["Houthi fighters"]),
    ("The Tajik side handed over two Kyrgyz soldiers captured during the fighting.", "RETREAT", "Tajikistan",
     ["Kyrgyz soldiers"]),
    ("Uganda said it would release a group of detained Rwandans.", "RETREAT", "Uganda", ["Rwanda"]),
    ("Australia prepares to return Afghan detainees", "RETREAT", "Australia", ["Afghan detainees"]),
    # near misses: captives whose side the sentence does not say get no target from their noun
    ("Israel has promised to release an additional 400 prisoners in the coming months.", "RETREAT", "Israel", []),
    ("The Nigerian army freed dozens of prisoners in Borno.", "RETREAT", "Nigerian army", []),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "source", "targets"), SENTENCES)
def test_plover_captives_sentences(facts_of, text, kind, source, targets):
    found = [[a.label for a in e.targets] for e in facts_of(text).political_events
             if e.type == kind and any(a.label == source for a in e.sources)]
    assert found == [targets], [(e.type, [a.label for a in e.sources], [a.label for a in e.targets])
                                for e in facts_of(text).political_events]

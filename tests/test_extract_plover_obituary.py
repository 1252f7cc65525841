"""The acts of a person whose death the headline reports are recalled from his or her life (kg.extract.plover_obituary,
PLOVER modality, issue 10): "Helms opposed the use of American troops in Bosnia" under "Former US Senator Jesse Helms
dead at 86" is historical. Model-free tests of the headline's names, and (slow) a table of articles written for
these tests with near misses: another actor's act, a day of the news in the act's clause, a headline of no death,
an act to come."""

from __future__ import annotations

import pytest
from test_extract_plover import coded

from kg.extract import plover_obituary as ob


def test_plover_obituary_headline_names_only_of_a_death():
    assert {"helms", "jesse"} <= ob.headline_names("Former US Senator Jesse Helms dies at 86")
    assert "mwanawasa" in ob.headline_names("President Levy Mwanawasa of Zambia died on Tuesday")
    assert ob.headline_names("Senator Jesse Helms criticises the United Nations") == frozenset()
    assert ob.headline_names(None) == frozenset()
    assert "86" not in ob.headline_names("Jesse Helms dead at 86")


OBITUARY = "Former US Senator Jesse Helms dead at 86"
TEXT = ("Former US Senator Jesse Helms died on Friday at the age of 86. Helms opposed the use of American troops in "
        "Bosnia. He criticised the United Nations for decades. President George W. Bush praised Helms on Friday. "
        "Helms met President Bush on Monday, days before his death.")

TABLE = [
    # (title, type, source surname, modality)
    (OBITUARY, "REJECT", "Helms", "historical"),
    (OBITUARY, "ACCUSE", "Helms", "historical"),
    # near misses: another actor's act of the news; the deceased's act on a day of the news
    (OBITUARY, "SUPPORT", "Bush", "asserted"),
    (OBITUARY, "CONSULT", "Helms", "asserted"),
    # a headline of no death: the same acts are the news
    ("Former US Senator Jesse Helms honoured at 86", "REJECT", "Helms", "asserted"),
    ("Former US Senator Jesse Helms honoured at 86", "ACCUSE", "Helms", "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize("title, kind, source, modality", TABLE)
def test_plover_obituary_table(facts_of, title, kind, source, modality):
    found = [c for c in coded(facts_of(TEXT, title=title)) if c[0] == kind and any(source in s for s in c[1])]
    assert found, coded(facts_of(TEXT, title=title))
    assert found[0][3] == modality, coded(facts_of(TEXT, title=title))


@pytest.mark.slow
def test_plover_obituary_keeps_a_plan_and_a_negation(facts_of):
    events = coded(facts_of("Helms did not attack Bush. Helms will meet Bush in heaven.", title=OBITUARY))
    assert {c[3] for c in events if any("Helms" in s for s in c[1])} == {"negated", "future"}, events

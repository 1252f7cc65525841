"""PLOVER labour strikes and boycotts (session 23, second round): a boycott noun is a protest like the verb.
Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover

from test_extract_plover import assert_first_coded, make_doc


def _rule(rows: list[tuple], at: int = 1) -> str | None:
    """The id of the pattern that codes token ``at``, when it fits."""
    doc = make_doc(rows)
    hits, _ = plover.match(doc)
    hit = hits.get(at)
    return hit.pattern.id if hit and plover._fits(doc[at], hit) else None


def test_plover_match_a_boycott_noun_is_a_protest():
    rows = [("An", "an", "DET", "DT", "det", 2), ("opposition", "opposition", "NOUN", "NN", "compound", 2),
            ("boycott", "boycott", "NOUN", "NN", "nsubj", 3), ("followed", "follow", "VERB", "VBD", "ROOT", 3),
            (".", ".", "PUNCT", ".", "punct", 3)]
    assert _rule(rows, at=2) == "ph-protest-noun"


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources", [
    ("An opposition boycott in Peru left the ruling party certain of victory.", "PROTEST", {"PE"}),
])
def test_plover_strikes_and_boycotts_table(facts_of, text, kind, sources):
    assert_first_coded(facts_of(text), kind, sources, None, "asserted")

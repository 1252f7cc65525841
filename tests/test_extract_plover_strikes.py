"""PLOVER labour strikes and boycotts (session 23, second round): a labour strike staged or launched is a protest,
not the military "staged strikes"; a strike of some weeks ("a week-long strike") is a labour strike; a boycott noun
is a protest like the verb. Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

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


def _staged(*modifier: str) -> list[tuple]:
    """ "Dockers staged [modifier] strikes ." """
    rows = [("Dockers", "docker", "NOUN", "NNS", "nsubj", 1), ("staged", "stage", "VERB", "VBD", "ROOT", 1)]
    rows += [(m, m, "NOUN", "NN", "compound", 2 + len(modifier)) for m in modifier]
    return rows + [("strikes", "strike", "NOUN", "NNS", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_match_a_labour_strike_staged_is_a_protest_not_an_attack():
    assert _rule(_staged("sympathy")) == "ph-protest-stage-strike"
    assert plover.match(make_doc(_staged("sympathy")))[0][1].pattern.get("plover") == "PROTEST"
    assert _rule(_staged()) == "ph-assault-launch"  # "staged strikes": the military sense stays
    assert _rule(_staged("missile")) == "ph-assault-launch"


def test_plover_match_a_strike_some_weeks_long_is_a_labour_strike():
    rows = [("Judges", "judge", "NOUN", "NNS", "nsubj", 1), ("began", "begin", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 6), ("week", "week", "NOUN", "NN", "npadvmod", 5),
            ("-", "-", "PUNCT", "HYPH", "punct", 5), ("long", "long", "ADJ", "JJ", "amod", 6),
            ("strike", "strike", "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    assert _rule(rows, at=6) == "ph-protest-strike"


def test_plover_match_a_boycott_noun_is_a_protest():
    rows = [("An", "an", "DET", "DT", "det", 2), ("opposition", "opposition", "NOUN", "NN", "compound", 2),
            ("boycott", "boycott", "NOUN", "NN", "nsubj", 3), ("followed", "follow", "VERB", "VBD", "ROOT", 3),
            (".", ".", "PUNCT", ".", "punct", 3)]
    assert _rule(rows, at=2) == "ph-protest-noun"


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources", [
    ("Dockers in Chile staged sympathy strikes across the country.", "PROTEST", {"CL"}),
    ("Judges in Kenya began a week-long strike on Monday.", "PROTEST", {"KE"}),
    ("An opposition boycott in Peru left the ruling party certain of victory.", "PROTEST", {"PE"}),
])
def test_plover_strikes_and_boycotts_table(facts_of, text, kind, sources):
    assert_first_coded(facts_of(text), kind, sources, None, "asserted")

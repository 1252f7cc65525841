"""The invented news sets (``tests/invented/``): news reports written for kg's evaluation by writers who never ran or
read kg, with gold files written from the annotation guide. Their articles live in the repository (CC0), so these
checks need no corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.evaluate import load_gold

ROOT = Path(__file__).parent
INVENTED = {
    "dev": 52, "test": 36, "dev2": 30, "test2": 26, "test3": 26, "test4": 24, "dev3": 24, "dev4": 22, "test5": 26, "dev5": 20,
    "dev6": 20, "test6": 24, "dev7": 28, "test7": 28, "dev8": 24, "test8": 28, "dev9": 24, "test9": 24,
    "dev10": 28, "test10": 28, "dev11": 28, "test11": 28,
}  # set -> at least this many articles


def articles(name: str) -> dict[str, dict]:
    with (ROOT / "invented" / f"{name}.jsonl").open(encoding="utf-8") as f:
        return {row["id"]: row for row in map(json.loads, filter(str.strip, f))}


@pytest.mark.parametrize("name, at_least", INVENTED.items())
def test_evaluate_invented_sets_pair_every_article_with_a_gold_file(name, at_least):
    rows = articles(name)
    gold = load_gold(ROOT / f"gold-invented-{name}")
    assert len(rows) >= at_least
    assert set(gold) == set(rows)
    assert all(row["id"].startswith(f"inv-{name}-") and row["text"].strip() for row in rows.values())


@pytest.mark.parametrize("name", INVENTED)
def test_evaluate_invented_gold_quotes_and_names_are_in_their_articles(name):
    """Every quote's ``contains`` words are copied from its article, and every meeting or role person is named
    there (by surname at least)."""
    rows = articles(name)
    for article, gold in load_gold(ROOT / f"gold-invented-{name}").items():
        text = f"{rows[article]['title']}\n{rows[article]['text']}"
        assert all(q.contains in text for q in gold.quotes), article
        persons = [p for pair in gold.meetings for p in pair] + [r.person.split()[-1] for r in gold.roles]
        assert all(p in text for p in persons), article


def test_evaluate_invented_sets_are_disjoint():
    ids = [article for name in INVENTED for article in articles(name)]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize("name", ["dev2", "test2", "test3", "test4", "dev3", "dev4", "test5", "dev5", "dev6", "test6",
                                  "dev7", "test7", "dev8", "test8", "dev9", "test9", "dev10",
                                  "test10", "dev11", "test11"])
def test_evaluate_invented_second_pair_codes_plover_events(name):
    """The later writers also wrote ``plover`` keys (the loader checks each event's type and modality):
    every article has events, and the set covers at least 15 of PLOVER's 16 types."""
    gold = load_gold(ROOT / f"gold-invented-{name}")
    assert all(g.plover for g in gold.values())
    assert len({e.type for g in gold.values() for e in g.plover or ()}) >= 15

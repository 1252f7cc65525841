"""Small news articles written for the scale tests (not corpus text): fixed texts and a template generator."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

LEADERS = [
    ("Chancellor", "Olaf Scholz", "Germany", "Berlin"),
    ("Prime Minister", "Fumio Kishida", "Japan", "Tokyo"),
    ("President", "Emmanuel Macron", "France", "Paris"),
    ("Prime Minister", "Narendra Modi", "India", "New Delhi"),
    ("President", "Cyril Ramaphosa", "South Africa", "Pretoria"),
    ("Prime Minister", "Anthony Albanese", "Australia", "Canberra"),
    ("President", "Yoon Suk Yeol", "South Korea", "Seoul"),
    ("Prime Minister", "Pedro Sánchez", "Spain", "Madrid"),
]
TOPICS = ["energy security", "trade", "climate change", "migration", "food security", "maritime security"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def generated(n: int) -> list[dict]:
    """``n`` distinct articles: leader A meets leader B in A's capital, discusses two topics, and is quoted."""
    pairs = itertools.cycle(itertools.permutations(LEADERS, 2))
    articles = []
    for i, ((t1, n1, c1, city), (t2, n2, c2, _)) in zip(range(n), pairs):
        topic_a, topic_b = TOPICS[i % len(TOPICS)], TOPICS[(i + 2) % len(TOPICS)]
        text = (f"{t1} {n1} of {c1} met {t2} {n2} of {c2} in {city} on {DAYS[i % 5]}. "
                f"The two leaders discussed {topic_a} and {topic_b}, officials said.\n\n"
                f"“Our partnership matters more than ever,” {n1.split()[-1]} said after the talks. "
                f"{n2.split()[-1]} said the visit, number {i}, had been productive.")
        articles.append({"id": f"gen-{i:03d}", "title": f"{n1} meets {n2}", "date": "2023-05-0{}".format(1 + i % 9),
                         "text": text})
    return articles


def write_jsonl(path: Path, articles: list[dict]) -> Path:
    path.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    return path

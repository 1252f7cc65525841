"""Which spaCy components can kg disable? Extract with each candidate disabled and compare with the full pipeline.

    python bench/components.py [--n 50]

Runs the seed article(s) and the first N corpus articles (../shared/corpus/news.jsonl) through kg's pipeline
(``kg.nlp.build_pipeline``), once as is and once per component disabled, and prints how many articles'
``ArticleFacts`` differ. A component may go from ``kg.nlp.NEEDED`` only when it changes nothing.
"""

from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"


def articles(n: int) -> list:
    from kg.ingest import read_inputs
    from kg.model import Article

    seed = [a for a in read_inputs([ROOT / "seeds"]) if isinstance(a, Article)]
    corpus = []
    if CORPUS.is_file():
        corpus = [a for a in itertools.islice(read_inputs([CORPUS]), n) if isinstance(a, Article)]
    return seed + corpus


def facts(nlp, items, actors) -> list:
    from kg.extract import extract
    from kg.nlp import parse

    return [extract(doc, article, actors) for doc, article in parse(nlp, items)]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=50, help="corpus articles (default 50)")
    args = ap.parse_args()
    from kg.actors import load_actors
    from kg.nlp import build_pipeline

    items, actors = articles(args.n), load_actors()
    nlp = build_pipeline()
    baseline = facts(nlp, items, actors)
    print(f"{len(items)} articles (seed + {len(items) - 1} corpus); pipes {nlp.pipe_names}")
    for name in [p for p in nlp.pipe_names if p not in ("kg_paragraphs",)]:
        nlp.disable_pipe(name)
        try:
            changed = sum(a != b for a, b in zip(baseline, facts(nlp, items, actors)))
            verdict = "unchanged: can be disabled" if changed == 0 else "needed"
            print(f"without {name:15s} {changed:3d} of {len(items)} articles' facts differ -> {verdict}")
        except Exception as e:  # a component another one depends on: spaCy refuses to run without it
            print(f"without {name:15s} extraction fails ({type(e).__name__}: {e}) -> needed")
        finally:
            nlp.enable_pipe(name)
    return 0


if __name__ == "__main__":
    sys.exit(main())

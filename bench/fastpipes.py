"""kg.fastpipes on the corpus: the same annotations as the model's own attribute ruler and lemmatizer, and the time.

    python bench/fastpipes.py [--n N] [--step K]

Parses every K-th of the first N articles of ../shared/corpus/news.jsonl and news2.jsonl with kg's pipeline as
built (``build_pipeline()``: the stand-ins) and with the model's own components (``build_pipeline(fast=False)``),
compares tags, POS, morphology, lemmas, the parse, entities and sentence starts token by token, and prints how
many Docs differ (and the first differences) and each pipeline's time. Prints measurements only. Exits 0, saying
so, when the corpus is absent.
"""

from __future__ import annotations

import argparse
import itertools
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT.parent / "shared" / "corpus" / name for name in ("news.jsonl", "news2.jsonl")]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=None, help="articles to read (default: all)")
    ap.add_argument("--step", type=int, default=1, help="take every K-th article (default 1)")
    args = ap.parse_args()
    if not all(p.is_file() for p in CORPORA):
        print("bench/fastpipes.py: the corpus is not in ../shared/corpus/; nothing measured")
        return 0
    import numpy as np
    from spacy import attrs as A

    from kg.ingest import read_inputs
    from kg.model import Article
    from kg.nlp import build_pipeline, document_text

    articles = itertools.islice(read_inputs(CORPORA), 0, args.n, args.step)
    texts = [document_text(a) for a in articles if isinstance(a, Article)]
    columns = [A.TAG, A.POS, A.MORPH, A.LEMMA, A.DEP, A.HEAD, A.ENT_TYPE, A.ENT_IOB, A.SENT_START]
    fast, model = build_pipeline(), build_pipeline(fast=False)
    times = {}
    for name, nlp in (("model components", model), ("kg stand-ins", fast)):
        started = time.perf_counter()
        docs = list(nlp.pipe(texts, batch_size=32))
        times[name] = time.perf_counter() - started
        if name == "model components":
            reference = docs
    differing = 0
    for a, b in zip(reference, docs, strict=True):
        x, y = a.to_array(columns), b.to_array(columns)
        if x.shape != y.shape or not np.array_equal(x, y):
            differing += 1
            if differing <= 5:
                row = int(np.nonzero((x != y).any(axis=1))[0][0]) if x.shape == y.shape else 0
                print(f"differs at {a[row].text!r}: {a[row].tag_} {a[row].pos_} {a[row].morph} {a[row].lemma_} | "
                      f"{b[row].tag_} {b[row].pos_} {b[row].morph} {b[row].lemma_}")
    print(f"docs: {len(texts)}, tokens: {sum(len(d) for d in docs)}; differing docs: {differing}")
    for name, seconds in times.items():
        print(f"{name:17s} {seconds:7.1f} s")
    print(f"ratio stand-ins/model components (time): {times['kg stand-ins'] / times['model components']:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

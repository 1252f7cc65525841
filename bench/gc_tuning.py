"""The rules and the RDF stage with Python's default collector thresholds and with kg's (``kg/gctune.py``).

    python bench/gc_tuning.py [--cache DIR] [--n N]

Reads parsed articles from a ``bench/facts_diff.py parse`` cache (``--cache``, default ``/tmp/kg-facts-cache``),
or parses the first N corpus articles (default 300) when there is none. Each mode runs in a fresh process: the
rules (``kg.extract.extract``) on every Doc, then ``kg.rdf.article_quads`` on their facts, timed with
``time.process_time``. Prints the times and their ratio; asserts nothing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import gc, sys, time
sys.path.insert(0, {bench!r})
from pathlib import Path
from kg.actors import load_actors
from kg.extract import extract
from kg.gctune import BUILD_THRESHOLD
from kg.rdf import article_quads
cache, n, mode = Path({cache!r}), {n}, {mode!r}
if (cache / "docs.spacy").exists():
    from facts_diff import cached_docs
    docs = list(cached_docs(cache))[:n]
else:
    import itertools
    from kg.ingest import read_inputs
    from kg.model import Article
    from kg.nlp import build_pipeline, parse
    arts = [a for a in itertools.islice(read_inputs([{corpus!r}]), n) if isinstance(a, Article)]
    docs = list(parse(build_pipeline(None), arts))
actors = load_actors(())
extract(*docs[0], actors)
if mode == "kg":
    gc.collect(); gc.freeze(); gc.set_threshold(*BUILD_THRESHOLD)
t = time.process_time()
facts = [extract(doc, art, actors) for doc, art in docs]
rules = time.process_time() - t
t = time.process_time()
for f in facts:
    article_quads(f)
print(f"{{rules:.2f}} {{time.process_time() - t:.2f}} {{len(docs)}}")
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", default="/tmp/kg-facts-cache")
    ap.add_argument("--n", type=int, default=300)
    args = ap.parse_args()
    corpus = ROOT.parent / "shared" / "corpus" / "news.jsonl"
    if not (Path(args.cache) / "docs.spacy").exists() and not corpus.exists():
        print(f"no cache at {args.cache} and no corpus at {corpus}: nothing measured")
        return
    times = {}
    for mode in ("default", "kg"):
        code = CHILD.format(bench=str(ROOT / "bench"), cache=args.cache, n=args.n, mode=mode, corpus=str(corpus))
        out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True).stdout
        rules, rdf, count = out.split()
        times[mode] = (float(rules), float(rdf))
        print(f"{mode:8s} thresholds: rules {rules} s, RDF {rdf} s (CPU, {count} articles)")
    (r0, q0), (r1, q1) = times["default"], times["kg"]
    print(f"kg/default: rules {r1 / r0:.2f}, RDF {q1 / q0:.2f}")


if __name__ == "__main__":
    main()

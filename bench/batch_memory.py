"""Which articles make the NLP stage's memory peak: the peak RSS of each batch, in one process.

    python bench/batch_memory.py [--n N] [--batch-size B] [--batch-chars C|0] [--chunk-chars C|0] [--top K]

Runs what one ``kg build`` worker runs (:class:`kg.extractor.Extractor`: spaCy, then the rules) in this process on
the first N articles of ../shared/corpus/news.jsonl (default: all), in the batches ``kg build`` sends to a
worker (``--batch-size`` articles, ``--batch-chars`` characters; 0 turns the character bound off, and
``--chunk-chars 0`` turns off parsing long articles in pieces). Before each batch the kernel's peak-RSS mark of
this process is reset (``/proc/self/clear_refs``, Linux), so each batch's own peak is measured. Prints the RSS
after loading the model, the K batches with the highest peak (articles, characters, longest article), the overall
peak, the RSS at the end and the time. Prints measurements only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"
STATUS = Path("/proc/self/status")


def kb(field: str) -> int:
    """A ``/proc/self/status`` field in kB (VmRSS: now, VmHWM: peak since the last reset)."""
    return int(re.search(rf"^{field}:\s+(\d+) kB", STATUS.read_text(), re.M).group(1))


def reset_peak() -> None:
    Path("/proc/self/clear_refs").write_text("5")


def measure(extractor, batches) -> tuple[list[tuple], int]:
    """Per batch: (peak RSS kB, articles, characters, longest article's characters, its id); and the facts."""
    rows, facts = [], 0
    for batch in batches:
        reset_peak()
        facts += sum(f.count for f in extractor.run(batch))
        longest = max(batch, key=lambda a: len(a.text))
        rows.append((kb("VmHWM"), len(batch), sum(len(a.text) for a in batch), len(longest.text), longest.id))
    return rows, facts


def main() -> int:
    from kg.batching import BATCH_CHARS, BATCH_TEXTS, CHUNK_CHARS

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=None, help="corpus articles (default: all)")
    ap.add_argument("--batch-size", type=int, default=BATCH_TEXTS)
    ap.add_argument("--batch-chars", type=int, default=BATCH_CHARS, help="0: no character bound")
    ap.add_argument("--chunk-chars", type=int, default=CHUNK_CHARS, help="0: parse every article whole")
    ap.add_argument("--top", type=int, default=10)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    args = ap.parse_args()
    if not args.corpus.is_file() or not STATUS.is_file():
        print(f"corpus not found at {args.corpus} or no /proc (Linux only); nothing to measure")
        return 0
    from kg.ingest import read_inputs
    from kg.model import Article
    from kg.extractor import BuildOptions, Extractor, article_batches

    options = BuildOptions(batch_size=args.batch_size, batch_chars=args.batch_chars or None,
                           chunk_chars=args.chunk_chars or None)
    extractor = Extractor(options)
    loaded = kb("VmRSS")
    articles = (a for a in read_inputs([args.corpus]) if isinstance(a, Article))
    if args.n:
        articles = (a for _, a in zip(range(args.n), articles))
    started = time.perf_counter()
    rows, facts = measure(extractor, article_batches(articles, options))
    seconds = time.perf_counter() - started
    print(f"batches of up to {options.batch_size} articles, {options.batch_chars or 'any'} characters; "
          f"articles over {options.chunk_chars or 'no limit'} characters parsed in pieces")
    print(f"RSS after loading the model: {loaded / 1e3:,.0f} MB")
    print(f"{'peak MB':>8} {'articles':>8} {'chars':>8} {'longest':>8}  longest article")
    for peak, n, chars, long_chars, long_id in sorted(rows, reverse=True)[: args.top]:
        print(f"{peak / 1e3:8,.0f} {n:8d} {chars:8d} {long_chars:8d}  {long_id[:70]}")
    print(f"{len(rows)} batches, {sum(r[1] for r in rows)} articles, {facts} facts in {seconds:.1f} s; "
          f"peak {max(r[0] for r in rows) / 1e3:,.0f} MB, median batch peak "
          f"{sorted(r[0] for r in rows)[len(rows) // 2] / 1e3:,.0f} MB, RSS at the end {kb('VmRSS') / 1e3:,.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())

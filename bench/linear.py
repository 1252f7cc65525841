"""Per-article cost against article length: is it linear?

Builds one generated article (a two-sentence paragraph with a meeting, repeated N times) into an in-memory store
with one worker, for each N, through ``kg.service.build`` (the call ``kg build`` makes). Start-up (loading the
model, opening the store) is measured by building a one-paragraph article the same way and subtracted. Prints
the times and the ratio of the largest N to 250 paragraphs (the target: at most 5× for 1,000 against 250).
Asserts nothing.

    .venv/bin/python bench/linear.py                      # N = 125, 250, 500, 1000
    .venv/bin/python bench/linear.py --sizes 250 1000 6000
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

PARAGRAPH = ("President Emmanuel Macron of France met Chancellor Olaf Scholz of Germany in Paris on Tuesday. "
             "The two leaders discussed energy security and trade, officials said.")


def article(paragraphs: int) -> dict:
    return {"id": f"linear-{paragraphs}", "date": "2023-05-02", "text": "\n\n".join([PARAGRAPH] * paragraphs)}


def timed_build(paragraphs: int, folder: Path) -> tuple[float, dict]:
    from kg import service

    path = folder / f"linear-{paragraphs}.jsonl"
    path.write_text(json.dumps(article(paragraphs)) + "\n", encoding="utf-8")
    started = time.perf_counter()
    report = service.build([str(path)], store_spec="memory", workers=1)
    return time.perf_counter() - started, report.to_dict()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[125, 250, 500, 1000])
    parser.add_argument("--base", type=int, default=250, help="the size the others are compared with")
    args = parser.parse_args()
    sizes = sorted(set(args.sizes) | {args.base})
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        timed_build(1, folder)  # warm caches (imports, lexicons) once
        startup, _ = timed_build(1, folder)
        print(f"start-up (a one-paragraph article): {startup:.2f} s")
        net = {}
        for size in sizes:
            seconds, report = timed_build(size, folder)
            net[size] = max(seconds - startup, 1e-9)
            chars = len(article(size)["text"])
            print(f"{size:>6} paragraphs {chars:>9,} chars  {seconds:8.2f} s  net {net[size]:8.2f} s  "
                  f"{net[size] / size * 1000:6.1f} ms/paragraph  facts {report['facts']}")
    for size in sizes:
        if size != args.base:
            print(f"ratio {size}/{args.base}: {net[size] / net[args.base]:.2f} (linear: {size / args.base:.2f})")


if __name__ == "__main__":
    main()

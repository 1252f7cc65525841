"""Per-article cost against article length: is it linear?

Builds one generated article (a two-sentence paragraph with a meeting, repeated N times) into an in-memory store
with one worker, for each N, through ``kg.service.build`` (the call ``kg build`` makes). Start-up (loading the
model, opening the store) is measured by building a one-paragraph article the same way and subtracted. Times are
this process's CPU time (one worker runs in this process, so other load on the machine hardly changes them) and
wall-clock time, each the best of ``--repeat`` runs. Prints the times and the ratios to 250 paragraphs (the
target: at most 5× for 1,000 against 250). Asserts nothing.

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


def timed_build(paragraphs: int, folder: Path, repeat: int = 1) -> tuple[float, float, dict]:
    """Best CPU and wall-clock seconds of ``repeat`` builds, and the last build's report."""
    from kg import service

    path = folder / f"linear-{paragraphs}.jsonl"
    path.write_text(json.dumps(article(paragraphs)) + "\n", encoding="utf-8")
    cpu, wall = [], []
    for _ in range(repeat):
        started, started_cpu = time.perf_counter(), time.process_time()
        report = service.build([str(path)], store_spec="memory", workers=1)
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started)
    return min(cpu), min(wall), report.to_dict()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[125, 250, 500, 1000])
    parser.add_argument("--base", type=int, default=250, help="the size the others are compared with")
    parser.add_argument("--repeat", type=int, default=3, help="runs per size (the best counts)")
    args = parser.parse_args()
    sizes = sorted(set(args.sizes) | {args.base})
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        timed_build(1, folder)  # warm caches (imports, lexicons) once
        start_cpu, start_wall, _ = timed_build(1, folder, args.repeat)
        print(f"start-up (a one-paragraph article): CPU {start_cpu:.2f} s, wall {start_wall:.2f} s")
        net = {}
        for size in sizes:
            cpu, wall, report = timed_build(size, folder, args.repeat)
            net[size] = (max(cpu - start_cpu, 1e-9), max(wall - start_wall, 1e-9))
            chars = len(article(size)["text"])
            print(f"{size:>6} paragraphs {chars:>9,} chars  net CPU {net[size][0]:8.2f} s "
                  f"({net[size][0] / size * 1000:5.1f} ms/paragraph)  net wall {net[size][1]:8.2f} s  "
                  f"facts {report['facts']}")
    for size in sizes:
        if size != args.base:
            print(f"ratio {size}/{args.base}: CPU {net[size][0] / net[args.base][0]:.2f}, wall "
                  f"{net[size][1] / net[args.base][1]:.2f} (linear: {size / args.base:.2f})")


if __name__ == "__main__":
    main()

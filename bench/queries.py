"""Every query in queries/ on the full-corpus store: Oxigraph (kg's store) against rdflib's in-memory Dataset.

    python bench/queries.py [--store PATH] [--repeat R] [--person NAME] [--workers W] [--rdflib-repeat R]
                            [--rdflib-timeout S]

Builds the store from ../shared/corpus/news.jsonl (relative to the repo root) into a temporary directory, or into
``--store PATH`` (reused as is when it already holds articles). Dumps it as N-Quads, loads that dump into an
``rdflib.Dataset`` and runs each query file (``$person`` bound to ``--person``, default Biden) ``--repeat`` times
(default 3) on Oxigraph and ``--rdflib-repeat`` times (default 1) on rdflib, printing the best time of each, the
row counts and the ratio rdflib/Oxigraph. Each rdflib query runs in a forked child that is stopped after
``--rdflib-timeout`` seconds (default 300; reported as ``>S``). Prints measurements only; nothing is asserted.
Exits 0, saying so, when the corpus is absent and no store is given.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"
QUERIES = ROOT / "queries"


def best_of(repeat: int, func) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = func()
        best = min(best, time.perf_counter() - started)
    return best, result


def ensure_store(path: Path, workers: int | None) -> None:
    from kg import service
    from kg.store import open_store

    if path.is_dir():
        with open_store(str(path)) as store:
            if store.article_ids():
                print(f"reusing store {path}")
                return
    started = time.perf_counter()
    report = service.build([str(CORPUS)], store_spec=str(path), workers=workers)
    print(f"built store {path}: {report.articles} articles, {report.triples} quads in "
          f"{time.perf_counter() - started:.1f} s")


def load_rdflib(store, workdir: Path):
    import rdflib

    dump = workdir / "kg.nq"
    store.dump(dump, "nquads")
    started = time.perf_counter()
    dataset = rdflib.Dataset()
    dataset.parse(dump, format="nquads")
    quads = sum(1 for _ in dataset.quads((None, None, None, None)))
    list(dataset.query("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1"))  # warm the parser before forking
    print(f"rdflib Dataset: {quads:,} quads loaded from the N-Quads dump ({dump.stat().st_size / 1e6:.1f} MB) "
          f"in {time.perf_counter() - started:.1f} s")
    return dataset


def rdflib_run(dataset, sparql: str, repeat: int, timeout: float) -> tuple[float, int] | None:
    """Best time and row count of ``sparql`` on ``dataset`` in a forked child; None when it exceeds ``timeout``."""
    context = multiprocessing.get_context("fork")  # the child shares the loaded Dataset copy-on-write
    receiver, sender = context.Pipe(duplex=False)

    def child() -> None:
        seconds, rows = best_of(repeat, lambda: list(dataset.query(sparql)))
        sender.send((seconds, len(rows)))

    proc = context.Process(target=child, daemon=True)
    proc.start()
    result = receiver.recv() if receiver.poll(timeout) else None
    proc.kill()
    proc.join()
    return result


def compare(store, dataset, args) -> None:
    from kg.query import bind

    print(f"{'query':22s} {'oxigraph s':>11s} {'rows':>6s} {'rdflib s':>10s} {'rows':>6s} {'rdflib/oxigraph':>16s}")
    for path in sorted(QUERIES.glob("*.rq")):
        sparql = bind(path.read_text(encoding="utf-8"), {"person": args.person})
        ox_time, (_, ox_rows) = best_of(args.repeat, lambda: store.select(sparql))
        measured = rdflib_run(dataset, sparql, args.rdflib_repeat, args.rdflib_timeout)
        if measured is None:
            limit = f">{args.rdflib_timeout:g}"
            print(f"{path.stem:22s} {ox_time:11.4f} {len(ox_rows):6d} {limit:>10s} {'?':>6s} "
                  f"{'>' + format(args.rdflib_timeout / ox_time, '.0f'):>15s}x")
            continue
        rl_time, rl_rows = measured
        print(f"{path.stem:22s} {ox_time:11.4f} {len(ox_rows):6d} {rl_time:10.4f} {rl_rows:6d} "
              f"{rl_time / ox_time:15.1f}x")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", type=Path, default=None, help="store directory to build into or reuse")
    ap.add_argument("--repeat", type=int, default=3, help="runs per query on Oxigraph; the best is reported")
    ap.add_argument("--person", default="Biden", help="value of $person (default Biden)")
    ap.add_argument("--workers", type=int, default=None, help="build workers (default: cores)")
    ap.add_argument("--rdflib-repeat", type=int, default=1, help="runs per query on rdflib (default 1)")
    ap.add_argument("--rdflib-timeout", type=float, default=300.0, help="seconds per rdflib query (default 300)")
    args = ap.parse_args()
    if args.store is None and not CORPUS.is_file():
        print(f"corpus not found at {CORPUS} and no --store given; nothing to measure")
        return 0
    from kg.store import open_store

    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        path = args.store or Path(tmp) / "store"
        if not (path.is_dir() or CORPUS.is_file()):
            print(f"no store at {path} and no corpus at {CORPUS}; nothing to measure")
            return 0
        ensure_store(path, args.workers)
        with open_store(str(path)) as store:
            stats = store.stats()
            print(f"store: {stats['articles']} articles, {stats['triples']:,} quads")
            dataset = load_rdflib(store, Path(tmp))
            compare(store, dataset, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The store writer's memory: RSS growth while writing articles into a new on-disk store, by flush interval.

    python bench/store_memory.py --source STORE [--rounds R] [--flush-quads Q ...]

Reads every article graph of an existing store (e.g. one built with ``bench/throughput.py --store PATH``), then,
for each ``--flush-quads`` value, writes them ``--rounds`` times (with new ids) into a new temporary on-disk
store the way ``kg build`` does (``article_hash``, then ``put_article``, one article at a time), with
``DiskStore.FLUSH_QUADS`` set to that value. Prints, per value, the time and the peak RSS growth of this process
over its RSS before the writes (sampled every 100 articles). Each value runs in its own process so that one
does not inherit another's memory. Prints measurements only; nothing is asserted.
"""

from __future__ import annotations

import argparse
import collections
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run_one(source: Path, rounds: int, flush_quads: int) -> None:
    import psutil
    import pyoxigraph
    from pyoxigraph import NamedNode, Quad

    from kg.store import local as localstore
    from kg.store import ARTICLE_PREFIX, graph_iri, open_store

    graphs = collections.defaultdict(list)
    for quad in pyoxigraph.Store.read_only(str(source)).quads_for_pattern(None, None, None, None):
        if isinstance(quad.graph_name, NamedNode) and quad.graph_name.value.startswith(ARTICLE_PREFIX):
            graphs[quad.graph_name.value[len(ARTICLE_PREFIX):]].append(quad)
    me = psutil.Process()
    base, peak, n = me.memory_info().rss, 0, 0
    localstore.DiskStore.FLUSH_QUADS = flush_quads
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-store-bench-") as tmp:
        with open_store(str(Path(tmp) / "store"), write=True) as store:
            for rnd in range(rounds):
                for article_id, quads in graphs.items():
                    new_id, n = f"{article_id}~w{rnd}", n + 1
                    store.article_hash(new_id)
                    store.put_article(new_id, [Quad(q.subject, q.predicate, q.object, graph_iri(new_id))
                                               for q in quads])
                    if n % 100 == 0:
                        peak = max(peak, me.memory_info().rss - base)
    print(f"FLUSH_QUADS {flush_quads:>9,}: {n} articles ({sum(map(len, graphs.values())) * rounds:,} quads) "
          f"in {time.perf_counter() - started:.1f} s, peak RSS growth {peak / 1e6:,.0f} MB", flush=True)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--source", type=Path, required=True, help="an existing kg store to read the articles from")
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--flush-quads", type=int, nargs="+", default=[20_000, 225_000])
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # internal: run one value here
    args = ap.parse_args()
    if not (args.source / "CURRENT").is_file():
        print(f"no store at {args.source}; build one first (bench/throughput.py --store PATH)")
        return 0
    if args.one:
        run_one(args.source, args.rounds, args.flush_quads[0])
        return 0
    for value in args.flush_quads:
        subprocess.run([sys.executable, __file__, "--source", str(args.source), "--rounds", str(args.rounds),
                        "--flush-quads", str(value), "--one"], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Load test of ``kg serve``: concurrent clients sending the standard queries for a while.

Builds a store of the first ``--n`` corpus articles (or takes ``--store``), starts ``kg serve`` on a free
loopback port in a process of its own, and runs ``--clients`` client threads that send the named queries in
``queries/`` (``$person`` = Biden) round-robin over HTTP for ``--seconds`` seconds, each waiting for its answer
before sending the next (a closed loop: load is bounded by the clients). Prints per-query and overall p50/p99
latency, throughput and errors (any status but 200, or a transport error). Loopback only; asserts nothing.

    .venv/bin/python bench/serve.py --n 300                    # build 300 corpus articles, 50 clients, 60 s
    .venv/bin/python bench/serve.py --store /tmp/kg-full-store --clients 50 --seconds 60
"""

from __future__ import annotations

import argparse
import itertools
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import Counter, defaultdict
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path("/work/shared/corpus/news.jsonl") if Path("/work/shared/corpus/news.jsonl").is_file() else \
    ROOT.parent / "shared" / "corpus" / "news.jsonl"


def build_store(corpus: Path, n: int, folder: Path) -> Path:
    sample = folder / "sample.jsonl"
    with open(corpus, encoding="utf-8") as src, open(sample, "w", encoding="utf-8") as dst:
        dst.writelines(itertools.islice(src, n))
    store = folder / "store"
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "kg.cli", "build", str(sample), "--store", str(store)], check=True,
                   stdout=subprocess.DEVNULL)
    print(f"built {n} articles into {store} in {time.perf_counter() - started:.1f} s")
    return store


def standard_queries() -> dict[str, str]:
    from kg.query import bind

    return {p.stem: bind(p.read_text(encoding="utf-8"), {"person": "Biden"}) if "$person" in p.read_text() else
            p.read_text(encoding="utf-8") for p in sorted((ROOT / "queries").glob("*.rq"))}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path, port: int, extra: list[str]) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", str(port),
                             *extra], stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/query?query=ASK%7B%7D", timeout=2).read()
            return proc
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("kg serve did not start")


def client(url: str, queries: list[tuple[str, str]], offset: int, stop_at: float, results: list) -> None:
    for name, sparql in itertools.islice(itertools.cycle(queries), offset, None):
        if time.monotonic() >= stop_at:
            return
        data = urlencode({"query": sparql}).encode()
        request = urllib.request.Request(url, data=data, headers={"Accept": "application/sparql-results+json"})
        started = time.perf_counter()
        try:
            with urllib.request.urlopen(request, timeout=120) as response:
                rows = len(json.loads(response.read())["results"]["bindings"])
                outcome = "ok" if response.status == 200 else f"HTTP {response.status}"
        except urllib.error.HTTPError as e:
            outcome, rows = f"HTTP {e.code}: {e.read()[:100]!r}", 0
        except OSError as e:
            outcome, rows = f"{type(e).__name__}: {e}", 0
        results.append((name, time.perf_counter() - started, outcome, rows))


def percentile(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[p - 1] if len(values) > 1 else values[0]


def report(results: list, seconds: float) -> None:
    by_query = defaultdict(list)
    for name, latency, _, _ in results:
        by_query[name].append(latency)
    rows = {name: rows for name, _, outcome, rows in results if outcome == "ok"}
    print(f"{'query':<20} {'rows':>6} {'requests':>8} {'p50 s':>8} {'p99 s':>8}")
    for name, latencies in sorted(by_query.items()):
        print(f"{name:<20} {rows.get(name, '-'):>6} {len(latencies):>8} {percentile(latencies, 50):8.3f} "
              f"{percentile(latencies, 99):8.3f}")
    latencies = [r[1] for r in results]
    errors = Counter(r[2] for r in results if r[2] != "ok")
    print(f"all: {len(results)} requests in {seconds:.1f} s ({len(results) / seconds:.1f}/s), "
          f"p50 {percentile(latencies, 50):.3f} s, p99 {percentile(latencies, 99):.3f} s, "
          f"max {max(latencies):.3f} s, errors {sum(errors.values())}")
    for outcome, count in errors.most_common():
        print(f"  {count} × {outcome}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--store", type=Path, help="an existing on-disk store (else one is built)")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--n", type=int, default=300, help="corpus articles to build when no --store")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--serve-args", default="", help="extra kg serve options, e.g. '--timeout 10'")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = args.store or build_store(args.corpus, args.n, Path(tmp))
        queries = list(standard_queries().items())
        port = free_port()
        server = start_server(store, port, args.serve_args.split())
        try:
            results: list = []
            stop_at = time.monotonic() + args.seconds
            started = time.perf_counter()
            threads = [threading.Thread(target=client, args=(f"http://127.0.0.1:{port}/query", queries, i, stop_at,
                                                             results)) for i in range(args.clients)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            print(f"{args.clients} clients, {len(queries)} standard queries, store {store}")
            report(results, time.perf_counter() - started)
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()

"""kg build throughput against bare spaCy on the same texts, with the peak RSS of each run's process tree.

    python bench/throughput.py [--n N] [--workers W] [--repeat-to N] [--batch-size B]
                               [--progress-every K] [--time-limit SECONDS] [--skip-spacy] [--store PATH]
                               [--rounds R]

Takes the first N articles of ../shared/corpus/news.jsonl (relative to the repo root), or with ``--repeat-to N``
N articles made by repeating the corpus with new ids (written to a temporary JSONL file as they are generated,
never all in memory). Then, in one run:

1. ``kg build`` through the library (``kg.service.build``, W worker processes) into a temporary on-disk store;
2. bare spaCy: the same model with all its default components, ``nlp.pipe(texts, n_process=W)`` on the same texts
   (kg's ``document_text``), the Docs discarded as they come.

Both times are wall-clock and include loading the model and starting the processes. Peak RSS is the largest sum
of the RSS of this process and all its descendants, sampled every 0.2 s with psutil when it is installed (it comes
with dask.distributed); each process's own peak is printed too (``main`` is this process, which writes the store;
``worker`` a spaCy process), and, as a check on the sampling, the kernel's exact peaks for the kg run
(``getrusage``: this process, and the largest finished child). Without psutil, ``resource.getrusage`` gives this
process's peak and the largest finished child's. ``--progress-every K`` prints the article count, time and RSS
(total and per process) every K articles of the kg run; ``--time-limit`` stops the kg run after that many seconds
and reports what it measured (marked PARTIAL); ``--skip-spacy`` leaves out the bare spaCy run; ``--store PATH``
builds into PATH (kept, e.g. for ``bench/queries.py --store PATH``; give a new directory, or unchanged articles are
skipped) instead of a temporary store. Prints measurements only; nothing is asserted. Exits 0, saying so, when the
corpus is absent. ``--rounds R`` repeats the pair R times, alternating which run goes first (kg first in odd rounds,
bare spaCy first in even ones) so that a machine whose speed drifts favours neither, prints each round's ratios
and then their medians: on a shared machine one pair's ratio can move by 15%. ``bench/batch_memory.py`` shows which batches of articles make a worker's memory peak.
"""

from __future__ import annotations

import argparse
import importlib.util
import itertools
import json
import os
import resource
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"


def corpus_lines(path: Path, n: int, repeat_to: int | None) -> Iterator[str]:
    """JSONL lines: the first ``n`` articles, or ``repeat_to`` articles cycling the corpus with new ids."""
    if not repeat_to:
        with open(path, encoding="utf-8") as f:
            yield from itertools.islice((line for line in f if line.strip()), n)
        return
    made = 0
    for rnd in itertools.count():
        with open(path, encoding="utf-8") as f:
            for line in f:
                if not line.strip():
                    continue
                if made == repeat_to:
                    return
                obj = json.loads(line)
                obj["id"] = f"{obj['id']}~r{rnd}" if rnd else obj["id"]
                yield json.dumps(obj, ensure_ascii=False) + "\n"
                made += 1


class PeakRSS:
    """Peak RSS (bytes) of this process plus its descendants while the block runs, and of each process."""

    def __init__(self, interval: float = 0.2):
        self.interval, self.peak, self.last, self.method = interval, 0, 0, "psutil (sum over the process tree)"
        self.per_process: dict[int, tuple[str, int]] = {}  # pid → (role, peak RSS)
        self.last_per_process: dict[int, int] = {}
        self.kernel: tuple[int, int] | None = None  # getrusage peaks: this process, largest finished child
        self._stop = threading.Event()

    @staticmethod
    def role(proc, me) -> str:
        if proc.pid == me.pid:
            return "main"
        try:
            cmdline = " ".join(proc.cmdline())
        except Exception:  # psutil.Error: gone or not accessible
            return "child"
        return "resource tracker" if "resource_tracker" in cmdline else "worker"

    def _sample(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            total, now = 0, {}
            for proc in [me, *me.children(recursive=True)]:
                try:
                    rss = proc.memory_info().rss
                except psutil.Error:
                    continue
                total += rss
                now[proc.pid] = rss
                role, peak = self.per_process.get(proc.pid) or (self.role(proc, me), 0)
                self.per_process[proc.pid] = (role, max(peak, rss))
            self.last, self.peak, self.last_per_process = total, max(self.peak, total), now
            self._stop.wait(self.interval)

    def breakdown(self, current: bool = False) -> str:
        """``main 300 MB, worker 350 MB, …``: each process's peak (or current RSS), largest workers first."""
        items = [(role, self.last_per_process.get(pid, 0) if current else peak)
                 for pid, (role, peak) in self.per_process.items()
                 if not current or pid in self.last_per_process]
        items.sort(key=lambda item: (item[0] != "main", -item[1]))
        return ", ".join(f"{role} {rss / 1e6:,.0f}" for role, rss in items) + " MB"

    @contextmanager
    def measure(self):
        if importlib.util.find_spec("psutil") is None:
            self.method = "getrusage (self peak + largest finished child)"
            yield self
            usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
            children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            self.peak = (usage + children) * 1024
            return
        thread = threading.Thread(target=self._sample, daemon=True)
        thread.start()
        try:
            yield self
        finally:
            self._stop.set()
            thread.join()
            self.kernel = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
                           resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024)


class TimeLimit(Exception):
    """Raised from the progress callback to stop a kg run at ``--time-limit``."""


def run_kg(src: Path, workdir: Path, args) -> tuple[float, object, PeakRSS, bool]:
    """Build ``src`` with kg; returns (seconds, report or article count, peak, partial)."""
    from kg import service

    peak, done = PeakRSS(), [0]
    started = time.perf_counter()

    def on_article(_rate: float) -> None:
        done[0] += 1
        elapsed = time.perf_counter() - started
        if args.progress_every and done[0] % args.progress_every == 0:
            print(f"  kg: {done[0]:6d} articles {elapsed:7.0f} s  RSS now {peak.last / 1e6:,.0f} MB "
                  f"({peak.breakdown(current=True)}), peak {peak.peak / 1e6:,.0f} MB", flush=True)
        if args.time_limit and elapsed > args.time_limit:
            raise TimeLimit

    with peak.measure():
        try:
            report = service.build([str(src)], store_spec=str(args.store or workdir / "store"),
                                   workers=args.workers, batch_size=args.batch_size, on_article=on_article)
        except TimeLimit:
            return time.perf_counter() - started, done[0], peak, True
    return time.perf_counter() - started, report, peak, False


def run_spacy(src: Path, workers: int, batch_size: int) -> tuple[float, int, list[str], PeakRSS]:
    from kg.ingest import read_inputs
    from kg.model import Article
    from kg.nlp import document_text, load_model

    peak = PeakRSS()
    with peak.measure():
        started = time.perf_counter()
        nlp = load_model(None)
        texts = (document_text(a) for a in read_inputs([src]) if isinstance(a, Article))
        docs = sum(1 for _ in nlp.pipe(texts, n_process=workers, batch_size=batch_size))
        seconds = time.perf_counter() - started
    return seconds, docs, nlp.pipe_names, peak


def cpu_seconds() -> float:
    """User + system CPU of this process and of its children that have ended (the workers, once joined)."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def per_minute(count: int, seconds: float) -> float:
    return 60.0 * count / seconds if seconds > 0 else float("nan")


def report(args, kg_run, spacy_run, cpu: tuple[float, float | None]) -> None:
    kg_seconds, build, kg_peak, partial = kg_run
    if partial:
        print(f"PARTIAL kg build: stopped at --time-limit {args.time_limit:g} s after {build} articles")
        print(f"kg build:   {kg_seconds:8.1f} s  {per_minute(build, kg_seconds):8.0f} articles/min  "
              f"peak RSS {kg_peak.peak / 1e6:,.0f} MB (so far)")
    else:
        print(f"articles: {build.articles} built ({build.unchanged} unchanged, {len(build.problems)} skipped inputs); "
              f"workers/n_process: {args.workers}; batch size {args.batch_size}")
        print(f"kg build:   {kg_seconds:8.1f} s  {per_minute(build.articles, kg_seconds):8.0f} articles/min  "
              f"facts {build.facts}, quads {build.triples}  peak RSS {kg_peak.peak / 1e6:,.0f} MB")
    if spacy_run is not None:
        sp_seconds, docs, pipes, sp_peak = spacy_run
        print(f"bare spaCy: {sp_seconds:8.1f} s  {per_minute(docs, sp_seconds):8.0f} articles/min  "
              f"{docs} docs, pipes {','.join(pipes)}  peak RSS {sp_peak.peak / 1e6:,.0f} MB")
        if not partial:
            print(f"ratio kg/bare (time): {kg_seconds / sp_seconds:.2f}")
    kg_cpu, sp_cpu = cpu  # steadier than wall time where other work shares the machine
    print(f"CPU, process and workers: kg {kg_cpu:.1f} s" + ("" if sp_cpu is None else
          f", bare spaCy {sp_cpu:.1f} s, ratio kg/bare (CPU) {kg_cpu / sp_cpu:.2f}"))
    if kg_peak.per_process:
        print(f"kg per-process peak RSS: {kg_peak.breakdown()}")
    if kg_peak.kernel:  # exact peaks, which 0.2 s sampling can miss; the child's includes any earlier child
        print(f"kg kernel peak RSS (getrusage): main {kg_peak.kernel[0] / 1e6:,.0f} MB, "
              f"largest worker {kg_peak.kernel[1] / 1e6:,.0f} MB")
    if spacy_run is not None and spacy_run[3].per_process:
        print(f"bare spaCy per-process peak RSS: {spacy_run[3].breakdown()}")
    print(f"peak RSS measured with {kg_peak.method}")


def one_round(src: Path, workdir: Path, args, spacy_first: bool) -> tuple[float, float]:
    """One kg build and one bare spaCy run (in the given order), reported; returns the (time, CPU) ratios."""
    workdir.mkdir()
    runs: dict[str, tuple] = {}
    for name in ("spacy", "kg") if spacy_first else ("kg", "spacy"):
        if name == "spacy" and args.skip_spacy:
            continue
        start = cpu_seconds()
        run = run_kg(src, workdir, args) if name == "kg" else run_spacy(src, args.workers, args.batch_size)
        runs[name] = (run, cpu_seconds() - start)
    if args.rounds > 1:
        print(f"-- round {workdir.name[5:]} ({'bare spaCy' if spacy_first else 'kg'} first)")
    spacy_run, sp_cpu = runs.get("spacy", (None, None))
    report(args, runs["kg"][0], spacy_run, (runs["kg"][1], sp_cpu))
    if spacy_run is None:
        return float("nan"), float("nan")
    return runs["kg"][0][0] / spacy_run[0], runs["kg"][1] / sp_cpu


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="corpus articles (default 200)")
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="processes (default: cores)")
    ap.add_argument("--repeat-to", type=int, default=None, help="make this many articles by repeating the corpus")
    ap.add_argument("--batch-size", type=int, default=32)
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--progress-every", type=int, default=0, help="print a progress line every K kg articles")
    ap.add_argument("--time-limit", type=float, default=None, help="stop the kg run after this many seconds")
    ap.add_argument("--skip-spacy", action="store_true", help="do not run bare spaCy")
    ap.add_argument("--store", type=Path, default=None, help="build into this store (kept) instead of a temporary one")
    ap.add_argument("--rounds", type=int, default=1, help="repeat kg and bare spaCy R times, alternating the order")
    args = ap.parse_args()
    if not args.corpus.is_file():
        print(f"corpus not found at {args.corpus}; nothing to measure")
        return 0
    if args.rounds > 1 and (args.store or args.skip_spacy or args.time_limit):
        ap.error("--rounds needs both runs in full: not with --store, --skip-spacy or --time-limit")
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        workdir = Path(tmp)
        src = workdir / "articles.jsonl"
        with open(src, "w", encoding="utf-8") as out:
            out.writelines(corpus_lines(args.corpus, args.n, args.repeat_to))
        ratios = [one_round(src, workdir / f"round{r}", args, spacy_first=r % 2 == 1) for r in range(args.rounds)]
    if args.rounds > 1:
        print(f"median over {args.rounds} rounds: ratio kg/bare (time) {statistics.median(r[0] for r in ratios):.2f}, "
              f"(CPU) {statistics.median(r[1] for r in ratios):.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

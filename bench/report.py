"""Size and draw time of ``kg report`` on the full corpus, in headless Chromium.

    python bench/report.py [--store PATH] [--workers W] [--repeat R] [--scale K ...] [--keep DIR]

Builds the store from ../shared/corpus/news.jsonl (relative to the repo root) into a temporary directory, or into
``--store PATH`` (reused as is when it already holds articles). Gathers the report data (timed), writes the page
and opens it ``--repeat`` times (default 3) in Debian's chromium (headless, through Playwright, fresh profile),
printing the file size, the time until the page says ``data-ready="true"`` (the network is drawn; measured by the
page from navigation start, ``performance.now()``) and the wall time of opening it.

``--scale K`` (repeatable) also measures a synthetic page holding K disjoint copies of the corpus's data (nodes,
edges, events, topics, quotes and roles, with new ids; the copies' networks side by side): a pessimistic stand-in
for a K-times larger corpus, since a real one repeats many of the same leaders and topics. ``--scale 6`` is about
10,000 articles. Prints measurements only; nothing is asserted. Exits 0, saying so, when the corpus is absent and
no store is given, or when chromium or Playwright is missing.
"""

from __future__ import annotations

import argparse
import copy
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "news.jsonl"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


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


def replicate(data: dict, k: int) -> dict:
    """K disjoint copies of the report data (new node ids, shifted positions, re-indexed events and topics)."""
    out = copy.deepcopy(data)
    for key in ("nodes", "edges", "roles", "events", "topics", "quotes"):
        out[key] = []
    xs = [n["x"] for n in data["nodes"]] or [0.0]
    width = (max(xs) - min(xs)) * 1.1 + 100
    n_events, n_topics = len(data["events"]), len(data["topics"])
    for i in range(k):
        tag = f"~{i}" if i else ""
        for n in data["nodes"]:
            out["nodes"].append({**n, "id": n["id"] + tag, "x": n["x"] + i * width,
                                 "events": [e + i * n_events for e in n["events"]]})
        out["edges"] += [{**e, "s": e["s"] + tag, "t": e["t"] + tag} for e in data["edges"]]
        out["roles"] += [[r[0], r[1] and r[1] + tag, *r[2:]] for r in data["roles"]]
        out["events"] += [{**e, "topics": [t + i * n_topics for t in e["topics"]]} for e in data["events"]]
        out["topics"] += [{**t, "label": t["label"] + tag} for t in data["topics"]]
        out["quotes"] += copy.deepcopy(data["quotes"])
    out["meta"] = {"articles": data["meta"]["articles"] * k}
    return out


def measure(browser, path: Path, repeat: int) -> tuple[list[float], list[float], tuple[str, str], dict]:
    """Draw times reported by the page (ms), wall times of opening it (s), the drawn counts and the page's step
    times (ms since navigation start) of the fastest run."""
    draws, walls, counts, steps = [], [], ("", ""), {}
    for _ in range(repeat):
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        started = time.perf_counter()
        page.goto(path.as_uri())
        page.wait_for_selector("body[data-ready=true]", timeout=120_000)
        walls.append(time.perf_counter() - started)
        draws.append(float(page.evaluate("document.body.dataset.drawMs")))
        if draws[-1] == min(draws):
            steps = page.evaluate("window.kgTimes || {}")
        network = page.locator("#network")
        counts = (network.get_attribute("data-nodes"), network.get_attribute("data-edges"))
        page.close()
    return draws, walls, counts, steps


def report_line(label: str, path: Path, data: dict, browser, repeat: int) -> None:
    draws, walls, (nodes, edges), steps = measure(browser, path, repeat)
    size = path.stat().st_size
    print(f"{label}: {size / 1e6:.2f} MB; {len(data['events'])} events, {len(data['topics'])} topics, "
          f"{len(data['quotes'])} quotes; drawn {nodes} nodes, {edges} edges; data-ready after "
          f"{min(draws) / 1000:.2f} s (best of {repeat}; median {statistics.median(draws) / 1000:.2f} s), "
          f"opening took {min(walls):.2f} s wall")
    print("  fastest run, s since navigation start: " + ", ".join(f"{k} {v / 1000:.2f}" for k, v in steps.items())
          + f", drawn {min(draws) / 1000:.2f}")


def main() -> int:
    args = arguments()
    if not args.store and not CORPUS.is_file():
        print(f"corpus {CORPUS} not found and no --store given; nothing measured")
        return 0
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        print("playwright is not installed (pip install -e '.[test]'); nothing measured")
        return 0
    if not Path(chromium).is_file():
        print(f"no chromium at {chromium} (apt-get install chromium); nothing measured")
        return 0

    from kg.report import gather, render
    from kg.store import open_store

    with tempfile.TemporaryDirectory(prefix="kg-bench-report-") as tmp:
        store_path = args.store or Path(tmp) / "store"
        ensure_store(store_path, args.workers)
        out_dir = args.keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        with open_store(str(store_path)) as store:
            started = time.perf_counter()
            data = gather(store)
            print(f"gathered the report data in {time.perf_counter() - started:.1f} s "
                  f"({data['meta']['articles']} articles)")
        pages = [("corpus", data)] + [(f"synthetic x{k}", replicate(data, k)) for k in args.scale]
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=chromium, headless=True, args=FLAGS)
            print(f"chromium {browser.version}")
            for label, page_data in pages:
                path = out_dir / f"report-{label.replace(' ', '-')}.html"
                path.write_text(render(page_data), encoding="utf-8")
                report_line(label, path, page_data, browser, args.repeat)
            browser.close()
    return 0


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", type=Path)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--scale", type=int, action="append", default=[])
    parser.add_argument("--keep", type=Path, help="Write the pages into this directory instead of a temporary one.")
    return parser.parse_args()


if __name__ == "__main__":
    sys.exit(main())

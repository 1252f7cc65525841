"""PLOVER precision per rule: which rules' events match the gold and which do not.

    python tools/plover_audit.py parse tests/gold-news-dev tests/gold-news-dev3 ...   # parse the gold articles once
    python tools/plover_audit.py rules [--min-fp 2] [--json out.json]               # per rule id: right, wrong
    python tools/plover_audit.py show --all RULE                                     # also its right events
    python tools/plover_audit.py show RULE [RULE ...]                                # a rule's false positives

``parse`` reads the gold sets given, parses their articles (``--input``, default the shared corpus) with kg's
pipeline and caches the docs (``--cache``, default ``/tmp/kg-plover-audit``); ``rules`` and ``show`` run
:func:`kg.extract.extract` on the cached docs and score each extracted event as ``kg evaluate`` does (``plover
type+source``, :mod:`kg.plover_score`), keyed by the rule id in its evidence. An event that matches no gold event of
its article is a false positive of its rule, counted by what it gets wrong against the article's gold events
(:func:`_why`: modality, source, type, or none close). Only the gold sets named are read.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT.parent / "shared" / "corpus" / name for name in ("news.jsonl", "news2.jsonl")]


def cmd_parse(args) -> None:
    from spacy.tokens import DocBin

    from kg.gold import load_gold
    from kg.ingest import read_inputs
    from kg.model import Article
    from kg.nlp import build_pipeline, parse

    gold = {}
    for path in args.sets:
        gold |= {a: str(path) for a, g in load_gold(path).items() if g.plover is not None}
    articles = [a for p in (args.input or CORPORA) for a in read_inputs([p])
                if isinstance(a, Article) and a.id in gold]
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    bin_, meta = DocBin(store_user_data=False), []
    for doc, article in parse(build_pipeline(None), articles):
        bin_.add(doc)
        meta.append({"id": article.id, "date": article.date.isoformat() if article.date else None,
                     "title": article.title, "text": article.text, "source": article.source,
                     "gold": gold[article.id]})
    bin_.to_disk(cache / "docs.spacy")
    (cache / "articles.json").write_text(json.dumps(meta))
    print(f"cached {len(meta)} of {len(gold)} gold articles in {cache}")


def _cached(cache: Path):
    import datetime as dt

    import spacy
    from spacy.tokens import DocBin

    from kg.model import Article

    meta = json.loads((cache / "articles.json").read_text())
    docs = DocBin().from_disk(cache / "docs.spacy").get_docs(spacy.blank("en").vocab)
    for m, doc in zip(meta, docs, strict=False):
        date = dt.date.fromisoformat(m["date"]) if m["date"] else None
        yield doc, Article(id=m["id"], text=m["text"], title=m["title"], date=date, source=m["source"]), m["gold"]


def judged_events(cache: Path):
    """(rule, what is wrong ("" when right: :func:`_why`), event, sentence, gold set, article) for every
    distinct extracted event of the cached articles."""
    from kg.actors import load_actors
    from kg.extract import extract
    from kg.gold import load_gold
    from kg.plover_score import _events, events_match, plover_from_facts

    actors, golds = load_actors(()), {}
    for doc, article, path in _cached(cache):
        if path not in golds:
            golds[path] = load_gold(path)
        gold = golds[path][article.id]
        facts = extract(doc, article, actors)
        by_id = {ev.id: ev for ev in facts.political_events}
        found, expected = _events(gold, plover_from_facts(facts))
        for e in found:
            ev = by_id[e.note]
            right = any(events_match(g, e, target=False) for g in expected)
            yield ev.evidence.rule, _why(e, expected) if not right else "", e.fact(), ev.evidence.sentence, \
                Path(path).name, article.id


def _why(e, expected) -> str:
    """What a false positive gets wrong against the article's gold events: ``modality`` (a gold event of its type
    and source in another modality), ``source`` (one of its type, another source), ``type`` (one of its source,
    another type) or ``none`` (the gold has nothing close: a spurious event or a gold omission)."""
    from kg.plover_score import _share

    same_source = [g for g in expected if _share(g.sources, e.sources)]
    if any(g.type == e.type for g in same_source):
        return "modality"
    if any(g.type == e.type and g.modality == e.modality for g in expected):
        return "source"
    return "type" if same_source else "none"


def cmd_rules(args) -> None:
    why = ("modality", "source", "type", "none")
    tally: dict[str, list[int]] = collections.defaultdict(lambda: [0] * 6)
    for rule, wrong, *_ in judged_events(Path(args.cache)):
        tally[rule][0 if not wrong else 1] += 1
        if wrong:
            tally[rule][2 + why.index(wrong)] += 1
    rows = sorted(tally.items(), key=lambda kv: (-kv[1][1], kv[0]))
    print(f"{'rule':44} {'right':>5} {'wrong':>5} {'P':>6}   wrong by " + " ".join(why))
    for rule, (ok, bad, *by) in rows:
        if bad >= args.min_fp:
            print(f"{rule:44} {ok:5} {bad:5} {ok / (ok + bad):6.2f}   " + " ".join(f"{n:8}" for n in by))
    total_ok, total_bad = sum(v[0] for v in tally.values()), sum(v[1] for v in tally.values())
    print(f"{'all':44} {total_ok:5} {total_bad:5} {total_ok / max(1, total_ok + total_bad):6.3f}")
    if args.json:
        Path(args.json).write_text(json.dumps(dict(rows), indent=1))


def cmd_show(args) -> None:
    wanted = set(args.rules)
    for rule, wrong, fact, sentence, gold_set, article in judged_events(Path(args.cache)):
        if rule in wanted and (args.all or wrong):
            print(f"[{wrong or 'ok'}] {rule} {gold_set} {article}\n    {' | '.join(fact)}\n    {sentence}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cache", default="/tmp/kg-plover-audit")
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("parse")
    p.add_argument("sets", nargs="+")
    p.add_argument("--input", action="append")
    r = sub.add_parser("rules")
    r.add_argument("--min-fp", type=int, default=1)
    r.add_argument("--json")
    s = sub.add_parser("show")
    s.add_argument("rules", nargs="+")
    s.add_argument("--all", action="store_true", help="also the events that match the gold")
    args = ap.parse_args(argv)
    {"parse": cmd_parse, "rules": cmd_rules, "show": cmd_show}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())

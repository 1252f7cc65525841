"""Facts before and after a change to the relation rules, on the whole corpus.

    python bench/facts_diff.py parse [--n N]            # parse the corpus once into a DocBin cache
    python bench/facts_diff.py dump --out after.jsonl   # run the rules on the cached parses
    python bench/facts_diff.py diff before.jsonl after.jsonl [--show 3]
    python bench/facts_diff.py dump --out after.jsonl --full     # also every fact field and the article's N-Quads

The rules are a small part of a build's time (the parse is most of it), so the corpus (``../shared/corpus/
news.jsonl`` and ``news2.jsonl``, or ``--input``) is parsed once with kg's pipeline and cached as a ``DocBin``
(``--cache``, default ``/tmp/kg-facts-cache``); ``dump`` then runs :func:`kg.extract.extract` on the cached docs
and writes one JSON line per article with its facts in a comparable form (no rule ids or offsets: a renamed rule is
not a difference). ``diff`` prints every difference class with its count and a few examples, e.g.
``roles +`` (a role only after) or ``topics -`` (a topic only before). ``dump --full`` adds each article's facts
in full (every field, rule ids and offsets too) and its sorted N-Quads, so a change that must not change the output
(a speed-up) is checked with ``diff``'s ``full`` and ``quads`` classes: run ``dump --full`` on the code before the
change (``PYTHONPATH`` set to a copy of it) and after, on the same cache and with the same ``PYTHONHASHSEED``.
"""

from __future__ import annotations

import argparse
import collections
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPORA = [ROOT.parent / "shared" / "corpus" / name for name in ("news.jsonl", "news2.jsonl")]


def read_articles(paths, n):
    from kg.ingest import read_inputs
    from kg.model import Article

    out = []
    for path in paths:
        out += [a for a in read_inputs([path]) if isinstance(a, Article)]
    if n and n < len(out):  # an even sample across the inputs (every k-th article)
        step = len(out) / n
        out = [out[int(i * step)] for i in range(n)]
    return out


def _status(role) -> str:
    """" | former nonpolitical" for a role that is not a current national one (nothing before roles had them)."""
    status, scope = getattr(role, "status", "current"), getattr(role, "scope", "national")
    return "" if (status, scope) == ("current", "national") else f" | {status} {scope}"


def cmd_parse(args) -> None:
    from spacy.tokens import DocBin

    from kg.nlp import build_pipeline, parse

    articles = read_articles(args.input or CORPORA, args.n)
    nlp = build_pipeline(None)
    cache = Path(args.cache)
    cache.mkdir(parents=True, exist_ok=True)
    bin_ = DocBin(store_user_data=False)
    meta = []
    for i, (doc, article) in enumerate(parse(nlp, articles)):
        bin_.add(doc)
        meta.append({"id": article.id, "date": article.date.isoformat() if article.date else None,
                     "title": article.title, "text": article.text, "source": article.source})
        if (i + 1) % 200 == 0:
            print(f"parsed {i + 1}", file=sys.stderr)
    bin_.to_disk(cache / "docs.spacy")
    (cache / "articles.json").write_text(json.dumps(meta))
    print(f"cached {len(meta)} parsed articles in {cache}")


def cached_docs(cache: Path):
    import datetime as dt

    import spacy
    from spacy.tokens import DocBin

    from kg.model import Article

    vocab = spacy.blank("en").vocab
    meta = json.loads((cache / "articles.json").read_text())
    docs = DocBin().from_disk(cache / "docs.spacy").get_docs(vocab)
    for m, doc in zip(meta, docs):
        date = dt.date.fromisoformat(m["date"]) if m["date"] else None
        yield doc, Article(id=m["id"], text=m["text"], title=m["title"], date=date, source=m["source"])


def comparable(facts) -> dict:
    """An article's facts without rule ids and offsets."""
    events = {e.id: e for e in facts.events}

    def ev(eid):
        e = events.get(eid)
        return f"{e.kind}:{names(e.participants)}" if e else str(eid)

    def actors(items):
        return "+".join(sorted(f"{a.label}/{a.country}/{a.sector}" for a in items))

    def names(persons):
        return "+".join(sorted(p.name for p in persons))

    return {
        "roles": sorted(f"{r.person.name} | {r.role} | {r.country}" + _status(r) for r in facts.roles),
        "events": sorted(f"{e.kind} | {e.name} | {names(e.participants)} | {e.date} | "
                         f"{e.location.name if e.location else None} | {e.cameo}" for e in facts.events),
        "topics": sorted(f"{ev(t.event_id)} | {t.topic}" for t in facts.topics),
        "quotes": sorted(f"{q.speaker.name} | {q.text[:60]}" for q in facts.quotes),
        "plover": sorted(f"{e.type} | {e.modality} | {actors(e.sources)} > {actors(e.targets)} | {e.mode} | {e.cameo}"
                         for e in getattr(facts, "political_events", ())),
    }


def cmd_dump(args) -> None:
    import time

    from kg.actors import load_actors
    from kg.extract import extract

    actors = load_actors(())
    started = time.perf_counter()
    n = 0
    with open(args.out, "w", encoding="utf-8") as out:
        for doc, article in cached_docs(Path(args.cache)):
            facts = extract(doc, article, actors)
            row = {"id": article.id, **comparable(facts)}
            if args.full:
                from kg.rdf import article_quads

                row |= {"full": [repr(facts)], "quads": sorted(map(str, article_quads(facts)))}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
            n += 1
    print(f"{n} articles, rules {time.perf_counter() - started:.1f} s -> {args.out}")


def cmd_diff(args) -> None:
    before = {r["id"]: r for r in map(json.loads, open(args.before, encoding="utf-8"))}
    after = {r["id"]: r for r in map(json.loads, open(args.after, encoding="utf-8"))}
    classes: dict[str, list] = collections.defaultdict(list)
    for aid in sorted(before.keys() & after.keys()):
        for family in ("roles", "events", "topics", "quotes", "plover", "full", "quads"):
            b, a = set(before[aid].get(family, ())), set(after[aid].get(family, ()))
            for fact in sorted(a - b):
                classes[f"{family} +"].append((aid, fact))
            for fact in sorted(b - a):
                classes[f"{family} -"].append((aid, fact))
    total = {f: sum(len(r.get(f, ())) for r in after.values()) for f in ("roles", "events", "topics", "quotes", "plover")}
    print(f"articles: {len(before.keys() & after.keys())}; facts after: {total}")
    if not classes:
        print("no differences")
    for name, items in sorted(classes.items()):
        print(f"{name}: {len(items)} in {len({a for a, _ in items})} articles")
        for aid, fact in items[: args.show]:
            print(f"    {aid}: {fact[:300]}")


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cache", default="/tmp/kg-facts-cache")
    sub = p.add_subparsers(dest="cmd", required=True)
    sp = sub.add_parser("parse")
    sp.add_argument("--n", type=int, default=0)
    sp.add_argument("--input", nargs="*")
    sd = sub.add_parser("dump")
    sd.add_argument("--out", required=True)
    sd.add_argument("--full", action="store_true", help="also every fact field and the article's N-Quads")
    sf = sub.add_parser("diff")
    sf.add_argument("before")
    sf.add_argument("after")
    sf.add_argument("--show", type=int, default=3)
    args = p.parse_args(argv)
    {"parse": cmd_parse, "dump": cmd_dump, "diff": cmd_diff}[args.cmd](args)


if __name__ == "__main__":
    main()

"""PLOVER precision per rule: which rules' events match the gold and which do not.

    python tools/plover_audit.py parse tests/gold-news-dev tests/gold-news-dev3 ...   # parse the gold articles once
    python tools/plover_audit.py rules [--min-fp 2] [--json out.json]               # per rule id: right, wrong
    python tools/plover_audit.py show --all RULE                                     # also its right events
    python tools/plover_audit.py show RULE [RULE ...]                                # a rule's false positives
    python tools/plover_audit.py misses [--show CLASS] [--json out.json]              # false negatives by class

``parse`` reads the gold sets given, parses their articles (``--input``, default the shared corpus) with kg's
pipeline and caches the docs (``--cache``, default ``/tmp/kg-plover-audit``); ``rules`` and ``show`` run
:func:`kg.extract.extract` on the cached docs and score each extracted event as ``kg evaluate`` does (``plover
type+source``, :mod:`kg.plover_score`), keyed by the rule id in its evidence. An event that matches no gold event of
its article is a false positive of its rule, counted by what it gets wrong against the article's gold events
(:func:`_why`: modality, source, type, or none close). ``misses`` classes the gold events kg does not find
(:func:`_missed_why`) by what kg extracted in the sentence of the gold event's text: ``dropped`` (nothing there, but
a trigger matched inside the gold text: its event lost its source or a filter took it; counted by pattern id),
``no-trigger`` (nothing there and no trigger: counted by the head lemma of the gold text, the word the patterns
lack), ``type`` (an event of the gold source, another type), ``modality`` (the gold type and source in another
modality, anywhere in the article), ``source`` (the gold type, another source; counted by the kind of gold source),
``other`` (events of another type and source), ``unplaced`` (the gold text is not in the article). Only the gold
sets named are read.
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


def missed_events(cache: Path):
    """(class, detail, gold event, its sentence, kg's events of that sentence, gold set, article) for every gold
    event that no extracted event of its article matches on type and source."""
    from kg.actors import load_actors
    from kg.extract import extract
    from kg.extract.plover_match import match
    from kg.gold import load_gold
    from kg.plover_score import _events, events_match, plover_from_facts

    actors, golds = load_actors(()), {}
    for doc, article, path in _cached(cache):
        if path not in golds:
            golds[path] = load_gold(path)
        facts = extract(doc, article, actors)
        hits = match(doc)[0]
        spans = {ev.id: (ev.evidence.sent_start, ev.evidence.start, ev.evidence.end) for ev in facts.political_events}
        found, expected = _events(golds[path][article.id], plover_from_facts(facts))
        for g in expected:
            if any(events_match(g, e, target=False) for e in found):
                continue
            sent = _sentence_of(doc, g.note)
            near = [e for e in found if sent is not None and _within(spans.get(e.note), sent)]
            cls, detail = _missed_why(g, near, found, sent)
            if cls == "no-event":
                fired = _fired(doc, hits, g.note)
                cls, detail = ("dropped", f"{g.type} <- {fired}") if fired else \
                    ("no-trigger", f"{g.type} {_head_lemma(doc, g.note)}")
            yield cls, detail, g, sent.text if sent is not None else "", near, Path(path).name, article.id


def _sentence_of(doc, text: str):
    """The sentence that holds the gold event's text (its first 40 characters), or None."""
    at = doc.text.find(text[:40]) if text else -1
    if at < 0:
        return None
    token = doc.char_span(at, at + 1, alignment_mode="expand")
    return token.sent if token is not None else None


def _fired(doc, hits, text: str) -> str:
    """The type and id of a trigger that matched inside the gold event's text (kg dropped its event: no source, a
    filter), or ""."""
    at = doc.text.find(text)
    if at < 0:
        return ""
    inside = [h for i, h in sorted(hits.items()) if at <= doc[i].idx < at + len(text) and h.pattern.get("plover")]
    return " ".join(f"{h.pattern.get('plover')}:{h.pattern.id}" for h in inside[:2])


def _within(span, sent) -> bool:
    return span is not None and sent.start_char <= span[1] < sent.end_char


def _missed_why(g, near, found, sent) -> tuple[str, str]:
    """(class, detail) of a gold event ``g`` kg missed, from kg's events of its article (``found``) and of its
    sentence (``near``; ``sent`` None: the gold text is not in the article)."""
    from kg.plover_score import _share

    if sent is None:
        return "unplaced", g.type
    if any(e.type == g.type and _share(g.sources, e.sources) for e in found):
        shown = sorted({e.modality for e in found if e.type == g.type and _share(g.sources, e.sources)})
        return "modality", f"{g.type} {g.modality} <- {'/'.join(shown)}"
    if any(e.type == g.type and e.modality == g.modality for e in near):
        kind = "person" if any(a.person for a in g.sources) else "collective"
        return "source", f"{g.type} {kind}"
    if any(_share(g.sources, e.sources) for e in near):
        kg = "/".join(sorted({e.type for e in near if _share(g.sources, e.sources)}))
        return "type", f"{g.type} <- {kg}"
    if near:
        return "other", g.type
    return "no-event", g.type


def _head_lemma(doc, text: str) -> str:
    """The lemma of the head of the gold text's span (the token whose head lies outside it)."""
    at = doc.text.find(text)
    span = doc.char_span(at, at + len(text), alignment_mode="expand") if at >= 0 else None
    if span is None or not len(span):
        return "?"
    heads = [t for t in span if not (span.start <= t.head.i < span.end) or t.head == t]
    return (heads[0] if heads else span[0]).lemma_.lower()


def cmd_misses(args) -> None:
    by_class: collections.Counter = collections.Counter()
    by_detail: collections.Counter = collections.Counter()
    rows = []
    for cls, detail, g, sentence, near, gold_set, article in missed_events(Path(args.cache)):
        by_class[cls] += 1
        by_detail[(cls, detail)] += 1
        rows.append({"class": cls, "detail": detail, "gold": g.fact(), "text": g.note, "sentence": sentence,
                     "kg": [e.fact() for e in near], "set": gold_set, "article": article})
        if args.show and cls in args.show:
            print(f"[{cls}] {detail} {gold_set} {article}\n    gold {' | '.join(g.fact())}\n    text {g.note}"
                  f"\n    sent {sentence}" + "".join(f"\n    kg   {' | '.join(e.fact())}" for e in near))
    print(" ".join(f"{c} {n}" for c, n in by_class.most_common()), f"total {sum(by_class.values())}")
    for (cls, detail), n in by_detail.most_common(args.top):
        print(f"{n:5} {cls:9} {detail}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1))


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
    m = sub.add_parser("misses")
    m.add_argument("--show", nargs="*", help="print the misses of these classes")
    m.add_argument("--top", type=int, default=60)
    m.add_argument("--json")
    args = ap.parse_args(argv)
    {"parse": cmd_parse, "rules": cmd_rules, "show": cmd_show, "misses": cmd_misses}[args.cmd](args)


if __name__ == "__main__":
    sys.exit(main())

"""Where the required gold topics of news sets stand relative to their meeting, and a fast topic score.

    python bench/facts_diff.py --cache /tmp/tp parse --input gold_articles.jsonl   # parse the sets' articles once
    python bench/topic_places.py --cache /tmp/tp places tests/gold-news-dev4 tests/gold-news-dev5 ...
    python bench/topic_places.py --cache /tmp/tp score tests/gold-news-dev4 ... [--out facts.json]

``places`` finds, for each required topic of the gold files (tuning sets only), the sentences that hold more than half
of its content words (the scorer's rule) and gives it the first class that applies, in this order: ``S`` a sentence
with a kg event's evidence or a meeting word, ``H`` the title line, ``Q`` inside a quotation, ``A1``/``B1`` the
sentence after/before a meeting sentence, ``L`` the first full sentence, ``F`` elsewhere, ``N`` not in the text (a
paraphrase). It prints found and missed topics per class, the misses split by whether kg has an event with a gold
participant, other events only, or none. ``score`` runs the rules on the cached parses and scores topics as
``kg evaluate`` does (per set and in total: extracted, correct, expected, found), in seconds instead of minutes;
``--out`` keeps each article's hits, false positives and misses with their rule and sentence, to diff two runs.
"""

from __future__ import annotations

import argparse
import collections
import json
import re
from pathlib import Path

from facts_diff import cached_docs

MEETING = re.compile(r"\b(meet|meets|met|meeting|meetings|talks|summit|summits|discuss\w*|conference|negotiat\w*|"
                     r"visit\w*|gather\w*|session|forum|consult\w*|held|hosted|hosts)\b", re.I)
CLASSES = ("S", "H", "Q", "A1", "B1", "L", "F", "N")


def gold_files(dirs: list[str]) -> dict[str, tuple[str, dict]]:
    return {p.stem: (Path(d).name, json.loads(p.read_text())) for d in dirs for p in sorted(Path(d).glob("*.json"))}


def place(topic: str, sents, quotes, meeting: set[int], lead: int, title_end: int) -> str:
    from kg.evaluate import content_words

    words = content_words(topic)
    found = [i for i, s in enumerate(sents) if len(words & content_words(s.text)) * 2 > len(words)]
    if not found:
        return "N"

    def cls(i: int) -> str:
        first = sents[i].text.lower().find(topic.split()[0].lower())
        quoted = first >= 0 and any(a <= sents[i].start_char + first < b for a, b in quotes)
        tests = (("S", i in meeting and not quoted), ("H", sents[i].start_char < title_end), ("Q", quoted),
                 ("A1", i - 1 in meeting), ("B1", i + 1 in meeting), ("L", i == lead))
        return next((name for name, ok in tests if ok), "F")

    return min((cls(i) for i in found), key=CLASSES.index)


def cmd_places(args) -> None:
    from kg.actors import load_actors
    from kg.evaluate import topics_match
    from kg.extract import extract
    from kg.extract.quotemarks import quote_spans
    from kg.extract.sentences import doc_text, sentences

    gold, actors = gold_files(args.gold), load_actors(())
    counts: collections.Counter = collections.Counter()
    for doc, article in cached_docs(Path(args.cache)):
        if article.id not in gold:
            continue
        facts, text, sents = extract(doc, article, actors), doc_text(doc), sentences(doc)
        meeting = {i for i, s in enumerate(sents) if MEETING.search(s.text) or any(
            s.start_char <= e.evidence.start < s.end_char for e in facts.events)}
        title_end = max(text.find("\n"), 1)
        lead = next((i for i, s in enumerate(sents) if s.start_char > title_end and
                     sum(t.is_alpha for t in s) >= 6), -1)
        kg_people = {w.lower() for e in facts.events for p in e.participants for w in p.name.split()}
        for event in gold[article.id][1].get("events", []):
            seen = any(p.split()[-1].lower() in kg_people for p in event.get("participants", []))
            kind = "no-events" if not facts.events else "with-gold-participant" if seen else "other-events"
            for topic in event.get("topics_required", []):
                found = any(topics_match(topic, t.topic) for t in facts.topics)
                counts[place(topic, sents, quote_spans(text), meeting, lead, title_end), found or kind] += 1
    print(f"{'class':6}{'found':>7}{'missed':>8}   missed: with-gold-participant / other-events / no-events")
    for c in CLASSES:
        missed = [counts[c, k] for k in ("with-gold-participant", "other-events", "no-events")]
        print(f"{c:6}{counts[c, True]:7}{sum(missed):8}   {missed[0]:5} {missed[1]:5} {missed[2]:5}")


def cmd_score(args) -> None:
    from kg.actors import load_actors
    from kg.evaluate import _distinct, _Item, _tally, topics_match
    from kg.extract import extract

    gold, actors = gold_files(args.gold), load_actors(())
    totals: dict[str, list[int]] = collections.defaultdict(lambda: [0, 0, 0, 0])
    out = {}
    for doc, article in cached_docs(Path(args.cache)):
        if article.id not in gold:
            continue
        name, obj = gold[article.id]
        facts = extract(doc, article, actors)
        ext = _distinct(_Item((t.topic,), f"{t.evidence.rule} | {t.evidence.sentence[:200]}") for t in facts.topics)
        events = obj.get("events", [])
        req = _distinct(_Item((t,), f"event: {e['name']}") for e in events for t in e.get("topics_required", []))
        ref = req + [_Item((t,)) for e in events for t in e.get("topics_allowed", [])]
        result = _tally(article.id, "topics", ext, req, lambda g, e: topics_match(g[0], e[0]), reference=ref)
        c = result.counts
        totals[name] = [a + b for a, b in zip(totals[name], (c.extracted, c.correct, c.expected, c.found), strict=True)]
        out[article.id] = {"fp": [(m.fact[0], m.note) for m in result.fps],
                           "fn": [(m.fact[0], m.note) for m in result.fns],
                           "tp": [(i.fact[0], i.note) for i in ext
                                  if any(topics_match(g.fact[0], i.fact[0]) for g in ref)]}
    total = [sum(v) for v in zip(*totals.values(), strict=True)] or [0, 0, 0, 0]  # no gold article in the cache
    for name, (e, c, x, f) in sorted(totals.items()) + [("TOTAL", total)]:
        print(f"{name:26}extracted={e} correct={c} expected={x} found={f}")
    if args.out:
        Path(args.out).write_text(json.dumps(out, indent=0, ensure_ascii=False))


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cache", default="/tmp/kg-facts-cache")
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("places").add_argument("gold", nargs="+")
    score = sub.add_parser("score")
    score.add_argument("gold", nargs="+")
    score.add_argument("--out")
    args = p.parse_args(argv)
    {"places": cmd_places, "score": cmd_score}[args.cmd](args)


if __name__ == "__main__":
    main()

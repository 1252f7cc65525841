"""Train the sentence-level PLOVER event-type classifier (``kg/resources/event_textcat.bin``) from the tunable
gold sets.

    python tools/train_event_classifier.py parse            # parse the tunable sets' articles once (DocBin cache)
    python tools/train_event_classifier.py cv [--folds 5]   # per-type P/R and thresholds, 5-fold by article
    python tools/train_event_classifier.py train            # the shipped model, with the cv thresholds
    python tools/train_event_classifier.py --thresholds kg/resources/event_textcat_thresholds.tsv \
        score --model kg/resources/event_textcat.bin        # the shipped model's P/R/F1 on the tunable sets

``cv --fold K`` scores one fold (run the five in parallel: the last one to finish chooses); ``cv --reuse`` chooses
again on saved out-of-fold scores; ``score`` gives the type+source and +target P/R/F1 of the rules with and without
the learned events, per group of articles (news, invented news, readouts) and per type, from the out-of-fold scores
or a model file.

Supervision: every ``plover`` entry of a gold file has a ``text`` span copied from the article; each sentence of
the article (kg's own ``nlp`` stage, so the sentences are the ones the extractor sees) is labelled with the types
whose span it overlaps, the other sentences are negatives. Only the tunable sets are read (``TUNABLE``, named one
by one); the validation and blind sets are never opened. The invented sets' articles are read from
``tests/invented/<set>.jsonl``; their keys have no ``text`` spans, so their sentences train nothing
(:func:`unlabelled`) but their events count in the threshold choice, scored by models that never saw them.
The model is a spaCy ``textcat_multilabel`` with the
bag-of-words architecture (``spacy.TextCatBOW``: hashed unigrams and bigrams, small and fast), trained with a
fixed seed. ``cv`` trains on four folds of articles and scores the fifth, so every sentence gets an out-of-fold
score; each type's threshold is chosen on the events those scores add to the rules' (``event_classifier_events``:
scored per article against the gold files as ``kg evaluate`` does), for each kind of source on its own articles
(``news`` and ``readouts``: :func:`kg.extract.plover_learned.source_kind`, as the runtime picks the rows): the one
that adds most to that kind's type+source F1 while the added events are at least ``MIN_PRECISION`` right and find
``MIN_FOUND`` gold events the rules miss; a type with no such threshold gets none there (the classifier never
emits it for that kind). ``train`` fits the model on all tunable articles and writes it with the thresholds of
``thresholds.json`` as ``event_textcat_thresholds.tsv`` rows (``type<TAB>source<TAB>threshold``); the shipped
model holds only the types with a threshold for some kind (:func:`only`: the same scores, 0.9 MB of 2.1 for seven
types).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tools"))

from kg.extract.plover_learned import (  # noqa: E402
    MODEL,
    NEWS,
    READOUTS,
    THRESHOLDS,
    TYPES,
    blank_classifier,
    features,
    source_kind,
)

CORPORA = [ROOT.parent / "shared" / "corpus" / name for name in ("news.jsonl", "news2.jsonl")]
# every tuning set with PLOVER keys, named one by one; never a validation set (gold-news-dev39, gold-news-dev41,
# gold-readouts-dev6), a blind or a held-out one
TUNABLE = ("gold", "gold-heldout", "gold-news-dev", "gold-news-meetings-dev", "gold-news-meetings-dev2",
           "gold-news-dev3", "gold-news-dev4", "gold-news-dev5", "gold-news-dev6", "gold-news-dev7", "gold-news-dev8",
           "gold-news-dev9", "gold-news-dev10", "gold-news-dev11", "gold-news-dev12", "gold-news-dev13",
           "gold-news-dev14", "gold-news-dev15", "gold-news-dev16", "gold-news-dev17", "gold-news-dev18",
           "gold-news-dev19", "gold-news-dev20", "gold-news-dev21", "gold-news-dev22", "gold-news-dev23",
           "gold-news-dev24", "gold-news-dev25", "gold-news-dev26", "gold-news-dev27", "gold-news-dev28",
           "gold-news-dev29", "gold-news-dev30", "gold-news-dev31", "gold-news-dev32", "gold-news-dev33",
           "gold-news-dev34", "gold-news-dev35", "gold-news-dev36", "gold-news-dev37", "gold-news-dev38",
           "gold-news-dev40", "gold-readouts-dev", "gold-readouts-dev2", "gold-readouts-dev3", "gold-readouts-dev4",
           "gold-readouts-dev5", "gold-readouts-dev7",
           "gold-invented-dev2", "gold-invented-dev3", "gold-invented-dev4", "gold-invented-dev5",
           "gold-invented-dev6", "gold-invented-dev7")
# the invented sets' articles are not in the corpus: each set's texts are in tests/invented/<name>.jsonl
INVENTED = {name: ROOT / "tests" / "invented" / f"{name.removeprefix('gold-invented-')}.jsonl"
            for name in TUNABLE if name.startswith("gold-invented-")}
OUT = ROOT / "kg" / "resources"
SEED = 16
MIN_PRECISION = 0.5  # of the events a type adds out of fold (a sentence-level 0.6 let AGREE, CONSULT, SANCTION,
MIN_FOUND = 5  # THREATEN through; on events: SANCTION 3 found, THREATEN 4, MOBILIZE 2 of 2 right: noise)


def gold_events() -> dict[str, list[dict]]:
    """article id -> its gold ``plover`` entries, from the tunable sets only."""
    out: dict[str, list[dict]] = {}
    for name in TUNABLE:
        for path in sorted((ROOT / "tests" / name).glob("*.json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            if "plover" in data:
                out[data["article"]] = data["plover"]
    return out


def articles(wanted) -> dict:
    """article id -> :class:`kg.model.Article` for the ids in ``wanted``, from the corpus and the invented sets'
    texts."""
    from kg.ingest import read_inputs
    from kg.model import Article

    return {a.id: a for a in read_inputs([*CORPORA, *INVENTED.values()]) if isinstance(a, Article) and a.id in wanted}


def cmd_parse(args) -> None:
    from spacy.tokens import DocBin

    from kg.nlp import build_pipeline, parse

    wanted = gold_events()
    bin_ = DocBin(store_user_data=False)
    ids = []
    for doc, article in parse(build_pipeline(None), list(articles(wanted).values())):
        bin_.add(doc)
        ids.append(article.id)
    Path(args.cache).mkdir(parents=True, exist_ok=True)
    bin_.to_disk(Path(args.cache) / "docs.spacy")
    (Path(args.cache) / "ids.json").write_text(json.dumps(ids))
    print(f"parsed {len(ids)} of {len(wanted)} tunable articles into {args.cache}")


def unlabelled() -> set[str]:
    """The tunable articles whose gold events give no sentence (no ``text`` span: the invented sets' keys). Their
    sentences are no training examples (every one would be a negative); they count only in the threshold choice,
    which scores events per article."""
    return {aid for aid, events in gold_events().items() if not any(e.get("text") for e in events)}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


def _span(text: str, snippet: str) -> tuple[int, int] | None:
    """Where ``snippet`` is in ``text`` (whitespace and case folded), or None."""
    words = [re.escape(w) for w in snippet.split()]
    if not words:
        return None
    m = re.search(r"\s+".join(words), text, re.IGNORECASE)
    return (m.start(), m.end()) if m else None


def examples(cache: str) -> list[tuple[str, list[tuple[list[str], set[str], set[str]]]]]:
    """(article id, [(sentence features, its gold types, the types kg's rules code there)]) per parsed article."""
    import spacy
    from spacy.tokens import DocBin

    from kg.actors import load_actors
    from kg.extract import extract

    os.environ["KG_LEARNED_EVENTS"] = "0"  # the rules alone
    events = gold_events()
    ids = json.loads((Path(cache) / "ids.json").read_text())
    texts = articles(events)
    docs = DocBin().from_disk(Path(cache) / "docs.spacy").get_docs(spacy.blank("en").vocab)
    known = Path(cache) / "ruled.json"  # what the rules code, per article and sentence (computed once)
    coded = json.loads(known.read_text()) if known.exists() else {}
    actors = load_actors(()) if not coded else None
    out, missing = [], 0
    for aid, doc in zip(ids, docs, strict=True):
        if aid not in coded:
            found = [(e.evidence.sent_start, e.type) for e in extract(doc, texts[aid], actors).political_events]
            coded[aid] = found
        ruled: dict[int, set[str]] = {}
        for start, kind in coded[aid]:
            ruled.setdefault(start, set()).add(kind)
        sents = [(s, set()) for s in doc.sents if s.text.strip()]
        for e in events[aid]:
            where = _span(doc.text, e.get("text") or "")
            if where is None or e.get("type") not in TYPES:
                missing += 1
                continue
            for s, labels in sents:
                if s.start_char < where[1] and where[0] < s.end_char:
                    labels.add(e["type"])
        out.append((aid, [(features(s), labels, ruled.get(s.start_char, set()), s.start_char) for s, labels in sents]))
    known.write_text(json.dumps(coded))
    print(f"{len(out)} articles, {sum(len(s) for _, s in out)} sentences; {missing} gold spans not found",
          file=sys.stderr)
    return out


def train(data: list[tuple[list[str], set[str], set[str]]], epochs: int):
    from spacy.tokens import Doc
    from spacy.training import Example
    from spacy.util import fix_random_seed, minibatch

    fix_random_seed(SEED)
    nlp = blank_classifier()
    exs = [Example.from_dict(Doc(nlp.vocab, words=words), {"cats": {t: float(t in labels) for t in TYPES}})
           for words, labels, *_ in data]
    optimizer = nlp.initialize(lambda: exs)
    rng = random.Random(SEED)
    for _ in range(epochs):
        rng.shuffle(exs)
        for batch in minibatch(exs, size=32):
            nlp.update(batch, sgd=optimizer, drop=0.2)
    return nlp


def _set_ids(name: str) -> set[str]:
    assert name in TUNABLE, f"{name} is no tunable set"
    return {json.loads(p.read_text(encoding="utf-8"))["article"] for p in (ROOT / "tests" / name).glob("*.json")}


def _fold(aid: str, folds: int) -> int:
    import zlib

    return zlib.crc32(aid.encode()) % folds


def cmd_cv(args) -> None:
    if args.reuse and Path(args.scores).exists():  # choose again on the saved out-of-fold scores
        saved = json.loads(Path(args.scores).read_text())
        scored = [(c, set(lab), set(r), aid, start) for c, lab, r, aid, start in saved]
    else:
        scored = _out_of_fold(args)
    chosen = event_thresholds(args, {(aid, start): cats for cats, _, _, aid, start in scored})
    print(f"{'source':8} {'type':10} {'thr':>5} {'P':>6} {'found':>6} {'dF1':>7}  (added events, out of fold)")
    for kind, types in chosen.items():
        for t, (thr, p, found, gain) in types.items():
            print(f"{kind:8} {t:10} {thr:5.2f} {p:6.3f} {found:6d} {gain:+7.4f}")
    Path(args.thresholds).write_text(json.dumps({k: {t: c[0] for t, c in ts.items()} for k, ts in chosen.items()},
                                                indent=1) + "\n")
    Path(args.thresholds + ".pr").write_text(json.dumps({k: {t: c[1:3] for t, c in ts.items()}
                                                         for k, ts in chosen.items()}))


def _out_of_fold(args) -> list:
    """[(type → out-of-fold score, gold types the rules miss, the rules' types, article id, sentence start)] for every
    sentence: ``folds`` models, each trained on the other folds' articles; written to ``args.scores``."""
    from spacy.tokens import Doc

    arts = examples(args.cache)
    skip = unlabelled()
    scored: list[tuple[dict[str, float], set[str], set[str], str, int]] = []
    for k in range(args.folds) if args.fold is None else [args.fold]:
        train_data = [s for aid, sents in arts if _fold(aid, args.folds) != k and aid not in skip for s in sents]
        test = [(aid, *s) for aid, sents in arts if _fold(aid, args.folds) == k for s in sents]
        nlp = train(train_data, args.epochs)
        textcat = nlp.get_pipe("textcat_multilabel")
        rows = textcat.predict([Doc(nlp.vocab, words=words) for _, words, *_ in test])
        scored += [(dict(zip(textcat.labels, map(float, row), strict=True)), labels - ruled, ruled, aid, start)
                   for row, (aid, _, labels, ruled, start) in zip(rows, test, strict=True)]
        print(f"fold {k + 1}/{args.folds} done", file=sys.stderr)
    rows = [[c, sorted(lab), sorted(r), aid, start] for c, lab, r, aid, start in scored]
    if args.fold is not None:  # one fold of several processes (each fold's training is seeded on its own)
        Path(f"{args.scores}.{args.fold}").write_text(json.dumps(rows))
        parts = [Path(f"{args.scores}.{k}") for k in range(args.folds)]
        if not all(p.exists() for p in parts):
            sys.exit(f"fold {args.fold + 1} written; the cv goes on when every fold is")
        rows = [row for p in parts for row in json.loads(p.read_text())]
        scored = [(c, set(lab), set(r), aid, start) for c, lab, r, aid, start in rows]
    Path(args.scores).write_text(json.dumps(rows))
    return scored


def event_thresholds(args, scores: dict[tuple[str, int], dict[str, float]]):
    """kind of source → type → (threshold, added precision, added found, F1 gain), chosen on events
    (``event_classifier_events``) over the articles of that kind (:func:`kg.extract.plover_learned.source_kind`)."""
    import event_classifier_events as ev
    import spacy
    from spacy.tokens import DocBin

    from kg.gold import load_gold

    gold = {aid: g for name in TUNABLE for aid, g in load_gold(ROOT / "tests" / name).items() if g.plover is not None}
    cache = Path(args.cache)
    ids = json.loads((cache / "ids.json").read_text())
    docs = DocBin().from_disk(cache / "docs.spacy").get_docs(spacy.blank("en").vocab)
    texts = articles(gold)
    cands = {aid: c for aid, c in ev.candidates(cache, docs, ids, texts).items() if aid in gold}
    return {kind: ev.choose(TYPES, {aid: c for aid, c in cands.items() if source_kind(texts[aid]) == kind},
                            scores, ev.counter(gold), MIN_PRECISION, MIN_FOUND) for kind in (NEWS, READOUTS)}


def _limits(path: str) -> dict[str, dict[str, float]]:
    """kind of source → type → threshold, from the cv's ``thresholds.json`` or a shipped ``.tsv``."""
    if path.endswith(".json"):
        return json.loads(Path(path).read_text())
    out: dict[str, dict[str, float]] = {NEWS: {}, READOUTS: {}}
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        if not line.startswith("#") and len(cells) > 2 and cells[0] in TYPES and cells[1] in out:
            out[cells[1]][cells[0]] = float(cells[2])
    return out


def _model_scores(cache: str, model: str, limits: dict[str, dict[str, float]]) -> dict[tuple[str, int], dict]:
    """(article id, sentence start) → type → score, of the model file ``model`` holding the types of ``limits``."""
    from spacy.tokens import Doc

    nlp = blank_classifier(tuple(t for t in TYPES if any(t in ts for ts in limits.values())))
    nlp.initialize()
    nlp.from_bytes(Path(model).read_bytes(), exclude=["vocab", "tokenizer"])
    textcat = nlp.get_pipe("textcat_multilabel")
    sents = [(aid, words, start) for aid, rows in examples(cache) for words, _, _, start in rows]
    rows = textcat.predict([Doc(nlp.vocab, words=words) for _, words, _ in sents])
    return {(aid, start): dict(zip(textcat.labels, map(float, row), strict=True))
            for row, (aid, _, start) in zip(rows, sents, strict=True)}


def cmd_score(args) -> None:
    """Type+source and +target P/R/F1 of the rules with the learned events of ``--thresholds`` added, scored by the
    cv's out-of-fold scores (``--scores``) or a model file (``--model``), per group of articles (news, readouts,
    invented news) and per type (the events each type adds), over the tunable sets or those of ``--sets``."""
    import event_classifier_events as ev
    import spacy
    from spacy.tokens import DocBin

    from kg.gold import load_gold

    names = args.sets or TUNABLE
    gold = {aid: g for name in names for aid, g in load_gold(ROOT / "tests" / name).items() if g.plover is not None}
    invented = {aid for name in INVENTED for aid in _set_ids(name)}
    cache = Path(args.cache)
    ids = json.loads((cache / "ids.json").read_text())
    docs = DocBin().from_disk(cache / "docs.spacy").get_docs(spacy.blank("en").vocab)
    texts = articles(gold)
    cands = {aid: c for aid, c in ev.candidates(cache, docs, ids, texts).items() if aid in gold}
    limits = _limits(args.thresholds)
    if args.model:
        scores = _model_scores(args.cache, args.model, limits)
    else:
        scores = {(aid, start): c for c, _, _, aid, start in json.loads(Path(args.scores).read_text())}
    count = ev.counter({aid: g for name in TUNABLE for aid, g in load_gold(ROOT / "tests" / name).items()
                        if aid in gold})
    for group in ("news", "invented", READOUTS):
        kind = READOUTS if group == READOUTS else NEWS
        arts = {aid: c for aid, c in cands.items() if source_kind(texts[aid]) == kind
                and (aid in invented) == (group == "invented")}
        if not arts:
            continue
        base, now = ev.totals(arts, scores, {}, count), ev.totals(arts, scores, limits[kind], count)
        for i, rel in enumerate(ev.REL):
            print(f"{group:9} {rel:26} rules {_prf(base[i])}  with learned {_prf(now[i])}")
        for t in sorted(limits[kind]):
            add = [n - b for n, b in zip(ev.totals(arts, scores, {t: limits[kind][t]}, count)[0], base[0], strict=True)]
            print(f"{group:9}   {t:9} added {add[0]:4d} right {add[1]:4d} found {add[3]:4d}")


def _prf(c) -> str:
    p, r = (c[1] / c[0] if c[0] else 0.0), (c[3] / c[2] if c[2] else 0.0)
    return f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r) if p + r else 0.0:.3f} (ext {c[0]}, exp {c[2]})"


def only(nlp, labels: tuple[str, ...]):
    """The classifier ``nlp`` cut down to ``labels``: each label's weights are a block of their own in the
    bag-of-words layer (the same hashed rows per label), so the cut model scores them exactly as ``nlp`` does
    and its file shrinks with the labels dropped (16 labels: 2.1 MB)."""
    src = nlp.get_pipe("textcat_multilabel")
    out = blank_classifier(labels)
    out.initialize()
    old, new = src.model.get_ref("output_layer"), out.get_pipe("textcat_multilabel").model.get_ref("output_layer")
    rows = [list(src.labels).index(t) for t in labels]
    new.set_param("W", old.get_param("W").reshape(len(src.labels), -1)[rows].ravel().copy())
    new.set_param("b", old.get_param("b")[rows].copy())
    return out


def cmd_train(args) -> None:
    arts = examples(args.cache)
    left = {aid for name in args.exclude for aid in _set_ids(name)}  # a held-out check: train without these sets
    left |= unlabelled()
    arts = [(aid, sents) for aid, sents in arts if aid not in left]
    if args.full and Path(args.full).exists():  # the model of all 16 types, trained before on the same articles
        nlp = blank_classifier()
        nlp.initialize()
        nlp.from_bytes(Path(args.full).read_bytes(), exclude=["vocab", "tokenizer"])
    else:
        nlp = train([s for _, sents in arts for s in sents], args.epochs)
        if args.full:
            Path(args.full).write_bytes(nlp.to_bytes(exclude=["vocab", "tokenizer"]))
    out = Path(args.out)
    thresholds = json.loads(Path(args.thresholds).read_text())  # kind of source → type → threshold
    kept = tuple(t for t in TYPES if any(t in ts for ts in thresholds.values()))
    nlp = only(nlp, kept)  # the runtime emits no other type
    (out / MODEL).write_bytes(nlp.to_bytes(exclude=["vocab", "tokenizer"]))
    pr = json.loads(Path(args.thresholds + ".pr").read_text())
    rows = [f"{t}\t{kind}\t{thresholds[kind][t]:.3f}\tout-of-fold added events P {p:.3f}, {found} gold found"
            for kind in sorted(pr) for t, (p, found) in sorted(pr[kind].items()) if t in thresholds[kind]]
    (out / THRESHOLDS).write_text(f"# type\tsource\tthreshold\tcomment (tools/train_event_classifier.py cv, 5-fold by "
                                  f"article on the {len(arts)} articles with PLOVER gold of the {len(TUNABLE)} TUNABLE "
                                  "sets, per kind of source: a type with no row is never emitted there)\n"
                                  + "\n".join(rows) + "\n")
    size = (out / MODEL).stat().st_size
    print(f"model written to {out / MODEL} ({size / 1e6:.1f} MB); thresholds for {', '.join(kept)}")


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--cache", default="/tmp/kg-event-textcat")
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--thresholds", default="/tmp/kg-event-textcat/thresholds.json")
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("parse")
    cv = sub.add_parser("cv")
    cv.add_argument("--folds", type=int, default=5)
    cv.add_argument("--scores", default="/tmp/kg-event-textcat/oof.json")
    cv.add_argument("--reuse", action="store_true", help="choose on the saved --scores instead of training again")
    cv.add_argument("--fold", type=int, help="score only this fold (0-based; parallel runs: the last one chooses)")
    tr = sub.add_parser("train")
    tr.add_argument("--out", default=str(OUT))
    tr.add_argument("--exclude", nargs="*", default=[], help="tunable sets to leave out (a held-out check)")
    tr.add_argument("--full", help="keep the 16-type model here (read it back when it exists: no training again)")
    sc = sub.add_parser("score", help="P/R/F1 of some thresholds on the tunable sets (cmd_score)")
    sc.add_argument("--scores", default="/tmp/kg-event-textcat/oof.json")
    sc.add_argument("--model", help="score with this model file instead of the out-of-fold scores")
    sc.add_argument("--sets", nargs="*", help="only these tunable sets")
    args = ap.parse_args(argv)
    {"parse": cmd_parse, "cv": cmd_cv, "train": cmd_train, "score": cmd_score}[args.cmd](args)


if __name__ == "__main__":
    main()

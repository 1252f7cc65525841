"""Event-level thresholds for the learned PLOVER fallback (used by ``tools/train_event_classifier.py cv``).

A sentence that scores a type is only worth an event when kg codes it with the right source, and the scorer
matches events per article (type, modality, a shared source), not per sentence. So each type's threshold is
chosen on the events themselves: for every tunable article, kg's rule events and every event the learned step
would code (each sentence with each type: :func:`candidates`, computed once and cached) are scored with
:mod:`kg.plover_score` against the gold file, adding the candidates whose out-of-fold sentence score reaches a
threshold (:func:`choose`). A type is emitted at the threshold that adds most to the type+source F1 of all tunable
articles, among those where the added events are at least ``floor`` right and find at least ``min_found`` gold
events the rules miss.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from unittest import mock

REL = ("plover type+source", "plover type+source+target")
GRID = [x / 40 for x in range(2, 40)]


def candidates(cache: Path, docs, ids: list[str], articles: dict) -> dict[str, dict]:
    """article id → ``{"rules": [event], "cands": [[sentence start, event]]}`` (the scorer's event dicts): the
    rules' events and the learned step's event for each sentence and each of the 16 types. Cached in ``cache``."""
    known = cache / "candidates.json"
    if known.exists():
        return json.loads(known.read_text())
    from kg.actors import load_actors
    from kg.extract import extract
    from kg.extract import plover_learned as learned
    from kg.extract.sentences import sentence_text, sentences
    from kg.plover_score import plover_from_facts

    def every_type(doc, types_of=None):
        return [(s, list(learned.TYPES)) for s in sentences(doc) if sentence_text(s)]

    actors, out = load_actors(()), {}
    with mock.patch.object(learned, "typed_sentences", every_type), mock.patch.dict("os.environ",
                                                                                  {"KG_LEARNED_EVENTS": "1"}):
        for aid, doc in zip(ids, docs, strict=True):
            facts = extract(doc, articles[aid], actors)
            pairs = list(zip(facts.political_events, plover_from_facts(facts), strict=True))
            out[aid] = {"rules": [d for e, d in pairs if e.evidence.rule != learned.RULE],
                        "cands": [[e.evidence.sent_start, d] for e, d in pairs if e.evidence.rule == learned.RULE]}
    known.write_text(json.dumps(out))
    return out


Counter = Callable[[str, list[dict]], list[tuple[int, int, int, int]]]


def counter(gold: dict) -> Counter:
    """(extracted, correct, expected, found) per relation of ``REL`` for one article's events."""
    from kg.plover_score import score_article

    def count(aid: str, events: list[dict]) -> list[tuple[int, int, int, int]]:
        got = score_article(gold[aid], events)
        return [(c.extracted, c.correct, c.expected, c.found) for c in (got[rel][0] for rel in REL)]
    return count


def f1(c) -> float:
    p, r = (c[1] / c[0] if c[0] else 0.0), (c[3] / c[2] if c[2] else 0.0)
    return 2 * p * r / (p + r) if p + r else 0.0


def gains(kind: str, cands: dict[str, dict], scores: dict[tuple[str, int], dict[str, float]], count: Counter):
    """[(threshold, [added (extracted, correct, expected, found) per relation])] for type ``kind`` over the
    articles of ``cands``, each candidate kept when its sentence's out-of-fold score reaches the threshold."""
    base = {aid: count(aid, c["rules"]) for aid, c in cands.items()}
    scored = {aid: [(scores[(aid, s)][kind], e) for s, e in c["cands"]
                    if e["type"] == kind and (aid, s) in scores and scores[(aid, s)][kind] >= GRID[0]]
              for aid, c in cands.items()}
    rows = []
    for thr in GRID:
        added = [[0] * 4 for _ in REL]
        for aid, found in scored.items():
            extra = [e for score, e in found if score >= thr]
            if extra:
                now = count(aid, cands[aid]["rules"] + extra)
                for i, rel in enumerate(now):
                    added[i] = [a + n - b for a, n, b in zip(added[i], rel, base[aid][i], strict=True)]
        rows.append((thr, added))
    return rows


def choose(kinds, cands, scores, count: Counter, floor: float, min_found: int):
    """type → (threshold, added precision, added found, F1 gain) for the types worth emitting (module doc)."""
    base = [[sum(count(aid, c["rules"])[i][j] for aid, c in cands.items()) for j in range(4)] for i in range(2)]
    out = {}
    for kind in kinds:
        best = None
        for thr, added in gains(kind, cands, scores, count):
            ext, right, _, found = added[0]
            gain = f1([b + a for b, a in zip(base[0], added[0], strict=True)]) - f1(base[0])
            if ext and right / ext >= floor and found >= min_found and gain > 0 and (best is None or gain > best[3]):
                best = (thr, right / ext, found, gain)
        if best is not None:
            out[kind] = best
    return out


def totals(cands, scores, limits: dict[str, float], count: Counter):
    """(extracted, correct, expected, found) per relation of ``REL`` over the articles of ``cands`` with the rules'
    events and every candidate whose sentence scores its type at least ``limits[type]`` (a type with no limit is
    never added): what kg codes with those thresholds."""
    out = [[0] * 4 for _ in REL]
    for aid, c in cands.items():
        extra = [e for s, e in c["cands"] if e["type"] in limits
                 and scores.get((aid, s), {}).get(e["type"], 0.0) >= limits[e["type"]]]
        for i, rel in enumerate(count(aid, c["rules"] + extra)):
            out[i] = [a + n for a, n in zip(out[i], rel, strict=True)]
    return out

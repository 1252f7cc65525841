"""Dyads of political events: a cooperation–conflict series per country pair and month (``kg analyse --dyads``).

Every PLOVER type and mode has a score kept as data (``kg/resources/plover_scores.tsv``: the PLOVER manual's
conflict–cooperation scores, −10 to +10, see ``plover_scores.NOTICE``). A point of the series is one unordered
country pair and one month; it lists the events it sums, so every point can be traced back to its event IRIs
(and from there, with ``queries/plover_events.rq`` or the RDF, to the sentence and rule).

The events and pairs come from the internal query ``dyad_events.rq``, the same selection that
``queries/dyads.rq`` counts: events that happened (asserted, or historical with a date of their own); the
countries of a source and a target, or of two sources when the event has no target.
"""

from __future__ import annotations

import logging
import math
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.analysis import SelectStore, query
from kg.errors import ResourceError
from kg.lexicon import read_tsv, resource_path
from kg.vocab import PLOVER_TYPES

log = logging.getLogger(__name__)


def mode_key(mode: str | None) -> str:
    """A mode as the score table spells it.

    >>> mode_key("Suicide_attack"), mode_key(" third party "), mode_key(None)
    ('suicide-attack', 'third-party', '')
    """
    return "-".join((mode or "").lower().replace("_", " ").split())


@dataclass(frozen=True)
class Scores:
    """PLOVER conflict–cooperation scores: one per type, and per type and mode where the mode differs."""

    by_type: dict[str, float]
    by_mode: dict[tuple[str, str], float]

    def score(self, type_: str, mode: str | None = None) -> float | None:
        """The mode's score, else the type's; ``None`` for a type without a score.

        >>> s = Scores({"ASSAULT": -9.0}, {("ASSAULT", "aerial"): -9.5})
        >>> s.score("ASSAULT", "Aerial"), s.score("ASSAULT", "vandalize"), s.score("ASSAULT"), s.score("PARADE")
        (-9.5, -9.0, -9.0, None)
        """
        found = self.by_mode.get((type_, mode_key(mode)))
        return found if found is not None else self.by_type.get(type_)


def load_scores(path: str | Path | None = None) -> Scores:
    """Read a score table (default ``kg/resources/plover_scores.tsv``) and check it covers all 16 types."""
    path = Path(path) if path else resource_path("plover_scores.tsv")
    by_type: dict[str, float] = {}
    by_mode: dict[tuple[str, str], float] = {}
    for i, row in enumerate(read_tsv(path, ("id", "type", "mode", "score")), 2):
        type_, mode = (row.get("type") or "").strip().upper(), mode_key(row.get("mode"))
        try:
            value = float(row["score"])
        except (TypeError, ValueError):
            raise ResourceError(f"{path}:{i}: score {row.get('score')!r} is not a number") from None
        if type_ not in PLOVER_TYPES or not math.isfinite(value) or not -10 <= value <= 10:
            raise ResourceError(f"{path}:{i}: need a PLOVER type and a score from -10 to 10, got {type_!r} {value}")
        if mode:
            by_mode[(type_, mode)] = value
        else:
            by_type[type_] = value
    missing = [t for t in PLOVER_TYPES if t not in by_type]
    if missing:
        raise ResourceError(f"{path}: no score for {', '.join(missing)}")
    return Scores(by_type, by_mode)


@lru_cache(maxsize=1)
def default_scores() -> Scores:
    return load_scores()


@dataclass(frozen=True)
class DyadEvent:
    """One event of a point, with the score it adds."""

    iri: str
    type: str
    mode: str | None
    score: float
    article: str


@dataclass(frozen=True)
class DyadPoint:
    """One country pair (``country_a`` sorts first) in one month (``YYYY-MM``) and the events it sums."""

    country_a: str
    country_b: str
    month: str
    events: tuple[DyadEvent, ...]

    @property
    def score(self) -> float:
        """Net cooperation (positive) or conflict (negative): the sum of the events' scores."""
        return round(float(sum(e.score for e in self.events)), 3)

    @property
    def cooperation(self) -> float:
        return round(float(sum(e.score for e in self.events if e.score > 0)), 3)

    @property
    def conflict(self) -> float:
        return round(float(sum(e.score for e in self.events if e.score < 0)), 3)

    @property
    def types(self) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for e in self.events:
            counts[e.type] += 1
        return dict(sorted(counts.items()))

    def to_dict(self) -> dict:
        return {"country_a": self.country_a, "country_b": self.country_b, "month": self.month,
                "events": len(self.events), "score": self.score, "mean": round(self.score / len(self.events), 3),
                "cooperation": self.cooperation, "conflict": self.conflict, "types": self.types,
                "event_iris": [e.iri for e in self.events],
                "event_scores": [vars(e).copy() for e in self.events]}


@dataclass(frozen=True)
class DyadReport:
    """The series, sorted by pair and month; ``unscored`` lists events whose type has no score."""

    points: tuple[DyadPoint, ...] = ()
    unscored: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        """JSON-ready data.

        >>> DyadReport().to_dict()
        {'pairs': 0, 'points': [], 'unscored': []}
        """
        pairs = {(p.country_a, p.country_b) for p in self.points}
        return {"pairs": len(pairs), "points": [p.to_dict() for p in self.points], "unscored": list(self.unscored)}

    def top(self, n: int | None) -> DyadReport:
        """The points of the ``n`` pairs with most events (ties by pair), every month of each; ``None``: all.

        >>> def point(a, b, n):
        ...     return DyadPoint(a, b, "2024-01", tuple(DyadEvent(f"e{i}", "AID", None, 10, "") for i in range(n)))
        >>> report = DyadReport((point("BR", "PE", 1), point("CA", "US", 1), point("MX", "US", 3)))
        >>> [(p.country_a, p.country_b) for p in report.top(2).points]
        [('BR', 'PE'), ('MX', 'US')]
        """
        if n is None:
            return self
        totals: dict[tuple[str, str], int] = defaultdict(int)
        for p in self.points:
            totals[(p.country_a, p.country_b)] += len(p.events)
        kept = set(sorted(totals, key=lambda pair: (-totals[pair], pair))[:max(n, 0)])
        return DyadReport(tuple(p for p in self.points if (p.country_a, p.country_b) in kept), self.unscored)

    def table_rows(self) -> list[dict]:
        """One flat row per point for a terminal table (types as ``AGREE×2 ASSAULT×1``)."""
        return [{"pair": f"{p.country_a}–{p.country_b}", "month": p.month, "events": len(p.events),
                 "score": p.score, "cooperation": p.cooperation, "conflict": p.conflict,
                 "types": " ".join(f"{t}×{n}" for t, n in p.types.items())} for p in self.points]


def dyad_series(store: SelectStore, scores: Scores | None = None) -> DyadReport:
    """The cooperation–conflict series of every country pair, month by month."""
    scores = scores or default_scores()
    _, rows = store.select(query("dyad_events"))
    grouped: dict[tuple[str, str, str], dict[str, DyadEvent]] = defaultdict(dict)
    unscored: set[str] = set()
    for row in rows:
        iri, type_ = row.get("event") or "", row.get("type") or ""
        key = (row.get("country_a") or "", row.get("country_b") or "", row.get("month") or "")
        if not iri or not all(key):
            continue
        value = scores.score(type_, row.get("mode"))
        if value is None:
            unscored.add(iri)
            continue
        grouped[key][iri] = DyadEvent(iri, type_, row.get("mode") or None, value, row.get("article") or "")
    if unscored:
        log.warning("%d political event(s) have a type without a score; left out of the series", len(unscored))
    points = tuple(DyadPoint(a, b, month, tuple(events[i] for i in sorted(events)))
                   for (a, b, month), events in sorted(grouped.items()))
    return DyadReport(points, tuple(sorted(unscored)))

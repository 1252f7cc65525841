"""The data of an evaluation: gold facts, predictions and score reports.

:func:`load_gold` reads the hand-written gold JSON files (annotation guide) into :class:`Gold` facts per
article; :func:`predictions_from_rows` groups the rows of kg's standard SPARQL queries into a
:class:`Prediction` per article. :mod:`kg.evaluate` matches the two and sums the outcome into the
:class:`Counts`, :class:`Mismatch` and :class:`Report` defined here.
"""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, Literal, NamedTuple, overload

from kg.errors import EvaluationError

log = logging.getLogger(__name__)

QUERIES = ("roles", "meetings", "event_participants", "event_topics", "quotes")  # rows read by predictions_from_rows


# --------------------------------------------------------------------------- gold and predictions


class GoldRole(NamedTuple):
    person: str
    role: str
    country: str | None


class GoldEvent(NamedTuple):
    name: str
    participants: tuple[str, ...]
    location: str | None
    topics_required: tuple[str, ...]
    topics_allowed: tuple[str, ...]


class GoldQuote(NamedTuple):
    speaker: str
    contains: str


PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")  # PLOVER 0.8
PLOVER_MODALITIES = ("asserted", "negated", "future", "hypothetical", "historical")


class GoldPlover(NamedTuple):
    """A gold PLOVER event; ``text`` is the article's span that reports it (for audits, not scored)."""

    type: str
    source: tuple[str, ...]
    target: tuple[str, ...]
    modality: str
    text: str | None = None


@dataclass(frozen=True)
class Gold:
    """The gold facts of one article; ``source`` is the file it was read from."""

    article: str
    roles: tuple[GoldRole, ...] = ()
    meetings: tuple[tuple[str, str], ...] = ()
    calls: tuple[tuple[str, str], ...] = ()
    events: tuple[GoldEvent, ...] = ()
    quotes: tuple[GoldQuote, ...] = ()
    source: str = ""
    plover: tuple[GoldPlover, ...] | None = None  # None: the file has no "plover" key (events not annotated)


class PredictedRole(NamedTuple):
    person: str
    role: str
    country: str
    country_code: str


class PredictedEvent(NamedTuple):
    participants: tuple[str, ...]
    topics: tuple[str, ...]


class PredictedQuote(NamedTuple):
    speaker: str
    text: str


@dataclass(frozen=True)
class Prediction:
    """The extracted facts of one article; ``events`` maps an event name to its participants and topics."""

    article: str
    roles: tuple[PredictedRole, ...] = ()
    meetings: tuple[tuple[str, str], ...] = ()
    events: Mapping[str, PredictedEvent] = field(default_factory=lambda: MappingProxyType({}))
    quotes: tuple[PredictedQuote, ...] = ()
    plover: tuple[Mapping[str, Any], ...] = ()  # political events as plain dicts (kg.plover_score)


class _Ctx(NamedTuple):
    file: Path
    where: str = ""

    def at(self, key: str | int) -> _Ctx:
        where = f"{self.where}[{key}]" if isinstance(key, int) else f"{self.where}.{key}".lstrip(".")
        return _Ctx(self.file, where)

    def fail(self, problem: str) -> EvaluationError:
        return EvaluationError(f"invalid gold file {self.file}: {self.where or 'top level'}: {problem}")


@overload
def _text(value: Any, ctx: _Ctx, *, optional: Literal[False] = False) -> str: ...
@overload
def _text(value: Any, ctx: _Ctx, *, optional: bool) -> str | None: ...
def _text(value: Any, ctx: _Ctx, *, optional: bool = False) -> str | None:
    if value is None and optional:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ctx.fail(f"expected a non-empty string, got {value!r}")
    return value.strip()


def _items(obj: dict, key: str, ctx: _Ctx) -> list[tuple[Any, _Ctx]]:
    value = obj.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise ctx.at(key).fail(f"expected a list, got {type(value).__name__}")
    return [(item, ctx.at(key).at(i)) for i, item in enumerate(value)]


def _strings(obj: dict, key: str, ctx: _Ctx) -> tuple[str, ...]:
    return tuple(_text(item, c) for item, c in _items(obj, key, ctx))


def _objects(obj: dict, key: str, ctx: _Ctx) -> list[tuple[dict, _Ctx]]:
    items = _items(obj, key, ctx)
    for item, c in items:
        if not isinstance(item, dict):
            raise c.fail(f"expected a JSON object, got {type(item).__name__}")
    return items


def _pairs(obj: dict, key: str, ctx: _Ctx) -> tuple[tuple[str, str], ...]:
    items = _items(obj, key, ctx)
    for item, c in items:
        if not isinstance(item, list) or len(item) != 2:
            raise c.fail(f"expected a pair of names, got {item!r}")
    return tuple((_text(item[0], c.at(0)), _text(item[1], c.at(1))) for item, c in items)


def _event(obj: dict, ctx: _Ctx, index: int) -> GoldEvent:
    name = _text(obj.get("name"), ctx.at("name"), optional=True) or f"event {index + 1}"
    location = _text(obj.get("location"), ctx.at("location"), optional=True)
    req, allowed = _strings(obj, "topics_required", ctx), _strings(obj, "topics_allowed", ctx)
    return GoldEvent(name, _strings(obj, "participants", ctx), location, req, allowed)


def _choice(value: Any, ctx: _Ctx, choices: tuple[str, ...], fold: Callable[[str], str]) -> str:
    word = fold(_text(value, ctx))
    if word not in choices:
        raise ctx.fail(f"expected one of {', '.join(choices)}, got {value!r}")
    return word


def _plover(obj: dict, ctx: _Ctx) -> GoldPlover:
    kind = _choice(obj.get("type"), ctx.at("type"), PLOVER_TYPES, str.upper)
    modality = _choice(obj.get("modality"), ctx.at("modality"), PLOVER_MODALITIES, str.lower)
    for key in ("source", "target"):
        if not isinstance(obj.get(key), list):
            raise ctx.at(key).fail(f"expected a list of actors, got {obj.get(key)!r}")
    source = _strings(obj, "source", ctx)
    if not source:
        raise ctx.at("source").fail("expected at least one actor")
    text = _text(obj.get("text"), ctx.at("text"), optional=True)
    return GoldPlover(kind, source, _strings(obj, "target", ctx), modality, text)


def _parse_gold(obj: Any, ctx: _Ctx) -> Gold:
    if not isinstance(obj, dict):
        raise ctx.fail(f"expected a JSON object, got {type(obj).__name__}")
    if "article" not in obj:
        raise ctx.fail('missing "article"')
    roles = tuple(
        GoldRole(_text(r.get("person"), c.at("person")), _text(r.get("role"), c.at("role")),
                 _text(r.get("country"), c.at("country"), optional=True))
        for r, c in _objects(obj, "roles", ctx)
    )
    quotes = tuple(
        GoldQuote(_text(q.get("speaker"), c.at("speaker")), _text(q.get("contains"), c.at("contains")))
        for q, c in _objects(obj, "quotes", ctx)
    )
    events = tuple(_event(e, c, i) for i, (e, c) in enumerate(_objects(obj, "events", ctx)))
    plover = tuple(_plover(p, c) for p, c in _objects(obj, "plover", ctx)) if "plover" in obj else None
    return Gold(_text(obj["article"], ctx.at("article")), roles, _pairs(obj, "meetings", ctx),
                _pairs(obj, "calls", ctx), events, quotes, str(ctx.file), plover)


def _read_gold_file(file: Path) -> list[Gold]:
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except OSError as e:
        raise EvaluationError(f"cannot read gold file {file}: {e}") from e
    except ValueError as e:  # JSONDecodeError and UnicodeDecodeError
        raise EvaluationError(f"gold file {file} is not valid UTF-8 JSON: {e}") from e
    if isinstance(data, list):
        return [_parse_gold(obj, _Ctx(file).at(i)) for i, obj in enumerate(data)]
    gold = _parse_gold(data, _Ctx(file))
    if gold.article != file.stem:
        log.warning("gold file %s holds article %r (file stem differs)", file, gold.article)
    return [gold]


def load_gold(path: str | Path) -> dict[str, Gold]:
    """Read gold facts from a directory of ``<id>.json`` files or from one ``.json`` file.

    A file holds one gold object or a list of them. Returns gold per article id (the ``"article"`` field).
    Raises :class:`EvaluationError` naming the file for anything unreadable or malformed.
    """
    path = Path(path)
    if path.is_dir():
        files = sorted(path.glob("*.json"))
        if not files:
            raise EvaluationError(f"no gold files (*.json) in directory {path}")
    elif path.is_file():
        files = [path]
    else:
        raise EvaluationError(f"gold path {path} does not exist")
    gold: dict[str, Gold] = {}
    for file in files:
        for item in _read_gold_file(file):
            if item.article in gold:
                other = gold[item.article].source
                raise EvaluationError(f"gold file {file}: article {item.article!r} is also in {other}")
            gold[item.article] = item
    return gold


def _local(value: str | None) -> str:
    """Plain string of a row value; an IRI gives its last path segment.

    >>> _local("https://kg-project.org/id/country/MX"), _local(" 000_ab "), _local(None)
    ('MX', '000_ab', '')
    """
    value = (value or "").strip()
    return re.split(r"[/#]", value)[-1] if value.startswith(("http://", "https://")) else value


def predictions_from_rows(rows: Mapping[str, Iterable[Mapping[str, str | None]]]) -> dict[str, Prediction]:
    """Group the rows of the standard queries (roles, meetings, event_participants, event_topics,
    quotes) per article. Exact duplicate rows collapse; rows without an article are skipped."""
    acc: dict[str, dict[str, dict]] = {}
    for query in set(rows) - set(QUERIES):
        log.debug("rows of query %r are not scored", query)
    for query in QUERIES:
        for row in rows.get(query, ()):
            v = {k: _local(x) if k in ("article", "country_code") else (x or "").strip() for k, x in row.items()}
            if not v.get("article"):
                log.warning("%s row without article skipped: %r", query, dict(row))
                continue
            parts = acc.setdefault(v["article"], {"roles": {}, "meetings": {}, "events": {}, "quotes": {}})
            _add_row(parts, query, v)
    return {article: _freeze(article, parts) for article, parts in acc.items()}


def _add_row(parts: dict[str, dict], query: str, v: dict[str, str]) -> None:
    get = lambda key: v.get(key, "")  # noqa: E731
    if query == "roles":
        parts["roles"][PredictedRole(get("person"), get("role"), get("country"), get("country_code"))] = None
    elif query == "meetings":
        parts["meetings"][(get("person_a"), get("person_b"))] = None
    elif query == "quotes":
        parts["quotes"][PredictedQuote(get("speaker"), get("quote"))] = None
    else:
        people, topics = parts["events"].setdefault(get("event"), ({}, {}))
        value = get("person") if query == "event_participants" else get("topic")
        if value:
            (people if query == "event_participants" else topics)[value] = None


def _freeze(article: str, parts: dict[str, dict]) -> Prediction:
    events = {name: PredictedEvent(tuple(p), tuple(t)) for name, (p, t) in parts["events"].items()}
    return Prediction(article, tuple(parts["roles"]), tuple(parts["meetings"]), MappingProxyType(events),
                      tuple(parts["quotes"]))


# --------------------------------------------------------------------------- scores


@dataclass(frozen=True)
class Counts:
    """Tallies of one relation. ``extracted``/``correct`` give precision, ``expected``/``found`` recall.

    >>> c = Counts(extracted=4, correct=3, expected=6, found=3)
    >>> c.fp, c.fn, c.precision, c.recall, round(c.f1, 3)
    (1, 3, 0.75, 0.5, 0.6)
    >>> Counts().precision, Counts().recall, Counts().f1, Counts(expected=2).f1
    (1.0, 1.0, 1.0, 0.0)
    """

    extracted: int = 0  # distinct extracted facts counted (extracted pairs matching only a call are not)
    correct: int = 0  # extracted facts that match some gold fact
    expected: int = 0  # distinct gold facts (topics: required only)
    found: int = 0  # gold facts matched by some extracted fact

    fp = property(lambda self: self.extracted - self.correct)
    fn = property(lambda self: self.expected - self.found)
    precision = property(lambda self: self.correct / self.extracted if self.extracted else 1.0)
    recall = property(lambda self: self.found / self.expected if self.expected else 1.0)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.extracted + other.extracted, self.correct + other.correct,
                      self.expected + other.expected, self.found + other.found)

    def to_dict(self) -> dict[str, float]:
        names = ("extracted", "correct", "fp", "expected", "found", "fn", "precision", "recall", "f1")
        return {name: getattr(self, name) for name in names}


@dataclass(frozen=True)
class Mismatch:
    """A false positive (extracted fact) or false negative (gold fact); ``note`` says more (event, reason)."""

    article: str
    relation: str
    fact: tuple[str, ...]
    note: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "relation": self.relation, "fact": list(self.fact), "note": self.note}


@dataclass(frozen=True)
class ArticleScore:
    article: str
    predicted: bool  # False when the article had no prediction at all
    relations: Mapping[str, Counts]

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article, "predicted": self.predicted,
                **{rel: c.to_dict() for rel, c in self.relations.items()}}


@dataclass(frozen=True)
class Report:
    """Micro-averaged scores per relation (``relations``), optional per-article rows, and the errors."""

    relations: Mapping[str, Counts]
    # the same per source ("readouts": ids starting "wh-", "news": the rest): source -> relation -> counts
    by_source: Mapping[str, Mapping[str, Counts]] = field(default_factory=lambda: MappingProxyType({}))
    false_positives: tuple[Mismatch, ...] = ()
    false_negatives: tuple[Mismatch, ...] = ()
    articles: tuple[ArticleScore, ...] = ()  # only with per_article=True
    gold_articles: int = 0
    missing_articles: tuple[str, ...] = ()  # in the gold, without prediction
    ignored_articles: tuple[str, ...] = ()  # predicted, not in the gold
    skipped: tuple[str, ...] = ()  # bad inputs of the build evaluated, one line each (as kg build reports them)
    # PLOVER target diagnostics (kg.plover_score.TargetCounts) per scope ("all", then a source), and their errors
    plover_targets: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    target_errors: tuple[Mismatch, ...] = ()

    @property
    def overall(self) -> Counts:
        """All relations pooled."""
        return sum(self.relations.values(), Counts())

    def to_dict(self) -> dict[str, Any]:
        return {
            "scores": {rel: c.to_dict() for rel, c in {**self.relations, "overall": self.overall}.items()},
            "by_source": {src: {rel: c.to_dict() for rel, c in rels.items()} for src, rels in self.by_source.items()},
            "articles": {"gold": self.gold_articles, "missing": list(self.missing_articles),
                         "ignored": len(self.ignored_articles), "ignored_ids": list(self.ignored_articles)},
            "per_article": [a.to_dict() for a in self.articles],
            "false_positives": [m.to_dict() for m in self.false_positives],
            "false_negatives": [m.to_dict() for m in self.false_negatives],
            "skipped": list(self.skipped),
            **({"plover_targets": {"scores": {k: c.to_dict() for k, c in self.plover_targets.items()},
                                   "errors": [m.to_dict() for m in self.target_errors]}}
               if self.plover_targets else {}),
        }

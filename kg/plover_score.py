"""Scoring of PLOVER political events against the gold ``plover`` key (annotation guide, "plover").

Extracted events reach the scorer as plain dicts, one per event and article, so that either path can feed it:
:func:`plover_from_rows` groups the rows of ``queries/plover_events.rq`` (what ``kg evaluate`` reads from the
store) and :func:`plover_from_facts` converts ``ArticleFacts.political_events``::

    {"event": "p1", "type": "CONSULT", "modality": "asserted", "mode": "visit",
     "sources": [{"label": "Joe Biden", "country": "US", "person": True}], "targets": [...]}

Two relations are scored, only over gold articles whose file has the ``plover`` key:

- ``plover type+source``: an extracted event matches a gold one with the same type and modality whose sources
  share an actor;
- ``plover type+source+target``: besides, when the gold target is not empty, the targets share an actor.

A future event on one side also matches an asserted AGREE on the other between the same actors (PLOVER codes an
announced act as an expressed intent). Actors: persons match by name as for meetings; countries and organisations
by ISO code or name (an organisation of ``organisations.tsv`` also by its short name or an alias, on both sides:
gold "IMF" is kg's "International Monetary Fund"). A person and a collective actor match when the person's country
is the actor's (extracted: the actor's country; gold: the country of a gold role the person holds in that article);
two persons match by name only. Events are counted once per article after folding type, modality and actor names.

Beside the two relations, :func:`score_targets` gives target diagnostics over the events that match on type and
source (:class:`TargetCounts`: target precision and recall, and the targets kg gives where the gold has none, which
the ``+target`` relation never judges), with the wrong and missed targets as errors.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from kg.gold import Counts, Gold, Mismatch
from kg.lexicon import lookup_polity, polity
from kg.namematch import countries_match, country_names, fold, persons_match

log = logging.getLogger(__name__)

PLOVER_QUERY = "plover_events"  # read by `kg evaluate` when the query exists
RELATIONS = ("plover type+source", "plover type+source+target")


class PActor(NamedTuple):
    name: str
    countries: tuple[str, ...]  # codes or names the actor stands for (a collective actor's own name included)
    person: bool | None  # None: unknown (a query row's label)


class PEvent(NamedTuple):
    type: str
    modality: str
    sources: tuple[PActor, ...]
    targets: tuple[PActor, ...]
    note: str = ""  # gold: the audit span; extracted: the event id

    def fact(self) -> tuple[str, ...]:
        """Type, modality, sources and targets as text; an extracted actor shows its country ("Joe Biden [US]")."""
        def shown(a: PActor) -> str:
            code = a.countries[0] if a.person is not None and a.countries else ""
            return f"{a.name} [{code}]" if code and fold(code) != fold(a.name) else a.name

        names = lambda actors: ", ".join(map(shown, actors))  # noqa: E731
        return self.type, self.modality, names(self.sources), names(self.targets)

    def key(self) -> tuple:
        names = lambda actors: frozenset(fold(a.name) for a in actors)  # noqa: E731
        return self.type, self.modality, names(self.sources), names(self.targets)


# --------------------------------------------------------------------------- extracted events as plain dicts


def _local(value: str | None) -> str:
    """A row value; an IRI gives its last path segment."""
    value = (value or "").strip()
    return value.rsplit("/", 1)[-1].rsplit("#", 1)[-1] if value.startswith(("http://", "https://")) else value


def _row_actor(value: str, country: str) -> dict[str, Any] | None:
    """An actor of a ``plover_events.rq`` row: a label, or an IRI whose path says whether it is a person."""
    if not value:
        return None
    iri = value.startswith(("http://", "https://"))
    return {"label": _local(value).replace("-", " ") if iri else value, "country": _local(country) or None,
            "person": ("/person/" in value) if iri else None}


def plover_from_rows(rows: Iterable[Mapping[str, str | None]]) -> dict[str, tuple[dict[str, Any], ...]]:
    """Group the rows of ``plover_events.rq`` (one per event, source and target) into one dict per event, per
    article. A label says nothing about being a person (``"person": None``); an IRI's path does."""
    events: dict[str, dict[str, dict[str, Any]]] = {}
    for row in rows:
        v = {k: (x or "").strip() for k, x in row.items()}
        article, event = _local(v.get("article")), v.get("event", "")
        if not article or not event:
            log.warning("plover_events row without article or event skipped: %r", dict(row))
            continue
        ev = events.setdefault(article, {}).setdefault(event, {
            "event": event, "type": _local(v.get("type")).upper(), "modality": _local(v.get("modality")).lower(),
            "mode": v.get("mode") or None, "sources": [], "targets": []})
        for key, column in (("sources", "source"), ("targets", "target")):
            actor = _row_actor(v.get(column, ""), v.get(f"{column}_country", ""))
            if actor and actor not in ev[key]:
                ev[key].append(actor)
    return {article: tuple(evs.values()) for article, evs in events.items()}


def _fact_actor(actor) -> dict[str, Any]:
    person = actor.person
    return {"label": person.name if person else actor.label, "country": actor.country, "org": actor.org,
            "person": person is not None}


def plover_from_facts(facts) -> tuple[dict[str, Any], ...]:
    """The political events of one :class:`kg.model.ArticleFacts` as the scorer's plain dicts."""
    return tuple(
        {"event": ev.id, "type": ev.type, "modality": ev.modality, "mode": ev.mode,
         "sources": [_fact_actor(a) for a in ev.sources], "targets": [_fact_actor(a) for a in ev.targets]}
        for ev in facts.political_events
    )


# --------------------------------------------------------------------------- matching


def _gold_actor(name: str, gold: Gold) -> PActor:
    """A gold actor: a person of the article's gold roles (with the countries of those roles), a country or
    organisation code or name (``organisations.tsv``: "IMF" is also "the International Monetary Fund"), or another
    name (a person without a role, a party, a group)."""
    held = [r for r in gold.roles if persons_match(name, r.person)]
    if held:
        return PActor(name, tuple(r.country for r in held if r.country), True)
    known_country = len(country_names(name)) > 1  # "US", "Israel", "EU"; not "Hamas" or "Biden"
    org = _organisation(name)  # "IMF", "the International Monetary Fund": the same organisation
    return PActor(name, (name, org) if org else (name,), not known_country and org is None)


def _organisation(label: str) -> str | None:
    """The code of the organisation a label names by its short name, name or alias (``organisations.tsv``: "IMF",
    "the International Monetary Fund" → IMF), so that neither side takes it for a person."""
    code = lookup_polity(label)
    return code if code is not None and polity(code).is_org else None


def _looks_like_person(label: str) -> bool:
    """For a query row's label: capitalised words that do not name a country or an organisation of
    ``organisations.tsv`` ("Joe Biden", "Hamas"; not "Israeli troops", "the United States" or "International
    Monetary Fund")."""
    words = [w for w in label.split() if w[:1].isalpha()]
    return bool(words) and all(w[0].isupper() for w in words) and len(country_names(label)) == 1 and \
        _organisation(label) is None


def _extracted_actor(actor: Mapping[str, Any]) -> PActor:
    label = str(actor.get("label") or "")
    person = actor.get("person")
    if person is None:
        person = _looks_like_person(label)
    named = () if person else (label, _organisation(label))  # "International Monetary Fund": IMF
    codes = (actor.get("country"), actor.get("org"), *named)
    return PActor(label, tuple(c for c in codes if c), person)


def actors_match(g: PActor, e: PActor) -> bool:
    """Same person by name, or (unless both are persons) a shared country or organisation.

    >>> us, biden = PActor("US", ("US",), False), PActor("Joe Biden", ("US",), True)
    >>> actors_match(us, biden), actors_match(PActor("Blinken", ("Blinken", "US"), True), biden)
    (True, False)
    """
    if persons_match(g.name, e.name):
        return True
    if g.person and e.person:
        return False
    return any(countries_match(c, e.countries) for c in g.countries)


def _share(gold: tuple[PActor, ...], extracted: tuple[PActor, ...]) -> bool:
    return any(actors_match(g, e) for g in gold for e in extracted)


def _kinds_match(g: PEvent, e: PEvent) -> bool:
    intent = lambda a, b: a.modality == "future" and (b.type, b.modality) == ("AGREE", "asserted")  # noqa: E731
    return (g.type, g.modality) == (e.type, e.modality) or intent(g, e) or intent(e, g)


def events_match(g: PEvent, e: PEvent, *, target: bool) -> bool:
    """The guide's rule; with ``target`` the gold target (when not empty) must be shared too."""
    return (_kinds_match(g, e) and _share(g.sources, e.sources)
            and (not target or not g.targets or _share(g.targets, e.targets)))


# --------------------------------------------------------------------------- scoring


def _distinct(events: Iterable[PEvent]) -> list[PEvent]:
    seen: dict[tuple, PEvent] = {}
    for ev in events:
        seen.setdefault(ev.key(), ev)
    return list(seen.values())


def _tally(article: str, relation: str, extracted: list[PEvent], expected: list[PEvent], target: bool):
    hits = [any(events_match(g, e, target=target) for g in expected) for e in extracted]
    found = [any(events_match(g, e, target=target) for e in extracted) for g in expected]
    fps = [Mismatch(article, relation, e.fact(), e.note) for e, hit in zip(extracted, hits, strict=True) if not hit]
    fns = [Mismatch(article, relation, g.fact(), g.note) for g, hit in zip(expected, found, strict=True) if not hit]
    return Counts(len(extracted), sum(hits), len(expected), sum(found)), fps, fns


def _events(gold: Gold, extracted: Iterable[Mapping[str, Any]]) -> tuple[list[PEvent], list[PEvent]]:
    """The article's distinct extracted and gold events (the gold file must have the ``plover`` key)."""
    expected = _distinct(
        PEvent(p.type, p.modality, tuple(_gold_actor(a, gold) for a in p.source),
               tuple(_gold_actor(a, gold) for a in p.target), p.text or "")
        for p in gold.plover or ())
    found = _distinct(
        PEvent(str(ev.get("type") or "").upper(), str(ev.get("modality") or "").lower(),
               tuple(map(_extracted_actor, ev.get("sources") or ())),
               tuple(map(_extracted_actor, ev.get("targets") or ())), str(ev.get("event") or ""))
        for ev in extracted)
    return found, expected


def score_article(gold: Gold, extracted: Iterable[Mapping[str, Any]]) -> dict[str, tuple]:
    """``{relation: (Counts, false positives, false negatives)}`` for one article; empty when the gold file has
    no ``plover`` key."""
    if gold.plover is None:
        return {}
    found, expected = _events(gold, extracted)
    targets = zip(RELATIONS, (False, True), strict=True)
    return {rel: _tally(gold.article, rel, found, expected, target) for rel, target in targets}


# --------------------------------------------------------------------------- target diagnostics

TARGET_RELATION = "plover target"  # the relation named in the target diagnostics' errors


@dataclass(frozen=True)
class TargetCounts:
    """Target diagnostics over the events that match on type and source (``plover type+source``), which the
    ``+target`` relation cannot show: it checks a target only when the gold has one, so a target kg adds where
    the gold has none is never judged. ``judged``: matched extracted events with a target whose gold counterpart
    has one too, ``right`` of them sharing a target actor (precision); ``expected``: matched gold events with a
    target, ``found`` of them with a matching extracted target (recall); ``unjudged``: matched extracted events
    with a target whose gold counterparts have none (shown, not scored).

    >>> t = TargetCounts(judged=4, right=3, expected=5, found=3, unjudged=2)
    >>> t.precision, t.recall, round(t.f1, 3), (t + t).unjudged
    (0.75, 0.6, 0.667, 4)
    """

    judged: int = 0
    right: int = 0
    expected: int = 0
    found: int = 0
    unjudged: int = 0

    counts = property(lambda self: Counts(self.judged, self.right, self.expected, self.found))
    precision = property(lambda self: self.counts.precision)
    recall = property(lambda self: self.counts.recall)
    f1 = property(lambda self: self.counts.f1)

    def __add__(self, other: TargetCounts) -> TargetCounts:
        return TargetCounts(*(a + b for a, b in zip(self.fields(), other.fields(), strict=True)))

    def fields(self) -> tuple[int, ...]:
        return self.judged, self.right, self.expected, self.found, self.unjudged

    def to_dict(self) -> dict[str, float]:
        names = ("judged", "right", "precision", "expected", "found", "recall", "f1", "unjudged")
        return {n: getattr(self, n) for n in names}


def _targets_of(events: Iterable[PEvent]) -> str:
    return "; ".join(dict.fromkeys(ev.fact()[3] for ev in events)) or "(none)"


def score_targets(gold: Gold, extracted: Iterable[Mapping[str, Any]]) -> tuple[TargetCounts, list[Mismatch]]:
    """The target diagnostics of one article (:class:`TargetCounts`) and its target errors: an extracted event
    whose target is wrong (note: the gold targets), a gold event whose target kg misses (note: kg's targets)."""
    if gold.plover is None:
        return TargetCounts(), []
    found, expected = _events(gold, extracted)
    counts, errors = TargetCounts(), []
    for e in found:
        golds = [g for g in expected if events_match(g, e, target=False)]
        aimed = [g for g in golds if g.targets]
        if not golds or not e.targets:
            continue
        right = any(_share(g.targets, e.targets) for g in aimed)
        counts += TargetCounts(judged=bool(aimed), right=right, unjudged=not aimed)
        if aimed and not right:
            errors.append(Mismatch(gold.article, TARGET_RELATION, e.fact(), f"wrong; gold: {_targets_of(aimed)}"))
    for g in expected:
        kgs = [e for e in found if events_match(g, e, target=False)]
        if not g.targets or not kgs:
            continue
        hit = any(_share(g.targets, e.targets) for e in kgs)
        counts += TargetCounts(expected=1, found=hit)
        if not hit:
            errors.append(Mismatch(gold.article, TARGET_RELATION, g.fact(), f"missed; kg: {_targets_of(kgs)}"))
    return counts, errors

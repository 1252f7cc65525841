"""Plain data passed between the pipeline stages: articles in, facts out.

Every fact is a frozen dataclass and carries its :class:`Evidence` (article id, sentence, character
offsets and the id of the rule that produced it). No spaCy or RDF objects appear here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass, field
from typing import Literal


@dataclass(frozen=True)
class Article:
    """One input article. ``id`` is the file stem or the JSONL ``id`` field."""

    id: str
    text: str
    title: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None
    origin: str | None = None  # "file.jsonl:12" or "file.txt", for messages

    @property
    def content_hash(self) -> str:
        """SHA-256 of everything that influences the extracted facts.

        >>> Article("a", "x").content_hash == Article("a", "x").content_hash
        True
        >>> Article("a", "x").content_hash == Article("a", "y").content_hash
        False
        """
        parts = [self.id, self.text, self.title or "", str(self.date or ""), self.url or "", self.source or ""]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class Evidence:
    """Where a fact comes from: the sentence and the character span (offsets into the article text)."""

    article_id: str
    sentence: str
    sent_start: int
    start: int
    end: int
    rule: str
    # a political event's: which rule chose each target, in the order of its targets (kg.extract.plover_provenance)
    target_rules: tuple[str, ...] = ()


@dataclass(frozen=True)
class Person:
    """A resolved person. ``key`` is the cross-article identity (a Wikidata QID or a normalised name)."""

    key: str
    name: str
    qid: str | None = None


@dataclass(frozen=True)
class Place:
    """A city or other place; ``country`` is an ISO 3166-1 alpha-2 code when known."""

    name: str
    country: str | None = None
    qid: str | None = None


RoleStatus = Literal["current", "acting", "former", "elect"]
ROLE_STATUSES: tuple[str, ...] = ("current", "acting", "former", "elect")
RoleScope = Literal["national", "subnational", "international", "party", "nonpolitical"]
ROLE_SCOPES: tuple[str, ...] = ("national", "subnational", "international", "party", "nonpolitical")


@dataclass(frozen=True)
class RoleFact:
    """person – role – country (``country`` is ISO alpha-2 or an organisation code such as ``UN``).

    ``status``: ``current``, ``acting`` (also interim, caretaker), ``former`` (also late, ex-, then-) or ``elect``
    (also designate, incoming); ``scope``: ``national``, ``subnational`` (governors, mayors), ``international`` (an
    organisation's post), ``party`` or ``nonpolitical`` (companies, colleges, charities, churches, spokespersons of
    no state body).
    """

    person: Person
    role: str
    country: str | None
    evidence: Evidence
    status: RoleStatus = "current"
    scope: RoleScope = "national"


@dataclass(frozen=True)
class EventFact:
    """A meeting, call, visit or named event (summit).

    ``kind`` is one of ``meeting``, ``visit``, ``host``, ``third_location``, ``call``, ``consult``,
    ``intent``; ``cameo`` and ``plover_mode`` come from the meeting-verb lexicon.
    """

    id: str  # local to the article, e.g. "e1"
    kind: str
    participants: tuple[Person, ...]
    evidence: Evidence
    name: str | None = None
    host: Person | None = None
    location: Place | None = None
    date: dt.date | None = None
    cameo: str | None = None
    plover: str | None = "CONSULT"
    plover_mode: str | None = None

    @property
    def is_meeting(self) -> bool:
        """True for face-to-face (or video) meetings, False for calls and intentions."""
        return self.kind not in ("call", "intent")


@dataclass(frozen=True)
class TopicFact:
    """event – discussed – topic. ``topic`` is a short normalised noun phrase; ``concept`` its SKOS concept key
    (lemmas, lower case, no determiners: "sanctions" and "the sanction" are one concept) and ``head`` the key
    of the shorter concept it is narrower than ("ceasefire" for "immediate ceasefire"), or empty."""

    event_id: str
    topic: str
    evidence: Evidence
    concept: str = ""
    head: str = ""


@dataclass(frozen=True)
class QuoteFact:
    """speaker – said – quote."""

    speaker: Person
    text: str
    evidence: Evidence


Modality = Literal["asserted", "negated", "future", "hypothetical", "historical"]
MODALITIES: tuple[str, ...] = ("asserted", "negated", "future", "hypothetical", "historical")


@dataclass(frozen=True)
class Actor:
    """A source or target of a political event: a person, a country, an organisation, or an unnamed collective
    actor ("Israeli troops" → country IL, sector MIL). ``country`` is ISO alpha-2 or an organisation's short
    code ("EU", "UN", "NATO"); ``sector`` is an agents-lexicon code (GOV, MIL, CVL, REB, OPP, ...)."""

    label: str
    country: str | None = None
    sector: str | None = None
    person: Person | None = None
    org: str | None = None
    # while events are extracted: the rule that chose this actor as a target (no part of its identity)
    rule: str = field(default="", compare=False)


@dataclass(frozen=True)
class PoliticalEventFact:
    """A PLOVER event: ``type`` is the upper-case PLOVER 0.8 type (AGREE … ASSAULT), ``mode`` a PLOVER mode,
    ``cameo`` the CAMEO code where one maps. Meetings, calls and visits are CONSULT events."""

    id: str  # local to the article, e.g. "p1"
    type: str
    sources: tuple[Actor, ...]
    targets: tuple[Actor, ...]
    modality: Modality
    evidence: Evidence
    mode: str | None = None
    contexts: tuple[str, ...] = ()
    cameo: str | None = None
    date: dt.date | None = None
    location: Place | None = None
    counts: tuple[tuple[str, int], ...] = ()  # ("killed", 12), ("injured", 3), ("arrested", 40), ("protesting", 5000)
    amount: str | None = None  # aid or sanctions amount as written ("$1.2 billion")


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article."""

    article: Article
    persons: tuple[Person, ...] = ()
    roles: tuple[RoleFact, ...] = ()
    events: tuple[EventFact, ...] = ()
    topics: tuple[TopicFact, ...] = ()
    quotes: tuple[QuoteFact, ...] = ()
    political_events: tuple[PoliticalEventFact, ...] = ()
    stats: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def count(self) -> int:
        return len(self.roles) + len(self.events) + len(self.topics) + len(self.quotes) + len(self.political_events)

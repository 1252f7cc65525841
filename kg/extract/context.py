"""The per-article working state shared by the relation rules: resolved persons, evidence, places, dates."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.actors import ActorIndex
from kg.extract import anaphora
from kg.extract import mentions as mn
from kg.extract import people
from kg.model import Article, Evidence, Person, Place

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
DATELINE = re.compile(r"^\s*([A-Z][A-Z.'’ -]{2,40}?)(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\s*(?:—|–|--|-)\s")


@dataclass
class Context:
    doc: Doc
    article: Article
    entities: list[people.Entity]
    mentions: list[mn.Mention]
    token_entities: dict[int, list[int]] = field(default_factory=dict)

    def person(self, index: int) -> Person:
        return self.entities[index].person()

    def persons_at(self, tok: Token) -> list[int]:
        """Entities a token stands for: a name, a resolved role anaphor or a pronoun."""
        if tok.i in self.token_entities:
            return self.token_entities[tok.i]
        appos = [c for c in tok.children if c.dep_ == "appos" and c.i in self.token_entities]
        if appos:
            return self.token_entities[appos[0].i]
        if people.is_pronoun(tok.text) and tok.lower_ not in ("his", "her"):
            found = people.pronoun_entity(tok.i, self.mentions)
            return [found] if found is not None else []
        return []

    def persons_of(self, tok: Token) -> list[int]:
        """Entities of a token and its conjuncts ("X and Y", "X, Y and Z")."""
        out: list[int] = []
        for t in (tok, *tok.conjuncts):
            for e in self.persons_at(t):
                if e not in out:
                    out.append(e)
        return out

    def evidence(self, start: int, end: int, rule: str) -> Evidence:
        """Evidence for a token range: the sentence of its first token and the character span."""
        span = self.doc[start:end]
        sent = span[0].sent if len(span) else self.doc[start].sent
        return Evidence(self.article.id, sent.text.strip(), sent.start_char, span.start_char, span.end_char, rule)


def build_context(doc: Doc, article: Article, actors: ActorIndex) -> Context:
    """Find mentions, cluster and resolve them, and index tokens to entities."""
    named = mn.named_mentions(doc)
    named = sorted(named + mn.surname_mentions(doc, named), key=lambda m: m.start)
    entities = people.cluster(named)
    people.resolve_actors(entities, actors, article.date)
    nominal = anaphora.nominal_mentions(doc, named)
    anaphora.respectively(doc, named, nominal)
    for m in nominal:
        m.entities = people.resolve_nominal(m, entities, m.start)
    mentions = sorted(named + [m for m in nominal if m.entities], key=lambda m: m.start)
    ctx = Context(doc, article, entities, mentions)
    for m in mentions:
        for i in range(m.start, m.end):
            ctx.token_entities[i] = list(m.entities)
    return ctx


def resolve_date(text: str, base: dt.date | None) -> dt.date | None:
    """A date expression resolved against the publication date (None when it cannot be).

    >>> base = dt.date(2023, 1, 10)  # a Tuesday
    >>> resolve_date("Tuesday", base), resolve_date("on Monday", base), resolve_date("yesterday", base)
    (datetime.date(2023, 1, 10), datetime.date(2023, 1, 9), datetime.date(2023, 1, 9))
    >>> resolve_date("the last two years", base) is None
    True
    """
    low = text.lower()
    if base is None:
        return None
    for i, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", low):
            return base - dt.timedelta(days=(base.weekday() - i) % 7)
    offsets = {"today": 0, "yesterday": 1, "tonight": 0, "this morning": 0, "last night": 1}
    for word, back in offsets.items():
        if word in low:
            return base - dt.timedelta(days=back)
    if not re.search(r"\b(january|february|march|april|may|june|july|august|september|october|november|december)\b"
                     r"\s+\d", low):
        return None
    return _absolute(text, base)


def _absolute(text: str, base: dt.date) -> dt.date | None:
    import dateparser  # slow to import: only when an absolute date is seen

    settings = {"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": "past",
                "REQUIRE_PARTS": ["day", "month"]}
    found = dateparser.parse(re.sub(r"^(on|since|by)\s+", "", text.strip(), flags=re.I), settings=settings,
                             languages=["en"])
    return found.date() if found else None


def sentence_date(sent: Span, base: dt.date | None) -> dt.date | None:
    for ent in sent.ents:
        if ent.label_ == "DATE":
            found = resolve_date(ent.text, base)
            if found:
                return found
    return None


def place_for(text: str) -> Place | None:
    """A place for a name: a known city or venue (venues map to their city), or a country.

    >>> place_for("the White House")
    Place(name='Washington', country='US', qid=None)
    """
    key = lexicon.fold(text)
    key = key[4:] if key.startswith("the ") else key
    entry = lexicon.places().get(key)
    if entry:
        if entry.kind == "venue" and entry.city:
            return Place(entry.city, entry.country)
        return Place(entry.name, entry.country)
    code = lexicon.lookup_polity(text)
    if code and not lexicon.polity(code).is_org:
        return Place(lexicon.polity(code).name, code)
    return None


def sentence_place(sent: Span) -> Place | None:
    """The place a sentence locates its event in: "in Mexico City", "at the White House"."""
    for ent in sent.ents:
        if ent.label_ not in ("GPE", "FAC", "LOC", "ORG"):
            continue
        prep = ent.root.head
        if prep.dep_ == "prep" and prep.lower_ in ("in", "at", "to") or ent.label_ == "FAC":
            found = place_for(ent.text) or (Place(ent.text, None) if ent.label_ == "GPE" else None)
            if found and (ent.label_ != "ORG" or lexicon.places().get(lexicon.fold(ent.text).removeprefix("the "))):
                return found
    return None


def dateline_place(article: Article) -> Place | None:
    """The dateline city ("MEXICO CITY —") at the start of the body.

    >>> dateline_place(Article("a", "MEXICO CITY — President X said"))
    Place(name='Mexico City', country='MX', qid=None)
    """
    match = DATELINE.match(article.text)
    if not match:
        return None
    name = match.group(1).strip().title()
    return place_for(name) or Place(name, None)

"""The per-article working state shared by the relation rules: resolved persons, evidence, places, dates."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.actors import ActorIndex
from kg.extract import anaphora, nominals, people
from kg.extract import mentions as mn
from kg.extract.caches import per_doc
from kg.extract.descriptor_mentions import descriptor_mentions
from kg.extract.named_nominals import named_by_apposition
from kg.extract.rulematch import rule_marks
from kg.extract.sentences import doc_text, index_sentences, sentence_text
from kg.extract.spans import span_ents
from kg.model import Article, Evidence, Person, Place

# Character patterns on date strings and the raw text (before tokens exist), so not token patterns:
MONTHS = "|".join(m.lower() for m in calendar.month_name if m)  # january … december
MONTH_DAY = re.compile(rf"\b({MONTHS})\s+\d|\b\d{{1,2}}\s+({MONTHS})\b")
WEEKDAYS = tuple(d.lower() for d in calendar.day_name)  # monday … sunday, in weekday() order
MONTH_NUMBERS = {m.lower(): k for k, m in enumerate(calendar.month_name) if m}
PLAIN_DATE = re.compile(rf"(?:(?P<m1>{MONTHS})\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{MONTHS}))"
                        rf"(?:,?\s+(?P<y>\d{{4}}))?", re.I)
# A wire dateline's cities, after a news date line: "PRAGUE, April 18 —", "DHAKA (Wire) —", "MOSCOW/YEREVAN —",
# "Friday, July 5, 2024\n\nLONDON —", "SANTA MARTA, Colombia —"; a title-case city only before a date:
# "Minsk, Feb 12 —".
_CAPS_CITY = r"[A-Z][A-Z.'’ -]{2,40}?"
WIRE_DATELINE = re.compile(
    r"^\s*(?:[A-Z][a-z]+day, [A-Z][a-z]+ \d{1,2}, \d{4}\s+)?"
    rf"(?:({_CAPS_CITY}(?:/{_CAPS_CITY})*)(?:, ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b)?(?:,| \(| —| –| -)"
    r"|([A-Z][a-z]+(?: [A-Z][a-z]+)?), [A-Z][a-z]{2,8}\.? \d{1,2} (?:—|–|-))")
# A news date line above the dateline: "Friday, May 25, 2018", "25 May 2018".
DATE_LINE = re.compile(r"(?:[A-Z][a-z]+day,? )?(?:[A-Z][a-z]+\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})")
DATELINE = re.compile(r"^\s*([A-Z][A-Z.'’ -]{2,40}?)(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?\s*(?:—|–|--|-)\s")


@dataclass
class Context:
    doc: Doc
    article: Article
    entities: list[people.Entity]
    mentions: list[mn.Mention]
    token_entities: dict[int, list[int]] = field(default_factory=dict)
    appositions: dict[int, int] | None = None  # built from token_entities when first asked (see _appositions)
    titled: dict[int, list[int]] | None = None  # title token → the named person it titles (see titled_at)

    def person(self, index: int) -> Person:
        return self.entities[index].person()

    def persons_at(self, tok: Token) -> list[int]:
        """Entities a token stands for: a name, a resolved role anaphor or a pronoun."""
        if tok.i in self.token_entities:
            return self.token_entities[tok.i]
        appos = self._appositions().get(tok.i)
        if appos is not None:
            return self.token_entities[appos]
        if people.is_pronoun(tok.text) and tok.lower_ not in ("his", "her"):
            found = people.pronoun_entity(tok.i, self.mentions, self._clause_subjects(tok), self.doc)
            return [found] if found is not None else []
        return []

    def _clause_subjects(self, tok: Token) -> list[int]:
        """The persons an object pronoun cannot stand for: the subjects of its own clause ("X received him": not X;
        ``object-pronouns``, objects by ``object-pronoun-deps``), also of the noun a verb takes ("X held talks with
        him": ``object-pronoun-noun-deps``)."""
        if tok.lower_ not in lexicon.words("object-pronouns") or tok.dep_ not in lexicon.words("object-pronoun-deps"):
            return []
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.pos_ == "NOUN" and verb.dep_ in lexicon.words("object-pronoun-noun-deps"):
            verb = verb.head
        return [e for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for e in self.persons_at(c)]

    def _appositions(self) -> dict[int, int]:
        """Head token → its first apposition child that stands for an entity ("the envoy, X, said")."""
        if self.appositions is None:
            self.appositions = {}
            for i in sorted(self.token_entities):
                head = self.doc[i].head.i
                if self.doc[i].dep_ == "appos" and head != i:
                    self.appositions.setdefault(head, i)
        return self.appositions

    def titled_at(self, tok: Token) -> list[int]:
        """The person whose title before the name holds this token: in "met with both UAE Ambassador to the
        United States X and …" the parser may hang the name away from its title; the title stands for X."""
        if self.titled is None:
            self.titled = {}
            for m in self.mentions:
                if m.kind == "name" and m.rule.startswith("title"):
                    for i in range(m.span_start, m.start):
                        self.titled.setdefault(i, list(m.entities))
        return self.titled.get(tok.i, [])

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
        return Evidence(self.article.id, sentence_text(sent), sent.start_char, span.start_char, span.end_char, rule)


def build_context(doc: Doc, article: Article, actors: ActorIndex) -> Context:
    """Find mentions, cluster and resolve them, and index tokens to entities."""
    index_sentences(doc)
    named = mn.named_mentions(doc)
    named = sorted(named + mn.surname_mentions(doc, named) + anaphora.respectively_names(doc, named),
                   key=lambda m: m.start)
    entities = people.cluster(named, actors, article.date)
    people.resolve_actors(entities, actors, article.date)
    people.written_labels(entities)
    nominal = [m for m in anaphora.nominal_mentions(doc, named) if not named_by_apposition(doc, m, named)]
    anaphora.respectively(doc, named, nominal)
    for m in nominal:
        m.entities = m.entities or nominals.resolve_nominal(m, entities, m.start, article.date,
                                                            _clause_subjects(doc, m, named))
    mentions = sorted(named + [m for m in nominal if m.entities], key=lambda m: m.start)
    mentions = sorted(mentions + descriptor_mentions(doc, mentions, entities, article.date), key=lambda m: m.start)
    ctx = Context(doc, article, entities, mentions)
    for m in mentions:
        for i in range(m.start, m.end):
            ctx.token_entities[i] = list(m.entities)
    return ctx


def _clause_subjects(doc: Doc, m: mn.Mention, named: list[mn.Mention]) -> frozenset[int]:
    """The persons named as subjects before a role anaphor in its sentence, when the anaphor is a definite object
    or partner (``anaphor-object-deps``): "Y held talks with the visiting president" is not Y."""
    head = doc[m.end - 1]
    if m.subject or head.dep_ not in lexicon.words("anaphor-object-deps") or \
            not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return frozenset()  # not "shaking hands with their president": another country's
    start = doc[m.start].sent.start
    return frozenset(e for x in named if x.subject and start <= x.start < m.start for e in x.entities)


def resolve_date(text: str, base: dt.date | None, planned: bool = False) -> dt.date | None:
    """A date expression resolved against the publication date (None when it cannot be). A weekday is the
    latest one on or before the publication date, or for a ``planned`` event the nearest one, before or after
    ("will meet on Thursday" in a Tuesday article is two days later; "talks were to resume later Friday" in a
    Saturday article, the day before).

    >>> base = dt.date(2023, 1, 10)  # a Tuesday
    >>> resolve_date("Tuesday", base), resolve_date("on Monday", base), resolve_date("yesterday", base)
    (datetime.date(2023, 1, 10), datetime.date(2023, 1, 9), datetime.date(2023, 1, 9))
    >>> resolve_date("on Thursday", base, planned=True), resolve_date("Sunday", base, planned=True)
    (datetime.date(2023, 1, 12), datetime.date(2023, 1, 8))
    >>> resolve_date("earlier today", base), resolve_date("this morning", base)
    (datetime.date(2023, 1, 10), datetime.date(2023, 1, 10))
    >>> resolve_date("the last two years", base) is None
    True
    >>> resolve_date("Saturday, January 14", base), resolve_date("December 30", base), resolve_date("May 2, 2022", base)
    (datetime.date(2023, 1, 14), datetime.date(2022, 12, 30), datetime.date(2022, 5, 2))
    """
    low = text.lower()
    if base is None:
        return None
    found = _absolute(text, base) if MONTH_DAY.search(low) else None
    if found:
        return found
    for i, day in enumerate(WEEKDAYS):
        if re.search(rf"\b{day}\b", low):
            ahead = (i - base.weekday()) % 7
            return base + dt.timedelta(days=ahead if planned and ahead <= 3 else ahead - 7 if ahead else 0)
    for row in lexicon.simple_table("day_words.tsv", "phrase").values():
        if re.search(rf"\b{row['phrase']}\b", low):
            return base - dt.timedelta(days=int(row["days_back"]))
    return None


@lru_cache(maxsize=4096)  # dateparser is slow, and an article's events ask for the same dates again
def _absolute(text: str, base: dt.date) -> dt.date | None:
    """A month-and-day date; without a year, the one nearest the publication date ("Saturday, December 9"
    in an article of December 8 is the next day, not a year before)."""
    import dateparser  # slow to import: only when an absolute date is seen

    settings = {"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day), "PREFER_DATES_FROM": "past",
                "REQUIRE_PARTS": ["day", "month"]}
    cleaned = re.sub(r"^(on|since|by)\s+", "", text.strip(), flags=re.I)
    cleaned = re.sub(rf"^({'|'.join(WEEKDAYS)}),?\s+", "", cleaned, flags=re.I)
    day = _plain_date(cleaned, base)
    if day is None:
        found = dateparser.parse(cleaned, settings=settings, languages=["en"])
        if found is None:
            return None
        day = found.date()
    if not re.search(r"\b\d{4}\b", text):
        nearest = [_with_year(day, base.year + k) for k in (-1, 0, 1)]
        day = min((d for d in nearest if d), key=lambda d: abs((d - base).days))
    return day


def _plain_date(text: str, base: dt.date) -> dt.date | None:
    """"January 14", "14 January 2023" or "May 2, 2022", read directly (dateparser takes milliseconds a date);
    None for anything else, which dateparser reads. Without a year, the publication year (the caller moves the
    day to the nearest year).

    >>> _plain_date("May 2, 2022", dt.date(2023, 1, 10)), _plain_date("14 january", dt.date(2023, 1, 10))
    (datetime.date(2022, 5, 2), datetime.date(2023, 1, 14))
    >>> _plain_date("February 30", dt.date(2023, 1, 10)), _plain_date("mid-January", dt.date(2023, 1, 10))
    (None, None)
    """
    found = PLAIN_DATE.fullmatch(text)
    if found is None:
        return None
    month = MONTH_NUMBERS[(found["m1"] or found["m2"]).lower()]
    try:
        return dt.date(int(found["y"] or base.year), month, int(found["d1"] or found["d2"]))
    except ValueError:  # 30 February, or 29 February of a common year: dateparser decides
        return None


def _with_year(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def sentence_date(sent: Span, base: dt.date | None, trigger: Token | None = None,
                  planned: bool = False) -> dt.date | None:
    """The date a sentence (or part of one) gives its event: the first DATE or TIME entity that resolves
    ("on Monday", "earlier today", "this morning"), those on the trigger's own clause first ("X, who took
    office on May 5, met Y on Monday" is dated Monday)."""
    ents = [e for e in span_ents(sent) if e.label_ in ("DATE", "TIME")]
    if trigger is not None:
        ents.sort(key=lambda e: not _governed_by(e.root, trigger))
    for ent in ents:
        found = resolve_date(ent.text, base, planned)
        if found:
            return found
    return None


def _governed_by(tok: Token, trigger: Token) -> bool:
    """Whether a token hangs on the trigger's clause: on the trigger itself or a preposition of it."""
    node = tok
    for _ in range(3):
        if node.i == trigger.i or node.i == trigger.head.i and trigger.pos_ == "NOUN":
            return True
        if node.head.i == node.i or node.pos_ in ("VERB", "AUX"):
            return False
        node = node.head
    return False


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


def sentence_place(sent: Span, trigger: Token | None = None) -> Place | None:
    """The place a sentence locates its event in: "in Mexico City", "at the White House", "visited Hanoi";
    places on the trigger's own clause first, and never where a person lives or comes from ("X, who lives
    in Sydney, met Y": the ``residence`` marks of ``meetings.jsonl``)."""
    ents = [e for e in span_ents(sent) if e.label_ in ("GPE", "FAC", "LOC", "ORG")]
    if trigger is not None:
        ents.sort(key=lambda e: not _governed_by(e.root, trigger))
    marks = rule_marks(sent.doc)
    for ent in ents:
        prep = ent.root.head
        if marks.has("residence", prep.head.i):
            continue
        visited = marks.has("visited-place", ent.root.i) and place_for(ent.text) is not None  # not "visit Wiranto"
        if visited or marks.has("place-prep", prep.i) and _locates_event(prep.head) or ent.label_ == "FAC":
            found = place_for(ent.text) or (Place(ent.text, None) if ent.label_ == "GPE" else None)
            if found and (ent.label_ != "ORG" or lexicon.places().get(lexicon.fold(ent.text).removeprefix("the "))):
                return found
    return None


def _locates_event(head: Token) -> bool:
    """Whether "in/at/to X" under ``head`` says where something happened ("met in Cairo", "the summit in
    Hiroshima", "President X in Ottawa"), not what a topic is about ("the crisis in Ukraine")."""
    locates = lexicon.event_nouns("locates")
    if head.pos_ in ("VERB", "AUX") or head.lemma_.lower() in locates or head.lower_ in locates \
            or head.ent_type_ in ("PERSON", "EVENT"):
        return True
    at = head.head  # "met at the APEC Leaders’ week in Lima"
    return head.dep_ == "pobj" and at.lower_ in ("at", "during") and (at.head.pos_ in ("VERB", "AUX")
                                                                       or at.head.ent_type_ == "PERSON")


def dateline_country(article: Article) -> str | None:
    """The one country of a wire dateline's cities (``WIRE_DATELINE``, cities of ``places.tsv``), else None.

    >>> dateline_country(Article("a", "PRAGUE, April 18 — The Czech Republic said")), \\
    ...     dateline_country(Article("a", "MOSCOW/YEREVAN — Armenia said"))
    ('CZ', None)
    """
    match = WIRE_DATELINE.match(article.text)
    if not match:
        return None
    names = (match.group(1) or match.group(3)).split("/")
    countries = {place.country if (place := place_for(n.strip().title())) else None for n in names}
    if countries == {None} and match.group(2):  # "SANTA MARTA, Colombia —": a city the lexicon lacks, its country
        code = lexicon.lookup_polity(match.group(2))
        countries = {code if code and not lexicon.polity(code).is_org else None}
    return countries.pop() if len(countries) == 1 else None


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


def in_dateline(tok: Token) -> bool:
    """Whether ``tok`` is a place of the wire dateline that opens the body, after the document's title and a news
    date line ("Friday, May 25, 2018"): "VILNIUS, Aug. 4 — Lithuania ordered …", "MOSCOW/YEREVAN —", "Minsk, Feb
    12 —" (the parser may take the place for a second subject of the lead's verb). A line must have its dash, so a
    headline "NATO, EU condemn …" has no dateline.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Title", "\\n\\n", "KABUL", ",", "May", "1", "—", "Pakistan", "struck"])
    >>> [in_dateline(t) for t in doc][2:8]
    [True, False, False, False, False, False]
    """
    first, stop = per_doc(tok.doc, "kg_wire_dateline", _dateline_chars)
    return first <= tok.idx < stop


def _dateline_chars(doc: Doc) -> tuple[int, int]:
    """The characters of the dateline's place (see :func:`in_dateline`), found once per Doc; (0, 0) for none."""
    text, start, lines = doc_text(doc), 0, 0
    while start <= len(text) and lines < 3:
        end = text.find("\n", start, start + 400)  # a dateline's line is short: no scan of a long one
        end = min(len(text), start + 400) if end < 0 else end
        line = text[start:end]
        match = WIRE_DATELINE.match(line) if line.strip() else None
        if match and re.search(r"[—–]| - ", line[match.end() - 2:match.end() + 80]):
            first, last = (1, 2) if match.group(1) else (3, 3)
            stop = match.end(last) if match.group(last) else match.end(first)
            return start + match.start(first), start + stop
        if line.strip():
            lines += 1
            if lines > 1 and not DATE_LINE.fullmatch(line.strip()):
                return 0, 0
        start = end + 1
    return 0, 0

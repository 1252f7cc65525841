"""Load and validate the lexicons under ``kg/resources`` (titles, countries, places, actors, verbs, cues).

Lexicons are data, not code: every entry has an ``id``; a malformed file raises
:class:`kg.errors.ResourceError` naming the file and line. Loaders are cached and lazy, so importing
this module does no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache, lru_cache

import pycountry

from kg.errors import ResourceError
from kg.resourcefiles import OVERLAY_ENV as OVERLAY_ENV
from kg.resourcefiles import clear_caches as clear_caches
from kg.resourcefiles import overlay_dirs as overlay_dirs
from kg.resourcefiles import read_jsonl as read_jsonl
from kg.resourcefiles import read_tsv as read_tsv
from kg.resourcefiles import resource_path as resource_path
from kg.resourcefiles import use_resources as use_resources
from kg.text import strip_accents


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower-case, strip accents and normalise quotes, dots and spaces: the key for lookups.

    >>> fold("  López  Obrador ")
    'lopez obrador'
    >>> fold("U.S.")
    'us'
    >>> fold("Leaders’")
    "leaders'"
    """
    text = strip_accents(text.replace("’", "'").replace("‘", "'")).lower().replace(".", "")
    return " ".join(text.split())  # str.split's whitespace is re's \s


def split(cell: str | None) -> list[str]:
    """``a|b|c`` → ``['a', 'b', 'c']``.

    >>> split("U.S.| USA |")
    ['U.S.', 'USA']
    """
    return [p.strip() for p in (cell or "").split("|") if p.strip()]


@dataclass(frozen=True)
class Polity:
    """A country (ISO 3166-1 alpha-2) or an international organisation used as a role's 'country'."""

    code: str
    name: str
    qid: str | None = None
    is_org: bool = False


@cache
def _polities() -> dict[str, Polity]:
    out: dict[str, Polity] = {}
    path = resource_path("countries.tsv")
    if path.exists():
        for row in read_tsv(path, ("id", "name")):
            out[row["id"]] = Polity(row["id"], row["name"], row.get("qid") or None)
    path = resource_path("organisations.tsv")
    if path.exists():
        for row in read_tsv(path, ("id", "name")):
            out[row["id"]] = Polity(row["id"], row["name"], row.get("qid") or None, is_org=True)
    return out


def polity(code: str) -> Polity:
    """The country or organisation for a code; falls back on pycountry.

    >>> polity("MX").name
    'Mexico'
    """
    found = _polities().get(code)
    if found:
        return found
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return Polity(code, code)
    return Polity(code, getattr(country, "common_name", None) or country.name)


def is_polity(code: str) -> bool:
    """True for a country or organisation code that kg knows (its lexicons, else pycountry).

    >>> is_polity("MX"), is_polity("NATO"), is_polity("Hamas")
    (True, True, False)
    """
    return code in _polities() or (len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None)


@cache
def polity_names() -> dict[str, str]:
    """Folded country/organisation names, aliases and demonyms → code.

    >>> polity_names()["mexican"], polity_names()["us"], polity_names()["canada"]
    ('MX', 'US', 'CA')
    """
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(fold(value), country.alpha_2)
    for fname in ("countries.tsv", "organisations.tsv"):
        path = resource_path(fname)
        if not path.exists():
            continue
        for row in read_tsv(path, ("id", "name")):
            for value in [row["name"], *split(row.get("aliases")), *split(row.get("demonyms"))]:
                names[fold(value)] = row["id"]
                if fold(value).startswith("the "):
                    names[fold(value)[4:]] = row["id"]
    return names


_POSSESSIVE_END = re.compile(r"'s?$")  # compiled once: lookup_polity runs for every actor name at start-up
_STATE_OF = re.compile(r"^(kingdom|republic|state|sultanate|emirate|commonwealth|federation) of (the )?")


@lru_cache(maxsize=1 << 14)  # asked for the same words again and again (every capitalised word near a title)
def lookup_polity(text: str) -> str | None:
    """A country/organisation code for a name, alias or demonym, or None.

    >>> lookup_polity("the United States"), lookup_polity("Canada's"), lookup_polity("Atlantis")
    ('US', 'CA', None)
    """
    key = _POSSESSIVE_END.sub("", fold(text)).strip()
    if not key:
        return None
    names = polity_names()
    key = key[4:] if key.startswith("the ") and key not in names else key
    found = names.get(key)
    if found is None:
        plain = _STATE_OF.sub("", key)
        found = names.get(plain) if plain != key else None
    return found


@dataclass(frozen=True)
class Title:
    id: str
    phrase: str
    role: str
    kind: str
    country: str | None = None  # the one country that uses the title ("Taoiseach" → IE)
    also: str | None = None  # the post's short name, a second role of its holder ("National Security Advisor")

    @property
    def plural(self) -> bool:
        """The phrase is the role's plural ("foreign ministers", "attorneys general"): a title of several people.

        >>> title_index()["foreign ministers"].plural, title_index()["foreign minister"].plural
        (True, False)
        """
        words, role = self.phrase.split(), fold(self.role).split()
        return len(words) == len(role) and any(w != r and w in (r + "s", r + "es", r[:-1] + "ies")
                                               for w, r in zip(words, role, strict=True))


@cache
def titles() -> tuple[Title, ...]:
    rows = read_tsv(resource_path("titles.tsv"), ("id", "phrase", "role", "kind"))
    return tuple(Title(r["id"], fold(r["phrase"]), r["role"], r["kind"], r.get("country") or None,
                       r.get("also") or None) for r in rows)


@cache
def title_edges() -> tuple[frozenset[str], frozenset[str]]:
    """First and last words of every title phrase, to skip tokens that cannot start or end a title.

    >>> "prime" in title_edges()[0] and "general" in title_edges()[1]
    True
    """
    words = [re.split(r"[\s-]+", t.phrase) for t in titles()]
    return frozenset(w[0] for w in words), frozenset(w[-1] for w in words)


@cache
def title_index() -> dict[str, Title]:
    """Folded title phrase → Title; not the rows read only right before a name (``name-only-titles``): the word
    "justice" alone is no title to the rules that ask whether a word is one ("Justice and Development Party").

    >>> title_index()["minister of foreign affairs"].role
    'Foreign Minister'
    >>> "justice" in title_index()
    False
    """
    only_named = words("name-only-titles")
    return {t.phrase: t for t in titles() if t.id not in only_named}


@dataclass(frozen=True)
class PlaceEntry:
    id: str
    name: str
    country: str
    kind: str
    city: str | None


@cache
def places() -> dict[str, PlaceEntry]:
    """Folded place names and aliases → PlaceEntry (capitals, summit cities, venues)."""
    out: dict[str, PlaceEntry] = {}
    path = resource_path("places.tsv")
    if not path.exists():
        return out
    for row in read_tsv(path, ("id", "name", "country")):
        entry = PlaceEntry(row["id"], row["name"], row["country"], row.get("kind") or "city", row.get("city") or None)
        for value in [row["name"], *split(row.get("aliases"))]:
            out.setdefault(fold(value), entry)
    return out


@cache
def simple_table(name: str, key: str) -> dict[str, dict[str, str]]:
    """A small TSV lexicon (meeting verbs, topic cues, speech verbs, ...) keyed by one column."""
    rows = read_tsv(resource_path(name), ("id", key))
    return {fold(r[key]): r for r in rows}


@cache
def table_rows(name: str, key: str) -> dict[str, tuple[dict[str, str], ...]]:
    """A small TSV lexicon whose key column may repeat, keyed by it: every row of a key, in file order (a trigger
    word with one row per shape, ``meeting_verbs.tsv``; :func:`simple_table` keeps only a key's last row)."""
    out: dict[str, tuple[dict[str, str], ...]] = {}
    for r in read_tsv(resource_path(name), ("id", key)):
        out[fold(r[key])] = (*out.get(fold(r[key]), ()), r)
    return out


def parse_date(value: str | None, where: str) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as e:
        raise ResourceError(f"{where}: invalid date {value!r}") from e


@cache
def title_by_id() -> dict[str, Title]:
    """Title id → Title.

    >>> title_by_id()["t-president"].role
    'President'
    """
    return {t.id: t for t in titles()}


@cache
def words(name: str) -> frozenset[str]:
    """A named word list of the rules (``wordlists.tsv``: one row per list, words joined by ``|``).

    >>> "von" in words("name-particles")
    True
    """
    return frozenset(word_list(name))


@cache
def word_ids() -> frozenset[str]:
    """The names of the word lists of ``wordlists.tsv``."""
    return frozenset(_word_lists())


@cache
def _word_lists() -> dict[str, tuple[str, ...]]:
    """Every word list of ``wordlists.tsv``, read once (not once per list name)."""
    rows = read_tsv(resource_path("wordlists.tsv"), ("id", "words", "note"))
    return {r["id"]: tuple(split(r["words"])) for r in rows}


@cache
def word_list(name: str) -> tuple[str, ...]:
    """A named word list of ``wordlists.tsv`` in its order (for lists whose order matters).

    >>> word_list("status-marks")
    ('former', 'acting', 'elect')
    """
    rows = _word_lists()
    if name not in rows:
        raise ResourceError(f"wordlists.tsv: no word list {name!r}")
    return rows[name]


@cache
def event_nouns(column: str) -> frozenset[str]:
    """The nouns of ``event_nouns.tsv`` whose ``column`` is set: ``name_head`` (ends an event's name: "...
    Summit"), ``locates`` ("in/at X" after it says where the event was), ``event_word`` (names an event by
    itself), ``gathering`` ("the next <noun>" is a future event), ``attended`` ("attended the <noun>").

    >>> "summit" in event_nouns("name_head"), "margins" in event_nouns("name_head")
    (True, False)
    """
    rows = read_tsv(resource_path("event_nouns.tsv"), ("id", "noun", *EVENT_NOUN_COLUMNS))
    return frozenset(fold(r["noun"]) for r in rows if r.get(column))


EVENT_NOUN_COLUMNS = ("name_head", "locates", "event_word", "gathering", "attended")


@cache
def capitals() -> dict[str, str]:
    """Folded capitals of ``countries.tsv`` → their country's code.

    >>> capitals()["vilnius"], "lima" in capitals(), "toronto" in capitals()
    ('LT', True, False)
    """
    rows = read_tsv(resource_path("countries.tsv"), ("id", "name"))
    return {fold(r["capital"]): r["id"] for r in rows if r.get("capital")}


@cache
def demonyms() -> frozenset[str]:
    """Folded demonyms of ``countries.tsv`` ("ukrainian"): adjectives, not names.

    >>> "mexican" in demonyms(), "mexico" in demonyms()
    (True, False)
    """
    rows = read_tsv(resource_path("countries.tsv"), ("id", "name"))
    return frozenset(fold(d) for r in rows for d in split(r.get("demonyms")))

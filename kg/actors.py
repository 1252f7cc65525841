"""The actor dictionary: known office holders with term dates and Wikidata QIDs.

Shipped as ``kg/resources/actors.jsonl`` (hand-checked, with QIDs) and ``kg/resources/actors_petrarch.jsonl.gz``
(converted from PETRARCH2's dated actor files by ``tools/convert_petrarch_actors.py``: persons with government
posts since 2000, no QIDs, ``"role": null`` because the source names no title; such a term identifies the person
and the country of the post, and is never reported as a role; an actor with only such terms is found by its full
name or an alias, never by a surname alone). Users add their own files with ``--actors FILE``
(same format). An entry::

    {"id": "biden-joe", "name": "Joe Biden", "qid": "Q6279", "aliases": ["Joseph R. Biden, Jr."],
     "roles": [{"role": "President", "country": "US", "start": "2021-01-20", "end": "2025-01-20"}]}
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from kg.errors import ResourceError
from kg.lexicon import fold, parse_date, read_jsonl, resource_path

HONORIFICS = {"mr", "mrs", "ms", "dr", "sir", "dame", "jr", "sr", "ii", "iii", "h", "e", "his", "her", "excellency",
              "majesty", "highness", "sheikh", "prof"}


SHIPPED = ("actors.jsonl", "actors_petrarch.jsonl.gz")
# PETRARCH2's dictionaries were last updated at the end of 2017: a converted term still open then ends on this day
# (tools/convert_petrarch_actors.py, SOURCE_END), which says nothing of when the holder left the post.
CONVERTED_SOURCE_END = dt.date(2017, 12, 31)
_NAME_WORD = re.compile(r"[\w'-]+")


@dataclass(frozen=True)
class Term:
    role: str | None  # None: an office whose title the source does not give
    country: str | None
    start: dt.date | None
    end: dt.date | None

    def active(self, when: dt.date | None) -> bool:
        """Whether the term covers ``when`` (an unknown date matches every term)."""
        if when is None:
            return True
        return (self.start is None or self.start <= when) and (self.end is None or when < self.end)


@dataclass(frozen=True)
class Actor:
    id: str
    name: str
    qid: str | None
    aliases: tuple[str, ...]
    terms: tuple[Term, ...]
    source: str | None = None  # where a converted entry comes from; hand-checked entries have none

    def terms_at(self, when: dt.date | None) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.active(when))

    def known_end(self, term: Term) -> bool:
        """Whether the term's end is a known end of the holding: not the day a converted source was last updated
        (``CONVERTED_SOURCE_END``), on which every term still open then was closed."""
        return term.end is not None and not (self.source is not None and term.end == CONVERTED_SOURCE_END)


def name_tokens(name: str) -> tuple[str, ...]:
    """Folded name tokens without honorifics, initials and suffixes.

    >>> name_tokens("Joseph R. Biden, Jr.")
    ('joseph', 'biden')
    >>> name_tokens("Andrés Manuel López Obrador")
    ('andres', 'manuel', 'lopez', 'obrador')
    """
    words = _NAME_WORD.findall(fold(name))
    return tuple(w for w in words if w not in HONORIFICS and len(w) > 1)


def _parse_actor(obj: dict, where: str) -> Actor:
    try:
        terms = tuple(
            Term(r["role"], r.get("country"), parse_date(r.get("start"), where), parse_date(r.get("end"), where))
            for r in obj.get("roles", [])
        )
        return Actor(obj["id"], obj["name"], obj.get("qid") or None, tuple(obj.get("aliases", [])), terms,
                     obj.get("source"))
    except (KeyError, TypeError) as e:
        raise ResourceError(f"{where}: actor {obj.get('id')!r} lacks {e}") from e


class ActorIndex:
    """Look actors up by full name, alias or surname (with role, country and date to disambiguate)."""

    def __init__(self, actors: list[Actor]):
        self.actors = actors
        self._full: dict[tuple[str, ...], list[Actor]] = {}
        self._suffix: dict[tuple[str, ...], list[Actor]] = {}
        for actor in actors:
            for name in (actor.name, *actor.aliases):
                toks = name_tokens(name)
                self._full.setdefault(toks, []).append(actor)
                if actor.terms and not any(t.role for t in actor.terms):
                    continue  # untitled converted entries: by full name or alias only, or "Lima" would be ambiguous
                for k in range(1, min(3, len(toks))):
                    self._suffix.setdefault(toks[-k:], []).append(actor)
                if len(toks) >= 2:
                    self._suffix.setdefault(toks[:1], []).append(actor)  # "Xi" for "Xi Jinping"

    def lookup(self, name: str, role: str | None = None, country: str | None = None,
               when: dt.date | None = None) -> Actor | None:
        """The one actor this name denotes, or None when unknown or ambiguous."""
        toks = name_tokens(name)
        if not toks:
            return None
        full = _unique(self._full.get(toks, []))
        if full:
            return _pick(full, role, country, when)
        if len(toks) == 1 or (len(toks) == 2 and toks in self._suffix):
            cands = _unique(self._suffix.get(toks, []))  # a converted entry by surname only while in office
            return _pick([a for a in cands if when is None or a.terms_at(when) or a.source is None and len(toks) == 1],
                         role, country, when)  # two words of a longer name ("Ahmed Ali"): only while in office
        return self._variant(toks, role, country, when)

    def _variant(self, toks: tuple[str, ...], role, country, when) -> Actor | None:
        """A full name the dictionary spells otherwise, of a person in office at the date (of the text's country,
        if it gives one): the same surname, and the other words spellings of the dictionary's ("Mahmud Abbas" for
        "Mahmoud Abbas") or some of them, the first kept ("Luiz Lula da Silva" for "Luiz Inácio Lula da Silva")."""
        cands = [a for a in _unique(self._suffix.get(toks[-1:], []))
                 if a.terms_at(when) and (country is None or any(t.country == country for t in a.terms_at(when)))
                 and any(spelt_like(toks, name_tokens(n)) for n in (a.name, *a.aliases))]
        return _pick(cands, role, country, when)


def spelt_like(toks: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """``toks`` spell the name ``full``: the same surname, and each other word a spelling of the word in its place
    or, for a shorter name, the words a subsequence of ``full``'s with the same first word.

    >>> spelt_like(("mahmud", "abbas"), ("mahmoud", "abbas")), spelt_like(("mahmud", "abas"), ("mahmoud", "abbas"))
    (True, False)
    >>> spelt_like(("luiz", "lula", "da", "silva"), ("luiz", "inacio", "lula", "da", "silva"))
    True
    """
    if len(toks) < 2 or toks[-1] != full[-1] or toks == full:
        return False
    if len(toks) == len(full):
        return all(a == b or _near(a, b) for a, b in zip(toks, full, strict=True))
    rest = iter(full)
    return toks[0] == full[0] and all(w in rest for w in toks)


def _near(a: str, b: str) -> bool:
    """Two spellings of one name word: the same first letter, four letters or more, at most two edits apart."""
    if a[0] != b[0] or min(len(a), len(b)) < 4 or abs(len(a) - len(b)) > 2:
        return False
    prev = list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        cur = [i]
        for j, y in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x != y)))
        prev = cur
    return prev[-1] <= 2


def _unique(actors: list[Actor]) -> list[Actor]:
    return list({a.id: a for a in actors}.values())


def _pick(cands: list[Actor], role, country, when) -> Actor | None:
    """One candidate is taken as it is; several are narrowed by role, country and date. A hand-checked entry wins
    over converted entries of the same name: the converter leaves hand-listed persons out, so they are the same
    person's older record."""
    hand = [a for a in cands if a.source is None]
    if len(hand) == 1:
        cands = hand
    if len(cands) <= 1:
        return cands[0] if cands else None
    fitting = [a for a in cands if any(
        (role is None or t.role == role) and (country is None or t.country == country) and t.active(when)
        for t in a.terms)]
    return fitting[0] if len(fitting) == 1 else None


def load_actors(extra: tuple[str | Path, ...] = ()) -> ActorIndex:
    """The shipped dictionary plus the user's files (later files add to earlier ones)."""
    if not extra:
        return _shipped(tuple(str(resource_path(name)) for name in SHIPPED))
    return ActorIndex(_read_actors([resource_path(name) for name in SHIPPED] + list(map(Path, extra)), extra))


@lru_cache(maxsize=4)
def _shipped(paths: tuple[str, ...]) -> ActorIndex:
    """The shipped files' index, built once per process (the name ruler and the extractor share it)."""
    return ActorIndex(_read_actors([Path(p) for p in paths], ()))


def _read_actors(paths: list[Path], extra: tuple) -> list[Actor]:
    actors: list[Actor] = []
    for path in paths:
        if not path.exists():
            if path in extra or str(path) in map(str, extra):
                raise ResourceError(f"{path}: actor file not found")
            continue
        actors.extend(_parse_actor(obj, f"{path}") for obj in read_jsonl(path))
    return actors

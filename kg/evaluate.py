"""Score extracted facts against hand-written gold files (annotation guide, section "How it is scored").

:func:`load_gold` reads the gold JSON files, :func:`predictions_from_rows` groups the rows of kg's standard
SPARQL queries per article, and :func:`score` compares the two and returns a :class:`Report`.

Conventions (beyond the guide):

- Micro-averaging: counts are summed over all gold articles, then precision = correct / extracted
  (1.0 when nothing was extracted), recall = found / expected (1.0 when nothing was expected) and
  F1 = 2PR / (P + R) (0.0 when P + R = 0).
- Facts are counted once per article after folding case, accents and punctuation; gold facts too.
- Names, roles and topics fold accents, case, apostrophes and punctuation (hyphens become spaces).
  Topic content words additionally fold a simple plural ("sanctions" -> "sanction",
  "economies" -> "economy"); possessives fold with it ("Russia's" -> "russias" -> "russia").
- Roles: a trailing "of ..." is optional, but when both sides have one it must agree
  ("Secretary of State" does not match "Secretary of Defense").
- Quotes: quote marks, apostrophes and dashes are unified, whitespace collapsed, case folded, and
  punctuation at the ends of the gold ``contains`` is ignored; then it must be a substring.
- A gold role with ``"country": null`` matches any country. Predictions for articles absent from
  the gold are ignored (listed in ``Report.ignored_articles``); gold articles without a prediction
  score as all missed.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from types import MappingProxyType
from typing import Any, NamedTuple

import pycountry

from kg.gold import (  # noqa: F401 (re-exported: kg.evaluate.load_gold etc. keep working)
    QUERIES,
    ArticleScore,
    Counts,
    Gold,
    GoldEvent,
    GoldQuote,
    GoldRole,
    Mismatch,
    PredictedEvent,
    PredictedQuote,
    PredictedRole,
    Prediction,
    Report,
    load_gold,
    predictions_from_rows,
)
from kg.text import strip_accents

log = logging.getLogger(__name__)

RELATIONS = ("roles", "meetings", "topics", "quotes")

TITLE_WORDS = frozenset(
    "president vice prime minister mr mrs ms miss dr prof professor king queen prince princess crown emir "
    "sheikh sheik sultan sir dame lord lady his her majesty highness royal excellency hon honourable "
    "honorable secretary general chancellor premier senator sen rep representative ambassador governor "
    "mayor chairman chairwoman chair deputy pope".split()
)
NON_PERSON_WORDS = frozenset(
    "meeting meetings readout administration summit statement government ministry department embassy "
    "delegation office spokesperson communique".split()
)
STOP_WORDS = frozenset(
    "a an the and or of in on at to for with by from as about into between among over under against "
    "its their his her our this that these those both other further also including such s is are be "
    "was were will would per via within across toward towards regarding through it".split()
)
_COUNTRY_ALIASES = (
    ("GB", "UK", "Britain", "Great Britain", "United Kingdom"),
    ("RU", "Russia"),
    ("TR", "Turkey", "Turkiye"),
    ("PS", "Palestine", "Palestinian Authority", "Palestinian Territories"),
    ("CI", "Ivory Coast"),
    ("XK", "Kosovo"),
    ("UN", "United Nations"),
    ("EU", "European Union"),
    ("NATO", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
    ("WHO", "World Health Organization", "World Health Organisation"),
)
_SHORT_NAMES = {"au": frozenset({"african union"})}  # a gold short name that is also another country's code
_QUOTE_TABLE = str.maketrans(
    {c: "'" for c in "‘’‚‛ʼ`′"}
    | {c: '"' for c in "“”„‟″«»"}
    | {c: "-" for c in "‐‑‒–—―"}
    | {"…": "..."}
)


# --------------------------------------------------------------------------- normalisation and matching


def _fold(text: str) -> str:
    """Fold accents and case, drop apostrophes, turn other punctuation into spaces.

    >>> _fold("  Andrés Manuel LÓPEZ-Obrador ")
    'andres manuel lopez obrador'
    >>> _fold("Leaders’ Summit, U.S.")
    'leaders summit u s'
    """
    text = strip_accents(text).casefold()
    text = re.sub(r"['‘’`ʼ]", "", text)
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


@lru_cache(maxsize=8192)
def _person_tokens(name: str) -> frozenset[str] | None:
    words = _fold(name).split()
    if NON_PERSON_WORDS.intersection(words):
        return None
    return frozenset(w for w in words if w not in TITLE_WORDS) or None


def persons_match(a: str, b: str) -> bool:
    """True when one name's tokens (titles dropped, accents and case folded) are a subset of the other's.

    >>> persons_match("Biden", "President Joe Biden"), persons_match("Lopez Obrador", "López Obrador")
    (True, True)
    >>> persons_match("Joe Biden", "Jill Biden"), persons_match("Biden-Trudeau Meeting", "Biden")
    (False, False)
    >>> persons_match("Prime Minister", "Trudeau")
    False
    """
    ta, tb = _person_tokens(a), _person_tokens(b)
    return ta is not None and tb is not None and (ta <= tb or tb <= ta)


def _role_forms(role: str) -> tuple[str, frozenset[str]]:
    words = _fold(role).split()
    return " ".join(words), frozenset(" ".join(words[:i]) for i, w in enumerate(words) if w == "of" and i)


def roles_match(gold: str, extracted: str) -> bool:
    """Roles equal after folding case and hyphens, where a trailing "of ..." on one side is optional.

    >>> roles_match("Secretary-General", "secretary general of the United Nations")
    True
    >>> roles_match("Secretary of State", "Secretary of Defense"), roles_match("President", "Vice President")
    (False, False)
    """
    (full_g, cut_g), (full_e, cut_e) = _role_forms(gold), _role_forms(extracted)
    return bool(full_g) and (full_g == full_e or full_g in cut_e or full_e in cut_g)


@lru_cache(maxsize=4096)
def _country_names(value: str) -> frozenset[str]:
    names = {_fold(value.replace(".", "")).removeprefix("the ")}
    for group in _COUNTRY_ALIASES:
        if names & {_fold(n) for n in group}:
            names.update(_fold(n) for n in group)
    for name in list(names):
        try:
            country = pycountry.countries.lookup(name)
        except LookupError:
            continue
        attrs = ("alpha_2", "alpha_3", "name", "common_name", "official_name")
        names.update(_fold(getattr(country, a)) for a in attrs if getattr(country, a, None))
    names.discard("")
    return frozenset(names)


def countries_match(gold: str, extracted: Iterable[str]) -> bool:
    """True when the gold country (code or name) names the same country as any extracted code or name.

    >>> countries_match("US", ["United States of America", ""]), countries_match("MX", ["Mexico"])
    (True, True)
    >>> countries_match("UN", ["United Nations"]), countries_match("GB", ["U.K."])
    (True, True)
    >>> countries_match("CA", ["United States", "US"])
    False

    "AU" is both Australia's ISO code and the African Union's short name (the guide allows either):

    >>> countries_match("AU", ["African Union"]), countries_match("AU", ["Australia"])
    (True, True)
    >>> countries_match("Australia", ["African Union"])
    False
    """
    names = _country_names(gold) | _SHORT_NAMES.get(_fold(gold), frozenset())
    return any(names & _country_names(value) for value in extracted if value)


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@lru_cache(maxsize=8192)
def content_words(phrase: str) -> frozenset[str]:
    """The non-stop words of a phrase, folded (case, accents, punctuation, simple plural).

    >>> sorted(content_words("Russia’s war in Ukraine"))
    ['russia', 'ukraine', 'war']
    >>> sorted(content_words("the economies of the Americas"))
    ['america', 'economy']
    """
    return frozenset(_singular(w) for w in _fold(phrase).split() if w not in STOP_WORDS)


def topics_match(gold: str, extracted: str) -> bool:
    """More than half of the gold's content words occur in the extracted topic, and they make up at
    least a third of the extracted topic's content words.

    >>> topics_match("climate change", "climate change and clean energy")
    True
    >>> topics_match("climate change", "climate")  # exactly half of the gold words is not enough
    False
    >>> topics_match("migration", "migration policy reform"), topics_match("migration", "migration reform plan 2030")
    (True, False)
    """
    g, e = content_words(gold), content_words(extracted)
    common = len(g & e)
    return common * 2 > len(g) and common * 3 >= len(e)


def _quote_norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).translate(_QUOTE_TABLE).casefold().split())


def quote_contains(extracted: str, contains: str) -> bool:
    """True when the extracted quotation contains the gold words (quote marks and spaces normalised).

    >>> quote_contains("“We don’t wall ourselves  off,” he said", "we don't wall ourselves off,")
    True
    >>> quote_contains("We wall ourselves off", "we don't wall ourselves off")
    False
    """
    needle = _quote_norm(contains).strip(" \"',.;:!?")
    return bool(needle) and needle in _quote_norm(extracted)


# --------------------------------------------------------------------------- scoring


class _Item(NamedTuple):
    fact: tuple[str, ...]
    note: str = ""


class _Result(NamedTuple):
    counts: Counts
    fps: list[Mismatch]
    fns: list[Mismatch]


def _folded(fact: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(map(_fold, fact))


def _distinct(items: Iterable[_Item], key: Callable[[tuple], Any] = _folded) -> list[_Item]:
    """The items whose facts are distinct under ``key`` (default: every field folded), first one kept."""
    seen: dict[Any, _Item] = {}
    for item in items:
        seen.setdefault(key(item.fact), item)
    return list(seen.values())


def _tally(article: str, relation: str, extracted: list[_Item], expected: list[_Item],
           match: Callable[[tuple, tuple], bool], *, reference: list[_Item] | None = None,
           ignore: Iterable[_Item] = (), reject: Callable[[tuple], str] | None = None) -> _Result:
    """Precision against ``reference`` (default: ``expected``), recall of ``expected``. An extracted fact
    matching only an ``ignore`` fact is not counted; one for which ``reject`` gives a reason counts as false
    (such facts, a self-meeting or a non-person name, cannot match a valid gold fact either)."""
    reference = expected if reference is None else reference
    counted = correct = 0
    fps: list[Mismatch] = []
    for item in extracted:
        problem = reject(item.fact) if reject else ""
        hit = not problem and any(match(g.fact, item.fact) for g in reference)
        if not problem and not hit and any(match(g.fact, item.fact) for g in ignore):
            continue
        counted, correct = counted + 1, correct + hit
        if not hit:
            fps.append(Mismatch(article, relation, item.fact, problem or item.note))
    missed = [g for g in expected if not any(match(g.fact, e.fact) for e in extracted)]
    fns = [Mismatch(article, relation, g.fact, g.note) for g in missed]
    return _Result(Counts(counted, correct, len(expected), len(expected) - len(missed)), fps, fns)


def _role_match(g: tuple, e: tuple) -> bool:
    return persons_match(g[0], e[0]) and roles_match(g[1], e[1]) and (not g[2] or countries_match(g[2], e[2:]))


def _pair_match(g: tuple, e: tuple) -> bool:
    (ga, gb), (ea, eb) = g, e
    return (persons_match(ga, ea) and persons_match(gb, eb)) or (persons_match(ga, eb) and persons_match(gb, ea))


def _bad_pair(e: tuple) -> str:
    if _person_tokens(e[0]) is None or _person_tokens(e[1]) is None:
        return "not a person name"
    return "self-meeting" if persons_match(e[0], e[1]) else ""


def _quote_match(g: tuple, e: tuple) -> bool:
    return persons_match(g[0], e[0]) and quote_contains(e[1], g[1])


def _score_article(gold: Gold, pred: Prediction) -> dict[str, _Result]:
    art = gold.article
    roles = _distinct((_Item(tuple(r)) for r in pred.roles), lambda r: _folded((r[0], r[1], r[3] or r[2])))
    gold_roles = _distinct(_Item((r.person, r.role, r.country or "")) for r in gold.roles)
    pair_key = lambda pair: frozenset(map(_fold, pair))  # noqa: E731
    pairs = _distinct((_Item(p) for p in pred.meetings), pair_key)
    gold_pairs = _distinct((_Item(p) for p in gold.meetings), pair_key)
    topics = _distinct(_Item((t,), f"event: {name}") for name, ev in pred.events.items() for t in ev.topics)
    required = _distinct(_Item((t,), f"event: {ev.name}") for ev in gold.events for t in ev.topics_required)
    allowed = [_Item((t,)) for ev in gold.events for t in ev.topics_allowed]
    return {
        "roles": _tally(art, "roles", roles, gold_roles, _role_match),
        "meetings": _tally(art, "meetings", pairs, gold_pairs, _pair_match,
                           ignore=[_Item(p) for p in gold.calls], reject=_bad_pair),
        "topics": _tally(art, "topics", topics, required, lambda g, e: topics_match(g[0], e[0]),
                         reference=required + allowed),
        "quotes": _tally(art, "quotes", _distinct(_Item(tuple(q)) for q in pred.quotes),
                         _distinct(_Item(tuple(q)) for q in gold.quotes), _quote_match),
    }


def score(gold: Mapping[str, Gold], predicted: Mapping[str, Prediction], *, per_article: bool = False) -> Report:
    """Score predictions against the gold, micro-averaged over the gold articles.

    Precision = correct / extracted (1.0 when nothing was extracted), recall = found / expected (1.0 when
    nothing was expected), F1 their harmonic mean (0.0 when both are 0). Gold articles without a
    prediction count as all missed; predictions for articles not in the gold are ignored and listed.
    """
    totals = dict.fromkeys(RELATIONS, Counts())
    fps: list[Mismatch] = []
    fns: list[Mismatch] = []
    rows: list[ArticleScore] = []
    for article in sorted(gold):
        results = _score_article(gold[article], predicted.get(article) or Prediction(article))
        for rel, res in results.items():
            totals[rel] += res.counts
            fps += res.fps
            fns += res.fns
        if per_article:
            counts = MappingProxyType({rel: res.counts for rel, res in results.items()})
            rows.append(ArticleScore(article, article in predicted, counts))
    ignored = tuple(sorted(set(predicted) - set(gold)))
    if ignored:
        log.info("%d predicted article(s) have no gold and are ignored", len(ignored))
    missing = tuple(a for a in sorted(gold) if a not in predicted)
    return Report(MappingProxyType(totals), tuple(fps), tuple(fns), tuple(rows), len(gold), missing, ignored)

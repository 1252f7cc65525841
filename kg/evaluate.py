"""Score extracted facts against hand-written gold files (annotation guide, section "How it is scored").

:func:`load_gold` reads the gold JSON files, :func:`predictions_from_rows` groups the rows of kg's standard
SPARQL queries per article, and :func:`score` compares the two and returns a :class:`Report`: micro scores per
relation, and the same per source (``readouts``: ids starting ``wh-``; ``news``: the rest). Gold files with a
``plover`` key add the relations ``plover type+source`` and ``plover type+source+target`` (:mod:`kg.plover_score`),
scored over those files only.

Conventions (beyond the guide):

- Micro-averaging: counts are summed over all gold articles, then precision = correct / extracted
  (1.0 when nothing was extracted), recall = found / expected (1.0 when nothing was expected) and
  F1 = 2PR / (P + R) (0.0 when P + R = 0).
- Facts are counted once per article after folding case, accents and punctuation; gold facts too.
- Names, roles and topics fold accents, case, apostrophes and punctuation (hyphens become spaces).
  Topic content words additionally fold a simple plural ("sanctions" -> "sanction",
  "economies" -> "economy"); possessives fold with it ("Russia's" -> "russias" -> "russia").
- Roles: a trailing "of ..." is optional, but when both sides have one it must agree
  ("Secretary of State" does not match "Secretary of Defense"). One title in two spellings or genders is one
  ("Defence"/"Defense", "Adviser"/"Advisor", "Spokesman"/"Spokeswoman"/"Spokesperson"), "UN" is "United Nations",
  and a body's name before "Spokesman" is dropped as a party's before "Leader" ("Foreign Ministry Spokesman" is a
  "Spokesman"); see :func:`roles_match`.
- Quotes: quote marks, apostrophes and dashes are unified, whitespace collapsed, case folded, and
  punctuation at the ends of the gold ``contains`` is ignored; then it must be a substring.
- A gold role with ``"country": null`` matches any country. Predictions for articles absent from
  the gold are ignored (listed in ``Report.ignored_articles``); gold articles without a prediction
  score as all missed.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from dataclasses import replace
from functools import lru_cache
from types import MappingProxyType
from typing import Any, NamedTuple

from kg import gold as _gold
from kg import plover_score
from kg.gold import (  # noqa: F401 (re-exported: kg.evaluate.load_gold etc. keep working)
    QUERIES,
    ArticleScore,
    Counts,
    Gold,
    GoldEvent,
    GoldPlover,
    GoldQuote,
    GoldRole,
    Mismatch,
    PredictedEvent,
    PredictedQuote,
    PredictedRole,
    Prediction,
    Report,
    load_gold,
)
from kg.namematch import NON_PERSON_WORDS, TITLE_WORDS, countries_match, persons_match  # noqa: F401 (re-exported)
from kg.namematch import fold as _fold
from kg.namematch import person_tokens as _person_tokens

log = logging.getLogger(__name__)

RELATIONS = ("roles", "meetings", "topics", "quotes")
PLOVER_RELATIONS = plover_score.RELATIONS  # scored when some gold file has the "plover" key
SOURCES = ("readouts", "news")  # per-source rows: White House readouts (ids "wh-…") and the rest

STOP_WORDS = frozenset(
    "a an the and or of in on at to for with by from as about into between among over under against "
    "its their his her our this that these those both other further also including such s is are be "
    "was were will would per via within across toward towards regarding through it".split()
)
_QUOTE_TABLE = str.maketrans(
    {c: "'" for c in "‘’‚‛ʼ`′"}
    | {c: '"' for c in "“”„‟″«»"}
    | {c: "-" for c in "‐‑‒–—―"}
    | {"…": "..."}
)


# --------------------------------------------------------------------------- normalisation and matching


_ROLE_STATUS = frozenset({"acting", "interim", "caretaker"})
_ROLE_CUTS = ("of", "for", "to")
_PORTFOLIO_HEADS = frozenset({"minister", "secretary"})  # "Secretary of X" is the portfolio "X Secretary"
_LEADER_OFFICES = frozenset("opposition majority minority supreme deputy house senate floor parliamentary".split())
# One office under two names, both in use in news and gold files alike: the guide's "title, normalised"; and one
# title in two spellings or genders ("Defence"/"Defense", "Adviser"/"Advisor", "Spokesman"/"Spokeswoman").
_ROLE_NAMES = {"taoiseach": "prime minister", "congressman": "representative", "congresswoman": "representative",
               "mp": "member of parliament", "un": "united nations", "defence": "defense", "adviser": "advisor",
               "spokesman": "spokesperson", "spokeswoman": "spokesperson"}
_ROLE_PHRASES = {"leader of the opposition": "opposition leader"}
_RANKS = frozenset({"deputy", "under", "assistant", "vice"})  # "Deputy Secretary of X" is "Deputy X Secretary"


def _role_words(role: str, swap: bool = True) -> list[str]:
    """Folded words of a role: status words dropped, a portfolio before "Minister" or "Secretary", no party before
    "Leader".

    >>> " ".join(_role_words("Acting Minister of Foreign Affairs of Japan")), _role_words("UUP Leader")
    ('foreign minister of japan', ['leader'])
    >>> " ".join(_role_words("Secretary of the Treasury")), " ".join(_role_words("Secretary-General of the UN"))
    ('treasury secretary', 'secretary general of the united nations')
    >>> " ".join(_role_words("Taoiseach")), " ".join(_role_words("Senate Minority Leader"))
    ('prime minister', 'senate minority leader')
    >>> " ".join(_role_words("Congresswoman")), " ".join(_role_words("MP"))
    ('representative', 'member of parliament')
    >>> " ".join(_role_words("Deputy Secretary of Defence")), " ".join(_role_words("Aboriginal Affairs Minister"))
    ('deputy defense secretary', 'aboriginal minister')
    >>> " ".join(_role_words("Foreign Ministry Spokesman")), " ".join(_role_words("Leader of the Opposition"))
    ('spokesperson', 'opposition leader')
    """
    folded = _fold(role)
    words = [n for w in _ROLE_PHRASES.get(folded, folded).split() if w not in _ROLE_STATUS
             for n in _ROLE_NAMES.get(w, w).split()]
    rank = words[:1] if len(words) > 3 and words[0] in _RANKS and words[1] in _PORTFOLIO_HEADS and swap else []
    words = words[len(rank):]
    if len(words) > 2 and words[0] in _PORTFOLIO_HEADS and words[1] in ("of", "for") and swap:
        rest = words[2:]
        end = next((i for i, w in enumerate(rest) if w in _ROLE_CUTS), len(rest))
        words = [w for w in rest[:end] if w != "the"] + [words[0]] + rest[end:]
    words = rank + [w for i, w in enumerate(words) if not (w == "affairs" and words[i + 1:i + 2] and
                                                           words[i + 1] in _PORTFOLIO_HEADS)]
    for head in ("leader", "spokesperson"):  # a party's or a body's name before "Leader" or "Spokesman"
        if head in words[1:] and not (head == "leader" and _LEADER_OFFICES.intersection(words[:words.index(head)])):
            words = words[words.index(head):]
    return words


def _role_forms(role: str) -> tuple[str, frozenset[str]]:
    """The role's words and its forms without a trailing "of/for/to ..."; a rank's post keeps the cut forms of its
    unswapped words too ("Assistant Secretary of Defense" is an "Assistant Secretary")."""
    words = _role_words(role)
    cuts = [" ".join(words[:i]) for i, w in enumerate(words) if w in _ROLE_CUTS and i]
    if words[:1] and words[0] in _RANKS:
        plain = _role_words(role, swap=False)
        cuts += [" ".join(plain[:i]) for i, w in enumerate(plain) if w in _ROLE_CUTS and i]
    return " ".join(words), frozenset(cuts)


def roles_match(gold: str, extracted: str) -> bool:
    """Roles equal after folding case and hyphens, where a trailing "of/for/to ..." on one side is optional
    (guide: status words, portfolios, party leaders and "Taoiseach" normalised first, see :func:`_role_words`).

    >>> roles_match("Secretary-General", "secretary general of the United Nations")
    True
    >>> roles_match("Secretary of State", "Secretary of Defense"), roles_match("President", "Vice President")
    (False, False)
    >>> roles_match("Foreign Minister", "Minister for Foreign Affairs"), roles_match("Prime Minister", "Taoiseach")
    (True, True)
    >>> roles_match("Commerce Secretary", "Secretary of Commerce"), roles_match("Secretary of Defense", "Secretary")
    (True, False)
    >>> roles_match("UUP Leader", "Leader of the Ulster Unionist Party"), roles_match("Opposition Leader", "Leader")
    (True, False)
    >>> roles_match("Acting President", "President"), roles_match("Ambassador", "Ambassador to Japan")
    (True, True)
    >>> roles_match("Representative", "Congressman"), roles_match("Member of Parliament", "MP")
    (True, True)
    >>> roles_match("Spokesman", "Foreign Ministry Spokesperson"), roles_match("Defense Secretary", "Defence Secretary")
    (True, True)
    >>> roles_match("Ambassador to the United Nations", "Ambassador to the UN"), roles_match("Spokesman", "Secretary")
    (True, False)
    """
    (full_g, cut_g), (full_e, cut_e) = _role_forms(gold), _role_forms(extracted)
    return bool(full_g) and (full_g == full_e or full_g in cut_e or full_e in cut_g)


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
    plover = plover_score.score_article(gold, pred.plover)
    return {
        "roles": _tally(art, "roles", roles, gold_roles, _role_match),
        "meetings": _tally(art, "meetings", pairs, gold_pairs, _pair_match,
                           ignore=[_Item(p) for p in gold.calls], reject=_bad_pair),
        "topics": _tally(art, "topics", topics, required, lambda g, e: topics_match(g[0], e[0]),
                         reference=required + allowed),
        "quotes": _tally(art, "quotes", _distinct(_Item(tuple(q)) for q in pred.quotes),
                         _distinct(_Item(tuple(q)) for q in gold.quotes), _quote_match),
        **{rel: _Result(*result) for rel, result in plover.items()},
    }


def queries() -> tuple[str, ...]:
    """The named queries whose rows :func:`predictions_from_rows` reads: ``plover_events`` once it exists."""
    from kg.query import list_queries

    return QUERIES + ((plover_score.PLOVER_QUERY,) if plover_score.PLOVER_QUERY in list_queries() else ())


def source_of(article: str) -> str:
    """``readouts`` for a White House readout (id ``wh-…``), else ``news``.

    >>> source_of("wh-2023-01-10-readout-of-x"), source_of("wn-2006-01-10-Iran-resumes"), source_of("000_ab")
    ('readouts', 'news', 'news')
    """
    return "readouts" if article.startswith("wh-") else "news"


def predictions_from_rows(rows: Mapping[str, Iterable[Mapping[str, str | None]]]) -> dict[str, Prediction]:
    """:func:`kg.gold.predictions_from_rows`, plus the political events of the ``plover_events`` rows."""
    predictions = _gold.predictions_from_rows(rows)
    for article, events in plover_score.plover_from_rows(rows.get(plover_score.PLOVER_QUERY, ())).items():
        predictions[article] = replace(predictions.get(article) or Prediction(article), plover=events)
    return predictions


def _source_relations(gold: Mapping[str, Gold], source: str, relations: tuple[str, ...]) -> dict[str, Counts]:
    """Zero counts for the relations scored on ``source``: PLOVER only where its files have the key."""
    plover = any(g.plover is not None for a, g in gold.items() if source_of(a) == source)
    return {rel: Counts() for rel in relations if plover or rel not in PLOVER_RELATIONS}


def score(gold: Mapping[str, Gold], predicted: Mapping[str, Prediction], *, per_article: bool = False) -> Report:
    """Score predictions against the gold, micro-averaged over the gold articles.

    Precision = correct / extracted (1.0 when nothing was extracted), recall = found / expected (1.0 when
    nothing was expected), F1 their harmonic mean (0.0 when both are 0). Gold articles without a
    prediction count as all missed; predictions for articles not in the gold are ignored and listed.
    """
    relations = RELATIONS + (PLOVER_RELATIONS if any(g.plover is not None for g in gold.values()) else ())
    totals = dict.fromkeys(relations, Counts())
    by_source = {src: _source_relations(gold, src, relations) for src in SOURCES
                 if any(source_of(a) == src for a in gold)}
    fps: list[Mismatch] = []
    fns: list[Mismatch] = []
    rows: list[ArticleScore] = []
    for article in sorted(gold):
        results = _score_article(gold[article], predicted.get(article) or Prediction(article))
        for rel, res in results.items():
            totals[rel] += res.counts
            by_source[source_of(article)][rel] += res.counts
            fps += res.fps
            fns += res.fns
        if per_article:
            counts = MappingProxyType({rel: res.counts for rel, res in results.items()})
            rows.append(ArticleScore(article, article in predicted, counts))
    ignored = tuple(sorted(set(predicted) - set(gold)))
    if ignored:
        log.info("%d predicted article(s) have no gold and are ignored", len(ignored))
    missing = tuple(a for a in sorted(gold) if a not in predicted)
    sources = MappingProxyType({src: MappingProxyType(counts) for src, counts in by_source.items()})
    aimed, target_errors = target_diagnostics(gold, predicted)
    return Report(MappingProxyType(totals), sources, tuple(fps), tuple(fns), tuple(rows), len(gold), missing,
                  ignored, plover_targets=MappingProxyType(aimed), target_errors=tuple(target_errors))


def target_diagnostics(gold: Mapping[str, Gold], predicted: Mapping[str, Prediction]
                       ) -> tuple[dict[str, plover_score.TargetCounts], list[Mismatch]]:
    """The PLOVER target diagnostics (:func:`kg.plover_score.score_targets`) over the gold files with the
    ``plover`` key, summed per scope ("all", then each source), and their target errors."""
    aimed: dict[str, plover_score.TargetCounts] = {}
    errors: list[Mismatch] = []
    for article in sorted(a for a, g in gold.items() if g.plover is not None):
        pred = predicted.get(article) or Prediction(article)
        counts, wrong = plover_score.score_targets(gold[article], pred.plover)
        for scope in ("all", source_of(article)):
            aimed[scope] = aimed.get(scope, plover_score.TargetCounts()) + counts
        errors += wrong
    return aimed, errors

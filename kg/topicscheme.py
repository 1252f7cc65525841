"""Topic concepts → policy domains: the scheme and the classifier (plain data, no RDF).

The scheme is the Comparative Agendas Project's major topics (``policy_domains.tsv``); cue words map to a
domain in ``topic_domains.tsv`` (built by ``tools/build_topic_domains.py`` from the Phoenix issue dictionary,
MIT, and kg's own cues). A concept takes the domain of its longest cue, looked for first in its head part
(before "of", "for", "in", …) and there the rightmost, unless a cue of several words spans the whole
("rule of law"); a concept no cue names takes international affairs when it names a country, else "other".

>>> classify("drug trafficking"), classify("immediate ceasefire"), classify("trafficking of weapon")
('law-and-crime', 'defense', 'law-and-crime')
>>> classify("rule of law"), classify("costs on Russia"), classify("lunch menu")
('government-operations', 'international-affairs', 'other')
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg import lexicon

OTHER = "other"
_SPLIT = re.compile(r" (?:of|for|in|on|to|with|against|between|across|among) ")


@lru_cache(maxsize=1)
def domains() -> dict[str, dict[str, str]]:
    """Domain id → its row (``id``, ``code``, ``label``), in scheme order."""
    rows = lexicon.read_tsv(lexicon.resource_path("policy_domains.tsv"), ("id", "code", "label"))
    return {r["id"]: r for r in rows}


@lru_cache(maxsize=1)
def _cues() -> dict[tuple[str, ...], str]:
    rows = lexicon.read_tsv(lexicon.resource_path("topic_domains.tsv"), ("cue", "domain"))
    return {tuple(_words(r["cue"])): r["domain"] for r in rows if r["domain"] in domains()}


def known_term(text: str) -> bool:
    """Whether a phrase of several words is a cue of ``topic_domains.tsv`` as a whole: a term of its own ("climate
    change", "food security"), not a modifier and a head that another modifier could share."""
    words = tuple(_words(text))
    return len(words) > 1 and words in _cues()


def _words(text: str) -> list[str]:
    return [_singular(w) for w in re.findall(r"[\w’'-]+", lexicon.fold(text).replace("-", " - ")) if w != "-"]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _best(words: list[str]) -> tuple[int, str | None]:
    """The longest cue in ``words`` (the rightmost of equal length): its length and domain."""
    cues, longest = _cues(), 0
    found = None
    for n in range(1, min(len(words), 6) + 1):
        for i in range(len(words) - n + 1):
            domain = cues.get(tuple(words[i:i + n]))
            if domain is not None and n >= longest:
                longest, found = n, domain
    return longest, found


def _polity(words: list[str]) -> str | None:
    """International affairs when the concept names a country or organisation ("Russia", "costs on Russia")."""
    for n in (3, 2, 1):
        if any(lexicon.lookup_polity(" ".join(words[i:i + n])) for i in range(len(words) - n + 1)):
            return "international-affairs"
    return None


@lru_cache(maxsize=4096)
def classify(concept: str) -> str:
    """The policy domain id of a topic concept (its key or label): a cue of several words anywhere ("rule of
    law"), else the longest cue of its head part, else of the rest, else a country it names, else "other"."""
    folded = lexicon.fold(concept)
    n, domain = _best(_words(folded))
    if n >= 2 and domain is not None:  # a length of 2 or more always comes with its domain
        return domain
    head, *rest = _SPLIT.split(folded, maxsplit=1)
    return _best(_words(head))[1] or (_best(_words(rest[0]))[1] if rest else None) or _polity(folded.split()) or OTHER

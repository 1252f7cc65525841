"""Topic concepts → policy domains: the scheme and the classifier (plain data, no RDF).

The scheme is the Comparative Agendas Project's major topics (``policy_domains.tsv``); cue words map to a
domain in ``topic_domains.tsv`` (built by ``tools/build_topic_domains.py`` from the Phoenix issue dictionary,
MIT, and kg's own cues). A concept takes the domain of its longest cue, looked for first in its head part
(before "of", "for", "in", …) and there the rightmost; a concept no cue names is "other".

>>> classify("drug trafficking"), classify("immediate ceasefire"), classify("trafficking of weapon")
('law-and-crime', 'defense', 'law-and-crime')
>>> classify("lunch menu")
'other'
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


def _words(text: str) -> list[str]:
    return [_singular(w) for w in re.findall(r"[\w’'-]+", lexicon.fold(text).replace("-", " - ")) if w != "-"]


def _singular(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def _best(words: list[str]) -> str | None:
    cues, longest = _cues(), 0
    found = None
    for n in range(1, min(len(words), 6) + 1):
        for i in range(len(words) - n + 1):
            domain = cues.get(tuple(words[i:i + n]))
            if domain is not None and n >= longest:
                longest, found = n, domain
    return found


@lru_cache(maxsize=4096)
def classify(concept: str) -> str:
    """The policy domain id of a topic concept (its key or label)."""
    head, *rest = _SPLIT.split(lexicon.fold(concept), maxsplit=1)
    return _best(_words(head)) or (_best(_words(rest[0])) if rest else None) or OTHER

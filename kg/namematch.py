"""Matching of person and country names, shared by the scorers of :mod:`kg.evaluate` (annotation guide, "How it
is scored"): persons match by name tokens (titles dropped), countries by ISO code or name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

import pycountry

from kg.text import strip_accents

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


def fold(text: str) -> str:
    """Fold accents and case, drop apostrophes, turn other punctuation into spaces.

    >>> fold("  Andrés Manuel LÓPEZ-Obrador ")
    'andres manuel lopez obrador'
    >>> fold("Leaders’ Summit, U.S.")
    'leaders summit u s'
    """
    text = strip_accents(text).casefold()
    text = re.sub(r"['‘’`ʼ]", "", text)
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


@lru_cache(maxsize=8192)
def person_tokens(name: str) -> frozenset[str] | None:
    """The name's tokens without the titles that lead it; a title word after the name's first word is part of the
    name ("Annette King", "Erik Prince"), and a one-word name is kept as it is (the gold's surname "King"); a
    title alone ("Prime Minister") names no one.

    >>> sorted(person_tokens("Vice President Joe Biden")), sorted(person_tokens("Senator Angus King"))
    (['biden', 'joe'], ['angus', 'king'])
    >>> person_tokens("King"), person_tokens("Prime Minister"), person_tokens("the Biden administration")
    (frozenset({'king'}), None, None)
    """
    words = fold(name).split()
    if NON_PERSON_WORDS.intersection(words):
        return None
    lead = 0
    while lead < len(words) - 1 and words[lead] in TITLE_WORDS:
        lead += 1
    rest = words[lead:]
    if lead and len(rest) == 1 and rest[0] in TITLE_WORDS:
        return None
    return frozenset(rest) or None


def persons_match(a: str, b: str) -> bool:
    """True when one name's tokens (titles dropped, accents and case folded) are a subset of the other's.

    >>> persons_match("Biden", "President Joe Biden"), persons_match("Lopez Obrador", "López Obrador")
    (True, True)
    >>> persons_match("Joe Biden", "Jill Biden"), persons_match("Biden-Trudeau Meeting", "Biden")
    (False, False)
    >>> persons_match("Prime Minister", "Trudeau")
    False
    """
    ta, tb = person_tokens(a), person_tokens(b)
    return ta is not None and tb is not None and (ta <= tb or tb <= ta)


@lru_cache(maxsize=4096)
def country_names(value: str) -> frozenset[str]:
    names = {fold(value.replace(".", "")).removeprefix("the ")}
    for group in _COUNTRY_ALIASES:
        if names & {fold(n) for n in group}:
            names.update(fold(n) for n in group)
    for name in list(names):
        try:
            country = pycountry.countries.lookup(name)
        except LookupError:
            continue
        attrs = ("alpha_2", "alpha_3", "name", "common_name", "official_name")
        names.update(fold(getattr(country, a)) for a in attrs if getattr(country, a, None))
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
    names = country_names(gold) | _SHORT_NAMES.get(fold(gold), frozenset())
    return any(names & country_names(value) for value in extracted if value)

"""Countries given in order to the names down a plural title: "Foreign Ministers A and B of Ghana and Nigeria" makes
A Ghana's and B Nigeria's Foreign Minister, and so does "the foreign ministers of Ghana and Nigeria, A and B". A
list of as many countries after "of" (pattern ``respective-of``), right after the last name or inside the plural
title, is read "respectively"; a list of another length ("Presidents A and B of the two countries", "Senators A
and B of Ohio") gives no one a country here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.rulematch import rule_marks
from kg.extract.titles import title_before
from kg.lexicon import fold

MAX_COUNTRY_WORDS = 4  # "the Democratic Republic of the Congo" is read by its alias; longer names are none
LIST_OPENERS = (",", "—", "–", ":", "--")  # what may stand between the countries and the names they are given to


class Listed(Protocol):
    """What this module reads and sets on a named mention (``kg.extract.mentions.Mention``)."""

    start: int
    end: int
    span_start: int
    role: str | None
    country: str | None
    rule: str
    title_kind: str | None


def plural_title_of_countries(doc: Doc, found: Sequence[Listed]) -> None:
    """"The foreign ministers of Colombia, Brazil and Ecuador — A, B and C —": a plural title with a list of
    countries after "of", then a comma, dash or colon, opens the list of names after it (rule ``plural-title``;
    :func:`respective_countries` then gives each his country)."""
    for m in found:
        if m.role is not None or m.start < 5 or doc[m.start - 1].text not in LIST_OPENERS:
            continue
        of = next((k for k in range(m.start - 4, max(0, m.start - 3 - 4 * MAX_COUNTRY_WORDS), -1)
                   if rule_marks(doc).has("respective-of", k) and country_list(doc, k)[1] == m.start - 1
                   and country_list(doc, k)[0]), None)
        found_title = title_before(doc, of) if of is not None else None
        last = doc[of - 1].text if of is not None else ""
        if found_title is not None and (found_title.title.plural or last.endswith("s") and
                                        fold(last[:-1]) in lexicon.title_index()):
            m.role, m.title_kind, m.rule = found_title.title.role, found_title.title.kind, "plural-title"
            m.span_start = found_title.start


def respective_countries(doc: Doc, found: Sequence[Listed]) -> None:
    """Give each name of a plural title's list (a titled name, then names of rule ``plural-title``) its country
    from a list of as many countries after "of", after the last name or inside the title."""
    i = 0
    while i < len(found):
        j = i + 1
        while j < len(found) and found[j].rule == "plural-title" and found[j].role == found[i].role:
            j += 1
        group = found[i:j]
        if len(group) > 1 and group[0].role:
            countries = country_list(doc, group[-1].end)[0] or _inside_title(doc, group[0].span_start, group[0].start)
            if len(countries) == len(group):
                for m, code in zip(group, countries, strict=True):
                    m.country = code
        i = j


def _inside_title(doc: Doc, start: int, end: int) -> list[str]:
    """The countries of an "of" list inside a plural title's words ("the defence ministers of A and B, X and Y")."""
    of = next((k for k in range(start, end) if rule_marks(doc).has("respective-of", k)), None)
    return country_list(doc, of)[0] if of is not None else []


def country_list(doc: Doc, k: int) -> tuple[list[str], int]:
    """The codes of a list of two or more countries "of A, B and C" from "of" at token ``k`` on (empty unless "of"
    opens it: mark ``respective-of``), and the token after the list's last country."""
    if k >= len(doc) or not rule_marks(doc).has("respective-of", k):
        return [], k
    return listed_countries(doc, k + 1)


def listed_countries(doc: Doc, k: int) -> tuple[list[str], int]:
    """The codes of a list of two or more countries, each named once, from token ``k`` on ("Ghana, Nigeria and
    Senegal"; empty if one is a possessive: "France and Germany's coalition"), and the token after its last one."""
    out: list[str] = []
    end = k
    while k < len(doc):
        stop = next((s for s in range(min(len(doc), k + MAX_COUNTRY_WORDS), k, -1)
                     if doc[s - 1].pos_ == "PROPN" and lexicon.lookup_polity(doc[k:s].text)), None)
        if stop is None or doc[stop:stop + 1].text in ("'s", "’s"):
            out = [] if stop is not None else out
            break
        out.append(lexicon.lookup_polity(doc[k:stop].text) or "")
        k = end = stop
        if k < len(doc) and doc[k].lower_ == ",":
            k += 1
        if k < len(doc) and doc[k].lower_ == "and":
            k += 1
        elif not (k < len(doc) and doc[k - 1].text == ","):
            break
    return (out, end) if len(out) > 1 and len(set(out)) == len(out) and all(out) else ([], end)

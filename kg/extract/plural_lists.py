"""Names listed after a plural title, each with its own country: "The defence ministers, Kenya's A and Uganda's B,
signed", "the four countries' foreign ministers: Egypt's A, Saudi Arabia's B, C of the UAE and Bahrain's Sheikh D"
make each the Defence or Foreign Minister of the country his possessive (or his "of" phrase) names (rule
``plural-title``); so does a singular title whose country the text writes before it, on the names listed after its
holder that each open with their own country's possessive ("Argentine President A, Brazil's B and Uruguay's C": rule
``possessive-list``). A list the title's own words already give (the comma titles of :mod:`kg.extract.titles`, the
"respectively" lists of :mod:`kg.extract.respective`) is left to them: only names without a role are read here."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise
from typing import Protocol

from spacy.tokens import Doc

from kg import lexicon
from kg.extract import respective
from kg.extract.countries import polity_before
from kg.extract.names import is_honorific
from kg.extract.respective import LIST_OPENERS
from kg.extract.rolestatus import status_before
from kg.extract.titles import plural_title_before

POSSESSIVES = ("'s", "’s")


class Listed(respective.Listed, Protocol):
    """What this module also sets on a named mention: the status the plural title's words give."""

    status: str


def own_polity(doc: Doc, start: int) -> tuple[int, str | None]:
    """Where a listed name's lead starts, past honorifics and a possessive country ("Bahrain's Sheikh D"), and
    that country's code (None without one)."""
    k = start
    while k > 0 and is_honorific(doc[k - 1], keep_the=False):
        k -= 1
    if k > 1 and doc[k - 1].text in POSSESSIVES and (found := polity_before(doc, k)) is not None:
        return found[0], found[1]
    return k, None


def _plural_title(doc: Doc, end: int):
    """A plural title ending right before ``end`` ("defence ministers", "the four countries' foreign ministers"),
    or before a tail that names the countries it counts ("the fisheries ministers of the two countries")."""
    return plural_title_before(doc, _past_tail(doc, end))


def _past_tail(doc: Doc, end: int) -> int:
    """Where "of the two countries" (determiners, numbers and a ``plural-title-tails`` noun after "of") starts
    before ``end``; else ``end``."""
    if end < 3 or doc[end - 1].lower_ not in lexicon.words("plural-title-tails"):
        return end
    k = end - 1
    while k > 0 and (doc[k - 1].pos_ in ("DET", "NUM") or doc[k - 1].like_num):
        k -= 1
    return k - 1 if k > 1 and doc[k - 1].lower_ == "of" else end


def _list_gap(doc: Doc, prev_end: int, lead: int) -> bool:
    """Only list words, the previous name's "of <country>" and places between two listed names."""
    skip = lexicon.words("plural-list-gap-words")
    return lead > prev_end and all(t.lower_ in skip or lexicon.lookup_polity(t.text) or t.ent_type_ == "GPE"
                                   for t in doc[prev_end:lead])


def plural_title_lists(doc: Doc, found: Sequence[Listed]) -> None:
    """Give the names of a list that a comma, colon or dash opens after a plural title that title, each with the
    country of his own possessive or "of" phrase; at least one listed name must have a country of its own."""
    i = 0
    while i < len(found):
        m = found[i]
        lead, code = own_polity(doc, m.start)
        title = _plural_title(doc, lead - 1) if m.role is None and lead > 1 and doc[lead - 1].text in LIST_OPENERS \
            else None
        if title is None:
            i += 1
            continue
        group = [(m, code)]
        while i + len(group) < len(found):
            n = found[i + len(group)]
            n_lead, n_code = own_polity(doc, n.start)
            if n.role is not None or not _list_gap(doc, group[-1][0].end, n_lead):
                break
            group.append((n, n_code))
        if any(c or n.country for n, c in group):
            _give(doc, title, group)
        i += len(group)


def _give(doc: Doc, title, group: list) -> None:
    group[0][0].span_start = title.start
    status = status_before(doc, title.start)
    shared = None if title.country and lexicon.polity(title.country).is_org else title.country
    for n, code in group:
        n.role, n.title_kind, n.rule = title.title.role, title.title.kind, "plural-title"
        n.country = code or n.country or shared
        n.status = status


def possessive_lists(doc: Doc, found: Sequence[Listed]) -> None:
    """"Argentine President A, Brazil's B and Uruguay's C": names without a role listed right after a titled name
    whose country is written before its title, each opening with its own country's possessive, hold that title of
    their own country (not "President A, Brazil's B": no country before the title; not a name with no possessive;
    not a list that names someone before the titled name: "…, British Foreign Secretary A, Germany's B": the list
    mixes titles)."""
    before = None
    for prev, m in pairwise(found):
        lead, code = own_polity(doc, m.start)
        if m.role is None and code is not None and prev.role is not None and prev.country is not None and \
                (prev.rule == "possessive-list" or prev.rule == "title-name" and not _listed_after(doc, before, prev)
                 and lexicon.lookup_polity(doc[prev.span_start].text) == prev.country) and \
                prev.end < lead and {t.text for t in doc[prev.end:lead]} <= lexicon.words("list-joiners"):
            m.role, m.title_kind, m.rule = prev.role, prev.title_kind, "possessive-list"
            m.country, m.status, m.span_start = code, prev.status, lead
        before = prev


def _listed_after(doc: Doc, before: Listed | None, m: Listed) -> bool:
    """Whether ``m``'s title follows the name ``before`` with only a comma or "and" between them."""
    return before is not None and before.end < m.span_start and \
        {t.text for t in doc[before.end:m.span_start]} <= lexicon.words("list-joiners")

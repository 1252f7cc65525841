"""Titles and countries around a name: "Mexican President X", "X of Canada", "X, the president of Mexico"."""

from __future__ import annotations

from spacy.tokens import Doc

from kg import lexicon
from kg.lexicon import fold

HONORIFIC = {"mr", "mrs", "ms", "dr", "sir", "dame", "madam", "his", "her", "excellency", "majesty", "highness",
             "royal", "the", "then", "former", "late", "acting", "interim", "incoming", "outgoing", "newly",
             "elected", "sheikh", "shaikh", "mister", "prof", "professor", "rev", "reverend", "monsenor", "monsignor",
             "ambassador-designate"}
MAX_TITLE = 7
NOT_NAME = {"of", "and", "the", "for", "in", "on", "at", "to", "with", "from", "by", "said", "says", "call", "calls",
            "meeting", "meetings", "readout", "administration", "government", "cabinet", "house", "senate",
            "ministry", "department", "party", "council", "summit", "statement", "remarks", "visit", "trip",
            "delegation", "office", "embassy", "team", "campaign", "foundation", "doctrine", "plan"}


def find_title(doc: Doc, end: int) -> tuple[int, lexicon.Title] | None:
    """The longest title phrase that ends just before token ``end`` (start index and title)."""
    index = lexicon.title_index()
    if end < 1 or fold(doc[end - 1].text) not in lexicon.title_edges()[1]:
        return None
    for size in range(min(MAX_TITLE, end), 0, -1):
        start = end - size
        if not _clean_window(doc, start, end):
            continue
        found = index.get(fold(doc[start:end].text))
        if found:
            return start, found
    return None


def _clean_window(doc: Doc, start: int, end: int) -> bool:
    """No sentence break, punctuation (but hyphens) or line break inside ``doc[start:end]``."""
    for tok in doc[start:end]:
        if tok.is_space or "\n" in tok.text or (tok.is_punct and tok.text not in ("-", "'s", "’s", "’", "'")):
            return False
    return end - start > 0


def find_polity(doc: Doc, start: int, end: int) -> str | None:
    """A country/organisation code for ``doc[start:end]`` (a name, alias, demonym or possessive)."""
    if start >= end or start < 0 or not _clean_window(doc, start, end):
        return None
    return lexicon.lookup_polity(doc[start:end].text)


def polity_before(doc: Doc, end: int) -> tuple[int, str] | None:
    """A demonym, country or possessive country ("Canada's") that ends just before ``end``."""
    for size in (4, 3, 2, 1):
        start = end - size
        if start < 0:
            continue
        if doc[start].is_lower and doc[start].lower_ not in ("the",) and size > 1:
            continue
        code = find_polity(doc, start, end)
        if code:
            return start, code
    return None


def polity_after_of(doc: Doc, start: int) -> tuple[int, str] | None:
    """``of <polity>`` (or ``of the <polity>``) starting at ``start``; returns the end index and code."""
    if start >= len(doc) or doc[start].lower_ not in ("of", "for"):
        return None
    for size in (5, 4, 3, 2, 1):
        end = start + 1 + size
        if end <= len(doc):
            code = find_polity(doc, start + 1, end)
            if code:
                return end, code
    return None


def _title_prefix(doc: Doc, start: int, end: int) -> int | None:
    index = lexicon.title_index()
    if fold(doc[start].text) not in lexicon.title_edges()[0]:
        return None
    for size in range(min(MAX_TITLE, end - start - 1), 0, -1):
        if fold(doc[start:start + size].text) in index:
            return start + size
    return None


def _continues_name(tok, loose: bool = False) -> bool:
    """A proper-noun token (or an initial such as "R.") that can continue a name.

    ``loose`` (after a title) accepts tokens whatever NER said about them.
    """
    ent_ok = tok.ent_type_ in ("", "PERSON") or (loose and tok.ent_type_ in ("ORG", "GPE", "NORP", "FAC")
                                                  and not lexicon.lookup_polity(tok.text))
    initial = len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "." and tok.i + 1 < len(tok.doc) \
        and tok.doc[tok.i + 1].pos_ == "PROPN"
    word = tok.pos_ == "PROPN" and tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text)
    return (word or initial) and tok.lower_ not in NOT_NAME and ent_ok and not tok.is_sent_start


def title_before(doc: Doc, start: int) -> tuple[int, lexicon.Title, str | None] | None:
    """Title (and country) in front of a name: "Mexican President", "Prime Minister of Japan"."""
    i = start
    while i > 0 and fold(doc[i - 1].text).strip(".") in HONORIFIC - {"the"}:
        i -= 1
    found = find_title(doc, i)
    country = None
    if found is None:
        found, country = _title_of_polity_before(doc, i)
        if found is None:
            return None
    t_start, title = found
    if t_start >= 2 and doc[t_start - 1].lower_ == "the" and doc[t_start - 2].lower_ == "of":
        return None  # "Head of the Office of the President Andriy Yermak": not his title
    if country is None:
        before = polity_before(doc, t_start)
        if before:
            t_start, country = before
    return t_start, title, country


def _title_of_polity_before(doc: Doc, end: int):
    """``<title> of <polity>`` right before a name: "Prime Minister of Japan Fumio Kishida"."""
    for of_at in range(max(0, end - 6), end - 1):
        if doc[of_at].lower_ == "of":
            code = find_polity(doc, of_at + 1, end)
            found = find_title(doc, of_at)
            if code and found:
                return found, code
    return None, None


def title_after(doc: Doc, end: int) -> tuple[lexicon.Title | None, str | None, str]:
    """Role and country after a name: "X of Canada" or the apposition "X, the president of Mexico"."""
    after = polity_after_of(doc, end)
    if after:
        return None, after[1], "name-of-polity"
    if end < len(doc) and doc[end].text == ",":
        return _apposition(doc, end + 1)
    return None, None, ""


def _apposition(doc: Doc, start: int):
    stop = start
    while stop < len(doc) and stop - start < 12 and doc[stop].text not in (",", ";", ".", "(", ")") and \
            not (doc[stop].pos_ == "VERB"):
        stop += 1
    i = start
    if i < stop and doc[i].lower_ in ("the", "who", "a"):
        i += 1
    if i < stop and doc[i].lower_ in ("is", "was"):
        i += 1
        if i < stop and doc[i].lower_ in ("the", "a"):
            i += 1
    country = None
    before = _leading_polity(doc, i, stop)
    if before:
        i, country = before
    for end in range(stop, i, -1):
        title = lexicon.title_index().get(fold(doc[i:end].text))
        if title and end < len(doc) and _continues_name(doc[end], loose=True):
            return None, None, ""  # ", Secretary of Defense Lloyd Austin": the next person's title
        if title:
            of = polity_after_of(doc, end)
            return title, (of[1] if of else country), "apposition"
    return None, None, ""


def _leading_polity(doc: Doc, start: int, stop: int):
    for size in (4, 3, 2, 1):
        if start + size <= stop:
            code = find_polity(doc, start, start + size)
            if code:
                return start + size, code
    return None


def _title_at(doc: Doc, i: int):
    index = lexicon.title_index()
    if fold(doc[i].text) not in lexicon.title_edges()[0]:
        return None
    for size in range(min(MAX_TITLE, len(doc) - i), 0, -1):
        title = index.get(fold(doc[i:i + size].text))
        if title:
            return i + size, title
    return None


def _more_titles(doc: Doc, start: int) -> list[tuple]:
    """Titles joined by "and" in front of a name: "Crown Prince and Prime Minister", "party leader and PM"."""
    out = []
    while start >= 2 and doc[start - 1].lower_ == "and":
        found = find_title(doc, start - 1)
        if not found:
            break
        start, title = found
        before = polity_before(doc, start)
        out.append((title.role, before[1] if before else None, title.kind))
        if before:
            start = before[0]
    return out

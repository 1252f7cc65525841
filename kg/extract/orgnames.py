"""Organisation and place names around titles: "the United Nations General Assembly" and "General Services
Administration" are not General Assembly/Services; "Research Institute Director X" holds no political office.

The head words that end such names are data (``org_words.tsv``: public bodies, private bodies, places).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.lexicon import fold

NAME_ENTS = ("", "PERSON")


@lru_cache(maxsize=None)
def org_words() -> dict[str, str]:
    """Folded head word → sector ("public", "private", "place", "title")."""
    return {k: row["sector"] for k, row in lexicon.simple_table("org_words.tsv", "word").items()}


def org_word(tok: Token, sectors: tuple[str, ...] = ("public", "private", "place", "title")) -> bool:
    """A capitalised head word of an organisation or place name ("Assembly", "Institute", "County")."""
    return tok.text[:1].isupper() and org_words().get(fold(tok.text)) in sectors


def in_organisation(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` (a would-be name after a title) belongs to an organisation or place name: it ends on
    or runs into an organisation word, or it continues a non-person entity that began before it."""
    if any(org_word(t) for t in doc[start:end]) or (end < len(doc) and org_word(doc[end])):
        return True
    first = doc[start]
    if first.ent_type_ in NAME_ENTS:
        return False
    ent = next(e for e in doc.ents if e.start <= start < e.end)
    return ent.start < start and any(org_word(t) for t in doc[start:ent.end])


def private_body_before(doc: Doc, t_start: int) -> bool:
    """The title is an office of a private body named just before it: "Research Institute Director",
    "Harvard University President" (not "European Commission President", a polity)."""
    head = t_start - 1
    if head < 0 or not org_word(doc[head], ("private",)):
        return False
    return not lexicon.lookup_polity(doc[head - _name_length(doc, head):t_start].text)


def private_body_after(doc: Doc, start: int) -> bool:
    """"of/at the American Federation of Teachers", ", National Education Association": the title's body is
    private (and not a polity such as the African Union)."""
    if start >= len(doc) or doc[start].lower_ not in ("of", "at", ","):
        return False  # ", President, National Education Association": an attendee list
    i = start + 1 + (start + 1 < len(doc) and doc[start + 1].lower_ == "the")
    end = i
    while end < len(doc) and end - i < 8 and (doc[end].text[:1].isupper() or doc[end].lower_ in ("of", "and", "for")):
        end += 1
    words = doc[i:end]
    return len(words) > 0 and any(org_word(t, ("private",)) for t in words) and \
        not lexicon.lookup_polity(words.text)


def _name_length(doc: Doc, head: int) -> int:
    """Capitalised words in front of an organisation's head word ("Amazon Environmental Research" + "Institute")."""
    n = 0
    while head - n - 1 >= 0 and doc[head - n - 1].text[:1].isupper() and doc[head - n - 1].pos_ in ("PROPN", "ADJ"):
        n += 1
    return n

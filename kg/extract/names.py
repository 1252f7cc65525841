"""What can be part of a person's name: proper nouns and initials, not function words, titles or organisations."""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg import lexicon
from kg.extract.orgnames import org_word
from kg.extract.rulematch import rule_marks
from kg.lexicon import fold

_INNER_APOSTROPHE = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)+")  # "Wetang'ula", "Ja'afari": an apostrophe inside a name


def is_honorific(tok: Token, keep_the: bool = True) -> bool:
    """"Mr", "His Excellency", "former" …: words cut off the front of a name (``wordlists.tsv``: honorifics)."""
    if tok.text == "." and tok.i > 0 and not tok.doc[tok.i - 1].whitespace_:
        tok = tok.doc[tok.i - 1]  # the dot of "Col." split off: "Army spokesperson Col. X"
    word = fold(tok.text).strip(".")
    return word in lexicon.words("honorifics") and (keep_the or word != "the")


def not_name(tok: Token) -> bool:
    """A word that never continues a person's name ("of", "said", "Administration"), unless a hyphen without spaces
    joins it, capitalised, to the name ("Dana Ben-On"), or it follows a name particle, on which no name ends
    ("Fahd bin Mahmoud Al Said")."""
    if tok.lower_ not in lexicon.words("not-name"):
        return False  # most words: the words before need not be read
    doc, i = tok.doc, tok.i
    joined = i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
    after_particle = i >= 1 and doc[i - 1].lower_ in lexicon.words("name-particles") and doc[i - 1].text[:1].isupper()
    return not ((joined or after_particle) and tok.text[:1].isupper())


def continues_name(tok: Token, loose: bool = False) -> bool:
    """A proper-noun token (or an initial such as "R.") that can continue a name.

    ``loose`` (after a title) accepts tokens whatever NER said about them.
    """
    text = tok.text  # the shape first: most tokens fail it, and it is the cheapest test (asked of every token)
    word = tok.pos_ == "PROPN" and text[:1].isupper() and \
        (tok.is_alpha or "-" in text or _INNER_APOSTROPHE.fullmatch(text) is not None)
    if not word and not (len(text) == 2 and text[0].isupper() and text[1] == "." and tok.i + 1 < len(tok.doc)
                         and tok.doc[tok.i + 1].pos_ == "PROPN"):  # nor an initial
        return False
    ent = tok.ent_type_
    ent_ok = ent in ("", "PERSON") or (loose and ent in ("ORG", "GPE", "NORP", "FAC")
                                       and not lexicon.lookup_polity(text))
    return ent_ok and not not_name(tok) and not tok.is_sent_start and not (ent != "PERSON" and org_word(tok))


def pair_parts(doc, start: int, end: int) -> list[tuple[int, int]]:
    """A name span cut at the dash of a name pair (patterns marked ``name-pair`` on the name before the dash, or
    ``name-pair-lead`` on the word before that name): "the Trump-Biden race" gives
    "Trump" and "Biden", never a person "Trump-Biden"; a hyphenated name ("Sherwood-Randall") stays whole."""
    marks = rule_marks(doc)
    parts, first = [], start
    for i in range(start, end - 1):
        if (marks.has("name-pair", i) or i > 0 and marks.has("name-pair-lead", i - 1)) and doc[i + 1].is_punct:
            parts.append((first, i + 1))
            first = i + 2
    parts.append((first, end))
    return [(a, b) for a, b in parts if a < b]


def in_pair(doc, start: int, end: int) -> bool:
    """The name is one side of a name pair: "Obama" in "the Obama–Clinton debate" (a person, not "the Sahel")."""
    marks = rule_marks(doc)
    return any(marks.has("name-pair", i) or marks.has("name-pair-lead", i - 1) for i in (end - 1, start - 2))


def honorific_before(doc, i: int) -> str | None:
    """The gendered honorific right before token ``i`` ("mrs" in "Mrs. Clinton"), folded; None when there is none
    (``wordlists.tsv``: female-honorifics, male-honorifics)."""
    if i == 0:
        return None
    word = fold(doc[i - 1].text).strip(".")
    return word if word in lexicon.words("female-honorifics") | lexicon.words("male-honorifics") else None

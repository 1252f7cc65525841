"""Regnal numbers in names: "King Abdullah II" is not "Crown Prince Hussein bin Abdullah", although the name
tokens drop the numeral (``kg.actors.name_tokens``) and "Abdullah" alone would be the younger man's last word."""

from __future__ import annotations

from kg import lexicon


def regnal_number(name: str) -> str | None:
    """The regnal numeral a written name ends on ("Abdullah II" → "ii"), else None (``regnal-numerals``).

    >>> regnal_number("King Abdullah II"), regnal_number("Charles III."), regnal_number("Hussein bin Abdullah")
    ('ii', 'iii', None)
    """
    words = lexicon.fold(name).replace(".", " ").replace(",", " ").split()
    return words[-1] if len(words) >= 2 and words[-1] in lexicon.words("regnal-numerals") else None


def regnal_fits(name: str, words: int, other: str, other_words: int) -> bool:
    """Whether two written names of ``words`` and ``other_words`` name words (numerals not counted) can be one
    person when either ends on a regnal numeral: with the same numeral, or the one without it a bare name
    ("Abdullah", "King Charles"). "Abdullah II" is neither "Hussein bin Abdullah" nor "Abdullah I".

    >>> regnal_fits("Abdullah II", 1, "Hussein bin Abdullah", 3), regnal_fits("King Abdullah", 1, "Abdullah II", 1)
    (False, True)
    """
    mine, theirs = regnal_number(name), regnal_number(other)
    if mine == theirs:
        return True
    if mine is not None and theirs is not None:
        return False
    return (words if mine is None else other_words) <= 1

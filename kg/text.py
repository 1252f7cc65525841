"""Small text helpers shared by the lexicons, IRI minting and evaluation."""

from __future__ import annotations

import unicodedata


def strip_accents(text: str) -> str:
    """Decompose and drop combining marks.

    >>> strip_accents("Andrés Niinistö Støre")
    'Andres Niinisto Støre'
    """
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))

"""Where in a Doc the tokens of a kind are, read from the value indexes the array matcher builds once per Doc
(:func:`kg.extract.arraymatch.table_of`): rules that look for a few words or proper nouns visit those tokens
instead of walking every token of the article in Python (a spaCy ``Token`` is made at each step)."""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.strings import get_string_id
from spacy.tokens import Doc

from kg.extract.arraymatch import table_of
from kg.extract.caches import per_doc


@lru_cache(maxsize=256)
def _ids(values: frozenset[str]) -> tuple[int, ...]:
    return tuple(get_string_id(v) for v in values)


def tokens_with(doc: Doc, attr: str, values: Iterable[str]) -> list[int]:
    """The positions, in order, of the tokens whose ``attr`` ("LOWER", "POS", …) is one of ``values``.

    >>> import spacy
    >>> doc = spacy.blank("en")("Talks began , respectively , and talks ended")
    >>> tokens_with(doc, "LOWER", {"talks", "respectively"})
    [0, 3, 6]
    """
    index = table_of(doc).index(attr)
    ids = _ids(values if isinstance(values, frozenset) else frozenset(values))
    found = [i for v in ids for i in index.get(v, ())]
    return sorted(found) if len(ids) > 1 else found


def proper_nouns(doc: Doc, before_too: bool = False) -> list[int]:
    """The positions of the proper nouns (``PROPN``), in order; with ``before_too``, also of each token right
    before one (an initial: "R. Biden")."""
    found = tokens_with(doc, "POS", ("PROPN",))
    if not before_too:
        return found
    return sorted(set(found) | {i - 1 for i in found if i > 0})


def word_positions(doc: Doc) -> dict[str, list[int]]:
    """Each distinct token text of the Doc → its positions, ascending (from the ``ORTH`` index: rules that look at
    every word's text visit each word once instead of each token).

    >>> import spacy
    >>> word_positions(spacy.blank("en")("Talks and talks and TALKS"))
    {'Talks': [0], 'and': [1, 3], 'talks': [2], 'TALKS': [4]}
    """
    strings = doc.vocab.strings
    return {strings[value]: found for value, found in table_of(doc).index("ORTH").items()}


def lemmas_in(doc: Doc, words: frozenset[str]) -> list[int]:
    """The positions, in order, of the tokens whose lower-cased lemma is one of ``words`` (each distinct lemma of
    the Doc is lower-cased once).

    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words=["Talks", "were", "held"], lemmas=["Talk", "be", "hold"])
    >>> lemmas_in(doc, frozenset({"talk", "hold"}))
    [0, 2]
    """
    index = per_doc(doc, "kg_lower_lemmas", _lower_lemmas)
    return sorted(i for word in index.keys() & words for i in index[word])


def _lower_lemmas(doc: Doc) -> dict[str, list[int]]:
    """Lower-cased lemma → its tokens, once per Doc (rules ask :func:`lemmas_in` for several word lists)."""
    strings = doc.vocab.strings
    out: dict[str, list[int]] = {}
    for value, found in table_of(doc).index("LEMMA").items():
        out.setdefault(strings[value].lower(), []).extend(found)
    return out

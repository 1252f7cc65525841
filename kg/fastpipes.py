"""Faster stand-ins for two of the model's components, with exactly their annotations.

``en_core_web_sm``'s ``attribute_ruler`` and ``lemmatizer`` are rule components that spend most of their time in
Python per token: the ruler steps 179 ``Matcher`` patterns through every token, and the lemmatizer sets each
lemma through ``Token.lemma_``. Together they were a fifth of the model's time. :func:`use_fast_components`
replaces them in kg's pipeline by:

* ``kg_attribute_ruler``: the model ruler's own patterns, matched by :class:`kg.extract.arraymatch.ArrayMatcher`
  (the same matches), applied in the ruler's order (a later pattern wins, as there), and written back as arrays;
* ``kg_lemmatizer``: the model lemmatizer's own ``lemmatize``, asked once per (word, POS, morphology) — the
  only things a rule lemma depends on — with the answers kept, and the lemmas written back as an array. It asks a
  copy of the lemmatizer whose ``lemma_index`` word lists are sets: spaCy only tests a candidate form's membership
  (``form in index``), which on the list of 57,528 nouns was a scan per rule and most of a new word's time.

Both keep the original components and their data; ``tests/test_fastpipes.py`` checks that a Doc gets the same
tags, POS, morphology, lemmas and dependency labels as through the model's own components, and
``bench/fastpipes.py`` checks it on the corpus (no token differs). spaCy 3.8's rule lemmatizer keys its own
cache by (word, POS, morphology) and decides base forms from the same three, so one answer per key is its answer.
``--model`` pipelines whose components are not these two (another language, a trained lemmatizer) keep their own.
"""

from __future__ import annotations

import copy
from typing import Any

from spacy import attrs as sa
from spacy.language import Language
from spacy.lookups import Lookups, Table
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs  # the ruler's own writer, for what a pattern writes

from kg.extract.arraymatch import ArrayMatcher

WRITTEN = (sa.POS, sa.MORPH, sa.LEMMA, sa.TAG)  # written as arrays; DEP is set token by token (from_array would
# reset the parse), and only the ruler's rare patterns for whitespace set it


class FastAttributeRuler:
    """The model's ``AttributeRuler`` patterns and attributes, matched on arrays (see the module docstring)."""

    def __init__(self, ruler: AttributeRuler):
        self.ruler = ruler
        self.matcher = ArrayMatcher(ruler.vocab, allow_missing=True)
        self.rule_of: dict[int, int] = {}  # match key → the ruler's pattern number
        for number, patterns in enumerate(ruler.matcher.get(ruler.vocab.strings[str(n)])[1]
                                          for n in range(len(ruler.attrs))):
            for k, pattern in enumerate(patterns):
                name = f"kg-attribute-ruler-{number}-{k}"
                self.matcher.add(name, "token", pattern)
                self.rule_of[ruler.vocab.strings[name]] = number
        self.effects = [self._effect(attrs) for attrs in ruler.attrs]

    def _effect(self, attrs: dict) -> tuple[dict[int, int], int | None]:
        """What a pattern's attributes write: column → value id, and the dependency label id (or None)."""
        probe = Doc(self.ruler.vocab, words=["probe"])
        set_token_attrs(probe[0], attrs)
        values = probe.to_array(list(WRITTEN)).reshape(-1).tolist()
        columns = {col: value for col, value in zip(WRITTEN, values, strict=True) if col in attrs}
        return columns, (probe[0].dep if sa.DEP in attrs else None)

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        array: Any = doc.to_array(list(WRITTEN)).reshape(len(doc), len(WRITTEN))
        where = {col: k for k, col in enumerate(WRITTEN)}
        found = sorted((self.rule_of[key], ids) for key, ids in self.matcher(doc))
        for number, ids in found:
            columns, dep = self.effects[number]
            target = ids[self.ruler.indices[number]]
            for col, value in columns.items():
                array[target, where[col]] = value
            if dep is not None:
                doc[target].dep = dep
        doc.from_array(list(WRITTEN), array)
        return doc


class FastLemmatizer:
    """The model's rule ``Lemmatizer``, asked once per (word, POS, morphology) (see the module docstring)."""

    def __init__(self, lemmatizer: Lemmatizer):
        self.lemmatizer = _with_index_sets(lemmatizer)
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        columns = [sa.ORTH, sa.POS, sa.MORPH, sa.LEMMA]
        rows: Any = doc.to_array(columns).reshape(len(doc), len(columns))
        lemmas = rows[:, 3].copy()  # uint64
        strings = doc.vocab.strings
        for i, (orth, pos, morph, lemma) in enumerate(rows.tolist()):
            if lemma and not self.lemmatizer.overwrite:
                continue
            key = (orth, pos, morph)
            found = self.known.get(key)
            if found is None:
                found = self.known[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i] = found
        doc.from_array([sa.LEMMA], lemmas.reshape(len(doc), 1))
        return doc


def _with_index_sets(lemmatizer: Lemmatizer) -> Lemmatizer:
    """A copy of ``lemmatizer`` (the model's own is left as it is) whose ``lemma_index`` lists are frozensets: the
    same answers to ``form in index`` without a scan of the list."""
    if "lemma_index" not in lemmatizer.lookups:
        return lemmatizer
    lookups = Lookups()
    for name in lemmatizer.lookups.tables:
        table = lemmatizer.lookups.get_table(name)
        if name == "lemma_index":  # keys are the POS names' hashes; a Table keeps hash keys as they are
            table = Table(name, {key: frozenset(words) for key, words in table.items()})
        lookups.set_table(name, table)
    fast = copy.copy(lemmatizer)
    fast.lookups, fast.cache = lookups, {}
    fast.lemmatize = getattr(fast, f"{fast.mode}_lemmatize")  # spaCy binds it to the instance it was made on
    return fast


@Language.factory("kg_attribute_ruler")
def make_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    ruler = nlp.get_pipe("attribute_ruler")
    assert isinstance(ruler, AttributeRuler)
    return FastAttributeRuler(ruler)


@Language.factory("kg_lemmatizer")
def make_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    lemmatizer = nlp.get_pipe("lemmatizer")
    assert isinstance(lemmatizer, Lemmatizer)
    return FastLemmatizer(lemmatizer)


def use_fast_components(nlp: Language) -> None:
    """Replace the model's ``attribute_ruler`` and rule ``lemmatizer`` by their stand-ins, where they are those."""
    if isinstance(nlp.get_pipe("attribute_ruler") if "attribute_ruler" in nlp.pipe_names else None,
                  AttributeRuler) and "kg_attribute_ruler" not in nlp.pipe_names:
        nlp.add_pipe("kg_attribute_ruler", after="attribute_ruler")
        nlp.remove_pipe("attribute_ruler")
    lemmatizer: Any = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
    if type(lemmatizer).__name__ == "EnglishLemmatizer" and lemmatizer.mode == "rule" \
            and "kg_lemmatizer" not in nlp.pipe_names:
        nlp.add_pipe("kg_lemmatizer", after="lemmatizer")
        nlp.remove_pipe("lemmatizer")

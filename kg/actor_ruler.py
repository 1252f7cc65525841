"""A name ruler beside spaCy's statistical NER: known office holders are always PERSON entities.

``kg_actor_ruler`` runs after ``ner``. Its phrases are generated when the pipeline is built, from the names and
aliases of the actor dictionary (``kg/resources/actors*.jsonl``, see :mod:`kg.actors`): data, not code. A phrase
of two words or more, matched case-insensitively on a capitalised first word (longest match first), becomes a
PERSON entity: it fills a
name the model missed ("Hoshyar Zebari" unlabelled) and replaces an entity the model mistyped ("Hamid Karzai" as
ORG) or cut short. An entity that strictly contains the match is kept ("the Barack Obama Foundation"). Phrases that
are also a country, a known place or a title in the lexicons are left out. Before that, an entity the model made
of a place and the name after it ("the U.S. ambassador to [Iraq Zalmay Khalilzad]") is split in two
(:mod:`kg.fused_names`).

>>> import spacy
>>> nlp = spacy.blank("en")
>>> ruler = ActorRuler(nlp, names=["Hoshyar Zebari", "Prime Minister"])
>>> [(e.text, e.label_) for e in ruler(nlp("Iraq's Hoshyar Zebari spoke.")).ents]
[('Hoshyar Zebari', 'PERSON')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy import attrs as sa
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg import lexicon
from kg.fused_names import split_fused

LABEL = "PERSON"
_HYPHEN = re.compile(r"(?<=\w)(-)(?=\w)")  # a hyphen between letters, kept as a word of its own


def actor_names(extra: tuple[str, ...] = ()) -> list[str]:
    """Every name and alias of the actor dictionary (the shipped files plus ``extra`` files)."""
    from kg.actors import load_actors

    return sorted({n for a in load_actors(extra).actors for n in (a.name, *a.aliases)})


def usable(name: str) -> bool:
    """A phrase the ruler may mark: two words or more, not a country, place or title.

    >>> usable("Hamid Karzai"), usable("Karzai"), usable("United States"), usable("Prime Minister")
    (True, False, False, False)
    """
    folded = lexicon.fold(name)
    return len(name.split()) >= 2 and not lexicon.lookup_polity(name) and folded not in lexicon.places() \
        and folded not in lexicon.title_index()


class ActorRuler:
    """Marks the dictionary's names as PERSON entities (see the module docstring).

    The names are kept as lower-cased token tuples indexed by their first word (a ``PhraseMatcher`` would add
    every name word to the vocabulary, which costs seconds at every start); a Doc is scanned once.
    """

    def __init__(self, nlp: Language, names: Iterable[str] | None = None):
        self.phrases: dict[str, set[tuple[str, ...]]] = {}
        for name in (actor_names() if names is None else names):
            if usable(name):
                words = tuple(w.lower() for w in name_words(name))
                self.phrases.setdefault(words[0], set()).add(words)
        self.lengths = {first: sorted({len(p) for p in ps}, reverse=True) for first, ps in self.phrases.items()}
        self._lengths_by_hash = {get_string_id(first): n for first, n in self.lengths.items()}  # LOWER column keys

    def matches(self, doc: Doc) -> list[Span]:
        """Longest dictionary names starting at each capitalised token, as PERSON spans (the words are read from
        the Doc's ``LOWER`` and ``ORTH`` columns: a Token for every word of every Doc cost more than the rest)."""
        out: list[Span] = []
        if not len(doc):
            return out
        lowers, orths = doc.to_array([sa.LOWER, sa.ORTH]).T.tolist()
        strings = doc.vocab.strings
        for i, lower in enumerate(lowers):
            lengths = self._lengths_by_hash.get(lower)
            if lengths is None or not strings[orths[i]][:1].isupper():
                continue
            for n in lengths:
                if i + n > len(lowers):  # a longer name than the text has left
                    continue
                words = tuple(strings[h] for h in lowers[i:i + n])
                if words in self.phrases.get(words[0], ()):
                    out.append(Span(doc, i, i + n, label=LABEL))
                    break
        return filter_spans(out)

    def __call__(self, doc: Doc) -> Doc:
        split = split_fused(doc)  # "ambassador to [Iraq Zalmay Khalilzad]": the place and the name
        if split is not None:
            doc.ents = split
        found = self.matches(doc)
        if not found:
            return doc
        ents = [e for e in doc.ents if not any(_overlap(e, m) for m in found)]
        kept = [m for m in found if not any(_contains(e, m) for e in doc.ents)]
        ents += [e for e in doc.ents if any(_contains(e, m) for m in found)]
        doc.ents = filter_spans(ents + kept)
        return doc


def name_words(name: str) -> list[str]:
    """A name's tokens as spaCy's English tokenizer cuts them: at spaces, and around a hyphen between letters.

    >>> name_words("Ban Ki-moon"), name_words("George W. Bush")
    (['Ban', 'Ki', '-', 'moon'], ['George', 'W.', 'Bush'])
    """
    return [w for part in name.split() for w in (_HYPHEN.split(part) if "-" in part else (part,)) if w]


def _overlap(a: Span, b: Span) -> bool:
    return a.start < b.end and b.start < a.end


def _contains(outer: Span, inner: Span) -> bool:
    """``outer`` holds ``inner`` and is longer: "Barack Obama Foundation" holds "Barack Obama"."""
    return outer.start <= inner.start and inner.end <= outer.end and len(outer) > len(inner)


@Language.factory("kg_actor_ruler")
def make_actor_ruler(nlp: Language, name: str) -> ActorRuler:
    return ActorRuler(nlp)

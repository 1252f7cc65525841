"""Role anaphora the text names at once: "his Moroccan counterpart, Aziz Akhannouch," is Akhannouch, not the
Moroccan leader named elsewhere in the article (:func:`kg.extract.context.build_context` drops such a nominal, so
that its words stand for the apposition's person)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kg.extract.mentions import Mention


def named_by_apposition(doc: Doc, nominal: Mention, named: Sequence[Mention]) -> bool:
    """Whether a word of a nominal mention has an apposition that a named mention covers ("his German counterpart,
    X", "the Moroccan leader, Y")."""
    names = {i for m in named for i in range(m.start, m.end)}
    return any(c.dep_ == "appos" and c.i in names for t in doc[nominal.start:nominal.end] for c in t.children)

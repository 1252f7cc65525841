"""Parties that NER takes for persons: "Labour" in "Ardern and Labour's deputy leader, Kelvin Davis" or "offers from
Labour and the Conservatives" is the party, not a person who meets anyone (``party-short-names``)."""

from __future__ import annotations

from spacy.tokens import Span

from kg import lexicon


def party_named(span: Span) -> bool:
    """Whether a person span, "the" and a possessive cut off, is a party's short name ("Labour", "the Lib Dems").

    A name beginning or ending on another proper noun is no short name: "Lib Dems" whole is, "Tom Labour" would
    not be."""
    words = [t for t in span if t.lower_ != "the" and t.tag_ != "POS"]
    return bool(words) and lexicon.fold(" ".join(t.text for t in words)) in lexicon.words("party-short-names")

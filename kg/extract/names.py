"""What can be part of a person's name: proper nouns and initials, not function words, titles or organisations."""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.orgnames import org_word
from kg.lexicon import fold


def is_honorific(tok: Token, keep_the: bool = True) -> bool:
    """"Mr", "His Excellency", "former" …: words cut off the front of a name (``wordlists.tsv``: honorifics)."""
    word = fold(tok.text).strip(".")
    return word in lexicon.words("honorifics") and (keep_the or word != "the")


def not_name(tok: Token) -> bool:
    """A word that never continues a person's name ("of", "said", "Administration")."""
    return tok.lower_ in lexicon.words("not-name")


def continues_name(tok: Token, loose: bool = False) -> bool:
    """A proper-noun token (or an initial such as "R.") that can continue a name.

    ``loose`` (after a title) accepts tokens whatever NER said about them.
    """
    ent_ok = tok.ent_type_ in ("", "PERSON") or (loose and tok.ent_type_ in ("ORG", "GPE", "NORP", "FAC")
                                                  and not lexicon.lookup_polity(tok.text))
    initial = len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "." and tok.i + 1 < len(tok.doc) \
        and tok.doc[tok.i + 1].pos_ == "PROPN"
    word = tok.pos_ == "PROPN" and tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text)
    return (word or initial) and not not_name(tok) and ent_ok and not tok.is_sent_start and \
        not (tok.ent_type_ != "PERSON" and org_word(tok))

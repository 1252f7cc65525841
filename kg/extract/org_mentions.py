"""Nouns that refer back to an organisation: "the bloc", "this group" with no word of their own stand for the
organisation of ``organisations.tsv`` the article named last before them. Shared by the targets such a noun names
(:mod:`kg.extract.plover_org_referents`) and the sources it names (:func:`kg.extract.plover_actors.actors_at`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.spans import doc_ents

LOOKBACK_CHARS = 2000  # how far back (characters) the organisation may be named


def bare(noun: Token) -> bool:
    """"the bloc", "this group", also "the bloc of acting …" (an act it is charged with); not "a bloc", "the rebel
    group", "the group of soldiers", "the bloc's members"."""
    kids = list(noun.children)
    owned = [o for c in kids if c.dep_ == "prep" and c.lower_ == "of" for o in c.children
             if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN", "PRON")]
    return _definite(kids) and not owned and not any(
        c.dep_ in ("amod", "compound", "poss", "nmod", "nummod", "appos", "acl", "relcl", "case") for c in kids)


def bare_owner(noun: Token) -> bool:
    """"the bloc's", "this group's": a possessive noun with "the" or "this" (:func:`bare`'s determiner) and no other
    word of its own but the possessive's case marker."""
    kids = [c for c in noun.children if c.dep_ != "case"]
    return len(kids) == 1 and _definite(kids)


def _definite(kids: list[Token]) -> bool:
    """Whether the determiners among a noun's children are "the" alone or "this" alone."""
    return [c.lower_ for c in kids if c.dep_ == "det"] in (["the"], ["this"])


def last_organisation(doc: Doc, before: int) -> str | None:
    """The code of the last organisation of ``organisations.tsv`` named before character ``before`` (at most
    :data:`LOOKBACK_CHARS` back) by an entity, or by a proper noun or capitalised word the model tags as none
    ("ECOWAS", "G20")."""
    found = _last_named(doc, before)
    return found[1] if found else None


def _last_named(doc: Doc, before: int) -> tuple[int, str] | None:
    first = before - LOOKBACK_CHARS
    named = [(e.start_char, e.text) for e in doc_ents(doc) if first <= e.start_char < before]
    start = doc.char_span(max(first, 0), before, alignment_mode="expand")
    named += [(t.idx, t.text) for t in start or () if (t.pos_ == "PROPN" or t.is_upper) and not t.ent_type_]
    codes = [(at, code) for at, text in named if (code := lexicon.lookup_polity(text)) and lexicon.polity(code).is_org]
    return max(codes) if codes else None


def referred_organisation(tok: Token) -> str | None:
    """The organisation a subject or passive agent of ``plover-org-referent-source-nouns`` stands for ("ECOWAS
    imposed sanctions. … The bloc also demanded …": ECOWAS), a bare definite noun (:func:`bare`). A noun of
    ``plover-org-referent-generic-nouns`` ("the organisation") stands for none when an organisation entity of no
    table was named after it ("Amnesty International said the organisation …" is not the UN named before); none
    when "a bloc" introduced an unnamed one after the organisation was named (:func:`_introduced_since`)."""
    if tok.lemma_.lower() not in lexicon.words("plover-org-referent-source-nouns") or tok.tag_ not in ("NN", "NNP"):
        return None
    if tok.ent_type_ or not bare(tok):
        return None
    if tok.dep_ not in ("nsubj", "nsubjpass") and not (tok.dep_ == "pobj" and tok.head.dep_ == "agent"):
        return None
    found = _last_named(tok.doc, tok.idx)
    if found is None:
        return None
    if _introduced_since(tok, found[0]):
        return None
    if tok.lemma_.lower() in lexicon.words("plover-org-referent-generic-nouns") and any(
            e.label_ == "ORG" and found[0] < e.start_char < tok.idx and lexicon.lookup_polity(e.text) is None
            for e in doc_ents(tok.doc)):
        return None
    return found[1]


def _introduced_since(tok: Token, since: int) -> bool:
    """Whether a mention of ``tok``'s noun with "a", "an" or "another" comes between character ``since`` and
    ``tok`` ("ECOWAS met. A new regional bloc was formed, and the bloc said …": not ECOWAS)."""
    lemma = tok.lemma_.lower()
    return any(t.lemma_.lower() == lemma and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
                                                 for c in t.children)
               for t in tok.doc[:tok.i] if t.idx > since)

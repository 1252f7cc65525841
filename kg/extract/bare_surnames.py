"""A person called again by one word of the full name given before, where NER missed the word or took it for an
organisation or a place: "Chinese Foreign Minister Wang Yi arrived on Sunday. On Monday Wang met …" (NER: "Wang"
an organisation), "Ethiopian Prime Minister Abiy Ahmed … On Sunday, Abiy also met …" (a name in native order, its
first word the one used; NER: nothing), "… Saleh al-Arouri … Al-Ahmad and al-Arouri signed" (the particle joined by a
hyphen kept in the span). Split from :mod:`kg.extract.person_spans`, which adds these spans."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.where import proper_nouns


def bare_surnames(doc: Doc, spans: list[Span], covered: set[int], looks_like_surname) -> list[Span]:
    """One-word spans for the lone proper nouns that are the last or the first word of exactly one person named in
    full (two words or more) before them, in a person's place in the clause (``bare-surname-deps``: a subject, an
    object, a conjunct, a possessor …), NER having called them no person; ``looks_like_surname`` keeps out
    countries and known places."""
    full = [s for s in spans if sum(t.is_alpha for t in s) >= 2]
    if not full:
        return []
    deps = lexicon.words("bare-surname-deps")
    taken = covered | {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    named: list[_Named] = []
    for tok in map(doc.__getitem__, proper_nouns(doc)):  # _lone_name_word needs a proper noun
        if tok.i in taken or not _lone_name_word(doc, tok) or tok.dep_ not in deps or \
                not looks_like_surname(doc, tok.i):
            continue
        start = _particle_start(doc, tok)
        named = named or [_Named(s) for s in full]  # read once, for the first word that gets this far
        if _one_person_before(named, tok) and not taken.intersection(range(start, tok.i)):
            out.append(doc[start:tok.i + 1])
    return out


def _lone_name_word(doc: Doc, tok: Token) -> bool:
    """A capitalised proper noun that is no part of a longer name or entity: no proper noun beside it, and NER's
    entity there, if any, is this word alone."""
    if tok.pos_ != "PROPN" or not tok.is_alpha or not tok.text[:1].isupper() or tok.is_upper and len(tok) > 2 or \
            tok.ent_type_ == "PERSON" or tok.lower_ in lexicon.words("name-particles"):
        return False
    start = _particle_start(doc, tok)
    before, after = doc[start - 1] if start else None, doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if any(t is not None and t.pos_ == "PROPN" and t.text[:1].isupper() and t.ent_type_ not in ("DATE", "TIME")
           for t in (before, after)) or \
            before is not None and before.text == "-" and not before.whitespace_ or \
            after is not None and after.text == "-" and not tok.whitespace_:
        return False  # "Wang Yi", "Akufo-Addo", "Kenyatta International Airport"; not "On Monday Wang met"
    return not tok.ent_type_ or doc[start].ent_iob_ == "B" and (after is None or after.ent_iob_ != "I")


class _Named:
    """A name given in full, as :func:`_one_person_before` reads it (its words' texts made once)."""

    def __init__(self, span: Span):
        self.end, self.text = span.end, span.text
        self.first, self.last = span[0].text, span[-1].text
        self.words = {t.text for t in span}


def _one_person_before(full: list[_Named], tok: Token) -> bool:
    """Exactly one name before ``tok`` (by its words) ends or starts with it, and none of the other names of the
    text has it anywhere ("Nguyen Minh Triet" and "Nguyen Tan Dung": "Nguyen" is neither)."""
    word = tok.text
    names = {s.text for s in full if s.end <= tok.i and (s.last == word or s.first == word)}
    elsewhere = {s.text for s in full if word in s.words} - names
    return len(names) == 1 and not elsewhere


def _particle_start(doc: Doc, tok: Token) -> int:
    """Where the word's name starts: at a particle joined to it by a hyphen ("al-Arouri", "el-Sisi"), else at it."""
    i = tok.i
    if i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_ and \
            doc[i - 2].lower_ in lexicon.words("name-particles"):
        return i - 2
    return i

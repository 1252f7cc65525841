"""Persons a trigger's plural object lists after a colon: "X met the four congressional leaders in the Oval
Office: A, B, C and D" (the parser may scatter such a list over the sentence, hanging its last names anywhere)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context


def colon_listed(ctx: Context, tok: Token) -> list[int]:
    """The persons after a colon that follows a verb trigger's plural object (``colon-list-object-deps``) and ends
    its clause, up to the sentence end; only when what follows is a bare list: no verb, no quotation mark
    ("X met the ministers: A and B" lists them; "X met the ministers: 'We agreed', A said" does not)."""
    if tok.pos_ != "VERB":
        return []
    objs = [c for c in tok.children if c.dep_ in lexicon.words("colon-list-object-deps") and c.tag_ == "NNS"]
    if not objs:
        return []
    sent = tok.sent
    colon = next((t for t in tok.doc[objs[0].i:sent.end] if t.text == ":"), None)
    if colon is None:
        return []
    tail = tok.doc[colon.i + 1:sent.end]
    if any(t.pos_ in ("VERB", "AUX") or t.is_quote for t in tail):
        return []
    out: list[int] = []
    for t in tail:
        out += [e for e in ctx.persons_at(t) if e not in out]
    return out

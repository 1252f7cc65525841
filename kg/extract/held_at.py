"""A meeting held at talks of its own words: "X met Y at talks chaired by Z", "X held talks with Y in a meeting
chaired by Z", "the two leaders met in talks hosted by Z". The noun trigger after "at", "in" or "during"
(``held-at-preps``) under a meeting verb of the same sentence is the verb's meeting, not another one, so the
persons its own phrase names (the chair, the host) join the verb's event and meet all its sides."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.mediation import D
from kg.extract.participants import dedupe

NOT_HELD = ("intent", "call", "contest")  # kinds that are no meeting held


def join_held_at(doc: Doc, drafts: Sequence[D]) -> list[D]:
    """The drafts, with each noun trigger's draft held at under another draft's verb merged into that draft."""
    by_trigger = {d.trigger: d for d in drafts if d.kind not in NOT_HELD}
    out = []
    for d in drafts:
        host = by_trigger.get(_verb_above(doc, d.trigger)) if d.kind not in NOT_HELD else None
        if host is None or host is d:
            out.append(d)
            continue
        host.participants = dedupe([*host.participants, *d.participants])
    return out


def _verb_above(doc: Doc, i: int) -> int:
    """The verb a noun trigger's "at/in/during" phrase hangs on ("met Y [at talks]"), else -1."""
    tok = doc[i]
    prep = tok.head
    if tok.pos_ != "NOUN" or tok.dep_ != "pobj" or prep.lower_ not in lexicon.words("held-at-preps"):
        return -1
    verb = prep.head
    return verb.i if verb.pos_ == "VERB" and verb.i != prep.i else -1

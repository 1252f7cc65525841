"""A court's sentence to prison is also a COERCE arrest.

The PLOVER manual codes a conviction "that results in imprisonment" twice: a SANCTION (mode convict) and a COERCE
(mode arrest). A trigger pattern with the key ``imprisons`` (a CAMEO code, ``173``: ``ph-sanction-convict``) adds
that second event when a noun of ``plover-prison-words`` hangs from its verb inside its own clause ("the court
sentenced X to ten years in prison", "Y was sentenced to life imprisonment"); a sentence of death or a fine names
no prison and adds none. The second event has the first one's actors and modality, its codes from
``cameo2plover.tsv``, and the prison noun as its evidence.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.plover_match import Hit, cameo_table
from kg.model import PoliticalEventFact

# a prison noun under one of these is in another clause than the sentence's verb ("said he would face prison")
OTHER_CLAUSE = frozenset({"ccomp", "relcl", "advcl", "acl", "xcomp", "parataxis", "csubj", "conj"})


def prison_word(verb: Token) -> Token | None:
    """The first noun of ``plover-prison-words`` that hangs from ``verb`` inside its clause, or None."""
    words = lexicon.words("plover-prison-words")
    for t in verb.subtree:
        if t.i == verb.i or t.lemma_.lower() not in words and t.lower_ not in words:
            continue
        node = t
        while node.i != verb.i and node.dep_ not in OTHER_CLAUSE:
            node = node.head
        if node.i == verb.i:
            return t
    return None


def imprisonment(ctx: Context, hit: Hit, fact: PoliticalEventFact | None, eid: str) -> PoliticalEventFact | None:
    """The COERCE arrest a prison sentence also is (pattern key ``imprisons``) for the event ``fact`` its trigger
    coded, or None."""
    code = hit.pattern.get("imprisons")
    row = cameo_table().get(code) if code and fact is not None else None
    prison = prison_word(ctx.doc[hit.anchor]) if row else None
    if fact is None or not row or prison is None:
        return None
    evidence = ctx.evidence(prison.i, prison.i + 1, f"plover:{hit.pattern.id}+prison")
    return replace(fact, id=eid, type=row["plover"], cameo=code, mode=row.get("mode") or None,
                   contexts=tuple(lexicon.split(row.get("contexts"))), evidence=evidence)

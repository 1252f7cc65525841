"""Targets a trigger's own phrase leaves unsaid, recovered from the structure around it (each used only when the
trigger's pattern asks for it, and only when the trigger names no target itself):

- ``inner_targets``: an intent, commitment or grant is towards whom the act it governs is ("Peru promised to expand
  trade ties with Brazil", "Japan announced $40 million to support Vietnam"): the triggers inside the clause or
  complement it governs (:func:`inner_hits`), whose targets the caller reads;
- ``target_through``: a target phrase hangs from the noun's complement ("Russia's war of aggression against
  Ukraine"): :func:`through_heads`;
- ``clause_target``: a request is addressed to the subject of the clause it asks for ("X demanded that the African
  Union act", "X called for the governor to resign"): :func:`clause_subject`;
- ``sentence_target``: an act of force named by its actor alone ("condemned Russia's aggression") is against the one
  other country the sentence names outside its subjects ("discussed aid to Ukraine and condemned Russia's
  aggression": Ukraine): :func:`sentence_countries`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import place_for
from kg.extract.spans import span_ents

INNER_DEPTH = 3  # how many dependency steps below a trigger the act it governs may be


def inner_hits(tok: Token, hits: Mapping[int, Any]) -> list[tuple[Token, Any]]:
    """The triggers in the clauses and complements below ``tok`` (``plover-inner-target-deps``), nearest first:
    "promised to [expand] ties with Brazil", "expressed a willingness to [hold] talks with Y"."""
    deps = lexicon.words("plover-inner-target-deps")
    out: list[tuple[Token, Any]] = []
    frontier = [tok]
    for _ in range(INNER_DEPTH):
        frontier = [c for n in frontier for c in n.children if c.dep_ in deps]
        out += [(c, hits[c.i]) for c in frontier if c.i in hits]
    return out


def through_heads(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of ``tok``'s prepositions in ``preps`` ("war [of] aggression"): heads whose target phrases are
    the noun's ("aggression against Ukraine")."""
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children if o.dep_ == "pobj"]


def clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a request asks for: "demanded that [the African Union] find", "called for [the
    governor] to resign" (``plover-request-clause-deps``); the subject of a passive clause undergoes the act, it is
    not asked to act ("called for the troops to be withdrawn"), nor is "we" ("said we must reflect")."""
    deps = lexicon.words("plover-request-clause-deps")
    for c in tok.children:
        if c.dep_ in deps and c.pos_ in ("VERB", "AUX"):
            subj = next((s for s in c.children if s.dep_ == "nsubj"), None)  # not "troops to be withdrawn"
            if subj is not None and subj.lower_ not in lexicon.words("first-person-pronouns"):
                return subj  # "we must act": the speaker's own
    return None


def sentence_countries(tok: Token, own: set[str]) -> list[str]:
    """The countries the sentence of ``tok`` names (as a name, demonym or city), outside the subjects of its
    clauses and other than ``own``: "The leaders discussed aid to Ukraine and condemned Russia's aggression" → UA."""
    subjects = lexicon.words("plover-subject-deps") | {"nsubjpass"}
    out: list[str] = []
    for ent in span_ents(tok.sent):
        if ent.label_ not in ("GPE", "NORP") or any(t.dep_ in subjects for t in (ent.root, *ent.root.ancestors)):
            continue
        code = lexicon.lookup_polity(ent.text)
        if code is None and ent.label_ == "GPE":
            place = place_for(ent.text)
            code = place.country if place else None
        if code and code not in own and code not in out and not lexicon.polity(code).is_org:
            out.append(code)
    return out

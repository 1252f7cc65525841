"""The country of a state noun named alone as an event's source or target: "the government"
(``plover-antecedent-nouns``, no modifier that names a country) stands for the government the article last named with
its country before the event ("The United States backs the Somali government … The government is seeking talks":
Somalia), not for the country the article is most about."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import lexicon
from kg.extract.plover_actors import Actors, modifier_polities
from kg.model import Actor

LOOKBACK_TOKENS = 1500  # how far back (tokens) the named mention may be


def bare_state_noun(actor: Actor) -> bool:
    """A collective actor labelled by a state noun alone ("government", "Government"), of no known country."""
    if actor.country or actor.org or actor.person or not actor.sector:
        return False
    return lexicon.fold(actor.label) in lexicon.words("plover-antecedent-nouns")


def antecedent_country(ac: Actors, tok: Token, label: str) -> str | None:
    """The one country named with the last earlier mention of the same state noun before ``tok``: "the Somali
    government", "the government of Somalia", "Somalia's government", "the Howard government" (through the
    person's role)."""
    noun = lexicon.fold(label)
    doc = tok.doc
    for i in range(tok.i - 1, max(tok.i - LOOKBACK_TOKENS, 0) - 1, -1):
        if doc[i].lower_ != noun or doc[i].pos_ not in ("NOUN", "PROPN"):
            continue
        codes = [c for c in modifier_polities(ac, doc[i]) if not lexicon.polity(c).is_org]
        if len(codes) == 1:
            return codes[0]
    return None


def antecedent_bodies(ac: Actors, tok: Token, actors: list[Actor], here: str | None) -> list[Actor]:
    """Each bare state noun of ``actors`` with the country of its sentence's place (``here``), else of its named
    antecedent (:func:`antecedent_country`); other actors as they are."""
    out = []
    for a in actors:
        code = (here or antecedent_country(ac, tok, a.label)) if bare_state_noun(a) else None
        out.append(replace(a, country=code) if code else a)
    return out

"""The press a speaker addresses is the audience, not the target ("X told reporters that Y must act", "told the BBC
that Y should resign"): a REQUEST or accusation reported by a speech verb is about Y."""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.plover_nouns import sector_nouns
from kg.model import Actor


def unheard(tok: Token, targets: list[Actor]) -> list[Actor]:
    """The targets of a trigger without the press, when the trigger is a speech verb of ``plover-audience-verbs``
    whose object may be its audience: an actor of a ``plover-audience-sectors`` sector ("told reporters", "told
    state television") or a news outlet named (:func:`outlet`: "told the Financial Times")."""
    if tok.lemma_.lower() not in lexicon.words("plover-audience-verbs"):
        return targets
    return [a for a in targets if not press(a)]


def press(actor: Actor) -> bool:
    """The press: an actor of a ``plover-audience-sectors`` sector ("reporters") or a news outlet named, no person."""
    return actor.person is None and (actor.sector in lexicon.words("plover-audience-sectors") or outlet(actor))


def outlet(actor: Actor) -> bool:
    """A news outlet named, of no country: one of ``news-outlet-names`` ("Reuters") or a name whose last word is one
    of ``news-outlet-words`` ("the BBC", "the Financial Times", "Eastern Television")."""
    name = actor.label.lower().removeprefix("the ")
    words = name.split()
    return actor.country is None and bool(words) and (
        name in lexicon.words("news-outlet-names") or words[-1] in lexicon.words("news-outlet-words"))


def press_nouns() -> frozenset[str]:
    """The nouns of the press, the ``agents.tsv`` nouns of a ``plover-audience-sectors`` sector ("reporter",
    "journalist", "media"): an audience that takes no part ("spoke to reporters", "reporter X was in attendance")."""
    return sector_nouns(lexicon.words("plover-audience-sectors"))


def audience_tokens(anchor: Token) -> set[int]:
    """The tokens of the phrases in an act's clause that name whom its speaker addresses, not whom the act is
    about: the object of a speech verb of ``plover-audience-verbs`` ("denied it, telling the House of Commons
    that …"; not a person told: "told President X to …") and the object of a preposition of
    ``plover-audience-preps`` after a noun of ``plover-audience-nouns`` ("made the accusation in a statement to
    parliament", "in an interview with the Kalvor Courier"; not "a letter addressed to X")."""
    verbs, nouns = lexicon.words("plover-audience-verbs"), lexicon.words("plover-audience-nouns")
    preps = lexicon.words("plover-audience-preps")
    told = [t for t in anchor.subtree
            if t.dep_ == "dobj" and t.head.lemma_.lower() in verbs and t.ent_type_ != "PERSON"]
    heard = [t for t in anchor.subtree if t.dep_ == "pobj" and t.head.lower_ in preps
             and t.head.head.pos_ == "NOUN" and t.head.head.lemma_.lower() in nouns]
    return {x.i for t in told + heard for x in t.subtree}

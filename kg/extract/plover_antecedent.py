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


def opposition_government(ac: Actors, subject: Token | None, sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """A bare state noun as the target of an act whose subject's phrase names the opposition, or whose source
    holds a role that does or leads a party (``plover-opposition-words``, ``plover-partisan-roles``: "the
    opposition Labour leader, X, urged the government to …", "Opposition leader Y … called on the government to
    …", "he" for Y, "Labour leader Z"), or whose sources are a country's own people (:func:`domestic`: "Sri Lankan
    monks accused the government of selling assets to India") is their own state: of the sources' one country,
    else of the country the article is about; not the government the article named last (another state's) nor
    a place inside the act charged."""
    if not any(map(_bare_label, targets)):
        return targets
    while subject is not None and subject.dep_ == "appos" and subject.head.i != subject.i:
        subject = subject.head  # "the opposition leader, X,": the phrase X stands in
    phrase = [t for t in subject.subtree if t.dep_ not in ("relcl", "acl")] if subject is not None else []
    held = any(a.person is not None and a.person.key in ac.opposition for a in sources)  # "Opposition Leader X"
    if not held and not domestic(sources) and \
            not lexicon.words("plover-opposition-words").intersection(t.lower_ for t in phrase):
        return targets
    code = _own_country(ac, sources, phrase)
    return [replace(a, country=code) if code and _bare_label(a) else a for a in targets]


def domestic(sources: list[Actor]) -> bool:
    """Whether the sources are collectives of one country that speak as its people, not its state
    (``plover-domestic-critic-sectors``: monks, students, trade unions, business leaders, rights groups)."""
    sectors = lexicon.words("plover-domestic-critic-sectors")
    return bool(sources) and len({a.country for a in sources}) == 1 and all(
        a.country and not (a.person or a.org) and a.sector in sectors and not lexicon.polity(a.country).is_org
        for a in sources)


def _bare_label(actor: Actor) -> bool:
    """A collective actor labelled by a state noun alone, whatever country kg inferred for it."""
    return bare_state_noun(replace(actor, country=None))


def _own_country(ac: Actors, sources: list[Actor], phrase: list[Token]) -> str | None:
    """The one country of the sources, else the one its subject phrase's words name ("Latvian opposition
    politician X"), else the article's focus country."""
    own = {a.country for a in sources if a.country}
    if not own:
        own = {c for t in phrase for c in modifier_polities(ac, t, places=False) if not lexicon.polity(c).is_org}
    return own.pop() if len(own) == 1 else None if own else (ac.focus[0] if ac.focus else None)

"""Material acts of private persons: no political event.

The annotation guide codes "an action by a political actor (government, official, armed force, rebel group,
party, international organisation, protesters)". A person whom kg knows by no political post, country,
organisation or sector is no such actor as far as the article says, and the material acts of
``plover-private-person-types`` done by such persons only are crimes, donations or collaborations of private life
("McArthur murdered seven men", "Hunter collaborated with Hart", "Winkler gave $200,000 to the party"), which the
annotators do not code. Their statements (accusations, requests, support) are kept: a critic or activist speaks as
a political actor. A name of one word is not judged: what the parser takes for a person there is as often a group
or a place ("JEM", "FPMR").
"""

from __future__ import annotations

from collections.abc import Iterable

from kg import lexicon
from kg.model import Actor, PoliticalEventFact, RoleFact


def private(actor: Actor, officials: frozenset[str] = frozenset()) -> bool:
    """A person named in two words or more, of no known country, organisation or sector, whose key is not among
    ``officials`` (the persons holding a political post in the article)."""
    person = actor.person
    return person is not None and len(actor.label.split()) > 1 and person.key not in officials and \
        not (actor.country or actor.org or actor.sector)


def private_act(fact: PoliticalEventFact, officials: frozenset[str] = frozenset()) -> bool:
    """Whether ``fact`` is a material act (``plover-private-person-types``) whose sources are all private persons.

    >>> from kg.model import Evidence, Person
    >>> ev = Evidence("a", "Tom Jones attacked Smith.", 0, 10, 18, "plover:ph-assault")
    >>> jones = Actor("Tom Jones", person=Person("tom-jones", "Tom Jones"))
    >>> private_act(PoliticalEventFact("p1", "ASSAULT", (jones,), (), "asserted", ev))
    True
    >>> private_act(PoliticalEventFact("p1", "ASSAULT", (jones,), (), "asserted", ev), frozenset({"tom-jones"}))
    False
    >>> private_act(PoliticalEventFact("p1", "ACCUSE", (jones,), (), "asserted", ev))
    False
    """
    return fact.type in lexicon.words("plover-private-person-types") and bool(fact.sources) and \
        all(private(a, officials) for a in fact.sources)


def political(facts: list[PoliticalEventFact], roles: Iterable[RoleFact] = ()) -> list[PoliticalEventFact]:
    """``facts`` without the material acts of private persons (:func:`private_act`); a person holding a role of
    ``roles`` that is not ``nonpolitical`` (a minister, a party leader, a former president) is no private person."""
    officials = frozenset(r.person.key for r in roles if r.scope != "nonpolitical")
    return [f for f in facts if not private_act(f, officials)]

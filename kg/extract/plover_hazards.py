"""PLOVER events whose source is a fire, a storm or another hazard, no political actor: not coded.

"Hotel fire kills at least seventeen", "Typhoon Halong made landfall, killing 20": the parser takes the name of a
fire or storm for an organisation's, and its "killing" would be an ASSAULT by it. A source whose label ends in a
word of ``plover-hazard-words`` ("Hotel fire", "the apartment block fire") or starts with one of
``plover-hazard-names`` ("Typhoon Halong", "Hurricane Ida", even when taken for a person's name) is no actor; an
event left with no other source is not coded. A person otherwise named is no hazard, nor is a body whose name only
holds the word ("the fire service"). Nor is a news outlet of no country (:func:`plover_audience.outlet`: "The
newspaper pledged to fly its flag at half-mast", "The Lima Times lambasted the minister"); a state's news agency
speaks for its state and stays.

A trigger whose pattern names a word list under ``not_near`` is no event when a word of that list is in its phrase
(:func:`near_word`): a state of emergency declared for a storm, an epidemic or a budget is no repression
(``plover-disaster-words``; PLOVER manual, COERCE). Nor is a trigger that is a subjectless participle marked by a
word of its pattern's ``not_marked`` (:func:`idiom_marked`): "civil law, as opposed to religious law" rejects
nothing.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import lexicon
from kg.extract.plover_audience import outlet
from kg.model import Actor, PoliticalEventFact


def hazard(actor: Actor) -> bool:
    """Whether a source is a hazard, not an actor.

    >>> hazard(Actor("Hotel fire", org="Hotel fire")), hazard(Actor("Typhoon Halong")), hazard(Actor("fire service"))
    (True, True, False)
    """
    words = actor.label.lower().replace("-", " ").split()
    if len(words) > 1 and words[0] in lexicon.words("plover-hazard-names"):
        return True  # also when the parser took the storm's name for a person's
    return actor.person is None and bool(words) and words[-1] in lexicon.words("plover-hazard-words")


def acted(facts: list[PoliticalEventFact]) -> list[PoliticalEventFact]:
    """``facts`` without their hazard and news outlet sources (:func:`hazard`, ``outlet``), and without the events
    that had no other."""
    out = []
    for fact in facts:
        sources = tuple(a for a in fact.sources if not hazard(a) and not outlet(a))
        if sources == fact.sources:
            out.append(fact)
        elif sources:
            out.append(replace(fact, sources=sources))
    return out


def near_word(tok: Token, words: str) -> bool:
    """Whether a word of the word list ``words`` is in the trigger's phrase (its subtree), by lemma or as written:
    "Lomar declared a state of emergency as the storm approached", "declared a fiscal emergency"
    (``plover-disaster-words``)."""
    listed = lexicon.words(words)
    return any(t.lemma_.lower() in listed or t.lower_ in listed for t in tok.subtree)


def idiom_marked(tok: Token, marks: list[str]) -> bool:
    """Whether a verb is a participle with a marker of ``marks`` and no subject of its own, an idiom, no act: "as
    opposed to" ("civil law, as opposed to religious law"); not "as Peru opposed the plan"."""
    return tok.tag_ == "VBN" and any(c.dep_ == "mark" and c.lower_ in marks for c in tok.children) and \
        not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)

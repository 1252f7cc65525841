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
nothing. Nor is a trigger whose object shows another sense of the word (:func:`unlike_object`): an object of its
pattern's ``not_objects`` ("occupied the position", "supplies were put in custody") or one modified by a word of its
``not_object_modifiers`` ("joined the air strikes"; ``*-led`` stands for a country or organisation leading it:
"joined the U.S.-led strikes", not "joined the union-led strike"), nor a phrasal verb of another sense, the verb
right before a particle of its pattern's ``not_particles`` (:func:`phrasal`: "backed down", "backed away from").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from kg import lexicon
from kg.extract.plover_audience import outlet
from kg.lexicon import lookup_polity
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


def unlike_object(tok: Token, pattern) -> bool:
    """An object of ``tok`` (``verb-object-deps``, or the head a relative clause modifies: "the position he
    occupied") that is in the pattern's ``not_objects`` or has a modifier of its ``not_object_modifiers``."""
    unlike, modifiers = pattern.get("not_objects") or (), pattern.get("not_object_modifiers") or ()
    if not unlike and not modifiers:
        return False
    objects = [c for c in tok.children if c.dep_ in lexicon.words("verb-object-deps")]
    objects += [tok.head] * (tok.dep_ == "relcl")
    return any(o.lemma_.lower() in unlike or any(_modifies(m, modifiers) for m in o.children) for o in objects)


def _modifies(mod: Token, words) -> bool:
    """A modifier in ``words`` (a possessive too: "its diplomats"); ``*-led`` is "X-led" where X names a country or
    organisation ("U.S.-led")."""
    if mod.dep_ not in ("amod", "compound", "nmod", "poss"):
        return False
    word = mod.lemma_.lower()
    led = word.endswith("-led") and "*-led" in words and lookup_polity(mod.text[:-4]) is not None
    return led or word in words


def phrasal(tok: Token, particles) -> bool:
    """The verb right before one of ``particles`` that is its particle, adverb or preposition: "the government
    backed down", "X backed away from the claim", "backed out of the deal" (not "backed the plan")."""
    nxt = tok.nbor() if particles and tok.i + 1 < len(tok.doc) else None
    return nxt is not None and nxt.head.i == tok.i and nxt.lower_ in particles and nxt.dep_ in ("prt", "advmod", "prep")

"""The one a passive participle acts on when the participle has no subject of its own.

Beside a passive's own subject ("X was arrested") and a headline's or a conjoined passive's
(:func:`kg.extract.plover_targets.passive_patient`), a participle acts on:

- the noun it qualifies, as a reduced relative or a modifier (``plover-reduced-passive-deps``: "two businessmen
  arrested in Peru", "the detained sailors"); when that noun is what a subject is one of (``plover-member-preps``:
  "X was among those arrested", "Y was among the men detained"), that subject;
- the subject of the passive a bare participle is joined to, sharing its auxiliary ("X was shot and killed by police",
  "X was found guilty and sentenced": X; :func:`shared_passive`);
- the subject of the clause a passive gerund hangs from (``plover-gerund-passive-deps``: "X is in hospital after
  being arrested", "he was pushed while being escorted out").
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract import plover_targets as pt
from kg.extract.plover_actors import Actors, actors_of
from kg.extract.plover_match import Hit
from kg.extract.plover_subjects import speaker

CLAUSE_DEPTH = 3  # how many steps above a passive gerund the clause whose subject it shares may be


def passive_patient(ac: Actors, verb: Token, hit: Hit) -> Token | None:
    """The one acted on by a passive with no subject of its own: a headline's participle or a passive joined to a
    verb before it (:func:`kg.extract.plover_targets.passive_patient`) or a bare participle joined to a passive
    (:func:`shared_passive`), else, for a trigger of an act done to
    people (``plover-implicit-patient-types``), :func:`implicit_patient` when that names an actor ("the war crimes
    committed by X" names none, "a centre supported by X" is no act done to people: the participle keeps its
    roles)."""
    found = pt.passive_patient(verb) or shared_passive(verb)
    if found is not None or hit.pattern.get("plover") not in lexicon.words("plover-implicit-patient-types"):
        return found
    found = implicit_patient(verb)
    return found if found is not None and actors_of(ac, speaker(found)) else None


def implicit_patient(verb: Token) -> Token | None:
    """The noun a passive participle qualifies ("businessmen arrested in Peru"), the member of it a subject is
    ("X was among those arrested": X), or the subject a passive gerund shares ("X was hurt after being
    arrested": X); None for a participle with a subject or an object of its own."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in verb.children):
        return None
    if verb.dep_ in lexicon.words("plover-reduced-passive-deps") and verb.head.i != verb.i:
        return member_subject(verb.head) or verb.head
    if verb.dep_ in lexicon.words("plover-gerund-passive-deps") and any(c.dep_ == "auxpass" for c in verb.children):
        return shared_subject(verb)
    return None


def member_subject(noun: Token) -> Token | None:
    """The subject that is one of ``noun``: "X was among those arrested" (``plover-member-preps``)."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ not in lexicon.words("plover-member-preps") or prep.head.i == prep.i:
        return None
    return next((c for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def shared_subject(verb: Token) -> Token | None:
    """The subject of the nearest clause above a passive gerund ("X is in intensive care after being arrested",
    "he was pushed while being escorted": X, he)."""
    node = verb
    for _ in range(CLAUSE_DEPTH):
        if node.head.i == node.i:
            return None
        node = node.head
        found = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if found is not None:
            return found
    return None


def shared_passive(verb: Token) -> Token | None:
    """The subject of the passive a bare participle is joined to ("X was arrested and charged": X); None for a
    participle with a subject, object or auxiliary of its own ("X was arrested and has denied it", "X was arrested
    and police charged him")."""
    if verb.dep_ != "conj" or verb.tag_ != "VBN" or \
            any(c.dep_ in ("nsubj", "nsubjpass", "dobj", "aux", "auxpass") for c in verb.children):
        return None
    if not any(c.dep_ == "auxpass" for c in verb.head.children):
        return None
    return next((c for c in verb.head.children if c.dep_ == "nsubjpass"), None)


def shared_agent(verb: Token) -> Token | None:
    """The agent of the passive a bare participle is joined to ("they were surrounded by Iranian gunboats and
    taken into custody": the gunboats take them), when the participle shares that passive's subject."""
    if shared_passive(verb) is None:
        return None
    return next((p for c in verb.head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)

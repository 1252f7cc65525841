"""The sources and targets a PLOVER trigger's own syntax gives (:func:`roles_of`).

A verb's subject (or the "by X" of a passive) is its source and its objects and the prepositions its pattern names
("on/against/with X") its targets; a noun's possessive, modifier, "by/between/among" phrase or governing verb's
subject is its source ("Israeli airstrikes on Gaza", "Russia's invasion of Ukraine", "the sanctions imposed by the
EU"). What the sentence says around the trigger beyond that (reported speech, focus countries, venues) is decided in
:mod:`kg.extract.plover`.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract import plover_marked as mark
from kg.extract.plover_actors import Actors, actor_key, actors_of, leaders
from kg.extract.plover_audience import unheard
from kg.extract.plover_match import Hit
from kg.extract.plover_patients import passive_patient, shared_agent
from kg.extract.plover_place import place_heads
from kg.extract.plover_provenance import tagged
from kg.extract.plover_sources import (
    noun_agents,
    participants,
    place_modifier,
    pronoun_owner,
    responsible,
    statement_issuer,
    victim_owner,
)
from kg.extract.plover_subjects import reported_conjunct_speaker, speaker, split_name, subject
from kg.extract.plover_targets import opposed_words, target_actors, through_heads
from kg.extract.plover_unnamed import unnamed_group
from kg.model import Actor


def roles_of(ac: Actors, tok: Token, hit: Hit) -> tuple[list[Actor], list[Actor]]:
    """(sources, targets) of a trigger."""
    if hit.pattern.get("noun") or tok.pos_ in ("NOUN", "PROPN"):
        return _noun_roles(ac, tok, hit)
    children = list(tok.children)
    passive = next((split_name(c) for c in children if c.dep_ == "nsubjpass"), None) or passive_patient(ac, tok, hit)
    agent = next((p for c in children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if agent is None and passive is not None:
        agent = shared_agent(tok)
    if agent is None and passive is not None and hit.pattern.get("body_source"):
        agent = tok.doc[hit.used[-1]]  # "X was elected leader of the party": the party, its last node, elects
    said_by = reported_conjunct_speaker(tok) or subject(tok)
    sources = actors_of(ac, agent) if passive is not None else \
        actors_of(ac, said_by) or statement_issuer(ac, said_by) or unnamed_group(ac, said_by, hit.pattern.get("plover"))
    objects = [speaker(passive)] if passive is not None else [c for c in children if c.dep_ in ("dobj", "dative")]
    if hit.pattern.get("object") is False:
        objects = []
    if not hit.pattern.get("object_target"):
        objects = [o for o in objects if o.i not in hit.used]
    targets = [a for o in objects for a in target_actors(ac, o, hit.pattern.get("plover"))]
    if hit.pattern.get("named_object"):  # "freed five Lebanese prisoners": LB; "freed 400 prisoners": whose is unsaid
        targets = [a for a in targets if names_polity(a)]
    targets += [a for o in prep_objects(tok, hit) for a in target_actors(ac, o, hit.pattern.get("plover"))]
    return dedupe(sources), dedupe(unheard(tok, targets))  # "X told reporters …": the press listens


def names_polity(actor: Actor) -> bool:
    """Whether an actor is a person, an organisation, or a collective whose own words name its country or group
    ("Lebanese prisoners", "Houthi fighters"), not one placed in a country only by where the act happens
    ("prisoners", "political detainees"): pattern key ``named_object``."""
    return actor.person is not None or bool(actor.org) or any(lexicon.lookup_polity(w) for w in actor.label.split())


def prep_objects(tok: Token, hit: Hit, preps: tuple[str, ...] = ()) -> list[Token]:
    preps = preps or hit.pattern.get("targets") or ()
    heads = [tok] + [c for i in hit.used for c in (tok.doc[i], *tok.doc[i].conjuncts)]  # "strikes and a raid on Y"
    heads += [o for h in heads for o in through_heads(h, tuple(hit.pattern.get("target_through") or ()))]
    heads += place_heads(heads)  # "its offensive in the Gaza Strip against Hamas"
    return [o for h in heads for c in h.children if c.dep_ in ("prep", "dative") and c.lower_ in preps
            for o in c.children if o.dep_ == "pobj"]


def _noun_roles(ac: Actors, tok: Token, hit: Hit) -> tuple[list[Actor], list[Actor]]:
    """"Israeli airstrikes on Gaza", "Russia's invasion of Ukraine", "X launched an attack on Y", "the
    sanctions imposed by the EU"."""
    opposed = opposed_words(tok)  # "an anti-American rally": the target, not the actor
    victims = [c for c in tok.children if victim_owner(ac, tok, c)]  # "Hariri's assassination": the target
    owners = [o for c in tok.children if c.dep_ in ("poss", "amod", "compound", "nmod") and c not in opposed
              and c not in victims and not place_modifier(ac, c) if (o := pronoun_owner(tok, c)) is not None]
    preps = ("by", "between", "among", "of") if hit.pattern.get("of_source") else ("by", "between", "among")
    preps += tuple(hit.pattern.get("source_preps") or ())  # "the call from X for a referendum"
    owners += [p for c in (*tok.children, *_verb_preps(tok, hit)) if c.dep_ in ("prep", "agent") and c.lower_ in preps
               for p in c.children if p.dep_ == "pobj"]
    owners += participants(tok) + [x for c in tok.children for x in leaders(c)]  # "the US-led invasion"
    sources = [a for o in owners for a in actors_of(ac, o)]
    if not sources and tok.dep_ == "nsubjpass":  # "the rally was organised by the union"
        sources = [a for c in tok.head.children if c.dep_ == "agent" for o in c.children for a in actors_of(ac, o)]
    if not sources:  # "X launched an attack", "protests organised by X", not "X recorded the protest"
        sources = [a for o in noun_agents(tok) for a in actors_of(ac, o)]
    if not sources:  # "X claimed responsibility for the attack", "the attack was blamed on X"
        sources = [a for o in responsible(tok) for a in actors_of(ac, o)]
    targets = [a for o in prep_objects(tok, hit) for a in target_actors(ac, o, hit.pattern.get("plover"))]
    targets += [a for o in opposed[2::3] for a in mark.opposed_actors(ac, o)]
    targets += [a for o in victims for a in actors_of(ac, o)]
    # "Iran is under sanctions", "came under attack"
    under = tok.dep_ == "pobj" and tok.head.lower_ in lexicon.words("plover-undergone-preps") and \
        hit.pattern.get("plover") in lexicon.words("plover-force-types")
    undergone = _undergoing_verb(tok) if hit.pattern.get("subject_target") else None  # "X faced criticism"
    verb = tok.head.head if under else undergone
    if not targets and verb is not None:
        subj = subject(verb)
        found = actors_of(ac, subj) or (target_actors(ac, subj) if subj is not None and subj.pos_ == "NOUN" else [])
        targets = tagged("subject-target", found)  # "X's proposal met with criticism": X
    return dedupe(sources), dedupe(targets)


def _undergoing_verb(tok: Token) -> Token | None:
    """The verb whose subject undergoes an act named by its object noun ("X faced criticism") or by the object of
    one of ``plover-subject-target-preps`` ("X's plan met with criticism")."""
    if tok.dep_ == "dobj":
        return tok.head
    preps = lexicon.words("plover-subject-target-preps")
    if tok.dep_ == "pobj" and tok.head.lower_ in preps and tok.head.head.pos_ in ("VERB", "AUX"):
        return tok.head.head
    return None


def _verb_preps(tok: Token, hit: Hit) -> list[Token]:
    """The prepositions of the verb an object noun with ``source_preps`` hangs from, where the parser puts its
    author: "the move drew condemnation from the UN" ("from" on "drew")."""
    if not hit.pattern.get("source_preps") or tok.dep_ != "dobj" or tok.head.i == tok.i:
        return []
    return [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in hit.pattern.get("source_preps")]


def dedupe(actors: list[Actor]) -> list[Actor]:
    out: list[Actor] = []
    keys: set[str] = set()
    for a in actors:
        if actor_key(a) not in keys:
            keys.add(actor_key(a))
            out.append(a)
    return out

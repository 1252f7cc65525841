"""Targets of denials: a rejection that denies a charge ("Moscow rejected the accusations", "Lavrov denied any
Russian involvement", "denied that its troops had crossed the border", "a charge Ankara denies") is aimed at whoever
made the charge: the sources of the nearest earlier accusation (ACCUSE) in the article whose target is the denier's
side, however far back it was told and whoever the sentence before names. Used after every sentence-level rule
(and after :mod:`kg.extract.plover_backref`), only for an event of ``plover-denial-types`` whose trigger is a verb of
``plover-denial-verbs`` and whose object is a charge: a noun of ``plover-claim-nouns`` or ``plover-denied-nouns``
or a pronoun of ``plover-claim-pronouns`` with no owner ("rejected Ethiopia's accusations", "the charges by Kenya"
name their own accuser), the clause a denial verb governs ("denied that …", "denies wanting …"), or the charge noun
the denial qualifies ("a charge Ankara denies"); not when the clause names another actor (rule ``clause-named``).
Not a refusal of something else ("rejected the proposal", "denied
Peru a visa", "denied access"), nor when no earlier accusation is aimed at the denier."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.plover_actors import actor_key
from kg.extract.plover_provenance import tagged
from kg.model import Actor, PoliticalEventFact

ACCUSER_CHARS = 3000  # how far back (characters) the accusation a denial answers may be reported
OWNER_PREPS = ("by", "from", "of")  # "the charges by Kenya", "accusations from Kigali": the accuser is named


def denied_charges(doc: Doc, facts: list[PoliticalEventFact]) -> list[PoliticalEventFact]:
    """``facts`` with the accuser (:func:`accuser`) as the target of each denial of a charge."""
    out = []
    for f in facts:
        found = accuser(f, facts) if _open(f) and _denies(doc, f) else []
        out.append(replace(f, targets=tuple(tagged("accuser", found))) if found else f)
    return out


def _open(fact: PoliticalEventFact) -> bool:
    """A denial whose clause names no other actor (rule ``clause-named``: "denying that he showed the U.N.
    investigators cheques" keeps the UN)."""
    return fact.type in lexicon.words("plover-denial-types") and not any(
        a.rule == "clause-named" and not any(same_side(s, a) for s in fact.sources) for a in fact.targets)


def _denies(doc: Doc, fact: PoliticalEventFact) -> bool:
    span = doc.char_span(fact.evidence.start, fact.evidence.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and denial(span.root)


def denial(verb: Token) -> bool:
    """Whether ``verb`` denies a charge (see the module's docstring)."""
    if verb.lemma_.lower() not in lexicon.words("plover-denial-verbs"):
        return False
    if verb.dep_ == "relcl" and _charge(verb.head):
        return True  # "a charge Ankara denies", "charges Qatar has always denied"
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if any(_owned(o) for o in objects):
        return False
    if any(_charge(o) for o in objects):
        return True
    clause = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp")]
    return verb.lemma_.lower() == "deny" and not objects and bool(clause) and not _dative(verb)


def _charge(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    if noun.lower_ in lexicon.words("plover-claim-pronouns") or noun.lower_ == "it":
        return not list(noun.children)
    return lemma in lexicon.words("plover-claim-nouns") or lemma in lexicon.words("plover-denied-nouns")


def _owned(noun: Token) -> bool:
    """"Ethiopia's accusations", "the charges by Kenya", "claims from Kigali": the charge names its accuser."""
    return any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in noun.children) or any(
        c.dep_ in ("prep", "agent") and c.lower_ in OWNER_PREPS and any(p.ent_type_ for p in c.subtree)
        for c in noun.children) or any(
        c.dep_ == "acl" and any(a.dep_ == "agent" for a in c.children) for c in noun.children)


def _dative(verb: Token) -> bool:
    return any(c.dep_ == "dative" for c in verb.children)  # "denied Peru a visa"


def accuser(fact: PoliticalEventFact, facts: list[PoliticalEventFact]) -> list[Actor]:
    """The sources of the nearest accusation before ``fact`` (at most :data:`ACCUSER_CHARS` back, in its sentence
    too) whose target is the denier's side (:func:`same_side`) and whose sources are not the denier's own; none when
    the denial's targets already include them."""
    start = fact.evidence.start
    own = {who(a) for a in fact.sources}
    before = [e for e in facts if start - ACCUSER_CHARS <= e.evidence.start < start and e.type == "ACCUSE"
              and e.modality not in ("negated", "hypothetical") and e.sources
              and not own & {who(a) for a in e.sources}
              and any(same_side(s, t) for s in fact.sources for t in e.targets)]
    act = max(before, key=lambda e: e.evidence.start, default=None)
    if act is None or {who(a) for a in act.sources} <= {who(a) for a in fact.targets}:
        return []
    return [replace(a, rule="") for a in act.sources]


def same_side(a: Actor, b: Actor) -> bool:
    """The same actor, or (unless both are persons) the same country when one is its state: a person, the
    country or one of its state bodies (``plover-learned-state-sectors``); not "protesters" of that country.

    >>> same_side(Actor("Sergei Lavrov", "RU"), Actor("Russia", "RU")), same_side(Actor("Lavrov", "RU"),
    ...     Actor("protesters", "RU", "CVL"))
    (True, False)
    """
    if who(a) == who(b):
        return True
    if a.person and b.person:
        return False
    return bool(a.country) and a.country == b.country and _state_side(a) and _state_side(b)


def who(a: Actor) -> str:
    """Who an actor is, finer than :func:`kg.extract.plover_actors.actor_key`: a group that is not its country's
    state ("the opposition party", "human rights groups") is not its country."""
    return actor_key(a) if _state_side(a) else f"{a.label.lower()}|{a.country or ''}"


def _state_side(a: Actor) -> bool:
    return a.person is not None or not a.sector or a.sector in lexicon.words("plover-learned-state-sectors")

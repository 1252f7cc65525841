"""Targets named by an act noun that refers back: a response whose object is an earlier act named again by a noun
("ECOWAS imposed sanctions on Niger. … The junta rejected the measures": ECOWAS; "Saudi jets struck Houthi
positions. The Arab League backed the operation": Saudi Arabia) is aimed at that act's actor. The nouns and the
types of act each may name again are rows of ``plover_back_nouns.tsv``; the act is the nearest earlier event of such
a type in the response's paragraph or the one before it (:func:`antecedent`). Used after every
sentence-level rule, only for an event of ``plover-backref-types`` (verbal responses, not a protest: "called for the
strike" names the protest itself) whose target is none or only a guess (the article's focus country, rule
``focus``, or the actor of the last act of force, rule ``reaction``: "Germany promised tanks to Ukraine. Russia
condemned the promise" answers the promise), and only for a noun that refers (a
definite or demonstrative determiner, no owner, no country modifier: not "new sanctions", "Russia's invasion", "the
EU measures"). Guards: a verb that does or renews the act itself ("made the accusation", "extended the sanctions":
``plover-backref-light-verbs``) names no earlier act, an act of one actor of the response's own type is passed
over ("X rejected the plan. Y rejected the decision too": not X's rejection; but "X and Y signed the accord. Z
welcomed the accord": the signing of several, a SUPPORT as the welcome is), and a response to the source's own
act has no target from it ("X imposed sanctions … X defended the measures")."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.errors import ResourceError
from kg.extract.plover_actors import actor_key, mutual, several
from kg.extract.plover_org_referents import open_to_referent, organisation_target
from kg.extract.plover_provenance import tagged
from kg.extract.sentences import doc_text
from kg.model import Actor, PoliticalEventFact
from kg.vocab import PLOVER_TYPES

BACK_CHARS = 1500  # how far back (characters) the act a noun names again may be reported
REPLACEABLE = frozenset({"focus", "reaction"})  # target rules a back-reference replaces: a guess from the article
ANY = "*"  # the types of a noun that may name a deed of any kind ("the move": plover-backref-any-types)


@cache
def back_nouns() -> dict[str, frozenset[str]]:
    """Noun lemma → the PLOVER types of act it may name again (``plover_back_nouns.tsv``; ``*``: any type)."""
    rows = lexicon.read_tsv(lexicon.resource_path("plover_back_nouns.tsv"), ("id", "nouns", "types"))
    out: dict[str, frozenset[str]] = {}
    for row in rows:
        unknown = set(lexicon.split(row["types"])) - {*PLOVER_TYPES, ANY}
        if unknown:
            raise ResourceError(f"plover_back_nouns.tsv row {row['id']}: unknown types {sorted(unknown)}")
        for noun in lexicon.split(row["nouns"]):
            out[noun] = out.get(noun, frozenset()) | frozenset(lexicon.split(row["types"]))
    return out


def _kinds(noun: Token) -> frozenset[str]:
    """The types of act ``noun`` may name again; for ``*`` those of ``plover-backref-any-types`` (a deed)."""
    kinds = back_nouns()[noun.lemma_.lower()]
    return kinds if ANY not in kinds else lexicon.words("plover-backref-any-types")


def referred_back(doc: Doc, facts: list[PoliticalEventFact]) -> list[PoliticalEventFact]:
    """``facts`` with the target an act noun refers back to (:func:`back_target`) for each open response, else the
    organisation a noun such as "the bloc" refers back to
    (:func:`kg.extract.plover_org_referents.organisation_target`)."""
    out = []
    for f in facts:
        found = tagged("back-reference", back_target(doc, f, facts) if _open(f) else [])
        found = found or tagged("org-referent", organisation_target(doc, f) if open_to_referent(f) else [])
        out.append(replace(f, targets=tuple(found)) if found else f)
    return out


def _open(fact: PoliticalEventFact) -> bool:
    """A response with a source whose target is none or only a guess (:data:`REPLACEABLE`)."""
    return fact.type in lexicon.words("plover-backref-types") and bool(fact.sources) \
        and not mutual(fact.sources, fact.type) and all(a.rule in REPLACEABLE for a in fact.targets)


def back_target(doc: Doc, fact: PoliticalEventFact, facts: list[PoliticalEventFact]) -> list[Actor]:
    """The sources of the act the event's object names again (:func:`referring_nouns`, :func:`antecedent`)."""
    span = doc.char_span(fact.evidence.start, fact.evidence.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    if span.root.lemma_.lower() in lexicon.words("plover-backref-light-verbs"):
        return []  # "made the accusation", "the EU extended the sanctions": the act itself, or again
    for noun in referring_nouns(span.root):
        act = antecedent(doc, fact, facts, _kinds(noun))
        if act is None:
            continue
        own = {actor_key(a) for a in fact.sources}
        return [] if own & {actor_key(a) for a in act.sources} else [replace(a, rule="") for a in act.sources]
    return []


def referring_nouns(anchor: Token) -> list[Token]:
    """The act nouns of ``plover_back_nouns.tsv`` that the anchor is done to (its object, passive subject or the
    object of one of ``plover-backref-preps``: "condemned the attack", "objected to the decision", "the
    measures were rejected") and that refer back: a determiner of ``plover-backref-determiners``, no owner ("its",
    "Russia's", "by X", "of X") and no modifier naming a country or people ("the EU measures", "Russian strikes")."""
    preps = lexicon.words("plover-backref-preps")
    heads = [c for c in anchor.children if c.dep_ in ("dobj", "nsubjpass")]
    heads += [o for c in anchor.children if c.dep_ == "prep" and c.lower_ in preps
              for o in c.children if o.dep_ == "pobj"]
    return [n for n in heads if n.lemma_.lower() in back_nouns() and _refers(n)]


def _refers(noun: Token) -> bool:
    """Whether an act noun names an act already told: a definite or demonstrative determiner and no owner or
    country modifier."""
    dets = lexicon.words("plover-backref-determiners")
    if not any(c.dep_ == "det" and c.lower_ in dets for c in noun.children):
        return False
    if any(c.dep_ in ("poss", "nmod") or c.ent_type_ in ("GPE", "NORP", "ORG", "PERSON") for c in noun.children):
        return False
    return not any(c.dep_ == "prep" and c.lower_ in ("by", "of") for c in noun.children)


def antecedent(doc: Doc, fact: PoliticalEventFact, facts: list[PoliticalEventFact], kinds: frozenset[str]) \
        -> PoliticalEventFact | None:
    """The nearest event of ``kinds`` with a source reported before ``fact``'s sentence in its paragraph or the
    paragraph before ("The bloc closed its borders with Niger. ¶ The junta rejected the measures"), at most
    :data:`BACK_CHARS` before; not a negated or hypothetical one (no act was done), passing over the source's own
    responses ("Paris called the decision unacceptable. France rejected the decision": the decision before)."""
    sent = fact.evidence.sent_start
    first = max(paragraph_before(doc_text(doc), sent), sent - BACK_CHARS)
    own, responses = {actor_key(a) for a in fact.sources}, lexicon.words("plover-backref-types")
    before = [e for e in facts if first <= e.evidence.start < sent and e.type in kinds and e.sources
              and e.modality not in ("negated", "hypothetical")
              and not (e.type in responses and own & {actor_key(a) for a in e.sources})
              and (e.type != fact.type or several(e.sources))]  # "Y rejected the decision too": not X's rejection
    return max(before, key=lambda e: e.evidence.start, default=None)


def paragraph_before(text: str, start: int) -> int:
    """Where the paragraph before the one holding character ``start`` begins (paragraphs end at a line break).

    >>> paragraph_before("A. B.\\n\\nC. D.\\nE.", 13)
    7
    >>> paragraph_before("A. B.\\n\\nC. D.\\nE.", 10)
    0
    >>> paragraph_before("A.\\nB.\\nC.", 6)
    3
    """
    here = text.rfind("\n", 0, start)
    if here < 0:
        return 0
    return text.rfind("\n", 0, len(text[:here].rstrip())) + 1

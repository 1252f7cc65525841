"""The named organisation a definite description stands for, as the target of a political event.

"The network", "the group", "the radio station", "the party" (``plover-described-nouns``: "the" and the noun,
with no modifier, owner or apposition of its own) refers back to the organisation the article named with the same
noun before it: the nearest earlier mention of the noun that carries a name ("the rebel group Palipehutu-FNL",
"the Kestrel network", "Kestrel Media, a network"), passing over earlier "the network"s; an earlier mention that
introduces an unnamed one ("a local TV station … The station was raided") stops the search. When the article never
names one with the noun, a noun of ``plover-described-any-nouns`` ("the network", "the party") stands for the
nearest organisation named before it that is compatible (:func:`described_actor`): an entity of
``plover-described-labels`` (ORG) that kg resolves to one actor of no person, named with no other noun of the list
("software firm X" is no party), no state body (``plover-learned-state-sectors``, the actor's sector or its head
noun's: "the Senate" is LEG, "the Telecommunications Commission" GOV) and of no known sector other than the
noun's own in ``agents.tsv`` ("party": PTY). Another noun ("the group", which may be a group of people) takes
only a name said with it.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.plover_actors import Actors, actors_at
from kg.extract.plover_nouns import sector_of
from kg.extract.spans import doc_ents
from kg.model import Actor

_NAMING_DEPS = ("compound", "appos", "nmod")


def described_actor(ac: Actors, obj: Token) -> list[Actor]:
    """The organisation named before ``obj`` that a bare definite description ``obj`` stands for; none when
    ``obj`` is no such description, an earlier mention introduces an unnamed one or no compatible name comes
    before it."""
    if not _description(obj):
        return []
    for t in reversed(obj.doc[:obj.i]):
        if t.lemma_ != obj.lemma_ or t.pos_ != "NOUN" or t.tag_ != "NN":
            continue
        name = _name_of(ac, t)
        if name is not None:
            return [name]
        if any(c.dep_ == "det" and c.lower_ in ("a", "an", "another") for c in t.children):
            return []  # "a local TV station … the station": an unnamed one
    if _noun(obj) not in lexicon.words("plover-described-any-nouns"):
        return []  # "the group": a name said with the noun only
    sector = sector_of(obj)
    for ent in reversed([e for e in doc_ents(obj.doc) if e.end <= obj.i]):
        found = _compatible(ac, ent, sector)
        if found is not None:
            return [found]
    return []


def _description(obj: Token) -> bool:
    """"the network", "the radio station": a singular noun of ``plover-described-nouns`` whose only modifiers are
    "the" and a compound that makes a noun of the list with it (no adjective, owner, number, apposition or "of"
    phrase of a name)."""
    if obj.pos_ != "NOUN" or obj.tag_ != "NN" or _noun(obj) not in lexicon.words("plover-described-nouns"):
        return False
    compounds = [c for c in obj.lefts if c.dep_ == "compound"]
    if [c.lower_ for c in obj.lefts if c.dep_ != "compound"] != ["the"] or compounds and (
            len(compounds) > 1 or " " not in _noun(obj)):
        return False
    named = [o for c in obj.rights if c.lower_ == "of" for o in c.children if o.pos_ == "PROPN"]  # "group of X"
    return not named and not any(c.dep_ == "appos" for c in obj.rights)


def _noun(tok: Token) -> str:
    """The noun with its compound noun before it when the two make a noun of the list ("radio station")."""
    compounds = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    phrase = f"{compounds[-1].lemma_.lower()} {tok.lemma_.lower()}" if compounds else ""
    return phrase if phrase in lexicon.words("plover-described-nouns") else tok.lemma_.lower()


def _name_of(ac: Actors, t: Token) -> Actor | None:
    """The organisation an earlier mention of the noun names: a name compounded with it or in apposition ("the
    Kestrel network", "the rebel group Black Sun", "the group 'Black Sun'", "Black Sun, a group")."""
    near = [c for c in t.children if c.dep_ in _NAMING_DEPS and c.pos_ == "PROPN"]
    near += [t.head] if t.dep_ in ("compound", "appos") and t.head.pos_ == "PROPN" else []
    for tok in near:
        found = actors_at(ac, tok)
        if len(found) == 1 and found[0].person is None:
            return found[0]
    return None


def _compatible(ac: Actors, ent: Span, sector: str | None) -> Actor | None:
    """The one actor a name of ``plover-described-labels`` stands for, when its sector fits ``sector`` and no
    other noun of the list names it."""
    if ent.label_ not in lexicon.words("plover-described-labels") or _introduced(ent):
        return None
    found = actors_at(ac, ent.root)
    if len(found) != 1 or found[0].person is not None:
        return None
    state = {found[0].sector, sector_of(ent.root)} & lexicon.words("plover-learned-state-sectors")
    return found[0] if not state and found[0].sector in (None, sector) else None


def _introduced(ent: Span) -> bool:
    """A name that a noun of the list introduces ("software firm X", "X, a bank")."""
    nouns = lexicon.words("plover-described-nouns")
    heads = [t for t in ent.root.lefts if t.dep_ == "compound" and not ent.start <= t.i < ent.end]
    heads += [c for c in ent.root.children if c.dep_ == "appos"]
    return any(t.lemma_.lower() in nouns for t in heads)

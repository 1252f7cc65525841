"""The persons a target noun stands for, as the target of a political event:

- a suspect noun (``plover-suspect-nouns``: "suspect", "gunman", "accused", "attacker") stands for the one person
  the article identifies by a verb of ``plover-identifying-verbs`` with "as" ("State prosecutors charged the suspect
  … Officials identified the suspect as Dale Korver": Dale Korver; "the attacker, identified as X", "named him as
  X"); when the article identifies no one, or more than one, the noun keeps its own (collective) reading
  (:func:`suspect_person`);
- a leader's government (``plover-leader-bodies`` with a person's name before it: "accused the Korver government of
  corruption", "called on the Lund administration") is that person's, and the body's (:func:`leader_persons`);
- the target noun of an act done to people lists the named ones acted on ("nineteen prisoners, including opposition
  leader X, were freed": X; :func:`listed_members`);
- a person of no role country whose own phrase names a nationality ("Syrian border guard X", "X, a Yemeni
  journalist") is of that country as a target, which the guide may write by its code (:func:`with_nationality`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract import people
from kg.extract.caches import per_doc
from kg.extract.context import Context
from kg.extract.descriptor_sides import described_holder, described_side
from kg.extract.plover_actors import Actors, actors_of, person_actor
from kg.extract.plover_described import described_actor
from kg.extract.where import lemmas_in
from kg.model import Actor


def target_persons(ac: Actors, obj: Token) -> list[Actor]:
    """The persons a target noun stands for (:func:`suspect_person`, :func:`leader_persons`,
    :func:`descriptor_person`), if any."""
    return suspect_person(ac, obj) or leader_persons(ac, obj) or descriptor_person(ac, obj) or \
        described_actor(ac, obj)


def descriptor_person(ac: Actors, obj: Token) -> list[Actor]:
    """"pressed the visiting premier to …", "accused the 67-year-old prime minister of …": a definite descriptor of
    one person named shortly before (:func:`kg.extract.descriptor_sides.described_side`, the meeting rules' reading)
    is that person, not a collective of the sentence's country; else the one person named anywhere before it who
    holds its post (:func:`kg.extract.descriptor_sides.described_holder`)."""
    found = described_side(ac.ctx, obj) or described_holder(ac.ctx, obj)
    return [person_actor(ac, ac.ctx.person(e)) for e in found]


def leader_persons(ac: Actors, obj: Token) -> list[Actor]:
    """"the Korver government", "the Lund administration" (``plover-leader-bodies``): the person named before the
    body noun, then the body itself; none when no person of the article is named there."""
    if obj.lemma_.lower() not in lexicon.words("plover-leader-bodies") or obj.pos_ != "NOUN":
        return []
    names = [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    found = [person_actor(ac, ac.ctx.person(e)) for c in names for e in ac.ctx.persons_at(c)]
    return found + actors_of(ac, obj) if found else []


def suspect_person(ac: Actors, obj: Token) -> list[Actor]:
    """The person a suspect noun (``plover-suspect-nouns``) stands for: the one person the article identifies
    ("identified the suspect as X"); none when ``obj`` is no such noun or the article identifies no one, or several."""
    if obj.lemma_.lower() not in lexicon.words("plover-suspect-nouns") or obj.pos_ != "NOUN" or obj.tag_ == "NNS":
        return []
    found = identified(ac.ctx)
    return [person_actor(ac, ac.ctx.person(found[0]))] if len(found) == 1 else []


def identified(ctx: Context) -> list[int]:
    """The persons (entity indices) an article identifies: those named in the "as" phrase (:func:`_phrase`) of a
    verb of ``plover-identifying-verbs`` ("officials identified the suspect as X", "the man, later identified as X",
    "reports named him as X"); once per Doc."""
    return per_doc(ctx.doc, "kg_identified_persons", lambda doc: _identified(ctx, doc))


def _identified(ctx: Context, doc: Doc) -> list[int]:
    verbs = lexicon.words("plover-identifying-verbs")
    found: list[int] = []
    for tok in map(doc.__getitem__, lemmas_in(doc, verbs)):
        if tok.pos_ != "VERB":
            continue
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]  # "identified the man [as X]"
        for prep in (c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "as"):
            for t in _phrase(prep):
                found += [e for e in ctx.token_entities.get(t.i, []) if t.pos_ == "PROPN" and e not in found]
    return found


def _phrase(prep: Token) -> list[Token]:
    """The tokens of a preposition's phrase outside the phrases of the prepositions inside it: "as X of [Allen,
    Texas]" gives "X", not the place."""
    out, frontier = [], list(prep.children)
    while frontier:
        out += frontier
        frontier = [c for t in frontier for c in t.children if c.dep_ != "prep"]
    return out


def listed_members(ac: Actors, obj: Token, kind: str | None = None) -> list[Actor]:
    """The named actors a target noun of an act done to people (``plover-implicit-patient-types``) lists
    (``plover-listed-target-preps``): "nineteen prisoners, including opposition leader X, were freed", "six
    defendants, among them X and Y, were acquitted"; not a partner of talks or cooperation ("work with partners,
    including X": the partners)."""
    if kind not in lexicon.words("plover-implicit-patient-types"):
        return []
    preps = lexicon.words("plover-listed-target-preps")
    found = [a for c in obj.children if c.dep_ == "prep" and c.lower_ in preps
             for o in c.children if o.dep_ == "pobj" for a in actors_of(ac, o)]
    return [a for a in found if a.person or a.country or a.org]


def with_nationality(obj: Token, found: list[Actor]) -> list[Actor]:
    """The persons of ``found`` with no country, given the one country the description of the name at ``obj``
    names (:func:`described_nationality`): "killed Syrian border guard X", "attacked X, a Yemeni journalist"."""
    if not any(a.person and not a.country for a in found):
        return found
    code = described_nationality(obj)
    return [replace(a, country=code) if code and a.person and not a.country else a for a in found]


def described_nationality(name: Token) -> str | None:
    """The one country named by a demonym or country in the description of a name: a title before it ("Canadian
    engineer John Smith") or a noun in apposition ("X, a Syrian border guard"); none for an organisation ("UN
    envoy X") or two countries."""
    heads = [c for c in name.children if c.pos_ == "NOUN" and c.dep_ in ("compound", "appos")]
    codes = {code for h in heads for t in h.subtree if t.dep_ in ("amod", "compound", "conj") and t.i != name.i
             and (code := lexicon.lookup_polity(t.text)) and not lexicon.polity(code).is_org}
    return codes.pop() if len(codes) == 1 else None


def pronoun_owner(ac: Actors, obj: Token, kind: str | None) -> list[Actor]:
    """(PLOVER targets) "X dismissed his accusations", "officials called his remarks nonsense": the person the
    owner pronoun of a response's object (:func:`owner_pronoun`) stands for, never the act's own subject
    (:func:`kg.extract.people.pronoun_entity` with the subject excluded; also the subject of the verb a conjunct or
    complement hangs from: "X said … and dismissed his accusations")."""
    owner = owner_pronoun(obj, kind)
    if owner is None:
        return []
    ctx = ac.ctx
    verbs = (obj.head, obj.head.head) if obj.head.dep_ in ("conj", "xcomp") else (obj.head,)
    subjects = [e for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass") for e in ctx.persons_of(c)]
    found = people.pronoun_entity(owner.i, ctx.mentions, subjects, ctx.doc)
    return [person_actor(ac, ctx.person(found))] if found is not None else []


def owner_pronoun(obj: Token, kind: str | None) -> Token | None:
    """The "his" or "her" (``person-possessive-pronouns``) that owns a claim, stance or decision
    (``plover-claim-nouns``, ``plover-authored-nouns``) that is the direct object of an act of
    ``plover-pronoun-owner-types`` ("dismissed his accusations", "rejected her decision"); none for another noun
    ("defended his nephew", "expressed his support") or type ("defended his record", "announced his decision": most
    often the subject's own), nor "its" or "their"."""
    if kind not in lexicon.words("plover-pronoun-owner-types") or obj.dep_ != "dobj":
        return None
    if obj.lemma_.lower() not in lexicon.words("plover-claim-nouns") | lexicon.words("plover-authored-nouns"):
        return None
    owners = lexicon.words("person-possessive-pronouns")
    return next((c for c in obj.children if c.dep_ == "poss" and c.lower_ in owners), None)

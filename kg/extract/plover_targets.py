"""Targets a trigger's own phrase leaves unsaid, recovered from the structure around it (each used only when the
trigger's pattern asks for it, and only when the trigger names no target itself):

- ``inner_targets``: an intent, commitment or grant is towards whom the act it governs is ("Peru promised to expand
  trade ties with Brazil", "Japan announced $40 million to support Vietnam"): the triggers inside the clause or
  complement it governs (:func:`inner_hits`), whose targets the caller reads;
- ``target_through``: a target phrase hangs from the noun's complement ("Russia's war of aggression against
  Ukraine"): :func:`through_heads`;
- ``clause_target``: a request is addressed to the subject of the clause it asks for ("X demanded that the Arab
  League act", "X called for the governor to resign"): :func:`clause_subject`;
- a headline's passive ("Opposition leader jailed in Belarus"): the subject is acted on (:func:`headline_passive`);
- ``evaluative``: whom an evaluative word of a speech act is about ("X called [Y's plan] an affront"):
  :func:`kg.extract.plover_appraisal.evaluated`;
- ``sentence_target``: an act of force named by its actor alone ("condemned Russia's aggression") is against the one
  other country the sentence names outside its subjects ("discussed aid to Ukraine and condemned Russia's
  aggression": Ukraine): :func:`sentence_countries`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import in_dateline
from kg.extract.plover_actors import (
    Actors,
    actor_key,
    actors_at,
    actors_of,
    executive,
    modifier_polities,
    mutual,
    person_actor,
    place_country,
    polity_actor,
)
from kg.extract.plover_audience import audience_tokens
from kg.extract.plover_headlines import headline_passive
from kg.extract.plover_place import home_bodies
from kg.extract.plover_provenance import tagged
from kg.extract.plover_target_persons import listed_members, pronoun_owner, target_persons, with_nationality
from kg.extract.plover_unnamed import state_property, unnamed_people
from kg.extract.spans import span_ents
from kg.model import Actor

INNER_DEPTH = 3  # how many dependency steps below a trigger the act it governs may be


def inner_hits(tok: Token, hits: Mapping[int, Any]) -> list[tuple[Token, Any]]:
    """The triggers in the clauses and complements below ``tok`` (``plover-inner-target-deps``), nearest first:
    "promised to [expand] ties with Brazil", "expressed a willingness to [hold] talks with Y"."""
    deps = lexicon.words("plover-inner-target-deps")
    out: list[tuple[Token, Any]] = []
    frontier = [tok]
    for _ in range(INNER_DEPTH):
        frontier = [c for n in frontier for c in n.children if c.dep_ in deps]
        out += [(c, hits[c.i]) for c in frontier if c.i in hits]
    return out


def complement_objects(tok: Token) -> list[Token]:
    """The objects of the act a pledge names when no trigger codes that act: "agreed to reinstate ties with
    Colombia", "pledged to work with X", "agreed to support and strengthen the Iraqi government", also the act of
    its intent word ("expressed a desire to work with X", "was willing to work with X") or of its "to" ("committed
    to holding talks with X"), with the objects of ``plover-complement-target-preps`` ("with") and its collective
    actors ("the opposition")."""
    acts = [c for c in _complement_heads(tok) if c.dep_ in ("xcomp", "acl", "pcomp") and c.pos_ == "VERB"]
    acts += [v for a in acts for v in a.children if v.dep_ == "conj" and v.pos_ == "VERB"]
    objects = [o for a in acts for o in a.children if o.dep_ == "dobj"]
    preps = lexicon.words("plover-complement-target-preps")
    return objects + [o for h in acts + objects for c in h.children if c.dep_ == "prep" and c.lower_ in preps
                      for o in c.children if o.dep_ == "pobj"]


def _complement_heads(tok: Token) -> list[Token]:
    """The trigger's children and those of its intent word ("a [desire] to", "[willing] to") or of its "to"
    ("committed [to] holding")."""
    words = [c for c in tok.children if c.dep_ in ("dobj", "acomp") or c.dep_ == "prep" and c.lower_ == "to"]
    return [*tok.children, *(g for w in words for g in w.children)]


def through_heads(tok: Token, preps: tuple[str, ...]) -> list[Token]:
    """The objects of ``tok``'s prepositions in ``preps`` ("war [of] aggression"): heads whose target phrases are
    the noun's ("aggression against Ukraine")."""
    return [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children if o.dep_ == "pobj"]


def clause_subject(tok: Token) -> Token | None:
    """The subject of the clause a request asks for: "demanded that [the Arab League] act", "called for [the
    governor] to resign" (``plover-request-clause-deps``); the subject of a passive clause undergoes the act, it is
    not asked to act ("called for the troops to be withdrawn"), nor is "we" ("said we must reflect"), nor the subject
    of a clause of time, cause or condition (``plover-adverbial-marks``: "while Crean prepares to leave, X called
    for the parties to act")."""
    deps, marks = lexicon.words("plover-request-clause-deps"), lexicon.words("plover-adverbial-marks")
    clauses = [c for c in tok.children if c.dep_ in deps and c.pos_ in ("VERB", "AUX")
               and not any(m.dep_ == "mark" and m.lower_ in marks for m in c.children)]  # not "while X prepares"
    asked = [k for c in clauses for k in c.conjuncts if any(a.lower_ in ("should", "must") for a in k.children)]
    for c in asked + clauses:  # "testified that X was wrong, and that [Bush] should act"
        subj = next((s for s in c.children if s.dep_ == "nsubj"), None)  # not "troops to be withdrawn"
        if subj is not None and subj.lower_ not in lexicon.words("first-person-pronouns"):
            return subj  # "we must act": the speaker's own
    return None


def asked_owners(ac: Actors, tok: Token) -> list[Actor]:
    """Whose act a request names when it names no addressee (``asked_owner`` patterns): the owner of what it asks
    for ("calls for American withdrawal from Iraq", "pushed for Iran's compliance", "insisting on the release of
    hostages held by Hamas"), else its giver ("called for restraint from Israel")."""
    asked = through_heads(tok, tuple(lexicon.words("plover-asked-preps")))
    found = [a for o in asked for a in owner_actors(ac, o)]
    return found or [a for o in asked for p in through_heads(o, ("from",)) for a in actors_of(ac, p)]


def passive_patient(verb: Token) -> Token | None:
    """The one acted on by a passive whose subject is not its own: a headline's participle, or a passive joined to
    a verb before it ("Turkey is under sanctions and was condemned by Egypt": Turkey, not the condemner)."""
    if verb.dep_ == "conj" and any(c.dep_ == "auxpass" for c in verb.children) and \
            not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return headline_passive(verb)


def sentence_countries(tok: Token, own: set[str]) -> list[str]:
    """The countries the sentence of ``tok`` names (as a name, demonym or city), outside the subjects of its
    clauses and other than ``own``: "The leaders discussed aid to Ukraine and condemned Russia's aggression" → UA."""
    subjects = lexicon.words("plover-subject-deps") | {"nsubjpass"}
    out: list[str] = []
    for ent in span_ents(tok.sent):
        if ent.label_ not in ("GPE", "NORP") or any(t.dep_ in subjects for t in (ent.root, *ent.root.ancestors)):
            continue
        code = lexicon.lookup_polity(ent.text) or (place_country(ent.text) if ent.label_ == "GPE" else None)
        if code and code not in own and code not in out and not lexicon.polity(code).is_org:
            out.append(code)
    return out


def sentence_country(tok: Token, sources: list[Actor]) -> list[Actor]:
    """The one country the sentence of ``tok`` names outside its subjects and other than its actors' own
    (:func:`sentence_countries`; none when it names several)."""
    found = sentence_countries(tok, {a.country for a in sources if a.country})
    return [polity_actor(found[0])] if len(found) == 1 else []


def others(sources: list[Actor], found: list[Actor], home: bool = False) -> list[Actor]:
    """The actors of ``found`` that are none of ``sources`` (:func:`actor_key`) nor, with ``home``, a collective of
    a source's country ("Biden reaffirmed the United States' commitment": the United States is no target of
    Biden's; a person or organisation of that country may be)."""
    keys = {actor_key(a) for a in sources}
    countries = {a.country for a in sources if a.country} if home else set()
    return [a for a in found if actor_key(a) not in keys and (a.person or a.org or a.country not in countries)]


def owner_actors(ac: Actors, obj: Token) -> list[Actor]:
    """"condemned Russia's invasion", "criticised the decision by X", "backed the South African mediation": the
    actor a non-actor object belongs to; the "of" phrase of a stance or conduct (``plover-authored-nouns``: "the
    words of X") and of a possession, penalty or post (``plover-owned-nouns``: "commuted the sentence of X",
    "attacked an outpost of the army") names it too."""
    owners = [c for c in obj.children if c.dep_ == "poss"]
    owned = lexicon.words("plover-authored-nouns") | lexicon.words("plover-owned-nouns")
    by = ("by", "of") if obj.lemma_.lower() in owned else ("by",)
    owners += [p for c in obj.children if c.dep_ == "prep" and c.lower_ in by for p in c.children if p.dep_ == "pobj"]
    owners += _participle_agents(obj)
    found = [a for o in owners for a in actors_of(ac, o)]
    found = found or [polity_actor(code) for code in modifier_polities(ac, obj) if obj.pos_ == "NOUN"]
    return found or claim_owner(ac, obj) or pronoun_polity(obj)


def target_actors(ac: Actors, obj: Token, kind: str | None = None) -> list[Actor]:
    """The actors a target phrase of an act of ``kind`` names: the persons a suspect noun or a leader's
    government stands for (:func:`target_persons`), the named actors a noun lists (:func:`listed_members`: "prisoners,
    including X"), an actor (:func:`actors_of`), those an object "them" stands for
    (:func:`object_antecedent`: ``antecedent``), an object's owner (:func:`owner_actors`; one "his" or "her" stands
    for: :func:`kg.extract.plover_target_persons.pronoun_owner`), or :func:`unknown_names`."""
    return target_persons(ac, obj) or listed_members(ac, obj, kind) or with_nationality(obj, actors_of(ac, obj)) or \
        tagged("antecedent", object_antecedent(ac, obj)) or owner_actors(ac, obj) or \
        tagged("pronoun-owner", pronoun_owner(ac, obj, kind)) or state_property(ac, obj, kind) or \
        unknown_names(ac, obj, kind) or unnamed_people(ac, obj, kind)


def object_antecedent(ac: Actors, obj: Token) -> list[Actor]:
    """An object pronoun of ``plover-object-back-pronouns`` ("urged them") stands for the nearest plural noun
    phrase before it in its sentence, outside the subjects of the verbs it hangs from ("met the mayors of Lima
    and Cusco and urged them to …"), when that names actors (none when it names none: "sanctions … lifted them");
    else for the plural subject of the sentence before ("A and B were arrested. Police had warned them")."""
    if obj.lower_ not in lexicon.words("plover-object-back-pronouns") or obj.dep_ not in ("dobj", "pobj", "dative"):
        return []
    speakers = {c.i for a in obj.ancestors for c in a.children if c.dep_ in ("nsubj", "nsubjpass")}
    sent = obj.sent
    heads = [t for t in obj.doc[sent.start:obj.i] if t.dep_ in lexicon.words("plover-antecedent-deps")]
    if sent.start > 0:  # the sentence before: its subject only
        heads = [t for t in obj.doc[sent.start - 1].sent if t.dep_ in ("nsubj", "nsubjpass")][:1] + heads
    for t in reversed(heads):
        if t.i in speakers or t.pos_ not in ("NOUN", "PROPN"):
            continue
        found = actors_of(ac, t)
        if len(found) > 1 or t.tag_ in ("NNS", "NNPS"):
            return found
    return []


def unknown_names(ac: Actors, obj: Token, kind: str | None = None) -> list[Actor]:
    """A name of ``plover-named-target-labels`` that kg knows as no country, organisation or person, with its
    conjuncts, keeps its name as the one acted on: "requested GitHub", "condemning all Westerners", and for an act
    of force a place ("invaded Tibet", "an offensive against Tskhinvali"; "visited Kenosha" names a place, no
    one visited); through a place noun's "of" phrase (``plover-place-heads``: "an offensive against the town of
    Tskhinvali")."""
    out: list[Actor] = []
    if obj.dep_ == "pobj" and obj.head.lower_ not in lexicon.words("plover-named-target-preps"):
        return out  # "attacked targets in Kandahar", "withdrew from the region": a place, no one acted on
    labels = lexicon.words("plover-named-target-labels")
    force = kind in lexicon.words("plover-force-types")
    labels = labels if force else labels - {"GPE"}
    if force and obj.lemma_.lower() in lexicon.words("plover-place-heads"):  # "against the town of Tskhinvali"
        obj = next((o for o in through_heads(obj, ("of",)) if o.pos_ == "PROPN"), obj)
    for t in (obj, *obj.conjuncts):
        ent = ac.ents.get(t.i)
        if ent is None or t.i != ent.root.i or ent.label_ not in labels:
            continue
        name = ent.text.removeprefix("the ").removeprefix("The ")
        owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children)  # "his upcoming Coronation"
        if name[:1].isupper() and not owned and not lexicon.lookup_polity(name) and not ac.ctx.persons_at(t):
            out.append(Actor(label=name))
    return out


def _participle_agents(obj: Token) -> list[Token]:
    """"demanded the release of journalists detained by Iran", "the return of aid seized by Hamas", "complained
    about positions taken by Y": the agent of a participle that qualifies the noun or its "of" phrase."""
    inner = [obj] + [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                     if p.dep_ == "pobj"]
    return [a for n in inner for v in n.children if v.dep_ == "acl" and v.tag_ == "VBN"
            for c in v.children if c.dep_ == "agent" for a in c.children if a.dep_ == "pobj"]


def claim_owner(ac: Actors, obj: Token) -> list[Actor]:
    """"Israel said Hamas routinely seizes aid. Gunness denied that assertion": a claim noun
    (``plover-claim-nouns``) with "that", "this" or "the" and no owner is the claim of the subject of the sentence
    before (one of known country); so is a demonstrative object that stands alone (``plover-claim-pronouns``: "The
    government believes Y armed the rebels. Y has denied this")."""
    if obj.sent.start == 0:
        return []
    alone = obj.lower_ in lexicon.words("plover-claim-pronouns") and obj.dep_ == "dobj" and not list(obj.children)
    if not alone and (obj.lemma_.lower() not in lexicon.words("plover-claim-nouns") or not any(
            c.dep_ == "det" and c.lower_ in ("that", "this", "the", "these", "those") for c in obj.children)):
        return []
    prev = obj.doc[obj.sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    return [a for a in actors_of(ac, subj) if a.country or a.person]  # not a body of unknown country


def pronoun_polity(obj: Token) -> list[Actor]:
    """"If Iran continues its plan, we will attack it": an object "it" stands for the one country its sentence names
    before it (none when it names several)."""
    if obj.lower_ != "it" or obj.dep_ not in ("dobj", "pobj"):
        return []
    found: list[str] = []
    for ent in span_ents(obj.sent):
        code = lexicon.lookup_polity(ent.text) if ent.label_ in ("GPE", "NORP") and ent.end <= obj.i else None
        if code and not lexicon.polity(code).is_org and code not in found:
            found.append(code)
    return [polity_actor(found[0])] if len(found) == 1 else []


REACTION_CHARS = 400  # how far back an act may be for a reaction to answer it


def reaction_target(ac: Actors, tok: Token, sources: list[Actor]) -> list[Actor]:
    """A condemnation or demand that names no target answers the act of force reported just before it ("Hamas
    police seized the aid. UNRWA condemned the seizure": Hamas), when that act is not the speaker's own."""
    own = {a.country or a.org or a.label for a in sources}
    before = [s for start, s in ac.acts if tok.idx - REACTION_CHARS <= start < tok.idx]
    last = before[-1] if before else ()
    return [a for a in last if a.person is None and (a.country or a.org or a.label) not in own]


def focus_target(ac: Actors, sources: list[Actor], kind: str = "") -> list[Actor]:
    """A statement with no named target ("NATO condemned the action", "X dismissed the proposal") is addressed
    to the country the article is about, when that is not the speaker's own (one named only as the venue comes
    last, :func:`kg.extract.plover_focus.addressees`); in an article about the speaker's own
    country, to its state (unless the speaker is that country, or the act is outward, ``plover-outward-types``: an
    attack or aid by a country's own forces is not against its own state; one by an actor of no known country
    may be, so it has none). A mutual act of two or more actors (``plover-mutual-types``: "Iraq and Syria severed
    relations") is between themselves: no target."""
    own = {a.country for a in sources}
    domestic = kind not in lexicon.words("plover-outward-types")
    if mutual(sources, kind):
        return []
    if not domestic and own == {None}:
        return []  # "Red Hat agreed to …": whether the focus country is its own is unknown
    bare = any(a.country and not (a.person or a.sector) for a in sources)
    home = domestic and bool(ac.focus) and own - {None} == {ac.focus[0]} and not bare
    code = next((c for c in ac.addressees if c not in own), None)
    if home and (code is None or not executive(ac, sources)):
        code = ac.focus[0]  # domestic politics ("the opposition demanded elections"): addressed to the own state
    return [polity_actor(code)] if code and sources else []


def clause_named(ac: Actors, anchor: Token, said_by: Token | None, sources: list[Actor], kind: str = "") -> list[Actor]:
    """The other named actors of an act's clause, outside its subject, when no role names a target ("urged that
    the talks between Y and Z resume", "reaffirmed the commitment to the defence of Y"); never one of the
    source's own country unless a person or organisation, nor the place of a wire dateline, nor the speaker's audience
    (:func:`kg.extract.plover_audience.audience_tokens`: "telling the House of Commons"); a state body named by a
    generic name ("the Senate", "the Constitutional Court") is of the country the article gives it
    (:func:`kg.extract.plover_place.home_bodies`), as a trigger's own object is; for an outward act
    (``plover-outward-types``) only one of a known country ("ambushed a navy patrol" names no one whose country
    is known)."""
    skip = ({t.i for t in said_by.subtree} if said_by is not None else set()) | audience_tokens(anchor)
    named = [t for t in anchor.subtree if t.i not in skip and t.i in ac.ents and ac.ents[t.i].root.i == t.i
             and not in_dateline(t)]
    found = others(sources, [a for t in named for a in acting(ac, anchor, t)], home=True)
    return [a for a in found if a.country or kind not in lexicon.words("plover-outward-types")]


def acting(ac: Actors, anchor: Token, tok: Token) -> list[Actor]:
    """The actors a name of an act's clause stands for (:func:`actors_at`; a generic state body of the article's
    country, :func:`kg.extract.plover_place.home_bodies`), none where kg knows the name as no actor of any country
    and it is a demonym that qualifies a noun ("pro-Syrian", "the only Eastern European state") or names a
    document, programme or pact (``plover-unacting-name-heads``: "the U.S.-Japan Alliance", "the Artemis Accords")."""
    found = home_bodies(ac, anchor, actors_at(ac, tok))
    label = ac.ents[tok.i].label_
    modifier = label == "NORP" and (tok.tag_ == "JJ" or tok.dep_ in lexicon.words("national-deps"))
    pact = label == "ORG" and tok.lemma_.lower() in lexicon.words("plover-unacting-name-heads")
    return [] if (modifier or pact) and not any(a.country or a.person for a in found) else found


def protest_named(ac: Actors, tok: Token, objects: list[Token], sources: list[Actor]) -> list[Actor]:
    """A protest whose "against" phrases (``objects``) name no actor themselves is against the actors named inside
    them or inside its purpose clause (a verb of ``plover-protest-purpose-verbs``: its object and "against" phrase):
    "protested against the deployment of African Union troops" (AU), "marched against competition from Chinese
    shopkeepers" (China), "marched, chanting against President Kagame", "marched to protest cheap Chinese
    imports"; only a person, organisation or country, never a collective of the protesters' own country ("a
    rally against the land law in Nairobi" by Kenyans: their own state, :func:`home_target`)."""
    verbs = lexicon.words("plover-protest-purpose-verbs")
    preps = lexicon.words("plover-protest-target-preps")
    clauses = [k for c in tok.children if c.dep_ in ("advcl", "xcomp") for k in (c, *c.conjuncts)
               if k.lemma_.lower() in verbs]
    heads = objects + [c for k in clauses for c in k.children if c.dep_ in ("dobj", "ccomp")]  # "to protest X"
    heads += [o for k in (tok, *clauses) for c in k.children if c.dep_ == "prep" and c.lower_ in preps
              for o in c.children if o.dep_ in ("pobj", "pcomp") and o not in objects]  # "against what they called X"
    named = [t for h in heads for t in _phrase(h) if t.i in ac.ents and ac.ents[t.i].root.i == t.i]
    found = others(sources, [a for t in named for a in actors_at(ac, t)], home=True)
    return [a for a in found if a.country or a.org and lexicon.is_polity(a.org) and lexicon.polity(a.org).is_org]


def _phrase(head: Token) -> list[Token]:
    """The tokens of ``head``'s phrase outside the clauses inside it (``plover-aside-clause-deps``): "a change to
    Hong Kong's law [that would allow the Chinese government to …]" names Hong Kong, not China."""
    aside = lexicon.words("plover-aside-clause-deps")
    return [t for t in head.subtree
            if not any(a.dep_ in aside for a in (t, *t.ancestors) if a.i != head.i and head in a.ancestors)]


def venue_target(ac: Actors, tok: Token, sources: list[Actor]) -> list[Actor]:
    """A protest that names no target but is held at a foreign mission (``plover-mission-nouns``) in its own
    clause is against the mission's country ("protested in front of the U.S. Embassy", "a rally outside the
    Chinese consulate"), not its own nor the country of the city it is in."""
    own = {a.country for a in sources}
    nouns = lexicon.words("plover-mission-nouns")
    for t in tok.sent:
        if t.lemma_.lower() in nouns and t.dep_ == "pobj" and tok in t.ancestors:
            return [polity_actor(c) for c in modifier_polities(ac, t, places=False) if c not in own]
    return []


def home_target(sources: list[Actor], where: str | None) -> list[Actor]:
    """A protest that names no target is against the state where it happens: the protesters' country, else
    the sentence's or the article's ("protesters rallied in Minsk": Belarus)."""
    code = next((a.country for a in sources if a.country and not lexicon.polity(a.country).is_org), where)
    return [polity_actor(code, "GOV")] if code and sources and not lexicon.polity(code).is_org else []


def opposed_words(tok: Token) -> list[Token]:
    """The modifier words of an event noun that say whom it is against ("an anti-American rally", "the
    anti-Vitti protest": ``plover-opposed-prefixes`` joined by a hyphen to a name): the prefix, the hyphen
    and the name. They name a target, never the noun's actor."""
    out: list[Token] = []
    for c in tok.children:
        prev = c.doc[c.i - 2:c.i] if c.i >= 2 else None
        if c.dep_ in ("amod", "compound", "nmod") and prev is not None and prev[1].text == "-" and \
                prev[0].lower_ in lexicon.words("plover-opposed-prefixes") and prev[0].head.i == tok.i:
            out += [prev[0], prev[1], c]
    return out


def opposed_actors(ac: Actors, name: Token) -> list[Actor]:
    """Whom "anti-<name>" is against: a country or organisation ("anti-American"), a person of the article or a
    capitalised name kg does not know ("anti-Vitti"); none for a common noun ("anti-government": the protest's home
    state, :func:`home_target`)."""
    code = lexicon.lookup_polity(name.text)
    if code:
        return [polity_actor(code)]
    persons = ac.ctx.persons_at(name)
    if persons:
        return [person_actor(ac, ac.ctx.person(e)) for e in persons]
    return [Actor(label=name.text)] if name.text[:1].isupper() else []


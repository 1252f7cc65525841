"""Sources and targets of political events: persons (the same :class:`kg.model.Person` objects as roles and
meetings), countries and organisations (``kg.lexicon``), and unnamed collective actors whose sector comes from the
agents lexicon (``agents.tsv``, converted from PETRARCH2's Phoenix agents): "Israeli troops" → IL/MIL, "protesters
in Lima" → PE/CVL, "Hungarian and Romanian officials" → HU/GOV and RO/GOV.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.org_mentions import referred_organisation
from kg.extract.plover_focus import addressees, armed_groups, focus, place_country
from kg.extract.plover_nouns import (
    body_country,
    body_noun,
    institution,
    noun_label,
    phrase_polity,
    plural_group,
    sector_of,
    whole_of,
)
from kg.extract.spans import doc_ents
from kg.extract.staff import publisher_country as staff_publisher
from kg.model import Actor, EventFact, Person, QuoteFact, RoleFact

BODY_LOOKBACK = 300  # how far back (tokens) a state body's named mention may be


@dataclass
class Actors:
    """Per-article state for actor resolution."""

    ctx: Context
    role_country: dict[str, str]
    ents: dict[int, Span]
    meetings: list[tuple[int, tuple[Person, ...]]] = field(default_factory=list)
    sentences: dict = field(default_factory=dict)  # sentence start → kg.extract.plover_place.SentenceInfo
    focus: tuple[str, ...] = ()  # the countries the article is about, most named first
    addressees: tuple[str, ...] = ()  # the same, those named only as a venue last (plover_focus.addressees)
    armed: tuple[str, ...] = ()  # the armed groups of organisations.tsv the article names
    acts: list[tuple[int, tuple[Actor, ...]]] = field(default_factory=list)  # (offset, sources) of acts of force
    quoted: tuple[tuple[int, int, Person], ...] = ()  # (start, end, speaker) of each quotation
    executive: frozenset[str] = frozenset()  # keys of the persons of a national role of plover-executive-roles
    opposition: frozenset[str] = frozenset()  # keys of the persons of a role naming the opposition or a party's leader


def build(ctx: Context, roles: list[RoleFact], events: list[EventFact], quotes: Sequence[QuoteFact] = ()) -> Actors:
    """Index the article once: each person's country, each token's entity, where each meeting starts, who speaks
    each quotation, the countries the article is about."""
    role_country: dict[str, str] = {}
    for r in roles:
        if r.country:
            role_country.setdefault(r.person.key, r.country)
    for ent in ctx.entities:
        found = sorted(ent.countries())
        if found:
            role_country.setdefault(ent.person().key, found[0])
    ents = {i: e for e in doc_ents(ctx.doc) for i in range(e.start, e.end)}
    # two events may share a trigger: order by position only
    starts = sorted(((e.evidence.start, e.participants) for e in events), key=lambda s: s[0])
    quoted = tuple((q.evidence.start, q.evidence.end, q.speaker) for q in quotes)
    executive = frozenset(r.person.key for r in roles if r.role in lexicon.words("plover-executive-roles")
                          and r.scope == "national")  # any status: the title the text names them by
    words, partisan = lexicon.words("plover-opposition-words"), lexicon.words("plover-partisan-roles")
    opposition = frozenset(r.person.key for r in roles if words.intersection(r.role.lower().split())
                           or r.role.split(" of ")[0] in partisan)  # "Leader of the Conservative Party"
    return Actors(ctx, role_country, ents, [(s, p) for s, p in starts], focus=focus(ctx), quoted=quoted,
                  armed=armed_groups(ctx), addressees=addressees(ctx), executive=executive, opposition=opposition)


def person_actor(ac: Actors, person: Person) -> Actor:
    country = ac.role_country.get(person.key)
    return Actor(label=person.name, country=country, sector="GOV" if country else None, person=person)


def actor_key(a: Actor) -> str:
    """What makes two actors the same: the person, else the country, organisation or label."""
    return a.person.key if a.person else (a.country or a.org or a.label)


def several(actors: Sequence[Actor], key: Callable[[Actor], str] = actor_key) -> bool:
    """Whether ``actors`` are two or more different actors (:func:`actor_key`, or ``key``)."""
    return len({key(a) for a in actors}) > 1


def mutual(sources: Sequence[Actor], kind: str | None, key: Callable[[Actor], str] = actor_key) -> bool:
    """Whether an act of ``kind`` is one that several actors naming no target do to each other
    (``plover-mutual-types``: "Iraq and Syria severed relations") and ``sources`` are several (:func:`several`)."""
    return kind in lexicon.words("plover-mutual-types") and several(sources, key)


def executive(ac: Actors, sources: Sequence[Actor]) -> bool:
    """Whether a source speaks for its state outward: a person of a national role of ``plover-executive-roles``
    ("President X", "Foreign Minister Y") or a collective of ``plover-executive-sectors`` ("the government")."""
    sectors = lexicon.words("plover-executive-sectors")
    return any(a.person.key in ac.executive if a.person else a.sector in sectors for a in sources)


def polity_actor(code: str, sector: str | None = None, label: str | None = None) -> Actor:
    p = lexicon.polity(code)
    return Actor(label=label or p.name, country=code, sector=sector, org=code if p.is_org else None)


def actors_of(ac: Actors, tok: Token | None) -> list[Actor]:
    """The actors a noun phrase head stands for, with its conjuncts ("X and Y", "A, B and C") and a named
    apposition to a common noun ("the opposition party, the MDC"); a part stands for its whole ("50 of the
    monks")."""
    if tok is None:
        return []
    out: list[Actor] = []
    for t in (tok, *tok.conjuncts, *listed_apposition(ac, tok)):
        appos = [c for c in t.children if c.dep_ == "appos"] if t.pos_ == "NOUN" else []  # not "Dubai, the UAE"
        named = [n for c in appos if (n := _named(ac, c)) is not None]
        for a in actors_at(ac, t) + named:
            if a not in out:
                out.append(a)
    whole = whole_of(tok) if not out else None
    return actors_of(ac, whole) if whole is not None else out


def listed_apposition(ac: Actors, tok: Token) -> list[Token]:
    """The rest of a list of names the parser took for an apposition: "The United Nations, Britain, the United
    States and India criticized ..." (Britain in apposition to the United Nations, the others its conjuncts). Only
    a named head, and a named apposition that itself has conjuncts: "Dubai, the UAE" is no list."""
    if tok.pos_ != "PROPN" or not actors_at(ac, tok):
        return []
    appos = [c for c in tok.children if c.dep_ == "appos" and c.conjuncts and _named(ac, c) is not None]
    return [t for c in appos for t in (c, *c.conjuncts)]


def actors_at(ac: Actors, tok: Token) -> list[Actor]:
    """The actors of one head token: a person, a named country or organisation, a collective actor, or the
    participants of the meeting just before for "the leaders", "both sides", "they"."""
    if tok.lower_ in lexicon.words("first-person-pronouns"):
        speaker = next((p for s, e, p in ac.quoted if s <= tok.idx < e), None)
        if speaker is not None:  # "we will attack it," said X
            return [person_actor(ac, speaker)]
    persons = ac.ctx.persons_at(tok) or (ac.ctx.titled_at(tok) if tok.pos_ == "PROPN" else [])
    if persons:  # a title the parser made the head, its name hung away: "accused [President] Barack Obama of"
        return [person_actor(ac, ac.ctx.person(e)) for e in persons]
    named = _named(ac, tok)
    if named is not None:
        return [named]
    if tok.lemma_.lower() in lexicon.words("plover-hazard-words"):
        return []  # "New Hampshire crash kills seven": a hazard, and its place names no actor
    anaphor = country_anaphor(ac, tok)
    if anaphor:
        return [polity_actor(anaphor)]
    sector = sector_of(tok)
    codes = modifier_polities(ac, tok)
    if sector in lexicon.words("plover-armed-sectors") and len(ac.armed) == 1 and all(c not in codes for c in ac.armed):
        return [polity_actor(ac.armed[0], sector, noun_label(tok))]  # "the rebels" of an article about the FNL
    org = _modifier_org(ac, tok) if (sector or body_noun(tok)) and not codes else None
    if org:
        return [Actor(label=noun_label(tok), sector=sector, org=org)]
    codes = codes or body_anaphor(ac, tok)  # "the ministry" after "the Russian foreign ministry"
    if codes:
        return [polity_actor(c, sector, noun_label(tok) if sector else None) for c in codes]
    if sector:
        group = group_actors(ac, tok)  # "the leaders", "both parties": the meeting's participants first
        if group:
            return group
        home = publisher_country(ac) if sector in lexicon.words("plover-publisher-sectors") else None
        return [Actor(label=noun_label(tok), country=home, sector=sector)]
    referred = referred_organisation(tok)  # "The bloc also demanded …" after ECOWAS was named
    return [polity_actor(referred)] if referred else previous_subject(ac, tok) or group_actors(ac, tok)


def country_anaphor(ac: Actors, tok: Token) -> str | None:
    """"the country", "the island" (``plover-country-nouns``, with "the" and no modifier): the last country the
    text named before it ("… was critical of Chile and called on the country to act": Chile)."""
    if tok.lemma_.lower() not in lexicon.words("plover-country-nouns") or tok.tag_ != "NN":
        return None
    if [c.lower_ for c in tok.children if c.i < tok.i] != ["the"]:
        return None
    for i in range(tok.i - 1, -1, -1):
        ent = ac.ents.get(i)
        of_noun = ent is not None and ent.root.head.lower_ == "of" and ent.root.head.head.pos_ == "NOUN"
        if ent is not None and ent.label_ == "GPE" and i == ent.root.i and not of_noun:  # not "president of X"
            code = lexicon.lookup_polity(ent.text)
            if code and not lexicon.polity(code).is_org:
                return code
    return None


def body_anaphor(ac: Actors, tok: Token) -> list[str]:
    """"the ministry", "the army" (``plover-body-anaphor-nouns``, singular, with "the" and no modifier): the
    countries of the last mention of the same noun before it that names them ("The envoy was summoned to the
    Russian foreign ministry … the ministry said": Russia); none when "a ministry" came between."""
    if tok.lemma_.lower() not in lexicon.words("plover-body-anaphor-nouns") or tok.tag_ != "NN":
        return []
    if [c.lower_ for c in tok.children] != ["the"]:
        return []
    for t in reversed(tok.doc[max(tok.i - BODY_LOOKBACK, 0):tok.i]):
        if t.lemma_ != tok.lemma_ or t.pos_ != "NOUN":
            continue
        codes = modifier_polities(ac, t, places=False)
        if codes or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children):
            return codes
    return []


def publisher_country(ac: Actors) -> str | None:
    """The country of a state body that publishes the article (its ``source``, a body of ``agents.tsv``: "The
    White House" → US): the home of the unnamed officials of its readouts ("Administration officials")."""
    return staff_publisher(ac.ctx.article.source) if ac.ctx is not None else None


def _named(ac: Actors, tok: Token) -> Actor | None:
    """"Russia", "the European Union", "Hamas": a named country or organisation (an unknown ORG keeps its name, and
    so does a group named by a plural, "Sunnis", "Kurds"); a capital of ``countries.tsv`` that the model tags an
    organisation ("the EU promised Vilnius funding", "urged Harare to …") stands for its country, as one it tags a
    place does."""
    ent = ac.ents.get(tok.i)
    if ent is None or ent.label_ not in lexicon.words("polity-entity-labels") or tok.i != ent.root.i:
        code = phrase_polity(tok) if tok.pos_ == "PROPN" or not tok.is_lower and tok.pos_ == "NOUN" else None
        code = code or _hyphened_polity(tok.text)
        return polity_actor(code) if code else None
    code = lexicon.lookup_polity(ent.text)
    if code:
        return polity_actor(code)
    if ent.label_ == "GPE":
        code = place_country(ent.text)
        return polity_actor(code) if code else None
    capital = lexicon.capitals().get(lexicon.fold(ent.text)) if ent.label_ == "ORG" else None
    if capital:  # "the EU promised Vilnius funding": a capital the model tags a body stands for its state
        return polity_actor(capital)
    if ent.label_ in ("ORG", "FAC") or ent.label_ == "NORP" and (len(ent) > 1 or plural_group(tok)):
        return _home_body(ac, ent, _owned(ac, ent, institution(ent)))
    return None


def _owned(ac: Actors, ent: Span, actor: Actor | None) -> Actor | None:
    """A body of no known country whose owner is a country named outside its name: "Israel's defense ministry"
    (the possessive is no part of the ORG entity)."""
    if actor is None or actor.country:
        return actor
    owners = [c for c in ent.root.children if c.dep_ == "poss" and not ent.start <= c.i < ent.end]
    code = next((c for o in owners if (c := _polity_code(ac, o)) and not lexicon.polity(c).is_org), None)
    return replace(actor, country=code, sector=actor.sector or "GOV") if code else actor


def _home_body(ac: Actors, ent: Span, actor: Actor | None) -> Actor | None:
    """A government body of no known country whose head is a state noun ("Biden-Harris Administration",
    "Administration officials" tagged as one name) in a state body's release: the publisher's state."""
    sector = sector_of(ent.root)
    if actor is None or actor.country or sector not in lexicon.words("plover-publisher-sectors"):
        return actor
    home = publisher_country(ac)
    return Actor(label=actor.label, country=home, sector=sector, org=actor.org) if home else actor


def modifier_polities(ac: Actors, tok: Token, places: bool = True) -> list[str]:
    """Countries of a collective noun's modifiers: "Israeli troops", "Russia's forces", "Hungarian and Romanian
    officials", "police in Lima", "officials from the EU", and through a noun of members ("the leaders of the G8
    nations", ``plover-member-nouns``); a person before or after a collective actor gives the country of his role
    ("Correa's government", "the Abbas government", "the government of President X")."""
    out: list[str] = []
    led = sector_of(tok) is not None
    for c in tok.children:
        place = places and c.dep_ == "prep" and c.lower_ in lexicon.words("plover-place-preps")
        if c.dep_ in lexicon.words("plover-actor-modifier-deps") or place:
            heads = [c] if c.dep_ != "prep" else [p for p in c.children if p.dep_ == "pobj"]
            heads += leaders(c) + compound_modifiers(c)  # "the US-led coalition", "Russian fighter jets"
            for t in (t for h in heads for t in (h, *h.conjuncts)):
                code = _polity_code(ac, t) or (_person_country(ac, t) if led else None)
                member = t.lemma_.lower() in lexicon.words("plover-member-nouns")
                found = [code] if code else modifier_polities(ac, t) if member else []
                out += [f for f in found if f not in out]
    return out


def compound_modifiers(modifier: Token) -> list[Token]:
    """The modifiers a common-noun compound of a collective noun has itself, where the parser hung a nationality
    ("Russian fighter jets", "Israeli border police": "Russian" on "fighter", not on "jets")."""
    if modifier.dep_ != "compound" or modifier.pos_ != "NOUN" or modifier.head.pos_ != "NOUN":
        return []
    return [c for c in modifier.children if c.dep_ in ("amod", "compound") and c.i < modifier.i]


def leaders(modifier: Token) -> list[Token]:
    """The leader a participle of ``plover-leading-participles`` names before it, split off by the tokenizer: "the
    US-led coalition", "Saudi-led forces" ("US" hangs from "led"); not "US-backed forces", which the US backs but
    does not lead."""
    if modifier.dep_ != "amod" or modifier.lemma_.lower() not in lexicon.words("plover-leading-participles"):
        return []
    return [c for c in modifier.children if c.dep_ in ("npadvmod", "compound", "nmod") and c.i < modifier.i]


def _person_country(ac: Actors, tok: Token) -> str | None:
    """The role country of the one person named at a token, if any (none without an article context)."""
    if ac.ctx is None:
        return None
    keys = {ac.ctx.person(e).key for e in ac.ctx.persons_at(tok)}
    return ac.role_country.get(next(iter(keys))) if len(keys) == 1 else None


def _modifier_org(ac: Actors, tok: Token) -> str | None:
    """"Hamas militants", "Taliban fighters", "the Hamas movement": an organisation the lexicon does not know,
    named before the noun, or after a noun of members or bodies ("the member nations of the Paris Club")."""
    heads = [c for c in tok.children if c.dep_ in ("compound", "nmod", "poss")]
    if body_noun(tok):
        heads += [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    for c in heads:
        ent = ac.ents.get(c.i)
        if ent is not None and ent.label_ in ("ORG", "NORP"):
            return ent.text.removeprefix("the ")
    return None


def _polity_code(ac: Actors, tok: Token) -> str | None:
    ent = ac.ents.get(tok.i)
    text = ent.text if ent is not None and ent.label_ in lexicon.words("polity-entity-labels") else tok.text
    code = lexicon.lookup_polity(text) or (phrase_polity(tok) if text != tok.text or tok.pos_ == "PROPN" else None)
    code = code or _hyphened_polity(text)
    if code is None and ent is not None and ent.label_ in ("GPE", "LOC", "FAC"):
        code = place_country(text)
    return code or body_country(ent)


def _hyphened_polity(text: str) -> str | None:
    """The polity of a modifier the tokenizer keeps in one piece with its participle: "U.S.-led", "U.K.-backed"
    ("US-led" is split, and its "US" found as a modifier of "led"); not "Israeli-Palestinian"."""
    name, _, participle = text.rpartition("-")
    return lexicon.lookup_polity(name) if "." in name and participle.islower() else None


def previous_subject(ac: Actors, tok: Token) -> list[Actor]:
    """A pronoun (``plover-back-pronouns``) that is the first subject of its sentence stands for the subject of the
    sentence before when that names countries, organisations or collective actors (of a country or not: "Local
    officials said … They called for …"), several for "they", one for "it" ("Bulgaria and Romania announced … They
    have, however, indicated …"); not persons."""
    if tok.lower_ not in lexicon.words("plover-back-pronouns") or tok.dep_ not in ("nsubj", "nsubjpass"):
        return []
    sent = tok.sent  # only now: finding a token's sentence walks the Doc
    if sent.start == 0 or any(t.dep_ in ("nsubj", "nsubjpass") for t in tok.doc[sent.start:tok.i]):
        return []
    prev = tok.doc[sent.start - 1].sent
    subj, found = None, []
    for verb in (prev.root, *reversed(prev.root.conjuncts)):  # "stocks are low, and officials said …"
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        found = actors_of(ac, subj) if subj is not None and subj.i != tok.i else []
        if found:
            break
    if not found or any(a.person is not None or not (a.country or a.org or a.sector) for a in found):
        return []
    many = len(found) > 1 or subj is not None and subj.tag_ in ("NNS", "NNPS")
    return found if many == (tok.lower_ != "it") else []


def group_actors(ac: Actors, tok: Token) -> list[Actor]:
    """"the leaders", "the two sides", "they", "both governments" (``plover-counted-group-nouns`` only with a number
    of ``group-numbers``: not "governments around the world"): the participants of the meeting reported before
    ``tok``."""
    plural = tok.tag_ in ("NNS", "NNPS") or tok.lower_ in lexicon.words("plover-group-pronouns")
    counted = tok.lemma_.lower() in lexicon.words("plover-counted-group-nouns") and \
        any(c.lower_ in lexicon.words("group-numbers") for c in tok.children)
    group = counted or tok.lower_ in lexicon.words("plover-group-pronouns") \
        or tok.lemma_.lower() in lexicon.words("plover-group-nouns")
    if not plural or not group:
        return []
    named = [c for c in tok.children if c.pos_ in ("PROPN", "ADJ") and c.lower_ not in ("two", "both")]
    if any(c.dep_ in lexicon.words("plover-actor-modifier-deps") for c in named):
        return []  # "Nordic leaders", "EU leaders": not the meeting's participants
    before = [p for start, p in ac.meetings if start <= tok.idx]
    return [person_actor(ac, p) for p in before[-1]] if before else []

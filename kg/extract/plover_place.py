"""Where and when a PLOVER event happened: its sentence's place, country, date and amount of money (computed once
per sentence), and the country that collective actors with none of their own belong to."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.arraymatch import table_of
from kg.extract.caches import per_doc
from kg.extract.context import sentence_date, sentence_place
from kg.extract.plover_actors import Actors, polity_actor
from kg.extract.plover_antecedent import antecedent_bodies, bare_state_noun
from kg.extract.plover_focus import named_country, place_country
from kg.extract.plover_nouns import agents, several_states
from kg.extract.sentences import span_text
from kg.extract.spans import span_ents
from kg.model import Actor, Place


def located(code: str | None, actors: list[Actor], crowd: bool) -> list[Actor]:
    """Collective actors with no country are of the country where the event happened (``code``: "police officers
    met in Morocco", "workers went on strike in Argentina"); a protest with no actor is one by civilians there
    ("protests in Lima")."""
    if code is None or actors and all(a.country or a.person or a.org or not a.sector for a in actors):
        return actors
    if not actors:
        return [polity_actor(code, "CVL", "protesters")] if crowd else []
    return [replace(a, country=code) if a.sector and not (a.country or a.person or a.org or several_states(a.label))
            else a for a in actors]


def abroad(ac: Actors, kind: str, sources: list[Actor], home: str | None) -> str | None:
    """Where the collective targets of an act aimed abroad (``plover-abroad-types``) are: when the event's country
    (``home``) is one of the sources' own ("The United States imposed sanctions on several senior officers": US), the
    first country the article is about that is none of theirs (Myanmar), else ``home``; a state acting at home
    (an article about its own country: "the government banned the group") keeps its own."""
    own = {a.country for a in sources if a.country}
    if kind not in lexicon.words("plover-abroad-types") or home not in own:
        return home
    return next((c for c in ac.focus if c not in own), home)


def moved_abroad(ac: Actors, kind: str, sources: list[Actor], targets: list[Actor], home: str | None) -> list[Actor]:
    """The unnamed people an act aimed abroad is done to, given the country where it happens
    (:func:`kg.extract.plover_unnamed.unnamed_people`: "Japan imposed sanctions on eleven individuals": JP), are of
    the country it is aimed at (:func:`abroad`) when that is the sources' own."""
    there = abroad(ac, kind, sources, home)
    own = {a.country for a in sources if a.country}
    if there == home:
        return targets
    return [replace(a, country=there) if a.country in own and _unnamed(a) else a for a in targets]


def _unnamed(actor: Actor) -> bool:
    """An actor of :func:`kg.extract.plover_unnamed.unnamed_people`: a common noun of no sector, person or body."""
    return not (actor.person or actor.org or actor.sector) and actor.label == actor.label.lower()


def home_bodies(ac: Actors, tok: Token, actors: list[Actor]) -> list[Actor]:
    """Sources and targets that are state bodies of no known country ("the Senate rejected the bill", "X criticised
    the Senate": the same Senate): one whose name begins with a country's ("New Zealand
    Government", "United States Embassy") is of that country; one named by a generic name alone, an
    ``agents.tsv`` noun of a ``plover-home-body-sectors`` sector or a ``plover-home-body-names`` name ("the
    Senate", "Parliament", "the Supreme Court", "the House"), is of the country the article last named it with
    before ("the U.S. House", "the Senate of Puerto Rico", "the UN Security Council"), else of the country where
    the event happened (its sentence's place phrase), else of the country the article is about (not for names
    that, unless named with a country, stand for an international body, ``plover-home-body-international``: "the
    Security Council"); a state noun alone ("the government") is of the one the article named before
    (:func:`kg.extract.plover_antecedent.antecedent_bodies`)."""
    out = []
    for a in actors:
        if a.org and not (a.country or a.person):
            code, sector = _name_country(a.label), _body_sector(a.label)
            if code is None and sector is not None:
                mentions = per_doc(tok.doc, "kg.plover_named_bodies", _named_bodies).get(_body_name(a.label), [])
                named = next((c for i, c in reversed(mentions) if i <= tok.i), None)
                if named is None and _body_name(a.label) not in lexicon.words("plover-home-body-international"):
                    named = sentence_info(ac, tok).country or (ac.focus[0] if ac.focus else None)
                code = named
            a = replace(a, country=code, sector=a.sector or sector or "GOV") if code else a
        out.append(a)
    here = sentence_info(ac, tok).country if any(map(bare_state_noun, out)) else None  # only a bare noun reads it
    return antecedent_bodies(ac, tok, out, here)


def _body_name(label: str) -> str:
    return lexicon.fold(label).removeprefix("the ")


def _body_sector(label: str) -> str | None:
    """The sector of a state body's generic name ("Supreme Court": JUD, "House": LEG), else None."""
    name = _body_name(label)
    sector = agents().get(name) or ("LEG" if name in lexicon.words("plover-home-body-names") else None)
    return sector if sector in lexicon.words("plover-home-body-sectors") else None


def _named_bodies(doc: Doc) -> dict[str, list[tuple[int, str]]]:
    """Generic body name → (where, code) of each mention that names it with a country or organisation: one to three
    words before it ("the U.S. House", "New Zealand's Parliament", "the UN Security Council") or after its "of"
    ("the Senate of Puerto Rico"). Only capitalised words start a name: they are found from the Doc's ORTH column,
    without a span for every token."""
    found: dict[str, list[tuple[int, str]]] = {}
    strings = doc.vocab.strings
    for i in (i for i, orth in enumerate(table_of(doc).cols["ORTH"]) if strings[orth][:1].isupper()):
        for n in (1, 2, 3):
            if _body_sector(span_text(doc, i, i + n)) is None:
                continue
            name = doc[i:i + n]
            after = name.end + 1 if name.end < len(doc) and doc[name.end].lower_ == "of" else None
            spans = [doc[max(i - k, 0):i] for k in (3, 2, 1)] + \
                [doc[after:after + k] for k in (3, 2, 1) if after is not None]
            code = next((c for sp in spans if len(sp) and (c := lexicon.lookup_polity(sp.text))), None)
            if code:
                found.setdefault(_body_name(name.text), []).append((i, code))
    return found


def _name_country(label: str) -> str | None:
    """The country whose name of two or three words begins an organisation's name ("New Zealand Government")."""
    words = label.split()
    for n in (3, 2):
        code = lexicon.lookup_polity(" ".join(words[:n])) if len(words) > n else None
        if code and not lexicon.polity(code).is_org:
            return code
    return None


@dataclass(frozen=True)
class SentenceInfo:
    """What a sentence says about where and when its events happened, computed once per sentence."""

    place: Place | None
    country: str | None
    date: dt.date | None
    money: str | None


def where(ac: Actors, tok: Token) -> str | None:
    """The country an event of ``tok`` happens in: its sentence's place, a country it names, the article's focus."""
    return sentence_info(ac, tok).country or named_country(tok) or (ac.focus[0] if ac.focus else None)


def sentence_info(ac: Actors, tok: Token) -> SentenceInfo:
    sent = tok.sent
    found = ac.sentences.get(sent.start)
    if found is None:
        ents = span_ents(sent)  # an index per document: sent.ents walks every entity before the sentence
        place = sentence_place(sent)
        country = (place.country or place_country(place.name)) if place is not None else None
        money = next((e.text for e in ents if e.label_ == "MONEY"), None)
        found = ac.sentences[sent.start] = SentenceInfo(place, country, sentence_date(sent, ac.ctx.article.date),
                                                        money)
    return found


def place_heads(heads: list[Token]) -> list[Token]:
    """The places an act happens in (the objects of ``plover-act-place-preps`` naming a place entity or a
    ``plover-place-heads`` noun), whose phrases may name the act's target when the parser hangs them from the place
    ("continued its offensive in the Gaza Strip against Hamas": Hamas, not the Gaza Strip)."""
    preps, nouns = lexicon.words("plover-act-place-preps"), lexicon.words("plover-place-heads")
    objects = [o for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ in preps
               for o in c.children if o.dep_ == "pobj"]
    return [o for o in objects if o.lemma_.lower() in nouns or
            any(t.ent_type_ in ("GPE", "LOC") for t in (o, *o.children) if t is o or t.dep_ == "compound")]

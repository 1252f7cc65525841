"""Facts → RDF quads, one named graph per article (the graph IRI is the article IRI).

Only this module (with :mod:`kg.rdfwriter`, its terms and quad writer) and :mod:`kg.store` build RDF. The shape
reuses schema.org, W3C ORG, PROV-O and Wikidata (``owl:sameAs``) and adds kg's shortcut properties (``kg:met``,
``kg:holdsRole``, ``kg:discussed``, ``kg:said``, ``kg:participantIn``) so that queries and Gephi stay simple. See
``kg/resources/ontology.ttl`` and the README for the full picture.
"""

from __future__ import annotations

import hashlib
import logging
from functools import lru_cache
from itertools import combinations

from pyoxigraph import Literal, NamedNode, Quad

from kg import lexicon, topicscheme
from kg.model import (
    Actor,
    ArticleFacts,
    EventFact,
    Evidence,
    Person,
    Place,
    PoliticalEventFact,
    QuoteFact,
    RoleFact,
    TopicFact,
)
from kg.rdfwriter import (
    KG,
    ORG,
    OWL_SAMEAS,
    PROV,
    RDF_OBJECT,
    RDF_PREDICATE,
    RDF_STATEMENT,
    RDF_SUBJECT,
    RDF_TYPE,
    RDFS_LABEL,
    SCHEMA,
    SKOS,
    XSD_DATE,
    XSD_INT,
    Writer,
    made_once,
    n,
)
from kg.vocab import PLOVER_TYPES, WD, mint

log = logging.getLogger(__name__)


EVENT_CLASS = {"call": KG.Call, "intent": KG.Intention, "summit": KG.Summit}
PLOVER_CLASS = {name: KG[name.capitalize()] for name in PLOVER_TYPES}
MODALITY = {name: KG[name] for name in ("asserted", "negated", "future", "hypothetical", "historical")}
COUNT_PROPS = {"killed": KG.killed, "injured": KG.injured, "arrested": KG.arrested, "protesting": KG.protesting}


def article_iri(article_id: str) -> NamedNode:
    """The IRI of an article, which is also the name of its graph."""
    return NamedNode(mint("article", article_id))


def person_iri(person: Person) -> NamedNode:
    return NamedNode(mint("person", person.qid or person.key))


def article_quads(facts: ArticleFacts) -> list[Quad]:
    """All quads for one article's facts, in that article's named graph."""
    art = facts.article
    w = Writer(article_iri(art.id))
    _article(w, facts)
    for role in facts.roles:
        _role(w, role)
    for event in facts.events:
        _event(w, event)
    for topic in facts.topics:
        _topic(w, topic)
    for i, quote in enumerate(facts.quotes, 1):
        _quote(w, quote, i)
    for pevent in facts.political_events:
        _political_event(w, pevent)
    return w.quads


_IRI_ESCAPES = str.maketrans({c: f"%{ord(c):02X}" for c in ' "<>\\^`{|}'})  # not allowed in an IRI (RFC 3987)


def _article(w: Writer, facts: ArticleFacts) -> None:
    art, g = facts.article, w.graph
    w.add(g, RDF_TYPE, n(SCHEMA.NewsArticle))
    w.add(g, n(SCHEMA.identifier), Literal(art.id))
    w.add(g, n(KG.contentHash), Literal(art.content_hash))
    if art.title:
        w.add(g, n(SCHEMA.headline), Literal(art.title))
    if art.date:
        w.add(g, n(SCHEMA.datePublished), Literal(art.date.isoformat(), datatype=XSD_DATE))
    if art.url:
        url = art.url.translate(_IRI_ESCAPES)  # e.g. a Wikinews title's quotation marks
        w.add(g, n(SCHEMA.url), NamedNode(url) if url.startswith("http") else Literal(art.url))
    if art.source:
        w.add(g, n(SCHEMA.publisher), Literal(art.source))
    for person in facts.persons:
        _person(w, person)


def _person(w: Writer, person: Person) -> NamedNode:
    node = person_iri(person)
    w.label(node, person.name, SCHEMA.Person)
    w.add(node, n(SCHEMA.name), Literal(person.name))
    if person.qid:
        w.add(node, OWL_SAMEAS, n(WD[person.qid]))
    return node


def _country(w: Writer, code: str) -> NamedNode:
    info = lexicon.polity(code)
    node = NamedNode(mint("org" if info.is_org else "country", code))
    w.label(node, info.name, ORG.FormalOrganization if info.is_org else SCHEMA.Country)
    w.add(node, n(KG.isoCode), Literal(code))
    if info.qid:
        w.add(node, OWL_SAMEAS, n(WD[info.qid]))
    return node


def _sentence(w: Writer, ev: Evidence) -> NamedNode:
    node = NamedNode(mint("sentence", ev.article_id, str(ev.sent_start)))
    w.add(node, RDF_TYPE, n(KG.Sentence))
    w.add(node, n(SCHEMA.text), Literal(ev.sentence))
    w.add(node, n(KG.startChar), Literal(str(ev.sent_start), datatype=XSD_INT))
    w.add(node, n(SCHEMA.isPartOf), w.graph)
    return node


def _evidence(w: Writer, node: NamedNode, ev: Evidence) -> None:
    w.add(node, n(PROV.wasDerivedFrom), _sentence(w, ev))
    w.add(node, n(PROV.wasDerivedFrom), w.graph)
    w.add(node, n(KG.rule), Literal(ev.rule))
    w.add(node, n(KG.startChar), Literal(str(ev.start), datatype=XSD_INT))
    w.add(node, n(KG.endChar), Literal(str(ev.end), datatype=XSD_INT))


def _statement(w: Writer, s: NamedNode, p, o: NamedNode, ev: Evidence) -> NamedNode:
    """Reify one shortcut triple so that it carries its evidence (RDF reification + PROV-O)."""
    digest = hashlib.sha1(f"{s.value} {o.value}".encode()).hexdigest()[:10]
    node = NamedNode(mint("statement", ev.article_id, f"{ev.start}-{ev.end}-{digest}"))
    w.add(node, RDF_TYPE, RDF_STATEMENT)
    w.add(node, RDF_SUBJECT, s)
    w.add(node, RDF_PREDICATE, n(p))
    w.add(node, RDF_OBJECT, o)
    _evidence(w, node, ev)
    return node


def _role(w: Writer, fact: RoleFact) -> None:
    """A national post keeps the IRI ``post/<country>/<role>``; other scopes add theirs ("President" of a
    company is not the post of President). The holding is ``kg:holdsRole`` (and ``org:holds``) unless the
    status is former (``kg:heldRole``); its statement carries ``kg:roleStatus``."""
    person = _person(w, fact.person)
    role = NamedNode(mint("role", fact.role))
    w.label(role, fact.role, ORG.Role)
    scope = () if fact.scope == "national" else (fact.scope,)
    post = NamedNode(mint("post", fact.country or "none", fact.role, *scope))
    w.add(post, RDF_TYPE, n(ORG.Post))
    w.add(post, n(ORG.role), role)
    w.add(post, n(KG.roleScope), n(KG[fact.scope]))
    if fact.country:
        country = _country(w, fact.country)
        w.add(post, n(ORG.postIn), country)
        w.add(post, RDFS_LABEL, Literal(f"{fact.role} ({lexicon.polity(fact.country).name})"))
    else:
        w.add(post, RDFS_LABEL, Literal(fact.role))
    link = KG.heldRole if fact.status == "former" else KG.holdsRole
    if link == KG.holdsRole:
        w.add(person, n(ORG.holds), post)
    w.add(person, n(link), post)
    statement = _statement(w, person, link, post, fact.evidence)
    w.add(statement, n(KG.roleStatus), n(KG[fact.status]))


def _place(w: Writer, place: Place) -> NamedNode:
    node = NamedNode(mint("place", place.country or "xx", place.name))
    w.label(node, place.name, SCHEMA.Place)
    if place.country:
        w.add(node, n(SCHEMA.containedInPlace), _country(w, place.country))
    if place.qid:
        w.add(node, OWL_SAMEAS, n(WD[place.qid]))
    return node


def event_label(event: EventFact) -> str:
    """A readable label for an event: its name, else "A – B meeting", "A – B call" or "A's visit to C" (C is
    where the visit took place, else the host); a planned meeting is "A – B meeting (planned)".

    >>> from kg.model import Evidence, EventFact, Person, Place
    >>> ev = Evidence("a", "s", 0, 0, 1, "r")
    >>> ann, bo = Person("x", "Ann Lee"), Person("y", "Bo Kim")
    >>> event_label(EventFact("e1", "host", (ann, bo), ev, host=ann))
    'Ann Lee – Bo Kim meeting'
    >>> event_label(EventFact("e2", "visit", (ann, bo), ev, host=bo, location=Place("Lima", "PE")))
    "Ann Lee's visit to Lima"
    >>> event_label(EventFact("e3", "call", (ann, bo), ev))
    'Ann Lee – Bo Kim call'
    """
    if event.name:
        return event.name
    names = " – ".join(p.name for p in event.participants)
    if event.kind == "visit":
        visitors = [p.name for p in event.participants if p != event.host] or [p.name for p in event.participants]
        place = event.location.name if event.location else (event.host.name if event.host else None)
        if place:
            return f"{' – '.join(visitors)}'s visit to {place}"
    if event.kind == "call":
        return f"{names} call"
    return f"{names} meeting" + (" (planned)" if event.kind == "intent" else "")


def _event(w: Writer, event: EventFact) -> None:
    node = NamedNode(mint("event", event.evidence.article_id, event.id))
    w.label(node, event_label(event), SCHEMA.Event)
    w.add(node, RDF_TYPE, n(EVENT_CLASS.get(event.kind, KG.Meeting)))
    if event.name:
        w.add(node, n(SCHEMA.name), Literal(event.name))
    w.add(node, n(KG.eventKind), Literal(event.kind))
    for prop, value in ((KG.cameoCode, event.cameo), (KG.ploverCode, event.plover), (KG.ploverMode, event.plover_mode)):
        if value:
            w.add(node, n(prop), Literal(value))
    people = [_person(w, p) for p in event.participants]
    for person in people:
        w.add(node, n(SCHEMA.attendee), person)
        w.add(person, n(KG.participantIn), node)
    if event.host:
        host = _person(w, event.host)
        w.add(node, n(KG.host), host)
        w.add(node, n(SCHEMA.organizer), host)
    if event.location:
        w.add(node, n(SCHEMA.location), _place(w, event.location))
    if event.date:
        w.add(node, n(SCHEMA.startDate), Literal(event.date.isoformat(), datatype=XSD_DATE))
    _evidence(w, node, event.evidence)
    link = KG.met if event.is_meeting else (KG.called if event.kind == "call" else None)
    if link is not None:
        for a, b in combinations(people, 2):
            if a != b:
                w.add(a, n(link), b)
                w.add(b, n(link), a)


def _topic(w: Writer, fact: TopicFact) -> None:
    event = NamedNode(mint("event", fact.evidence.article_id, fact.event_id))
    topic = _concept(w, fact.concept or lexicon.fold(fact.topic), fact.topic)
    if fact.head:
        head = _concept(w, fact.head, fact.head, discussed=False)
        w.add(topic, n(SKOS.broader), head)
        w.add(head, n(SKOS.narrower), topic)
    w.add(event, n(KG.discussed), topic)
    _statement(w, event, KG.discussed, topic, fact.evidence)


def _concept(w: Writer, key: str, label: str, discussed: bool = True) -> NamedNode:
    """A topic concept (IRI from its key, so surface variants are one node) in the topic scheme, under its
    policy domain (``skos:broader``, see :mod:`kg.topicscheme`). Only a discussed one is a ``kg:Topic``; a head
    concept ("ceasefire" above "immediate ceasefire") is a ``skos:Concept`` of the scheme."""
    topic, triples = _concept_triples(key, label, discussed)
    w.replay(triples)
    return topic


@lru_cache(maxsize=8192)  # the same concepts come back article after article; minting them was a third of the RDF time
def _concept_triples(key: str, label: str, discussed: bool) -> tuple[NamedNode, tuple[tuple, ...]]:
    return made_once(_concept_into, key, label, discussed)


def _concept_into(w: Writer, key: str, label: str, discussed: bool) -> NamedNode:
    topic = NamedNode(mint("topic", key))
    w.label(topic, label, KG.Topic if discussed else SKOS.Concept)
    w.add(topic, RDF_TYPE, n(SKOS.Concept))
    w.add(topic, n(SKOS.prefLabel), Literal(label))
    scheme = NamedNode(mint("scheme", "topics"))
    w.add(topic, n(SKOS.inScheme), scheme)
    w.label(scheme, "Topics discussed at meetings", SKOS.ConceptScheme)
    w.add(topic, n(SKOS.broader), _domain(w, topicscheme.classify(key)))
    return topic


def _domain(w: Writer, domain_id: str) -> NamedNode:
    node, triples = _domain_triples(domain_id)
    w.replay(triples)
    return node


@lru_cache(maxsize=64)
def _domain_triples(domain_id: str) -> tuple[NamedNode, tuple[tuple, ...]]:
    return made_once(_domain_into, domain_id)


def _domain_into(w: Writer, domain_id: str) -> NamedNode:
    row = topicscheme.domains()[domain_id]
    node, scheme = NamedNode(mint("domain", domain_id)), NamedNode(mint("scheme", "policy-domains"))
    w.label(node, row["label"], SKOS.Concept)
    w.add(node, n(SKOS.prefLabel), Literal(row["label"]))
    w.add(node, n(SKOS.notation), Literal(row["code"]))
    w.add(node, n(SKOS.inScheme), scheme)
    w.add(node, n(SKOS.topConceptOf), scheme)
    w.label(scheme, "Policy domains (Comparative Agendas Project major topics)", SKOS.ConceptScheme)
    return node


def _quote(w: Writer, fact: QuoteFact, index: int) -> None:
    node = NamedNode(mint("quote", fact.evidence.article_id, f"q{index}"))
    speaker = _person(w, fact.speaker)
    w.add(node, RDF_TYPE, n(SCHEMA.Quotation))
    w.add(node, n(SCHEMA.text), Literal(fact.text))
    w.add(node, n(SCHEMA.creator), speaker)
    w.add(node, n(SCHEMA.isPartOf), w.graph)
    w.add(speaker, n(KG.said), node)
    _evidence(w, node, fact.evidence)


def political_event_label(event: PoliticalEventFact) -> str:
    """A readable label: the type, then sources and targets.

    >>> from kg.model import Actor, Evidence, PoliticalEventFact
    >>> ev = Evidence("a", "s", 0, 0, 1, "r")
    >>> political_event_label(PoliticalEventFact("p1", "ASSAULT", (Actor("Israeli troops"),), (Actor("Gaza"),),
    ...                                          "asserted", ev))
    'ASSAULT: Israeli troops → Gaza'
    >>> political_event_label(PoliticalEventFact("p2", "AGREE", (Actor("US"), Actor("MX")), (), "future", ev))
    'AGREE: US, MX (future)'
    >>> political_event_label(PoliticalEventFact("p3", "ASSAULT", (), (Actor("Peru"),), "asserted", ev))
    'ASSAULT: unknown source → Peru'
    """
    text = f"{event.type}: " + (", ".join(a.label for a in event.sources) or "unknown source")
    if event.targets:
        text += " → " + ", ".join(a.label for a in event.targets)
    return text if event.modality == "asserted" else f"{text} ({event.modality})"


def _actor(w: Writer, actor: Actor) -> NamedNode:
    """The node of a source or target: the person, country or organisation itself, else a collective actor
    minted from its country, sector and label (``…/id/actor/il/mil/israeli-troops``: "the mayors" and "White House
    officials" of one country and sector stay two actors, each with its own label), never a blank node."""
    if actor.person is not None:
        node = _person(w, actor.person)
    elif actor.org and lexicon.is_polity(actor.org):
        node = _country(w, actor.org)
    elif actor.org:
        node = NamedNode(mint("organisation", actor.org))
        w.label(node, actor.label or actor.org, ORG.Organization)
    elif actor.country and not actor.sector:
        return _country(w, actor.country)
    else:
        parts = (actor.sector, actor.label) if actor.sector else (actor.label,)
        node = NamedNode(mint("actor", actor.country or "xx", *parts))
        w.add(node, RDF_TYPE, n(KG.CollectiveActor))
        if node not in w.labelled:
            w.labelled.add(node)
            w.add(node, RDFS_LABEL, Literal(actor.label))
    if actor.sector:
        w.add(node, n(KG.sector), Literal(actor.sector))
    if actor.country and actor.country != actor.org:
        w.add(node, n(KG.actorCountry), _country(w, actor.country))
    return node


def _political_event(w: Writer, event: PoliticalEventFact) -> None:
    node = NamedNode(mint("political-event", event.evidence.article_id, event.id))
    w.add(node, RDF_TYPE, n(KG.PoliticalEvent))
    if event.type in PLOVER_CLASS:
        w.add(node, RDF_TYPE, n(PLOVER_CLASS[event.type]))
    w.add(node, RDFS_LABEL, Literal(political_event_label(event)))
    w.add(node, n(KG.ploverCode), Literal(event.type))
    w.add(node, n(KG.modality), n(MODALITY.get(event.modality, KG.asserted)))
    for prop, value in ((KG.ploverMode, event.mode), (KG.cameoCode, event.cameo), (KG.amount, event.amount)):
        if value:
            w.add(node, n(prop), Literal(value))
    for context in event.contexts:
        w.add(node, n(KG.context), Literal(context))
    for actor in event.sources:
        w.add(node, n(KG.source), _actor(w, actor))
    for actor in event.targets:
        w.add(node, n(KG.target), _actor(w, actor))
    for rule in dict.fromkeys(event.evidence.target_rules):  # which rule chose the targets (one per rule)
        w.add(node, n(KG.targetRule), Literal(rule))
    if event.location:
        w.add(node, n(SCHEMA.location), _place(w, event.location))
    if event.date:
        w.add(node, n(SCHEMA.startDate), Literal(event.date.isoformat(), datatype=XSD_DATE))
    for name, count in event.counts:
        if name in COUNT_PROPS:
            w.add(node, n(COUNT_PROPS[name]), Literal(str(int(count)), datatype=XSD_INT))
        else:
            log.warning("political event %s: count %r is not one of %s; not written", node.value, name,
                        ", ".join(COUNT_PROPS))
    _evidence(w, node, event.evidence)

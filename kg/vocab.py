"""RDF vocabulary: the standard namespaces kg reuses, kg's own terms, and the one IRI-minting function.

kg's own terms are declared once here (``_fail = True`` makes a typo an error) and documented in
``kg/resources/ontology.ttl``; a test checks that the two agree.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

from kg.text import strip_accents

ONTOLOGY = "https://kg-project.org/ns#"
DATA = "https://kg-project.org/id/"

SCHEMA = Namespace("http://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
WD = Namespace("http://www.wikidata.org/entity/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")

# the 16 PLOVER 0.8 event types; each is a class kg:<Type> (kg:Agree … kg:Assault) under kg:PoliticalEvent
PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")


class KG(DefinedNamespace):
    """kg's own classes and properties (see ``kg/resources/ontology.ttl``)."""

    _NS = Namespace(ONTOLOGY)
    _fail = True

    # classes
    Sentence: URIRef
    Meeting: URIRef
    Call: URIRef
    Intention: URIRef
    Summit: URIRef
    Topic: URIRef
    Merge: URIRef
    Alias: URIRef
    # shortcut properties
    met: URIRef
    called: URIRef
    holdsRole: URIRef
    discussed: URIRef
    said: URIRef
    participantIn: URIRef
    host: URIRef
    # evidence and bookkeeping
    rule: URIRef
    startChar: URIRef
    endChar: URIRef
    contentHash: URIRef
    isoCode: URIRef
    cameoCode: URIRef
    ploverCode: URIRef
    ploverMode: URIRef
    eventKind: URIRef
    # political events (PLOVER 0.8): one class per type under kg:PoliticalEvent
    PoliticalEvent: URIRef
    Agree: URIRef
    Consult: URIRef
    Support: URIRef
    Concede: URIRef
    Cooperate: URIRef
    Aid: URIRef
    Retreat: URIRef
    Request: URIRef
    Accuse: URIRef
    Reject: URIRef
    Threaten: URIRef
    Protest: URIRef
    Sanction: URIRef
    Mobilize: URIRef
    Coerce: URIRef
    Assault: URIRef
    CollectiveActor: URIRef
    source: URIRef
    target: URIRef
    targetRule: URIRef
    actorCountry: URIRef
    sector: URIRef
    context: URIRef
    modality: URIRef
    killed: URIRef
    injured: URIRef
    arrested: URIRef
    protesting: URIRef
    amount: URIRef
    # modality: a SKOS concept scheme of five concepts
    Modalities: URIRef
    asserted: URIRef
    negated: URIRef
    future: URIRef
    hypothetical: URIRef
    historical: URIRef
    # roles: the status of a holding (on its rdf:Statement) and the scope of a post, two SKOS concept schemes
    heldRole: URIRef
    roleStatus: URIRef
    roleScope: URIRef
    RoleStatuses: URIRef
    current: URIRef
    acting: URIRef
    former: URIRef
    elect: URIRef
    RoleScopes: URIRef
    national: URIRef
    subnational: URIRef
    international: URIRef
    party: URIRef
    nonpolitical: URIRef


_QUOTES = re.compile(r"['’`]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_QID = re.compile(r"Q\d+")
_UNSAFE = re.compile(r"[^A-Za-z0-9._~-]")  # in an id kept as it is (articles, events, sentences …)


@lru_cache(maxsize=65536)  # the same names come back in every article's graph
def slug(text: str) -> str:
    """Fold accents and case and keep letters, digits and single hyphens.

    >>> slug("Andrés Manuel López Obrador")
    'andres-manuel-lopez-obrador'
    >>> slug("  North American Leaders’ Summit ")
    'north-american-leaders-summit'
    >>> slug("Q6279")
    'q6279'
    """
    folded = strip_accents(text).lower()
    return _NON_ALNUM.sub("-", _QUOTES.sub("", folded)).strip("-") or "x"


def mint(kind: str, *parts: str) -> str:
    """The single place where kg makes IRIs for its own resources.

    Wikidata QIDs are kept as they are so that the same person is the same IRI everywhere.

    >>> mint("person", "Q6279")
    'https://kg-project.org/id/person/Q6279'
    >>> mint("person", "Justin Trudeau")
    'https://kg-project.org/id/person/justin-trudeau'
    >>> mint("country", "MX")
    'https://kg-project.org/id/country/MX'
    >>> mint("event", "000_abc", "e1")
    'https://kg-project.org/id/event/000_abc/e1'
    >>> mint("political-event", "000_abc", "p1"), mint("actor", "IL", "MIL")
    ('https://kg-project.org/id/political-event/000_abc/p1', 'https://kg-project.org/id/actor/il/mil')
    """
    keep = kind in ("country", "org") or (kind == "person" and bool(_QID.fullmatch(parts[0])))
    if kind in ("article", "event", "political-event", "quote", "sentence", "statement"):
        keep_parts = [_UNSAFE.sub("_", p) for p in parts]
    else:
        keep_parts = [p if keep else slug(p) for p in parts]
    return DATA + "/".join([kind, *keep_parts])

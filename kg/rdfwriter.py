"""The writing side of :mod:`kg.rdf`: vocabulary terms made once, the constants of the RDF model, and the
:class:`Writer` that collects one article graph's quads (and replays triples made once for many graphs)."""

from __future__ import annotations

from functools import lru_cache

from pyoxigraph import Literal, NamedNode, Quad

from kg import vocab


class Terms:
    """A vocabulary namespace whose terms are made once: rdflib's namespaces make (and check) a new URIRef at
    every attribute access, and :mod:`kg.rdf` asks for one per quad (a tenth of a build's writing process)."""

    def __init__(self, namespace):
        self._namespace = namespace

    def __getattr__(self, name: str):
        if name.startswith("_") or name in ("cache_clear", "cache_info"):  # not a term (lexicon.clear_caches asks)
            raise AttributeError(name)
        term = getattr(self._namespace, name)  # an unknown term still fails here (DefinedNamespace, _fail)
        setattr(self, name, term)  # found as an attribute from now on, without __getattr__
        return term

    def __getitem__(self, name: str):
        return self._namespace[name]


KG, ORG, PROV, SCHEMA, SKOS = (Terms(ns) for ns in (vocab.KG, vocab.ORG, vocab.PROV, vocab.SCHEMA, vocab.SKOS))

RDF_TYPE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDF_STATEMENT = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")
RDF_SUBJECT = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
RDF_PREDICATE = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate")
RDF_OBJECT = NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#object")
RDFS_LABEL = NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
OWL_SAMEAS = NamedNode("http://www.w3.org/2002/07/owl#sameAs")
XSD_DATE = NamedNode("http://www.w3.org/2001/XMLSchema#date")
XSD_INT = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
SCRATCH = NamedNode("urn:kg:scratch")  # the graph of triples made once and replayed into article graphs

@lru_cache(maxsize=4096)  # the vocabulary's terms, asked for every quad
def n(term: str) -> NamedNode:
    """An rdflib URIRef (or a string) as an Oxigraph NamedNode.

    >>> n(SCHEMA.name).value
    'http://schema.org/name'
    """
    return NamedNode(str(term))


class Writer:
    """Collects the quads of one article graph (a short-lived helper, not shared)."""

    def __init__(self, graph: NamedNode):
        self.graph = graph
        self.quads: list[Quad] = []
        self._seen: set[tuple] = set()
        self.labelled: set[NamedNode] = set()  # collective actors labelled in this graph (one label each)

    def add(self, s, p, o) -> None:
        key = (s, p, o)
        if key not in self._seen:
            self._seen.add(key)
            self.quads.append(Quad(s, n(p) if not isinstance(p, NamedNode) else p, o, self.graph))

    def replay(self, triples) -> None:
        """Triples made once for many graphs (see :func:`made_once`), into this one."""
        for s, p, o in triples:
            self.add(s, p, o)

    def label(self, node: NamedNode, text: str, cls) -> None:
        self.add(node, RDF_TYPE, n(cls))
        self.add(node, RDFS_LABEL, Literal(text))


def made_once(make, *args) -> tuple[NamedNode, tuple[tuple, ...]]:
    """What ``make(writer, *args)`` returns and the triples it writes, kept (by an ``lru_cache`` around this) and
    replayed into each article's graph (:meth:`Writer.replay`)."""
    w = Writer(SCRATCH)
    node = make(w, *args)
    return node, tuple((q.subject, q.predicate, q.object) for q in w.quads)

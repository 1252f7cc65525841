"""Curators' decisions about duplicates: ``kg merge``, ``kg alias`` and ``kg review``.

A decision is data in the store's curation graph (:data:`CURATION_GRAPH`, not an article graph):

* the effect, ``<duplicate> owl:sameAs <kept>``, ``<kept> skos:prefLabel`` (its most used label when first
  kept), and for an alias ``<kept> skos:altLabel "NAME"``;
* the decision itself, a ``prov:Activity`` (``kg:Merge`` or ``kg:Alias``) with ``prov:wasAssociatedWith``
  the curator (a ``prov:Agent``), ``prov:endedAtTime``, ``prov:used`` the persons, and a reified
  ``owl:sameAs`` statement ``prov:wasGeneratedBy`` it.

Decisions are applied by rewriting IRIs: the article graphs that mention a duplicate are rewritten when the
decision is recorded, and :meth:`kg.store.Store.put_article` rewrites every article written later (every build),
so every query, analysis and export sees one IRI per person. TriG and N-Quads dumps carry the curation graph.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations

from pyoxigraph import Literal, NamedNode, Quad

from kg.errors import CurationError
from kg.text import strip_accents
from kg.vocab import DATA, KG, PROV, SKOS, mint

CURATION_GRAPH = DATA + "curation"
ARTICLE_PREFIX = DATA + "article/"
PERSON_PREFIX = DATA + "person/"
OWL_SAMEAS = "http://www.w3.org/2002/07/owl#sameAs"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
XSD_DATETIME = "http://www.w3.org/2001/XMLSchema#dateTime"
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}

_Q_SAME_AS = f"SELECT ?dup ?kept WHERE {{ GRAPH <{CURATION_GRAPH}> {{ ?dup <{OWL_SAMEAS}> ?kept }} }}"
_Q_PREF = f"SELECT ?kept ?label WHERE {{ GRAPH <{CURATION_GRAPH}> {{ ?kept <{SKOS.prefLabel}> ?label }} }}"
NAME_PROPS = {RDFS_LABEL, "http://schema.org/name"}
_Q_PERSONS = f"""PREFIX schema: <http://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX kg: <{KG._NS}>
SELECT DISTINCT ?person ?label ?code ?g WHERE {{
  GRAPH ?g {{ ?person a schema:Person ; <{RDFS_LABEL}> ?label .
    OPTIONAL {{ ?person kg:holdsRole/org:postIn/kg:isoCode ?code }} }}
  FILTER (STRSTARTS(STR(?g), "{ARTICLE_PREFIX}"))
}}"""
_Q_ALT = f"SELECT DISTINCT ?person ?label WHERE {{ GRAPH ?g {{ ?person <{SKOS.altLabel}> ?label }} }}"
_Q_MENTIONS = """SELECT DISTINCT ?g ?id WHERE {{ VALUES ?x {{ {iris} }}
  GRAPH ?g {{ {{ ?x ?p ?o }} UNION {{ ?s ?p ?x }} ?g <http://schema.org/identifier> ?id }} }}"""
_Q_GRAPH = "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"


def resolve(mapping: dict[str, str], iri: str) -> str:
    """Follow ``owl:sameAs`` decisions to the IRI that is kept (cycles stop where they close).

    >>> resolve({"b": "a", "c": "b"}, "c"), resolve({"b": "a"}, "z"), resolve({"a": "b", "b": "a"}, "a")
    ('a', 'z', 'b')
    """
    seen = {iri}
    while iri in mapping and mapping[iri] not in seen:
        iri = mapping[iri]
        seen.add(iri)
    return iri


@dataclass(frozen=True)
class Curation:
    """The decisions in force: duplicate IRI → kept IRI (chains followed), kept IRI → its preferred label."""

    same_as: dict[str, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)

    def rewrite(self, quads: Iterable[Quad]) -> list[Quad]:
        """The quads with every duplicate IRI replaced by the kept one. A kept person's ``rdfs:label`` and
        ``schema:name`` become its preferred label (the article's own name stays as ``skos:altLabel``), and
        statements a merge makes redundant ("A met A") are dropped."""
        quads = list(quads)
        if not self.same_as and not self.labels:
            return quads
        out: dict[Quad, None] = {}
        for quad in quads:
            s, o = _swap(quad.subject, self.same_as), _swap(quad.object, self.same_as)
            if (s is not quad.subject or o is not quad.object) and s == o:
                continue
            if quad.predicate.value in NAME_PROPS and s.value in self.labels and isinstance(o, Literal):
                if o.value != self.labels[s.value]:
                    out.setdefault(Quad(s, NamedNode(str(SKOS.altLabel)), o, quad.graph_name), None)
                o = Literal(self.labels[s.value])
            out.setdefault(Quad(s, quad.predicate, o, quad.graph_name), None)
        return list(out)


def load_curation(store) -> Curation:
    """The decisions stored in the store's curation graph."""
    _, rows = store.select(_Q_SAME_AS)
    direct = {row["dup"]: row["kept"] for row in rows if row["dup"] and row["kept"]}
    _, rows = store.select(_Q_PREF)
    labels: dict[str, str] = {}
    for row in rows:
        labels[row["kept"]] = min(labels.get(row["kept"], row["label"]), row["label"])
    return Curation({dup: resolve(direct, dup) for dup in direct}, labels)


def _swap(term, mapping: dict[str, str]):
    if isinstance(term, NamedNode) and term.value in mapping:
        return NamedNode(mapping[term.value])
    return term


# --- resolving what the curator typed -----------------------------------------------------------


def _fold(text: str) -> str:
    return " ".join(strip_accents(text).lower().replace(".", " ").split())


def _best(counts: Counter) -> str:
    """The most used label; ties go to the longest, then the alphabetically first."""
    return min(counts, key=lambda s: (-counts[s], -len(s), s)) if counts else ""


def person_labels(store) -> dict[str, Counter]:
    """Person IRI → its labels in the article graphs (with how many graphs use each)."""
    labels: dict[str, Counter] = defaultdict(Counter)
    for row in store.select(_Q_PERSONS)[1]:
        labels[row["person"]][row["label"]] += 1
    return labels


def alt_names(store) -> dict[str, Counter]:
    """Kept person IRI → the names decisions made other names of it: the ``skos:altLabel`` of the article
    graphs (a merged person's own name) and of the curation graph (an alias)."""
    same_as = load_curation(store).same_as
    names: dict[str, Counter] = defaultdict(Counter)
    for row in store.select(_Q_ALT)[1]:
        names[resolve(same_as, row["person"])][row["label"]] += 1
    return names


def find_person(store, text: str, labels: dict[str, Counter] | None = None) -> str:
    """The IRI of the one person ``text`` names: an IRI, an exact label, an IRI's last part, or part of a label;
    else a name that a merge or an alias made another name of a person (that person's kept IRI)."""
    if text.startswith(("http://", "https://")):
        return text
    for names in (person_labels(store) if labels is None else labels, alt_names(store)):
        found = _named(names, text)
        if found:
            return found
    raise CurationError(f"no person named {text!r} in the store (kg review lists persons' IRIs)")


def _named(labels: dict[str, Counter], text: str) -> str | None:
    wanted = _fold(text)
    tests = (lambda iri, names: any(_fold(n) == wanted for n in names),
             lambda iri, names: iri == mint("person", text) or iri.rsplit("/", 1)[-1] == text,
             lambda iri, names: any(re.search(rf"\b{re.escape(wanted)}\b", _fold(n)) for n in names))
    for test in tests:
        found = sorted(iri for iri, names in labels.items() if test(iri, names))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            shown = ", ".join(f"{iri} ({_best(labels[iri])})" for iri in found[:6])
            raise CurationError(f"{text!r} names {len(found)} persons: {shown}; give the IRI")
    return None


def curate(store, kind: str, target: str, other: str, by: str) -> dict:
    """``merge`` (the person ``other`` names is the one ``target`` names) or ``alias`` (the name ``other`` names
    ``target``), as typed by a curator; a merge of two names of one person is refused with both names."""
    labels = person_labels(store)
    kept = find_person(store, target, labels)
    if kind == "alias":
        return record(store, "alias", kept, mint("person", other), by, name=other)
    duplicate = find_person(store, other, labels)
    same_as = load_curation(store).same_as
    if resolve(same_as, kept) == resolve(same_as, duplicate):
        raise CurationError(f"{target!r} and {other!r} already name one person ({resolve(same_as, kept)}): "
                            "nothing to merge")
    return record(store, "merge", kept, duplicate, by)


# --- recording decisions ------------------------------------------------------------------------


def decision_quads(kind: str, kept: str, duplicate: str, by: str, when: dt.datetime,
                   name: str | None = None, pref_label: str | None = None) -> list[Quad]:
    """The curation-graph quads of one decision (``kind`` is ``merge`` or ``alias``)."""
    stamp = when.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    digest = hashlib.sha1(json.dumps([kind, kept, duplicate, name]).encode()).hexdigest()[:8]
    g = NamedNode(CURATION_GRAPH)
    act = NamedNode(mint("decision", f"{stamp}-{kind}-{digest}"))
    agent = NamedNode(mint("agent", by))
    stmt = NamedNode(mint("statement", "curation", f"{stamp}-{digest}"))
    a, b = NamedNode(kept), NamedNode(duplicate)
    typ, label, same = NamedNode(RDF + "type"), NamedNode(RDFS_LABEL), NamedNode(OWL_SAMEAS)
    what = f"alias {name!r} of {kept}" if kind == "alias" else f"merge {duplicate} into {kept}"
    triples: list[tuple[NamedNode, NamedNode, NamedNode | Literal]] = [
        (b, same, a),
        (act, typ, NamedNode(str(PROV.Activity))),
        (act, typ, NamedNode(str(KG.Alias if kind == "alias" else KG.Merge))),
        (act, label, Literal(what)),
        (act, NamedNode(str(PROV.wasAssociatedWith)), agent),
        (act, NamedNode(str(PROV.endedAtTime)), Literal(when.astimezone(dt.timezone.utc).isoformat(
            timespec="seconds").replace("+00:00", "Z"), datatype=NamedNode(XSD_DATETIME))),
        (act, NamedNode(str(PROV.used)), a),
        (act, NamedNode(str(PROV.used)), b),
        (agent, typ, NamedNode(str(PROV.Agent))),
        (agent, label, Literal(by)),
        (stmt, typ, NamedNode(RDF + "Statement")),
        (stmt, NamedNode(RDF + "subject"), b),
        (stmt, NamedNode(RDF + "predicate"), same),
        (stmt, NamedNode(RDF + "object"), a),
        (stmt, NamedNode(str(PROV.wasGeneratedBy)), act),
    ]
    if name:
        triples.append((a, NamedNode(str(SKOS.altLabel)), Literal(name)))
    if pref_label:
        triples.append((a, NamedNode(str(SKOS.prefLabel)), Literal(pref_label)))
    return [Quad(s, p, o, g) for s, p, o in triples]


def record(store, kind: str, kept: str, duplicate: str, by: str, when: dt.datetime | None = None,
           name: str | None = None) -> dict:
    """Store one decision, then rewrite the article graphs it concerns. Returns what was done."""
    store.require_write()
    curation = load_curation(store)
    kept_final, dup_final = resolve(curation.same_as, kept), resolve(curation.same_as, duplicate)
    if kept_final == dup_final:
        raise CurationError(f"{duplicate} and {kept} are already the same person ({kept_final})")
    pref = None if kept_final in curation.labels else _best(person_labels(store).get(kept_final, Counter()))
    quads = decision_quads(kind, kept_final, dup_final, by, when or dt.datetime.now(dt.timezone.utc), name,
                           pref or None)
    body = "\n".join(f"{q.subject} {q.predicate} {q.object} ." for q in quads)
    store.update(f"INSERT DATA {{ GRAPH <{CURATION_GRAPH}> {{\n{body}\n}} }}")
    store.forget_curation()
    rewritten = apply(store, [duplicate, dup_final, kept_final])
    return {"decision": kind, "kept": kept_final, "duplicate": dup_final, "by": by, "articles_rewritten": rewritten}


def apply(store, iris: Iterable[str]) -> int:
    """Rewrite the article graphs that mention any of ``iris``; returns how many were rewritten."""
    values = " ".join(f"<{iri}>" for iri in dict.fromkeys(iris))
    _, rows = store.select(_Q_MENTIONS.format(iris=values))
    graphs = {row["g"]: row["id"] for row in rows if row["g"].startswith(ARTICLE_PREFIX)}
    for g, article_id in sorted(graphs.items()):
        graph = NamedNode(g)
        quads = [Quad(t.subject, t.predicate, t.object, graph) for t in store.construct(_Q_GRAPH.format(g=g))]
        store.put_article(article_id, quads)  # put_article rewrites with the decisions
    return len(graphs)


# --- likely duplicates --------------------------------------------------------------------------


def surname(label: str) -> str:
    """The folded last name of a label (suffixes such as "Jr." skipped).

    >>> surname("Andrés Manuel López Obrador"), surname("Martin Luther King Jr."), surname("Mr. Biden")
    ('obrador', 'king', 'biden')
    """
    words = [w for w in _fold(label).split() if w]
    while len(words) > 1 and words[-1] in SUFFIXES:
        words.pop()
    return words[-1] if words else ""


def review(store) -> list[dict]:
    """Pairs of person IRIs with the same surname and the same country (of their posts): likely duplicates.

    In each pair ``a`` is the suggested one to keep (a Wikidata IRI, else the one more articles name), so
    ``kg merge A_IRI B_IRI`` applies the suggestion.
    """
    labels: dict[str, Counter] = defaultdict(Counter)
    articles: dict[str, set[str]] = defaultdict(set)
    groups: dict[tuple[str, str], set[str]] = defaultdict(set)
    for row in store.select(_Q_PERSONS)[1]:
        iri = row["person"]
        labels[iri][row["label"]] += 1
        articles[iri].add(row["g"])
        if row.get("code"):
            groups[(row["code"], surname(row["label"]))].add(iri)
    rows = []
    for (code, name), iris in sorted(groups.items()):
        for x, y in combinations(sorted(iris), 2):
            a, b = sorted((x, y), key=lambda i: (not re.search(r"/Q\d+$", i), -len(articles[i]), i))
            rows.append({"country": code, "surname": name,
                         "a": _best(labels[a]), "a_iri": a, "a_articles": len(articles[a]),
                         "b": _best(labels[b]), "b_iri": b, "b_articles": len(articles[b])})
    return rows

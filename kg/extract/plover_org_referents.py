"""Targets named by a noun that refers back to an organisation: a verbal act done to "the bloc", "the group" or "the
council" ("ECOWAS imposed sanctions on Niger. … Tiani accused the bloc of acting for France": ECOWAS; "The G20
leaders met by video. … Modi urged the group to put people first": G20; "Egypt asked the council to intervene"
after the UN Security Council was named: UN) is done to the organisation of ``organisations.tsv`` the article
named last before it. Used after every sentence-level rule, like :mod:`kg.extract.plover_backref`, only for an
event of ``plover-backref-types`` whose target is none or only a guess from the article or the clause
(:data:`REPLACEABLE`), and only for a noun of ``plover-org-referent-nouns`` with a definite determiner and no
other word of its own ("the bloc", not "a regional bloc", "the rebel group", "the bloc's members")."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.org_mentions import bare as _bare
from kg.extract.org_mentions import bare_owner, last_organisation
from kg.extract.plover_actors import actor_key, polity_actor
from kg.model import Actor, PoliticalEventFact

REPLACEABLE = frozenset({"focus", "reaction", "clause-named", "sentence-country"})  # guesses a referent replaces


def open_to_referent(fact: PoliticalEventFact) -> bool:
    """A verbal act with a source whose target is none or only a guess (:data:`REPLACEABLE`)."""
    return fact.type in lexicon.words("plover-backref-types") and bool(fact.sources) \
        and all(a.rule in REPLACEABLE for a in fact.targets)


def organisation_target(doc: Doc, fact: PoliticalEventFact) -> list[Actor]:
    """The organisation the anchor's object refers back to (:func:`referent_nouns`, :func:`last_organisation`),
    unless it is one of the sources."""
    span = doc.char_span(fact.evidence.start, fact.evidence.end, alignment_mode="expand")
    if span is None or not len(span):
        return []
    own = {actor_key(a) for a in fact.sources} | {a.org for a in fact.sources if a.org}
    for noun in referent_nouns(span.root):
        code = last_organisation(doc, noun.idx)
        if code is not None:
            return [] if code in own else [polity_actor(code)]
    return []


def referent_nouns(anchor: Token) -> list[Token]:
    """The anchor's object, dative or object of ``plover-backref-preps`` ("urged the bloc to …", "appealed to the
    council") that is a noun of ``plover-org-referent-nouns`` with "the" or "this" and no word of its own
    (:func:`_bare`); not the subject of a clause it reports ("said the group would …"). (PLOVER targets) Also the
    owner "the bloc's" of such an object ("rejected the bloc's sanctions": :func:`bare_owner`)."""
    nouns, preps = lexicon.words("plover-org-referent-nouns"), lexicon.words("plover-backref-preps")
    heads = [c for c in anchor.children if c.dep_ in ("dobj", "dative")]
    heads += [o for c in anchor.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children
              if o.dep_ == "pobj"]
    found = [n for n in heads if n.lemma_.lower() in nouns and n.tag_ in ("NN", "NNP") and not n.ent_type_ and _bare(n)]
    owners = [o for n in heads for o in n.children if o.dep_ == "poss" and o.lemma_.lower() in nouns]
    return found + [o for o in owners if o.tag_ in ("NN", "NNP") and not o.ent_type_ and bare_owner(o)]

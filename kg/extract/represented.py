"""A side represented at the gathering just before: "… brought together A, B and C. Russia was represented by
Deputy Foreign Minister D" (D took part; :func:`kg.extract.events.meeting_drafts` adds him to that event)."""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.participants import persons_in_phrase


def represented_by(ctx: Context, root: Token) -> list[int]:
    """The persons of the agent of a passive ``represented-verbs`` main verb whose subject is a state or an
    organisation (``represented-subject-entities``), in the past and not negated: "Russia was represented by X",
    "China was represented at the talks by Y" (not "X was represented by his lawyer", "will be represented by Z")."""
    if root.dep_ != "ROOT" or root.lemma_.lower() not in lexicon.words("represented-verbs") or root.tag_ != "VBN":
        return []
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    if not any(a.dep_ == "auxpass" and a.tag_ == "VBD" for a in aux) or any(a.dep_ == "aux" for a in aux) or \
            any(c.dep_ == "neg" for c in root.children):
        return []
    entities = lexicon.words("represented-subject-entities")
    if not any(c.dep_ == "nsubjpass" and c.ent_type_ in entities and not ctx.persons_at(c) for c in root.children):
        return []
    agents = [c for c in root.children if c.dep_ == "agent"]  # or a "by" the parser hung on the place phrase
    agents += [b for p in root.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
               for b in o.children if b.dep_ == "prep" and b.lower_ == "by"]
    return [e for c in agents for e in persons_in_phrase(ctx, c)]

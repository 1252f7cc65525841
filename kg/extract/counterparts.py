"""The role of a named counterpart: "India's Defence Minister X and his German counterpart Y" makes Y Germany's
Defence Minister. A counterpart holds the post of the person whose counterpart he is (the possessive before
"counterpart"), in the country of the demonym or country name before it (``counterpart-*`` patterns of
``structure.jsonl``); a person who has a role of his own keeps it, and a counterpart of no known country gets none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.people import pronoun_entity
from kg.extract.rulematch import rule_marks
from kg.model import RoleFact


def counterpart_roles(ctx: Context, facts: Sequence[RoleFact]) -> list[RoleFact]:
    """``facts`` with a role for every named counterpart whose owner's post and country the text gives."""
    out = list(facts)
    for i in rule_marks(ctx.doc).tokens.get("counterpart-name", []):
        found = _counterpart(ctx, ctx.doc[i], out)
        if found is not None:
            out.append(found)
    return out


def _counterpart(ctx: Context, word: Token, facts: list[RoleFact]) -> RoleFact | None:
    """The role of the person named with one "counterpart" word (None: unknown post or country, or a role already)."""
    name = next((c for c in word.children if c.dep_ == "appos"), None) if word.dep_ not in ("compound", "nmod") \
        else word.head
    owner = _owner(ctx, word)
    country = next((code for c in word.children if c.dep_ in ("amod", "compound", "nmod")
                    for code in [_polity(c)] if code), None)
    if name is None or owner is None or country is None:
        return None
    persons = ctx.persons_at(name)
    if len(persons) != 1 or persons[0] == owner:
        return None
    person = ctx.person(persons[0])
    if any(f.person.key == person.key for f in facts):
        return None
    post = next((f for f in facts if f.person.key == ctx.person(owner).key and f.status == "current"
                 and f.country != country), None)
    if post is None or post.role in _national_titles():
        return None  # "the Secretary of State's Russian counterpart" is no Russian Secretary of State
    evidence = ctx.evidence(word.i, max(word.i, name.i) + 1, "role:counterpart")
    return dataclasses.replace(post, person=person, country=country, evidence=evidence)


def _polity(word: Token) -> str | None:
    """The country a modifier of "counterpart" names, with the words the parser hangs on it: "his Solomon Islands
    counterpart" ("Solomon" under "Islands"), "her South African counterpart", else the word alone."""
    whole = word.doc[word.left_edge.i:word.i + 1]
    return (lexicon.lookup_polity(whole.text) if len(whole) > 1 else None) or lexicon.lookup_polity(word.text)


def _national_titles() -> frozenset[str]:
    """Posts of one country only (``titles.tsv`` rows with a country whose role no row without a country shares,
    ``counterpart-not-shared``): no foreign counterpart holds them. "European Commission President" is the EU's, but a
    President's counterpart is a President."""
    titles = lexicon.titles()
    shared = {t.role for t in titles if not t.country}
    return frozenset(t.role for t in titles if t.country and t.role not in shared) | \
        lexicon.words("counterpart-not-shared")


def _owner(ctx: Context, word: Token) -> int | None:
    """Whose counterpart: the possessive before "counterpart" ("his", "Lavrov's")."""
    poss = next((c for c in word.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    e = pronoun_entity(poss.i, ctx.mentions, doc=ctx.doc)
    found = ctx.persons_at(poss) or ([e] if e is not None else [])
    return found[0] if len(found) == 1 else None

"""The role of a leader named only by his country in a list of leaders: "the summit brought together Kenya's A,
Tanzania's B, Rwanda's C and Burundi's D" names four heads of state, though the text titles none of them. A name
owned by a country's possessive (pattern ``peer-owned-name`` of ``structure.jsonl``) in an unbroken list of such
names (joined by ``title-joiners`` only) takes the one post that two or more of its peers hold in their own
countries (from the text or the dictionary), in its own country; a person with a role of his own keeps it, and a
list whose peers hold different posts ("Germany's A, France's B": Chancellor, President) gives none.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from kg import lexicon
from kg.extract.context import Context
from kg.extract.countries import named_polity_start
from kg.extract.rulematch import rule_marks
from kg.model import RoleFact

MIN_PEERS = 2  # titled peers that must agree on one post


def peer_roles(ctx: Context, facts: Sequence[RoleFact]) -> list[RoleFact]:
    """``facts`` with a role for every untitled name of a list of country-owned names whose titled peers agree."""
    out = list(facts)
    for items in _lists(ctx):
        out.extend(_untitled_posts(ctx, items, out))
    return out


def _owned_names(ctx: Context) -> list[tuple[int, int, int, str]]:
    """(start, end, entity, country) of every person named right after a country's possessive ("Samoa's X")."""
    doc = ctx.doc
    found = []
    for i in rule_marks(doc).tokens.get("owned-name", []):
        country = _owner(ctx, i)
        people = ctx.token_entities.get(i + 2, [])
        if country is None or len(people) != 1:
            continue
        end = i + 2
        while end < len(doc) and ctx.token_entities.get(end) == people:
            end += 1
        found.append((i + 2, end, people[0], country))
    return found


def _owner(ctx: Context, i: int) -> str | None:
    """The country whose name ends at token ``i`` (the longest of up to three words: "Guinea-Bissau", "New
    Zealand"), not an organisation's."""
    start = named_polity_start(ctx.doc, i + 1, 3)
    code = lexicon.lookup_polity(ctx.doc[start:i + 1].text) if start is not None else None
    return None if code is None or lexicon.polity(code).is_org else code


def _lists(ctx: Context) -> list[list[tuple[int, int, int, str]]]:
    """Owned names grouped into lists: the next one starts after only joiners ("," "and") and its country."""
    joiners = lexicon.words("title-joiners")
    lists: list[list[tuple[int, int, int, str]]] = []
    for item in _owned_names(ctx):
        prev = lists[-1][-1] if lists else None
        between = ctx.doc[prev[1]:item[0] - 2] if prev else None
        if prev is not None and item[0] - 2 > prev[1] and all(t.lower_ in joiners for t in _before_owner(between)):
            lists[-1].append(item)
        else:
            lists.append([item])
    return [items for items in lists if len(items) > MIN_PEERS]


def _before_owner(span):
    """The tokens of ``span`` before the country's words that end it (the owner of the next name)."""
    words = list(span)
    while words and words[-1].text[:1].isupper() or words and words[-1].text == "-":
        words.pop()
    return words


def _untitled_posts(ctx: Context, items: list[tuple[int, int, int, str]], facts: list[RoleFact]) -> list[RoleFact]:
    """The posts of the untitled names of one list: the one post of the titled peers, each in its own country."""
    posts: dict[str, RoleFact] = {}
    untitled = []
    for start, end, ent, country in items:
        key = ctx.person(ent).key
        own = [f for f in facts if f.person.key == key]
        held = [f for f in own if f.country == country and f.status == "current" and f.scope == "national"]
        if held:
            posts.setdefault(held[0].role, held[0])
            if len({f.role for f in held}) > 1:
                return []  # "Qatar's Emir and Prime Minister X": no one post to share
        elif not own:
            untitled.append((start, end, ent, country))
    if len(posts) != 1 or len(items) - len(untitled) < MIN_PEERS or not untitled:
        return []
    post = next(iter(posts.values()))
    return [dataclasses.replace(post, person=ctx.person(ent), country=country,
                                evidence=ctx.evidence(start - 2, end, "role:peer-title"))
            for start, end, ent, country in untitled]

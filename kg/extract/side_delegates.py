"""Talks whose text names their sides by country: the officials of those countries who act where the text speaks
of the talks take part (:func:`side_delegates`, split from :mod:`kg.extract.attendees`).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.participants import dedupe, governing_verb, phrase, polities_in
from kg.extract.topicnouns import meeting_nouns_in
from kg.extract.triggers import is_future, meeting_row, negated, trigger_candidates
from kg.extract.where import tokens_with
from kg.model import RoleFact


def side_delegates(ctx: Context, roles: Sequence[RoleFact]) -> list[int]:
    """Talks whose text names a side by its country ("Iran and the EU held talks", "X met with Iranian officials",
    "after a meeting of negotiators India, Brazil and Japan"): the officials of those countries (not of the
    ``side-delegate-excluded-kinds``: heads of state, spokespersons …) who act in a sentence that speaks of the
    talks ("Y described the talks as positive") take part."""
    nouns = _talks_words(ctx.doc)
    sides = {code for t in nouns if not is_future(t) and not negated(t) for code in _sides(ctx, t)}
    if not sides:
        return []
    others = _excluded_roles()
    delegates = {r.person.key for r in roles if r.status == "current" and r.country in sides and r.role not in others
                 and r.scope in ("national", "international")}
    talks = {t.sent.start for t in nouns} | _named_rounds(ctx)
    out: list[int] = []
    for m in ctx.mentions:
        acting = any(acting_subject(_title_head(t)) for t in ctx.doc[m.start:m.end])
        if ctx.doc[m.start].sent.start in talks and acting:
            out += [e for e in m.entities if ctx.person(e).key in delegates]
    return dedupe(out)


def _talks_words(doc: Doc) -> list[Token]:
    """The meeting nouns and the verbs that report a meeting by themselves (:func:`_talks_verb`), in order, visited
    from the Doc's word indexes (a verb needs a ``meeting_verbs.tsv`` row: :func:`trigger_candidates`)."""
    verbs = [doc[i] for i in trigger_candidates(doc) if doc[i].pos_ == "VERB" and _talks_verb(doc[i])]
    return sorted(meeting_nouns_in(doc) + verbs, key=lambda t: t.i)


def _named_rounds(ctx: Context) -> set[int]:
    """Sentences that speak of the talks by the name of their round ("reforms in the Doha round"; a
    ``talks-round-nouns`` word with a proper-noun compound, not "the first round" of a vote)."""
    rounds = lexicon.words("talks-round-nouns")
    return {t.sent.start for t in map(ctx.doc.__getitem__, tokens_with(ctx.doc, "LOWER", rounds)) if t.pos_ == "NOUN"
            and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)}


@cache
def _excluded_roles() -> frozenset[str]:
    """Roles of the ``side-delegate-excluded-kinds`` (heads of state, spokespersons …): no side's delegate."""
    excluded = lexicon.words("side-delegate-excluded-kinds")
    return frozenset(t.role for t in lexicon.titles() if t.kind in excluded)


def _talks_verb(tok: Token) -> bool:
    """A verb that reports a meeting by itself ("met", "held talks"; not a call, a visit, "joined" or "signed")."""
    row = meeting_row(tok)
    return row is not None and row["kind"] == "meeting" and not row.get("only_mark") and \
        row["lemma"] not in lexicon.words("side-talks-excluded-lemmas")


def _sides(ctx: Context, tok: Token) -> set[str]:
    """The countries a gathering names as its sides; an organisation alone is its host, no side ("a summit of the
    African Union"), one listed with others is one ("Iran and the EU held talks")."""
    codes = polities_in(_side_tokens(ctx, tok))
    return codes if len(codes) > 1 or not any(lexicon.polity(c).is_org for c in codes) else set()


def _title_head(tok: Token) -> Token:
    """The noun a name stands in apposition to, also where the parser hangs it on the title's "to" phrase ("Iran's
    ambassador to Iraq, X, said"); the name itself when there is none."""
    node = tok
    for _ in range(4):
        if node.dep_ not in ("appos", "compound", "pobj", "prep") or node.head.i == node.i:
            break
        node = node.head
    return node if node.dep_ in lexicon.words("subject-deps") else tok


def _side_tokens(ctx: Context, tok: Token) -> list[Token]:
    """The country names of a gathering's sides: its "with", "between" and "of" partners, and the subject and object
    of the verb that holds it ("Iran and the EU held talks"; not "X praised the talks"), not those of a named person
    ("US Ambassador X met Y")."""
    verb = governing_verb(tok)
    heads = [o for p in tok.children if p.dep_ == "prep" and p.lower_ in ("with", "between", "of")
             for o in p.children if o.dep_ == "pobj"]
    if verb.i == tok.i or meeting_row(verb) is not None:
        heads += [c for c in verb.children if c.i != tok.i and (c.dep_ in lexicon.words("subject-deps")
                                                               or c.dep_ == "dobj" or c.dep_ == "prep" and
                                                               c.lower_ in ("with", "between"))]
    return [t for h in heads for t in phrase(h) if t.ent_type_ in ("GPE", "NORP", "ORG") and not _of_person(ctx, t)]


def _of_person(ctx: Context, tok: Token) -> bool:
    """Whether a word modifies a person's name ("US" in "US Ambassador X", "Iran's" in "Iran's envoy X")."""
    node = tok
    while node.dep_ in ("compound", "amod", "poss", "nmod") and node.head.i != node.i and not ctx.persons_at(node):
        node = node.head
    return bool(ctx.persons_at(node)) and node.i != tok.i


def acting_subject(tok: Token) -> bool:
    node = tok.head if tok.dep_ == "appos" else tok
    verb = node.head
    return node.dep_ in lexicon.words("subject-deps") and verb.pos_ in ("VERB", "AUX") and \
        not is_future(verb) and not negated(verb)

"""Pronoun speakers of quotations: "he" or "she" resolves to the person last named as a subject shortly
before, or to the speaker of the previous quotation when no one else has been named since; so does a definite
descriptor ("the 59-year-old diplomat", "the Spanish minister") that the person's posts and countries allow (see
:mod:`kg.extract.quotes`)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from spacy.tokens import Token

from kg import lexicon
from kg.extract.quotecontext import Speakers
from kg.extract.quotemarks import PARAGRAPH
from kg.extract.quotesyntax import apposed_subject, logical_subject, relative_subject, untagged_name
from kg.extract.rulematch import rule_marks
from kg.extract.sentences import doc_text
from kg.extract.titles import title_at

if TYPE_CHECKING:
    from kg.actors import Term
    from kg.extract.mentions import Mention

PRONOUN_REACH = 60  # tokens from a pronoun back to its antecedent
CHAIN_BREAKS = 2  # paragraph breaks a chain of pronouns may cross


@dataclass
class Last:
    """The previous quotation: its speaker, where it ends and the token after it."""

    speaker: int
    end: int
    token: int


class Pronouns(Speakers, Protocol):
    """What pronoun resolution asks of the quote attributor: the previous quotation as well."""

    last: Last | None


def antecedent(att: Pronouns, i: int, fits: Callable[[int], bool] | None = None, post: bool = False) -> list[int]:
    """The last person named as a subject before token ``i``, outside quotations and reported clauses (a person a
    subject lists or a passive's agent counts: :func:`kg.extract.quotesyntax.logical_subject`); with ``fits`` (a
    descriptor's posts and countries), the last such person who fits it, passing over subjects who do not, and
    named in this paragraph or the one before when the descriptor names a ``post`` ("the prime minister-designate")."""
    doc = att.ctx.doc
    for m in reversed(att.ctx.mentions):
        last = doc[m.end - 1]
        subject = m.subject or apposed_subject(last) or relative_subject(last) or logical_subject(last)
        if m.start < i and subject and len(m.entities) == 1 and not att.inside(doc[m.start].idx) \
                and not reported(att, last) and not clashes(att, m.entities[0], doc[i]):
            if fits is not None and not fits(m.entities[0]):
                continue  # "X, the trade minister, said …. Y was named. “…,” the minister said": X
            near = post and len(PARAGRAPH.findall(doc_text(doc), doc[m.start].idx, doc[i].idx)) <= 1
            return list(m.entities) if near or recent(att, m.entities[0], i) else []
    return []

def descriptor(att: Pronouns, tok: Token) -> list[int]:
    """"“…,” the 59-year-old Polish diplomat added", "the Greens leader said", "the Spanish minister said": a
    subject phrase of "the", modifiers and a head that describes a person (``speaker-descriptor-nouns``, an age, or a
    title of ``speaker-descriptor-title-kinds``), holding no verb and no name, is the previous quotation's speaker
    when no one else is named since (:func:`continuity`) and its countries allow, else the person last named as a
    subject shortly before (:func:`antecedent`) whose countries and posts allow (:func:`_described`)."""
    words = [t for t in tok.subtree if t.i <= tok.i or tok.nbor(1).text != ","]  # "the president-elect, known as"
    named = {i for m in att.ctx.mentions if m.kind == "name" for i in range(m.start, m.end)}
    if words[0].lower_ != "the" or words[-1].i != tok.i or any(
            t.pos_ in ("VERB", "AUX", "PRON") or t.i in named or att.inside(t.idx) for t in words):
        return []
    post = _descriptor_post(tok, words[0].i)
    if post is None and tok.lemma_.lower() not in lexicon.words("speaker-descriptor-nouns"):
        return []
    if att.last and continuity(att, tok.i) and _described(att, att.last.speaker, words, post, strict=False):
        return [att.last.speaker]  # "“…,” he said. … “…,” the minister said": a post unknown for him will do
    return antecedent(att, tok.i, lambda e: _described(att, e, words, post), post is not None)


def _descriptor_post(tok: Token, start: int) -> str | None:
    """The role of a title of ``speaker-descriptor-title-kinds`` that the phrase from ``start`` ends with (or
    that covers its head: "the president-elect"), else None."""
    for k in range(start + 1, tok.i + 1):
        found = title_at(tok.doc, k)
        if found and found[0] >= tok.i + 1 and found[1].kind in lexicon.words("speaker-descriptor-title-kinds"):
            return found[1].role
    return None


def _described(att: Pronouns, entity: int, words: list[Token], post: str | None, strict: bool = True) -> bool:
    """The person fits the descriptor: of the country its modifiers name (not ``strict``: if the article gives the
    person one), and holding its post (its last word: "minister" for any minister) or, not ``strict``, no post."""
    ent = att.ctx.entities[entity]
    named = {c for t in words if t.pos_ in ("ADJ", "PROPN") for c in [lexicon.lookup_polity(t.text)] if c}
    countries = ent.countries()
    if named and (countries or strict) and not named & countries:
        return False
    roles = [lexicon.fold(r).replace("-", " ").split() for r, _, _, _ in ent.roles()]
    past = any(rule_marks(t.doc).has("former", t.i) for t in words)  # "the former defence minister"
    roles += [lexicon.fold(t.role or "").replace("-", " ").split() for t in _dated_terms(att, entity, post, past)]
    return post is None or any(_post_word(post) in r for r in roles) or not strict and not roles


AHEAD = 366  # days before a term starts that a title "-elect" or "-designate" describes its holder


def _post_word(post: str) -> str:
    """The last word of a post without its status: "minister" for "Foreign Minister", "president" for
    "President-elect" (``elect-suffixes``)."""
    words = [w for w in lexicon.fold(post).replace("-", " ").split() if w not in lexicon.words("elect-suffixes")]
    return words[-1] if words else ""


def _dated_terms(att: Pronouns, entity: int, post: str | None, past: bool) -> list[Term]:
    """The dictionary's posts of a person that a descriptor can name at the article's date: those held then; for a
    post "-elect" or "-designate" those starting within ``AHEAD`` days after it ("the president-elect" for the
    winner); for a ``past`` one ("the former minister") those ended before it. "The president" is not the
    holder of years before or after."""
    actor, when = att.ctx.entities[entity].actor, att.ctx.article.date
    if actor is None or when is None:
        return list(actor.terms) if actor else []
    ahead = post is not None and any(w in lexicon.words("elect-suffixes")
                                     for w in lexicon.fold(post).replace("-", " ").split())
    return [t for t in actor.terms if (t.end is not None and t.end <= when if past else t.active(when)) or
            ahead and t.start is not None and when < t.start <= when + dt.timedelta(days=AHEAD)]


def clashes(att: Pronouns, entity: int, pronoun: Token) -> bool:
    """"she" for a person the article calls "Mr", "he" for one it calls "Ms" or "Mrs" (``female-pronouns``,
    ``male-pronouns``, ``female-honorifics``, ``male-honorifics``); unknown when it uses both or neither."""
    titles = {m.honorific for m in att.ctx.mentions if entity in m.entities and m.honorific}
    female, male = bool(titles & lexicon.words("female-honorifics")), bool(titles & lexicon.words("male-honorifics"))
    word = pronoun.lower_
    return female != male and (male and word in lexicon.words("female-pronouns") or
                               female and word in lexicon.words("male-pronouns"))


def reported(att: Pronouns, tok: Token) -> bool:
    """Whether a token is inside a clause a speech verb reports ("She said [Baker is …]")."""
    clause = tok
    while clause.pos_ not in ("VERB", "AUX") and clause.head.i != clause.i:
        clause = clause.head
    return not att.is_speech(clause) and any(att.is_speech(t) and t.i < tok.i for t in clause.ancestors)

def recent(att: Pronouns, entity: int, i: int) -> bool:
    """A pronoun's antecedent is named shortly before it (not paragraphs away, past unnamed officials), or
    named before a chain of the same subject pronoun, each shortly after the one before, over at most
    ``CHAIN_BREAKS`` paragraph breaks, with no other person named, no untagged proper-noun subject and no subject
    pronoun of the other form since ("Mr. X said …. He said …. He expected …. …, he called for …, saying “…”")."""
    doc = att.ctx.doc
    starts = [m.start for m in att.ctx.mentions if entity in m.entities and m.start < i]
    if starts and sum(not att.inside(t.idx) for t in doc[max(starts):i]) <= PRONOUN_REACH:
        return True
    named = [m.start for m in att.ctx.mentions if entity in m.entities and m.start < i and m.kind == "name"]
    last = max(named, default=None)
    if last is None or len(PARAGRAPH.findall(doc_text(doc), doc[last].idx, doc[i].idx)) > CHAIN_BREAKS:
        return False
    between = [t for t in doc[last:i] if not att.inside(t.idx)]
    pronouns = [t.i for t in between if t.lower_ in lexicon.words("speaker-pronouns")
                and t.dep_ in ("nsubj", "nsubjpass")]
    own = {k for m in att.ctx.mentions if entity in m.entities for k in range(m.start, m.end)}
    if any(doc[j].lower_ != doc[i].lower_ for j in pronouns) or any(
            t.dep_ in ("nsubj", "nsubjpass") and t.i not in own and untagged_name(t) for t in between) or \
            other_named(att, last + 1, i, lambda m: entity in m.entities):
        return False  # someone else came in: named, a name the model missed, or "she" after "he"
    links = [last] + pronouns + [i]
    gaps = zip(links, links[1:], strict=False)
    return all(sum(not att.inside(t.idx) for t in doc[a:b]) <= PRONOUN_REACH for a, b in gaps)

def continuity(att: Pronouns, i: int) -> bool:
    """The last quotation is in this paragraph or the one before, and no other person is named since
    outside quotations and reported clauses ("he said Zelensky is “…”; “…,” he added")."""
    doc, last = att.ctx.doc, att.last
    if last is None or len(PARAGRAPH.findall(doc_text(doc), last.end, doc[i].idx)) > 1:
        return False
    speaker = last.speaker
    return not other_named(att, last.token, i, lambda m: m.entities == [speaker])

def other_named(att: Pronouns, start: int, end: int, own: Callable[[Mention], bool]) -> bool:
    """Someone not ``own`` is named from token ``start`` to ``end``, outside quotations and reported clauses."""
    doc = att.ctx.doc
    return any(start <= m.start < end and m.kind == "name" and not own(m) and not att.inside(doc[m.start].idx)
               and not reported(att, doc[m.end - 1]) for m in att.ctx.mentions)

"""The gender a text gives a named person, for resolving "he" and "she": an honorific ("Mrs X", "Mr Y"), a post
only one sex holds ("Queen X", "King Y": ``female-roles``, ``male-roles``), or a possessive or reflexive pronoun in
the person's own clause, where no one else is named ("X flew to Jakarta for talks with her counterpart": X is a
woman). A person given both is of no known gender. spaCy has no coreference: this is a guard, never a resolver."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.caches import per_doc
from kg.extract.mentions import Mention
from kg.extract.quotemarks import PARAGRAPH
from kg.extract.sentences import doc_text
from kg.extract.where import tokens_with

FEMALE, MALE = "f", "m"
REACH = 80  # tokens from a pronoun back to a subject that is its preferred antecedent
Genders = tuple[dict[int, str], list[tuple[int, int, str]]]  # the text's genders; (pronoun, entity, gender) agreed


def word_gender(word: str) -> str | None:
    """The gender of a person pronoun ("she", "her", "herself": f; "he", "his", "himself": m), else None."""
    low = word.lower()
    if low in lexicon.words("female-person-pronouns"):
        return FEMALE
    return MALE if low in lexicon.words("male-person-pronouns") else None


def entity_genders(doc: Doc, mentions: Sequence[Mention], before: int | None = None) -> dict[int, str]:
    """Entity index → its gender, for the persons the text gives exactly one; with ``before``, also the gender of
    each subject "he" or "she" before that token whose nearest compatible person was of unknown gender ("X said
    …. He made clear …": X is a man, so a later "she" is not X). Kept per Doc and mention list."""
    cache: dict[tuple[int, int], Genders] = per_doc(doc, "kg_entity_genders", lambda _: {})
    key = (id(mentions), len(mentions))
    if key not in cache:
        cache.clear()
        cache[key] = _agreements(doc, mentions, _genders(doc, mentions))
    base, agreed = cache[key]
    if before is None:
        return base
    out = dict(base)
    for i, entity, gender in agreed:
        if i < before:
            out.setdefault(entity, gender)
    return out


def _agreements(doc: Doc, mentions: Sequence[Mention], base: dict[int, str]) -> Genders:
    """The genders and, in text order, the (pronoun, entity, gender) each subject pronoun agrees with."""
    genders, agreed = dict(base), []
    for tok in _gendered(doc):
        gender = word_gender(tok.text) if tok.dep_ in ("nsubj", "nsubjpass") else None
        entity = nearest(tok.i, tok.text, mentions, (), genders, doc) if gender else None
        if gender is not None and entity is not None and entity not in genders:
            genders[entity] = gender
            agreed.append((tok.i, entity, gender))
    return base, agreed


def _gendered(doc: Doc) -> list[Token]:
    """The tokens of ``doc`` that :func:`word_gender` gives a gender, in order (from the Doc's word index)."""
    words = lexicon.words("female-person-pronouns") | lexicon.words("male-person-pronouns")
    return [doc[i] for i in tokens_with(doc, "LOWER", words)]


def nearest(token_i: int, word: str, mentions: Sequence[Mention], exclude: Sequence[int],
            genders: dict[int, str], doc: Doc | None = None) -> int | None:
    """The person a pronoun ``word`` at ``token_i`` most likely refers to: the last resolved mention before it
    that is a clause subject shortly before, else (for a subject pronoun of the ``doc``) a subject earlier in its
    paragraph or the one before (unless the nearest mention is a possessor, "Y's call … he said": Y), else any
    mention; not one of ``exclude`` nor of the pronoun's other gender ("X hosted the talks. A was represented by B.
    … he met C": X, not B; but "B and his counterpart": B)."""
    prior = [m for m in mentions if m.end <= token_i and len(m.entities) == 1 and m.entities[0] not in exclude
             and not clashes(genders, m.entities[0], word)]
    if not prior:
        return None
    subjects = [m for m in prior if m.subject]
    recent = [m for m in subjects if token_i - m.end < REACH]
    earlier = [m for m in subjects if _paragraph_near(doc, m.start, token_i)] if doc is not None and \
        doc[token_i].dep_ in ("nsubj", "nsubjpass") and doc[prior[-1].end - 1].dep_ != "poss" else []
    return (recent or earlier or prior)[-1].entities[0]


def _paragraph_near(doc: Doc, start: int, end: int) -> bool:
    """Token ``start`` is in the paragraph of token ``end`` or the one before: at most one paragraph break between
    them (the search stops at a second, so a mention far back does not scan all the text between)."""
    breaks = PARAGRAPH.finditer(doc_text(doc), doc[start].idx, doc[end].idx)
    return next(breaks, None) is None or next(breaks, None) is None


def _genders(doc: Doc, mentions: Sequence[Mention]) -> dict[int, str]:
    votes: dict[int, set[str]] = {}
    at = {i: m for m in mentions if len(m.entities) == 1 for i in range(m.start, m.end)}
    for m in mentions:
        if len(m.entities) == 1:
            for g in _title_genders(m):
                votes.setdefault(m.entities[0], set()).add(g)
    for tok in _gendered(doc):
        gender = word_gender(tok.text) if tok.dep_ in ("poss", "dobj", "pobj") else None
        owner = _clause_owner(tok, at) if gender and (tok.dep_ == "poss" or tok.lower_.endswith("self")) else None
        if owner is not None:
            votes.setdefault(owner, set()).add(gender)  # type: ignore[arg-type]
    return {e: next(iter(v)) for e, v in votes.items() if len(v) == 1}


def _title_genders(m: Mention) -> list[str]:
    out = []
    if m.honorific in lexicon.words("female-honorifics"):
        out.append(FEMALE)
    if m.honorific in lexicon.words("male-honorifics"):
        out.append(MALE)
    roles = {r for r in (m.role, *(x[0] for x in m.extra)) if r}
    if roles & lexicon.words("female-roles"):
        out.append(FEMALE)
    if roles & lexicon.words("male-roles"):
        out.append(MALE)
    return out


def _clause_owner(pronoun: Token, at: dict[int, Mention]) -> int | None:
    """The named subject of the clause a possessive or reflexive pronoun stands in, when it is the only person the
    clause names outside the pronoun's own noun phrase ("X met Y at her office" names Y: no owner)."""
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) != 1 or subjects[0].i not in at:
        return None
    owner = at[subjects[0].i].entities[0]
    own = {t.i for t in pronoun.head.subtree} if pronoun.dep_ == "poss" else set()
    others = {at[t.i].entities[0] for t in verb.subtree if t.i in at and t.i not in own}
    return owner if others == {owner} else None


def clashes(genders: dict[int, str], entity: int, pronoun: str) -> bool:
    """Whether a pronoun's gender is not the one the text gives the person ("she" for a King, "he" for one whose
    own clause says "her")."""
    wanted = word_gender(pronoun)
    known = genders.get(entity)
    return wanted is not None and known is not None and known != wanted

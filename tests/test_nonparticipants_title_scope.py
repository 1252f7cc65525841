"""A name NER took for a person right before another person's title is that title's place or body, no participant
("held talks with Rakhine State Chief Minister Nyi Pu": ``kg.extract.nonparticipants.title_scope``). Docs built by
hand (words, heads, deps, POS, tags, lemmas, entities), so a failure here is the rule's, never the model's; the
sentences are written for these tests."""

from __future__ import annotations

from handdocs import make

from kg.extract import context
from kg.extract.events import assemble
from kg.extract.nonparticipants import title_scope
from kg.model import Article


def W(word, head, dep, pos, tag, lemma=None, ent="O"):  # noqa: N802 - one word
    return (word, head, dep, pos, tag, lemma or word.lower(), ent)


def talks(joined: bool):
    """"Owusu held talks with Kumasi Region Chief Minister Kofi Mensah ." (NER calling "Kumasi Region" a person), or,
    as the near-miss, "… with Kumasi Region and Chief Minister Kofi Mensah ." (two sides)."""
    rows = [W("Owusu", 1, "nsubj", "PROPN", "NNP", ent="B-PERSON"), W("held", 1, "ROOT", "VERB", "VBD", "hold"),
            W("talks", 1, "dobj", "NOUN", "NNS", "talk"), W("with", 2, "prep", "ADP", "IN"),
            W("Kumasi", 5, "compound", "PROPN", "NNP", ent="B-PERSON"),
            W("Region", 9, "compound", "PROPN", "NNP", ent="I-PERSON")]
    if joined:
        rows[5] = W("Region", 3, "pobj", "PROPN", "NNP", ent="I-PERSON")
        rows += [W("and", 5, "cc", "CCONJ", "CC")]
    n = len(rows)
    rows += [W("Chief", n + 1, "compound", "PROPN", "NNP"), W("Minister", n + 3, "compound", "PROPN", "NNP"),
             W("Kofi", n + 3, "compound", "PROPN", "NNP", ent="B-PERSON"),
             W("Mensah", 5 if joined else 3, "conj" if joined else "pobj", "PROPN", "NNP", ent="I-PERSON"),
             W(".", 1, "punct", "PUNCT", ".")]
    if not joined:
        rows[5] = W("Region", 7, "compound", "PROPN", "NNP", ent="I-PERSON")
        rows[6] = W("Chief", 7, "compound", "PROPN", "NNP")
        rows[7] = W("Minister", 9, "compound", "PROPN", "NNP")
    return make(rows)


def events(doc, actors):
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    found, _ = assemble(ctx)
    return ctx, sorted((e.kind, sorted(p.name for p in e.participants)) for e in found)


def test_nonparticipants_title_scope_place_before_title(actors):
    """"Kumasi Region Chief Minister Kofi Mensah": the place before the title is no second person met."""
    doc = talks(joined=False)
    ctx, found = events(doc, actors)
    assert title_scope(ctx, doc[4]) and not title_scope(ctx, doc[9])
    assert found == [("meeting", ["Kofi Mensah", "Owusu"])]


def test_nonparticipants_title_scope_not_across_and(actors):
    """"Kumasi Region and Chief Minister Kofi Mensah": with "and" between them the name is no title's scope."""
    doc = talks(joined=True)
    ctx, _ = events(doc, actors)
    assert not title_scope(ctx, doc[4])

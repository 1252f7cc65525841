"""A join verb whose gathering object counts two ("X took part in both meetings") joins the two events told before,
not only the last (``kg.extract.joins.both_gatherings``). Docs built by hand (words, heads, deps, POS, tags, lemmas,
entities), so a failure here is the rule's, never the model's; the sentences are written for these tests."""

from __future__ import annotations

from handdocs import make
from handdocs import name as P  # noqa: N812 - short row builders keep the rows readable
from handdocs import word as W  # noqa: N812

from kg.extract import context
from kg.extract.events import assemble
from kg.extract.joins import both_gatherings
from kg.model import Article


def two_meetings(det: str):
    """"Diallo met Bamba . Diallo met Sow . Kone took part in <det> meetings ." """
    return make([P("Diallo", 1, "nsubj"), W("met", 1, "ROOT", "VERB", "VBD", "meet"), P("Bamba", 1, "dobj"),
                 W(".", 1, "punct", "PUNCT", "."),
                 P("Diallo", 5, "nsubj"), W("met", 5, "ROOT", "VERB", "VBD", "meet"), P("Sow", 5, "dobj"),
                 W(".", 5, "punct", "PUNCT", "."),
                 P("Kone", 9, "nsubj"), W("took", 9, "ROOT", "VERB", "VBD", "take"),
                 W("part", 9, "dobj", "NOUN", "NN"), W("in", 9, "prep", "ADP", "IN"),
                 W(det, 13, "det", "DET", "DT"), W("meetings", 11, "pobj", "NOUN", "NNS", "meeting"),
                 W(".", 9, "punct", "PUNCT", ".")])


def events(doc, actors):
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    found, _ = assemble(ctx)
    return sorted((e.kind, sorted({p.name for p in e.participants})) for e in found)


def test_joins_both_gatherings_joins_the_two_events_before(actors):
    """"took part in both meetings": Kone joins Diallo's meeting with Bamba and the one with Sow."""
    doc = two_meetings("both")
    assert both_gatherings(doc[9])
    assert events(doc, actors) == [("meeting", ["Bamba", "Diallo", "Kone"]), ("meeting", ["Diallo", "Kone", "Sow"])]


def test_joins_both_gatherings_not_the_meetings(actors):
    """"took part in the meetings" joins only the event just before."""
    doc = two_meetings("the")
    assert not both_gatherings(doc[9])
    assert events(doc, actors) == [("meeting", ["Bamba", "Diallo"]), ("meeting", ["Diallo", "Kone", "Sow"])]

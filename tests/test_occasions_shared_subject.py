"""A verb conjoined to a meeting trigger shares its subject, not whom it met: "The leaders met Sow and held talks with
Kone" is a meeting with Sow and another with Kone, and Sow takes no part in the second
(``kg.extract.occasions.shared_subject_group``). Docs built by hand (words, heads, deps, POS, tags, lemmas,
entities), so a failure here is the rule's, never the model's; the sentences are written for these tests."""

from __future__ import annotations

from handdocs import make
from handdocs import name as P  # noqa: N812 - short row builders keep the rows readable
from handdocs import word as W  # noqa: N812

from kg.extract import context
from kg.extract.events import assemble
from kg.extract.occasions import shared_subject_group
from kg.model import Article


def leaders_met(own_subject: bool):
    """"Diallo met Bamba . The leaders met Sow and [they] held talks with Kone ." """
    rows = [P("Diallo", 1, "nsubj"), W("met", 1, "ROOT", "VERB", "VBD", "meet"), P("Bamba", 1, "dobj"),
            W(".", 1, "punct", "PUNCT", "."), W("The", 5, "det", "DET", "DT"),
            W("leaders", 6, "nsubj", "NOUN", "NNS", "leader"), W("met", 6, "ROOT", "VERB", "VBD", "meet"),
            P("Sow", 6, "dobj"), W("and", 6, "cc", "CCONJ", "CC")]
    n = len(rows) + (1 if own_subject else 0)
    if own_subject:
        rows += [W("they", n, "nsubj", "PRON", "PRP")]
    rows += [W("held", 6, "conj", "VERB", "VBD", "hold"), W("talks", n, "dobj", "NOUN", "NNS", "talk"),
             W("with", n + 1, "prep", "ADP", "IN"), P("Kone", n + 2, "pobj"), W(".", 6, "punct", "PUNCT", ".")]
    return make(rows)


def events(doc, actors):
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    found, _ = assemble(ctx)
    return sorted((e.kind, sorted(p.name for p in e.participants)) for e in found)


def test_occasions_shared_subject_not_whom_the_first_verb_met(actors):
    """The talks with Kone are the leaders' (Diallo and Bamba), without Sow, whom the first verb met."""
    assert events(leaders_met(own_subject=False), actors) == [
        ("meeting", ["Bamba", "Diallo"]), ("meeting", ["Bamba", "Diallo", "Kone"]),
        ("meeting", ["Bamba", "Diallo", "Sow"])]


def test_occasions_shared_subject_only_without_own_subject():
    """A conjoined verb with a subject of its own ("and they held talks") keeps the group of the event before."""
    doc = leaders_met(own_subject=True)
    group = [0, 1, 2]
    assert shared_subject_group(doc[10], 6, group, lambda head: [2]) == group
    plain = leaders_met(own_subject=False)
    assert shared_subject_group(plain[9], 6, group, lambda head: [2]) == [0, 1]
    assert shared_subject_group(plain[9], 1, group, lambda head: [2]) == group  # another trigger's event

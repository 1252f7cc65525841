"""Mediators and attendees named by a participle that the parser hangs on the clause of talks, not on the talks
("The deal was reached after talks between A and B, mediated by X"), on Docs built by hand (words, heads, deps,
POS, tags, lemmas, entities), so a failure here is the rule's, never the statistical model's. Sentences are written
for these tests."""

from __future__ import annotations

from handdocs import make, meetings, name, word

from kg.extract.rulematch import rule_marks


def reached_after_talks(participle, lemma, second=None):
    """"The deal was reached after talks between Hofer and Balogh, <participle> by Varga[, and <second> by Lenk]"."""
    rows = [word("The", 1, "det", "DET", "DT"), word("deal", 3, "nsubjpass", "NOUN", "NN"),
            word("was", 3, "auxpass", "AUX", "VBD", "be"), word("reached", 3, "ROOT", "VERB", "VBN", "reach"),
            word("after", 3, "prep", "ADP", "IN"), word("talks", 4, "pobj", "NOUN", "NNS", "talk"),
            word("between", 5, "prep", "ADP", "IN"), name("Hofer", 6, "pobj"), word("and", 7, "cc", "CCONJ", "CC"),
            name("Balogh", 7, "conj"), word(",", 3, "punct", "PUNCT", ","),
            word(participle, 3, "advcl", "VERB", "VBN", lemma), word("by", 11, "agent", "ADP", "IN"),
            name("Varga", 12, "pobj")]
    if second:
        rows += [word("and", 11, "cc", "CCONJ", "CC"), word(second[0], 11, "conj", "VERB", "VBN", second[1]),
                 word("by", 15, "agent", "ADP", "IN"), name("Lenk", 16, "pobj")]
    return make(rows + [word(".", 3, "punct", "PUNCT", ".")])


def test_participants_clause_mediator_takes_part(actors):
    """"…, mediated by Varga" hung on "reached": Varga takes part in the talks (``talks-mediated-clause``)."""
    doc = reached_after_talks("mediated", "mediate")
    assert rule_marks(doc).rule("clause-mediator", 12) == "talks-mediated-clause"
    assert meetings(doc, actors) == [["Balogh", "Hofer", "Varga"]]


def test_participants_clause_mediator_second_participle(actors):
    """"…, mediated by Varga and attended by Lenk": both take part (``talks-mediated-clause-conj``)."""
    doc = reached_after_talks("mediated", "mediate", ("attended", "attend"))
    assert rule_marks(doc).rule("clause-mediator", 16) == "talks-mediated-clause-conj"
    assert meetings(doc, actors) == [["Balogh", "Hofer", "Lenk", "Varga"]]


def test_participants_clause_mediator_not_other_participles(actors):
    """"…, welcomed by Varga": a participle that names no mediator nor attendee adds nobody."""
    doc = reached_after_talks("welcomed", "welcome")
    assert not rule_marks(doc).has("clause-mediator", 12)
    assert meetings(doc, actors) == [["Balogh", "Hofer"]]

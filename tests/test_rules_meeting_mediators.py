"""Mediators and attendees named by a participle that the parser hangs on the clause of talks, not on the talks
("The deal was reached after talks between A and B, mediated by X"), and a signer added to a signing ("A and B
signed the accord. C also signed"), on Docs built by hand (words, heads, deps, POS, tags, lemmas, entities), so a
failure here is the rule's, never the statistical model's. Sentences are written for these tests."""

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



def signed_then(rows, occasion=True):
    """"Hofer and Balogh signed the accord. The ceremony ended." (or "… The meeting ended.") and a third sentence
    (rows from token 11)."""
    noun = ("ceremony", "ceremony") if occasion else ("meeting", "meeting")
    return make([name("Hofer", 3, "nsubj"), word("and", 0, "cc", "CCONJ", "CC"), name("Balogh", 0, "conj"),
                 word("signed", 3, "ROOT", "VERB", "VBD", "sign"), word("the", 5, "det", "DET", "DT"),
                 word("accord", 3, "dobj", "NOUN", "NN"), word(".", 3, "punct", "PUNCT", "."),
                 word("The", 8, "det", "DET", "DT"), word(noun[0], 9, "nsubj", "NOUN", "NN", noun[1]),
                 word("ended", 9, "ROOT", "VERB", "VBD", "end"), word(".", 9, "punct", "PUNCT", ".")] + rows)


def also_signed(obj=()):
    """"Varga also signed[ a decree]." as rows from token 11."""
    tail = [word("a", 15, "det", "DET", "DT"), word("decree", 13, "dobj", "NOUN", "NN")] if obj else []
    return [name("Varga", 13, "nsubj"), word("also", 13, "advmod", "ADV", "RB"),
            word("signed", 13, "ROOT", "VERB", "VBD", "sign")] + tail + [word(".", 13, "punct", "PUNCT", ".")]


def test_joins_signed_too_adds_the_signer(actors):
    """"… The ceremony ended. Varga also signed.": a signer with nothing signed named joins the signing before,
    which the text refers back to as an occasion (``signed-too``, row ``m-sign-too``, ``signing-occasion-nouns``)."""
    doc = signed_then(also_signed())
    assert rule_marks(doc).rule("signed-too", 13) == "signed-too"
    assert meetings(doc, actors) == [["Balogh", "Hofer", "Varga"]]


def test_joins_signed_too_only_a_signing_occasion(actors):
    """"… The meeting ended. Varga also signed.": no signing is referred back to as an occasion, so Varga may have
    signed apart and joins nothing."""
    doc = signed_then(also_signed(), occasion=False)
    assert rule_marks(doc).rule("signed-too", 13) == "signed-too"
    assert meetings(doc, actors) == [["Balogh", "Hofer"]]


def test_joins_signed_too_not_with_its_own_object(actors):
    """"… Varga also signed a decree.": what he signed is named, so he joins nothing; without "also" no mark."""
    doc = signed_then(also_signed(obj=True))
    assert meetings(doc, actors) == [["Balogh", "Hofer"]]
    plain = signed_then([name("Varga", 12, "nsubj"), word("signed", 12, "ROOT", "VERB", "VBD", "sign"),
                         word(".", 12, "punct", "PUNCT", ".")])
    assert not rule_marks(plain).has("signed-too", 12)
    assert meetings(plain, actors) == [["Balogh", "Hofer"]]

"""PLOVER accusations and rejections as news reports them: a speech act the parser conjoined to a reported clause,
event nouns owned by a possessive pronoun, opposition, criticism and accusations as nouns, concern stated about
another, a claim of an act the claimed verb governs. Model-free tests on hand-built Docs, and (slow) sentences
written for these tests."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, make_doc
from test_extract_plover_sources import actors, codes

from kg.extract import plover
from kg.extract import plover_modality as pm


def _reported(verb: str, lemma: str, subject: bool = False) -> list[tuple]:
    """ "Chile claimed the boat was there and [Chile] <verb> Peru ." """
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("claimed", "claim", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("boat", "boat", "NOUN", "NN", "nsubj", 4),
            ("was", "be", "AUX", "VBD", "ccomp", 1), ("there", "there", "ADV", "RB", "advmod", 4),
            ("and", "and", "CCONJ", "CC", "cc", 4)]
    if subject:
        rows.append(("Chile", "Chile", "PROPN", "NNP", "nsubj", 8))
    n = len(rows)
    return rows + [(verb, lemma, "VERB", "VBD", "conj", 4), ("Peru", "Peru", "PROPN", "NNP", "dobj", n),
                   (".", ".", "PUNCT", ".", "punct", 1)]


def _ents(rows: list[tuple]) -> list[str]:
    return ["B-GPE" if r[0] in ("Chile", "Peru") else "O" for r in rows]


def test_plover_reported_conjunct_speech_act_is_the_speakers_not_the_reported_subjects():
    rows = _reported("accused", "accuse")
    doc = make_doc(rows, _ents(rows))
    hits, _ = plover.match(doc)
    assert hits[7].pattern.get("plover") == "ACCUSE"
    assert pm.reported_by(doc[7]).i == 1 and [n.i for n in pm.clause_nodes(doc[7])] == [7, 1]
    sources, targets = plover.roles_of(actors(doc), doc[7], hits[7])
    assert (codes(sources), codes(targets)) == (["CL"], ["PE"])


def test_plover_reported_conjunct_needs_a_speech_verb_without_a_subject_of_its_own():
    rows = _reported("attacked", "attack")  # an act, not a speech act: the boat's, as the parse says
    doc = make_doc(rows, _ents(rows))
    assert pm.reported_by(doc[7]) is None
    rows = _reported("accused", "accuse", subject=True)  # "… and Chile accused Peru": its own subject
    doc = make_doc(rows, _ents(rows))
    assert pm.reported_by(doc[8]) is None


# "Japan reiterated its opposition to Chile ." / "Japan dismissed its opposition to Chile ."
def _owned(verb: str, lemma: str, noun: str = "opposition", prep: str = "to") -> list[tuple]:
    return [("Japan", "Japan", "PROPN", "NNP", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1),
            ("its", "its", "PRON", "PRP$", "poss", 3), (noun, noun, "NOUN", "NN", "dobj", 1),
            (prep, prep, "ADP", "IN", "prep", 3), ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1)]


OWNED_ENTS = ["B-GPE", "O", "O", "O", "O", "B-GPE", "O"]


def test_plover_opposition_to_is_a_rejection_by_the_owner_a_pronoun_owner_is_the_verbs_subject():
    doc = make_doc(_owned("reiterated", "reiterate"), OWNED_ENTS)
    hits, _ = plover.match(doc)
    assert hits[3].pattern.id == "ph-reject-opposition-to"
    sources, targets = plover.roles_of(actors(doc), doc[3], hits[3])
    assert (codes(sources), codes(targets)) == (["JP"], ["CL"])
    doc = make_doc(_owned("dismissed", "dismiss"), OWNED_ENTS)  # "dismissed its …": another's, not Japan's
    hits, _ = plover.match(doc)
    assert plover.roles_of(actors(doc), doc[3], hits[3])[0] == []


def test_plover_criticism_and_accusations_owned_are_accusations():
    for noun in ("criticism", "accusation", "allegation"):
        doc = make_doc(_owned("renewed", "renew", noun, "of"), OWNED_ENTS)
        hits, _ = plover.match(doc)
        assert hits[3].pattern.get("plover") == "ACCUSE", noun
        sources, targets = plover.roles_of(actors(doc), doc[3], hits[3])
        assert (codes(sources), codes(targets)) == (["JP"], ["CL"]), noun
    rows = [("The", "the", "DET", "DT", "det", 1), ("opposition", "opposition", "NOUN", "NN", "nsubj", 2),
            ("met", "meet", "VERB", "VBD", "ROOT", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    hits, _ = plover.match(make_doc(rows))  # the opposition as parties: no "to", no rejection
    assert 1 not in hits


def _concerned(prep: str) -> list[tuple]:
    """ "Chile is concerned <prep> Peru ." """
    return [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1),
            ("concerned", "concerned", "ADJ", "JJ", "acomp", 1), (prep, prep, "ADP", "IN", "prep", 2),
            ("Peru", "Peru", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_concern_about_another_accuses_it_a_fear_that_does_not():
    doc = make_doc(_concerned("about"), ["B-GPE", "O", "O", "O", "B-GPE", "O"])
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-accuse-concerned"
    sources, targets = plover.roles_of(actors(doc), doc[1], hits[1])
    assert (codes(sources), codes(targets)) == (["CL"], ["PE"])
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1),
            ("concerned", "concerned", "ADJ", "JJ", "acomp", 1), ("that", "that", "SCONJ", "IN", "mark", 5),
            ("Peru", "Peru", "PROPN", "NNP", "nsubj", 5), ("lied", "lie", "VERB", "VBD", "ccomp", 2),
            (".", ".", "PUNCT", ".", "punct", 1)]
    hits, _ = plover.match(make_doc(rows))  # "concerned that …": a fear, no charge
    assert 1 not in hits or hits[1].pattern.id != "ph-accuse-concerned"


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("Chile claimed the fishing boat was inside Chilean waters and accused Peru of violating the treaty.", "ACCUSE",
     {"CL"}, {"PE"}, "asserted"),
    ("The Greek spokesman Nikos Pappas said that the ships were in the area but denied any plan to block the port.",
     "REJECT", {"Nikos Pappas"}, None, "asserted"),
    ("President Ana Lopes of Portugal expressed her strong opposition to the Spanish plan for the river.", "REJECT",
     {"Ana Lopes"}, {"ES"}, "asserted"),
    ("Japan reiterated its opposition to the Chinese proposal.", "REJECT", {"JP"}, {"CN"}, "asserted"),
    ("Prime Minister Rui Costa of Brazil has renewed his criticism of the Venezuelan government.", "ACCUSE",
     {"Rui Costa"}, {"VE"}, "asserted"),
    ("Bolivia's accusations against Chile were rejected by the Chilean government.", "ACCUSE", {"BO"}, {"CL"},
     "asserted"),
    ("Chile remains deeply concerned over Peru's naval exercises.", "ACCUSE", {"CL"}, {"PE"}, "asserted"),
    ("Bolivia claims that Chile is trying to occupy the disputed islands.", "ACCUSE", {"BO"}, {"CL"}, "asserted"),
])
def test_plover_reported_phrasings_table(facts_of, text, kind, sources, targets, modality):
    assert_first_coded(facts_of(text), kind, sources, targets, modality)


@pytest.mark.slow
def test_plover_reported_no_accusation_in_a_mood_or_in_anothers_words(facts_of):
    text = "The Chilean minister said she was concerned about the economy."
    assert all(e.type != "ACCUSE" for e in facts_of(text).political_events)
    text = "Army spokesman Rui Costa of Brazil dismissed his accusations."  # another's accusations, not Costa's
    assert all(e.type != "ACCUSE" for e in facts_of(text).political_events)


def _marched(prep: str) -> list[tuple]:
    """ "Unions marched <prep> opposition to Chile ." """
    return [("Unions", "union", "NOUN", "NNS", "nsubj", 1), ("marched", "march", "VERB", "VBD", "ROOT", 1),
            (prep, prep, "ADP", "IN", "prep", 1), ("opposition", "opposition", "NOUN", "NN", "pobj", 2),
            ("to", "to", "ADP", "IN", "prep", 3), ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1)]


@pytest.mark.parametrize("prep, fits", [("in", False), ("despite", True)])
def test_plover_opposition_as_a_manner_is_no_rejection(prep, fits):
    doc = make_doc(_marched(prep))  # "marched in opposition to Chile": a manner, as "in protest"
    hits, _ = plover.match(doc)
    assert hits[3].pattern.id == "ph-reject-opposition-to" and plover._fits(doc[3], hits[3]) is fits


# "Bolivia claims Chile is trying to attack Peru ."
TRYING = [("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 1), ("claims", "claim", "VERB", "VBZ", "ROOT", 1),
          ("Chile", "Chile", "PROPN", "NNP", "nsubj", 4), ("is", "be", "AUX", "VBZ", "aux", 4),
          ("trying", "try", "VERB", "VBG", "ccomp", 1), ("to", "to", "PART", "TO", "aux", 6),
          ("attack", "attack", "VERB", "VB", "xcomp", 4), ("Peru", "Peru", "PROPN", "NNP", "dobj", 6),
          (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_claim_of_an_act_the_claimed_verb_governs_accuses_its_actor():
    doc = make_doc(TRYING, ["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-accuse-claim" and hits[6].pattern.get("plover") == "ASSAULT"
    ac = actors(doc)
    speaker = plover.roles_of(ac, doc[1], hits[1])[0]
    assert codes(plover.claimed_actors(ac, doc[1], hits, ("ASSAULT",), speaker)) == ["CL"]

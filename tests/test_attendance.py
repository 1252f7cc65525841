"""Rule helpers of :mod:`kg.extract.attendance` on hand-built Docs (no model)."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from kg.extract import attendance as at

VOCAB = English().vocab


def doc_of(words: str, deps: str, heads: list[int], tags: str, lemmas: str) -> Doc:
    return Doc(VOCAB, words=words.split(), deps=deps.split(), heads=heads, tags=tags.split(), lemmas=lemmas.split())


def test_attendance_reported_clause_before_speech_verb():
    # "Z was present , officials said": the reported clause; "officials said Z was present": its root stays
    doc = doc_of("Z was present , officials said", "nsubj ccomp acomp punct nsubj ROOT", [1, 5, 1, 5, 5, 5],
                 "NNP VBD JJ , NNS VBD", "Z be present , official say")
    assert at.reported(doc[5]).i == 1
    doc = doc_of("officials said Z was present", "nsubj ROOT nsubj ccomp acomp", [1, 1, 3, 1, 3],
                 "NNS VBD NNP VBD JJ", "official say Z be present")
    assert at.reported(doc[1]).i == 1


def test_attendance_reported_not_of_other_verbs():
    # "Z was present , officials noted X": "note" is no speech verb of the list -> the root itself
    doc = doc_of("Z was present , officials agreed", "nsubj ccomp acomp punct nsubj ROOT", [1, 5, 1, 5, 5, 5],
                 "NNP VBD JJ , NNS VBD", "Z be present , official agree")
    assert at.reported(doc[5]).i == 5


def test_attendance_modal_on_copula_only():
    doc = doc_of("Z will be present", "nsubj aux ROOT acomp", [2, 2, 2, 2], "NNP MD VB JJ", "Z will be present")
    assert at._modal(doc[2])
    doc = doc_of("Z was present and will meet", "nsubj ROOT acomp cc aux conj", [1, 1, 1, 1, 5, 1],
                 "NNP VBD JJ CC MD VB", "Z be present and will meet")
    assert not at._modal(doc[1])

"""The learned PLOVER fallback (:mod:`kg.extract.plover_learned`): the actor choice on hand-built Docs with a stub
classifier, the shipped model, and (slow) sentences written for these tests."""

from __future__ import annotations

import dataclasses

import pytest
from test_extract_plover import make_doc
from test_extract_plover_news import NEEDS  # "Peru said Chile needs to act ."

from kg.extract import plover_actors as pa
from kg.extract import plover_learned as learned
from kg.model import Article, Evidence, PoliticalEventFact


@dataclasses.dataclass
class Ctx:
    """A stand-in for the article context: the Doc, no persons."""

    doc: object
    article: Article = Article(id="t", text="")

    def persons_at(self, tok):
        return []

    def evidence(self, start, end, rule):
        span = self.doc[start:end]
        sent = span[0].sent
        return Evidence("t", sent.text, sent.start_char, span.start_char, span.end_char, rule)


def actors(doc) -> pa.Actors:
    ents = {i: e for e in doc.ents for i in range(e.start, e.end)}
    return pa.Actors(ctx=Ctx(doc), role_country={}, ents=ents)  # type: ignore[arg-type]


def stub(*kinds):
    """A classifier that gives every sentence these types."""
    return lambda sents: [list(kinds) for _ in sents]


def coded(events):
    return [(e.type, [a.country for a in e.sources], [a.country for a in e.targets], e.modality,
             e.evidence.rule) for e in events]


NEEDS_ENTS = ["B-GPE", "O", "B-GPE", "O", "O", "O", "O"]


def test_plover_learned_speech_act_is_the_speakers_and_targets_the_reported_subject():
    doc = make_doc(NEEDS, ents=NEEDS_ENTS)
    found = learned.learned_events(actors(doc), {}, [], 1, types_of=stub("REQUEST"))
    assert coded(found) == [("REQUEST", ["PE"], ["CL"], "asserted", "learned:textcat")]  # Peru asks Chile


def test_plover_learned_other_act_under_a_speech_verb_is_the_reported_subjects():
    doc = make_doc(NEEDS, ents=NEEDS_ENTS)
    found = learned.learned_events(actors(doc), {}, [], 1, types_of=stub("MOBILIZE"))
    assert coded(found) == [("MOBILIZE", ["CL"], [], "asserted", "learned:textcat")]  # Chile acts, not Peru
    assert found[0].evidence.start == doc[3].idx  # anchored on the reported verb


# "Bolivia appealed to Argentina ."
APPEALED = [("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 1), ("appealed", "appeal", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "ADP", "IN", "prep", 1), ("Argentina", "Argentina", "PROPN", "NNP", "pobj", 2),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_learned_targets_a_prepositional_object_and_skips_a_type_already_coded():
    doc = make_doc(APPEALED, ents=["B-GPE", "O", "O", "B-GPE", "O"])
    ac = actors(doc)
    assert coded(learned.learned_events(ac, {}, [], 1, types_of=stub("REQUEST"))) == [
        ("REQUEST", ["BO"], ["AR"], "asserted", "learned:textcat")]
    rule = PoliticalEventFact("p1", "REQUEST", (), (), "asserted", Evidence("t", doc.text, 0, 8, 16, "plover:x"))
    assert learned.learned_events(ac, {}, [rule], 2, types_of=stub("REQUEST")) == []  # the rules have it
    assert len(learned.learned_events(ac, {}, [rule], 2, types_of=stub("SUPPORT"))) == 1  # another type


def test_plover_learned_no_source_no_event():
    rows = [("It", "it", "PRON", "PRP", "nsubj", 1)] + APPEALED[1:]  # "It appealed to Argentina ."
    doc = make_doc(rows, ents=["O", "O", "O", "B-GPE", "O"])
    assert learned.learned_events(actors(doc), {}, [], 1, types_of=stub("REQUEST")) == []


def test_plover_learned_shipped_model_scores_a_sentence():
    import spacy

    nlp = spacy.blank("en")
    doc = nlp("The army fired rockets at the rebel camp and the rebels accused the army of war crimes.")
    for tok in doc:  # a flat parse is enough for the features
        tok.is_sent_start = tok.i == 0
    learned.classifier.cache_clear()
    scores = learned.scores([doc[:]])
    assert learned.classifier() is not None and set(scores[0]) == set(learned.TYPES)
    assert all(0.0 <= v <= 1.0 for v in scores[0].values())
    assert set(learned.thresholds()) <= set(learned.TYPES) and learned.thresholds()


def test_plover_learned_can_be_switched_off(monkeypatch):
    monkeypatch.setenv("KG_LEARNED_EVENTS", "0")
    learned.classifier.cache_clear()
    try:
        assert learned.classifier() is None
        doc = make_doc(NEEDS, ents=NEEDS_ENTS)
        assert learned.sentence_types(list(doc.sents)) == [[]]
    finally:
        monkeypatch.delenv("KG_LEARNED_EVENTS")
        learned.classifier.cache_clear()


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets", [
    ("Chile's foreign minister spoke with her Argentine counterpart on Monday about the border dispute.", "CONSULT",
     {"CL"}, {"AR"}),
    ("Chile and Peru have announced their intention to work together on a joint border commission.", "AGREE",
     {"CL", "PE"}, set()),
])
def test_plover_learned_sentences_no_pattern_codes(facts_of, text, kind, sources, targets):
    found = [e for e in facts_of(text).political_events if e.type == kind]
    assert [(e.evidence.rule, {a.country for a in e.sources}, {a.country for a in e.targets}, e.modality)
            for e in found] == [(learned.RULE, sources, targets, "asserted")]

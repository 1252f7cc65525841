"""kg.extract.where: token positions from the Doc's value indexes equal a walk over every token (hand-built Docs,
no statistical model)."""

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from kg.extract.where import lemmas_in, proper_nouns, tokens_with, word_positions

WORDS = ["Talks", "talks", "Respectively", "respectively", "-", "Ann", "R.", "met", "Summit", "summit", ","]
POS = ["PROPN", "NOUN", "VERB", "PUNCT", "ADJ"]
VOCAB = spacy.blank("en").vocab  # with the lexical attributes (LOWER) that a model's vocab has


def make(words, pos, lemmas):
    return Doc(VOCAB, words=words, pos=pos, lemmas=lemmas)


docs = st.integers(min_value=0, max_value=25).flatmap(lambda n: st.tuples(
    st.lists(st.sampled_from(WORDS), min_size=n, max_size=n),
    st.lists(st.sampled_from(POS), min_size=n, max_size=n),
    st.lists(st.sampled_from(WORDS), min_size=n, max_size=n)))


@settings(max_examples=150, deadline=None)
@given(docs, st.frozensets(st.sampled_from([w.lower() for w in WORDS] + ["absent"]), max_size=4))
def test_where_matches_a_walk_over_every_token(parts, wanted):
    doc = make(*parts)
    assert all(t.lower_ == t.text.lower() for t in doc)
    assert tokens_with(doc, "LOWER", wanted) == [t.i for t in doc if t.lower_ in wanted]
    assert lemmas_in(doc, wanted) == [t.i for t in doc if t.lemma_.lower() in wanted]
    assert proper_nouns(doc) == [t.i for t in doc if t.pos_ == "PROPN"]
    near = [t.i for t in doc if t.pos_ == "PROPN" or t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"]
    assert proper_nouns(doc, before_too=True) == near


def test_where_reads_a_values_set_given_as_any_collection():
    doc = make(["Ann", "met", "Bo", "in", "talks"], ["PROPN", "VERB", "PROPN", "ADP", "NOUN"],
               ["Ann", "meet", "Bo", "in", "talk"])
    assert tokens_with(doc, "LOWER", ["talks", "met"]) == [1, 4]
    assert tokens_with(doc, "POS", ("PROPN",)) == [0, 2]
    assert lemmas_in(doc, frozenset({"meet"})) == [1]


TRIGGER_WORDS = ["meet", "Meet", "talk", "visit", "summit", "host", "say", "hold", "call", "the"]


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=12).flatmap(lambda n: st.tuples(
    st.lists(st.sampled_from(TRIGGER_WORDS), min_size=n, max_size=n),
    st.lists(st.sampled_from(["VERB", "NOUN", "ADJ", "PROPN"]), min_size=n, max_size=n))))
def test_where_trigger_candidates_hold_every_token_a_trigger_row_accepts(parts):
    """meeting_drafts visits only trigger_candidates: no token that meeting_row accepts is left out."""
    from kg.extract.triggers import meeting_row, trigger_candidates

    words, pos = parts
    doc = make(words, pos, words)
    candidates = trigger_candidates(doc)
    assert candidates == sorted(candidates)
    assert {t.i for t in doc if meeting_row(t) is not None} <= set(candidates)
    assert all(doc[i].lemma_.lower() != "the" for i in candidates)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=0, max_value=12).flatmap(lambda n: st.tuples(
    st.lists(st.sampled_from(TRIGGER_WORDS + ["talks", "meeting", "round"]), min_size=n, max_size=n),
    st.lists(st.sampled_from(["VERB", "NOUN", "ADJ", "PROPN"]), min_size=n, max_size=n))))
def test_where_side_talks_words_equal_a_walk_over_every_token(parts):
    """side_delegates visits the meeting nouns and trigger verbs from the indexes: the same words a walk finds."""
    from kg.extract.side_delegates import _talks_verb, _talks_words
    from kg.extract.topicnouns import meeting_noun

    words, pos = parts
    doc = make(words, pos, words)
    walked = [t.i for t in doc if meeting_noun(t) or t.pos_ == "VERB" and _talks_verb(t)]
    assert [t.i for t in _talks_words(doc)] == walked


@settings(max_examples=100, deadline=None)
@given(docs)
def test_where_word_positions_as_a_walk_over_every_token(parts):
    doc = make(*parts)
    walked: dict[str, list[int]] = {}
    for t in doc:
        walked.setdefault(t.text, []).append(t.i)
    assert list(word_positions(doc).items()) == list(walked.items())

"""Texts read without making spaCy objects (kg.extract.sentences.span_text, lexmatch.clean, names.not_name,
topicphrase.in_hyphen_word) equal what the Token and Span walks they replace give, on hand-built Docs (no
statistical model)."""

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc

from kg import lexicon
from kg.extract.lexmatch import clean
from kg.extract.names import not_name
from kg.extract.sentences import slice_bounds, span_text
from kg.extract.titles import title_before
from kg.extract.topicphrase import in_hyphen_word

WORDS = ["New", "Zealand", "'s", "-", "al", "Said", "of", "\n", "  ", ",", "López", "bin", "Administration", "."]
VOCAB = spacy.blank("en").vocab  # with the lexical flags (IS_PUNCT, IS_SPACE) a model's vocab has

docs = st.integers(min_value=0, max_value=20).flatmap(lambda n: st.tuples(
    st.lists(st.sampled_from(WORDS), min_size=n, max_size=n),
    st.lists(st.booleans(), min_size=n, max_size=n)))
bounds = st.integers(min_value=-25, max_value=25)


def _clean_by_tokens(doc, start, end):
    """lexmatch.clean as it was: a walk over the span's tokens."""
    for tok in doc[start:end]:
        if tok.is_space or "\n" in tok.text or (tok.is_punct and tok.text not in lexicon.words("window-punct")):
            return False
    return end - start > 0


def _not_name_by_tokens(tok):
    """names.not_name as it was: the words before read first."""
    doc, i = tok.doc, tok.i
    joined = i >= 2 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_ and not doc[i - 2].whitespace_
    after_particle = i >= 1 and doc[i - 1].lower_ in lexicon.words("name-particles") and doc[i - 1].text[:1].isupper()
    return tok.lower_ in lexicon.words("not-name") and not ((joined or after_particle) and tok.text[:1].isupper())


def _in_hyphen_word_by_tokens(tok):
    """topicphrase.in_hyphen_word as it was: the Tokens beside it made."""
    doc = tok.doc
    return tok.i >= 1 and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ or \
        tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-" and not tok.whitespace_


@settings(max_examples=200, deadline=None)
@given(docs, bounds, bounds)
def test_sentences_span_text_equals_the_span_text(parts, start, end):
    doc = Doc(VOCAB, words=parts[0], spaces=parts[1])
    assert span_text(doc, start, end) == doc[start:end].text
    span = doc[start:end]
    assert slice_bounds(doc, start, end) == (span.start, span.end)
    assert clean(doc, start, end) == _clean_by_tokens(doc, start, end)
    assert [not_name(t) for t in doc] == [_not_name_by_tokens(t) for t in doc]
    assert [in_hyphen_word(t) for t in doc] == [_in_hyphen_word_by_tokens(t) for t in doc]


def test_sentences_span_text_after_a_trailing_space_and_inside_a_word():
    doc = Doc(VOCAB, words=["Prime", "Minister", "of", "New", "Zealand", "'s"], spaces=[True, True, True, True, False,
                                                                                        True])
    assert span_text(doc, 3, 6) == "New Zealand's" == doc[3:6].text
    assert span_text(doc, 0, 2) == "Prime Minister"  # the space after "Minister" is not the span's
    assert span_text(doc, 4, 4) == "" and span_text(doc, -3, -1) == "New Zealand"


def test_lexmatch_clean_stops_at_a_line_break_and_punctuation():
    doc = Doc(VOCAB, words=["Foreign", "\n", "Minister", ",", "Commander", "-", "in", "-", "Chief"])
    assert not clean(doc, 0, 3) and not clean(doc, 2, 4) and clean(doc, 4, 9) and not clean(doc, 5, 5)


def test_titles_title_before_found_once_per_doc_and_position():
    doc = Doc(VOCAB, words=["said", "Prime", "Minister", "Ann", "Bell"], pos=["VERB", "PROPN", "PROPN", "PROPN",
                                                                              "PROPN"])
    first = title_before(doc, 3)
    assert first is not None and first.start == 1
    assert title_before(doc, 3) is first and doc.user_data["kg_titles_before"][3] is first
    assert title_before(doc, 1) is None and 1 in doc.user_data["kg_titles_before"]
    other = Doc(VOCAB, words=["said", "Ann", "Bell"], pos=["VERB", "PROPN", "PROPN"])
    assert title_before(other, 1) is None  # a memo per Doc: the first Doc's position 3 says nothing here


def test_pronoun_gender_paragraph_near_counts_the_breaks_between():
    from kg.extract.pronoun_gender import _paragraph_near
    from kg.extract.quotemarks import PARAGRAPH

    words = ["A", "\n\n", "B", "met", "\n \n\n", "C", ".", "\n\n", "D", "\n", "E"]
    doc = Doc(VOCAB, words=words, spaces=[True] * len(words))
    for start in range(len(doc)):
        for end in range(start, len(doc)):
            between = PARAGRAPH.findall(doc.text, doc[start].idx, doc[end].idx)
            assert _paragraph_near(doc, start, end) == (len(between) <= 1), (start, end)
    assert _paragraph_near(doc, 2, 5) and not _paragraph_near(doc, 0, 8)

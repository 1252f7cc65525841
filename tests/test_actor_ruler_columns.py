"""The actor name ruler's matches, read from the Doc's ``LOWER`` and ``ORTH`` columns, are those of the Token walk
it replaced (hand-built Docs, no statistical model): longest name first, a capitalised first word only, case-folded
words, names cut off at the end of the text."""

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from kg.actor_ruler import LABEL, ActorRuler

VOCAB = spacy.blank("en").vocab
NAMES = ["Hoshyar Zebari", "Ban Ki-moon", "Kim Jong Un", "Kim Jong", "George W. Bush", "Anne Marie Smith"]
WORDS = ["Hoshyar", "hoshyar", "ZEBARI", "Zebari", "Ban", "Ki", "-", "moon", "Kim", "kim", "Jong", "Un", "George",
         "W.", "Bush", "Anne", "Marie", "Smith", "met", ",", "the"]
RULER = ActorRuler(None, names=NAMES)


def _token_walk(ruler: ActorRuler, doc: Doc) -> list[Span]:
    """The matches as the ruler found them before (a Token per word)."""
    out = []
    for tok in doc:
        lengths = ruler.lengths.get(tok.lower_) if tok.text[:1].isupper() else None
        for n in lengths or ():
            if tok.i + n > len(doc):
                continue
            words = tuple(t.lower_ for t in doc[tok.i:tok.i + n])
            if words in ruler.phrases[words[0]]:
                out.append(Span(doc, tok.i, tok.i + n, label=LABEL))
                break
    return filter_spans(out)


def _spans(spans: list[Span]) -> list[tuple[int, int, str]]:
    return [(s.start, s.end, s.label_) for s in spans]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=12))
def test_actor_ruler_columns_match_token_walk(words):
    doc = Doc(VOCAB, words=words)
    assert _spans(RULER.matches(doc)) == _spans(_token_walk(RULER, doc))


def test_actor_ruler_columns_longest_capitalised_name():
    doc = Doc(VOCAB, words=["kim", "Jong", "Un", "met", "Kim", "Jong", "Un", "and", "HOSHYAR", "zebari", "Kim"])
    assert _spans(RULER.matches(doc)) == [(4, 7, "PERSON"), (8, 10, "PERSON")]  # not "kim Jong Un", not the last Kim

"""A Doc's sentences and token offsets, found once: ``Token.sent`` and ``Span.sent`` answered from a table.

spaCy finds a token's sentence by walking to the sentence starts around it and making a new ``Span`` each time;
the rules ask for the sentence of most tokens, often more than once. :func:`index_sentences` lists the sentences
once and installs ``Doc.user_token_hooks["sent"]`` and ``Doc.user_span_hooks["sent"]``, which return the same
sentence spaCy would (for a span, the sentence of its first token) without the walk.

>>> import spacy
>>> from spacy.tokens import Doc
>>> doc = Doc(spacy.blank("en").vocab, words=["Hi", ".", "Bye", "now", "."], sent_starts=[1, 0, 1, 0, 0])
>>> index_sentences(doc)
>>> doc[3].sent.text, doc[1:4].sent.text, sentence_number(doc[3])
('Bye now .', 'Hi .', 1)
>>> sentences(doc) == list(doc.sents), sentences(doc) is sentences(doc)
(True, True)
"""

from __future__ import annotations

import numpy
from spacy.tokens import Doc, Span, Token

from kg.extract.caches import per_doc

KEY = "kg_sentences"
STARTS = "kg_token_starts"
TEXT = "kg_text"
SENT_TEXTS = "kg_sentence_texts"
SENTS = "kg_sentence_spans"
OFFSETS = "kg_token_offsets"


def index_sentences(doc: Doc) -> None:
    """Install the sentence hooks on ``doc`` (once; a Doc without sentence boundaries is left as it is)."""
    if KEY in doc.user_data or not len(doc) or not doc.has_annotation("SENT_START"):
        return
    sents = list(doc.sents)
    number = [0] * len(doc)
    for k, sent in enumerate(sents):
        number[sent.start : sent.end] = [k] * len(sent)
    last = len(doc) - 1
    doc.user_data[KEY] = number
    doc.user_data[SENTS] = sents
    doc.user_token_hooks["sent"] = lambda tok: sents[number[tok.i]]
    doc.user_span_hooks["sent"] = lambda span: sents[number[min(span.start, last)]]


def sentences(doc: Doc) -> list[Span]:
    """``list(doc.sents)``, made once per Doc (by :func:`index_sentences`): the same spans each time."""
    index_sentences(doc)
    found = doc.user_data.get(SENTS)
    return found if found is not None else list(doc.sents)


def sentence_number(tok: Token | Span) -> int:
    """The number of the sentence a token (or a span's first token) is in, counted from 0."""
    doc = tok.doc
    index_sentences(doc)
    start = tok.i if isinstance(tok, Token) else tok.start
    return doc.user_data[KEY][min(start, len(doc) - 1)]


def token_starts(doc: Doc) -> list[int]:
    """The character offset of every token (``Token.idx``), computed once per Doc, for ``bisect``."""
    return per_doc(doc, STARTS, lambda d: d.to_array("IDX").tolist() if len(d) else [])


def doc_text(doc: Doc) -> str:
    """``Doc.text``, joined once per Doc (spaCy joins every token's text at each access)."""
    return per_doc(doc, TEXT, lambda d: d.text)


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` (the same slice rules, negative bounds too) cut from the Doc's text joined once,
    without making a ``Span``.

    >>> import spacy
    >>> doc = spacy.blank("en")("New  Zealand's envoy.")
    >>> [span_text(doc, a, b) == doc[a:b].text for a, b in ((0, 2), (1, 3), (-2, 5), (3, 1), (0, 9))]
    [True, True, True, True, True]
    """
    start, end = slice_bounds(doc, start, end)
    if start == end:
        return ""
    starts, lengths = per_doc(doc, OFFSETS, _offsets)
    return doc_text(doc)[starts[start]:starts[end - 1] + lengths[end - 1]]


def slice_bounds(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The tokens ``doc[start:end]`` holds, as spaCy bounds a slice (a negative bound counts from the end)."""
    n = len(doc)
    start = min(n, max(0, start + n if start < 0 else start))
    return start, min(n, max(start, end + n if end < 0 else end))


def _offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Where each token starts in :func:`doc_text` (the text joins every token's text and its space), and its
    length."""
    lengths = doc.to_array("LENGTH").astype("int64")
    widths = lengths + doc.to_array("SPACY").astype("int64")
    return (numpy.cumsum(widths) - widths).tolist(), lengths.tolist()


def headline_chars(doc: Doc, title: str | None) -> int:
    """How many characters of the Doc's text are the article's title: its length when the text begins with it
    (:func:`kg.nlp.document_text` puts it there), else 0."""
    title = (title or "").strip()
    return len(title) if title and doc_text(doc).startswith(title) else 0


def sentence_text(sent: Span) -> str:
    """A sentence's text without surrounding whitespace, joined once per sentence (evidence quotes it often)."""
    texts: dict[tuple[int, int], str] = per_doc(sent.doc, SENT_TEXTS, lambda d: {})
    found = texts.get((sent.start, sent.end))
    if found is None:
        found = texts[(sent.start, sent.end)] = doc_text(sent.doc)[sent.start_char:sent.end_char].strip()
    return found

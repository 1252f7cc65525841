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

from spacy.tokens import Doc, Span, Token

from kg.extract.caches import per_doc

KEY = "kg_sentences"
STARTS = "kg_token_starts"
TEXT = "kg_text"
SENT_TEXTS = "kg_sentence_texts"
SENTS = "kg_sentence_spans"


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

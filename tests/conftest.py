"""Shared fixtures: one spaCy pipeline and actor dictionary for the whole session."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def actors():
    from kg.actors import load_actors

    return load_actors()


@pytest.fixture(scope="session")
def facts_of(nlp, actors):
    """Extract facts from a text written in the test (published 2023-06-14 unless given)."""
    from kg.extract import extract
    from kg.model import Article
    from kg.nlp import document_text

    def run(text: str, date: dt.date | None = dt.date(2023, 6, 14), title: str | None = None):
        article = Article("t", text, title=title, date=date)
        return extract(nlp(document_text(article)), article, actors)

    return run


@pytest.fixture(scope="session")
def memory_store():
    """A factory: a real in-memory kg store holding the given facts (one named graph per article)."""
    from kg.rdf import article_quads
    from kg.store import open_store

    def make(facts=()):
        store = open_store("memory", write=True)
        for item in facts:
            store.put_article(item.article.id, article_quads(item))
        return store

    return make


@pytest.fixture(scope="session")
def seed_path(tmp_path_factory):
    """An on-disk store holding the seed article (published 2023-01-10), built once per session; read it only."""
    from kg import service

    path = tmp_path_factory.mktemp("seed") / "store"
    service.build([str(SEEDS)], store_spec=str(path), date="2023-01-10", workers=1)
    return str(path)


def schemas_dir() -> Path | None:
    """The shared XML schemas: ``../shared/schemas`` next to the repository (or next to its parent folder)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base / "shared" / "schemas" / "graphml.xsd").is_file():
            return base / "shared" / "schemas"
    return None


@pytest.fixture(scope="session")
def seed_kg(tmp_path_factory) -> str:
    """The seed article built (published 2023-01-10) into an on-disk store; its path. Read-only for tests."""
    from click.testing import CliRunner

    from kg.cli import main

    store = tmp_path_factory.mktemp("seed-kg") / "store"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store), "--date", "2023-01-10",
                                       "--workers", "1"])
    assert result.exit_code == 0, result.output
    return str(store)

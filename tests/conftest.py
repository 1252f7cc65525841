"""Shared fixtures: one spaCy pipeline and actor dictionary for the whole session."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"

# Under pytest-xdist (``make test``: two workers, each taking whole test files) these files start first, longest
# first: each is a few tests whose work is what they check, and one of them begun last would leave the other worker
# idle while it runs. A file missing from the list only costs balance, never a check.
SLOWEST_FILES = ("test_packaging.py", "test_faults.py", "test_hostile_inputs.py", "test_cluster.py",
                 "test_pipeline.py")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if not hasattr(config, "workerinput"):
        return  # one process: the order of collection
    first = {name: i for i, name in enumerate(SLOWEST_FILES)}
    items.sort(key=lambda item: first.get(item.path.name, len(first)))  # stable: each file keeps its order


@pytest.fixture(scope="session")
def nlp():
    from kg.nlp import build_pipeline

    return build_pipeline()


@pytest.fixture(scope="session")
def actors():
    from kg.actors import load_actors

    return load_actors()


class ParsedTexts:
    """Docs of the texts that a module's tests take as parameters, parsed together through ``nlp.pipe`` when the
    module's first one is asked for: the same Docs as ``nlp(text)`` one by one, in about half the time. Each Doc is
    handed out once; any other text (or one asked for again, or while a resource overlay is set) is parsed alone."""

    def __init__(self, nlp, session: pytest.Session):
        self.nlp = nlp
        self.session = session
        self.module_of: dict[str, int] | None = None
        self.parsed_modules: set[int] = set()
        self.ready: dict[str, object] = {}

    def doc(self, text: str):
        from kg.resourcefiles import OVERLAY_ENV

        if os.environ.get(OVERLAY_ENV):
            return self.nlp(text)
        if self.module_of is None:
            self.module_of = self._texts_by_module()
        module = self.module_of.get(text)
        if text not in self.ready and module is not None and module not in self.parsed_modules:
            self.parsed_modules.add(module)
            texts = [t for t, m in self.module_of.items() if m == module]
            self.ready = dict(zip(texts, self.nlp.pipe(texts, batch_size=64), strict=True))
        doc = self.ready.pop(text, None)
        return doc if doc is not None else self.nlp(text)

    def _texts_by_module(self) -> dict[str, int]:
        """Text -> the index of the first module whose selected ``facts_of`` tests take it as a parameter."""
        modules: dict[str, int] = {}
        texts: dict[str, int] = {}
        for item in self.session.items:
            callspec = getattr(item, "callspec", None)
            if callspec is None or "facts_of" not in getattr(item, "fixturenames", ()):
                continue
            module = modules.setdefault(str(item.path), len(modules))
            for value in callspec.params.values():
                if isinstance(value, str) and " " in value.strip():
                    texts.setdefault(value, module)
        return texts


@pytest.fixture(scope="session")
def facts_of(request, nlp, actors):
    """Extract facts from a text written in the test (published 2023-06-14 unless given)."""
    from kg.extract import extract
    from kg.model import Article
    from kg.nlp import document_text

    parsed = ParsedTexts(nlp, request.session)

    def run(text: str, date: dt.date | None = dt.date(2023, 6, 14), title: str | None = None):
        article = Article("t", text, title=title, date=date)
        return extract(parsed.doc(document_text(article)), article, actors)

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

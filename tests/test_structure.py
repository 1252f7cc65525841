"""The module structure: no import circles, one extraction stage shared by the local build and the cluster,
``kg evaluate`` builds through the build (with an article filter) and reports bad inputs as a build does."""

from __future__ import annotations

import ast
import json
from pathlib import Path

from click.testing import CliRunner

import kg.cluster
import kg.pipeline
from kg import extractor
from kg.cli import main
from kg.model import ArticleFacts

KG = Path(kg.__file__).resolve().parent


def module_graph(root: Path) -> dict[str, set[str]]:
    """Module → the kg modules it imports anywhere in its file (at the top or inside functions)."""
    modules = {}
    for path in root.rglob("*.py"):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            targets: list[str] = []
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module:  # "from kg import cluster" imports kg.cluster
                names = [f"{node.module}.{alias.name}" for alias in node.names]
                targets = [n for n in names if n in modules] or [node.module]
            graph[name] |= {t for t in targets if t in modules and t != name}
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while (w := stack.pop()) != v:
                component.append(w)
            if component:
                found.append(sorted([v, *component]))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_structure_cycle_finder_finds_a_circle(tmp_path):
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("from pkg import a\n")
    (package / "a.py").write_text("def f():\n    from pkg.b import g\n")
    (package / "b.py").write_text("from pkg import a\n")
    assert cycles(module_graph(package)) == [["pkg.a", "pkg.b"]]


def test_structure_no_import_circles():
    """No kg module imports, even inside a function, a module that imports it back (directly or not). A package
    importing its own submodules is not a circle ("from kg import cluster" imports kg.cluster)."""
    assert cycles(module_graph(KG)) == []


def test_structure_store_is_a_package_with_independent_backends():
    graph = module_graph(KG)
    assert graph["kg.store.base"] & {"kg.store", "kg.store.local", "kg.store.remote"} == set()
    assert "kg.store.remote" not in graph["kg.store.local"] and "kg.store.local" not in graph["kg.store.remote"]
    from kg.store import Store, open_store

    with open_store("memory") as store:
        assert isinstance(store, Store)


def test_structure_build_and_cluster_share_the_extraction_stage():
    graph = module_graph(KG)
    assert "kg.pipeline" not in graph["kg.cluster"] and "kg.extractor" in graph["kg.cluster"]
    assert "kg.extractor" in graph["kg.pipeline"]
    assert kg.pipeline.Extractor is kg.cluster.Extractor is extractor.Extractor
    assert kg.pipeline.article_batches is kg.cluster.article_batches is extractor.article_batches


class RecordingExtractor:
    """Stands in for the spaCy stage: no facts, and a record of the article ids it was given."""

    seen: list[str] = []

    def __init__(self, options, actors=None):
        pass

    def run(self, articles):
        for article in articles:
            RecordingExtractor.seen.append(article.id)
            yield ArticleFacts(article)


def test_structure_evaluate_builds_only_gold_articles_and_reports_bad_inputs(tmp_path, monkeypatch):
    monkeypatch.setattr(kg.pipeline, "Extractor", RecordingExtractor)
    monkeypatch.setattr(RecordingExtractor, "seen", [])
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a1.json").write_text(json.dumps({"article": "a1", "roles": [], "meetings": [], "events": [],
                                              "quotes": []}), encoding="utf-8")
    news = tmp_path / "news.jsonl"
    news.write_text('{"id": "a1", "text": "Ana Lind spoke."}\n{"id": "zz", "text": "Not in the gold."}\n'
                    '{"id": "x9"}\nnot json\n', encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--input", str(news), "--format", "json"])
    assert result.exit_code == 2, result.output
    assert RecordingExtractor.seen == ["a1"]
    skipped = [line for line in result.stderr.splitlines() if line.startswith("skipped:")]
    assert len(skipped) == 2 and all(f"{news}:" in line for line in skipped)
    data = json.loads(result.stdout)
    assert data["skipped"] == [line.removeprefix("skipped: ") for line in skipped]
    assert data["articles"]["gold"] == 1

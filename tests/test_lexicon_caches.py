"""Every ``@cache`` / ``@lru_cache`` stays on the function it was meant for: the cached functions of ``kg/`` are a
declared list, none takes a spaCy object or an unhashable argument, none is cached twice, a build reads each
resource file only until its loader's cache holds it, and no cache keeps an article's ``Doc`` alive.

Twice a module move left a cache decorator on the wrong function: on a Doc function (which then held the last
Doc) while the loader it belonged to re-read its TSV file on every call, and stacked on the function above while
the one below lost it. Both broke no output test; each of these tests fails on both."""

from __future__ import annotations

import ast
import datetime as dt
import gc
import sys
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import kg

KG = Path(kg.__file__).resolve().parent
RESOURCES = KG / "resources"
DECORATORS = {"cache", "lru_cache", "cached_property"}

# module.function of every cached function in kg/. A new cache is added here on purpose; a name that leaves this
# list or joins it unasked is a decorator left behind by a move (its loader now re-reads a file on every call).
CACHED = {
    "kg.actors._shipped", "kg.dyads.default_scores", "kg.evaluate.content_words",
    "kg.extract.arraytable.Table._by_head", "kg.extract.arraytable.Table._heads",
    "kg.extract.arraytable.Table.heads", "kg.extract.side_delegates._excluded_roles", "kg.extract.context._absolute",
    "kg.extract.lexmatch._tokenizer", "kg.extract.lexmatch.lexicon_phrases", "kg.extract.orgnames.institutions",
    "kg.extract.orgnames.org_words", "kg.extract.orgnames.region_countries", "kg.extract.orgnames.us_states",
    "kg.extract.people._compatible", "kg.extract.people._spelling", "kg.extract.plover_nouns.agents",
    "kg.extract.plover_nouns.sector_nouns", "kg.extract.plover_unnamed.protest_nouns",
    "kg.extract.plover_learned.all_thresholds", "kg.extract.plover_learned.classifier",
    "kg.extract.plover_match.cameo_table", "kg.extract.plover_match.inner_codes",
    "kg.extract.plover_details.mode_cues", "kg.extract.plover_backref.back_nouns",
    "kg.extract.quotesyntax.speech_words", "kg.extract.orgnames.party_homes", "kg.extract.orgnames.party_labels",
    "kg.extract.orgnames.group_homes",
    "kg.extract.roles._short_names", "kg.extract.rolecountry.title_kinds",
    "kg.extract.articlecountry._city_countries", "kg.extract.staff._title_words",
    "kg.extract.title_heads._org_heads",
    "kg.extract.topicnouns._meeting_nouns", "kg.extract.topiccues._pair_leads", "kg.extract.topiccues.cue_lemmas",
    "kg.extract.where._ids",
    "kg.lexicon._polities", "kg.lexicon._word_lists", "kg.lexicon.capitals", "kg.lexicon.demonyms",
    "kg.lexicon.event_nouns",
    "kg.lexicon.fold", "kg.lexicon.lookup_polity", "kg.lexicon.places", "kg.lexicon.polity_names",
    "kg.lexicon.simple_table", "kg.lexicon.table_rows",
    "kg.lexicon.title_by_id", "kg.lexicon.title_edges", "kg.lexicon.title_index", "kg.lexicon.titles",
    "kg.lexicon.word_ids", "kg.lexicon.word_list", "kg.lexicon.words", "kg.namematch.country_names",
    "kg.namematch.person_tokens", "kg.patterns._load", "kg.rdf._concept_triples", "kg.rdf._domain_triples",
    "kg.rdfwriter.n", "kg.sparql.internal", "kg.topicscheme._cues", "kg.topicscheme.classify",
    "kg.topicscheme.domains", "kg.vocab.slug",
}
# The only names a cached function's parameter annotations may use: hashable values, never a Doc, Span, Token,
# list, dict or set (a cache keyed by a Doc keeps it, and its whole article, alive).
HASHABLE = {"str", "int", "float", "bool", "None", "tuple", "frozenset", "Path", "dt", "date"}


def _decorator_name(node: ast.expr) -> str | None:
    node = node.func if isinstance(node, ast.Call) else node
    return node.attr if isinstance(node, ast.Attribute) else getattr(node, "id", None)


def cached_functions(root: Path) -> dict[str, tuple[ast.FunctionDef, list[str]]]:
    """module.qualname → (the function's node, its cache decorators) for every cached function under ``root``."""
    found = {}

    def walk(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.FunctionDef, ast.ClassDef)):
                decorators = [d for d in map(_decorator_name, child.decorator_list) if d in DECORATORS]
                if isinstance(child, ast.FunctionDef) and decorators:
                    found[prefix + child.name] = (child, decorators)
                walk(child, f"{prefix}{child.name}.")

    for path in sorted(root.rglob("*.py")):
        parts = path.relative_to(root.parent).with_suffix("").parts
        walk(ast.parse(path.read_text(encoding="utf-8")), ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
             + ".")
    return found


def unhashable_parameters(fn: ast.FunctionDef) -> list[str]:
    """The parameters (but ``self``) of a cached function without an annotation or annotated with a name that is
    not in :data:`HASHABLE`."""
    args = fn.args
    params = [*args.posonlyargs, *args.args, *args.kwonlyargs, *filter(None, (args.vararg, args.kwarg))]
    bad = []
    for p in params:
        if p.arg == "self":
            continue
        names = {n.id for n in ast.walk(p.annotation) if isinstance(n, ast.Name)} if p.annotation else {"?"}
        names |= {n.attr for n in ast.walk(p.annotation) if isinstance(n, ast.Attribute)} if p.annotation else set()
        if isinstance(p.annotation, ast.Constant):  # a string annotation
            names = {n.id for n in ast.walk(ast.parse(p.annotation.value, mode="eval")) if isinstance(n, ast.Name)}
        if names - HASHABLE - {"..."}:
            bad.append(f"{p.arg}: {ast.unparse(p.annotation) if p.annotation else '(no annotation)'}")
    return bad


def test_lexicon_caches_are_the_declared_ones():
    found = cached_functions(KG)
    problems = {
        "cached, not declared in CACHED (a decorator left by a move?)": sorted(set(found) - CACHED),
        "declared in CACHED, not cached (its loader re-reads its file)": sorted(CACHED - set(found)),
        "cached twice": sorted(name for name, (_, decorators) in found.items() if len(decorators) > 1),
    }
    assert {what: names for what, names in problems.items() if names} == {}


def test_lexicon_caches_take_only_hashable_non_spacy_arguments():
    found = cached_functions(KG)
    assert {name: bad for name, (fn, _) in found.items() if (bad := unhashable_parameters(fn))} == {}


def test_lexicon_caches_checks_catch_a_moved_decorator(tmp_path):
    """The two past slips, in a package of their own: each is found."""
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "a.py").write_text(
        "from functools import cache, lru_cache\n"
        "@cache\n@cache\ndef word_ids() -> frozenset[str]: ...\n"
        "def word_list(name: str) -> tuple[str, ...]: ...\n"
        "@lru_cache(maxsize=1)\ndef apposition_end(doc: Doc, start: int) -> int: ...\n"
        "@cache\ndef pairs(items: list[str], *, n): ...\n")
    found = cached_functions(package)
    assert sorted(found) == ["pkg.a.apposition_end", "pkg.a.pairs", "pkg.a.word_ids"]
    assert found["pkg.a.word_ids"][1] == ["cache", "cache"]
    assert unhashable_parameters(found["pkg.a.apposition_end"][0]) == ["doc: Doc"]
    assert unhashable_parameters(found["pkg.a.pairs"][0]) == ["items: list[str]", "n: (no annotation)"]
    assert unhashable_parameters(found["pkg.a.word_ids"][0]) == []


# Roles, a state body, meetings, a call, topics, quotes and PLOVER events, to pass through most rule families.
TEXTS = (
    "Foreign Minister Anna Berg of Sweden met Prime Minister Kofi Mensah of Ghana in Accra on Monday. "
    "They discussed trade, climate change and security in the Sahel. \"We agreed to deepen our cooperation,\" "
    "Berg told reporters. The Ministry of Defence of Ghana said the two countries would sign a defence pact.",
    "President Lena Vogt of Germany held a phone call with Chancellor Tomas Horak of Austria on Tuesday about "
    "migration. Vogt's spokesman, Paul Kern, said Germany condemned the attack and threatened new sanctions "
    "against the militia. The European Commission and the United Nations urged both sides to resume talks. "
    "The delegation included Maria Lopez, Deputy Secretary, Department of the Treasury, and Sam Okoro, Director "
    "of the National Economic Council.",
)


class ResourceOpens:
    """Records, through an audit hook (which cannot be removed, so it records only while on), every file under
    ``kg/resources`` opened."""

    on = False
    paths: list[str] = []

    @classmethod
    def hook(cls, event: str, args: tuple) -> None:
        if cls.on and event == "open" and isinstance(args[0], (str, Path)):
            path = str(args[0])
            if path.startswith(str(RESOURCES)):
                cls.paths.append(Path(path).name)

    @classmethod
    @contextmanager
    def recording(cls) -> Iterator[list[str]]:
        if cls.hook not in getattr(sys, "_kg_audit_hooks", ()):
            sys.addaudithook(cls.hook)
            sys._kg_audit_hooks = (*getattr(sys, "_kg_audit_hooks", ()), cls.hook)  # type: ignore[attr-defined]
        cls.paths = []
        cls.on = True
        try:
            yield cls.paths
        finally:
            cls.on = False


def test_lexicon_caches_resource_files_are_read_once(facts_of):
    """A second build of the same texts reads no resource file: every loader's result is cached."""
    for text in TEXTS:
        facts_of(text)
    with ResourceOpens.recording() as opened:
        for text in TEXTS:
            facts_of(text)
    assert opened == []


def test_lexicon_caches_word_lists_file_read_once():
    """``wordlists.tsv`` is read once for all its lists, not once per list a rule asks for."""
    from kg import lexicon

    lexicon.clear_caches()
    with ResourceOpens.recording() as opened:
        lexicon.words("name-particles"), lexicon.word_list("status-marks"), lexicon.word_ids()
    assert opened == ["wordlists.tsv"]


def test_lexicon_caches_keep_no_doc(nlp, actors):
    """After an article's facts are extracted and its Doc dropped, nothing (no cache) keeps the Doc."""
    from kg.extract import extract
    from kg.model import Article
    from kg.nlp import document_text

    refs = []
    for text in TEXTS:
        article = Article("t", text, date=dt.date(2023, 6, 14))
        doc = nlp(document_text(article))
        assert extract(doc, article, actors).roles
        refs.append(weakref.ref(doc))
        del doc
    gc.collect()
    assert [ref() for ref in refs] == [None, None]

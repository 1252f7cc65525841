"""Values never change a query's shape: ``--param`` values and text from articles are bound or written as
literals and IRIs, whatever they hold; remote-store credentials never reach a message, a log or ``kg stats``."""

from __future__ import annotations

import logging

import pytest
from click.testing import CliRunner
from pyoxigraph import Literal, NamedNode, Quad

from kg.cli import main
from kg.errors import KGError, QueryError, StoreError
from kg.query import parse_params, run
from kg.sparql import bind, string_literal
from kg.store import graph_iri, open_store, redact
from kg.store.remotespec import parse_spec
from test_store import AuthEndpoint, article, auth_endpoint, oxigraph_server  # noqa: F401 (fixtures)

HOSTILE = [
    'Bi"den',
    "O'Brien",
    '"""',
    "'''",
    "}",
    "{ ?s ?p ?o }",
    '"} ; DROP ALL ; #',
    "\" } } ; DROP ALL ; INSERT DATA { GRAPH <http://evil/> { <http://a> <http://b> \"c",
    "line one\nline two\r\n# comment?",
    "back\\slash \\\" \\u0022 \\U00000022",
    "$person ?speaker $other",
    "<http://example.org/x> .",
    "nul\x00 bell\x07 del\x7f",
    "\u202eright-to-left\u200f mark",
    "tab\there\f\b",
]
P = NamedNode("http://example.org/p")
GRAPH = NamedNode("http://example.org/g")


def test_injection_string_literal_escapes_what_ends_a_literal():
    text = string_literal('a"b\\c\nd\re\x00')
    assert text == '"a\\"b\\\\c\\nd\\re\\u0000"'
    with pytest.raises(QueryError, match="lone surrogate"):
        string_literal("bad \ud800")


def test_injection_bind_skips_strings_iris_and_comments():
    sparql = 'SELECT * { ?s <http://x/$a> "$a" ; ?p $a } # $a $missing'
    assert bind(sparql, {"a": "v"}) == 'SELECT * { ?s <http://x/$a> "$a" ; ?p "v" } # $a $missing'
    with pytest.raises(QueryError, match="--param b=VALUE"):
        bind("SELECT * { ?s ?p $a , $b }", {"a": "$b"})


@pytest.fixture(params=["memory", "disk", pytest.param("remote", marks=pytest.mark.slow)])
def store(request, tmp_path):
    if request.param == "memory":
        opened = open_store("memory", write=True)
    elif request.param == "disk":
        opened = open_store(str(tmp_path / "kg"), write=True)
    else:
        opened = open_store(request.getfixturevalue("oxigraph_server"), write=True)
        opened.update("DROP ALL")
    opened.put_article("keep", article("keep"))
    yield opened
    opened.close()


@pytest.mark.parametrize("value", HOSTILE)
def test_injection_bound_value_is_one_literal(store, value):
    """Bound into an update, a hostile value adds exactly one triple holding exactly that value."""
    before = store.stats()["triples"]
    store.update(bind("INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> $p $v } }",
                      {"p": P, "v": value}))
    _, rows = store.select(bind("SELECT ?o WHERE { GRAPH $g { ?s $p ?o } }", {"g": GRAPH, "p": P}))
    assert rows == [{"o": value}]
    assert store.article_ids() == ["keep"]
    assert store.stats()["triples"] == before  # only article graphs are counted: the article is untouched
    _, rows = store.select(bind("SELECT ?s WHERE { GRAPH ?g { ?s ?p $v } }", {"v": value}))
    assert rows == [{"s": "http://example.org/s"}]


@pytest.mark.parametrize("value", HOSTILE)
def test_injection_param_value_filters_as_text(store, value):
    """person_quotes with a hostile --param answers what a CONTAINS on that text answers: here, nothing,
    and with the value as the speaker's name, that speaker's quote."""
    assert run(store, "person_quotes", {"person": value}).rows == ()
    g = graph_iri("evil")
    person, quote = NamedNode("https://kg-project.org/id/person/x"), NamedNode("https://kg-project.org/id/quote/x")
    said = [(g, NamedNode("http://schema.org/identifier"), Literal("evil")),
            (person, NamedNode("http://www.w3.org/2000/01/rdf-schema#label"), Literal(value)),
            (person, NamedNode("https://kg-project.org/ns#said"), quote),
            (quote, NamedNode("http://schema.org/text"), Literal(f"{value} said {value}"))]
    store.put_article("evil", [Quad(s, p, o, g) for s, p, o in said])
    rows = run(store, "person_quotes", {"person": value}).rows
    assert [(r["speaker"], r["quote"], r["article"]) for r in rows] == [(value, f"{value} said {value}", "evil")]


@pytest.mark.parametrize("value", HOSTILE)
def test_injection_article_text_round_trips(store, value):
    """Labels and ids taken from article text are stored as they are, whatever they hold."""
    quads = article(f"id {value}", persons=(value,), topic=value)
    store.put_article(f"id {value}", quads)
    assert sorted(store.article_ids()) == sorted(["keep", f"id {value}"])
    _, rows = store.select(bind("SELECT DISTINCT ?l WHERE { GRAPH $g { ?x ?p ?l FILTER(?l = $v) } }",
                                {"g": graph_iri(f"id {value}"), "v": value}))
    assert rows == [{"l": value}]
    assert store.article_hash(f"id {value}") == "h0"


@pytest.mark.parametrize("text", ["http://example.org/a> } ; DROP ALL #", "http://example.org/a b",
                                  'http://example.org/"x"', "http://example.org/{x}", "not an iri"])
def test_injection_iri_params_are_checked(text):
    with pytest.raises(QueryError, match="not a valid IRI"):
        parse_params([f"who=<{text}>"])


def test_injection_cli_param_is_one_line_error_or_plain_text(tmp_path):
    runner = CliRunner()
    store = str(tmp_path / "kg")
    with open_store(store, write=True) as s:
        s.put_article("a1", article("a1"))
    result = runner.invoke(main, ["query", "person_quotes", "--store", store, "--format", "csv",
                                  "--param", 'person=x" ) } DROP ALL #'])
    assert result.exit_code == 0 and result.stdout == "speaker,quote,date,article\n"
    result = runner.invoke(main, ["query", "SELECT ?x { VALUES ?x { $who } }", "--store", store, "--format", "csv",
                                  "--param", "who=<http://example.org/a> } ; DROP ALL #>"])
    assert result.exit_code != 0 and result.stderr.startswith("error: not a valid IRI")
    result = runner.invoke(main, ["query", "person_quotes", "--store", store, "--param", "person"])
    assert result.exit_code != 0 and "use --param NAME=VALUE" in result.stderr
    result = runner.invoke(main, ["query", "../../etc/passwd", "--store", store])
    assert result.exit_code != 0 and result.stderr.startswith("error: unknown query '../../etc/passwd'")
    with open_store(store) as s:
        assert s.article_ids() == ["a1"]


def test_injection_cli_param_binds_iri(tmp_path):
    result = CliRunner().invoke(main, ["query", "SELECT ?x { VALUES ?x { $who } }", "--store", "memory",
                                       "--format", "csv", "--param", "who=<http://example.org/a>"])
    assert result.exit_code == 0, result.output
    assert result.stdout == "x\nhttp://example.org/a\n"


# --- credentials ----------------------------------------------------------------------------------------------

SECRET = "s3cret-Pa55"


def test_injection_redact_hides_credentials():
    assert redact(f"http://kg:{SECRET}@h:1/sparql") == "http://***@h:1/sparql"
    assert redact(f"https://kg:{SECRET}/x@h") == "https://***@h"
    spec = parse_spec(f"http://kg:{SECRET}@127.0.0.1:1/sparql?update=http://u:{SECRET}@127.0.0.1:2/auth")
    assert SECRET not in repr(spec) and SECRET not in spec.name + spec.query + spec.update
    assert (spec.user, spec.password) == ("kg", SECRET)


@pytest.mark.parametrize("spec", [
    f"http://kg:{SECRET}@127.0.0.1:9/",  # nothing listens on port 9
    f"http://127.0.0.1:9/sparql?update=http://kg:{SECRET}@127.0.0.1:9/auth",
    f"ftp://kg:{SECRET}@127.0.0.1/",
    f"http://kg:{SECRET}@/nohost",
])
def test_injection_credentials_not_in_errors_or_logs(spec, caplog):
    caplog.set_level(logging.DEBUG)
    with pytest.raises(KGError) as caught:
        with open_store(spec, write=True) as store:
            store.put_article("a1", article("a1"))
    chain = [caught.value, *(e for e in (caught.value.__cause__, caught.value.__context__) if e)]
    assert all(SECRET not in str(e) and SECRET not in repr(e) for e in chain)
    assert SECRET not in caplog.text
    for command in (["stats"], ["query", "roles"], ["build", "nothing.txt"], ["remove", "a1"]):
        result = CliRunner().invoke(main, ["-vv", *command, "--store", spec])
        assert result.exit_code != 0 and SECRET not in result.output, command


@pytest.mark.slow
@pytest.mark.parametrize("via", ["url", "env"])
def test_injection_credentials_not_in_stats_or_refusals(auth_endpoint, monkeypatch, caplog, via):
    caplog.set_level(logging.DEBUG)
    monkeypatch.setattr(AuthEndpoint, "password", SECRET)
    monkeypatch.delenv("KG_STORE_USER", raising=False)
    if via == "url":
        spec, wrong = f"http://kg:{SECRET}@{auth_endpoint}/?query=/query", f"http://kg:{SECRET}x@{auth_endpoint}/"
    else:
        monkeypatch.setenv("KG_STORE_USER", "kg")
        monkeypatch.setenv("KG_STORE_PASSWORD", SECRET)
        spec = wrong = f"http://{auth_endpoint}/?query=/query"
    result = CliRunner().invoke(main, ["-vv", "stats", "--store", spec])
    assert result.exit_code == 0, result.output
    assert "articles" in result.stdout and SECRET not in result.output
    if via == "env":
        monkeypatch.setenv("KG_STORE_PASSWORD", SECRET + "x")
    result = CliRunner().invoke(main, ["-vv", "stats", "--store", wrong + "?query=/query"])
    assert result.exit_code != 0 and "401" in result.stderr and SECRET not in result.output
    with pytest.raises(StoreError) as caught:
        open_store(wrong + "?query=/query")
    assert SECRET not in str(caught.value) and SECRET not in caplog.text

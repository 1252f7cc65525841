"""CLI: build the seed into a temporary store, then every command through click's CliRunner."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from clihelp import QUERY_PARAMS

from kg.cli import main

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden" / "queries"


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory):
    store = tmp_path_factory.mktemp("kg") / "store"
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--store", str(store), "--date", "2023-01-10"])
    assert result.exit_code == 0, result.output
    return str(store)


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize("name", sorted(p.stem for p in (ROOT / "queries").glob("*.rq")))
def test_cli_query_matches_golden_csv(seed_store, name):
    result = CliRunner().invoke(main, ["query", name, "--store", seed_store, "--format", "csv",
                                       *QUERY_PARAMS.get(name, [])])
    assert result.exit_code == 0, result.output
    golden = GOLDEN / f"{name}.csv"
    if os.environ.get("KG_UPDATE_GOLDEN"):
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(result.output, encoding="utf-8")
    assert rows(result.output) == rows(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name, person", [("person_quotes", "Q6279"), ("person_timeline", "Q3099714")])
@pytest.mark.parametrize("form", ["<{}>", "{}"])
def test_cli_person_queries_take_the_persons_iri(seed_store, name, person, form):
    """--param person= takes the person's IRI (bracketed, or bare as kg review prints it) as well as a name: the
    rows are the golden ones of the name (person_quotes gave no row for an IRI)."""
    iri = form.format(f"https://kg-project.org/id/person/{person}")
    result = CliRunner().invoke(main, ["query", name, "--param", f"person={iri}", "--store", seed_store,
                                       "--format", "csv"])
    assert (result.exit_code, result.output) == (0, (GOLDEN / f"{name}.csv").read_text(encoding="utf-8"))


@pytest.mark.parametrize("name, columns", [
    ("roles", ["person", "role", "country", "country_code", "article", "status"]),
    ("meetings", ["person_a", "person_b", "article"]),
    ("event_topics", ["event", "topic", "article"]),
    ("topics_by_domain", ["domain", "topic", "event", "article"]),
    ("event_participants", ["event", "person", "article"]),
    ("quotes", ["speaker", "quote", "article"]),
])
def test_cli_query_contract_columns(seed_store, name, columns):
    result = CliRunner().invoke(main, ["query", name, "--store", seed_store, "--format", "csv"])
    assert result.output.splitlines()[0].split(",") == columns


def test_cli_seed_acceptance(seed_store):
    def q(name):
        return rows(CliRunner().invoke(main, ["query", name, "--store", seed_store, "--format", "csv"]).output)

    roles = {(r["person"].split()[-1], r["role"], r["country_code"]) for r in q("roles")}
    assert {("Biden", "President", "US"), ("Obrador", "President", "MX"), ("Trudeau", "Prime Minister", "CA")} <= roles
    pairs = {frozenset((r["person_a"].split()[-1], r["person_b"].split()[-1])) for r in q("meetings")}
    assert pairs == {frozenset(p) for p in [("Biden", "Obrador"), ("Biden", "Trudeau"), ("Obrador", "Trudeau")]}
    topics = {r["topic"] for r in q("event_topics") if "Summit" in r["event"]}
    assert {"economic cooperation", "drug trafficking", "migration", "climate change"} <= topics
    assert not topics & {"continent", "nations", "middle class", "desperate circumstances", "North America",
                         "lack of mexican cooperation", "world and climate change"}
    assert all(r["domain"] for r in q("topics_by_domain"))
    quotes = {(r["speaker"].split()[-1], r["quote"]) for r in q("quotes")}
    for speaker, words in [("Biden", "true partners"), ("Biden", "wall ourselves off"),
                           ("Biden", "achieve great things"), ("Obrador", "where they were born"),
                           ("Trudeau", "driving economic growth")]:
        assert any(s == speaker and words in text for s, text in quotes), (speaker, words)


@pytest.mark.parametrize("fmt, suffix", [("turtle", "ttl"), ("trig", "trig"), ("nquads", "nq"),
                                         ("jsonld", "jsonld"), ("graphml", "graphml"), ("gexf", "gexf")])
def test_cli_export_formats(seed_store, tmp_path, fmt, suffix):
    out = tmp_path / f"kg.{suffix}"
    result = CliRunner().invoke(main, ["export", "--store", seed_store, "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert out.stat().st_size > 500


@pytest.mark.parametrize("args, what", [(["--format", "gexf"], "GEXF to "), (["--format", "graphml"], "GraphML to "),
                                        (["--format", "gexf", "--view", "people"], "GEXF to "),
                                        (["--format", "gexf", "--dynamic"], "dynamic GEXF to "),
                                        (["--format", "turtle"], ""), (["--format", "nquads"], "")])
def test_cli_export_to_an_unwritable_path_names_that_path(seed_store, tmp_path, monkeypatch, args, what):
    """A file that cannot be written is named as the user gave it, not as the temporary file written first
    (".kg.gexf.a1b2c3.tmp" in the message); the temporary file is removed. Renaming into a folder one may not
    write fails as os.replace does there (tests run as root, which may write anywhere)."""
    def replace(src, dst):
        raise PermissionError(13, "Permission denied", str(src), None, str(dst))

    monkeypatch.setattr(os, "replace", replace)
    out = tmp_path / "kg.out"
    result = CliRunner().invoke(main, ["export", "--store", seed_store, *args, "--out", str(out)])
    assert (result.exit_code, result.output) == (6, f"error: cannot write {what}{out}: Permission denied\n")
    assert os.listdir(tmp_path) == []


@pytest.mark.parametrize("args", [["--format", "graphml"], ["--format", "gexf"], ["--format", "gexf", "--dynamic"],
                                  ["--format", "gexf", "--view", "countries"], ["--format", "turtle"]])
def test_cli_export_creates_a_missing_folder(seed_store, tmp_path, args):
    """Every export writes into a folder that does not exist yet (GraphML and GEXF refused it, RDF dumps made it)."""
    out = tmp_path / "exports" / "today" / "kg.out"
    result = CliRunner().invoke(main, ["export", "--store", seed_store, *args, "--out", str(out)])
    assert (result.exit_code, result.output) == (0, f"wrote {out}\n")
    assert os.listdir(out.parent) == ["kg.out"] and out.stat().st_size > 100


@pytest.mark.parametrize("name, start", [("kg.ttl", b"@prefix"), ("kg.nq.gz", b"\x1f\x8b"), ("kg.trig", b"@prefix"),
                                         ("kg.graphml", b"<?xml"), ("kg.GEXF", b"<?xml"),
                                         ("kg.gexf.gz", b"\x1f\x8b")])
def test_cli_export_format_from_the_out_name(seed_store, tmp_path, name, start):
    """Without --format, the name given to --out says what to write (it was a required option)."""
    out = tmp_path / name
    result = CliRunner().invoke(main, ["export", "--store", seed_store, "--out", str(out)])
    assert (result.exit_code, result.output) == (0, f"wrote {out}\n")
    assert out.read_bytes().startswith(start)
    text = gzip.decompress(out.read_bytes()) if name.endswith(".gz") else out.read_bytes()
    assert (b"<graphml" in text, b"<gexf" in text) == (name.endswith(".graphml"), ".gexf" in name.lower())


def test_cli_export_warns_when_the_name_says_another_format(seed_store, tmp_path):
    """--format gexf into countries.graphml wrote GEXF under a GraphML name without a word: it is written as asked,
    with a warning."""
    out = tmp_path / "countries.graphml"
    result = CliRunner().invoke(main, ["export", "--store", seed_store, "--format", "gexf", "--out", str(out)])
    assert (result.exit_code, result.output) == (0, f"warning: writing gexf (--format) into {out}, whose name says "
                                                    f"graphml\nwrote {out}\n")
    assert b"<gexf" in out.read_bytes()


def test_cli_export_without_format_or_known_name_is_a_usage_error(seed_store, tmp_path):
    result = CliRunner().invoke(main, ["export", "--store", seed_store, "--out", str(tmp_path / "kg.txt")])
    assert result.exit_code == 2
    assert result.output.splitlines()[-1] == (f"Error: cannot tell the format of {tmp_path / 'kg.txt'}: give --format "
                                              "or a name such as kg.ttl")
    assert os.listdir(tmp_path) == []


def test_cli_stats_and_analyse(seed_store):
    result = CliRunner().invoke(main, ["stats", "--store", seed_store])
    assert result.exit_code == 0 and "articles" in result.output
    result = CliRunner().invoke(main, ["analyse", "--store", seed_store, "--format", "json"])
    data = json.loads(result.output)
    assert result.exit_code == 0 and data


def test_cli_rebuild_unchanged_is_noop(seed_store):
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "--store", seed_store, "--date", "2023-01-10"])
    assert result.exit_code == 0
    assert "│ 0 " in result.output.split("\n")[3] or " 0 " in result.output


@pytest.mark.parametrize("args, code, message", [
    (["query", "no_such_query"], 5, "unknown query"),
    (["query", "SELECT * WHERE { ?s ?p }"], 5, ""),
    (["query", "person_quotes"], 5, "--param person"),
])
def test_cli_errors_are_one_line(seed_store, args, code, message):
    result = CliRunner().invoke(main, [*args, "--store", seed_store])
    assert result.exit_code == code
    assert "Traceback" not in result.output and message in result.output
    assert len([line for line in result.output.splitlines() if line.strip()]) == 1


def test_cli_build_bad_input_keeps_good_and_exits_nonzero(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text("President Emmanuel Macron met Chancellor Olaf Scholz in Paris.",
                                             encoding="utf-8")
    (tmp_path / "in" / "bad.jsonl").write_text('{"id": "x"}\n', encoding="utf-8")
    (tmp_path / "in" / "bin.txt").write_bytes(b"\x00\x01")
    store = str(tmp_path / "store")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "in"), str(tmp_path / "missing.txt"),
                                       "--store", store])
    assert result.exit_code == 2
    assert "bad.jsonl:1" in result.output and "bin.txt" in result.output and "missing.txt" in result.output
    assert "Traceback" not in result.output
    listed = CliRunner().invoke(main, ["query", "meetings", "--store", store, "--format", "csv"])
    assert "Macron" in listed.output


def test_cli_build_of_missing_inputs_fails_and_creates_no_store(tmp_path):
    """Not one input exists (a mistyped path): a one-line error and no store (it created an empty one)."""
    store, first, second = tmp_path / "store", tmp_path / "artcles", tmp_path / "news.jsonl"
    result = CliRunner().invoke(main, ["build", str(first), "--store", str(store)])
    assert (result.exit_code, result.output) == (2, f"error: {first}: no such file or directory\n")
    both = CliRunner().invoke(main, ["build", str(first), str(second), "--store", str(store),
                                     "--out", str(tmp_path / "out")])
    assert (both.exit_code, both.output) == (2, f"error: {first}, {second}: no such file or directory\n")
    assert os.listdir(tmp_path) == []


def test_cli_remove(tmp_path):
    store = str(tmp_path / "store")
    src = tmp_path / "a1.txt"
    src.write_text("President Emmanuel Macron met Chancellor Olaf Scholz in Paris.", encoding="utf-8")
    CliRunner().invoke(main, ["build", str(src), "--store", store])
    result = CliRunner().invoke(main, ["remove", "a1", "--store", store])
    assert (result.exit_code, result.output) == (0, "removed 1 of 1 article(s)\n")
    again = CliRunner().invoke(main, ["remove", "a1", "[x]", "--store", store])
    assert (again.exit_code, again.output) == (1, "removed 0 of 2 article(s); not in the store: a1, [x]\n")
    listed = CliRunner().invoke(main, ["query", "meetings", "--store", store, "--format", "csv"])
    assert "Macron" not in listed.output


def test_cli_serve_failures_print_only_their_error(tmp_path):
    """kg serve announces its address once it listens: a missing store or a busy port prints the error alone."""
    import socket

    from kg.store import open_store

    missing = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "none")])
    assert (missing.exit_code, missing.output) == (4, f"error: no store at {tmp_path / 'none'}; build one first "
                                                      "(kg build)\n")
    with open_store(str(tmp_path / "kg"), write=True):
        pass
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        port = busy.getsockname()[1]
        result = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "kg"), "--port", str(port)])
    assert (result.exit_code, result.output) == (4, f"error: cannot listen on 127.0.0.1:{port}: [Errno 98] Address "
                                                    "already in use\n")


def test_cli_queries_lists_first_sentence_and_parameters(tmp_path, monkeypatch):
    """kg queries shows the header's whole first sentence (it may span lines) and the --param names a query needs."""
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "mine.rq").write_text(
        '# mine: what one person did on a day,\n# across lines. Columns: x.\n# More text.\n'
        'SELECT ?x WHERE { ?x ?p $who . FILTER(?x != "$not") } # $neither\nLIMIT $day\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["queries", "--format", "csv"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0] == "name,answers,parameters"
    assert 'mine,"what one person did on a day, across lines.","who, day"' in lines
    assert "calls,calls: who spoke with whom by phone or video call (CAMEO 041); one row per unordered pair per " \
        "article.," not in lines
    assert "calls,who spoke with whom by phone or video call (CAMEO 041); one row per unordered pair per article.," \
        in lines
    assert 'who_held,"who held a post on a date, with the evidence.","date, role, country"' in lines


def test_cli_tables_show_data_as_written():
    """Text in brackets ("[each other's]" in a quotation) is data, never rich markup to drop."""
    sparql = "SELECT ?x WHERE { VALUES ?x { \"[bold]a[/bold] [each other's] x\" } }"
    result = CliRunner().invoke(main, ["query", sparql, "--store", "memory"])
    assert (result.exit_code, result.output) == (0, "┏━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓\n"
                                                    "┃ x                               ┃\n"
                                                    "┡━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┩\n"
                                                    "│ [bold]a[/bold] [each other's] x │\n"
                                                    "└─────────────────────────────────┘\n")


def test_cli_build_names_each_bad_input_once(tmp_path):
    """One 'skipped:' line per bad input, its file name as written (brackets too), and no log line repeating it."""
    import subprocess
    import sys

    bad = tmp_path / "notes [draft].jsonl"
    bad.write_text('{"id": "x"}\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(bad), "--store", "memory", "--workers", "1",
                           "--format", "csv"], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert done.returncode == 2
    assert done.stderr == f"skipped: {bad}:1: missing or empty 'text'\n"


def test_cli_evaluate_per_article_has_a_column_per_measure(seed_store, tmp_path):
    """--per-article rows are flat (roles_f1, …), not a Python dict in a cell; an empty FN list has the FP header."""
    from kg.output import evaluation_tables

    empty = evaluation_tables({"false_positives": [], "false_negatives": []}, [{"relation": "roles"}], False)
    assert empty["false_negatives"] == (["article", "relation", "fact", "note"], [])
    gold = {"article": "000_0621148d75d1e12d", "roles": [{"person": "Joe Biden", "role": "President", "country": "US"},
                                                        {"person": "Xi Jinping", "role": "President", "country": "CN"}],
            "meetings": [], "events": [], "quotes": []}
    (tmp_path / "000_0621148d75d1e12d.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--store", seed_store, "--per-article",
                                       "--format", "csv"])
    assert result.exit_code == 0, result.output
    sections = dict(part.split("\n", 1) for part in result.output.split("# ")[1:])
    assert sections["per_article"].splitlines()[:2] == [
        "article,predicted," + ",".join(f"{rel}_{m}" for rel in ("roles", "meetings", "topics", "quotes")
                                        for m in ("precision", "recall", "f1", "fp", "fn")),
        "000_0621148d75d1e12d,True,0.333,0.5,0.4,2,1,0.0,1.0,0.0,3,0,0.0,1.0,0.0,11,0,0.0,1.0,0.0,11,0"]
    table = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--store", seed_store, "--per-article"]).output
    assert "┃ article              ┃ predicted ┃ roles_f1 ┃ meetings_f1 ┃ topics_f1 ┃ quotes_f1 ┃" in table
    assert "│ 000_0621148d75d1e12d │ True      │ 0.4      │ 0.0         │ 0.0       │ 0.0       │" in table


def test_cli_evaluate_shows_target_diagnostics_and_errors(seed_store, tmp_path):
    """The seed article's events: CONSULT Biden → Trudeau (right), the summit's CONSULT of the three leaders with
    each other (right), SUPPORT Biden → López Obrador (right) and → Trudeau (wrong), AGREE Trudeau → Mexico and the three leaders' AGREE towards each other where this gold names
    no target (unjudged)."""
    gold = {"article": "000_0621148d75d1e12d", "roles": [], "plover": [
        {"type": "CONSULT", "source": ["Biden"], "target": ["Trudeau"], "modality": "asserted"},
        {"type": "SUPPORT", "source": ["Biden"], "target": ["Obrador"], "modality": "asserted"},
        {"type": "AGREE", "source": ["Trudeau"], "target": [], "modality": "asserted"}]}
    (tmp_path / "000_0621148d75d1e12d.json").write_text(json.dumps(gold), encoding="utf-8")
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path), "--store", seed_store, "--errors", "1"])
    assert result.exit_code == 0, result.output
    assert result.output.split("plover targets ", 1)[1] == (
        "(events matching on type + source; unjudged: kg has a target, the gold none)\n"
        "┏━━━━━━━┳━━━━━━━━┳━━━━━━━┳━━━━━━━━━━━┳━━━━━━━━━━┳━━━━━━━┳━━━━━━━━┳━━━━━━━┳━━━━━━━━━━┓\n"
        "┃ scope ┃ judged ┃ right ┃ precision ┃ expected ┃ found ┃ recall ┃ f1    ┃ unjudged ┃\n"
        "┡━━━━━━━╇━━━━━━━━╇━━━━━━━╇━━━━━━━━━━━╇━━━━━━━━━━╇━━━━━━━╇━━━━━━━━╇━━━━━━━╇━━━━━━━━━━┩\n"
        "│ all   │ 4      │ 3     │ 0.75      │ 2        │ 2     │ 1.0    │ 0.857 │ 2        │\n"
        "│ news  │ 4      │ 3     │ 0.75      │ 2        │ 2     │ 1.0    │ 0.857 │ 2        │\n"
        "└───────┴────────┴───────┴───────────┴──────────┴───────┴────────┴───────┴──────────┘\n"
        "plover target errors (first 1 of 1)\n"
        "┏━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━━┓\n"  # noqa: E501
        "┃ article              ┃ relation      ┃ fact                                                   ┃ note                 ┃\n"  # noqa: E501
        "┡━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━━┩\n"  # noqa: E501
        "│ 000_0621148d75d1e12d │ plover target │ SUPPORT; asserted; Joe Biden [US]; Justin Trudeau [CA] │ wrong; gold: Obrador │\n"  # noqa: E501
        "└──────────────────────┴───────────────┴────────────────────────────────────────────────────────┴──────────────────────┘\n")  # noqa: E501


def test_cli_readme_command_table_lists_every_option():
    """The README's command table names every option of every command (--store is described once below it)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8").split("## Commands", 1)[1].split("\n\n", 2)[1]
    missing = []
    for name, command in main.commands.items():
        row = next((line for line in readme.splitlines() if f"`kg {name}" in line), "")
        options = {opt for param in command.params for opt in param.opts if opt.startswith("--")}
        missing += [f"kg {name} {opt}" for opt in sorted(options - {"--help", "--store"}) if opt not in row]
    assert not missing


def test_cli_analyse_dyads_csv(seed_store):
    """--format csv is CSV for the dyad series too (it printed the table)."""
    result = CliRunner().invoke(main, ["analyse", "--dyads", "--store", seed_store, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:2] == ["pair,month,events,score,cooperation,conflict,types",
                                              "CA–MX,2023-01,3,9.0,9.0,0.0,AGREE×2 CONSULT×1"]


def test_cli_analyse_help_says_what_top_limits():
    """--top had no help text, then said that --dyads ignores it; it limits the dyad series as kg plot dyads --top
    limits the pairs drawn (tests/test_dyads.py checks the limit)."""
    result = CliRunner().invoke(main, ["analyse", "--help"], terminal_width=200)
    start = next(i for i, line in enumerate(result.output.splitlines()) if line.strip().startswith("--top"))
    text = " ".join(" ".join(result.output.splitlines()[start:start + 3]).split()).split(" --dyads Cooperation")[0]
    assert text == ("--top INTEGER RANGE The persons (by PageRank) and topics listed (communities are all listed); "
                    "with --dyads, the country pairs with most events, each with all its months. [default: 10; "
                    "--dyads: every pair] [x>=1]")


def test_cli_query_warns_about_a_parameter_it_does_not_use(seed_store):
    """A --param the query has no $name for is named on stderr (a typo was dropped silently); the rows still come."""
    result = CliRunner().invoke(main, ["query", "person_quotes", "--param", "persn=Trudeau", "--param",
                                       "person=Trudeau", "--store", seed_store, "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:2] == [
        "warning: the query has no $persn; --param persn=… is ignored (kg queries lists each query's parameters)",
        "speaker,quote,date,article"]
    quiet = CliRunner().invoke(main, ["query", "person_quotes", "--param", "person=Trudeau", "--store", seed_store,
                                      "--format", "csv"])
    assert quiet.output.splitlines()[0] == "speaker,quote,date,article"
    as_of = CliRunner().invoke(main, ["query", "roles", "--as-of", "2023-01-10", "--param", "country=CA",
                                      "--store", seed_store, "--format", "csv"])
    assert as_of.output.splitlines()[0].startswith("person,role,country")  # roles --as-of is who_held: $country

"""The ``kg`` command line: thin click commands over the library (one library call each)."""

from __future__ import annotations

import functools
import json
import logging
import sys

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from kg.errors import KGError

out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, soft_wrap=True)

STORE_HELP = "Store: a directory (default .kg), 'memory', or a SPARQL endpoint URL."


def handle_errors(func):
    """Turn library errors into one-line messages and exit codes (never a traceback)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KGError as e:
            err.print(f"[red]error:[/red] {e}", highlight=False)
            sys.exit(e.exit_code)
        except KeyboardInterrupt:
            err.print("[red]interrupted[/red] (a store keeps every article written so far)", highlight=False)
            sys.exit(130)

    return wrapper


def table(columns, rows, title: str | None = None) -> Table:
    t = Table(*columns, title=title, show_lines=False)
    for row in rows:
        t.add_row(*["" if row.get(c) is None else str(row.get(c)) for c in columns])
    return t


@click.group()
@click.option("-v", "--verbose", count=True, help="More logging (-v info, -vv debug).")
@click.version_option(package_name="kg")
def main(verbose: int) -> None:
    """kg: turn political news into a knowledge graph (RDF, SPARQL, NetworkX, Gephi)."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--out", "out_dir", default=None, type=click.Path(file_okay=False),
              help="Also write Turtle, GraphML and GEXF exports into this directory.")
@click.option("--model", default=None, help="spaCy model name or path (default: en_core_web_sm).")
@click.option("--date", "date_", default=None, help="Publication date YYYY-MM-DD for inputs without one.")
@click.option("--actors", multiple=True, type=click.Path(dir_okay=False),
              help="Extra actor dictionary (JSONL); repeatable.")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="NLP worker processes (or LocalCluster workers)  [default: number of cores]")
@click.option("--cluster", default=None, metavar="local|tcp://HOST:8786",
              help="Run the NLP stage on a dask cluster: 'local' (a LocalCluster on 127.0.0.1) or a scheduler.")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True)
@click.option("--wait", default=0.0, help="Seconds to wait for another build's lock.")
@handle_errors
def build(inputs, store, out_dir, model, date_, actors, workers, cluster, batch_size, wait) -> None:
    """Build or update the KG from .txt/.jsonl files and directories."""
    from kg import service

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[rate]} articles/s"), TimeElapsedColumn(), console=err,
                  transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("building", total=None, rate="-")
        report = service.build(inputs, store_spec=store, out_dir=out_dir, model=model, date=date_,
                               actors=actors, workers=workers, batch_size=batch_size, cluster=cluster, wait=wait,
                               on_start=(lambda total: bar.update(task, total=total)) if err.is_terminal else None,
                               on_article=lambda rate: bar.update(task, advance=1, rate=f"{rate:.1f}"))
    for problem in report.problems:
        err.print(f"[yellow]skipped:[/yellow] {problem}", highlight=False)
    summary = report.to_dict()
    summary.pop("problems")
    out.print(table(list(summary), [summary], title="build"))
    if report.problems:
        sys.exit(2)


@main.command()
@click.argument("query")
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "tsv"]), default="table")
@click.option("--param", multiple=True, help="Bind $NAME in the query: --param name=value.")
@handle_errors
def query(query, store, fmt, param) -> None:
    """Run NAME (a file in queries/), FILE.rq or an inline SPARQL query."""
    from kg import service

    params = dict(p.split("=", 1) for p in param if "=" in p)
    result = service.query(query, store_spec=store, params=params)
    if fmt == "table":
        out.print(table(result.columns, result.rows, title=query if len(query) < 40 else None))
    elif fmt == "json":
        click.echo(result.to_json())
    else:
        click.echo(result.to_csv("\t" if fmt == "tsv" else ","), nl=False)


@main.command("queries")
def queries_cmd() -> None:
    """List the named queries."""
    from kg.query import list_queries

    out.print(table(["name", "answers"], [{"name": k, "answers": v} for k, v in list_queries().items()]))


@main.command()
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option("--top", default=10, show_default=True)
@handle_errors
def analyse(store, fmt, top) -> None:
    """Meeting network centrality, Louvain communities and most-discussed topics."""
    from kg import service

    report = service.analyse(store_spec=store, top=top)
    data = report.to_dict()
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for name, rows in data.items():
        if isinstance(rows, list) and rows and isinstance(rows[0], dict):
            out.print(table(list(rows[0]), rows, title=name))
        else:
            out.print(f"{name}: {rows}")


@main.command()
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--format", "fmt", required=True,
              type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld", "graphml", "gexf"]))
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False))
@handle_errors
def export(store, fmt, out_file) -> None:
    """Write the KG as RDF (Turtle, TriG, N-Quads, JSON-LD) or for Gephi (GraphML, GEXF)."""
    from kg import service

    service.export(fmt, out_file, store_spec=store)
    err.print(f"wrote {out_file}")


@main.command()
@click.option("--store", default=None, help=STORE_HELP)
@handle_errors
def stats(store) -> None:
    """Articles, persons, events, topics, triples and store size."""
    from kg import service

    data = service.stats(store_spec=store)
    data["size"] = human_size(data.pop("size_bytes", None))
    out.print(table(list(data), [data], title="store"))


def human_size(n: int | None) -> str:
    """Bytes for people.

    >>> human_size(4930419), human_size(2048), human_size(None)
    ('4.9 MB', '2.0 kB', '-')
    """
    if n is None:
        return "-"
    for unit, scale in (("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {unit}"
    return f"{n} B"


@main.command()
@click.argument("ids", nargs=-1, required=True)
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--wait", default=0.0, help="Seconds to wait for another build's lock.")
@handle_errors
def remove(ids, store, wait) -> None:
    """Delete articles (their named graphs) from the store."""
    from kg import service

    removed = service.remove(ids, store_spec=store, wait=wait)
    err.print(f"removed {len(removed)} of {len(ids)} article(s)")
    if len(removed) < len(ids):
        sys.exit(1)


@main.command()
@click.argument("gold", type=click.Path(exists=True))
@click.option("--input", "inputs", multiple=True, help="Build these inputs (gold articles only) first.")
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option("--per-article", is_flag=True, help="Add a row per article.")
@click.option("--errors", "n_errors", default=20, show_default=True, help="How many FP/FN to list.")
@click.option("--model", default=None)
@handle_errors
def evaluate(gold, inputs, store, fmt, per_article, n_errors, model) -> None:
    """Score extracted facts against gold files (precision, recall, F1)."""
    from kg import service

    report = service.evaluate(gold, inputs=inputs, store_spec=store, per_article=per_article, model=model)
    data = report.to_dict()
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    shown = ("precision", "recall", "f1", "extracted", "correct", "expected", "found")
    rows = [{"relation": k, **{m: (f"{s[m]:.3f}" if isinstance(s[m], float) else s[m]) for m in shown}}
            for k, s in data["scores"].items()]
    out.print(table(list(rows[0]), rows, title="scores (micro)"))
    for kind in ("false_positives", "false_negatives"):
        items = data[kind][:n_errors]
        if items:
            out.print(table(list(items[0]), items, title=f"{kind} (first {len(items)} of {len(data[kind])})"))
    if per_article:
        out.print(table(list(data["per_article"][0]), data["per_article"], title="per article"))


@main.command()
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--port", default=7879, show_default=True)
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; anything but a loopback address exposes the store to the network.")
@click.option("--timeout", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds a query may run (0: no limit).")
@click.option("--max-rows", type=click.IntRange(min=0), default=100_000, show_default=True,
              help="Rows (or triples) an answer may have (0: no limit).")
@click.option("--cors-origin", default=None, metavar="ORIGIN",
              help="Let web pages from ORIGIN (e.g. https://yasgui.org, or '*') read answers; default: none.")
@handle_errors
def serve(store, port, host, timeout, max_rows, cors_origin) -> None:
    """Serve the store read-only as a SPARQL endpoint (on 127.0.0.1 unless --host)."""
    from kg import service
    from kg.serve import Limits, is_loopback

    if not is_loopback(host):
        err.print(f"[yellow]warning:[/yellow] listening on {host}: anyone who can reach it can read the whole store "
                  "(kg serve has no authentication)", highlight=False)
    limits = Limits(timeout=timeout or None, max_rows=max_rows or None, cors_origin=cors_origin)
    err.print(f"SPARQL endpoint on http://{host}:{port}/query (Ctrl-C stops)", highlight=False)
    service.serve(store_spec=store, port=port, host=host, limits=limits)


if __name__ == "__main__":
    main()

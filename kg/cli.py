"""The ``kg`` command line: thin click commands over the library (one library call each)."""

from __future__ import annotations

import json
import logging
import sys

import click
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from kg.cli_show import emit, err, handle_errors, human_size, out, print_dyads, show_evaluation, table

__all__ = ["main", "human_size"]

FORMATS = click.Choice(["table", "csv", "json"])
STORE_HELP = "Store: a directory (default .kg), 'memory', or a SPARQL endpoint URL."


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
              help="NLP worker processes (or LocalCluster workers)  [default: the idle CPUs available, at least 1]")
@click.option("--cluster", default=None, metavar="local|tcp://HOST:8786",
              help="Run the NLP stage on a dask cluster: 'local' (a LocalCluster on 127.0.0.1) or a scheduler.")
@click.option("--batch-size", type=click.IntRange(min=1), default=32, show_default=True)
@click.option("--wait", default=0.0, help="Seconds to wait for another build's lock.")
@click.option("--resources", multiple=True, type=click.Path(file_okay=False),
              help="Overlay lexicon rows (DIR/<lexicon>.tsv) and patterns (DIR/patterns/*.jsonl); repeatable.")
@click.option("--format", "fmt", type=FORMATS, default="table", help="How to print the summary.")
@handle_errors
def build(inputs, store, out_dir, model, date_, actors, workers, cluster, batch_size, wait, resources, fmt) -> None:
    """Build or update the KG from .txt/.jsonl files and directories."""
    from kg import service

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TextColumn("{task.fields[rate]} articles/s"), TimeElapsedColumn(), console=err,
                  transient=True, disable=not err.is_terminal) as bar:
        task = bar.add_task("building", total=None, rate="-")
        report = service.build(inputs, store_spec=store, out_dir=out_dir, model=model, date=date_,
                               actors=actors, workers=workers, batch_size=batch_size, cluster=cluster, wait=wait,
                               resources=resources,
                               on_start=(lambda total: bar.update(task, total=total)) if err.is_terminal else None,
                               on_article=lambda rate: bar.update(task, advance=1, rate=f"{rate:.1f}"))
    for problem in report.problems:
        err.print(f"[yellow]skipped:[/yellow] {escape(str(problem))}", highlight=False)
    summary = report.to_dict()
    summary.pop("problems")
    emit({"build": (list(summary), [summary])}, fmt)
    if report.problems:
        sys.exit(2)


@main.command()
@click.argument("query")
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json", "tsv"]), default="table")
@click.option("--param", multiple=True, help="Bind $NAME in the query: --param name=value (a string) or name=<IRI>.")
@click.option("--as-of", "as_of", default=None, metavar="YYYY-MM-DD",
              help="Bind $date; 'roles --as-of DATE' lists who held each post on DATE (the who_held query).")
@handle_errors
def query(query, store, fmt, param, as_of) -> None:
    """Run NAME (a file in queries/), FILE.rq or an inline SPARQL query."""
    from kg import service
    from kg.query import parse_params, resolve, with_as_of
    from kg.sparql import parameters

    params = parse_params(param)
    target = with_as_of(query, {}, "")[0] if as_of is not None else query  # roles --as-of is who_held
    unused = sorted(set(params) - set(parameters(resolve(target))))
    if unused:  # a misspelt name would otherwise be dropped without a word
        err.print(f"[yellow]warning:[/yellow] the query has no ${escape(unused[0])}; --param {escape(unused[0])}=… "
                  "is ignored (kg queries lists each query's parameters)", highlight=False)
    result = service.query(query, store_spec=store, params=params, as_of=as_of)
    if fmt == "table":
        out.print(table(result.columns, result.rows, title=query if len(query) < 40 else None))
    elif fmt == "json":
        click.echo(result.to_json())
    else:
        click.echo(result.to_csv("\t" if fmt == "tsv" else ","), nl=False)


@main.command("queries")
@click.option("--format", "fmt", type=FORMATS, default="table")
def queries_cmd(fmt) -> None:
    """List the named queries."""
    from kg.query import list_queries, resolve
    from kg.sparql import parameters

    rows = [{"name": k, "answers": v.removeprefix(f"{k}:").strip(), "parameters": ", ".join(parameters(resolve(k)))}
            for k, v in list_queries().items()]
    emit({"queries": (["name", "answers", "parameters"], rows)}, fmt)


@main.command()
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--format", "fmt", type=FORMATS, default="table")
@click.option("--top", type=click.IntRange(min=1), default=None,
              help="The persons (by PageRank) and topics listed (communities are all listed); with --dyads, the "
                   "country pairs with most events, each with all its months.  [default: 10; --dyads: every pair]")
@click.option("--dyads", is_flag=True,
              help="Cooperation–conflict series of political events per country pair and month instead.")
@handle_errors
def analyse(store, fmt, top, dyads) -> None:
    """Meeting network centrality, Louvain communities and most-discussed topics."""
    from kg import service

    if dyads:
        return print_dyads(service.dyads(store_spec=store).top(top), fmt)
    report = service.analyse(store_spec=store, top=10 if top is None else top)
    data = report.to_dict()
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    from kg.output import analysis_tables

    emit(analysis_tables(data), fmt)


@main.command()
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--format", "fmt",
              type=click.Choice(["turtle", "trig", "nquads", "ntriples", "jsonld", "graphml", "gexf"]),
              help="What to write  [default: what --out's suffix names: .ttl, .trig, .nq, .nt, .jsonld, .graphml, "
                   ".gexf, each also .gz]")
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False))
@click.option("--view", type=click.Choice(["full", "people", "countries", "plover"]), default="full",
              show_default=True,
              help="GraphML/GEXF only: everything, the leader (meeting) network, countries linked by their office "
                   "holders' meetings and calls, or by political events (PLOVER, source → target, scored).")
@click.option("--dynamic", is_flag=True,
              help="GEXF only: the country network of political events, edges with dated spells (Gephi timeline).")
@handle_errors
def export(store, fmt, out_file, view, dynamic) -> None:
    """Write the KG as RDF (Turtle, TriG, N-Quads, JSON-LD) or for Gephi (GraphML, GEXF)."""
    from kg import service
    from kg.export import format_of

    named = format_of(out_file)
    if fmt is None and named is None:
        raise click.UsageError(f"cannot tell the format of {out_file}: give --format or a name such as kg.ttl")
    if fmt and named and fmt != named:
        err.print(f"[yellow]warning:[/yellow] writing {fmt} (--format) into {escape(str(out_file))}, whose name says "
                  f"{named}", highlight=False)
    fmt = fmt or named
    if dynamic:
        service.export_dynamic(fmt, out_file, store_spec=store)
    else:
        service.export(fmt, out_file, store_spec=store, view=view)
    err.print(f"wrote {escape(str(out_file))}", highlight=False)


@main.command()
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--format", "fmt", type=FORMATS, default="table")
@handle_errors
def stats(store, fmt) -> None:
    """Articles, persons, events, topics, triples and store size."""
    from kg import service

    stats = service.stats(store_spec=store)
    data: dict[str, object] = {k: v for k, v in stats.items() if k != "size_bytes"} if fmt == "table" else dict(stats)
    if fmt == "table":
        data["size"] = human_size(stats["size_bytes"])
    emit({"store": (list(data), [data])}, fmt)


@main.command()
@click.argument("ids", nargs=-1, required=True)
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--wait", default=0.0, help="Seconds to wait for another build's lock.")
@handle_errors
def remove(ids, store, wait) -> None:
    """Delete articles (their named graphs) from the store."""
    from kg import service

    removed = service.remove(ids, store_spec=store, wait=wait)
    absent = [i for i in dict.fromkeys(ids) if i not in removed]
    err.print(f"removed {len(removed)} of {len(ids)} article(s)"
              + (f"; not in the store: {escape(', '.join(absent))}" if absent else ""), highlight=False)
    if absent:
        sys.exit(1)


@main.command()
@click.argument("gold", type=click.Path(exists=True))
@click.option("--input", "inputs", multiple=True, help="Build these inputs (gold articles only) first.")
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--format", "fmt", type=FORMATS, default="table")
@click.option("--per-article", is_flag=True, help="Add a row per article.")
@click.option("--errors", "n_errors", default=20, show_default=True, help="How many FP/FN to list.")
@click.option("--model", default=None, help="spaCy model name or path for --input (as in kg build).")
@handle_errors
def evaluate(gold, inputs, store, fmt, per_article, n_errors, model) -> None:
    """Score extracted facts against gold files (precision, recall, F1)."""
    from kg import service

    report = service.evaluate(gold, inputs=inputs, store_spec=store, per_article=per_article, model=model)
    for problem in report.skipped:
        err.print(f"[yellow]skipped:[/yellow] {escape(str(problem))}", highlight=False)
    show_evaluation(report.to_dict(), fmt, per_article, n_errors)
    if report.skipped:
        sys.exit(2)


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

    def announce() -> None:  # once the store is open and the port bound, so that a failure prints only its error
        err.print(f"SPARQL endpoint on http://{host}:{port}/query (Ctrl-C stops)", highlight=False)
        err.print(f"query page on http://{host}:{port}/, report on http://{host}:{port}/report", highlight=False)

    service.serve(store_spec=store, port=port, host=host, limits=limits, on_ready=announce)


@main.command()
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--format", "fmt", type=FORMATS, default="table")
@handle_errors
def review(store, fmt) -> None:
    """List likely duplicate persons: same surname and country, different IRIs (a = suggested to keep)."""
    from kg import service

    rows = service.review(store_spec=store)
    columns = ["country", "surname", "a", "a_iri", "a_articles", "b", "b_iri", "b_articles"]
    emit({"likely duplicates": (columns, rows)}, fmt)
    if fmt == "table":
        err.print(f"{len(rows)} pair(s); merge one with: kg merge A_IRI B_IRI", highlight=False)


CURATE_OPTIONS = [
    click.option("--store", default=None, help=STORE_HELP),
    click.option("--by", default=None, help="Who decides (recorded with PROV-O)  [default: $USER]"),
    click.option("--wait", default=0.0, help="Seconds to wait for another build's lock."),
    click.option("--format", "fmt", type=FORMATS, default="table"),
]


def curate_options(func):
    for option in reversed(CURATE_OPTIONS):
        func = option(func)
    return func


@main.command()
@click.argument("person_a")
@click.argument("person_b")
@curate_options
@handle_errors
def merge(person_a, person_b, store, by, wait, fmt) -> None:
    """Record that PERSON_B is PERSON_A (a name, part of one, or an IRI); A's IRI is kept everywhere."""
    from kg import service

    done = service.curate("merge", person_a, person_b, by=by, store_spec=store, wait=wait)
    emit({"merge": (list(done), [done])}, fmt)


@main.command()
@click.argument("name")
@click.argument("person")
@curate_options
@handle_errors
def alias(name, person, store, by, wait, fmt) -> None:
    """Record that NAME (as written in articles) names PERSON (a name, part of one, or an IRI)."""
    from kg import service

    done = service.curate("alias", person, name, by=by, store_spec=store, wait=wait)
    emit({"alias": (list(done), [done])}, fmt)


@main.command()
@click.argument("kind", type=click.Choice(["network", "timeline", "dyads"]))
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False),
              help="FILE.png, .svg or .pdf")
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--top", default=40, show_default=True,
              help="network: the persons with most meetings; dyads: the country pairs with most events (at most 8).")
@handle_errors
def plot(kind, out_file, store, top) -> None:
    """Figures (matplotlib): the labelled leader network, meetings per month, or a dyad series.

    dyads: political events (PLOVER) per country pair per month, the series kg analyse --dyads scores.
    """
    from kg import service

    path = service.plot(kind, out_file, store_spec=store, top=top)
    err.print(f"wrote {escape(str(path))}", highlight=False)


@main.command()
@click.option("--store", default=None, help=STORE_HELP)
@click.option("--out", "out_file", required=True, type=click.Path(dir_okay=False), help="The HTML file to write.")
@click.option("--title", default="kg report", show_default=True)
@handle_errors
def report(store, out_file, title) -> None:
    """Write one self-contained HTML page: leader network, timeline, topics, quotes, countries."""
    from kg import service

    summary = service.report(out_file, store_spec=store, title=title)
    err.print(f"wrote {escape(str(out_file))} ({human_size(summary['bytes'])}): {summary['nodes']} leaders, "
              f"{summary['edges']} pairs, {summary['events']} events, {summary['topics']} topics, "
              f"{summary['quotes']} quotes", highlight=False)


if __name__ == "__main__":
    main()

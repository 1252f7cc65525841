"""How the ``kg`` command line prints: its consoles, one-line errors, tables, CSV/JSON and human sizes.

Presentation only: the commands in :mod:`kg.cli` call these after one library call each.
"""

from __future__ import annotations

import functools
import json
import sys

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from kg.errors import KGError

out = Console(soft_wrap=True, width=None if sys.stdout.isatty() else 160)
err = Console(stderr=True, soft_wrap=True)


def handle_errors(func):
    """Turn library errors into one-line messages and exit codes (never a traceback)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        except KGError as e:
            err.print(f"[red]error:[/red] {escape(str(e))}", highlight=False)
            sys.exit(e.exit_code)
        except KeyboardInterrupt:
            err.print("[red]interrupted[/red] (a store keeps every article written so far)", highlight=False)
            sys.exit(130)

    return wrapper


def table(columns, rows, title: str | None = None) -> Table:
    from kg.output import cell  # floats to 3 decimals

    # data is never rich markup: "[each other's]" in a quotation stays as it is
    t = Table(*[escape(str(c)) for c in columns], title=escape(title) if title else None, show_lines=False)
    for row in rows:
        t.add_row(*[Text(cell(row.get(c))) for c in columns])
    return t


def emit(tables: dict, fmt: str) -> None:
    """Print named tables ``{name: (columns, rows)}`` as rich tables, CSV or JSON (see :mod:`kg.output`)."""
    from kg.output import tables_csv, tables_json

    if fmt == "json":
        click.echo(tables_json(tables))
    elif fmt == "csv":
        click.echo(tables_csv(tables), nl=False)
    else:
        for name, (columns, rows) in tables.items():
            out.print(table(list(columns), rows, title=name))


def show_evaluation(data: dict, fmt: str, per_article: bool, n_errors: int) -> None:
    if fmt == "json":
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    shown = ("precision", "recall", "f1", "extracted", "correct", "expected", "found")
    rows = [{"relation": k, **{m: (f"{s[m]:.3f}" if isinstance(s[m], float) else s[m]) for m in shown}}
            for k, s in data["scores"].items()]
    if fmt == "csv":
        from kg.output import evaluation_tables

        emit(evaluation_tables(data, rows, per_article), fmt)
        return
    out.print(table(list(rows[0]), rows, title="scores (micro)"))
    cells = lambda c: {m: (f"{c[m]:.3f}" if isinstance(c[m], float) else c[m]) for m in shown}  # noqa: E731
    by_source = [{"relation": rel, "source": src, **cells(counts[rel])}
                 for rel in data["scores"] for src, counts in data["by_source"].items() if rel in counts]
    if by_source:
        out.print(table(list(by_source[0]), by_source, title="scores by source"))
    for kind in ("false_positives", "false_negatives"):
        items = data[kind][:n_errors]
        if items:
            out.print(table(list(items[0]), items, title=f"{kind} (first {len(items)} of {len(data[kind])})"))
    if "plover_targets" in data:
        show_targets(data["plover_targets"], n_errors)
    if per_article:
        from kg.output import columns_of, per_article_rows

        rows = per_article_rows(data["per_article"], ["f1"])
        out.print(table(columns_of(rows), rows, title="per article (F1; --format csv adds precision, recall, fp, fn)"))


TARGET_TITLE = "plover targets (events matching on type + source; unjudged: kg has a target, the gold none)"


def show_targets(targets: dict, n_errors: int) -> None:
    """The PLOVER target diagnostics and the first ``n_errors`` target errors."""
    from kg.output import target_rows

    rows = target_rows(targets)
    out.print(table(list(rows[0]), rows, title=TARGET_TITLE))
    items = targets["errors"][:n_errors]
    if items:
        title = f"plover target errors (first {len(items)} of {len(targets['errors'])})"
        out.print(table(list(items[0]), items, title=title))


def print_dyads(report, fmt: str) -> None:
    """``kg analyse --dyads``: JSON with every point's event IRIs, or the points as a table or CSV."""
    if fmt == "json":
        click.echo(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
        return
    rows = report.table_rows()
    columns = list(rows[0]) if rows else ["pair", "month", "events", "score", "cooperation", "conflict", "types"]
    if fmt == "csv":
        emit({"dyads": (columns, rows)}, fmt)
    else:
        out.print(table(columns, rows, title="dyads (PLOVER cooperation–conflict score per country pair and month)"))
    if report.unscored:
        (err if fmt == "csv" else out).print(f"unscored events (type without a score): {len(report.unscored)}")


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

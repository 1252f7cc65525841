"""Tables for people and programs: what ``--format table|csv|json`` prints (the CLI adds the rich rendering).

A command's output is one or more named tables (``columns``, ``rows`` of dicts). Tables and CSV round floats to
3 decimals; JSON keeps full precision. CSV of several tables prints each under a ``# name`` line, separated by a
blank line; CSV of one table is plain CSV.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections.abc import Sequence

PLACES = 3

Tables = dict[str, tuple[Sequence[str], Sequence[dict]]]


def cell(value: object, places: int = PLACES) -> str:
    """A value as table text: floats rounded to ``places`` decimals, lists joined, ``None`` empty.

    >>> cell(0.123456789), cell(2.5), cell(3.0), cell(None), cell(["a", "b"]), cell(float("nan"))
    ('0.123', '2.5', '3.0', '', 'a; b', 'nan')
    """
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(round(value, places)) if math.isfinite(value) else str(value)
    if isinstance(value, (list, tuple)):
        return "; ".join(cell(v, places) for v in value)
    return str(value)


def to_csv(columns: Sequence[str], rows: Sequence[dict], delimiter: str = ",") -> str:
    """One table as CSV (floats rounded).

    >>> print(to_csv(["a", "b"], [{"a": 1, "b": 0.98765}]), end="")
    a,b
    1,0.988
    """
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([cell(row.get(c)) for c in columns])
    return out.getvalue()


def tables_csv(tables: Tables) -> str:
    """All tables as CSV: plain for one, under ``# name`` headers for several.

    >>> print(tables_csv({"x": (["a"], [{"a": 1}]), "y": (["b"], [])}), end="")
    # x
    a
    1
    <BLANKLINE>
    # y
    b
    """
    if len(tables) == 1:
        (columns, rows), = tables.values()
        return to_csv(columns, rows)
    return "\n".join(f"# {name}\n{to_csv(columns, rows)}" for name, (columns, rows) in tables.items())


def tables_json(tables: Tables) -> str:
    """All tables as JSON: a list of row objects for one table, ``{name: [rows]}`` for several.

    >>> print(tables_json({"x": (["a"], [{"a": 0.123456}])}))
    [
      {
        "a": 0.123456
      }
    ]
    """
    data = {name: [{c: row.get(c) for c in columns} for row in rows] for name, (columns, rows) in tables.items()}
    return json.dumps(next(iter(data.values())) if len(data) == 1 else data, ensure_ascii=False, indent=2)


def columns_of(rows: Sequence[dict]) -> list[str]:
    """The keys of the rows, in first-seen order.

    >>> columns_of([{"a": 1}, {"b": 2, "a": 3}])
    ['a', 'b']
    """
    return list(dict.fromkeys(k for row in rows for k in row))


def analysis_tables(data: dict) -> dict:
    """``kg analyse`` as tables: summary, people, communities, topics."""
    from kg.analysis import PersonScore, TopicScore

    communities = [{"community": i, "size": len(c), "members": c} for i, c in enumerate(data["communities"], 1)]
    return {"summary": (["persons", "pairs"], [{"persons": data["persons"], "pairs": data["pairs"]}]),
            "people": (list(PersonScore.__dataclass_fields__), data["people"]),
            "communities": (["community", "size", "members"], communities),
            "topics": (list(TopicScore.__dataclass_fields__), data["topics"])}


def per_article_rows(rows: Sequence[dict], measures: Sequence[str] = ("precision", "recall", "f1", "fp", "fn")) -> list:
    """``kg evaluate --per-article`` rows with one column per relation and measure (``roles_f1``), not a dict.

    >>> per_article_rows([{"article": "a", "predicted": True, "roles": {"f1": 0.5, "fp": 1, "extracted": 2}}], ["f1"])
    [{'article': 'a', 'predicted': True, 'roles_f1': 0.5}]
    """
    flat = []
    for row in rows:
        cells: dict = {}
        for key, value in row.items():
            if isinstance(value, dict):
                cells.update({f"{key}_{m}": value.get(m) for m in measures})
            else:
                cells[key] = value
        flat.append(cells)
    return flat


def target_rows(targets: dict) -> list[dict]:
    """The rows of the PLOVER target diagnostics (``plover_targets`` of ``kg evaluate``'s JSON): one per scope."""
    return [{"scope": scope, **counts} for scope, counts in targets["scores"].items()]


def evaluation_tables(data: dict, scores: list[dict], per_article: bool) -> dict:
    """``kg evaluate --format csv``: scores, false positives and negatives (all), per article."""
    tables = {"scores": (list(scores[0]), scores)}
    for kind in ("false_positives", "false_negatives"):
        tables[kind] = (columns_of(data[kind]) or ["article", "relation", "fact", "note"], data[kind])
    if "plover_targets" in data:
        targets = data["plover_targets"]
        rows = target_rows(targets)
        tables["plover_targets"] = (columns_of(rows), rows)
        tables["plover_target_errors"] = (columns_of(targets["errors"]) or ["article", "relation", "fact", "note"],
                                          targets["errors"])
    if per_article:
        rows = per_article_rows(data["per_article"])
        tables["per_article"] = (columns_of(rows), rows)
    return tables

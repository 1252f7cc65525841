"""Named SPARQL queries: ``kg query NAME|FILE.rq|'SPARQL…'``.

NAME is a file in ``queries/`` (looked up in the working directory, then next to the installed
package) without ``.rq``. ``$name`` variables in a query are bound with ``--param name=value``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError

PACKAGE_QUERIES = Path(__file__).resolve().parent.parent / "queries"


@dataclass(frozen=True)
class Result:
    columns: tuple[str, ...]
    rows: tuple[dict, ...]

    def to_csv(self, delimiter: str = ",") -> str:
        out = io.StringIO()
        writer = csv.DictWriter(out, self.columns, delimiter=delimiter, lineterminator="\n")
        writer.writeheader()
        for row in self.rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
        return out.getvalue()

    def to_json(self) -> str:
        return json.dumps({"columns": list(self.columns), "rows": list(self.rows)}, ensure_ascii=False, indent=2)

    def to_pandas(self):
        """The rows as a :class:`pandas.DataFrame` (pandas is optional: ``pip install 'kg[notebook]'``)."""
        from kg.errors import require

        pandas = require("pandas", "DataFrames", "notebook")
        return pandas.DataFrame(list(self.rows), columns=list(self.columns))

    def __len__(self) -> int:
        return len(self.rows)


def query_dirs() -> list[Path]:
    return [Path.cwd() / "queries", PACKAGE_QUERIES]


def list_queries() -> dict[str, str]:
    """Named queries and the first line of their comment header."""
    out: dict[str, str] = {}
    for folder in query_dirs():
        for path in sorted(folder.glob("*.rq")) if folder.is_dir() else []:
            first = path.read_text(encoding="utf-8").splitlines()[0].lstrip("# ").strip()
            out.setdefault(path.stem, first)
    return out


def resolve(spec: str) -> str:
    """The SPARQL text for a name, a ``.rq`` path or an inline query."""
    if re.search(r"\b(select|construct|ask|describe)\b", spec, re.I) and "\n" in spec or "{" in spec:
        return spec
    path = Path(spec)
    if path.suffix == ".rq":
        try:
            return path.read_text(encoding="utf-8")
        except OSError as e:
            raise QueryError(f"cannot read query file {spec}: {e.strerror or e}") from e
    for folder in query_dirs():
        candidate = folder / f"{spec}.rq"
        if candidate.is_file():
            return candidate.read_text(encoding="utf-8")
    known = ", ".join(sorted(list_queries())) or "none found"
    raise QueryError(f"unknown query {spec!r} (known: {known})")


def bind(sparql: str, params: dict[str, str]) -> str:
    """Replace ``$name`` variables by string literals.

    >>> bind('FILTER(CONTAINS(?s, $person))', {"person": 'Bi"den'})
    'FILTER(CONTAINS(?s, "Bi\\\\"den"))'
    """
    for name, value in params.items():
        literal = json.dumps(value, ensure_ascii=False)
        sparql = re.sub(rf"\${re.escape(name)}\b", lambda _: literal, sparql)
    missing = sorted(set(re.findall(r"\$(\w+)", sparql)))
    if missing:
        raise QueryError(f"query needs --param {missing[0]}=VALUE")
    return sparql


def with_as_of(spec: str, params: dict[str, str], date: str) -> tuple[str, dict[str, str]]:
    """``--as-of DATE``: ``roles`` becomes ``who_held`` for any role and country; other queries get ``$date``.

    >>> with_as_of("roles", {}, "2023-01-10")
    ('who_held', {'role': '', 'country': '', 'date': '2023-01-10'})
    >>> with_as_of("who_held", {"role": "President"}, "2023-01-10")
    ('who_held', {'role': 'President', 'date': '2023-01-10'})
    """
    if spec == "roles":
        return "who_held", {"role": "", "country": "", **params, "date": date}
    return spec, {**params, "date": date}


def run(store, spec: str, params: dict[str, str] | None = None) -> Result:
    """Run a named, file or inline query against a store."""
    sparql = bind(resolve(spec), params or {})
    columns, rows = store.select(sparql)
    return Result(tuple(columns), tuple(rows))

"""Named SPARQL queries: ``kg query NAME|FILE.rq|'SPARQL…'``.

NAME is a file ``NAME.rq`` in ``queries/`` of the working directory if there is one, else one of the standard
queries shipped in the package (:data:`PACKAGE`: the data package ``kg.queries``, whose only source is the
project's ``queries/`` folder). ``$name`` variables are bound with ``--param name=value`` (a string) or
``--param name=<IRI>`` (an IRI), through :func:`kg.sparql.bind`, which never lets a value change a query's shape.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from kg.errors import QueryError
from kg.sparql import Value, bind, iri
from kg.store.base import Row, Store


def _package_queries() -> Traversable:
    try:
        return resources.files("kg.queries")
    except ModuleNotFoundError:  # a source checkout used without installing it: queries/ next to kg/
        return Path(__file__).resolve().parent.parent / "queries"


PACKAGE: Traversable = _package_queries()


@dataclass(frozen=True)
class Result:
    columns: tuple[str, ...]
    rows: tuple[Row, ...]

    def to_csv(self, delimiter: str = ",") -> str:
        out = io.StringIO()
        writer = csv.DictWriter(out, self.columns, delimiter=delimiter, lineterminator="\n")
        writer.writeheader()
        for row in self.rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
        return out.getvalue()

    def to_json(self) -> str:
        return json.dumps({"columns": list(self.columns), "rows": list(self.rows)}, ensure_ascii=False, indent=2)

    def to_pandas(self) -> Any:  # a pandas.DataFrame (pandas has no type information)
        """The rows as a :class:`pandas.DataFrame` (pandas is optional: ``pip install 'kg[notebook]'``)."""
        from kg.errors import require

        pandas = require("pandas", "DataFrames", "notebook")
        return pandas.DataFrame(list(self.rows), columns=list(self.columns))

    def __len__(self) -> int:
        return len(self.rows)


def query_dirs() -> list[Traversable]:
    """Where named queries are looked up, in order: ``./queries`` (when it exists), then the package's."""
    return [Path.cwd() / "queries", PACKAGE]


def first_sentence(sparql: str) -> str:
    r"""The first sentence of a query's comment header (its leading ``#`` lines), whatever the lines it spans.

    >>> first_sentence("# calls: who spoke with whom, per\n# article. Columns: a, b.\nSELECT * {}")
    'calls: who spoke with whom, per article.'
    """
    header = " ".join(line.lstrip("#").strip() for line in itertools.takewhile(
        lambda line: line.startswith("#"), sparql.lstrip().splitlines()))
    return re.split(r"(?<=[.!?])\s", header, maxsplit=1)[0]


def list_queries() -> dict[str, str]:
    """Named queries and the first sentence of their comment header."""
    out: dict[str, str] = {}
    for folder in query_dirs():
        files = sorted((f for f in folder.iterdir() if f.name.endswith(".rq")), key=lambda f: f.name) \
            if folder.is_dir() else []
        for path in files:
            out.setdefault(path.name[: -len(".rq")], first_sentence(path.read_text(encoding="utf-8")))
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
    if re.fullmatch(r"[\w-]+", spec):
        for folder in query_dirs():
            candidate = folder / f"{spec}.rq"
            if candidate.is_file():
                return candidate.read_text(encoding="utf-8")
    known = ", ".join(sorted(list_queries())) or "none found"
    raise QueryError(f"unknown query {spec!r} (known: {known})")


def parse_params(items: Iterable[str]) -> dict[str, Value]:
    """``--param`` values: ``name=text`` binds a string, ``name=<IRI>`` an IRI (checked).

    >>> parse_params(["person=Bi<den>", "who=<http://example.org/p>"])
    {'person': 'Bi<den>', 'who': <NamedNode value=http://example.org/p>}
    """
    params: dict[str, Value] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not re.fullmatch(r"\w+", name):
            raise QueryError(f"--param {item!r}: use --param NAME=VALUE (NAME: letters, digits, _)")
        params[name] = iri(value[1:-1]) if value.startswith("<") and value.endswith(">") else value
    return params


def with_as_of(spec: str, params: Mapping[str, Value], date: str) -> tuple[str, dict[str, Value]]:
    """``--as-of DATE``: ``roles`` becomes ``who_held`` for any role and country; other queries get ``$date``.

    >>> with_as_of("roles", {}, "2023-01-10")
    ('who_held', {'role': '', 'country': '', 'date': '2023-01-10'})
    >>> with_as_of("who_held", {"role": "President"}, "2023-01-10")
    ('who_held', {'role': 'President', 'date': '2023-01-10'})
    """
    if spec == "roles":
        return "who_held", {"role": "", "country": "", **params, "date": date}
    return spec, {**params, "date": date}


def run(store: Store, spec: str, params: Mapping[str, Value] | None = None) -> Result:
    """Run a named, file or inline query against a store."""
    sparql = bind(resolve(spec), params or {})
    columns, rows = store.select(sparql)
    return Result(tuple(columns), tuple(rows))

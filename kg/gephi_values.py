"""Values and attribute names that the GraphML and GEXF schemas accept (used by :mod:`kg.gephi`): only
str/int/float/bool values, XML-safe text, XML name tokens for attribute names, one type per attribute, ISO dates
for GEXF times. See :mod:`kg.gephi` for why networkx's writers need them.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
SAFE_ID = re.compile(r"[A-Za-z0-9._:-]+")  # a node or edge id kept as it is
_TIME = re.compile(r"(\d{4}-\d{2}-\d{2})(?:T[0-9:.]+(?:Z|[+-]\d{2}:\d{2})?)?")


# --- values and names --------------------------------------------------------------------------


def clean_text(text: str) -> str:
    """Remove the characters XML 1.0 forbids (and C1 controls); keep accents, tabs and newlines.

    >>> clean_text("Zoë\\x07 Ångström\\x00")
    'Zoë Ångström'
    """
    return _XML_INVALID.sub("", text)


def scalar(value: object) -> str | int | float | bool | None:
    """A value GraphML and GEXF can hold, or ``None`` when it should be left out.

    >>> scalar(None) is None, scalar(dt.date(2024, 5, 1)), scalar(["a", 2, None]), scalar({"b"})
    (True, '2024-05-01', 'a|2', 'b')
    >>> scalar(float("nan")) is None, scalar(True), scalar({"k": 1}), scalar("a\\x0bb")
    (True, True, '{"k": 1}', 'ab')
    """
    if hasattr(value, "tolist") and not isinstance(value, str):  # numpy scalars and arrays
        value = value.tolist()
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int):
        return int(value)
    if isinstance(value, float):
        return float(value) if math.isfinite(value) else None
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set, frozenset)):
        items = [str(v) for v in map(scalar, value) if v is not None]
        return "|".join(sorted(items) if isinstance(value, (set, frozenset)) else items)
    if isinstance(value, dict):
        return clean_text(json.dumps(value, sort_keys=True, default=str, ensure_ascii=False))
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return clean_text(str(value))


def xml_name(name: object) -> str:
    """An attribute name that is an XML name token: ASCII letters, digits, ``.``, ``_``, ``-``.

    >>> xml_name("début date"), xml_name("x/y"), xml_name("")
    ('debut_date', 'x_y', 'attr')
    """
    folded = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9._-]+", "_", folded).strip("_") or "attr"


def name_map(names: Iterable, renames: dict[str, str] | None = None) -> dict:
    """Unique XML-safe names; names that are already safe (and not renamed) keep theirs.

    >>> name_map(["a b", "a_b", "type"], {"type": "relation"})
    {'a_b': 'a_b', 'a b': 'a_b_2', 'type': 'relation'}
    """
    renames = renames or {}
    wanted = {n: renames.get(xml_name(n), xml_name(n)) for n in set(names)}
    mapping: dict = {}
    for name in sorted(wanted, key=lambda n: (wanted[n] != n, str(n))):
        new, i = wanted[name], 2
        while new in mapping.values():
            new, i = f"{wanted[name]}_{i}", i + 1
        mapping[name] = new
    return mapping


def unify_types(records: list[dict]) -> None:
    """Give each attribute one type across records: mixed numbers become float, other mixes str.

    >>> recs = [{"a": 1, "b": 1}, {"a": 2.5, "b": "x"}]
    >>> unify_types(recs); recs
    [{'a': 1.0, 'b': '1'}, {'a': 2.5, 'b': 'x'}]
    """
    types: dict[str, set[type]] = defaultdict(set)
    for record in records:
        for key, value in record.items():
            types[key].add(type(value))
    for key, found in types.items():
        if len(found) > 1:
            target = float if found <= {int, float} else str
            for record in records:
                if key in record:
                    record[key] = target(record[key])


def gexf_time(value: object) -> str | None:
    """An ISO date for GEXF ``start``/``end`` (``timeformat="date"``), or ``None``.

    >>> gexf_time("2024-05-01"), gexf_time("2024-05-01T10:00:00Z"), gexf_time(2024), gexf_time("May")
    ('2024-05-01', '2024-05-01', None, None)
    """
    match = _TIME.fullmatch(value.strip()) if isinstance(value, str) else None
    if match is None:
        return None
    try:
        return dt.date.fromisoformat(match.group(1)).isoformat()
    except ValueError:
        return None

"""Rule patterns kept as data: spaCy ``Matcher`` and ``DependencyMatcher`` patterns in JSONL files under
``kg/resources/patterns/``, one file per family (``markers.jsonl``, ``triggers.jsonl``, …).

Each line is one pattern::

    {"id": "neg-not", "kind": "token", "comment": "a negation particle", "pattern": [{"DEP": "neg"}]}

* ``id``: unique across all families; it becomes the ``rule`` in the evidence of the facts the pattern yields.
* ``kind``: ``token`` (a :class:`spacy.matcher.Matcher` pattern) or ``dependency`` (a
  :class:`spacy.matcher.DependencyMatcher` pattern, whose first node is the anchor).
* ``comment``: what the pattern finds, with an example; required.
* ``pattern``: the spaCy pattern, validated by spaCy when loaded (``validate=True``). Where a set of words is
  expected (``{"LOWER": {"IN": …}}``, ``NOT_IN``), ``"@name"`` stands for the word list ``name`` of
  ``wordlists.tsv``, so that a list the Python rules read too is kept in one copy (``{"IN": "@decade-words"}``).
* any other keys are the pattern's data for the Python that reads it (``"label"``, ``"cameo"``, …).

A user's overlay (``kg build --resources DIR``, or the ``resources`` setting of the ``kg_relations``
component) adds ``DIR/patterns/*.jsonl``: a pattern with a new id is added to its family, one with a shipped id
replaces it, and ``{"id": …, "disabled": true}`` removes it. Lexicon rows are overlaid the same way (see
:mod:`kg.lexicon`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from kg import lexicon
from kg.errors import ResourceError
from kg.lexicon import OVERLAY_ENV, overlay_dirs  # noqa: F401  (OVERLAY_ENV is part of this API)

PatternKind = Literal["token", "dependency"]


@dataclass(frozen=True)
class Pattern:
    """One rule pattern and its data."""

    id: str
    family: str
    kind: PatternKind
    comment: str
    pattern: tuple
    data: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)

    def get(self, key: str, default: Any = None) -> Any:
        return self.data.get(key, default)


def shipped_dir() -> Path:
    from importlib import resources

    return Path(str(resources.files("kg") / "resources" / "patterns"))


def _read(path: Path, family: str) -> list[dict]:
    out = []
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise ResourceError(f"{path}: cannot read patterns: {e}") from e
    for i, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise ResourceError(f"{path}:{i}: invalid JSON: {e.msg}") from e
        if not isinstance(obj, dict) or not isinstance(obj.get("id"), str) or not obj["id"]:
            raise ResourceError(f"{path}:{i}: a pattern must be an object with a string 'id'")
        obj["_where"] = f"{path}:{i}"
        obj["_family"] = family
        out.append(obj)
    return out


def _check(obj: dict) -> Pattern:
    where = obj["_where"]
    kind = obj.get("kind")
    if kind not in ("token", "dependency"):
        raise ResourceError(f"{where}: pattern {obj['id']!r}: kind must be 'token' or 'dependency'")
    if not isinstance(obj.get("comment"), str) or not obj["comment"].strip():
        raise ResourceError(f"{where}: pattern {obj['id']!r}: a comment is required")
    pattern = obj.get("pattern")
    if not isinstance(pattern, list) or not pattern:
        raise ResourceError(f"{where}: pattern {obj['id']!r}: 'pattern' must be a non-empty list")
    data = {k: v for k, v in obj.items() if k not in ("id", "kind", "comment", "pattern") and not k.startswith("_")}
    return Pattern(obj["id"], obj["_family"], kind, obj["comment"], _freeze(_lists(pattern, obj)), data)


def _lists(value, obj: dict):
    """The pattern with each ``"@name"`` set of words replaced by the word list ``name`` (sorted)."""
    if isinstance(value, list):
        return [_lists(v, obj) for v in value]
    if not isinstance(value, dict):
        return value
    out = {}
    for key, v in value.items():
        if key in ("IN", "NOT_IN") and isinstance(v, str) and v.startswith("@"):
            if v[1:] not in lexicon.word_ids():
                raise ResourceError(f"{obj['_where']}: pattern {obj['id']!r}: no word list {v[1:]!r} in wordlists.tsv")
            v = sorted(lexicon.words(v[1:]))
        out[key] = _lists(v, obj)
    return out


def _freeze(value):
    if isinstance(value, list):
        return tuple(_freeze(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _freeze(v)) for k, v in value.items()))
    return value


def thaw(value):
    """A frozen pattern back as the lists and dicts spaCy takes: a non-empty tuple of (string, value) pairs is a
    dict, any other tuple a list (each worker thaws every pattern twice at start-up, so no generator per tuple)."""
    if not isinstance(value, tuple):
        return value
    if value and _pairs(value):
        return {k: thaw(v) for k, v in value}
    return [thaw(v) for v in value]


def _pairs(value: tuple) -> bool:
    for v in value:
        if not (isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], str)):
            return False
    return True


def _families(dirs: Iterable[Path]) -> dict[str, list[dict]]:
    found: dict[str, list[dict]] = {}
    for d in dirs:
        for path in sorted(d.glob("*.jsonl")) if d.is_dir() else ():
            found.setdefault(path.stem, []).extend(_read(path, path.stem))
    return found


@lru_cache(maxsize=8)
def _load(overlays: tuple[Path, ...]) -> dict[str, tuple[Pattern, ...]]:
    shipped = _families([shipped_dir()])
    owner: dict[str, str] = {}
    for family, objs in shipped.items():
        for obj in objs:
            if obj["id"] in owner:
                raise ResourceError(f"{obj['_where']}: duplicate pattern id {obj['id']!r}")
            owner[obj["id"]] = family
    merged = {family: {o["id"]: o for o in objs} for family, objs in shipped.items()}
    for family, objs in _families(p / "patterns" for p in overlays).items():
        for obj in objs:
            home = owner.get(obj["id"], family)
            if obj.get("disabled"):
                merged.get(home, {}).pop(obj["id"], None)
                continue
            merged.setdefault(home, {})[obj["id"]] = obj
            owner[obj["id"]] = home
    out = {family: tuple(_check(o) for o in objs.values()) for family, objs in merged.items()}
    _validate(out)
    return out


def _validate(families: dict[str, tuple[Pattern, ...]]) -> None:
    """Let spaCy validate every pattern (unknown attributes, wrong operators, bad dependency nodes)."""
    from spacy.matcher import DependencyMatcher, Matcher
    from spacy.vocab import Vocab

    vocab = Vocab()  # validation needs no language data (a blank English pipeline costs 0.16 s)
    for patterns in families.values():
        for p in patterns:
            # A new matcher for each pattern: spaCy's ``Matcher.add`` lists every predicate the matcher already
            # holds at each call, so one matcher for all 2,000 patterns took twice the time (every worker pays it).
            matcher = Matcher(vocab, validate=True) if p.kind == "token" else DependencyMatcher(vocab, validate=True)
            try:
                matcher.add(p.id, [thaw(p.pattern)])
            except Exception as e:  # spaCy raises ValueError/MatchPatternError with its own message
                raise ResourceError(f"pattern {p.id!r} ({p.family}): {str(e).splitlines()[0]}") from e


def all_patterns() -> dict[str, tuple[Pattern, ...]]:
    """Every family's patterns, shipped and overlaid."""
    return _load(overlay_dirs())


def family(name: str) -> tuple[Pattern, ...]:
    """The patterns of one family (empty when there is no such file)."""
    return all_patterns().get(name, ())

"""Write kg/resources/patterns/README.md: one table per family with every pattern's id, kind, mark and comment.

    python tools/pattern_docs.py

Generated families (converted from third-party dictionaries by a tool) are described as a whole, not pattern by
pattern: their patterns carry their comments in the JSONL file.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = ROOT / "kg" / "resources" / "patterns"
GENERATED = {"plover_cameo": "converted from PETRARCH2's CAMEO verb dictionary by `tools/build_plover_patterns.py` "
                             "(MIT); each pattern's comment names its CAMEO code and phrase"}
INTRO = """# Rule patterns (`kg/resources/patterns/`)

One JSONL file per family; one spaCy pattern per line, loaded and validated by `kg/patterns.py` (see its docstring
for the format and for overlays with `kg build --resources DIR`). Every id is listed here, or its family is marked
generated (a test checks it). Regenerate this file with `python tools/pattern_docs.py`. Where a pattern expects a
set of words (`IN`, `NOT_IN`), `"@name"` names the word list `name` of `../wordlists.tsv` instead of copying it.

- Every family but the PLOVER ones holds the relation rules' marks: `kg/extract/rulematch.py` runs them once per
  document and marks the first token of each match (a dependency pattern: its anchor) with the pattern's `mark`.
  `markers`: negation, future/intention, conditional, phone and video words, "called on X to …"; `structure`:
  partner and place prepositions, back-references to a named event, relative clauses, "on the margins", former
  holders, role determiners, title leads, predicates and appositions, rank prefixes; `rolestatus`: former, acting,
  elect and party posts; `meetings`: everyday "met", debates and tickets, rosters, delegations; `topics`: fixed
  phrases and case names that are no topics.
- `plover.jsonl` (hand-written) and `plover_cameo.jsonl` (generated) are the PLOVER event triggers and their
  modality markers, run by `kg/extract/plover_match.py`; each trigger names its `plover` type, `cameo` code and `mode`.
"""


def render() -> str:
    """The README's text, from the pattern files as they are."""
    out = [INTRO]
    for path in sorted(PATTERNS.glob("*.jsonl")):
        family = path.stem
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if family in GENERATED:
            out += [f"## {family}", "", f"Generated family: `{family}` ({len(rows)} patterns), {GENERATED[family]}.", ""]
            continue
        out += [f"## {family}", "", "| id | kind | mark or type | what it finds |", "|---|---|---|---|"]
        for r in rows:
            what = r.get("mark") or r.get("plover") or r["id"]
            out.append(f"| `{r['id']}` | {r['kind']} | {what} | {r['comment'].replace('|', '/')} |")
        out.append("")
    return "\n".join(out)


def main() -> None:
    (PATTERNS / "README.md").write_text(render(), encoding="utf-8")


if __name__ == "__main__":
    main()

"""Build kg's topic-domain lexicons from the Phoenix issue dictionary (MIT) and kg's own cues.

    python tools/build_topic_domains.py [--issues ../shared/event-dictionaries/petrarch2-Phoenix.IssueCoding.txt]

Writes ``kg/resources/policy_domains.tsv`` (the Comparative Agendas Project major topics: the policy-domain
scheme, from ``tools/topic_domains/cap_topics.tsv``) and ``kg/resources/topic_domains.tsv`` (cue words →
domain; the id is the cue): every phrase of an issue category of the Phoenix dictionary, its category mapped to a CAP major topic
by ``tools/topic_domains/phoenix_to_cap.tsv``, then kg's own cues (``tools/topic_domains/extra_cues.tsv``),
which win over a Phoenix row for the same cue. Phoenix's markup is dropped: ``n:``/``v:`` part-of-speech
marks, ``+`` joins (a space), ``~`` exclusions (skipped) and the ``[CODE]`` sub-codes.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "tools" / "topic_domains"
ISSUES = ROOT.parent / "shared" / "event-dictionaries" / "petrarch2-Phoenix.IssueCoding.txt"
OUT = ROOT / "kg" / "resources"


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def phoenix_cues(text: str) -> list[tuple[str, str]]:
    """(cue, Phoenix category) for every phrase line of the issue dictionary."""
    out, category = [], None
    for line in text.splitlines():
        line = line.strip()
        start = re.match(r'<ISSUE CATEGORY="([^"]+)"', line)
        if start:
            category = start.group(1)
        elif line.startswith("</ISSUE"):
            category = None
        elif category and line and not line.startswith(("~", "#", "<")):
            phrase = re.sub(r"\[[^\]]*\]", "", line)
            phrase = re.sub(r"\b[a-z]:", "", phrase).replace("+", " ").replace("†", " ")
            phrase = re.sub(r"\s+", " ", phrase).strip().lower()
            if phrase:
                out.append((phrase, category))
    return out


def build(issues: Path) -> tuple[list[dict], list[dict]]:
    domains = read_tsv(HERE / "cap_topics.tsv")
    known = {d["id"] for d in domains}
    mapping = {r["category"]: r["domain"] for r in read_tsv(HERE / "phoenix_to_cap.tsv")}
    rows: dict[str, dict] = {}
    for cue, category in phoenix_cues(issues.read_text(encoding="utf-8")):
        domain = mapping.get(category)
        if domain is None:
            raise SystemExit(f"phoenix_to_cap.tsv: no domain for Phoenix category {category}")
        rows.setdefault(cue, {"id": cue, "cue": cue, "domain": domain, "source": f"phoenix:{category}"})
    for r in read_tsv(HERE / "extra_cues.tsv"):
        rows[r["cue"]] = {"id": r["cue"], "cue": r["cue"], "domain": r["domain"], "source": "kg"}
    bad = sorted({r["domain"] for r in rows.values()} - known)
    if bad:
        raise SystemExit(f"unknown domains: {bad}")
    return domains, sorted(rows.values(), key=lambda r: r["cue"])


def write_tsv(path: Path, rows: list[dict], columns: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, columns, delimiter="\t", lineterminator="\n", extrasaction="ignore")
        w.writeheader()
        w.writerows(rows)


def main(argv=None) -> None:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--issues", type=Path, default=ISSUES)
    p.add_argument("--out", type=Path, default=OUT)
    args = p.parse_args(argv)
    domains, cues = build(args.issues)
    write_tsv(args.out / "policy_domains.tsv", domains, ["id", "code", "label"])
    write_tsv(args.out / "topic_domains.tsv", cues, ["id", "cue", "domain", "source"])
    print(f"{len(domains)} domains, {len(cues)} cues -> {args.out}")


if __name__ == "__main__":
    main()

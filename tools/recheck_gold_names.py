"""Re-check gold role names against the guide's "full name as best known from text".

Where an article (title or text) writes a fuller form of a gold person's name than the gold label (more words,
the same first name or its common short form, the same surname: "Joseph R. Biden, Jr." for "Joe Biden"), print
the change, and with ``--apply`` rewrite that label in place (only the ``"person"`` value changes; the rest of the
file keeps its layout). Prints person labels only, so it can be run on blind sets without showing their facts.

Usage: python tools/recheck_gold_names.py [--apply] [--input CORPUS.jsonl ...] GOLD_DIR ...
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

_SHORT = {"joe": "joseph", "bill": "william", "bob": "robert", "jim": "james", "mike": "michael",
          "tony": "anthony", "tom": "thomas"}
_WORD = r"(?:[A-Z]\.|[A-Z][\w'’-]*)"
_SUFFIX = ("jr", "sr", "ii", "iii")


def _fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower().rstrip(".")


def fuller(text: str, person: str) -> str | None:
    """The fullest form of ``person`` that ``text`` writes with more words, or None.

    >>> fuller("President Joseph R. Biden, Jr. spoke with ...", "Joe Biden")
    'Joseph R. Biden, Jr.'
    >>> fuller("First Lady Laura Bush and Vice Admiral Vivek H. Murthy", "Laura Bush") is None
    True
    >>> fuller("Biden said", "Joe Biden") is None
    True
    """
    toks = person.split()
    if len(toks) < 2 or _fold(toks[-1]) in _SUFFIX:
        return None
    first = _fold(toks[0])
    pattern = r"((?:%s\s+){1,4}%s(?:,?\s+(?:Jr|Sr)\b\.?)?)(?![\w'’-])" % (_WORD, re.escape(toks[-1]))
    best = None
    for m in re.finditer(pattern, text):
        words = m.group(1).split()
        while words and _fold(words[0].rstrip(",")) not in (first, _SHORT.get(first)):
            words = words[1:]
        if len(words) > len(toks) and (best is None or len(words) > len(best.split())):
            best = " ".join(words)
    return best


def recheck(folder: Path, texts: dict[str, str], apply: bool) -> int:
    changed = 0
    for path in sorted(folder.glob("*.json")):
        original = src = path.read_text(encoding="utf-8")
        gold = json.loads(original)
        for role in gold.get("roles", []):
            new = fuller(texts.get(gold["article"], ""), role["person"])
            if not new or new == role["person"]:
                continue
            print(f"{folder.name}\t{role['person']}\t->\t{new}")
            old = r'("person":\s*)' + re.escape(json.dumps(role["person"], ensure_ascii=False))
            label = json.dumps(new, ensure_ascii=False)
            src = re.sub(old, lambda m, label=label: m.group(1) + label, src, count=1)
            role["person"] = new
            changed += 1
        if apply and src != original and json.loads(src).get("roles") == gold.get("roles"):
            path.write_text(src, encoding="utf-8")
    return changed


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--apply", action="store_true")
    ap.add_argument("--input", action="append", type=Path)
    ap.add_argument("folders", nargs="+", type=Path)
    args = ap.parse_args(argv)
    inputs = args.input or [Path("../shared/corpus/news.jsonl"), Path("../shared/corpus/news2.jsonl")]
    texts = {}
    for corpus in inputs:
        for line in corpus.open(encoding="utf-8"):
            d = json.loads(line)
            texts[d["id"]] = f"{d.get('title') or ''}\n{d['text']}"
    for folder in args.folders:
        print(f"# {folder}: {recheck(folder, texts, args.apply)}", file=sys.stderr)


if __name__ == "__main__":
    main()

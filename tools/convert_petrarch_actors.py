"""Dev-time converter: PETRARCH2's dated actor dictionaries → ``kg/resources/actors_petrarch.jsonl.gz``.

Run from the repository root with the project venv::

    .venv/bin/python tools/convert_petrarch_actors.py [--source ../shared/event-dictionaries] [--since 2000-01-01]

Sources (MIT, © 2014 Open Event Data Alliance; see README "Data and licences"):
``petrarch2-Phoenix.Countries.actors.txt`` and ``petrarch2-Phoenix.International.actors.txt``. Their format: an
entry starts with a name (words joined by ``_``), ``+`` lines are aliases, and indented ``[CODE YYMMDD-YYMMDD]``
lines are dated roles (``>YYMMDD``: from that day on, closed here at the end of 2017, when the source was last
updated; ``<YYMMDD``: until it). A code is a country (ISO alpha-3) or
``IGO`` + an organisation, then a sector (``GOV`` government, ``ELI`` elite, ``MIL`` …) and sub-sectors.

What is kept: persons with at least one dated government post (``GOV`` and its sub-sectors, legislators
included, party posts not) or a dated post in an international organisation kg knows, that runs on or after
``--since``. The source names no title, so a kept term has ``"role": null`` (an office whose title is unknown: kg uses it to
recognise and disambiguate the person, and for the country of their posts, never as a role fact) and its source
``code``; only where the entry's own phrases carry exactly one government title ("PRESIDENT_KARZAI_",
"SECRETARY_OF_STATE_HILLARY_CLINTON") does the latest government term get that title as its role. Names and aliases lose leading titles, honorifics and country words ("US_PRESIDENT_GEORGE_W._BUSH" →
"George W. Bush"); one-word names are not kept as aliases. No QID is given: the source has none, and none is better
than a wrong one. A person already in ``kg/resources/actors.jsonl`` (same name words as one of its names or
aliases) is left out, so the shipped dictionary and this file never duplicate an entry. Every entry names its
``source`` (file and line).
"""

from __future__ import annotations

import argparse
import gzip
import datetime as dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg import lexicon  # noqa: E402
from kg.actors import name_tokens  # noqa: E402

OUT = ROOT / "kg" / "resources" / "actors_petrarch.jsonl.gz"
FILES = ("petrarch2-Phoenix.Countries.actors.txt", "petrarch2-Phoenix.International.actors.txt")
SKIP_SUBSECTORS = ("PTY",)  # party posts are not offices the guide lists (national legislators are)
SPECIAL_COUNTRIES = {"KSV": "XK"}
SOURCE_END = dt.date(2017, 12, 31)  # the dictionaries were last updated in 2017: open terms end there
NAME_TITLES = ("sultan", "amir", "emir", "sheikh", "shaikh", "prince", "malik")  # titles that are also given names
RANK = ("head", "org-head", "royal", "minister", "deputy", "advisor", "envoy", "military", "subnational")
SKIP_KINDS = ("generic", "legislator", "cleric", "nonpolitical")  # titles that do not name a government post
# IGO codes → kg's organisation codes (kg/resources/organisations.tsv). Not IGOEUREEC: it marks national ministers
# during their country's EU Council presidency as much as EU officials.
IGO = {"IGOUNOHLHWHO": "WHO", "IGOUNODEVWBK": "WB", "IGOUNOKID": "UNICEF", "IGOUNOIAE": "IAEA",
       "IGOUNOREFHCR": "UNHCR", "IGOUNOLABILO": "ILO", "IGOUNODEV": "UNDP", "IGOUNO": "UN",
       "IGOWSTNAT": "NATO", "IGOBUSOPC": "OPEC", "IGOSEAASN": "ASEAN", "IGOAFRAFU": "AFU", "IGOEURCOE": "COE",
       "IGOMEAARL": "LAS", "IGOBUSIMF": "IMF", "IGOBUSWTO": "WTO", "IGOWAFWAS": "ECOWAS", "IGOOAS": "OAS",
       "IGOJUDICC": "ICC", "IGOUNOJUDICJ": "ICJ", "IGOUNOWFP": "WFP", "IGOUNOWBK": "WB", "IGOASADEVADB": "ADB"}
_CODE = re.compile(r"\[([A-Z]{3,})\s*([^\]]*)\]")


def parse_date(text: str, end: bool = False) -> dt.date | None:
    """``YYMMDD`` (years up to 20 are 20xx) or ``YYYYMMDD``; a bad day is moved to the month's last valid one.

    >>> parse_date("090120"), parse_date("011222"), parse_date("19270101"), parse_date("090231")
    (datetime.date(2009, 1, 20), datetime.date(2001, 12, 22), datetime.date(1927, 1, 1), datetime.date(2009, 2, 28))
    """
    text = text.strip()
    if not re.fullmatch(r"\d{6}|\d{8}", text):
        return None
    if len(text) == 6:
        yy = int(text[:2])
        text = f"{2000 + yy if yy <= 20 else 1900 + yy}{text[2:]}"
    year, month, day = int(text[:4]), max(1, min(12, int(text[4:6]))), max(1, int(text[6:]))
    for d in range(min(day, 31), 0, -1):
        try:
            return dt.date(year, month, d)
        except ValueError:
            continue
    return None


def parse_range(text: str) -> tuple[dt.date | None, dt.date | None] | None:
    """``(start, end)`` of a role's date text, or None when undated or unreadable."""
    text = text.split("#")[0].replace(" ", "")
    if text.startswith(">"):
        start = parse_date(text[1:])
        return (start, None) if start else None
    if text.startswith("<"):
        end = parse_date(text[1:])
        return (None, end) if end else None
    if "-" in text:
        start, end = (parse_date(p) for p in text.split("-", 1))
        return (start, end) if start and end else None
    return None


def post(code: str) -> str | None:
    """The kg country or organisation code of a government or IGO code, or None for other sectors."""
    if code.startswith("IGO"):
        return next((org for prefix, org in IGO.items() if code == prefix), None)
    if code[3:6] != "GOV" or code[6:9] in SKIP_SUBSECTORS:
        return None
    if code[:3] in SPECIAL_COUNTRIES:
        return SPECIAL_COUNTRIES[code[:3]]
    import pycountry
    found = pycountry.countries.get(alpha_3=code[:3])
    return found.alpha_2 if found else None


def clean_name(raw: str, whole: bool = False) -> str | None:
    """A person's name from a dictionary phrase: titles, honorifics and country words cut from the front; with
    ``whole``, a phrase that would keep one word only is taken whole (an entry's own name: "AMIR_PERETZ").

    >>> clean_name("US_PRESIDENT_GEORGE_W._BUSH"), clean_name("SECRETARY-GENERAL_BAN_KI-MOON")
    ('George W. Bush', 'Ban Ki-Moon')
    >>> clean_name("PRESIDENT_KARZAI_") is None, clean_name("AMIR_PERETZ_", whole=True)
    (True, 'Amir Peretz')
    """
    words = full = [w for w in re.split(r"[_\s]+", raw.strip().strip("+")) if w]
    while words:
        k = _lead(words)
        if not k:
            break
        words = words[k:]
    if whole and len(words) < 2:
        words = full
    if len(words) < 2 or any(not re.fullmatch(r"[A-Za-z][A-Za-z.'-]*", w) for w in words):
        return None
    particles = lexicon.words("name-particles")
    out = [w.lower() if i and w.lower() in particles else _cap(w) for i, w in enumerate(words)]
    name = " ".join(out)
    orgs = lexicon.simple_table("org_words.tsv", "word")
    if lexicon.lookup_polity(name) or any(lexicon.fold(w) in orgs for w in out):
        return None
    return name


def lead_titles(raw: str) -> set[str]:
    """The roles of the titles cut from the front of a dictionary phrase ("PRIME_MINISTER_TONY_BLAIR" → Prime
    Minister); generic, legislative and non-political titles and bare military ranks (``rank-titles``) are not kept.

    >>> sorted(lead_titles("US_PRESIDENT_GEORGE_W._BUSH")), sorted(lead_titles("SENATOR_OBAMA"))
    (['President'], [])
    """
    words = [w for w in re.split(r"[_\s]+", raw.strip().strip("+")) if w]
    found = set()
    while words:
        k = _lead(words)
        if not k:
            break
        title = lexicon.title_index().get(lexicon.fold(" ".join(words[:k]).replace("-", " ").replace(".", "")))
        if title and title.kind not in SKIP_KINDS and title.role not in lexicon.words("rank-titles"):
            found.add(title.role)  # a bare military rank is a style, no post: "COLONEL_MUAMMAR_QADDAFI"
        words = words[k:]
    return found


def _cap(word: str) -> str:
    word = word.title()
    return "Mc" + word[2:].title() if word.startswith("Mc") and len(word) > 2 else word


def _lead(words: list[str]) -> int:
    """How many leading words are a title, an honorific or a country word (0 when none); a word that is as often a
    given name ("SULTAN_BIN_ZAYID", "AMIR_PERETZ") is kept."""
    if lexicon.fold(words[0]) in NAME_TITLES:
        return 0
    for k in range(min(5, len(words) - 1), 0, -1):
        phrase = lexicon.fold(" ".join(words[:k]).replace("-", " ").replace(".", ""))
        if phrase in lexicon.title_index() or lexicon.lookup_polity(" ".join(words[:k])) or \
                (k == 1 and (phrase in lexicon.words("honorifics") or phrase in ("secretary general", "un", "us"))):
            return k
    return 0


def read_entries(path: Path) -> list[dict]:
    """Raw entries: name, aliases, (code, date text) list and the line the entry starts on."""
    entries: list[dict] = []
    for n, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        body = line.split("#")[0]
        if not body.strip():
            continue
        codes = _CODE.findall(body)
        head = _CODE.sub("", body).strip()
        if line[:1] not in (" ", "\t", "+") and head:
            entries.append({"name": head, "aliases": [], "codes": [], "line": n})
        elif line.startswith("+") and entries and head:
            entries[-1]["aliases"].append(head)
        if entries:
            entries[-1]["codes"] += codes
    return entries


def convert(entry: dict, source: str, since: dt.date) -> dict | None:
    """One kg actor from a raw entry, or None when it holds no dated office on or after ``since``."""
    roles = []
    for code, dates in entry["codes"]:
        where, span = post(code), parse_range(dates)
        if where is None or span is None or (span[1] is not None and span[1] < since):
            continue
        end = span[1] or SOURCE_END  # still open when the source was last updated: no later knowledge
        roles.append({"role": None, "country": where, "start": span[0] and span[0].isoformat(),
                      "end": end.isoformat(), "code": code})
    main = clean_name(entry["name"])
    whole = None if main else clean_name(entry["name"], whole=True)  # "AMIR_PERETZ": a given name, not a title
    name = main or whole or next(filter(None, map(clean_name, entry["aliases"])), None)
    if not roles or name is None:
        return None
    _title_latest(roles, set().union(*map(lead_titles, ([] if whole else [entry["name"]]) + entry["aliases"])))
    aliases = sorted({a for a in map(clean_name, entry["aliases"]) if a and a != name})
    slug = "-".join(name_tokens(name))
    return {"id": f"petrarch-{slug}", "name": name, "qid": None, "aliases": aliases, "roles": roles,
            "source": f"{source}:{entry['line']}"}


def _title_latest(roles: list[dict], titles: set[str]) -> None:
    """The highest title in the entry's phrases ("PRESIDENT_KARZAI"; a head's title over a governor's, see
    ``RANK``) names its latest government post; nothing is guessed when there is none or two of that rank."""
    gov = [r for r in roles if not r["code"].startswith("IGO")]
    kinds = {t.role: t.kind for t in lexicon.titles()}
    top = min((RANK.index(kinds.get(t, "")) if kinds.get(t) in RANK else len(RANK) for t in titles), default=None)
    titles = {t for t in titles if (RANK.index(kinds[t]) if kinds.get(t) in RANK else len(RANK)) == top}
    if len(titles) == 1 and gov:
        max(gov, key=lambda r: r["start"] or "")["role"] = titles.pop()


def _merge(prev: dict, actor: dict) -> None:
    prev["roles"] += [r for r in actor["roles"] if r not in prev["roles"]]
    prev["aliases"] = sorted((set(prev["aliases"]) | set(actor["aliases"]) | {actor["name"]}) - {prev["name"]})
    prev["source"] += f" {actor['source']}"


def known_names(path: Path) -> set[tuple[str, ...]]:
    out = set()
    for obj in lexicon.read_jsonl(path):
        out.update(name_tokens(n) for n in (obj["name"], *obj.get("aliases", [])))
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--source", type=Path, default=ROOT.parent / "shared" / "event-dictionaries")
    ap.add_argument("--since", default="2000-01-01")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    since = dt.date.fromisoformat(args.since)
    known = known_names(lexicon.resource_path("actors.jsonl"))
    out: dict[str, dict] = {}
    by_name: dict[tuple[str, ...], str] = {}  # name words → id of the entry that has them
    skipped = 0
    for fname in FILES:
        for entry in read_entries(args.source / fname):
            actor = convert(entry, f"petrarch2/{fname}", since)
            if actor is None:
                continue
            keys = [name_tokens(n) for n in (actor["name"], *actor["aliases"])]
            if any(k in known for k in keys):
                skipped += 1
                continue
            same = next((by_name[k] for k in keys if k in by_name), None)
            if same is not None:  # the same person twice in the source: one entry, all roles and aliases
                _merge(out[same], actor)
                keys = [name_tokens(n) for n in (out[same]["name"], *out[same]["aliases"])]
            else:
                out[actor["id"]] = actor
            by_name.update((k, same or actor["id"]) for k in keys)
    opener = gzip.open if args.out.suffix == ".gz" else open
    with opener(args.out, "wt", encoding="utf-8") as f:
        for actor in sorted(out.values(), key=lambda a: a["id"]):
            f.write(json.dumps(actor, ensure_ascii=False) + "\n")
    print(f"{len(out)} actors written to {args.out} ({skipped} already in actors.jsonl left out)")


if __name__ == "__main__":
    main()

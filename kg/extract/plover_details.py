"""Details of a PLOVER event that its sentence gives: the numbers killed, injured, arrested or protesting
(``count_heads.tsv``, ``number_words.tsv``) and the mode a cue word of the trigger's clause names
(``plover_modes.tsv``: "killed in an air strike" → ASSAULT aerial)."""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.plover_modality import own_clause


def counts(sent: Span) -> tuple[tuple[str, int], ...]:
    """Numbers killed, injured, arrested or protesting in a sentence."""
    out: dict[str, int] = {}
    for tok in sent:
        if not tok.like_num or tok.ent_type_ in ("DATE", "TIME", "MONEY", "PERCENT", "ORDINAL"):
            continue
        value = number(tok)
        kind = _count_kind(tok)
        if value and kind:
            out.setdefault(kind, value)
    return tuple(out.items())


def _count_kind(num: Token) -> str | None:
    noun = num.head if num.dep_ in ("nummod", "quantmod") else num
    if noun.dep_ in ("nummod", "quantmod"):
        noun = noun.head
    for cand in (noun.head, *noun.children, *(g for c in noun.children for g in c.children), noun):
        kind = lexicon.simple_table("count_heads.tsv", "lemma").get(cand.lemma_.lower(), {}).get("count")
        if kind and (cand.i != noun.i or kind == "protesting"):
            return kind
    return None


@lru_cache(maxsize=1)
def mode_cues() -> dict[tuple[str, str], str]:
    """(PLOVER type, cue lemma) → mode (``plover_modes.tsv``): "airstrike" → ASSAULT aerial, "riot" → PROTEST riot."""
    rows = lexicon.read_tsv(lexicon.resource_path("plover_modes.tsv"), ("id", "type", "cue", "mode"))
    return {(r["type"], r["cue"]): r["mode"] for r in rows}


def cued_mode(tok: Token, kind: str) -> str | None:
    """The mode a word of the trigger's own clause gives ("killed in an air strike" → aerial), the trigger's own
    word first ("riots" → riot)."""
    cues = mode_cues()
    for t in [tok, *own_clause(tok)]:
        found = cues.get((kind, t.lemma_.lower()))
        if found:
            return found
    return None


def number(tok: Token) -> int | None:
    """12, "1,200", "twelve" → an int (None for "dozens", "thousands").

    >>> import spacy; doc = spacy.blank("en")("1,200 twelve dozens")
    >>> number(doc[0]), number(doc[1]), number(doc[2])
    (1200, 12, None)
    """
    text = tok.text.replace(",", "")
    if text.isdigit():
        return int(text)
    row = lexicon.simple_table("number_words.tsv", "word").get(tok.lower_)
    return int(row["value"]) if row else None

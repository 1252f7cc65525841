"""speaker – said – quote.

Quotations are found in the text (curly or straight double quotes). The speaker is the subject of the
nearest speech verb (``speech_verbs.tsv``) outside any quotation in the quote's sentences ("…,” he
said", "said Mr. Biden", "X said: “…”", "saying …“…”"); a pronoun goes to the last person mentioned.
Split quotations ("“We will not back down,” she said, “whatever it costs.”") are joined. Short quotes
(scare quotes under five words) are kept only when a speech verb attributes them directly.
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.context import Context
from kg.model import QuoteFact

QUOTE = re.compile(r"“([^“”]{2,}?)”|\"([^\"]{2,}?)\"")
MIN_WORDS = 5
ADJACENT = 4  # tokens between a quote and a directly attributing verb


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotation contents.

    >>> quote_spans('He said “We are ready,” and left.')
    [(9, 22)]
    """
    return [(m.start(1) if m.group(1) is not None else m.start(2), m.end(1) if m.group(1) is not None else m.end(2))
            for m in QUOTE.finditer(text)]


def _speech_verbs(doc_span: Span, inside) -> list[Token]:
    verbs = lexicon.simple_table("speech_verbs.tsv", "lemma")
    return [t for t in doc_span if t.lemma_.lower() in verbs and t.pos_ == "VERB" and not inside(t.idx)]


def _speaker(ctx: Context, verb: Token) -> list[int]:
    node = verb
    for _ in range(3):
        subj = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        subj += [p for c in node.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        found = [ctx.persons_of(s) for s in subj]
        if any(found):
            return next(f for f in found if f)
        if subj:
            return []
        if node.dep_ not in ("advcl", "xcomp", "conj", "ccomp", "acl") or node.head.i == node.i:
            return []
        node = node.head
    return []


def _window(ctx: Context, start: int, end: int) -> Span:
    doc = ctx.doc
    first = doc.char_span(start, end, alignment_mode="expand")
    if first is None:
        return doc[0:0]
    s, e = first[0].sent.start, first[-1].sent.end
    return doc[s:e]


def find_quotes(ctx: Context) -> list[QuoteFact]:
    text = ctx.doc.text
    spans = quote_spans(text)

    def inside(idx: int) -> bool:
        return any(a - 1 <= idx < b + 1 for a, b in spans)

    out: list[QuoteFact] = []
    pending: tuple | None = None  # a previous quote waiting for a continuation in the same sentence
    for a, b in spans:
        window = _window(ctx, a, b)
        verbs = _speech_verbs(window, inside)
        speaker, direct = _attribute(ctx, verbs, a, b)
        quote = re.sub(r"\s+", " ", text[a:b]).strip(" ,")
        if pending and _continues(ctx, pending, a) and (speaker is None or speaker == pending[0]):
            out[-1] = _joined(out[-1], quote, b)
            pending = None
            continue
        if speaker is None and pending and _same_paragraph(text, pending[1], a) and len(quote.split()) >= MIN_WORDS:
            speaker, direct = pending[0], False  # an unattributed quote right after another: same speaker
        if speaker is None or (len(quote.split()) < MIN_WORDS and not direct):
            pending = None
            continue
        ev = replace(ctx.evidence(window.start, window.end, ""), start=a, end=b,
                     rule="quote:direct" if direct else "quote:speech-verb")
        out.append(QuoteFact(ctx.person(speaker), quote, ev))
        pending = (speaker, b, window.end)
    return out


def _attribute(ctx: Context, verbs: list[Token], a: int, b: int) -> tuple[int | None, bool]:
    """The speaker of the quote at [a, b) and whether the verb is right next to it."""
    best = None
    for verb in sorted(verbs, key=lambda v: min(abs(v.idx - b), abs(v.idx - a))):
        found = _speaker(ctx, verb)
        if len(found) == 1:
            best = (found[0], _directly_after(ctx, verb, a, b))
            break
    return best if best else (None, False)


def _directly_after(ctx: Context, verb: Token, a: int, b: int) -> bool:
    """'“…,” he said', '“…,” said X', 'X said on Friday: “…”': little but the subject or a time between."""
    lo, hi = (b, verb.idx) if verb.idx >= b else (verb.idx + len(verb.text), a)
    between = [t for t in ctx.doc if lo <= t.idx < hi and not t.is_punct]
    return len(between) <= ADJACENT and not any(t.pos_ in ("CCONJ", "VERB", "SCONJ") for t in between)


def _continues(ctx: Context, pending: tuple, a: int) -> bool:
    _, prev_end, _window_end = pending
    between = ctx.doc.text[prev_end:a]
    return len(between.split()) <= 8 and "\n" not in between and not re.search(r"[.!?]\s*$", between.strip("“”\" "))


def _same_paragraph(text: str, prev_end: int, a: int) -> bool:
    between = text[prev_end:a]
    return "\n" not in between and len(between) < 120 and not QUOTE.search(between)


def _joined(fact: QuoteFact, more: str, end: int) -> QuoteFact:
    return QuoteFact(fact.speaker, f"{fact.text} {more}", replace(fact.evidence, end=end, rule="quote:split"))

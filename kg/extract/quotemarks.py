"""Quotation marks → the character spans of quotations.

Curly and straight double quotes, mixed pairs (“…") and a misused closing mark (”…”) are tolerated; quotations
in single marks outside them (British style) are found by :func:`single_quotes` for :func:`scan_all_quotes`.
Marks are paired paragraph by paragraph, so one stray mark never shifts every later pair; a quotation
left open at a paragraph end that the next paragraph reopens runs on (the newswire convention for a
quotation of several paragraphs), and so does one whose closing mark comes a paragraph or two later, the opening
marks of the paragraphs between left out (a common slip). A quotation never closed ends with its paragraph, or
where a straight mark that opens one (``_opening``) starts the next: `"One. "Two," said X.` holds two.
"""

from __future__ import annotations

import re

OPEN, CLOSE, STRAIGHT = "“", "”", '"'
# Quote marks are paired on characters across a paragraph (a quotation spans sentences and tokens):
MARKS = re.compile(r"[“”\"]")
PARAGRAPH = re.compile(r"\n[ \t]*\n")
CARRY = 2  # paragraphs without a mark that a quotation left open may run on through
# single marks (British style): an opening mark before a word's first letter, a closing one after a word or
# punctuation and before no letter or digit; an apostrophe inside a word ("don't", "’90s") is neither
SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[—]))[‘'](?=[^\W\d_])")
SINGLE_CLOSE = re.compile(r"(?<=[^\s‘'])[’'](?![^\W_])")
SINGLE_WORDS = 80  # longest quotation in single marks


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of quotation contents.

    >>> quote_spans('He said “We are ready,” and left.')
    [(9, 22)]
    >>> quote_spans('“First part\\n\\n“Second part.”')
    [(1, 11), (14, 26)]
    """
    return [(a, b) for a, b, _ in scan_quotes(text)]


def scan_quotes(text: str) -> list[tuple[int, int, bool]]:
    """(start, end, runs_on) of every quotation; pairs never cross a paragraph boundary.

    A quotation left open at a paragraph end that the next paragraph does not reopen runs on when a later paragraph
    (at most ``CARRY`` paragraphs on, those between holding no mark) opens without a mark and first has a closing
    one ("“We are ready.\\n\\nThe rest waits,” he said."): each paragraph is a part of that quotation.

    >>> t = '“One.\\n\\nTwo.\\n\\nThree,” he said.'
    >>> [t[a:b] for a, b, _ in scan_quotes(t)]
    ['One.', 'Two.', 'Three,']
    """
    out: list[tuple[int, int, bool]] = []
    start = 0
    carry: list[tuple[int, int]] = []
    for brk in [*PARAGRAPH.finditer(text), None]:
        end = brk.start() if brk else len(text)
        first = MARKS.search(text, start, end)
        pair_from = start
        if carry and first is not None and _closing(text, first.start(), start, end):
            out.extend((a, b, True) for a, b in carry)
            out.append((start, first.start(), False))
            pair_from, carry = first.end(), []
        if carry and first is None and len(carry) <= CARRY:
            carry.append((start, len(text[:end].rstrip())))
            start = brk.end() if brk else end
            continue
        if carry:
            out.extend(_unclosed(text, carry))
        carry = []
        opened = _pair_marks(text, pair_from, end, out)
        rest = text[brk.end():].lstrip() if brk else ""
        if opened is not None and len(text[opened:end].strip()) >= 2:
            if rest[:1] in (OPEN, STRAIGHT):
                out.append((opened, len(text[:end].rstrip()), True))  # "“…\n\n“…”": the quote runs on
            else:
                carry = [(opened, len(text[:end].rstrip()))]
        start = brk.end() if brk else end
    return out + _unclosed(text, carry) if carry else out


def scan_all_quotes(text: str, body: int = 0) -> list[tuple[int, int, bool]]:
    """:func:`scan_quotes` and the quotations in single marks outside them (:func:`single_quotes`) from ``body`` on
    (not in a headline, where single marks abridge or paraphrase: "X calls Y 'a disgrace'"), in text order."""
    spans = scan_quotes(text)
    singles = single_quotes(text, [(a, b) for a, b, _ in spans])
    return sorted(spans + [(a, b, False) for a, b in singles if a >= body])


def single_quotes(text: str, doubles: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Quotations in single marks (‘…’, '…'), each within one paragraph, outside the double quotations and holding
    no double mark; a possessive ("the leaders' plan") can end one early, never start one.

    >>> t = "Mr Lund called it ‘a plan that cannot work’, and 'we don't want it,' he said."
    >>> [t[a:b] for a, b in single_quotes(t, [])]
    ['a plan that cannot work', "we don't want it,"]
    >>> single_quotes("He said “it is ‘fine’ here” today.", [(9, 25)])
    []
    """
    out: list[tuple[int, int]] = []
    for m in SINGLE_OPEN.finditer(text):
        a = m.end()
        if out and a < out[-1][1] or any(x - 1 <= m.start() < y + 1 for x, y in doubles):
            continue
        close = SINGLE_CLOSE.search(text, a)
        if close is None:
            break
        inner = text[a:close.start()]
        if "\n" not in inner and not MARKS.search(inner) and len(inner.split()) <= SINGLE_WORDS:
            out.append((a, close.start()))
    return out


def _closing(text: str, i: int, start: int, end: int) -> bool:
    """The mark at ``i`` closes a quotation: ” or a straight mark after a word or punctuation, not before a word."""
    return not (text[i] == OPEN or i == start or text[i - 1].isspace() or text[i + 1:i + 2].isalnum())


def _pair_marks(text: str, start: int, end: int, out: list) -> int | None:
    """Pair the quotation marks of one paragraph; returns where a still-open quotation starts."""
    opened: tuple[int, str] | None = None
    for m in MARKS.finditer(text, start, end):
        i, c = m.start(), m.group()
        if opened is None:
            if c != CLOSE or text[i + 1:i + 2].isalpha():  # a misused ”, as in ”junk fees”
                opened = (i + 1, c)
        elif c == OPEN or c == STRAIGHT == opened[1] and _opening(text, i, start, end):
            _close_at(text, opened[0], len(text[:i].rstrip()), out)  # “One. “Two,” said X.: one never closed
            opened = (i + 1, c)
        elif c == CLOSE or opened[1] != OPEN or _closes_curly(text, i, end):  # straight quotes inside “…” nest
            _close_at(text, opened[0], i, out)
            opened = None
    return opened[0] if opened else None


def _close_at(text: str, a: int, b: int, out: list) -> None:
    if len(text[a:b].strip()) >= 2:
        out.append((a, b, False))


def _opening(text: str, i: int, start: int, end: int) -> bool:
    """A straight mark that opens a new quotation while one is open, rather than closing it: shaped as an opening
    mark (after a space, a mark or a bracket, before a letter or digit) and either after a sentence end ("… said
    Mr Hill. "Obviously …"), doubled (""However …") or in a paragraph whose marks cannot pair (an odd number).

    >>> t = '"We are ready. "We will win," he said.'
    >>> _opening(t, t.index(' "') + 1, 0, len(t)), _opening(t, t.index('," '), 0, len(t))
    (True, False)
    >>> t = 'The "Downing Street memo "is the subject of "a forum" today.'
    >>> _opening(t, t.index(' "is') + 1, 0, len(t))
    False
    """
    before = text[i - 1] if i > start else " "
    if not (before.isspace() or before in OPEN + STRAIGHT + "([") or not text[i + 1:i + 2].isalnum():
        return False
    return before in OPEN + STRAIGHT or text[start:i].rstrip().endswith((".", "!", "?", ":")) or \
        len(MARKS.findall(text, start, end)) % 2 == 1


def _unclosed(text: str, carry: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """A quotation never closed ends with its paragraph, when its mark opens one (before a word, not a space)."""
    a, b = carry[0]
    return [(a, b, False)] if not text[a:a + 1].isspace() else []


def _closes_curly(text: str, i: int, end: int) -> bool:
    """A straight mark inside “… closes it when no ” follows before the next “ (curly quotations do not nest):
    “I am innocent." He said “…” pairs the first “ with the straight mark.

    >>> t = '“We lost." Then he said “we will be back.”'
    >>> _closes_curly(t, t.index('"'), len(t)), _closes_curly('“a "b" c”', 3, 9)
    (True, False)
    """
    nxt = re.compile(r"[“”]").search(text, i + 1, end)
    return nxt is None or nxt.group() == OPEN


def group_runs(spans: list[tuple[int, int, bool]]) -> list[list[tuple[int, int]]]:
    """Quotations with their run-on continuations in the following paragraphs."""
    out: list[list[tuple[int, int]]] = []
    chained = False
    for a, b, runs_on in spans:
        if chained:
            out[-1].append((a, b))
        else:
            out.append([(a, b)])
        chained = runs_on
    return out


def continues(text: str, prev_end: int, a: int) -> bool:
    """A split quotation: a short attribution between two parts of one sentence ("“…,” she said, “…”"),
    not a new sentence after a quotation that ended one ("“….” He added, “…”").

    >>> t = "“We will not back down,” she said, “whatever it costs.”"
    >>> continues(t, t.index(",”") + 1, t.rindex("“") + 1)
    True
    >>> t = "“We will not back down.” She added, “Whatever it costs.”"
    >>> continues(t, t.index(".”") + 1, t.rindex("“") + 1)
    False
    """
    between = text[prev_end:a]
    ended = re.search(r"[.!?](\W*\])?$", text[max(0, prev_end - 4):prev_end].rstrip())
    return len(between.split()) <= 8 and "\n" not in between and not ended \
        and not re.search(r"[.!?;]", between.strip("“”\" "))

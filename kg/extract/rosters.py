"""Participant lists in readouts: "Participants included:" followed by list items, one person each.

A roster lead is a sentence ending in a colon with a ``roster-lead`` mark ("Participants included:", "The
following leaders attended:", "Attendees:"), or a heading line over a bulleted list ("Government Participants").
Its list runs from the colon over the same line ("…: A, President of X; B, Director of Y") and over the lines
after it that are list items: a line starting with a bullet (``list-bullet`` mark), a short line without a final
full stop ("A, Director, National Security Council"), or a sub-heading ending in a colon ("From the
Administration:"). Every person named in the list takes part in the
meeting the readout describes (:func:`kg.extract.events.meeting_drafts`).

A list item opens with the person's name, then titles and affiliations after commas: the name at the start of
an item is a person even where NER misses it (:func:`item_names`), and NER's "persons" in the rest of the item
("Founder", "Policy Advisor") are not.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.caches import per_doc
from kg.extract.names import is_honorific, not_name
from kg.extract.orgnames import org_word
from kg.extract.rulematch import rule_marks
from kg.extract.titles import title_at
from kg.lexicon import fold

_ITEM_ENDS = (",", ";", "(", ":", "–", "—")
MAX_ITEM_TOKENS = 40  # a longer line without a bullet is prose, not a list item


def rosters(doc: Doc) -> list[tuple[Span, int, int]]:
    """(lead sentence, first token, end token) of every roster in ``doc``, computed once per Doc."""
    return per_doc(doc, "kg_rosters", _find_rosters)


def _find_rosters(doc: Doc) -> list[tuple[Span, int, int]]:
    marks = rule_marks(doc)
    out: list[tuple[Span, int, int]] = []
    for i in marks.tokens.get("roster-lead", []):
        colon = next((t.i for t in doc[i:i + 4] if t.text == ":" or _line_break(t)), None)
        if colon is None or out and out[-1][2] > colon:
            continue
        out.append((doc[i].sent, colon + 1, _list_end(doc, colon + 1)))
    return out


def _line_break(tok: Token) -> bool:
    """The line break that ends a heading without a colon ("Participants" over a bulleted list)."""
    return tok.is_space and "\n" in tok.text


def _list_end(doc: Doc, start: int) -> int:
    """The end of the list that begins after a lead's colon: the rest of that line, and the list lines after it."""
    end = _line_end(doc, start)
    while end < len(doc):
        line_start = end
        while line_start < len(doc) and doc[line_start].is_space:
            line_start += 1
        line_end = _line_end(doc, line_start)
        if line_start >= len(doc) or not _list_line(doc, line_start, line_end):
            break
        end = line_end
    return end


def _line_end(doc: Doc, i: int) -> int:
    """The index of the first token at or after ``i`` that holds a line break (or the Doc's end)."""
    while i < len(doc) and "\n" not in doc[i].text:
        i += 1
    return i


def _list_line(doc: Doc, start: int, end: int) -> bool:
    """A bulleted line, a sub-heading ending in a colon, or a short line that is no sentence."""
    words = [t for t in doc[start:end] if not t.is_space]
    if not words:
        return False
    if _bullet(doc, start) or words[-1].text == ":":
        return True
    return len(words) <= MAX_ITEM_TOKENS and words[-1].text not in (".", "!", "?") and "," in (t.text for t in words)


def roster_at(doc: Doc, sent: Span) -> tuple[int, int] | None:
    """The list (first and end token) a roster lead sentence opens, or None."""
    return next(((s, e) for lead, s, e in rosters(doc) if lead.start == sent.start), None)


def item_starts(doc: Doc) -> list[int]:
    """First tokens of list items: after a bullet at a line start, and after the separators of a roster's list
    (semicolons, line breaks, and bullets inside a line: "• Mayor A, Boston • Mayor B, Denver")."""
    marks = rule_marks(doc)
    starts = [i + 2 for i in marks.tokens.get("list-bullet", [])]
    for _, s, e in rosters(doc):
        starts += [s] + [t.i + 1 for t in doc[s:e] if t.text == ";" or t.is_space and "\n" in t.text
                         or _inline_bullet(t)]
    return sorted({_skip_space(doc, i) for i in starts if i < len(doc)})


def _inline_bullet(tok: Token) -> bool:
    """A bullet that separates list items inside one line (``inline-bullets``: never a dash, which prose uses)."""
    return tok.text in lexicon.words("inline-bullets")


def _item_end(doc: Doc, i: int) -> int:
    """The end of the list item at ``i``: its line's end, or the next bullet inside the line."""
    end = _line_end(doc, i)
    return next((t.i for t in doc[i:end] if _inline_bullet(t)), end)


def _skip_space(doc: Doc, i: int) -> int:
    while i < len(doc) and (doc[i].is_space or _bullet(doc, i) or _inline_bullet(doc[i])):
        i += 1
    return i


def _bullet(doc: Doc, i: int) -> bool:
    """A bullet at a line start (the ``list-bullet`` mark is on the line break before it)."""
    return i > 0 and rule_marks(doc).has("list-bullet", i - 1)


def item_names(doc: Doc) -> list[Span]:
    """The person's name opening each list item: two to five name words before the item's first comma or
    bracket, honorifics cut ("Rev. Al Sharpton, Founder & President, …" gives "Al Sharpton"); in an item
    "Affiliation: Jane Doe", the name after the colon."""
    out = []
    for start in item_starts(doc):
        i = named = _after_affiliation(doc, start)
        while i < len(doc) and (is_honorific(doc[i]) or doc[i].lower_ == "and" or title_at(doc, i)):
            i = title_at(doc, i)[0] if title_at(doc, i) else i + 1  # type: ignore[index]
        end = i
        while end < len(doc) and (_name_word(doc, end) or _inner_hyphen(doc, end) or _inner_hyphen(doc, end - 1)):
            end += 1
        closed = end < len(doc) and doc[end].text in _ITEM_ENDS or _bare_name(doc, i, end) \
            or named > start and _line_ends(doc, end)  # "Affiliation: Jane Doe"
        shortest = 1 if i > named else 2  # "Prime Minister Sheikh Hasina, …": a titled surname alone
        if closed and shortest <= end - i <= 5 and not lexicon.lookup_polity(doc[i:end].text) \
                and fold(doc[i:end].text) not in lexicon.title_index():
            out.append(doc[i:end])
    return out


def _bare_name(doc: Doc, start: int, end: int) -> bool:
    """An item that is a name alone ("- Jane Doe"): the line ends after it and NER calls it a person, or it is
    two to four name words in a roster of names (:func:`_name_rosters`) where NER missed it."""
    if not (end > start and _line_ends(doc, end)):
        return False
    return all(t.ent_type_ == "PERSON" for t in doc[start:end]) or 2 <= end - start <= 4 and _in_name_roster(doc, start)


def _line_ends(doc: Doc, end: int) -> bool:
    return end == len(doc) or "\n" in doc[end].text or _inline_bullet(doc[end])


def _in_name_roster(doc: Doc, i: int) -> bool:
    return any(s <= i < e for s, e in per_doc(doc, "kg_name_rosters", _name_rosters))


def _name_rosters(doc: Doc) -> list[tuple[int, int]]:
    """Rosters of names: NER calls the first word of two items or more a person, and of fewer items anything else
    (an organisation, a place)."""
    out = []
    for _, s, e in rosters(doc):
        kinds = [doc[_after_affiliation(doc, i)].ent_type_ for i in item_starts(doc) if s <= i < e]
        persons = kinds.count("PERSON")
        if persons >= 2 and persons > sum(1 for k in kinds if k and k != "PERSON"):
            out.append((s, e))
    return out


def _after_affiliation(doc: Doc, start: int) -> int:
    """Where an item's name starts: after the colon of "Affiliation: Jane Doe" (or "…: Jane Doe, Chair") when two
    to five name words follow it up to the line's end or a comma, else at the item's start."""
    end = _line_end(doc, start)
    colon = next((t.i for t in doc[start:end] if t.text == ":"), None)
    if colon is None or colon == start or _person_before(doc, start, colon):
        return start  # "Jane Doe: Original Plaintiff": the name is before the colon
    j = colon + 1
    while j < end and (_name_word(doc, j) or _inner_hyphen(doc, j)):
        j += 1
    return colon + 1 if 2 <= j - colon - 1 <= 5 and (j == end or doc[j].text == ",") else start


def _person_before(doc: Doc, start: int, colon: int) -> bool:
    """NER calls all of an item's words before its colon a person: "Jane Doe: Daughter of X" names Jane Doe."""
    return all(t.ent_type_ == "PERSON" for t in doc[start:colon])


def _name_word(doc: Doc, i: int) -> bool:
    """A capitalised word or initial of a name, not an organisation's or a title's word."""
    tok = doc[i]
    word = tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text or tok.text.endswith(".") and len(tok) == 2)
    return word and not not_name(tok) and not org_word(tok) and fold(tok.text) not in lexicon.title_index()


def _inner_hyphen(doc: Doc, i: int) -> bool:
    """The hyphen of a double name written without spaces: "Williams-Skinner"."""
    return doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ and i + 1 < len(doc) \
        and doc[i + 1].is_alpha  # "Moon Jae-in" too


def item_tail(doc: Doc, names: list[Span]) -> set[int]:
    """Tokens of list items after their opening name, or after the first comma of an item ("…, People’s Republic
    of China"): titles and affiliations, where no person is named."""
    out: set[int] = set()
    for name in names:
        out.update(range(name.end, _item_end(doc, name.end)))
    for i in item_starts(doc):
        end = _item_end(doc, i)
        if _sub_heading(doc, i, end):
            out.update(range(i, end))
            continue
        end = next((t.i for t in doc[i:end] if t.text == ";"), end)  # "…: A, Director; B, Senior Director"
        comma = next((t.i for t in doc[i:end] if t.text == ","), end)
        out.update(range(comma, end))
    return out


def _sub_heading(doc: Doc, start: int, end: int) -> bool:
    """A roster line that ends in a colon heads the items under it ("From the Administration:", "Smith v. Jones
    Family Members:"): it names a group, not a participant."""
    words = [t for t in doc[start:end] if not t.is_space]
    return len(words) > 1 and words[-1].text == ":"

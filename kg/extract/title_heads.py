"""Heads of organisations and parties named around a title: "World Trade Organisation chief X", "the leader of the
Greek Communist Party, X", "the Democratic Unionist Party led by X", "X's Movement for Democratic Change"."""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Span

from kg import lexicon
from kg.extract.countries import polity_before
from kg.extract.orgnames import party_homes
from kg.extract.rulematch import rule_marks
from kg.extract.title_patterns import MAX_PORTFOLIO, find_title
from kg.lexicon import fold


@cache
def _org_heads() -> dict[tuple[str, str], lexicon.Title]:
    """(organisation code, last word) → its head's title row: ("WTO", "chief") → "wto chief" (Director-General)."""
    return {(t.country, t.phrase.split()[-1]): t for t in lexicon.titles()
            if t.kind == "org-head" and t.country and lexicon.polity(t.country).is_org}


def org_head_before(doc: Doc, end: int) -> tuple[int, lexicon.Title, str] | None:
    """An organisation named in full before "chief"/"head" ending before ``end``: "World Trade Organisation chief
    X" has the title of the row "wto chief" (start, title, organisation code)."""
    if end < 2:
        return None
    before = polity_before(doc, end - 1)
    title = _org_heads().get((before[1], fold(doc[end - 1].text))) if before else None
    return (before[0], title, before[1]) if title and before else None


def leader_of_before(doc: Doc, end: int) -> tuple[int, lexicon.Title] | None:
    """"the leader of the Greek Communist Party (KKE), X": a party leader's title with the party after "of", ending
    before ``end`` (a parenthesised short name skipped): start and the title "Leader of the …"; a party of
    ``parties.tsv`` needs no "the" ("leader of Fine Gael, Y")."""
    if end >= 2 and doc[end - 1].text == ")":
        end = next((k for k in range(end - 2, max(0, end - 5), -1) if doc[k].text == "("), end)
    for of_at in range(end - 2, max(0, end - MAX_PORTFOLIO - 3), -1):
        if doc[of_at].lower_ != "of":
            continue
        body = doc[of_at + 1:end]
        if body[0].lower_ != "the" and fold(body.text) not in party_homes() or \
                len(body) < 2 and body[0].lower_ == "the" or \
                any(t.is_punct or t.pos_ in ("VERB", "AUX") for t in body) or not body[-1].text[:1].isupper() or \
                any(t.ent_type_ == "PERSON" for t in body) and fold(body.text) not in party_homes():
            continue  # not "the Leader of the Opposition Kim Bell, Hale": a person ends no party's name
        found = find_title(doc, of_at)
        if found and found[1].id in lexicon.words("party-leader-titles"):
            kind = "party" if body[0].lower_ != "the" else found[1].kind  # "Leader of Fine Gael": the party's post
            return found[0], replace(found[1], role=f"Leader of {_undescribed(body)}", kind=kind)
    return None


def _undescribed(body: Span) -> str:
    """A party's name after "of" without the lower-case words that describe it (``party-describers``): "the
    opposition Socialist Party" → "the Socialist Party"."""
    keep, dropped = [], False
    for t in body:
        dropped = t.is_lower and t.lower_ in lexicon.words("party-describers") or dropped and t.text == "-"
        if not dropped:
            keep.append(t)
    return "".join(t.text_with_ws for t in keep[:-1]) + keep[-1].text


def party_led_by(doc: Doc, start: int) -> tuple[int, lexicon.Title, None] | None:
    """"the Democratic Unionist Party led by X", "Sinn Féin, led by Y": the name after "led by" (pattern
    ``party-led-by``) leads the party named just before it (a row of ``parties.tsv`` or a name ending on "Party")."""
    if start < 4 or not rule_marks(doc).has("party-led-by", start - 2):
        return None
    end = start - 2 - (doc[start - 3].text == ",")
    for begin in range(max(0, end - 5), end):
        span = doc[begin:end]
        if span[0].lower_ != "the" and (fold(span.text) in party_homes() or span[-1].lower_ == "party" and
                                        all(t.text[:1].isupper() for t in span)):
            leader = lexicon.title_by_id()["t-leader"]
            the = "the " if span[-1].lower_ == "party" else ""  # "Leader of the Green Party", "Leader of Fatah"
            return begin, replace(leader, role=f"Leader of {the}{span.text}"), None
    return None


def party_of_name(doc: Doc, end: int) -> tuple[lexicon.Title, str | None, str] | None:
    """"X's Democratic Unionist Party", "Y's Movement for Democratic Change": a party of ``parties.tsv`` (or a
    capitalised name ending on "Party") owned by the name before it is the party that person leads."""
    if end + 1 >= len(doc) or doc[end].lower_ not in ("'s", "’s"):
        return None
    for stop in range(min(len(doc), end + 7), end + 1, -1):
        span = doc[end + 1:stop]
        if fold(span.text) in party_homes() or span[-1].lower_ == "party" and \
                all(t.text[:1].isupper() for t in span):
            leader = lexicon.title_by_id()["t-leader"]
            the = "the " if span[-1].lower_ == "party" or span[0].text[:1].isupper() and len(span) > 1 else ""
            return replace(leader, role=f"Leader of {the}{span.text}", kind="party"), \
                party_homes().get(fold(span.text)) or None, "party-of-name"
    return None


def deputy_party_leader(doc: Doc, t_start: int, title: lexicon.Title) -> tuple[int, lexicon.Title] | None:
    """"deputy Labor leader X", "Deputy Liberal Party leader Y": a rank word (``rank-prefix``) before a party's
    capitalised name before its leader's title (``party-leader-titles``) makes the party's deputy (a party post,
    kind ``party``), not its Leader; start and title."""
    if title.id not in lexicon.words("party-leader-titles"):
        return None
    k = t_start
    while k > 0 and t_start - k < 3 and doc[k - 1].is_alpha and doc[k - 1].text[:1].isupper() and \
            fold(doc[k - 1].text) not in lexicon.title_index():
        k -= 1
    if k == t_start or k < 1 or not rule_marks(doc).has("rank-prefix", k - 1):
        return None
    return k - 1, replace(title, role=f"{doc[k - 1].text.title()} Leader", kind="party")

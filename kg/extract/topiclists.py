"""List items of a topic cue that the parser hung outside the cue's phrase.

In a long list after a cue ("The four discussed the ceasefire, the pullback of heavy weapons, control of the border
and constitutional reform"; "held talks on the withdrawal of forces, the exchange of detained citizens and the
reopening of roads"; "talks that centred on water sharing and the demarcation of the border") the small model often
hangs the second and later items on a word above the cue: the main verb, the meeting noun, even a comma. Such an
item still follows the cue's phrase right after a comma or "and", and the list goes on to an "and" (or opens with
one): it is one more thing the cue governs (``topic-list-joiners``, ``topic-list-conjunctions``). The "and" may
lie in a later item ("spent three hours discussing strategic stability, cyberattacks, the return of diplomats, Ukraine
and Z", where "cyberattacks" and "the return of …" hang on "spent"): a list of nouns that goes on to it without a verb
in between (:func:`_and_ahead`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.rulematch import rule_marks

MAX_ITEMS = 4  # detached stretches of one list followed in a row


def detached_items(cue: Token, heads: list[Token]) -> list[Token]:
    """The heads of list items after the cue's phrase whose noun the parser hung outside it (see the module), each
    with the nouns of its own phrase as :func:`kg.extract.topics.candidate_heads` takes them."""
    if not heads:
        return []
    inside = {t.i for h in heads for t in h.subtree} | {cue.i}
    end = _before_joiner(cue.doc, max(t.right_edge.i for t in heads))
    out: list[Token] = []
    prep = _lead_prep(cue, heads)
    for _ in range(MAX_ITEMS):
        item = _next_item(cue.doc, end, inside) or _repeated_prep(cue.doc, end, inside, prep)
        if item is None:
            break
        marks = rule_marks(cue.doc)
        described = {t.i for c in item.subtree if c.dep_ in ("acl", "relcl") for t in c.subtree}
        out += [item] + [t for t in item.subtree if t.i != item.i and t.pos_ in ("NOUN", "PROPN")
                         and t.i not in described  # "the corridor linking X to Y": what describes the item
                         and t.dep_ in lexicon.words("topic-head-deps")
                         and t.ent_type_ not in lexicon.words("not-topic-entities")
                         and not marks.has("topic-setting", t.i) and not marks.has("between-party", t.i)]
        inside |= {t.i for t in item.subtree}
        end = _before_joiner(cue.doc, item.right_edge.i)
    return out


def _before_joiner(doc: Doc, end: int) -> int:
    """The end of a phrase without the comma the parser made part of it ("stability ," with the comma under
    "stability"), so that the comma still joins the next item."""
    return end - 1 if doc[end].lower_ in lexicon.words("topic-list-joiners") else end


def _next_item(doc: Doc, end: int, inside: set[int]) -> Token | None:
    """The noun heading the phrase after ``end`` when a comma or "and" joins it there and it is a list item the parser
    hung outside the phrase the cue's heads make (``inside``): not a clause's subject ("…, the ministry said"), a
    list that goes on to or opens with a conjunction."""
    i, conjunctions = end + 1, lexicon.words("topic-list-conjunctions")
    if i >= len(doc) or doc[i].lower_ not in lexicon.words("topic-list-joiners") | conjunctions:
        return None
    i, bare = i + 1, doc[i].lower_ in conjunctions
    comma_and = not bare and i < len(doc) and doc[i].lower_ in conjunctions  # ", and the X"
    i += comma_and
    if i >= len(doc) or i in inside:
        return None
    item = doc[i]
    while item.head.i != item.i and item.head.i > i and item.head.left_edge.i > end:
        item = item.head  # from the phrase's first word up to its head ("the pullback of X": pullback)
    if item.pos_ not in ("NOUN", "PROPN") or item.tag_ == "VBG" or item.i in inside or \
            item.dep_ in lexicon.words("subject-deps") or item.left_edge.i <= end:
        return None
    if bare:  # "… on X and the demarcation of Y": a noun joined to a noun ("and choked trade" is a verb's)
        return item if item.dep_ == "conj" and item.head.pos_ in ("NOUN", "PROPN") else None
    listed = comma_and or any(t.dep_ == "cc" and t.lower_ in conjunctions and t.head.pos_ in ("NOUN", "PROPN")
                 for t in item.subtree) or _and_ahead(item)  # a list of nouns goes on to its "and"
    return item if listed else None


def _and_ahead(item: Token) -> bool:
    """Whether a list of nouns goes on from ``item`` to an "and" (or "or") that joins nouns, in a later item, with no
    verb on the way ("…, cyberattacks, the return of diplomats, Ukraine and the fate of Y": yes; "…, host him and
    start X": a verb comes first, no)."""
    conjunctions = lexicon.words("topic-list-conjunctions")
    for t in item.doc[item.right_edge.i + 1:item.sent.end]:
        if t.pos_ in ("VERB", "AUX"):
            return False
        if t.dep_ == "cc" and t.lower_ in conjunctions:
            return t.head.pos_ in ("NOUN", "PROPN")
    return False


def _lead_prep(cue: Token, heads: list[Token]) -> str | None:
    """The preposition of the cue's own phrase that governs its first head ("focused on X": "on")."""
    first = min(heads, key=lambda t: t.i)
    prep = next((c for c in cue.children if c.dep_ == "prep" and c.i < first.i and first in c.subtree), None)
    return None if prep is None else prep.lower_


def _repeated_prep(doc: Doc, end: int, inside: set[int], prep: str | None) -> Token | None:
    """The noun after "and" and the cue's own preposition said again, wherever the parser hung that phrase: "focused
    on the coalition's offensive and on the government's demand for X", "centred on X, which Warsaw will host, and on
    the Nord Stream 2 project" (the second "on" under the meeting noun); a gerund there gives its object ("and at
    securing Arab backing")."""
    i, conjunctions = end + 1, lexicon.words("topic-list-conjunctions")
    i += i < len(doc) and doc[i].lower_ in lexicon.words("topic-list-joiners")
    if prep is None or i + 1 >= len(doc) or doc[i].lower_ not in conjunctions or doc[i + 1].lower_ != prep \
            or doc[i + 1].dep_ != "prep" or i + 1 in inside:
        return None
    pobj = next((c for c in doc[i + 1].children if c.dep_ == "pobj"), None)
    if pobj is not None and pobj.tag_ == "VBG":  # "and at securing Arab backing"
        pobj = next((c for c in pobj.children if c.dep_ == "dobj"), None)
    if pobj is None or pobj.pos_ not in ("NOUN", "PROPN") or pobj.i in inside or \
            pobj.ent_type_ in lexicon.words("not-topic-entities") or rule_marks(doc).has("topic-setting", pobj.i):
        return None  # "focused on trade, and on Monday the ministers signed X": when, not what
    return pobj

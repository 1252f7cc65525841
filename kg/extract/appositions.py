"""Title phrases around a name: appositions (", Israel's acting prime minister"), describing words before a
title, lists of one person's posts, and the brackets and abbreviations beside them. Split from
:mod:`kg.extract.title_patterns`, whose title finders these build on.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.countries import leading_polity, leading_state, polity_before
from kg.extract.lexmatch import marks
from kg.extract.rulematch import rule_marks
from kg.extract.staff import leading_body
from kg.extract.title_patterns import (
    MAX_TITLE,
    _joiners,
    _party_name_word,
    find_title,
    serves_principal,
    skip_possessor,
)


def modifier_before_title(doc: Doc, i: int, stop: int) -> int:
    """Past one or two describing words between an apposition's article and its title (pattern ``title-modifier``:
    an adjective, a faith or group word, an adverb before an adjective): ", the Shiite chairman of the committee",
    ", the veteran senator", ", Iraq's largely ceremonial president"."""
    j = i
    while j + 1 < stop and j - i < 2 and rule_marks(doc).has("title-modifier", j) and marks(doc).title_at(j) is None \
            and not lexicon.lookup_polity(doc[j].text):
        j += 1
    return j if j > i and marks(doc).title_at(j) is not None else i


def list_of_posts(doc: Doc, k: int) -> bool:
    """The word before the preposition that precedes a title set off by a comma serves someone ("Senior Advisor to
    the President, Deputy Director …"): a list of posts, not a title and its holder (not "According to the …")."""
    return k < 0 or serves_principal(doc, k) and not doc[k].is_sent_start or \
        doc[k].lower_ in lexicon.words("principal-nouns")


def polity_before_party(doc: Doc, start: int) -> tuple[int, str] | None:
    """The country before a party's name before a post: "Chinese Communist Party Politburo Member"."""
    if start < 2 or not rule_marks(doc).has("party-word", start - 1):
        return None
    k = start - 1
    while k > 0 and start - k <= 3 and _party_name_word(doc[k - 1]):
        k -= 1
    return polity_before(doc, k)


def polity_before_label(doc: Doc, start: int, title: lexicon.Title) -> tuple[int, str] | None:
    """A country before a party's label before a member's title (kinds ``party-member-kinds``): "Canadian Liberal
    MP X", "German Social Democrat lawmaker Y", "Indian Congress Party MP Z" are that country's; a place the label
    words continue ("British Columbia MP") or name is no party."""
    if title.kind not in lexicon.words("party-member-kinds"):
        return None
    k = start
    while k > 0 and start - k < 3 and _party_name_word(doc[k - 1]) and doc[k - 1].ent_type_ not in _PLACES:
        k -= 1
    if k == start or doc[k].ent_iob_ == "I" and doc[k].ent_type_ in _PLACES:
        return None
    return polity_before(doc, k)


_PLACES = ("GPE", "LOC", "PERSON", "FAC")


def stacked_post(doc: Doc, comma: int) -> tuple[int, lexicon.Title] | None:
    """A post and the body it heads, one item in a comma list of one person's titles before the name ("…,
    Director of the Office of the Foreign Affairs Commission, and Foreign Minister X"): the post opens the item
    (a comma before it) and capitalised words or joiners follow it up to the comma at ``comma``."""
    for at in range(comma - 2, max(0, comma - MAX_TITLE - 2), -1):
        if doc[at].text == "," or doc[at].ent_type_ == "PERSON":
            return None
        found = find_title(doc, at) if doc[at].lower_ in ("of", "for") else None
        if found and found[0] >= 1 and doc[found[0] - 1].text == "," and \
                all(t.text[:1].isupper() or t.lower_ in _joiners() | {"for"} for t in doc[at + 1:comma]):
            return found
    return None


def comma_who(doc: Doc, end: int) -> bool:
    """A relative "who" set off by a comma right after a name ending at ``end``: "X, who resigned", "Y, who became
    prime minister"."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "who"


def past_aside(doc: Doc, end: int) -> int:
    """Past a short aside set off by commas after a name, which no title fills, or a party's or a body's capitalised
    name after "of", when a predicate of a title follows: "X, 54, was named foreign minister", "Y, a lawyer, became
    finance minister", "Z of the Islamic Dawa Party has been named prime minister-designate" (the index of the
    predicate's first word); else ``end``."""
    start = _past_of_name(doc, end)
    close = aside_close(doc, start) or start
    if close == end or close + 2 >= len(doc):
        return end
    after = close + (doc[close].pos_ == "ADV")  # "X, 54, was today sworn in as"
    after += doc[after].lower_ in ("has", "have") and doc[after + 1].lower_ == "been"  # "has been named"
    rules = rule_marks(doc)
    return close if rules.has("title-predicate", after) or rules.has("title-predicate-as", after) else end


def _past_of_name(doc: Doc, end: int) -> int:
    """Past "of" and a capitalised name after a person's name ("X of the Islamic Dawa Party", "Y of Likud"): the
    index after it, else ``end``."""
    if end + 1 >= len(doc) or doc[end].lower_ != "of":
        return end
    k = end + 1 + (doc[end + 1].lower_ == "the")
    first = k
    while k < len(doc) and k - first < ASIDE_WORDS and (doc[k].text[:1].isupper() and doc[k].is_alpha or
                                                        doc[k].lower_ in ("of", "and", "-", "'s")):
        k += 1
    ends = k == len(doc)  # the name closes the text: no predicate can follow
    return k if k > first and not ends and doc[k - 1].text[:1].isupper() and doc[k].ent_type_ != "PERSON" else end


def aside_close(doc: Doc, end: int) -> int | None:
    """The index after the closing comma of a short aside set off by commas after a name (", 54,", ", a lawyer
    from Cluj,", ", a veteran of the ruling party,"), else None: not a list of names ("A, B, became"), a clause (a
    finite verb inside), a relative "who" nor a title's apposition, unless a former post fills it (pattern mark
    ``former`` before the title: ", a former president of the Constitutional Court,")."""
    if end + 2 >= len(doc) or doc[end].text != "," or comma_who(doc, end):
        return None
    for k in range(end + 1, min(len(doc) - 1, end + 2 + ASIDE_WORDS)):
        tok = doc[k]
        if tok.text == ",":
            return k + 1 if k > end + 1 else None
        if tok.pos_ == "AUX" or tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or tok.lower_ in ("and", "or", "who") or \
                tok.ent_type_ == "PERSON" or tok.is_sent_start or "\n" in tok.text or \
                marks(doc).title_at(k) and rule_marks(doc).first_in("former", end + 1, k) is None:
            return None  # a former post may fill it: "X, a former president of the court, was named minister"
    return None


ASIDE_WORDS = 12


def past_parenthesis(doc: Doc, end: int) -> int:
    """Past a short parenthesis after a name that a comma follows ("X (D-CA), the ranking member of …"): the
    index of that comma, else ``end``."""
    if end >= len(doc) or doc[end].text != "(":
        return end
    close = next((k for k in range(end + 1, min(len(doc), end + 6)) if doc[k].text == ")"), None)
    return close + 1 if close is not None and close + 1 < len(doc) and doc[close + 1].text == "," else end


def before_abbreviation(doc: Doc, end: int) -> int:
    """Back past a title's parenthesised abbreviation before a name ("the Prime Minister (PM), X", "Prime Minister
    (PM) Y"): the index of its "(", else ``end``."""
    if end < 3 or doc[end - 1].text != ")" or doc[end - 3].text != "(":
        return end
    word = doc[end - 2].text
    return end - 3 if word.isupper() and word.isalpha() and len(word) <= 5 else end


def title_prefix(doc: Doc, start: int, end: int) -> int | None:
    """The end of the longest title phrase at ``start`` that stays inside ``doc[start:end]`` and leaves a word."""
    for t_end, _ in marks(doc).starting("title", start):
        if t_end < end:
            return t_end
    return None


def apposition_span(doc: Doc, start: int) -> tuple[int, int, tuple[int, str] | None]:
    """Where the title of an apposition starting at ``start`` begins, where the apposition stops (a comma, a
    bracket, a line break or a verb), and the body or country named before the title ((its end, its code) or None):
    ", Israel's acting prime minister", ", the Shiite chairman of …", ", Puerto Rico's governor"."""
    i = start
    rules = rule_marks(doc)
    if rules.has("apposition-not", start):
        return start, start, None  # ", who the President also called": the title is the clause's subject's
    while i < len(doc) and i - start < 5 and rules.has("apposition-lead", i):
        i += 1
    i = skip_possessor(doc, i)
    stop = i
    while stop < len(doc) and stop - i < 12 and doc[stop].text not in (",", ";", ".", "(", ")") and \
            "\n" not in doc[stop].text and \
            not (doc[stop].pos_ == "VERB" and not rules.has("apposition-lead", stop)  # "acting" tagged a verb
                 and marks(doc).title_at(stop) is None):  # ", the managing director of the IMF"
        stop += 1
    before = None if marks(doc).title_at(i) else \
        leading_body(doc, i, stop) or leading_polity(doc, i, stop) or leading_state(doc, i, stop)
    if before:
        i = before[0]
        while i < stop and rules.has("apposition-lead", i):
            i += 1  # ", Israel's acting prime minister"
    return modifier_before_title(doc, i, stop), stop, before


def generic_portfolio(doc: Doc, end: int, title: lexicon.Title, stop: int) -> tuple[int, lexicon.Title]:
    """A bare "Secretary" (kind generic) whose capitalised portfolio after "of" closes the apposition is that
    portfolio's post: ", New Mexico Secretary of Higher Education" (not "of the Party", a polity or a name)."""
    words = doc[end + 1:stop]
    if title.kind != "generic" or end + 1 >= stop or doc[end].lower_ != "of" or words[-1].lower_ == "and" or \
            lexicon.lookup_polity(words.text) or not all(_portfolio_word(t) for t in words):
        return end, title
    return stop, replace(title, role=f"{title.role} of {words.text}", kind="minister")


def _portfolio_word(tok) -> bool:
    return tok.lower_ == "and" or tok.is_alpha and tok.text[:1].isupper() and tok.lower_ != "party" and \
        tok.ent_type_ not in ("PERSON", "GPE", "NORP")


def titled_principal(doc: Doc, after: int) -> bool:
    """", Senior Policy Advisor to Ohio Governor Y": the name after "to"/"for" and a title of its own (no "the":
    not "to the President for Public Engagement Z", whose name is the next person's) is the principal the
    apposition's post serves, so the post stays the person's."""
    if after + 2 >= len(doc) or doc[after].lower_ not in ("to", "for") or doc[after + 1].lower_ == "the":
        return False
    k = next((t.i for t in doc[after + 1:after + 1 + MAX_TITLE] if t.ent_type_ == "PERSON"), None)
    found = find_title(doc, k) if k is not None else None
    return found is not None and after < found[0] <= after + 4


def listing_prep(prep: Token) -> bool:
    """A preposition that names members of the noun it hangs on (``antecedent-listing-preps``: "Some of the
    justices, including NAME", "Republicans such as NAME")."""
    doc = prep.doc
    before = doc[prep.i - 1].lower_ + " " if prep.i > 0 and doc[prep.i - 1].lower_ == "such" else ""
    return before + prep.lower_ in lexicon.words("antecedent-listing-preps")

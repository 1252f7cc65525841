"""Organisation and place names around titles: "the United Nations General Assembly" and "General Services
Administration" are not General Assembly/Services; "Research Institute Director X" holds no political office.

The head words that end such names are data (``org_words.tsv``: public bodies, private bodies, places).
"""

from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract import lexmatch
from kg.extract.caches import per_doc
from kg.extract.where import tokens_with
from kg.lexicon import fold

ORG_WORDS = 6  # the longest organisation name organisation_before looks for, in tokens


@cache
def org_words() -> dict[str, str]:
    """Folded head word → sector ("public", "private", "place", "title", "party", "armed": "Forces", not a public
    body's word for topics)."""
    return {k: row["sector"] for k, row in lexicon.simple_table("org_words.tsv", "word").items()}


MAX_BODY = 6  # words of a state body's name


@cache
def institutions() -> dict[str, tuple[str, str]]:
    """Named state institutions of ``agents.tsv`` (rows with a country): folded name → (sector, country)."""
    rows = lexicon.read_tsv(lexicon.resource_path("agents.tsv"), ("id", "sector"))
    return {r["id"]: (r["sector"], r["country"]) for r in rows if r.get("country")}


def org_word(tok: Token, sectors: tuple[str, ...] = ("public", "private", "place", "title", "party", "armed")) -> bool:
    """A capitalised head word of an organisation or place name ("Assembly", "Institute", "County")."""
    return tok.text[:1].isupper() and org_words().get(fold(tok.text)) in sectors


def in_organisation(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` (a would-be name after a title) belongs to an organisation or place name: it ends on
    or runs into an organisation word, or it continues a non-person entity that began before it."""
    if any(org_word(t) for t in doc[start:end]) or (end < len(doc) and org_word(doc[end])):
        return True
    first = doc[start]
    if first.ent_type_ in ("", "PERSON"):  # a name, not inside another entity
        return False
    ent = next(e for e in doc.ents if e.start <= start < e.end)
    return ent.start < start and any(org_word(t) for t in doc[start:ent.end])


def private_body_before(doc: Doc, t_start: int) -> bool:
    """The title is an office of a private body named just before it: "Research Institute Director",
    "Harvard University President", "Linus Airways' President", "union leader" (not "European Commission
    President", a polity)."""
    head = t_start - 1
    head -= head >= 1 and doc[head].tag_ == "POS"
    if head >= 0 and doc[head].is_lower and doc[head].text in lexicon.words("private-lowercase-heads"):
        return True  # "union leader X", "company chairman Y": a private body's word, not capitalised
    if head < 0 or not org_word(doc[head], ("private",)) or doc[t_start].lower_ == "party":
        return False  # "Alliance Party leader X": the title's "Party" closes a party's name, no private body's
    start = head - _name_length(doc, head)
    if any(fold(doc[k:head + 1].text) in party_homes() for k in range(start, head + 1)):
        return False  # "Awami League leader X", "Northern League leader Y": a party's, not a private body's
    return not lexicon.lookup_polity(doc[start:t_start].text)


def private_body_after(doc: Doc, start: int) -> bool:
    """"of/at the American Federation of Teachers", ", National Education Association": the title's body is
    private (and not a polity such as the African Union)."""
    if start >= len(doc) or doc[start].lower_ not in ("of", "at", ","):
        return False  # ", President, National Education Association": an attendee list
    i = start + 1 + (start + 1 < len(doc) and doc[start + 1].lower_ == "the")
    end = i
    while end < len(doc) and end - i < 8 and (doc[end].text[:1].isupper() or doc[end].lower_ in ("of", "and", "for")):
        end += 1
    words = doc[i:end]
    return len(words) > 0 and any(org_word(t, ("private",)) for t in words) and \
        not lexicon.lookup_polity(words.text) and not _state_prefix(doc, i, end)


def _generic_private_body(doc: Doc, i: int) -> bool:
    """"the group", "the company": "the" and a lower-case noun of ``private-generic-bodies`` that no capitalised
    name or "of" follows (not "the union of X")."""
    if i + 1 >= len(doc) or doc[i].lower_ != "the" or doc[i + 1].text not in lexicon.words("private-generic-bodies"):
        return False
    return i + 2 >= len(doc) or not (doc[i + 2].lower_ == "of" or doc[i + 2].text[:1].isupper())


def unknown_body_of(doc: Doc, start: int) -> bool:
    """"of the ACTU", "of Aishti", "of Amnesty International's Africa Programme": a capitalised body after "of" that
    the lexicon knows as no polity or organisation of states, state institution, party, public or armed body
    (``org_words.tsv``) or official body (``official-body-words``: a central bank): a company's, a union's or an
    NGO's. The body must be an organisation NER names or start with an acronym; a person or a place there
    (", director of Jane Doe's office") is none. So is a body named by a generic word only (", the president of
    the group,": ``_generic_private_body``)."""
    if start + 1 >= len(doc) or doc[start].lower_ != "of":
        return False
    if _generic_private_body(doc, start + 1):
        return True
    i, end = _body_run(doc, start, ("'s", "’s"))
    tail = end
    while end > i and not doc[end - 1].text[:1].isupper():
        end -= 1  # not the trailing "of", "and" or "'s"
    words = doc[i:end]
    if not words or tail < len(doc) and doc[tail].lower_ == "at":
        return False  # ", Director of Strategic Planning at the National Security Council": the body after "at"
    if any(t.ent_type_ in ("PERSON", "GPE", "NORP", "LOC") or lexicon.lookup_polity(t.text) for t in words):
        return False
    if words[0].ent_type_ != "ORG" and not words[0].text.isupper():
        return False  # ", Director of Policy for the First Lady": a portfolio, not a body NER or an acronym names
    name = fold(words.text)
    return not (lexicon.lookup_polity(words.text) or name in party_homes() or name in institutions() or
                any(org_word(t, ("public", "party", "armed", "title")) for t in words) or
                any(f" {w} " in f" {name} " for w in lexicon.words("official-body-words")) or
                _named_after_state(doc, i, end) or _state_prefix(doc, i, end))


def _state_prefix(doc: Doc, start: int, end: int) -> bool:
    """A body's name opens with a state institution's (``agents.tsv`` row with a country): "the White House
    Partnerships Office" is the White House's, whatever its last words."""
    bodies = institutions()
    return any((row := bodies.get(lexicon.fold(doc[start:j].text))) is not None and row[1]
               for j in range(start + 2, min(end, start + MAX_BODY) + 1))




def short_name(ent: Span) -> str | None:
    """The short name the article gives an organisation in brackets after its full name, at this mention or at
    another ("the Justice and Equality Movement (JEM)" … "the Justice and Equality Movement said"): JEM. The
    entity may hold more words before the name or the bracket ("Later the Movement for Democratic Change")."""
    brackets, names = per_doc(ent.doc, "kg.short_names", _short_names)
    here = next((t.i for t in ent if t.text == "("), ent.end)
    if here in brackets:
        return brackets[here]
    words = ent.text.split("(")[0].split()
    return next((found for i in range(len(words) - 1)
                 if (found := names.get(fold(" ".join(words[i:])).removeprefix("the ")))), None)


def _short_names(doc: Doc) -> tuple[dict[int, str], dict[str, str]]:
    """Where each "(SHORT)" of the text opens → SHORT (two to eight capitals), and the folded full name before it
    → SHORT, for each tail of two words or more of the name (capitalised words joined by "of", "for", "and" or an
    apostrophe; a capitalised word before it may be no part of it)."""
    brackets: dict[int, str] = {}
    names: dict[str, str] = {}
    joiners = ("of", "for", "and", "the")
    for i in tokens_with(doc, "ORTH", ("(",)):  # the brackets from the Doc's index, not a walk over every token
        if i >= len(doc) - 2:
            break
        short = doc[i + 1].text
        if doc[i + 2].text != ")" or not (short.isupper() and short.isalpha()) or not 2 <= len(short) <= 8:
            continue
        brackets[i] = short
        start = i
        while start > max(i - 8, 0) and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in joiners
                                         or doc[start - 1].text in ("'", "’")):
            start -= 1
        for k in range(start, i - 1):  # "Yesterday the Korean Confederation of Trade Unions": each tail
            if doc[k].lower_ not in joiners and doc[k].text[:1].isupper():
                names.setdefault(fold(doc[k:i].text), short)
    return brackets, names


def attendee_body_after(doc: Doc, start: int) -> bool:
    """An attendee list's "President and CEO, Girls Inc." or "President, AFT": a body named after the title that
    is neither a polity nor a public body (office, department, council …), or a corporate post joined to it."""
    corporate = lexicon.words("corporate-posts")
    if start + 1 < len(doc) and doc[start].lower_ in ("and", "&") and doc[start + 1].lower_ in corporate:
        return True
    if start + 1 >= len(doc) or doc[start].text != ",":
        return False
    i, end = _body_run(doc, start, ("-", "&"))
    words = doc[i:end]
    if not words or words[0].ent_type_ == "PERSON" and not org_word(words[-1], ("private",)) or \
            lexicon.lookup_polity(words.text):
        return False  # ", Vice President, Jane Doe" is the next person; ", Catholic Charities" NER calls one is a body
    public = any(org_word(t, ("public",)) for t in words) or _named_after_state(doc, i, end)
    return not public and not any(lexicon.lookup_polity(t.text) for t in words if t.text.isupper())


def _body_run(doc: Doc, start: int, joiners: tuple[str, ...]) -> tuple[int, int]:
    """Where a body's name after ``doc[start]`` ("of" or a comma) and an optional "the" starts and ends: capitalised
    words, "of", "and", "for", a possessive and ``joiners`` ("-", "&"), eight tokens at most."""
    i = start + 1 + (doc[start + 1].lower_ == "the")
    end = i
    while end < len(doc) and end - i < 8 and (doc[end].text[:1].isupper() or doc[end].lower_ in ("of", "and", "for")
                                              or doc[end].tag_ == "POS" or doc[end].text in joiners):
        end += 1
    return i, end


def _named_after_state(doc: Doc, start: int, end: int) -> bool:
    """A body named after a country or a seat of government ("US Agency for …", "White House Office of …"): the
    lexicon marks a country's name (not a demonym, nor a US state's name) or a venue (``places.tsv`` kind ``venue``) at
    its
    start."""
    marks = lexmatch.marks(doc)
    states = {e for e, _ in marks.starting("state", start)}  # "Georgia MEP" is a US state's, not a country's
    for e, code in marks.starting("polity", start):
        named = fold(doc[start:e].text) not in lexicon.demonyms()  # "Indian American Impact" is not India's
        if e < end and e not in states and named and not lexicon.polity(code).is_org:
            return True
    venues = {p.id for p in lexicon.places().values() if p.kind == "venue"}
    return any(e < end and pid in venues for e, pid in marks.starting("place", start))


@cache
def us_states() -> frozenset[str]:
    """Folded names of the US states ("new mexico"): a state's governor or senator is a US official."""
    return frozenset(lexicon.simple_table("us_states.tsv", "name"))


@cache
def party_homes() -> dict[str, str]:
    """Folded party names and aliases → the party's country (``parties.tsv``; "" for a party of two countries,
    "Sinn Féin": its posts take the country of the article)."""
    return {fold(name): row["country"] for row in lexicon.simple_table("parties.tsv", "name").values()
            for name in (row["name"], *lexicon.split(row.get("aliases")))}


def party_named_after(doc: Doc, k: int) -> tuple[int, str | None] | None:
    """A party named from token ``k`` on (after "of" and "the"), past words that describe it (``party-describers``:
    "the opposition Socialist Party", "the pro-Kurdish Peoples' Democratic Party"): its end and its country, a party
    of ``parties.tsv`` or a capitalised name closed by "Party" or "party" ("the Islamist Ra'am party"), whose country
    is a possessive country's before it ("Argentina's opposition PRO party") or else the text's (None)."""
    describers, home = lexicon.words("party-describers"), None
    if k + 1 < len(doc) and doc[k + 1].tag_ == "POS" and (home := lexicon.lookup_polity(doc[k].text)) is not None:
        k += 2  # "leader of Argentina's opposition PRO party": the country's party
    while k < len(doc) and (doc[k].is_lower and doc[k].text in describers or doc[k].text == "-" and k > 0 and
                            doc[k - 1].is_lower and doc[k - 1].text in describers):
        k += 3 if doc[k].lower_ == "pro" and doc[k + 1:k + 2].text == "-" else 1  # "pro-Kurdish": its word too
    for stop in range(min(len(doc), k + 6), k, -1):
        code = party_homes().get(fold(doc[k:stop].text))
        if code is not None:
            return stop, code or None
    end = k
    while end < len(doc) and end - k < 8 and (doc[end].text[:1].isupper() or end > k and
                                              (doc[end].text in ("'s", "’s", "'", "’", "-", "and") or
                                               doc[end - 1].text == "-" == doc[end + 1:end + 2].text)):
        if doc[end].lower_ == "party":
            return (end + 1, home) if end > k else None
        end += 1
    return (end + 1, home) if end > k and end < len(doc) and doc[end].lower_ == "party" else None


@cache
def group_homes() -> dict[str, str]:
    """Codes of the armed groups and movements of ``organisations.tsv`` → the country they fight in (its ``home``
    column): "FARC leader X" is a Colombian leader, not an organisation's (the guide's judgement call)."""
    return {row["id"]: row["home"] for row in lexicon.read_tsv(lexicon.resource_path("organisations.tsv"), ("id",))
            if row.get("home")}


@cache
def party_labels() -> dict[str, str]:
    """Folded party labels written before a member's title → the party's country (``party_labels.tsv``:
    "Republican Senator X" is a US senator); labels several countries' parties share ("Liberal", "Labor") are none."""
    return {name: row["country"] for name, row in lexicon.simple_table("party_labels.tsv", "label").items()}


@cache
def region_countries() -> dict[str, str]:
    """Folded names of provinces, states and nations inside a country (``regions.tsv``: "ontario" → CA): an
    article about Ontario is about Canada, and "the mayor of X, Ontario" names a Canadian place."""
    return {name: row["country"] for name, row in lexicon.simple_table("regions.tsv", "name").items()}


def us_state_before(doc: Doc, end: int, chamber_only: bool = False) -> int | None:
    """Start of a US state name (and a chamber: "Illinois Senate"; or a possessive: "California's") just before a
    title at ``end``."""
    if end >= 2 and doc[end - 1].tag_ == "POS" and not chamber_only:
        end -= 1  # "California's governor, X"
    if end >= 1 and doc[end - 1].lower_ in lexicon.words("state-chambers"):
        end -= 1
    elif chamber_only:
        return None
    for start, _ in lexmatch.marks(doc).ending("state", end):  # longest first: "New Mexico", not "Mexico"
        if end - start <= 2 and doc[start].text[:1].isupper():
            return start
    return None


def _name_length(doc: Doc, head: int) -> int:
    """Capitalised words in front of an organisation's head word ("Amazon Environmental Research" + "Institute")."""
    n = 0
    while head - n - 1 >= 0 and doc[head - n - 1].text[:1].isupper() and doc[head - n - 1].pos_ in ("PROPN", "ADJ"):
        n += 1
    return n


def body_name_at(doc: Doc, i: int, longest: int = 5) -> bool:
    """Capitalised words from ``i`` that end on an organisation word: "Military Forces" in ", the commanding officer
    of the Fiji Military Forces" names a body, not the next person."""
    for k in range(i, min(len(doc), i + longest)):
        if org_word(doc[k]):
            return True
        if not doc[k].text[:1].isupper():
            return False
    return False


def organisation_before(doc: Doc, end: int) -> str | None:
    """The code of the organisation of ``organisations.tsv`` whose name ends last before token ``end``, in its
    sentence or the one before (not one named paragraphs before: "The company said its secretary-general, X"), its
    name capitalised (the pronoun "who" is no WHO: "The two men, who first met …, its executive director, Y")."""
    sent = doc[end].sent
    first = doc[sent.start - 1].sent.start if sent.start > 0 else 0
    for last in range(end - 1, first - 1, -1):
        for start in range(max(first, last - ORG_WORDS + 1), last + 1):
            if not doc[start].text[:1].isupper():
                continue
            code = lexicon.lookup_polity(doc[start:last + 1].text)
            if code is not None and lexicon.polity(code).is_org:
                return code
    return None

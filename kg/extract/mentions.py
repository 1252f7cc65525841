"""Person mentions in a Doc: named persons with their titles and countries, and role anaphora.

Named mentions start from spaCy's PERSON entities, repaired: titles and honorifics are cut off the
front, and names the small model truncates ("Andrés Manuel López" + "Obrador") are extended over the
following proper nouns. A title in front ("Mexican President X", "Canada's Prime Minister X",
"Foreign Minister X"), after ("X of Canada") or in apposition ("X, the president of Mexico") gives the
mention its role and country. Nominal mentions ("the Mexican president", "his counterpart in
Mexico", "the leaders of Canada and Mexico") are kept for resolution against the named ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from kg import lexicon
from kg.lexicon import fold

HONORIFIC = {"mr", "mrs", "ms", "dr", "sir", "dame", "madam", "his", "her", "excellency", "majesty", "highness",
             "royal", "the", "then", "former", "late", "acting", "interim", "incoming", "outgoing", "newly",
             "elected", "sheikh", "shaikh", "mister", "prof", "professor", "rev", "reverend", "monsenor", "monsignor",
             "ambassador-designate"}
MAX_TITLE = 7
NOT_NAME = {"of", "and", "the", "for", "in", "on", "at", "to", "with", "from", "by", "said", "says", "call", "calls",
            "meeting", "meetings", "readout", "administration", "government", "cabinet", "house", "senate",
            "ministry", "department", "party", "council", "summit", "statement", "remarks", "visit", "trip",
            "delegation", "office", "embassy", "team", "campaign", "foundation", "doctrine", "plan"}
COUNTERPART = {"counterpart", "counterparts", "leader", "leaders", "head", "heads", "government", "delegation"}
PRONOUNS = {"he", "she", "him", "her", "his", "hers", "himself", "herself"}


@dataclass
class Mention:
    """One mention of a person (mutable while resolving; never leaves :mod:`kg.extract`)."""

    start: int  # token index of the mention's core (name or nominal head phrase)
    end: int
    name: str | None  # cleaned name for named mentions
    kind: str  # "name" | "nominal"
    role: str | None = None
    country: str | None = None
    title_kind: str | None = None
    rule: str = "name"
    countries: tuple[str, ...] = ()  # for "the leaders of X and Y"
    span_start: int = 0  # token span incl. title, for evidence
    span_end: int = 0
    entities: list[int] = field(default_factory=list)
    subject: bool = False  # the mention is a clause subject (preferred antecedent of pronouns)
    extra: list = field(default_factory=list)  # further (role, country, kind): "Crown Prince and Prime Minister X"


def find_title(doc: Doc, end: int) -> tuple[int, lexicon.Title] | None:
    """The longest title phrase that ends just before token ``end`` (start index and title)."""
    index = lexicon.title_index()
    for size in range(min(MAX_TITLE, end), 0, -1):
        start = end - size
        if not _clean_window(doc, start, end):
            continue
        found = index.get(fold(doc[start:end].text))
        if found:
            return start, found
    return None


def _clean_window(doc: Doc, start: int, end: int) -> bool:
    """No sentence break, punctuation (but hyphens) or line break inside ``doc[start:end]``."""
    for tok in doc[start:end]:
        if tok.is_space or "\n" in tok.text or (tok.is_punct and tok.text not in ("-", "'s", "’s", "’", "'")):
            return False
    return end - start > 0


def find_polity(doc: Doc, start: int, end: int) -> str | None:
    """A country/organisation code for ``doc[start:end]`` (a name, alias, demonym or possessive)."""
    if start >= end or start < 0 or not _clean_window(doc, start, end):
        return None
    return lexicon.lookup_polity(doc[start:end].text)


def polity_before(doc: Doc, end: int) -> tuple[int, str] | None:
    """A demonym, country or possessive country ("Canada's") that ends just before ``end``."""
    for size in (4, 3, 2, 1):
        start = end - size
        if start < 0:
            continue
        if doc[start].is_lower and doc[start].lower_ not in ("the",) and size > 1:
            continue
        code = find_polity(doc, start, end)
        if code:
            return start, code
    return None


def polity_after_of(doc: Doc, start: int) -> tuple[int, str] | None:
    """``of <polity>`` (or ``of the <polity>``) starting at ``start``; returns the end index and code."""
    if start >= len(doc) or doc[start].lower_ not in ("of", "for"):
        return None
    for size in (5, 4, 3, 2, 1):
        end = start + 1 + size
        if end <= len(doc):
            code = find_polity(doc, start + 1, end)
            if code:
                return end, code
    return None


def clean_name(span: Span) -> tuple[int, int] | None:
    """Token bounds of the name inside a PERSON span: titles and honorifics cut, possessive dropped."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end:
        found = _title_prefix(doc, start, end)
        if found:
            start = found
        elif fold(doc[start].text).strip(".") in HONORIFIC:
            start += 1
        else:
            break
    cut = next((t.i for t in doc[start:end] if t.tag_ == "POS" or t.text in ("’s", "'s", "’")
                or t.lower_ in NOT_NAME and t.i > start), None)
    if cut is not None:
        end = cut
    else:
        while end < len(doc) and _continues_name(doc[end], loose=doc[end].ent_type_ != "GPE"):
            end += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    return (start, end) if start < end and any(t.is_alpha and t.text[0].isupper() for t in doc[start:end]) else None


def _title_prefix(doc: Doc, start: int, end: int) -> int | None:
    index = lexicon.title_index()
    for size in range(min(MAX_TITLE, end - start - 1), 0, -1):
        if fold(doc[start:start + size].text) in index:
            return start + size
    return None


def _continues_name(tok, loose: bool = False) -> bool:
    """A proper-noun token (or an initial such as "R.") that can continue a name.

    ``loose`` (after a title) accepts tokens whatever NER said about them.
    """
    ent_ok = tok.ent_type_ in ("", "PERSON") or (loose and tok.ent_type_ in ("ORG", "GPE", "NORP", "FAC")
                                                  and not lexicon.lookup_polity(tok.text))
    initial = len(tok.text) == 2 and tok.text[0].isupper() and tok.text[1] == "." and tok.i + 1 < len(tok.doc) \
        and tok.doc[tok.i + 1].pos_ == "PROPN"
    word = tok.pos_ == "PROPN" and tok.text[:1].isupper() and (tok.is_alpha or "-" in tok.text)
    return (word or initial) and tok.lower_ not in NOT_NAME and ent_ok and not tok.is_sent_start


def title_before(doc: Doc, start: int) -> tuple[int, lexicon.Title, str | None] | None:
    """Title (and country) in front of a name: "Mexican President", "Prime Minister of Japan"."""
    i = start
    while i > 0 and fold(doc[i - 1].text).strip(".") in HONORIFIC - {"the"}:
        i -= 1
    found = find_title(doc, i)
    country = None
    if found is None:
        found, country = _title_of_polity_before(doc, i)
        if found is None:
            return None
    t_start, title = found
    if t_start >= 2 and doc[t_start - 1].lower_ == "the" and doc[t_start - 2].lower_ == "of":
        return None  # "Head of the Office of the President Andriy Yermak": not his title
    if country is None:
        before = polity_before(doc, t_start)
        if before:
            t_start, country = before
    return t_start, title, country


def _title_of_polity_before(doc: Doc, end: int):
    """``<title> of <polity>`` right before a name: "Prime Minister of Japan Fumio Kishida"."""
    for of_at in range(max(0, end - 6), end - 1):
        if doc[of_at].lower_ == "of":
            code = find_polity(doc, of_at + 1, end)
            found = find_title(doc, of_at)
            if code and found:
                return found, code
    return None, None


def title_after(doc: Doc, end: int) -> tuple[lexicon.Title | None, str | None, str]:
    """Role and country after a name: "X of Canada" or the apposition "X, the president of Mexico"."""
    after = polity_after_of(doc, end)
    if after:
        return None, after[1], "name-of-polity"
    if end < len(doc) and doc[end].text == ",":
        return _apposition(doc, end + 1)
    return None, None, ""


def _apposition(doc: Doc, start: int):
    stop = start
    while stop < len(doc) and stop - start < 12 and doc[stop].text not in (",", ";", ".", "(", ")") and \
            not (doc[stop].pos_ == "VERB"):
        stop += 1
    i = start
    if i < stop and doc[i].lower_ in ("the", "who", "a"):
        i += 1
    if i < stop and doc[i].lower_ in ("is", "was"):
        i += 1
        if i < stop and doc[i].lower_ in ("the", "a"):
            i += 1
    country = None
    before = _leading_polity(doc, i, stop)
    if before:
        i, country = before
    for end in range(stop, i, -1):
        title = lexicon.title_index().get(fold(doc[i:end].text))
        if title and end < len(doc) and _continues_name(doc[end], loose=True):
            return None, None, ""  # ", Secretary of Defense Lloyd Austin": the next person's title
        if title:
            of = polity_after_of(doc, end)
            return title, (of[1] if of else country), "apposition"
    return None, None, ""


def _leading_polity(doc: Doc, start: int, stop: int):
    for size in (4, 3, 2, 1):
        if start + size <= stop:
            code = find_polity(doc, start, start + size)
            if code:
                return start + size, code
    return None


def named_mentions(doc: Doc) -> list[Mention]:
    """Every named person mention in the document, with role and country where the text gives them."""
    out, taken = [], set()
    for ent in _person_spans(doc):
        bounds = clean_name(ent)
        if not bounds or bounds[0] in taken:
            continue
        start, end = bounds
        name = doc[start:end].text
        if end - start == 1 and start > 0 and doc[start - 1].lower_ == "the":
            continue  # "the Sahel": a place, not a person
        if lexicon.lookup_polity(name) or _is_title_only(name):
            continue
        taken.update(range(start, end))
        subject = any(t.dep_ in ("nsubj", "nsubjpass") or t.dep_ == "poss" and t.head.dep_ == "nsubj"
                      for t in doc[start:end])
        out.append(_with_title(doc, Mention(start, end, name, "name", span_start=start, span_end=end,
                                            subject=subject)))
    _share_plural_titles(doc, out)
    return out


def _share_plural_titles(doc: Doc, found: list[Mention]) -> None:
    """"Presidents A of X and B of Y": B, listed right after A, shares the plural title."""
    for prev, m in zip(found, found[1:]):
        plural = prev.role and fold(doc[prev.span_start:prev.start].text).split(" ")[-1].endswith("s")
        between = [t for t in doc[prev.end:m.start] if t.lower_ not in (",", "and", "of", "the")]
        if plural and m.role is None and all(lexicon.lookup_polity(t.text) or t.ent_type_ == "GPE" for t in between):
            m.role, m.title_kind, m.rule = prev.role, prev.title_kind, "plural-title"


def _person_spans(doc: Doc) -> list[Span]:
    """PERSON entities plus proper-noun runs right after a title that NER missed."""
    spans = [e for e in doc.ents if e.label_ == "PERSON"]
    covered = {i for e in spans for i in range(e.start, e.end)}
    for i, tok in enumerate(doc):
        if i in covered or not _continues_name(tok, loose=True):
            continue
        if i > 0 and (doc[i - 1].pos_ == "PROPN" and doc[i - 1].text[:1].isupper() and not find_title(doc, i)):
            continue
        if find_title(doc, i):
            end = i
            while end < len(doc) and end not in covered and _continues_name(doc[end], loose=True):
                end += 1
            if end - i >= 2 or _looks_like_surname(doc, i):
                spans.append(doc[i:end])
                covered.update(range(i, end))
    return sorted(spans, key=lambda s: s.start)


def _looks_like_surname(doc: Doc, i: int) -> bool:
    """A lone proper noun after a title is a surname unless it names a country or a known place."""
    return doc[i].ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP") and not lexicon.lookup_polity(doc[i].text) \
        and lexicon.fold(doc[i].text) not in lexicon.places()


def _is_title_only(name: str) -> bool:
    return fold(name) in lexicon.title_index()


def _with_title(doc: Doc, m: Mention) -> Mention:
    before = title_before(doc, m.start)
    if before:
        m.span_start, title, m.country = before
        m.role, m.title_kind, m.rule = title.role, title.kind, "title-name"
        m.extra = _more_titles(doc, m.span_start)
    title, country, rule = title_after(doc, m.end)
    if title and not m.role:
        m.role, m.title_kind, m.rule = title.role, title.kind, rule
    if country and not m.country:
        m.country = country
        m.rule = m.rule if m.role else rule
    return m


def nominal_mentions(doc: Doc, named: list[Mention]) -> list[Mention]:
    """Role anaphora: "the Mexican president", "Canada's prime minister", "his counterpart in Mexico"."""
    used = {i for m in named for i in range(m.span_start, m.span_end)}
    starts = {m.start for m in named}
    out: list[Mention] = []
    i = 0
    while i < len(doc):
        found = None if i in used else (_nominal_title(doc, i, starts) or _nominal_group(doc, i))
        if found:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out


def _title_at(doc: Doc, i: int):
    index = lexicon.title_index()
    for size in range(min(MAX_TITLE, len(doc) - i), 0, -1):
        title = index.get(fold(doc[i:i + size].text))
        if title:
            return i + size, title
    return None


def _nominal_title(doc: Doc, i: int, name_starts: set[int]) -> Mention | None:
    found = _title_at(doc, i)
    if not found:
        return None
    end, title = found
    if end in name_starts or (end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper()):
        return None
    before = polity_before(doc, i)
    det = i > 0 and doc[i - 1].lower_ in ("the", "his", "her", "their", "its")
    if not before and not det:
        return None
    country = before[1] if before else None
    after = polity_after_of(doc, end)
    if after:
        end, country = after
    span_start = before[0] if before else i
    capitalised = doc[i].text[:1].isupper() and i > 0 and doc[i - 1].lower_ == "the"
    rule = "role-anaphora-capitalised" if capitalised else "role-anaphora"
    return Mention(i, end, None, "nominal", title.role, country, title.kind, rule, span_start=span_start, span_end=end,
                   subject=doc[end - 1].dep_ in ("nsubj", "nsubjpass"))


def _nominal_group(doc: Doc, i: int) -> Mention | None:
    """"counterpart(s)"/"leader(s)" with countries: "the leaders of Canada and Mexico"."""
    if doc[i].lower_ not in COUNTERPART:
        return None
    countries = list(_demonyms_before(doc, i))
    j = i + 1
    if j < len(doc) and doc[j].lower_ in ("of", "in", "from", "for"):
        countries_after, j = _polity_list(doc, j + 1)
        countries.extend(countries_after)
    if not countries:
        return None
    kind = "head" if doc[i].lower_.startswith(("leader", "head", "government")) else "counterpart"
    return Mention(i, max(j, i + 1), None, "nominal", None, countries[0] if len(countries) == 1 else None, kind,
                   "counterpart-anaphora", countries=tuple(countries), span_start=i, span_end=max(j, i + 1))


def _demonyms_before(doc: Doc, i: int):
    j = i - 1
    found = []
    while j >= 0 and (doc[j].text in (",", "and") or lexicon.lookup_polity(doc[j].text)):
        code = lexicon.lookup_polity(doc[j].text)
        if code:
            found.append(code)
        j -= 1
    return reversed(found)


def _polity_list(doc: Doc, j: int) -> tuple[list[str], int]:
    codes = []
    while j < len(doc):
        if doc[j].lower_ in ("the", ",", "and"):
            j += 1
            continue
        hit = _leading_polity(doc, j, min(len(doc), j + 4))
        if not hit:
            break
        j, code = hit
        codes.append(code)
    return codes, j


def surname_mentions(doc: Doc, named: list[Mention]) -> list[Mention]:
    """Later bare surnames of people already named in full, where NER missed them ("Schiff said")."""
    taken = {i for m in named for i in range(m.span_start, m.span_end)}
    surnames = {fold(doc[m.end - 1].text) for m in named if m.end - m.start >= 2}
    out = []
    for tok in doc:
        if tok.i in taken or tok.pos_ != "PROPN" or not tok.text[:1].isupper() or fold(tok.text) not in surnames:
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper():
            continue
        subject = tok.dep_ in ("nsubj", "nsubjpass")
        out.append(_with_title(doc, Mention(tok.i, tok.i + 1, tok.text, "name", span_start=tok.i, span_end=tok.i + 1,
                                            subject=subject)))
    return out


def _more_titles(doc: Doc, start: int) -> list[tuple]:
    """Titles joined by "and" in front of a name: "Crown Prince and Prime Minister", "party leader and PM"."""
    out = []
    while start >= 2 and doc[start - 1].lower_ == "and":
        found = find_title(doc, start - 1)
        if not found:
            break
        start, title = found
        before = polity_before(doc, start)
        out.append((title.role, before[1] if before else None, title.kind))
        if before:
            start = before[0]
    return out


def respectively(doc: Doc, named: list[Mention], nominal: list[Mention]) -> None:
    """"X and his Greek, Cypriot and French counterparts, A, B and C, respectively": A, B, C get X's role."""
    for group in nominal:
        if group.title_kind != "counterpart" or len(group.countries) < 2:
            continue
        tail = doc[group.end:min(len(doc), group.end + 40)]
        stop = next((t.i for t in tail if t.lower_ == "respectively"), None)
        if stop is None:
            continue
        listed = [m for m in named if group.end <= m.start < stop]
        owner = next((m for m in reversed(named) if m.end <= group.start and m.role), None)
        if owner is None or len(listed) != len(group.countries):
            continue
        for m, code in zip(listed, group.countries):
            m.role = m.role or owner.role
            m.country = m.country or code
            m.title_kind, m.rule = owner.title_kind, "counterparts-respectively"

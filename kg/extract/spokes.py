"""Spokespersons: official when the text ties them to a state body or a polity, else affiliations.

The annotation guide lists a government's, a ministry's, an army's, a police force's or an international
organisation's spokesperson as a role, and not a protest group's ("30A spokesman X"). A title of kind
``spokesperson`` (``titles.tsv``: "spokesman", "spokeswoman", "spokesperson", "press secretary") is therefore
non-political (``non-political-kinds``) until a state body or a polity goes with it:

- a state body before it is a title row of its own ("army spokesman", "foreign ministry spokesperson", kind
  ``advisor``), found by the title lexicon like any other title;
- a polity before it: "UNRWA spokesperson X", "an Israeli spokesman" (:func:`official`);
- "for"/"of" a state body or a polity after it: "spokesman for the Bulgarian government" (the title row
  "government spokesman"; "for the Department of State": "department of state spokesman"), "a spokeswoman for the
  police department", "Press Secretary for the White House", "a spokesman for the Unification Ministry of South
  Korea" (a public body, ``org_words.tsv``, "of" a polity) (:func:`body_after`);
- a head of state or government or a minister whose spokesperson it is (``principal-kinds``): "the Israeli Prime
  Minister's spokesman X", "a spokesman for President Y, X" (:func:`principal_before`, :func:`principal_after`),
  also one the article titles elsewhere: "X, a spokesman for Sarkozy" (:func:`served_person`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg import lexicon
from kg.extract import staff
from kg.extract.arraymatch import table_of
from kg.extract.countries import leading_polity, polity_after_of, polity_before
from kg.extract.lexmatch import marks
from kg.extract.orgnames import org_word, private_body_before
from kg.extract.title_patterns import find_title
from kg.lexicon import Title, fold

SPOKES = "spokesperson"  # the title kind of a bare spokesperson (titles.tsv)
OFFICIAL = "advisor"  # the kind of a state body's spokesperson (titles.tsv: "army spokesman")


def official(title: Title, country: str | None) -> Title:
    """A bare spokesperson's title with a polity before it ("UNRWA spokesperson X") is that polity's official."""
    return replace(title, kind=OFFICIAL) if title.kind == SPOKES and country else title


def official_kind(kind: str | None) -> str | None:
    """A bare spokesperson's title kind once the text gives the post a country: that state's official's."""
    return OFFICIAL if kind == SPOKES else kind


def body_after(doc: Doc, end: int, title: Title) -> tuple[Title, str | None] | None:
    """A bare spokesperson's title followed by "for/of (the) <polity>? <state body>": the title row of the body's
    spokesperson ("spokesman for the Bulgarian government" → Government Spokesman, BG), else the title made
    official with the polity's or the body's country ("Press Secretary for the White House" → US)."""
    if title.kind != SPOKES or end + 1 >= len(doc) or doc[end].lower_ not in ("for", "of"):
        return None
    j = end + 1 + (doc[end + 1].lower_ == "the")
    stop = min(len(doc), j + staff.MAX_BODY)
    polity = leading_polity(doc, j, stop)
    code = None
    if polity:
        j, code = polity
    word = fold(doc[end - 1].text)
    for n in (3, 2, 1):  # three words only for a body named with "of": "for the Department of State"
        fits = j + n <= stop and (n < 3 or doc[j + 1].lower_ == "of")
        hit = lexicon.title_index().get(f"{fold(doc[j:j + n].text)} {word}") if fits else None
        if hit is not None and hit.kind == OFFICIAL:
            return hit, code or hit.country or _public_body_of(doc, j, stop)
    body = staff.body_country(doc, j, min(stop, j + 3)) if j < stop and doc[j].text[:1].isupper() else None
    country = code or body or _public_body_of(doc, j, stop)
    if country or _public_body_end(doc, j, stop) is not None:  # "a spokesman for the Foreign Affairs Ministry":
        return replace(title, kind=OFFICIAL), country  # a state's official, the country from the article if none
    return None


def _public_body_end(doc: Doc, j: int, stop: int) -> int | None:
    """The end of a capitalised public body's name (``org_words.tsv``, sector public) starting at ``j``: "Foreign
    Affairs Ministry", "Budapest Police Department" (not "Smith Foundation"); else None."""
    k = j
    while k < stop and doc[k].text[:1].isupper() and doc[k].pos_ in ("PROPN", "NOUN"):
        k += 1
    return k if k > j and org_word(doc[k - 1], ("public",)) else None


def _public_body_of(doc: Doc, j: int, stop: int) -> str | None:
    """The country after a capitalised public body's name and "of": "the Unification Ministry of South Korea", "the
    Foreign Ministry of Peru" (not "the Smith Foundation of Canada")."""
    k = _public_body_end(doc, j, stop)
    after = polity_after_of(doc, k, ("of",)) if k is not None else None
    return after[1] if after else None


def body_before(doc: Doc, end: int) -> tuple[int, Title, str | None] | None:
    """"Spokesman for the National Security Council X", "the spokesman of the Portuguese Foreign Ministry, X": a bare
    spokesperson's title, "for/of" and a state body (:func:`body_after`) that runs up to ``end`` (the name, or the
    comma before it); (start, title, country) or None. The name must be a person's ("spokesperson for the
    Australian Democrats" names none)."""
    name = end + 1 if end < len(doc) and doc[end].text == "," else end
    if name >= len(doc) or doc[name].ent_type_ != "PERSON":
        return None
    lower, strings = table_of(doc).cols["LOWER"], doc.vocab.strings  # read from the column, without a Token
    for k in range(end - 2, max(0, end - staff.MAX_BODY - 2), -1):
        if strings[lower[k]] not in ("for", "of") or not all(t.pos_ in ("DET", "PROPN", "NOUN", "ADJ") or
                                                         t.lower_ == "of" for t in doc[k + 1:end]):  # "… of Peru"
            continue
        found = find_title(doc, k)
        after = body_after(doc, k, found[1]) or principal_after(doc, k, end, found[1]) if found is not None else None
        if found is not None and after is not None:
            return found[0], after[0], after[1]
    return None


def _principal(doc: Doc, end: int) -> tuple[int, str | None] | None:
    """A head's or a minister's title (``principal-kinds``) ending at ``end``, with the country before it: its
    start and that country."""
    found = find_title(doc, end)
    if found is None or found[1].kind not in lexicon.words("principal-kinds") or private_body_before(doc, found[0]):
        return None  # not "the company chairman's spokesman"
    polity = polity_before(doc, found[0])
    return (polity[0], polity[1]) if polity else (found[0], found[1].country)


def principal_before(doc: Doc, start: int, title: Title) -> tuple[int, Title, str | None] | None:
    """"The Israeli Prime Minister's spokesman X": a bare spokesperson's title after a head's or a minister's
    possessive title is that state's official, (start, title, country)."""
    if title.kind != SPOKES or start < 2 or doc[start - 1].tag_ != "POS":
        return None
    principal = _principal(doc, start - 1)
    return (principal[0], replace(title, kind=OFFICIAL), principal[1]) if principal else None


def principal_apposition(doc: Doc, start: int) -> tuple[Title, str | None] | None:
    """", Israel Prime Minister X's adviser,", ", one of President Y's aides,": a bare spokesperson's, adviser's or
    aide's title (kind ``spokesperson``) right after a head's or a minister's possessive titled name in an apposition
    starting at ``start`` is that state's official: the title and the head's country (or None)."""
    for k in range(start + 2, min(len(doc) - 1, start + 10)):
        if doc[k].text in (",", ";", ".", "(", ")") or "\n" in doc[k].text:
            return None
        hit = marks(doc).title_at(k + 1) if doc[k].tag_ == "POS" and doc[k - 1].ent_type_ == "PERSON" else None
        if hit is None or lexicon.title_by_id()[hit[1]].kind != SPOKES:
            continue
        name = k - 1
        while name > start and doc[name].ent_iob_ == "I":
            name -= 1
        principal = _principal(doc, name)
        return (replace(lexicon.title_by_id()[hit[1]], kind=OFFICIAL), principal[1]) \
            if principal and principal[0] >= start else None
    return None


def principal_after(doc: Doc, k: int, end: int, title: Title) -> tuple[Title, str | None] | None:
    """"A spokesman for President Y, X", ", an adviser to Prime Minister Y,": a bare spokesperson's, adviser's or
    aide's title, "for" or "to" and a head's or minister's titled name that runs up to ``end``: the official title and
    the head's country (or None)."""
    if title.kind != SPOKES or doc[k].lower_ not in ("for", "to"):
        return None
    j = k + 1 + (doc[k + 1].lower_ == "the")
    name = next((i for i in range(j + 1, end) if doc[i].ent_type_ == "PERSON"), None)
    if name is None or not all(t.ent_type_ == "PERSON" for t in doc[name:end]):
        return None
    principal = _principal(doc, name)
    return (replace(title, kind=OFFICIAL), principal[1]) if principal and principal[0] >= j else None


def served_person(doc: Doc, k: int, end: int, title: Title) -> bool:
    """"X, a spokesman for Sarkozy", ", a press secretary to Y": a bare spokesperson's title (``served-spokes-titles``,
    not an adviser's or an aide's), "for" or "to" and a person's name with no title of its own there: the
    apposition's person speaks for that one, whose post the article may give elsewhere (``roles._served_country``)."""
    if title.id not in lexicon.words("served-spokes-titles") or k + 1 >= end or doc[k].lower_ not in ("for", "to"):
        return False
    name = doc[k + 1]
    return name.ent_type_ == "PERSON" and name.ent_iob_ == "B" or name.pos_ == "PROPN" and any(
        e.label_ == "PERSON" and e.end <= name.i and e[-1].text == name.text for e in doc.ents)  # a surname NER missed

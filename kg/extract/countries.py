"""Countries and organisations around titles and names, read from the lexicon marks (:mod:`kg.extract.lexmatch`):
"Mexican President", "Canada's prime minister", "the President of Mexico", "the leaders of Canada and Mexico"."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.lexmatch import marks, polities_ending, polities_starting, polity_span
from kg.extract.orgnames import region_countries, us_states
from kg.extract.sentences import span_text
from kg.lexicon import fold

Code = str  # an ISO 3166-1 alpha-2 code or an organisation's short code ("UN", "EU")


demonyms = lexicon.demonyms  # folded demonyms ("ukrainian"): adjectives, so "of the Ukrainian" is not "of Ukraine"


def find_polity(doc: Doc, start: int, end: int) -> Code | None:
    """A country/organisation code for exactly ``doc[start:end]`` (a name, alias, demonym or possessive)."""
    return polity_span(doc, start, end)


def named_polity_start(doc: Doc, end: int, max_len: int) -> int | None:
    """Where the longest name of a country or organisation of at most ``max_len`` tokens that ends right before token
    ``end`` starts, read from the text alone (a name the tokenizer split: "Guinea - Bissau"; "Papua New Guinea", not
    "Guinea"), or None.

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> named_polity_start(Doc(Vocab(), words=["met", "New", "Zealand", "'s", "Ana"]), 3, 3)
    1
    """
    return next((k for k in range(max(end - max_len, 0), end) if lexicon.lookup_polity(span_text(doc, k, end))), None)


def polity_before(doc: Doc, end: int) -> tuple[int, Code] | None:
    """A demonym, country or possessive country ("Canada's") that ends just before ``end``."""
    for start, code in polities_ending(doc, end, 5):
        if doc[start].is_lower and doc[start].lower_ != "the" and end - start > 1:
            continue
        if not (doc[start].ent_iob_ == "I" and start > 0 and doc[start - 1].text[:1].isupper()):
            return start, code  # not "Mexico" in "New Mexico Governor"
    return None


OF_POLITY_TOKENS = 8  # "the Economic Community of West African States": seven tokens


def polity_after_of(doc: Doc, start: int, words: tuple[str, ...] = ("of", "for")) -> tuple[int, Code] | None:
    """``of <polity>`` (or ``of the <polity>``) starting at ``start``; returns the end index and code. A name of the
    lexicon may be long: "of the Economic Community of West African States" (``OF_POLITY_TOKENS``)."""
    if start >= len(doc) or doc[start].lower_ not in words:
        return None
    for end, code in polities_starting(doc, start + 1, len(doc), OF_POLITY_TOKENS):
        if not (fold(doc[end - 1].text) in demonyms() and end < len(doc) and doc[end].text[:1].isupper()):
            return end, code  # not "of the American Federation of Teachers"
    return None


def leading_polity(doc: Doc, start: int, stop: int) -> tuple[int, Code] | None:
    """The longest polity (at most four tokens) starting at ``start`` and ending by ``stop``."""
    hits = polities_starting(doc, start, stop, 4)
    return hits[0] if hits else None


def leading_state(doc: Doc, start: int, stop: int) -> tuple[int, Code] | None:
    """A US state or a province of ``regions.tsv`` (at most three tokens) starting at ``start`` right before a
    title: ", New Mexico Secretary of Higher Education" is a US post (its end and the country)."""
    for end in range(min(stop, start + 3), start, -1):
        text = fold(span_text(doc, start, end))
        code = "US" if text in us_states() else region_countries().get(text)
        if code and doc[start].text[:1].isupper() and marks(doc).title_at(end) is not None:
            return end, code
    return None


def region_before(doc: Doc, end: int) -> tuple[int, Code] | None:
    """A province, state or nation of ``regions.tsv`` (capitalised, at most three tokens, its possessive too) ending
    just before a title at ``end``: "New South Wales Premier X" is an Australian post."""
    end -= end >= 2 and doc[end - 1].lower_ in ("'s", "’s", "'")
    for start in range(max(0, end - 3), end):
        code = region_countries().get(fold(span_text(doc, start, end)))
        if code and doc[start].text[:1].isupper():
            return start, code
    return None


def provincial(title: lexicon.Title) -> lexicon.Title:
    """A head's title after a province's name is the province's head (``head-kinds`` become subnational): "Ontario
    Premier X" stays Premier, never the nation's Prime Minister."""
    return replace(title, kind="subnational") if title.kind in lexicon.words("head-kinds") else title


def place_country(doc: Doc, start: int, end: int) -> Code | None:
    """The country of the known place (a capital, a city: ``places.tsv``; a US state; a province or state of
    ``regions.tsv``) that is exactly ``doc[start:end]``: "the mayor of London X" is a British official."""
    if end - start > 3:
        return None
    text = fold(doc[start:end].text)
    if text in us_states():
        return "US"  # "the governor of California"
    if text in region_countries():
        return region_countries()[text]  # "of British Columbia"
    place = lexicon.places().get(text)
    return place.country if place and place.country else None


def place_after_of(doc: Doc, start: int) -> tuple[int, Code] | None:
    """``of <known place>`` starting at ``start`` (end index and the place's country): ", the mayor of London"."""
    if start >= len(doc) or doc[start].lower_ != "of":
        return None
    for end in range(min(len(doc), start + 4), start + 1, -1):
        code = place_country(doc, start + 1, end)
        if code:
            return end, code
    return None


def state_after_of(doc: Doc, start: int) -> tuple[int, Code] | None:
    """``of <US state>`` after a name: "Senator X of Arizona" is a US official; "of Georgia", a country too, only in
    a text that names another US state ("Senators A of Florida and B of Georgia"), else the country's."""
    found = place_after_of(doc, start)
    if not found or found[1] != "US":
        return None
    return found if not find_polity(doc, start + 1, found[0]) or _other_state(doc, start + 1, found[0]) else None


def _other_state(doc: Doc, start: int, end: int) -> bool:
    """The text names a US state other than ``doc[start:end]`` and not a city's namesake (``state-city-namesakes``:
    "Washington" is mostly the US government) nor a country's ("Georgia" twice is no evidence)."""
    here, cities = fold(doc[start:end].text), lexicon.words("state-city-namesakes")
    for s, hits in marks(doc).starts.get("state", {}).items():
        for e, _ in hits:
            text = fold(doc[s:e].text)
            if text not in (here, *cities) and not find_polity(doc, s, e):
                return True
    return False


def place_before(doc: Doc, end: int) -> tuple[int, Code | None] | None:
    """A place name (capitalised words the model calls a place, not a country) ending just before ``end``: its
    start and, for a known place, its country ("the El Paso mayor, X", "the Lahore police chief, Y")."""
    start = end
    while start > 0 and end - start < 3 and doc[start - 1].ent_type_ == "GPE" and doc[start - 1].text[:1].isupper():
        start -= 1
    if start == end or find_polity(doc, start, end):
        return None
    return start, place_country(doc, start, end)


def named_place(doc: Doc, start: int, end: int) -> bool:
    """``doc[start:end]`` is one to three capitalised words the model calls a place, not a country: "New Orleans"
    in "the mayor of New Orleans, X" (a city's post, whatever city)."""
    whole = doc[start].ent_iob_ == "B" and (end >= len(doc) or doc[end].ent_iob_ != "I")  # not "of New" + "Orleans"
    return 0 < end - start <= 3 and whole and all(t.ent_type_ == "GPE" and t.text[:1].isupper()
                                                  for t in doc[start:end]) and not find_polity(doc, start, end)


def national_premier(role: str | None, country: str | None) -> bool:
    """A "Premier" of a country the text gives is its Prime Minister ("Greek Premier X", "the Indian premier"),
    unless its head of government's title is Premier (``premier-countries``: China's) or it is no country."""
    return role == "Premier" and bool(country) and country not in lexicon.words("premier-countries") and \
        not lexicon.polity(country or "").is_org

"""The country an article is about, for a role the text gives no country (``rolecountry.article_home``): its wire
dateline's, its dominant country, its headline's."""

from __future__ import annotations

from functools import cache
from itertools import takewhile

from spacy.tokens import Span

from kg import lexicon
from kg.extract.context import Context, dateline_country
from kg.extract.lexmatch import marks
from kg.extract.orgnames import region_countries, us_states
from kg.extract.quotemarks import quote_spans
from kg.extract.sentences import headline_chars
from kg.extract.spans import doc_ents


def dateline_home(ctx: Context) -> str | None:
    """The country of a wire dateline's cities ("PRAGUE, April 18 —", ``context.dateline_country``) when the article
    names it at least twice itself: the country it reports from, not a venue of foreign talks ("HAVANA —" for
    talks of two other sides)."""
    code = dateline_country(ctx.article)
    return code if code is not None and country_counts(ctx).get(code, 0) >= 2 else None


def dominant_country(ctx: Context) -> str | None:
    """The country an article is mostly about: at least half of its country mentions (None otherwise); of two
    named as often, the one of its wire dateline's city ("KAMPALA —")."""
    counts = country_counts(ctx)
    if not counts:
        return None
    most = max(counts.values())
    tied = [c for c, n in counts.items() if n == most]
    line = dateline_country(ctx.article) if len(tied) > 1 else None
    code, n = max(counts.items(), key=lambda kv: (kv[1], kv[0] == line))
    return code if n * 2 >= sum(counts.values()) and n >= 2 else None


def country_counts(ctx: Context) -> dict[str, int]:
    """How often the article names each country (a US state counts as the US, a province as its country). A place's
    or a people's entity counts; so does one of another label (``country-count-labels``) that is a country's name or
    demonym and nothing more, which the tagger mislabels now and then ("Ugandan" or "Bangladeshi" as an ORG)."""
    counts: dict[str, int] = {}
    also = lexicon.words("country-count-labels")
    for ent in doc_ents(ctx.doc):
        if ent.label_ in ("GPE", "NORP") or ent.label_ in also and lexicon.lookup_polity(ent.text):
            code = lexicon.lookup_polity(ent.text) or region_country(ent.text)  # "Ontario": Canada
            if code and not lexicon.polity(code).is_org:  # a US state that is no country's namesake counts as US
                counts[code] = counts.get(code, 0) + 1
    _drop_state_namesakes(ctx, counts)
    return counts


def _drop_state_namesakes(ctx: Context, counts: dict[str, int]) -> None:
    """"Georgia" in an article that names the US or another US state is the state, not the country."""
    states = _states()
    named = [e for e in doc_ents(ctx.doc) if e.label_ == "GPE" and lexicon.fold(e.text) in states]
    for ent in named:
        code = lexicon.lookup_polity(ent.text)
        if code in counts and ("US" in counts or any(lexicon.fold(e.text) != lexicon.fold(ent.text) for e in named)):
            del counts[code]


def headline_country(ctx: Context) -> str | None:
    """The one country (no organisation) the headline names, itself or by a city of ``places.tsv`` (else by a
    province or US state), for an article with no dominant country: "Norwegian parliament meets after vote", "Two
    ministers say they will run in the next Dutch election", "Toronto police review the case" (Canada's), "Cabinet
    shuffled in Manitoba" (Canada's)."""
    end = headline_chars(ctx.doc, ctx.article.title)
    if not end:
        return None
    m = marks(ctx.doc)
    heads = [tok for tok in takewhile(lambda t: t.idx < end, ctx.doc)  # the headline's tokens
             if tok.ent_iob_ != "I"]  # not "South American"
    codes = {code for tok in heads for _, code in m.starting("polity", tok.i) if not lexicon.polity(code).is_org}
    codes |= {c for tok in heads for _, pid in m.starting("place", tok.i) if (c := city_country(pid))}
    if not codes:  # "Cabinet shuffled in Ontario": a province's or a US state's country (not "Georgia", a country)
        codes = {c for e in doc_ents(ctx.doc)
                 if e.label_ == "GPE" and e.start_char < end and (c := _region_code(e.text))}
    return next(iter(codes)) if len(codes) == 1 else None


def _region_code(name: str) -> str | None:
    """The country of a province or US state (:func:`region_country`) that names no country: "Ontario" → CA."""
    return None if lexicon.lookup_polity(name) else region_country(name)


def region_country(name: str) -> str | None:
    """The country of a US state (:func:`_states`) or of a province of ``regions.tsv``: "Ohio" → US, "Ontario"
    → CA."""
    folded = lexicon.fold(name)
    return "US" if folded in _states() else region_countries().get(folded)


def _states() -> frozenset[str]:
    """The US states the news does not mostly mean as a city ("Washington" is mostly the US government)."""
    return us_states() - lexicon.words("state-city-namesakes")


@cache
def _city_countries() -> dict[str, str]:
    return {p.id: p.country for p in lexicon.places().values() if p.kind == "city"}


def city_country(place_id: str) -> str | None:
    """The country of a city of ``places.tsv`` (None for a venue)."""
    return _city_countries().get(place_id)


def acting_country(ctx: Context, start: int, end: int, taken: list[tuple[int, int]]) -> str | None:
    """The one country the sentence of ``doc[start:end]`` names, outside the titled names of ``taken`` (their own
    countries), when it names it as an actor or an owner, not as the object of a verb or a preposition
    (``object-deps``), at least once: "Defence Minister X said Venezuela did not recognise the court" (Venezuela),
    "spokesman Y said China's sovereignty was clear" (China), "The Chinese leader's speech was read by
    Commerce Minister Z" (China); not "Minister W thanked Mexico", "spokesman V said Indian troops attacked Chinese
    personnel" (two countries), nor "Minister U met Chinese Foreign Minister T" (a name's title). A country inside
    a quotation of the sentence counts only when none outside it does: '"The Philippines must stop," spokesman S
    said, warning that China would …' names China, whom the speaker is, not the side he addresses."""
    doc = ctx.doc
    sent = doc[start].sent
    quoted = [(sent.start_char + a, sent.start_char + b) for a, b in quote_spans(sent.text)]
    found: dict[bool, tuple[set[str], set[str]]] = {False: (set(), set()), True: (set(), set())}  # named, acting
    for tok in sent:
        if start <= tok.i < end or any(s <= tok.i < e for s, e in taken) or other_side(tok):
            continue
        named, acting = found[any(a <= tok.idx < b for a, b in quoted)]
        for stop, code in marks(doc).starting("polity", tok.i)[:1] or capital_at(ctx, tok):
            if not lexicon.polity(code).is_org:
                named.add(code)
                if not _object(doc[tok.i:stop]):
                    acting.add(code)
    named, acting = found[False] if found[False][0] else found[True]
    return named.pop() if len(named) == 1 and acting == named and not _two_sides(doc[start:end]) else None


def other_side(tok) -> bool:
    """Whether a token (a demonym, a country's name, a word of one) says whose counterpart or host someone is
    (``other-side-nouns``): "X and his Tajik counterpart, Y" names Y's country, the other side's, not X's."""
    nouns = lexicon.words("other-side-nouns")
    while tok.dep_ in ("amod", "compound") and tok.head.lower_ not in nouns and tok.head.i == tok.i + 1:
        tok = tok.head  # "South Korean counterpart"
    return tok.head.lower_ in nouns and tok.dep_ in ("amod", "compound", "nmod")


def capital_at(ctx: Context, tok) -> list[tuple[int, str]]:
    """A national capital (``countries.tsv``) as an entity of its own (a place; a person or an organisation as the
    tagger now and then takes it), standing for its government as an
    actor or an owner when it is not an object ("Moscow's own format", "Islamabad did not name the targets"): its
    country; [] for any other token."""
    if tok.ent_iob_ != "B" or tok.ent_type_ not in ("GPE", "PERSON", "ORG"):
        return []  # the tagger takes "Kyiv" or "Bogotá" for a person now and then (the whole entity is the capital)
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    code = lexicon.capitals().get(lexicon.fold(tok.doc[tok.i:end].text))
    return [] if code is None or _object(tok.doc[tok.i:end]) else [(end, code)]


def _object(span: Span) -> bool:
    """Whether a country's name is, or lies inside, the object of a verb or a preposition (``object-deps``) on its
    way up to the sentence's root: "thanked Mexico", "exclude the Russian company", "quit over X's assertion that
    Israel committed war crimes"."""
    objects = lexicon.words("object-deps")
    return any(t.dep_ in objects for t in (span.root, *span.root.ancestors))


def _two_sides(span: Span) -> bool:
    """Whether the verb the titled name hangs on has one side meet or address another (``two-sides-verbs``): "the
    Cambodian leader was greeted by Deputy Foreign Minister X" names X's guest, "General Y demanded that China
    return the rifles" the side Y addresses, not their own countries."""
    tok = span.root
    while tok.head != tok and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok.lemma_.lower() in lexicon.words("two-sides-verbs")

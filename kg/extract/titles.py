"""Titles around a name: "Mexican President X", "X of Canada", "X, the president of Mexico".

Title phrases and countries come from the lexicon marks (:mod:`kg.extract.lexmatch`, one ``PhraseMatcher``
pass per document); countries around a title from :mod:`kg.extract.countries`; what a name may contain from
:mod:`kg.extract.names`. Every finder returns a :class:`TitleMatch` (or ``None``).
"""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc

from kg import lexicon
from kg.extract import orgnames, spokes, staff
from kg.extract.appositions import (
    before_abbreviation,
    list_of_posts,
    polity_before_label,
    polity_before_party,
    stacked_post,
)
from kg.extract.arraymatch import table_of
from kg.extract.caches import per_doc
from kg.extract.countries import (
    demonyms,
    find_polity,
    named_place,
    place_country,
    polity_before,
    provincial,
    region_before,
)
from kg.extract.lexmatch import clean, marks
from kg.extract.names import is_honorific
from kg.extract.orgnames import private_body_before, us_state_before
from kg.extract.rulematch import rule_marks
from kg.extract.sentences import span_text
from kg.extract.title_heads import deputy_party_leader, leader_of_before, org_head_before
from kg.extract.title_match import TitleMatch
from kg.extract.title_openers import opens, past_affiliation, past_lead
from kg.extract.title_patterns import (
    MAX_TITLE,
    committee_chair,
    find_title,
    named_portfolio,
    polity_past_service,
    portfolio_before,
    pre_portfolio,
    ranked_before,
    serves_principal,
    un_envoy,
)
from kg.lexicon import fold


def home(title: lexicon.Title, country: str | None) -> str | None:
    """The country the text gives, else the title's own country."""
    return country or title.country


def title_at(doc: Doc, i: int) -> tuple[int, lexicon.Title] | None:
    """The longest title phrase starting at token ``i``: its end and the title."""
    hit = marks(doc).title_at(i)
    return (hit[0], lexicon.title_by_id()[hit[1]]) if hit else None


def title_starts(doc: Doc) -> list[int]:
    """The tokens a title phrase starts at (where :func:`title_at` finds one), in no order."""
    return list(marks(doc).starts.get("title", {}))


def title_before(doc: Doc, start: int) -> TitleMatch | None:
    """Title (and country) in front of a name: "Mexican President", "Prime Minister of Japan"; found once per
    Doc and position (names, mentions and lists ask again for the same names)."""
    memo: dict[int, TitleMatch | None] = per_doc(doc, "kg_titles_before", lambda d: {})
    if start not in memo:
        memo[start] = _title_before(doc, start)
    return memo[start]


def _title_before(doc: Doc, start: int) -> TitleMatch | None:
    i = start
    while i > 0 and is_honorific(doc[i - 1], keep_the=False):
        i -= 1
    i = before_abbreviation(doc, i)  # "Prime Minister (PM) X"
    found = title_with_polity(doc, i)
    if found is None:
        found = _title_of_polity_before(doc, i) or _org_head(doc, i) or _spokes_for_body(doc, i) or \
            _tailed(doc, i, named=doc[start].ent_type_ == "PERSON" or staff.missed_name(doc, start))
        if found is None:
            return None
    t_start, title, country = found
    if t_start >= 2 and rule_marks(doc).has("principal-prep", t_start - 2) and serves_principal(doc, t_start - 3):
        return _tailed(doc, i, named=doc[start].ent_type_ == "PERSON" or staff.missed_name(doc, start))  # not his
    if private_body_before(doc, t_start):  # "Research Institute Director X": an office, but not a political one
        return TitleMatch(t_start, replace(title, kind="nonpolitical"), None)
    party = deputy_party_leader(doc, t_start, title) or _party_before(doc, t_start, title)
    if party:  # "deputy Labor leader X" is no Leader
        return TitleMatch(party[0], party[1], country)
    if head := party_head_before(doc, t_start, title):  # "SPD chair X": the party's leader
        return head
    t_start, title = ranked_before(doc, t_start, title)
    t_start, title = ranked_before(doc, *(committee_chair(doc, t_start, title) or named_portfolio(doc, t_start, title)
                                          or (t_start, title)))
    if country is None:  # "Deputy Information Minister X": the rank before the portfolio too
        t_start, title = ranked_before(doc, *(pre_portfolio(doc, t_start, title) or (t_start, title)))
        state = us_state_before(doc, t_start, chamber_only=title.kind == "head")
        if state is not None:
            return TitleMatch(state, title, "US")  # "Florida Governor X", "Illinois Senate President X" (not Georgia's)
        if region := region_before(doc, t_start):  # "New South Wales Premier X": a province's head, not the nation's
            return TitleMatch(region[0], provincial(title), region[1])
        if principal := spokes.principal_before(doc, t_start, title):  # "the Israeli Prime Minister's spokesman"
            return TitleMatch(*principal)
        before = polity_before(doc, t_start) or staff.body_before(doc, t_start) or \
            polity_past_service(doc, t_start) or polity_before_label(doc, t_start, title)  # "Canadian Liberal MP"
        if before:
            t_start, country = before
            t_start, title, country = un_envoy(doc, t_start, title, country) or (t_start, title, country)
    return TitleMatch(t_start, spokes.official(title, home(title, country)), home(title, country))


def _org_head(doc: Doc, end: int) -> TitleMatch | None:
    found = org_head_before(doc, end)  # "World Trade Organisation chief X"
    return TitleMatch(*found) if found else None


def _spokes_for_body(doc: Doc, end: int) -> TitleMatch | None:
    found = spokes.body_before(doc, end)  # "Spokesman for the National Security Council X"
    return TitleMatch(*found) if found else None


def plural_title_before(doc: Doc, end: int) -> TitleMatch | None:
    """A plural title ending right before ``end`` ("foreign ministers", "MPs"; a known title with a plural "s"
    counts too), or None."""
    found = title_before(doc, end) if end > 0 else None
    last = doc[end - 1].text if end > 0 else ""
    if found is None or not (found.title.plural or last.endswith("s") and fold(last[:-1]) in lexicon.title_index()):
        return None
    return found


def title_before_comma(doc: Doc, start: int) -> TitleMatch | None:
    """A title set off by a comma before a name: "The Senate Minority Leader, Chuck Schumer, said",
    "A member of the Tunisian Parliament, Samir Dilou said", "A third president, Richard Nixon, …", "The leader
    of the party, Sir X," (an honorific after the comma)."""
    while start > 2 and is_honorific(doc[start - 1], keep_the=False):
        start -= 1
    start = past_affiliation(doc, start)
    if start < 2 or doc[start - 1].text != ",":
        return None
    found = title_before(doc, start - 1)
    leader = leader_of_before(doc, start - 1) if found is None else None  # "the leader of the Greek Communist Party, X"
    found = found or (TitleMatch(leader[0], leader[1], None) if leader else None)
    if found is None:
        return None
    k, found = past_lead(doc, found)
    if not opens(doc, k, found):
        first = _first_of_pair(doc, k)  # "Opposition leader and leader of X, Y": the first title opens
        if first is None or not opens(doc, *past_lead(doc, first)):
            return None
        k = past_lead(doc, first)[0]
    if k >= 1 and rule_marks(doc).has("principal-prep", k - 1) and list_of_posts(doc, k - 2):
        return None  # "Senior Advisor to the President, Deputy Director …" (not "in Washington with the mayor, X")
    return found


def _first_of_pair(doc: Doc, k: int) -> TitleMatch | None:
    """The first of two titles joined by "and" before a comma and a name ("Deputy Prime Minister and Foreign
    Minister, X"; "Opposition leader and leader of Fine Gael, Y"): the second's other post, found by ``more_titles``."""
    if k < 1 or doc[k].lower_ != "and":
        return None
    leader = leader_of_before(doc, k)
    return title_before(doc, k) or (TitleMatch(leader[0], leader[1], None) if leader else None)


def title_with_polity(doc: Doc, end: int) -> TitleMatch | None:
    """A title ending before ``end``, also one with a country inside it: "Commander-in-Chief of the
    Ukrainian Armed Forces" is the Commander-in-Chief of the Armed Forces of Ukraine."""
    found = find_title(doc, end)
    portfolio = portfolio_before(doc, end)
    if portfolio and (found is None or portfolio[0] < found[0]):
        found = portfolio  # "Deputy Prime Minister for Finance", not "Minister for Finance"
    if found:
        return TitleMatch(found[0], found[1], None)
    if end < 3 or fold(doc[end - 1].text) not in lexicon.title_edges()[1]:
        return None
    m = marks(doc)
    for j in range(max(1, end - MAX_TITLE), end - 1):  # anchored on the countries inside the window
        if doc[j - 1].lower_ != "the":
            continue
        for j_end, _ in m.starting("polity", j):
            code = j_end - j <= 2 and j_end < end and find_polity(doc, j, j_end)
            start = _title_around(doc, j, j_end, end) if code else None
            if start is not None and code:
                title = lexicon.title_index()[fold(doc[start:j].text + " " + doc[j_end:end].text)]
                return TitleMatch(start, title, code)
    return None


def _title_around(doc: Doc, j: int, j_end: int, end: int) -> int | None:
    """The start of a title phrase that reads ``doc[start:j] + doc[j_end:end]`` (a country cut out)."""
    for start in range(max(0, end - MAX_TITLE - 2), j - 1):
        if fold(doc[start].text) not in lexicon.title_edges()[0] or not clean(doc, start, end):
            continue
        if fold(doc[start:j].text + " " + doc[j_end:end].text) in lexicon.title_index():
            return start
    return None


def party_head_before(doc: Doc, t_start: int, title: lexicon.Title) -> TitleMatch | None:
    """"SPD chair X", "LDP President Y", "NDP leader Z": a leader, president or chair (``party-head-titles``) right
    after a party of ``parties.tsv`` heads the party, so is its Leader (a party post the guide lists), of the party's
    country (none for a party of two countries: the article's)."""
    if title.id not in lexicon.words("party-head-titles"):
        return None
    for start in range(max(0, t_start - 4), t_start):
        code = orgnames.party_homes().get(fold(span_text(doc, start, t_start).removesuffix("'s").removesuffix("’s")))
        if code is not None:
            return TitleMatch(start, replace(title, role="Leader", kind="party"), code or None)
    return None


def _party_before(doc: Doc, t_start: int, title: lexicon.Title) -> tuple[int, lexicon.Title] | None:
    """A party leader: "Conservative Party leader", "the Labour Party's leader", "Liberal Democrats leader" →
    "Leader of the Conservative Party" …"""
    if title.id not in lexicon.words("party-leader-titles"):
        return None
    if fold(doc[t_start].text) == "party":  # "Conservative Party leader": "Party" is inside the title
        start, end = t_start, t_start + 1
    else:  # "Labour leader", "the Labour Party's leader"
        start = end = t_start - 1 if t_start > 0 and doc[t_start - 1].tag_ == "POS" else t_start
    first = start
    while start > 0 and (_party_word(doc[start - 1]) or start < first and start > 1 and doc[start - 1].lower_ ==
                         "and" and _party_word(doc[start - 2])):  # "Justice and Development Party leader"
        start -= 1
    if start == first:
        return None
    name = doc[start:end].text
    last = doc[end - 1]
    if lexicon.lookup_polity(name) or not (last.lower_ == "party" or last.pos_ in ("PROPN", "NOUN") and
                                           last.lower_.endswith("s") and last.lower_ not in lexicon.words("not-name")):
        return None  # "Labour leader X" stays "Leader": the text does not name the party in full
    return start, replace(title, role=f"Leader of the {name}")


def _party_word(tok) -> bool:
    return tok.text[:1].isupper() and tok.pos_ in ("PROPN", "ADJ", "NOUN") and fold(tok.text) not in \
        lexicon.title_index() and tok.lower_ not in lexicon.words("chambers") and \
        (tok.ent_type_ in ("ORG", "NORP") or tok.pos_ == "PROPN" or not tok.is_sent_start)


def _seat_from(doc: Doc, at: int, end: int) -> TitleMatch | None:
    """A legislator's title (``seat-kinds``), "from" (``seat-preps``) and a state or country right before a name:
    "United States Senator from Vermont X" is a US Senator."""
    found = find_title(doc, at) if doc[at].lower_ in lexicon.words("seat-preps") else None
    if found is None or found[1].kind not in lexicon.words("seat-kinds"):
        return None
    code = place_country(doc, at + 1, end) or find_polity(doc, at + 1, end)
    return TitleMatch(found[0], found[1], code) if code else None


def _title_of_polity_before(doc: Doc, end: int):
    """``<title> of <polity>`` right before a name: "Prime Minister of Japan Fumio Kishida"."""
    words, lower = doc.vocab.strings, table_of(doc).cols["LOWER"]  # read from the column, without a Token
    preps = {"of", "for", *lexicon.words("posted-to-preps"), *lexicon.words("seat-preps")}  # what each branch needs
    for of_at in (i for i in range(max(0, end - staff.MAX_BODY - 3), end - 1) if words[lower[i]] in preps):
        body = staff.body_of(doc, of_at, end)
        found = find_title(doc, of_at) if body else None
        if found:  # "Director of the National Economic Council X": a state body's post, the body's country
            return TitleMatch(found[0], found[1], body)
        if of_at < end - 6:
            continue
        posted = _posted_to(doc, of_at, end) or _seat_from(doc, of_at, end)
        if posted:
            return posted
        if doc[of_at].lower_ in ("of", "for"):
            code = find_polity(doc, of_at + 1, end) if fold(doc[end - 1].text) not in demonyms() \
                and doc[end - 1].tag_ != "POS" else None  # not "the director of Argentina's Amnesty International'
            found = find_title(doc, of_at) if code or doc[of_at].lower_ == "of" else None
            if found and not code:  # "the mayor of London X": a city's post, the city's country
                local = found[1].kind in lexicon.words("subnational-kinds")
                code = place_country(doc, of_at + 1, end) if local else None
                found = found if code or local and named_place(doc, of_at + 1, end) else None  # "of New Orleans, X"
            if found:
                return TitleMatch(found[0], found[1], code)
    return None


def _posted_to(doc: Doc, to_at: int, end: int) -> TitleMatch | None:
    """An envoy's title with the country he is posted to: "US Ambassador to Japan Rahm Emanuel" and "Special Envoy
    for Yemen X" are the country before the title's officials (else none's), not Japan's or Yemen's; so is the
    city he is posted in: "the Iraqi ambassador in Bucharest, Y" (``posted-to-kinds``, ``posted-to-preps``)."""
    prep = doc[to_at].lower_
    if prep not in lexicon.words("posted-to-preps") or doc[end].ent_iob_ == "I" or not (
            find_polity(doc, to_at + 1, end) or prep == "in" and
            (place_country(doc, to_at + 1, end) or named_place(doc, to_at + 1, end))):
        return None
    found = find_title(doc, to_at)
    if not found or found[1].kind not in lexicon.words("posted-to-kinds"):
        return None
    before = polity_before(doc, found[0])
    return TitleMatch(before[0], found[1], before[1]) if before else TitleMatch(found[0], found[1], None)


def more_titles(doc: Doc, start: int) -> list[tuple]:
    """Further titles in front of a name's title: joined by "and" ("Crown Prince and Prime Minister",
    "party leader and PM"), staff titles listed with commas ("Assistant to the President, Senior Advisor to the
    President, and Director Y"; ``comma-stacked-kinds``; any posts of a list closed by ", and": "Politburo Member,
    Director of the Office of X, and Foreign Minister Y") or stacked ("AU chairperson President X"); a plural title
    is a body's name, no post of the person ("House of Representatives Speaker X" is no Representative)."""
    out, listed = [], False
    while start >= 1:
        start = _past_status_after_and(doc, start)
        joined = doc[start - 1].lower_ == "and"
        comma = start >= 2 and doc[start - 1 - joined].text == ","  # "Assistant to the President, Senior Advisor"
        listed = listed or joined and comma
        found = title_with_polity(doc, start - joined - comma) or _stacked_post(doc, start - joined - 1, listed) or \
            (None if comma else _tailed(doc, start - joined, body_needed=joined))  # "Chief of X Lieutenant General Y"
        if not found or found[1].plural or _separate_person(doc, found[0], joined) or \
                comma and not listed and found[1].kind not in lexicon.words("comma-stacked-kinds"):
            break
        start, title, country = found
        party = _party_before(doc, start, title)
        if party:
            start, title = party
        before = None if country else polity_before(doc, start) or polity_before_party(doc, start)
        out.append((title.role, home(title, country or (before[1] if before else None)), title.kind))
        if before:
            start = before[0]
            if start >= 1 and doc[start - 1].text == "," or start >= 2 and doc[start - 2:start].text == ", and":
                break  # "India's external affairs minister, and Chinese Foreign Minister Y": another's titles
    return out


def _tailed(doc: Doc, end: int, named: bool = True, body_needed: bool = False) -> TitleMatch | None:
    """"Assistant Secretary for Tax Policy at the Department of the Treasury X" before a name (``named``)."""
    found = staff.post_with_tail(doc, end, body_needed) if named else None
    return TitleMatch(*found) if found else None


def _stacked_post(doc: Doc, comma: int, listed: bool) -> TitleMatch | None:
    found = stacked_post(doc, comma) if listed and comma >= 1 and doc[comma].text == "," else None
    if found and any(staff.missed_name(doc, k) for k in (comma - 3, comma - 2)):
        return None  # "…, Deputy Assistant to the President for X Ana Ruiz, and Y": Ruiz's post, not Y's
    return TitleMatch(found[0], found[1], None) if found else None


def _past_status_after_and(doc: Doc, start: int) -> int:
    """Back past a status word that follows "and": "Opposition leader and acting President X" joins both titles."""
    rules = rule_marks(doc)
    k = start
    while k >= 2 and any(rules.has(mark, k - 1) for mark in ("acting", "elect")):
        k -= 1
    return k if k < start and doc[k - 1].lower_ == "and" else start


def _separate_person(doc: Doc, start: int, joined: bool) -> bool:
    """"The Vice President and Prime Minister Sunak discussed": the first title is another person (readout style:
    at the start of a sentence, or a title already used alone before); so is "Assistant to the President and
    National Security Advisor X" (the principal, not X)."""
    if start < 1 or doc[start - 1].lower_ != "the":
        return False
    if start >= 2 and doc[start - 2].pos_ == "ADP":
        return True
    if not joined or not doc[start].text[:1].isupper():
        return False
    end = next(t.i for t in doc[start:] if t.lower_ == "and")
    phrase = re.escape(fold(doc[start:end].text))
    return doc[start - 1].is_sent_start or re.search(rf"\b{phrase}\b(?! and\b)", fold(doc[:start - 1].text)) is not None

"""Titles after a name: "X of Canada", the apposition "X, the president of Mexico" and the predicate "X served
as ambassador to Japan" (split from :mod:`kg.extract.titles`, which reads the titles before a name)."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg import lexicon
from kg.extract import orgnames, spokes, staff
from kg.extract.appositions import (
    apposition_span,
    aside_close,
    comma_who,
    generic_portfolio,
    past_aside,
    past_parenthesis,
    titled_principal,
)
from kg.extract.countries import demonyms, place_after_of, polity_after_of, state_after_of
from kg.extract.lexmatch import marks
from kg.extract.names import continues_name
from kg.extract.orgnames import attendee_body_after, private_body_after, unknown_body_of
from kg.extract.rolestatus import party_after
from kg.extract.rulematch import rule_marks
from kg.extract.title_match import TitleMatch
from kg.extract.title_patterns import (
    MAX_TITLE,
    election_won,
    head_of_body,
    head_of_country,
    name_follows,
    named_portfolio_at,
    party_title_at,
    portfolio_after,
    ranked_titles,
)
from kg.extract.titles import home, party_head_before, title_before, title_with_polity
from kg.lexicon import fold


def title_after(doc: Doc, end: int) -> tuple[lexicon.Title | None, str | None, str]:
    """Role and country after a name: "X of Canada" or the apposition "X, the president of Mexico"."""
    after = state_after_of(doc, end) or polity_after_of(doc, end, ("of",))  # not "for": "thanked X for …"
    if after:  # "Senator X of Delaware, chairman of the Foreign Relations Committee": the apposition goes on
        more = _apposition(doc, after[0] + 1) if doc[after[0]:after[0] + 1].text == "," else (None, None, "")
        return (more[0], more[1] or after[1], more[2]) if more[0] else (None, after[1], "name-of-polity")
    if (bracketed := bracket_apposition(doc, end)) is not None:
        return bracketed
    end = past_parenthesis(doc, end)  # "X (D-CA), the ranking member of …"
    if end < len(doc) and doc[end].text == ",":
        return _apposition(doc, end + 1)
    return _bare_apposition(doc, end)


def bracket_apposition(doc: Doc, end: int) -> tuple[lexicon.Title, str | None, str] | None:
    """A title in brackets right after a name (pattern ``apposition-bracket``), read as the apposition after a
    comma is when it fills the bracket: "X (U.S. Senator from Arizona)", "Y (leader of the PvdA)" (not "(D-CA)",
    "(MDC)": no title; not a bracket that spells out the title before it, "Labour MP (Member of Parliament) Z", or
    abbreviates the name, "Toronto-Dominion Bank (TD)")."""
    if not rule_marks(doc).has("apposition-bracket", end) or marks(doc).title_ending(end) is not None or \
            end + 2 < len(doc) and doc[end + 2].text == ")" and doc[end + 1].text.isupper():
        return None
    _, stop, _ = apposition_span(doc, end + 1)
    if stop + 1 >= len(doc) or doc[stop].text != ")" or doc[stop + 1].ent_type_ == "PERSON":
        return None
    title, country, rule = _apposition(doc, end + 1)
    return (title, country, rule) if title is not None else None


def _country_region(doc: Doc, after: int, stop: int, title: lexicon.Title) -> bool:
    """A region of the country just named, closing a subnational post's apposition: ", the governor of Russia's
    Murmansk region," (capitalised names, then at most a place noun of ``region-nouns``; not "the mayor of
    London's son", nor "the governor of Kenya's central bank")."""
    if after >= stop or title.kind not in lexicon.words("subnational-kinds"):
        return False
    words = doc[after + 1:stop] if doc[after].tag_ == "POS" else doc[after:stop] if doc[after - 1].tag_ == "POS" \
        else None  # the possessive read with the country or after it
    if not words:
        return False
    tail = 1 if words[-1].lower_ in lexicon.words("region-nouns") else 0
    names = words[:len(words) - tail]
    return len(names) > 0 and all(t.is_alpha and t.text[:1].isupper() or t.text == "-" for t in names)


def _bare_apposition(doc: Doc, end: int) -> tuple[lexicon.Title | None, str | None, str]:
    """An apposition without its comma, with a country, closed by punctuation: "between X the Syrian Foreign
    Minister, the Iraqi President Y and …" (not "told X the Syrian minister would come")."""
    if end + 2 >= len(doc) or doc[end].lower_ != "the":
        return None, None, ""
    close = next((k for k in range(end + 1, min(len(doc), end + 8)) if doc[k].is_punct or doc[k].pos_ in
                  ("VERB", "AUX")), None)
    title, country, rule = _apposition(doc, end)
    if title is None or country is None or close is None or not doc[close].is_punct:
        return None, None, ""
    return title, country, rule


def _apposition(doc: Doc, start: int):
    """", the president of Mexico", ", who served as Vice President", ", Puerto Rico's governor"."""
    if (staffer := spokes.principal_apposition(doc, start)) is not None:  # ", President Y's spokesman,"
        return staffer[0], staffer[1], "apposition"
    i, stop, before = apposition_span(doc, start)
    if (inside := _polity_inside(doc, i, stop)) is not None:  # ", leader of the Australian opposition"
        return inside.title, inside.country, "apposition"
    country = before[1] if before else None
    titles = [(e, lexicon.title_by_id()[t]) for e, t in marks(doc).starting("title", i)]
    ranked = ranked_titles(doc, i)
    if ranked and (not titles or ranked[0][0] > titles[0][0]):
        titles = ranked + titles  # ", Assistant Secretary of Commerce for …", not ", Assistant Secretary"
    if not titles and (post := staff.body_post(doc, i)) is not None:
        return post[0], post[1] or country, "apposition"  # ", Member, Council of Economic Advisers"
    party = None if titles else _party_head(doc, i, stop)
    if party:  # ", the SPD chairman,": the party's Leader
        return party[0], party[1] or country, "apposition"
    named = None if titles else named_portfolio_at(doc, i, stop) or party_title_at(doc, i, stop)  # ", a Labour MP"
    for end, title in [named] if named else [generic_portfolio(doc, e, t, stop) for e, t in titles]:
        if end > stop:
            continue
        if (dept := staff.department_title(doc, end, title)) is not None:
            return dept[0], dept[1] or country, "apposition"  # ", Secretary, Department of Labor"
        end, title = portfolio_after(doc, end, stop, title) or (end, title)  # ", Minister for Pension Affairs"
        spoken = spokes.body_after(doc, end, title) or spokes.principal_after(doc, end, stop, title)
        # ", spokesman for the Bulgarian government", ", a spokesman for President Y", ", an adviser to Premier Z"
        if spoken:
            return spoken[0], spoken[1] or country, "apposition"
        if spokes.served_person(doc, end, stop, title):  # ", a spokesman for Y": Y's post, if any, says whose
            return spokes.official(title, country), country, "apposition-served"
        if (led := _party_head_of(doc, end, title)) is not None:  # ", leader of the SPD,": the party's Leader
            return led[0], led[1] or country, "apposition"
        of = polity_after_of(doc, end) or (place_after_of(doc, end) if title.kind in
                                            lexicon.words("subnational-kinds") else None)  # ", the mayor of London"
        if of and before and title.kind in lexicon.words("posted-to-kinds"):
            of = (of[0], before[1])  # ", the U.S. special representative for Afghanistan": posted there, a US envoy
        after = of[0] if of else _seat_end(doc, end, stop, title)  # ", MP for Henley": no principal
        business = title.role in lexicon.words("business-titles")
        if not of and party_after(doc, end):
            return replace(title, kind="party"), country, "apposition"  # ", chairman of the Libertarian Party"
        if not of and not before and (private_body_after(doc, end) or
                                      business and (attendee_body_after(doc, end) or unknown_body_of(doc, end))):
            # ", president of the American Federation of Teachers": an affiliation, not a political role
            # (not after a state body's name: ", White House Gender Policy Council Director, and Y …")
            return replace(title, kind="nonpolitical"), None, "apposition"
        if of and _country_region(doc, after, stop, title):
            after = stop  # ", the governor of Russia's Murmansk region,": the country's governor
        if after < len(doc) and (continues_name(doc[after], loose=True) and not orgnames.body_name_at(doc, after) or
                                 doc[after].tag_ == "POS" or
                                 name_follows(doc, after, stop, staff.missed_name)
                                 and not titled_principal(doc, after) or
                                 doc[after].pos_ == "NOUN" and not (of and fold(doc[after - 1].text) in demonyms())):
            return None, None, ""  # ", Secretary of Defense Lloyd Austin": the next person's; "the president's son"
            # (not "of the Iraqi parliament's committee": a noun after a demonym is the country's body)
        country = home(title, of[1] if of else country)
        return spokes.official(title, country), country, "apposition"
    head = head_of_body(doc, i, stop)  # ", deputy head of Iran's Atomic Energy Organisation"
    if head and not name_follows(doc, i, stop, staff.missed_name):
        return head[0], head[1] or country, "apposition"
    if not titles and (closing := _closing_title(doc, start, i, stop)) is not None:  # ", the state attorney general,"
        return closing.title, closing.country or country, "apposition"
    return None, head_of_country(doc, i, stop), "apposition-head-of"


def _closing_title(doc: Doc, start: int, i: int, stop: int) -> TitleMatch | None:
    """A title that closes an apposition after describing words no title starts with, read as the same words
    before a name are (``titles.title_before``): ", the state attorney general,", ", a senior Hamas leader,",
    ", the European Union's humanitarian aid commissioner,". The words before it are adjectives and nouns: no
    verb, preposition, possessive, name or status word, and before them only a comma and determiners ("elected X as
    its council chairman" is no apposition); the apposition ends on a mark of ``closing-title-stops``."""
    if stop >= len(doc) or stop - i < 2 or doc[stop].text not in lexicon.words("closing-title-stops"):
        return None
    found = title_before(doc, stop)
    if found is None or found.start < start or found.start > i and found.title.role in \
            lexicon.words("pre-portfolio-roles"):  # ", the social development minister,": a portfolio unread
        return None  # (a country before the title may open it: ", the EU's trade commissioner,")
    rules, statuses = rule_marks(doc), lexicon.word_list("status-marks")
    if any(t.pos_ not in ("DET", "PUNCT") for t in doc[start:i]) or \
            any(t.pos_ not in ("ADJ", "NOUN", "PROPN") or t.ent_type_ == "PERSON" for t in doc[i:found.start]) or \
            any(rules.has(mark, k) for k in range(i, found.start) for mark in statuses):
        return None  # ", a popular former guerilla leader,": a status word is no describing word
    return found


def _polity_inside(doc: Doc, i: int, stop: int) -> TitleMatch | None:
    """A title of ``titles.tsv`` with a country inside it that fills the apposition: ", leader of the Australian
    opposition," is Australia's Opposition Leader (``titles.title_with_polity``), not a Leader of Australia."""
    found = title_with_polity(doc, stop) if stop - i > 3 else None
    return found if found is not None and found.country and found.start == i else None


def _seat_end(doc: Doc, end: int, stop: int, title: lexicon.Title) -> int:
    """The end of a legislator's seat after "for" (``seat-kinds``: ", MP for Henley,", ", the Member of Parliament
    for the Kalgoorlie constituency and …"): its capitalised words, which name a place, not the principal of an
    adviser's post, up to the apposition's end or "and"; else ``end``."""
    if title.kind not in lexicon.words("seat-kinds") or end + 1 >= stop or doc[end].lower_ != "for":
        return end
    k = end + 1 + (doc[end + 1].lower_ == "the")
    first = k
    while k < stop and doc[k].text[:1].isupper() and doc[k].is_alpha:
        k += 1
    k += k < stop and doc[k].lower_ in lexicon.words("seat-nouns")
    return k if k > first and (k == stop or doc[k].lower_ == "and") else end


def _party_head(doc: Doc, i: int, stop: int) -> tuple[lexicon.Title, str | None] | None:
    """", the SPD chairman,", ", the Republican Sinn Féin president,": a leader, president or chair
    (``party-head-titles``) right after a party of ``parties.tsv`` that opens the apposition is the party's Leader."""
    for j in range(i + 1, min(stop, i + 5)):
        hit = marks(doc).title_at(j)
        found = party_head_before(doc, j, lexicon.title_by_id()[hit[1]]) if hit and hit[0] <= stop else None
        if found is not None and found.start == i:
            return found.title, found.country
    return None


def _party_head_of(doc: Doc, end: int, title: lexicon.Title) -> tuple[lexicon.Title, str | None] | None:
    """", leader of the SPD,", ", the president of Sinn Féin,": a leader, president or chair (``party-head-titles``)
    of a party (``orgnames.party_named_after``: of ``parties.tsv``, or a name closed by "Party", past describing words:
    ", president of the opposition Socialist Party,") is its Leader, of the party's country (none for a party of two
    countries or one the lexicon does not know); a ranked
    title is not (", the deputy leader of the SPD,": ``ranked_titles`` keeps the id of "leader")."""
    if end < len(doc) and doc[end - 1].lower_ == "opposition" and doc[end].text[:1].isupper() and \
            (found := orgnames.party_named_after(doc, end)):  # ", leader of the opposition Democratic Party of Japan"
        return replace(lexicon.title_by_id()["t-leader"], kind="party"), found[1]
    if title.id not in lexicon.words("party-head-titles") or end + 1 >= len(doc) or doc[end].lower_ != "of" or \
            title.role != lexicon.title_by_id()[title.id].role:
        return None
    found = orgnames.party_named_after(doc, end + 1 + (doc[end + 1].lower_ == "the"))
    return (replace(title, role="Leader", kind="party"), found[1]) if found else None


def title_predicate(doc: Doc, end: int) -> tuple[lexicon.Title | None, str | None, str]:
    """A title as predicate after a name: "X previously served as the US ambassador to the United Nations", or in
    a relative clause set off by a comma: "X, who became prime minister in March,", "Y, who took office as
    president," (the predicate patterns after "who"; an apposition's own words are read first), also past a short
    aside that holds no title or a party's name: "Z, 54, was named foreign minister", "W of the Dawa Party has been
    named prime minister-designate" (``appositions.past_aside``), and a later name of a list of appointments."""
    listed = listed_appointee(doc, end)
    if listed is not None:  # "named A as foreign minister and B as home minister": B's "as"
        title, country, _ = _apposition(doc, listed + 1)
        return title, country, "predicate"
    described = described_who(doc, end)  # "X, a former general who leads the Y party"
    end = past_aside(doc, end) + comma_who(doc, end)
    i = end
    while i < len(doc) and i - end < 3 and (doc[i].pos_ == "ADV" or doc[i].lower_ == "who" or
                                            doc[i].lower_ in ("has", "have") and doc[i + 1:i + 2].text == "been"):
        i += 1  # "X, who has been prime minister since 1997": past "who" and the perfect's "has"
    rules = rule_marks(doc)
    if rules.has("title-predicate", i):  # "was sworn in as", "was unanimously elected Speaker"
        j = next((k for k in range(i + 1, min(len(doc), i + 4)) if not rules.has("title-predicate-adverb", k)), i)
        i = j if rules.has("title-predicate-as", j) else i
    i = described if described is not None and rules.has("party-lead-verb", described) else i
    if rules.has("party-lead-verb", i) and (party := _party_led(doc, i)) is not None:  # "who leads the SPD"
        return replace(lexicon.title_by_id()["t-leader"], kind="party"), party or None, "predicate"
    if i + 1 >= len(doc) or not (rules.has("title-predicate", i) or rules.has("title-predicate-as", i)) or \
            i == end and rules.rule("title-predicate-as", i) == "predicate-elected-as":  # a headline's "X elected Y"
        return election_won(doc, end)  # "X won the presidential election": President-elect
    if rules.rule("title-predicate-as", i) == "predicate-replaced-as":  # the verb's own "as": "replaced Y Z as"
        i = next((c.i for c in doc[i].rights if c.lower_ == "as" and c.dep_ == "prep" and c.i < len(doc) - 1), i)
    elif rules.has("title-predicate-as", i):  # past "as" in "served as", "took over as"
        i = next((k for k in range(i, min(len(doc) - 1, i + 5)) if doc[k].lower_ == "as"), i)
    title, country, _ = _apposition(doc, i + 1)
    return title, country, "predicate"


def _party_led(doc: Doc, i: int) -> str | None:
    """The country ("" for none) of the party a verb of leading at ``i`` governs ("leads the SPD", "heads the
    opposition Labour Party"), or None; a perfect "has led" (pattern ``party-lead-perfect``) only with "since" after
    the party: "who has led the Christian Democratic Union since 2000" (not "has led the party to victory")."""
    perfect = rule_marks(doc).rule("party-lead-verb", i) == "party-lead-perfect"
    verb = i + perfect
    if verb + 2 >= len(doc):
        return None
    party = orgnames.party_named_after(doc, verb + 1 + (doc[verb + 1].lower_ == "the"))
    if party is None or perfect and doc[party[0]:party[0] + 1].text.lower() != "since":
        return None
    return party[1] or ""


def described_who(doc: Doc, end: int) -> int | None:
    """The word after "who" of a relative clause on a short description set off by a comma after a name ending at
    ``end``: "X, a former army general who leads the Y party" (the verb's index), else None."""
    if end + 3 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an"):
        return None
    who = next((k for k in range(end + 2, min(len(doc) - 1, end + DESCRIPTION_WORDS)) if doc[k].lower_ == "who"), None)
    return who + 1 if who is not None and not any(t.is_punct for t in doc[end + 1:who]) else None


DESCRIPTION_WORDS = 7


def listed_appointee(doc: Doc, end: int, depth: int = 0) -> int | None:
    """A later name in a list of appointments: "the king named A as foreign minister, B as home minister, as well
    as C, a lawyer, as health minister": the index of the "as" after the name ending at ``end`` (past a short aside)
    when a list joiner and the title of an earlier "as" precede the name, and that "as" follows the object of a verb
    of appointing (pattern ``predicate-named-as``) or is itself a listed appointee's; else None."""
    at = aside_close(doc, end) or end
    start = end
    while start > 0 and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    if at >= len(doc) or doc[at].lower_ != "as" or start == end or depth > LISTED_APPOINTEES:
        return None
    k = start - 1
    while k > 0 and start - k <= 4 and doc[k].lower_ in (",", "and", "as", "well"):
        k -= 1  # ", as well as", ", and"
    if k == start - 1:
        return None
    before = next((j for j in range(k, max(0, k - MAX_TITLE) - 1, -1) if doc[j].lower_ == "as"), None)
    if before is None or any(t.text == "," or t.ent_type_ == "PERSON" or t.pos_ in ("VERB", "AUX")
                             for t in doc[before + 1:k + 1]):
        return None
    if rule_marks(doc).rule("title-predicate-as", before) == "predicate-named-as":
        return at
    earlier = _name_end_before(doc, before)
    return at if earlier is not None and listed_appointee(doc, earlier, depth + 1) == before else None


def _name_end_before(doc: Doc, at: int) -> int | None:
    """Where the name before an "as" ends: right before it, or before a short aside ("C, a lawyer, as")."""
    if at > 0 and doc[at - 1].ent_type_ == "PERSON":
        return at
    opening = next((j for j in range(at - 2, max(0, at - 10), -1) if doc[j].text == ","), None)
    return opening if opening is not None and doc[opening - 1].ent_type_ == "PERSON" else None


LISTED_APPOINTEES = 6


def apposition_before_comma(doc: Doc, start: int) -> TitleMatch | None:
    """A body's post set off by a comma before a name, read as the apposition after a name is (``_apposition``):
    "The president of the Bolivian Senate, X, said", "the chairman of the Senate Budget Committee, Y", "a spokesman
    for President Z, W": a determiner (``comma-post-determiners``) opens it at most ``COMMA_POST_WORDS`` words before
    the comma, not after "of", and the post with its "of" or "for" part (``comma-post-links``) fills the words up
    to the comma."""
    comma = start - 1
    if comma < 3 or doc[comma].text != ",":
        return None
    for k in range(comma - 3, max(0, comma - COMMA_POST_WORDS) - 1, -1):
        if doc[k + 1].is_sent_start:
            return None  # not past the sentence's start
        if doc[k].lower_ not in lexicon.words("comma-post-determiners") or k > 0 and doc[k - 1].lower_ == "of":
            continue
        i, stop, _ = apposition_span(doc, k)
        if stop != comma or not any(t.lower_ in lexicon.words("comma-post-links") for t in doc[i:stop]):
            continue
        title, country, _ = _apposition(doc, k)
        if title is not None:
            return TitleMatch(i, title, country)
    return None


COMMA_POST_WORDS = 10

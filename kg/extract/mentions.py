"""Named person mentions in a Doc, with their titles and countries.

Named mentions start from spaCy's PERSON entities, repaired: titles and honorifics are cut off the
front, and names the small model truncates ("Andrés Manuel López" + "Obrador") are extended over the
following proper nouns. Titles around the name (:mod:`kg.extract.titles`) give the mention its role
and country; role anaphora live in :mod:`kg.extract.anaphora`.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.tokens import Doc, Span

from kg import lexicon
from kg.extract import spokes, staff
from kg.extract.appositions import aside_close, past_aside, title_prefix
from kg.extract.countries import polity_before
from kg.extract.lexmatch import marks
from kg.extract.names import continues_name, honorific_before, in_pair, is_honorific, not_name, pair_parts
from kg.extract.orgnames import org_word
from kg.extract.person_spans import hyphen_in_name, hyphen_syllable, particle, person_spans, title_ahead
from kg.extract.plural_lists import plural_title_lists, possessive_lists
from kg.extract.respective import plural_title_of_countries, respective_countries
from kg.extract.rolestatus import commemorated, left_office, party_post, status_after, status_before
from kg.extract.rulematch import rule_marks
from kg.extract.sentences import span_text
from kg.extract.title_heads import party_led_by, party_of_name
from kg.extract.title_patterns import find_title, portfolio_before
from kg.extract.titles import more_titles, plural_title_before, title_at, title_before, title_before_comma
from kg.extract.titles_after import apposition_before_comma, described_who, title_after, title_predicate
from kg.extract.where import proper_nouns, tokens_with, word_positions
from kg.lexicon import fold


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
    status: str = "current"  # current | acting | former | elect (kg.extract.rolestatus)
    honorific: str | None = None  # "mrs" in "Mrs Clinton": tells family members apart


def clean_name(span: Span) -> tuple[int, int] | None:
    """Token bounds of the name inside a PERSON span: titles and honorifics cut, possessive dropped."""
    start, end = span.start, span.end
    doc = span.doc
    start = next((k for k in range(start + 1, end) if (p := portfolio_before(doc, k)) and p[0] < start), start)
    start = _past_straddling_title(doc, start, end)
    while start < end:
        found = title_prefix(doc, start, end)
        if found and _given_name(doc, span.start, start, found, end):
            break  # "Defense Minister Amir Peretz": after a title, "Amir" is a given name
        if found:
            start = found
        elif is_honorific(doc[start]) or fold(span_text(doc, start, start + 2)) in lexicon.words("name-prefix-phrases"):
            start += 1 if is_honorific(doc[start]) else 2  # "Senate President Pro Tempore X"
        elif fold(doc[start].text) in lexicon.demonyms() and start + 1 < end and title_prefix(doc, start + 1, end):
            start += 1  # "Dutch King Willem-Alexander": NER's name opens with the demonym of its title
        else:
            break
    cut = next((t.i for t in doc[start:end] if t.tag_ == "POS" or t.text in ("’s", "'s", "’")
                or not_name(t) and t.i > start and not hyphen_syllable(doc, t.i)
                or t.i > start + 1 and _run_on_title(doc, t.i)), None)
    if cut is not None:
        end = cut
    else:
        ner_end = end
        while end < len(doc) and (continues_name(doc[end], loose=doc[end].ent_type_ != "GPE"
                                                  or doc[end - 1].lower_ in lexicon.words("name-particles"))
                                    or particle(doc, end) or hyphen_in_name(doc, end)
                                    or hyphen_in_name(doc, end - 1)) \
                and not title_ahead(doc, end):
            end += 1
        if end > ner_end and end < len(doc) and org_word(doc[end]):
            end = ner_end  # "Sultan Qaboos Grand Mosque": the words after the name begin a building's name
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return (start, end) if start < end and any(t.is_alpha and t.text[0].isupper() for t in doc[start:end]) else None


def _past_straddling_title(doc: Doc, start: int, end: int) -> int:
    """NER's name that begins inside a title: "Northern Ireland Chief [Constable Hugh Orde]" starts after it."""
    for k in range(max(0, start - 3), start):
        found = title_at(doc, k)
        if found and start < found[0] < end:
            return found[0]
    return start


def _given_name(doc: Doc, span_start: int, start: int, t_end: int, end: int) -> bool:
    """A one-word title opening a two-word name right after another title is the first name: "Defense Minister
    Amir Peretz" (not the stacked "AU chairperson President Azali Assoumani", whose name follows the title)."""
    return start == span_start and t_end == start + 1 and end - t_end == 1 and find_title(doc, start) is not None


def _run_on_title(doc: Doc, i: int) -> bool:
    """A capitalised title at ``i``, after two name words, with a capitalised word after it ends the name NER ran
    on: "… Senator Ann Moss Delegate Sara Hunt Delegate …" (not "Martin Luther King Jr.")."""
    found = title_at(doc, i)
    after = doc[found[0]] if found and found[0] < len(doc) else None
    return after is not None and doc[i].text[:1].isupper() and after.pos_ == "PROPN" and after.text[:1].isupper() \
        and fold(after.text.rstrip(".")) not in lexicon.words("junior-suffixes")


def named_mentions(doc: Doc) -> list[Mention]:
    """Every named person mention in the document, with role and country where the text gives them."""
    out: list[Mention] = []
    taken: set[int] = set()
    for ent in person_spans(doc):
        bounds = clean_name(ent)
        if not bounds or bounds[0] in taken:
            continue
        for start, end in pair_parts(doc, *bounds):
            _add_named(doc, start, end, out, taken, paired=in_pair(doc, start, end))
    plural_title_of_countries(doc, out)
    plural_title_lists(doc, out)
    possessive_lists(doc, out)
    _share_plural_titles(doc, out)
    respective_countries(doc, out)
    _share_title_country(doc, out)
    return out


def _add_named(doc: Doc, start: int, end: int, out: list[Mention], taken: set[int], paired: bool = False) -> None:
    """One named mention for ``doc[start:end]`` unless it is a place, a polity, a bare title or has a digit."""
    name = span_text(doc, start, end)
    if end - start == 1 and start > 0 and doc[start - 1].lower_ == "the" and not paired and \
            (end == len(doc) or doc[end].lower_ not in lexicon.words("leader-government-nouns")):
        return  # "the Sahel": a place, not a person; "the Bush administration" names its leader
    if lexicon.lookup_polity(name) or _is_title_only(name) or any(c.isdigit() for c in name) or \
            fold(name) in lexicon.words("news-outlet-names"):
        return  # a name has no digits: "COVID-19 Response" is an office's, the parser's person; nor is "Wikinews" one
    taken.update(range(start, end))
    subject = any(t.dep_ in ("nsubj", "nsubjpass") or t.dep_ in ("poss", "appos") and t.head.dep_ == "nsubj"
                  for t in doc[start:end])  # "the opposition leader, [X], said": X is the subject
    out.append(_with_title(doc, Mention(start, end, name, "name", span_start=start, span_end=end,
                                        subject=subject, honorific=honorific_before(doc, start))))


def _share_plural_titles(doc: Doc, found: list[Mention]) -> None:
    """"Presidents A of X and B of Y": B, listed right after A, shares the plural title, and so does each name
    listed after B ("Senators A, B, and C"), with its status ("former MPs A and B": both former)."""
    for prev, m in pairwise(found):
        phrase = fold(span_text(doc, prev.span_start, prev.start))
        plural = prev.role and (prev.rule == "plural-title" or  # "Senators A, B and C": down the list
                                phrase.split(" ")[-1].endswith("s") or  # "Attorneys General A and B" (titles.tsv)
                                phrase in lexicon.title_index() and lexicon.title_index()[phrase].plural or
                                _plural_title_at(doc, prev.span_start))  # "Deputy Directors of X A and B"
        if plural and m.role is None and _list_gap(doc[prev.end:m.start]):
            m.role, m.title_kind, m.rule = prev.role, prev.title_kind, "plural-title"
            m.country, m.status = m.country or prev.country, prev.status


def _list_gap(span: Span) -> bool:
    """Whether the words between two names of a list hold only list words and each name's place or body ("A of X
    and B of Y", "councillors A of the Civic Party, B from DAB and C": ``plural-list-gap-words``, a polity, a place,
    or a body or group the model names)."""
    skip = lexicon.words("plural-list-gap-words")
    return all(lexicon.lookup_polity(t.text) or t.ent_type_ in ("GPE", "ORG", "NORP")
               for t in _outside_parentheses(span) if t.lower_ not in skip)


def _plural_title_at(doc: Doc, start: int) -> bool:
    hit = marks(doc).title_at(start)
    return hit is not None and lexicon.title_by_id()[hit[1]].plural


def _share_title_country(doc: Doc, found: list[Mention]) -> None:
    """"Israeli prime minister A and energy minister B": a title without a country, joined by "and" or a comma
    to a titled name whose country the text puts in front of its title, is that country's post too (down a
    list: "Swedish foreign minister A, trade minister B and energy minister C"). Not a head of state or
    government's title ("President A and Prime Minister B" may be two countries' leaders)."""
    heads = lexicon.words("head-kinds")
    sharing: set[int] = set()
    for prev, m in pairwise(found):
        country = prev.country if prev.role is not None else None
        own = country is not None and (
            id(prev) in sharing or lexicon.lookup_polity(doc[prev.span_start].text) == country)
        if own and country and m.role and m.country is None and m.rule == "title-name" and m.title_kind not in heads \
                and prev.end < m.span_start and \
                {t.lower_ for t in doc[prev.end:m.span_start]} <= lexicon.words("list-joiners") \
                and not lexicon.polity(country).is_org:
            m.country = country
            sharing.add(id(m))


def _outside_parentheses(span: Span) -> list:
    """The tokens of ``span`` outside parentheses: "Ozawa (DP), Shii (JCP) and Fukushima" lists three names."""
    out, depth = [], 0
    for tok in span:
        depth += (tok.text == "(") - (tok.text == ")")
        if depth == 0 and tok.text != ")":
            out.append(tok)
    return out


def _plural_title_before(doc: Doc, start: int):
    """"Democratic senators including A and B", "Greek MPs such as A": a plural title before a lead word (mark
    ``plural-title-lead``, patterns ``plural-lead-*``) is the named person's, and the list's (``plural-title``)."""
    lead = next((k for k in (start - 1, start - 2) if k > 0 and rule_marks(doc).has("plural-title-lead", k)), 0)
    end = lead - (doc[lead - 1].text == ",") if lead else 0
    found = plural_title_before(doc, end)  # a plural title: "foreign ministers", "MPs"
    if found is None:
        return None
    org = found.country and lexicon.polity(found.country).is_org  # "EU foreign ministers": members' ministers
    return found._replace(country=None) if org else found


def group_country(doc: Doc, start: int) -> str | None:
    """"seven Russian officials, among them Deputy Prime Minister X": a title starting at ``start`` after a lead
    word (mark ``plural-title-lead``) that follows a plural noun of a side's members (``side-member-nouns``,
    ``official-group-nouns``) with a country right before it is that country's post."""
    lead = next((k for k in (start - 1, start - 2) if k > 1 and rule_marks(doc).has("plural-title-lead", k)), 0)
    noun = lead - 1 - (doc[lead - 1].text == ",") if lead else 0
    if noun <= 0 or doc[noun].lower_ not in lexicon.words("side-member-nouns") | lexicon.words("official-group-nouns"):
        return None
    found = polity_before(doc, noun)
    return found[1] if found else None


def _is_title_only(name: str) -> bool:
    return fold(name) in lexicon.title_index()


def _with_title(doc: Doc, m: Mention) -> Mention:
    before, rule = None, "title-name"
    for find, name in ((title_before, "title-name"), (title_before_comma, "title-comma-name"),
                       (apposition_before_comma, "title-comma-post-of"),
                       (_plural_title_before, "plural-title"), (party_led_by, "party-led-by")):
        before, rule = (before, rule) if before else (find(doc, m.start), name)  # the first finder that finds
    if before:
        m.span_start, found, m.country = before
        m.role, m.title_kind, m.rule = found.role, found.kind, rule
        m.country = m.country or (group_country(doc, m.span_start) if rule == "title-name" else None)
        m.extra = _shared_scope(m.title_kind, more_titles(doc, m.span_start)) + _post_before_rank(doc, m, rule)
        m.status = status_before(doc, m.span_start)
        if party_post(doc, m.span_start) and m.role not in lexicon.words("party-member-roles"):
            m.title_kind = "party"  # "Labour Party chairman X": the party's post ("Labour Party MP Y" is an MP)
    title, country, rule = title_after(doc, m.end)
    if title is not None and title.plural and not (m.start and doc[m.start - 1].lower_ == "and") and \
            not _partitive(doc, m.end):
        title, country = None, None  # "X, foreign ministers and senior officials of …": the next list item
    if title is None and country is None:  # "X's Democratic Unionist Party": the party X leads
        title, country, rule = party_of_name(doc, m.end) or title_predicate(doc, m.end)
    elif rule == "apposition" and not m.role:
        title, country, rule = _past_post_predicate(doc, m.end, (title, country, rule))
    if title and not m.role:
        m.role, m.title_kind, m.rule = title.role, title.kind, rule
        m.status = status_after(doc, _predicate_start(doc, m.end) if rule == "predicate" else m.end)
        if rule == "apposition":
            country = _staff_titles(doc, m, country)
    elif title and _second_title(doc, m, title):
        m.extra, country = [*m.extra, (title.role, country, title.kind)], None  # "Senator X, the chairman of …"
    if country and not m.country:
        m.country = country
        m.rule = m.rule if m.role else rule
        m.title_kind = spokes.official_kind(m.title_kind)  # "Spokeswoman X of the US Department of State"
    if m.role and m.status == "current" and (left_office(doc, m.span_start, m.end) or
                                             commemorated(doc, m.start, m.end)):
        m.status = "former"  # "X resigned", "the resignation of Governor X", "a statue of President Y"
    return m


def _post_before_rank(doc: Doc, m: Mention, rule: str) -> list[tuple]:
    """A current post set off by a comma before a bare military rank (``rank-titles``) and the name is the ranked
    person's too: "Turkey's Chief of General Staff, General X", "the U.S. commander in Iraq, General Y"."""
    if rule != "title-name" or m.role not in lexicon.words("rank-titles"):
        return []
    found = title_before_comma(doc, m.span_start)
    if found is None or status_before(doc, found.start) != "current":
        return []
    return [(found.title.role, found.country, found.title.kind)]


def _past_post_predicate(doc: Doc, end: int, found: tuple) -> tuple:
    """A former post in an aside before a predicate of a title gives way to the predicate's post, the one held at
    the date: "X, a former president of the Constitutional Court, was named justice minister" (the aside past
    ``appositions.aside_close``); else the apposition ``found``."""
    if status_after(doc, end) != "former":
        return found
    title, country, rule = title_predicate(doc, end)
    return (title, country, rule) if title is not None and rule == "predicate" else found


def _predicate_start(doc: Doc, end: int) -> int:
    """Where a predicate's words start after a name: past a short aside or a party's name ("X, a former banker,
    became …", "Y of the Dawa Party has been named …"), or a listed appointee's aside ("…, as well as Z, a former
    teacher, as …"), or a short description's relative clause that leads a party ("X, a former general who leads
    the Y party"), so that the aside's words give the holding no status."""
    described = described_who(doc, end)
    if described is not None and rule_marks(doc).has("party-lead-verb", described):
        return described
    start = past_aside(doc, end)
    return start if start != end else aside_close(doc, end) or end


def _partitive(doc: Doc, end: int) -> bool:
    """", one of President Y's aides": the apposition names one holder of a plural title (``partitive-leads``)."""
    return end + 2 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in lexicon.words("partitive-leads") \
        and doc[end + 2].lower_ == "of"


def _second_title(doc: Doc, m: Mention, title: lexicon.Title) -> bool:
    """A current title after a name that already has one before it is a second post ("Senator X, the chairman of
    the Foreign Relations Committee"), unless it is the same title or the mention's is a former one."""
    return m.role is not None and m.status == "current" and title.role != m.role and \
        status_after(doc, m.end) == "current" and not _listed_title(doc, m.end)


def _listed_title(doc: Doc, end: int) -> bool:
    """A bare title between commas followed by the next list item ("Vice President X, the First Lady, the Second
    Gentleman, and …") is another person, not X's second post (unlike ", the chair of the Finance Committee")."""
    i = end + 1 + (end + 1 < len(doc) and doc[end + 1].lower_ == "the")
    found = title_at(doc, i) if end < len(doc) and doc[end].text == "," and i < len(doc) else None
    k = found[0] if found else len(doc)
    return k + 1 < len(doc) and doc[k].text == "," and (doc[k + 1].lower_ in ("and", "the") or
                                                          title_at(doc, k + 1) is not None)


def _staff_titles(doc: Doc, m: Mention, country: str | None) -> str | None:
    """Readout appositions (:mod:`kg.extract.staff`): a second title joined by "and"/"&", the country of the state
    body named after the title, and a list item's private body, which makes its titles non-political."""
    end = staff.apposition_end(doc, m.end + 1)
    country = country or staff.body_country(doc, m.end + 1, end)
    if m.title_kind == spokes.SPOKES and country:
        m.title_kind = spokes.OFFICIAL  # ", Spokesperson and Chief Advisor to the President of Türkiye"
    if staff.private_item_body(doc, m.end, end):
        m.title_kind = "nonpolitical"
        return country
    m.extra = m.extra or [(r, c or country, k) for r, c, k in staff.joined_titles(doc, m.end + 1, end)]
    return country


def _shared_scope(kind: str | None, extra: list[tuple]) -> list[tuple]:
    """"President and CEO of Edison International X": a title a company also uses ("business-titles"), joined to
    a non-political one, is the company's too."""
    if kind not in lexicon.words("non-political-kinds"):
        return extra
    return [(r, c, "nonpolitical" if r in lexicon.words("business-titles") else k) for r, c, k in extra]


def surname_mentions(doc: Doc, named: list[Mention]) -> list[Mention]:
    """Later bare surnames of people already named in full, where NER missed them ("Schiff said"), also where the
    tagger took the surname for a common noun (:func:`noun_surnames`)."""
    taken = {i for m in named for i in range(m.span_start, m.span_end)}
    surnames = {fold(doc[m.end - 1].text) for m in named}
    out = []
    found = [doc[i] for i in sorted(proper_nouns(doc) + noun_surnames(doc, named))]
    found = [t for t in found if t.i not in taken and t.text[:1].isupper() and fold(t.text) in surnames]
    bare = Counter(fold(t.text) for t in found if not _after_article(t) and not (t.i and doc[t.i - 1].pos_ == "PROPN"))
    bare.update(fold(doc[m.start].text) for m in named if m.end - m.start == 1)
    articled = Counter(fold(t.text) for t in found if _after_article(t))  # "the Baba" throughout: an honorific
    for tok in found:
        if tok.i + 1 < len(doc) and doc[tok.i + 1].pos_ == "PROPN" and doc[tok.i + 1].text[:1].isupper() or \
                _after_article(tok) and bare[fold(tok.text)] >= articled[fold(tok.text)]:
            continue  # not "welcomed the Eklund [plan]" where the text writes "Eklund" alone as often: a thing
        subject = tok.dep_ in ("nsubj", "nsubjpass")
        out.append(_with_title(doc, Mention(tok.i, tok.i + 1, tok.text, "name", span_start=tok.i, span_end=tok.i + 1,
                                            subject=subject, honorific=honorific_before(doc, tok.i))))
    return out


def _after_article(tok) -> bool:
    """"the Eklund": an article (``comma-post-determiners``) right before the word, its determiner."""
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.dep_ == "det" and prev.head.i == tok.i and \
        prev.lower_ in lexicon.words("comma-post-determiners")


def noun_surnames(doc: Doc, named: list[Mention]) -> list[int]:
    """Capitalised tokens the tagger took for common nouns or adverbs ("Trump walked", "Akhannouch said") that are the
    last word of a name of two words or more in the article: nominal, not a compound's modifier, and a word the article
    never writes in lower case ("Page" beside "a page" stays a noun); tag and relations of ``noun-surname-*``."""
    surnames = {fold(doc[m.end - 1].text) for m in named if m.end - m.start >= 2}
    tags, deps = lexicon.words("noun-surname-tags"), lexicon.words("noun-surname-deps")
    found = [t for t in (doc[i] for i in tokens_with(doc, "POS", tags)) if t.text.istitle() and t.dep_ in deps
             and t.is_alpha and fold(t.text) in surnames] if surnames else []
    if not found:  # the article's lower-case words are read only when there is something to check
        return []
    lowered = {word for word in word_positions(doc) if word.islower()}
    return [t.i for t in found if t.text.lower() not in lowered]

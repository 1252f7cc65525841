"""Where the persons of a Doc are named: spaCy's PERSON entities repaired (organisation tails dropped, list items
read by :mod:`kg.extract.rosters`), plus the proper-noun runs NER missed after a title, in an apposition or in a
list of "<name> of <country>" (split from :mod:`kg.extract.mentions`, which gives these spans titles)."""
from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.bare_surnames import bare_surnames
from kg.extract.countries import named_polity_start, polity_after_of
from kg.extract.names import continues_name, not_name
from kg.extract.orgnames import in_organisation, org_word
from kg.extract.party_persons import party_named
from kg.extract.place_persons import place_named
from kg.extract.rosters import item_names, item_tail
from kg.extract.sentences import span_text
from kg.extract.spans import doc_ents
from kg.extract.titles import title_at, title_before, title_before_comma
from kg.extract.titles_after import title_after, title_predicate
from kg.extract.where import proper_nouns, tokens_with
from kg.lexicon import fold


def title_ahead(doc: Doc, i: int) -> bool:
    """A title starts at token ``i`` or the next one: in a run-on attendee list ("… Brian Deese Port Envoy John
    Porcari …") the name ends there."""
    return bool(title_at(doc, i) or (i + 1 < len(doc) and doc[i + 1].text[:1].isupper() and title_at(doc, i + 1)))


def person_spans(doc: Doc) -> list[Span]:
    """PERSON entities plus proper-noun runs right after a title that NER missed; in list items, the name that
    opens the item and no other (:mod:`kg.extract.rosters`) but a titled one ("- X, Advisor to Governor Y")."""
    items = item_names(doc)
    named = {i for s in items for i in range(s.start, s.end)}
    skip = item_tail(doc, items) | named
    spans = items + [e for e in doc_ents(doc) if e.label_ == "PERSON" and not _ends_organisation(e) and
                     (not skip.intersection(range(e.start, e.end)) or
                      len(e) > 1 and not named.intersection(range(e.start, e.end)) and
                      title_before(doc, e.start) is not None)]  # not "President [Emeritus]"
    covered = {i for e in spans for i in range(e.start, e.end)} | skip
    for i in proper_nouns(doc, before_too=True):  # continues_name needs a proper noun (or an initial before one)
        tok = doc[i]
        if i in covered or not continues_name(tok, loose=True) or title_at(doc, i) or _inside_title(doc, i) or \
                tok.ent_type_ == "NORP":
            continue  # not "Christian Democrat" in "the opposition leader, Christian Democrat Angela Merkel"
        comma = False
        if title_before(doc, i) or (comma := title_before_comma(doc, i) is not None):
            end = i
            while end < len(doc) and end not in covered and (continues_name(doc[end], loose=True) or
                                                             hyphen_in_name(doc, end) or
                                                             hyphen_in_name(doc, end - 1)) \
                    and not (end > i and title_ahead(doc, end)):
                end += 1  # "Mayor Lung-pin Hau": a hyphenated given name
            if comma and not _plain_name(doc, i, end) or in_organisation(doc, i, end) or _place_tail(doc, end):
                continue  # "the United Nations General Assembly", "General Services Administration"
            if end - i >= 2 or _looks_like_surname(doc, i):
                spans.append(doc[i:end])
                covered.update(range(i, end))
    spans += _appositive_names(doc, covered)
    spans += _country_paired_names(doc, covered)
    spans += _listed_names(doc, spans, covered)
    spans += _polity_owned_names(doc, covered)
    spans += bare_surnames(doc, spans, covered, _looks_like_surname)
    return sorted((s for s in spans if not case_party(s) and not place_named(s, spans) and not party_named(s) and
                   not plural_demonym(s)), key=lambda s: s.start)


def plural_demonym(span: Span) -> bool:
    """A lone plural demonym NER takes for a person is a people, no person: "a panel of eminent Africans",
    "Kenyans" (a country's demonym or a ``region-demonyms`` word with a plural "s"; not "Evans")."""
    word = fold(span.text)
    return len(span) == 1 and span[0].tag_ == "NNPS" and word.endswith("s") and \
        (word[:-1] in lexicon.demonyms() or word[:-1] in lexicon.words("region-demonyms"))


def case_party(span: Span) -> bool:
    """A surname naming a party of a court case is no person mentioned: "Smith v. Jones", "Belton (Bulah) v.
    Gebhart" (``case-versus``: the law's "v.", not the "vs." of a contest); a full name stays a person ("Doe v.
    Jane Roe, Secretary of State")."""
    doc, versus = span.doc, lexicon.words("case-versus")
    after = span.end
    if after < len(doc) and doc[after].text == "(":
        after = next((t.i + 1 for t in doc[after:after + 6] if t.text == ")"), after)
    return any(t.text in versus for t in span) or len(span) == 1 and (
        after < len(doc) and doc[after].text in versus or span.start > 0 and doc[span.start - 1].text in versus)


def _ends_organisation(span: Span) -> bool:
    """NER's "person" that ends an organisation's name: "Office of Faith-Based and Neighborhood Partnerships"."""
    return span.start > 0 and span.doc[span.start - 1].lower_ in ("and", "of", "&") and org_word(span[-1])


def _listed_names(doc: Doc, spans: list[Span], covered: set[int]) -> list[Span]:
    """Names NER missed in a list of "<name> of <country>": "Presidents A of Nigeria and Patrice Talon of Benin"."""
    out = []
    queue = sorted(spans, key=lambda s: s.start)
    while queue:
        after = polity_after_of(doc, queue.pop(0).end, ("of",))
        i = after[0] if after else len(doc)
        while i < len(doc) and doc[i].text in lexicon.words("list-joiners"):
            i += 1
        if not after or i == after[0] or i in covered:
            continue
        end = i
        while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() \
                and not not_name(doc[end]):
            end += 1
        if _plain_name(doc, i, end) and polity_after_of(doc, end, ("of",)):
            span = doc[i:end]
            out.append(span)
            covered.update(range(i, end))
            queue.insert(0, span)
    return out


def _country_paired_names(doc: Doc, covered: set[int]) -> list[Span]:
    """Names NER missed in a pair "<name> of <country> and <name> of <country>" that no person opens: "Aleksandar
    Vučić of Serbia and Isa Mustafa of Kosovo sat down with Y" (two to four words each that can only be a name,
    :func:`_plain_name`; not "the Bank of Serbia and the Ports Authority of Kosovo"); :func:`_listed_names` goes on
    down the list from them."""
    out: list[Span] = []
    for i in _two_proper_nouns(doc):
        first = _name_of_country(doc, i)
        j = first[1] if first else len(doc)
        j += j < len(doc) and doc[j].text == ","
        if first is None or j >= len(doc) or doc[j].lower_ != "and":
            continue
        second = _name_of_country(doc, j + 1)
        for span in (doc[i:first[0]], doc[j + 1:second[0]]) if second is not None else ():
            if not covered.intersection(range(span.start, span.end)):  # one of them may be NER's person
                out.append(span)
                covered.update(range(span.start, span.end))
    return out


def _two_proper_nouns(doc: Doc) -> list[int]:
    """The proper nouns followed by another, in order: where a name of two words or more can start (the only
    places :func:`_name_of_country` can find one, so the rest of the Doc is not walked)."""
    found = proper_nouns(doc)
    after = set(found)
    return [i for i in found if i + 1 in after]


def _name_of_country(doc: Doc, i: int) -> tuple[int, int] | None:
    """A plain name that starts at ``i`` (after no other capitalised word but a title) and "of <country>" after it:
    the name's end and the index after the country."""
    if i >= len(doc) or _thing(doc, i, i + 1):
        return None
    end = i
    while end < len(doc) and end - i < 4 and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and \
            not not_name(doc[end]):
        end += 1
    plain = end - i >= 2 and _plain_name(doc, i, end, ("", "PERSON", "ORG", "NORP", "FAC")) and \
        not org_word(doc[end - 1])  # a run of one word is no name: the dearer tests only for two or more
    after = polity_after_of(doc, end, ("of",)) if plain else None
    if not after or i > 0 and doc[i - 1].text[:1].isupper() and doc[i - 1].pos_ == "PROPN" and \
            title_before(doc, i) is None:  # the dearest test last
        return None
    return end, after[0]


def _polity_owned_names(doc: Doc, covered: set[int]) -> list[Span]:
    """Names NER missed or took for an organisation after a country's possessive: "Samoa's Fiame Naomi Mata'afa",
    "Tonga's Siaosi Sovaleni" (two to four capitalised words that can only be a name, ``_plain_name``; not "Japan's
    Liberal Democratic Party", "China's Xinhua News Agency", "Britain's Prince Charles")."""
    out = []
    for tok in map(doc.__getitem__, tokens_with(doc, "ORTH", ("'s", "’s"))):
        if tok.i + 2 >= len(doc) or tok.i in covered or tok.i + 1 in covered or \
                (owner := named_polity_start(doc, tok.i, 4)) is None or not _owner_entity(doc, owner, tok.i):
            continue
        i = end = tok.i + 1
        while end < len(doc) and end - i < 4 + _hyphens(doc, i, end) and end not in covered and \
                (_name_word(doc[end]) or _inner_hyphen(doc, i, end)):
            end += 1
        if not (end < len(doc) and doc[end].pos_ == "PROPN") and _plain_name(doc, i, end) and \
                not in_organisation(doc, i, end) and not title_at(doc, i) and \
                (_not_a_body(doc[i:end], covered) or _listed_after_name(doc, owner, covered)):
            out.append(doc[i:end])
            covered.update(range(i, end))
    return out


def _owner_entity(doc: Doc, owner: int, case: int) -> bool:
    """The country before a possessive is no entity, a place or an organisation, or a person's entity that holds the
    country's name and nothing more: NER takes "Togo" in "Togo's Faure Gnassingbé" for a person."""
    last = doc[case - 1]
    return last.ent_type_ in ("GPE", "ORG", "") or last.ent_type_ == "PERSON" and doc[owner].ent_iob_ == "B" and \
        doc[case].ent_iob_ != "I"


def _listed_after_name(doc: Doc, owner: int, covered: set[int]) -> bool:
    """A country's possessive whose country follows a joiner (``title-joiners``) right after a name found already:
    the next item of a list of leaders ("…, Benin's Patrice Talon and Guinea-Bissau's Umaro Sissoco Embaló", where
    NER takes the name for an organisation or for nothing), and no title follows the possessive ("X, Israel's
    Transportation Minister")."""
    k = owner - 1
    while k >= 0 and doc[k].lower_ in lexicon.words("title-joiners"):
        k -= 1
    return k < owner - 1 and k in covered and doc[k].pos_ == "PROPN" and not _titled_run(doc, owner)


def _titled_run(doc: Doc, owner: int) -> bool:
    """A title among the capitalised words after the possessive: "X, Israel's Transportation Minister, said"."""
    case = next((k for k in range(owner, min(owner + 5, len(doc))) if doc[k].text in ("'s", "’s")), owner)
    return any(title_at(doc, k) for k in range(case + 1, min(case + 6, len(doc))) if doc[k].text[:1].isupper())


def _not_a_body(span: Span, covered: set[int]) -> bool:
    """A run NER gives no entity, or calls an organisation while it is listed with a person named before it ("met
    New Zealand's Jacinda Ardern, Samoa's Fiame Naomi Mata'afa and …"; not "met India's Tata Motors") or after it
    ("attended by Senegal's Macky Sall, Ghana's Nana Akufo-Addo and …": a person its conjunct or apposition, owned by
    a country's possessive too, or an organisation so owned in a list that names a person further on: "attended by
    Togo's A, Sierra Leone's B and Benin's C", NER's person B; not "India's Tata Motors and Germany's Deutsche Bank";
    not "Australia's Federal Minister for Health, X")."""
    if all(t.ent_type_ in ("", "PERSON") for t in span):
        return True
    head = span[-1]
    person_listed = any(t.ent_type_ == "PERSON" for t in head.subtree if t.i >= span.end)  # not two companies
    listed_after = any(c.dep_ in ("conj", "appos") and c.i >= span.end and _polity_owned(c) and
                       (c.ent_type_ == "PERSON" or c.ent_type_ == "ORG" and person_listed) for c in head.children)
    listed_before = head.dep_ == "conj" or head.dep_ == "appos" and not _titled_run(span.doc, span.start - 1)
    return listed_before and head.head.i in covered and head.head.i < span.start or listed_after


def _polity_owned(tok: Token) -> bool:
    """Whether a name is owned by a country's possessive, as the items of a list of leaders are ("Ghana's B", "Sierra
    Leone's C": the country's name may have several words)."""
    return any(c.dep_ == "poss" and named_polity_start(tok.doc, c.i + 1, 4) is not None for c in tok.children)


def _inner_hyphen(doc: Doc, start: int, k: int) -> bool:
    """A hyphen between two words of a name ("Nana Akufo-Addo"), which the tokenizer splits off."""
    return doc[k].text == "-" and start < k < len(doc) - 1 and _name_word(doc[k - 1]) and _name_word(doc[k + 1]) \
        and doc[k].idx == doc[k - 1].idx + len(doc[k - 1].text)


def _hyphens(doc: Doc, start: int, end: int) -> int:
    """How many hyphens inside a name run so far: they do not count as its words."""
    return sum(1 for t in doc[start:end] if t.text == "-")


def _name_word(tok) -> bool:
    """A capitalised proper noun that may be a word of a name, an apostrophe inside it too ("Mata'afa", "O'Neill")."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper() and tok.text.replace("'", "").replace("’", "").isalpha() \
        and not not_name(tok)


def _plain_name(doc: Doc, start: int, end: int, ents: tuple[str, ...] = ("", "PERSON", "ORG", "NORP")) -> bool:
    """Two to four words that can only be a name: "A member of parliament, Otiende Amollo said" (not "…, Downing
    Street said"); NER's entity on them one of ``ents``."""
    words = [t for t in doc[start:end] if t.text != "-"]  # "Nana Akufo-Addo": three words
    return 2 <= len(words) <= 4 and not lexicon.lookup_polity(text := span_text(doc, start, end)) and \
        fold(text) not in lexicon.places() and \
        all(t.ent_type_ in ents and not not_name(t) for t in words)


def _appositive_names(doc: Doc, covered: set[int]) -> list[Span]:
    """Proper-noun runs NER missed that an apposition marks as a person: "Ricardo Rosselló Nevares,
    Puerto Rico's governor," or "Wanda Vázquez Garced, the Secretary of Justice"."""
    out, i = [], 0
    for start in sorted({*proper_nouns(doc), *tokens_with(doc, "ORTH", ("-",))}):  # where a run can start
        if start < i:
            continue
        i = end = start
        while end < len(doc) and end not in covered and (hyphen_in_name(doc, end) or (t := doc[end]).pos_ == "PROPN"
                                                         and t.text[:1].isupper() and t.is_alpha and not not_name(t)):
            end += 1
        # not an organisation's name: "a member of the United Iraqi Alliance, has been named prime minister"
        if 2 <= end - i <= 4 and not lexicon.lookup_polity(span_text(doc, i, end)) and not org_word(doc[end - 1]) and \
                not _thing(doc, i, end) and (title_after(doc, end)[0] or title_predicate(doc, end)[0]):
            out.append(doc[i:end])
        i = max(end, i + 1)
    return out


def _thing(doc: Doc, start: int, end: int) -> bool:
    """A run after "the" names a thing, not a person: "according to the Italian Constitution, the President can …"."""
    return start > 0 and doc[start - 1].lower_ == "the"


def hyphen_in_name(doc: Doc, i: int) -> bool:
    """A hyphen joining a capitalised word and a proper noun without spaces: "Douste-Blazy", "Lung-pin" are one name
    ("France-Presse" is none: a country's name is not a name's half; "Major-General" is a rank)."""
    return 0 < i < len(doc) - 1 and doc[i].text == "-" and not doc[i - 1].whitespace_ and not doc[i].whitespace_ \
        and doc[i - 1].text[:1].isupper() and (doc[i + 1].text[:1].isupper() or doc[i + 1].pos_ == "PROPN") \
        and not any(lexicon.lookup_polity(t.text) for t in (doc[i - 1], doc[i + 1])) and not title_at(doc, i + 1)


def hyphen_syllable(doc: Doc, i: int) -> bool:
    """A lower-case syllable after a hyphen that ends a capitalised name word without spaces: the second half of a
    Korean given name that NER keeps in the name ("Moon Jae-in", "Kim Dae-jung"), though "in" alone is no name word."""
    return 1 < i < len(doc) and doc[i].is_alpha and doc[i].is_lower and len(doc[i]) <= 5 and \
        doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_ and \
        doc[i - 2].text[:1].isupper() and doc[i].ent_type_ == "PERSON" and doc[i - 2].ent_type_ == "PERSON"


def particle(doc: Doc, i: int) -> bool:
    """"von", "der", "bin" … inside a name: followed by a capitalised word or another particle."""
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    particles = lexicon.words("name-particles")
    return doc[i].lower_ in particles and nxt is not None and (nxt.text[:1].isupper() or nxt.lower_ in particles)


def _inside_title(doc: Doc, i: int) -> bool:
    """The word ends a longer title begun before it: "Counsel" in "General Counsel"."""
    return any((found := title_at(doc, k)) and found[0] > i for k in range(max(0, i - 3), i))


def _place_tail(doc: Doc, end: int) -> bool:
    """A run after a title that ends in a place's noun names the place ("General Santos City", "Governor Valadares
    Province"): ``place-name-tails``."""
    return doc[end - 1].lower_ in lexicon.words("place-name-tails")


def _looks_like_surname(doc: Doc, i: int) -> bool:
    """A lone proper noun after a title is a surname unless it names a country or a known place, or is half of a
    hyphenated rank ("spokesperson Major-General X")."""
    return doc[i].ent_type_ in ("", "PERSON", "ORG", "GPE", "NORP") and not lexicon.lookup_polity(doc[i].text) \
        and lexicon.fold(doc[i].text) not in lexicon.places() and not (i + 1 < len(doc) and doc[i + 1].text == "-")

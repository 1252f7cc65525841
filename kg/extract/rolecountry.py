"""A role's country: the precedence of the evidence for the country of a post (``roles.find_roles``).

The text's country comes first (found with the title: "Turkish Foreign Minister X", "X, Iran's ambassador"), unless
the actor dictionary contradicts it at the article's date (``dictionary_over_text``). A post the text gives no country
takes, in this order, the dictionary's country of the post at the date, the one country of the person's other posts,
the publisher's country (a state body's release), a party label's country ("Republican Senator X"), the country of
the sentence's subject, the party's country, the one country of the person's posts in the dictionary at any date,
and last the article's country (its dominant country, else its headline's, else its first leader's), unless the title
is joined by "and" to another titled name whose country the text gives (that one's).
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from kg import lexicon
from kg.extract.articlecountry import acting_country, dateline_home, dominant_country, headline_country
from kg.extract.context import Context, place_for
from kg.extract.orgnames import group_homes, party_homes, party_labels, region_countries
from kg.extract.people import Entity
from kg.extract.sentences import doc_text
from kg.extract.staff import publisher_country
from kg.model import RoleFact


def placed(fact: RoleFact, country: str | None, rule: str) -> RoleFact:
    """``fact`` given ``country``, its evidence's rule id extended by ``rule``, the step that placed it
    ("+country-of-party")."""
    return replace(fact, country=country, evidence=replace(fact.evidence, rule=fact.evidence.rule + rule))


@cache
def title_kinds() -> dict[str, str]:
    kinds: dict[str, str] = {}
    for t in lexicon.titles():
        kinds.setdefault(t.role, t.kind)  # the plain title first: "President" is a head, "Commission President" not
    return kinds


def title_kind(role: str) -> str | None:
    """The kind of a title of titles.tsv, or of the title that ends a composed one ("Rural Affairs Director"; not
    the principal of "Advisor to the President")."""
    words = role.split()
    return next((k for i in range(len(words)) if (k := title_kinds().get(" ".join(words[i:]))) is not None
                 and (i == 0 or words[i - 1].lower() not in ("to", "of", "for", "the"))), None)


def domestic(role: str) -> bool:
    """A post held inside one country (not an international organisation's: "Secretary-General")."""
    return title_kinds().get(role) not in ("org-head", "envoy")


def country_from_actor(ent: Entity, role: str, ctx: Context) -> str | None:
    if ent.actor is None:
        return None
    terms = [t for t in ent.actor.terms if t.role == role]
    active = [t for t in terms if t.active(ctx.article.date)]
    pool = active or terms
    countries = {t.country for t in pool if t.country}
    if not countries:  # a post the dictionary does not list: the country of the posts held at the date
        countries = {t.country for t in ent.actor.terms_at(ctx.article.date) if t.country}
    if len(countries) > 1 and active and ctx.article.date is not None:
        return next(t.country for t in active if t.country)  # a monarch of several realms: the first listed
    return countries.pop() if len(countries) == 1 else None


def dictionary_over_text(ent: Entity, role: str, country: str, full_name: bool, ctx: Context) -> str:
    """The text's country yields to the dictionary's when they disagree at the article's date: a title whose
    spelling implies a country (``titles.tsv``: "Chancellor of the Exchequer" is British) given to a person whom the
    dictionary places, at the date, in posts of one other country only, and a country the text writes for the very
    post the dictionary gives a person, named in full, in another country at the date (the text errs: "Chile's
    foreign minister, X" for Peru's Foreign Minister X), or for any post where the dictionary's posts at the date
    name no title (converted entries: "its U.S. ambassador X" of a Turkish official is Turkey's ambassador). A
    post the text gives an organisation of states keeps it against a national post of another title ("X, the EAC's
    secretary-general" of a former Rwandan minister is the EAC's)."""
    if ent.actor is None or ctx.article.date is None:
        return country
    held = [t for t in ent.actor.terms_at(ctx.article.date) if t.country]
    homes: set[str] = {t.country for t in held if t.country}
    if len(homes) != 1 or country in homes or lexicon.polity(country).is_org and \
            not lexicon.polity(next(iter(homes))).is_org and not any(t.role == role for t in held):
        return country  # the organisation's post, unless "AU president X" is Nigeria's President X
    implied = any(t.role == role and t.country == country for t in lexicon.titles())
    return homes.pop() if implied or (full_name and any(t.role in (role, None) for t in held)) else country


def own_country(facts: list[RoleFact]) -> list[RoleFact]:
    """A domestic post the text gives no country takes the one country of the person's other posts ("Saudi
    Defense Minister Prince X … Minister X": Saudi Arabia's), before any country of the article."""
    own: dict[str, set[str]] = {}
    for f in facts:
        if f.country and domestic(f.role) and f.scope != "nonpolitical":
            own.setdefault(f.person.key, set()).add(f.country)
    return [placed(f, next(iter(own[f.person.key])), "+country-of-person")
            if not f.country and domestic(f.role) and f.scope != "nonpolitical" and len(own.get(f.person.key, ())) == 1
            else f for f in facts]


def subject_country(ctx: Context, fact: RoleFact) -> RoleFact:
    """A national, subnational or party post the text gives no country, in a sentence whose main subject is a country
    (not the holder) or that opens with "In <place>," (a country, or a known city whatever the tagger calls it): that
    country's ("China also urged Iran to talk, with foreign ministry spokesman X saying …", "In China, Foreign
    Ministry spokesman X expressed concern", "In Niamey, General Y rejected …", "In Madrid, Z, leader of the
    opposition, said")."""
    if fact.country or fact.status == "former" or fact.scope not in ("national", "subnational", "party"):
        return fact
    span = ctx.doc.char_span(fact.evidence.start, fact.evidence.end, alignment_mode="expand")
    if span is None:
        return fact
    code = _opening_place(span.sent)
    if code is not None and (homes := _dictionary_homes(ctx, fact)) and code not in homes:
        return fact  # "In Kyiv, MP X": the dictionary's Australian MP on a visit
    if code is None:
        subj = _clause_subject(span)
        if subj is not None and subj.ent_type_ != "GPE":  # "Brazil's delegation, led by Y, …": Brazil
            subj = next((c for c in subj.children if c.dep_ == "poss" and c.ent_type_ == "GPE"), None)
        if subj is None or subj.ent_type_ != "GPE" or span.start <= subj.i < span.end or fact.scope == "party":
            return fact
        code = lexicon.lookup_polity(next(e.text for e in ctx.doc.ents if e.start <= subj.i < e.end))
    if code is None or lexicon.polity(code).is_org:
        return fact
    return placed(fact, code, "+country-of-subject")


def _clause_subject(span):
    """The subject of the nearest verb above the titled name that has one outside it, up to the sentence's root: "The
    United States raised its pledge, and India's delegation, led by Y, gave more" has India's delegation as the
    subject of Y's clause, not the United States."""
    tok = span.root
    while True:
        subj = next((c for c in tok.children if c.dep_ == "nsubj" and not span.start <= c.i < span.end), None) \
            if tok.pos_ in ("VERB", "AUX") or tok.dep_ == "ROOT" else None
        if subj is not None or tok.head.i == tok.i:
            return subj
        tok = tok.head


def _dictionary_homes(ctx: Context, fact: RoleFact) -> set[str]:
    """The countries of the dictionary's posts, at any date, of the person of ``fact``."""
    ents = getattr(ctx, "entities", ())  # a rule test's context may hold only the Doc
    return {t.country for ent in ents if ent.actor is not None and ent.person().key == fact.person.key
            for t in ent.actor.terms if t.country}


def _opening_place(sent) -> str | None:
    """The country of the place a sentence opens with, "In <place>," (up to three capitalised words before the
    comma): "In China, …", "In Niamey, …"."""
    comma = next((t.i for t in sent[2:5] if t.text == ","), None)
    if len(sent) <= 3 or sent[0].lower_ != "in" or comma is None:
        return None
    words = sent.doc[sent.start + 1:comma]
    if not all(t.text[:1].isupper() for t in words):
        return None
    return _place_country(words.text)


def _place_country(name: str) -> str | None:
    """The country a place's name stands for: a country's, or a known city's ("In Niamey, General X said": Niger;
    "Moscow said": Russia; ``context.place_for``)."""
    place = place_for(name)
    return place.country if place is not None else None


def party_country(fact: RoleFact) -> RoleFact:
    """A party's post the text gives no country is the party's country (``parties.tsv``): "exiled Hamas leader X"
    is a Palestinian leader in an article about Israel, "the AKEL party leader Y" a Cypriot one; so is a post of an
    organisation of ``organisations.tsv`` that is also a party ("the Hezbollah leader X" is Lebanese) or an armed
    group with a home country (``group_homes``: "FARC leader X" is Colombian)."""
    if fact.country and lexicon.polity(fact.country).is_org:
        code = group_homes().get(fact.country) or party_homes().get(lexicon.fold(lexicon.polity(fact.country).name))
        return fact if not code else \
            placed(fact, code, "+country-of-party")
    if fact.country or fact.scope != "party":
        return fact
    words = " " + " ".join(lexicon.fold(fact.role).replace(",", " ").split()) + " "
    code = next((c for name, c in party_homes().items() if f" {name} " in words), None)
    if not code:
        return fact
    return placed(fact, code, "+country-of-party")


def publisher_staff(ctx: Context, facts: list[RoleFact]) -> list[RoleFact]:
    """A staff post (``publisher-staff-kinds``) with no country in a state body's release is that state's:
    "Deputy National Security Advisor X" in a White House readout about Ukraine is a US official."""
    home = publisher_country(ctx.article.source)
    kinds = lexicon.words("publisher-staff-kinds")
    if home is None:
        return facts
    return [placed(f, home, "+country-of-publisher")
            if not f.country and f.scope != "nonpolitical" and title_kind(f.role) in kinds else f
            for f in facts]


def first_leader_country(facts: list[RoleFact]) -> str | None:
    """The country of the first head of state or government the article names with a country."""
    heads = [f for f in facts if title_kinds().get(f.role) in lexicon.words("head-kinds") and f.country
             and not lexicon.polity(f.country).is_org]
    return min(heads, key=lambda f: f.evidence.start).country if heads else None


def takes_home(fact: RoleFact, home: str, facts: list[RoleFact]) -> bool:
    """Whether a role the text gives no country may take the article's country: not a non-political or
    international post, not a former holder's, and not a post one person holds at a time (``single-holder-kinds``)
    that the text gives someone else in that country ("Prime Minister X" in an article about Iraq that names Iraq's
    Prime Minister Y; a province's holder is no one else there, and a province's title is held by several:
    ``provincial``; so is a deputy head's that several hold at a time: ``several-holder-titles``), nor a
    go-between's post that an outsider holds (``outsider-titles``: "chief mediator X")."""
    if fact.scope in ("nonpolitical", "international") or fact.status == "former" or \
            fact.role in lexicon.words("outsider-titles"):
        return False  # "former President X" in an article about Mexico may be any country's, a mediator an outsider
    if title_kinds().get(fact.role) in lexicon.words("single-holder-kinds") and not provincial(fact.role, home) \
            and fact.role not in lexicon.words("several-holder-titles"):  # two Deputy Prime Ministers of Iraq
        return not any(o.role == fact.role and o.country == home and o.person != fact.person and
                       o.status == fact.status and o.scope != "subnational"  # "Ontario Premier Y" is one of many
                       for o in facts)  # a current and an acting holder may coexist
    return True


def provincial(role: str, home: str) -> bool:
    """A head's title (``provincial-head-titles``: Premier) in a country of provinces or states (``regions.tsv``)
    whose own head of government has another title (not ``premier-countries``) is a province's: several hold it at a
    time ("Premier A … Premier B" in an article about Australia are both Australian premiers).

    >>> provincial("Premier", "AU"), provincial("Premier", "CN"), provincial("Premier", "GR")
    (True, False, False)
    """
    return role in lexicon.words("provincial-head-titles") and home not in lexicon.words("premier-countries") \
        and home in region_countries().values()


def text_and_person(ctx: Context, facts: list[RoleFact]) -> list[RoleFact]:
    """The countries a post takes from the person and the sentence before the article's: the person's other posts,
    the publisher's (a state body's release), the sentence's subject, the party's, the dictionary's other dates; the
    person's other posts once more after the party's ("Opposition leader and leader of Fine Gael, X": Irish)."""
    facts = plural_party([party_label(ctx, f) for f in publisher_staff(ctx, own_country(facts))])
    return dictionary_home(ctx, own_country([party_country(subject_country(ctx, f)) for f in facts]))


def plural_party(facts: list[RoleFact]) -> list[RoleFact]:
    """A name down a plural title's list (rule ``plural-title``) with no country takes the party label's country of
    the name before it in the sentence ("Australian Greens senators A and B": both Australian)."""
    out: list[RoleFact] = []
    for f in facts:
        prev = out[-1] if out else None
        if prev is not None and not f.country and f.evidence.rule.startswith("role:plural-title") and \
                prev.evidence.rule.endswith("+country-of-party") and prev.role == f.role and \
                prev.evidence.sent_start == f.evidence.sent_start:
            f = placed(f, prev.country, "+country-of-party")
        out.append(f)
    return out


def party_label(ctx: Context, fact: RoleFact) -> RoleFact:
    """A post with no country yet, right after a party's label (``party_labels.tsv``) or a one-word party of
    ``parties.tsv`` with a country ("Fatah MP X"), is the party's country's:
    "Democratic Senator X" in an article whose first leader is another country's is a US senator, "Greens Senator
    Y" in an article about a US activist an Australian one."""
    if fact.country or fact.scope in ("nonpolitical", "international"):
        return fact
    span = ctx.doc.char_span(fact.evidence.start, fact.evidence.end, alignment_mode="expand")
    if span is None or span.start == 0:
        return fact
    before = ctx.doc[span.start - 1]
    folded = lexicon.fold(before.text)
    code = party_labels().get(folded) or party_homes().get(folded) if before.text[:1].isupper() else None
    if not code or _inside_name(ctx.doc, before.i):
        return fact
    return placed(fact, code, "+country-of-party")


def _inside_name(doc: Doc, i: int) -> bool:
    """A label that ends a longer capitalised name ("Liberal Democrat leader X", "Social Democratic MP Y"); a chamber
    or a country before it is no name ("Senate Democratic Leader X", "Australian Greens senators Y and Z")."""
    prev = doc[i - 1] if i > 0 else None
    return prev is not None and prev.is_alpha and prev.text[:1].isupper() and \
        prev.lower_ not in lexicon.words("state-chambers") and not lexicon.lookup_polity(prev.text)


def dictionary_home(ctx: Context, facts: list[RoleFact]) -> list[RoleFact]:
    """A domestic post (or a country's envoy: ``sending-state-envoys``) with no country yet whose holder the
    dictionary knows in posts of one country only, at any date, is that country's, before any country of the article:
    "MP X" in an article about another country, X having been a minister of that one country years before; "U.N.
    Ambassador Y" in an article about two other countries, Y having been that country's adviser."""
    homes: dict[str, set[str]] = {}
    for ent in ctx.entities:
        if ent.actor is not None:
            homes.setdefault(ent.person().key, set()).update(t.country for t in ent.actor.terms if t.country)
    out = []
    for f in facts:
        home = homes.get(f.person.key, set())
        national = domestic(f.role) or f.role in lexicon.words("sending-state-envoys")  # "U.N. Ambassador X"
        if f.country or len(home) != 1 or not national or f.scope in ("nonpolitical", "international") \
                or lexicon.polity(next(iter(home))).is_org:
            out.append(f)
            continue
        out.append(placed(f, home.pop(), "+country-of-dictionary"))
    return out


def article_home(ctx: Context, facts: list[RoleFact]) -> tuple[str, str] | None:
    """The article's country with the rule suffix that names how it was found: its dominant country, else its
    headline's, else the country of the first leader named; None when it has none."""
    for home, rule in ((dominant_country(ctx), "+country-from-context"),
                       (headline_country(ctx), "+country-of-headline"),
                       (first_leader_country(facts), "+country-of-first-leader")):
        if home is not None:
            return home, rule
    return None


def article_country(ctx: Context, facts: list[RoleFact]) -> list[RoleFact]:
    """A role with no country takes the country of the article's wire dateline when the article names it twice
    ("PRAGUE, April 18 —": its own officials, "Jan Novak, the interior minister"; not a visitor's post of
    ``visitor-kinds``, an envoy's or a spokesperson's), else the article's dominant country, else its headline's,
    else (for a domestic post) the country of the first leader named: "Deputy Prime Minister X" in an article about
    Prime Minister Y of Slovakia."""
    found, line = article_home(ctx, facts), dateline_home(ctx)
    out = []
    for f in facts:
        if (own := sentence_country(ctx, f, facts)) is not None:
            out.append(own)
            continue
        home, rule = (line, "+country-of-dateline") if line and not visitor_post(f.role) else found or (None, "")
        out.append(f if f.country or home is None or not takes_home(f, home, facts) or
                   (rule.endswith("leader") and not domestic(f.role))
                   else near_country(ctx, f, home) or joined_country(ctx, f, facts) or placed(f, home, rule))
    return out


def visitor_post(role: str) -> bool:
    """A post often held by a visitor to the dateline's place (``visitor-kinds``: an envoy, an adviser, a
    spokesperson), unless its title names the government (``home-body-words``): "deputy government spokeswoman X
    told a regular news conference" in a BERLIN story speaks for the government there (a "foreign ministry
    spokesman" is as often the other side's)."""
    return title_kind(role) in lexicon.words("visitor-kinds") and \
        not any(w in lexicon.words("home-body-words") for w in role.lower().split())


def sentence_country(ctx: Context, fact: RoleFact, facts: list[RoleFact]) -> RoleFact | None:
    """A current domestic post with no country yet takes the one country its sentence names as an actor or owner
    (``articlecountry.acting_country``) before the article's: "Defence Minister X said Venezuela would defend …" in
    an article datelined in Guyana is Venezuela's."""
    if fact.country or fact.status == "former" or fact.scope not in ("national", "subnational") or \
            not domestic(fact.role):
        return None
    span = ctx.doc.char_span(fact.evidence.start, fact.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    taken = [(s.start, s.end) for o in facts if o.evidence.sent_start == fact.evidence.sent_start and o is not fact
             and (s := ctx.doc.char_span(o.evidence.start, o.evidence.end, alignment_mode="expand")) is not None]
    code = acting_country(ctx, span.start, span.end, taken)
    return placed(fact, code, "+country-of-sentence") if code and takes_home(fact, code, facts) else None


def joined_country(ctx: Context, fact: RoleFact, facts: list[RoleFact]) -> RoleFact | None:
    """A post with no country yet whose title and name follow another titled name of the same sentence, joined to
    it by ``title-joiners`` only ("and", "and the", ","), takes that post's country when the text or the dictionary
    gives it one, not the article's: "the President of Peru A and Prime Minister B" in an article about Chile
    names Peru's Prime Minister; not down a plural title that one person a country holds ("the two foreign
    ministers, A and B": ``single-holder-kinds``)."""
    joiners = lexicon.words("title-joiners")
    if fact.evidence.rule.startswith("role:plural-title") and " " in fact.role and \
            title_kinds().get(fact.role) in lexicon.words("single-holder-kinds") and \
            fact.role not in lexicon.words("several-holder-titles"):
        return None  # "the two foreign ministers, A and B": one holder a country, so two countries
    for o in facts:
        if o.country and o.evidence.sent_start == fact.evidence.sent_start and o.evidence.end < fact.evidence.start \
                and not lexicon.polity(o.country).is_org and domestic(o.role) and o.status == fact.status:
            between = doc_text(ctx.doc)[o.evidence.end:fact.evidence.start].replace(",", " , ").split()
            if between and all(w.lower() in joiners for w in between):
                return placed(fact, o.country, "+country-of-joined-title")
    return None


def near_country(ctx: Context, fact: RoleFact, home: str) -> RoleFact | None:
    """A post with no country yet whose title follows another country's name or demonym a few lowercase words
    before it in the same phrase (no verb or preposition between) is that country's, not the article's: "the Fooian
    foreign affairs assistant minister X" in an article about Barland, not "the German leader called on President Y"."""
    doc = ctx.doc
    span = doc.char_span(fact.evidence.start, fact.evidence.end, alignment_mode="expand")
    if span is None:
        return None
    start = span.start
    while start > 0 and doc[start - 1].text[:1].isupper() and not doc[start - 1].is_sent_start:
        start -= 1  # the title's own capitalised words
    for i in range(start - 1, max(span.sent.start, start - 5) - 1, -1):
        tok = doc[i]
        if tok.is_punct and tok.tag_ != "POS" or tok.ent_type_ == "PERSON" or tok.pos_ in ("VERB", "AUX", "ADP"):
            return None  # "the German leader called on President X": another phrase, whose side the verb tells
        two = doc[i - 1:i + 1].text if i > span.sent.start else tok.text
        code = lexicon.lookup_polity(two) or lexicon.lookup_polity(tok.text)
        if code and code != home and not lexicon.polity(code).is_org:
            return placed(fact, code, "+country-near-title")
    return None

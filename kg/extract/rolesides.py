"""The other side: a post that took its country from the article or its sentence (``rolecountry.article_country``)
is not of a country its own sentence sets against its holder.

An article about two or more countries names officials of each; a post the text gives no country takes the article's
dominant country, its headline's, its first leader's, its sentence's or its subject's. That guess is wrong when the
sentence itself puts the holder on the other side of a country: "President X and his Tajik counterpart, Y" (X is no
Tajik), "Vice Foreign Minister X called Vice President Mike Pence a fool" (X is no American), "The German leader
called on President Y" (Y is no German), "Attorney General Z thanked Mexico" (Z is no Mexican). Such a post takes
the country the article names most among the others instead (``other_side``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.articlecountry import capital_at, country_counts, dominant_country
from kg.extract.articlecountry import other_side as counterpart_word
from kg.extract.context import Context
from kg.extract.lexmatch import marks
from kg.extract.people import pronoun_entity
from kg.extract.rolecountry import placed, title_kinds
from kg.model import RoleFact


def guessed(fact: RoleFact) -> bool:
    """Whether the post's country is a guess from the article or the sentence (``context-country-rules``), not
    written with the title or known of the person."""
    return fact.country is not None and fact.evidence.rule.rsplit("+", 1)[-1] in lexicon.words("context-country-rules")


def other_side(ctx: Context, facts: list[RoleFact]) -> list[RoleFact]:
    """Each guessed post whose country its sentence sets against its holder (``opposed``) takes the country the
    article names most among the others, when there is one."""
    out = []
    for f in facts:
        span = ctx.doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand") \
            if guessed(f) or _unplaced(f) else None
        against = opposed(ctx, span, facts, f) if span is not None else set()
        if (f.country in against or not f.country and against) and (alt := _other_country(ctx, against)) is not None:
            f = placed(f, alt, "+other-side")
        out.append(f)
    return out


def _unplaced(fact: RoleFact) -> bool:
    """A current national post one person holds at a time (``single-holder-kinds``) that no step gave a country (the
    article's was taken by another holder: "Chinese Foreign Minister X … X held talks with Foreign Minister Y" in an
    article about China); not a leader's, whom a party may have ("Democratic Party leader Y")."""
    return not fact.country and fact.scope == "national" and fact.status != "former" and \
        title_kinds().get(fact.role) in lexicon.words("single-holder-kinds")


def _other_country(ctx: Context, against: set[str]) -> str | None:
    """The country the article names most, none of ``against``: its dominant one if that is no such country."""
    home = dominant_country(ctx)
    if home is not None and home not in against:
        return home
    counts = {c: n for c, n in country_counts(ctx).items() if c not in against}
    return max(counts, key=lambda c: counts[c]) if counts else None


def opposed(ctx: Context, span: Span, facts: list[RoleFact], fact: RoleFact) -> set[str]:
    """The countries the sentence of the titled name ``span`` sets against its holder: the country before a
    counterpart or host word whose phrase does not hold the name ("X and his Tajik counterpart, Y"), and the
    countries on the other side of the verb of meeting or addressing (``two-sides-verbs``) the name hangs on: a
    country or a titled name of a known country there ("X called Vice President Y a fool", "The German leader
    called on X", "X thanked Mexico")."""
    sent = span.sent
    out: set[str] = set()
    for tok in sent:
        if tok.lower_ in lexicon.words("other-side-nouns") and not _inside(span, tok):
            out |= {code for c in tok.subtree if counterpart_word(c) for code in _codes(c)}
    verb = _verb(span.root)
    if verb is None:
        return out
    branch = _branch(span.root, verb)
    others = [t for c in verb.children if c.i != branch.i for t in _party(c)]
    for t in others:
        out |= _codes(t)
    named = _persons_at(ctx, others) if _host_met(verb, fact) else set()
    for o in facts:  # a country guessed for the other side is no evidence: both may be guessed alike
        if o is not fact and o.country and o.person != fact.person and not lexicon.polity(o.country).is_org and \
                not guessed(o) and (any(o.evidence.start <= t.idx < o.evidence.end for t in others) or
                                    o.person.key in named):
            out.add(o.country)
    return out


def _host_met(verb: Token, fact: RoleFact) -> bool:
    """Whether a person named again on the other side of ``verb`` sets the post against his country: a verb of
    meeting (``host-verbs``: "Hale met President X", "Y was received by Prime Minister Z") and a post one person
    holds at a time (``single-holder-kinds``), not a party's leader met or accused at home ("he sat down with
    Ulster Unionist leader X", "Y, leader of the opposition, accused Sánchez")."""
    return verb.lemma_.lower() in lexicon.words("host-verbs") and \
        title_kinds().get(fact.role) in lexicon.words("single-holder-kinds")


def _persons_at(ctx: Context, toks: list[Token]) -> set[str]:
    """The keys of the persons named by ``toks`` at any mention ("Hale met President X" after "Foreign Secretary
    Tom Hale": Hale's country, written at his first mention, is on the other side)."""
    at = getattr(ctx, "persons_at", None)
    if at is None:  # a rule test's context: the names' index only
        return {ctx.entities[e].person().key for t in toks for e in ctx.token_entities.get(t.i, ())}
    return {ctx.entities[e].person().key for t in toks for e in at(t)}


def _party(arg: Token) -> list[Token]:
    """The words of the verb's argument ``arg`` that name the other party (``side-deps``): a subject, an object, a
    passive's agent or the object of "on", "with", "to" or "by" ("called on X", "met with Y"), with its clauses and
    "of" phrases but no other phrase hanging on it ("called X a fool for comparing North Korea to Libya" names no
    North Korean party)."""
    if arg.dep_ == "prep" or arg.dep_ == "agent":
        if arg.lower_ not in lexicon.words("side-preps"):
            return []
        arg = next((c for c in arg.children if c.dep_ == "pobj"), arg)
    if arg.dep_ not in lexicon.words("side-deps"):
        return []
    out, todo = [], [arg]
    while todo:
        t = todo.pop()
        out.append(t)
        todo.extend(c for c in t.children if c.dep_ not in ("advcl", "pcomp", "punct") and
                    (c.dep_ != "prep" or c.lower_ == "of"))  # "the President of France", "who became Japan's envoy"
    return out


def plural_other(ctx: Context, facts: list[RoleFact]) -> list[RoleFact]:
    """A name down a plural title that one person a country holds (rule ``plural-title``, ``single-holder-kinds``)
    with no country yet, beside a name of that title and sentence whose country is known, is of another country:
    "watched by prime ministers A and B", A Greek, makes B the Prime Minister of the other country the article
    names most."""
    out = []
    for f in facts:
        if not f.country and f.evidence.rule.startswith("role:plural-title") and \
                title_kinds().get(f.role) in lexicon.words("single-holder-kinds") and \
                f.role not in lexicon.words("several-holder-titles"):
            known = {o.country for o in facts if o.role == f.role and o.country and o.person != f.person and
                     o.evidence.sent_start == f.evidence.sent_start and not lexicon.polity(o.country).is_org}
            alt = _other_country(ctx, known) if len(known) == 1 else None
            f = placed(f, alt, "+other-side") if alt else f
        out.append(f)
    return out


def owned(ctx: Context, facts: list[RoleFact]) -> list[RoleFact]:
    """A post with no country yet whose title follows "its" or "their" (``owner-pronouns``) takes the country named
    last before it in the sentence, by a country's name, demonym or national capital, before any other step:
    "Bogotá called home its ambassador in Caracas, X; Venezuela responded" (not the main subject's), "Islamabad
    did not name the targets, but its spokeswoman, Y, said" (the owner's country, not the article's)."""
    out = []
    for f in facts:
        span = None if f.country or f.scope not in ("national", "subnational") else \
            ctx.doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
        code = _owner_country(ctx, span) if span is not None else None
        person = _possessor_country(ctx, span, facts, f) or _served_country(ctx, span, facts, f) \
            if span is not None and code is None else None
        out.append(placed(f, code, "+country-of-owner") if code else
                   placed(f, person, "+country-of-possessor") if person else f)
    return out


def _possessor_country(ctx: Context, span: Span, facts: list[RoleFact], fact: RoleFact) -> str | None:
    """The one country the article's posts give the person who owns the title: "his" or "her" before it
    (``person-possessive-pronouns``, the person the pronoun stands for), or a person's or a post's possessive ("Mori's
    chief of staff", "the president's spokesman": the one holder of that title with a country): "President X
    said his national security adviser, Y, would fly to Washington" (X's country, not the article's)."""
    doc = ctx.doc
    k = _owner_at(doc, span, lexicon.words("person-possessive-pronouns")) or _possessive_at(doc, span)
    if k is None or k >= span.end and not _owns_title(doc[k + 1:k + 6], fact.role):
        return None  # "the Foreign Minister, X, his Indonesian counterpart, Y": "his" is Y's phrase
    if doc[k].tag_ == "POS":
        j = k - 1
        while j > 0 and doc[j].ent_iob_ == "I":
            j -= 1
        if capital := capital_at(ctx, doc[j]):  # "Manila's ambassador in Tokyo, X"
            return capital[0][1]
        keys = {ctx.entities[e].person().key for e in ctx.persons_at(doc[k - 1])} if k > 0 else set()
        holders = [o for o in facts if o.person.key in keys] if keys else \
            [o for o in facts if o.role.lower().split()[-1:] == [doc[k - 1].lower_] and k > 1 and
             doc[k - 2].lower_ == "the"]  # "the president's spokesman"
    else:
        e = pronoun_entity(k, ctx.mentions, (), doc)
        holders = [o for o in facts if e is not None and o.person.key == ctx.entities[e].person().key]
    codes = {o.country for o in holders if o.person != fact.person and o.country and o.status != "former"
             and not lexicon.polity(o.country).is_org}
    return codes.pop() if len(codes) == 1 else None


def _served_country(ctx: Context, span: Span, facts: list[RoleFact], fact: RoleFact) -> str | None:
    """The one country the article's posts give the person a title serves ("to" or "of" and a named person, the
    title in apposition to the name or the name to the title): "X, the national security adviser to Prime Minister
    Y" and "X, senior adviser to US President Y" (Y's country)."""
    root = span.root
    heads = [c for c in root.children if c.dep_ == "appos"] + ([root.head] if root.dep_ == "appos" else [])
    for head in (h for h in heads if h.pos_ == "NOUN"):
        for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ in ("to", "of")):
            keys = {ctx.entities[e].person().key for o in prep.children if o.dep_ == "pobj" for e in ctx.persons_at(o)}
            codes = {o.country for o in facts if o.person.key in keys and o.person != fact.person and o.country
                     and o.status != "former" and not lexicon.polity(o.country).is_org}
            if len(codes) == 1:
                return codes.pop()
    return None


def _owns_title(words: Span, role: str) -> bool:
    """Whether the words after an owner that follows the name hold the post's own title, up to its phrase's end
    (", his national security adviser,"), not another's ("his Indonesian counterpart")."""
    last = role.lower().split()[-1]
    for t in words:
        if t.is_punct or t.lower_ in lexicon.words("other-side-nouns"):
            return False
        if t.lower_ == last or t.lemma_.lower() == last or t.lower_.startswith(last[:5]):
            return True
    return False


def _possessive_at(doc, span: Span) -> int | None:
    """The index of a possessive "'s" before the title: right before the mention ("Mori's chief of staff, X"), inside
    it ("the president's spokesman, X") or in an apposition after the name ("X, the president's spokesman")."""
    spots = [span.start - 1, span.start + 1]
    if span.end + 3 < len(doc) and doc[span.end].text == ",":
        spots += [span.end + 2, span.end + 3]
    return next((i for i in spots if 0 < i < len(doc) and doc[i].tag_ == "POS"), None)


def _owner_at(doc, span: Span, owners: frozenset[str]) -> int | None:
    """The index of an owner word (``owners``) right before the title that opens ``span``, at its start, or after
    the name in apposition (", its ambassador")."""
    spots = (span.start, span.start - 1, span.end + 1) if span.end < len(doc) and doc[span.end].text == "," else \
        (span.start, span.start - 1)
    return next((i for i in spots if 0 <= i < len(doc) and doc[i].lower_ in owners), None)


def _owner_country(ctx: Context, span: Span) -> str | None:
    """The country named last before the owner pronoun that opens ``span``, stands right before it or follows the
    name in apposition (", its ambassador"), by its name, demonym or capital: "a warning to the British government
    by X, its ambassador to Baghdad" (British)."""
    doc = ctx.doc
    k = _owner_at(doc, span, lexicon.words("owner-pronouns"))
    if k is None:
        return None
    for t in reversed(doc[span.sent.start:min(k, span.start)]):
        if any(lexicon.polity(c).is_org for _, c in marks(doc).starting("polity", t.i)[:1]) or \
                t.pos_ == "PRON" and t.dep_ in ("nsubj", "nsubjpass"):
            return None  # "the CSTO … said it would send … its secretary-general": the organisation's
        codes = _codes(t) or {c for _, c in capital_at(ctx, t)}
        if codes:
            return codes.pop() if len(codes) == 1 else None
    return None


def _codes(tok: Token) -> set[str]:
    """The country (no organisation) a polity mark opening at ``tok`` names."""
    return {code for _, code in marks(tok.doc).starting("polity", tok.i)[:1] if not lexicon.polity(code).is_org}


def _inside(span: Span, tok: Token) -> bool:
    """Whether the titled name lies inside the phrase of the counterpart word ``tok`` ("his Tajik counterpart, Y")."""
    return any(t.i in range(span.start, span.end) for t in tok.subtree)


def _verb(tok: Token) -> Token | None:
    """The verb of meeting or addressing (``two-sides-verbs``) the titled name hangs on, if it hangs on one."""
    while tok.head.i != tok.i and tok.pos_ not in ("VERB", "AUX"):
        tok = tok.head
    return tok if tok.lemma_.lower() in lexicon.words("two-sides-verbs") else None


def _branch(tok: Token, verb: Token) -> Token:
    """The child of ``verb`` whose subtree holds ``tok``."""
    while tok.head.i not in (verb.i, tok.i):
        tok = tok.head
    return tok

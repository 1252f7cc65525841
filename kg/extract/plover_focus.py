"""What an article is about, for the actors of its political events: the countries its opening names (its focus),
the armed groups it names, the country of a place name and the country a sentence places an event in. Kept apart
from :mod:`kg.extract.plover_actors`, which reads them when it indexes an article."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract import lexmatch
from kg.extract.caches import per_doc
from kg.extract.context import Context, place_for
from kg.extract.orgnames import us_states
from kg.extract.sentences import sentence_number
from kg.extract.spans import doc_ents, span_ents
from kg.patterns import Pattern


def armed_groups(ctx: Context) -> tuple[str, ...]:
    """The armed groups (``plover-armed-groups``) an article names, in text order (the lexicon marks of the
    Doc: names and aliases such as "the Tamil Tigers")."""
    groups = lexicon.words("plover-armed-groups")
    starts = lexmatch.marks(ctx.doc).starts.get("polity", {})
    return tuple(dict.fromkeys(code for s in sorted(starts) for _, code in starts[s] if code in groups))


FOCUS_SENTENCES = 3


def focus(ctx: Context) -> tuple[str, ...]:
    """The countries an article is about: those its first sentences (title line included) name, themselves or
    by a city of theirs, most named first (ties in text order); when they name none, those of the whole article
    (a report on a rally whose opening names only a venue: the country of the cities named later)."""
    return _ranked(_opening(ctx))


def addressees(ctx: Context) -> tuple[str, ...]:
    """The focus countries in the order an act that names no target is addressed to them: a country the opening
    names only as a venue (by a city of its, or after ``plover-venue-preps``: "defence chiefs meet in Singapore",
    "the treaty was signed in Luxembourg") comes after those it names otherwise, as it hosts the news rather
    than being its subject."""
    found = _opening(ctx)
    named = {code for code, venue in found if not venue}
    return tuple(sorted(_ranked(found), key=lambda c: c not in named))


def _ranked(found: list[tuple[str, bool]]) -> tuple[str, ...]:
    counts: dict[str, int] = {}
    for code, _ in found:
        counts[code] = counts.get(code, 0) + 1
    return tuple(sorted(counts, key=lambda c: -counts[c]))


def _opening(ctx: Context) -> list[tuple[str, bool]]:
    """The country mentions of the first sentences, or of the whole article when they name none; once per Doc
    (:func:`focus` and :func:`addressees` both read them)."""
    return per_doc(ctx.doc, "kg_focus_mentions", lambda doc: _mentions(doc, FOCUS_SENTENCES) or _mentions(doc, None))


def _mentions(doc: Doc, limit: int | None) -> list[tuple[str, bool]]:
    """The countries the first ``limit`` sentences (all when None) name, each mention with whether it is a venue."""
    out = []
    venue_preps = lexicon.words("plover-venue-preps")
    for ent in doc_ents(doc):
        if limit is not None and sentence_number(ent) >= limit:
            break
        if sentence_number(ent) != sentence_number(ent[-1]):
            continue  # across a sentence break: in no sentence's ``ents``
        code = lexicon.lookup_polity(ent.text) if ent.label_ in ("GPE", "NORP", "ORG") else None
        venue = ent.root.dep_ == "pobj" and ent.root.head.lower_ in venue_preps
        if code is None and ent.label_ == "GPE" and ent.root.dep_ not in lexicon.words(
                "plover-focus-city-modifier-deps"):  # a city: "protesters in Sydney" is about Australia
            code, venue = place_country(ent.text), True  # (not "the Doha round" or "the Kyoto Protocol")
        if code and not lexicon.polity(code).is_org:
            out.append((code, venue))
    return out


US_STATES_COUNTRY = "US"  # the country of the states of ``us_states.tsv``


def place_country(text: str) -> str | None:
    """The country of a place name: a city or country of the places lexicon, or a state of the United States
    ("Governor X of Texas was indicted": the state that charges him is the US)."""
    place = place_for(text)
    if place is not None and place.country:
        return place.country
    return US_STATES_COUNTRY if lexicon.fold(text).removeprefix("the ") in us_states() else None


def named_country(tok: Token) -> str | None:
    """Where a trigger's event happened when its sentence has no place phrase: the country of the first place the
    sentence names outside a clause aside from the trigger's own (``plover-aside-clause-deps``): "the government
    accused Hamas, a group banned in countries such as Canada" is not located in Canada."""
    aside = lexicon.words("plover-aside-clause-deps")
    for ent in span_ents(tok.sent):
        if ent.label_ != "GPE":
            continue
        clauses = [a for a in (ent.root, *ent.root.ancestors) if a.dep_ in aside]
        if any(not a.left_edge.i <= tok.i <= a.right_edge.i for a in clauses):
            continue  # a clause the trigger is not in
        code = place_country(ent.text)
        if code:
            return code
    return None


def conceded_to(ctx: Context, tok: Token, pattern: Pattern) -> list[Token]:
    """Whom a concession of defeat that names no one concedes to (pattern key ``winner_target``): "X conceded
    defeat", "Y conceded the election" (an object of ``plover-conceded-contests``, or the word right after the
    verb, which the parser may take for the subject of a clause after it) concede to the winner, the persons named
    in the nearest sentence at or before it that tells of a victory (``plover-victory-words``: "Z has won the
    election", "At his victory speech, Z said …"), other than the one who concedes."""
    if not pattern.get("winner_target"):
        return []
    contests = lexicon.words("plover-conceded-contests")
    after = [t for t in tok.doc[tok.i + 1:tok.i + 3] if t.pos_ not in ("DET", "PRON")][:1]  # "conceded defeat saying"
    if not any(c.dep_ in ("dobj", "nsubj") and c.lemma_.lower() in contests for c in [*tok.children, *after]):
        return []
    clause = tok if any(c.dep_ == "nsubj" for c in tok.children) else tok.head  # "Conceding defeat, X said"
    loser = {e for c in clause.children if c.dep_ == "nsubj" for e in ctx.persons_at(c)}
    victory = lexicon.words("plover-victory-words")
    for sent in reversed([s for s in tok.doc.sents if s.start <= tok.sent.start]):
        if not any(t.lower_ in victory or t.lemma_.lower() in victory for t in sent):
            continue
        named: dict[int, Token] = {}
        for t in sent:
            for e in ctx.token_entities.get(t.i, []) if t.pos_ == "PROPN" else []:
                named.setdefault(e, t)
        winners = [t for e, t in named.items() if e not in loser]
        if winners:
            return winners
    return []

"""Nouns as PLOVER actors without an article's state: the agents lexicon's sectors ("troops": MIL), countries and
organisations a proper-noun phrase names ("the Tamil Tigers"), institutions ("the State Department": US, GOV), bodies
and their members, partitives ("50 of the monks") and an actor's label (see :mod:`kg.extract.plover_actors`)."""

from __future__ import annotations

from functools import cache, lru_cache

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.orgnames import institutions, short_name
from kg.model import Actor


@lru_cache(maxsize=1)
def agents() -> dict[str, str]:
    """Agent noun (lemma, or "compound lemma") → sector code.

    >>> agents()["troop"], agents()["protester"], agents()["police"]
    ('MIL', 'CVL', 'COP')
    """
    rows = lexicon.read_tsv(lexicon.resource_path("agents.tsv"), ("id", "sector"))
    return {r["id"]: r["sector"] for r in rows}


@cache
def sector_nouns(sectors: frozenset[str]) -> frozenset[str]:
    """The agent nouns of these sectors (once per process): ``sector_nouns(frozenset({"MED"}))`` holds "reporter"."""
    return frozenset(noun for noun, sector in agents().items() if sector in sectors)


def partitive_whole(tok: Token) -> Token | None:
    """The "of" phrase of a number or quantity word (``plover-partitive-heads``): "[50 or 60] of the monks",
    "many of the marchers", "hundreds of protesters"."""
    if tok.pos_ != "NUM" and tok.lemma_.lower() not in lexicon.words("plover-partitive-heads"):
        return None
    return _prep_object(tok, ("of",))  # not "150 of them"


def whole_of(tok: Token) -> Token | None:
    """The noun phrase an actor-less noun stands for: a partitive's whole (:func:`partitive_whole`) or the principal
    a spokesperson or representative speaks for (:func:`spoken_for`)."""
    return partitive_whole(tok) or spoken_for(tok)


def spoken_for(tok: Token) -> Token | None:
    """The "for" or "of" phrase of a noun that speaks for another (``plover-proxy-nouns``): "a spokesman for Hamas",
    "a spokeswoman for the German government", "a representative of the EU" (not "a spokesman for them")."""
    if tok.lemma_.lower() not in lexicon.words("plover-proxy-nouns"):
        return None
    return _prep_object(tok, ("for", "of"))


def _prep_object(tok: Token, preps: tuple[str, ...]) -> Token | None:
    """The first noun (no pronoun) that one of ``tok``'s prepositions ``preps`` governs."""
    return next((p for c in tok.children if c.dep_ == "prep" and c.lower_ in preps
                 for p in c.children if p.dep_ == "pobj" and p.pos_ != "PRON"), None)


def plural_group(tok: Token) -> bool:
    """A group named by a one-word plural of no agents-lexicon sector ("Sunnis", "Kurds"; not "Democrats", a party's
    members, which keep their sector and country as collective actors)."""
    return tok.tag_ == "NNPS" and sector_of(tok) is None


def institution(ent: Span) -> Actor | None:
    """"the State Department" (agents.tsv: US, GOV), "Belarusian KGB" (BY), "the Senate of Chile" (CL), "Hamas"
    (its own name)."""
    name = ent.text.removeprefix("the ").removeprefix("The ")
    row = institutions().get(lexicon.fold(name))
    if row is not None:
        return Actor(label=name, country=row[1], sector=row[0])
    lead = [t for t in ent if t.lower_ != "the"]
    code = lexicon.lookup_polity(lead[0].text) if len(lead) > 1 else None
    code = code or of_polity(ent.root)
    short = short_name(ent) or name  # "the Korean Confederation of Trade Unions (KCTU)": KCTU, as the text goes on
    if code:
        return Actor(label=name, country=code, sector="GOV", org=short)
    return Actor(label=name, org=short) if ent.label_ != "FAC" else None


def of_polity(head: Token) -> str | None:
    """The country an institution is "of": "the Supreme Court of Chile", "the House of Representatives of Puerto
    Rico" (inside the entity or after it)."""
    node = head
    for _ in range(2):
        obj = next((p for c in node.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj" and p.pos_ != "PRON"), None)  # not "150 of them"
        if obj is None:
            return None
        code = phrase_polity(obj) if obj.pos_ == "PROPN" else None
        if code and not lexicon.polity(code).is_org:
            return code
        node = obj
    return None


def sector_of(tok: Token) -> str | None:
    """The agents-lexicon sector of a noun: "security forces" (compound + head), else "troops"; a capitalised plural
    the model leaves unlemmatised is read as its singular ("Cabinet Ministers": cabinet minister)."""
    if tok.pos_ not in ("NOUN", "PROPN"):
        return None
    table = agents()
    lemma = tok.lemma_.lower()
    if tok.tag_ == "NNPS" and lemma == tok.lower_ and lemma.endswith("s"):  # "Cabinet Ministers": no lemma
        lemma = lemma[:-1]
    for c in tok.children:
        if c.dep_ in ("compound", "amod") and c.i < tok.i:
            found = table.get(f"{c.lemma_.lower()} {lemma}")
            if found:
                return found
    return table.get(lemma) or table.get(tok.lower_) or collective_sector(tok, lemma)


def collective_sector(tok: Token, lemma: str) -> str | None:
    """The sector of a collective noun that has none of its own: a group noun takes its modifier's
    (``plover-group-heads``: "paramilitary groups" MIL, "militant factions" UAF), and a plural of states with a
    modifier is a collective of governments (``plover-state-plurals``: "foreign powers", "Arab states", "its
    international partners"; not "the two countries"), as whom an act is aimed at, not as its subject: "some
    European countries insist" names no actor the guide codes (it writes the states)."""
    mods = [c for c in tok.children if c.dep_ in ("compound", "amod") and c.i < tok.i and c.pos_ != "NUM"]
    if lemma in lexicon.words("plover-group-heads"):
        return next((s for c in mods if (s := agents().get(c.lemma_.lower()))), None)
    if lemma in lexicon.words("plover-state-plurals") and tok.tag_ == "NNS" and mods and not _subject(tok):
        return "GOV"
    return None


def _subject(tok: Token) -> bool:
    """Whether a noun is a clause's subject, or a conjunct of one ("the US and its allies withdrew")."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "nsubj"


def several_states(label: str) -> bool:
    """Whether an actor's label names a collective of states (``plover-state-plurals`` with a modifier: "foreign
    powers", "its Western allies"), which belongs to no one country: not the one where the event happens.

    >>> several_states("foreign powers"), several_states("Gulf countries"), several_states("powers")
    (True, True, False)
    """
    words = label.lower().split()
    last = words[-1] if len(words) > 1 else ""
    singular = {last[:-3] + "y", last[:-1]} if last.endswith("ies") else {last[:-1]} if last.endswith("s") else set()
    return bool(singular & lexicon.words("plover-state-plurals"))


def body_noun(tok: Token) -> bool:
    """A noun that names an organisation or its members by the organisation's name ("the Hamas movement", "the
    member nations of the Paris Club"): ``plover-body-nouns`` and ``plover-member-nouns``; or a weapon by its
    owner's, which stands for the owner ("Hamas rockets killed two soldiers": ``plover-instrument-nouns``)."""
    lemma = tok.lemma_.lower()
    lists = ("plover-body-nouns", "plover-member-nouns", "plover-instrument-nouns")
    return any(lemma in lexicon.words(k) for k in lists)


def phrase_polity(tok: Token) -> str | None:
    """A country or organisation a proper noun names with its compounds and "of" phrase when the model tagged no
    entity: "Tigers" in "the Tamil Tigers", "the Liberation Tigers of Tamil Eelam", "the Group of Seven (G7), which
    …" (up to the head of the "of" phrase)."""
    found = lexicon.lookup_polity(tok.text)
    doc = tok.doc
    lefts = [c for c in tok.lefts if c.dep_ == "compound" and c.pos_ == "PROPN"]
    of = [p for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    if found or not lefts and not of:
        return found or compound_run(tok)
    start = lefts[0].left_edge.i if lefts else tok.i
    names = [doc[start:e].text for e in (tok.i + 1, *(p.i + 1 for p in of[:1]), tok.right_edge.i + 1)]
    return next((code for n in names if (code := lexicon.lookup_polity(n))), None)


def compound_run(tok: Token) -> str | None:
    """"Tamil Tiger" in "Suspected Tamil Tiger rebels", where the parser hangs each word on the noun: the
    proper-noun compounds just before ``tok`` with it, shortest first."""
    if tok.dep_ != "compound":
        return None
    start = tok.i
    doc = tok.doc
    while start > tok.sent.start and doc[start - 1].dep_ == "compound" and doc[start - 1].head.i == tok.head.i:
        start -= 1
        found = lexicon.lookup_polity(doc[start:tok.i + 1].text)
        if found:
            return found
    return None


def body_country(ent: Span | None) -> str | None:
    """The country of a named state body of ``agents.tsv`` modifying a noun: "White House officials" → US."""
    if ent is None or ent.label_ not in ("ORG", "FAC", "GPE"):
        return None
    row = institutions().get(lexicon.fold(ent.text.removeprefix("the ").removeprefix("The ")))
    return row[1] if row else None


def noun_label(tok: Token) -> str:
    """"Israeli troops", "protesters": the noun and the modifiers before it, without determiners."""
    modifiers = lexicon.words("plover-actor-modifier-deps")
    left = [c for c in tok.lefts if c.dep_ in modifiers or c.dep_ in ("cc", "conj") and c.i < tok.i]
    start = min([tok.i] + [t.left_edge.i for t in left])
    words = [t.text for t in tok.doc[start:tok.i + 1] if t.dep_ not in ("det", "predet") and not t.like_num]
    return " ".join(words)


def moved_forces(kind: str, sources: list[Actor], targets: list[Actor]) -> list[Actor]:
    """``targets`` without the forces an act of ``plover-moved-forces-types`` moves, offers or pulls out rather
    than acts on: a collective of a sector of ``plover-moved-forces-sectors`` of a source's own country or named
    by no polity ("withdrew its forces from Lebanon", "committed 450 more troops to Iraq", "ordered Russian troops
    into Ukraine": Lebanon, Iraq, Ukraine, not the troops); another state's forces stay ("sent aid to Iraqi
    forces")."""
    if kind not in lexicon.words("plover-moved-forces-types"):
        return targets
    own, sectors = {a.country for a in sources if a.country}, lexicon.words("plover-moved-forces-sectors")

    def moved(a: Actor) -> bool:
        named = [w for w in a.label.split() if lexicon.lookup_polity(w)]
        return not (a.person or a.org) and a.sector in sectors and (a.country in own or not named)

    return [a for a in targets if not moved(a)]

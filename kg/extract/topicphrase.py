"""The short noun phrase a topic head stands for (kg.extract.topics): stop-listed heads and adjectives
(``topic_stoplist.tsv``), the modifiers kept on the left, the complement kept on the right."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.strings import get_string_id
from spacy.tokens import Token

from kg import lexicon
from kg.extract.arraymatch import table_of
from kg.extract.rulematch import rule_marks
from kg.lexicon import fold
from kg.topicscheme import known_term

MAX_WORDS = 6

_HYPHEN = get_string_id("-")


def _action(tok: Token) -> str | None:
    stop = lexicon.simple_table("topic_stoplist.tsv", "phrase")
    return (stop.get(fold(tok.text)) or stop.get(fold(tok.lemma_)) or {}).get("action")


def phrase_span(head: Token) -> tuple[str, int, int] | None:
    """A short normalised noun phrase for a head noun, with its token range.

    Returns None for pronouns, stop-listed and generic heads ("importance", "efforts": what they are
    about is a head of its own), bare weak heads ("cooperation" alone), titles and over-long phrases.
    """
    named = place_name(head)
    if named:  # "the disputed border town of Badme": "Badme"
        return _text(named), named[0].i, named[-1].i + 1
    action = "bare" if _named_kind(head) else _action(head)
    alone = action == "bare" and fold(head.lemma_) in lexicon.words("topic-alone-heads")
    if head.pos_ in ("PRON", "DET", "NUM", "VERB", "AUX") or action in ("drop", "through") \
            or head.ent_type_ == "PERSON":
        return None
    left = _kept_left(head) + split_prefix(head)
    right = _pp(head, action == "bare", plain=action != "bare" or bool(left)) or _infinitive(head)
    if action in ("bare", "place") and not left and not right and not alone:
        return None  # "cooperation" alone says nothing; "security" alone does (kept only as what a cue governs)
    if not right and fold(head.lemma_) in lexicon.words("topic-owner-heads") and \
            not any(t.dep_ in ("poss", "compound", "nmod") and t.pos_ in ("NOUN", "PROPN") for t in left):
        return None  # "a pivotal role", "the near future": whose role, what future?
    words = sorted(set(left + [head] + right), key=lambda t: t.i)
    while words[0].dep_ in ("cc", "case"):  # "the deep and enduring ties": the "and" of two dropped adjectives;
        words.pop(0)  # "each other's country": the "'s" of a dropped pronoun possessor
    if len(_text(words).split()) > MAX_WORDS and right:
        # "a peace agreement between Israel and the Palestinian people": "peace agreement"; "steadfast political, …
        # and humanitarian support for Ukraine": "support for Ukraine"; a bare head needs its complement ("the stalled
        # peace talks between Armenia and Azerbaijan": whose talks); a name keeps its own words before its
        # complement ("a prosperous North America with good jobs": "prosperous North America", never "America with …")
        kind = action is None and (compound_kind(left) or head.pos_ == "PROPN" and bool(left))
        words = sorted([*left, head], key=lambda t: t.i) if kind else [head] + right
    text = _text(words)
    key = fold(text)
    if not text or len(text.split()) > MAX_WORDS or key in lexicon.simple_table("topic_stoplist.tsv", "phrase") \
            and not alone or key in lexicon.title_index():
        return None
    return text, words[0].i, words[-1].i + 1


def place_name(head: Token) -> list[Token]:
    """The name a place noun's "of" phrase gives (``plover-place-heads``: "the disputed border town of Badme",
    "the Russian city of Kazan"): the place is the name, whatever words say what kind of place it is; [] for any other
    noun, and for an "of" phrase that is no name ("the city of the future") or has phrases of its own."""
    if head.pos_ != "NOUN" or fold(head.lemma_) not in lexicon.words("plover-place-heads"):
        return []
    _, pobj = _of_phrase(head)
    if pobj is None or pobj.pos_ != "PROPN" or any(c.dep_ in ("prep", "relcl", "acl", "cc", "conj", "appos")
                                                   for c in pobj.children):
        return []
    words = _name_words(pobj.subtree)
    return words if len(words) <= 4 and all(t.pos_ == "PROPN" or t.text == "-" for t in words) else []


def compound_kind(left: list[Token]) -> bool:
    """Left modifiers that name the head's kind, kept over its complement when both make a topic too long: a short run
    (at most three words, no list, no possessor) holding a common-noun compound ("peace agreement", "final-status
    peace negotiations", "reproductive health care"); not adjectives alone ("brutal attacks") nor an owner ("the
    President's flagship Partnership")."""
    return 0 < len(_text(left).split()) <= 3 and any(
        t.pos_ == "NOUN" and t.dep_ == "compound" and _action(t) in (None, "bare") for t in left) and not any(
        t.dep_ in ("cc", "conj", "poss") or t.is_punct and t.text != "-" for t in left)


def modifier_items(head: Token) -> list[tuple[str, int, int]]:
    """A noun after a comma list of three or four one-word modifiers is one topic per modifier, each with the noun
    ("a proposed security, energy and trade initiative" → "security initiative", "energy initiative", "trade
    initiative"; each span runs from its modifier to the noun); two stay one topic ("food and energy security"), and
    so does a list the parser made of "bilateral and regional trade agreements", and a list of qualities (adjectives:
    "a free, open and prosperous region"). When the last modifier and the noun are a term of their own
    (:func:`kg.topicscheme.known_term`), the list is one of nouns: "trade, security and climate change" → "trade",
    "security", "climate change". Empty for any other noun, and for a generic one (stoplist ``drop``/``through``:
    "efforts")."""
    lists = [c for c in head.lefts if c.dep_ in ("amod", "nmod", "compound") and c.conjuncts]
    if head.pos_ != "NOUN" or _action(head) in ("drop", "through") or len(lists) != 1:
        return []
    items = [lists[0], *lists[0].conjuncts]
    if not 3 <= len(items) <= 4 or not any(t.text == "," for t in head.doc[items[0].i:head.i]):
        return []
    if any(t.pos_ not in ("NOUN", "PROPN") or t.i > head.i or _action(t) in ("adj", "drop", "through", "place")
           or any(c.dep_ not in ("cc", "punct", "conj") for c in t.children) for t in items):
        return []
    if known_term(f"{items[-1].text} {head.text}"):  # "trade, security and climate change": a list of nouns
        return [*((_word(t), t.i, t.i + 1) for t in items[:-1]), (_text([items[-1], head]), items[-1].i, head.i + 1)]
    return [(f"{_word(t)} {_word(head)}", t.i, head.i + 1) for t in items]


def name_alone(span) -> bool:
    """A one-word proper name ("Hamas", "England", "NGO"): like a country's name, no topic of a participant's verb;
    a longer name says more ("Manas Air Base")."""
    words = [t for t in span if not t.is_punct and t.pos_ != "DET"]
    return len(words) == 1 and words[0].pos_ == "PROPN"


def _infinitive(head: Token) -> list[Token]:
    """What a right is to (``topic-infinitive-heads``): "Israel's right to defend itself", "the right to organize";
    the verb with its "to", particle and object's own words, not the object's complements or conjuncts."""
    if fold(head.lemma_) not in lexicon.words("topic-infinitive-heads"):
        return []
    verb = next((c for c in head.rights if c.dep_ == "acl" and c.pos_ == "VERB"
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if verb is None:
        return []
    objects = [t for c in verb.children if c.dep_ in ("dobj", "prt") for t in [*c.lefts, c] if t.dep_ != "det"]
    words = sorted([a for a in verb.children if a.dep_ == "aux"] + [verb] + objects, key=lambda t: t.i)
    return words if len(words) <= 4 else []


def _named_kind(head: Token) -> bool:
    """A generic head ("issues", "matters", "efforts") that a noun or an adjective of content makes a kind of its own
    ("security matters", "economic issues", "relief efforts"; also a noun the parser labels ``nmod`` before a
    conjunction: "trade and commercial matters"); with an "of/to" phrase or an infinitive it stays generic ("issues of
    trade": trade; "rebel efforts to topple X": what they are for), but not with one the parser hung on it after its
    own conjunct ("the Cyprus and Kosovo issues as well as cooperation between X and Y": the conjunct's), nor with the
    examples that follow it ("trade issues including beef and lumber", "energy issues such as oil and gas":
    ``topic-listing-preps``, :func:`listing_prep`)."""
    kinds, late = lexicon.words("topic-kind-heads"), _conjunct_preps(head)
    own = [c for c in head.children if c.dep_ == "prep" and c not in late and not listing_prep(c)
           or c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]  # "efforts to X"
    return fold(head.text) in kinds and not own and any(
        c.dep_ in ("compound", "amod", "nmod") and c.pos_ in ("NOUN", "PROPN", "ADJ") and _action(c) in (None, "bare")
        for c in head.lefts)


def listing_prep(prep: Token) -> bool:
    """A preposition that lists examples of the noun it hangs on ("including", "like": ``topic-listing-preps``; the
    "as" of "such as")."""
    doc = prep.doc
    return prep.lower_ in lexicon.words("topic-listing-preps") or \
        prep.lower_ == "as" and prep.i > 0 and doc[prep.i - 1].lower_ == "such"


def _conjunct_preps(head: Token) -> list[Token]:
    """The phrases the parser hung on a generic head (``topic-kind-heads``) after its own conjunct, a noun phrase of
    its own (with a determiner): the conjunct's ("the Cyprus and Kosovo issues as well as the cooperation between X
    and Y": "between" is the cooperation's; not "their priorities and intentions across X", which share it)."""
    conj = [c.i for c in head.children if c.dep_ == "conj" and any(d.dep_ == "det" for d in c.children)]
    if not conj or fold(head.text) not in lexicon.words("topic-kind-heads"):
        return []
    return [c for c in head.children if c.dep_ == "prep" and c.i > min(conj)]


def _left(head: Token) -> list[Token]:
    out = []
    for c in head.lefts:
        counted = c.dep_ in ("nummod", "quantmod") or c.pos_ == "NUM" and c.nbor(1).text != "-"
        if counted and c.ent_type_ in ("CARDINAL", "MONEY", "PERCENT", "QUANTITY", ""):
            continue  # "4,000 schools" is about schools; "two-state solution" keeps its number
        if _action(c) == "place" and c.conjuncts:
            c = max(c.conjuncts, key=lambda k: k.i)  # "around the world and climate change": "climate" is the head's
        if c.dep_ in lexicon.words("topic-keep-left") | {"conj"} and not (c.dep_ == "poss" and c.pos_ == "PRON"):
            out += [t for t in c.subtree if t.dep_ != "det" and not t.is_punct or t.text in ("-", "’s", "'s")]
    return out


def _kept_left(head: Token) -> list[Token]:
    """The left modifiers a topic keeps: not the stop-listed adjectives ("continued", "strong")."""
    return [t for t in _left(head) if _action(t) != "adj"]


def split_prefix(head: Token) -> list[Token]:
    """The pieces before ``head`` of a hyphenated word that the parser cut into sibling nouns ("non", "-" of
    "non-proliferation", "re", "-" of "re-election"), with the first piece's own modifiers ("nuclear"): the word
    is one and ``head``, its last piece, stands for it."""
    doc, i = head.doc, head.i
    while i >= 2 and _split_pair(doc[i - 2], doc[i - 1], doc[i]):
        i -= 2
    return [] if i == head.i else [*_kept_left(doc[i]), *doc[i:head.i]]


def split_inner(tok: Token) -> bool:
    """A piece of such a cut word before its last ("non" of "non-proliferation"): no head of its own."""
    doc = tok.doc
    return tok.i + 2 < len(doc) and _split_pair(tok, doc[tok.i + 1], doc[tok.i + 2])


def in_hyphen_word(tok: Token) -> bool:
    """A piece of a hyphenated word ("sharing" in "power-sharing", "led" in "US-led"): no cue of its own."""
    doc, i, orths = tok.doc, tok.i, table_of(tok.doc).cols["ORTH"]  # the words' hashes, without a Token
    return i >= 1 and orths[i - 1] == _HYPHEN and not doc[i - 1].whitespace_ or \
        i + 1 < len(doc) and orths[i + 1] == _HYPHEN and not tok.whitespace_


def _split_pair(word: Token, hyphen: Token, after: Token) -> bool:
    """``word`` and ``after`` joined by a hyphen with no space that the parser took for a word (not tagged HYPH)."""
    return hyphen.text == "-" and hyphen.tag_ != "HYPH" and not word.whitespace_ and not hyphen.whitespace_ and \
        word.is_alpha and after.is_alpha


def _pp(head: Token, complement: bool, plain: bool = True) -> list[Token]:
    """"of X" phrases; "for/to X" after support-like heads; "from X" after a noun of leaving (``topic-from-heads``:
    "withdrawal from the port", "Britain's departure from the EU"); "against X" after a noun of combating
    (``topic-against-heads``: "the fight against terrorism"); "in/on/against/at X" when X is a named place
    (``topic-place-preps``), "on/with/between/against X" when X is a common noun (``topic-complement-preps``)
    and the head says something alone (``plain``: not a bare head such as "its interests against X").
    The object's own modifiers on the right ("of hostages held by Hamas") are left out; a phrase right after
    an object that the parser gave its verb ("support to Ukraine", "costs on Russia") is the object's."""
    late = _conjunct_preps(head)  # "the Cyprus and Kosovo issues as well as cooperation between X and Y"
    for c in [*head.rights, *_verb_pp(head), *conjunct_pp(head)]:
        pobj = next((p for p in c.children if p.dep_ == "pobj"), None)
        if c.dep_ != "prep" or pobj is None or c in late:
            continue
        named = pobj.pos_ == "PROPN" and (pobj.ent_type_ in ("GPE", "LOC", "NORP", "FAC") or _country(pobj))
        lasting = pobj.ent_type_ in ("DATE", "TIME")  # "ties for more than two centuries": how long, not what
        if c.lower_ == "of" or complement and c.lower_ in ("for", "to") and not lasting or \
                c.lower_ == "from" and fold(head.lemma_) in lexicon.words("topic-from-heads") or \
                c.lower_ == "against" and fold(head.lemma_) in lexicon.words("topic-against-heads") or \
                c.lower_ in lexicon.words("topic-place-preps") and named or \
                plain and c.lower_ in lexicon.words("topic-complement-preps") and _plain_object(pobj):
            return _object_words(c, pobj, shorten=c.lower_ in {"of", *lexicon.words("topic-about-preps")} or named)
    return []


def _country(tok: Token) -> bool:
    """A country's name that the model labels no place ("the crisis in Niger", "Niger" taken for a DATE); not an
    organisation's ("the case against Taliban")."""
    code = lexicon.lookup_polity(tok.text)
    return code is not None and not lexicon.polity(code).is_org


def _object_words(prep: Token, pobj: Token, shorten: bool) -> list[Token]:
    """The preposition with its object's words, not the object's own phrases and clauses on the right ("of hostages
    held by X"); when that is too long for a topic, an "of" or "on/about" phrase (``topic-about-preps``) or a named
    place (``shorten``) without the object's conjuncts too ("the dismantling of the group's organisation and the 500
    prisoners in its jails": "dismantling of group's organisation"; "the bonds between Ghana and Togo and past
    cooperation such as X": "bonds between Ghana"); never with a conjunction the parser left at its end without
    what it joins."""
    cuts = (("prep", "acl", "relcl", "appos", "punct"), ("prep", "acl", "relcl", "appos", "punct", "cc", "conj"))
    for right in cuts if shorten else cuts[:1]:
        cut = {t.i for r in pobj.rights if r.dep_ in right for t in r.subtree} - _owner_of_generic(pobj, right)
        words = [t for t in prep.subtree if t.i not in cut and t.dep_ != "det" and not (t.is_punct and t.text != "-")]
        while words[-1].dep_ == "cc":  # "the situation in Iraq and the interests of …": the parser's "and" on "Iraq"
            words.pop()
        if len(words) <= 5:
            return words
    return _name_only(prep, pobj)


def _name_only(prep: Token, pobj: Token) -> list[Token]:
    """The preposition with the named entity its object ends, without the words before the name, when the whole
    object is too long for a topic: "the release of captured Israeli soldier Gilad Shalit" → "release of Gilad
    Shalit", "threats to the security of the free and open Indo-Pacific" → "threats to Indo-Pacific"; [] for an
    object that ends no name."""
    name = next((e for e in pobj.doc.ents if e.start <= pobj.i < e.end), None)
    if pobj.pos_ != "PROPN" or name is None or name.start < pobj.left_edge.i or name.end > pobj.i + 1:
        return []
    words = _name_words(name)
    return [prep, *words] if 1 <= len(words) <= 4 else []


def _name_words(tokens: Iterable[Token]) -> list[Token]:
    """The words of a name without its determiner and punctuation but hyphens: "the Indo-Pacific" → "Indo-Pacific"."""
    return [t for t in tokens if t.dep_ != "det" and not (t.is_punct and t.text != "-")]


def _of_phrase(tok: Token) -> tuple[Token | None, Token | None]:
    """A word's first "of" phrase after it and that phrase's object, each None when missing."""
    of = next((r for r in tok.rights if r.dep_ == "prep" and r.lower_ == "of"), None)
    return of, next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _owner_of_generic(pobj: Token, cuts: tuple[str, ...]) -> set[int]:
    """Token indices of the "of X" that a generic object (stoplist ``drop`` or ``place``: "people", "nation") cannot do
    without, its own phrases and clauses left out: "support for the people of India who …" keeps "of India"."""
    if _action(pobj) not in ("drop", "place"):
        return set()
    of, owner = _of_phrase(pobj)
    if of is None or owner is None:
        return set()
    dropped = {t.i for r in owner.rights if r.dep_ in cuts for t in r.subtree}
    return {of.i} | {t.i for t in owner.subtree} - dropped


def _plain_object(pobj: Token) -> bool:
    """A common noun that completes a topic ("engagement with regional countries"), not a person, a date, an
    event ("on talks"), a stop-listed word ("on issues"), a title ("between foreign ministers"), what a
    possessor owns ("between their teams") or a fixed phrase ("on the table")."""
    events = lexicon.event_nouns("event_word")
    return pobj.pos_ == "NOUN" and pobj.ent_type_ not in lexicon.words("not-topic-entities") and \
        fold(pobj.lemma_) not in events and fold(pobj.text) not in events and _content(pobj) and \
        fold(pobj.lemma_) not in lexicon.title_index() and not any(c.dep_ == "poss" for c in pobj.children) and \
        not rule_marks(pobj.doc).has("topic-setting", pobj.i)


def _content(tok: Token) -> bool:
    """Not stop-listed, or a generic place made specific ("regional countries", not "our nations")."""
    action = _action(tok)
    return action is None or action in ("place", "drop") and any(c.dep_ in ("amod", "compound") for c in tok.lefts)


def conjunct_pp(head: Token) -> list[Token]:
    """A phrase right after a later conjunct that has none of its own, which the parser hung on an earlier conjunct
    ("European defence and relations with Russia": "with Russia" under "defence"): the later conjunct's too
    ("relations with Russia"; the earlier keeps it as the parser reads it)."""
    nxt = head.right_edge.i + 1
    if head.dep_ != "conj" or nxt >= len(head.doc) or any(c.dep_ == "prep" for c in head.children):
        return []
    after = head.doc[nxt]
    return [after] if after.dep_ == "prep" and after.head.i < head.i and after.head in head.conjuncts else []


def _verb_pp(head: Token) -> list[Token]:
    nxt = head.right_edge.i + 1
    after = head.doc[nxt] if head.dep_ == "dobj" and nxt < len(head.doc) else None
    return [after] if after is not None and after.dep_ == "prep" and after.head == head.head else []


def place_after(head: Token) -> list[Token]:
    """A named place right after a head's phrase that the parser hung on the word governing the phrase (its verb,
    or the generic noun whose "of" it completes): "the importance of peace and stability across the Taiwan Strait";
    not the place of a noun that is a topic itself ("trafficking of drugs and weapons in North America")."""
    nxt = head.right_edge.i + 1
    prep = head.doc[nxt] if nxt < len(head.doc) else None
    governor = head.head.head if head.dep_ == "pobj" else head.head
    if head.dep_ == "pobj" and _action(governor) != "through":
        return []
    if prep is None or prep.dep_ != "prep" or prep.head != governor or \
            prep.lower_ not in lexicon.words("topic-place-preps"):
        return []
    pobj = next((p for p in prep.children if p.dep_ == "pobj"), None)
    if pobj is None or pobj.pos_ != "PROPN" or pobj.ent_type_ not in ("GPE", "LOC", "NORP", "FAC"):
        return []
    words = [t for t in prep.subtree if t.dep_ != "det" and not t.is_punct]
    return words if len(words) <= 4 else []


def _text(words: list[Token]) -> str:
    text = re.sub(r"\s+([’']s)\b", r"\1", " ".join(_word(t) for t in words if not t.is_space))
    return re.sub(r"\s*-\s*", "-", text).strip(" ,;:-")


def _word(tok: Token) -> str:
    return tok.text if tok.pos_ == "PROPN" or tok.text.isupper() else tok.text.lower()

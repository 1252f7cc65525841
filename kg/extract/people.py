"""Within-article person identity: named mentions clustered into entities ("Mr. Biden" = "Biden" =
"President Biden"), entities resolved against the actor dictionary, role anaphora and pronouns
resolved to entities, and the person–role–country facts derived from all of it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Doc

from kg import lexicon
from kg.actors import Actor, ActorIndex, name_tokens, spelt_like
from kg.extract.mentions import Mention
from kg.extract.pronoun_gender import entity_genders, nearest
from kg.extract.regnal import regnal_fits
from kg.model import Person


@dataclass
class Entity:
    """One person in one article (mutable while resolving)."""

    index: int
    tokens: tuple[str, ...]
    name: str
    mentions: list[Mention] = field(default_factory=list)
    actor: Actor | None = None
    written: str | None = None  # the article's spelling of the dictionary person's name

    def roles(self) -> list[tuple[str, str | None, str | None, Mention]]:
        """(role, country, title kind, mention) for every titled mention, extra titles included."""
        out = [(m.role, m.country, m.title_kind, m) for m in self.mentions if m.role]
        return out + [(role, country or m.country, kind, m) for m in self.mentions for role, country, kind in m.extra]

    def countries(self) -> set[str]:
        found = {m.country for m in self.mentions if m.country}
        if self.actor:
            found |= {t.country for t in self.actor.terms if t.country}
        return found

    def person(self) -> Person:
        """The person: identity from the dictionary when known; the label as the article spells the full name."""
        if self.actor:
            if self.written:  # "S. Rao" for the dictionary's "Subrahmanyam Rao" (see :func:`written_labels`)
                return Person(key=self.actor.qid or self.actor.name, name=self.written, qid=self.actor.qid)
            canon = name_tokens(self.actor.name)
            variant = len(self.tokens) == len(canon) and (self.tokens[0] == canon[0] or all(
                _same_word(a, b) for a, b in zip(self.tokens, canon, strict=False))) or \
                _same_spelling(self.tokens, canon) or \
                any(spelt_like(self.tokens, name_tokens(n)) for n in (self.actor.name, *self.actor.aliases))
            if self.actor.source:  # a converted entry names no preferred spelling: the article's, if it is known
                variant = variant or self.tokens in {name_tokens(n) for n in self.actor.aliases}
            label = self.name if variant else self.actor.name  # keep spelling variants ("Zelensky", "Mahmud X")
            return Person(key=self.actor.qid or self.actor.name, name=label, qid=self.actor.qid)
        return Person(key=self.name, name=self.name)


def written_labels(entities: list[Entity]) -> None:
    """Label every entity of a dictionary person with the article's fullest spelling of the name when it has more
    words than the dictionary's ("Joseph R. Biden, Jr." for "Joe Biden"), or as many, each a spelling or an initial
    of the dictionary's word ("S. Rao" for "Subrahmanyam Rao", "Fouad Haddad" for "Fuad Haddad"); failing those,
    one of the dictionary's aliases of two words or more with its surname last ("Costas X" for a "Kostas X" who is
    also called so): one label per person, and none the article does not write."""
    groups: dict[Actor, list[Entity]] = {}
    for ent in entities:
        if ent.actor:
            groups.setdefault(ent.actor, []).append(ent)
    for actor, group in groups.items():
        canon = written_words(actor.name)
        names = [(m.name, written_words(m.name)) for ent in group for m in ent.mentions if m.name]
        spelt = [(name, len(words)) for name, words in names if _spelt_as(words, canon)]
        aliases = {words for a in actor.aliases if len(words := written_words(a)) > 1 and
                   _spelling(_surname(words)) == _spelling(_surname(canon))}  # not "Hayashi Yoshimasa": name order
        spelt = spelt or [(name, len(words)) for name, words in names if words in aliases]
        fullest = max(spelt, key=lambda name_size: name_size[1], default=(None, 0))[0]  # the first of the longest
        for ent in group:
            ent.written = fullest


def _spelt_as(words: tuple[str, ...], canon: tuple[str, ...]) -> bool:
    """The written name is the dictionary's, word for word, in another spelling or with initials, or a fuller form
    with its surname (more words: given names, initials, suffixes).

    >>> _spelt_as(("s", "rao"), ("subrahmanyam", "rao")), _spelt_as(("fouad", "haddad"), ("fuad", "haddad"))
    (True, True)
    >>> _spelt_as(("bibi", "levy"), ("benjamin", "levy")), _spelt_as(("joseph", "r", "biden", "jr"), ("joe", "biden"))
    (False, True)
    """
    if not words or not canon or _spelling(_surname(words)) != _spelling(_surname(canon)):
        return False
    return len(words) > len(canon) or (len(words) == len(canon) and all(map(_same_word, words, canon)))


def _surname(words: tuple[str, ...]) -> tuple[str, ...]:
    """The last name word before any generation suffix ("joseph r biden jr" → "biden")."""
    suffixes = lexicon.words("senior-suffixes") | lexicon.words("junior-suffixes")
    while len(words) > 1 and words[-1] in suffixes:
        words = words[:-1]
    return words[-1:]


def written_words(name: str) -> tuple[str, ...]:
    """A name's folded words as the text writes them: initials and generation suffixes kept, honorifics dropped.

    >>> written_words("Dr. S. Rao"), written_words("Joseph R. Biden, Jr.")
    (('s', 'rao'), ('joseph', 'r', 'biden', 'jr'))
    """
    words = _NAME_WORD.findall(lexicon.fold(name))
    return tuple(w for w in words if w not in lexicon.words("honorifics") and w not in _NOT_NAME_WORDS)


_NAME_WORD = re.compile(r"[\w'-]+")
_NOT_NAME_WORDS = frozenset({"his", "her", "excellency", "majesty", "highness", "h", "e"})


def _same_word(a: str, b: str) -> bool:
    """Spellings of one name word ("valery"/"valerii", "zelensky"/"zelenskyy"), not different names ("joseph"/"joe").

    >>> _same_word("valery", "valerii"), _same_word("joseph", "joe"), _same_word("nouri", "nuri")
    (True, False, True)
    """
    n = min(4, len(a), len(b))
    return a[:n] == b[:n] or re.sub("[aeiouy]", "", a) == re.sub("[aeiouy]", "", b)


def _same_spelling(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two spellings of one name: "Nouri al-Maliki" ~ "Nuri al Maliki"."""
    a, b = _spelling(a), _spelling(b)
    return len(a) == len(b) and all(_same_word(x, y) for x, y in zip(a, b, strict=True))


@lru_cache(maxsize=65536)  # a pure function of two names, asked for every pair of names in an article
def _compatible(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Whether a shorter name can be the same person as a longer one.

    >>> _compatible(("biden",), ("joe", "biden"))
    True
    >>> _compatible(("lopez", "obrador"), ("andres", "manuel", "lopez", "obrador"))
    True
    >>> _compatible(("jill", "biden"), ("joe", "biden"))
    False
    >>> _compatible(("yoon",), ("yoon", "suk", "yeol"))
    True
    >>> _compatible(("sisi",), ("abdel", "fattah", "al-sisi")), _compatible(("mohamed",), ("mohammed",))
    (True, True)
    >>> _compatible(("bin", "salman"), ("khalid", "bin", "salman", "al", "saud"))
    True
    """
    if len(short) == 1 and len(long) >= 2 and short[0] == long[-1].split("-")[0]:
        return True  # "Sherwood" ~ "Liz Sherwood-Randall"
    short, long = _spelling(short), _spelling(long)
    if not short or len(short) > len(long):
        return False
    if long[-len(short):] == short or (short[-1] == long[-1] and set(short) <= set(long)):
        return True
    if short[0] in lexicon.words("patronymic-particles") and _run_inside(short, long):
        return True  # "bin Salman" ~ "Khalid bin Salman Al Saud": the patronymic used as a surname
    return len(short) == 1 and len(long) >= 2 and long[0] == short[0] and len(short[0]) >= 2  # "Xi" ~ "Xi Jinping"


def _run_inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """``short`` occurs in ``long`` as consecutive words."""
    return any(long[i:i + len(short)] == short for i in range(len(long) - len(short) + 1))


@lru_cache(maxsize=65536)
def _spelling(toks: tuple[str, ...]) -> tuple[str, ...]:
    """Tokens as spellings vary: hyphenated parts split ("al-sisi" → "al", "sisi"), doubled letters single
    ("mohammed" → "mohamed")."""
    return tuple(re.sub(r"(\w)\1", r"\1", part) for tok in toks for part in tok.split("-") if part)


def cluster(named: list[Mention], actors: ActorIndex | None = None, when: dt.date | None = None) -> list[Entity]:
    """Group named mentions into entities; a surname goes to the latest compatible full name whose titles and
    honorifics fit it (see :func:`fitting_entities`)."""
    entities: list[Entity] = []
    for m in named:
        toks = name_tokens(m.name or "")
        if not toks:
            continue
        target = _find_entity(entities, toks, m, actors, when)
        if target is None:
            target = Entity(len(entities), toks, m.name or "")
            entities.append(target)
        elif len(toks) > len(target.tokens):
            target.tokens, target.name = toks, m.name or target.name
        target.mentions.append(m)
        m.entities = [target.index]
    return entities


def _find_entity(entities: list[Entity], toks: tuple[str, ...], m: Mention | None = None,
                 actors: ActorIndex | None = None, when: dt.date | None = None) -> Entity | None:
    cands = [e for e in reversed(entities) if _compatible(toks, e.tokens) or _compatible(e.tokens, toks)]
    if m is not None and m.name:
        cands = [e for e in cands if regnal_fits(m.name, len(toks), e.name, len(e.tokens))]
    if len(toks) > 1:
        cands = [e for e in cands if not _claimed_by_other(e, toks, actors, when)]
    if m is None or len(toks) > 1 or not cands:
        return cands[0] if cands else None
    fitting = fitting_entities(cands, m, actors)
    if fitting:
        return fitting[0]
    if _other_holder(cands, m, actors, when):
        return None  # "former Vice President Biden" beside "Jill Biden": another member of the family
    unopposed = [e for e in cands if not _gender_clash(e, m)]
    # several full names fit a bare surname ("Kim Jong Un", "Kim Kye Gwan" … "met Kim"): the one named most so far,
    # the latest of those
    return max(unopposed, key=lambda e: len(e.mentions)) if unopposed else None


def fitting_entities(cands: list[Entity], m: Mention, actors: ActorIndex | None) -> list[Entity]:
    """The candidates a bare surname fits: its honorific does not clash with theirs ("Mrs Clinton" is not "Mr
    Clinton"), and its title is one they hold in the text or in the dictionary ("Vice President Biden" is Joe,
    not Jill). Without a title or honorific nothing is decided (empty list)."""
    role = m.role if m.title_kind != "generic" else None
    if not role and not m.honorific:
        return []
    out = [e for e in cands if not _gender_clash(e, m)]
    if role:
        return [e for e in out if _holds(e, role, actors)]
    same = [e for e in out if _gender(e.mentions) & _gender([m])]
    return same or (out if len(out) < len(cands) else [])


def _other_holder(cands: list[Entity], m: Mention, actors: ActorIndex | None, when: dt.date | None) -> bool:
    """The dictionary knows a holder of the mention's title by this surname who is none of the candidates."""
    names = _holder_names(m, actors, when)
    return names is not None and not any(e.tokens == n or _compatible(e.tokens, n) for e in cands for n in names)


def _holder_names(m: Mention, actors: ActorIndex | None, when: dt.date | None) -> list[tuple[str, ...]] | None:
    """The name tokens of the person the dictionary gives the mention's (non-generic) title under its surname,
    or None when it knows no such holder."""
    if not m.role or m.title_kind == "generic" or actors is None:
        return None
    found = actors.lookup(m.name or "", m.role, m.country, when)
    if found is None or not any(t.role == m.role for t in found.terms):
        return None
    return [name_tokens(n) for n in (found.name, *found.aliases)]


def _claimed_by_other(ent: Entity, toks: tuple[str, ...], actors: ActorIndex | None, when: dt.date | None) -> bool:
    """A bare surname so far whose title the dictionary gives another person of that surname is not a full name
    read later: "President Biden …, First Lady Jill Biden" are Joe and Jill."""
    if len(ent.tokens) > 1:
        return False
    for x in ent.mentions:
        names = _holder_names(x, actors, when)
        if names is not None:
            return not any(n == toks or _compatible(toks, n) or _compatible(n, toks) for n in names)
    return False


def _holds(ent: Entity, role: str, actors: ActorIndex | None) -> bool:
    if any(x.role == role for x in ent.mentions):
        return True
    actor = actors.lookup(ent.name) if actors is not None and len(ent.tokens) > 1 else None
    return actor is not None and any(t.role == role for t in actor.terms)


def _gender(ent_or_mentions) -> set[str]:
    female, male = lexicon.words("female-honorifics"), lexicon.words("male-honorifics")
    roles = lexicon.words("female-roles")
    out = set()
    for x in ent_or_mentions:
        if x.honorific in female or x.role in roles:
            out.add("f")
        elif x.honorific in male:
            out.add("m")
    return out


def _gender_clash(ent: Entity, m: Mention) -> bool:
    """The entity is known as a woman and the mention as a man, or the other way round."""
    mine, theirs = _gender([m]), _gender(ent.mentions)
    return bool(mine and theirs and not mine & theirs)


def resolve_actors(entities: list[Entity], actors: ActorIndex, when: dt.date | None) -> None:
    """Attach dictionary actors (full name first, then surname with role/country/date)."""
    for ent in entities:
        role = next((m.role for m in ent.mentions if m.role and m.title_kind != "generic"
                     and m.title_kind not in lexicon.words("non-political-kinds")), None)
        country = next((m.country for m in ent.mentions if m.country), None)
        ent.actor = actors.lookup(ent.name, role, country, when)
        if ent.actor and _given_name_only(ent) and (role is None or all(t.role != role for t in ent.actor.terms)):
            ent.actor = None  # "Kim's Convenience", "Delegate Michelle": a bare first name is not the dictionary's
        if ent.actor and role is None and _bare_monarch(ent, ent.actor):
            ent.actor = None  # "Edwards' wife, Elizabeth": one word, no royal title, is not Queen Elizabeth II
        if ent.actor and _other_country(ent, country):
            ent.actor = None  # "al-Maliki, the Palestinian foreign minister" is not Iraq's Nouri al-Maliki
        if ent.actor and _other_generation(ent.name, (ent.actor.name, *ent.actor.aliases)):
            ent.actor = None  # "George Bush Sr" is not the dictionary's George W. Bush


def generation(name: str) -> str | None:
    """"senior" or "junior" when a name ends on a generation suffix ("Sr", "Jr.", "Junior"), else None."""
    words = lexicon.fold(name).replace(".", " ").replace(",", " ").split()
    last = words[-1] if words else ""
    if last in lexicon.words("senior-suffixes"):
        return "senior"
    return "junior" if last in lexicon.words("junior-suffixes") else None


def _other_generation(name: str, actor_names: tuple[str, ...]) -> bool:
    """The name carries a generation suffix that none of the actor's names carries."""
    gen = generation(name)
    return gen is not None and all(generation(n) != gen for n in actor_names)


def _other_country(ent: Entity, country: str | None) -> bool:
    """A part of a name (not one of the actor's full names) whose title gives a country the actor never served."""
    actor = ent.actor
    assert actor is not None  # the caller has found one
    names = {name_tokens(n) for n in (actor.name, *actor.aliases)}
    served = {t.country for t in actor.terms if t.country}
    return bool(country and served and country not in served and name_tokens(ent.name) not in names)


def _bare_monarch(ent: Entity, actor: Actor) -> bool:
    """One word and an actor with posts, every one a monarch's (``monarch-titles``), known by a given name only
    with the title: "Queen Elizabeth", "King Abdullah" (an actor with no post is no monarch)."""
    return len(name_tokens(ent.name)) == 1 and bool(actor.terms) and \
        all(t.role in lexicon.words("monarch-titles") for t in actor.terms)


def _given_name_only(ent: Entity) -> bool:
    """The entity is one word that is only the first word of its actor's names ("Stefan" of "Stefan Löfven")."""
    toks = name_tokens(ent.name)
    actor = ent.actor
    assert actor is not None  # the caller has found one
    names = [name_tokens(n) for n in (actor.name, *actor.aliases)]
    return len(toks) == 1 and all(len(n) > 1 and n[-1] != toks[0] for n in names) and \
        any(n[0] == toks[0] for n in names)


def pronoun_entity(token_i: int, mentions: list[Mention], exclude: Sequence[int] = (),
                   doc: Doc | None = None) -> int | None:
    """The person a pronoun at ``token_i`` most likely refers to: the last resolved mention before it, preferring
    a clause subject shortly before (not one of ``exclude``, the subjects of an object pronoun's clause; with the
    ``doc``, nor one the text gives the other gender: "she" is no King, nor a person whose own clause says "his",
    nor one an earlier "he" stood for: :mod:`kg.extract.pronoun_gender`)."""
    genders = entity_genders(doc, mentions, token_i) if doc is not None else {}
    return nearest(token_i, doc[token_i].text if doc is not None else "", mentions, exclude, genders, doc)


def is_pronoun(text: str) -> bool:
    return text.lower() in lexicon.words("person-pronouns")

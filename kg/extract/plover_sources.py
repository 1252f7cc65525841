"""Sources a trigger's own phrase leaves unsaid: the issuer of a statement that is the subject of an act ("The
statement called for the safe return of the soldiers" speaks for whoever issued it), the speaker of a warning said
of another ("Iran said Israel would suffer a painful response"), and the state behind an arrest, a charge or a
conviction with no agent ("X was arrested in Minsk")."""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import dateline_place, sentence_place
from kg.extract.plover_actors import Actors, actors_of, place_country, polity_actor
from kg.extract.plover_subjects import subject
from kg.model import Actor, PoliticalEventFact

LOOKBACK_TOKENS = 600  # how far back (tokens) the statement's first mention may be


def statement_issuer(ac: Actors, noun: Token | None) -> list[Actor]:
    """Who a statement noun (``plover-statement-nouns``) speaks for: its owner or issuer where it stands ("X's
    statement", "a statement by X", "X issued a statement"), else that of the last statement mentioned before it
    ("The G8 leaders issued a statement … The statement called for …")."""
    nouns = lexicon.words("plover-statement-nouns")
    if noun is None or noun.lemma_.lower() not in nouns:
        return []
    found = _issuer_here(ac, noun)
    doc = noun.doc
    for i in range(noun.i - 1, max(noun.i - LOOKBACK_TOKENS, 0) - 1, -1):
        if found:
            break
        if doc[i].lemma_.lower() in nouns and doc[i].pos_ == "NOUN":
            found = _issuer_here(ac, doc[i])
    return found


def _issuer_here(ac: Actors, noun: Token) -> list[Actor]:
    """The owner of one mention ("X's statement", "a statement by/from X"), the subject of the verb that issues
    it ("X issued a statement"), or the agent of its passive ("a statement was released by X")."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ in ("by", "from")
               for p in c.children if p.dep_ == "pobj"]
    if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.words("plover-issue-verbs"):
        owners += [c for c in noun.head.children if c.dep_ == "nsubj"]
    if noun.dep_ == "nsubjpass":
        owners += [p for c in noun.head.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    return [a for o in owners for a in actors_of(ac, o) if not _is_statement(o)]


def _is_statement(tok: Token) -> bool:
    return tok.lemma_.lower() in lexicon.words("plover-statement-nouns")


def noun_agents(tok: Token) -> list[Token]:
    """Who carries out an event noun whose phrase names no actor: the agent of a light verb's participle on it
    (``plover-light-verbs``: "two protests organised by the Communist Party", "attacks carried out by X"; not
    "the threat posed by X"), else the subject of the light verb it is the object of ("X launched an attack", "X
    took part in a rally"), or the noun that verb qualifies as a participle ("police officers participating in a
    protest march", "monks involved in the protests"); a noun that qualifies another ("a protest march") has the
    other's; not "X recorded the protest", nor an object the verb only :func:`named` ("X called the attack a
    crime")."""
    while tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") and tok.head.i != tok.i:
        tok = tok.head
    light = lexicon.words("plover-light-verbs")
    agents = [p for v in tok.children if v.dep_ == "acl" and v.tag_ == "VBN" and v.lemma_.lower() in light
              for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
    if agents or tok.dep_ not in ("dobj", "pobj", "nsubjpass"):
        return agents
    verb = tok.head if tok.dep_ != "pobj" else tok.head.head
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in light or named(tok, verb):
        return []
    if verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and verb.head.pos_ in ("NOUN", "PROPN"):
        return [verb.head]  # a participle, not an infinitive ("a willingness to join talks")
    subj = subject(verb)
    return [subj] if subj is not None else []


def named(tok: Token, verb: Token) -> bool:
    """Whether a light verb names its object rather than carries it out: a naming complement of
    ``plover-naming-deps`` on the verb ("X called the attack a senseless crime", "X declared the strike illegal"),
    or, after a verb of ``plover-naming-verbs``, a noun in apposition to the object ("X called the killing of Y a
    crime"); not "X called a strike on Monday", nor "X launched an offensive, its largest in years"."""
    if tok.dep_ != "dobj":
        return False
    if any(c.dep_ in lexicon.words("plover-naming-deps") for c in verb.children):
        return True
    return verb.lemma_.lower() in lexicon.words("plover-naming-verbs") and any(c.dep_ == "appos" for c in tok.children)


def responsible(tok: Token) -> list[Token]:
    """Who an event noun after "for" (or "behind") is laid to: the subject of a verb of
    ``plover-responsibility-verbs`` on a noun of ``plover-responsibility-nouns`` ("the Houthis claimed responsibility
    for the attacks"), the one an adjective of ``plover-responsibility-adjectives`` is said of ("X was responsible
    for the bombing", "militants responsible for the attack"), the object or passive subject of a verb of
    ``plover-blame-verbs`` ("Y blamed X for the attack", "X was blamed for the attack"), the "on" phrase of that
    verb's passive with the noun as subject ("the attack was blamed on X"), or the subject of "be behind"."""
    head = tok.head
    if tok.dep_ == "nsubjpass" and head.lemma_.lower() in lexicon.words("plover-blame-verbs"):
        return [p for c in head.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
                if p.dep_ == "pobj"]
    if tok.dep_ != "pobj" or head.lower_ not in ("for", "behind"):
        return []
    word = head.head
    lemma = word.lemma_.lower()
    if head.lower_ == "behind":
        return [s] if lemma == "be" and (s := subject(word)) is not None else []
    if lemma in lexicon.words("plover-responsibility-nouns") and word.dep_ == "dobj" and \
            word.head.lemma_.lower() in lexicon.words("plover-responsibility-verbs"):
        return [s] if (s := subject(word.head)) is not None else []
    if lemma in lexicon.words("plover-responsibility-adjectives"):
        if word.dep_ in ("amod", "acl") and word.head.pos_ in ("NOUN", "PROPN"):
            return [word.head]  # "militants responsible for the attack"
        if word.dep_ == "oprd":  # "they hold Hamas responsible for the attacks"
            return [c for c in word.head.children if c.dep_ == "dobj"]
        own = [c for c in word.children if c.dep_ == "nsubj"]  # "… hold [Hamas responsible] for …"
        return own or ([s] if word.dep_ == "acomp" and (s := subject(word.head)) is not None else [])
    if lemma in lexicon.words("plover-blame-verbs") and word.pos_ == "VERB":
        return [c for c in word.children if c.dep_ in lexicon.words("verb-object-deps")]
    return []


def participants(tok: Token) -> list[Token]:
    """Who takes part in an event noun, named by a participle or relative clause of ``plover-participant-verbs``:
    "talks involving 122 countries", "six-party talks involving North Korea, the United States …", "talks which
    had included China" (each object and its conjuncts)."""
    verbs = lexicon.words("plover-participant-verbs")
    objects = [o for c in tok.children if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in verbs
               for o in c.children if o.dep_ == "dobj"]
    return [n for o in objects for n in (o, *o.conjuncts)]


def place_modifier(ac: Actors, mod: Token) -> bool:
    """A city or region that names where an event noun happened, not who acted: "the London bombings", "the Madrid
    attacks" (a place entity in a compound that is no country's or organisation's name; "Israeli airstrikes",
    "Russian attacks" keep their actor). A protest named so is still by the crowd there (``located``)."""
    ent = ac.ents.get(mod.i)
    if mod.dep_ not in ("compound", "nmod") or ent is None or ent.label_ not in ("GPE", "LOC", "FAC"):
        return False
    return lexicon.lookup_polity(ent.text) is None


def victim_owner(ac: Actors, tok: Token, mod: Token) -> bool:
    """A person who owns an event noun of ``plover-victim-nouns`` with no "of" phrase is the one it was done to,
    not who did it: "Hariri's assassination", "the Bhutto assassination" (the noun's target); "the United States'
    killing of Soleimani" keeps its actor."""
    if mod.dep_ not in ("poss", "compound") or tok.lemma_.lower() not in lexicon.words("plover-victim-nouns"):
        return False
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return False
    ent = ac.ents.get(mod.i)
    return ent is not None and ent.label_ == "PERSON" or any(a.person for a in actors_of(ac, mod))


def pronoun_owner(tok: Token, owner: Token) -> Token | None:
    """The owner of an event noun, with a possessive pronoun (``plover-owner-pronouns``) on the object of a verb of
    ``plover-owner-verbs`` read as that verb's subject: "Japan reiterated its opposition to the plan", "X renewed
    his criticism of Y" (Japan, X); not "Y dismissed his accusations" (another's)."""
    if owner.lower_ not in lexicon.words("plover-owner-pronouns") or owner.dep_ != "poss" or tok.dep_ != "dobj":
        return owner
    if tok.head.lemma_.lower() not in lexicon.words("plover-owner-verbs"):
        return owner
    return subject(tok.head)


def speaker_of(ac: Actors, tok: Token) -> list[Actor]:
    """Who says the clause of ``tok`` under a speech verb (``plover-threat-speech``): "Iran warned that Israel
    would suffer …", "Iran responded, saying that Israel would suffer …" (the subject of the verb "saying" hangs
    from); nobody when the clause is no speech ("X knew they would face consequences")."""
    node = tok
    while node.dep_ in ("conj", "xcomp", "aux") and node.head.i != node.i:
        node = node.head
    speech = node.head
    if node.dep_ != "ccomp" or speech.lemma_.lower() not in lexicon.words("plover-threat-speech"):
        return []
    for _ in range(4):  # "Iran responded to the remarks, saying …": up to the verb with a subject
        subj = next((c for c in speech.children if c.dep_ == "nsubj"), None)
        if subj is not None:
            return actors_of(ac, subj)
        if speech.dep_ not in ("advcl", "xcomp", "conj", "acl", "pobj", "prep") or speech.head.i == speech.i:
            return []
        speech = speech.head
    return []


def state_actor(ac: Actors, tok: Token, speaker: list[Actor]) -> list[Actor]:
    """The state behind an arrest, a charge or a conviction whose agent the text leaves out ("X was arrested in
    Minsk"): the country where it happened, else the country of the official who reports it ("the police
    commissioner said that 16 people were detained"), else the dateline's; a release, by whoever took the captives
    before (:func:`detainer`)."""
    held = detainer(ac, tok)
    if held:
        return held
    place = sentence_place(tok.sent)
    code = (place.country or place_country(place.name)) if place else None
    code = code or next((a.country for a in speaker if a.country), None)
    if code is None:
        place = dateline_place(ac.ctx.article)
        code = place.country if place else (ac.focus[0] if ac.focus else None)
    return [polity_actor(code, "GOV")] if code and not lexicon.polity(code).is_org else []


def detainer(ac: Actors, tok: Token) -> list[Actor]:
    """Who frees captives whose release names no agent (a trigger of ``plover-release-lemmas``): the sources of
    the last act before it that took someone captive (an act of force on a word of ``plover-captive-lemmas``:
    "X was detained by Zimbabwean police … They have now been released": Zimbabwe's police), when they are a
    state's (a country, or a body of ``plover-home-body-sectors`` with one; no person, no suspects)."""
    if tok.lemma_.lower() not in lexicon.words("plover-release-lemmas"):
        return []
    captive = lexicon.words("plover-captive-lemmas")
    starts = {t.idx: t for t in tok.doc[max(tok.i - LOOKBACK_TOKENS, 0):tok.i]}
    for start, sources in reversed(ac.acts):
        act = starts.get(start)
        if act is not None and act.lemma_.lower() in captive and sources and all(map(_state, sources)):
            return list(sources)
    return []


def _state(actor: Actor) -> bool:
    sectors = lexicon.words("plover-home-body-sectors")
    return actor.person is None and bool(actor.country) and (actor.sector is None or actor.sector in sectors)


def restated(tok: Token, fact: PoliticalEventFact, earlier: list[PoliticalEventFact]) -> bool:
    """A protest named again by a definite noun ("the rally", ``plover-restated-types``) with no actor of its own
    but the crowd where it happens, after a protest by a named actor: "X held a rally in Lima. The rally drew
    thousands" is X's rally again, not a second one by unnamed civilians."""
    crowd = lambda a: a.person is None and a.org is None and a.sector == "CVL"  # noqa: E731
    if fact.type not in lexicon.words("plover-restated-types") or tok.pos_ != "NOUN":
        return False
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children):
        return False
    if not fact.sources or not all(crowd(a) for a in fact.sources):
        return False
    return any(e.type == fact.type and not all(crowd(a) for a in e.sources) for e in earlier)


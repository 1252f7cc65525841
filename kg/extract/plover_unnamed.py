"""Unnamed people acted on: the target of an act of force or law against people the text does not name ("riot
police arrested fourteen people", "eleven individuals have been charged", "a fisherman was killed by police").

The guide writes an unnamed domestic group as its country, so such a noun (``plover-unnamed-people-nouns``) as the
object or passive subject of an act of ``plover-unnamed-patient-types`` stands for its country: the one its
modifiers name ("two Lebanese fishermen"), else the country where the act happens (:func:`where`: the sentence's
place, a country it names, the article's focus). The actor keeps the noun as its label, so a gold target written
as the group ("protesters") matches as well as one written as the country. An unnamed group that is the subject of
a trigger is its country the same way (:func:`unnamed_group`). An act of crowd control that names no one is used
on a crowd, and an act aimed at a protest at its crowd (:func:`crowd_target`, :func:`protest_crowd`)."""

from __future__ import annotations

from functools import cache

from spacy.tokens import Token

from kg import lexicon, patterns
from kg.extract.plover_actors import Actors, modifier_polities, mutual, polity_actor
from kg.extract.plover_nouns import agents, noun_label, sector_of
from kg.extract.plover_place import sentence_info, where
from kg.model import Actor


def unnamed_people(ac: Actors, obj: Token, kind: str | None) -> list[Actor]:
    """The country of unnamed people acted on (see the module), as an actor labelled with the noun; none for
    another type, a name or a noun that is no person, or when no country is known."""
    if kind not in lexicon.words("plover-unnamed-patient-types") or obj.pos_ != "NOUN" or \
            obj.lemma_.lower() not in lexicon.words("plover-unnamed-people-nouns"):
        return []
    code = next(iter(modifier_polities(ac, obj)), None) or where(ac, obj)
    if not code or lexicon.polity(code).is_org:
        return []
    return [polity_actor(code, label=obj.text.lower())]


def unnamed_group(ac: Actors, subj: Token | None, kind: str | None) -> list[Actor]:
    """The country of an unnamed group that is the subject of a trigger (``plover-unnamed-source-nouns``, of no
    sector of ``agents.tsv``: "Local people accused the police", "Regional heads condemned the decree"; not "dealing
    with people who oppose us", nor a protest, which is by the state where it happens already): the one its
    modifiers name, else where the act happens; labelled with the noun phrase, so a gold source written as the
    group matches as well as one written as the country. None when no country is known."""
    if subj is None or subj.pos_ != "NOUN" or subj.dep_ not in ("nsubj", "nsubjpass") or sector_of(subj) or \
            subj.lemma_.lower() not in lexicon.words("plover-unnamed-source-nouns") or \
            kind in lexicon.words("plover-unnamed-source-skip-types"):
        return []
    code = next(iter(modifier_polities(ac, subj)), None) or where(ac, subj)
    if not code or lexicon.polity(code).is_org:
        return []
    return [polity_actor(code, label=noun_label(subj))]


def state_property(ac: Actors, obj: Token, kind: str | None) -> list[Actor]:
    """Whose property an act of ``plover-property-types`` on a building, vehicle or post is against, when a state
    body's noun modifies it ("rebels attacked a police station", "insurgents seized the government building",
    "militants ambushed an army convoy"; ``plover-owned-nouns``, ``plover-property-nouns``, a modifier of a sector of
    ``plover-learned-state-sectors``): that body of the country where the act happens, labelled with the modifier
    ("police"). None for another type ("guarded government buildings"), a noun with a country modifier (the
    caller's owner already: "Iraqi military bases") or where no country is known."""
    nouns = lexicon.words("plover-owned-nouns") | lexicon.words("plover-property-nouns")
    if kind not in lexicon.words("plover-property-types") or obj.pos_ != "NOUN" or obj.lemma_.lower() not in nouns:
        return []
    states = lexicon.words("plover-learned-state-sectors")
    body = next((c for c in obj.children if c.dep_ in ("compound", "amod") and c.i < obj.i
                 and agents().get(c.lemma_.lower()) in states), None)
    code = where(ac, obj) if body is not None else None
    if body is None or not code or lexicon.polity(code).is_org:
        return []
    return [polity_actor(code, agents()[body.lemma_.lower()], body.lower_)]


def home_patients(ac: Actors, tok: Token, sources: list[Actor], kind: str) -> list[Actor]:
    """Whom an act of ``plover-home-patient-types`` (repression) that names no one acted on is against: the
    unnamed people of the country where it happens, when that is an actor's own country ("police in Minsk detained
    dozens", "the authorities in Osh banned all rallies": the guide writes an unnamed domestic group as its
    country). Where: the country of the place its sentence names, else, when it names none, the article's focus; a
    demonym says whose the actor is, not where it acts ("Israeli police detained dozens in Jenin": no target).
    None for an act abroad, by actors of no known country, or mutual (``plover-mutual-types``), nor for one whose
    patient is already someone (:func:`named_patient`: "arrested the accused", "detained him")."""
    if named_patient(tok):
        return []
    info = sentence_info(ac, tok)
    home = info.country if info.place is not None else (ac.focus[0] if ac.focus else None)
    own = {a.country for a in sources if a.country}
    two = mutual(sources, kind, key=lambda a: a.label)  # "police and the army clashed": two of one country
    if not home or home not in own or two or lexicon.polity(home).is_org:
        return []
    return [polity_actor(home, "CVL")]  # its civilians: no source, even when the state is one


def crowd_target(ac: Actors, tok: Token, sources: list[Actor], mode: str | None) -> list[Actor]:
    """Whom an act of a crowd-control mode (``plover-crowd-modes``: "police fired tear gas", "they reacted with
    rubber bullets") that names no one is used on: the crowd, written as the guide writes it
    (``plover-crowd-label``: "protesters", whatever the text calls them: "youths", "crowds"), of the country where
    the act happens (:func:`kg.extract.plover_place.where`). None for another mode, where no country is known or
    where the crowd is the act's own source."""
    label = lexicon.word_list("plover-crowd-label")[0]
    if mode not in lexicon.words("plover-crowd-modes") or any(a.label.lower() == label for a in sources):
        return []
    code = where(ac, tok)
    return [polity_actor(code, label=label)] if code and not lexicon.polity(code).is_org else []


@cache
def protest_nouns() -> tuple[frozenset[str], frozenset[str]]:
    """The nouns that name a protest and the modifiers that make one no crowd's (a diplomatic note, an election
    campaign's rally): the lemmas and ``not_modifiers`` of the ``ph-protest-noun`` trigger, so each list has one copy.

    >>> nouns, not_modifiers = protest_nouns()
    >>> {"protest", "rally"} <= nouns, "diplomatic" in not_modifiers
    (True, True)
    """
    found = next(p for p in patterns.family("plover") if p.id == "ph-protest-noun")
    return frozenset(patterns.thaw(found.pattern)[0]["LEMMA"]["IN"]), frozenset(found.get("not_modifiers", ()))


def _protest(tok: Token) -> bool:
    nouns, not_modifiers = protest_nouns()
    return tok.pos_ == "NOUN" and tok.lemma_.lower() in nouns and \
        not any(c.lower_ in not_modifiers for c in tok.children if c.dep_ in ("amod", "compound"))


def protest_crowd(ac: Actors, objects: list[Token]) -> list[Actor]:
    """Whom an act aimed at a protest is against: its crowd, written as ``plover-crowd-label`` ("protesters"), of the
    country where the protest happens ("condemned the demonstrations in Cairo", "will no longer tolerate such
    protests", "banned the rally", "dispersed the march"). ``objects``: the act's object and target phrases; none
    when no object is a protest noun (:func:`protest_nouns`; not "lodged diplomatic protests")."""
    found = [o for o in objects if _protest(o)]
    if not found:
        return []
    label, code = lexicon.word_list("plover-crowd-label")[0], where(ac, found[0])
    if code and not lexicon.polity(code).is_org:
        return [polity_actor(code, "CVL", label)]
    return [Actor(label=label, sector="CVL")]


def named_patient(tok: Token) -> bool:
    """Whether the one ``tok`` acts on names someone or something already known, not unnamed people: a name, a
    pronoun, or a noun with a definite determiner of ``plover-definite-determiners`` ("arrested the accused",
    "detained him", "Jean Tamm was jailed"); not "detained dozens", "banned all rallies". The one acted on is its
    object or passive subject, the noun a participle or clause of it qualifies (``plover-qualified-patient-deps``:
    "Maher Arar, deported to Syria in 2002", "the first minister to be arrested") or a trigger noun's "of" phrase
    ("the detention of his son")."""
    dets = lexicon.words("plover-definite-determiners")
    patients = [c for c in tok.children if c.dep_ in lexicon.words("verb-object-deps")]
    patients += [tok.head] if tok.dep_ in lexicon.words("plover-qualified-patient-deps") and tok.head is not tok else []
    patients += [o for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and tok.pos_ == "NOUN"
                 for o in c.children if o.dep_ == "pobj"]
    return any(p.pos_ in ("PROPN", "PRON") or any(d.dep_ in ("det", "poss") and d.lower_ in dets for d in p.children)
               for p in patients)

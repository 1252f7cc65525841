"""Unnamed people acted on: the target of an act of force or law against people the text does not name ("riot
police arrested fourteen people", "eleven individuals have been charged", "a fisherman was killed by police").

The guide writes an unnamed domestic group as its country, so such a noun (``plover-unnamed-people-nouns``) as the
object or passive subject of an act of ``plover-unnamed-patient-types`` stands for its country: the one its
modifiers name ("two Lebanese fishermen"), else the country where the act happens (:func:`where`: the sentence's
place, a country it names, the article's focus). The actor keeps the noun as its label, so a gold target written
as the group ("protesters") matches as well as one written as the country."""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.plover_actors import Actors, modifier_polities, polity_actor
from kg.extract.plover_place import where
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

"""The target steps of :mod:`kg.extract.plover_targets`, each marking the actors it finds with its rule id
(:mod:`kg.extract.plover_provenance`); :mod:`kg.extract.plover` and :mod:`kg.extract.plover_learned` call these."""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract import plover_appraisal as pa
from kg.extract import plover_targets as pt
from kg.extract import plover_unnamed as pu
from kg.extract.plover_actors import Actors, several
from kg.extract.plover_audience import press
from kg.extract.plover_provenance import tagged, tagging
from kg.model import Actor


def named_unheard(ac: Actors, anchor: Token, said_by: Token | None, sources: list[Actor],
                  kind: str = "") -> list[Actor]:
    """The other named actors of an act's clause (:func:`kg.extract.plover_targets.clause_named`) without the
    press (:func:`kg.extract.plover_audience.press`): a news outlet a clause names is where the act was told or
    read ("told the Kalvor Herald", "according to the Kalvor Gazette", "said on Kalvor Television's weekly
    show"), not whom it is against."""
    return [a for a in pt.clause_named(ac, anchor, said_by, sources, kind) if not press(a)]


def each_other(sources: list[Actor], kind: str, clash: bool = False) -> list[Actor]:
    """The targets of a mutual act of two or more actors that names none: each is the others' target, so its
    sources (``each-other``), for the types of ``plover-each-other-types`` ("Iraq and Syria severed relations",
    "Ghana and Italy affirmed their commitment") and an attack whose pattern is a clash (``clash``, pattern key
    ``each_other``: "Turkey and the PKK clashed"; not "British and American warplanes pounded targets")."""
    mutual = clash or kind in lexicon.words("plover-each-other-types")
    return tagged("each-other", sources) if mutual and several(sources) else []


def other_targets(targets: list[Actor], sources: list[Actor]) -> list[Actor]:
    """The targets that are not the act's own sources, but for a mutual act's (``each-other``, also where a pronoun
    stood for its actors: ``each-other+antecedent``, "They severed relations")."""
    return [t for t in targets if t not in sources or (t.rule or "").partition("+")[0] == "each-other"]


asked_owners = tagging("asked-owner", pt.asked_owners)
clause_named = tagging("clause-named", named_unheard)
crowd_target = tagging("crowd", pu.crowd_target)
evaluated = tagging("evaluated", pa.evaluated)
focus_target = tagging("focus", pt.focus_target)
home_target = tagging("home", pt.home_target)
home_patients = tagging("home-patients", pu.home_patients)
opposed_actors = tagging("opposed", pt.opposed_actors)
protest_crowd = tagging("protest-crowd", pu.protest_crowd)
protest_named = tagging("protest-named", pt.protest_named)
reaction_target = tagging("reaction", pt.reaction_target)
sentence_country = tagging("sentence-country", pt.sentence_country)
venue_target = tagging("venue", pt.venue_target)

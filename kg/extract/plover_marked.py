"""The target steps of :mod:`kg.extract.plover_targets`, each marking the actors it finds with its rule id
(:mod:`kg.extract.plover_provenance`); :mod:`kg.extract.plover` and :mod:`kg.extract.plover_learned` call these."""

from __future__ import annotations

from kg.extract import plover_targets as pt
from kg.extract.plover_provenance import tagging

asked_owners = tagging("asked-owner", pt.asked_owners)
clause_named = tagging("clause-named", pt.clause_named)
evaluated = tagging("evaluated", pt.evaluated)
focus_target = tagging("focus", pt.focus_target)
home_target = tagging("home", pt.home_target)
opposed_actors = tagging("opposed", pt.opposed_actors)
reaction_target = tagging("reaction", pt.reaction_target)
venue_target = tagging("venue", pt.venue_target)

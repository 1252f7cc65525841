"""Target provenance: which rule chose each target of a political event.

While events are extracted, a step that finds targets marks the actors it returns with its rule id
(:attr:`kg.model.Actor.rule`, no part of an actor's identity); a step wraps another, so the first rule to mark an
actor wins ("the object of the act a pledge governs" is ``inner-targets``, not ``object``). Only an object pronoun's
antecedent (``antecedent``) is kept beneath the step that found the pronoun: ``object+antecedent``.
:func:`with_target_rules` then writes the rules into the event's evidence (``Evidence.target_rules``, in the order of
its targets); an unmarked target has its event's default: ``object`` for a trigger pattern (the trigger's own
object, passive subject or target prepositions), ``consult`` for a meeting, call or visit (the other participant;
the host of a visit), ``learned-object`` for a learned event. Rule ids (``RULES``) are documented in the README
("Political events") and reach RDF as ``kg:targetRule``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from functools import wraps
from typing import ParamSpec

from kg.model import Actor, PoliticalEventFact

P = ParamSpec("P")

RESOLUTIONS = frozenset({"antecedent"})  # how a phrase became an actor, kept beneath the step that found the phrase
RULES = (  # every target rule id, in the order the README lists them
    "object", "object+antecedent", "opposed", "subject-target", "said-to", "inner-act", "evaluated", "claimed",
    "force-preps", "protest-preps", "protest-named", "inner-targets", "clause-target", "asked-owner",
    "sentence-country", "conceded", "reaction",
    "clause-named", "focus", "venue", "home", "home-patients", "crowd", "protest-crowd", "each-other",
    "each-other+antecedent",
    "discourse", "back-reference", "org-referent", "accuser", "previous-act", "meeting-partner", "consult",
    "learned-object", "learned-reported", "learned-receiver", "pronoun-owner",
)
DEFAULTS = (("plover:consult+", "consult"), ("learned:", "learned-object"))  # evidence rule prefix -> default


def tagged(rule: str, actors: Iterable[Actor]) -> list[Actor]:
    """``actors`` with ``rule`` where no rule marks them yet; beneath it an antecedent's mark.

    >>> a, b = tagged("focus", [Actor("Peru", "PE"), Actor("Chile", "CL", rule="reaction")])
    >>> a.rule, b.rule, a == Actor("Peru", "PE")
    ('focus', 'reaction', True)
    >>> tagged("force-preps", tagged("antecedent", [Actor("them")]))[0].rule
    'force-preps+antecedent'
    """
    return [replace(a, rule=f"{rule}+{a.rule}" if a.rule in RESOLUTIONS else a.rule or rule) for a in actors]


def tagging(rule: str, find: Callable[P, list[Actor]]) -> Callable[P, list[Actor]]:
    """``find`` whose actors are marked with ``rule`` (:func:`tagged`)."""
    @wraps(find)
    def marked(*args: P.args, **kwargs: P.kwargs) -> list[Actor]:
        return tagged(rule, find(*args, **kwargs))
    return marked


def default_rule(fact: PoliticalEventFact) -> str:
    """The rule of a target no step marked: by the event's own rule (:data:`DEFAULTS`), else ``object``."""
    return next((rule for prefix, rule in DEFAULTS if fact.evidence.rule.startswith(prefix)), "object")


def with_target_rules(facts: Iterable[PoliticalEventFact]) -> list[PoliticalEventFact]:
    """The events with ``Evidence.target_rules``: each target's mark, the event's default where it has none (an
    antecedent alone is the default's: ``object+antecedent``)."""
    out = []
    for f in facts:
        rules = tuple(a.rule or default_rule(f) for a in tagged(default_rule(f), f.targets))
        out.append(replace(f, evidence=replace(f.evidence, target_rules=rules)))
    return out


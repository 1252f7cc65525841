"""PLOVER events that did not happen and code nothing: a negated act of ``plover-negated-dropped-types``.

"X did not endorse Y", "the government did not deny the report", "Z does not support the plan" say a statement
of support or rejection was not made. The annotation guide codes negated events, but the annotators rarely
code these statements not made (a refusal is coded by its own verb: "X refused to back Y" is a REJECT), nor a
disagreement ("I do not always agree with Y": AGREE). Types not listed keep their negated events ("will not
withdraw").
"""

from __future__ import annotations

from kg import lexicon
from kg.model import PoliticalEventFact


def unsaid(fact: PoliticalEventFact) -> bool:
    """Whether ``fact`` is a negated act of a type that codes no event when not done.

    >>> from kg.model import Evidence
    >>> ev = Evidence("a", "X did not endorse Y.", 0, 6, 9, "plover:ph-support")
    >>> unsaid(PoliticalEventFact("p1", "SUPPORT", (), (), "negated", ev))
    True
    >>> unsaid(PoliticalEventFact("p1", "SUPPORT", (), (), "asserted", ev))
    False
    """
    return fact.modality == "negated" and fact.type in lexicon.words("plover-negated-dropped-types")


def done(facts: list[PoliticalEventFact]) -> list[PoliticalEventFact]:
    """``facts`` without those :func:`unsaid`."""
    return [f for f in facts if not unsaid(f)]

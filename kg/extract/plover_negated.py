"""PLOVER events that did not happen and code nothing: a negated act of ``plover-negated-dropped-types``, and
an act said never to happen or not to happen as a rule.

"X did not endorse Y", "the government did not deny the report", "Z does not support the plan" say a statement
of support or rejection was not made. The annotation guide codes negated events, but the annotators rarely
code these statements not made (a refusal is coded by its own verb: "X refused to back Y" is a REJECT), nor a
disagreement ("I do not always agree with Y": AGREE). Types not listed keep their negated events ("will not
withdraw"), unless the act is denied as a habit or a rule, not as one event (:func:`habitual`: "X has never
retreated", "we do not negotiate with hijackers", "the courts do not impose fines").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

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


def habitual(trigger: Token) -> bool:
    """Whether a negated trigger is denied as a habit or rule, not as one act: its own negation is one of
    ``plover-habit-negations`` ("X has never retreated", "will never attack") or a negation in the simple
    present, with an auxiliary of ``plover-habit-auxiliaries`` ("we do not negotiate with hijackers", "the
    agency does not recommend it"). A negation on a verb the trigger hangs from is not looked at ("does not
    intend to resign": a plan not made, kept as negated)."""
    own = list(trigger.children)
    if any(c.lower_ in lexicon.words("plover-habit-negations") for c in own if c.dep_ in ("neg", "advmod")):
        return True
    present = any(c.dep_ == "aux" and c.lower_ in lexicon.words("plover-habit-auxiliaries") for c in own)
    return present and any(c.dep_ == "neg" for c in own)


def _habitual_fact(fact: PoliticalEventFact, doc: Doc | None) -> bool:
    if doc is None or fact.modality != "negated":
        return False
    span = doc.char_span(fact.evidence.start, fact.evidence.end, alignment_mode="expand")
    return span is not None and len(span) > 0 and habitual(span[0])


def done(facts: list[PoliticalEventFact], doc: Doc | None = None) -> list[PoliticalEventFact]:
    """``facts`` without those :func:`unsaid` or, given the parsed ``doc``, denied as a habit (:func:`habitual`)."""
    return [f for f in facts if not unsaid(f) and not _habitual_fact(f, doc)]

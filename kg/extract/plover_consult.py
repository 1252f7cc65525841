"""Meetings, calls and visits (:class:`kg.model.EventFact`) as PLOVER CONSULT events, with the same persons.

* a visit: the visitors are the sources, the host the target (PLOVER's ``visit`` mode);
* a hosted bilateral meeting: the guest is the source, the host the target (``visit``);
* a summit or meeting of three or more: every participant is a source (PLOVER: "all of the entities are considered
  as the actor"), and each is the others' counterpart, so the targets are the sources too (``each-other``, as for
  ``plover-each-other-types``: "X held talks with Y, joined by their foreign ministers" is X's with Y and Y's with
  X); mode ``host`` when the text names a host, else ``multilateral``;
* any other meeting or call of two: the first-named participant (the subject) is the source, the others the
  targets; calls have mode ``phone``;
* a planned or announced meeting (CAMEO 036) is a CONSULT with modality ``future``; one whose own date lies six or
  more months before the article's is ``historical`` (:func:`kg.extract.plover_modality.long_before`), and so is
  one whose words the patterns' reading of time puts in the past (:func:`recalled`: "pledged $20 billion when he
  visited Islamabad in February", "X, who visited Honiara in June and met Y there", a meeting in a paragraph told
  years back).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from kg import lexicon
from kg.extract import plover_modality as pm
from kg.extract.plover_actors import Actors, person_actor
from kg.extract.plover_marked import each_other
from kg.extract.plover_narrative import narrated_past
from kg.extract.plover_past import unrealised_plan
from kg.extract.visits import VISIT_RULE
from kg.model import Actor, EventFact, Modality, PoliticalEventFact


def consult_events(events: list[EventFact], ac: Actors) -> list[PoliticalEventFact]:
    """Events with their persons as CONSULT events (talks that name no one give none: nobody to code)."""
    return [_consult(e, ac, f"p{i}") for i, e in enumerate((e for e in events if e.participants), 1)]


def _consult(e: EventFact, ac: Actors, eid: str) -> PoliticalEventFact:
    people = list(e.participants)
    future = e.kind == "intent" or e.plover == "INTEND"
    many = len(people) >= 3 or e.kind == "summit" and len(people) != 2
    if many:
        sources, targets = people, []  # each the others' counterpart: below
        mode: str | None = "host" if e.host is not None else "multilateral"
    elif e.host is not None and e.host in people and len(people) > 1:
        sources, targets = [p for p in people if p != e.host], [e.host]
        mode = "visit"
    else:
        sources, targets = people[:1], people[1:]
        mode = _modes().get(e.kind) or ("phone" if e.cameo == "041" else None)
    evidence = replace(e.evidence, rule=f"plover:consult+{e.evidence.rule}")
    past = e.date is not None and pm.long_before(e.date, ac.ctx.article.date)  # "met on January 31, 2003"
    past = past or not future and recalled(e, ac)
    modality: Modality = "future" if future else "historical" if past else "asserted"
    if future and _unrealised(e, ac):
        modality = "negated"  # "X had been expected to meet Y": the plan was not carried out
    actors = [person_actor(ac, p) for p in sources]
    return PoliticalEventFact(
        id=eid, type="CONSULT", sources=tuple(actors),
        targets=tuple([person_actor(ac, p) for p in targets] or (each_other(actors, "CONSULT") if many else [])),
        modality=modality,
        evidence=evidence, mode=mode,
        cameo="036" if future else e.cameo, date=e.date, location=e.location)


def recalled(e: EventFact, ac: Actors) -> bool:
    """Whether a meeting is told as recalled from well before the news, as a pattern's act would be: its words'
    head (the verb or noun of the meeting) has a date of its clause, or of the clause it hangs from, months or years
    back (:func:`kg.extract.plover_modality.dated_back`: "when he visited Islamabad in February" in an August
    article, "a meeting between X and Y in Kazan in October" in a January one, "held talks with Y in May last
    year"), or is told in the simple past in a paragraph whose dates lie years back (:func:`narrated_past`)."""
    doc = getattr(ac.ctx, "doc", None)  # no document to read: facts converted on their own
    if doc is None or ac.ctx.article.date is None:
        return False
    span = doc.char_span(e.evidence.start, e.evidence.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    base, head = ac.ctx.article.date, span.root
    return pm.dated_back(head, base) or narrated_past(head, base)


def _unrealised(e: EventFact, ac: Actors) -> bool:
    """Whether a planned meeting's words say the plan was not carried out (:func:`unrealised_plan`: "X, who had
    planned to dine with Y", "X had been due to meet Y next week")."""
    if ac.ctx is None:  # no document to read (facts converted on their own)
        return False
    span = ac.ctx.doc.char_span(e.evidence.start, e.evidence.end, alignment_mode="expand")
    return span is not None and any(unrealised_plan(t) for t in span)


def meeting_tokens(doc: Doc, events: list[EventFact]) -> set[int]:
    """Token indices of the meetings' own evidence spans: their triggers are not coded again ("hosted",
    "welcomed", "visited"); not a person's visit to a place (:mod:`kg.extract.visits`), whose trigger the rules
    code with the place's country as target, merged into the visit's CONSULT (same sentence and source)."""
    out: set[int] = set()
    for e in (e for e in events if e.participants and e.evidence.rule != VISIT_RULE):  # talks that name no one
        # leave their words to the rules
        span = doc.char_span(e.evidence.start, e.evidence.end, alignment_mode="expand")
        if span is not None:
            out.update(range(span.start, span.end))
    return out


def body_meets(sources: list[Actor], targets: list[Actor]) -> bool:
    """A body of states meeting on its own is a multilateral consultation ("the leaders of the G8 met in St
    Petersburg", "the G7 held its annual meeting"): its one party is enough where a meeting otherwise needs two.
    Only bodies of ``organisations.tsv`` that are no armed group (``plover-armed-groups``) count, and a
    deliberative body of a known country named by its noun (``plover-meeting-bodies``: "the Turkish Council of
    Ministers met yesterday", "the Greek Cabinet is to meet tomorrow")."""
    armed = lexicon.words("plover-armed-groups")
    return bool(sources) and not targets and all(
        a.person is None and (a.org is not None and lexicon.is_polity(a.org) and a.org not in armed or _body(a))
        for a in sources)


def _body(actor: Actor) -> bool:
    """A collective actor of a known country whose name has a noun of ``plover-meeting-bodies`` ("Greek Cabinet",
    "Council of Ministers"; not a "Parliament" of no known country)."""
    bodies = lexicon.words("plover-meeting-bodies")
    return actor.country is not None and not bodies.isdisjoint(actor.label.lower().split())


def _modes() -> dict[str, str]:
    """Meeting kind → PLOVER CONSULT mode (``consult_modes.tsv``)."""
    return {k: r["mode"] for k, r in lexicon.simple_table("consult_modes.tsv", "kind").items()}

"""Political events of every kind, coded with the 16 PLOVER 0.8 types (AGREE … ASSAULT).

Triggers are patterns kept as data (:mod:`kg.patterns`): ``plover.jsonl`` (hand-written verb, verb + object and
noun patterns, and the modality markers) and ``plover_cameo.jsonl`` (converted from PETRARCH2's CAMEO verb
dictionary by ``tools/build_plover_patterns.py``). Each pattern carries its ``plover`` type and ``cameo`` code;
``cameo2plover.tsv`` (from PLOVER's CAMEO2PLOVER table) gives the mode and contexts a code implies. All patterns
run in one ``Matcher`` and one ``DependencyMatcher`` pass per document (compiled once per vocab).

For each trigger: its sources and targets (:mod:`kg.extract.plover_actors`: subject and object, "by X" of a
passive, "on/against/with X" as the pattern says; a noun's possessive, modifier or governing verb's subject), its
modality (:mod:`kg.extract.plover_modality`), date, location, counts and mode cues
(:mod:`kg.extract.plover_details`) and amount. The act a threat, request or demand is about is not coded
("threatened to impose sanctions" is THREATEN only); an act under an intent is future ("agreed to strengthen"),
under a refusal negated. Meetings, calls and visits are converted, not
re-detected (:mod:`kg.extract.plover_consult`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from kg import lexicon
from kg.extract import plover_details as pd
from kg.extract import plover_learned as learned
from kg.extract import plover_marked as mark
from kg.extract import plover_modality as pm
from kg.extract.context import Context
from kg.extract.plover_actors import (
    Actors,
    actor_key,
    actors_of,
    build,
)
from kg.extract.plover_antecedent import opposition_government
from kg.extract.plover_appraisal import appraises_meeting, threat
from kg.extract.plover_consult import body_meets, consult_events, meeting_tokens
from kg.extract.plover_focus import conceded_to
from kg.extract.plover_hazards import idiom_marked, near_word, phrasal, unlike_object
from kg.extract.plover_imprison import imprisonment
from kg.extract.plover_match import Hit, cameo_table, inner_codes, match
from kg.extract.plover_narrative import narrated_past
from kg.extract.plover_nouns import moved_forces
from kg.extract.plover_obituary import recall_deceased
from kg.extract.plover_place import abroad, home_bodies, located, moved_abroad, sentence_info, where
from kg.extract.plover_planned_again import planned_again
from kg.extract.plover_provenance import tagged
from kg.extract.plover_roles import dedupe, prep_objects, roles_of
from kg.extract.plover_sources import (
    restated,
    speaker_of,
    state_actor,
)
from kg.extract.plover_subjects import active, bare_past, reporter, subject
from kg.extract.plover_targets import (
    clause_subject,
    complement_objects,
    inner_hits,
    others,
    target_actors,
)
from kg.extract.rulematch import rule_marks
from kg.model import Actor, EventFact, PoliticalEventFact, QuoteFact, RoleFact
from kg.patterns import Pattern


def find_political_events(ctx: Context, roles: list[RoleFact], events: list[EventFact],
                          quotes: Sequence[QuoteFact] = ()) -> list[PoliticalEventFact]:
    """The article's political events: its meetings as CONSULT events, then every other trigger in text order
    (a second trigger of the same type, sentence and sources adds its targets to the first: "attacked the
    village, killing 12 civilians")."""
    hits, marks = match(ctx.doc)
    typed = learned.typed_sentences(ctx.doc, learned.types_for(ctx.article))
    if not hits and not events and not typed:
        return []  # nothing to code: the actors need not be gathered
    ac = build(ctx, roles, events, quotes)
    out = consult_events(events, ac)
    skip = meeting_tokens(ctx.doc, events)
    for i in sorted(hits):
        if i in skip and not hits[i].pattern.get("in_meetings"):  # "signed the accord": a meeting and a SUPPORT
            continue
        fact = _event(ctx, ac, hits, marks, hits[i], f"p{len(out) + 1}")
        if fact is not None and fact.type in lexicon.words("plover-force-types") and fact.modality == "asserted":
            ac.acts.append((fact.evidence.start, fact.sources))
        if fact is not None and not restated(ctx.doc[i], fact, out) and not _merged(out, fact):
            out.append(fact)
        jailed = imprisonment(ctx, hits[i], fact, f"p{len(out) + 1}")
        if jailed is not None and not _merged(out, jailed):  # "sentenced X to ten years in prison"
            out.append(jailed)
    out += learned.learned_events(ac, marks, out, len(out) + 1, typed,
                                  lambda t, found: located(where(ac, t), home_bodies(ac, t, found), False))
    return planned_again(ctx.doc, recall_deceased(ctx, out))


def _merged(out: list[PoliticalEventFact], fact: PoliticalEventFact) -> bool:
    """Whether ``fact`` is an event of ``out`` again (same type, modality, sentence, a shared source); its new
    targets are added there."""
    keys = {actor_key(a) for a in fact.sources}
    for n, e in enumerate(out):
        if (e.type, e.modality, e.evidence.sent_start) != (fact.type, fact.modality, fact.evidence.sent_start):
            continue
        if keys & {actor_key(a) for a in e.sources} or not keys and not e.sources:
            extra = tuple(others([*e.targets, *e.sources], list(fact.targets)))
            out[n] = replace(e, targets=e.targets + extra)
            return True
    return False


def _event(ctx: Context, ac: Actors, hits: dict[int, Hit], marks: pm.Marks, hit: Hit, eid: str):
    tok = ctx.doc[hit.anchor]
    governor = _governor(tok, hits)
    if governor == "suppress" or not _fits(tok, hit) or pm.wished(tok, marks, hit.pattern.get("plover")):
        return None
    coded = _coded(ac, tok, hits, hit)
    if coded is None:
        return None
    kind, cameo, mode, sources, targets = coded
    base = ctx.article.date
    modality = pm.inner_modality(pm.modality(tok, marks, base), governor or "")
    modality = "asserted" if hit.pattern.get("asserted") else modality  # "would never take options off the table"
    modality = "historical" if modality == "asserted" and narrated_past(tok, base) else modality
    if hit.pattern.get("asserted_only") and modality != "asserted":
        return None  # "the troops will be deployed": no state named that acts
    if modality == "negated" and pledged(tok, hits):
        return None  # "X and Y pledged not to use force": the pledge is the event (an AGREE), not the act
    if threat(ac, tok, marks, kind, modality, sources):
        cameo, mode = inner_codes()[("THREATEN", kind)]  # "if X, we will attack", "X said he will attack": a threat
        kind, modality = "THREATEN", "asserted"
    if hit.pattern.get("only_new") and modality == "asserted" and all(a.person for a in (*sources, *targets)):
        return None  # a meeting of persons: kg's meeting rules have it
    row = cameo_table().get(cameo or "", {})
    sent, info = tok.sent, sentence_info(ac, tok)
    mode = mode or (pd.cued_mode(tok, kind) if kind in ("ASSAULT", "PROTEST") else None) or \
        hit.pattern.get("default_mode")
    targets = targets or mark.crowd_target(ac, tok, sources, mode or row.get("mode"))  # "police fired tear gas"
    targets = mark.other_targets(targets, sources)  # "Iraq and Syria severed ties": the only targets its sources
    return PoliticalEventFact(
        id=eid, type=kind, sources=tuple(sources), targets=tuple(targets),
        modality=modality, evidence=ctx.evidence(tok.i, tok.i + 1, f"plover:{hit.pattern.id}"),
        mode=mode or row.get("mode") or None, contexts=tuple(lexicon.split(row.get("contexts"))), cameo=cameo,
        date=info.date, location=info.place,
        counts=pd.counts(sent) if kind in lexicon.words("plover-counted-types") else (),
        amount=info.money if kind in lexicon.words("plover-amount-types") else None)


def _coded(ac: Actors, tok: Token, hits: dict[int, Hit], hit: Hit):
    """(type, CAMEO code, mode, sources, targets) of a trigger, or None when it has no actor."""
    sources, targets = roles_of(ac, tok, hit)
    p = hit.pattern
    if p.get("said_to"):  # "Iran said Israel would suffer a painful response": the speaker threatens the subject,
        said = speaker_of(ac, tok)  # not its own state ("X said Azerbaijan would respond in kind": no target yet)
        sources, targets = said, tagged("said-to", others(said, sources, home=True))
    elif p.get("said_by"):  # "X said its army would defend every inch": the speaker's own side acts
        sources = speaker_of(ac, tok)
    kind, cameo, mode = p.get("plover"), p.get("cameo"), p.get("mode")
    if p.get("inner") == "suppress":
        inner, extra = _inner_act(ac, tok, hits)
        targets = targets or tagged("inner-act", extra)
        if inner is not None:  # no inner act: no code of its own
            cameo, mode = inner_codes().get((kind, inner), (cameo, mode))
    home = where(ac, tok)
    sources = located(home, home_bodies(ac, tok, sources), kind == "PROTEST")
    if not _sector_fits(p, sources):
        return None
    mutual = sources if p.get("each_other") and len(sources) > 1 else []  # "X and Y clashed": each other's
    if p.get("verbal") and _verbal(sources, targets or mutual, _disputed(tok, p)):
        kind, cameo, mode = p.get("verbal"), "111", "disapprove"  # "the opposition attacked the government"
    if p.get("evaluative"):
        appraised = mark.evaluated(ac, tok.doc[hit.used[0]], sources)
        if not (targets or appraised) and appraises_meeting(tok.doc[hit.used[0]]):
            return None  # "described the talks as positive": no one supported or accused
        targets = dedupe(targets + appraised)
    if p.get("claimed_types"):  # "Venezuela argued that Colombia had invaded": an accusation of the actor
        targets = tagged("claimed", claimed_actors(ac, tok, hits, tuple(p.get("claimed_types")), sources))
        if not targets:
            return None
    kept = moved_forces(kind, sources, targets)  # "withdrew its troops from X": X, not the troops
    forces, targets = [a for a in targets if a not in kept], kept
    if not targets:
        targets = moved_forces(kind, sources, unsaid_target(ac, tok, hits, hit, sources))
    targets = opposition_government(ac, subject(tok), sources, targets)  # "the opposition urged the government"
    targets = located(abroad(ac, kind, sources, home), home_bodies(ac, tok, targets), False)  # the home Senate
    targets = moved_abroad(ac, kind, sources, targets, home)  # "Japan imposed sanctions on eleven individuals"
    if not targets and p.get("target_required"):
        return None  # "X said it must act", "hold those responsible accountable": no one named
    inferred = not sources and p.get("state_act")  # the state behind a charge: no one it answers or addresses
    if not targets and not (inferred or p.get("evaluative")) and kind in lexicon.words("plover-reaction-types"):
        targets = mark.reaction_target(ac, tok, sources)
    if not targets and not inferred and kind in lexicon.words("plover-addressed-types"):
        named = kind in lexicon.words("plover-clause-named-types") and len(sources) >= p.get("min_actors", 1)
        targets = (mark.clause_named(ac, tok, subject(tok), sources, kind) or mark.sentence_country(tok, sources)) \
            if named else []  # "… along the border with Y, and X condemned the attacks": Y, before the focus
        targets = targets or mark.focus_target(ac, sources, kind)
    if inferred:
        sources = state_actor(ac, tok, reporter(ac, tok))
    if not targets and kind in lexicon.words("plover-domestic-types"):  # "against the deployment of AU troops": AU
        against = prep_objects(tok, hit, tuple(lexicon.words("plover-protest-target-preps")))
        targets = mark.protest_named(ac, tok, against, sources) or mark.venue_target(ac, tok, sources) or \
            mark.home_target(sources, home)
    if not targets and kind in lexicon.words("plover-home-patient-types"):
        targets = mark.home_patients(ac, tok, sources, kind)  # "police arrested dozens in Minsk": Belarus
    targets = targets or mark.each_other(sources, kind, bool(p.get("each_other")))  # "Turkey and the PKK clashed"
    if len(sources) + len(targets) < p.get("min_actors", 1):
        targets = forces  # "Syria withdrew its troops": no one else, the act still has two parties
    if len(sources) + len(targets) < p.get("min_actors", 1):
        if not body_meets(sources, targets):
            return None  # "the council will host the talks": a meeting needs two parties
        mode = mode or "multilateral"  # "the G8 leaders met": a body of states
    return (kind, cameo, mode, sources, targets) if sources else None  # PLOVER codes an act by an actor


def unsaid_target(ac: Actors, tok: Token, hits: dict[int, Hit], hit: Hit, sources: list[Actor]) -> list[Actor]:
    """The target of a trigger that names none, where its pattern says how to find it
    (:mod:`kg.extract.plover_targets`): the target of the act an intent or grant governs, the subject of the clause
    a request asks for, the one other country of the sentence of an act of force; an act of force whose pattern
    names no target prepositions takes the actors after ``plover-force-target-preps`` ("fired mortars at Y"), a
    protest's those after ``plover-protest-target-preps`` ("held a demonstration against Y"); an
    act aimed at a protest is against its crowd ("condemned the protests": ``protest-crowd``)."""
    p = hit.pattern
    objects = [c for c in tok.children if c.dep_ == "dobj"] + prep_objects(tok, hit)
    crowd = mark.protest_crowd(ac, objects) if p.get("plover") != "PROTEST" else []  # not "joined the protests"
    if crowd:
        return crowd  # the crowd of the source's own country too: "Egypt condemned the protests in Cairo"
    found: list[Actor] = []
    if p.get("targets") is None and p.get("plover") in lexicon.words("plover-force-types"):
        preps = tuple(lexicon.words("plover-force-target-preps"))
        found = tagged("force-preps", [a for o in prep_objects(tok, hit, preps)
                                       for a in target_actors(ac, o, p.get("plover"))])
    if p.get("targets") is None and p.get("plover") == "PROTEST":  # "held a demonstration against X"
        preps = tuple(lexicon.words("plover-protest-target-preps"))
        found = tagged("protest-preps", [a for o in prep_objects(tok, hit, preps) for a in target_actors(ac, o)])
    if not found and p.get("inner_targets"):
        found = next((ts for n, h in inner_hits(tok, hits) if (ts := roles_of(ac, n, h)[1])), [])
        found = tagged("inner-targets", found or [a for o in complement_objects(tok) for a in actors_of(ac, o)
                                                  if a.country or a.person or a.sector and o.dep_ == "pobj"])
    if not found and p.get("clause_target"):
        found = tagged("clause-target", actors_of(ac, clause_subject(tok)))
    if not found and p.get("asked_owner"):
        found = mark.asked_owners(ac, tok)
    if not found and p.get("sentence_target"):
        found = mark.sentence_country(tok, sources)
    found = found or tagged("conceded", [a for t in conceded_to(ac.ctx, tok, p) for a in actors_of(ac, t)])
    return others(sources, found)


def claimed_actors(ac: Actors, tok: Token, hits: dict[int, Hit], kinds: tuple[str, ...],
                   speakers: list[Actor]) -> list[Actor]:
    """The actors a claim accuses: the sources of an act of ``kinds`` in the claimed clause ("Venezuela argued that
    Colombia had invaded its territory": Colombia), also an act the clause's verb governs ("claims that the UN is
    trying to occupy Sudan"), not the speaker's own act ("claimed it had repelled …")."""
    clauses = [n for c in tok.children if c.dep_ == "ccomp" for n in (c, *c.conjuncts)]
    clauses += [x for n in clauses for x in n.children if x.dep_ == "xcomp"]
    found = [a for n in clauses if n.i in hits and hits[n.i].pattern.get("plover") in kinds
             for a in roles_of(ac, n, hits[n.i])[0]]
    return dedupe(others(speakers, found))


def _inner_act(ac: Actors, tok: Token, hits: dict[int, Hit]) -> tuple[str | None, list[Actor]]:
    """The act a threat or request is about ("threatened to impose sanctions on Japan"): its type and targets."""
    for c in tok.children:
        if c.dep_ not in ("xcomp", "ccomp", "prep", "pcomp"):
            continue
        for node in (c, *c.children):
            hit = hits.get(node.i)
            if hit is not None:
                return hit.pattern.get("plover"), roles_of(ac, node, hit)[1]
    return None, []


def _governor(tok: Token, hits: dict[int, Hit]) -> str | None:
    """What the trigger this act hangs from makes of it: ``suppress`` (a threat, request or demand is about
    it; or it is the demand of a protest: :func:`_protest_demand`), ``future`` (an agreement or pledge to do it),
    ``negate`` (a refusal or denial of it), or None. A trigger that does not fit (:func:`_fits`) governs nothing:
    "X warned that it would retaliate" (no one warned) leaves the threat to its clause."""
    node = tok
    for _ in range(4):
        if node.dep_ not in lexicon.words("plover-governed-deps") or node.head.i == node.i:
            return None
        node = node.head
        hit = hits.get(node.i)
        if hit is not None and node.i != tok.i and _fits(node, hit):  # "pledged to X and called for Y": no pledge
            if node.i == tok.head.i and tok.dep_ == "conj":
                return None
            return "suppress" if _protest_demand(hits.get(tok.i), hit) else hit.pattern.get("inner") or None
    return None


def pledged(tok: Token, hits: dict[int, Hit]) -> bool:
    """Whether the trigger hangs (as :func:`_governor` walks) from an agreement or pledge that is not itself
    negated: a trigger whose pattern's ``inner`` is ``future`` ("pledged not to use force", "agreed not to threaten
    or use force", "agreed to stop fighting"). A negated act there is what was promised not to happen: PLOVER codes
    the promise (AGREE), not a negated act. Not a verb joined to the pledge ("agreed to X but did not accede to Y")."""
    node = tok
    for _ in range(4):
        if node.dep_ not in lexicon.words("plover-governed-deps") or node.head.i == node.i:
            return False
        joined = node.dep_ == "conj"
        node = node.head
        hit = hits.get(node.i)
        if hit is not None and hit.pattern.get("inner") == "future" and _fits(node, hit):
            return not joined and not any(c.dep_ == "neg" for c in node.children)
    return False


def _protest_demand(own: Hit | None, governing: Hit) -> bool:
    """A demand a protest makes ("marched to the embassy demanding an end to the war", "took to the streets to
    demand his release", "rallied outside the court, calling on the judges to …"): an act of a type of
    ``plover-protest-demand-types`` under a PROTEST trigger is the protest's, coded as the PROTEST only."""
    return own is not None and governing.pattern.get("plover") == "PROTEST" and \
        own.pattern.get("plover") in lexicon.words("plover-protest-demand-types")


def _fits(tok: Token, hit: Hit) -> bool:
    """Pattern conditions the matcher cannot say: an intransitive, active protest verb ("protested", not
    "protested his innocence" or "was demonstrated" taken as a rally), a protest noun that is no manner ("left
    in protest") and has no modifier of ``not_modifiers`` ("a campaign rally"), an object of the trigger's sense
    (:func:`plover_hazards.unlike_object`: a meeting verb whose object is a party, not "met their commitments";
    "joined the strike", not "joined the U.S.-led strikes"), no phrasal verb of another sense
    (:func:`plover_hazards.phrasal`: "backed the plan", not "backed down"), a withdrawal from a body or treaty, an
    evaluative word that is not negated ("said it was not illegal")."""
    p = hit.pattern
    if p.get("intransitive") and any(c.dep_ in lexicon.words("plover-object-deps") for c in tok.children):
        return False  # "protested his innocence", "demonstrated that it works"
    if p.get("active") and not (active(tok) or bare_past(tok)):
        return False  # "no drug has been demonstrated to work"
    bare = p.get("not_bare_after")  # "left in protest": a manner, no demonstration
    manner = all(c.dep_ == "prep" for c in tok.children)  # "in protest", "in protest over the decision"
    if bare and tok.dep_ == "pobj" and tok.head.lower_ in bare and tok.tag_ == "NN" and manner:
        return False
    if unlike_object(tok, p) or phrasal(tok, p.get("not_particles")):  # "joined the U.S.-led strikes", "backed down"
        return False
    needs = p.get("needs_modifier")
    if needs and not any(c.lemma_.lower() in needs for c in (*tok.children, tok.head)):
        return False
    if any(c.lemma_.lower() in p.get("not_modifiers", ()) for c in tok.children):
        return False  # "a campaign rally", "a formal protest to the embassy", "hails from Arizona"
    if p.get("not_near") and near_word(tok, p.get("not_near")):
        return False  # "declared a state of emergency as the storm approached": no repression
    if p.get("not_marked") and idiom_marked(tok, p.get("not_marked")):
        return False  # "civil law, as opposed to religious law": no rejection
    if p.get("not_dated_particle") and any(c.dep_ == "pobj" and c.ent_type_ in ("DATE", "TIME")
                                           for c in tok.doc[hit.used[0]].children):
        return False  # "X on Thursday called off the summit": no "call on"
    if any(rule_marks(tok.doc).has(m, tok.i) for m in p.get("not_rule_marks", ())):
        return False  # "X and Y first met in 2009": a meeting rule's mark of the everyday sense
    if p.get("evaluative") and pm.negated_predicate(tok.doc[hit.used[0]]):
        return False  # "X said the rally was not unlawful": no accusation
    needs = p.get("needs_dep")
    if needs and not any(c.dep_ in needs for c in tok.children):
        return False
    needs = p.get("needs_object")
    if needs:
        objs = [o for c in tok.children if c.dep_ in ("prep", "prt") for o in (c, *c.children) if o.dep_ == "pobj"]
        return any(o.lemma_.lower() in needs for o in objs)
    return True


def _verbal(sources: list[Actor], targets: list[Actor], disputed: bool = False) -> bool:
    """"Papandreou attacked the government" is a verbal attack: politicians or parties against persons or
    institutions, not against a country or an armed force ("we will attack Iran"); politicians who clash over a
    matter (``disputed``: "the candidates clashed over taxes", "leaders clash with Australia over coal") dispute it
    in words, whoever the other side is."""
    verbal = lexicon.words("plover-verbal-sectors")
    speakers = bool(sources) and all(a.person or a.sector in verbal for a in sources)
    return speakers and (disputed or bool(targets) and all(a.person or a.sector in verbal for a in targets))


def _disputed(tok: Token, p: Pattern) -> bool:
    """Whether the trigger has a preposition of its pattern's ``verbal_preps`` naming what is disputed ("clashed
    over taxes")."""
    preps = p.get("verbal_preps") or ()
    return any(c.dep_ == "prep" and c.lower_ in preps for c in tok.children)


def _sector_fits(p: Pattern, sources: list[Actor]) -> bool:
    """"troops pulled out of the city" is a retreat, "the government withdrew its bill" is not."""
    needs = p.get("needs_sector")
    return not needs or any(a.sector in needs for a in sources)

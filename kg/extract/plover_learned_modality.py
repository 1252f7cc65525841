"""The modality of an event the learned sentence classifier finds (:mod:`kg.extract.plover_learned`): its anchor
verb's, read as a pattern's trigger's (:func:`kg.extract.plover_modality.modality`), except that an act that is not
speech takes a future of the clause its anchor governs or, for a meeting, of a relative clause on its subject or
objects, and a speech act whose reported clause is the speaker's own plan takes that plan's future."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from spacy.tokens import Token

from kg import lexicon
from kg.extract import plover_modality as pm
from kg.extract.plover_past import unrealised_plan
from kg.model import Modality


def learned_modality(anchor: Token, marks: pm.Marks, base: dt.date | None, kind: str,
                     own_side: Callable[[Token], bool] = lambda tok: False) -> Modality:
    """The anchor's modality; for an act that is not speech, a future in the clause it reports or the infinitive it
    governs wins over an asserted anchor ("announced that the summit will be held", "plans to impose sanctions"),
    also one level down, an infinitive under that clause's verb or the anchor's adjective ("announced that it
    intends to send troops", "said ten nations plan to take part", "is prepared to release aid"), and, for a type
    of ``plover-learned-relative-types``, a future of a relative clause on its subject or objects
    (:func:`relative_clauses`). ``own_side``: whether a subject word stands for the speaker's own state
    (:func:`own_plan`)."""
    found = pm.modality(anchor, marks, base)
    if found == "asserted" and kind in lexicon.words("plover-learned-speech-types") and \
            not arranged(anchor):
        planned = own_plan(anchor, marks, base, own_side) \
            if kind in lexicon.words("plover-learned-planned-types") else None
        return planned or found
    if found != "asserted":
        return found
    inner = [c for c in anchor.children if c.dep_ in ("ccomp", "xcomp", "acomp")]
    inner += [g for c in inner for g in c.children if g.dep_ == "xcomp"]
    if kind in lexicon.words("plover-learned-relative-types"):
        inner += relative_clauses(anchor)
    if any(unrealised_plan(c) for c in inner):  # "X had been due to meet Y next week"
        return "negated"
    return "future" if any(pm.modality(c, marks, base) == "future" for c in inner) else found


def relative_clauses(anchor: Token) -> list[Token]:
    """The relative clauses on the anchor's subject, objects and the objects of its prepositions, where news tells
    the act a learned sentence is about ("X, who is due to meet Y on Monday, warned …", "X invited Y for talks,
    which will begin on Friday", "X travels to Paris, where he is due to meet Y")."""
    nouns = [c for c in anchor.children if c.dep_ != "prep"]
    nouns += [o for c in anchor.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    nouns += [o for n in nouns if n.dep_ == "dobj" for c in n.children if c.dep_ == "prep"
              for o in c.children if o.dep_ == "pobj"]
    clauses = [r for n in nouns for r in n.children if r.dep_ == "relcl"]
    clauses += [c for r in clauses for c in r.children if c.dep_ in ("xcomp", "acomp")]  # "who is due to meet"
    return clauses + [g for c in clauses for g in c.children if g.dep_ == "xcomp"]


def own_plan(anchor: Token, marks: pm.Marks, base: dt.date | None,
             own_side: Callable[[Token], bool] = lambda tok: False) -> Modality | None:
    """The future of what a speaker says he or she will do: a speech act (of ``plover-learned-planned-types``)
    whose anchor reports a clause whose subject is a speaker's pronoun (``speaker-pronouns``) with "will" or
    "would" is that clause's plan, not the saying ("X said she would challenge the oath in court": a future
    ACCUSE), also when that subject is the speaker's own state (``own_side``: "Foreign Minister X said Mexico would
    seek to extradite the gunman", "... said the Mexican government would pressure the US": a future REQUEST);
    not a clause of another subject ("X said the sanctions would hurt civilians": the saying accuses), a wish
    (``wish-verbs``: "X stated that Finland would like an explanation": the saying requests now), a
    clause that only describes ("he said he would be happy"), one only possible ("she said she could see nothing
    …": the saying accuses), nor a quotation's "we" ("'We will hold the government to account,' X said": a
    stance said)."""
    reported = reported_clause(anchor)
    if reported is None or reported.lemma_ == "be" or reported.lemma_.lower() in lexicon.words("wish-verbs"):
        return None
    own = lexicon.words("speaker-pronouns")
    if not any(c.dep_ == "nsubj" and (c.lower_ in own or own_side(c)) for c in reported.children):
        return None
    return "future" if pm.modality(reported, marks, base) == "future" else None


def reported_clause(verb: Token) -> Token | None:
    """The verb of the clause a speech verb (``plover-threat-speech``) reports, if ``verb`` is one."""
    if verb.lemma_.lower() not in lexicon.words("plover-threat-speech"):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp"), None)


def arranged(anchor: Token) -> bool:
    """Whether a speech type's anchor only arranges or obliges the act of its infinitive
    (``plover-learned-arranged-anchors``: "the two sides are to sign a joint statement", "she has to step down"):
    the act takes the infinitive's future, as one of any other type does; an anchor of speech or intent is the act
    itself ("X said the sanctions would hurt civilians", "X sought to name its own premier": asserted)."""
    return lexicon.fold(anchor.lemma_) in lexicon.words("plover-learned-arranged-anchors") and \
        any(c.dep_ == "xcomp" for c in anchor.children)

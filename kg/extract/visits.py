"""A named person's visit to a place: "X made a surprise visit to Iraq", "X, who visited Beirut, said …",
"X's visit to Saudi Arabia".

A visit that names no person visited is no meeting of two (:mod:`kg.extract.events` needs a host), but the guide lists
what a visit was about as its topics. A person who takes part in no event of the article and visits a place has an
event of his own: the verb "visit" with his name as subject ("X visited Beirut", "X, who visited Beirut"), or the noun
with his name as possessor ("X's visit"), after "by" ("a visit by X") or as the subject of the verb the visit
is the object of (``visit-making-verbs``: "X made a surprise visit to Iraq", "X paid a visit to China"). Its one
participant gives no meeting pairs; it is planned (``intent``) when the text says it will happen, and what its own
sentences say he did there is its topic, with what is on its agenda (:mod:`kg.extract.topicevents`: not what he did
elsewhere in the article, nor what a group or a country did). Nothing when the visit is negated or its object or
destination is a person (that is a meeting, :mod:`kg.extract.events`). A visit made at a named person's invitation has
the inviter as its second participant ("X's state visit to India at Y's invitation"), and a visit to the seat of a
post (the White House, the Kremlin) has the holder of that post named in its sentence ("During a visit of X to the
White House, President Y said …": then "of" names the visitor too).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context, dateline_place, sentence_place
from kg.extract.participants import persons_in_phrase
from kg.extract.rulematch import rule_marks
from kg.extract.triggers import is_future, negated
from kg.extract.where import lemmas_in
from kg.model import EventFact, Person, RoleFact

VISIT_RULE = "event:visit-place"
VISIT_LEMMAS = frozenset({"visit"})


def with_visits(ctx: Context, events: list[EventFact], anchors: dict[str, list[int]],
                roles: Sequence[RoleFact] = ()) -> tuple[list[EventFact], dict[str, list[int]]]:
    """The article's events, with one event for each person who takes part in none of them (a planned one of
    ``visit-unheld-kinds`` does not count) and visits a place."""
    unheld = set(lexicon.words("visit-unheld-kinds"))  # "X arrived … and would also meet Y": X still visits
    taken = {p for e in events if e.kind not in unheld for p in e.participants}
    ids = {e.id for e in events}
    out, found = list(events), dict(anchors)
    visits = (ctx.doc[i] for i in lemmas_in(ctx.doc, VISIT_LEMMAS))  # the Doc's lemma index, not every token
    for tok in (t for t in visits if t.pos_ in ("VERB", "NOUN")):
        residents = _residents(ctx, tok, roles)
        visitor = _visitor(ctx, tok, ("by", "of") if residents else ("by",))  # "a visit of X to the White House"
        if visitor is None or ctx.person(visitor) in taken or negated(tok) or _person_visited(ctx, tok):
            continue
        person = ctx.person(visitor)
        eid = next(f"e{n}" for n in range(len(ids) + 1, len(ids) + 100) if f"e{n}" not in ids)
        ids.add(eid)
        taken.add(person)
        planned = is_future(tok)
        out.append(EventFact(
            id=eid, kind="intent" if planned else "visit",
            participants=tuple(dict.fromkeys((person, *_inviters(ctx, tok, person), *residents))),
            evidence=ctx.evidence(tok.i, tok.i + 1, VISIT_RULE),
            location=sentence_place(tok.sent, tok) or dateline_place(ctx.article),
            cameo="036" if planned else "042", plover="INTEND" if planned else "CONSULT", plover_mode="visit"))
        found[eid] = [tok.i]
    return out, found


def _visitor(ctx: Context, tok: Token, preps: tuple[str, ...] = ("by",)) -> int | None:
    """The one named person who makes the visit, or None; after a noun, also the person its ``preps`` name ("a visit
    by X"; "of" only for a visit to the seat of a post: "the visit of X to Iraq" may be a thing welcomed)."""
    if tok.pos_ == "VERB":
        subjects = [_subject(tok)]  # "X visited Beirut", "X, who visited Beirut, said"
        sides: list[Token] = []
    else:
        sides = [c for c in tok.children if c.dep_ == "poss"]
        sides += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for o in c.children
                  if o.dep_ == "pobj"]
        subjects = [_subject(tok.head)] if _made(tok) else []  # "X made a visit", "X, who made a visit to Y, said"
        frame = _framing_verb(tok)
        named = [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for o in c.children
                 if o.dep_ == "pobj" and ctx.persons_of(o)]  # "During a visit of X to Y, Z said": X's, not Z's
        if frame is not None and not named and not any(ctx.persons_of(s) for s in sides if s.pos_ != "PRON"):
            subjects.append(_subject(frame))  # "X flew to Beirut for a visit to Lebanon", "X said during a visit to Y"
    sides += [s for s in subjects if s is not None]
    found = [e for s in sides for e in ctx.persons_of(s)]
    return found[0] if len({ctx.person(e) for e in found}) == 1 else None


def _subject(verb: Token) -> Token | None:
    """The verb's subject; for a relative clause, the noun it describes ("X, who made a visit to Y, said")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in lexicon.words("relative-pronouns") and verb.dep_ == "relcl":
        return verb.head
    return subject


def _framing_verb(tok: Token) -> Token | None:
    """The verb a visit noun's preposition hangs on when its subject makes the visit: "during" after any verb
    (``visit-during-preps``: "X said during a visit to Iraq"), "on" or "for" after a verb of travel or stay
    (``visit-travel-preps``, ``visit-travel-verbs``: "X arrived on a three-day visit", "X flew to Beirut for a visit
    to Lebanon"); not a visit the text refers back to ("during the visit": whose, an earlier sentence says)."""
    prep = tok.head
    if tok.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ == "det" and c.lower_ in lexicon.words("back-reference-words") for c in tok.children):
        return None
    verb = prep.head
    during = prep.lower_ in lexicon.words("visit-during-preps")
    travel = prep.lower_ in lexicon.words("visit-travel-preps") and \
        verb.lemma_.lower() in lexicon.words("visit-travel-verbs")
    return verb if during or travel else None


def _inviters(ctx: Context, tok: Token, visitor: Person) -> list[Person]:
    """The persons at whose invitation the visit is made ("X's state visit to India at Y's invitation", "X made a
    visit to Oslo at the invitation of Y": an "at" phrase of the visit or of its ``visit-making-verbs`` that
    ``prep-participant-invitation`` marks); they receive the visitor."""
    marks = rule_marks(ctx.doc)
    found = [ctx.person(e) for node in ((tok, tok.head) if _made(tok) else (tok,)) for c in node.children
             if c.lower_ == "at" and marks.has("participant-prep", c.i) for e in persons_in_phrase(ctx, c)]
    return [p for p in dict.fromkeys(found) if p != visitor]


def _residents(ctx: Context, tok: Token, roles: Sequence[RoleFact]) -> list[Person]:
    """"During X's visit to the White House, President Y said …": the holder of the post whose seat the visit goes
    to (``government-seat-posts``: a ``places.tsv`` venue and its post), named in the visit's sentence with that post
    of the venue's country, receives the visitor."""
    seats = dict(w.split(":", 1) for w in lexicon.words("government-seat-posts"))
    places = lexicon.places()
    goals = [c for c in tok.children if c.dep_ == "dobj"] + [o for c in tok.children if c.dep_ == "prep" and
                                                              c.lower_ == "to" for o in c.children if o.dep_ == "pobj"]
    entries = [places.get(lexicon.fold(" ".join(t.text for t in g.subtree if t.dep_ != "det"))) for g in goals]
    wanted = {(e.country, seats[e.id]) for e in entries if e is not None and e.id in seats}
    named = {ctx.person(e) for m in ctx.mentions if tok.sent.start <= m.start < tok.sent.end for e in m.entities}
    return list(dict.fromkeys(r.person for r in roles if r.person in named and (r.country, r.role) in wanted))


def _made(tok: Token) -> bool:
    """Whether the visit noun is the object of a verb of ``visit-making-verbs`` ("made a visit", "paid a visit")."""
    return tok.dep_ == "dobj" and tok.head.lemma_.lower() in lexicon.words("visit-making-verbs")


def _person_visited(ctx: Context, tok: Token) -> bool:
    """Whether the visit's object or destination ("visited X", "a visit to X", "a visit with X") is a person, or
    the object of the verb is no name ("visiting troops", "visited the site")."""
    objects = [c for c in tok.children if c.dep_ == "dobj"]
    if any(o.pos_ != "PROPN" and not o.ent_type_ for o in objects):
        return True
    objects += [o for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "with") for o in c.children
                if o.dep_ == "pobj"]
    return any(ctx.persons_of(o) or ctx.titled_at(o) for o in objects)

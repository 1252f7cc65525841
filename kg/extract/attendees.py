"""Who was at the article's gathering, where news reports say so only by what people did there.

A report of one meeting, summit or round of talks often names its participants without a meeting verb:
"At the summit, X charged Y", "X said during the opening ceremony of the summit", "Y was re-elected during
the meeting", "The first session was hosted by Z", "W, the president chairing the summit". The marks of
``meetings.jsonl`` (``presence-prep``, ``presence-agent``, ``presence-verb``) find such acts; their subjects
(or agents) take part in the article's event when the gathering is that event: one of its mentions, or a
definite gathering noun ("the meeting", "the first session", ``back-reference-words``) in an article that
reports that one event, not planned ("at this year's summit" under "will be making") nor negated.

A summit report (the article's only event is an unnamed gathering named by a ``summit-nouns`` word) also
takes as participants the heads of state or government and of international bodies (``summit-attendee-kinds``;
``summit-attendee-org-kinds`` for an organisation's post) who speak or act in it after it is first mentioned:
"Brazil is hosting the Summit of X … Abbas said that …", the leaders of its
delegations ("China's delegation was led by X") and its speakers ("Y gave a talk"). The one event of an
article also takes the speakers of a gathering named at or after its first mention
(:mod:`kg.extract.gathering_speakers`: "… a peace conference … She spoke in a session … Z spoke, …").
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.gathering_speakers import gathering_speakers
from kg.extract.participants import dedupe, persons_in_phrase
from kg.extract.people import pronoun_entity
from kg.extract.quotemarks import quote_spans
from kg.extract.represented import represented_at
from kg.extract.rulematch import rule_marks
from kg.extract.sentences import doc_text, sentence_number
from kg.extract.side_delegates import acting_subject, side_delegates
from kg.extract.triggers import is_future, negated
from kg.extract.unnamed_talks import later_plans
from kg.extract.where import lemmas_in
from kg.model import EventFact, RoleFact

PRESENCE_MARKS = ("presence-prep", "presence-agent", "presence-verb", "presence-unsaid", "presence-speech")
SIDES_RULE = "+sides"  # the rule suffix of talks whose only participants are their sides' officials


def with_attendees(ctx: Context, roles: Sequence[RoleFact], events: list[EventFact],
                   anchors: dict[str, list[int]]) -> tuple[list[EventFact], dict[str, list[int]]]:
    """The article's events, its one held meeting with the persons present at it added."""
    held = [e for e in events if e.kind not in ("intent", "call")]
    first = min(anchors.get(held[0].id, []), default=None) if len(held) == 1 else None
    plans_after = first is not None and later_plans([e for e in events if e is not held[0]], anchors, first)
    if len(held) != 1 or len(events) != 1 and not plans_after:  # "… X will have breakfast with Y on Tuesday"
        return chairs_by_noun(ctx, events, anchors), anchors
    event = held[0]
    mentions = set(anchors.get(event.id, []))
    if mentions and rule_marks(ctx.doc).has("press-conference", min(mentions)):
        return events, anchors  # an article about a news conference: those it names are not its participants
    found = present(ctx, mentions) + delegation_members(ctx, mentions) + honorees(ctx, mentions) + \
        represented_at(ctx, mentions) + \
        [e for sent, speakers in gathering_speakers(ctx) if mentions and min(mentions) < sent.end for e in speakers]
    if not event.participants and _summit(ctx, event, mentions):
        found += summit_speakers(ctx, roles, summit_mention(ctx.doc, mentions)) + delegation_heads(ctx)
    elif not event.participants and event.kind != "intent" and _talks(ctx, mentions):
        found += delegation_heads(ctx)  # "Peace talks resumed … The rebel delegation was headed by X"
    delegates = side_delegates(ctx, roles)
    only_sides = not event.participants and not found  # talks known only by their sides stay unnamed for topics
    if len(event.participants) + len(dedupe(found + delegates)) >= 2:  # one delegate alone meets nobody
        found += delegates
    known = {p.key for p in event.participants}
    added = [ctx.person(e) for e in dedupe(found) if ctx.person(e).key not in known]
    if not added:
        return events, anchors
    suffix = SIDES_RULE if only_sides else "+attendees"
    evidence = dataclasses.replace(event.evidence, rule=f"{event.evidence.rule}{suffix}")
    fact = dataclasses.replace(event, participants=tuple(dict.fromkeys(event.participants + tuple(added))),
                               evidence=evidence)
    return [fact if e is event else e for e in events], anchors


def chairs_by_noun(ctx: Context, events: list[EventFact], anchors: dict[str, list[int]]) -> list[EventFact]:
    """In an article of several events, the host, chair or launcher of a definite gathering ("The talks were
    launched by X", "Y chaired the talks": ``presence-agent``, ``presence-verb``) joins the last held event before
    it that the text calls by the same noun ("X and Y held talks"), not another event of the article (a dinner)."""
    marks, added = rule_marks(ctx.doc), dict[str, list[int]]()
    held = [e for e in events if e.kind not in ("intent", "call")]
    for mark in ("presence-agent", "presence-verb"):
        for i in marks.tokens.get(mark, []):
            gathering, sides = presence_of(ctx.doc[i], mark)
            if gathering is None or not _refers(gathering, set()) or \
                    any(is_future(t) or negated(t) for t in (gathering, *sides)):
                continue
            named = [(k, e) for e in held for k in anchors.get(e.id, []) if k < gathering.i and
                     gathering.lemma_.lower() in {t.lemma_.lower() for t in _nouns_at(ctx.doc[k])}]
            event = max(named, key=lambda x: x[0])[1] if named else roster_after(held, anchors, gathering)
            if event is not None:
                added.setdefault(event.id, []).extend(e for s in sides for e in _persons(ctx, s, mark))
    return [_with_persons(ctx, e, added.get(e.id, [])) for e in events]


def roster_after(held: list[EventFact], anchors: dict[str, list[int]], gathering: Token) -> EventFact | None:
    """With no event before by the gathering's noun, the roster that lists who sat at it in the next sentence: "The
    summit was chaired by X. Among those at the table were A, B and C" (an event of kind ``join``: an attendance
    list, :mod:`kg.extract.attendance`, that names no gathering of its own)."""
    after = sentence_number(gathering) + 1
    rosters = [e for e in held if e.kind == "join" and anchors.get(e.id) and
               sentence_number(gathering.doc[min(anchors[e.id])]) == after]
    return rosters[0] if len(rosters) == 1 else None


def _nouns_at(trigger: Token) -> list[Token]:
    """A trigger and the meeting noun its light verb takes ("held talks")."""
    return [trigger, *(c for c in trigger.children if c.dep_ in lexicon.words("light-object-deps"))]


def _with_persons(ctx: Context, event: EventFact, found: list[int]) -> EventFact:
    known = {p.key for p in event.participants}
    added = [ctx.person(e) for e in dedupe(found) if ctx.person(e).key not in known]
    if not added:
        return event
    evidence = dataclasses.replace(event.evidence, rule=f"{event.evidence.rule}+chair")
    return dataclasses.replace(event, participants=event.participants + tuple(added), evidence=evidence)


def present(ctx: Context, mentions: set[int], back: frozenset[str] | None = None) -> list[int]:
    """Persons whose act the ``presence-*`` marks place at the event (``mentions``: its gathering nouns; ``back``: the
    gathering nouns by which a definite phrase refers back to it, by default every one)."""
    marks = rule_marks(ctx.doc)
    out: list[int] = []
    for mark in PRESENCE_MARKS:
        for i in marks.tokens.get(mark, []):
            gathering, sides = presence_of(ctx.doc[i], mark)
            if mark == "presence-speech" and mentions or \
                    mark == "presence-unsaid" and mentions and not _attends_something(ctx.doc[i]):
                gathering = ctx.doc[min(mentions)]  # "X also attended", "speeches by X": the report's one gathering
            if gathering is None or not _refers(gathering, mentions, back) or any(is_future(t) or _negated_act(t)
                                                                            for t in (gathering, *sides)):
                continue
            out += [e for s in sides for e in _persons(ctx, s, mark)]
    return dedupe(out)


def _negated_act(tok: Token) -> bool:
    """A negated act, or a negated copula's complement: "X and Y were not present at the talks"."""
    return negated(tok) or tok.dep_ in ("acomp", "attr") and negated(tok.head)


def honorees(ctx: Context, mentions: set[int]) -> list[int]:
    """The persons an inauguration (``honoree-gatherings``) installs take part in it: the passive subjects of the
    ``honoree-verbs`` ("X has been inaugurated as President"), or the name a participle of theirs describes ("Her
    Vice President, also sworn in, is Y"), unless planned or negated."""
    nouns = lexicon.words("honoree-gatherings")
    if not any(t.lemma_.lower() in nouns for i in mentions for t in (ctx.doc[i], *ctx.doc[i].children)):
        return []
    out: list[int] = []
    for tok in map(ctx.doc.__getitem__, lemmas_in(ctx.doc, lexicon.words("honoree-verbs"))):
        if tok.pos_ != "VERB" or is_future(tok) or negated(tok):
            continue
        out += [e for c in tok.children if c.dep_ == "nsubjpass" for e in persons_in_phrase(ctx, c)]
        if tok.dep_ == "acl":  # "Her Vice President, also sworn in, is Y": the name, else the copula's attribute
            named = persons_in_phrase(ctx, tok.head)
            copula = tok.head.head if tok.head.dep_ == "nsubj" and tok.head.head.lemma_ == "be" else None
            out += named or ([e for c in copula.children if c.dep_ == "attr" for e in persons_in_phrase(ctx, c)]
                             if copula is not None else [])
    return dedupe(out)


def presence_of(anchor: Token, mark: str) -> tuple[Token | None, list[Token]]:
    """(the gathering, the tokens whose persons were there) of one presence mark."""
    if mark == "presence-agent":
        verb = anchor.head
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in _gathering_words():
            return verb.head, [anchor]  # "The summit, hosted by X, ended"
        body_of = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "pobj" else None
        if body_of is not None and body_of.lower_ == "of" and body_of.head.lemma_.lower() in _gathering_words():
            return body_of.head, [anchor]  # "a meeting of the cabinet chaired by X"
        if verb.dep_ == "acl":  # "began with a dinner hosted by X": the verb the dinner's "with" hangs on
            verb = verb.head.head.head
        return _agent_subject(verb), [anchor]
    if mark == "presence-verb":  # or the gathering of its complement: "X declared the summit open"
        opened = [c for c in anchor.children if c.dep_ in ("ccomp", "oprd", "xcomp", "acomp") and c.lower_ == "open"]
        return next((c for v in (anchor, *opened) for c in v.children
                     if c.dep_ == "dobj" or v is not anchor and c.dep_ == "nsubj"), None), [anchor]
    if mark in ("presence-unsaid", "presence-speech"):
        return None, [anchor]
    gathering = next((c for c in anchor.children if c.dep_ == "pobj"), None)
    if gathering is not None and gathering.lemma_.lower() not in _gathering_words():
        of = next((c for c in gathering.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        gathering = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return gathering, [_actor(anchor.head)]


def _agent_subject(verb: Token) -> Token | None:
    """The subject of a passive verb with a 'by' agent; where the parser split "was co-chaired by X", the subject it
    hung on an auxiliary ("the meeting was co - chaired": on "was") or on the verb "co" the second half hangs on."""
    deps = lexicon.words("subject-deps")
    holders = [verb, verb.head] if verb.dep_ in ("advcl", "conj", "xcomp", "acomp") else [verb]
    for node in holders:  # the auxiliaries, and theirs ("was" under "co" under "chaired")
        holders += [c for c in node.children if c.dep_ in ("aux", "auxpass")]
    return next((c for h in holders for c in h.children if c.dep_ in deps), None)


def _attends_something(verb: Token) -> bool:
    """Whether an attending verb names what is attended ("also attended the funeral", "the talks were attended")."""
    return any(c.dep_ in ("dobj", "nsubjpass", "agent") for c in verb.children)


def _actor(head: Token) -> Token:
    """The verb or noun whose subject or possessor acted at the gathering: "said in his speech during …" is
    the saying."""
    node = head
    while node.pos_ == "NOUN" and not any(c.dep_ == "poss" for c in node.children) and node.dep_ == "pobj":
        node = node.head.head
    return node


def _persons(ctx: Context, tok: Token, mark: str) -> list[int]:
    """The persons of a presence mark's side: the agent phrase, else the subjects or possessor of the act."""
    if mark in ("presence-agent", "presence-speech"):  # "hosted by X", "speeches by X and Y"
        return persons_in_phrase(ctx, tok)
    if tok.pos_ in ("NOUN", "PROPN"):
        owners = [c for c in tok.children if c.dep_ == "poss"]
        return [e for c in owners for e in ctx.persons_at(c) or _pronoun(ctx, c)]
    if tok.dep_ == "acl":  # "X, the president chairing the summit"
        return persons_in_phrase(ctx, tok.head)
    node = tok
    for _ in range(3):  # "X was also re-elected during the meeting" (the parser's subject is the auxiliary's);
        # "In the first meeting since elections were held, X was named" (the time clause took the phrase);
        # "X was also present in the talks"
        sides = [c for c in node.children if c.dep_ in lexicon.words("subject-deps")]
        sides = sides or [c for a in (node, *node.children) if a.dep_ in ("auxpass", "ROOT") for c in a.children
                          if c.dep_ == "attr"]  # "Also elected during the meeting was X"
        found = [e for s in sides for e in persons_in_phrase(ctx, s)]
        if found and node.lemma_.lower() in lexicon.words("addressee-verbs"):  # "X told Y during the talks"
            found += [e for c in node.children if c.dep_ in ("dobj", "dative") for e in persons_in_phrase(ctx, c)]
        if found:  # the doer of a passive act there: "In the meeting, X was told by Y that …"
            found += [e for c in node.children if c.dep_ == "agent" for e in persons_in_phrase(ctx, c)]
            found += _contrast_sides(ctx, node)
        if found or node.dep_ not in ("advcl", "xcomp", "conj", "acomp") or node.head.i == node.i:
            return found
        node = node.head
    return []


def _contrast_sides(ctx: Context, verb: Token) -> list[int]:
    """The subjects of a clause that sets another person's act beside the one placed at the gathering ("In the
    meeting X was told by Y of 40 missing, while Z indicated 68": Z is there too; ``contrast-clause-marks``), or
    that is joined to it with a subject of its own ("At the summit, X praised Y and Z criticised W")."""
    marks = lexicon.words("contrast-clause-marks")
    clauses = [c for c in verb.children if c.pos_ in ("VERB", "AUX") and not is_future(c) and not negated(c)
               and (c.dep_ == "conj" or c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in marks
                                                                  for m in c.children))]
    return [e for c in clauses for s in c.children if s.dep_ in lexicon.words("subject-deps")
            for e in persons_in_phrase(ctx, s)]


def _pronoun(ctx: Context, tok: Token) -> list[int]:
    found = pronoun_entity(tok.i, ctx.mentions, doc=ctx.doc) if tok.lower_ in lexicon.words("person-pronouns") else None
    return [found] if found is not None else []


def _refers(gathering: Token, mentions: set[int], nouns: frozenset[str] | None = None) -> bool:
    """Whether a gathering noun is the article's event: one of its mentions, or "the meeting", "its session"."""
    if rule_marks(gathering.doc).has("press-conference", gathering.i):
        return False  # "said at a news conference": no gathering of the event's participants
    if gathering.i in mentions:
        return True
    back, lemma = lexicon.words("back-reference-words"), gathering.lemma_.lower()
    if lemma in lexicon.words("summit-nouns") and _summit_before(gathering.doc, mentions):
        return False
    return lemma in (nouns or _gathering_words()) and \
        any(c.dep_ in ("det", "poss") and c.lower_ in back for c in gathering.children)


def _summit_before(doc: Doc, mentions: set[int]) -> bool:
    """Whether the text reports a summit (``summit-nouns``) before the sentence of an event it never calls one: "The
    summit opened … Separately, X met Y" (then "the summit" is that summit, not X's meeting with Y)."""
    if not mentions or summit_mention(doc, mentions) is not None:
        return False
    end = doc[min(mentions)].sent.start
    return any(doc[i].pos_ in ("NOUN", "PROPN") and not is_future(doc[i])
               for i in lemmas_in(doc, lexicon.words("summit-nouns")) if i < end)


def _summit(ctx: Context, event: EventFact, mentions: set[int]) -> bool:
    """Whether the article's event is a summit it reports as held (a ``summit-nouns`` word among its mentions)."""
    return event.kind != "intent" and summit_mention(ctx.doc, mentions) is not None


def _talks(ctx: Context, mentions: set[int]) -> bool:
    """Whether the article's event is a round of talks (a ``delegation-talks-nouns`` word among its mentions), to
    which delegations come."""
    return any(ctx.doc[i].lemma_.lower() in lexicon.words("delegation-talks-nouns") for i in mentions)


def summit_mention(doc: Doc, mentions: set[int]) -> int | None:
    """The first mention of the event by a summit noun, its own or its name's head ("the sixth Asia Security
    Conference": a mention that starts the name stands for its last word)."""
    nouns, marks = lexicon.words("summit-nouns"), rule_marks(doc)
    quoted = quote_spans(doc_text(doc))  # "“Members of the G7 Summit, let's discuss this”": no report of it
    return next((i for i in sorted(mentions) if name_head(doc[i]).lemma_.lower() in nouns
                 and not marks.has("press-conference", i)
                 and not any(a <= doc[i].idx < b for a, b in quoted)), None)


def name_head(tok: Token) -> Token:
    """The last word of the entity a token starts or belongs to ("Conference" of "the Asia Security Conference")."""
    if not tok.ent_type_:
        return tok
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return tok.doc[end - 1]


def summit_speakers(ctx: Context, roles: Sequence[RoleFact], start: int | None) -> list[int]:
    """Heads of state, government (``summit-attendee-kinds``) or international bodies (``summit-attendee-org-kinds``,
    an organisation's post) who speak or act in a summit report after the summit is first mentioned (the subject
    of a verb that is neither planned nor negated)."""
    if start is None:
        return []
    kinds, org_kinds = lexicon.words("summit-attendee-kinds"), lexicon.words("summit-attendee-org-kinds")
    heads = {t.role for t in lexicon.titles() if t.kind in kinds}
    org_heads = {t.role for t in lexicon.titles() if t.kind in org_kinds}  # "The Secretary General, X, said …"
    leaders = {r.person.key for r in roles if r.status == "current" and
               (r.role in heads or r.role in org_heads and r.scope == "international")}
    first = ctx.doc[start].sent.start
    out: list[int] = []
    for m in ctx.mentions:
        if m.start < first or not any(ctx.person(e).key in leaders for e in m.entities):
            continue
        if any(acting_subject(t) and not _elsewhere(t) and not _absent(t) for t in ctx.doc[m.start:m.end]):
            out += [e for e in m.entities if ctx.person(e).key in leaders]
    return dedupe(out)


def _elsewhere(tok: Token) -> bool:
    """Whether a subject acts in a setting of his own (``own-setting-nouns``: "In testimony to Congress, X agreed",
    "in an interview, Y said"), not at the summit."""
    node = tok.head if tok.dep_ == "appos" else tok
    settings = lexicon.words("own-setting-nouns")
    return any(p.dep_ == "prep" and o.dep_ == "pobj" and o.lemma_.lower() in settings
               for p in node.head.children for o in p.children)


def _absent(tok: Token) -> bool:
    """Whether a subject's act says he stayed away from the summit (``absence-words``: "X boycotted the summit",
    "Y was absent", "Z stayed away"): the verb, its complement, or the verb with its adverb or particle."""
    verb = (tok.head if tok.dep_ == "appos" else tok).head
    words = lexicon.words("absence-words")
    return verb.lemma_.lower() in words or any(
        c.dep_ in ("acomp", "attr") and c.lemma_.lower() in words or
        c.dep_ in ("advmod", "prt") and f"{verb.lemma_.lower()} {c.lower_}" in words for c in verb.children)


def delegation_heads(ctx: Context) -> list[int]:
    """The leaders of delegations in a summit report ("China's delegation was led by X", "Y led the Indian
    delegation", "a delegation headed by Z": ``delegation-head`` and ``delegation-leader`` marks) and its speakers
    ("W gave a talk": ``speech-given``), unless planned or negated."""
    marks, out = rule_marks(ctx.doc), []
    for i in (*marks.tokens.get("delegation-head", []), *marks.tokens.get("delegation-leader", []),
              *marks.tokens.get("speech-given", [])):
        tok = ctx.doc[i]
        verb = tok.head if tok.dep_ == "agent" else tok
        if is_future(verb) or negated(verb):
            continue
        by = tok.dep_ == "agent" or tok.lower_ == "by"  # "… and the rebels by Y": a gapped clause's "by"
        out += persons_in_phrase(ctx, tok) if by else _persons(ctx, tok, "presence-verb")
    return dedupe(out)


def delegation_members(ctx: Context, mentions: set[int]) -> list[int]:
    """"X, a member of the delegation, said": the members of the delegation (``delegation-member``) whose meeting
    the article reports (a mention of it in a sentence that names a delegation)."""
    if not any(t.lemma_.lower() in lexicon.words("delegation-anaphors") for i in mentions for t in ctx.doc[i].sent):
        return []
    marks = rule_marks(ctx.doc)
    return dedupe([e for i in marks.tokens.get("delegation-member", []) if not is_future(ctx.doc[i].head.head)
                   for e in ctx.persons_at(ctx.doc[i].head)])


def _gathering_words() -> frozenset[str]:
    return lexicon.words("presence-gatherings")


"""Joiners of a meeting whose side the join clause names only by an anaphor (:mod:`kg.extract.joins`).

"X held talks with Y. They were joined by A and B", "The visiting leader was accompanied by A", "A and B joined
the leaders for the second half of the session": the clause's other side is a pronoun or a definite descriptor
("they", "the two leaders", "the visiting leader", "his host"), so A and B join the event before while the text
stays on it (no other person named in between). With no such event, a counted anaphor ("The two leaders were
joined by A and B") stands for the persons named just before, and the clause is their meeting with A and B.
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.event_facts import Draft
from kg.extract.joins import joins_unsaid
from kg.extract.named_before import holds_title, named_before, title_holder
from kg.extract.participants import antecedents, dedupe, governing_verb, persons_in_phrase
from kg.extract.sentences import sentence_number
from kg.extract.titles import title_at
from kg.extract.triggers import is_future

SIDE_DEPS = ("nsubj", "nsubjpass", "dobj")
SPAN = 4  # at most this many sentences after the event before


def anaphoric_joiners(ctx: Context, tok: Token, prior: Draft | None) -> list[int]:
    """The persons a join clause with an anaphoric side, or with nothing it joins ("A also attended", "B took part
    too"), adds to the event before (``prior``), or []: the clause stays on that event (:func:`still_on`) and names
    persons of its own other than the event's."""
    if prior is None or prior.kind == "intent" or is_future(tok) or \
            not (unnamed_side(ctx, tok) or joins_unsaid(tok) or _sequel(tok, prior)):
        return []
    if not still_on(ctx, prior, tok):
        return []
    return [e for e in _joiners(ctx, tok) if e not in prior.participants]


def anaphor_meeting(ctx: Context, tok: Token, row: dict, kind: str | None) -> Draft | None:
    """"The two leaders were joined by A and B" with no event before: the persons the counted anaphor ("the two
    leaders") or "they" stands for (:func:`kg.extract.named_before.named_before`, the two named in the sentence
    before) meet A and B."""
    if kind in (None, "intent", "call") or not unnamed_side(ctx, tok, plural=True):
        return None
    before = named_before(ctx, tok) or antecedents(ctx, tok)
    joiners = [e for e in _joiners(ctx, tok) if e not in before]
    if len(before) < 2 or not joiners or not holds_title(ctx, tok, before):  # "the two presidents": no Vice President
        return None
    return Draft(dedupe(before + joiners), kind, row, tok.sent, tok.i)


def _sequel(tok: Token, prior: Draft) -> bool:
    """"X and Y held talks before being joined by A and B": a passive join participle in a before/after phrase
    (``session-sequence-preps``) of the trigger of the event before (or of its verb); its agents join that event."""
    if tok.dep_ != "pcomp" or tok.head.lower_ not in lexicon.words("session-sequence-preps") or \
            not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    trigger = tok.doc[prior.trigger]  # "held an hour of private talks before being joined by A": the talks' verb
    return tok.head.head.i in (trigger.i, governing_verb(trigger).i)


def unnamed_side(ctx: Context, tok: Token, plural: bool = False) -> bool:
    """Whether a join verb's subject or object names no person and refers back to one: a pronoun ("they", "he",
    "them"), or a definite phrase ("the", "his") whose head is a group anaphor ("the two leaders", ``anaphoric-nouns``),
    a counterpart or leader ("his host", ``counterpart-nouns``, ``speaker-descriptor-nouns``) or a title ("the
    visiting president"); ``plural``: only a plural one."""
    pronouns = lexicon.words("anaphoric-pronouns") | (set() if plural else lexicon.words("person-pronouns"))
    nouns = lexicon.words("anaphoric-nouns") | lexicon.words("counterpart-nouns") | \
        lexicon.words("speaker-descriptor-nouns")
    for side in _sides(tok):
        if ctx.persons_of(side) or any(ctx.persons_at(t) for t in side.subtree):
            continue
        if side.lower_ in pronouns | {"them"}:
            return True
        definite = any(c.dep_ in ("det", "poss") and c.lower_ in {"the", "his", "her", "their"} for c in side.children)
        worded = side.lower_ in nouns or side.lemma_.lower() in nouns or _titled(side)
        if definite and worded and (not plural or side.tag_ == "NNS"):
            return True
    return False


def _sides(tok: Token) -> list[Token]:
    """A join verb's subjects and objects; for a participle with none of its own ("The two leaders met for an hour,
    joined by A and B": ``participle-join-deps``), the subjects of the clause it hangs on."""
    own = [c for c in tok.children if c.dep_ in SIDE_DEPS]
    if own or tok.dep_ not in lexicon.words("participle-join-deps") or tok.tag_ != "VBN":
        return own
    return [c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")]


def still_on(ctx: Context, prior: Draft, tok: Token) -> bool:
    """Whether the text stays on the event before from its sentence (or the last that refers back to it: "The two
    leaders discussed X") to the join clause: at most ``SPAN`` sentences after it, and no person named in between but
    its participants (nor one who holds no post the join's counted anaphor names: "the two presidents" after a Vice
    President)."""
    last = prior.seen if prior.seen is not None and prior.seen.start <= tok.i else prior.sent
    start, end = last.end, tok.sent.start
    if last.start > tok.i or sentence_number(tok) - sentence_number(last) > SPAN:
        return False
    known = set(prior.participants)  # one the anaphor's title rules out is no other side: "the two presidents"
    others = [m for m in ctx.mentions if m.kind == "name" and start <= m.start < end and not set(m.entities) <= known]
    if not others:
        return True
    holds = title_holder(ctx, tok)
    return not any(holds(e) for m in others for e in m.entities)


def _joiners(ctx: Context, tok: Token) -> list[int]:
    """The persons who join: a passive's agents (also a 'by' phrase the parser hangs lower: "were joined for part
    of the session by A"), else the active clause's named subjects."""
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or tok.tag_ == "VBN" and \
        tok.dep_ in lexicon.words("participle-join-deps")  # "…, joined by A and B"
    if passive:
        agents = [t for t in tok.subtree if t.dep_ in ("agent", "prep") and t.lower_ == "by" and
                  t.sent == tok.sent and _under_verb(t, tok)]
        return dedupe([e for a in agents for e in persons_in_phrase(ctx, a) + _group_members(ctx, a)])
    return dedupe([e for c in tok.children if c.dep_ == "nsubj" for e in persons_in_phrase(ctx, c)])


def _group_members(ctx: Context, agent: Token) -> list[int]:
    """"joined by a larger group that included A and B": the objects of a ``member-listing-verbs`` relative clause
    on the agent's noun."""
    return [e for noun in agent.children if noun.dep_ == "pobj" for r in noun.children
            if r.dep_ == "relcl" and r.lemma_.lower() in lexicon.words("member-listing-verbs")
            for o in r.children if o.dep_ == "dobj" for e in persons_in_phrase(ctx, o)]


def _under_verb(prep: Token, verb: Token) -> bool:
    """Whether a 'by' phrase belongs to the verb, not to a clause of its own below it."""
    head = prep.head
    while head.i != verb.i:
        if head.pos_ in ("VERB", "AUX"):
            return False
        head = head.head
    return True


def _titled(side: Token) -> bool:
    """Whether a phrase's head ends a title ("the visiting president", "the prime minister")."""
    for k in range(side.left_edge.i, side.i + 1):
        found = title_at(side.doc, k)
        if found and found[0] == side.i + 1:
            return True
    return False

"""Participants named before the meeting sentence: "Kenyan President X and Ugandan President Y agreed to reopen the
border. The two presidents met in Kampala on Tuesday." A counted group anaphor ("the two leaders", "both
presidents", or the number alone: "the two met"; word lists ``anaphoric-nouns`` and ``group-numbers``) as the
subject of a trigger, with no event before it to refer to, stands for the persons named in its sentence and the two
before it (the article's title line among them), when exactly as many persons are named there as the anaphor counts
("two": two; "both": two; "the pair": two), the nearest sentences first. A counted anaphor refers to those persons
rather than to an event before with another number of participants ("X signed the pact with Y. A and B were in
town with their counterparts, C and D. The four ministers discussed …").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.descriptor_mentions import fits
from kg.extract.participants import bare_number, governing_verb, the_pair, uncounted_group
from kg.extract.sentences import sentence_number

COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4}
WINDOW = 2  # sentences before the trigger's own


def counted_anaphor(tok: Token) -> int:
    """How many persons a trigger's subject counts ("the two leaders": 2, "both presidents": 2), else 0."""
    return subject_count(tok) or (2 if joint_alone(tok) else 0)


def subject_count(tok: Token) -> int:
    """How many persons a trigger's subject counts by a number or a ``pair-anaphor-nouns`` word, else 0."""
    subject_deps = lexicon.words("subject-deps")
    verb = tok if any(c.dep_ in subject_deps for c in tok.children) else governing_verb(tok)
    for subject in (c for c in verb.children if c.dep_ in subject_deps):
        if bare_number(subject) and subject.lower_ in COUNTS:
            return COUNTS[subject.lower_]  # "The two met on Monday": the number alone
        if the_pair(subject):
            return 2  # "The pair met on Monday"
        if subject.lower_ not in lexicon.words("anaphoric-nouns"):
            continue
        words = [c.lower_ for c in subject.children if c.dep_ in ("det", "nummod", "predet", "preconj")]
        counts = [COUNTS[w] for w in words if w in lexicon.words("group-numbers") and w in COUNTS]
        if counts:
            return counts[0]
    return 0


def joint_alone(tok: Token) -> bool:
    """"The joint meeting was a presentation to supporters": a noun trigger that a ``joint-anaphor-words`` word
    calls joint, or that an outcome of the sentence before came after (``outcome_after``), with no side of its own
    (no subject, possessive, "of" or partner phrase), is held by the two persons named just before it."""
    words, deps = lexicon.words("joint-anaphor-words"), lexicon.words("subject-deps")
    return tok.pos_ == "NOUN" and (any(c.dep_ == "amod" and c.lower_ in words for c in tok.children) or
                                   outcome_after(tok)) and not any(
        c.dep_ in deps or c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in ("of", "with", "between")
        for c in tok.children)


def joint_sides(tok: Token, people: list[int], before: list[int]) -> list[int]:
    """The sides of a joint noun trigger with no side of its own (:func:`joint_alone`): the persons named just before
    it (``before``), when it names none of its own or only some of them ("X and Y promised sanctions. At a joint news
    conference, Y said …": X and Y; not "At a joint news conference with Z, Y said", whose Z is no one named before)."""
    if before and joint_alone(tok) and all(e in before for e in people):
        return list(dict.fromkeys(people + before))
    return people


def outcome_after(tok: Token) -> bool:
    """"X and Y agreed to reopen the border. The announcement came after a meeting in Lome", "The decision followed
    talks": talks that a definite outcome noun (``outcome-back-nouns``: what the sentence before reports) came
    after or followed (also through a measure of them: "followed two days of talks")."""
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.i != tok.head.i:
        tok = tok.head.head
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() == "follow":
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.lower_ in ("after", "following") and tok.head.dep_ == "prep":
        verb = tok.head.head
    else:
        return False
    nouns = lexicon.words("outcome-back-nouns")
    return verb.pos_ == "VERB" and any(
        s.dep_ == "nsubj" and s.lemma_.lower() in nouns and any(d.lower_ in ("the", "this") for d in s.children)
        for s in verb.children)


def named_before(ctx: Context, tok: Token) -> list[int]:
    """The entities of the persons named in the trigger's sentence (before it) and the ``WINDOW`` sentences
    before, when the trigger's counted anaphor counts exactly that many; else []."""
    count = counted_anaphor(tok)
    if not count:
        return _uncounted(ctx, tok)
    here, role = sentence_number(tok), _title_role(tok)
    for reach in range(WINDOW + 1):  # the nearest sentences that name as many: "A and B met C and D. The four …"
        found: list[int] = []
        for m in ctx.mentions:
            if m.kind == "name" and m.start < tok.i and here - sentence_number(ctx.doc[m.start]) <= reach:
                found += [e for e in m.entities if e not in found and _holds(ctx, e, role)]
        if len({ctx.person(e).key for e in found}) == count:
            return found
    return []


def holds_title(ctx: Context, tok: Token, found: list[int]) -> bool:
    """Whether the persons found hold the post a counted anaphor's title noun names (:func:`_title_role`)."""
    return all(map(title_holder(ctx, tok), found))


def title_holder(ctx: Context, tok: Token) -> Callable[[int], bool]:
    """A test of one person: may he hold the post a counted anaphor's title noun names (:func:`_title_role`, found
    once for all the persons asked)."""
    role = _title_role(tok)
    return lambda e: _holds(ctx, e, role)


def titled_antecedents(ctx: Context, tok: Token, found: list[int]) -> list[int]:
    """The persons found, or none when one holds no post the trigger's counted anaphor names (:func:`holds_title`)."""
    return found if holds_title(ctx, tok, found) else []


def _holds(ctx: Context, e: int, role: str | None) -> bool:
    """Whether the person may hold the post ``role``: one of his posts fits it (a minister: any post of a title of
    kind minister), or the text gives him none ("his Tanzanian counterpart X")."""
    ent, when = ctx.entities[e], ctx.article.date
    posts = [r for r, _, _, _ in ent.roles() if r] + [t.role for t in (ent.actor.terms_at(when) if ent.actor else [])
                                                        if t.role]
    if role is None or not posts:
        return True
    title = lexicon.title_index().get(role)  # "the four ministers": a Defence Secretary too (a title of kind minister)
    return title is not None and title.kind == "minister" and any(k == "minister" for _, _, k, _ in ent.roles()) \
        or fits(ent, set(), role, when)


def _title_role(tok: Token) -> str | None:
    """The post a trigger's counted subject names ("the two presidents": no Vice President, "the two premiers": no
    opposition leader), or None for a noun that names no post ("the two men", "the two leaders":
    ``speaker-descriptor-nouns``)."""
    subject_deps = lexicon.words("subject-deps")
    verb = tok if any(c.dep_ in subject_deps for c in tok.children) else governing_verb(tok)
    nouns = [c.lemma_.lower() for c in verb.children if c.dep_ in subject_deps and
             c.lower_ in lexicon.words("anaphoric-nouns")]
    titled = nouns and nouns[0] in lexicon.title_index() and nouns[0] not in lexicon.words("speaker-descriptor-nouns")
    return nouns[0] if titled else None


def _uncounted(ctx: Context, tok: Token) -> list[int]:
    """"A led the mission, which included B and C. The leaders met X": an uncounted group subject
    (:func:`kg.extract.participants.uncounted_group`) stands for the two or more persons named in its sentence before
    it and in the sentence before, when each holds a post its noun names ("the ministers": a minister; "the leaders":
    anyone)."""
    subject_deps = lexicon.words("subject-deps")
    verb = tok if any(c.dep_ in subject_deps for c in tok.children) else governing_verb(tok)
    group = next((c for c in verb.children if c.dep_ in subject_deps and uncounted_group(c)), None)
    if group is None:
        return []
    here, found = sentence_number(tok), []
    for m in ctx.mentions:
        if m.kind == "name" and m.start < tok.i and here - sentence_number(ctx.doc[m.start]) <= 1:
            found += [e for e in m.entities if e not in found]
    role = None if group.lemma_.lower() in lexicon.words("speaker-descriptor-nouns") else group.lemma_.lower()
    if len({ctx.person(e).key for e in found}) < 2 or \
            not all(fits(ctx.entities[e], set(), role, ctx.article.date) for e in found):
        return []
    return found


def other_group(tok: Token, participants: list[int], named: list[int]) -> bool:
    """Whether the trigger's counted subject (:func:`subject_count`) is not the group of the event before (its
    ``participants``), but persons named before: it counts another number ("X signed the pact with Y. … The four
    ministers discussed …"), or the trigger's one named side (``named``) is in that event ("Y invited X to meet him. A
    and B carried the invitation. The pair met X": not X and Y)."""
    count = subject_count(tok)
    return bool(count) and (count != len(set(participants)) or len(named) == 1 and named[0] in participants)


def object_anaphor_fits(tok: Token, prior_count: int) -> bool:
    """"Z met the two leaders", "Z met both men separately": a group anaphor as the trigger's object or partner
    (not its subject: "they met Z" may be others than the event before names) whose count, if any, is the number
    of participants of the event before; a new person meeting them is a new meeting, not that event again."""
    subject_deps = lexicon.words("subject-deps")
    verb = tok if any(c.dep_ in subject_deps for c in tok.children) else governing_verb(tok)
    if counted_anaphor(tok) or any(c.dep_ in subject_deps and c.lower_ in lexicon.words("anaphoric-pronouns")
                                   for c in verb.children):
        return False
    sides = [c for c in tok.children if c.dep_ == "dobj"]
    sides += [p for c in tok.children if c.dep_ == "prep" and c.lower_ in ("with", "between")
              for p in c.children if p.dep_ == "pobj"]
    for side in (s for s in sides if s.lower_ in lexicon.words("anaphoric-nouns")):
        words = [c.lower_ for c in side.children if c.dep_ in ("det", "nummod", "predet", "preconj")]
        counts = [COUNTS[w] for w in words if w in COUNTS]
        return not counts or counts[0] == prior_count
    return False

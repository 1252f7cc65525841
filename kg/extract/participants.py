"""Who takes part in a meeting trigger: the persons in its subject, object and "with" phrases.

Beyond names, role anaphora and pronouns (resolved in :mod:`kg.extract.context`), a phrase can stand
for persons in two ways: a group of states ("G7 Leaders", "the Quad leaders", "leaders of African
Union member states") stands for the persons the article names as heads of its members
(``group_members.tsv``, :mod:`kg.extract.groups`), and a readout's group anaphor ("the two leaders", "both
leaders", "they", "their meeting") stands for the participants of the event described just before.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from kg import lexicon
from kg.extract import nonparticipants
from kg.extract.anaphora import partner_owner, possessor_pronoun
from kg.extract.colon_lists import colon_listed
from kg.extract.context import Context
from kg.extract.descriptor_sides import described_side
from kg.extract.groups import group_members, group_subject, phrase, polities_in
from kg.extract.people import generation
from kg.extract.rulematch import rule_marks
from kg.extract.stray_partners import (
    LIST_ITEM_DEPS,
    after_second_partner,
    agent_tail,
    fronted_subject,
    included_members,
    second_partner_tail,
    stray_partners,
)
from kg.lexicon import fold

ANAPHOR_GAP = 2  # sentences naming nobody that a group anaphor looks past for the persons it stands for


def participants(ctx: Context, tok: Token, prior: Sequence[int] = ()) -> tuple[list[int], list[int]]:
    """(subjects, others) of a trigger, as entity indices; ``prior`` are the participants of the event
    before it, which group anaphors refer to."""
    subj_tok = [c for c in tok.children if c.dep_ in lexicon.words("subject-deps")]
    if not subj_tok and not _between(tok) and not _named_owner(ctx, tok):  # "the summit between A and B" names both
        verb = governing_verb(tok)  # or its auxiliary, where the parser hung the subject on it ("who had … talks")
        subj_tok = [c for v in (verb, *(a for a in verb.children if a.dep_ == "aux")) for c in v.children
                    if c.dep_ in lexicon.words("subject-deps")] or _described_person(tok, verb) \
            or fronted_subject(verb)
    subjects = [e for t in subj_tok for e in persons_in_phrase(ctx, t, prior)]
    if not subj_tok and tok.dep_ == "ROOT" and tok.tag_ in ("VBD", "VBZ", "VBP"):
        subjects = _nearest_before(ctx, tok)  # the parser lost the subject: "After X with A, B met C"
    subjects += [e for c in tok.children if c.dep_ == "poss"
                 for e in ctx.persons_of(c) or _anaphor(c, prior) or possessor_pronoun(ctx, tok, c)]
    others: list[int] = []
    marks = rule_marks(tok.doc)
    for c in tok.children:
        if marks.has("second-partner-prep", c.i):
            continue  # "met with X as well as with Y": Y's meeting is one of its own (events._split_partners)
        if c.dep_ in ("dobj", "attr", "dative", "agent") or marks.has("participant-prep", c.i):
            others += persons_in_phrase(ctx, c, prior)
        elif marks.has("noun-agent-prep", c.i):
            others += persons_in_phrase(ctx, c, prior)
        elif c.dep_ in LIST_ITEM_DEPS and c.pos_ in ("PROPN", "NOUN") and not after_second_partner(tok, c):
            others += persons_in_phrase(ctx, c, prior)  # list items the parser hung on the verb
    others += _delegation_leaders(ctx, tok) + stray_partners(ctx, tok, persons_in_phrase)  # "talks mediated by X"
    others += agent_tail(ctx, tok, persons_in_phrase)  # "The talks, attended by A, B and C, ended"
    others += name_pair(ctx, tok) + colon_listed(ctx, tok)  # "met the four leaders: A, B, C and D"
    subjects = subjects or partner_owner(ctx, tok, others)  # "X arrived. The talks with Y focused on trade"
    return dedupe(subjects), [e for e in dedupe(others) if e not in subjects]


def name_pair(ctx: Context, tok: Token) -> list[int]:
    """"the Brandt–Costa talks": a noun trigger whose compound modifiers are two or more surnames joined by a dash
    has the persons the article names by those surnames (each the last word of exactly one person's name) as sides."""
    names = [t for c in tok.children if c.dep_ == "compound" and c.i < tok.i for t in c.subtree if t.pos_ == "PROPN"]
    if tok.pos_ != "NOUN" or len(names) < 2 or not any(t.text in ("-", "–", "—") for t in tok.doc[names[0].i:tok.i]):
        return []
    found = [[e.index for e in ctx.entities if e.tokens and e.tokens[-1] == n.lower_] for n in names]
    return dedupe([e[0] for e in found if len(e) == 1]) if all(len(e) == 1 for e in found) else []


def _described_person(tok: Token, head: Token) -> list[Token]:
    """"X, speaking alongside Y at a news conference, said": a participle clause that describes a name (``acl``)
    has that person as its subject."""
    node = tok
    while node.head.i not in (head.i, node.i):
        node = node.head
    return [head] if head.pos_ == "PROPN" and head.i != tok.i and node.dep_ == "acl" and node.tag_ == "VBG" else []


def _between(tok: Token) -> bool:
    """A noun trigger whose "between" phrase names its sides: "X met Y to follow up on the summit between A and B"
    (X takes no part in that summit)."""
    return tok.pos_ in ("NOUN", "PROPN") and any(c.dep_ == "prep" and c.lower_ == "between" for c in tok.children)


def antecedents(ctx: Context, tok: Token) -> list[int]:
    """Whom a group anaphor ("the two leaders", "they") of a trigger with no event before it refers to: the two
    persons named in the trigger's sentence before it ("X told Y … when they met"), else, with none named there,
    in the sentence before ("X and Y declared a truce. The two leaders made the announcement at a summit"), also
    when its own sentence names only one of them ("The ceremony at Y's office capped talks between the two leaders");
    nobody unless exactly two. The trigger's own subject is none of them ("X and Y arrived. Z met the two leaders");
    "their" with one person named before counts the subject of the verb above ("Y arrived. During their talks, X
    said …": X and Y)."""
    if not _refers_back(tok):
        return []
    sent, verb = tok.sent, governing_verb(tok)
    own = {e for v in ({tok} if _their(tok) else {tok, verb}) for c in v.children
           if c.dep_ in lexicon.words("subject-deps") for e in persons_in_phrase(ctx, c)}
    found = [e for e in _named_between(ctx, sent.start, tok.i) if e not in own]
    if len(found) < 2 and sent.start > 0:  # none, or one of the two: "… at Y's office capped talks between the two"
        earlier = [e for e in _named_before(ctx, sent.start, _subject_pronoun(tok)) if e not in own]
        found = earlier if all(e in earlier for e in found) and not (_their(tok) and found) else found
    if _their(tok) and len(found) == 1:  # "At the end of their talks, X said": X and the one person named before
        found = dedupe(found + [e for c in verb.children if c.dep_ in lexicon.words("subject-deps")
                                for e in persons_in_phrase(ctx, c)])
    return found if len(found) == 2 else []


def _their(tok: Token) -> bool:
    """A noun trigger whose own possessive is a group anaphor ("X accused Y of lying during their meeting"): the
    subject of the verb above it is one of the group, not a side of its own."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.lower_ in lexicon.words("anaphoric-pronouns")
                                      for c in tok.children)


def _named_owner(ctx: Context, tok: Token) -> bool:
    """A noun trigger owned by a named person ("X condemned Y's meeting with Z"): its sides are its owner and its
    partners, not the subject of the verb above it."""
    return tok.pos_ == "NOUN" and any(c.dep_ == "poss" and c.pos_ == "PROPN" and ctx.persons_of(c)
                                      for c in tok.children)


def _refers_back(tok: Token) -> bool:
    """Whether a side of the trigger is a group anaphor: its subject ("they met", "the two leaders made the
    announcement at a summit"), its possessive ("their meeting"), its object itself ("Z met the two leaders") or its
    partner ("talks between the two leaders"); not a possessive elsewhere ("X meets their needs")."""
    return bool(_anaphors(tok))


def _subject_pronoun(tok: Token) -> bool:
    """Whether the trigger's group anaphors are all subject pronouns ("they"; not "their", nor a noun that counts
    them), which stand for the subject of a sentence before."""
    return all(t.pos_ == "PRON" and t.dep_ in lexicon.words("subject-deps") for t in _anaphors(tok))


def _anaphors(tok: Token) -> list[Token]:
    """The group anaphors among the trigger's sides (:func:`_refers_back`)."""
    words = lexicon.words("anaphoric-pronouns") | lexicon.words("anaphoric-nouns")
    marks = rule_marks(tok.doc)
    verb = governing_verb(tok)
    objects = [c for c in tok.children if c.dep_ == "dobj" and (c.lower_ in words or the_pair(c))]
    if objects:  # the object itself
        return objects
    sides = [c for v in {tok, verb} for c in v.children if c.dep_ in lexicon.words("subject-deps")]
    sides += [c for c in tok.children if c.dep_ == "poss" or marks.has("participant-prep", c.i)]
    return [t for s in sides for t in phrase(s)
            if (t.lower_ in words or the_pair(t)) and (t.dep_ != "poss" or t.head.i == tok.i)]


def _named_between(ctx: Context, start: int, end: int) -> list[int]:
    return dedupe([e for m in ctx.mentions if start <= m.start < end for e in m.entities])


def _named_before(ctx: Context, start: int, pronoun: bool = False) -> list[int]:
    """The persons named in the sentence before the one at ``start``; past sentences that name nobody (at most
    ``ANAPHOR_GAP`` of them: "X and Y agreed … The two presidents signed a pact. It commits … Their talks …"), but
    for a subject pronoun not past one whose subject is another group ("X spoke of Y. The sailors cheered. After this
    meeting they are free": :func:`kg.extract.groups.group_subject`)."""
    for _ in range(ANAPHOR_GAP + 1):
        if start <= 0:
            return []
        begin = ctx.doc[start - 1].sent.start
        found = _named_between(ctx, begin, start)
        if found or (pronoun and group_subject(ctx.doc[start - 1].sent)):
            return found
        start = begin
    return []


def _nearest_before(ctx: Context, verb: Token) -> list[int]:
    """The person named last before a finite main verb in its sentence."""
    for tok in reversed(verb.doc[verb.sent.start:verb.i]):
        if ctx.persons_at(tok) and tok.pos_ == "PROPN":
            return ctx.persons_at(tok)[:1]
    return []


def governing_verb(tok: Token) -> Token:
    """The verb whose subject a noun trigger or a subject-less verb inherits."""
    head = tok
    while head.dep_ in ("xcomp", "conj", "advcl", "dobj", "pobj", "prep", "acl", "pcomp", "attr") \
            and not any(c.dep_ in lexicon.words("subject-deps") for c in head.children) and head.head.i != head.i:
        head = head.head
    return head


def persons_in_phrase(ctx: Context, head: Token, prior: Sequence[int] = ()) -> list[int]:
    """Persons named anywhere in a noun or prepositional phrase (lists, appositions), not in its clauses
    nor in modifiers of things ("the Biden-Harris Administration"); groups and group anaphors included."""
    out: list[int] = []
    for tok in phrase(head):
        if nonparticipants.adds_no_one(ctx, tok) or nonparticipants.names_no_participant(ctx, tok):
            continue  # nor by a title: "X, the prime minister's adviser" (kg.extract.nonparticipants.served)
        found = ctx.persons_at(tok)
        found = found or group_members(ctx, tok) or _anaphor(tok, prior) or _earlier_subjects(ctx, tok, prior) \
            or _list_tail(ctx, tok)
        found = found or _titled(ctx, tok) or title_holders(ctx, tok) or _relative_antecedent(ctx, tok) \
            or _suffix_owner(ctx, tok) or described_side(ctx, tok)
        found = found + _companions(ctx, tok) + _delegation_leaders(ctx, tok) + \
            included_members(ctx, tok, persons_in_phrase)  # "a group that included A and B"
        out += [e for e in found if e not in out]
    return out + [e for e in second_partner_tail(ctx, head, persons_in_phrase) if e not in out]


def _suffix_owner(ctx: Context, tok: Token) -> list[int]:
    """A generation suffix the parser took for the head of its phrase ("Joseph R. Biden, Jr. dropped by": "Jr." the
    subject, the name hung apart): the person named just before its comma (``junior-suffixes``, ``senior-suffixes``)."""
    suffix = generation(tok.text) is not None
    return ctx.persons_at(tok.doc[tok.i - 2]) if suffix and tok.i > 1 and tok.doc[tok.i - 1].text == "," else []


def _relative_antecedent(ctx: Context, tok: Token) -> list[int]:
    """"X and Y, who met on Sunday", "Abbas, whom X received": a relative pronoun of a relative clause stands for
    the persons of the phrase the clause describes (from its first conjunct, so both of "X and Y, who")."""
    if tok.lower_ not in lexicon.words("relative-pronouns") or tok.pos_ != "PRON":
        return []
    if tok.head.dep_ != "relcl":  # a clause the parser broke: the name just before ", who"
        return ctx.persons_at(tok.doc[tok.i - 2]) if tok.i > 1 and tok.doc[tok.i - 1].text == "," else []
    head = tok.head.head
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return persons_in_phrase(ctx, head) or _among_subjects(ctx, head)


def _among_subjects(ctx: Context, head: Token) -> list[int]:
    """"X and Y were among those who attended the summit", "X was among the leaders who met Z": the clause
    describes a set the subject of "be among" belongs to, so its relative pronoun stands for that subject."""
    prep = head.head
    if head.dep_ != "pobj" or prep.lower_ != "among" or prep.head.lemma_ != "be":
        return []
    return [e for c in prep.head.children if c.dep_ in ("nsubj", "nsubjpass") for e in persons_in_phrase(ctx, c)]




def mediators(ctx: Context, tok: Token) -> list[int]:
    """The mediators of talks ("talks mediated by X", "negotiations brokered by Y"), not a delegation's leader."""
    return _delegation_leaders(ctx, tok) if tok.pos_ == "NOUN" else []










def _delegation_leaders(ctx: Context, tok: Token) -> list[int]:
    """"talks with a delegation led by X", "talks mediated by Y": the leader of a delegation or the mediator
    of talks (``delegation-leader`` mark) takes part; so does the mediator named in the talks' own clause ("Z
    mediated the talks between A and B", "the talks … were mediated by Z": ``mediator-subject`` mark)."""
    marks = rule_marks(tok.doc)
    light = tok.dep_ in lexicon.words("light-object-deps")  # "Z mediated the talks", "the talks were mediated by Z"
    own = [s for s in tok.head.children if marks.has("mediator-subject", s.i)] if light else []
    return [e for c in tok.children if c.dep_ == "acl" for a in c.children if marks.has("delegation-leader", a.i)
            for e in persons_in_phrase(ctx, a)] + [e for s in own for e in persons_in_phrase(ctx, s)] + \
        _clause_mediators(ctx, tok)


def _clause_mediators(ctx: Context, tok: Token) -> list[int]:
    """"The deal was reached after talks between the two rivals, mediated by X and attended by Y": the agents of
    participles the parser hangs on the clause of a noun trigger, after it (``clause-mediator`` mark), take part."""
    marked = rule_marks(tok.doc).tokens.get("clause-mediator", []) if tok.pos_ == "NOUN" else []
    out = []
    for i in marked:
        verb = tok.doc[i].head
        while verb.dep_ == "conj":
            verb = verb.head
        if verb.i > tok.i and verb.head.is_ancestor(tok):
            out += persons_in_phrase(ctx, tok.doc[i])
    return out


def _companions(ctx: Context, tok: Token) -> list[int]:
    """"X, accompanied by A and B, met Y", "X, joined by A": the companions take part with X."""
    if not ctx.persons_at(tok):
        return []
    return [e for c in tok.children if c.dep_ == "acl" and c.lemma_.lower() in lexicon.words("companion-verbs")
            for a in c.children if a.dep_ == "agent" for e in persons_in_phrase(ctx, a)]


def roster_persons(ctx: Context, start: int, end: int) -> list[int]:
    """The persons named in a participant list (``doc[start:end]``, :mod:`kg.extract.rosters`): named mentions
    only, not "the President" in "Assistant to the President"."""
    return dedupe([e for m in ctx.mentions if m.kind == "name" and start <= m.start < end for e in m.entities])


def group_word(tok: Token) -> bool:
    """"G20 Leaders", "the Quad leaders": a group of states whose leaders the text need not name."""
    if tok.lower_ not in lexicon.words("group-nouns"):
        return False
    table = lexicon.simple_table("group_members.tsv", "id")
    return any(fold(code) in table for code in polities_in(phrase(tok)))






def _anaphor(tok: Token, prior: Sequence[int]) -> list[int]:
    """"the two leaders", "both leaders", "both sides", "they", "their": the participants of the event before."""
    if not prior:
        return []
    pronoun = tok.lower_ in lexicon.words("anaphoric-pronouns") and tok.pos_ == "PRON"
    if pronoun or tok.lower_ == "both" and tok.dep_ in lexicon.words("subject-deps") or bare_number(tok) or \
            the_pair(tok):
        return list(prior)
    if tok.lower_ not in lexicon.words("anaphoric-nouns") or _restricted(tok):
        return []
    words = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "preconj")}
    return list(prior) if words & lexicon.words("group-numbers") or uncounted_group(tok) else []


def uncounted_group(tok: Token) -> bool:
    """"the leaders", "the ministers": a ``uncounted-group-nouns`` word with "the", no number and no modifier that
    names other persons (:func:`_restricted`: not "the Kenyan ministers")."""
    words = {c.lower_ for c in tok.children if c.dep_ in ("det", "nummod", "predet", "preconj")}
    return tok.lower_ in lexicon.words("uncounted-group-nouns") and "the" in words and \
        not words & lexicon.words("group-numbers") and not _restricted(tok)


def the_pair(tok: Token) -> bool:
    """"The pair held talks", "Z met the duo": a singular ``pair-anaphor-nouns`` word with "the" and nothing it is a
    pair of ("the pair of envoys" names its own members) counts two participants."""
    return tok.lower_ in lexicon.words("pair-anaphor-nouns") and tok.tag_ == "NN" and \
        any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children) and \
        not any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children)


def bare_number(tok: Token) -> bool:
    """"The two met on Monday": a ``group-numbers`` word with "the" and no noun, as a subject, is a group anaphor."""
    return tok.pos_ == "NUM" and tok.lower_ in lexicon.words("group-numbers") and \
        tok.dep_ in lexicon.words("subject-deps") and any(c.lower_ == "the" for c in tok.children)


def _earlier_subjects(ctx: Context, tok: Token, prior: Sequence[int]) -> list[int]:
    """"X and Y visited Z. They held talks with W": read without the event before (``prior`` empty), a subject "they"
    stands for the persons named in the subject of the sentence before, when there are two or more (the sentence
    may name others too: "…, joined by V")."""
    if prior or tok.lower_ != "they" or tok.pos_ != "PRON" or tok.dep_ not in lexicon.words("subject-deps"):
        return []
    last = next((t for t in reversed(tok.doc[:tok.sent.start]) if not t.is_space), None)
    if last is None:
        return []
    found = [e for c in last.sent.root.children if c.dep_ in lexicon.words("subject-deps")
             for e in persons_in_phrase(ctx, c)]
    return dedupe(found) if len(set(found)) >= 2 else []


def _restricted(tok: Token) -> bool:
    """"the two leaders of X", "the Kenyan leaders": a modifier that names other persons than the participants; not
    a place ("the two leaders at State House"; "hosted the two leaders in Brussels", "met the two leaders on
    Tuesday": a place or date NER names) nor a word of the title ("the two prime ministers")."""
    neutral = lexicon.words("anaphoric-place-preps") | lexicon.words("anaphoric-title-words")
    return any(c.dep_ in ("prep", "amod", "compound", "poss") and c.lower_ not in neutral and not _in_place(c)
               for c in tok.children)


def _in_place(prep: Token) -> bool:
    """"in Brussels", "on Tuesday": an "in" or "on" phrase whose object NER calls a place or a date only places a
    group anaphor."""
    return prep.dep_ == "prep" and prep.lower_ in ("in", "on") and \
        any(p.dep_ == "pobj" and p.ent_type_ in ("GPE", "LOC", "FAC", "DATE", "TIME") for p in prep.children)


def _titled(ctx: Context, tok: Token) -> list[int]:
    """The head of a phrase that is a person's title before the name, where the parser hung the name (and the
    names joined to it) elsewhere: "met with UAE Ambassador to the United States X and Saudi Ambassador … Y"."""
    if tok.pos_ != "PROPN" or tok.dep_ not in ("pobj", "dobj", "conj", "appos"):
        return []
    found = ctx.titled_at(tok)
    names = {t for m in ctx.mentions if m.entities == found and m.kind == "name" for t in range(m.start, m.end)}
    for i in sorted(names):
        for conj in ctx.doc[i].conjuncts:
            found = found + [e for e in ctx.persons_at(conj) or ctx.titled_at(conj) if e not in found]
    return found


def _list_tail(ctx: Context, tok: Token) -> list[int]:
    """A list item the parser split: in "X and High Council Chairman Y of Z", "High Council" is X's conjunct
    and Y hangs elsewhere; the capitalised run from the conjunct reaches Y. So does the run from a "between"
    phrase's dangling "and" whose next name the parser made the verb's subject ("A meeting between X and Y took
    place": ``between-lost-partner``)."""
    lost = rule_marks(tok.doc).has("between-lost-partner", tok.i) and not any(
        c.dep_ == "conj" for c in tok.head.children)
    if not lost and (tok.dep_ != "conj" or tok.pos_ != "PROPN" or ctx.persons_at(tok) or not ctx.persons_at(tok.head)):
        return []
    doc = tok.doc
    for j in range(tok.i + 1, min(len(doc), tok.i + 12)):
        if ctx.persons_at(doc[j]):
            return ctx.persons_at(doc[j])
        if not (doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper() or doc[j].lower_ in ("of", "for", "the")
                or doc[j].tag_ == "POS"):
            return []
    return []


def delegation_side(tok: Token) -> bool:
    """"The delegation (also) met with X": a trigger whose subject is the travelling party named just before
    (``delegation-anaphors`` with "the" or "this", no owner and no "of" phrase: not "Iran's delegation")."""
    verb = governing_verb(tok)
    sides = [c for v in {tok, verb} for c in v.children if c.dep_ in lexicon.words("subject-deps")]
    return any(s.lemma_.lower() in lexicon.words("delegation-anaphors") and
               any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in s.children) and
               not any(c.dep_ in ("poss", "prep") for c in s.children) for s in sides)


def title_holders(ctx: Context, tok: Token) -> list[int]:
    """"The mayors (also met with X)": a plural title of ``plural-title-kinds`` with "the" and no modifier stands
    for the persons the article gives that title, "-elect" holders included (two of them or more)."""
    if tok.tag_ != "NNS" or not any(c.lower_ == "the" for c in tok.children) or \
            any(c.dep_ in ("amod", "nummod", "prep", "compound", "poss") for c in tok.children):
        return []
    title = lexicon.title_index().get(tok.lemma_.lower())
    if title is None or title.kind not in lexicon.words("plural-title-kinds"):
        return []
    role = fold(title.role)
    found = [e.index for e in ctx.entities if any(fold(r).startswith(role) for r, _, _, _ in e.roles())]
    return found if len(found) >= 2 else []


def dedupe(items: list[int]) -> list[int]:
    return list(dict.fromkeys(items))


def with_partners(ctx: Context, tok: Token) -> list[int]:
    """Persons in a trigger's "with/between" phrases, or in a "with" phrase the parser hung inside its object
    ("discussed the border with President X", "discussed issues affecting the deployment with X")."""
    marks = rule_marks(tok.doc)
    preps = [c for c in tok.children if marks.has("participant-prep", c.i)]
    preps += [p for o in tok.children if o.dep_ == "dobj" and not ctx.persons_at(o) for p in o.subtree
              if p.dep_ == "prep" and p.lower_ == "with"]
    return [e for c in preps for e in persons_in_phrase(ctx, c)]


def discussed_with(ctx: Context, tok: Token, row: dict, subjects: list[int], others: list[int]) -> list[int]:
    """The other side of a trigger whose row wants two subjects ("X and Y discussed Z"): with fewer, the persons
    of its "with" phrases ("X discussed Z with Y"), never persons its object names ("X discussed Y's plan"); the
    agent of a passive is its subject ("the treaty was signed by X and Y")."""
    agents = [e for c in tok.children if c.dep_ == "agent" for e in persons_in_phrase(ctx, c)]
    if not row.get("subjects") or len(dedupe(subjects + agents)) >= int(row["subjects"]):
        return others
    return [e for e in dedupe(with_partners(ctx, tok)) if e not in subjects]

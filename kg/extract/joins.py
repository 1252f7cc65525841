"""How a trigger's persons join an event already drafted rather than open one (:mod:`kg.extract.events`): a
later roster joins the article's first, "X joined the talks" or "He was joined by A" the event just before, and
"the delegation" stands for the travelling party named just before."""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.event_facts import Draft
from kg.extract.participants import dedupe, delegation_side
from kg.extract.rulematch import rule_marks
from kg.extract.sentences import sentence_number
from kg.extract.triggers import is_future, meeting_row


def joins_earlier(tok: Token, row: dict, drafts: list[Draft], subjects: list[int], people_: list[int],
                   event: str | None) -> bool:
    """Whether the trigger only adds its persons to an event before (and adds them): a later roster joins the
    article's first one ("Panelists included A and B. … Speakers at the second session included C and D"), a
    "join" trigger the event just before it."""
    if row.get("only_mark") == "signed-too":  # "C also signed": it joins a signing before, or nothing
        if drafts and event is None and recent(drafts[-1], tok) and signed_with(tok, drafts[-1]) and joins_unsaid(tok):
            drafts[-1].participants = dedupe(drafts[-1].participants + people_)
        return True
    first = first_roster(drafts) if row.get("only_mark") == "roster" else None
    if first is not None:
        first.participants = dedupe(first.participants + people_)
        return True
    prior = drafts[-1] if drafts else None
    if prior is not None and event is None and signed_at_gathering(tok, prior):
        prior.participants = dedupe(prior.participants + people_)
        return True
    if (row["kind"] == "join" or seated_also(tok)) and prior is not None and event is None and not is_future(tok) and \
            (_joins_prior(tok, prior, subjects, people_) or row.get("only_mark") == "roster" and recent(prior, tok)):
        prior.participants = dedupe(prior.participants + (people_ if recent(prior, tok) else subjects))
        earlier = drafts[-2] if len(drafts) >= 2 and both_gatherings(tok) else None
        if earlier is not None and earlier.kind not in ("intent", "call", "contest"):
            earlier.participants = dedupe(earlier.participants + (people_ if recent(prior, tok) else subjects))
        return True
    return False


def both_gatherings(tok: Token) -> bool:
    """"X took part in both meetings", "Y attended both sessions": a join verb whose gathering object counts two
    (a ``both-determiners`` word) joins the two events before, not only the last."""
    words = lexicon.event_nouns("event_word")
    return any((o.lemma_.lower() in words or o.lower_ in words) and
               any(c.dep_ in ("det", "predet") and c.lower_ in lexicon.words("both-determiners") for c in o.children)
               for o in _objects(tok))


def signed_with(tok: Token, prior: Draft) -> bool:
    """Whether a signer added with "also" and nothing signed named (``signed-too``, row ``m-sign-too``: "D also
    signed") took part in the event before: the text, from that event's sentence to his, tells an accord signed (a
    ``signing`` mark) and refers back to it as an occasion (a ``signing-occasion-nouns`` word with a
    ``back-reference-words`` determiner: "A and B signed the memorandum. The ceremony, at a hotel, was brokered by
    C. D also signed"); "A and B signed an accord. D also signed" (he may have signed apart) and "A and B held talks.
    The ceremony for the fallen … D also signed" tell no signing he took part in."""
    marks, span = rule_marks(tok.doc), range(prior.sent.start, tok.i)
    nouns, back = lexicon.words("signing-occasion-nouns"), lexicon.words("back-reference-words")
    return any(marks.has("signing", i) for i in span) and any(
        t.lemma_.lower() in nouns and any(c.dep_ in ("det", "poss") and c.lower_ in back for c in t.children)
        for t in tok.doc[span.start:span.stop])


def signed_at_gathering(tok: Token, prior: Draft) -> bool:
    """"The conference was attended by A and B. The treaty was signed by C and D": an accord signed in the passive
    (``signed-accord-passive``), its subject definite (``signed-accord-determiners``), in the sentence right after
    one that reports a gathering attended (an ``attend`` row), was signed there: its signers join that gathering."""
    definite = lexicon.words("signed-accord-determiners")
    return rule_marks(tok.doc).rule("signing", tok.i) == "signed-accord-passive" and \
        prior.row.get("lemma") == "attend" and sentence_number(tok) - sentence_number(prior.sent) == 1 and \
        any(c.dep_ == "nsubjpass" and any(d.dep_ == "det" and d.lower_ in definite for d in c.children)
            for c in tok.children)


def lone_join(tok: Token, row: dict, event: str | None) -> bool:
    """Whether a join verb (``lone-join-lemmas``) that joins no event before has no gathering to join, neither its
    own nor one named in its sentence or the one before: "X was joined by Y at the finish line", "crossed the floor
    to join Y" report no meeting ("X joined Y for talks", "… held its meeting. X was joined by Y" do)."""
    if row["lemma"] not in lexicon.words("lone-join-lemmas") or event is not None or _joins_event(tok):
        return False
    sent = tok.sent
    start = tok.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    words = lexicon.event_nouns("event_word")
    return not any(t.lemma_.lower() in words or t.lower_ in words for t in tok.doc[start:sent.end])


def members_alone(tok: Token, drafts: list[Draft]) -> bool:
    """Whether "The delegation included A and B" (``roster-included-delegation``) has no event just before for its
    members to join: a list of a delegation's members is no meeting of its own."""
    if rule_marks(tok.doc).rule("roster", tok.i) != "roster-included-delegation":
        return False
    return not (drafts and drafts[-1].kind not in ("intent", "call", "contest") and recent(drafts[-1], tok))


def travelling_party(drafts: list[Draft], tok: Token) -> list[int]:
    """Whom "the delegation" as a trigger's subject stands for: the visitors of the last visit, or the persons of
    the last "accompanied by" or "joined by", at most two sentences before (not a visit's host)."""
    last = next((d for d in reversed(drafts) if d.kind in ("visit", "join")), None)
    if last is None or not recent(last, tok) or not delegation_side(tok):
        return []
    return [p for p in last.participants if p != last.host]


def first_roster(drafts: list[Draft]) -> Draft | None:
    """The article's first roster in prose ("Participants included A and B"): a later one ("Speakers at the
    second session included C and D") lists more participants of the same gathering."""
    return next((d for d in drafts if d.row.get("only_mark") == "roster" and d.kind != "intent"), None)


def recent(prior: Draft, tok: Token) -> bool:
    """Whether ``tok`` is at most two sentences after the sentence of the event before."""
    later = sentence_number(tok) - sentence_number(prior.sent)  # sentences after it
    return prior.sent.start <= tok.i and 1 + later <= 3


def _joins_prior(tok: Token, prior: Draft, subjects: list[int], people_: list[int]) -> bool:
    """"X joined the talks" (any time after), "He was joined by A and B", "A accompanied the President"
    (a participant of the event just before is named in the clause)."""
    return bool(subjects) and (_joins_event(tok) or _joins_meal(tok, prior) or
                               recent(prior, tok) and joins_unsaid(tok)) or \
        recent(prior, tok) and (bool(set(people_) & set(prior.participants)) or
                                bool(people_) and (_attended_back(tok, prior) or _session_after(tok, prior)))


def _joins_event(tok: Token) -> bool:
    """"X joined the talks", "X took part in the meeting": X joins the event described just before."""
    objs = _objects(tok)
    objs += [p for o in list(objs) for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
             for p in c.children if p.dep_ == "pobj"]  # "joined the beginning of the meeting"
    words = lexicon.event_nouns("event_word")
    return any((o.lemma_.lower() in words or o.lower_ in words) and not own_gathering(o) for o in objs)


def own_gathering(noun: Token) -> bool:
    """"the summit of the Shanghai Cooperation Organisation", "a conference of the African Union": a gathering
    noun that an "of" phrase gives a body's proper name is a gathering of its own, not the talks told just before."""
    return any(c.dep_ == "prep" and c.lower_ == "of" and any(p.dep_ == "pobj" and p.pos_ == "PROPN" for p in c.children)
               for c in noun.children)


def _joins_meal(tok: Token, prior: Draft) -> bool:
    """"X hosted a dinner for A and B. … C also attended the dinner": a join verb whose object is a meal
    (``meal-gatherings``) that the sentence of the event before names joins that event (any time after)."""
    meals = lexicon.words("meal-gatherings")
    said = {t.lemma_.lower() for t in prior.sent if t.pos_ == "NOUN"}
    return not is_future(tok) and any(o.lemma_.lower() in meals and o.lemma_.lower() in said for o in _objects(tok))


def _objects(tok: Token) -> list[Token]:
    """A join verb's direct objects and the objects of its prepositions ("joined the talks", "took part in the
    meeting", "attended the dinner")."""
    return [c for c in tok.children if c.dep_ == "dobj"] + \
        [p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"]


def _attended_back(tok: Token, prior: Draft) -> bool:
    """"A met B. The talks were also attended by C", "That meeting, attended by C, focused on X": a join verb whose
    passive subject (or a subject beside a "by" agent: the parser reads "The meeting, also attended by C, …" as
    active; a verb it is joined to: "The meeting was hosted by C and attended by D"), or the noun its participle
    describes, refers back to a gathering (an event word with a ``back-reference-words`` determiner) adds its agents
    to the event just before; so does "the ceremony" or "the signing" (``signing-occasion-nouns``) after an event
    the text tells at a signing ("A and B shook hands after the signing. The ceremony was attended by C":
    ``_signing_back``)."""
    words, back = lexicon.event_nouns("event_word"), lexicon.words("back-reference-words")
    agent = any(c.dep_ == "agent" for c in tok.children)  # "The meeting, also attended by C, …" read as active
    verbs = [tok, tok.head] if tok.dep_ == "conj" else [tok]  # "The meeting was hosted by C and attended by D"
    nouns = [c for v in verbs for c in v.children if c.dep_ == "nsubjpass" or c.dep_ == "nsubj" and agent] + \
        ([tok.head] if tok.dep_ == "acl" else [])
    return any((c.lemma_.lower() in words or c.lower_ in words or _signing_back(c, prior)) and
               any(d.dep_ in ("det", "poss") and d.lower_ in back for d in c.children) for c in nouns)


def _signing_back(noun: Token, prior: Draft) -> bool:
    """A ``signing-occasion-nouns`` word after an event whose sentence, or the text from it on, tells an accord
    signed (a ``signing`` mark) or names a signing ("shook hands after the signing"); not "The ceremony for the
    fallen" after talks with no signing."""
    if noun.lemma_.lower() not in lexicon.words("signing-occasion-nouns"):
        return False
    marks = rule_marks(noun.doc)
    return any(marks.has("signing", i) or t.lemma_.lower() == "signing" or t.lemma_ == "sign" and t.pos_ == "VERB"
               for i, t in enumerate(noun.doc[prior.sent.start:noun.i], prior.sent.start))


def _session_after(tok: Token, prior: Draft) -> bool:
    """"The two leaders met privately before a larger session attended by A and B": a gathering or meal noun
    (``attended-gatherings``, ``meal-gatherings``) that a join participle describes, in a "before"/"after" phrase
    (``session-sequence-preps``) of a meeting verb in the sentence of the event just before (or in the last one that
    refers back to it), is that event's next part: its agents join it (not "spoke before a rally attended by C")."""
    noun, prep = tok.head, tok.head.head
    words = lexicon.words("attended-gatherings") | lexicon.words("meal-gatherings")
    if tok.dep_ != "acl" or noun.dep_ != "pobj" or noun.lemma_.lower() not in words or \
            prep.dep_ != "prep" or prep.lower_ not in lexicon.words("session-sequence-preps"):
        return False
    said = {prior.sent.start} | ({prior.seen.start} if prior.seen is not None else set())
    row = meeting_row(prep.head)
    return row is not None and row["kind"] == "meeting" and prep.head.sent.start in said


def joins_unsaid(tok: Token) -> bool:
    """"X met Y. Z also attended", "Z took part too": a join verb in the active main clause, or in a relative clause
    of a person with "also" (``join-also-adverbs``: "…, according to Z, who also took part"; not "Z, who attended,
    spoke": a clause about Z), with nothing it joins but the word its row wants ("part") or a role or seat ("as an
    observer"), joins the event just before (not "Z will also attend", nor "the conference, which was attended by
    Z": a passive names what was attended)."""
    wanted = lexicon.simple_table("meeting_verbs.tsv", "lemma")[tok.lemma_.lower()].get("object")
    objects = [c for c in tok.children if c.dep_ in lexicon.words("joined-object-deps") and c.lower_ != wanted and
               not _role_or_seat(c)]
    clause = tok.dep_ in ("ROOT", "conj") or tok.dep_ == "relcl" and any(
        c.dep_ == "nsubj" and c.lower_ in lexicon.words("relative-pronouns") for c in tok.children) and any(
        c.dep_ == "advmod" and c.lower_ in lexicon.words("join-also-adverbs") for c in tok.children)
    return tok.pos_ == "VERB" and clause and not objects and not is_future(tok)


def seated_also(tok: Token) -> bool:
    """"A met B. C and D also sat at the table": a meeting verb with "also" (``join-also-adverbs``), a seat at the
    gathering's table (:func:`_role_or_seat`) and no partner of its own joins the event before, as "attended" does."""
    preps = [c for c in tok.children if c.dep_ == "prep"]
    return tok.pos_ == "VERB" and any(c.dep_ == "advmod" and c.lower_ in lexicon.words("join-also-adverbs")
                                      for c in tok.children) and \
        any(_role_or_seat(p) and p.lower_ in ("at", "around") for p in preps) and \
        not any(p.lower_ in ("with", "opposite", "across") for p in preps)


def _role_or_seat(prep: Token) -> bool:
    """A preposition of a join verb that says in what role or where at the gathering, not what it joins: "Z attended
    as an observer" (``joined-role-preps``), "A and B also sat at the table" (``attending-table-nouns``)."""
    tables = lexicon.words("attending-table-nouns")
    return prep.dep_ == "prep" and (prep.lower_ in lexicon.words("joined-role-preps") or prep.lower_ in ("at", "around")
                                    and any(p.dep_ == "pobj" and p.lemma_.lower() in tables for p in prep.children))


def report_gathering_roster(draft: Draft) -> bool:
    """A list of those at the report's gathering: a roster sentence (its root is the trigger, the ``attend`` row)
    that names the gathering by a definite summit noun ("The co-hosts of the event were A and B", "C and D
    were among those attending the summit"); all such lists of an article are one event."""
    return draft.trigger == draft.sent.root.i and draft.row.get("lemma") == "attend" and names_gathering(draft.sent)


def names_gathering(sent) -> bool:
    """Whether a sentence names the report's gathering by a definite summit noun ("the summit", "this event")."""
    nouns = lexicon.words("summit-nouns") | lexicon.words("hosted-gatherings")
    return any(t.lemma_.lower() in nouns and any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in t.children)
               for t in sent)

"""Which event a topic cue speaks about: the event named or triggered in the cue's sentence, else the one its
subject takes part in, else the article's main event (:func:`kg.extract.topics.find_topics` asks
:func:`event_for`); talks that name no participant take topics only from what says what they were about."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence

from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.context import Context
from kg.extract.sentences import sentence_number
from kg.extract.sourcekind import READOUTS, source_kind
from kg.extract.topicfilter import describing_clause
from kg.extract.topicnouns import (
    acl_subject,
    agent_topic,
    copula_cue,
    lead_sentences,
    meeting_noun,
    meeting_or_trip_nouns,
    meeting_subject,
    passive_subject,
    subject_cue,
    talk_noun,
    trip_subject,
    trip_word,
)
from kg.extract.triggers import meeting_row
from kg.extract.visits import VISIT_RULE
from kg.lexicon import fold
from kg.model import Article, EventFact

REACH_SENTENCES = 15  # how many sentences from a meeting's mentions a sentence that names none may tell its topics
AGENDA_LOOKBACK = 3  # how many sentences back "X was also on the agenda" (or "also discussed") finds the meeting named


def broad_cue() -> dict:
    """The ``topic_cues.tsv`` row for any verb whose subject is a participant (lemma ``*``)."""
    return lexicon.simple_table("topic_cues.tsv", "lemma")["*"]


def passive_topic(tok: Token) -> Token | None:
    """The passive subject of a verb when it is a thing ("Trade was also discussed"), not who acts ("The two
    countries are agreed that …": a group word, a person, a country or a people, but a country does come up: "Taiwan
    came up during the talks"; nor a meeting noun)."""
    subject, group = passive_subject(tok), lexicon.words("topic-group-subjects")
    cued = subject is None and subject_cue(tok)
    if cued:  # "X came up during the talks", "with X dominating the agenda"
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None) or acl_subject(tok)
    who = ("PERSON",) if cued else ("PERSON", "GPE", "NORP")
    if subject is None or subject.ent_type_ in who or talk_noun(subject) or agent_topic(tok):
        return None  # "The talks were aimed at X", "the visit was dominated by Y": the meeting, not its topic
    return None if any(t.lower_ in group for t in subject.subtree) else subject


def polity_subject(subject: Token, own: set[str]) -> bool:
    """"The United States and Israel agreed …": the participants' countries speak for them."""
    for t in (subject, *subject.conjuncts):
        name = " ".join(w.text for w in t.subtree if w.i <= t.i and w.dep_ in ("compound", "det") or w.i == t.i)
        if lexicon.lookup_polity(name) in own:
            return True
        national = lexicon.words("national-deps")
        if t.tag_ == "NNS" and any(lexicon.lookup_polity(m.text) in own for m in t.lefts if m.dep_ in national):
            return True  # "the U.S. co-chairs", "Israeli officials"
        if t.lemma_.lower() in lexicon.words("counterpart-nouns") and _of_own_polity(t, own):
            return True  # "The Government of Ukraine and …", "the delegation of Japan"
    return False


def _of_own_polity(noun: Token, own: set[str]) -> bool:
    """Whether ``noun`` is followed by "of <a participant's country>"."""
    return any(p.lower_ == "of" and lexicon.lookup_polity(" ".join(w.text for w in o.subtree)) in own
               for p in noun.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj")


def events_by_sentence(ctx: Context, events: list[EventFact], anchors: dict[str, list[int]]) -> dict[int, list[str]]:
    """Event ids by the start of each sentence holding one of their anchors, in event order (built once per
    article: asking every cue for every event's anchors was quadratic in the article's length)."""
    out: dict[int, list[str]] = {}
    for event in events:
        for start in dict.fromkeys(ctx.doc[i].sent.start for i in anchors.get(event.id, [])):
            out.setdefault(start, []).append(event.id)
    return out


def event_for(ctx: Context, tok: Token, events: list[EventFact], by_sentence: dict[int, list[str]],
               own: set[str], broad: bool = False, reported: frozenset[str] = frozenset()) -> str | None:
    """The event a topic cue speaks about. A participant-led verb (``broad``) only counts in a sentence that
    reports a meeting: one that names it, or any sentence of an article that reports it from its lead
    (``reported``, see :func:`reported_events`). A person's visit to a place (:mod:`kg.extract.visits`) takes topics
    only from its own sentences ("X made a surprise visit to Iraq, promoting Y"), not from what he did elsewhere."""
    if broad and describing_clause(tok):
        return None  # "the sea, where both countries claim X": what the sea is, not what they did
    in_sentence = by_sentence.get(tok.sent.start, [])
    if in_sentence and (not broad or purpose_talks(tok) is not None):
        return in_sentence[0]  # what the talks named there were about, or held for ("talks to end X")
    if not broad and copula_cue(tok):  # "X was on the agenda", in an article about the meeting or after it
        return main_event([e for e in events if e.id in reported]) or _named_shortly_before(tok, by_sentence)
    subject = subject_of(tok)
    if subject is None:
        return None
    if not broad and trip_subject(subject, tok):  # "The visit focused on X": the meeting, else the visit
        return main_event(_meetings(events)) or main_event(events)
    # a participant's verb beyond the sentences that name the meeting: right after one, or in a whole account
    whole = broad and (_named_before(tok, by_sentence) is not None or whole_account(ctx.article, tok, subject))
    pool = [e for e in events if e.id in in_sentence or e.id in reported and whole] if broad else events
    pool = [e for e in pool if e.id in in_sentence or e.evidence.rule != VISIT_RULE]  # a visit: its own sentences
    persons = {ctx.person(i) for i in ctx.persons_of(subject)}
    mine = attended(persons, pool, in_sentence)
    if mine is not None:
        return mine
    if persons:  # a non-participant's actions are not what the meeting discussed, but he and the group he met did
        return main_event([e for e in _meetings(pool) if e.id in reported]) if with_group(subject) else None
    back = talks_subject(tok) is not None if broad else meeting_subject(subject)  # "The meeting focused on X"
    if persons or back or _group_subject(subject) or polity_subject(subject, own):
        return main_event(_meetings(pool))
    if not broad and (passive_topic(tok) is not None or tok.pos_ == "VERB" and _bare_talks(subject)):
        # "X was also discussed", "Talks centred on X", in an article about the meeting or shortly after it
        return main_event([e for e in events if e.id in reported]) or _named_shortly_before(tok, by_sentence)
    return None


def whole_account(article: Article, tok: Token, subject: Token) -> bool:
    """Whether a participant's verb in a sentence that names no meeting (nor follows one that does), in an article that
    reports the meeting from its lead, tells what the meeting did: in a readout (``readout-sources``), the meeting's
    own account, every sentence does; a news report sets the meeting among other news, so there only what the group
    or the meeting did does ("the two leaders agreed to X", ``topic-group-subjects``; "the meeting may prepare the
    ground for Y"), not one participant's or his country's act in a sentence of background ("Ethiopia completed the
    first filling of the dam last month", "he laid a wreath at the memorial"), unless its sentence speaks of a meeting
    or a visit ("At the meeting, X pushed for Y", "During a visit to Z, X announced W")."""
    return source_kind(article) == READOUTS or _group_subject(subject) or talks_subject(tok) is not None \
        or _meeting_or_trip_sentence(tok.sent)


def _meeting_or_trip_sentence(sent: Span) -> bool:
    """Whether a sentence holds a meeting noun or a trip noun (the Doc's are found once: every cue asks)."""
    found = meeting_or_trip_nouns(sent.doc)
    k = bisect_left(found, sent.start)
    return k < len(found) and found[k] < sent.end


def _named_before(tok: Token, by_sentence: dict[int, list[str]]) -> str | None:
    """The event named in the sentence right before the cue's ("X held talks with Y. Z was also on the agenda")."""
    start = tok.sent.start
    before = by_sentence.get(tok.doc[start - 1].sent.start, []) if start > 0 else []
    return before[0] if before else None


def _named_shortly_before(tok: Token, by_sentence: dict[int, list[str]]) -> str | None:
    """The event named in the last sentence before the cue's that names one, up to ``AGENDA_LOOKBACK`` sentences back
    over sentences that go on telling of the meeting (a meeting noun, or the group as a subject), for what closes an
    account told over several sentences ("X held talks with Y. The talks focused on Z. W was also on the agenda");
    a sentence of other news in between ends the account ("Traders complained about prices")."""
    start = tok.sent.start
    for _ in range(AGENDA_LOOKBACK):
        if start == 0:
            return None
        sent = tok.doc[start - 1].sent
        start = sent.start
        if by_sentence.get(start):
            return by_sentence[start][0]
        subjects = [c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not any(meeting_noun(t) for t in sent) and not any(_group_subject(c) for c in subjects):
            return None
    return None


def out_of_reach(tok: Token, anchors: Sequence[int], in_sentence: Sequence[str], reported: frozenset[str]) -> bool:
    """Whether a cue is too far from the meeting :func:`event_for` gave it to tell its topics: in an article whose
    lead reports no meeting (``reported``), a sentence that names none (``in_sentence``) and lies
    ``REACH_SENTENCES`` or more sentences from every mention of the meeting (``anchors``) tells of something else in
    a long round-up ("Campaign officials expressed concern about X" a page after "Y spoke with Z"), not of what the
    meeting discussed."""
    if reported or in_sentence or not anchors:
        return False
    here = sentence_number(tok)
    return all(abs(sentence_number(tok.doc[i]) - here) >= REACH_SENTENCES for i in anchors)


def _meetings(events: list[EventFact]) -> list[EventFact]:
    """The events but a person's visit to a place (:mod:`kg.extract.visits`): a group or a country speaks for a
    meeting ("the two sides agreed …", "Greek officials stressed …"), not for one person's visit."""
    return [e for e in events if e.evidence.rule != VISIT_RULE]


def attended(persons: set, pool: list[EventFact], in_sentence: Sequence[str] = ()) -> str | None:
    """The event of ``pool`` these persons all took part in: the one named in the sentence, or of just these
    persons, else the largest they all attended; None when there is none."""
    mine = [e for e in pool if persons and persons <= set(e.participants)]
    if not mine:
        return None
    exact = [e.id for e in mine if e.id in in_sentence or persons == set(e.participants)]
    return exact[0] if exact else max(mine, key=lambda e: len(e.participants)).id


def title_participants(ctx: Context, tok: Token, events: list[EventFact]) -> bool:
    """Whether the subject of a verb in the article's title names persons who all took part in one event: the title
    then tells what the meeting did, and its object is a topic even as a bare noun ("Abbas, Sharon declare truce at
    Middle East summit"); not a group ("Hamas, Fatah leaders begin talks to end clashes")."""
    subject = subject_of(tok)
    persons = {ctx.person(i) for i in ctx.persons_of(subject)} if subject is not None else set()
    return bool(persons) and attended(persons, events) is not None


def lead_event(ctx: Context, tok: Token, events: list[EventFact], own: set[str]) -> str | None:
    """The meeting whose news a verb of the article's first full sentence tells (:func:`topicnouns.report_sentence`:
    "X and Y have stated that the deadline for Z is final", "Venezuela will provide heating oil to …"): the event its
    named subjects took part in, or the main event when the subject is a participant's country; not a passive verb,
    whose subject is acted on ("X was indicted on charges of Y"), nor a group word ("scientists across the country"),
    nor a person's visit to a place ("X ended his Middle East tour": the news, not what the visit was about).
    :func:`kg.extract.topics.find_topics` keeps what it gives only for an event no other sentence gives a topic."""
    subject = subject_of(tok)
    if subject is None or any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return None
    persons = {ctx.person(i) for i in ctx.persons_of(subject)}
    if persons:
        return attended(persons, _meetings(events))
    return main_event(_meetings(events)) if polity_subject(subject, own) else None


def discussion_event(ctx: Context, tok: Token, row: dict, events: list[EventFact],
                     reported: frozenset[str]) -> str | None:
    """A discussion verb (``topic-discussion-cues``: "discussed X", "X was discussed") reports a discussion, so in
    a sentence that names no event of the article what it governs is the topic of the article's main event when
    the article reports that event from its lead (``reported``), or of its talks that name no participant when the
    verb says what a meeting in its own sentence was for ("the council met on Friday to discuss X": not a meeting of
    the persons another event names), or of the article's one event when its lead names none and the verb is one of
    ``topic-sole-event-cues`` ("Also discussed was X"); not a named person's discussion outside a meeting."""
    if row["id"] not in lexicon.words("topic-discussion-cues"):
        return None
    talks, subject = purpose_talks(tok), subject_of(tok)
    if talks is not None:
        return main_event([e for e in events if not e.participants])
    if subject is not None and ctx.persons_of(subject) and not with_group(subject):
        return None  # "Senator X discussed Y" with no meeting named: his own words
    if not reported and len(events) == 1 and row["id"] in lexicon.words("topic-sole-event-cues"):
        return events[0].id  # "Also discussed was X" in an article whose one meeting its lead does not name
    return main_event([e for e in events if e.id in reported])


def reported_events(doc, events: list[EventFact], anchors: dict[str, list[int]]) -> frozenset[str]:
    """The events an article reports from its lead: the headline lines and first sentence name them, or
    a headline holds an event noun ("Readout of … Call with …", "Cairo summit denounces …"): every sentence
    of such an article tells what the meeting did; not a person's visit to a place, whose own sentences do."""
    lead, meetings = lead_sentences(doc), _meetings(events)  # a visit's own sentences say what the visitor did there
    ids = {e.id for e in meetings for sent in lead if any(sent.start <= i < sent.end for i in anchors.get(e.id, []))}
    nouns = lexicon.event_nouns("event_word")
    if not ids and any(t.pos_ in ("NOUN", "PROPN") and fold(t.lemma_) in nouns for sent in lead[:-1] for t in sent):
        main = main_event(meetings)
        ids = {main} if main is not None else set()
    return frozenset(ids)


def subject_of(tok: Token) -> Token | None:
    """The subject of a verb or of the verbs above it ("agreed to strengthen X": who agreed)."""
    if _cue_of_talks(tok):
        return tok.head  # "The discussions centred on X", read as a noun phrase: the talks
    node = tok
    for _ in range(4):
        subj = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None) or passive_subject(node)
        antecedent = _relative_antecedent(node, subj)
        if antecedent is not None:
            return antecedent  # "the talks, which focused on X": the talks; "a visit that focused on Y"
        if subj is not None:
            return subj
        if node.head.i == node.i:
            return None
        node = _purpose_owner(node.head)
    return None


def _cue_of_talks(verb: Token) -> bool:
    """A cue verb (a ``topic_cues.tsv`` lemma) that the parser hung as a participle (``acl``, VBN) on a meeting noun:
    "The discussions centred on X", whose verb it took for a reduced relative; the meeting noun is its subject (not
    a participant's verb, lemma ``*``: "the meeting held in Paris")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and talk_noun(verb.head) and \
        verb.lemma_.lower() in lexicon.simple_table("topic_cues.tsv", "lemma")


def _relative_antecedent(node: Token, subj: Token | None) -> Token | None:
    """The meeting or trip noun a relative clause hangs on, when the verb's subject is its relative word ("the talks,
    which focused on X"), also through a verb of saying (``topic-speech-verbs``: "the talks, which officials said
    focused on X"; not "a visit that X hopes will revive Y"; the parser
    may make the relative word that verb's object: "their meeting, which aides said centred on X")."""
    words = lexicon.words("relative-pronouns")
    rel = node.head if node.dep_ in ("ccomp", "xcomp") and node.head.dep_ == "relcl" and \
        node.head.lemma_.lower() in lexicon.words("topic-speech-verbs") else node  # not "a visit that X hopes will …"
    pron = subj if subj is not None and subj.lower_ in words else None
    if pron is None and rel is not node:
        pron = next((c for c in rel.children if c.dep_ == "dobj" and c.lower_ in words), None)
    if pron is not None and rel.dep_ == "relcl" and (meeting_noun(rel.head) or trip_word(rel.head)):
        return rel.head
    return None


def purpose_talks(tok: Token) -> Token | None:
    """The meeting noun (or meeting verb) whose purpose a verb states ("seeking talks with X with a view to
    establishing Y", "held talks in an effort to end Y", "talks to end Y", "hold talks to end Y", "the summit was
    convened to sign Y"): the verb heads a purpose phrase (``purpose-phrase-nouns``), a clause or phrase of the talks,
    or an infinitive clause of the verb that holds them or is a meeting trigger (``meeting_verbs.tsv``); else None."""
    node = tok.head if tok.dep_ == "pcomp" and tok.head.dep_ == "prep" else tok
    if node.dep_ in ("acl", "prep"):
        owner = _purpose_owner(node.head)  # the verb that the purpose phrase hangs on, or the noun the verb is of
    elif tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        owner = tok.head
    else:
        return None
    if meeting_noun(owner):
        return owner  # "talks to end Y"
    talks = next((c for c in owner.children if c.dep_ == "dobj" and meeting_noun(c)), None)
    return talks or (owner if owner.pos_ == "VERB" and meeting_row(owner) is not None else None)  # "met X to end Y"


def _purpose_owner(node: Token) -> Token:
    """The verb a purpose phrase hangs on ("hold talks with X in an effort to end Y", "with a view to establishing
    Y": ``purpose-phrase-nouns``), so that the verb under it has the subject of the talks; else ``node``."""
    prep = node.head
    if node.dep_ == "pobj" and fold(node.lemma_) in lexicon.words("purpose-phrase-nouns") and prep.dep_ == "prep":
        return prep.head
    return node


def _group_subject(subject: Token) -> bool:
    """"The two leaders", "they", "G20 leaders", "the pair": those who took part, as a group (``topic-group-subjects``;
    "the pair", "the duo", ``pair-anaphor-nouns``, with "the": "a pair of reporters" is no one's meeting)."""
    group = lexicon.words("topic-group-subjects")
    pair = subject.lower_ in lexicon.words("pair-anaphor-nouns") and any(c.lower_ == "the" for c in subject.children)
    return pair or subject.lower_ in group or any(t.lower_ in group for t in subject.subtree)


def with_group(subject: Token) -> bool:
    """"The President and this group", "the Minister and her advisers": a person with the unnamed side he met
    (a conjunct of the subject from ``topic-group-subjects``)."""
    return any(c.lower_ in lexicon.words("topic-group-subjects") for c in subject.conjuncts)


def _named_after(subject: Token, name: str | None) -> bool:
    """A proper noun of the subject is a word of the gathering's name ("the G8 members", "NATO leaders")."""
    words = fold(name or "").split()
    return any(t.pos_ == "PROPN" and fold(t.text) in words for t in subject.subtree)


def _bare_talks(subject: Token) -> bool:
    """"Talks centred on X": a gathering noun with no determiner (not "a meeting of farmers")."""
    return meeting_noun(subject) and not any(c.dep_ in ("det", "poss") for c in subject.children)


def talks_subject(tok: Token) -> Token | None:
    """The meeting noun that is the verb's own subject, also through "is expected to" ("the summit may prepare
    the ground for X", "this summit is expected to bring X"; not the verb of a clause inside the subject, "the
    talks, organised by X, took place", nor a verb joined to another, "the summit took place and led to X")."""
    subject = own_subject(tok)
    return subject if meeting_subject(subject) else None


def own_subject(tok: Token) -> Token | None:
    """The verb's own subject, also through "is expected to" (not the subject of a verb it is a clause of)."""
    node = tok
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head
    return next((c for c in node.children if c.dep_ in lexicon.words("subject-deps")), None)


def result_phrases(tok: Token) -> set[int]:
    """Token indices of what a verb says a meeting produced, its phrase of ``talks-result-preps`` ("resulted in
    the passing of X", "led to X", "ended with a call for X"): no setting nor partner of the verb."""
    results = lexicon.words("talks-result-preps")
    return {t.i for c in tok.children if c.dep_ == "prep" and f"{tok.lemma_.lower()} {c.lower_}" in results
            for t in c.subtree}


def talks_objects(tok: Token) -> set[int]:
    """What a verb whose subject is the meeting says it does: the words under its objects ("prepare the ground
    for X") and what it resulted in (``talks-result-preps``: "resulted in the passing of X", "led to X"), not where
    or when ("opens in the port city of Y")."""
    out: set[int] = result_phrases(tok)
    for c in tok.children:
        if c.dep_ == "xcomp":
            out |= talks_objects(c)  # "is expected to bring X"
        elif c.dep_ == "dobj":  # with a phrase the parser hung on the verb right after the object
            after = [p for p in tok.children if p.dep_ == "prep" and p.i == c.right_edge.i + 1]
            out |= {t.i for o in (c, *after) for t in o.subtree}
    return out


def main_event(events: list[EventFact]) -> str | None:
    meetings = [e for e in events if e.kind != "intent"] or events  # else the planned talks the article is about
    if not meetings:
        return None
    return max(meetings, key=lambda e: (e.name is not None, len(e.participants))).id


def about_unnamed(tok: Token, row: dict, in_sentence: list[str], reported: bool = False,
                  name: str | None = None) -> bool:
    """Talks that name no participant were about what a discussion cue (``unnamed-talks-cues``) says in a
    sentence that mentions them ("peace talks aimed at X", "a meeting about X"), or any verb of which they are
    the subject ("the summit may prepare the ground for X"), outside quotations; and about what is on the
    agenda ("the APEC agenda includes X"), anywhere in the article; in an article that reports them from its lead
    (``reported``), also what a cue says the group did ("Leaders discussed X", ``topic-group-subjects``), and
    anywhere what a cue says a group named after the gathering did ("the G8 members expressed concern at X" at
    the G8 summit: the talks' ``name``)."""
    if row.get("kind") in ("verb-agenda", "copula"):
        return True
    subject = own_subject(tok)
    if row is not broad_cue() and subject is not None and _group_subject(subject) and (
            reported or in_sentence or _named_after(subject, name)):
        return True
    talks = talks_subject(tok) is not None or purpose_talks(tok) is not None
    return bool(in_sentence) and (talks or row["id"] in lexicon.words("unnamed-talks-cues"))

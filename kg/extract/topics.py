"""event – discussed – topic.

A topic cue (``topic_cues.tsv``: "discussed X", "a forum to discuss X", "the agenda includes X",
"focused on X", "agreed to strengthen X") yields its object noun phrases, split at conjunctions and
normalised to short phrases; boilerplate heads ("the importance of X", "efforts to X") are looked
through (``topic_stoplist.tsv``). The topic goes to the event named or triggered in the same sentence,
else to the event its subject takes part in, else to the article's main event.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from kg import lexicon
from kg.extract.attendees import SIDES_RULE
from kg.extract.context import Context
from kg.extract.events import title_line
from kg.extract.quotemarks import quote_spans
from kg.extract.rulematch import rule_marks
from kg.extract.sentences import doc_text, sentences
from kg.extract.topiccues import cue, cue_row, cue_tokens
from kg.extract.topicevents import (
    about_unnamed,
    broad_cue,
    discussion_event,
    event_for,
    events_by_sentence,
    lead_event,
    main_event,
    out_of_reach,
    passive_topic,
    reported_events,
    result_phrases,
    subject_of,
    talks_objects,
    talks_subject,
    title_participants,
)
from kg.extract.topicfilter import cue_descriptions, names_event, not_a_subject, partners, relative_descriptions
from kg.extract.topiclists import detached_items
from kg.extract.topicnouns import (
    COMPOUND_ROW,
    about_heads,
    agent_topic,
    compound_topics,
    copula_arguments,
    copula_cue,
    gerund,
    inverted_things,
    kinds_alone,
    manner_infinitive,
    noun_cue,
    other_talks,
    refers_back,
    report_sentence,
    the_talks,
    trip_word,
)
from kg.extract.topicphrase import (
    MAX_WORDS,
    _action,
    _kept_left,
    _text,
    _word,
    in_hyphen_word,
    modifier_items,
    name_alone,
    phrase_span,
    place_after,
    split_inner,
)
from kg.extract.topicskip import skip_parts
from kg.extract.topictitle import TITLE_ROW, title_case, title_topics
from kg.extract.triggers import negated
from kg.lexicon import fold
from kg.model import EventFact, TopicFact


def candidate_heads(tok: Token) -> list[Token]:
    """The noun heads in what a cue verb governs, its own subject excluded: every object, conjunct,
    prepositional object and nested clause object ("discussed efforts to combat X and Y" → efforts, X, Y).
    Generic heads among them are dropped later by :func:`phrase_span`; what they are about is a head of its own."""
    subject = subject_of(tok)
    inside = {t.i for t in tok.subtree}
    skip = {t.i for t in subject.subtree} - stray_items(subject, tok) if subject is not None and subject.i in inside \
        else set()
    thing, row = passive_topic(tok), cue_row(tok)
    if thing is not None and row is not None and row["kind"] != "verb-purpose":
        # "Trade was also discussed", "Also discussed were X, Y": what the passive subject says
        skip = inside - {t.i for a in (thing, *inverted_things(tok)) for t in a.subtree} if thing.i in inside \
            else inside  # "with X dominating the agenda": X, not the clause
    if copula_cue(tok):  # "X was on the agenda": the argument without the topic word
        skip = inside - {t.i for a in copula_arguments(tok) for t in a.subtree}
    skip |= skip_parts(tok, row)
    # "he denounced the crackdown, which included X", "adopted accords with Y": a description, a partner
    skip |= relative_descriptions(tok) | partners(tok) if row is None else cue_descriptions(tok)
    subject_row = row is not None and row["kind"] == "verb-subject" and agent_topic(tok)  # "dominated by X": X
    skip |= set() if subject_row else {t.i for c in tok.children if c.dep_ == "agent" for t in c.subtree}  # who
    if row is None and talks_subject(tok) is not None:  # "the summit may prepare the ground for X"
        skip = (skip | inside - talks_objects(tok)) - result_phrases(tok)  # "the meeting resulted in X"
    marks = rule_marks(tok.doc)
    raised = list(thing.subtree) if thing is not None and thing.i not in inside else []  # "X is expected to be …"
    return [t for t in [*tok.subtree, *raised] if t.i not in skip and t.i != tok.i and t.pos_ in ("NOUN", "PROPN")
            and t.dep_ in lexicon.words("topic-head-deps") and t.ent_type_ not in lexicon.words("not-topic-entities")
            and not marks.has("topic-setting", t.i) and not marks.has("between-party", t.i)]


def stray_items(subject: Token, verb: Token) -> set[int]:
    """Token indices of the items of the verb's object list that the parser hung on its subject as an apposition after
    the verb ("The session focused on public security, the economy and preparations for the election": "economy"
    under "session"); an apposition stands next to its noun, never on the far side of the verb (a subject after its
    verb keeps its own: "announced X, leader of Y")."""
    if subject.i > verb.i:
        return set()
    return {t.i for a in subject.children if a.dep_ == "appos" and a.i > verb.i and a.pos_ == "NOUN"
            for t in a.subtree}


def _bare(tok: Token) -> bool:
    return tok.pos_ == "NOUN" and not any(c.dep_ in lexicon.words("topic-keep-left") | {"prep"} for c in tok.children)


def _pair(head: Token) -> tuple[str, int, int] | None:
    """Two nouns joined by "and", the second bare, stay one topic, the first's modifiers shared:
    "peace and stability", "international rules and norms", "violent extremism and radicalisation"; not when the second
    is a phrase of its own (:func:`_own_phrase`: "cross-border terrorism and the ceasefire"), nor when either is a
    generic head that looks through to its complement ("the right and ability to vote")."""
    conj = list(head.conjuncts)
    if {_action(head), _action(conj[0]) if conj else None} & {"drop", "through", "place"} or len(conj) != 1 \
            or conj[0].i < head.i or not _bare(conj[0]) or _own_phrase(conj[0]) \
            or conj[0].lemma_.lower() == head.lemma_.lower() \
            or head.pos_ != "NOUN" or \
            any(c.dep_ == "prep" for c in head.children) or not any(c.lower_ == "and" for c in head.children):
        return None
    left = _kept_left(head)
    if any(t.dep_ != "amod" for t in left):  # an adjective is shared; "climate finance and trade" are two
        return None
    words, place = [*left, head], place_after(head)  # "peace and stability across the Taiwan Strait"
    text, end = _text(words) + f" and {conj[0].lower_}", conj[0].i + 1
    if place and len(text.split()) + len(place) <= MAX_WORDS:
        text, end = f"{text} {_text(place)}", place[-1].i + 1
    return text, words[0].i, end


def _own_phrase(tok: Token) -> bool:
    """A conjunct with a determiner or a clause of its own is a noun phrase of its own, not a noun sharing the first's
    modifiers: "cross-border terrorism and the ceasefire that has held", "trade and a visa deal"."""
    return any(c.dep_ in ("det", "relcl", "acl") for c in tok.children)


def _shared_head(head: Token) -> tuple[str, int, int] | None:
    """A bare noun, "and", and a bare noun right before the noun that ends the phrase, both nouns read as conjuncts
    of the first, make one topic, the last noun shared: "food and energy security", "trade and investment ties" in a
    list (split, "food" and "energy" lose the head; a compound before the last noun is the parser's other reading,
    left split: "migration and climate change")."""
    doc, i = head.doc, head.i
    if i + 3 >= len(doc) or head.pos_ != "NOUN" or _action(head) in ("drop", "through", "place") or \
            any(c.i < i or c.dep_ == "prep" for c in head.children) or doc[i + 1].lower_ != "and":
        return None
    mid, last = doc[i + 2], doc[i + 3]
    if mid.pos_ != "NOUN" or last.pos_ != "NOUN" or list(mid.children) or mid.lemma_.lower() == head.lemma_.lower() \
            or last.dep_ != "conj" or last.head.i != i or any(c.i < mid.i or c.dep_ == "prep" for c in last.children) \
            or not (mid.dep_ == "conj" and mid.head.i == i) or \
            i + 4 < len(doc) and doc[i + 4].pos_ in ("NOUN", "PROPN"):
        return None
    return _text([head, doc[i + 1], mid, last]), i, i + 4


def _own_countries(ctx: Context, events: list[EventFact]) -> set[str]:
    """Codes of the participants' countries: "the United States" in a US readout is not a topic."""
    persons = {p for e in events for p in e.participants}
    return {c for e in ctx.entities if e.person() in persons for c in e.countries()}


def _candidates(ctx: Context, tok: Token, row: dict, own: set[str], titled: bool = False) -> list[tuple[str, int, int]]:
    about = row["kind"] in ("noun-about", "noun-on", "noun-outcome")  # "talks on X", "a roundtable on X"
    out = [f for f in compound_topics(tok) if not not_a_subject(f[0], tok.doc[f[2] - 1], own)] \
        if row is COMPOUND_ROW and not other_talks(tok, ctx.article.date.year if ctx.article.date else None) else []
    heads = about_heads(tok) if about else candidate_heads(tok)
    detached = detached_items(tok, heads) if row is not broad_cue() else []  # "discussed X, the pullback of Y and Z":
    heads += detached  # items the parser hung above the cue; each one is what the cue governs, a bare noun too
    listed = {d.i for d in detached if not any(d.i != o.i and d in o.subtree for o in detached)}
    for head in heads:
        if split_inner(head) or ctx.persons_at(head):
            continue
        one = case_name(head) or acronym_name(head) or _pair(head) or _shared_head(head) or phrase_span(head)
        items: list[tuple[str, int, int] | None] = [*modifier_items(head)] or [one]
        for found in items:
            if found is None or not_a_subject(found[0], head, own) or the_talks(head) and (
                    row is broad_cue() or any(c.lower_ in lexicon.words("topic-about-preps") for c in head.rights)):
                continue
            g = gerund(head)
            act = g is not None and found[1] == g.i + 1 and len(found[0].split()) < 4
            bare = " " not in found[0] and head.pos_ == "NOUN" or lexicon.lookup_polity(found[0]) is not None
            if row is broad_cue() and (name_alone(ctx.doc[found[1]:found[2]]) or _trip(head, tok) or
                                       any(t.pos_ == "NOUN" and trip_word(t) for t in ctx.doc[found[1]:found[2]])):
                continue  # "he leads the Foro, a group the US sees as …", "He would return to England", "he ended his
                # tour of Asia", "scraps the Australia leg of his trip" (``topic-trip-nouns``): what he is or does
            g, act = (manner_infinitive(head), True) if bare and not act and row is not broad_cue() and \
                manner_infinitive(head) is not None else (g, act)  # "discussed ways to boost trade": "boost trade"
            if bare and not (about or titled or
                             row is not broad_cue() and (act or _direct(tok, head) or _topic_list(head)
                                                         or head.i in listed)):
                continue  # a bare common noun or country name is a topic only as what a discussion verb governs, or
                # as the object of an act it governs ("committed to supporting Ukraine"; not "shaking hands")
            if act and g is not None:
                found = (f"{_word(g)} {found[0]}", g.i, found[2])  # "strengthening democracy"
            out.append(found)
    return out


def _trip(head: Token, verb: Token) -> bool:
    """The noun, or a noun above it under the verb, is a trip ("his tour of the northern provinces")."""
    node = head
    while node.i != verb.i:
        if node.pos_ == "NOUN" and trip_word(node):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _topic_list(head: Token) -> bool:
    """A common noun listed with at least two items that are phrases of their own: "promote democracy, human
    rights, and labor rights" (a list of subjects, so the bare "democracy" is one too)."""
    if head.pos_ != "NOUN" or head.lower_ in lexicon.words("official-group-nouns") or \
            fold(head.lemma_) in lexicon.simple_table("agents.tsv", "id"):
        return False  # "leaders and advocates, housing providers, students": who took part, not what was discussed
    items = [t for t in head.conjuncts if t.pos_ == "NOUN"]
    return len(items) >= 2 and sum(not _bare(t) or any(c.dep_ == "compound" for c in t.children) for t in items) >= 2


def case_name(head: Token) -> tuple[str, int, int] | None:
    """ "Roe v. Wade" as one topic from either of its names (``topic-case-name``); None for other heads."""
    marks, doc = rule_marks(head.doc), head.doc
    start = next((i for i in (head.i, head.i - 2) if i >= 0 and marks.has("case-name", i)), None)
    return None if start is None else (doc[start:start + 3].text, start, start + 3)


def acronym_name(head: Token) -> tuple[str, int, int] | None:
    """A capitalised name that its acronym follows in parentheses (the initials of the name's capitalised words spell
    it), whole, or as the acronym when it is too long for a topic: "the Security and Prosperity Partnership (SPP)",
    "the Organization for Security and Cooperation in Europe (OSCE)" is "OSCE"; the span covers the name, so its
    pieces ("Europe") are no topics of their own."""
    doc, link = head.doc, lexicon.words("topic-name-links")
    start = head.left_edge.i + (head.left_edge.dep_ == "det")
    inside = lambda t: t.text[:1].isupper() or t.lower_ in link or t.text in ("-", "’s", "'s")  # noqa: E731
    if head.pos_ != "PROPN" or not doc[start].text[:1].isupper() or not all(inside(t) for t in doc[start:head.i]):
        return None
    end = head.i
    while end < len(doc) and inside(doc[end]):
        end += 1
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    acronym, words = doc[end + 1].text, [t.text for t in doc[start:end] if t.text[:1].isupper()]
    if not acronym.isupper() or len(acronym) < 3 or "".join(w[0] for w in words) != acronym:
        return None
    name = doc[start:end].text
    return (name if len(name.split()) <= MAX_WORDS else acronym), start, end + 3


def _direct(verb: Token, head: Token) -> bool:
    """Is ``head`` (or the first item of its list) what the verb governs: its object, prepositional
    object, or the complement of a generic object ("stressed the importance of X", "a range of issues,
    including X")?"""
    for _ in range(4):
        while head.dep_ == "conj" and head.head.i != head.i:
            head = head.head
        if head.dep_ == "appos" and head.pos_ == "NOUN" and head.head.dep_ == "dobj" and head.head.head.i == verb.i:
            head = head.head  # "discussed Kashmir, cross-border terrorism and the ceasefire": a list item the parser
            # hung on the object as an apposition
        if head.dep_ == "pobj":
            head = head.head
        if head.head.i == verb.i or head in inverted_things(verb) or object_after_partner(verb, head) or \
                head.dep_ == "appos" and head.head == subject_of(verb) and head.i in stray_items(head.head, verb):
            # "Also discussed were X, …"; "discussed with the Prime Minister our cooperation on X"; "the session
            # focused on X, the economy and Y" (an item hung on the subject)
            return verb.pos_ in ("VERB", "NOUN", "AUX")  # a noun cue: "talks on X"; "be": "X was on the agenda"
        listing = head.lower_ in lexicon.words("topic-listing-preps") or head.lower_ == "as"  # "X, such as A and B"
        if head.dep_ not in ("prep", "acl", "amod") or not listing and _action(head.head) not in ("through", "bare"):
            return False
        if head.lower_ == "as" and head.head.lower_ == "such":
            head = head.head
        head = head.head
    return False


def object_after_partner(verb: Token, tok: Token) -> bool:
    """"discussed with the Prime Minister our cooperation on X": the parser makes the verb's object an apposition of
    the partner named after "with"; a common noun there is what the verb governs."""
    partner = tok.head
    return tok.dep_ == "appos" and tok.pos_ == "NOUN" and partner.dep_ == "pobj" and partner.head.lower_ == "with" \
        and partner.head.head.i == verb.i


def _key(tokens) -> str:
    words = [t.lemma_ if t.pos_ == "NOUN" else t.text for t in tokens
             if t.dep_ != "det" and not (t.is_punct and t.text != "-")]
    return re.sub(r"\s*-\s*", "-", " ".join(words).lower()).strip(" -")


def concept_keys(span) -> tuple[str, str]:
    """The SKOS concept key of a topic span (noun lemmas, lower case, no determiners: "the sanctions" and
    "sanction" are one concept) and the key of its head concept: the head noun with its compounds, without
    adjectives, possessors and prepositional phrases ("ceasefire" for "an immediate ceasefire", "trafficking"
    for "trafficking of drugs"), or "" when that is the topic itself, a generic word or a pair ("peace and
    stability")."""
    concept, root = _key(span), span.root
    core = [t for c in root.lefts if c.dep_ == "compound" for t in c.subtree if t.i >= span.start] + [root]
    head = _key(core)
    if root.pos_ != "NOUN" or head == concept or _action(root) or any(t.dep_ == "cc" for t in span):
        return concept, ""
    return concept, head


def _outermost(found: dict[tuple[str, str], TopicFact]) -> list[TopicFact]:
    """Drop a topic whose text lies inside a longer topic of the same event ("Ukraine" in "war in Ukraine");
    the same words elsewhere in the article stay a topic of their own, and so do the items of a modifier list that
    end at the same noun ("energy initiative" in the span of "security initiative", :func:`modifier_items`)."""
    spans = [(t.event_id, t.evidence.start, t.evidence.end, fold(t.topic)) for t in found.values()]
    return [t for t in found.values()
            if not any(e == t.event_id and s <= t.evidence.start and t.evidence.end <= end
                       and (s, end) != (t.evidence.start, t.evidence.end)
                       and (end != t.evidence.end or fold(t.topic) in text) for e, s, end, text in spans)]


def find_topics(ctx: Context, events: list[EventFact], anchors: dict[str, list[int]]) -> list[TopicFact]:
    if not events:
        return []  # a topic is what an event's participants discussed: no event, no topic (nothing to look at)
    out: dict[tuple[str, str], TopicFact] = {}
    headlines = {sent.start for sent in sentences(ctx.doc) if title_case(sent)}
    title = title_line(ctx)  # "Hamas, Fatah leaders begin talks to end clashes": what they did is no topic
    own = _own_countries(ctx, events)
    reported = reported_events(ctx.doc, events, anchors)
    quoted = quote_spans(doc_text(ctx.doc))
    by_sentence = events_by_sentence(ctx, events, anchors)
    inside = lambda tok: any(a <= tok.idx < b for a, b in quoted)  # noqa: E731
    unnamed = {e.id for e in events if not e.participants or e.evidence.rule.endswith(SIDES_RULE)}
    names = {e.id: e.name for e in events}
    report = report_sentence(ctx.doc, title)
    lead: dict[tuple[str, str], TopicFact] = {}  # what the first full sentence tells of a meeting: a fallback
    for i in cue_tokens(ctx.doc):
        tok = ctx.doc[i]
        row = None if in_hyphen_word(tok) else cue(tok) or noun_cue(tok)
        if row is None or tok.sent.start in headlines or negated(tok) and row["kind"] != "noun-outcome":
            continue  # "they never discussed X", "do not intend to discuss X": not discussed
        titled = row is broad_cue() and title is not None and tok.sent.start == title.start
        if titled and not title_participants(ctx, tok, events):
            continue  # in the title, what participants named there did ("Abbas, Sharon declare truce at Middle East
            # summit"), not a group's act
        event = event_for(ctx, tok, events, by_sentence, own, broad=row is broad_cue(), reported=reported)
        here = by_sentence.get(tok.sent.start, [])
        if event is not None and out_of_reach(tok, anchors.get(event, []), here, reported):
            continue  # a sentence far from the meeting in an article whose lead reports none: of something else
        found = out
        if event is None and row is broad_cue() and report is not None and tok.sent.start == report.start \
                and not inside(tok):
            event, found = lead_event(ctx, tok, events, own), lead
        if event is None and (row["kind"] == "verb-agenda" or refers_back(tok, row)):
            event = main_event(events)
        if event is None and not inside(tok):
            event = discussion_event(ctx, tok, row, events, reported)
            reported_here = event is not None
        else:
            reported_here = False
        if event is None or event in unnamed and not reported_here and \
                not about_unnamed(tok, row, by_sentence.get(tok.sent.start, []), event in reported, names.get(event)):
            continue
        if (row is broad_cue() or row is COMPOUND_ROW or event in unnamed) and inside(tok):
            continue  # a participant's verb inside a quotation is the speaker's words; "peace talks" in quotes too
        for text, start, end in _candidates(ctx, tok, row, own, titled):
            if names_event(text, names.get(event)):
                continue
            _add(ctx, found, event, text, start, end, row)
    told = with_lead(ctx, out, lead)
    news: dict[tuple[str, str], TopicFact] = {}  # the news a title line names: a topic beside the others
    for event, text, start, end in title_topics(title, events, own):
        _add(ctx, news, event, text, start, end, TITLE_ROW)
    return kinds_alone(_outermost(told)) + [fact for key, fact in news.items() if key not in told]


def _add(ctx: Context, found: dict, event: str, text: str, start: int, end: int, row: dict) -> None:
    concept, head = concept_keys(ctx.doc[start:end])
    evidence = ctx.evidence(start, end, f"topic:{row['id']}")
    found.setdefault((event, concept), TopicFact(event, text, evidence, concept, head))


def with_lead(ctx: Context, out: dict, lead: dict) -> dict:
    """The topics, and for each event that has none what the article's first full sentence tells of it (``lead``,
    see :func:`kg.extract.topicevents.lead_event`), but no predicate noun, which says what its subject is ("the
    deadline is the last chance for X", "cleared the way for Y to become the first female chancellor"), nor the
    party named after "with" ("signed an agreement with the opposition group": who, not what)."""
    told = {event for event, _ in out}
    return out | {key: fact for key, fact in lead.items() if key[0] not in told and not _who(ctx, fact)}


def _who(ctx: Context, fact: TopicFact) -> bool:
    span = ctx.doc.char_span(fact.evidence.start, fact.evidence.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "attr" or root.dep_ == "pobj" and root.head.lower_ == "with"

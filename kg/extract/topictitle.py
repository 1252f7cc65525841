"""A news report's title line names its news: what the title's verb or a preposition governs is a topic of the
article's meeting ("US Senate passes housing aid bill", "Mauritania cuts ties with Israel", "Thai junta vows
retaliation against foreign media"). A title-case line ("Readout of President X's Call with …", "‘We're True
Partners,’ Biden Says", "Readout of White House Meetings with Leaders of X") is a headline in a readout's style and
gives none (:func:`title_case`, :func:`_capitalised_line`)."""

from __future__ import annotations

from spacy.symbols import PRON, PROPN  # type: ignore[import-not-found]  # (a compiled module without stubs)
from spacy.tokens import Span, Token

from kg import lexicon
from kg.extract.arraymatch import table_of
from kg.extract.event_names import mostly_capitalised
from kg.extract.rulematch import rule_marks
from kg.extract.topicevents import main_event
from kg.extract.topicfilter import names_event, not_a_subject
from kg.extract.topicnouns import meeting_noun, trip_word
from kg.extract.topicphrase import phrase_span
from kg.extract.unnamed_talks import UNNAMED_RULE
from kg.lexicon import fold
from kg.model import EventFact

TITLE_ROW = {"id": "c-title", "lemma": "", "kind": "title", "note": "what a news title's verb or preposition governs"}


def title_topics(title: Span | None, events: list[EventFact], own: set[str]) -> list[tuple[str, str, int, int]]:
    """(event, topic, start, end) for what a news title line governs (:func:`title_heads`), each a topic of the
    article's main meeting of named persons (:func:`kg.extract.topicevents.main_event`; not a phone call, a side
    act the news rarely is: ``title-topic-skip-kinds``; talks that name no one only when the article has no such
    meeting and they are a meeting, summit or sitting, :func:`unnamed_gatherings`; a press conference is often not
    the news: "… said at a press conference"): a phrase of more than one word or a name ("housing aid bill",
    "Holocaust"; a bare common noun says too little: "Ivory Coast militia destroys weapons"), not a title ("meets
    President of Guatemala"), the participants' own countries, places or peoples, nor a word of the meeting's own
    name; none from a rubric line (:func:`rubric_line`: "On the campaign trail in the USA, October 2020")."""
    skip = lexicon.words("title-topic-skip-kinds")
    named = [e for e in events if e.participants and e.kind not in skip] or unnamed_gatherings(events)
    event = main_event(named) if title is not None and not title_case(title) and not _capitalised_line(title) \
        and not rubric_line(title) else None
    if event is None or title is None:
        return []
    name, out = next(e.name for e in events if e.id == event), []
    for head in title_heads(title):
        found = phrase_span(head)
        if found is None or " " not in found[0] and head.pos_ == "NOUN" or \
                fold(head.lemma_) in lexicon.title_index() or not_a_subject(found[0], head, own) or \
                names_event(found[0], name) or on_trip(head, title.doc[found[1]:found[2]]):
            continue
        out.append((event, *found))
    return out


def on_trip(head: Token, span: Span) -> bool:
    """A trip in the title is its news, not what was discussed (``topic-trip-nouns``): the phrase holds one ("Biden
    scraps Australia leg of trip") or hangs on one ("begins first state visit as monarch in Berlin"; "completes his
    Middle East tour")."""
    above = [head, *head.ancestors]
    return any(t.pos_ == "NOUN" and trip_word(t) for t in [*span, *above[:next(
        (k for k, t in enumerate(above) if t.pos_ in ("VERB", "AUX")), len(above))]])


def rubric_line(title: Span) -> bool:
    """A title line that opens with a preposition (``title-rubric-first-pos``) and has no verb (none of
    ``title-report-pos``) names a series or a scene, not an act ("On the campaign trail in the USA, October 2020"):
    it reports no one's news. A title's verb is often tagged a noun ("Cairo summit denounces X"), so a line without
    one is a rubric only when its first word says so."""
    report, first = lexicon.words("title-report-pos"), lexicon.words("title-rubric-first-pos")
    return len(title) > 0 and title[0].pos_ in first and not any(t.pos_ in report for t in title)


def unnamed_gatherings(events: list[EventFact]) -> list[EventFact]:
    """The talks that name no participant whose news a title line can name: a meeting, a summit or a sitting of its
    first mention (``title-topic-unnamed-gatherings``: "US Senate passes housing aid bill" over "A meeting of the
    United States Senate resulted in …"), not a press conference, where someone speaks of what the title says, nor
    talks or negotiations, which a report of something else recalls."""
    rows, skip = lexicon.words("title-topic-unnamed-gatherings"), lexicon.words("title-topic-skip-kinds")
    return [e for e in events if not e.participants and e.kind not in skip
            and e.evidence.rule.removeprefix(UNNAMED_RULE) in rows and talks_name(e.name)]


def talks_name(name: str | None) -> bool:
    """Whether the name of talks that name no one is a name of talks: its last word a meeting, summit or conference
    (``title-topic-unnamed-heads``: "special meeting", "Doha summit"), or no name at all; not a parliament's session or
    sitting, nor a gathering of protesters ("legislative session", "public gatherings": a body's business or a rally,
    whose news is not what anyone discussed), nor the named event it took ("Iraq war", "Independence Day")."""
    words = fold(name or "").split()
    return not words or words[-1].removesuffix("s") in lexicon.words("title-topic-unnamed-heads")


def title_heads(title: Span) -> list[Token]:
    """The nouns of a title line that its verb or a preposition governs: not its subject (who acted), nor the agent
    of a passive ("freed by Darfur rebels"), a meeting noun or what its own phrase is about (the meeting-noun cue
    gives those: "talks on X"), nor whose post a title names ("meets President of X"), nor a name of who or where
    (``title-not-topic-entities``: persons, countries, groups, organisations, venues, dates, numbers), nor the noun
    of a fixed phrase (pattern ``topic-fixed-phrase``: "talks draw to a close")."""
    names, titles, marks = lexicon.words("title-not-topic-entities"), lexicon.title_index(), rule_marks(title.doc)
    return [t for t in title if t.pos_ in ("NOUN", "PROPN") and t.dep_ in ("dobj", "pobj") and not meeting_noun(t)
            and t.ent_type_ not in names and marks.rule("topic-setting", t.i) != "topic-fixed-phrase"
            and not (t.dep_ == "pobj" and (
                t.head.dep_ == "agent" or fold(t.head.head.lemma_) in titles or
                t.head.head.pos_ == "NOUN" and meeting_noun(t.head.head))) and not circumstance(t)]


def circumstance(tok: Token) -> bool:
    """Whether a title's noun lies in a clause that sets the news beside other news, not in the news: a clause with a
    subject of its own that a word of ``title-circumstance-marks`` opens ("UN envoy meets Suu Kyi as tankers are
    attacked in X", "Germany halts pipeline after Putin orders troops into Y"), or the phrase of a preposition of
    ``title-circumstance-preps`` that the parser made of one ("as junta signals limited dialogue"); a phrase of what
    the news followed stays ("Violence erupts after labor dispute", "… after touring the flood zone")."""
    marks, preps = lexicon.words("title-circumstance-marks"), lexicon.words("title-circumstance-preps")
    for node in tok.ancestors:
        if node.dep_ == "prep" and node.lower_ in preps or node.dep_ in ("advcl", "pcomp") and any(
                c.dep_ in ("mark", "prep") and c.lower_ in marks and c.i < node.i for c in node.children) and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in node.children):
            return True
    return False


def _capitalised_line(title: Span) -> bool:
    """A title whose words (alphabetic, longer than three letters, after the first) are at least three and over 70%
    capitalised, names included: a readout's "Readout of White House Meetings with Leaders of X on Y", not a news
    report's sentence-case title ("Ukrainian president rejects prime minister's resignation")."""
    return mostly_capitalised([t.text[0].isupper() for t in title[1:] if t.is_alpha and len(t.text) > 3])


def title_case(sent: Span) -> bool:
    """A title-case line ("‘We’re True Partners,’ Biden Says, After Meeting …") is not a source of topics: of
    its words after the first (alphabetic, longer than three letters, not proper nouns or pronouns), at least
    three and over 70% capitalised (read from the Doc's arrays; each word's form once per process)."""
    cols, strings = table_of(sent.doc).cols, sent.doc.vocab.strings
    alpha, pos, orth = cols["IS_ALPHA"], cols["POS"], cols["ORTH"]
    upper = [_capitalised(orth[i], strings) for i in range(sent.start + 1, sent.end)
             if alpha[i] and pos[i] != PROPN and pos[i] != PRON]
    return mostly_capitalised([u for u in upper if u is not None])


_CAPITALISED: dict[int, bool | None] = {}  # a word's hash → None when 3 letters or fewer, else capitalised?


def _capitalised(orth: int, strings) -> bool | None:
    if orth in _CAPITALISED:
        return _CAPITALISED[orth]
    text = strings[orth]
    found = _CAPITALISED[orth] = text[0].isupper() if len(text) > 3 else None
    return found

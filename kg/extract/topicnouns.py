"""Topics that a meeting noun carries itself: "talks on security and trade", "a meeting about the border",
"a summit on the oil revenues". The noun is a gathering and an event word (``event_nouns.tsv``) and
the preposition one of ``topic-about-preps`` (``wordlists.tsv``); the heads under that preposition are the
candidates, which :mod:`kg.extract.topics` shortens and filters as it does a verb's objects."""

from __future__ import annotations

import re
from functools import cache
from itertools import islice

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.extract.caches import per_doc
from kg.extract.rulematch import rule_marks
from kg.extract.sentences import sentences
from kg.extract.topicskip import venue_parts
from kg.extract.where import lemmas_in, tokens_with
from kg.lexicon import fold
from kg.model import TopicFact

ROW = {"id": "c-meeting-about", "lemma": "", "kind": "noun-about", "note": "talks on X; a meeting about X"}
COMPOUND_ROW = {"id": "c-meeting-compound", "lemma": "", "kind": "noun-about", "note": "peace talks; a trade summit"}


def noun_cue(tok: Token) -> dict | None:
    """The cue row for a meeting noun with an "on/about/over X" phrase, or else with a compound that says what it is
    about ("peace talks"), else None."""
    if not meeting_noun(tok):
        return None
    return ROW if _about_preps(tok) else COMPOUND_ROW if compound_topics(tok) else None


def other_talks(tok: Token, year: int | None) -> bool:
    """Talks someone asks or comes for ("called for peace talks", "arrived for truce talks"; ``talks-wanted-preps``)
    or that a year before the article's dates ("Peace talks broke down in 2003"): not the talks the article
    reports, so their kind says nothing of what was discussed."""
    years = [int(t.text) for t in tok.sent if t.ent_type_ == "DATE" and re.fullmatch(r"(19|20)\d\d", t.text)]
    return tok.dep_ == "pobj" and tok.head.lower_ in lexicon.words("talks-wanted-preps") or \
        year is not None and any(y < year for y in years)


def kinds_alone(found: list[TopicFact]) -> list[TopicFact]:
    """What a meeting noun's compound says ("peace talks": peace) is an event's topic only when nothing else says
    what the event discussed: it names the kind of talks, a weaker cue than any account of them."""
    kind = f"topic:{COMPOUND_ROW['id']}"
    told = {t.event_id for t in found if t.evidence.rule != kind}
    return [t for t in found if t.event_id not in told or t.evidence.rule != kind]


def compound_topics(tok: Token) -> list[tuple[str, int, int]]:
    """What a meeting noun's common-noun compound says it is about, with the compound's own words and the noun:
    "peace talks", "the climate change summit" ("climate change summit"), "coalition negotiations"; not a compound
    that says what kind of gathering it is or who meets (``meeting-kind-compounds``: "a press conference", "an
    emergency meeting", "six-party talks", "the defence ministers' meeting"), a time ("the weekend talks"), a meeting
    noun ("summit talks") nor a generic word (``topic_stoplist.tsv``; a bare one is what the talks are about:
    "peace talks")."""
    kinds, stop = lexicon.words("meeting-kind-compounds"), lexicon.simple_table("topic_stoplist.tsv", "phrase")
    out = []
    for c in tok.lefts:
        words = [t for t in c.subtree if t.i <= c.i]
        if c.dep_ != "compound" or c.pos_ != "NOUN" or c.ent_type_ or meeting_noun(c) or \
                any(fold(t.lemma_) in kinds or fold(t.text) in kinds or t.pos_ not in ("NOUN", "PUNCT") for t in words):
            continue
        text = re.sub(r" ?- ?", "-", " ".join(t.lower_ if t.is_sent_start else t.text for t in words))
        if c.is_alpha and all(stop.get(k, {}).get("action", "bare") == "bare" for k in (fold(text), fold(c.lemma_))):
            # "peace" alone is a bare word, but the talks are about it: the topic keeps the meeting noun, as written
            # ("peace talks", "peace negotiations"), which says both what and which talks
            out.append((f"{text} {tok.lower_ if tok.is_sent_start else tok.text}", words[0].i, tok.i + 1))
    return out


def meeting_noun(tok: Token) -> bool:
    nouns = _meeting_nouns()
    return tok.pos_ == "NOUN" and (tok.lemma_.lower() in nouns or tok.lower_ in nouns)


def meeting_nouns_in(doc: Doc) -> list[Token]:
    """The meeting nouns of ``doc`` (:func:`meeting_noun`) in order, visited from its word indexes."""
    nouns = _meeting_nouns()
    found = set(lemmas_in(doc, nouns)) | set(tokens_with(doc, "LOWER", nouns))
    return [doc[i] for i in sorted(found) if meeting_noun(doc[i])]


def meeting_or_trip_nouns(doc: Doc) -> list[int]:
    """The positions, in order, of the words that are a meeting noun (:func:`meeting_noun`) or a trip noun (a
    ``NOUN`` that is a :func:`trip_word`), found once per Doc from its word indexes."""
    return per_doc(doc, "kg_meeting_or_trip_nouns", _meeting_or_trip_nouns)


def _meeting_or_trip_nouns(doc: Doc) -> list[int]:
    nouns = _meeting_nouns()
    found = set(lemmas_in(doc, nouns | lexicon.words("topic-trip-nouns"))) | set(tokens_with(doc, "LOWER", nouns))
    return sorted(found.intersection(tokens_with(doc, "POS", ("NOUN",))))


def _back_reference(tok: Token) -> bool:
    """A definite or possessive determiner (``back-reference-words``): "the meeting", "their talks"."""
    back = lexicon.words("back-reference-words")
    return any(c.dep_ in ("det", "poss") and c.lower_ in back for c in tok.children)


@cache
def _meeting_nouns() -> frozenset[str]:
    """Gatherings that are event words: talks, meeting, summit, … (not "a call on X")."""
    return frozenset(lexicon.event_nouns("event_word") & lexicon.event_nouns("gathering"))


def about_heads(tok: Token) -> list[Token]:
    """The noun heads under the noun's "on/about/over" phrases (their own clauses included, as a verb's)."""
    marks = rule_marks(tok.doc)  # "the deal on the table": a fixed phrase, no topic (``topic-fixed-phrase``); nor
    # the parties after "between" ("over trade between X, Y and Z": ``topic-between-party*``)
    venues = venue_parts(tok)  # "talks on X in the Qatari capital": where (``topic-gathering-venue``)
    return [t for p in _about_preps(tok) for t in p.subtree if t.i != p.i and t.pos_ in ("NOUN", "PROPN")
            and t.dep_ in lexicon.words("topic-head-deps") and t.ent_type_ not in lexicon.words("not-topic-entities")
            and not marks.has("topic-setting", t.i) and not marks.has("between-party", t.i) and t.i not in venues]


def _about_preps(tok: Token) -> list[Token]:
    """The noun's "on/about/over" phrases (and a phrase that says what this noun is about, ``topic-noun-preps``:
    "negotiations for a treaty", "discussions of trade"), or else those the parser hung on its verb
    (:func:`verb_about_preps`), and a listing phrase after them ("discussions on regional issues, including X and
    Y": ``topic-listing-preps``) whose items say what the issues were."""
    own, lemma = lexicon.words("topic-noun-preps"), tok.lemma_.lower()  # "negotiations for X", "discussions of X"
    about = [c for c in tok.children if c.dep_ == "prep" and (c.lower_ in lexicon.words("topic-about-preps")
                                                              or f"{lemma} {c.lower_}" in own)]
    listing = lexicon.words("topic-listing-preps")
    return (about or verb_about_preps(tok)) + [c for c in tok.children if about and c.i > about[0].i
                                                and c.dep_ == "prep" and c.lower_ in listing]


def verb_about_preps(tok: Token) -> list[Token]:
    """"Negotiations continue on X", "Talks broke down over X": the parser hangs the noun's "on/about/over" phrase
    on the verb whose subject the noun is; for a verb of the talks' course (``talks-course-verbs``) what follows the
    noun there is what the talks were about; so it is after a verb that holds them ("held talks on Friday on X",
    "will hold talks next week on Y": the noun as the object of a ``gathering-hold-verbs`` verb)."""
    verb, about, marks = tok.head, lexicon.words("topic-about-preps"), rule_marks(tok.doc)
    course = tok.dep_ in lexicon.words("subject-deps") and verb.lemma_.lower() in lexicon.words("talks-course-verbs")
    held = tok.dep_ == "dobj" and verb.lemma_.lower() in lexicon.words("gathering-hold-verbs")
    if verb.i == tok.i or not (course or held):
        return []
    dated = lexicon.words("not-topic-entities")  # "Talks resumed on Monday", "… on a positive note": not theirs
    return [c for c in verb.children if c.dep_ == "prep" and c.i > tok.i and c.lower_ in about and any(
        o.dep_ == "pobj" and o.ent_type_ not in dated and not marks.has("topic-setting", o.i) and not trip_word(o)
        for o in c.children)]  # "held talks on Thursday, on her first visit to the country": when, not what


def refers_back(tok: Token, row: dict) -> bool:
    """"Their talks on X", "the meeting on X": a meeting noun of this cue that refers back to the article's
    meeting (a definite or possessive determiner; "talks on X resumed" with none names no one's meeting), or that
    the article's lead says it is about ("Negotiations about X may resume soon": :func:`lead_sentences`)."""
    return row is ROW and (_back_reference(tok) or any(tok.sent.start == s.start for s in lead_sentences(tok.doc)))


def meeting_subject(subject: Token | None) -> bool:
    """"The meeting focused on X", "their talks covered X", "their discussion touched on X": a cue verb's subject
    is a meeting noun (or a ``topic-talk-subjects`` word) that refers back to the article's meeting (a definite or
    possessive determiner, ``back-reference-words``) or introduces it (:func:`introduces_meeting`)."""
    return subject is not None and talk_noun(subject) and (_back_reference(subject) or introduces_meeting(subject))


def trip_subject(subject: Token | None, cue: Token) -> bool:
    """"The visit focused on X", "Putin's trip was aimed at Y", "a two-day visit that focused on Z": a cue verb's
    subject is a trip noun (``topic-trip-nouns``) that refers back to the article's visit (a definite or possessive
    determiner, a possessor) or whose relative clause the cue is; "a visit focused on X" names no one's trip."""
    if subject is None or subject.pos_ != "NOUN" or not trip_word(subject):
        return False
    return _back_reference(subject) or any(c.dep_ == "poss" for c in subject.children) or \
        cue.dep_ == "relcl" and cue.head.i == subject.i


def introduces_meeting(tok: Token) -> bool:
    """"An international meeting in X has produced Y": an indefinite meeting noun (``introducing-determiners``) in
    the article's first full sentence (:func:`lead_sentences`) introduces the meeting the article reports."""
    return meeting_noun(tok) and any(c.dep_ == "det" and c.lower_ in lexicon.words("introducing-determiners")
                                     for c in tok.children) and tok.sent == lead_sentences(tok.doc)[-1] \
        and full_sentence(tok.sent)


_FULL_STOPS = (".", "!", "?", "”", '"')


def lead_sentences(doc: Doc) -> list:
    """The article's lead: its sentences up to the first full one (:func:`full_sentence`; headline lines are not),
    at most four."""
    lead = []
    for sent in islice(sentences(doc), 4):
        lead.append(sent)
        if full_sentence(sent):
            break
    return lead


def report_sentence(doc: Doc, title) -> Span | None:
    """The article's first full sentence (:func:`full_sentence`), not its title line (``title``, a Span or None)
    nor a dateline, among its first five; None when there is none: the sentence that reports the news (the lead's
    last sentence, :func:`lead_sentences`, unless a title line ends with a full stop)."""
    return next((s for s in islice(sentences(doc), 5)
                 if full_sentence(s) and (title is None or s.start != title.start)), None)


def full_sentence(sent: Span) -> bool:
    """A sentence that ends with a full stop (or a closing quotation mark): no headline line nor dateline."""
    return sent.text.rstrip().endswith(_FULL_STOPS)


def talk_noun(tok: Token) -> bool:
    """A meeting noun, or a word for what was said there (``topic-talk-subjects``: "their discussion")."""
    return meeting_noun(tok) or tok.pos_ == "NOUN" and tok.lemma_.lower() in lexicon.words("topic-talk-subjects")


def trip_word(tok: Token) -> bool:
    """A word of a trip (``topic-trip-nouns``: "visit", "tour", "trip", "journey")."""
    return tok.lemma_.lower() in lexicon.words("topic-trip-nouns")


def gerund(head: Token) -> Token | None:
    """The gerund that takes a topic head as its only object right after it, as what a cue or a preposition
    governs ("talked about strengthening democracy", "discussed supporting Ukraine"), also with an adjunct after the
    object ("their commitment to supporting Ukraine as it faces X", "supporting Ukraine in its defence"): the act is
    the topic."""
    verb = head.head
    if head.dep_ != "dobj" or verb.tag_ != "VBG" or verb.dep_ not in ("pcomp", "dobj", "conj") or any(
            c.dep_ not in ("dobj", "cc", "conj", "punct") and not (c.dep_ in ("advcl", "prep") and c.i > head.i)
            for c in verb.children):
        return None
    return verb if next(iter(head.subtree)).i == verb.i + 1 else None


def manner_infinitive(head: Token) -> Token | None:
    """The infinitive that takes a topic head as its object, right after it but for a determiner, when it says how
    or in what way ("discussed ways to boost trade", "how to end the fighting", "the best way to help refugees":
    ``topic-manner-heads``): the act is the topic, as a gerund's is (:func:`gerund`); None otherwise."""
    verb, manner = head.head, lexicon.words("topic-manner-heads")
    if head.dep_ != "dobj" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    how = any(c.dep_ == "advmod" and c.lower_ in manner for c in verb.children) or \
        verb.dep_ in ("relcl", "acl", "xcomp") and verb.head.lower_ in manner
    between = head.doc[verb.i + 1:next(iter(head.subtree)).i]
    return verb if how and all(t.dep_ == "det" for t in between) else None


def passive_subject(tok: Token) -> Token | None:
    """"Trade was also discussed", "The scenarios were reviewed": the subject of a passive verb (with its
    ``auxpass``), which for a cue verb is what was discussed; the parser's complement of the auxiliary when the
    passive is inverted ("Also discussed were X and Y"); None for other verbs."""
    if tok.pos_ != "VERB" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    own = next((c for c in tok.children if c.dep_ == "nsubjpass"), None) or next(iter(inverted_things(tok)), None)
    return own if own is not None else raised_subject(tok)


def raised_subject(tok: Token) -> Token | None:
    """The noun subject of the verb or adjective a passive complements ("X is expected to be discussed", "X would
    have to be discussed", "X is likely to be raised"); None for a pronoun ("he hopes to be consulted on X")."""
    node = tok
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head.head if node.head.dep_ == "acomp" else node.head
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject if subject.pos_ in ("NOUN", "PROPN") else None
    return None


def inverted_things(tok: Token) -> list[Token]:
    """What an inverted passive's auxiliary governs ("Also discussed were X, Y and Z": the parser hangs X, or all
    of them, on "were")."""
    return [c for a in tok.children if a.dep_ == "auxpass" and a.i > tok.i for c in a.children if c.dep_ == "attr"]


def subject_cue(tok: Token) -> bool:
    """"X came up during the talks", "X dominated the summit", "X featured in their discussions": a verb whose
    subject is the topic (``verb-subject`` rows of ``topic_cues.tsv``) when it governs a meeting noun."""
    table, lemma = lexicon.simple_table("topic_cues.tsv", "lemma"), tok.lemma_.lower()
    keys = [lemma, *(f"{lemma} {c.lower_}" for c in tok.children if c.dep_ == "prt")]
    if tok.pos_ != "VERB" or not any(table.get(k, {}).get("kind") == "verb-subject" for k in keys):
        return False
    objects = [c for c in tok.children if c.dep_ == "dobj"] + \
        [o for c in tok.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
    objects += [o for x in objects if x.lemma_.lower() in lexicon.words("plover-partitive-heads")
                for p in x.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children if o.dep_ == "pobj"]
    agenda = lexicon.words("agenda-words")  # "X dominated the agenda", "Y dominated much of the meeting"
    return any(talk_noun(o) or o.pos_ == "NOUN" and o.lower_ in agenda for o in objects) or agent_topic(tok)


def acl_subject(tok: Token) -> Token | None:
    """The noun that a participle clause of a ``verb-subject`` cue hangs on, its subject: "with X and Y dominating
    the agenda" (X, Y); None for a clause with a subject of its own or for other verbs."""
    noun = tok.head
    if tok.dep_ != "acl" or tok.tag_ != "VBG" or noun.pos_ not in ("NOUN", "PROPN") or talk_noun(noun) or \
            any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    return noun


def agent_topic(tok: Token) -> bool:
    """"The talks were dominated by X", "the visit was dominated by Y": a passive verb whose subject is the talks or
    the visit (``topic-trip-nouns``) and whose agent is what the active verb's subject would be, the topic."""
    subject = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if subject is None and tok.dep_ == "acl" and tok.tag_ == "VBN":
        subject = tok.head  # "a summit dominated by X", "in talks dominated by Y"
    return subject is not None and any(c.dep_ == "agent" for c in tok.children) and (
        talk_noun(subject) or trip_word(subject))


def copula_cue(tok: Token) -> bool:
    """"X was on the agenda", "The main topic was X", "Among the issues discussed were X": a form of "be" with a
    topic word that a ``topic-copula-*`` pattern marks among its own arguments (not in what someone said:
    "X is the main difference, he added"; but what was on the agenda or the table is a fact of the meeting, whoever
    reports it: "X was also on the agenda, he said")."""
    words = [w for w in _topic_words(tok) if _own_copula(w) == tok]
    said = tok.dep_ == "ccomp" and tok.head.lemma_.lower() in lexicon.words("topic-speech-verbs") and \
        not any(w.dep_ == "pobj" for w in words)
    return tok.lemma_ == "be" and not said and bool(words)


def copula_arguments(tok: Token) -> list[Token]:
    """The subject, complement or infinitive of such a "be" that hold no topic word: what is on the agenda ("The
    purpose of the summit is to finalise X": the infinitive)."""
    marked = {w.i for w in _topic_words(tok)}
    return [c for c in tok.children
            if c.dep_ in ("nsubj", "attr", "xcomp") and not any(t.i in marked for t in c.subtree)]


def _topic_words(tok: Token) -> list[Token]:
    """Marked topic words, not those a noun makes a topic of its own ("the border issue is X"); a meeting or
    agenda word before it leaves it the talks' ("The main discussion topics were X", "the summit agenda")."""
    marks, agenda = rule_marks(tok.doc), lexicon.words("agenda-words")
    return [t for t in tok.subtree if marks.has("topic-copula-word", t.i) and not any(
        c.dep_ == "compound" and not (talk_noun(c) or c.lower_ in agenda) for c in t.children)]


def _own_copula(word: Token) -> Token | None:
    """The nearest verb or auxiliary above a topic word (the "be" whose argument it is)."""
    node = word
    while node.head.i != node.i:
        node = node.head
        if node.pos_ in ("VERB", "AUX"):
            return node
    return None


def the_talks(head: Token) -> bool:
    """A noun of talks (``topic-talks-nouns``; not "dialogue", which talks are often about) with no common-noun
    compound that says what it is about is the meeting itself when a participant's verb governs it, not what was
    discussed ("held talks with X in Lisbon", "take part in further talks with the United States", "formal talks" are
    no topic, but "debt talks" is; a discussion cue's talks may be other talks: "agreed to engage in negotiations",
    unless what they are about follows, which is the topic: "focused on negotiations over the debt ceiling")."""
    kinds = lexicon.words("meeting-kind-compounds")  # "marathon talks", "working dinner": a kind, not a subject
    return head.pos_ == "NOUN" and head.lower_ in lexicon.words("topic-talks-nouns") and not any(
        c.dep_ == "compound" and c.pos_ == "NOUN" and fold(c.lemma_) not in kinds for c in head.lefts)

"""The parts of a topic cue's clause that say where, when, to whom, or what someone said there: never what was
discussed (split from :mod:`kg.extract.topics`, whose :func:`kg.extract.topics.candidate_heads` skips them).
"""

from __future__ import annotations

from spacy.tokens import Token

from kg import lexicon
from kg.extract.rulematch import rule_marks
from kg.lexicon import fold


def skip_parts(tok: Token, row: dict | None) -> set[int]:
    """Token indices under a cue ``tok`` that are no topic: reported speech, setting phrases (after the verb too
    for a participant's verb, ``row`` None) and a talk verb's addressees."""
    return reported_speech(tok) | setting_phrases(tok, broad=row is None) | addressees(tok, row) | venue_parts(tok)


def venue_parts(tok: Token) -> set[int]:
    """Token indices of the places under ``tok`` where an act or a gathering happens or goes, with what hangs on them
    (``topic-act-venue``, ``topic-gathering-venue``: "walked in the gardens of X House", "talks in the Ethiopian
    capital", "greeted him at the palace with a hug"), and talks that say when (``topic-act-time-talks``: "agreed
    after marathon talks"): where and when, not what was discussed."""
    marks = rule_marks(tok.doc)
    return {d.i for t in tok.subtree if t.i != tok.i and marks.has("topic-place", t.i) for d in _own_words(t)}


def _own_words(place: Token) -> list[Token]:
    """The place and what describes it, without a clause or a conjunct the parser hung on it ("the Hall in London
    organised by a coalition opposed to the occupation of X"; "in Belarus, European defence and relations with Y")."""
    out, about = [place], lexicon.words("topic-about-preps")  # "after talks on X": X was discussed
    for c in place.children:
        if c.dep_ not in ("acl", "relcl", "advcl", "conj", "cc", "appos") and c.lower_ not in about:
            out += _own_words(c)
    return out


def setting_phrases(tok: Token, broad: bool) -> set[int]:
    """Token indices of the verb's adjuncts that say where, when or how (``topic-setting-preps``): before the verb
    ("At the end of the summit, the leaders adopted X", "During a visit to Y, he laid a wreath") and, for a
    participant's verb (``broad``), after it too ("announced his victory on television in Z"); after any cue verb,
    one that says after what (``topic-after-preps``: "agreed on a truce after deadly clashes", "after four days of
    talks", "since the March election"; what talks there were about stays: "after talks on X"); not one whose noun
    says what it is about (``topic-frame-nouns``: "In regard to X, he noted Y")."""
    preps, frames = lexicon.words("topic-setting-preps"), lexicon.words("topic-frame-nouns")
    out: set[int] = set()
    for c in tok.children:
        if c.dep_ != "prep" or c.lower_ not in preps or any(fold(o.lemma_) in frames for o in c.children):
            continue
        if broad or c.i < tok.i:
            out |= {t.i for t in c.subtree}
    return out | dated_places(tok, preps) | after_phrases(tok)


def after_phrases(tok: Token) -> set[int]:
    """Token indices of the ``topic-after-preps`` phrases after the cue verb or a verb of its infinitive chain
    ("agreed to restore X after deadly clashes"), but for what talks there were about."""
    after, out, verbs = lexicon.words("topic-after-preps"), set(), [tok]
    for _ in range(3):  # "agreed to try to restore X after Y"
        nxt = next((c for c in verbs[-1].children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if nxt is None:
            break
        verbs.append(nxt)
    for verb in verbs:
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in after and c.i > verb.i:
                out |= {t.i for t in c.subtree} - _about_talks(c)
    return out


def _about_talks(prep: Token) -> set[int]:
    """Token indices of what a noun under the phrase says it is about ("after talks on prisoner exchanges")."""
    about = lexicon.words("topic-about-preps")
    return {t.i for p in prep.subtree if p.dep_ == "prep" and p.lower_ in about and p.head.pos_ == "NOUN"
            for t in p.subtree if t.i != p.i}


def dated_places(tok: Token, preps: frozenset[str]) -> set[int]:
    """Token indices of a setting phrase hung on a date under the verb ("convened them on July 14 in Orlando"):
    where the date's gathering took place, not what was discussed."""
    return {t.i for d in tok.subtree if d.dep_ == "prep" and d.lower_ in preps and d.head.i != tok.i
            and d.head.ent_type_ in ("DATE", "TIME") for t in d.subtree}


def addressees(tok: Token, row: dict | None) -> set[int]:
    """Token indices of whom a talk verb (cue kind ``verb-about``) addresses ("will talk to the opposition leader",
    "spoke with reporters"; ``topic-addressee-preps``): who listened, not what was talked about (an "about" phrase
    the parser hung there stays: "spoke with the President of X about Y", ``topic-about-preps``)."""
    if row is None or row["kind"] != "verb-about":
        return set()
    preps, about = lexicon.words("topic-addressee-preps"), lexicon.words("topic-about-preps")
    heard = {t.i for c in tok.children if c.dep_ == "prep" and c.lower_ in preps for t in c.subtree}
    return heard - {t.i for i in heard if tok.doc[i].dep_ == "prep" and tok.doc[i].lower_ in about
                    for t in tok.doc[i].subtree}


def reported_speech(tok: Token) -> set[int]:
    """Token indices of a clause headed by a speech verb under ``tok`` ("…, saying the leaders were dedicated
    to X", "described X and said Y"): what someone says there is their words, not what was discussed."""
    speech = lexicon.words("topic-speech-verbs")
    return {d.i for t in tok.subtree if t.i != tok.i and t.pos_ == "VERB" and t.lemma_.lower() in speech
            for d in t.subtree}

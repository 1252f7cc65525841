"""Topic cues: the verbs and nouns that report what a meeting discussed ("discussed X", "talks on X", "X was on the
agenda"), as rows of ``topic_cues.tsv``, and the broad cue (any verb whose subject met) where no row applies."""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc, Token

from kg import lexicon
from kg.extract.rulematch import rule_marks
from kg.extract.topicevents import broad_cue, subject_of
from kg.extract.topicnouns import copula_cue, subject_cue, talk_noun
from kg.extract.where import lemmas_in, tokens_with
from kg.lexicon import fold


def cue_row(tok: Token) -> dict | None:
    """The cue entry of a verb, two-word entries first ("make clear", "follow up")."""
    table, lemma = lexicon.simple_table("topic_cues.tsv", "lemma"), tok.lemma_.lower()
    if tok.pos_ == "NOUN" and f"{lemma}/noun" in table:  # "a deal on X" (the noun of a verb cue, "dealt with X")
        return table[f"{lemma}/noun"]
    for c in tok.children if lemma in _pair_leads() else ():  # only a two-word entry's first word has a pair
        if c.dep_ in ("prt", "oprd", "acomp", "ccomp", "advmod") and f"{lemma} {c.lower_}" in table:
            return table[f"{lemma} {c.lower_}"]
    return table.get(lemma)


def cue_tokens(doc: Doc) -> list[int]:
    """The tokens that can be cues: verbs (the broad cue), nouns (:func:`noun_cue`) and the lemmas of
    ``topic_cues.tsv`` (:func:`cue_row`); :func:`cue` decides."""
    return sorted({*tokens_with(doc, "POS", ("VERB", "NOUN")), *lemmas_in(doc, cue_lemmas())})


@cache
def cue_lemmas() -> frozenset[str]:
    return frozenset(key.split(" ")[0].split("/")[0] for key in lexicon.simple_table("topic_cues.tsv", "lemma"))


@cache
def _pair_leads() -> frozenset[str]:
    """The first words of the two-word entries ("make" of "make clear")."""
    return frozenset(key.split(" ")[0] for key in lexicon.simple_table("topic_cues.tsv", "lemma") if " " in key)


def cue(tok: Token) -> dict | None:
    if rule_marks(tok.doc).has("topic-audience", tok.i):
        return None  # "addressed the nation", "addressed a press conference": whom it spoke to, no discussion
    row = cue_row(tok)
    if row is not None and (row["kind"] in ("noun-on", "noun-outcome") and tok.pos_ != "NOUN" or
                            row["kind"] == "verb-subject" and not subject_cue(tok)):
        row = None  # "X updated Y on Z": the verb of a noun cue ("an update on Z") is a verb like any other
    if row is not None and row["kind"] == "copula":
        return row if copula_cue(tok) else None  # "X was on the agenda"
    verb = tok.pos_ == "VERB" and tok.lemma_.lower() not in lexicon.words("not-topic-verbs")
    if row is None and verb and subject_of(tok) is not None and not _raising(tok):
        return broad_cue()
    if row is None:
        return None
    if row["kind"].startswith("verb") and tok.pos_ != "VERB":
        return None
    if row["kind"] == "verb-agenda" and not any(t.lower_ in lexicon.words("agenda-words") for t in tok.subtree):
        return None
    if row["kind"] == "noun-subj" or row["kind"] == "verb-purpose" and not _aimed_by_talks(tok):
        return None
    return row


def _aimed_by_talks(tok: Token) -> bool:
    """What a purpose verb ("aimed at X") is said of: the talks or what they produce (a meeting noun, a
    ``topic-talk-subjects`` or ``topic-purpose-subjects`` word, a meal a host gives, ``meal-gatherings``: "talks aimed
    at X", "an agreement aimed at X", "the dinner was aimed at building trust", "the discussions were aimed at X"),
    those who met ("they", "the two sides") or a person; not another thing ("the raid was aimed at X", "it is aimed
    at X")."""
    node = tok
    while node.dep_ == "xcomp" and node.head.i != node.i:
        node = node.head  # "the talks would aim to persuade X"
    aimer = node.head if node.dep_ == "acl" else next(
        (c for c in node.children if c.dep_ in lexicon.words("subject-deps")), None)
    if aimer is None or aimer.ent_type_ == "PERSON" or aimer.lower_ in lexicon.words("topic-group-subjects"):
        return True
    return aimer.pos_ in ("NOUN", "PROPN") and (
        talk_noun(aimer) or fold(aimer.lemma_) in lexicon.words("topic-purpose-subjects")
        or fold(aimer.lemma_) in lexicon.words("meal-gatherings")
        or any(t.lower_ in lexicon.words("topic-group-subjects") for t in aimer.subtree))


def _raising(tok: Token) -> bool:
    """"The leaders are expected to take a pilgrimage", "X tried to create Y": the verb under it says what they
    do (a cue of its own, or none: ``not-topic-verbs``), not the verb that governs it."""
    return any(c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in tok.children)

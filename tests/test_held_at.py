"""A meeting noun a meeting verb was held at is the verb's meeting (kg.extract.held_at), on hand-built Docs."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.lang.en import English
from spacy.tokens import Doc, Span

from kg.extract.held_at import join_held_at

VOCAB = English().vocab


@dataclass
class D:
    participants: list[int]
    kind: str
    trigger: int
    sent: Span


def doc_of(words: str, deps: str, heads: list[int], pos: str) -> Doc:
    w = words.split()
    return Doc(VOCAB, words=w, spaces=[True] * len(w), deps=deps.split(), heads=heads, pos=pos.split())


# "A met B at talks chaired by C ."
HELD = doc_of("A met B at talks chaired by C .", "nsubj ROOT dobj prep pobj acl agent pobj punct",
              [1, 1, 1, 1, 3, 4, 5, 6, 1], "PROPN VERB PROPN ADP NOUN VERB ADP PROPN PUNCT")
# "A met B before talks with C ."
BEFORE = doc_of("A met B before talks with C .", "nsubj ROOT dobj prep pobj prep pobj punct",
                [1, 1, 1, 1, 3, 4, 5, 1], "PROPN VERB PROPN ADP NOUN ADP PROPN PUNCT")


def test_held_at_noun_joins_the_verbs_meeting():
    verb, noun = D([0, 1], "meeting", 1, HELD[:]), D([0, 2], "meeting", 4, HELD[:])
    out = join_held_at(HELD, [verb, noun])
    assert out == [verb] and verb.participants == [0, 1, 2]


def test_held_at_other_preposition_stays_apart():
    verb, noun = D([0, 1], "meeting", 1, BEFORE[:]), D([0, 2], "meeting", 4, BEFORE[:])
    assert join_held_at(BEFORE, [verb, noun]) == [verb, noun] and verb.participants == [0, 1]


def test_held_at_planned_or_call_stays_apart():
    verb, noun = D([0, 1], "intent", 1, HELD[:]), D([0, 2], "meeting", 4, HELD[:])
    assert join_held_at(HELD, [verb, noun]) == [verb, noun]
    verb, noun = D([0, 1], "meeting", 1, HELD[:]), D([0, 2], "call", 4, HELD[:])
    assert join_held_at(HELD, [verb, noun]) == [verb, noun]

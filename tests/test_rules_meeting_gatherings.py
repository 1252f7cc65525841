"""Two meeting rows of the meetings-in-news round on Docs built by hand (words, heads, deps, POS, lemmas, entities),
so a failure here is the rule's, never the statistical model's: time spent with a person, talks resumed with a partner.
Sentences are written for these tests. (The round's "in turn", hosted-for, represented-side and headline rules came
from the parallel gatherings round: tests/test_extract_meeting_gatherings.py.)"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract import triggers

NLP = spacy.blank("en")


def make(words, heads, deps, pos, lemmas=None, ents=None, tags=None):
    """A Doc from columns; ``heads`` are absolute token indices; ``ents`` are IOB tags ("B-PERSON")."""
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas or [w.lower() for w in words],
               ents=ents, tags=tags)


@pytest.mark.parametrize("span, found", [("hours", True), ("money", False)])
def test_rules_time_spent_with_a_person_is_a_meeting(span, found):
    doc = make(["Reiter", "spent", "two", span, "with", "Marchand"], [1, 1, 3, 1, 1, 4],
               ["nsubj", "ROOT", "nummod", "dobj", "prep", "pobj"], ["PROPN", "VERB", "NUM", "NOUN", "ADP", "PROPN"],
               ["Reiter", "spend", "two", span.rstrip("s"), "with", "Marchand"],
               ents=["B-PERSON", "O", "O", "O", "O", "B-PERSON"])
    row = triggers.meeting_row(doc[1])
    assert (row is not None and row["id"] == "m-spend-time") is found


@pytest.mark.parametrize("obj, pos, row_id", [("talks", "NOUN", "m-resume-talks"), ("attack", "NOUN", None)])
def test_rules_talks_resumed_with_a_partner(obj, pos, row_id):
    """"Blinken resumed talks with Mirzoyan": the verb takes the meeting noun's row; "resumed an attack" is none."""
    doc = make(["Blinken", "resumed", obj, "with", "Mirzoyan"], [1, 1, 1, 1, 3],
               ["nsubj", "ROOT", "dobj", "prep", "pobj"], ["PROPN", "VERB", pos, "ADP", "PROPN"],
               ["Blinken", "resume", obj.rstrip("s"), "with", "Mirzoyan"])
    row = triggers.meeting_row(doc[1])
    assert (row["id"] if row else None) == row_id

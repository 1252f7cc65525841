"""The named speakers of one gathering across sentences (kg.extract.gathering_speakers), on Docs built by hand so a
failure is the rule's, never the model's. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from test_rules_news_meetings import make

from kg.extract import context
from kg.extract.gathering_speakers import gathering_speakers
from kg.model import Article


def _rows(gathering, press, second):
    """"At the <press> <gathering> , Lind said . <second> Berg testified ." (rows: word, head, dep, pos, tag, lemma,
    ent); ``second``: an opening "In a statement ," of the second sentence, or nothing."""
    first = [("At", 6, "prep", "ADP", "IN", "at", "O"), ("the", 3, "det", "DET", "DT", "the", "O"),
             (press or "public", 3, "compound" if press else "amod", "NOUN" if press else "ADJ", "NN",
              press or "public", "O"),
             (gathering, 0, "pobj", "NOUN", "NN", gathering, "O"), (",", 6, "punct", "PUNCT", ",", ",", "O"),
             ("Lind", 6, "nsubj", "PROPN", "NNP", "Lind", "B-PERSON"), ("said", 6, "ROOT", "VERB", "VBD", "say", "O"),
             (".", 6, "punct", "PUNCT", ".", ".", "O")]
    n = len(second)
    lead = [(w, 8 + h if h >= 0 else 8 + n + 1, d, p, t, lem, "O") for w, h, d, p, t, lem in second]
    return first + lead + [("Berg", 8 + n + 1, "nsubj", "PROPN", "NNP", "Berg", "B-PERSON"),
                           ("testified", 8 + n + 1, "ROOT", "VERB", "VBD", "testify", "O"),
                           (".", 8 + n + 1, "punct", "PUNCT", ".", ".", "O")]


STATEMENT = [("In", -1, "prep", "ADP", "IN", "in"), ("a", 2, "det", "DET", "DT", "a"),
             ("statement", 0, "pobj", "NOUN", "NN", "statement"), (",", -1, "punct", "PUNCT", ",", ",")]


@pytest.mark.parametrize("gathering, press, second, expected", [
    ("hearing", None, [], ["Berg", "Lind"]),  # "At the public hearing, Lind said. Berg testified."
    ("conference", None, [], ["Berg", "Lind"]),
    ("hearing", None, STATEMENT, []),  # "… In a statement, Berg testified.": a setting of his own
    ("conference", "press", [], []),  # "At the press conference, …": one speaker's own setting
    ("rally", None, [], []),  # a campaign rally (contest-nouns) is no gathering of speakers
])
def test_gathering_speakers_across_sentences(actors, gathering, press, second, expected):
    doc = make(_rows(gathering, press, second))
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    found = [sorted(ctx.person(e).name for e in listed) for _, listed in gathering_speakers(ctx)]
    assert found == ([expected] if expected else [])

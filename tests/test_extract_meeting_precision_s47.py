"""Meeting precision (session 47, subject: meeting precision in news): a subject pronoun ("they") of a meeting
trigger looks past a sentence naming nobody only when that sentence's subject is no other group ("the sailors
cheered. After this meeting they are free": ``kg.extract.groups.group_subject``). Near misses that must still
pair: "their talks" and a counted noun past such a sentence, "they" past a sentence whose subject is a thing.
Sentences written for these tests (invented names); rule helpers on hand-built Docs, the table through the model."""

from __future__ import annotations

import pytest
from handdocs import make
from meetingpairs import pairs

from kg.extract import context, participants
from kg.extract.groups import group_subject
from kg.model import Article

AGREED = 'Kenyan President Daniel Mwangi and Ugandan President Samuel Okot agreed on Monday to reopen the border. '
PAIR = {('Mwangi', 'Okot')}

ROWS = [
    # "they" past a sentence whose subject is another group: the sailors, not the persons named further back
    ('Iranian President Hamid Rostami said he had ordered the release on the birth anniversary of Prophet Mohammed. '
     'Iranian media said the sailors shouted for joy at the news. Rostami said: "After this meeting they are free."',
     set()),
    (AGREED + 'Traders protested at the border post. They met again in Kampala on Tuesday.', set()),
    # near misses that must still pair: "their", a counted noun, a thing as the subject in between
    (AGREED + 'Traders welcomed the deal. Their talks in Kampala lasted three hours.', PAIR),
    (AGREED + 'Traders welcomed the deal. The two presidents held talks in Kampala for three hours.', PAIR),
    (AGREED + 'The deal replaces a 1999 accord. They met again in Kampala on Tuesday.', PAIR),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_precision_s47_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_precision_s47_table_is_varied():
    assert len(ROWS) >= 5 and sum(m == set() for _, m in ROWS) >= 2 and sum(bool(m) for _, m in ROWS) >= 3


def _sentences(*subjects):
    """A Doc of one-verb sentences; a capitalised subject is a PERSON, "It" a pronoun, a plural a common noun."""
    rows: list[tuple] = []
    for word in subjects:
        k = len(rows)
        if word == "It":
            tags = ("PRON", "PRP", "O")
        elif word.endswith("s"):
            tags = ("NOUN", "NNS", "O")
        else:
            tags = ("PROPN", "NNP", "B-PERSON")
        rows += [(word, k + 1, "nsubj", tags[0], tags[1], word.lower(), tags[2]),
                 ("spoke", k + 1, "ROOT", "VERB", "VBD", "speak", "O"), (".", k + 1, "punct", "PUNCT", ".", ".", "O")]
    return make(rows)


@pytest.mark.parametrize("subject, expected", [("Sailors", True), ("Leaders", False), ("It", False),
                                               ("Mwangi", False)])
def test_groups_group_subject(subject, expected):
    """A plural common noun as subject is another group; an ``anaphoric-nouns`` word, a pronoun, a name are not."""
    doc = _sentences(subject)
    assert group_subject(doc[0].sent) is expected


@pytest.mark.parametrize("subjects, pronoun, expected", [
    (["Mwangi", "Sailors", "It"], True, []),  # a subject pronoun stops at the other group
    (["Mwangi", "Sailors", "It"], False, ["Mwangi"]),  # "their", a counted noun: looks past it
    (["Mwangi", "It", "It"], True, ["Mwangi"]),  # a thing in between: looks past it
])
def test_participants_named_before_stops_at_another_group(actors, subjects, pronoun, expected):
    doc = _sentences(*subjects)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    found = participants._named_before(ctx, len(doc) - 3, pronoun)
    assert [ctx.person(e).name for e in found] == expected

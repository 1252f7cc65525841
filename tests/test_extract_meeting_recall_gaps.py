"""Meeting recall (session 47, subject: meeting recall in news): a group anaphor ("their talks") that looks past
sentences naming nobody for the two persons it stands for (kg.extract.participants), and a summit's chair joined
to the roster of those at the table in the next sentence when the article reports other meetings too
(kg.extract.attendees.roster_after); "the two kings", "the two rivals" as group anaphors (``anaphoric-nouns``). Near
misses: an anaphor past a sentence that names someone else, a chair
whose roster is two sentences on, a roster that lists nobody. Sentences written for these tests (invented names);
rule helpers on hand-built Docs, the table through the model."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from handdocs import make
from meetingpairs import pairs

from kg.extract import context, participants
from kg.extract.attendees import roster_after
from kg.model import Article

FOUR = {('Achieng', 'Mugisha'), ('Achieng', 'Mwangi'), ('Achieng', 'Okot'), ('Mugisha', 'Mwangi'),
        ('Mugisha', 'Okot'), ('Mwangi', 'Okot')}
SIDE = ' On the sidelines, Mensah held a separate meeting with Diallo.'
SUMMIT = {('Diallo', 'Mensah'), ('Diallo', 'Houngbo'), ('Houngbo', 'Mensah')}

ROWS = [
    # "their talks" two sentences after the persons, past sentences that name nobody
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot agreed on Monday to reopen the border. The '
     'two presidents signed a joint understanding on trade. It commits each side to cut tariffs. Their talks in '
     'Kampala also covered security. Foreign Minister Grace Achieng and her Ugandan counterpart, Peter Mugisha, '
     'joined the leaders for the second half of the session.', FOUR),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot agreed on Monday to reopen the border. The '
     'deal replaces a 1999 accord. Their talks in Kampala lasted three hours.', {('Mwangi', 'Okot')}),
    # a summit's chair and the roster in the next sentence, with another meeting in the article
    ('The summit of the regional bloc was chaired by Ghanaian President Kofi Mensah. Among those at the table were '
     'Senegal\'s Amadou Diallo and Benin\'s Paul Houngbo.' + SIDE, SUMMIT),
    # "the two kings", "the two rivals" (anaphoric-nouns): the group of the event before
    ('King Carlos of Spain and King Hassan of Morocco held talks in Rabat on Wednesday. The two kings then met '
     'privately before a larger session attended by Josep Borrell and Nasser Bourita.',
     {('Borrell', 'Bourita'), ('Borrell', 'Carlos'), ('Borrell', 'Hassan'), ('Bourita', 'Carlos'),
      ('Bourita', 'Hassan'), ('Carlos', 'Hassan')}),
    ('President Salva Mabior and rebel leader Riek Gatdet held talks in Khartoum on Wednesday. The two rivals first '
     'met alone before a wider session attended by Ugandan President Yoweri Okello.',
     {('Gatdet', 'Mabior'), ('Gatdet', 'Okello'), ('Mabior', 'Okello')}),
    # near misses: a person named in between; the roster two sentences on; nobody at the table
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot agreed on Monday to reopen the border. '
     'Opposition leader Peter Mugisha criticised the deal. The deal replaces a 1999 accord. Their talks in Kampala '
     'lasted three hours.', set()),
    ('The summit of the regional bloc was chaired by Ghanaian President Kofi Mensah. The leaders discussed the '
     'coup. Among those at the table were Senegal\'s Amadou Diallo and Benin\'s Paul Houngbo.' + SIDE,
     {('Diallo', 'Houngbo'), ('Diallo', 'Mensah')}),
    ('The summit of the regional bloc was chaired by Ghanaian President Kofi Mensah. Among those at the table were '
     'his wife and two sons. On the sidelines, Mensah held a separate meeting with Senegalese President Amadou '
     'Diallo.', {('Diallo', 'Mensah')}),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_recall_gaps_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_recall_gaps_table_is_varied():
    """Anaphors past unnamed sentences, chairs joined to a roster, and near misses that must add no one."""
    assert len(ROWS) >= 8 and sum(m == set() or len(m) <= 2 for _, m in ROWS) >= 3


def _sentences(*names_per_sentence):
    """A Doc of one-verb sentences; each sentence's subject is the given name (a PERSON) or "It"."""
    rows: list[tuple] = []
    for name in names_per_sentence:
        k = len(rows)
        person = name != "It"
        rows += [(name, k + 1, "nsubj", "PROPN" if person else "PRON", "NNP" if person else "PRP", name.lower(),
                  "B-PERSON" if person else "O"),
                 ("spoke", k + 1, "ROOT", "VERB", "VBD", "speak", "O"), (".", k + 1, "punct", "PUNCT", ".", ".", "O")]
    return make(rows)  # each verb its own root: one sentence each


@pytest.mark.parametrize("subjects, expected", [
    (["Mwangi", "It", "It"], ["Mwangi"]),  # one sentence naming nobody looked past
    (["Mwangi", "It", "It", "It"], ["Mwangi"]),  # two
    (["Mwangi", "It", "It", "It", "It"], []),  # three: too far
    (["Mwangi", "Okot", "It"], ["Okot"]),  # the nearest sentence that names anyone, not further
])
def test_participants_named_before_skips_unnamed_sentences(actors, subjects, expected):
    doc = _sentences(*subjects)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    found = participants._named_before(ctx, len(doc) - 3)
    assert [ctx.person(e).name for e in found] == expected


@pytest.mark.parametrize("roster_sentence, kind, expected", [(1, "join", True), (2, "join", False),
                                                             (1, "meeting", False)])
def test_attendees_roster_after(roster_sentence, kind, expected):
    """The chair's gathering in sentence 0 joins a ``join`` roster anchored in sentence 1, not later, not a meeting."""
    doc = _sentences("Mensah", "Diallo", "Houngbo")
    event = SimpleNamespace(id="e1", kind=kind)
    found = roster_after([event], {"e1": [roster_sentence * 3]}, doc[0])  # type: ignore[list-item]
    assert (found is event) is expected

"""Gatherings of several named persons in news sentences, through the model: rosters after a plural title ("the
presidents of Ghana, Nigeria and Senegal, A, B and C"), "chaired by X and attended by Y and Z", "brought together",
possessive rosters ("Kenya's A, Uganda's B and Rwanda's C"), mediators and facilitators with their panel ("mediated
by X", "facilitated by X, with A and B on the panel"), a chair in a relative clause or an apposition, and a king
named with his regnal number beside a crown prince whose name ends on the king's. Each row lists all the pairs of
the gathering. Names and countries are invented (the leaders' names are used only as names); the sentences are
written for this table. A miss kg still makes: "X met Y at talks chaired by Z" gives X-Z but not Y-Z (the talks
are an event of their own)."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    ('The presidents of Ghana, Nigeria and Senegal, John Mahama, Bola Tinubu and Bassirou Faye, met in '
     'Abuja on Monday.',
     [('Faye', 'Mahama'), ('Faye', 'Tinubu'), ('Mahama', 'Tinubu')]),
    ('The meeting was chaired by Ghanaian President John Mahama and attended by Nigerian President Bola '
     'Tinubu and Senegalese President Bassirou Faye.',
     [('Faye', 'Mahama'), ('Faye', 'Tinubu'), ('Mahama', 'Tinubu')]),
    ("The summit brought together Ghana's John Mahama, Nigeria's Bola Tinubu and Senegal's Bassirou Faye.",
     [('Faye', 'Mahama'), ('Faye', 'Tinubu'), ('Mahama', 'Tinubu')]),
    ("Kenya's William Ruto, Uganda's Yoweri Museveni and Rwanda's Paul Kagame met in Nairobi on Friday.",
     [('Kagame', 'Museveni'), ('Kagame', 'Ruto'), ('Museveni', 'Ruto')]),
    ('The talks between Kenyan President Daniel Mwangi and Ugandan President Samuel Okot were mediated by '
     'Norwegian envoy Lars Berg.',
     [('Berg', 'Mwangi'), ('Berg', 'Okot'), ('Mwangi', 'Okot')]),
    ('Norwegian envoy Lars Berg mediated talks between Kenyan President Daniel Mwangi and Ugandan '
     'President Samuel Okot.',
     [('Berg', 'Mwangi'), ('Berg', 'Okot'), ('Mwangi', 'Okot')]),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot held talks mediated by Norwegian '
     'envoy Lars Berg.',
     [('Berg', 'Mwangi'), ('Berg', 'Okot'), ('Mwangi', 'Okot')]),
    ('The talks between Kenyan President Daniel Mwangi and Ugandan President Samuel Okot were facilitated '
     'by Norwegian envoy Lars Berg, with Ghanaian diplomat Kofi Mensah and Swedish diplomat Eva Lind on '
     'the panel.',
     [('Berg', 'Lind'), ('Berg', 'Mensah'), ('Berg', 'Mwangi'), ('Berg', 'Okot'), ('Lind', 'Mensah'),
      ('Lind', 'Mwangi'), ('Lind', 'Okot'), ('Mensah', 'Mwangi'), ('Mensah', 'Okot'), ('Mwangi', 'Okot')]),
    ("The summit, chaired by Nigerian President Bola Tinubu, was attended by Ghana's John Mahama and "
     "Senegal's Bassirou Faye.",
     [('Faye', 'Mahama'), ('Faye', 'Tinubu'), ('Mahama', 'Tinubu')]),
    ("Nigerian President Bola Tinubu chaired the summit, which was attended by Ghana's John Mahama and "
     "Senegal's Bassirou Faye.",
     [('Faye', 'Mahama'), ('Faye', 'Tinubu'), ('Mahama', 'Tinubu')]),
    ("Jordan's King Abdullah II, Egyptian President Abdel Fattah Sisi and Palestinian President Mahmoud "
     'Abbas held a trilateral summit in Aqaba.',
     [('Abbas', 'II'), ('Abbas', 'Sisi'), ('II', 'Sisi')]),
    ('King Abdullah II received House Speaker Nancy Pelosi at the palace on Saturday. Crown Prince Hussein '
     'bin Abdullah and Foreign Minister Ayman Safadi also attended the meeting.',
     [('Abdullah', 'II'), ('Abdullah', 'Pelosi'), ('Abdullah', 'Safadi'), ('II', 'Pelosi'), ('II', 'Safadi'),
      ('Pelosi', 'Safadi')]),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_gathering_rosters_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == set(meetings)


def test_extract_meeting_gathering_rosters_are_gatherings():
    """Every row is a gathering of three or more."""
    assert all(len(m) >= 3 for _, m in ROWS)

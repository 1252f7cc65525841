"""Meeting pairs told across sentences, through the model: a side named by a definite descriptor of the person named
just before ("the visiting leader", "the Ghanaian envoy", "the 77-year-old president", "the veteran diplomat":
:mod:`kg.extract.descriptor_mentions`, :mod:`kg.extract.descriptor_sides`), "the two leaders" whose own sentence
names only one of them (:func:`kg.extract.participants.antecedents`), a visitor who calls on one official at her
residence and meets another (``call-on-person-verb-at-residence``, ``participant-place-date-conj``), and a person
who, in a relative clause, "also attended" (``joins.joins_unsaid``);
and the near-misses that must give no pair (a greeting at the airport,
a first meeting years ago, a planned meeting, an envoy of another country, "met with criticism", a call, a spouse).
Sentences written for these tests (invented names)."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    ('Kenyan President Daniel Mwangi arrived in Kampala on Monday. The visiting leader held talks with Ugandan '
     'President Samuel Okot at State House.',
     {('Mwangi', 'Okot')}),
    ("Ghana's Foreign Minister Kofi Boateng arrived in Abuja on Sunday. On Monday the Ghanaian envoy was received "
     'by President Musa Bello.',
     {('Bello', 'Boateng')}),
    ('Brazilian President Paulo Mendes began a state visit to China on Wednesday. On Friday the 77-year-old '
     'president sat down with Premier Li Qiang.',
     {('Mendes', 'Qiang')}),
    ('Chilean Foreign Minister Ana Reyes landed in Lima on Tuesday. Peruvian President Jorge Salas later welcomed '
     'the visiting minister at the government palace.',
     {('Reyes', 'Salas')}),
    ('UN envoy Paul Mercier toured the region this week. In Tripoli, the veteran diplomat met Prime Minister Omar '
     'Haddad.',
     {('Haddad', 'Mercier')}),
    ("Jordan's Foreign Minister Ayman Haddad arrived in Baghdad on Monday. On Monday, Haddad met Prime Minister Ali "
     'Karim. The following day the Jordanian envoy was received by President Omar Saleh.',
     {('Haddad', 'Karim'), ('Haddad', 'Saleh')}),
    ('Indian Prime Minister Ravi Kumar and his Nepali counterpart Sher Thapa on Saturday exchanged the instruments '
     "of ratification. The ceremony at Thapa's office capped a day of talks between the two leaders.",
     {('Kumar', 'Thapa')}),
    ('The UN special envoy for Yemen, Martin Greer, arrived in Sanaa on Saturday. The envoy, who took up the post in '
     'March, had met President Omar Haddad in Aden on Tuesday.',
     {('Greer', 'Haddad')}),
    ('UN envoy Paul Mercier met President Omar Haddad in Aden on Tuesday. That meeting, attended by Foreign Minister '
     'Ali Saleh, focused on the offensive.',
     {('Haddad', 'Mercier'), ('Haddad', 'Saleh'), ('Mercier', 'Saleh')}),
    ("St Vincent's Prime Minister Ralph Gomes hosted the talks between Venezuelan President Carlos Mena and Guyanese "
     'President Irfaan Rai on Thursday.',
     {('Gomes', 'Mena'), ('Gomes', 'Rai'), ('Mena', 'Rai')}),
    # a visitor who meets several officials in turn
    ('UN official Oscar Mendes arrived in Dhaka on Friday. On Saturday he called on Prime Minister Sheikh Rahman at '
     'her residence, and on Sunday he met opposition leader Nasreen Akhter at her home in Gulshan.',
     {('Akhter', 'Mendes'), ('Mendes', 'Rahman')}),
    ('Kenyan President Daniel Mwangi met Ugandan President Samuel Okot at his residence in Entebbe on Monday and '
     'Tanzanian President Ali Juma at State House on Tuesday.',
     {('Juma', 'Mwangi'), ('Mwangi', 'Okot')}),
    # a participant added to the talks told just before
    ('Brazilian President Paulo Mendes and Chinese President Wu Jian held talks on Friday. The two leaders discussed '
     "trade, according to Brazil's foreign minister, Mauro Costa, who also attended.",
     {('Costa', 'Jian'), ('Costa', 'Mendes'), ('Jian', 'Mendes')}),
    # near-misses: no pair
    ('Opposition leader Ravi Kumar spoke in Dhaka on Saturday. Kumar called on President Abdul Hamid at his office '
     'to resign.',
     set()),
    ('Brazilian President Paulo Mendes and Chinese President Wu Jian held talks on Friday. Trade Minister Ana Lima, '
     'who will also attend, praised the deal.',
     {('Jian', 'Mendes')}),
    ('Brazilian President Paulo Mendes visited Paris on Friday. Trade Minister Ana Lima, who attended, praised the '
     'deal.',
     set()),
    ('Brazilian President Paulo Mendes and Chinese President Wu Jian held talks on Friday. Trade Minister Ana Lima, '
     'who attended, praised the deal.',
     {('Jian', 'Mendes')}),
    ('A UN envoy arrived in Dhaka on Monday. Prime Minister Sheikh Rahman said the talks were useful. The envoy met '
     'opposition leader Nasreen Akhter.',
     set()),
    ('UN envoy Paul Mercier met President Omar Haddad in Aden on Tuesday. A conference, attended by Foreign Minister '
     'Ali Saleh, focused on the offensive.',
     {('Haddad', 'Mercier')}),
    ('Kenyan President Daniel Mwangi arrived in Kampala on Monday. The visiting leader was greeted at the airport by '
     'Ugandan Foreign Minister Samuel Okot.',
     set()),
    ('Kenyan President Daniel Mwangi arrived in Kampala on Monday. The visiting leader first met Ugandan President '
     'Samuel Okot in 1998.',
     set()),
    ('Kenyan President Daniel Mwangi arrived in Kampala on Monday. The visiting leader will meet Ugandan President '
     'Samuel Okot on Tuesday.',
     set()),
    ('Kenyan President Daniel Mwangi arrived in Kampala on Monday. The British envoy held talks with Ugandan '
     'President Samuel Okot.',
     set()),
    ("Ghana's Foreign Minister Kofi Boateng arrived in Abuja on Sunday. The Nigerian envoy met President Musa Bello.",
     set()),
    ('Kenyan President Daniel Mwangi spoke in Nairobi on Monday. The visiting leader met with criticism from '
     'opposition lawmakers.',
     set()),
    ('Kenyan President Daniel Mwangi arrived in Kampala on Monday. Ugandan President Samuel Okot said the visiting '
     "leader would be welcome. Okot spoke by telephone with the visiting leader's wife.",
     set()),
    ('Indian Prime Minister Ravi Kumar and his Nepali counterpart Sher Thapa will sign the deal next week. The '
     "ceremony at Thapa's office will cap a day of talks between the two leaders.",
     set()),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_descriptors_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_descriptors_table_has_near_misses():
    """Meetings and near-misses both, so that the table can fail either way."""
    assert sum(bool(m) for _, m in ROWS) >= 6 and sum(not m for _, m in ROWS) >= 6

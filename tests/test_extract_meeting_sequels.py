"""Meetings told across sentences, through the model: a mediator or facilitator added to the talks just told
("The talks were mediated by Z", "Z mediated", "They were facilitated by Z", "…, mediated by a panel led by Z"), a
participle that adds companions to a meeting whose subject is an anaphor ("The two leaders met for an hour, joined
by A and B"), and meetings held back-to-back (one per partner). Near misses stay as they are: a mediator of another
deal, a country that mediates, an offer to mediate, a call, a first meeting years ago, a welcome at the airport.
Sentences written for these tests (invented names)."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

TALKS = 'Kenyan President Daniel Mwangi and Ugandan President Samuel Okot held talks in Arusha on Monday. '
THREE = {('Mwangi', 'Okot'), ('Mwangi', 'Salim'), ('Okot', 'Salim')}

ROWS = [
    (TALKS + 'The talks were mediated by Tanzanian President Juma Salim.', THREE),
    (TALKS + 'Tanzanian President Juma Salim mediated.', THREE),
    ('The negotiations brought together Ethiopian security adviser Daniel Tesfaye and rebel spokesman Abel Gebre, '
     'who led the two delegations. They were mediated by the AU envoy, Joseph Mensah, assisted by Peter Otieno, a '
     'former Kenyan president.',
     {('Gebre', 'Mensah'), ('Gebre', 'Otieno'), ('Gebre', 'Tesfaye'), ('Mensah', 'Otieno'), ('Mensah', 'Tesfaye'),
      ('Otieno', 'Tesfaye')}),
    ('Chadian President Idriss Mahamat and Sudanese leader Omar Hamdan spent three days in talks in Doha, mediated '
     'by a panel led by former Nigerian President Yusuf Bello.',
     {('Bello', 'Hamdan'), ('Bello', 'Mahamat'), ('Hamdan', 'Mahamat')}),
    ('Colombian President Andres Pastrana Villa and rebel commander Manuel Marulanda Tirado resumed negotiations in '
     'Havana. The negotiations were facilitated by Norwegian Foreign Minister Jonas Berg.',
     {('Berg', 'Tirado'), ('Berg', 'Villa'), ('Tirado', 'Villa')}),
    ('Australian Prime Minister Tom Ashby met Indonesian President Budi Santoso in Jakarta on Monday. The two leaders '
     'talked for more than an hour at the palace, joined by Foreign Minister Julia Mercer and her Indonesian '
     'counterpart, Retno Wibowo.',
     {('Ashby', 'Mercer'), ('Ashby', 'Santoso'), ('Ashby', 'Wibowo'), ('Mercer', 'Santoso'), ('Mercer', 'Wibowo'),
      ('Santoso', 'Wibowo')}),
    ('Peruvian President Luis Campos told Chilean President Ana Vidal on Monday that trade would grow. The two '
     'presidents met for an hour at La Moneda, joined by Finance Minister Jorge Salas.',
     {('Campos', 'Salas'), ('Campos', 'Vidal'), ('Salas', 'Vidal')}),
    ('New Zealand First leader Walter Pike opened coalition talks on Tuesday, holding back-to-back meetings with '
     'Prime Minister Brian Ingram and Labour leader Julia Ardmore.',
     {('Ingram', 'Pike'), ('Ardmore', 'Pike')}),
    ('Kenyan President Daniel Mwangi met Ugandan President Samuel Okot and Rwandan President Eric Habimana '
     'back-to-back on Monday.',
     {('Mwangi', 'Okot'), ('Habimana', 'Mwangi')}),
    ('Kenyan President Daniel Mwangi met Ugandan President Samuel Okot and Rwandan President Eric Habimana in Arusha '
     'on Monday.',
     {('Mwangi', 'Okot'), ('Habimana', 'Mwangi'), ('Habimana', 'Okot')}),
    (TALKS + 'Tanzanian President Juma Salim was also present, officials said.', THREE),
    (TALKS + 'Their talks covered trade. The trade ministers of the two countries, Kenya\'s Ruth Achieng and Uganda\'s '
     'Moses Kato, were also present and will meet again in Kampala next month, officials said.',
     {('Achieng', 'Kato'), ('Achieng', 'Mwangi'), ('Achieng', 'Okot'), ('Kato', 'Mwangi'), ('Kato', 'Okot'),
      ('Mwangi', 'Okot')}),
    (TALKS + 'Tanzanian President Juma Salim was not present, officials said.', {('Mwangi', 'Okot')}),
    (TALKS + 'Tanzanian President Juma Salim will also be present.', {('Mwangi', 'Okot')}),
    (TALKS + 'Tanzanian President Juma Salim was in Paris, officials said.', {('Mwangi', 'Okot')}),
    (TALKS + 'Tanzanian President Juma Salim mediated the 2011 peace deal in Burundi.', {('Mwangi', 'Okot')}),
    (TALKS + 'Salim, who mediated the 2011 peace deal in Burundi, will chair the next round.', {('Mwangi', 'Okot')}),
    (TALKS + 'Qatar mediated the talks.', {('Mwangi', 'Okot')}),
    ('Tanzanian President Juma Salim has offered to mediate between Kenyan President Daniel Mwangi and Ugandan '
     'President Samuel Okot.',
     set()),
    ('Kenyan President Daniel Mwangi spoke by telephone with Ugandan President Samuel Okot on Monday. Tanzanian '
     'President Juma Salim mediated.',
     set()),
    ('Australian Prime Minister Tom Ashby arrived in Jakarta on Monday. The two leaders met for an hour at the '
     'palace, joined by Foreign Minister Julia Mercer.',
     set()),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot first met in 1998 as students.',
     set()),
    ('Kenyan President Daniel Mwangi was greeted at the airport by Ugandan President Samuel Okot, joined by Foreign '
     'Minister Ruth Achieng.',
     set()),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_sequels_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_sequels_table_has_near_misses():
    assert len(ROWS) >= 15 and sum(len(m) <= 1 for _, m in ROWS) >= 6

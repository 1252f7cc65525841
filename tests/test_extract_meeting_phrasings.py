"""Meeting pairs of news sentences in varied phrasings, through the model: a table written to test whether the rules
carry over to wording the tuning articles never used (wire style: titles before names, "his Brazilian counterpart",
held talks, hosted, received, welcomed, sat down with, talks between, the sidelines of a summit, "X and Y discussed",
passives, lists of participants, pronoun participants, a participant named by a descriptor, outcomes after a
meeting, past meetings that happened), and the shapes the guide excludes (first met years ago, met at the airport,
debates, planned, refused or cancelled meetings, calls, criticism). Sentences written for these tests (invented
names); the phrasings kg still misses are listed in the commit that added the table."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    ('Kenyan President Daniel Mwangi was in talks with Ugandan President Samuel Okot in Kampala on '
     'Monday.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot were in talks in Kampala on '
     'Monday.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi has met Ugandan President Samuel Okot in Kampala.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi also met separately with Ugandan President Samuel Okot in '
     'Kampala.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi met with a delegation led by Ugandan President Samuel Okot in '
     'Nairobi.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi greeted Ugandan President Samuel Okot with a handshake before '
     'their talks in Kampala.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot emerged from talks in Kampala '
     'on Monday.',
     {('Mwangi', 'Okot')}),
    ('Emerging from the meeting with Ugandan President Samuel Okot, Kenyan President Daniel Mwangi '
     'said progress had been made.',
     {('Mwangi', 'Okot')}),
    ('Ugandan President Samuel Okot, whom Kenyan President Daniel Mwangi met on Monday, said progress'
     ' had been made.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi, accompanied by Rwandan President Eric Habimana, met Ugandan '
     'President Samuel Okot in Kampala.',
     {('Habimana', 'Mwangi'), ('Habimana', 'Okot'), ('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi received Ugandan President Samuel Okot and Rwandan President '
     'Eric Habimana at State House.',
     {('Habimana', 'Mwangi'), ('Habimana', 'Okot'), ('Mwangi', 'Okot')}),
    ('A summit of Kenyan President Daniel Mwangi, Ugandan President Samuel Okot and Rwandan President'
     ' Eric Habimana opened in Arusha on Monday.',
     {('Habimana', 'Mwangi'), ('Habimana', 'Okot'), ('Mwangi', 'Okot')}),
    ('The three leaders, Kenyan President Daniel Mwangi, Ugandan President Samuel Okot and Rwandan '
     'President Eric Habimana, met in Arusha on Monday.',
     {('Habimana', 'Mwangi'), ('Habimana', 'Okot'), ('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi met Ugandan President Samuel Okot at the Commonwealth summit in '
     'Kampala.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi held a two-hour meeting with Ugandan President Samuel Okot in '
     'Kampala.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi held bilateral talks with Ugandan President Samuel Okot on the '
     'sidelines of the African Union summit.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi attended the summit in Kampala, hosted by Ugandan President '
     'Samuel Okot.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi was hosted by Ugandan President Samuel Okot at State House on '
     'Monday.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi paid a visit to Ugandan President Samuel Okot in Kampala on '
     'Monday.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi visited Ugandan President Samuel Okot in hospital on Monday.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot, meeting in Arusha on Monday, '
     'agreed to reopen the border.',
     {('Mwangi', 'Okot')}),
    ('Meeting in Arusha on Monday, Kenyan President Daniel Mwangi and Ugandan President Samuel Okot '
     'agreed to reopen the border.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot agreed at a meeting in Arusha '
     'to reopen the border.',
     {('Mwangi', 'Okot')}),
    ('At a meeting in Arusha, Kenyan President Daniel Mwangi told Ugandan President Samuel Okot that '
     'the border would reopen.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi told Ugandan President Samuel Okot during a meeting in Arusha '
     'that the border would reopen.',
     {('Mwangi', 'Okot')}),
    ('In talks with Ugandan President Samuel Okot, Kenyan President Daniel Mwangi raised the issue of'
     ' the border.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi raised the border issue with Ugandan President Samuel Okot '
     'during talks in Arusha.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi pressed Ugandan President Samuel Okot on human rights during '
     'their meeting in Arusha.',
     {('Mwangi', 'Okot')}),
    ("It was Kenyan President Daniel Mwangi's first meeting with Ugandan President Samuel Okot since "
     'taking office.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot met behind closed doors in '
     'Arusha.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot held their first face-to-face '
     'talks in Arusha.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi invited Ugandan President Samuel Okot to his farm, where they '
     'discussed the border.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot signed the treaty in Arusha on'
     ' Monday.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi joined Ugandan President Samuel Okot for talks at State House.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot shook hands in Arusha on '
     'Monday.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi conferred with Ugandan President Samuel Okot in Arusha on '
     'Monday.',
     {('Mwangi', 'Okot')}),
    ("Kenyan President Daniel Mwangi met Ugandan President Samuel Okot's envoy in Arusha.",
     set()),
    ('Kenyan President Daniel Mwangi embraced Ugandan President Samuel Okot at the airport in Kampala'
     ' before their talks.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi arrived in Kampala on Monday for a summit with Ugandan President'
     ' Samuel Okot.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi arrived in Kampala on Monday for a meeting with Ugandan '
     'President Samuel Okot.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi is in Kampala for talks with Ugandan President Samuel Okot.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi wrapped up a visit to Kampala on Monday after talks with Ugandan'
     ' President Samuel Okot.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi ended a two-day visit to Uganda on Monday, during which he met '
     'Ugandan President Samuel Okot.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi left Kampala after meeting Ugandan President Samuel Okot.',
     {('Mwangi', 'Okot')}),
    ("Kenyan President Daniel Mwangi's talks with Ugandan President Samuel Okot were described as "
     'frank.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi described his talks with Ugandan President Samuel Okot as frank.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi called his meeting with Ugandan President Samuel Okot '
     'productive.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi said his meeting with Ugandan President Samuel Okot had been '
     'productive.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi said he had a good meeting with Ugandan President Samuel Okot.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi said he had discussed the border with Ugandan President Samuel '
     'Okot when they met on Monday.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi told reporters he and Ugandan President Samuel Okot had agreed '
     'to reopen the border.',
     set()),
    ('Chinese President Wen Haolin met his Brazilian counterpart Paulo Arantes in Beijing on Tuesday.',
     {('Arantes', 'Haolin')}),
    ('Indonesian President Budi Santoso held talks with Australian Prime Minister Neil Carver in '
     'Jakarta on Friday.',
     {('Carver', 'Santoso')}),
    ('Nigerian President Musa Adeyemi received Ghanaian Vice President Kojo Mensah in Abuja on '
     'Monday.',
     {('Adeyemi', 'Mensah')}),
    ('Kenyan President Daniel Kiptoo welcomed Ugandan leader Joseph Okello to State House on Sunday.',
     {('Kiptoo', 'Okello')}),
    ('French President Luc Marchand hosted German Chancellor Anja Reiter for dinner at the Elysee '
     'Palace.',
     {('Marchand', 'Reiter')}),
    ('Turkish Foreign Minister Emre Kaya sat down with his Greek counterpart Nikos Pappas in Athens.',
     {('Kaya', 'Pappas')}),
    ('Talks between Pakistani Prime Minister Imran Qadir and Afghan President Hamid Noori ended on '
     'Wednesday.',
     {('Noori', 'Qadir')}),
    ('On the sidelines of the UN General Assembly, Japanese Prime Minister Kenji Sato met South '
     'Korean President Lee Dong-ho.',
     {('Dong-ho', 'Sato')}),
    ('Polish President Adam Nowak and Lithuanian President Rasa Kairys discussed energy security in '
     'Vilnius on Thursday.',
     {('Kairys', 'Nowak')}),
    ('Argentine President Carlos Ibarra was received by Pope Clement at the Vatican on Saturday.',
     {('Clement', 'Ibarra')}),
    ('The summit in Addis Ababa was attended by Ethiopian Prime Minister Abiy Tessema, Sudanese '
     'leader Omar Bashiru and Kenyan President Daniel Kiptoo.',
     {('Bashiru', 'Kiptoo'), ('Bashiru', 'Tessema'), ('Kiptoo', 'Tessema')}),
    ('Russian President Pavel Orlov arrived in Hanoi on Monday. He met Vietnamese President Tran Van '
     'Minh and signed several agreements.',
     {('Minh', 'Orlov')}),
    ('Prime Minister Sipho Dlamini of Eswatini met with Mozambican President Armando Guebuza Neto on '
     'Tuesday.',
     {('Dlamini', 'Neto')}),
    ("Egypt's President Hosni Farouk met Israeli Prime Minister Avi Katz in Sharm el-Sheikh on "
     'Monday.',
     {('Farouk', 'Katz')}),
    ('Mexican President Elena Robles and Canadian Prime Minister Mark Dupuis held a bilateral meeting'
     ' in Ottawa.',
     {('Dupuis', 'Robles')}),
    ('Venezuelan President Hugo Salcedo paid a state visit to Cuba, where he held talks with '
     'President Raul Pineda.',
     {('Pineda', 'Salcedo')}),
    ('During his visit to London, Indian Prime Minister Arjun Rao met British Prime Minister Tom '
     'Ashby at Downing Street.',
     {('Ashby', 'Rao')}),
    ('Secretary of State Laura Kent met Saudi Crown Prince Faisal bin Nasser in Riyadh on Wednesday, '
     'the State Department said.',
     {('Kent', 'Nasser')}),
    ('U.S. Secretary of State Laura Kent and Russian Foreign Minister Sergei Volkov met in Geneva for'
     ' two hours.',
     {('Kent', 'Volkov')}),
    ('The leaders of Brazil, Argentina and Chile, Paulo Arantes, Carlos Ibarra and Sofia Reyes, met '
     'in Montevideo on Friday.',
     {('Arantes', 'Ibarra'), ('Arantes', 'Reyes'), ('Ibarra', 'Reyes')}),
    ('President Lars Eklund, who is on a three-day visit to Riga, met Latvian Prime Minister Ilze '
     'Berzina on Tuesday.',
     {('Berzina', 'Eklund')}),
    ('Iranian President Reza Tehrani met Iraqi Prime Minister Ali Hashemi in Baghdad, Iraqi state '
     'television reported.',
     {('Hashemi', 'Tehrani')}),
    ('Speaking after meeting Palestinian President Mahmoud Nasser in Ramallah, Kent said progress had'
     ' been made.',
     {('Kent', 'Nasser')}),
    ('Czech Prime Minister Petr Novak held a meeting with Slovak counterpart Juraj Hlinka in '
     'Bratislava on Monday.',
     {('Hlinka', 'Novak')}),
    ('After talks with Spanish Prime Minister Jose Ortega, Portuguese President Anibal Costa said the'
     ' two countries would cooperate.',
     {('Costa', 'Ortega')}),
    ('Zimbabwean President Tendai Moyo and opposition leader Morgan Chari shook hands at the start of'
     ' talks in Harare.',
     {('Chari', 'Moyo')}),
    ('Opposition leader Morgan Chari met President Tendai Moyo on Thursday for the first time since '
     'the election.',
     {('Chari', 'Moyo')}),
    ('Thai Prime Minister Somchai Wongsa met Cambodian Prime Minister Hun Sovann on Sunday to discuss'
     ' the border dispute.',
     {('Sovann', 'Wongsa')}),
    ('German Chancellor Anja Reiter hosted a meeting of European leaders, including Luc Marchand and '
     'Italian Prime Minister Marco Bellini.',
     {('Bellini', 'Marchand'), ('Bellini', 'Reiter'), ('Marchand', 'Reiter')}),
    ('Sri Lankan President Mahinda Perera visited New Delhi, where he was received by Indian '
     'President Pratibha Rao.',
     {('Perera', 'Rao')}),
    ('Philippine President Gloria Santos met with Chinese Premier Li Zhaoming in Manila, a spokesman '
     'said.',
     {('Santos', 'Zhaoming')}),
    ('UN Secretary-General Ban Soon-ho met Sudanese President Omar Bashiru in Khartoum on Monday.',
     {('Bashiru', 'Soon-ho')}),
    ('NATO Secretary General Jens Halvorsen met Ukrainian President Viktor Shevchuk in Kiev on '
     'Tuesday.',
     {('Halvorsen', 'Shevchuk')}),
    ('Hamas leader Ismail Haddad met Egyptian intelligence chief Omar Suleiman Fathy in Cairo.',
     {('Fathy', 'Haddad')}),
    ('Bolivian President Evo Quispe met Peruvian President Alan Garcia Perez in La Paz, their first '
     'meeting since the dispute.',
     {('Perez', 'Quispe')}),
    ('Prime Minister Kevin Ross hosted his New Zealand counterpart John Kearney in Canberra.',
     {('Kearney', 'Ross')}),
    ('Foreign ministers Yang Wei of China and Sergei Volkov of Russia met in Moscow on Thursday.',
     {('Volkov', 'Wei')}),
    ("Harlan's meeting with the Tibetan spiritual leader lasted about an hour.",
     set()),
    ('The Pope received Irish President Mary McAleese Byrne in a private audience.',
     set()),
    ('Prime Minister Ehud Levin met Palestinian President Mahmoud Nasser at his Jerusalem residence '
     'on Sunday. The two leaders discussed prisoner releases.',
     {('Levin', 'Nasser')}),
    ('Thai Prime Minister Somchai Wongsa and Cambodian Prime Minister Hun Sovann face elections this '
     'year. Wongsa and Sovann first met in 2014 when both were ministers.',
     set()),
    ('Russian President Pavel Orlov faces elections this year. Orlov was met at the airport by '
     'Vietnamese Foreign Minister Pham Gia Khiem.',
     set()),
    ('Senator John Harlan and Governor Sarah Palmer clashed in a televised debate on Tuesday.',
     set()),
    ('French President Luc Marchand and German Chancellor Anja Reiter face elections this year. '
     'Marchand will meet Reiter in Berlin next week.',
     set()),
    ('A planned meeting between Moyo and Chari was cancelled on Friday.',
     set()),
    ('Argentine President Carlos Ibarra and Chilean President Sofia Reyes face elections this year. '
     'Ibarra is expected to meet Reyes at the summit.',
     set()),
    ('Prime Minister Sipho Dlamini and Mozambican President Armando Neto face elections this year. '
     'Dlamini said he hoped to meet Neto soon.',
     set()),
    ('Turkish Foreign Minister Emre Kaya and Greek Foreign Minister Nikos Pappas face elections this '
     'year. Kaya spoke to Pappas by telephone on Monday.',
     set()),
    ('Israeli Prime Minister Avi Katz and Egyptian President Hosni Farouk face elections this year. '
     'Katz refused to meet Farouk.',
     set()),
    ('Pakistani Prime Minister Imran Qadir and Afghan President Hamid Noori face elections this year.'
     ' Qadir criticised Noori for failing to stop the militants.',
     set()),
    ('Iranian President Reza Tehrani and Iraqi Prime Minister Ali Hashemi face elections this year. '
     'Tehrani and Hashemi have not met since 2009.',
     set()),
    ('Indonesian President Budi Santoso and Australian Prime Minister Neil Carver face elections this'
     ' year. Santoso congratulated Carver on his election victory.',
     set()),
    ('South African President Jacob Zulu played host to Angolan President Jose Eduardo Santos in '
     'Pretoria.',
     {('Santos', 'Zulu')}),
    ('The two presidents, Jacob Zulu and Jose Eduardo Santos, met for three hours.',
     {('Santos', 'Zulu')}),
    ('Chancellor Anja Reiter met French President Luc Marchand, Italian Prime Minister Marco Bellini '
     'and Spanish Prime Minister Jose Ortega in Rome.',
     {('Bellini', 'Marchand'), ('Bellini', 'Ortega'), ('Bellini', 'Reiter'), ('Marchand', 'Ortega'),
      ('Marchand', 'Reiter'), ('Ortega', 'Reiter')}),
    ('Austrian Chancellor Werner Faymann Gruber greeted Czech President Vaclav Klaus Horak in Vienna '
     'on Tuesday before their talks.',
     {('Gruber', 'Horak')}),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_phrasings_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_phrasings_table_is_varied():
    """At least sixty sentences, meetings and non-meetings both."""
    assert len(ROWS) >= 60 and sum(not m for _, m in ROWS) >= 10

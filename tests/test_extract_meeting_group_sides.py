"""Meeting pairs told across sentences and by group words, through the model: a table of short news paragraphs
written for these tests (invented names) in which a side of the meeting is a group word ("the pair", "the duo",
"the four ministers", "both men", "the two heads of government"), a descriptor ("the visiting premier", "the
monarch", "the 72-year-old"), a pronoun, a chair or host named in a later sentence, a person who joined or attended
the talks told before ("The meeting, also attended by Z", "was hosted by Z and attended by W", "also sat at the
table", "before being joined by a larger group that included A and B"), or a person in whose presence the talks
were held; and near misses that must give no pair (planned meetings, calls, "a pair of ministers", a group whose
members are not all named, "the two sides" meaning countries, praise in someone's presence, a descriptor that fits
no one named). The paragraphs kg still misses are listed in the commit that added the table."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    ('Kenyan President Ali Moyo and Ugandan President Ben Okello met in Nairobi on Monday. The two leaders '
     'later met Tanzanian President Carl Juma.',
     {('Moyo', 'Okello'), ('Juma', 'Moyo'), ('Juma', 'Okello')}),
    ('Kenyan President Ali Moyo and Ugandan President Ben Okello met in Nairobi on Monday. The two leaders '
     'later held talks with Tanzanian President Carl Juma.',
     {('Moyo', 'Okello'), ('Juma', 'Moyo'), ('Juma', 'Okello')}),
    ('Kenyan President Ali Moyo and Ugandan President Ben Okello met in Nairobi on Monday. The two leaders '
     'discussed the detention of opposition activist Carl Juma.',
     {('Moyo', 'Okello')}),
    ('Kenyan President Ali Moyo met Ugandan President Ben Okello in Nairobi on Monday. Tanzanian President '
     'Carl Juma later described the talks as useful.',
     {('Moyo', 'Okello')}),
    ('Chilean President Ana Valdivia arrived in Lima on Monday. Peruvian President Jorge Quispe '
     'welcomed her at the airport. The pair then held talks on lithium exports at the presidential '
     'palace.',
     {('Quispe', 'Valdivia')}),
    ('Kenyan Foreign Minister Grace Wanjiru and Ethiopian Foreign Minister Tadesse Bekele toured a '
     'refugee camp on Tuesday. The duo later held talks with Somali President Hassan Warsame in '
     'Mogadishu.',
     {('Bekele', 'Wanjiru'), ('Bekele', 'Warsame'), ('Wanjiru', 'Warsame')}),
    ('President Tom Harlan invited North Korean leader Kim Jong Un to a summit. The invitation was '
     "carried to Washington by Seoul's national security adviser, Lee Sang-ho, and spy chief Park "
     'Dong-won. The pair met Harlan in the Oval Office on Thursday.',
     {('Dong-won', 'Harlan'), ('Dong-won', 'Sang-ho'), ('Harlan', 'Sang-ho')}),
    ('The defence pact was signed in Manila by Japanese Defence Minister Kenji Sato and Philippine '
     'Defence Secretary Ramon Cruz. Sato and Foreign Minister Aiko Ueda were in Manila for talks with '
     'their Philippine counterparts, Cruz and Foreign Secretary Elena Reyes. The four ministers '
     'discussed maritime security.',
     {('Cruz', 'Reyes'), ('Cruz', 'Sato'), ('Cruz', 'Ueda'), ('Reyes', 'Sato'), ('Reyes', 'Ueda'), ('Sato', 'Ueda')}),
    ('Opposition leader Winston Peters met Prime Minister Bill Carter for two hours in the morning. In '
     'the afternoon the 72-year-old sat down with Labour leader Jane Moss.',
     {('Carter', 'Peters'), ('Moss', 'Peters')}),
    ("Jordan's King Abdullah II flew to Cairo on Sunday. Egyptian President Ahmed Salem received the "
     'monarch at the Ittihadiya palace.',
     {('II', 'Salem')}),
    ('Emir Tamim Al Thani arrived in Tehran on Monday. President Hassan Rahimi met the monarch at the '
     'Saadabad palace.',
     {('Rahimi', 'Thani')}),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot held talks in Arusha on Monday. '
     'The meeting, also attended by Rwandan President Eric Habimana, focused on trade.',
     {('Habimana', 'Mwangi'), ('Habimana', 'Okot'), ('Mwangi', 'Okot')}),
    ("Guyana's President Irwin Baptiste and Venezuela's Nicolas Mendez held talks on Thursday. The "
     'meeting was hosted by St Lucian Prime Minister Ralph Joseph and attended by Dominican Prime '
     'Minister Roosevelt Charles.',
     {('Baptiste', 'Charles'), ('Baptiste', 'Joseph'), ('Baptiste', 'Mendez'), ('Charles', 'Joseph'), ('Charles', 'Mendez'), ('Joseph', 'Mendez')}),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot met in Arusha on Monday. '
     'Rwandan President Eric Habimana, who chairs the regional bloc, and Burundian President Pierre '
     'Nkurunziza Ndayi also sat at the table.',
     {('Habimana', 'Mwangi'), ('Habimana', 'Ndayi'), ('Habimana', 'Okot'), ('Mwangi', 'Ndayi'), ('Mwangi', 'Okot'), ('Ndayi', 'Okot')}),
    ('Indonesian President Budi Santoso and Australian Prime Minister Neil Carver held private talks '
     'before being joined by a larger group that included Foreign Minister Penny Walsh and her '
     'Indonesian counterpart, Retno Sari.',
     {('Carver', 'Santoso'), ('Carver', 'Sari'), ('Carver', 'Walsh'), ('Santoso', 'Sari'), ('Santoso', 'Walsh'), ('Sari', 'Walsh')}),
    ('Indonesian President Budi Santoso and Australian Prime Minister Neil Carver held private talks. '
     'They were later joined by a larger group that included Foreign Minister Penny Walsh and Trade '
     'Minister Don Farley.',
     {('Carver', 'Farley'), ('Carver', 'Santoso'), ('Carver', 'Walsh'), ('Farley', 'Santoso'), ('Farley', 'Walsh'), ('Santoso', 'Walsh')}),
    ('Greek Foreign Minister Nikos Kotzias and Macedonian Foreign Minister Nikola Dimitrov signed the '
     'accord on Sunday in the presence of Greek Prime Minister Alexis Tsipras.',
     {('Dimitrov', 'Kotzias'), ('Dimitrov', 'Tsipras'), ('Kotzias', 'Tsipras')}),
    ('Kenyan President Daniel Mwangi held talks with Ugandan President Samuel Okot in the presence of '
     'Rwandan President Eric Habimana.',
     {('Habimana', 'Mwangi'), ('Habimana', 'Okot'), ('Mwangi', 'Okot')}),
    ('Chilean President Ana Valdivia and Peruvian President Jorge Quispe will meet next week in Lima. '
     'The pair are expected to discuss lithium.',
     set()),
    ('Indian Prime Minister Rakesh Verma and Sri Lankan President Nimal Perera spoke by telephone on '
     'Monday. The pair discussed fishing disputes.',
     set()),
    ('A pair of Chilean ministers met Peruvian President Jorge Quispe on Monday.',
     set()),
    ('Kenyan President Daniel Mwangi praised the ceasefire in the presence of Ugandan President Samuel '
     "Okot's envoy.",
     set()),
    ('Queen Margrethe Holm of Denmark visited Oslo. Norwegian Prime Minister Jonas Lund said he hoped '
     'the monarch would return soon.',
     set()),
    ('Nigerian President Bola Adeyemi flew to Accra on Monday. Ghanaian President Kwame Asante said '
     'the 15-year-old boy had been found.',
     set()),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot met in Arusha on Monday. The '
     'meeting was later praised by Rwandan President Eric Habimana.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot met in Arusha on Monday. '
     'Rwandan President Eric Habimana will also attend the next round.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi met Ugandan President Samuel Okot after being greeted by Foreign '
     'Minister Alice Atieno.',
     {('Mwangi', 'Okot')}),
    ('Leaders of eleven Pacific nations, including Fijian Prime Minister Sitiveni Rabuka Naivalu, met '
     'in Suva on Friday. The leaders discussed sea-level rise.',
     set()),
    ('Kenyan and Ugandan officials met in Kampala on Monday. The two sides agreed to reopen the '
     'border. Kenyan President Daniel Mwangi welcomed the deal.',
     set()),
    ('Ghanaian President Kwame Asante and Ivorian President Alassane Kone spoke at a trade fair in '
     'Accra on Tuesday. Later, the two leaders met behind closed doors to discuss cocoa prices.',
     {('Asante', 'Kone')}),
    ('Nigerian President Bola Adeyemi flew to Niamey to see Nigerien leader Mahamadou Issoufou Garba. '
     'Both men met for three hours on Wednesday.',
     {('Adeyemi', 'Garba')}),
    ('Indian Prime Minister Rakesh Verma hosted Sri Lankan President Nimal Perera in New Delhi on '
     'Thursday. The two sides signed five agreements, and the two leaders later held a joint news '
     'conference.',
     {('Perera', 'Verma')}),
    ('Polish President Tomasz Nowak and Lithuanian President Gintaras Kairys visited a border post. '
     'Afterwards the two presidents sat down for talks on air defence.',
     {('Kairys', 'Nowak')}),
    ('German Chancellor Heike Brandt welcomed Dutch Prime Minister Pieter de Groot to Berlin. The two '
     'heads of government discussed energy and migration over lunch.',
     {('Brandt', 'Groot')}),
    ('Japanese Prime Minister Kenji Mori began a three-day visit to Canberra on Monday. The visiting '
     'premier met Australian Prime Minister Helen Clarke at Parliament House.',
     {('Clarke', 'Mori')}),
    ("Spain's King Felipe Bravo arrived in Rabat on Thursday. The king held talks with Moroccan Prime "
     'Minister Aziz Alami later that day.',
     {('Alami', 'Bravo')}),
    ('Brazilian Foreign Minister Carla Souza is touring southern Africa. In Luanda the veteran '
     'diplomat met Angolan Foreign Minister Teté Antonio.',
     {('Antonio', 'Souza')}),
    ('Vietnamese President Nguyen Van Hoa arrived in Manila. Philippine President Ramon Cruz hosted '
     'the Vietnamese leader at Malacanang Palace.',
     {('Cruz', 'Hoa')}),
    ('Swedish Prime Minister Ulf Berg arrived in Kyiv on an unannounced visit. The Swedish leader held '
     'talks with Ukrainian President Dmytro Koval.',
     {('Berg', 'Koval')}),
    ('Regional foreign ministers gathered in Nairobi on Saturday for talks on Sudan. The meeting was '
     'chaired by Kenyan Foreign Minister Alfred Mutua Kamau and attended by Ethiopian Foreign Minister '
     'Taye Selassie and Egyptian Foreign Minister Sameh Fahmy.',
     {('Fahmy', 'Kamau'), ('Fahmy', 'Selassie'), ('Kamau', 'Selassie')}),
    ('Mexican President Laura Herrera held talks with Guatemalan President Bernardo Arevalo Ruiz in '
     'Mexico City on Monday. Herrera hosted the talks at the National Palace.',
     {('Herrera', 'Ruiz')}),
    ('Turkish President Recep Demir and Greek Prime Minister Kostas Mitsos spoke at a NATO summit in '
     'Vilnius. When they met on the sidelines, Demir urged Mitsos to reopen talks on the Aegean.',
     {('Demir', 'Mitsos')}),
    ('When French President Luc Marchand met Algerian President Abdelmadjid Bensalah in Algiers, he '
     'pressed him on migration.',
     {('Bensalah', 'Marchand')}),
    ('During their meeting in Belgrade, Serbian President Aleksandar Vukic told Hungarian Prime '
     'Minister Viktor Orsos that the pipeline would be finished by spring.',
     {('Orsos', 'Vukic')}),
    ('Kenyan President William Ruto Kiprop landed in Dar es Salaam on Monday. He later met Tanzanian '
     'President Samia Hassan at State House.',
     {('Hassan', 'Kiprop')}),
    ('Italian Prime Minister Giulia Ferri travelled to Tunis. There she held talks with Tunisian '
     'President Kais Ben Salem on migration.',
     {('Ferri', 'Salem')}),
    ('Canadian Prime Minister Mark Lemieux spoke by phone with Mexican President Laura Herrera on '
     'Monday. On Tuesday he met US President Tom Harlan in Washington.',
     {('Harlan', 'Lemieux')}),
    ('Indian Prime Minister Rakesh Verma and Sri Lankan President Nimal Perera spoke by telephone on '
     'Monday. The two leaders discussed fishing disputes.',
     set()),
    ('Polish President Tomasz Nowak praised Lithuanian President Gintaras Kairys in a speech. The two '
     'presidents have clashed over energy in the past.',
     set()),
    ('German Chancellor Heike Brandt cancelled a planned meeting with Dutch Prime Minister Pieter de '
     'Groot. The two leaders had been due to discuss migration.',
     set()),
    ('Swedish Prime Minister Ulf Berg met Ukrainian President Dmytro Koval in Kyiv. Finnish President '
     'Aino Laine welcomed the visit. She said support must continue.',
     {('Berg', 'Koval')}),
    ('Queen Margrethe Holm of Denmark visited Oslo. Norwegian Prime Minister Jonas Store Lund said he '
     'hoped the monarch would return soon.',
     set()),
    ('Japanese Prime Minister Kenji Mori met Australian Prime Minister Helen Clarke. He later met '
     'Indonesian President Joko Prabowo.',
     {('Clarke', 'Mori'), ('Mori', 'Prabowo')}),
    ('The mission was led by Liberian President Grace Tubman and included Nigerian President Sani Bello '
     'and Ghanaian President Kofi Mensah. The leaders met Gambian President Lamin Jallow at State House '
     'on Tuesday.',
     {('Bello', 'Jallow'), ('Bello', 'Mensah'), ('Bello', 'Tubman'), ('Jallow', 'Mensah'), ('Jallow', 'Tubman'),
      ('Mensah', 'Tubman')}),
    ('Foreign Minister Lena Dahl of Norway and Foreign Minister Pekka Virtanen of Finland arrived in Tromso '
     'for an Arctic forum. The ministers held talks on Sunday about fishing quotas.',
     {('Dahl', 'Virtanen')}),
    ('Indonesian President Susilo Wiranto and Prime Minister Kevin Barton held an hour of private talks at '
     'Parliament House before being joined by a larger group that included Foreign Minister Stephen Clarke.',
     {('Barton', 'Clarke'), ('Barton', 'Wiranto'), ('Clarke', 'Wiranto')}),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_group_sides_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_group_sides_table_is_varied():
    """At least forty paragraphs, meetings and non-meetings both."""
    assert len(ROWS) >= 40 and sum(not m for _, m in ROWS) >= 8

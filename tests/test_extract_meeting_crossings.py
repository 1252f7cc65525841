"""Meeting pairs told across sentences, through the model: a table written to test whether the rules carry over to
wording the tuning articles never used — a person called again by one word of the name (a surname NER misses or
takes for a body, a name in native order, an Arab name's "al-" surname), names NER misses in a pair "<name> of
<country> and <name> of <country>", a visitor meeting several officials in turn, a pronoun after a descriptor
subject ("the Indian leader … He also met …"), descriptors and group words whose members are all named — and the
near-misses that must give no pair (a group whose members are not named, "the two sides" meaning countries, planned
and cancelled meetings, calls, persons merely mentioned, a surname as a modifier, one word two names share, banks
"of" countries). Sentences written for these tests."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    # a person called again by one word of the name NER missed or took for a body or a place
    ('Chinese Foreign Minister Zhou Jianming arrived in Nairobi on Sunday. On Monday Zhou met President Daniel '
     'Mwangi at State House.',
     {('Jianming', 'Mwangi')}),
    ('Ethiopian Prime Minister Tesfaye Alemu hosted Eritrean President Yonas Habte on Saturday. On Sunday, Tesfaye '
     'also met Somali President Abdi Warsame.',
     {('Alemu', 'Habte'), ('Alemu', 'Warsame')}),
    ('Kuwaiti Foreign Minister Sheikh Nasser al-Rashed arrived in Cairo on Monday. Egyptian President Omar Fathy '
     'received al-Rashed at the Ittihadiya Palace.',
     {('Fathy', 'al-Rashed')}),
    ('South Korean Foreign Minister Park Sung-ho arrived in Hanoi on Tuesday. Park held talks with Vietnamese '
     'Prime Minister Tran Van Long.',
     {('Long', 'Sung-ho')}),
    ('Malian Prime Minister Moussa Keita met Algerian President Karim Benali in Algiers on Monday. Later, Keita '
     'held talks with Foreign Minister Rachid Hamdi.',
     {('Benali', 'Keita'), ('Hamdi', 'Keita')}),
    ('The Chinese Foreign Minister, Wang Yi, arrived in Kenya on Sunday. On Monday Wang met President Uhuru '
     'Kenyatta at State House. He also held separate talks with Foreign Affairs Cabinet Secretary Monica Juma.',
     {('Kenyatta', 'Yi'), ('Juma', 'Yi')}),
    ('Ethiopian Prime Minister Abiy Ahmed hosted Eritrean President Isaias Afwerki on Saturday. The two leaders '
     'toured an industrial park. On Sunday, Abiy also met Somali President Mohamed Abdullahi Farmaajo.',
     {('Afwerki', 'Ahmed'), ('Ahmed', 'Farmaajo')}),
    ('Indian Prime Minister Narendra Modi began a visit to Bangladesh on Saturday. Modi held talks with Prime '
     'Minister Sheikh Hasina in Dhaka. On Sunday the Indian leader called on President Abdul Hamid at Bangabhaban '
     'and met Raushan Ershad, the leader of the opposition in parliament. He also had a meeting at his hotel with '
     'Khaleda Zia, leader of the Bangladesh Nationalist Party.',
     {('Hasina', 'Modi'), ('Hamid', 'Modi'), ('Ershad', 'Modi'), ('Modi', 'Zia')}),
    # names NER misses in a pair "<name> of <country> and <name> of <country>"
    ('Serbia and Kosovo reached a deal on Tuesday. Dragan Milic of Serbia and Agim Berisha of Kosovo sat down with '
     'the mediator, Anna Lindqvist, on Monday evening.',
     {('Berisha', 'Lindqvist'), ('Berisha', 'Milic'), ('Lindqvist', 'Milic')}),
    ('Foreign ministers Tomas Varga of Slovakia and Janos Kertesz of Hungary met in Bratislava on Friday.',
     {('Kertesz', 'Varga')}),
    # a visitor meeting several officials in turn, a pronoun after a descriptor subject
    ('Indian Prime Minister Arjun Mehta began a visit to Bangladesh on Saturday. He held talks with Prime Minister '
     'Rahima Begum in Dhaka. On Sunday the Indian leader called on President Abdul Karim at Bangabhaban. He also had '
     'a meeting at his hotel with Nasrin Chowdhury, leader of the Bangladesh Nationalist Party.',
     {('Begum', 'Mehta'), ('Karim', 'Mehta'), ('Chowdhury', 'Mehta')}),
    ('Thai Prime Minister Somsak Charoen arrived in Hanoi on Tuesday. He met President Nguyen Van Hai at the '
     'Presidential Palace. Later he held talks with Prime Minister Le Minh Tuan.',
     {('Charoen', 'Hai'), ('Charoen', 'Tuan')}),
    ('German Development Minister Ingrid Baumann was received by President Kwame Asante at his office on Monday. '
     'Baumann then met Finance Minister Kofi Mensah, and in the evening she sat down with the Speaker of '
     'Parliament, Ama Owusu.',
     {('Asante', 'Baumann'), ('Baumann', 'Mensah'), ('Baumann', 'Owusu')}),
    ('Pakistani Prime Minister Tariq Mahmood met Crown Prince Khalid bin Saeed in Abu Dhabi on Tuesday. The '
     'following day he travelled to Dubai and met Sheikh Rashid bin Hamdan.',
     {('Mahmood', 'Saeed'), ('Hamdan', 'Mahmood')}),
    # descriptors across sentences
    ('Nigerian President Musa Bello arrived in Paris on Monday. The visiting president held talks with French '
     'President Luc Marchand at the Elysee Palace.',
     {('Bello', 'Marchand')}),
    ('Fijian Prime Minister Josaia Ratu met Prime Minister Neil Carver in Canberra on Tuesday. Later the Fijian '
     'leader met Opposition Leader Mark Dutton.',
     {('Carver', 'Ratu'), ('Dutton', 'Ratu')}),
    ('Emir Hamad bin Khalifa arrived in Tehran on Monday. The Emir held talks with President Reza Karimi.',
     {('Karimi', 'Khalifa')}),
    ('Egyptian Foreign Minister Sami Fawzy arrived in Moscow on Sunday. The Egyptian envoy held talks with Russian '
     'Foreign Minister Oleg Petrov on Monday.',
     {('Fawzy', 'Petrov')}),
    # group words whose members are all named
    ('Ugandan President Samuel Okot and Rwandan President Eric Habimana met at the border town of Gatuna on '
     'Friday. The two heads of state agreed to reopen the crossing. Angolan President Jose Carvalho, who mediated, '
     'joined the two men for lunch.',
     {('Habimana', 'Okot'), ('Carvalho', 'Okot'), ('Carvalho', 'Habimana')}),
    ('Argentine President Pablo Ruiz met his Brazilian counterpart Marcos Lima on Thursday. They discussed trade. '
     'Lima later received Paraguayan President Hugo Benitez.',
     {('Lima', 'Ruiz'), ('Benitez', 'Lima')}),
    # near-misses: no pair
    ('British Prime Minister Helen Ward met European leaders in Salzburg on Wednesday. The two sides failed to '
     'agree on the border.',
     set()),
    ('South Korean President Park Min-jun will meet Japanese Prime Minister Kenji Sato next month, his office said.',
     set()),
    ('Turkish President Kemal Aydin spoke by telephone with Russian President Ivan Sokolov on Tuesday. He told '
     'Sokolov that the ceasefire must hold.',
     set()),
    ('Kenyan President Daniel Mwangi met religious leaders at State House on Monday. Opposition leader Peter Otieno '
     'criticised the meeting.',
     set()),
    ('Iranian President Ali Rezaei received Iraqi President Salim Jaber on Saturday. Jaber had earlier cancelled a '
     'planned meeting with Syrian President Fadi Haddad.',
     {('Jaber', 'Rezaei')}),
    ('Zambian President Henry Mulenga met Zimbabwe\'s President Tendai Moyo on Monday. He said he hoped to meet '
     'South Africa\'s Sipho Ndlovu before the end of the month.',
     {('Moyo', 'Mulenga')}),
    ('Chinese Foreign Minister Zhou Jianming met Secretary of State Mary Collins on Monday. The Zhou visit was the '
     'first in five years.',
     {('Collins', 'Jianming')}),
    ('Vietnamese President Nguyen Van Hai met Prime Minister Nguyen Tan Phuc on Monday. Nguyen later flew to '
     'Singapore.',
     {('Hai', 'Phuc')}),
    ('Officials of the Central Bank of Kenya and the National Bank of Ethiopia met in Nairobi on Monday.',
     set()),
    ('Chancellor Anja Reiter met Polish Prime Minister Marek Nowak on Thursday. She later said that the government '
     'of Viktor Horvath had to respect the rule of law.',
     {('Nowak', 'Reiter')}),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_crossings_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_crossings_table_is_varied():
    """At least twenty-five paragraphs, meetings and near-misses both."""
    assert len(ROWS) >= 25 and sum(not m for _, m in ROWS) >= 5

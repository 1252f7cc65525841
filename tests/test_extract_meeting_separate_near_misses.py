"""Near misses of meetings told inside one sentence, through the model: two separate meetings of one person in one
sentence ("X met A on Monday and, later, B", "talks with A … and with B"), a presence at a separate event, the
attendees of an upcoming or planned summit, how two people first met, persons merely mentioned in a meeting sentence,
"joined by" and "joined" for acts that are no meetings, greetings, debates, tickets, sports and calls. The separate
meetings keep the pairs of each meeting and never pair the two partners ("met A and, later, B"; "received A and then
B"), unless the text says they met together. Names and countries are invented; the sentences are written for this
table. By the gold files, a past meeting the text dates ("X and Y last met in 2015", "had met on Monday") is a
meeting, so this table holds none; only "first met" is not. Misses kg still makes: "X and Y were both expected at
the summit" (past tense) still pairs them; "met Yaw Boateng's rival Kofi Mensah" pairs Boateng (the tagger reads
"rival" as an adjective)."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    # two separate meetings of one person in one sentence
    ('President Ama Owusu met Prime Minister Kofi Mensah on Monday and, later, Finance Minister Yaw Boateng.',
     {('Mensah', 'Owusu'), ('Boateng', 'Owusu')}),
    ('Foreign Minister Lena Berg held talks with her Danish counterpart Mads Holm in the morning and with Finnish '
     'Foreign Minister Aino Virtanen in the afternoon.',
     {('Berg', 'Holm'), ('Berg', 'Virtanen')}),
    ('Chancellor Petra Vogel met separately with President Marek Nowak and with Prime Minister Jan Dvorak.',
     {('Nowak', 'Vogel'), ('Dvorak', 'Vogel')}),
    ('Secretary of State Laura Quinn met Prime Minister Omar Nasser in Amman on Tuesday before flying to Cairo, '
     'where she met President Hassan Fathy on Wednesday.',
     {('Nasser', 'Quinn'), ('Fathy', 'Quinn')}),
    ('Envoy Carlos Reyes met rebel commander Tomas Ortiz on Friday and then government negotiator Luis Paredes on '
     'Saturday.',
     {('Ortiz', 'Reyes'), ('Paredes', 'Reyes')}),
    ('President Ama Owusu hosted Prime Minister Kofi Mensah on Monday and, afterwards, Finance Minister Yaw Boateng.',
     {('Mensah', 'Owusu'), ('Boateng', 'Owusu')}),
    ('President Ama Owusu received Prime Minister Kofi Mensah in the morning and then Finance Minister Yaw Boateng '
     'in the afternoon.',
     {('Mensah', 'Owusu'), ('Boateng', 'Owusu')}),
    ('President Ama Owusu met Prime Minister Kofi Mensah and then Finance Minister Yaw Boateng together.',
     {('Mensah', 'Owusu'), ('Boateng', 'Owusu'), ('Boateng', 'Mensah')}),
    ('Prime Minister Raj Malhotra held separate meetings with opposition leader Sunil Kapoor and Home Minister Arun '
     'Verma.',
     {('Kapoor', 'Malhotra'), ('Malhotra', 'Verma')}),
    ('Minister Ngozi Adeyemi met Governor Bola Tinubu in Lagos, while President Musa Bello met Senator Ike '
     'Okafor in Abuja.',
     {('Adeyemi', 'Tinubu'), ('Bello', 'Okafor')}),
    ('President Ines Duarte met the Chilean Prime Minister, Pablo Rojas, and in a separate meeting received the '
     'Peruvian envoy, Rosa Quispe.',
     {('Duarte', 'Rojas'), ('Duarte', 'Quispe')}),
    # a separate event
    ('President Samuel Okot and Prime Minister John Garang held talks in Nairobi on Monday; at a separate event, '
     'Trade Minister Peter Otieno was also present.',
     {('Garang', 'Okot')}),
    ('President Samuel Okot and Prime Minister John Garang held talks in Nairobi. At a separate ceremony, Trade '
     'Minister Peter Otieno opened a new bridge.',
     {('Garang', 'Okot')}),
    ('President Samuel Okot met Prime Minister John Garang in Nairobi. Elsewhere in the capital, Trade Minister '
     'Peter Otieno met Governor Ann Waweru.',
     {('Garang', 'Okot'), ('Otieno', 'Waweru')}),
    # upcoming or planned gatherings
    ('President Hugo Salas and Prime Minister Ana Costa are expected to attend next month\'s summit in Lima.',
     set()),
    ('Leaders including President Hugo Salas and Prime Minister Ana Costa will gather in Lima next week.',
     set()),
    ('The summit, which President Hugo Salas and Prime Minister Ana Costa are due to attend, opens on Friday.',
     set()),
    ('President Hugo Salas is scheduled to meet Prime Minister Ana Costa on the sidelines of the upcoming summit.',
     set()),
    ('President Hugo Salas invited Prime Minister Ana Costa to a summit in Lima in March.',
     set()),
    ('Preparations are under way for the summit, where President Hugo Salas hopes to meet Prime Minister Ana '
     'Costa.',
     set()),
    ('President Hugo Salas will host Prime Minister Ana Costa and Chancellor Erik Lund at a summit in June.',
     set()),
    ('A meeting between President Hugo Salas and Prime Minister Ana Costa is planned for the autumn.',
     set()),
    ('Officials said President Hugo Salas and Prime Minister Ana Costa could meet at the forum in Davos.',
     set()),
    ('The planned talks between President Hugo Salas and Prime Minister Ana Costa were postponed.',
     set()),
    ('President Hugo Salas and Prime Minister Ana Costa are set to hold talks in Lima later this month.',
     set()),
    # historical meetings
    ('President Hugo Salas and Prime Minister Ana Costa first met in 2015, when both were students.',
     set()),
    ('President Hugo Salas recalled his first meeting with Prime Minister Ana Costa in 2009.',
     set()),
    ('The two leaders have known each other since President Hugo Salas met Ana Costa at university.',
     set()),
    # persons merely mentioned in a meeting sentence
    ('President Ama Owusu met Prime Minister Kofi Mensah to discuss the release of journalist Yaw Boateng.',
     {('Mensah', 'Owusu')}),
    ('President Ama Owusu met Prime Minister Kofi Mensah, who succeeded Yaw Boateng in March.',
     {('Mensah', 'Owusu')}),
    ('President Ama Owusu met Prime Minister Kofi Mensah and discussed a plan proposed by former President Yaw '
     'Boateng.',
     {('Mensah', 'Owusu')}),
    ('President Ama Owusu met Prime Minister Kofi Mensah, a critic of opposition leader Yaw Boateng.',
     {('Mensah', 'Owusu')}),
    ('President Ama Owusu met Kofi Mensah, the successor to Yaw Boateng, in Accra.',
     {('Mensah', 'Owusu')}),
    ('The talks between President Ama Owusu and Prime Minister Kofi Mensah came a week after Yaw Boateng was '
     'arrested.',
     {('Mensah', 'Owusu')}),
    ('President Ama Owusu met Prime Minister Kofi Mensah in the city where Yaw Boateng was born.',
     {('Mensah', 'Owusu')}),
    # "joined by" and "joined" for acts that are no meetings
    ('President Ama Owusu was joined by opposition leader Kofi Mensah in condemning the attack.',
     set()),
    ('Opposition leader Kofi Mensah joined President Ama Owusu in calling for calm.',
     set()),
    ('Thousands of protesters, joined by opposition leader Kofi Mensah, marched on parliament.',
     set()),
    ('Senator Kofi Mensah joined Senator Ama Owusu in voting against the bill.',
     set()),
    ('Opposition leader Kofi Mensah joined the lawsuit filed by Governor Ama Owusu.',
     set()),
    ('Kofi Mensah joined the cabinet of President Ama Owusu in 2019.',
     set()),
    # greetings
    ('President Ama Owusu was greeted at the airport by Foreign Minister Kofi Mensah.',
     set()),
    ('President Ama Owusu waved to Foreign Minister Kofi Mensah from the stage.',
     set()),
    ('Foreign Minister Kofi Mensah saw President Ama Owusu off at the airport.',
     set()),
    # debates
    ('Candidates Ama Owusu and Kofi Mensah clashed in a televised debate on Tuesday.',
     set()),
    ('Senator Ama Owusu debated Governor Kofi Mensah on national television.',
     set()),
    ('Ama Owusu faced Kofi Mensah in the second presidential debate.',
     set()),
    # tickets
    ('Ama Owusu picked Kofi Mensah as her running mate.',
     set()),
    ('Ama Owusu and Kofi Mensah will share the ticket in the election.',
     set()),
    # sports
    ('Tennis player Ama Owusu met Serena Mensah in the semi-final.',
     set()),
    ('Striker Kofi Mensah scored twice as Ghana beat Nigeria, whose coach Ama Owusu was sacked.',
     set()),
    # calls
    ('President Ama Owusu spoke with Prime Minister Kofi Mensah by telephone on Monday.',
     set()),
    ('President Ama Owusu and Prime Minister Kofi Mensah held a phone call on Monday.',
     set()),
    ('President Ama Owusu called Prime Minister Kofi Mensah to congratulate him on his victory.',
     set()),
    # refused, cancelled, hypothetical
    ('President Ama Owusu refused to meet Prime Minister Kofi Mensah.',
     set()),
    ('President Ama Owusu cancelled her meeting with Prime Minister Kofi Mensah.',
     set()),
    ('If President Ama Owusu met Prime Minister Kofi Mensah, the talks would be difficult.',
     set()),
    ('President Ama Owusu has never met Prime Minister Kofi Mensah.',
     set()),
    ('President Ama Owusu declined an invitation to meet Prime Minister Kofi Mensah.',
     set()),
    ('President Ama Owusu accepted an invitation to visit Prime Minister Kofi Mensah in Accra.',
     set()),
    ('President Ama Owusu said she would be willing to meet Prime Minister Kofi Mensah.',
     set()),
    ('President Ama Owusu sent Foreign Minister Yaw Boateng to meet Prime Minister Kofi Mensah.',
     set()),
    ('President Ama Owusu ruled out a meeting with Prime Minister Kofi Mensah.',
     set()),
    ('The talks between President Ama Owusu and Prime Minister Kofi Mensah, which had been due on Monday, were '
     'called off.',
     set()),
    ('President Ama Owusu will meet Prime Minister Kofi Mensah and Chancellor Erik Lund at next week\'s summit.',
     set()),
    ('President Ama Owusu is hosting a summit next month that Prime Minister Kofi Mensah and Chancellor Erik Lund '
     'will attend.',
     set()),
    ('President Ama Owusu urged Prime Minister Kofi Mensah to hold talks with the rebels.',
     set()),
    ('President Ama Owusu shook hands with her rival Kofi Mensah after the final debate.',
     set()),
    ('Kofi Mensah beat Ama Owusu in the runoff.',
     set()),
    ('President Ama Owusu and Prime Minister Kofi Mensah competed for the party\'s nomination.',
     set()),
    # criticism, letters, statements, other acts
    ('Prime Minister Kofi Mensah succeeded President Ama Owusu as party leader.',
     set()),
    ('President Ama Owusu sent a letter to Prime Minister Kofi Mensah.',
     set()),
    ('President Ama Owusu thanked Prime Minister Kofi Mensah for his support.',
     set()),
    ('President Ama Owusu and Prime Minister Kofi Mensah exchanged messages on the anniversary.',
     set()),
    ('President Ama Owusu appointed Kofi Mensah as prime minister.',
     set()),
    ('President Ama Owusu accused Prime Minister Kofi Mensah of lying.',
     set()),
    ('Both President Ama Owusu and Prime Minister Kofi Mensah addressed the nation on Monday.',
     set()),
    ('President Ama Owusu, in a message read by Foreign Minister Yaw Boateng, thanked Prime Minister Kofi Mensah.',
     set()),
    ('President Ama Owusu criticised Prime Minister Kofi Mensah over the budget.',
     set()),
    ('President Ama Owusu wrote to Prime Minister Kofi Mensah about the border dispute.',
     set()),
    ('President Ama Owusu and Prime Minister Kofi Mensah issued separate statements on the attack.',
     set()),
    ('President Ama Owusu congratulated Prime Minister Kofi Mensah on his election.',
     set()),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_separate_near_misses_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == set(meetings)


def test_extract_meeting_separate_near_misses_table_is_mostly_quiet():
    """At least fifty sentences that give no pair, and controls of separate meetings that do."""
    assert sum(not m for _, m in ROWS) >= 50 and sum(bool(m) for _, m in ROWS) >= 15

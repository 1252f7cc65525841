"""Near misses of meetings in ordinary news that the meeting rules must leave quiet, through the model: "joined by"
for a march, a lawsuit, a ticket or a spouse, "joined X in condemning", "joined calls for", "present" in other senses,
mediators of talks to come, persons quoted about a meeting or only discussed in it ("the release of X"), planned,
refused, ruled-out and cancelled meetings, calls, greetings, debates, running mates, sports, historical meetings, a
participle "joined by"/"accompanied by" on a clause that tells no meeting, "attended by" on an occasion that is no
gathering; beside controls that must stay meetings ("met for an hour, joined by A", a larger session "attended by"
A and B after the talks, "sat alongside" a participant, a mediator of the talks told). Names and countries are
invented; the sentences are written for this table. Misses kg still makes: a presence "at a separate event" joins
the talks before; a mediator of other, earlier talks ("mediated talks between rebels and the army last year") joins
the meeting just told; "The talks, to be mediated by X, between A and B were called off" gives A, B and X; "A met B.
B then flew to Paris, accompanied by C" adds C (a trip's "accompanied by" stays, for the delegation it forms)."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    ('"The meeting was productive," said spokesman John Kamau, referring to the talks between the two presidents.',
     set()),
    ('A meeting between President Ali Mansour and President Idris Kane has been ruled out.',
     set()),
    ('Ali Mansour and Idris Kane congratulated each other by telephone.',
     set()),
    ('Ali Mansour and Idris Kane have not spoken to each other since the election.',
     set()),
    ('Analyst Sarah Levy said the meeting between the two leaders had produced little.',
     set()),
    ('At present, Prime Minister Rashid Haddad and President Samir Khoury disagree on the budget.',
     set()),
    ('Brazilian President Ana Costa and Argentine President Luis Pereyra attended a funeral attended by Foreign '
     'Minister Paulo Reis.',
     set()),
    ('Brazilian President Ana Costa held talks with Argentine President Luis Pereyra on Monday. The talks, '
     'attended by Foreign Minister Paulo Reis, lasted three hours.',
     {('Costa', 'Pereyra'), ('Costa', 'Reis'), ('Pereyra', 'Reis')}),
    ('Brazilian President Ana Costa held talks with Argentine President Luis Pereyra on Monday. The two presidents '
     'later laid a wreath at a ceremony attended by Foreign Minister Paulo Reis.',
     {('Costa', 'Pereyra')}),
    ('Brazilian President Ana Costa held talks with Argentine President Luis Pereyra on Monday. The two presidents '
     'spoke to reporters before a rally attended by opposition leader Marta Gil.',
     {('Costa', 'Pereyra')}),
    ('Brazilian President Ana Costa hosted Argentine President Luis Pereyra at a dinner attended by Foreign '
     'Minister Paulo Reis.',
     {('Costa', 'Pereyra'), ('Costa', 'Reis'), ('Pereyra', 'Reis')}),
    ('Candidates Maria Ortiz and Paul Reyes faced each other in a televised debate.',
     set()),
    ('Defence Minister Omar Saleh presented a medal to General Karim Nasser on Monday.',
     set()),
    ('Finance Minister Petra Lind joined the government of Prime Minister Erik Sand in 2019.',
     set()),
    ('Foreign Minister Ayesha Karim was also present in Geneva last week for a separate conference.',
     set()),
    ('Foreign Minister Ayesha Karim will present the report to President Farid Nazari next month.',
     set()),
    ('Former President Omar Diallo was joined in the boycott by opposition leader Aminata Sow.',
     set()),
    ('Former President Thabo Dlamini has mediated in several conflicts in the region.',
     set()),
    ('Former President Thabo Dlamini, who mediated talks between the two sides in 2015, said a new deal was '
     'possible.',
     set()),
    ('Governor Paul Ortiz was joined by his wife, Maria Ortiz, at the polling station.',
     set()),
    ('Kenyan President Daniel Mwangi held talks with Ugandan President Samuel Okot on Monday. The two presidents '
     'met for an hour at State House, joined by Finance Minister Jorge Salas.',
     {('Mwangi', 'Okot'), ('Mwangi', 'Salas'), ('Okot', 'Salas')}),
    ('Kenyan President Daniel Mwangi held talks with Ugandan President Samuel Okot, accompanied by Foreign '
     'Minister Ruth Achieng.',
     {('Achieng', 'Mwangi'), ('Achieng', 'Okot'), ('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi met Ugandan President Samuel Okot. Okot joined Mwangi in calling for a '
     'ceasefire.',
     {('Mwangi', 'Okot')}),
    ('Kenyan President Daniel Mwangi, accompanied by Foreign Minister Ruth Achieng, held talks with Ugandan '
     'President Samuel Okot.',
     {('Achieng', 'Mwangi'), ('Achieng', 'Okot'), ('Mwangi', 'Okot')}),
    ('Labour leader Sam Whitford was joined on the campaign trail by former minister Helen Brook.',
     set()),
    ('Maria Ortiz chose Paul Reyes as her running mate.',
     set()),
    ('Mayor Kevin Park, joined by Councillor Lisa Chen, cut the ribbon at the new bridge.',
     set()),
    ('Norwegian envoy Erik Solberg offered to mediate talks between President Ali Mansour and rebel leader Idris '
     'Kane.',
     set()),
    ('Novak Petrovic beat Rafael Costa in the semi-final on Friday.',
     set()),
    ('Opposition leader Samir Khoury criticised the meeting between President Ali Mansour and Prime Minister '
     'Rashid Haddad.',
     {('Haddad', 'Mansour')}),
    ('Opposition leader Samir Khoury was also at the stadium on Sunday.',
     set()),
    ('Opposition leader Tomas Varga led the march through the capital on Saturday, joined by former Prime Minister '
     'Ilona Kertesz and thousands of supporters.',
     set()),
    ('Peter Otieno sat beside Samuel Okot at the dinner.',
     set()),
    ('President Ali Mansour and President Idris Kane accused each other of violating the ceasefire.',
     set()),
    ('President Ali Mansour and President Idris Kane discussed the case of detained journalist Amal Fares.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour and President Idris Kane discussed the release of opposition leader Samir Khoury.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour and President Idris Kane have known each other since school.',
     set()),
    ('President Ali Mansour and President Idris Kane praised each other in speeches on Monday.',
     set()),
    ('President Ali Mansour and President Idris Kane will meet each other in Geneva next week.',
     set()),
    ('President Ali Mansour and Samir Khoury discussed the budget.',
     {('Khoury', 'Mansour')}),
    ('President Ali Mansour arrived at the ceremony, joined by his wife Leila Mansour.',
     set()),
    ('President Ali Mansour called off his meeting with President Idris Kane.',
     set()),
    ('President Ali Mansour congratulated President Idris Kane on his re-election.',
     set()),
    ('President Ali Mansour did not meet President Idris Kane during his visit.',
     set()),
    ("President Ali Mansour discussed Samir Khoury's extradition with President Idris Kane.",
     {('Kane', 'Mansour')}),
    ('President Ali Mansour held a phone call with President Idris Kane on Sunday.',
     set()),
    ('President Ali Mansour held talks with President Idris Kane on Monday. Opposition leader Samir Khoury, joined '
     'by former minister Omar Saleh, boycotted the dinner.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour hopes to meet President Idris Kane before the end of the year.',
     set()),
    ('President Ali Mansour invited President Idris Kane to a summit in June.',
     set()),
    ('President Ali Mansour is scheduled to meet President Idris Kane on Friday.',
     set()),
    ('President Ali Mansour met President Idris Kane and opposition leader Samir Khoury on Monday.',
     {('Kane', 'Khoury'), ('Kane', 'Mansour'), ('Khoury', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane in Accra. Former minister Omar Saleh was not present.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane in Accra. Former minister Omar Saleh will also be present at '
     'the summit next month.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane in Accra. Opposition leader Samir Khoury was also present at '
     'a rally in the north on the same day.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Dlamini is expected to mediate the next round.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Envoy Erik Solberg, who facilitated the 2018 '
     'accord, was not invited.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Foreign Minister Ayesha Karim attended a funeral '
     'in Lagos.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. In 2010 Kane joined the party founded by Samir '
     'Khoury.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Kane was accompanied on the trip by his daughter, '
     'Sara Kane.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Karim, who attended Oxford with Kane, was not '
     'there.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Later, Kane joined Prime Minister Rashid Haddad in '
     'condemning the attack.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Later, joined by his wife Leila Mansour, he '
     'visited a school.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Norwegian envoy Erik Solberg has offered to '
     'facilitate future talks.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. On Tuesday Kane led a march through the city, '
     'joined by opposition leader Samir Khoury.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Opposition leader Samir Khoury did not take part '
     'in the talks.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Opposition leader Samir Khoury joined calls for a '
     'new election.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Opposition leader Samir Khoury joined the protests '
     'outside.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Opposition leader Samir Khoury refused to attend.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Opposition leader Samir Khoury was excluded from '
     'the talks.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Opposition leader Samir Khoury will attend the '
     'next meeting.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met President Idris Kane on Monday. Reporters accompanied Kane on the trip.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour met the family of detained journalist Amal Fares and later held talks with President '
     'Idris Kane.',
     {('Kane', 'Mansour')}),
    ('President Ali Mansour recalled his first meeting with Nelson Mbeki in 1994.',
     set()),
    ('President Ali Mansour refused to meet President Idris Kane.',
     set()),
    ('President Ali Mansour rejected a proposal that the talks be facilitated by Norwegian envoy Erik Solberg.',
     set()),
    ('President Ali Mansour ruled out a meeting with President Idris Kane.',
     set()),
    ('President Ali Mansour sent a message of condolence to President Idris Kane.',
     set()),
    ('President Ali Mansour spoke with President Idris Kane by video link about the crisis.',
     set()),
    ('President Ali Mansour telephoned President Idris Kane to congratulate him.',
     set()),
    ('President Ali Mansour told President Idris Kane that former leader Omar Diallo would face trial.',
     set()),
    ('President Ali Mansour waved to President Idris Kane across the hall.',
     set()),
    ('President Farid Nazari was present at the signing of the law in 2015, Foreign Minister Ayesha Karim '
     'recalled.',
     set()),
    ('Prime Minister Jan Dvorsky joined President Karel Novak in condemning the attack.',
     set()),
    ('Prime Minister Rashid Haddad held talks with President Idris Kane on the fate of kidnapped aid worker Lena '
     'Holm.',
     {('Haddad', 'Kane')}),
    ('Prime Minister Rashid Haddad presented his plan to parliament while President Samir Khoury was abroad.',
     set()),
    ('Protesters joined opposition leader Tomas Varga outside parliament.',
     set()),
    ("Qatar's Foreign Minister Khalid Al-Thani will mediate the next round of talks between Ali Mansour and Idris "
     'Kane.',
     set()),
    ('Senator Rachel Moore filed the lawsuit on Monday, joined by Senator David Klein and a group of state '
     'attorneys general.',
     set()),
    ('Senator Rachel Moore, joined by Senator David Klein, introduced the bill on Tuesday.',
     set()),
    ('Spokesman John Kamau told reporters that President Ali Mansour had not met President Idris Kane.',
     set()),
    ('Tennis star Ana Petrova met Serena Lopez in the Wimbledon final.',
     set()),
    ('The coalition led by Prime Minister Jan Dvorsky, joined last year by the party of Petr Holub, lost its '
     'majority.',
     set()),
    ('The present government of Prime Minister Rashid Haddad has not met opposition leader Samir Khoury.',
     set()),
    ('The talks between Ali Mansour and Idris Kane focused on the fate of opposition leader Samir Khoury.',
     {('Kane', 'Mansour')}),
    ("The talks, chaired by Kenyan President Daniel Mwangi, lasted most of the day. The bloc's chief mediator, "
     'Peter Otieno, sat alongside Mwangi throughout.',
     {('Mwangi', 'Otieno')}),
    ("The two countries' relations date back to the 1955 meeting between Jawaharlal Kumar and Gamal Nasser.",
     set()),
    ('The two leaders met for an hour at the palace, joined by Foreign Minister Julia Mercer. Earlier Kenyan '
     'President Daniel Mwangi had arrived.',
     set()),
    ('Tomas Varga joined the party of Ilona Kertesz as a young man.',
     set()),
    ('Ugandan President Samuel Okot and rebel leader John Garang held talks in Nairobi on Monday. At a concert on '
     'Friday, Peter Otieno sat beside Okot.',
     {('Garang', 'Okot')}),
    ('Ugandan President Samuel Okot and rebel leader John Garang held talks in Nairobi. Arthur Mwila, leader of a '
     'smaller faction, also signed.',
     {('Garang', 'Okot')}),
    ('Ugandan President Samuel Okot and rebel leader John Garang held talks in Nairobi. Peter Otieno sat beside '
     'Okot during the meeting.',
     {('Garang', 'Okot'), ('Garang', 'Otieno'), ('Okot', 'Otieno')}),
    ('Ugandan President Samuel Okot and rebel leader John Garang signed a peace accord in Nairobi. Arthur Mwila, '
     'leader of a smaller faction, also signed.',
     {('Garang', 'Okot')}),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_news_near_misses_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == set(meetings)


def test_extract_meeting_news_near_misses_table_is_mostly_quiet():
    """At least fifty sentences that give no pair, and controls that do."""
    assert sum(not m for _, m in ROWS) >= 50 and sum(bool(m) for _, m in ROWS) >= 15

"""Near misses of meetings in ordinary news, through the model: sentences in the style of wire reports that must
give NO meeting pair (being greeted at or on arrival at the airport while the talks are told apart, first met years
ago, running mates and tickets, debates and the handshake before or after one, planned, due, postponed or cancelled
meetings, calls, "met with criticism/resistance/approval", persons only mentioned, discussed or quoted about a
meeting, journalists, "signed by A and B" with nobody meeting, sports, escorting a visitor to his hotel or the
airport, someone sent "to meet" another), beside the controls that must stay meetings (the real talks after an
airport welcome, "back-to-back" or "successive" meetings, one per partner). Names and countries are invented; the
sentences are written for this table. Misses kg still makes are listed in the commit that added it ("According to
spokesman X, A met B" where the parser makes X the subject; a spouse named beside the principal; a meeting dated
decades back: "the historic 1972 meeting between A and B")."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    ('Ghanaian President Kwame Asante was greeted at Kotoka airport by Nigerian Foreign Minister Bola '
     'Adeyemi before he drove to the palace.',
     set()),
    ('Ghanaian President Kwame Asante was met at the airport by Nigerian Vice President Musa Bello on '
     'Tuesday.',
     set()),
    ('Ghanaian President Kwame Asante was welcomed at the airport by Nigerian Foreign Minister Bola '
     'Adeyemi and later held talks with Nigerian President Chidi Okafor.',
     {('Asante', 'Okafor')}),
    ('On arrival at the airport, Ghanaian President Kwame Asante was received by Nigerian Foreign Minister '
     'Bola Adeyemi. He then met Nigerian President Chidi Okafor at the presidential villa.',
     {('Asante', 'Okafor')}),
    ('Chilean President Ana Rojas and Peruvian President Luis Quispe first met in 1998 as students in '
     'Madrid.',
     set()),
    ('Ana Rojas and Luis Quispe first met at university in the 1990s.',
     set()),
    ('Rojas, who first met Quispe in 1998 at a conference, now leads the Senate.',
     set()),
    ('Senator Mark Ellison picked Governor Dana Hart as his running mate on Tuesday.',
     set()),
    ('Governor Dana Hart joined Senator Mark Ellison on the ticket for the November election.',
     set()),
    ('Senator Mark Ellison and Governor Dana Hart clashed in a televised debate on Thursday night.',
     set()),
    ('Senator Mark Ellison met Governor Dana Hart in the second presidential debate in Denver.',
     set()),
    ('Indian Prime Minister Ravi Menon is expected to meet Bangladeshi Prime Minister Farida Rahman next '
     'week.',
     set()),
    ('Indian Prime Minister Ravi Menon will hold talks with Bangladeshi Prime Minister Farida Rahman in '
     'Dhaka on Friday.',
     set()),
    ('The planned meeting between Indian Prime Minister Ravi Menon and Bangladeshi Prime Minister Farida '
     'Rahman was postponed because of the floods.',
     set()),
    ('Indian Prime Minister Ravi Menon cancelled his meeting with Bangladeshi Prime Minister Farida Rahman '
     'after the border clash.',
     set()),
    ('The summit between Ravi Menon and Farida Rahman was put off until the spring.',
     set()),
    ('Indian Prime Minister Ravi Menon spoke by telephone with Bangladeshi Prime Minister Farida Rahman on '
     'Monday.',
     set()),
    ('Indian Prime Minister Ravi Menon held a phone call with Bangladeshi Prime Minister Farida Rahman '
     'about the dam.',
     set()),
    ('Finance Minister Petra Novak met with criticism from opposition leader Karel Dvorak over the budget.',
     set()),
    ('The budget of Finance Minister Petra Novak met with protests, and opposition leader Karel Dvorak '
     'called it a disgrace.',
     set()),
    ("Finance Minister Petra Novak's plan was met with scorn by opposition leader Karel Dvorak.",
     set()),
    ('Japanese Prime Minister Ken Sato met South Korean President Kim Min-jun in Seoul, where they '
     'discussed the detention of opposition activist Park Ji-ho.',
     {('Min-jun', 'Sato')}),
    ('Japanese Prime Minister Ken Sato met South Korean President Kim Min-jun in Seoul. The two leaders '
     'discussed the case of jailed journalist Lee Hana.',
     {('Min-jun', 'Sato')}),
    ('Japanese Prime Minister Ken Sato met South Korean President Kim Min-jun on Monday and praised the '
     'late former president Roh Dae-sung.',
     {('Min-jun', 'Sato')}),
    ('Japanese Prime Minister Ken Sato met South Korean President Kim Min-jun, who thanked Chinese '
     'President Wang Lei for his support.',
     {('Min-jun', 'Sato')}),
    ('"It was a good meeting," said analyst Tomoko Hayashi of Keio University after Japanese Prime '
     'Minister Ken Sato met South Korean President Kim Min-jun.',
     {('Min-jun', 'Sato')}),
    ('Japanese Prime Minister Ken Sato met South Korean President Kim Min-jun in Seoul, spokesman Lee '
     'Dong-wook told reporters.',
     {('Min-jun', 'Sato')}),
    ('Opposition leader Karel Dvorak said Finance Minister Petra Novak should meet the striking miners.',
     set()),
    ('Opposition leader Karel Dvorak criticised the meeting that Finance Minister Petra Novak held with '
     'bankers.',
     set()),
    ('Japanese Prime Minister Ken Sato met South Korean President Kim Min-jun, reporter Jane Doyle of '
     'Reuters wrote.',
     {('Min-jun', 'Sato')}),
    ('The accord was signed by Foreign Minister Petra Novak and her Slovak counterpart Jan Kovac in '
     'separate ceremonies in their capitals.',
     set()),
    ('The treaty, signed by Petra Novak and Jan Kovac in 1993, remains in force.',
     set()),
    ('In 1945, Winston Church and Franklin Roose met at Yalta.',
     set()),
    ('Serena Walsh beat Maria Petrova in the Wimbledon final on Saturday.',
     set()),
    ('Roger Feld met Rafael Nunez in the semi-final of the Australian Open.',
     set()),
    ('Kenyan President Daniel Mwangi declined to meet Ugandan President Samuel Okot.',
     set()),
    ('Kenyan President Daniel Mwangi has not met Ugandan President Samuel Okot since the election.',
     set()),
    ('Kenyan President Daniel Mwangi said he hoped to meet Ugandan President Samuel Okot soon.',
     set()),
    ('Kenyan President Daniel Mwangi invited Ugandan President Samuel Okot to visit Nairobi.',
     set()),
    ('Kenyan President Daniel Mwangi phoned Ugandan President Samuel Okot to congratulate him on his '
     're-election.',
     set()),
    ('Kenyan President Daniel Mwangi wrote to Ugandan President Samuel Okot about the refugees.',
     set()),
    ('Kenyan President Daniel Mwangi sent his foreign minister to meet Ugandan President Samuel Okot.',
     set()),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot were both absent from the summit in '
     'Addis Ababa.',
     set()),
    ('Kenyan President Daniel Mwangi urged Ugandan President Samuel Okot to release the detained activist '
     'Grace Akello.',
     set()),
    ('Kenyan President Daniel Mwangi condemned the arrest of opposition leader Grace Akello by Ugandan '
     'police.',
     set()),
    ('Kenyan President Daniel Mwangi congratulated Ugandan President Samuel Okot on his victory.',
     set()),
    ('Kenyan President Daniel Mwangi will travel to Kampala next month, where he is due to meet Ugandan '
     'President Samuel Okot.',
     set()),
    ('A meeting between Kenyan President Daniel Mwangi and Ugandan President Samuel Okot has not been '
     'ruled out.',
     set()),
    ('Kenyan President Daniel Mwangi accused Ugandan President Samuel Okot of backing the rebels.',
     set()),
    ('Kenyan President Daniel Mwangi offered to mediate between Ugandan President Samuel Okot and rebel '
     'leader Joseph Kony.',
     set()),
    ('Kenyan President Daniel Mwangi has offered to host talks between Ugandan President Samuel Okot and '
     'Rwandan President Eric Habimana.',
     set()),
    ('The ceasefire talks, which Norwegian envoy Lars Berg hopes to mediate, are expected to start in Oslo '
     'in May.',
     set()),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot ran against each other in 2017.',
     set()),
    ('Kenyan President Daniel Mwangi recalled his first meeting with Ugandan President Samuel Okot in '
     '2003.',
     set()),
    ('The two candidates, Senator Mark Ellison and Governor Dana Hart, shook hands warmly on the stage '
     'before the debate.',
     set()),
    ('Senator Mark Ellison and Governor Dana Hart shook hands after the debate in Denver.',
     set()),
    ('Senator Mark Ellison shook hands with Governor Dana Hart at the end of the televised debate.',
     set()),
    ('Tennis star Roger Feld shook hands with Rafael Nunez after the final in Melbourne.',
     set()),
    ('Foreign Minister Naledi Mokoena accompanied Chinese President Li Wen to his hotel after his arrival.',
     set()),
    ('Chinese President Li Wen was escorted to the airport by Foreign Minister Naledi Mokoena at the end '
     'of his visit.',
     set()),
    ('Foreign Minister Petra Novak and Trade Minister Jan Kovac are due in Washington next week for talks '
     'with the US administration.',
     set()),
    ('The plan of Finance Minister Petra Novak met with fierce resistance from opposition leader Karel '
     'Dvorak.',
     set()),
    ("Finance Minister Petra Novak's budget met with approval from President Karel Dvorak.",
     set()),
    ('Upon landing at Kotoka airport, Ghanaian President Kwame Asante was greeted by Nigerian Foreign '
     'Minister Bola Adeyemi.',
     set()),
    ('New Zealand First leader Winston Peters held back-to-back meetings with Prime Minister Bill English '
     'and Labour leader Jacinda Ardern.',
     {('English', 'Peters'), ('Ardern', 'Peters')}),
    ('New Zealand First leader Winston Peters held successive meetings with Prime Minister Bill English '
     'and Labour leader Jacinda Ardern on Tuesday.',
     {('English', 'Peters'), ('Ardern', 'Peters')}),
    ('Senator Mark Ellison shook hands with Governor Dana Hart before their talks on the border bill.',
     {('Ellison', 'Hart')}),
    ('Foreign Minister Petra Novak was in Washington on Friday for talks with Secretary of State Rex '
     'Tillerson.',
     {('Novak', 'Tillerson')}),
    # a party's short name NER takes for a person meets nobody
    ("In the afternoon Winston Peters sat down with Jacinda Ardern and Labour's deputy leader, Kelvin Davis, in the "
     "same room.",
     {('Ardern', 'Davis'), ('Ardern', 'Peters'), ('Davis', 'Peters')}),
    ("Nick Clegg asked Labour to open formal negotiations. The two leaders, Clegg and Gordon Brown, had met for an "
     "hour earlier.",
     {('Brown', 'Clegg')}),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_near_misses_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_near_misses_table_is_mostly_quiet():
    """At least forty sentences that give no pair, and controls that do."""
    assert sum(not m for _, m in ROWS) >= 40 and sum(bool(m) for _, m in ROWS) >= 10


def test_extract_meeting_near_misses_regnal_name(facts_of):
    """A king's regnal number keeps him apart from a crown prince whose name ends on the king's name."""
    facts = facts_of("King Abdullah II received House Speaker Nancy Pelosi at the palace on Saturday. Crown Prince "
                     "Hussein bin Abdullah and Foreign Minister Ayman Safadi also attended the meeting.")
    names = {p.name for e in facts.events if e.is_meeting for p in e.participants}
    assert {"Abdullah II", "Hussein bin Abdullah", "Nancy Pelosi"} <= names

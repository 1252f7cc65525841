"""Meetings told inside one sentence by verbs and nouns of wire reports, through the model: "conferred with", "X and
Y conferred", "huddled", "were closeted (with)", "had an audience with", "was received in audience", "paid a
courtesy call on", "held consultations with", "sat down with", working lunches, dinners and breakfasts, "lunched
with", "played host to", participants with their country in parentheses, appositions ("Y, Russia's deputy foreign
minister"), hosts ("his host, Y"; "X, the host, welcomed Y"), gatherings chaired or hosted by one person and
attended by others; beside near misses that must stay quiet ("conferred the Order of Merit on Y", "reporters
huddled outside", "remained closeted in her office", "will have an audience", "spoke to a large audience", a
funeral attended by persons, a summit not attended). Names and countries are invented; the sentences are written
for this table. Misses kg still makes: "paid a call on Y" (without "courtesy"), "held a tete-a-tete", "was the
guest of Y at a banquet", "was called in by Y" (an envoy summoned: the gold files disagree on summons, so kg
lists none), "handed Y a questionnaire", "X, Y, Z and W spent 16 hours at the negotiating table", "X co-hosted the
conference with A and B" (the parser splits "co-hosted"), "led the mediation alongside A and B", "held talks, also
attended by Z", and lists of "Togo's A, Sierra Leone's B
and Benin's C" with names the model does not know."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    ('Ambassador Chidi Okafor paid a courtesy call on President Kofi Mensah at State House on Monday.',
     {('Mensah', 'Okafor')}),
    ('Angolan President Joao Silva was hosted by his Nigerian counterpart, Ada Okoro, in Abuja.',
     {('Okoro', 'Silva')}),
    ('Chancellor Karl Weber and Portuguese Prime Minister Rui Costa held a working dinner in Berlin on Tuesday.',
     {('Costa', 'Weber')}),
    ('Chancellor Karl Weber hosted a working lunch with Portuguese Prime Minister Rui Costa in Berlin.',
     {('Costa', 'Weber')}),
    ('Czech President Tomas Novak and Egyptian President Omar Hassan held closed-door talks in Cairo.',
     {('Hassan', 'Novak')}),
    ('Czech President Tomas Novak and Egyptian President Omar Hassan met behind closed doors in Cairo.',
     {('Hassan', 'Novak')}),
    ('Czech President Tomas Novak and his host, Egyptian President Omar Hassan, signed five agreements.',
     {('Hassan', 'Novak')}),
    ('Czech President Tomas Novak called on Egyptian President Omar Hassan at his palace in Cairo.',
     {('Hassan', 'Novak')}),
    ('Czech President Tomas Novak had a private meeting with Egyptian President Omar Hassan in Cairo.',
     {('Hassan', 'Novak')}),
    ('Czech President Tomas Novak held a meeting in Cairo with Egyptian President Omar Hassan.',
     {('Hassan', 'Novak')}),
    ('Czech President Tomas Novak held a one-on-one meeting with Egyptian President Omar Hassan in Cairo.',
     {('Hassan', 'Novak')}),
    ('Czech President Tomas Novak hosted Egyptian President Omar Hassan for talks at Prague Castle.',
     {('Hassan', 'Novak')}),
    ('Czech President Tomas Novak huddled with Egyptian President Omar Hassan in Cairo on Monday.',
     {('Hassan', 'Novak')}),
    ('Czech President Tomas Novak lunched with Egyptian President Omar Hassan in Cairo on Monday.',
     {('Hassan', 'Novak')}),
    ('Czech President Tomas Novak was in Cairo for talks with Egyptian President Omar Hassan.',
     {('Hassan', 'Novak')}),
    ('Czech President Tomas Novak was received by Egyptian President Omar Hassan at the presidential palace.',
     {('Hassan', 'Novak')}),
    ('Czech President Tomas Novak wrapped up a two-day visit to Egypt with talks with President Omar Hassan.',
     {('Hassan', 'Novak')}),
    ('Egyptian President Omar Hassan played host to Czech President Tomas Novak on Monday.',
     {('Hassan', 'Novak')}),
    ('Envoy Ruth Ellis held separate meetings with both delegations: with Mark Dunn on Monday and with '
     'Paul Hart on Tuesday.',
     {('Dunn', 'Ellis'), ('Ellis', 'Hart')}),
    ('Envoy Ruth Ellis mediated the talks alongside former president Mark Dunn and former deputy president'
     ' Paul Hart.',
     {('Dunn', 'Ellis'), ('Dunn', 'Hart'), ('Ellis', 'Hart')}),
    ('Foreign Minister Amal Nasser held consultations with Lebanese Prime Minister Rami Haddad in Beirut.',
     {('Haddad', 'Nasser')}),
    ('Foreign Minister Erik Lind and Foreign Minister Sergei Petrov conferred for two hours on the '
     'sidelines of the conference.',
     {('Lind', 'Petrov')}),
    ('Foreign Minister Erik Lind and Foreign Minister Sergei Petrov huddled for two hours on the sidelines'
     ' of the conference.',
     {('Lind', 'Petrov')}),
    ('Foreign Minister Erik Lind conferred with his Russian counterpart Sergei Petrov in Geneva on Tuesday.',
     {('Lind', 'Petrov')}),
    ("Governor Lisa Grant and President Rafael Morales were closeted for three hours at the governor's residence.",
     {('Grant', 'Morales')}),
    ('Governor Lisa Grant remained closeted in her office on Tuesday.',
     set()),
    ('Governor Lisa Grant sat down with Mexican President Rafael Morales for an hour on Tuesday.',
     {('Grant', 'Morales')}),
    ('Governor Lisa Grant was closeted with President Rafael Morales for much of the afternoon.',
     {('Grant', 'Morales')}),
    ('In Cairo, Czech President Tomas Novak met his Egyptian counterpart, Omar Hassan.',
     {('Hassan', 'Novak')}),
    ('Minister Paul Hart joined President Ruth Ellis and Prime Minister Mark Dunn for the second half of '
     'the session.',
     {('Dunn', 'Ellis'), ('Dunn', 'Hart'), ('Ellis', 'Hart')}),
    ('Portuguese Prime Minister Rui Costa attended a working breakfast hosted by Chancellor Karl Weber.',
     {('Costa', 'Weber')}),
    ('President Ada Okoro, the host, welcomed Angolan President Joao Silva to Abuja for talks on Monday.',
     {('Okoro', 'Silva')}),
    ('President Erik Lind conferred the Order of Merit on General Sergei Petrov on Tuesday.',
     set()),
    ('President Kofi Mensah had an audience with King Abdullah at the palace on Monday.',
     {('Abdullah', 'Mensah')}),
    ('President Kofi Mensah had an audience with Pope Francis at the Vatican on Monday.',
     {('Francis', 'Mensah')}),
    ('President Kofi Mensah had an audience with President Chidi Okafor at the palace on Monday.',
     {('Mensah', 'Okafor')}),
    ('President Kofi Mensah spoke to a large audience in Accra, with Minister Chidi Okafor in the front row.',
     set()),
    ('President Kofi Mensah was received in audience by King Abdullah at the royal palace.',
     {('Abdullah', 'Mensah')}),
    ('President Kofi Mensah will have an audience with King Abdullah next week.',
     set()),
    ('President Ruth Ellis and Prime Minister Mark Dunn sat down with Foreign Minister Paul Hart on Monday evening.',
     {('Dunn', 'Ellis'), ('Dunn', 'Hart'), ('Ellis', 'Hart')}),
    ('President Ruth Ellis chaired a meeting attended by Defence Minister Mark Dunn and Interior Minister '
     'Paul Hart.',
     {('Dunn', 'Ellis'), ('Dunn', 'Hart'), ('Ellis', 'Hart')}),
    ('President Ruth Ellis hosted talks attended by Defence Minister Mark Dunn and Interior Minister Paul Hart.',
     {('Dunn', 'Ellis'), ('Dunn', 'Hart'), ('Ellis', 'Hart')}),
    ('President Tomas Novak received Bangladeshi Foreign Minister Anwar Rahman in audience on Monday.',
     {('Novak', 'Rahman')}),
    ('Prime Minister Mark Dunn spent 70 minutes with President Ruth Ellis at the palace.',
     {('Dunn', 'Ellis')}),
    ('Prime Minister Mark Dunn was greeted by President Ruth Ellis at the presidential palace before their talks.',
     {('Dunn', 'Ellis')}),
    ('Prime Minister Mark Dunn was hosted at a working dinner by President Ruth Ellis.',
     {('Dunn', 'Ellis')}),
    ('Reporters huddled outside the building where President Erik Lind spoke.',
     set()),
    ('Ruth Ellis of Serbia and Mark Dunn of Kosovo sat down with Paul Hart on Monday evening and resumed '
     'on Tuesday morning.',
     {('Dunn', 'Ellis'), ('Dunn', 'Hart'), ('Ellis', 'Hart')}),
    ("Swedish Foreign Minister Erik Lind met Sergei Petrov, Russia's deputy foreign minister, in Moscow.",
     {('Lind', 'Petrov')}),
    ('Talks between Czech President Tomas Novak and Egyptian President Omar Hassan ended on Monday.',
     {('Hassan', 'Novak')}),
    ('The agreement was signed by Ruth Ellis and Mark Dunn, who led the two delegations throughout the talks.',
     {('Dunn', 'Ellis')}),
    ('The conference, attended by Premier Ruth Ellis and Prime Minister Mark Dunn, was opened by its host,'
     ' President Paul Hart.',
     {('Dunn', 'Ellis'), ('Dunn', 'Hart'), ('Ellis', 'Hart')}),
    ('The deal was announced after a final session attended by Ruth Ellis, the Iranian envoy, Mark Dunn, '
     "the Saudi adviser, and Paul Hart, China's top diplomat.",
     {('Dunn', 'Ellis'), ('Dunn', 'Hart'), ('Ellis', 'Hart')}),
    ('The decision was taken at a meeting of the security council chaired by President Ruth Ellis and '
     'attended by Defence Minister Mark Dunn and Interior Minister Paul Hart.',
     {('Dunn', 'Ellis'), ('Dunn', 'Hart'), ('Ellis', 'Hart')}),
    ('The funeral was attended by President Ruth Ellis and Prime Minister Mark Dunn.',
     set()),
    ('The measures were agreed at a meeting of the security council chaired by President Ruth Ellis and '
     'attended by Defence Minister Mark Dunn and Interior Minister Paul Hart.',
     {('Dunn', 'Ellis'), ('Dunn', 'Hart'), ('Ellis', 'Hart')}),
    ('The meeting of Czech President Tomas Novak and Egyptian President Omar Hassan lasted two hours.',
     {('Hassan', 'Novak')}),
    ('The meeting was attended by Defence Minister Mark Dunn and Interior Minister Paul Hart.',
     {('Dunn', 'Hart')}),
    ('The meeting was chaired by President Ruth Ellis and attended by Defence Minister Mark Dunn and '
     'Interior Minister Paul Hart.',
     {('Dunn', 'Ellis'), ('Dunn', 'Hart'), ('Ellis', 'Hart')}),
    ('The new ambassador, Chidi Okafor, made a courtesy call on President Kofi Mensah on Monday.',
     {('Mensah', 'Okafor')}),
    ('The summit, chaired by President Ruth Ellis, was not attended by Defence Minister Mark Dunn.',
     set()),
    ('The talks were hosted by President Ruth Ellis and attended by Defence Minister Mark Dunn and '
     'Interior Minister Paul Hart.',
     {('Dunn', 'Ellis'), ('Dunn', 'Hart'), ('Ellis', 'Hart')}),
    ('The talks, between President Ada Okoro (Nigeria), President Joao Silva (Angola) and '
     'Secretary-General Henrik Dahl, lasted three hours.',
     {('Dahl', 'Okoro'), ('Dahl', 'Silva'), ('Okoro', 'Silva')}),
    ('The university conferred an honorary degree on President Erik Lind, a week after Sergei Petrov received one.',
     set()),
    ('President Ruth Ellis chaired a meeting of the cabinet attended by ministers Mark Dunn and Paul Hart.',
     {('Dunn', 'Ellis'), ('Dunn', 'Hart'), ('Ellis', 'Hart')}),
    ('The decision was taken at a session of the security council attended by President Ruth Ellis, Defence '
     'Minister Mark Dunn and Interior Minister Paul Hart.',
     {('Dunn', 'Ellis'), ('Dunn', 'Hart'), ('Ellis', 'Hart')}),
    ('President Ruth Ellis laid a wreath at a memorial of the war attended by ministers Mark Dunn and Paul Hart.',
     set()),
    ('The funeral of the former leader, attended by President Ruth Ellis and Prime Minister Mark Dunn, was held on '
     'Monday.',
     set()),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_wire_verbs_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_wire_verbs_table_is_varied():
    """At least fifty sentences, meetings and non-meetings both."""
    assert len(ROWS) >= 50 and sum(not m for _, m in ROWS) >= 5

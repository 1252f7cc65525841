"""Who was at a news report's one gathering, through the model: persons whose act the text places at or during
it ("At the summit, X …", "Y was re-elected during the meeting", "the first session was hosted by Z"), the heads
of state who speak in a summit report, and what is no meeting ("welcomed the words of X"). Sentences written
for these tests (invented phrasings, real office titles)."""

from __future__ import annotations

import datetime as dt

import pytest
from meetingpairs import pairs

DOVER = "A public meeting on rural schools was held in Dover on Friday. Mayor Judith Flanagan hosted the event. "


@pytest.mark.parametrize("text, meetings", [
    # acts at or during the gathering (presence-at-gathering, -part)
    ("A regional summit opened in Lima on Friday. At the summit, President Alan Garcia criticised the plan. "
     "President Evo Morales spoke during the opening session of the summit.", {("Garcia", "Morales")}),
    ("The new parliament held its first meeting in Kabul. Speaker Yunus Qanuni was elected during the meeting. "
     "President Hamid Karzai was also present at the meeting.", {("Karzai", "Qanuni")}),
    # hosts of its sessions (presence-hosted-by), joined to the meeting of a named person
    ("Ambassador Zalmay Khalilzad met Syrian officials in Baghdad on Monday. The first session was hosted by Prime "
     "Minister Nouri al-Maliki, while the second session was hosted by President Jalal Talabani.",
     {("Khalilzad", "al-Maliki"), ("Khalilzad", "Talabani"), ("Talabani", "al-Maliki")}),
    # the host of what the gathering opened with (presence-opened-with-hosted); an inverted passive's subject
    ("The Helsinki summit began on Sunday with a lunch hosted by Prime Minister Matti Vanhanen. At the summit, "
     "President Jacques Chirac warned of climate change.", {("Chirac", "Vanhanen")}),
    ("The new parliament held its first meeting in Kabul. Also elected during the meeting was Ashraf Ghani as speaker. "
     "President Hamid Karzai spoke at the meeting.", {("Ghani", "Karzai")}),
    # a summit report: the heads of state who speak in it after it is first mentioned (summit-nouns)
    ("Leaders of Asia and Europe gathered for a summit in Helsinki on Sunday. Prime Minister Junichiro Koizumi said trade "
     "must grow. President Jacques Chirac warned of climate change.", {("Chirac", "Koizumi")}),
    # who told the gathering something (presence-chairs); the leaders of delegations in a summit report
    ("Defence ministers of the region gathered for a summit in Tallinn on Friday. Minister Ingrid Dahl spoke at the "
     "summit. Admiral Erik Strand told the summit that the navy was ready.", {("Dahl", "Strand")}),
    ("Defence ministers of the region gathered for a summit in Tallinn on Friday. Minister Ingrid Dahl spoke at the "
     "summit. Sweden's delegation was led by General Anders Lund.", {("Dahl", "Lund")}),
    ("Defence ministers of the region gathered for a summit in Tallinn on Friday. Minister Ingrid Dahl spoke at the "
     "summit. On Saturday, General Anders Lund gave a speech on naval cooperation.", {("Dahl", "Lund")}),
    # who attended or hosted "the event" of a report of one gathering was there
    ("A public meeting on rural schools was held in Lynn on Friday. State Senator Thomas Keane and Representative "
     "Mary Holt attended the event. Mayor Judith Flanagan hosted the event.",
     {("Holt", "Keane"), ("Flanagan", "Keane"), ("Flanagan", "Holt")}),
    # who declared the gathering open opened it (presence-declared-open); "also attended" with nothing attended named
    # is the report's one gathering (presence-also-attended), not what it names, nor a planned attendance
    ("Admiral Olav Berg met his Danish counterpart, General Per Lund, at the defence conference in Bergen. Defence "
     "Minister Kari Moen declared open the conference on Monday.",
     {("Berg", "Lund"), ("Berg", "Moen"), ("Lund", "Moen")}),
    ("Admiral Olav Berg met his Danish counterpart, General Per Lund, at the defence conference in Bergen. Defence "
     "Minister Kari Moen declared the conference open.", {("Berg", "Lund"), ("Berg", "Moen"), ("Lund", "Moen")}),
    # who convened the report's one gathering was there (presence-chairs), not one who will convene it or
    # convened the parliament, which is no gathering
    ("Prime Minister Lars Holm convened an emergency cabinet meeting in Oslo on Monday. Finance Minister Eva Dahl, "
     "who attended the meeting, said markets would be calmed.", {("Dahl", "Holm")}),
    ("Prime Minister Lars Holm will convene an emergency cabinet meeting in Oslo on Monday. Finance Minister Eva "
     "Dahl said markets would be calmed.", set()),
    ("An emergency cabinet meeting was held in Oslo on Monday. Finance Minister Eva Dahl attended the meeting. "
     "President Lars Holm convened the parliament on Tuesday.", set()),
    (DOVER + "State Senator Thomas Keane also attended.", {("Flanagan", "Keane")}),
    (DOVER + "State Senator Thomas Keane also attended the funeral of a teacher.", set()),
    (DOVER + "State Senator Thomas Keane will also attend.", set()),
    # the doer of a passive act at the gathering was there too
    ("The new parliament held its first meeting in Kabul. During the meeting, Speaker Yunus Qanuni was "
     "criticised by Deputy Speaker Mirwais Yasini.", {("Qanuni", "Yasini")}),
    # … and the heads of international bodies (summit-attendee-org-kinds)
    ("Leaders of the Pacific states gathered for a summit in Suva on Monday. Prime Minister Tavita Rokoua said "
     "the sea was rising. The UN Secretary-General, Kofi Annan, warned that the islands needed help.",
     {("Annan", "Rokoua")}),
    # … not a head of state whose act a setting of his own puts elsewhere (own-setting-nouns)
    ("Leaders of the Pacific states gathered for a summit in Suva on Monday. Prime Minister Tavita Rokoua said "
     "the sea was rising. In an interview with a radio station, Prime Minister John Howard said the plan would fail.",
     set()),
    # planned presence is none; a head of state speaking before the summit is mentioned is none
    ("Prime Minister John Howard criticised the budget. An Asian summit began in Manila today. President Gloria "
     "Arroyo will speak at the summit on Tuesday.", set()),
    # what a result comes of happened, whatever the result's verb says (cause-nouns)
    ("As an outcome of talks between Foreign Minister Walid Muallem and President Jalal Talabani, relations will "
     "be restored.", {("Muallem", "Talabani")}),
    # a news conference is no gathering of those it names
    ("President Lula da Silva spoke at a press conference in Brasilia. At the conference, President Hugo Chavez "
     "answered questions.", set()),
    # the person an inauguration installs takes part in it (honoree-gatherings, honoree-verbs)
    ("Ellen Morrow has been inaugurated as President of Liberia. The inauguration was attended by Prime Minister "
     "Lena Dahl and Chancellor Otto Brandt.", {("Brandt", "Dahl"), ("Brandt", "Morrow"), ("Dahl", "Morrow")}),
    # "X was in attendance along with A and B": all three, but not a reporter (a press noun of agents.tsv)
    ("A public forum on energy was held in Salem on Friday. Reporter Anna Berg was there in attendance along with "
     "Congressman Paul Holm and State Senator Mark Ruiz.", {("Holm", "Ruiz")}),
    # "welcomed the words of X" welcomes a thing (thing-source-preps)
    ("President Thabo Mbeki welcomed the words of President Nelson Mandela on Tuesday.", set()),
    # who gives a speech at the report's one gathering takes part in it (presence-speech-by)
    ("Prime Minister Paolo Verdi addressed a joint sitting of the Maltese Parliament on Monday. After introductory "
     "speeches by President Anton Borg and Opposition Leader Marco Farrugia, Verdi spoke on migration.",
     {("Borg", "Farrugia"), ("Borg", "Verdi"), ("Farrugia", "Verdi")}),
    # a parliament's sitting is a gathering like its session (n-sitting): who addressed it and who presided took part
    ("Prime Minister Paolo Verdi addressed a joint sitting of the Maltese Parliament on Monday. Speaker Anton Borg "
     "presided over the sitting.", {("Borg", "Verdi")}),
])
def test_extract_attendees_news_classes(facts_of, text, meetings):
    # dated in the named leaders' terms: the dictionary knows, e.g., that Chirac's presidency ended in 2007
    assert pairs(facts_of(text, date=dt.date(2006, 9, 11))) == meetings


@pytest.mark.parametrize("text, meetings", [
    # talks whose sides the text names by country: those sides' officials acting where the talks are spoken of
    # took part (side_delegates), not their heads of state, nor a spokesman of a named person's country
    ("Kenya and Ethiopia held border talks in Nairobi on Monday. Kenya's ambassador to Ethiopia, George Orina, said "
     "the talks were positive. Ethiopian Foreign Minister Taye Atske Selassie called the meeting a first step.",
     {("Orina", "Selassie")}),
    ("Kenyan Foreign Minister Musalia Mudavadi met with Ethiopian officials in Nairobi on Monday. Ethiopia's "
     "ambassador to Kenya, Bacha Debele, described the talks as positive.", {("Debele", "Mudavadi")}),
    ("Kenya and Ethiopia held border talks in Nairobi on Monday. Ethiopian Prime Minister Abiy Ahmed said the talks "
     "were positive. Kenyan President William Ruto called the meeting a first step.", set()),
    ("Kenyan Foreign Minister Musalia Mudavadi met Ethiopian Foreign Minister Taye Atske Selassie in Nairobi. "
     "Ethiopian Foreign Ministry spokesman Meles Alem said the talks were positive.", {("Mudavadi", "Selassie")}),
    # a member of the delegation the report's meeting names took part (delegation-member)
    ("President Yoweri Museveni met a Kenyan delegation led by Senator Moses Wetangula on Monday. Senator Ledama "
     "Olekina, a member of the delegation, said the talks went well.",
     {("Museveni", "Olekina"), ("Museveni", "Wetangula"), ("Olekina", "Wetangula")}),
    ("President Yoweri Museveni met a Kenyan delegation led by Senator Moses Wetangula on Monday. Senator Ledama "
     "Olekina, a member of the committee, said the talks went well.", {("Museveni", "Wetangula")}),
])
def test_extract_attendees_sides_by_country_and_delegation_members(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


@pytest.mark.parametrize("text, meetings", [
    # co-chairs of a hyphenated verb the parser splits (presence-cohosted-by), a participant by 'participation'
    # (presence-participation-by), and speakers of opening or closing remarks (presence-remarks-by)
    ("Today, the third meeting of the Joint Energy Council was co-chaired by Deputy Secretary Laura Hendricks and "
     "Minister of Energy Tomas Varga, with participation by Finance Minister Petra Lind.",
     {("Hendricks", "Lind"), ("Hendricks", "Varga"), ("Lind", "Varga")}),
    ("The inaugural session of the dialogue was co-chaired today by Deputy Secretary Ruth Abara and Vice Foreign "
     "Minister Kenji Mori.", {("Abara", "Mori")}),
    ("The second meeting of the Joint Trade Committee was co-hosted on Friday by Commerce Secretary Alan Whitby and "
     "Trade Minister Sara Lindqvist.", {("Lindqvist", "Whitby")}),
    ("The Energy Council met today in Brussels, with the participation of Commissioner Elena Duarte and Director "
     "Henrik Olsen.", {("Duarte", "Olsen")}),
    ("The meeting of the Coordination Group took place in Geneva. After opening remarks by Minister Karel Novak, the "
     "group heard closing remarks from Deputy Minister Irina Pavlova.", {("Novak", "Pavlova")}),
    # bare remarks may be a speech anywhere
    ("The meeting of the Coordination Group took place in Geneva. Remarks by Minister Karel Novak on Monday drew "
     "criticism from Deputy Minister Irina Pavlova.", set()),
])
def test_extract_attendees_readout_chairs_and_participation(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings

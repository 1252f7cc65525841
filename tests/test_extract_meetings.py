"""Meetings and events in ordinary news (issue 9), through the model: sentences written for these tests
(invented phrasings, real office titles)."""

from __future__ import annotations

import datetime as dt

import pytest
from meetingpairs import pairs

from kg.rdf import event_label


@pytest.mark.parametrize("text, meetings", [
    # everyday senses of "met" (meet-passive, meet-first, meet-where-acquainted)
    ("Prime Minister Mark Carney was met at the airport by Governor General Mary Simon.", set()),
    ("President Gabriel Boric and President Gustavo Petro first met in 2014 at a conference in Bogotá.", set()),
    ("He later joined the Liberal Club, where he met Senator Chuck Schumer.", set()),
    # persons past a semicolon or colon after a thing received are no guests (object-list-breaks), nor is what the
    # thing is compared with (thing-source-preps)
    ("Mayor Anna Berglund received 31,499 votes; Governor Paul Ekdahl, 18,734 votes.", set()),
    ("Senator Anna Berglund received more votes than Governor Paul Ekdahl in the first round.", set()),
    ("Senator Anna Berglund received the party's nomination over two rivals: Governor Paul Ekdahl and Mayor Jonas "
     "Lind.", set()),
    ("President Anna Berglund received two foreign leaders: Prime Minister Paul Ekdahl and President Jonas Lind.",
     {("Berglund", "Ekdahl"), ("Berglund", "Lind"), ("Ekdahl", "Lind")}),
    # debates and tickets (meet-contest, ticket-object)
    ("Senator Kamala Harris and Vice President Mike Pence met in the vice-presidential debate in Salt Lake City.", set()),
    ("Governor Tim Walz joined the Democratic ticket in August.", set()),
    # "… and with Y" (participant-prep-conj): two meetings, no pair between X and Y
    ("Chancellor Olaf Scholz met with President Emmanuel Macron on Monday and with Prime Minister Giorgia Meloni "
     "on Tuesday.", {("Macron", "Scholz"), ("Meloni", "Scholz")}),
    # participants in a list (roster-*, delegation-led-by, talks-mediated-by)
    ("Participants in the talks included President William Ruto, President Yoweri Museveni and President Paul Kagame.",
     {("Museveni", "Ruto"), ("Kagame", "Ruto"), ("Kagame", "Museveni")}),
    ("The summit in Arusha brought together President William Ruto and President Samia Suluhu Hassan.",
     {("Hassan", "Ruto")}),
    ("Present at the meeting were President William Ruto and President Yoweri Museveni.", {("Museveni", "Ruto")}),
    ("President Cyril Ramaphosa held talks in Pretoria with a delegation led by President William Ruto.",
     {("Ramaphosa", "Ruto")}),
    ("The deal followed three days of talks mediated by President Olusegun Obasanjo and President Thabo Mbeki.",
     {("Mbeki", "Obasanjo")}),
    # the mediator of the talks' own clause takes part too (talks-mediated-active, talks-mediated-passive)
    ("President Thabo Mbeki mediated the talks between President Salva Kiir and Vice President Riek Machar.",
     {("Kiir", "Machar"), ("Kiir", "Mbeki"), ("Machar", "Mbeki")}),
    ("The talks between President Salva Kiir and Vice President Riek Machar were mediated by President Thabo Mbeki.",
     {("Kiir", "Machar"), ("Kiir", "Mbeki"), ("Machar", "Mbeki")}),
    # "the two presidents" with no event before: the two persons named in the sentences just before (named_before)
    ("Kenyan President William Ruto and Ugandan President Yoweri Museveni agreed to reopen the border. The two "
     "presidents met in Kampala on Tuesday.", {("Museveni", "Ruto")}),
    # "the joint meeting" with no side of its own: the two persons named just before (named_before.joint_alone)
    ("Senator Mary Holloway and Senator Peter Osgood went up on stage together in Concord. The joint meeting was a "
     "rally for party supporters.", {("Holloway", "Osgood")}),
    # three persons named before "the two leaders": which two is unsaid, no meeting
    ("President William Ruto, President Yoweri Museveni and President Paul Kagame spoke in Arusha. The two leaders "
     "met on Tuesday.", set()),
    # the head of a body met stands for it (delegation-led-by: group, panel, commission)
    ("President Cyril Ramaphosa met the Electoral Review Commission, headed by Chief Justice Raymond Zondo, on "
     "Friday.", {("Ramaphosa", "Zondo")}),
    # talks that name only their mediators are the talks of the parties named next to them (mediation.py)
    ("The accord came after a week of talks mediated by President Olusegun Obasanjo and President Thabo Mbeki. "
     "President Salva Kiir and Vice President Riek Machar signed the accord in Juba on Monday.",
     {("Kiir", "Machar"), ("Kiir", "Obasanjo"), ("Machar", "Obasanjo"), ("Kiir", "Mbeki"), ("Machar", "Mbeki"),
      ("Mbeki", "Obasanjo")}),
    # talks in a past verb's time phrase happened ("had agreed … after talks"), under an intention they are planned
    ("President William Ruto and President Yoweri Museveni had agreed on a new border line after two days of talks.",
     {("Museveni", "Ruto")}),
    ("President William Ruto and President Yoweri Museveni hope to agree on a border line after talks next week.",
     set()),
    # the time phrase the parser hangs on an outcome's infinitive dates the outcome (circumstance-outcome-verbs)
    ("President William Ruto and President Yoweri Museveni agreed on Friday to reopen the border after a two-hour "
     "meeting in Kampala.", {("Museveni", "Ruto")}),
    ("President William Ruto and President Yoweri Museveni failed to agree on the border during talks in Kampala.",
     {("Museveni", "Ruto")}),
    ("President William Ruto and President Yoweri Museveni agreed to meet again after the regional summit.", set()),
    # one person present at the talks the article reports is their event; those a roster lists next join it
    ("Peace talks between the government and the rebels ended in Geneva on Monday. President Cyril Ramaphosa was "
     "also present at the talks. Representatives included President Olusegun Obasanjo and President Thabo Mbeki.",
     {("Obasanjo", "Ramaphosa"), ("Mbeki", "Ramaphosa"), ("Mbeki", "Obasanjo")}),
    ("President Cyril Ramaphosa met President William Ruto in Pretoria on Monday. Delegates included President "
     "Olusegun Obasanjo.", {("Ramaphosa", "Ruto"), ("Obasanjo", "Ramaphosa"), ("Obasanjo", "Ruto")}),
    # a cessation of hostilities is an accord (signed-accord)
    ("President Salva Kiir and Vice President Riek Machar signed a cessation of hostilities in Juba on Monday.",
     {("Kiir", "Machar")}),
    # the parser hangs "with Y" on what the meeting is about: Y is the partner all the same
    ("Chancellor Olaf Scholz had a meeting about the energy crisis with President Emmanuel Macron.",
     {("Macron", "Scholz")}),
    # "is to meet", "is set to meet", "is scheduled to hold talks": still to happen (fut-be-to)
    ("President William Ruto is to meet President Yoweri Museveni in Kampala.", set()),
    ("President William Ruto is set to meet President Yoweri Museveni in Kampala.", set()),
    ("President William Ruto is scheduled to hold talks with President Yoweri Museveni.", set()),
    # leaving for a place to meet someone is a purpose not yet carried out (fut-purpose-travel)
    ("President William Ruto left Nairobi on Monday to meet President Yoweri Museveni.", set()),
    # what a result comes of happened, whatever the result's tense (cause-nouns)
    ("As a result of talks between President William Ruto and President Yoweri Museveni, trade ties will be "
     "restored.", {("Museveni", "Ruto")}),
    ("At the summit in Kigali, President William Ruto and President Yoweri Museveni agreed on a new border line.",
     {("Museveni", "Ruto")}),
    ("The border is expected to be among the subjects discussed at talks between President William Ruto and "
     "President Yoweri Museveni.", set()),
    # signing an accord together (signed-accord) and a joint news conference (press-conference-joint)
    ("President Salva Kiir and Vice President Riek Machar signed a ceasefire deal in Addis Ababa.", {("Kiir", "Machar")}),
    ("Senator Chuck Schumer and Senator Mitch McConnell signed a letter to the governor.", set()),
    ("Prime Minister Tony Blair spoke at a news conference with Prime Minister Nouri al-Maliki in Baghdad.",
     {("Blair", "al-Maliki")}),
    ("Prime Minister Tony Blair held a press conference in London.", set()),
    # "X discussed Z with Y" (m-discuss with a "with" partner, also where the parser hangs it inside the object);
    # a person the object names is no partner
    ("President Cyril Ramaphosa discussed the drought with President Hakainde Hichilema in Lusaka on Monday.",
     {("Hichilema", "Ramaphosa")}),
    ("President Cyril Ramaphosa said he discussed some of the problems facing the region's farmers with President "
     "Hakainde Hichilema.", {("Hichilema", "Ramaphosa")}),
    ("President Cyril Ramaphosa discussed President Hakainde Hichilema's proposal in Parliament.", set()),
    # negotiations are a gathering (m-negotiation): those who arrive for them take part
    ("President Salva Kiir, Vice President Riek Machar and President Yoweri Museveni arrived in Entebbe for "
     "negotiations on the ceasefire.", {("Kiir", "Machar"), ("Kiir", "Museveni"), ("Machar", "Museveni")}),
    # a relative clause's pronoun stands for the persons it describes ("X and Y, who met", "X, whom Y received")
    ("President Salva Kiir and Vice President Riek Machar, who met for three hours on Sunday, agreed to open the "
     "roads.", {("Kiir", "Machar")}),
    ("Vice President Riek Machar, whom President Salva Kiir received in Juba on Sunday, said the roads would open.",
     {("Kiir", "Machar")}),
    ("President Salva Kiir, who will meet Vice President Riek Machar next week, said the roads would open.", set()),
    # the hosts of a gathering and "among those attending" list its participants (gathering-host-nouns);
    # lists of those at "the summit" far apart are one event (report_gathering_roster)
    ("The two co-hosts of the summit were President Cyril Ramaphosa and President William Ruto.",
     {("Ramaphosa", "Ruto")}),
    ("Leaders from forty countries gathered in Nairobi. Among those attending were President Cyril Ramaphosa and "
     "President Yoweri Museveni.", {("Museveni", "Ramaphosa")}),
    ("Among the critics of the plan were President Cyril Ramaphosa and President Yoweri Museveni.", set()),
    ("The co-hosts of the summit were President William Ruto and President Samia Suluhu Hassan. The summit opened "
     "with a minute of silence. Trade was high on the agenda. Several protests took place outside. President Paul "
     "Kagame and President Yoweri Museveni were among those attending the summit.",
     {("Hassan", "Ruto"), ("Kagame", "Museveni"), ("Kagame", "Ruto"), ("Hassan", "Kagame"), ("Museveni", "Ruto"),
      ("Hassan", "Museveni")}),
    # the person an aide serves, or whose family or widow is met, is not met (served-nouns, also as a possessor)
    ("President William Ruto met with the family of Senator Peter Otieno in Kisumu.", set()),
    ("President William Ruto met Senator Peter Otieno's widow in Kisumu on Monday.", set()),
    ("President William Ruto met Senator Peter Otieno and his family in Kisumu.", {("Otieno", "Ruto")}),
    ("Supporters of President William Ruto held talks with supporters of Raila Odinga in Kisumu.", set()),
    # the person an aide serves is not met (served-nouns)
    ("President William Ruto met with Mary Wambui, an aide to President Yoweri Museveni, in Nairobi.",
     {("Ruto", "Wambui")}),
    # an accord agreed or reached between persons is their meeting too (m-agree-between, m-reach-between); agreeing
    # with someone or reaching a city is none
    ("A ceasefire was agreed between Prime Minister Lena Dahl and President Marta Ilves at a summit in Narva in "
     "March.", {("Dahl", "Ilves")}),
    ("The trade deal was reached between Chancellor Otto Brandt and Prime Minister Lena Dahl, his Danish "
     "counterpart.", {("Brandt", "Dahl")}),
    ("Prime Minister Lena Dahl agreed with President Marta Ilves that the plan was sound.", set()),
    # what was negotiated between persons is their meeting (m-negotiate); a release negotiated is none
    ("The coalition agreement, negotiated between Chancellor Olaf Scholz, Christian Lindner and Robert Habeck, was "
     "approved on Monday.", {("Habeck", "Lindner"), ("Habeck", "Scholz"), ("Lindner", "Scholz")}),
    ("President William Ruto negotiated the release of Raila Odinga.", set()),
    # "EU delegates" stand for the heads the article names of the EU and its members (group-nouns)
    ("Chinese President Xi Jinping met with European Commission President Ursula von der Leyen and Swedish Prime "
     "Minister Ulf Kristersson in Beijing. Chinese Premier Li Qiang later met with EU delegates in Beijing.",
     {("Jinping", "Kristersson"), ("Jinping", "Leyen"), ("Kristersson", "Leyen"), ("Kristersson", "Qiang"),
      ("Leyen", "Qiang")}),
    # a courtesy call is a visit in person (call-courtesy, call-courtesy-partner)
    ("Vice President Kashim Shettima paid a courtesy call on President Bola Tinubu in Abuja.",
     {("Shettima", "Tinubu")}),
    ("President Bola Tinubu received a courtesy call from Vice President Kashim Shettima on Monday.",
     {("Shettima", "Tinubu")}),
    # a conference with a named person is their meeting (conference-with-person), one with a crowd is none
    ("President Emmanuel Macron declared during a conference with the German Chancellor, Olaf Scholz, that the troops "
     "would stay.", {("Macron", "Scholz")}),
    ("President Emmanuel Macron spoke at a conference with 200 delegates in Paris.", set()),
    # a planned meeting is no meeting (fut-upcoming)
    ("President Salva Kiir criticised the planned meeting with Vice President Riek Machar.", set()),
    # a phone word quoted where the trigger is not is the speaker's: the news conference is a meeting, no call
    ("Speaking on Monday at a news conference with President Yoweri Museveni, President William Ruto said, \"We will "
     "call them on their promises.\"", {("Museveni", "Ruto")}),
    # an accord its name calls one (signed-accord-name) and a joint statement (signed-joint-statement), not a statement
    ("After the speeches, President Salva Kiir and President Yoweri Museveni signed the \"Declaration on Regional "
     "Security\" in Juba.", {("Kiir", "Museveni")}),
    ("Last month, both President Salva Kiir and Vice President Riek Machar signed a statement of \"joint "
     "understanding\".", {("Kiir", "Machar")}),
    ("Senator Chuck Schumer and Senator Mitch McConnell signed a statement on the budget.", set()),
    # "a delegation of Kenyan lawmakers" is not Kenya's leader; the member named next joins its meeting
    ("Kenyan President William Ruto opened an embassy in Kigali last year. A delegation of Kenyan lawmakers met "
     "Rwandan President Paul Kagame on Monday. Senator Jane Wanjiru, a member of the delegation, said the talks went "
     "well.", {("Kagame", "Wanjiru")}),
    # an object pronoun never stands for its own clause's subject: Ruto received Starmer (object-pronouns)
    ("Prime Minister Keir Starmer arrived in Nairobi on Sunday. President William Ruto received him at State House "
     "on Monday.", {("Ruto", "Starmer")}),
    # "between X, <clause>, and Y": the person after the ", and" that closes X's clause is the other side
    ("The talks between President William Ruto, who arrived on Sunday, and President Yoweri Museveni ended on "
     "Monday.", {("Museveni", "Ruto")}),
    ("In July, the envoy arranged a meeting between Raila Odinga, claiming to represent the government, and Samia "
     "Suluhu Hassan.", {("Hassan", "Odinga")}),
    # a news conference its subjects appeared at together (together-gathering-at), not one each appeared at
    ("President William Ruto and President Yoweri Museveni appeared together at a news conference in Kampala.",
     {("Museveni", "Ruto")}),
    ("President William Ruto and President Yoweri Museveni appeared at a news conference in Kampala.", set()),
    # a name an apposition calls a place is no person met (place-appos-nouns)
    ("Prime Minister Keir Starmer visited Kibera, a crowded Nairobi neighbourhood, on Monday.", set()),
    # a participle adjunct of an intention verb happened (participle-adjunct-deps)
    ("Meeting in Kampala on Monday, President William Ruto and President Yoweri Museveni agreed to reopen the "
     "border.", {("Museveni", "Ruto")}),
    # a news conference takes the partner hung on its verb, and a participle describing a name has him as subject
    ("President William Ruto appeared with President Yoweri Museveni at a news conference in Kampala.",
     {("Museveni", "Ruto")}),
    ("President William Ruto, speaking at a news conference with President Yoweri Museveni, said the border would "
     "reopen.", {("Museveni", "Ruto")}),
    ("President William Ruto, speaking at a news conference in Nairobi, said the border would reopen.", set()),
    # a group anaphor as object: the two persons named before, not the trigger's own subject
    ("Prime Minister Tony Blair and Taoiseach Bertie Ahern arrived in Belfast on Monday. Mark Durkan met the two "
     "leaders in the afternoon.", {("Ahern", "Blair"), ("Blair", "Durkan"), ("Ahern", "Durkan")}),
    # "the two men" refer back like "the two leaders" (anaphoric-nouns)
    ("President William Ruto and President Yoweri Museveni agreed to reopen the border. The two men met in Kampala "
     "on Tuesday.", {("Museveni", "Ruto")}),
    # welcoming a person's decision is no reception
    ("Prime Minister Mette Frederiksen welcomed President Joe Biden's decision, saying it was a good sign.", set()),
    # a joint news conference whose one named side is one of the two persons named just before is theirs
    # (named_before.joint_sides)
    ("President Anna Lindqvist and Prime Minister Erik Haugen promised new sanctions on Monday. At a joint press "
     "conference in London, Haugen announced that Europe would agree.", {("Haugen", "Lindqvist")}),
    ("President Anna Lindqvist and Prime Minister Erik Haugen promised new sanctions on Monday. At a press "
     "conference in London, Haugen announced that Europe would agree.", set()),
    # the parser makes the second side of "between" the verb's subject (between-lost-partner)
    ("A meeting between Chancellor Ilse Marten and Prime Minister Joakim Strand took place in Tallinn on Monday.",
     {("Marten", "Strand")}),
    # the parser joins the subject to the place of a fronted phrase (fronted-lost-subject)
    ("At a meeting in Tallinn, Chancellor Ilse Marten and Prime Minister Joakim Strand agreed to open the port.",
     {("Marten", "Strand")}),
    ("At the summit in Riga, Chancellor Ilse Marten and Prime Minister Joakim Strand signed a fishing accord.",
     {("Marten", "Strand")}),
    # an object pronoun in the "with" phrase of a light verb's noun is not the verb's subject
    ("Foreign Minister Pavel Dvorak arrived in Tallinn. Prime Minister Joakim Strand held talks with him on Monday.",
     {("Dvorak", "Strand")}),
    # a conference or forum two named persons spoke at together (shared-gathering-*); not one alone, not a quarrel
    # there, not a news conference each may give on his own
    ("Chancellor Ilse Marten and Prime Minister Joakim Strand spoke at the forum in Tallinn on Monday.",
     {("Marten", "Strand")}),
    ("Chancellor Ilse Marten spoke at the energy conference along with Prime Minister Joakim Strand.",
     {("Marten", "Strand")}),
    ("Chancellor Ilse Marten spoke at the party conference in Tallinn. Prime Minister Joakim Strand criticised the "
     "speech.", set()),
    ("Chancellor Ilse Marten argued with Prime Minister Joakim Strand at the conference.", set()),
    # the named speakers of one hearing, across sentences (kg.extract.gathering_speakers); not those of a news
    # conference, nor one who speaks after a recorded message
    ("At a hearing of the Senate Budget Committee, lawmakers questioned the figures. Senator Anna Berglund said the "
     "plan had failed. Commissioner Paul Ekdahl testified that prices would fall.", {("Berglund", "Ekdahl")}),
    ("At a news conference, Senator Anna Berglund said the plan had failed. Governor Paul Ekdahl said prices would "
     "fall.", set()),
])
def test_extract_meetings_news_table(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


@pytest.mark.parametrize("text, meetings", [
    # a bulleted participant list after the meeting sentence (roster-lead-colon, list-bullet): every pair
    ("Today, Senior Advisor to the President Maria Okafor met with leaders of veterans' groups to discuss housing."
     "\n\nParticipants included:\n\n- Daniel Whitcombe, President, Veterans Housing Alliance\n"
     "- Rev. Grace Ndlovu, Director, Faith in Service Network\n- Tomas Lindqvist, Chair, Coalition for Veterans",
     {("Okafor", "Whitcombe"), ("Ndlovu", "Okafor"), ("Lindqvist", "Okafor"), ("Ndlovu", "Whitcombe"),
      ("Lindqvist", "Whitcombe"), ("Lindqvist", "Ndlovu")}),
    # a sub-heading inside the list, titles before the names
    ("Yesterday, White House officials hosted a roundtable with state leaders on rural broadband.\n\n"
     "The following leaders attended:\n\n- Governor Laura Kelly (Kansas)\n- Mayor Quinton Lucas, Kansas City\n\n"
     "From the Administration:\n\n- Amal Haddad, Special Assistant to the President & Senior Director for "
     "Technology, National Economic Council",
     {("Kelly", "Lucas"), ("Haddad", "Kelly"), ("Haddad", "Lucas")}),
    # a list on the lead's own line, items separated by semicolons
    ("The following officials attended: Amal Haddad, Director, National Security Council; Peter Voss, Senior "
     "Director for Europe; and Lena Brandt, Deputy Assistant to the President.",
     {("Haddad", "Voss"), ("Brandt", "Haddad"), ("Brandt", "Voss")}),
    # items that are a titled name alone
    ("Today, Secretary of Energy Jennifer Granholm met with tribal leaders to discuss clean energy.\n\n"
     "Participants included:\n\n- Chief Lynn Malerba\n- Chairman Harold Frazier",
     {("Granholm", "Malerba"), ("Frazier", "Granholm"), ("Frazier", "Malerba")}),
    # a titled surname alone; a country's name after the comma names nobody
    ("Today, President Joe Biden convened a forum on climate with fellow leaders.\n\nParticipants included:\n\n"
     "- Prime Minister Sheikh Hasina, People’s Republic of Bangladesh\n- President Joko Widodo, Republic of Indonesia",
     {("Biden", "Hasina"), ("Biden", "Widodo"), ("Hasina", "Widodo")}),
    # a list of departments names nobody
    ("The council met on Tuesday to discuss water policy.\n\nMembers of the council include:\n\n"
     "- Department of the Interior\n- Department of Agriculture\n- Environmental Protection Agency", set()),
    # a heading without a colon over the list ("Participants" alone on its line): every pair, the principal too
    ("This morning, Secretary of Labor Julie Su met with union organizers to talk about apprenticeships.\n\n"
     "Participants\n\n- Marcus Bell, President, Ironworkers Local 12\n- Dana Whitfield, Organizer, Nurses United",
     {("Bell", "Su"), ("Su", "Whitfield"), ("Bell", "Whitfield")}),
    # a title-case heading with a colon ("Roundtable Speakers:")
    ("Today, Governor Janet Mills hosted a roundtable on rural hospitals.\n\nRoundtable Speakers:\n\n"
     "- Dr. Owen Carter, Chief Executive, Lakeside Health\n- Nora Quist, Director, Maine Rural Care",
     {("Carter", "Mills"), ("Mills", "Quist"), ("Carter", "Quist")}),
    # those who give opening remarks, present an overview or drop by take part in the listed gathering
    ("Yesterday, officials from the Department of Energy convened utility executives on grid security. Deputy "
     "Secretary David Turk provided opening remarks, and President Joe Biden dropped by the meeting to thank the "
     "group.\n\nParticipants included:\n\n- Lena Ortiz, CEO, Coastal Power\n- Raj Mehta, CEO, Prairie Grid",
     {("Mehta", "Ortiz"), ("Ortiz", "Turk"), ("Mehta", "Turk"), ("Biden", "Ortiz"), ("Biden", "Mehta"),
      ("Biden", "Turk")}),
    # a presenter the gathering heard ("received an update … from X") takes part in the listed gathering
    ("The state water board met on Friday. The board also received a briefing from Deputy Secretary Tommy "
     "Beaudreau on drought planning.\n\nParticipants included:\n\n- Lena Ortiz, Chair, Water Board\n"
     "- Raj Mehta, Member, Water Board",
     {("Mehta", "Ortiz"), ("Beaudreau", "Ortiz"), ("Beaudreau", "Mehta")}),
    # "Assistant to the President": the principal a title names is no participant
    ("President Joe Biden signed the bill on Monday. Priya Raman, Assistant to the President, met with Governor "
     "Tim Walz on Tuesday.", {("Raman", "Walz")}),
])
def test_extract_meetings_readout_participant_lists(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meetings_calling_a_person_a_name_is_no_call(facts_of):
    facts = facts_of("The minister condemned remarks by President Evo Morales, who called the former president, Felipe "
                     "Ortiz, a liar.")
    assert not [e for e in facts.events if e.kind == "call"]


def test_extract_meetings_received_a_thing_is_no_reception(facts_of):
    facts = facts_of('"Prime Minister Olmert and Minister Peretz, we have received your letter," the protesters wrote.')
    assert not [e for e in facts.events if e.kind == "host"]


FRIDAY = dt.date(2007, 10, 12)


@pytest.mark.parametrize("text, date", [
    ("Friday, October 12, 2007\n\nPresident Karolos Papoulias met Prime Minister Kostas Karamanlis earlier today.",
     FRIDAY),
    ("Friday, October 12, 2007\n\nPresident Karolos Papoulias met Prime Minister Kostas Karamanlis this morning.",
     FRIDAY),
    ("Friday, October 12, 2007\n\nPresident Karolos Papoulias met Prime Minister Kostas Karamanlis on Wednesday.",
     dt.date(2007, 10, 10)),
    ("Friday, October 12, 2007\n\nPrime Minister Kostas Karamanlis, who returned on Monday, met President Karolos "
     "Papoulias today.", FRIDAY),
    ("Friday, October 12, 2007\n\nPresident Karolos Papoulias will meet Prime Minister Kostas Karamanlis on Monday.",
     dt.date(2007, 10, 15)),
])
def test_extract_meetings_dates_against_the_article_date(facts_of, text, date):
    (event,) = facts_of(text, date=FRIDAY).events
    assert event.date == date


def test_extract_meetings_same_persons_on_two_days_are_two_meetings(facts_of):
    facts = facts_of("Secretary of State Antony Blinken met Foreign Minister Wang Yi in Beijing on Monday. On "
                     "Thursday, Blinken met Foreign Minister Wang Yi again in Jakarta.")
    assert sorted((e.date, e.location.name) for e in facts.events) == \
        [(dt.date(2023, 6, 8), "Jakarta"), (dt.date(2023, 6, 12), "Beijing")]


@pytest.mark.parametrize("text, location", [
    ("Prime Minister Anthony Albanese, who lives in Sydney, met President Joko Widodo today.", None),
    ("President Joe Biden visited Mexico City and met President Andrés Manuel López Obrador.", "Mexico City"),
    ("Chancellor Olaf Scholz, born in Osnabrück, met President Emmanuel Macron in Paris.", "Paris"),
])
def test_extract_meetings_location_is_where_it_happened(facts_of, text, location):
    (event,) = facts_of(text).events
    assert (event.location.name if event.location else None) == location


@pytest.mark.parametrize("text, label", [
    ("President William Ruto hosted President Yoweri Museveni in Nairobi.", "William Ruto – Yoweri Museveni meeting"),
    ("The meeting was attended by President William Ruto and President Yoweri Museveni.",
     "William Ruto – Yoweri Museveni meeting"),
    ("President William Ruto spoke by phone with President Yoweri Museveni.", "William Ruto – Yoweri Museveni call"),
    ("President William Ruto visited President Yoweri Museveni in Kampala.", "William Ruto's visit to Kampala"),
])
def test_extract_meetings_labels(facts_of, text, label):
    (event,) = facts_of(text).events
    assert event_label(event) == label


def test_extract_meetings_one_named_side_with_officials_is_an_event_without_pairs(facts_of):
    facts = facts_of("Today, senior Administration officials met with Governor Laura Kelly to discuss disaster relief.")
    assert [[p.name for p in e.participants] for e in facts.events] == [["Laura Kelly"]]
    assert pairs(facts) == set()
    assert facts_of("Governor Laura Kelly met with reporters on Monday.").events == ()


def test_meetings_headline_infinitive_is_planned(facts_of):
    """A headline "X to meet Y" is still to happen (fut-headline-to), and "the meeting is the second summit"
    says what that meeting is, not a summit of its own (gathering-predicate)."""
    title = "Chancellor Olaf Scholz to meet President Emmanuel Macron in Paris"
    facts = facts_of("Chancellor Olaf Scholz travelled to Paris on Monday. The meeting is the second summit between "
                     "the two leaders this year.", title=title)
    assert [(e.kind, e.evidence.rule) for e in facts.events] == [("intent", "event:m-meet+fut-headline-to")]
    assert pairs(facts) == set()

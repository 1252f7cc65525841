"""Meetings in ordinary news reports, through the model: the error classes of a hand-judged sample of Wikinews
reports (planned purposes of travel, passive talks, a past clause under a future verb, group anaphors with no
event before them). Sentences written for these tests (invented phrasings, real office titles)."""

from __future__ import annotations

import pytest
from meetingpairs import pairs


@pytest.mark.parametrize("text, meetings", [
    # the purpose of travelling or waiting is planned (fut-purpose-travel); arriving and meeting happened
    ("Prime Minister Tony Blair is waiting to meet President Thabo Mbeki in Pretoria.", set()),
    ("Foreign Minister Joschka Fischer has arrived in Moscow to meet Foreign Minister Sergei Lavrov.", set()),
    ("President Thabo Mbeki arrived in Harare and met President Robert Mugabe.", {("Mbeki", "Mugabe")}),
    # passive talks (light-object-deps), and a past clause under a future verb (past-clause-deps)
    ("Talks were held in Berlin between President Jacques Chirac and Chancellor Gerhard Schroeder.",
     {("Chirac", "Schroeder")}),
    ("Former Prime Minister Paul Keating says he will keep criticising the government, even after talks were held "
     "yesterday between him and Prime Minister John Howard.", {("Howard", "Keating")}),
    # a participle with a past date of its own under a future verb happened (dated-participle-deps)
    ("Monitors will patrol the border under an accord signed on Tuesday by President Marek Halvorsen and Prime "
     "Minister Ilse Brandvold.", {("Brandvold", "Halvorsen")}),
    ("Monitors will patrol the border under an accord to be signed on Tuesday by President Marek Halvorsen and "
     "Prime Minister Ilse Brandvold.", set()),
    # a group anaphor with no event before it: the two persons named before it
    ("Prime Minister Ariel Sharon and President Mahmoud Abbas declared a ceasefire on Tuesday. The two leaders made "
     "the announcement at a summit in Cairo.", {("Abbas", "Sharon")}),
    ("President Bill Clinton told President Boris Yeltsin about the plan when they met in Helsinki in March.",
     {("Clinton", "Yeltsin")}),
    ("President Bill Clinton praised the farmers. They met in Helsinki in March.", set()),
    ("President Bill Clinton and President Boris Yeltsin praised the treaty. The plan meets their needs.", set()),
    # a planned visit, then the talks "between the two leaders at State House" (anaphoric-place-preps)
    ("President Thabo Mbeki will travel to Harare to talk with President Robert Mugabe. Talks between the two "
     "leaders at State House lasted three hours.", {("Mbeki", "Mugabe")}),
    # "the two prime ministers" is the group (anaphoric-title-words)
    ("Prime Minister Jens Stoltenberg and Prime Minister Fredrik Reinfeldt opened a new bridge on Monday. The two "
     "prime ministers later met in Oslo with business leaders.", {("Reinfeldt", "Stoltenberg")}),
    # one "talk" with several partners is a conversation with each of them (separate-talk-partners)
    ("President Marta Ilves changed her plans after her talk with Prime Minister Lena Dahl, Chancellor Otto Brandt "
     "and President Jonas Berg.", {("Dahl", "Ilves"), ("Brandt", "Ilves"), ("Berg", "Ilves")}),
    # a first meeting recalled is how two people got to know each other (meeting-recalled)
    ("Director Ryan Holt wrote of President Ellen Morrow, recalling their first meeting.", set()),
    # a gathering noun with its own "upcoming" is planned (fut-upcoming on the noun trigger)
    ("Prime Minister Stephen Harper phoned President Barack Obama. The two leaders spoke of the upcoming summit in "
     "Washington.", set()),
    # "telephoned" is a call (m-telephone, see test_topics_of_a_telephone_call), no face-to-face meeting
    ("Prime Minister Lena Dahl telephoned President Jonas Berg on Sunday to express her concern at the riots.",
     set()),
    # the owner of an office takes no part in what its staff attends (staff-nouns)
    ("President Lech Kaczynski praised the plan. A secretary at the President's Chancellery, Anna Fotyga, flew to "
     "Washington for the negotiations on the shield.", set()),
    # "discussions with Y" is a meeting noun (m-discussion); not under a negated verb
    ("At the forum in Riga, President Tarja Halonen of Finland held discussions with Chancellor Angela Merkel and "
     "Prime Minister Gordon Brown.", {("Brown", "Halonen"), ("Brown", "Merkel"), ("Halonen", "Merkel")}),
    ("Secretary of State Condoleezza Rice and Foreign Minister Sergei Lavrov were not involved in the "
     "discussions on the budget.", set()),
    # a report of a named conference: the heads of state or government who speak in it took part (summit-nouns
    # read on the name's last word)
    ("The third Nordic Security Conference came to an end on Sunday in Oslo. The annual meeting of defence chiefs "
     "is organised by a Danish institute. Finnish President Sauli Niinisto said the region faced new threats. "
     "Norwegian Prime Minister Anna Berglund called for closer cooperation in the Arctic.",
     {("Berglund", "Niinisto")}),
    # an emphatic reflexive stresses the name before it and adds no one (emphatic-reflexives)
    ("Senator Jane Cole helped to set up a meeting between Chancellor Olaf Scholz and President Joe Biden himself "
     "in Berlin last May.", {("Biden", "Scholz")}),
    # a meeting asked for, offered or scheduled is still to come; one cancelled or postponed never took place
    # (fut-intent-head, fut-call-for, fut-intent-head-form, neg-head on a noun trigger)
    ("Prime Minister Lena Dahl proposed a meeting with Chancellor Otto Brandt to settle the fishing dispute.", set()),
    ("Chancellor Otto Brandt called for talks with President Marta Ilves after the border incident.", set()),
    ("Prime Minister Lena Dahl said she hoped to meet Chancellor Otto Brandt before the end of the year.", set()),
    ("Chancellor Otto Brandt cancelled his meeting with President Marta Ilves because of the storm.", set()),
    ("The talks between Prime Minister Lena Dahl and President Marta Ilves were postponed after the flood.", set()),
    ("Prime Minister Lena Dahl and President Marta Ilves agreed on a plan at their meeting in Tallinn.",
     {("Dahl", "Ilves")}),
    # a joint news conference is held by its subjects together (joint-gathering); separate ones are not
    ("Prime Minister Lena Dahl and President Marta Ilves gave a joint news conference in Tallinn on Friday.",
     {("Dahl", "Ilves")}),
    ("Prime Minister Lena Dahl and President Marta Ilves told reporters at a joint press conference that the railway "
     "would open in May.", {("Dahl", "Ilves")}),
    ("Prime Minister Lena Dahl and President Marta Ilves held separate news conferences on Friday.", set()),
    # an accord signed by two persons in the passive (signed-accord-passive, signed-accord-participle)
    ("The border treaty was signed by Prime Minister Lena Dahl and President Marta Ilves at a ceremony in Narva.",
     {("Dahl", "Ilves")}),
    ("The accord, signed by Prime Minister Lena Dahl and President Marta Ilves on Friday, ends a long dispute.",
     {("Dahl", "Ilves")}),
    ("The petition was signed by Senator Lena Dahl and Senator Marta Ilves.", set()),
    # a meal with a partner, or had together (m-dinner, m-lunch, together-gathering); shaking hands (m-shake-hands)
    ("Prime Minister Lena Dahl had dinner with President Marta Ilves at the castle on Thursday.", {("Dahl", "Ilves")}),
    ("Prime Minister Lena Dahl and President Marta Ilves had lunch together in Tartu.", {("Dahl", "Ilves")}),
    ("Prime Minister Lena Dahl had lunch with her staff in Tartu.", set()),
    ("Prime Minister Lena Dahl and President Marta Ilves shook hands outside the palace.", {("Dahl", "Ilves")}),
    # "met with X as well as with Y": two meetings (participant-prep-sibling)
    ("Chancellor Otto Brandt met with Prime Minister Lena Dahl in Oslo as well as with President Marta Ilves.",
     {("Brandt", "Dahl"), ("Brandt", "Ilves")}),
    ("Later on Monday Chancellor Otto Brandt met with the World Bank, then with President Marta Ilves, who praised "
     "the plan.", {("Brandt", "Ilves")}),  # the first "with" names no person: one meeting, with Y
    # a ceremony or funeral attended together is no meeting (attend-occasion, attended-occasion, part-in-occasion)
    ("A memorial was unveiled on Friday in a ceremony attended by Prime Minister Lena Dahl and President Marta Ilves.",
     set()),
    ("Prime Minister Lena Dahl attended the funeral in Riga with President Marta Ilves.", set()),
    ("Prime Minister Lena Dahl attended the Tartu rally with President Marta Ilves.", set()),
    # a join that joins no gathering is no meeting (joins.lone_join); the leader of meetings takes part in them
    ("Runner Ana Kiptoo was joined by Senator Marta Ilves at the finish line.", set()),
    # "not once has X met Y" is negated (neg-not-once-aux)
    ("In eleven years as Prime Minister, not once has Lena Dahl met President Marta Ilves.", set()),
    ("In private meetings led by Prime Minister Lena Dahl, top officials President Marta Ilves and Chancellor Otto "
     "Brandt discussed the plan.", {("Dahl", "Ilves"), ("Brandt", "Dahl"), ("Brandt", "Ilves")}),
    # ", who had talks with Y" where the parser breaks the relative clause (subject on the auxiliary)
    ("In an interview Karl Huber, who had \"clear the air\" talks with Mr Silva last week, said little.",
     {("Huber", "Silva")}),
    # the heads of the delegations to talks that name no participant (delegation-talks-nouns)
    ("Peace talks between the government and the rebels resumed in Oslo on Monday. The government delegation was "
     "led by Interior Minister Omar Haddad. The rebel delegation was headed by Ali Karim.", {("Haddad", "Karim")}),
    ("Peace talks between the government and the rebels will resume in Oslo next week. The government delegation "
     "will be led by Interior Minister Omar Haddad. The rebel delegation will be headed by Ali Karim.", set()),
    # "Attending were A, B and C" after the gathering (attending-words as the subject of "were")
    ("A summit of Baltic leaders opened in Riga on Monday. Attending were Prime Minister Lena Dahl, President Marta "
     "Ilves and Chancellor Otto Brandt.", {("Dahl", "Ilves"), ("Brandt", "Dahl"), ("Brandt", "Ilves")}),
    # "Also in attendance were A and B", "X was also in attendance" after the gathering (an "in" whose object is one
    # of the attending-words); "Thousands were in attendance" names nobody
    ("Prime Minister Lena Dahl met President Marta Ilves in Tallinn on Monday. Also in attendance were Chancellor "
     "Otto Brandt and Foreign Minister Jan Kask.", {("Dahl", "Ilves"), ("Brandt", "Dahl"), ("Brandt", "Ilves"),
                                                    ("Dahl", "Kask"), ("Ilves", "Kask"), ("Brandt", "Kask")}),
    ("Prime Minister Lena Dahl met President Marta Ilves in Tallinn on Monday. Chancellor Otto Brandt was also in "
     "attendance.", {("Dahl", "Ilves"), ("Brandt", "Dahl"), ("Brandt", "Ilves")}),
    ("Prime Minister Lena Dahl praised the new bridge in Tallinn on Monday. Thousands were in attendance.", set()),
    # "A, B and other officials were there" (attending-adverbs); "X was there in May" is no roster
    ("Ambassador Ivo Lund gave a lecture in Tartu on Friday. Governor Marta Ilves, Mayor Otto Brandt and other "
     "officials were there.", {("Brandt", "Ilves")}),
    ("Governor Marta Ilves and Mayor Otto Brandt were there in May.", set()),
    # a group of ministers of one portfolio: the holders of that portfolio in its member states the article names
    # (portfolio-foreign, portfolio-defence); not those of another portfolio
    ("G7 foreign ministers met in Rome on Monday. Italian Foreign Minister Paolo Orlando said the group agreed on a "
     "plan. US Secretary of State Anne Ridley said the plan was firm.", {("Orlando", "Ridley")}),
    ("NATO defence ministers met in Brussels on Thursday. German Finance Minister Peter Stroh said Germany would pay. "
     "US Defence Secretary Robert Gale urged more troops.", set()),
    # "her Chilean counterpart" holds the post of the titled person before it, even where named only later
    ("Estonian Foreign Minister Marta Ilves met her Latvian counterpart in Tallinn on Monday. Latvian Foreign "
     "Minister Janis Ozols said the talks had gone well.", {("Ilves", "Ozols")}),
    ("Estonian Foreign Minister Marta Ilves met her Latvian counterpart in Tallinn on Monday. Latvian President "
     "Janis Ozols said the talks had gone well.", set()),
    # conferring, consulting and consultations with a partner, an encounter with a person (m-confer, m-consult,
    # m-consultation, m-encounter); a welcome at the airport is a greeting on arrival (arrival-greeting)
    ("Chancellor Otto Brandt conferred with Prime Minister Lena Dahl in Oslo on Monday.", {("Brandt", "Dahl")}),
    ("Chancellor Otto Brandt and Prime Minister Lena Dahl held consultations in Oslo on Monday.", {("Brandt", "Dahl")}),
    ("Chancellor Otto Brandt had a brief encounter with Prime Minister Lena Dahl in the corridor.", {("Brandt", "Dahl")}),
    ("Chancellor Otto Brandt consulted his advisers in Oslo on Monday.", set()),
    ("Chancellor Otto Brandt was welcomed by Prime Minister Lena Dahl at the airport on Monday.", set()),
    # a visit paid to a person (m-pay-visit); not to a country
    ("Chancellor Otto Brandt paid a visit to Prime Minister Lena Dahl at her residence on Monday.", {("Brandt", "Dahl")}),
    ("Chancellor Otto Brandt paid a visit to Norway on Monday.", set()),
    # the person told or assured at or during the gathering is there too (addressee-verbs); one criticised is not
    ("During the talks in Oslo, Chancellor Otto Brandt assured Prime Minister Lena Dahl that the pipeline would be "
     "built.", {("Brandt", "Dahl")}),
    ("At the summit in Oslo, Chancellor Otto Brandt criticised Prime Minister Lena Dahl for her budget.", set()),
    ("Chancellor Otto Brandt urged Prime Minister Lena Dahl during talks in Oslo on Monday to lower gas prices.",
     {("Brandt", "Dahl")}),
    # exchanging views is a meeting's discussion (m-exchange-views); exchanging letters is none
    ("Chancellor Otto Brandt and Prime Minister Lena Dahl exchanged views on energy in Oslo on Monday.",
     {("Brandt", "Dahl")}),
    ("Chancellor Otto Brandt and Prime Minister Lena Dahl exchanged letters on Monday.", set()),
    # who presides over the gathering, or hosts it as its description says, is there (presence-presides-over,
    # presence-gathering-hosted-by)
    ("A summit of Nordic leaders opened in Oslo on Monday. Prime Minister Lena Dahl presided over the meeting. "
     "Chancellor Otto Brandt told the summit that gas prices must fall.", {("Brandt", "Dahl")}),
    ("A summit of Nordic leaders opened in Oslo on Monday. The summit, hosted by Prime Minister Lena Dahl, focused on "
     "energy. Chancellor Otto Brandt told the summit that gas prices must fall.", {("Brandt", "Dahl")}),
    # a join verb with nothing it joins joins the meeting just before; not one still to come
    ("Chancellor Otto Brandt met Prime Minister Lena Dahl in Oslo on Monday. President Marta Ilves also took part.",
     {("Brandt", "Dahl"), ("Brandt", "Ilves"), ("Dahl", "Ilves")}),
    ("Chancellor Otto Brandt met Prime Minister Lena Dahl in Oslo on Monday. President Marta Ilves will also attend.",
     {("Brandt", "Dahl")}),
    # those at the gathering a list names (roster-included-at-gathering); not those at another place
    ("A summit of Nordic leaders opened in Oslo on Monday. Leaders at the summit included Prime Minister Lena Dahl "
     "and President Marta Ilves.", {("Dahl", "Ilves")}),
    # met separately: one meeting per partner (separate-meetings)
    ("Chancellor Otto Brandt met separately with Prime Minister Lena Dahl and President Marta Ilves in Oslo on "
     "Monday.", {("Brandt", "Dahl"), ("Brandt", "Ilves")}),
    # surnames joined by a dash before a meeting noun are its sides (name_pair)
    ("Chancellor Otto Brandt arrived in Norway on Sunday to see Prime Minister Lena Dahl. The Brandt-Dahl talks in "
     "Oslo on Monday ended without a deal.", {("Brandt", "Dahl")}),
    # a summit reported before a meeting beside it is a gathering of its own: no pair crosses the two
    ("A summit of Nordic leaders opened in Oslo on Monday. Prime Minister Lena Dahl chaired the summit. Chancellor "
     "Otto Brandt told the summit that gas prices must fall. Separately, President Marta Ilves met Prime Minister "
     "Janis Ozols to discuss the border.", {("Brandt", "Dahl"), ("Ilves", "Ozols")}),
    # a meeting the text places at the summit happened there: its persons attended the summit (summit_beside)
    ("A summit of Nordic leaders opened in Oslo on Monday. Prime Minister Lena Dahl chaired the summit. On the "
     "sidelines of the summit, President Marta Ilves met Prime Minister Janis Ozols.",
     {("Dahl", "Ilves"), ("Dahl", "Ozols"), ("Ilves", "Ozols")}),
    ("A conference on Baltic fisheries opened in Riga on Monday. Prime Minister Lena Dahl addressed the conference. "
     "Chancellor Otto Brandt met President Marta Ilves during the conference to discuss quotas.",
     {("Brandt", "Dahl"), ("Dahl", "Ilves"), ("Brandt", "Ilves")}),
    # an act at the opening rally of the conference put one there (presence-at-gathering-part); one known only by a
    # session the text reports after the conference spoke at the conference (summit-part-nouns); not at a session
    # of another body
    ("A peace conference opened in Leeds on Saturday. Councillor Martin Hebden spoke at the opening rally of the "
     "conference. Later, Ellen Marsh spoke in a session on refugees. Senator Rhys Pennant closed the conference "
     "with a speech.", {("Hebden", "Marsh"), ("Hebden", "Pennant"), ("Marsh", "Pennant")}),
    ("A trade conference opened in Leeds on Saturday. Minister Martin Hebden addressed the conference. On Sunday, "
     "Ellen Marsh spoke in a session of the regional assembly in York.", set()),
    # … and joins the list of those at the report's gathering ("The two co-hosts of the summit were A and B")
    ("Leaders of Baltic and Nordic states met in Riga this week. The two co-hosts of the summit were President Marta "
     "Ilves and Prime Minister Lena Dahl. Chancellor Otto Brandt and Prime Minister Janis Ozols met on Saturday at "
     "the summit and talked for an hour.", {("Dahl", "Ilves"), ("Brandt", "Dahl"), ("Brandt", "Ilves"),
                                           ("Dahl", "Ozols"), ("Ilves", "Ozols"), ("Brandt", "Ozols")}),
    # a briefing of one official by others is a meeting (m-brief); not of a body, by phone, negated or planned
    ("Senator Mark Hollis said he had been briefed on the rescue by President Elena Varga and Defence Minister "
     "Tomas Berg.", {("Berg", "Hollis"), ("Berg", "Varga"), ("Hollis", "Varga")}),
    ("Interior Minister Tomas Berg briefed President Elena Varga on the floods in Cork.", {("Berg", "Varga")}),
    ("Interior Minister Tomas Berg briefed Congress on the floods.", set()),
    ("Interior Minister Tomas Berg briefed President Elena Varga by phone on the floods.", set()),
    ("The White House did not brief President Elena Varga on the matter.", set()),
    ("Interior Minister Tomas Berg will brief President Elena Varga on Friday.", set()),
    # a news outlet the parser takes for a person is none (news-outlet-names): an interview is no meeting
    ("Mayor Nora Vik discusses plans for the harbour with Wikinews as the council announces budget cuts.", set()),
    ("Mayor Nora Vik discussed plans for the harbour with Culture Minister Ola Berg in Oslo.", {("Berg", "Vik")}),
    # a possessive pronoun of a meeting noun is a participant (person-possessive-pronouns): the subject of the
    # clause above the noun, else the last subject named in its sentence or the one before
    ("Chancellor Karl Huber said his meeting with Slovak Prime Minister Jan Novak was useful.", {("Huber", "Novak")}),
    ("President Maria Costa said her meeting with Prime Minister Jan Novak had been very productive.",
     {("Costa", "Novak")}),
    ("Chancellor Karl Huber arrived in Bratislava on Monday. His talks with Slovak Prime Minister Jan Novak focused "
     "on energy.", {("Huber", "Novak")}),
    # a gathering the subjects call theirs is held together (their-gathering), also under a past passive
    # ("were asked": circumstance-preps of a passive past verb happened); "a news conference" may be two
    ("At their news conference on Friday, Prime Minister Lena Dahl and President Marta Ilves were asked about the "
     "railway.", {("Dahl", "Ilves")}),
    ("At a news conference on Friday, Prime Minister Lena Dahl and President Marta Ilves were asked about the "
     "railway.", set()),
    # "the talks were attended by Z" after a meeting: Z joins that meeting (joins._attended_back)
    ("Prime Minister Lena Dahl met President Marta Ilves in Tallinn on Friday. The talks were also attended by "
     "Chancellor Otto Brandt.", {("Dahl", "Ilves"), ("Brandt", "Dahl"), ("Brandt", "Ilves")}),
    # raising a matter with a named person is a discussion with him (raise-with-person); with a country it is none
    ("President Marta Ilves traveled to Oslo from Riga, where she raised concerns with Prime Minister Lena Dahl "
     "about gas prices.", {("Dahl", "Ilves")}),
    ("President Marta Ilves raised concerns with Norway about gas prices.", set()),
    # meeting a future colleague is getting to know him (meet-future-acquaintance)
    ("In his youth, Robert Hunter met future Grateful Dead guitarist Jerry Garcia when both were in their late "
     "teens.", set()),
    # an audience needs a "with" partner: listeners are no meeting
    ("Director Jean Mugabo said President Marta Ilves must not punish the radio and the public audience.", set()),
    # the subject of a "while" clause set beside an act placed at the meeting was there too (contrast-clause-marks)
    ("In a meeting on Monday, President Marta Ilves was told by Interior Minister Jan Kask that 40 people were "
     "missing, while Deputy Governor Otto Brandt said 68 people were missing.",
     {("Ilves", "Kask"), ("Brandt", "Ilves"), ("Brandt", "Kask")}),
    # a meeting noun owned by a named person: not the subject of the verb above it (participants._named_owner)
    ("President Marta Ilves condemned Prime Minister Jan Kask's meeting with opposition leader Otto Brandt.",
     {("Brandt", "Kask")}),
    # "their meeting" with no event before: the two named before it, the verb's subject among them (_their)
    ("President Marta Ilves accused Prime Minister Jan Kask of lying during their meeting last week.",
     {("Ilves", "Kask")}),
    # a side's official acting where the talks' round is named took part (talks-round-nouns); "the first round" is none
    ("Iran and Oman held trade talks in Muscat on Monday. Iranian Trade Minister Ali Karimi described the talks as "
     "useful. Omani Trade Minister Said Harthi said he would not accept partial reforms in the Muscat round.",
     {("Harthi", "Karimi")}),
    ("Iran and Oman held trade talks in Muscat on Monday. Iranian Trade Minister Ali Karimi described the talks as "
     "useful. Omani Trade Minister Said Harthi said he would not accept partial reforms in the first round.", set()),
    # "the two" with no noun refers back to the two named before (participants.bare_number)
    ("President Marta Ilves nominated Jan Kask for the post, and the two met on Monday.", {("Ilves", "Kask")}),
    # persons served by the ones met, and the sides of talks welcomed, are not met (served-nouns, thing-source-preps)
    ("Prime Minister Jan Kask met with lawyers for President Marta Ilves.", set()),
    ("President Marta Ilves welcomed the talks between Prime Minister Jan Kask and opposition leader Otto Brandt.",
     {("Brandt", "Kask")}),
    # "called for X to resign" is an appeal, no call (call-for-clause)
    ("Interior Minister Jan Kask and Defence Minister Otto Brandt said they were forming a party. The two called for "
     "President Marta Ilves to return and resign.", set()),
    # a second "with" after "and later" beside a light verb's talks is a meeting of its own (participant-prep-light-object)
    ("Prime Minister Jan Kask held talks with President Marta Ilves on Monday, and later with opposition leader "
     "Otto Brandt.", {("Ilves", "Kask"), ("Brandt", "Kask")}),
    # "along with" adds a participant (prep-participant-along-with)
    ("Prime Minister Jan Kask, along with Chancellor Otto Brandt, met President Marta Ilves in Tallinn.",
     {("Ilves", "Kask"), ("Brandt", "Ilves"), ("Brandt", "Kask")}),
    # a phone call joined to a meeting verb does not make the meeting a call (triggers._conjoined_verb_word)
    ("President Marta Ilves spoke by telephone with Prime Minister Jan Kask and later met Chancellor Otto Brandt.",
     {("Brandt", "Ilves")}),
    # a denied meeting is none (neg-denied-clause)
    ("Prime Minister Jan Kask denied that he had met opposition leader Otto Brandt in Tallinn.", set()),
    # a visit made at a named person's invitation: the inviter receives the visitor (prep-participant-invitation)
    ("President Otto Brandt spoke on Monday. The deals were signed during Chancellor Jan Kask's state visit to "
     "Estonia at Brandt's invitation.", {("Brandt", "Kask")}),
    ("Prime Minister Jan Kask made a state visit to Norway at the invitation of President Marta Ilves.",
     {("Ilves", "Kask")}),
    ("Prime Minister Jan Kask made a state visit to Norway at the invitation of the government.", set()),
    # a thing welcomed or received in the passive welcomes no one (events._guests); a person welcomed is met
    ("The agreement was welcomed by President Marta Ilves and Prime Minister Jan Kask on Monday.", set()),
    ("The returning soldiers were welcomed by President Marta Ilves and Prime Minister Jan Kask.", set()),
    ("Chancellor Otto Brandt was welcomed by President Marta Ilves and Prime Minister Jan Kask in Tallinn.",
     {("Brandt", "Ilves"), ("Brandt", "Kask"), ("Ilves", "Kask")}),
])
def test_extract_news_meetings_sample_classes(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


@pytest.mark.parametrize("text", [
    "Prime Minister Jan Kask spoke to President Marta Ilves by telephone on Monday.",
    "Prime Minister Jan Kask talked to President Marta Ilves by phone on Monday.",
    "Prime Minister Jan Kask had a telephone conversation with President Marta Ilves.",
    "In a phone conversation with President Marta Ilves, Prime Minister Jan Kask expressed his condolences.",
])
def test_extract_news_calls_by_telephone(facts_of, text):
    """"spoke to Y by telephone" (prep-participant-to-by-phone) and "a phone conversation with Y" (m-conversation)
    are calls of the two, no face-to-face meeting."""
    facts = facts_of(text)
    assert [(e.kind, sorted(p.name.split()[-1] for p in e.participants)) for e in facts.events] == \
        [("call", ["Ilves", "Kask"])]

"""Meeting pairs of invented news paragraphs about gatherings, through the model: a sibling of
``test_extract_meeting_news_paragraphs`` for the classes taught in the meetings-in-news round — a leader who sat
down or met "in turn" with several others (one meeting with each), the guests of a dinner "hosted for" them, a side
"represented by" a person at the gathering just before, the members of a plural object listed after a colon ("met
the four congressional leaders: A, B, C and D"), talks begun, launched or resumed with a partner, a meal held or
shared by two subjects, time spent with a person, "hosted the two leaders in Brussels" (a group anaphor placed by
"in" a place), a group anaphor a new person meets ("Z met both men separately": no repeat of the event before), a
capital city NER takes for a person in a dateline ("Sanaa, June 17 —") — beside classes kg already
handled, and the near misses that must stay quiet (a plural object whose colon opens a clause, money spent, a
company represented in court, "in turn" as a discourse adverb, a dinner attended). Names and countries are
invented or real-looking; the paragraphs are written for these tests."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    # "in turn": one meeting with each partner (prep-participant-in-turn, separate-in-turn)
    ("British Prime Minister Mark Dunn visited Belfast on Wednesday. There he sat down in turn with party leader Anne "
     "Foyle, party leader Mary Kerr and party leader Colm Doyle.",
     {("Dunn", "Foyle"), ("Dunn", "Kerr"), ("Doyle", "Dunn")}),
    ("Kenyan President Daniel Mwangi met in turn with Ugandan President Samuel Okot and Rwandan President Eric "
     "Habimana. The talks focused on the rail line.",
     {("Mwangi", "Okot"), ("Habimana", "Mwangi")}),
    ("Kenyan President Daniel Mwangi met Ugandan President Samuel Okot on Monday. Okot, in turn, praised Mwangi for "
     "his leadership of the bloc.",
     {("Mwangi", "Okot")}),
    # a dinner hosted for its guests, also where the parser hangs "for" on the verb (prep-participant-hosted-for)
    ("The talks followed a working dinner at the White House on Wednesday that US President John Carter hosted for "
     "Israeli Prime Minister Avi Katz and Palestinian President Mahmoud Saleh. The dinner lasted three hours.",
     {("Carter", "Katz"), ("Carter", "Saleh"), ("Katz", "Saleh")}),
    ("US President John Carter hosted a dinner for Israeli Prime Minister Avi Katz and Palestinian President Mahmoud "
     "Saleh at the White House. Reporters waited outside.",
     {("Carter", "Katz"), ("Carter", "Saleh"), ("Katz", "Saleh")}),
    ("Chancellor Anja Reiter hosted a dinner for donors in Berlin on Friday. The party raised two million euros.",
     set()),
    # a side represented by a person joins the gathering just before (represented-side, m-represent)
    ("The final session in Geneva brought together Iranian Foreign Minister Ali Rezaei and US Secretary of State "
     "Carla Ruiz. Russia was represented by Deputy Foreign Minister Sergei Ryabov.",
     {("Rezaei", "Ruiz"), ("Rezaei", "Ryabov"), ("Ruiz", "Ryabov")}),
    ("Kenyan President Daniel Mwangi met Ugandan President Samuel Okot in Kampala on Monday. Mwangi represented Kenya "
     "at the African Union summit in 2019.",
     {("Mwangi", "Okot")}),
    ("The company was represented by lawyer John Reed in court on Monday. The judge adjourned the case.",
     set()),
    # the members of a plural object listed after a colon (colon-list-nouns)
    ("The decision came hours after President Joe Bannon met the top four congressional leaders in the Oval Office: "
     "House Speaker Kevin Carty, Senate Majority Leader Chuck Shuman, House Minority Leader Hakeem Jeffers and Senate "
     "Minority Leader Mitch Connell. The meeting lasted an hour.",
     {("Bannon", "Carty"), ("Bannon", "Shuman"), ("Bannon", "Jeffers"), ("Bannon", "Connell"), ("Carty", "Shuman"),
      ("Carty", "Jeffers"), ("Carty", "Connell"), ("Jeffers", "Shuman"), ("Connell", "Shuman"),
      ("Connell", "Jeffers")}),
    ("Chancellor Anja Reiter held talks with two ministers: Finance Minister Klaus Weber and Defence Minister Boris "
     "Pistor. The budget was the main topic.",
     {("Reiter", "Weber"), ("Pistor", "Reiter"), ("Pistor", "Weber")}),
    ("Kenyan President Daniel Mwangi met the leaders on Monday: the talks were useful, opposition leader Raila Odhiambo"
     " said later. No statement was issued.",
     set()),
    # talks begun or resumed with a partner (m-begin-talks, m-resume-talks); launched talks with a partner are read
    # by the noun (m-talks), and "the talks were launched by X" makes X a participant (g-presence-launched-by)
    ("Secretary of State Antony Blanton began talks on Monday in Arlington with Armenian Foreign Minister Ararat "
     "Mirzoyan and Azerbaijani Foreign Minister Jeyhun Bayram. The talks lasted four days.",
     {("Blanton", "Mirzoyan"), ("Bayram", "Blanton"), ("Bayram", "Mirzoyan")}),
    ("Norwegian Foreign Minister Lars Berg launched talks with Colombian rebel commander Ivan Marquez in Oslo on "
     "Thursday. The talks are expected to last months.",
     {("Berg", "Marquez")}),
    ("Kenyan President Daniel Mwangi resumed talks with opposition leader Raila Odhiambo at State House on Monday "
     "after a two-week break. The talks ended late.",
     {("Mwangi", "Odhiambo")}),
    ("Kenyan President Daniel Mwangi will resume talks with opposition leader Raila Odhiambo next week. Both sides "
     "welcomed the news.",
     set()),
    # a meal held or shared by two subjects (shared-meal), time spent together (spend-time-with, m-spend-time)
    ("Greek Prime Minister Nikos Andreou and Turkish President Recep Demir held a working dinner in Athens on Monday "
     "evening. Energy was on the agenda.",
     {("Andreou", "Demir")}),
    ("Kenyan President Daniel Mwangi and Ugandan President Samuel Okot shared a lunch at State House on Monday. They "
     "later toured a factory.",
     {("Mwangi", "Okot")}),
    ("Chancellor Anja Reiter spent two hours with French President Luc Marchand at the chancellery on Monday. The pair "
     "discussed the budget.",
     {("Marchand", "Reiter")}),
    ("Kenyan President Daniel Mwangi spent ten years with the World Bank before entering politics. He was elected in "
     "2022.",
     set()),
    ("Kenyan President Daniel Mwangi and Ugandan President Samuel Okot attended a dinner in Paris on Monday. Both "
     "left early.",
     set()),
    # "hosted the two leaders in Brussels": the group anaphor is the two named before ("in" a place restricts nothing)
    ("Serbian President Aleksandar Vukovic and Kosovo Prime Minister Albin Kurtaj accepted a European Union plan on "
     "Monday. EU envoy Miroslav Lajcak hosted the two leaders in Brussels for talks.",
     {("Kurtaj", "Lajcak"), ("Lajcak", "Vukovic"), ("Kurtaj", "Vukovic")}),
    # a group anaphor that a new person meets is a new meeting, not the event before again
    ("Kenyan President Mwai Kibaki and opposition leader Raila Odinga signed a power-sharing agreement on Thursday. "
     "U.S. Secretary of State Condoleezza Rice, who visited Nairobi last week and met both men separately, welcomed "
     "the accord.",
     {("Kibaki", "Odinga"), ("Kibaki", "Rice"), ("Odinga", "Rice")}),
    ("Kenyan President Mwai Kibaki and opposition leader Raila Odinga met on Monday. Ugandan President Samuel Okot "
     "met the two leaders on Tuesday.",
     {("Kibaki", "Odinga"), ("Kibaki", "Okot"), ("Odinga", "Okot")}),
    ("Kenyan President Mwai Kibaki and opposition leader Raila Odinga met on Monday. Ugandan President Samuel Okot "
     "congratulated the two leaders on their deal.",
     {("Kibaki", "Odinga")}),
    ("Kenyan President Mwai Kibaki and opposition leader Raila Odinga met on Monday. Ugandan President Samuel Okot "
     "spoke to the two leaders by telephone on Tuesday.",
     {("Kibaki", "Odinga")}),
    # a capital city NER takes for a person in a dateline is no participant
    ("Sanaa, June 17 — UN envoy Martin Griffin held talks with Houthi leader Abdul al-Houthi on Saturday. The talks "
     "dealt with the port.",
     {("Griffin", "al-Houthi")}),
    ("Former US Defense Secretary Lee Hamilton met Chinese President Li Wenbo in Beijing. Hamilton said the talks were "
     "useful.",
     {("Hamilton", "Wenbo")}),
    ("Kenyan President Daniel Mwangi spent the money with his wife Grace Mwangi in Paris. The bill was paid by the "
     "state.",
     set()),
    ("Ukraine was represented by Ambassador Olena Kovalenko at the funeral in Rome. The pope led the service.",
     set()),
    ("Kenyan President Daniel Mwangi was due to resume talks with opposition leader Raila Odhiambo on Monday, but the "
     "talks were postponed. No new date was set.",
     set()),
    ("Kenyan President Daniel Mwangi spoke by telephone with Ugandan President Samuel Okot for two hours on Monday. "
     "They discussed the border.",
     set()),
    # classes kg already handled, in the same news register
    ("Leaders of Kenya, Uganda and Tanzania met in Arusha on Monday. Kenyan President Daniel Mwangi, Ugandan President"
     " Samuel Okot and Tanzanian President Amani Juma discussed the rail line. Also attending was Rwandan President "
     "Eric Habimana.",
     {("Juma", "Mwangi"), ("Juma", "Okot"), ("Mwangi", "Okot"), ("Habimana", "Juma"), ("Habimana", "Mwangi"),
      ("Habimana", "Okot")}),
    ("Turkish President Kemal Aydin was joined by German Chancellor Klaus Weber and French President Paul Girard at "
     "the talks in Ankara on Wednesday. They discussed migration.",
     {("Aydin", "Weber"), ("Aydin", "Girard"), ("Girard", "Weber")}),
    ("Qatari Emir Tamim Hamad hosted talks between Sudanese General Abdel Burhan and rebel leader Mohamed Dagalo in "
     "Doha on Tuesday. The mediator said progress had been made.",
     {("Burhan", "Hamad"), ("Dagalo", "Hamad"), ("Burhan", "Dagalo")}),
    ("Chinese President Li Wenbo arrived in Moscow on Monday for a state visit. On Tuesday the visiting president was "
     "received by Russian President Ivan Sokolov in the Kremlin.",
     {("Sokolov", "Wenbo")}),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_news_gatherings_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_news_gatherings_table_is_varied():
    """Paragraphs of several sentences, with and without meetings, no paragraph twice, and gatherings of three."""
    texts = [t for t, _ in ROWS]
    assert len(set(texts)) == len(texts)
    assert all(t.count(". ") >= 1 for t in texts)
    assert sum(1 for _, m in ROWS if not m) >= 8 and sum(1 for _, m in ROWS if len(m) >= 3) >= 8

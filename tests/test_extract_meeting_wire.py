"""Meeting pairs of wire reports, through the model: a table of news-style meeting sentences in the shapes a wire
report uses (nominal talks, hosting and receiving, "held talks with", "X and Y met", a meeting "of" a list, a summit
"attended by" a list or attended by a list of subjects, "X, who met Y", "X's meeting with Y", "X was in C for talks
with Y", a participant named later by title, counterpart or "the two leaders", multi-sentence reports whose
participants the sentence before names), and the shapes that are no meeting
(planned, negated, everyday "met", debates, calls). Sentences written for these tests (invented names, real office
titles)."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    # nominal talks and meetings; a meeting "of" a list, also as the subject of an outcome (intent-agent-deps)
    ("Talks between President Adun Okafor and Prime Minister Lena Virtanen ended in Oslo on Tuesday without "
     "agreement.", {("Okafor", "Virtanen")}),
    ("A meeting between President Kwame Asante and President Adun Okafor ended without agreement.",
     {("Asante", "Okafor")}),
    ("It was the first meeting between President Kwame Asante and Prime Minister Rohan Mehta since the war.",
     {("Asante", "Mehta")}),
    ("Prime Minister Rohan Mehta's meeting with President Kwame Asante lasted two hours.", {("Asante", "Mehta")}),
    ("Foreign Minister Tomas Aaland's talks with Foreign Minister Mette Holm focused on fishing rights.",
     {("Aaland", "Holm")}),
    ("Talks between Foreign Minister Tomas Aaland and his Danish counterpart, Mette Holm, focused on fishing "
     "rights.", {("Aaland", "Holm")}),
    ("A meeting of President Kwame Asante, President Adun Okafor and President Samuel Banda was held in Lusaka.",
     {("Asante", "Banda"), ("Asante", "Okafor"), ("Banda", "Okafor")}),
    ("A meeting of President Kwame Asante, President Adun Okafor and President Samuel Banda in Lusaka agreed to "
     "extend the ceasefire.", {("Asante", "Banda"), ("Asante", "Okafor"), ("Banda", "Okafor")}),
    ("The meeting of President Kwame Asante and President Adun Okafor agreed to extend the ceasefire.",
     {("Asante", "Okafor")}),
    # hosting, receiving, welcoming, visiting
    ("President Adun Okafor hosted Prime Minister Lena Virtanen at the presidential palace on Monday.",
     {("Okafor", "Virtanen")}),
    ("King Harald Vestby received Foreign Minister Tomas Aaland in Bergen on Thursday.", {("Aaland", "Vestby")}),
    ("Foreign Minister Tomas Aaland was received by President Kwame Asante at State House.", {("Aaland", "Asante")}),
    ("Chancellor Erik Moller welcomed President Ana Duarte to Berlin with military honours on Wednesday.",
     {("Duarte", "Moller")}),
    ("Prime Minister Rohan Mehta visited President Kwame Asante at his residence on Monday.", {("Asante", "Mehta")}),
    ("Prime Minister Rohan Mehta paid a courtesy call on President Kwame Asante on Monday.", {("Asante", "Mehta")}),
    ("Prime Minister Rohan Mehta called on President Kwame Asante at State House on Monday.", {("Asante", "Mehta")}),
    ("King Harald Vestby granted an audience to Foreign Minister Tomas Aaland on Monday.", {("Aaland", "Vestby")}),
    ("Foreign Minister Tomas Aaland was granted an audience by King Harald Vestby on Monday.",
     {("Aaland", "Vestby")}),
    ("President Kwame Asante hosted Prime Minister Rohan Mehta and President Adun Okafor for talks on the crisis.",
     {("Asante", "Mehta"), ("Asante", "Okafor"), ("Mehta", "Okafor")}),
    # held talks, met, sat down, conferred, discussed with
    ("Prime Minister Rohan Mehta held talks with President Kwame Asante in New Delhi on Friday.",
     {("Asante", "Mehta")}),
    ("President Kwame Asante met Prime Minister Rohan Mehta on Monday and President Adun Okafor on Tuesday.",
     {("Asante", "Mehta"), ("Asante", "Okafor")}),
    ("President Kwame Asante and Prime Minister Rohan Mehta met in Accra on Saturday.", {("Asante", "Mehta")}),
    ("Foreign Minister Yuki Tanabe sat down with Secretary of State Mara Ellison in Tokyo on Monday.",
     {("Ellison", "Tanabe")}),
    ("Secretary of State Mara Ellison conferred with Foreign Minister Yuki Tanabe by video link on Monday.",
     {("Ellison", "Tanabe")}),
    ("Foreign Minister Tomas Aaland discussed fishing rights with Foreign Minister Mette Holm in Copenhagen.",
     {("Aaland", "Holm")}),
    ("President Kwame Asante and Prime Minister Rohan Mehta have met three times this year.", {("Asante", "Mehta")}),
    ("Foreign Minister Tomas Aaland met on Monday with Foreign Minister Yuki Tanabe.", {("Aaland", "Tanabe")}),
    ("President Kwame Asante and Prime Minister Rohan Mehta met on the sidelines of the UN General Assembly in New "
     "York.", {("Asante", "Mehta")}),
    ("Prime Minister Rohan Mehta met with President Kwame Asante, Vice President Kofi Mensah and Speaker Ama "
     "Owusu.",
     {("Asante", "Mehta"), ("Asante", "Mensah"), ("Asante", "Owusu"),
      ("Mehta", "Mensah"), ("Mehta", "Owusu"), ("Mensah", "Owusu")}),
    ("President Adun Okafor met separately with President Samuel Banda and President Kwame Asante.",
     {("Asante", "Okafor"), ("Banda", "Okafor")}),
    ("Secretary of State Mara Ellison met with Prime Minister Nikos Varelas in the palace as well as with her "
     "counterpart, Foreign Minister Eleni Doukas.", {("Doukas", "Ellison"), ("Ellison", "Varelas")}),
    ("The visiting diplomat met with Prime Minister Nikos Varelas in the palace as well as with her counterpart, "
     "Foreign Minister Eleni Doukas.", set()),
    # relative clauses, participles, purpose and place
    ("Prime Minister Rohan Mehta, who met President Kwame Asante on Monday, said the two countries would expand "
     "trade.", {("Asante", "Mehta")}),
    ("Foreign Minister Tomas Aaland, meeting Foreign Minister Mette Holm in Copenhagen, said fishing quotas would "
     "rise.", {("Aaland", "Holm")}),
    ("Speaking after meeting President Kwame Asante, Prime Minister Rohan Mehta said the ties were strong.",
     {("Asante", "Mehta")}),
    ("After meeting President Kwame Asante on Monday, Prime Minister Rohan Mehta flew to Lagos.",
     {("Asante", "Mehta")}),
    ("Foreign Minister Tomas Aaland was in Nairobi for talks with President Samuel Banda.", {("Aaland", "Banda")}),
    ("Foreign Minister Yuki Tanabe is in Oslo for two days of talks with Foreign Minister Tomas Aaland.",
     {("Aaland", "Tanabe")}),
    ("Prime Minister Rohan Mehta flew to Accra for talks with President Kwame Asante.", {("Asante", "Mehta")}),
    ("Prime Minister Rohan Mehta, on a three-day visit to Ghana, held talks with President Kwame Asante on Monday.",
     {("Asante", "Mehta")}),
    ("At a meeting in Abuja, President Kwame Asante and President Adun Okafor agreed to reopen the border.",
     {("Asante", "Okafor")}),
    ("President Kwame Asante told President Adun Okafor during talks in Abuja that Ghana backed the plan.",
     {("Asante", "Okafor")}),
    ("President Kwame Asante and President Adun Okafor reached agreement at talks in Abuja on Monday.",
     {("Asante", "Okafor")}),
    # summits and conferences: "attended by" a list (its first name too: agent_tail); subjects that attended or
    # took part in a gathering (attends_gathering)
    ("The summit was attended by President Kwame Asante, President Adun Okafor and President Samuel Banda.",
     {("Asante", "Banda"), ("Asante", "Okafor"), ("Banda", "Okafor")}),
    ("The summit, attended by President Kwame Asante, President Adun Okafor and President Samuel Banda, ended on "
     "Sunday.", {("Asante", "Banda"), ("Asante", "Okafor"), ("Banda", "Okafor")}),
    ("The talks, attended by President Kwame Asante, President Adun Okafor and President Samuel Banda, ended on "
     "Sunday.", {("Asante", "Banda"), ("Asante", "Okafor"), ("Banda", "Okafor")}),
    ("President Kwame Asante and President Adun Okafor attended the conference in Geneva.", {("Asante", "Okafor")}),
    ("Kwame Asante, Adun Okafor and Rohan Mehta attended the conference in Geneva.",
     {("Asante", "Mehta"), ("Asante", "Okafor"), ("Mehta", "Okafor")}),
    ("President Kwame Asante, President Adun Okafor and Prime Minister Rohan Mehta participated in the forum in "
     "Davos.", {("Asante", "Mehta"), ("Asante", "Okafor"), ("Mehta", "Okafor")}),
    ("President Kwame Asante, President Adun Okafor and Prime Minister Rohan Mehta took part in the talks.",
     {("Asante", "Mehta"), ("Asante", "Okafor"), ("Mehta", "Okafor")}),
    ("The summit brought together President Kwame Asante, President Adun Okafor and President Samuel Banda.",
     {("Asante", "Banda"), ("Asante", "Okafor"), ("Banda", "Okafor")}),
    ("Leaders at the summit included President Kwame Asante, President Adun Okafor and Prime Minister Rohan Mehta.",
     {("Asante", "Mehta"), ("Asante", "Okafor"), ("Mehta", "Okafor")}),
    ("Also attending the summit were President Kwame Asante and President Adun Okafor.", {("Asante", "Okafor")}),
    ("President Kwame Asante and President Adun Okafor attended a ceremony in Accra on Monday.", set()),
    ("President Kwame Asante and President Adun Okafor attended the funeral of the former king.", set()),
    ("President Kwame Asante and President Adun Okafor will attend the conference in Geneva next week.", set()),
    # delegations and negotiators led by named persons (delegation-led-by)
    ("Negotiators led by Foreign Minister Tomas Aaland met negotiators led by Foreign Minister Yuki Tanabe in "
     "Geneva.", {("Aaland", "Tanabe")}),
    ("Delegations led by Foreign Minister Tomas Aaland and Foreign Minister Yuki Tanabe held talks in Geneva on "
     "Monday.", {("Aaland", "Tanabe")}),
    # a participant named later by surname, title, counterpart, a country's leader (group-over-title-nouns)
    # or "the two leaders"
    ("Prime Minister Rohan Mehta arrived in Accra on Monday for a two-day visit. Mehta and President Kwame Asante "
     "signed five agreements on Tuesday.", {("Asante", "Mehta")}),
    ("Prime Minister Rohan Mehta flew to Accra on Monday. The prime minister met President Kwame Asante at Jubilee "
     "House.", {("Asante", "Mehta")}),
    ("Ghanaian President Kwame Asante began a state visit to India on Monday. The Ghanaian leader held talks with "
     "Prime Minister Rohan Mehta in New Delhi.", {("Asante", "Mehta")}),
    ("Ghanaian President Kwame Asante arrived in India on Monday. The Ghanaian leader and Prime Minister Rohan "
     "Mehta held talks in New Delhi.", {("Asante", "Mehta")}),
    ("Foreign Minister Tomas Aaland met his Japanese counterpart Yuki Tanabe in Oslo on Monday.",
     {("Aaland", "Tanabe")}),
    ("President Kwame Asante and his Nigerian counterpart Adun Okafor met in Abuja.", {("Asante", "Okafor")}),
    ("Indian Prime Minister Rohan Mehta arrived in Accra on Monday. President Kwame Asante received the visiting "
     "prime minister at the palace.", {("Asante", "Mehta")}),
    ("Nigerian President Adun Okafor flew to Accra on Monday. Nigeria's leader held talks with President Kwame "
     "Asante.", {("Asante", "Okafor")}),
    ("Japanese Foreign Minister Yuki Tanabe is visiting Oslo. Foreign Minister Tomas Aaland met his Japanese "
     "counterpart on Monday.", {("Aaland", "Tanabe")}),
    ("Nigerian President Adun Okafor flew to Accra on Monday. The Nigerian head of state held talks with President "
     "Kwame Asante.", {("Asante", "Okafor")}),
    ("Indian Prime Minister Rohan Mehta flew to Accra on Monday. The Indian premier held talks with President Kwame "
     "Asante.", {("Asante", "Mehta")}),
    ("Ghanaian President Kwame Asante met opposition leader Nana Boateng on Monday.", {("Asante", "Boateng")}),
    ("Kenyan President William Kibet and Ugandan President Peter Otim agreed to reopen the border. The two "
     "presidents met in Kampala on Tuesday.", {("Kibet", "Otim")}),
    ("Prime Minister Rohan Mehta flew to Accra on Monday to meet President Kwame Asante. The two men discussed "
     "trade.", {("Asante", "Mehta")}),
    # talks that an outcome of the two persons named before came after or followed (outcome-back-nouns)
    ("President Kwame Asante and President Faure Mensah agreed on Monday to reopen their shared border. The "
     "announcement came after a meeting in Lome.", {("Asante", "Mensah")}),
    ("President Kwame Asante and President Faure Mensah agreed on Monday to reopen their shared border. The "
     "decision followed two days of talks in Lome.", {("Asante", "Mensah")}),
    ("President Kwame Asante and President Faure Mensah agreed on Monday to reopen their shared border. The "
     "announcement will come after a meeting in Lome next week.", set()),
    ("President Kwame Asante announced new tariffs on Monday. The announcement came after a cabinet meeting.", set()),
    # multi-sentence reports: participants from the sentence before ("the two leaders", "both ministers", "they",
    # "he", "his counterpart"), talks with a partner held by the last subject named (partner-owner-determiners),
    # hosting, receiving, sitting down and conferring after an arrival
    ("President Kwame Asante and Prime Minister Rohan Mehta arrived in Geneva on Sunday. The two leaders met on "
     "Monday.", {("Asante", "Mehta")}),
    ("Foreign Minister Tomas Aaland flew to Tokyo on Sunday. He held talks with Foreign Minister Yuki Tanabe on "
     "Monday.", {("Aaland", "Tanabe")}),
    ("Foreign Minister Tomas Aaland and Foreign Minister Yuki Tanabe arrived in Vienna on Sunday. Both ministers "
     "held talks on Monday.", {("Aaland", "Tanabe")}),
    ("Foreign Minister Tomas Aaland and Foreign Minister Yuki Tanabe arrived in Vienna on Sunday. They met on "
     "Monday.", {("Aaland", "Tanabe")}),
    ("President Kwame Asante and President Adun Okafor arrived in Geneva on Sunday. The two sides held talks on "
     "Monday.", {("Asante", "Okafor")}),
    ("President Kwame Asante and President Adun Okafor arrived in Geneva on Sunday. The two presidents sat down on "
     "Monday.", {("Asante", "Okafor")}),
    ("Foreign Minister Tomas Aaland arrived in Tokyo on Sunday. He met his counterpart Yuki Tanabe on Monday.",
     {("Aaland", "Tanabe")}),
    ("Foreign Minister Tomas Aaland arrived in Tokyo on Sunday. His Japanese counterpart, Yuki Tanabe, received him "
     "on Monday.", {("Aaland", "Tanabe")}),
    ("Prime Minister Rohan Mehta arrived in Accra on Tuesday. The talks with President Kwame Asante focused on "
     "trade.", {("Asante", "Mehta")}),
    ("Prime Minister Rohan Mehta arrived in Accra on Monday. Talks with President Kwame Asante focused on trade.",
     {("Asante", "Mehta")}),
    ("Prime Minister Rohan Mehta arrived in Accra on Monday. President Kwame Asante hosted him at Jubilee House.",
     {("Asante", "Mehta")}),
    ("Prime Minister Rohan Mehta arrived in Accra on Monday. He sat down with President Kwame Asante on Tuesday.",
     {("Asante", "Mehta")}),
    ("Prime Minister Rohan Mehta arrived in Accra on Monday. He conferred with President Kwame Asante on Tuesday.",
     {("Asante", "Mehta")}),
    ("Prime Minister Rohan Mehta was in Accra on Monday. He and President Kwame Asante discussed trade.",
     {("Asante", "Mehta")}),
    ("Prime Minister Rohan Mehta arrived in Accra on Monday. He met President Kwame Asante and Vice President Kofi "
     "Mensah.", {("Asante", "Mehta"), ("Asante", "Mensah"), ("Mehta", "Mensah")}),
    ("Prime Minister Rohan Mehta met President Kwame Asante on Monday. The talks were also attended by Foreign "
     "Minister Kofi Mensah.", {("Asante", "Mehta"), ("Asante", "Mensah"), ("Mehta", "Mensah")}),
    ("The leaders held a summit in Accra on Thursday. In attendance were President Kwame Asante, President Adun "
     "Okafor and Prime Minister Rohan Mehta.", {("Asante", "Mehta"), ("Asante", "Okafor"), ("Mehta", "Okafor")}),
    ("President Kwame Asante held talks with President Adun Okafor in Lagos. Also at the talks were Prime Minister "
     "Rohan Mehta and Vice President Kofi Mensah.",
     {("Asante", "Mehta"), ("Asante", "Mensah"), ("Asante", "Okafor"), ("Mehta", "Mensah"), ("Mehta", "Okafor"),
      ("Mensah", "Okafor")}),
    ("Prime Minister Rohan Mehta met President Kwame Asante on Monday. He also met opposition leader Nana Boateng.",
     {("Asante", "Mehta"), ("Boateng", "Mehta")}),
    ("Prime Minister Rohan Mehta is on a three-day visit to Ghana. On Tuesday, he and President Kwame Asante signed "
     "a trade agreement.", {("Asante", "Mehta")}),
    ("The conference in Cairo was attended by President Kwame Asante and President Adun Okafor. The treaty was "
     "signed by Vice President Kofi Mensah and rebel leader Nana Boateng.",
     {("Asante", "Boateng"), ("Asante", "Mensah"), ("Asante", "Okafor"), ("Boateng", "Mensah"),
      ("Boateng", "Okafor"), ("Mensah", "Okafor")}),
    # one sentence: played host (m-play-host), under a person's auspices (prep-participant-auspices), hosted by,
    # counterparts in apposition, gathered, separate meetings
    ("President Adun Okafor and rebel leader Nana Boateng met under the auspices of President Kwame Asante.",
     {("Asante", "Boateng"), ("Asante", "Okafor"), ("Boateng", "Okafor")}),
    ("President Adun Okafor and rebel leader Nana Boateng held talks under the chairmanship of President Kwame "
     "Asante.", {("Asante", "Boateng"), ("Asante", "Okafor"), ("Boateng", "Okafor")}),
    ("President Kwame Asante played host to Prime Minister Rohan Mehta on Monday.", {("Asante", "Mehta")}),
    ("Prime Minister Rohan Mehta was hosted by President Kwame Asante at a state dinner.", {("Asante", "Mehta")}),
    ("President Kwame Asante held talks with his Nigerian counterpart, Adun Okafor, in Abuja on Monday.",
     {("Asante", "Okafor")}),
    ("President Kwame Asante received his Nigerian counterpart, Adun Okafor, at State House.", {("Asante", "Okafor")}),
    ("Foreign Minister Tomas Aaland conferred with Yuki Tanabe, his Japanese counterpart, on Monday.",
     {("Aaland", "Tanabe")}),
    ("President Kwame Asante, President Adun Okafor and Prime Minister Rohan Mehta gathered in Geneva for talks.",
     {("Asante", "Mehta"), ("Asante", "Okafor"), ("Mehta", "Okafor")}),
    ("President Kwame Asante held separate meetings with Prime Minister Rohan Mehta and President Adun Okafor.",
     {("Asante", "Mehta"), ("Asante", "Okafor")}),
    # no meeting: a greeting, an old acquaintance, a debate and its roster (contest-nouns), an unnamed counterpart,
    # a role played, talks planned or put off, talks some other subject holds, a rally
    ("President Adun Okafor was met at the airport by Foreign Minister Tomas Aaland.", set()),
    ("Prime Minister Rohan Mehta arrived in Accra on Monday. He was greeted at the airport by Foreign Minister Kofi "
     "Mensah.", set()),
    ("President Adun Okafor and Prime Minister Rohan Mehta first met in 2014.", set()),
    ("Senator Clara Whitfield met Senator Owen Ruddock in the first debate on Tuesday.", set()),
    ("The candidates held a debate in Cleveland on Thursday. In attendance were Senator Clara Whitfield, Senator "
     "Owen Ruddock and Governor Dana Pike.", set()),
    ("Foreign Minister Tomas Aaland met his Japanese counterpart in Tokyo on Monday.", set()),
    # a party convention's speakers, and those of the next roster, are no meeting (contest-nouns); a summit's are
    ("Speakers throughout the party's national convention in Denver included Senator Clara Whitfield, Governor Dana "
     "Pike and Mayor Owen Ruddock. Other speakers during the four-day event included Senator Tomas Aaland and Mayor "
     "Anna Berglund.", set()),
    ("Speakers at the summit in the Lagos convention centre included President Kwame Asante and President Adun "
     "Okafor.", {("Asante", "Okafor")}),
    ("President Kwame Asante played a key role in the talks.", set()),
    ("Prime Minister Rohan Mehta arrived in Accra on Tuesday. A meeting with President Kwame Asante is planned.",
     set()),
    ("Prime Minister Rohan Mehta arrived in Accra on Tuesday. The talks with President Kwame Asante were postponed.",
     set()),
    ("Leaders of the rebel movement are in talks with President Kwame Asante. Prime Minister Rohan Mehta arrived in "
     "Accra on Monday.", set()),
    ("President Adun Okafor met supporters at a rally in Lagos on Monday.", set()),
    # a name before "and" that the parser hangs on the lowercase title of the next name (lost-conjunct)
    ("Director Rowan Castell spoke on Monday. Senator Ilse Marwick and FBI director Daniel Voss met on Tuesday.",
     {("Marwick", "Voss")}),
    ("Director Rowan Castell spoke on Monday. Castell and US secretary of state Mara Ellison held talks in Geneva.",
     {("Castell", "Ellison")}),
    ("Director Rowan Castell spoke on Monday. Castell and German finance minister Peer Halbach met on Tuesday.",
     {("Castell", "Halbach")}),
    ("Director Rowan Castell spoke on Monday. Senator Ilse Marwick spoke too. The Castell and Marwick governments "
     "met in Geneva on Tuesday.", set()),
    # one news conference that two named subjects held or told (shared-news-conference); not separate ones
    ("Director Rowan Castell and FBI director Daniel Voss held a press conference on election interference.",
     {("Castell", "Voss")}),
    ("Foreign Minister Tomas Aaland and Foreign Minister Mette Holm told a news conference in Oslo that the talks "
     "had failed.", {("Aaland", "Holm")}),
    ("Foreign Minister Tomas Aaland and Foreign Minister Mette Holm held separate news conferences in Oslo.", set()),
    # planned, negated, refused, cancelled: no meeting
    ("President Adun Okafor will meet President Samuel Banda next week.", set()),
    ("President Adun Okafor did not meet President Samuel Banda during the visit.", set()),
    ("President Adun Okafor is expected to hold talks with President Samuel Banda on Friday.", set()),
    ("Foreign Minister Tomas Aaland cancelled a planned meeting with Foreign Minister Mette Holm.", set()),
    ("Foreign Minister Tomas Aaland refused to meet Foreign Minister Mette Holm.", set()),
    ("Prime Minister Rohan Mehta called on President Kwame Asante on Monday to release the prisoners.", set()),
    ("King Harald Vestby granted asylum to Foreign Minister Tomas Aaland on Monday.", set()),
    ("President Kwame Asante and President Adun Okafor were due to meet in Abuja on Monday.", set()),
    ("The talks between President Kwame Asante and President Adun Okafor were postponed.", set()),
    ("Prime Minister Rohan Mehta travelled to Accra to meet President Kwame Asante.", set()),
    # everyday "met", debates, hearings, tickets, calls, greetings, praise: no meeting
    ("President Adun Okafor met reporters after the vote.", set()),
    ("Senator Clara Whitfield and Senator Owen Ruddock met in a televised debate on Tuesday.", set()),
    ("Foreign Minister Tomas Aaland first met Foreign Minister Mette Holm when both were students in Oslo.", set()),
    ("Senator Clara Whitfield defeated Senator Owen Ruddock in the primary on Tuesday.", set()),
    ("Governor Clara Whitfield chose Senator Owen Ruddock as her running mate.", set()),
    ("Prime Minister Rohan Mehta spoke by telephone with President Kwame Asante on Monday.", set()),
    ("Prime Minister Rohan Mehta arrived in Accra on Monday, where he was greeted by President Kwame Asante.", set()),
    ("President Kwame Asante welcomed the decision by Prime Minister Rohan Mehta.", set()),
    ("Foreign Minister Tomas Aaland criticised Foreign Minister Mette Holm on Monday.", set()),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_wire_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_wire_table_is_varied():
    """The table holds at least forty sentences, meetings and non-meetings both."""
    assert len(ROWS) >= 40 and sum(not m for _, m in ROWS) >= 10

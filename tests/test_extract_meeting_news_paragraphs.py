"""Meeting pairs of invented news paragraphs (three to six sentences, news-report style), through the model: a table
written to test whether kg's meeting rules carry over to ordinary news beyond the tuning articles. Each class kg
was taught for it has rows here (a country's "top diplomat" named after its foreign minister, "were among the
leaders who attended", "Leaders who attended … included", "with A, B and C in attendance", "Taking part were"
after the talks, "huddled with", "the summit drew A and B"), beside the classes kg already handled (counterparts,
"the Russian leader", delegations, "talks between Kenya's minister X and Uganda's Y", an attendee added in the next
sentence), and the shapes the guide excludes (first met years ago, met at the airport, planned meetings, phone
calls, debates, criticism, an absent leader, a descriptor with a post of its own). Names and countries are invented
or real-looking; the paragraphs are written for these tests."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    # a country's "top diplomat" is its foreign minister named before (chief-diplomat-anaphora)
    ("US Secretary of State Carla Ruiz arrived in Athens on Monday for a two-day visit. Protesters marched through the "
     "city centre as the talks began. The top US diplomat met Greek Prime Minister Nikos Andreou at his office. The "
     "two discussed energy security and migration.",
     {("Andreou", "Ruiz")}),
    ("Chinese Foreign Minister Wang Lei flew to Jakarta on Sunday. China's top diplomat met with Indonesian President "
     "Budi Santoso as well as with his counterpart, Foreign Minister Sari Dewi. Officials said the talks covered "
     "fishing rights.",
     {("Lei", "Santoso"), ("Dewi", "Lei")}),
    ("British Foreign Secretary Mark Dunn landed in Riyadh late on Sunday. Britain's chief diplomat was received by "
     "Saudi Crown Prince Faisal bin Saud the next morning. Dunn later flew on to Doha.",
     {("Dunn", "Saud")}),
    ("Indian External Affairs Minister Ravi Menon arrived in Colombo on Tuesday. The top Indian diplomat met Sri "
     "Lankan President Asela Perera and discussed fishing disputes. Menon returned to New Delhi on Wednesday.",
     {("Menon", "Perera")}),
    # … but not a top diplomat with a post of his own, nor an indefinite one
    ("US Secretary of State Carla Ruiz arrived in Baghdad on Monday. The top US diplomat in Iraq, Ambassador John "
     "Reed, met Iraqi Prime Minister Ali Hassan on Tuesday. The talks focused on security.",
     {("Hassan", "Reed")}),
    ("Chinese Foreign Minister Wang Lei visited Jakarta on Sunday. On Monday, a top Chinese diplomat met Indonesian "
     "President Budi Santoso. The talks were not announced in advance.",
     set()),
    # rosters: "were among the leaders who attended", "Leaders who attended … included", "with … in attendance"
    ("The Commonwealth summit opened in Kigali on Friday. Kenyan President Daniel Mwangi, Ugandan President Samuel "
     "Okot and Ghanaian President Kwame Asante were among the leaders who attended the opening session. The leaders "
     "discussed climate finance.",
     {("Asante", "Mwangi"), ("Asante", "Okot"), ("Mwangi", "Okot")}),
    ("Leaders who attended the two-day summit in Lusaka included Zambian President Peter Banda, Malawian President "
     "Joyce Phiri and Tanzanian President John Mushi. The leaders agreed to build a new rail link.",
     {("Banda", "Mushi"), ("Banda", "Phiri"), ("Mushi", "Phiri")}),
    ("The regional security summit opened in Abuja on Tuesday with Nigerian President Musa Bello, Ghanaian President "
     "Kwame Asante and Togolese President Koffi Agbo in attendance. The summit focused on attacks by armed groups in "
     "the Sahel.",
     {("Agbo", "Asante"), ("Agbo", "Bello"), ("Asante", "Bello")}),
    ("Peace talks resumed in Geneva on Monday. Taking part were Sudanese Foreign Minister Ali Osman, rebel leader "
     "Abdel Nur and UN envoy Jan Berg. No agreement was reached.",
     {("Berg", "Nur"), ("Berg", "Osman"), ("Nur", "Osman")}),
    ("Peace talks resumed in Geneva on Monday. Among those taking part were Sudanese Foreign Minister Ali Osman and UN "
     "envoy Jan Berg. The talks will continue on Tuesday.",
     {("Berg", "Osman")}),
    ("An emergency summit in Abuja on Monday drew Ghanaian President Kwame Asante, Nigerian President Musa Bello and "
     "Togolese President Koffi Agbo. The leaders condemned the coup in Niger.",
     {("Agbo", "Asante"), ("Agbo", "Bello"), ("Asante", "Bello")}),
    ("The two-day conference in Abuja drew leaders from across the region, including Ghanaian President Kwame Asante "
     "and Togolese President Koffi Agbo. Both called for new elections.",
     {("Agbo", "Asante")}),
    ("Kenyan President Daniel Mwangi huddled with Ugandan President Samuel Okot on the sidelines of the African Union "
     "summit on Sunday. Aides said the two leaders discussed the border dispute.",
     {("Mwangi", "Okot")}),
    # classes kg already handled
    ("Kenyan President Daniel Mwangi met Ugandan President Samuel Okot at State House on Monday. Also present was "
     "Rwandan Foreign Minister Jean Mugabo. The three discussed refugees.",
     {("Mugabo", "Mwangi"), ("Mugabo", "Okot"), ("Mwangi", "Okot")}),
    ("Brazilian Foreign Minister Paulo Costa arrived in Buenos Aires on Friday. He held talks with his Argentine "
     "counterpart Juan Ibarra on trade. Both ministers praised the outcome.",
     {("Costa", "Ibarra")}),
    ("Russian President Ivan Petrov flew to Ankara on Monday. The Russian leader held talks with Turkish President "
     "Mehmet Aydin on grain exports. Petrov left for Moscow in the evening.",
     {("Aydin", "Petrov")}),
    ("A delegation led by Kenyan Foreign Minister Grace Wanjiru met Ugandan President Samuel Okot in Kampala on "
     "Thursday. The talks lasted three hours.",
     {("Okot", "Wanjiru")}),
    ("Talks between Kenya's foreign minister Grace Wanjiru and Uganda's Peter Okello ended in Nairobi on Monday "
     "without agreement. Both sides blamed the other.",
     {("Okello", "Wanjiru")}),
    ("Kenyan President Daniel Mwangi and Ugandan President Samuel Okot met in Arusha on Monday. Rwandan President Eric "
     "Habimana also attended the meeting. The leaders signed a trade accord.",
     {("Habimana", "Mwangi"), ("Habimana", "Okot"), ("Mwangi", "Okot")}),
    ("Ghanaian President Kwame Asante held talks in Abuja on Monday with Nigerian President Musa Bello and Togolese "
     "President Koffi Agbo. The three leaders agreed to share intelligence.",
     {("Agbo", "Asante"), ("Agbo", "Bello"), ("Asante", "Bello")}),
    # no meetings: everyday "met", planned, phone, debate, criticism, absence, huddling with no one named
    ("Kenyan President Daniel Mwangi first met Ugandan President Samuel Okot when both were students in London in "
     "1985. They have been friends ever since.",
     set()),
    ("Ugandan President Samuel Okot was met at the airport by Kenyan Foreign Minister Grace Wanjiru. He was then "
     "driven to his hotel.",
     set()),
    ("Kenyan President Daniel Mwangi will meet Ugandan President Samuel Okot in Kampala next week, officials said. The "
     "visit was announced on Monday.",
     set()),
    ("Kenyan President Daniel Mwangi spoke by phone with Ugandan President Samuel Okot on Monday. The two leaders "
     "discussed the border.",
     set()),
    ("Senator Mark Lane and Governor Ann Cole faced each other in a televised debate on Tuesday. Lane attacked Cole's "
     "record on taxes.",
     set()),
    ("Kenyan President Daniel Mwangi and Ugandan President Samuel Okot were among the leaders who criticised the "
     "decision. Both said it would hurt trade.",
     set()),
    ("The proposal drew criticism from Ghanaian President Kwame Asante and Nigerian President Musa Bello. Both said it "
     "would hurt trade.",
     set()),
    ("The summit opened in Arusha on Monday with Kenyan President Daniel Mwangi absent. Ugandan President Samuel Okot "
     "chaired the first session.",
     set()),
    ("The Republican candidates held a debate in Ohio on Tuesday. Taking part were Senator Mark Lane, Governor Ann "
     "Cole and Senator Tim Ross.",
     set()),
    ("Thousands marched in Nairobi on Saturday. Taking part were opposition leader Raila Onyango and activist Grace "
     "Mumbi.",
     set()),
    ("Reporters huddled outside the palace in the rain. Inside, Kenyan President Daniel Mwangi signed the budget into "
     "law.",
     set()),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_news_paragraphs_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_news_paragraphs_table_is_varied():
    """The table holds paragraphs of several sentences, with and without meetings, and no paragraph twice."""
    texts = [t for t, _ in ROWS]
    assert len(set(texts)) == len(texts)
    assert all(t.count(". ") >= 1 for t in texts)
    assert sum(1 for _, m in ROWS if not m) >= 8 and sum(1 for _, m in ROWS if len(m) >= 3) >= 6

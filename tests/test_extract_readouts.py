"""Readout phrasings found by judging kg on a random sample of White House readouts, through the model:
sentences written for these tests (invented persons, real office titles), never copied from the corpus."""

from __future__ import annotations

import datetime as dt

import pytest
from meetingpairs import pairs, surname

from kg.extract.rolestatus import listed


@pytest.fixture(scope="module")
def readout(nlp, actors):
    """Extract facts from a text published by the White House (the article's ``source``) on 2023-06-14."""
    from kg.extract import extract
    from kg.model import Article
    from kg.nlp import document_text

    def run(text: str, source: str | None = "The White House"):
        article = Article("t", text, date=dt.date(2023, 6, 14), source=source)
        return extract(nlp(document_text(article)), article, actors)

    return run




def roles(facts) -> set[tuple[str, str, str | None]]:
    return {(surname(r.person), r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


@pytest.mark.parametrize("text, meetings", [
    # a title in the "with" phrase stands for the person it titles, and for the names joined to him
    ("Secretary of State Ana Ruiz met with both Kenyan Ambassador to the United States John Mwangi and Nigerian "
     "Ambassador to the United States Ada Okafor to discuss regional trade.",
     {("Mwangi", "Ruiz"), ("Okafor", "Ruiz"), ("Mwangi", "Okafor")}),
    # the teams of two leaders will meet: no meeting of the leaders
    ("President Joe Biden spoke by phone with Prime Minister Mark Carney. The President and the Prime Minister "
     "agreed to have their teams meet soon in Ottawa to exchange views on border security.", set()),
    # the author of a thing that is welcomed is no guest
    ("President Joe Biden spoke by phone with President William Ruto of Kenya. President Biden welcomed the "
     "commitment from President Ruto to expand regional trade.", set()),
    # "Minister bin Hassan" is the Foreign Minister named before, not the Crown Prince named after
    ("Secretary of State Ana Ruiz welcomed Jordanian Foreign Minister Prince Ali bin Hassan Al Hashimi to "
     "Washington today. Secretary Ruiz and Minister bin Hassan discussed regional security, following a recent "
     "call between President Joe Biden and Crown Prince Omar bin Hassan.", {("Hashimi", "Ruiz")}),
    # roster items "Affiliation: Name": the name after the colon takes part, not the organisation
    ("Today, Secretary of Labor Ana Ruiz hosted a roundtable with community leaders.\n\nParticipants included:\n\n"
     "- Riverside Tenants Alliance: Tomasz Wierzbicki\n- Coalition of Harbor Workers: Odalys Ferreira\n",
     {("Ferreira", "Ruiz"), ("Ruiz", "Wierzbicki"), ("Ferreira", "Wierzbicki")}),
    # a roster of bare names: a name NER misses takes part when NER calls the other items persons
    ("Today, Secretary of Labor Ana Ruiz hosted a roundtable with youth advocates.\n\nParticipants included:\n\n"
     "- John Smith\n- Mary Johnson\n- Quillon Bryve\n",
     {("Johnson", "Ruiz"), ("Ruiz", "Smith"), ("Johnson", "Smith"), ("Bryve", "Johnson"), ("Bryve", "Ruiz"),
      ("Bryve", "Smith")}),
    # a roster on one line, its items separated by bullets
    ("Today, Secretary of Labor Ana Ruiz met with a group of newly elected mayors.\n\nMayors participating in "
     "today's meeting included:\n\n• Mayor John Smith, Denver, CO • Mayor-elect Mary Johnson, Austin, TX • Mayor "
     "Peter Brown, Tulsa, OK",
     {("Ruiz", "Smith"), ("Johnson", "Ruiz"), ("Brown", "Ruiz"), ("Johnson", "Smith"), ("Brown", "Smith"),
      ("Brown", "Johnson")}),
    # speakers of two sessions listed in prose: one gathering
    ("Today the White House hosted a housing summit. Panelists included John Smith, Director of the Riverside "
     "Tenants Alliance; and Mary Johnson, Chair of the Harbor Workers Coalition. Speakers at the second session "
     "included Peter Brown, Professor of Law at Lakeside University, and Anna Ruiz, Director of the Coastal "
     "Housing Trust.",
     {("Johnson", "Smith"), ("Brown", "Smith"), ("Ruiz", "Smith"), ("Brown", "Johnson"), ("Johnson", "Ruiz"),
      ("Brown", "Ruiz")}),
    # the government's side of a gathering listed in prose
    ("On Monday, the White House hosted thirty local leaders from Ohio. Administration officials included "
     "Secretary of Labor Ana Ruiz, Director of Public Engagement John Smith, and National Climate Advisor Mary "
     "Johnson.", {("Ruiz", "Smith"), ("Johnson", "Ruiz"), ("Johnson", "Smith")}),
    # who opens or concludes a gathering takes part in the gathering its roster lists
    ("Today the White House hosted a summit on rural housing. Secretary of Labor Ana Ruiz opened the Summit. "
     "Panelists included John Smith, Director of the Riverside Tenants Alliance, and Mary Johnson, Chair of the "
     "Harbor Workers Coalition. Director of Public Engagement Tom Reyes concluded the first session of the Summit.",
     {("Ruiz", "Smith"), ("Johnson", "Ruiz"), ("Reyes", "Ruiz"), ("Johnson", "Smith"), ("Reyes", "Smith"),
      ("Johnson", "Reyes")}),
    # "the mayors": the persons the article titles Mayor
    ("Today, President Joe Biden met with Mayor John Smith of Denver and Mayor Mary Johnson of Austin. The mayors "
     "also met with Secretary of Labor Ana Ruiz.",
     {("Biden", "Smith"), ("Biden", "Johnson"), ("Johnson", "Smith"), ("Ruiz", "Smith"), ("Johnson", "Ruiz")}),
    # "the delegation" is the travelling party named just before; "Peru's delegation" is not
    ("Assistant Secretary of State Tom Reyes traveled to Peru, accompanied by Deputy Assistant Secretary of State "
     "Ana Ruiz. The delegation met with Foreign Minister Carla Vega in Lima. Peru's delegation later met with "
     "Mayor John Smith.", {("Reyes", "Ruiz"), ("Reyes", "Vega"), ("Ruiz", "Vega")}),
    # a named summit in the purpose clause is another event, of the persons its "between" names
    ("National Security Advisor Jake Morrow met on March 3-4 with Peruvian Foreign Minister Carla Vega in Lima to "
     "follow up on the Andes Summit between President Joe Biden and President Ana Lopez last November.",
     {("Morrow", "Vega"), ("Biden", "Lopez")}),
    # "meetings between A, B and their counterparts": each met his own counterpart
    ("National Security Advisor Omar Haddad met with Foreign Minister Li Wen of China in Vienna. The meeting "
     "follows recent meetings between Secretary of State Ana Ruiz, Secretary of the Treasury Tom Reyes, and their "
     "counterparts in Beijing.", {("Haddad", "Wen")}),
    # "they" with no meeting before: the persons named in the subject of the sentence before
    ("Senator Omar Haddad and Senator Ana Ruiz visited Ghana this week. They held talks with President Kwame Mensah "
     "and Foreign Minister Ama Owusu.",
     {("Haddad", "Ruiz"), ("Haddad", "Mensah"), ("Haddad", "Owusu"), ("Mensah", "Ruiz"), ("Owusu", "Ruiz"),
      ("Mensah", "Owusu")}),
    # a roster's sub-heading names no participant, nor do a court case's parties or a description after a colon
    ("Today, President Tom Reyes hosted plaintiffs in Okafor v. Lindqvist and their families at the White House."
     "\n\nThe meeting participants included:\n\nOkafor v. Lindqvist Family Members:\n\n- John Smith: Original "
     "Plaintiff\n- Mary Johnson\n- Original Plaintiff\n",
     {("Reyes", "Smith"), ("Johnson", "Reyes"), ("Johnson", "Smith")}),
    # "X, Jr. dropped by the meeting" just after a meeting: X joins it
    ("Vice President Ana Ruiz met virtually with Prime Minister Jan Novak of Poland. President Thomas P. Reyes, Jr. "
     "dropped by the meeting.", {("Novak", "Ruiz"), ("Novak", "Reyes"), ("Reyes", "Ruiz")}),
    # a name has no digits: the parser's person in "the COVID-19 Response team" is none
    ("Today, President Joe Biden met with Ana Ruiz, Mark Doyle, and members of his Border Security and COVID-19 "
     "Response teams, for a briefing.", {("Biden", "Doyle")}),
])
def test_extract_readouts_meetings(readout, text, meetings):
    assert pairs(readout(text)) == meetings


@pytest.mark.parametrize("text, expected, absent", [
    # roster lines: the apposition ends at the line; a staff post of no known body is the publisher's
    ("Participants included:\n\n- Tom Reyes, Special Assistant to the President for Labor Policy\n"
     "- Lisa Park, Deputy Director of the Office of Rural Prosperity\n- Omar Haddad, Senior Advisor\n",
     {("Reyes", "Special Assistant to the President", "US"), ("Park", "Deputy Director", "US")}, set()),
    # an envoy with no country in the text is the publisher's; a US state's court after a title is a US body
    ("National Security Advisor Ana Ruiz met Foreign Minister Jan Novak of Poland. The meeting follows talks "
     "between Special Envoy Tom Reyes and his counterparts in Warsaw.", {("Reyes", "Special Envoy", "US")},
     set()),
    ("Speakers included Omar Haddad, Deputy Secretary, Department of the Treasury; Hon. Ana Lopez, Chief "
     "Justice, Ohio Supreme Court; and Lisa Park, CEO of Park Homes.", {("Lopez", "Chief Justice", "US")},
     set()),
    # a co-chair's post after a governor's title in a roster line is a second post
    ("The Western Governors Council met today.\n\nParticipants included:\n\n- Governor Ann Lutz (OH), Co-Chair "
     "of the Western Governors Council\n- Governor Omar Haddad (DE)\n",
     {("Lutz", "Governor", None), ("Lutz", "Co-Chair", None), ("Haddad", "Governor", None)},
     {("Haddad", "Co-Chair", None)}),
    # roster items: USDA is a state body (agents.tsv), a club is not
    ("Participants included:\n\n- Omar Haddad, Senior Advisor, Office of the Secretary, USDA\n- Tom Hall, Senior "
     "Advisor, Prairie Hiking Club\n",
     {("Haddad", "Senior Advisor", "US")}, {("Hall", "Senior Advisor", None)}),
    # a White House body's name before a title in an apposition
    ("Yesterday, Gordon Pike, White House Domestic Policy Council Director, and Rita Moss, White House "
     "Intergovernmental Affairs Director, hosted a roundtable with state legislators on child care.",
     {("Pike", "Director", "US"), ("Moss", "Director", "US")}, set()),
    # "together with Title of Country, Name"
    ("Deputy National Security Advisor Tom Reyes, together with Finance Minister of Kenya, John Mwangi, "
     "co-chaired a meeting of the Kenya donor platform.",
     {("Mwangi", "Finance Minister", "KE"), ("Reyes", "Deputy National Security Advisor", "US")}, set()),
    # a staff post in a readout about another country is the publisher's, not that country's
    ("Deputy National Security Advisor Tom Reyes met with Finance Minister Jan Novak of Poland in Warsaw. They "
     "discussed Poland's energy grid, Polish exports and Poland's recovery.",
     {("Reyes", "Deputy National Security Advisor", "US")}, {("Reyes", "Deputy National Security Advisor", "PL")}),
    # a second title of the same person takes his country; a bare "Minister" inside "Foreign Minister" goes
    ("Secretary of State Ana Ruiz welcomed Jordanian Foreign Minister Prince Ali bin Hassan Al Hashimi to "
     "Washington today. Secretary Ruiz and Minister bin Hassan discussed regional security, following a recent "
     "call between President Joe Biden and Crown Prince Omar bin Hassan.",
     {("Hashimi", "Foreign Minister", "JO"), ("Hassan", "Crown Prince", None)},
     {("Hashimi", "Prince", "US"), ("Hashimi", "Minister", "JO"), ("Hassan", "Minister", None)}),
    # White House staff titles before a name (titles.tsv rows), and an adviser titled with a demonym
    ("Today, Secretary of Labor Ana Ruiz and National Climate Advisor Tom Reyes met with leaders of the trucking "
     "industry to discuss clean fuels.", {("Reyes", "National Climate Advisor", "US")}, set()),
    ("Domestic Policy Advisor to the Vice President Tom Reyes hosted a roundtable with rural health workers.",
     {("Reyes", "Domestic Policy Advisor to the Vice President", "US")}, set()),
    ("National Security Advisor Ana Ruiz hosted Peruvian Presidential Advisor Tomas Reyes for a meeting on trade.",
     {("Reyes", "Presidential Advisor", "PE"), ("Ruiz", "National Security Advisor", "US")}, set()),
    # an office's name is no person: "Initiative" after "Director of the White House"
    ("Today, Secretary of Labor Ana Ruiz and Acting Director of the White House Initiative on Rural Health Tom "
     "Reyes hosted a roundtable with farm workers.", {("Ruiz", "Secretary of Labor", "US")},
     {("Initiative", "Director", "US"), ("Initiative", "Acting Director", "US")}),
    # US federal titles (titles.tsv rows): the publisher's, not the visited country's; plural and "-elect" titles
    ("Assistant Secretary of State Tom Reyes traveled to Peru. He met with Foreign Minister Ana Lopez in Lima.",
     {("Reyes", "Assistant Secretary of State", "US")}, {("Reyes", "Assistant Secretary of State", "PE")}),
    ("Today, American Rescue Plan Coordinator Tom Reyes and Associate Attorney General Ana Ruiz met with "
     "Attorneys General Mary Stone of Ohio and Paul Grant of Iowa and Mayor-elect Omar Haddad of Tulsa.",
     {("Reyes", "American Rescue Plan Coordinator", "US"), ("Ruiz", "Associate Attorney General", "US"),
      ("Stone", "Attorney General", None), ("Haddad", "Mayor-elect", None)}, {("Stone", "General", "US")}),
    # roster items "Name, Title, Department of X" and a title opening with a demonym
    ("Today, Secretary of Labor Ana Ruiz hosted a meeting on flood recovery in Puerto Rico.\n\nParticipants "
     "included:\n\n- Tom Reyes, Deputy Secretary, Department of the Treasury\n- Omar Haddad, Secretary, "
     "Department of Energy\n- Lisa Park, American Rescue Plan Coordinator\n- Ana Lopez, Administrator, Small "
     "Business Administration\n",
     {("Reyes", "Deputy Secretary of the Treasury", "US"), ("Haddad", "Secretary of Energy", "US"),
      ("Park", "American Rescue Plan Coordinator", "US"), ("Lopez", "Administrator", "US")},
     {("Lopez", "Administrator", "PR")}),
    # a capitalised office before Director or Administrator stays in the title; a seat or a body's name does not
    ("Yesterday, Health Policy Advisor Ana Ruiz and White House Rural Affairs Director Tom Reyes met mayors from "
     "towns hit by the floods. Director Reyes thanked them for their work.",
     {("Reyes", "Rural Affairs Director", "US")}, {("Reyes", "Director", "US")}),
    ("FEMA Administrator Omar Haddad and Office of Management and Budget Director Lisa Park briefed the governors "
     "on the storm season.", {("Haddad", "FEMA Administrator", None), ("Park", "Director", "US")},
     {("Park", "Budget Director", "US")}),
    # the White House's own posts keep the seat; the bare post of the same person goes
    ("Chief of Staff Ana Ruiz opened a meeting on wildfire recovery.\n\nParticipants included:\n\n- Ana Ruiz, "
     "White House Chief of Staff\n- Tom Reyes, White House Deputy Chief of Staff\n",
     {("Ruiz", "White House Chief of Staff", "US"), ("Reyes", "White House Deputy Chief of Staff", "US")},
     {("Ruiz", "Chief of Staff", "US")}),
    # "Sen."/"Rep." with a state chamber after the name: the state's legislators
    ("The Vice President met lawmakers from Ohio to discuss voting rights.\n\nParticipants:\n\n- Sen. Mara "
     "Olsen, Ohio Senate Minority Leader\n- Rep. Dale Crane, Ohio House Minority Whip\n",
     {("Olsen", "State Senator", "US"), ("Crane", "State Representative", "US")},
     {("Olsen", "Senator", "US"), ("Crane", "Representative", "US")}),
    # a title before the name and the department after it: the department's post
    ("Cabinet members reviewed the new port grants.\n\nParticipants included:\n\n- Acting Secretary Mara Olsen, "
     "Department of Labor\n- Deputy Secretary Dale Crane, Department of Commerce\n",
     {("Olsen", "Secretary of Labor", "US"), ("Crane", "Deputy Secretary of Commerce", "US")}, set()),
    # a monarch of several realms, named without a country: the first realm of the dictionary
    ("President Joe Biden spoke today with King Charles III about the climate summit and the coming state visit.",
     {("III", "King", "GB")}, {("III", "King", "US")}),
    # a name read on past NER's "Amir Sheikh" keeps its hyphenated words, and the country after it; the title as
    # spelt ("Amir", not "Emir")
    ("The Vice President spoke today with Amir Sheikh Rashid Bin Khalid Al-Harbi of Oman about the port.",
     {("Al-Harbi", "Amir", "OM")}, {("Al", "Amir", None), ("Al-Harbi", "Emir", None)}),
    # a member of the Council of Economic Advisers, titled before the name or in apposition
    ("Yesterday, Council of Economic Advisers Member Ana Ruiz met the mayors. Tom Reyes, a member of the Council of "
     "Economic Advisers, joined them.", {("Ruiz", "Member of the Council of Economic Advisers", "US"),
                                         ("Reyes", "Member of the Council of Economic Advisers", "US")}, set()),
    # a post written before a name NER misses, in a list of titled names: hers, not the names' around it
    ("Administration officials included Director of Public Engagement Tom Reyes, Deputy Assistant to the President "
     "for Economic Policy Ana Ruiz, and National Climate Advisor Lisa Park.",
     {("Ruiz", "Deputy Assistant to the President", "US"), ("Park", "National Climate Advisor", "US")},
     {("Reyes", "Deputy Assistant to the President", "US"), ("Park", "Deputy Assistant to the President", "US")}),
    # the National Security Council's senior director keeps the title as written; the NSC's as abbreviated
    ("The Assistant Secretary traveled to Lima. He was accompanied by National Security Council Senior Director for "
     "the Andean Region Tom Reyes and NSC Senior Director Ana Ruiz.",
     {("Reyes", "National Security Council Senior Director", "US"), ("Ruiz", "NSC Senior Director", "US")}, set()),
    # a list item's post of the state body after it: "Member, Council of Economic Advisers"
    ("Today, Secretary of Labor Ana Ruiz hosted a meeting on flood recovery in Puerto Rico.\n\nParticipants "
     "included:\n\n- Lisa Park, Member, Council of Economic Advisers\n- Lt. General Omar Haddad, Chief, U.S. Army "
     "Corps of Engineers\n",
     {("Park", "Member of the Council of Economic Advisers", "US"),
      ("Haddad", "Chief of the U.S. Army Corps of Engineers", "US")}, {("Haddad", "General", "PR")}),
    # an office whose name opens with the White House's is a state office, whatever its last words
    ("Tom Reyes, Deputy Director of the White House Partnerships Office, and Lisa Park, Senior Advisor, also "
     "joined the meeting.", {("Reyes", "Deputy Director", "US")}, set()),
])
def test_extract_readouts_roles(readout, text, expected, absent):
    found = roles(readout(text))
    found |= {(s, r, None) for s, r, c in found}  # a test row may leave the country open (None)
    assert expected <= found
    assert not absent & found


@pytest.mark.parametrize("text, expected, absent", [
    # a bare noun listed with phrases is a topic
    ("President Joe Biden met with President Ana Lopez of Chile to review new initiatives to promote democracy, "
     "human rights, and labor rights.", {"democracy", "human rights", "labor rights"}, set()),
    # "The Government of <a participant's country> … discussed": the country speaks for its participant
    ("Secretary of State Ana Ruiz met with Finance Minister Jan Novak of Poland. The Government of Poland and "
     "representatives of lenders discussed progress in the areas of grid repair, mine clearance, and housing.",
     {"grid repair", "mine clearance", "housing"}, set()),
    # fixed phrases of manner and generic heads are no topics
    ("President Joe Biden met with President Ana Lopez of Chile. They discussed steps to strengthen the rule of "
     "law in order to build trust, and welcomed the momentum in trade talks.",
     {"rule of law"}, {"order", "momentum"}),
    # people in a list are who took part, not what was discussed
    ("Vice President Kamala Harris met with Governor Ana Ortiz of Ohio. They discussed voting rights with health "
     "care providers, faith leaders, students, and advocates.", {"voting rights"},
     {"students", "advocates"}),
    # a meeting noun's "on" phrase, then "including" items: each item is a topic
    ("President Joe Biden met with President Ana Lopez of Chile. The two leaders held candid discussions on "
     "global and regional issues, including the war in Sudan, the Middle East, and the Red Sea.",
     {"war in Sudan", "Middle East"}, set()),
    # generic heads of readouts (topic_stoplist.tsv): an agenda, teams, a panel, recommendations
    ("President Joe Biden met with President Ana Lopez of Chile. The leaders discussed their agenda and the work "
     "of their teams, and exchanged views on the recommendations of the trade panel.", set(),
     {"agenda", "teams", "recommendations of trade panel", "trade panel"}),
    # the states and cities of the participants' own country where they met or came from are no topics
    ("Today, Vice President Kamala Harris convened more than 30 Ohio state legislators and advocates who are working "
     "to protect voting rights. The Vice President convened state legislators from across the country on May 3, 2023 "
     "at the White House; on May 9, 2023 in Tucson, Arizona; and on May 12, 2023 in Duluth, Minnesota.\n\nSpeakers: "
     "State Senator Ana Ruiz State Senator Mark Doyle Delegate Lena Ford", {"voting rights"},
     {"Tucson", "Arizona", "Duluth", "Minnesota"}),
    ("On Friday, the White House welcomed farm owners and rural business leaders from Iowa, Kansas, and Nebraska "
     "for a dialogue with senior officials to discuss how the Administration is expanding crop insurance.\n\n"
     "Administration participants included:\n\n- Ana Ruiz, Secretary of Agriculture\n- Mark Doyle, Senior Advisor, "
     "White House Office of Public Engagement", {"crop insurance"}, {"Iowa", "Kansas", "Nebraska"}),
    # heads that say nothing without what they are about (topic_stoplist.tsv: potential, perspective, venue); "the
    # right and ability to vote" is no pair of topics
    ("President Joe Biden met with President Ana Lopez of Chile. They discussed the potential for new flooding along "
     "the coast, and the Vice President expressed concerns about the right and ability to vote and the right of "
     "workers. The two leaders shared the perspective that the election outcome is a critical moment, and "
     "they discussed the region as a venue for dialogue.", {"new flooding", "right of workers"},
     {"potential", "right and ability", "perspective", "venue"}),
    # a generic object keeps whose it is: "support for the people of Peru", not "support for people"
    ("President Joe Biden spoke with President Ana Lopez of Chile. The President pledged America’s steadfast support "
     "for the people of Peru who have been hit by the floods.", {"America’s support for people of Peru"},
     {"America’s support for people"}),
    # the parser's apposition of the partner after "with" is what was discussed: each listed item is a topic
    ("Vice President Kamala Harris today met with Prime Minister Ana Lopez of Chile. The Vice President welcomed "
     "Chile becoming the first South American nation to join the Artemis Accords and discussed with the Prime "
     "Minister our continued cooperation on space, climate, supply chains, and cybersecurity.",
     {"space", "climate", "cybersecurity"}, set()),
    # a name with its acronym in parentheses is one topic: whole, or its acronym when too long for a topic
    ("President Joe Biden spoke with President Ana Lopez of Chile. The two presidents discussed the Organization for "
     "Security and Cooperation in Europe (OSCE) and the Southern Trade and Energy Pact (STEP).",
     {"OSCE", "Southern Trade and Energy Pact"}, {"Organization", "Europe", "STEP"}),
])
def test_extract_readouts_topics(readout, text, expected, absent):
    found = {t.topic for t in readout(text).topics}
    assert expected <= found
    assert not absent & found


def test_readouts_titled_surname_is_not_a_later_relative(readout):
    # "President Biden" first, "First Lady Jill Biden" later: two persons (the dictionary's President is Joe)
    facts = readout("The roundtable discussed President Biden’s plan for apprenticeships. Earlier, First Lady Jill "
                    "Biden visited a community college in Ohio.")
    held = {(r.person.name, r.role) for r in facts.roles}
    assert ("Joe Biden", "President") in held and ("Jill Biden", "President") not in held

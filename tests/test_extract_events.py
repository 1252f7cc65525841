"""Meeting, call and intention rules: sentences written for these tests (invented phrasings, real office titles)."""

from __future__ import annotations

import datetime as dt

import pytest


def surname(person) -> str:
    return person.name.split()[-1]


def pairs(facts, kinds=None, meetings=True):
    """Unordered surname pairs of the events that are meetings (or of the given kinds)."""
    out = set()
    for e in facts.events:
        if (e.kind in kinds) if kinds else e.is_meeting == meetings:
            names = sorted(surname(p) for p in e.participants)
            out |= {(a, b) for i, a in enumerate(names) for b in names[i + 1:]}
    return out


@pytest.mark.parametrize("text, meetings, intents", [
    ("Chancellor Olaf Scholz did not meet President Emmanuel Macron during the visit.", set(), set()),
    ("President Emmanuel Macron never met Prime Minister Giorgia Meloni in Rome.", set(), set()),
    ("Prime Minister Pedro Sánchez has not met with President Javier Milei of Argentina.", set(), set()),
    ("President Cyril Ramaphosa will not host President William Ruto of Kenya this year.", set(), set()),
    ("Chancellor Olaf Scholz will meet President Emmanuel Macron next week.", set(), {("Macron", "Scholz")}),
    ("Prime Minister Mark Carney denied that he had met President Javier Milei in Madrid.", set(), set()),
    ("Chancellor Olaf Scholz denied reports that he had met President Emmanuel Macron.", set(), set()),
    ("Chancellor Olaf Scholz said that he had met President Emmanuel Macron.", {("Macron", "Scholz")}, set()),
    ("Chancellor Olaf Scholz met President Emmanuel Macron, who did not comment.", {("Macron", "Scholz")}, set()),
])
def test_events_negated_trigger_is_no_event(facts_of, text, meetings, intents):
    facts = facts_of(text)
    assert pairs(facts) == meetings
    assert pairs(facts, kinds=("intent",)) == intents


@pytest.mark.parametrize("text, meetings", [
    ("Chancellor Olaf Scholz refused to meet President Emmanuel Macron in Paris.", set()),
    ("President Emmanuel Macron did not want to meet Prime Minister Giorgia Meloni.", set()),
    ("Chancellor Olaf Scholz did not travel to Rome but met President Emmanuel Macron in Berlin.",
     {("Macron", "Scholz")}),
])
def test_events_negated_or_refused_meeting_table(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


@pytest.mark.parametrize("text, meetings", [
    # a group of states stands for the leaders of its members that the article names
    ("President Emmanuel Macron met virtually with G7 leaders on Tuesday. Macron thanked Prime Minister Rishi "
     "Sunak of the United Kingdom and Chancellor Olaf Scholz of Germany for their support.",
     {("Macron", "Sunak"), ("Macron", "Scholz"), ("Scholz", "Sunak")}),
    ("Leaders of ECOWAS member states met in Abuja on Sunday. President Macky Sall of Senegal said the bloc "
     "must stay united. President Nana Akufo-Addo of Ghana agreed. President Lula of Brazil was not there.",
     {("Akufo-Addo", "Sall")}),
    ("The Quad leaders met in Sydney. Prime Minister Anthony Albanese of Australia welcomed the visitors. "
     "Former Prime Minister Scott Morrison of Australia watched from home.", set()),
    # "joined the beginning of the meeting" adds the person to the group meeting
    ("President Emmanuel Macron met virtually with G7 leaders. President Volodymyr Zelensky of Ukraine joined the "
     "beginning of the meeting. Macron thanked Prime Minister Rishi Sunak of the United Kingdom.",
     {("Macron", "Sunak"), ("Macron", "Zelensky"), ("Sunak", "Zelensky")}),
])
def test_events_group_participants_table(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_events_counterparts_respectively_are_the_listed_names(facts_of):
    text = ("Prime Minister Kyriakos Mitsotakis of Greece spoke in Athens on Monday. Egyptian Foreign Minister "
            "Sameh Shoukry and his Greek and Cypriot counterparts, Giorgos Gerapetritis and Constantinos Kombos, "
            "respectively, gathered in Cairo to discuss energy. The Italian foreign minister, Antonio Tajani, "
            "joined the talks later.")
    facts = facts_of(text)
    (event,) = [e for e in facts.events if e.is_meeting]
    assert {surname(p) for p in event.participants} == {"Shoukry", "Gerapetritis", "Kombos", "Tajani"}
    assert event.location is not None and event.location.name == "Cairo"


@pytest.mark.parametrize("title, text, meetings, calls", [
    # in a call readout, "the two leaders discussed" is the call; "the two leaders' meeting in X" is a meeting
    ("Readout of President Emmanuel Macron’s Call with Prime Minister Narendra Modi of India",
     # rewritten from a sentence of corpus article wh-2025-01-27-readout-of-president-donald-j-trumps-call-with-prime-minister-modi-of-india
     "President Emmanuel Macron spoke today with Prime Minister Narendra Modi of India. The two leaders discussed "
     "trade. The call follows the two leaders’ meeting in Marseille in February.",
     {("Macron", "Modi")}, {("Macron", "Modi")}),
    ("Readout of Chancellor Olaf Scholz’s Call with Prime Minister Mark Carney of Canada",
     "Chancellor Olaf Scholz held a call with Prime Minister Mark Carney of Canada. Both leaders discussed energy. "
     "They welcomed the new trade agreement.", set(), {("Carney", "Scholz")}),
    ("Readout of the Nordic Leaders’ Call",
     "Today Prime Minister Jonas Gahr Støre of Norway and Prime Minister Mette Frederiksen of Denmark convened to "
     "review Arctic security.", set(), {("Frederiksen", "Støre")}),
])
def test_events_call_readout_conventions(facts_of, title, text, meetings, calls):
    facts = facts_of(text, title=title)
    assert pairs(facts) == meetings
    assert pairs(facts, kinds=("call",)) == calls
    assert all(e.cameo == "041" for e in facts.events if e.kind == "call")


@pytest.mark.parametrize("text, calls", [
    # a partner word whose object is the press (MED, plover-audience-sectors) names no partner: no call
    ("President William Ruto and President Yoweri Museveni spoke to reporters after the vote in Kampala.", set()),
    ("President William Ruto and President Yoweri Museveni spoke to the media on Monday.", set()),
    ("President William Ruto and President Yoweri Museveni spoke by phone on Monday.", {("Museveni", "Ruto")}),
    ("President William Ruto spoke with President Yoweri Museveni on Monday.", {("Museveni", "Ruto")}),
])
def test_events_speaking_to_the_press_is_no_call(facts_of, text, calls):
    facts = facts_of(text)
    assert pairs(facts, kinds=("call",)) == calls
    assert pairs(facts) == set()


def test_events_title_line_is_the_meeting_the_body_describes(facts_of):
    title = "Readout of President Cyril Ramaphosa’s Meeting with President William Ruto of Kenya"
    text = ("President Cyril Ramaphosa met with President William Ruto of Kenya today at the Union Buildings in "
            "Pretoria. The two leaders discussed regional trade and the situation in Sudan.")
    facts = facts_of(text, title=title)
    (event,) = facts.events
    assert {surname(p) for p in event.participants} == {"Ramaphosa", "Ruto"}
    assert event.name is None and event.location is not None and event.location.name == "Pretoria"
    assert event.date == dt.date(2023, 6, 14)


def test_events_named_event_relative_clause_and_time_reference(facts_of):
    text = ("On Saturday, June 17, Foreign Minister Penny Wong of Australia met with Foreign Minister Winston Peters "
            "of New Zealand and Foreign Minister Hayashi Yoshimasa of Japan in Tokyo. Their meeting came a year after "
            "the Pacific Islands Summit, in which Prime Minister Anthony Albanese, Prime Minister Chris Hipkins and "
            "Prime Minister Fumio Kishida launched a new partnership.")
    facts = facts_of(text)
    (summit,) = [e for e in facts.events if e.name]
    assert {surname(p) for p in summit.participants} == {"Albanese", "Hipkins", "Kishida"}
    (talks,) = [e for e in facts.events if not e.name and e.is_meeting]
    assert {surname(p) for p in talks.participants} == {"Wong", "Peters", "Hayashi"}
    assert talks.date == dt.date(2023, 6, 17) and talks.location.name == "Tokyo"


@pytest.mark.parametrize("text, meetings", [
    ("After an audience with Pope Francis, President Emmanuel Macron met Cardinal Pietro Parolin.",
     {("Francis", "Macron"), ("Macron", "Parolin")}),
    ("Foreign Minister Penny Wong met Foreign Minister Winston Peters at a meeting of the Albanese Government "
     "cabinet.", {("Peters", "Wong")}),
    ("Mr. Lammy and Mr. Barrot welcomed the agreement on fisheries.", set()),
    ("President Emmanuel Macron and Chancellor Olaf Scholz spoke candidly about migration.", set()),
    ("President Emmanuel Macron called Chancellor Olaf Scholz’s plan a mistake.", set()),
    ("President Emmanuel Macron called on Chancellor Olaf Scholz to act.", set()),
    ("President Emmanuel Macron met Chancellor Olaf Scholz later that day in Aachen.", {("Macron", "Scholz")}),
])
def test_events_trigger_patterns_table(facts_of, text, meetings):
    facts = facts_of(text)
    assert pairs(facts) == meetings
    assert pairs(facts, kinds=("call",)) == set()


@pytest.mark.parametrize("text, kind", [
    ("President Emmanuel Macron called Chancellor Olaf Scholz on Monday.", "call"),
    ("President Emmanuel Macron held a call with Chancellor Olaf Scholz.", "call"),
    ("President Emmanuel Macron held talks with Chancellor Olaf Scholz in Aachen.", "meeting"),
    ("Chancellor Olaf Scholz plans to host President Emmanuel Macron in Berlin.", "intent"),
    ("Chancellor Olaf Scholz is hosting President Emmanuel Macron in Berlin later this month.", "intent"),
])
def test_events_one_event_of_the_right_kind(facts_of, text, kind):
    facts = facts_of(text)
    assert [e.kind for e in facts.events] == [kind]
    assert facts.events[0].cameo == {"call": "041", "meeting": "040", "intent": "036"}[kind]


@pytest.mark.parametrize("text, place", [
    ("President Cyril Ramaphosa met President William Ruto of Kenya at the AU summit week in Addis Ababa.",
     "Addis Ababa"),
    ("President Cyril Ramaphosa met President William Ruto of Kenya. They discussed the crisis in Sudan.", None),
    ("President Cyril Ramaphosa hosted President William Ruto of Kenya at the White House.", "Washington"),
])
def test_events_location_is_where_it_happened(facts_of, text, place):
    (event,) = facts_of(text).events
    assert (event.location.name if event.location else None) == place


@pytest.mark.parametrize("text, participants", [
    # persons listed in a later sentence take part in the event just before
    ("Prime Minister Olaf Berg met with President Tomas Lind of Finland on Monday. Also in the meeting were Foreign "
     "Minister Anna Svensson and Ambassador Karl Nilsson.", {"Berg", "Lind", "Svensson", "Nilsson"}),
    ("Prime Minister Olaf Berg met with President Tomas Lind of Finland on Monday. He was joined by Foreign Minister "
     "Anna Svensson and Ambassador Karl Nilsson.", {"Berg", "Lind", "Svensson", "Nilsson"}),
    ("Prime Minister Olaf Berg met with President Tomas Lind of Finland on Monday. Also attending were Foreign "
     "Minister Anna Svensson and Ambassador Karl Nilsson.", {"Berg", "Lind", "Svensson", "Nilsson"}),
    ("Prime Minister Olaf Berg met with President Tomas Lind of Finland on Monday. Present at the talks were "
     "Foreign Minister Anna Svensson and Ambassador Karl Nilsson.", {"Berg", "Lind", "Svensson", "Nilsson"}),
    ("Prime Minister Olaf Berg met with President Tomas Lind of Finland on Monday. Foreign Minister Anna Svensson "
     "took part in the meeting.", {"Berg", "Lind", "Svensson"}),
    ("Prime Minister Olaf Berg, accompanied by Foreign Minister Anna Svensson, met President Tomas Lind in Oslo.",
     {"Berg", "Lind", "Svensson"}),
    ("President Tomas Lind and Prime Minister Olaf Berg convened the Nordic Innovation and Investment Summit with "
     "business leaders, alongside Foreign Minister Anna Svensson and Minister Karl Nilsson.",
     {"Berg", "Lind", "Svensson", "Nilsson"}),
    # too far from the meeting, or a copular sentence that lists no attendance: nobody is added
    ("Prime Minister Olaf Berg met with President Tomas Lind of Finland on Monday. The talks were long. Trade was "
     "discussed. Energy was raised. Ambassador Karl Nilsson was present at the ceremony.", {"Berg", "Lind"}),
    ("Prime Minister Olaf Berg met with President Tomas Lind of Finland on Monday. Also in Helsinki were Foreign "
     "Minister Anna Svensson and Ambassador Karl Nilsson.", {"Berg", "Lind"}),
])
def test_events_later_participants_table(facts_of, text, participants):
    (event,) = [e for e in facts_of(text).events if e.is_meeting]
    assert {surname(p) for p in event.participants} == participants


@pytest.mark.parametrize("text, title, name, place", [
    # a named event with one named participant exists (no meeting pairs; topics can attach to it)
    ("Prime Minister Olaf Berg today attended the annual Baltic Sea Summit (BSS) in Riga, Latvia.", None,
     "Baltic Sea Summit", "Riga"),
    ("President Tomas Lind participated in a virtual G7 Leaders’ meeting on Ukraine.", None,
     "G7 Leaders' meeting", None),
    ("Prime Minister Olaf Berg took part in the Arctic Council Ministerial in Tromsø.", None, None, None),
    ("Prime Minister Olaf Berg hosted the Nordic Energy Forum in Oslo on Monday.", None, "Nordic Energy Forum", "Oslo"),
    ("Prime Minister Olaf Berg underscored the importance of energy security.",
     "Readout of Prime Minister Olaf Berg’s Participation in the Baltic Sea Summit", "Baltic Sea Summit", None),
    # the other side is a group of states the text does not name one by one
    ("President Tomas Lind met virtually with G7 leaders today to discuss Ukraine.", None, "", None),
])
def test_events_one_participant_named_event_table(facts_of, text, title, name, place):
    (event,) = facts_of(text, title=title).events
    assert [surname(p) for p in event.participants] in (["Berg"], ["Lind"])
    assert pairs(facts_of(text, title=title)) == set()
    if name is not None:
        assert (event.name or "") == name
        assert event.kind == ("summit" if name else "meeting")
    assert (event.location.name if event.location else None) == place


@pytest.mark.parametrize("text", [
    "Prime Minister Olaf Berg thanked President Tomas Lind for attending the Baltic Sea Summit in Riga.",
    "Prime Minister Olaf Berg asked Foreign Minister Anna Svensson to attend the Baltic Sea Summit on his behalf.",
    "Prime Minister Olaf Berg confirmed that he would host the next Baltic Sea Summit.",
    "Prime Minister Olaf Berg reaffirmed his intent to host the next Baltic Sea Summit in the spring.",
    "Prime Minister Olaf Berg did not attend the Baltic Sea Summit in Riga.",
    "Prime Minister Olaf Berg took office in 2019, a year after the Baltic Sea Summit in Riga.",
    "Prime Minister Olaf Berg praised the outcome of the Baltic Sea Summit.",
    "The Nordic leaders met in Oslo. Prime Minister Olaf Berg welcomed the decision.",
])
def test_events_one_participant_needs_attendance_table(facts_of, text):
    assert [e for e in facts_of(text).events if e.kind != "intent"] == []


def test_events_one_participant_event_gets_the_topics(facts_of):
    facts = facts_of("Prime Minister Olaf Berg today attended the annual Baltic Sea Summit in Riga. Berg underscored "
                     "the importance of energy security and discussed undersea cable protection.")
    (event,) = facts.events
    assert {t.topic for t in facts.topics if t.event_id == event.id} >= {"energy security"}


def test_events_second_named_event_has_its_own_participants(facts_of):
    text = ("President Tomas Lind and Prime Minister Olaf Berg met today in Helsinki. President Lind and Foreign "
            "Minister Anna Svensson also convened a Finnish-Swedish Innovation and Investment Summit with industry "
            "leaders, alongside Prime Minister Berg and Minister Karl Nilsson, to discuss technology cooperation.")
    facts = facts_of(text)
    (summit,) = [e for e in facts.events if e.name]
    assert summit.name == "Finnish-Swedish Innovation and Investment Summit"
    assert {surname(p) for p in summit.participants} == {"Lind", "Svensson", "Berg", "Nilsson"}
    (talks,) = [e for e in facts.events if not e.name]
    assert {surname(p) for p in talks.participants} == {"Lind", "Berg"}

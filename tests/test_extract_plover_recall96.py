"""Recall of sources, aid and threats (session 96): a bare "the bloc", "the alliance", "the grouping" or "the
organisation" as the subject of an act is the organisation the article named last before it
(:mod:`kg.extract.org_mentions`); a bloc, alliance, coalition or front takes its modifier's sector ("the opposition
bloc", "the rebel alliance"); doctors, medics, rescuers and field hospitals sent, sums announced or donated "in"
aid and lines of credit extended are aid; a speaker's own side said to take measures against another, to stand
ready to strike or to defend its territory threatens (pattern key ``said_by``). Model-free tests on hand-built
Docs, and (slow) sentences written for these tests, with near misses that must stay quiet."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, assert_not_coded, coded, make_doc
from test_extract_plover_recall24 import PUNCT, _rule
from test_extract_plover_sources import _rows

from kg.extract.org_mentions import bare, referred_organisation

# "NATO met . The bloc condemned Russia ."
BLOC = _rows("NATO/NATO/PROPN/NNP/nsubj/1 met/meet/VERB/VBD/ROOT/1 ././PUNCT/./punct/1 "
             "The/the/DET/DT/det/4 bloc/bloc/NOUN/NN/nsubj/5 condemned/condemn/VERB/VBD/ROOT/5 "
             "Russia/Russia/PROPN/NNP/dobj/5 ././PUNCT/./punct/5")


def _swap(rows, i, word, lemma, pos, tag, dep=None):
    return [(word, lemma, pos, tag, dep or r[4], r[5]) if n == i else r for n, r in enumerate(rows)]


def test_org_mentions_a_bare_bloc_subject_is_the_organisation_named_before():
    assert referred_organisation(make_doc(BLOC)[4]) == "NATO"
    alliance = make_doc(_swap(BLOC, 4, "alliance", "alliance", "NOUN", "NN"))
    assert referred_organisation(alliance[4]) == "NATO"


def test_org_mentions_no_organisation_for_a_new_bloc_an_object_a_group_or_a_country_before():
    assert referred_organisation(make_doc(_swap(BLOC, 3, "a", "a", "DET", "DT"))[4]) is None  # a new bloc
    trade = make_doc(_swap(BLOC, 3, "trade", "trade", "NOUN", "NN", "compound"))
    assert not bare(trade[4]) and referred_organisation(trade[4]) is None  # "trade bloc": a word of its own
    assert referred_organisation(make_doc(_swap(BLOC, 4, "bloc", "bloc", "NOUN", "NN", "dobj"))[4]) is None
    assert referred_organisation(make_doc(_swap(BLOC, 4, "group", "group", "NOUN", "NN"))[4]) is None
    assert referred_organisation(make_doc(_swap(BLOC, 0, "Peru", "Peru", "PROPN", "NNP"))[4]) is None


def _sent(obj: list[tuple], verb: tuple[str, str] = ("sent", "send")) -> list[tuple]:
    """ "Cuba <verb> <obj> to Peru ." (the object's head is obj row 0, placed at 2)"""
    return [("Cuba", "Cuba", "PROPN", "NNP", "nsubj", 1), (*verb, "VERB", "VBD", "ROOT", 1), *obj,
            ("to", "to", "ADP", "IN", "prep", 1), ("Peru", "Peru", "PROPN", "NNP", "pobj", 2 + len(obj)),
            (*PUNCT, 1)]


def test_plover_match_doctors_sent_are_aid_a_letter_or_doctors_sent_home_are_not():
    assert _rule(_sent([("doctors", "doctor", "NOUN", "NNS", "dobj", 1)])) == "ph-aid-send-medics"
    assert _rule(_sent([("rescuers", "rescuer", "NOUN", "NNS", "dobj", 1)], ("dispatched", "dispatch"))) \
        == "ph-aid-send-medics"
    team = [("a", "a", "DET", "DT", "det", 3), ("team", "team", "NOUN", "NN", "dobj", 1),
            ("of", "of", "ADP", "IN", "prep", 3), ("medics", "medic", "NOUN", "NNS", "pobj", 4)]
    assert _rule(_sent(team)) == "ph-aid-send-team-of-medics"
    home = _sent([("doctors", "doctor", "NOUN", "NNS", "dobj", 1), ("home", "home", "ADV", "RB", "advmod", 1)])
    assert _rule(home) is None  # sent the doctors home
    negotiators = [("a", "a", "DET", "DT", "det", 3), ("team", "team", "NOUN", "NN", "dobj", 1),
                   ("of", "of", "ADP", "IN", "prep", 3), ("negotiators", "negotiator", "NOUN", "NNS", "pobj", 4)]
    assert _rule(_sent(negotiators)) != "ph-aid-send-team-of-medics"
    assert _rule(_sent([("letter", "letter", "NOUN", "NN", "dobj", 1)])) is None


def test_plover_match_a_field_hospital_sent_is_aid_a_hospital_is_not():
    field = [("a", "a", "DET", "DT", "det", 4), ("field", "field", "NOUN", "NN", "compound", 4),
             ("hospital", "hospital", "NOUN", "NN", "dobj", 1)]
    assert _rule(_sent(field)) == "ph-aid-field-hospital"
    city = [("a", "a", "DET", "DT", "det", 4), ("city", "city", "NOUN", "NN", "compound", 4),
            ("hospital", "hospital", "NOUN", "NN", "dobj", 1)]
    assert _rule(_sent(city)) != "ph-aid-field-hospital"


ORG_SOURCES = [  # (text, type, source)
    ("ECOWAS imposed sanctions on Niger on Sunday. The bloc also demanded the release of President Bazoum.",
     "REQUEST", {"ECOWAS"}),
    ("Mercosur leaders met in Montevideo on Friday. The bloc agreed to recall its ambassadors from Spain.",
     "AGREE", {"MERCOSUR"}),
    ("NATO foreign ministers met in Brussels. Its secretary-general said the alliance condemned the missile strike "
     "on Poland.", "ACCUSE", {"NATO"}),
    ("The European Union expanded its sanctions on Belarus on Monday. The bloc accused Minsk of using migrants as a "
     "weapon.", "ACCUSE", {"EU"}),
    ("The Arab League met in Cairo on Tuesday. The organisation rejected the Israeli annexation plan.", "REJECT",
     {"LAS"}),
    ("ASEAN foreign ministers gathered in Jakarta. The grouping urged Myanmar's generals to end the violence.",
     "REQUEST", {"ASEAN"}),
    ("ECOWAS leaders met in Abuja. The bloc threatened to use force against the junta in Niger.", "THREATEN",
     {"ECOWAS"}),
    ("The opposition bloc accused the Georgian government of rigging the vote.", "ACCUSE", {"GE"}),
    ("In Kinshasa, the rebel alliance attacked an army base near Goma.", "ASSAULT", {"CD"}),
    ("In Bangkok, the opposition front demanded the resignation of the prime minister.", "REQUEST", {"TH"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources", ORG_SOURCES)
def test_plover_recall96_org_and_group_sources_table(facts_of, text, kind, sources):
    assert_first_coded(facts_of(text), kind, sources, None, "asserted")


AID = [  # (text, source, target)
    ("Cuba has sent more than 700 doctors to Pakistan after the earthquake.", {"CU"}, {"PK"}),
    ("Israel flew a team of 260 medics and rescuers to Nepal on Wednesday.", {"IL"}, {"NP"}),
    ("Pakistan sent four C-130 aircraft carrying a field hospital to Nepal.", {"PK"}, {"NP"}),
    ("Turkey dispatched 40 rescuers to Albania after the quake.", {"TR"}, {"AL"}),
    ("China sent a field hospital to Sierra Leone to fight the Ebola outbreak.", {"CN"}, {"SL"}),
    ("Russia flew 50 doctors and nurses to Serbia to help with the epidemic.", {"RU"}, {"RS"}),
    ("India deployed doctors and paramedics to Sri Lanka after the floods.", {"IN"}, {"LK"}),
    ("The European Union announced 10 million euros in emergency support for displaced families in Niger.", {"EU"},
     {"NE"}),
    ("India announced a fresh line of credit of $2 billion for infrastructure projects in Bangladesh.", {"IN"},
     {"BD"}),
    ("China extended a $1 billion credit line to Pakistan.", {"CN"}, {"PK"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, sources, targets", AID)
def test_plover_recall96_medics_sent_table(facts_of, text, sources, targets):
    assert_first_coded(facts_of(text), "AID", sources, targets, "asserted")


@pytest.mark.slow
def test_plover_recall96_medics_planned_or_not_sent_keep_their_modality(facts_of):
    assert_first_coded(facts_of("Germany will send doctors to Ukraine next month."), "AID", {"DE"}, None, "future")
    assert_first_coded(facts_of("Germany did not send doctors to Ukraine."), "AID", {"DE"}, None, "negated")


@pytest.mark.slow
def test_plover_recall96_no_event_in_near_misses(facts_of):
    assert_not_coded(facts_of, (
        ("The hospital sent the doctors home early on Friday.", "AID"),
        ("Doctors sent a letter to the health minister of Kenya.", "AID"),
        ("The Kenyan ministry sent rescuers' names to the press.", "AID"),
        ("Pakistan sent four aircraft to the air show in Dubai.", "AID"),
        ("The trade bloc grew by three percent last year.", "ASSAULT"),
        ("The lawyer opened a line of questioning about the Kenyan contract.", "AID"),
        ("The Peruvian minister gave the party line on the budget.", "AID"),
        ("The Peruvian government said it would take steps to protect the economy.", "THREATEN"),
        ("The central bank of Kenya warned that it would take action to curb inflation.", "THREATEN"),
        ("The Kenyan president said the government was ready to help the flood victims.", "THREATEN"),
        ("The Chilean minister said he would defend the budget in parliament.", "THREATEN"),
    ))


THREATS = [  # (text, source)
    ("Saudi Arabia and Egypt warned that they would take further political and economic measures against Doha.",
     {"SA", "EG"}),
    ("The Russian foreign ministry said Moscow would take countermeasures against Britain.", {"RU"}),
    ("NATO Secretary-General Jens Stoltenberg said the KFOR mission was ready to intervene if stability in Kosovo "
     "was put at risk.", {"Jens Stoltenberg"}),
    ("Turkey's defence minister said the army was prepared to strike if the militants crossed the border.", {"TR"}),
    ("Egyptian Foreign Minister Sameh Shoukry warned that Cairo would be forced to defend its interests.",
     {"Sameh Shoukry"}),
    ("Venezuela's defence minister said the armed forces would defend every centimetre of the territory.", {"VE"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, sources", THREATS)
def test_plover_recall96_own_side_said_to_act_threatens_table(facts_of, text, sources):
    assert_first_coded(facts_of(text), "THREATEN", sources, None, "asserted")


@pytest.mark.slow
def test_plover_recall96_no_organisation_for_a_group_of_people_or_a_new_bloc(facts_of):
    sources = lambda text: {s for c in coded(facts_of(text)) for s in c[1]}  # noqa: E731
    assert "UN" not in sources("The United Nations warned of famine. A group of farmers blocked the road to the "
                               "capital.")
    assert "EU" not in sources("The European Union has 27 members. A new regional bloc was formed on Tuesday, and "
                               "the bloc rejected the plan.")
    assert "UN" not in sources("The United Nations reported new cases. Amnesty International said the "
                               "organisation had rejected the report.")
    assert "WHO" not in sources("The World Health Organization has 194 members. Protesters gathered outside "
                                "parliament in Tbilisi. The group accused the police of brutality.")


BODIES = [  # (text, type, source): a bare state body is the one the text named before it, not the focus country's
    ("The Czech envoy was summoned to the Russian foreign ministry on Sunday, the ministry said in a statement. "
     "It condemned the Czech move.", "ACCUSE", {"RU"}),
    ("Ugandan police arrested 30 Kenyan traders in Kampala on Sunday. Kenya's foreign ministry summoned the Ugandan "
     "ambassador on Monday. The ministry condemned the arrests.", "ACCUSE", {"KE"}),
    ("Lebanon's president visited Kfar Kila on Monday after the Israeli army shelled the village. The army "
     "accused Hezbollah of firing rockets at Metula.", "ACCUSE", {"IL"}),
    ("Sweden protested after the Iranian embassy in Stockholm was attacked. The embassy accused Swedish police of "
     "failing to protect its staff.", "ACCUSE", {"IR"}),
    ("Beijing called the Lithuanian decision an unfriendly act.", "ACCUSE", {"CN"}),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources", BODIES)
def test_plover_recall96_a_bare_state_body_is_the_one_named_before_table(facts_of, text, kind, sources):
    assert_first_coded(facts_of(text), kind, sources, None, "asserted")


"""Targets whose country or actor the sentence leaves to the article (rounds on PLOVER targets in ordinary news):

- a bare state noun ("the government", "the authorities", "the police") as the target of a domestic critic — a
  civil, business, religious, student, labour, party or opposition collective of one country
  (``plover-domestic-critic-sectors``) or a party leader (``plover-partisan-roles``) — is that critic's own state,
  not the state the article named last ("the Indian government") nor a place inside the act charged or asked for
  ("accused the government of selling assets to India"): :func:`kg.extract.plover_antecedent.opposition_government`;
- a pledge, promise, deal or agreement named again ("welcomed the pledge", "rejected the deal") refers back to the
  actors of the pledge or agreement just before it (``back-pledge`` in ``plover_back_nouns.tsv``,
  :mod:`kg.extract.plover_backref`), also when the response and the act are of one type ("X and Y signed an
  agreement. The AU welcomed the agreement": a SUPPORT of a SUPPORT).

Tables of sentences written for these tests, with near misses, run through the model (slow)."""

from __future__ import annotations

import pytest
from plover_target_rows import assert_last_targets, assert_never_targets
from plover_target_rows import swap as _swap
from test_extract_plover import coded, make_doc
from test_extract_plover_sources import _rows

from kg.extract.plover_antecedent import domestic
from kg.extract.plover_nouns import moved_forces
from kg.extract.plover_org_referents import last_organisation, referent_nouns
from kg.model import Actor

# "NATO met . Modi urged the group to act ."
URGED = _rows("NATO/NATO/PROPN/NNP/nsubj/1 met/meet/VERB/VBD/ROOT/1 ././PUNCT/./punct/1 "
              "Modi/Modi/PROPN/NNP/nsubj/4 urged/urge/VERB/VBD/ROOT/4 the/the/DET/DT/det/6 "
              "group/group/NOUN/NN/dobj/4 to/to/PART/TO/aux/8 act/act/VERB/VB/xcomp/4 ././PUNCT/./punct/4")


def test_plover_antecedent_domestic_is_a_people_of_one_country():
    monks, students = Actor("monks", "LK", "CVL"), Actor("students", "LK", "EDU")
    assert domestic([monks]) and domestic([monks, students])
    assert not domestic([Actor("officials", "LK", "GOV")])  # the state's own voice
    assert not domestic([monks, Actor("students", "IN", "EDU")])  # two countries
    assert not domestic([Actor("monks", None, "CVL")]) and not domestic([])  # no country known
    assert not domestic([Actor("Human Rights Watch", None, "NGO", org="HRW")])  # an organisation


def test_plover_nouns_moved_forces_drops_own_and_unnamed_forces():
    syria = [Actor("Syria", "SY")]
    own, lebanon = Actor("its troops", "SY", "MIL"), Actor("Lebanon", "LB")
    unnamed, iraqi = Actor("more troops", "IQ", "MIL"), Actor("Iraqi forces", "IQ", "MIL")
    assert moved_forces("RETREAT", syria, [own, lebanon]) == [lebanon]
    assert moved_forces("AGREE", syria, [unnamed, lebanon]) == [lebanon]  # named by no polity: the troops sent
    assert moved_forces("AID", syria, [iraqi]) == [iraqi]  # another state's forces
    assert moved_forces("ASSAULT", syria, [own]) == [own]  # an act of force is done to them


def test_plover_org_referents_nouns_are_bare_definite_objects():
    doc = make_doc(URGED)
    assert [t.text for t in referent_nouns(doc[4])] == ["group"]
    rebel = make_doc(_swap(URGED, 5, "rebel", "rebel", "NOUN", "NN", "compound"))
    assert referent_nouns(rebel[4]) == []  # "urged rebel group": a word of its own, no "the"
    a_group = make_doc(_swap(URGED, 5, "a", "a", "DET", "DT"))
    assert referent_nouns(a_group[4]) == []  # a new group
    other = make_doc(_swap(URGED, 6, "leaders", "leader", "NOUN", "NNS"))
    assert referent_nouns(other[4]) == []  # no organisation noun


def test_plover_org_referents_last_organisation_named_before():
    doc = make_doc(URGED)
    assert last_organisation(doc, doc[6].idx) == "NATO"
    assert last_organisation(doc, doc[0].idx) is None  # nothing before
    none = make_doc(_swap(URGED, 0, "Peru", "Peru", "PROPN", "NNP"))
    assert last_organisation(none, none[6].idx) is None  # a country, no organisation

INDIA = ("Indian Prime Minister Narendra Modi visited Colombo on Friday. The Indian government promised new loans "
         "for the port. ")
RUSSIA = "Britain expelled 23 Russian diplomats on Wednesday. The Russian government denied any involvement. "

OWN_STATE = [  # (text, type, the critic's own state)
    (INDIA + "Sri Lankan monks accused the government of selling assets to India.", "ACCUSE", "LK"),
    (INDIA + "Sri Lankan student groups urged the government to cancel the port deal.", "REQUEST", "LK"),
    (INDIA + "Sri Lankan business leaders accused the government of ignoring exporters.", "ACCUSE", "LK"),
    (INDIA + "Sri Lankan trade unions demanded that the government publish the loan terms.", "REQUEST", "LK"),
    (INDIA + "Sri Lankan journalists accused the government of hiding the loan terms.", "ACCUSE", "LK"),
    (RUSSIA + "British human rights groups urged the government to protect Russian dissidents in London.",
     "REQUEST", "GB"),
    (RUSSIA + "Labour leader Keir Starmer urged the British government to act. Starmer accused the government of "
     "being too slow.", "ACCUSE", "GB"),
    ("Chinese President Xi Jinping visited Nairobi on Monday. The Chinese government offered new loans. Kenyan "
     "students accused the government of selling the port to China.", "ACCUSE", "KE"),
    ("Chinese President Xi Jinping visited Nairobi on Monday. The Chinese government offered new loans. Kenyan "
     "trade unions urged the government to reject the loans.", "REQUEST", "KE"),
    ("Turkish President Recep Tayyip Erdogan visited Baghdad on Monday. The Turkish government pledged more water. "
     "Iraqi activists accused the authorities of ignoring the drought.", "ACCUSE", "IQ"),
    ("Russian troops crossed into Georgia in 2008. The Russian army occupied two regions. Georgian students accused "
     "the police of beating protesters in Tbilisi.", "ACCUSE", "GE"),
    ("The German government praised the reforms during Angela Merkel's visit to Lisbon. Portuguese trade unions "
     "accused the government of kneeling before Berlin.", "ACCUSE", "PT"),
    (RUSSIA + "British students demanded that the government expel more diplomats.", "REQUEST", "GB"),
    (RUSSIA + "British journalists accused the police of hiding the evidence.", "ACCUSE", "GB"),
    (INDIA + "Sri Lankan protesters accused the government of selling the port.", "ACCUSE", "LK"),
    ("The Chinese government announced new loans for Zambia during a visit to Lusaka. Zambian business leaders urged "
     "the government to renegotiate the debt.", "REQUEST", "ZM"),
    ("The Chinese government announced new loans for Zambia during a visit to Lusaka. Zambian students accused the "
     "government of mortgaging the country.", "ACCUSE", "ZM"),
    ("The French army pulled out of Mali last year. Malian activists accused the army of abuses in Gao.", "ACCUSE",
     "ML"),
    ("The Israeli government approved the plan in Jerusalem. Egyptian trade unions urged the government to cut gas "
     "exports to Israel.", "REQUEST", "EG"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "target"), OWN_STATE)
def test_plover_antecedent_domestic_critic_own_state_table(facts_of, text, kind, target):
    assert_last_targets(facts_of, text, kind, target)


NOT_OWN_STATE = [  # (text, type, not the target): the state's own voice, a named state, no country of its own
    (INDIA + "Sri Lankan officials urged the government to speed up the loans.", "REQUEST", "LK"),
    (INDIA + "Sri Lankan student groups accused the Indian government of seizing the port.", "ACCUSE", "LK"),
    ("Chinese President Xi Jinping visited Nairobi on Monday. The Chinese government offered new loans. Kenyan "
     "President William Ruto urged the government to cancel the debts.", "REQUEST", "KE"),
    (RUSSIA + "The British Foreign Office urged the government to cooperate with the inquiry.", "REQUEST", "GB"),
    (INDIA + "Amnesty International accused the government of silencing critics.", "ACCUSE", "LK"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "target"), NOT_OWN_STATE)
def test_plover_antecedent_not_domestic_critic_table(facts_of, text, kind, target):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert found and target not in found[-1][2], coded(facts_of(text))


STORM = "Cyclone Gita hit Tonga on Sunday. Tonga declared a state of emergency, and Tonga's schools closed. "
PLEDGED = [  # (text, type of the response, the actor of the pledge or deal it names again)
    (STORM + "New Zealand pledged 15 million dollars to Fiji on Monday.\n\nPacific Islands Forum Secretary-General "
     "Henry "
     "Puna welcomed the pledge in a statement.", "SUPPORT", "NZ"),
    (STORM + "Japan promised to send 200 engineers to Timor-Leste. Australia welcomed the promise on Tuesday.",
     "SUPPORT", "JP"),
    (STORM + "Sudan and South Sudan signed a border agreement in Addis Ababa on Tuesday. The African Union "
     "welcomed the "
     "agreement.", "SUPPORT", "SD"),
    (STORM + "Kenya and Somalia agreed to reopen their border on Friday. The United States welcomed the deal.",
     "SUPPORT", "KE"),
    (STORM + "Serbia and Kosovo agreed to normalise relations in Brussels. Russian Foreign Minister Sergei Lavrov "
     "criticised the agreement.", "ACCUSE", "RS"),
    (STORM + "Israel and Hamas agreed to a ceasefire on Sunday. Iran rejected the deal on Monday.", "REJECT", "IL"),
    (STORM + "The World Bank pledged $500 million to Pakistan after the floods. Islamabad welcomed the commitment.",
     "SUPPORT", "WB"),
    (STORM + "Germany promised to deliver tanks to Ukraine. Russia condemned the promise on Wednesday.", "ACCUSE",
     "DE"),
    (STORM + "Japan pledged $10 million to Nepal on Monday. Nepal welcomed the pledge.", "SUPPORT", "JP"),
    (STORM + "Colombia and the FARC signed a peace accord in Havana. The United Nations welcomed the accord.",
     "SUPPORT", "CO"),
    (STORM + "Ethiopia and Eritrea signed a peace agreement in Jeddah. Egypt praised the agreement on Monday.",
     "SUPPORT", "ET"),
    (STORM + "Armenia and Azerbaijan agreed to a ceasefire in Moscow. France welcomed the agreement.", "SUPPORT",
     "AM"),
    (STORM + "China promised to buy more soybeans from Brazil. Argentina criticised the deal.", "ACCUSE", "CN"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "target"), PLEDGED)
def test_plover_backref_pledges_and_deals_table(facts_of, text, kind, target):
    assert_last_targets(facts_of, text, kind, target)


NOT_PLEDGED = [  # (text, type, target that must not be the earlier actor's)
    ("Kenya and Uganda signed a trade deal on Monday. Kenya welcomed the deal on Tuesday.", "SUPPORT", "KE"),
    ("Japan pledged aid to Vietnam in May. Peru welcomed a deal with Chile on Friday.", "SUPPORT", "JP"),
    ("Japan pledged aid to Vietnam in May. Peru welcomed its agreement with Chile.", "SUPPORT", "JP"),
    ("Japan pledged aid to Vietnam in May. Brazil signed the Paris agreement on Friday.", "SUPPORT", "JP"),
    (STORM + "Japan pledged aid to Vietnam in May.\n\nChile met Peru in June.\n\nBolivia held talks with Ecuador."
     "\n\nArgentina welcomed the pledge.", "SUPPORT", "JP"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "target"), NOT_PLEDGED)
def test_plover_backref_pledges_near_miss_table(facts_of, text, kind, target):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert all(target not in c[2] for c in found[-1:]), coded(facts_of(text))


REFERRED_ORGANISATIONS = [  # (text, type, organisation): "the bloc", "the group", "the council" (org-referent)
    ("The Economic Community of West African States closed its borders with Niger on Sunday. General "
     "Abdourahamane Tiani accused the bloc of acting on behalf of France.", "ACCUSE", "ECOWAS"),
    ("G20 leaders met by video on Thursday. China hosted the talks. Indian Prime Minister Narendra Modi urged the "
     "group to put people first.", "REQUEST", "G20"),
    ("Ethiopia filled the dam in July. The UN Security Council met on Tuesday. Egypt asked the council to "
     "intervene.", "REQUEST", "UN"),
    ("Libya's ambassador to the United Nations, Mohamed Shalgham, appealed to the council to act.", "REQUEST", "UN"),
    ("NATO leaders met in Vilnius on Tuesday. Russia criticised the alliance on Wednesday.", "ACCUSE", "NATO"),
    ("ASEAN foreign ministers met in Jakarta. Chinese Foreign Minister Wang Yi urged the bloc to reject outside "
     "interference.", "REQUEST", "ASEAN"),
    ("The Arab League suspended Syria in 2011. Damascus condemned the league on Sunday.", "ACCUSE", "LAS"),
    ("The European Union adopted new sanctions on Iran. Tehran condemned the bloc on Tuesday.", "ACCUSE", "EU"),
    ("The African Union suspended Guinea after the coup. The junta criticised the union on Monday.", "ACCUSE",
     "AFU"),
    ("The International Monetary Fund approved a loan for Pakistan. Imran Khan urged the organisation to ease its "
     "terms.", "REQUEST", "IMF"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "target"), REFERRED_ORGANISATIONS)
def test_plover_org_referents_table(facts_of, text, kind, target):
    assert_last_targets(facts_of, text, kind, target)


NOT_REFERRED_ORGANISATIONS = [  # (text, type, organisation that must not be the target)
    ("NATO leaders met in Vilnius. Police detained the group on Sunday.", "COERCE", "NATO"),  # not verbal
    ("NATO leaders met in Vilnius. Russia accused the rebel group of treason.", "ACCUSE", "NATO"),  # own word
    ("NATO leaders met in Vilnius. Russia accused a separatist group of treason.", "ACCUSE", "NATO"),
    ("NATO leaders met in Vilnius. Russia criticised the group of soldiers.", "ACCUSE", "NATO"),  # of whom
    ("NATO leaders met in Vilnius. Russia criticised the group's leaders.", "ACCUSE", "NATO"),
    ("NATO leaders met in Vilnius. The alliance criticised the group on Tuesday.", "ACCUSE", "NATO"),  # own
    ("The European Union imposed sanctions on Iran. Tehran accused Washington of backing the bloc.", "ACCUSE",
     "EU"),  # named: the United States
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "target"), NOT_REFERRED_ORGANISATIONS)
def test_plover_org_referents_near_miss_table(facts_of, text, kind, target):
    assert_never_targets(facts_of, text, kind, target)


MOVED = [  # (text, type, target): the forces an act moves, offers or pulls out are no target (moved_forces)
    ("Syria is now withdrawing its forces from Lebanon.", "RETREAT", {"LB"}),
    ("Australia will withdraw its troops from Iraq this year.", "RETREAT", {"IQ"}),
    ("Australian Prime Minister John Howard committed an additional 450 troops to Iraq.", "AGREE", {"IQ"}),
    ("Russian President Vladimir Putin ordered Russian troops into the two regions of Ukraine.", "MOBILIZE",
     {"UA"}),
    ("Russia deployed more troops to the Ukrainian border.", "MOBILIZE", {"UA"}),
    ("Armenia will withdraw its soldiers from Nagorno-Karabakh and hand the districts to Azerbaijan.", "RETREAT",
     None),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "targets"), MOVED)
def test_plover_nouns_moved_forces_table(facts_of, text, kind, targets):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert found and not any(t in found[0][2] for t in ("troops", "forces", "soldiers")), coded(facts_of(text))
    assert targets is None or found[0][2] == targets, coded(facts_of(text))


NOT_MOVED = [  # (text, type, target kept): another state's forces, an act of force
    ("The United States sent military aid to Iraqi forces.", "AID", "IQ"),
    ("Russian troops shelled Ukrainian forces near Bakhmut.", "ASSAULT", "UA"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "target"), NOT_MOVED)
def test_plover_nouns_not_moved_forces_table(facts_of, text, kind, target):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert found and target in found[0][2], coded(facts_of(text))


@pytest.mark.slow
def test_plover_nouns_moved_forces_keep_the_event(facts_of):
    found = [c for c in coded(facts_of("Syria is withdrawing its troops.")) if c[0] == "RETREAT"]
    assert found and found[0][1] == {"SY"}  # the act stays, though it names no one but the troops

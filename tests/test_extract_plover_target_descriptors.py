"""Targets named by a descriptor of one person ("pressed the visiting premier", "accused the 67-year-old prime
minister of …": :func:`kg.extract.plover_target_persons.descriptor_person`) and the country of the unnamed targets of
an act aimed abroad ("imposed sanctions on several senior officers": :func:`kg.extract.plover_place.abroad`):
model-free tests on hand-built Docs and (slow) tables of sentences written for these tests, with near misses."""

from __future__ import annotations

import pytest

from kg.extract import descriptor_mentions as dm, plover_place as pp
from kg.extract.plover_actors import Actors
from kg.model import Actor

from test_extract_plover import make_doc
from test_extract_plover_sources import _rows

# "Herrera accused the old minister of wrecking the economy ."
CHARGED = _rows("Herrera/Herrera/PROPN/NNP/nsubj/1 accused/accuse/VERB/VBD/ROOT/1 the/the/DET/DT/det/4 "
                "old/old/ADJ/JJ/amod/4 minister/minister/NOUN/NN/dobj/1 of/of/ADP/IN/prep/4 "
                "wrecking/wreck/VERB/VBG/pcomp/5 the/the/DET/DT/det/8 economy/economy/NOUN/NN/dobj/6 "
                "././PUNCT/./punct/1")
# "Herrera accused the old minister of finance ."
OWN_POST = _rows("Herrera/Herrera/PROPN/NNP/nsubj/1 accused/accuse/VERB/VBD/ROOT/1 the/the/DET/DT/det/4 "
                 "old/old/ADJ/JJ/amod/4 minister/minister/NOUN/NN/dobj/1 of/of/ADP/IN/prep/4 "
                 "finance/finance/NOUN/NN/pobj/5 ././PUNCT/./punct/1")


def test_descriptor_mentions_the_charge_of_an_accusation_is_no_post():
    doc = make_doc(CHARGED)
    assert not dm._own_post(doc[5])  # "of wrecking": what he is accused of
    assert dm.is_descriptor(doc[4], set())


def test_descriptor_mentions_an_of_phrase_naming_a_portfolio_is_a_post():
    doc = make_doc(OWN_POST)
    assert dm._own_post(doc[5])  # "minister of finance": a post of its own, no descriptor
    assert not dm.is_descriptor(doc[4], set())


def _actors(focus: tuple[str, ...]) -> Actors:
    return Actors(ctx=None, role_country={}, ents={}, focus=focus)  # type: ignore[arg-type]


US, EU, MM = Actor("United States", country="US"), Actor("European Union", org="EU"), Actor("Myanmar", country="MM")


def test_plover_place_abroad_sanctions_are_not_located_at_home():
    assert pp.abroad(_actors(("US", "MM")), "SANCTION", [US, EU], "US") == "MM"
    assert pp.abroad(_actors(("MM", "US")), "THREATEN", [US], "US") == "MM"


def test_plover_place_abroad_leaves_other_acts_and_places_alone():
    assert pp.abroad(_actors(("US", "MM")), "COERCE", [US], "US") == "US"  # "police arrested officials": at home
    assert pp.abroad(_actors(("US", "MM")), "SANCTION", [US], "MM") == "MM"  # already another country
    assert pp.abroad(_actors(("US",)), "SANCTION", [US], "US") == "US"  # an article about its own country
    assert pp.abroad(_actors(("MM",)), "SANCTION", [MM], "MM") == "MM"  # "the government banned the group"


def test_plover_place_unnamed_people_of_an_act_aimed_abroad_are_of_its_target_country():
    individuals, officers = Actor("individuals", country="US"), Actor("officers", country="US", sector="MIL")
    moved = pp.moved_abroad(_actors(("US", "MM")), "SANCTION", [US], [individuals, officers], "US")
    assert [(a.label, a.country) for a in moved] == [("individuals", "MM"), ("officers", "US")]  # a sector: located
    assert pp.moved_abroad(_actors(("US", "MM")), "COERCE", [US], [individuals], "US") == [individuals]
    assert pp.moved_abroad(_actors(("US",)), "SANCTION", [US], [individuals], "US") == [individuals]


def _targets(facts, kind: str) -> list[list[tuple[str, str | None]]]:
    return [[(a.label, a.country) for a in e.targets] for e in facts.political_events if e.type == kind]


DESCRIPTORS = [
    ("Indian Prime Minister Ravi Menon arrived in Nairobi on Monday for a three-day visit. Kenyan President Daniel "
     "Wambua pressed the visiting premier to open Indian markets to Kenyan tea.", "REQUEST", "Ravi Menon"),
    ("Prime Minister Luis Ortega defended his budget on Tuesday. Opposition leader Tomas Herrera accused the "
     "67-year-old prime minister of wrecking the economy.", "ACCUSE", "Luis Ortega"),
    ("Prime Minister Luis Ortega signed the security pact with China in April. The pact alarmed Australia. "
     "Canberra sent envoys to Honiara. The United States followed. Washington also voiced concern. Opposition "
     "leader Tomas Herrera accused the 67-year-old prime minister of putting the region at risk.", "ACCUSE",
     "Luis Ortega"),
    ("French President Paul Garnier arrived in Rabat on Monday. Moroccan Foreign Minister Karim Bennani urged the "
     "French president to support the autonomy plan.", "REQUEST", "Paul Garnier"),
    ("German Chancellor Anna Vogel landed in Lisbon on Wednesday. Protesters in Lisbon denounced the visiting "
     "chancellor over the austerity programme.", "ACCUSE", "Anna Vogel"),
    ("Turkish Foreign Minister Ahmet Kaya arrived in Athens on Thursday. Greek Prime Minister Nikos Dimas urged the "
     "Turkish minister to halt the drilling.", "REQUEST", "Ahmet Kaya"),
    ("Brazilian President Joao Lima travelled to Buenos Aires for talks. Argentine President Marta Ruiz asked the "
     "Brazilian president to cut tariffs on steel.", "REQUEST", "Joao Lima"),
    ("Chinese Premier Zhou Ming flew to Hanoi on Sunday. Vietnamese protesters condemned the visiting premier over "
     "the oil rig.", "ACCUSE", "Zhou Ming"),
    ("Italian Prime Minister Marco Bellini arrived in Tunis on Monday. Tunisian President Karim Saadi asked the "
     "visiting premier to fund coast guard patrols.", "REQUEST", "Marco Bellini"),
    ("Canadian Prime Minister Joel Martin visited New Delhi last week. Indian officials accused the visiting prime "
     "minister of sheltering separatists.", "ACCUSE", "Joel Martin"),
    ("Prime Minister Sara Lindqvist announced new tax cuts on Monday. Union leader Per Holm criticised the "
     "52-year-old prime minister for ignoring workers.", "ACCUSE", "Sara Lindqvist"),
    ("Japanese Foreign Minister Yoko Mori arrived in Seoul on Tuesday. South Korean protesters denounced the "
     "Japanese minister outside the embassy.", "ACCUSE", "Yoko Mori"),
    ("Nigerian President Musa Bello flew to Accra for talks. Ghanaian President Kofi Asante thanked the Nigerian "
     "leader for his help in the crisis.", "SUPPORT", "Musa Bello"),
    ("Austrian Chancellor Karl Huber visited Budapest on Wednesday. Hungarian Prime Minister Lajos Farkas urged the "
     "Austrian chancellor to reopen the border crossing.", "REQUEST", "Karl Huber"),
    ("Kenyan President Daniel Wambua visited Kampala on Monday. Ugandan opposition leaders criticised the Kenyan "
     "president over the pipeline deal.", "ACCUSE", "Daniel Wambua"),
    ("Former president Ahmed Salim returned to Cairo on Friday. The prosecutor charged the 72-year-old former "
     "president with corruption on Sunday.", "ACCUSE", "Ahmed Salim"),
    ("Israeli Prime Minister David Levi arrived in Washington on Monday. US President Mark Hale told the Israeli "
     "leader that settlements must stop.", "REQUEST", "David Levi"),
    ("Brazilian President Joao Lima arrived in Lisbon on Monday. Portuguese lawmakers criticised the visiting "
     "president over deforestation.", "ACCUSE", "Joao Lima"),
    ("Polish President Jan Kowal arrived in Kyiv on Tuesday. Ukrainian President Oleh Bondar thanked the Polish "
     "president for the weapons.", "SUPPORT", "Jan Kowal"),
    ("Prime Minister Rahul Mehta opened the new bridge on Monday. Opposition leader Vikram Rao accused the "
     "70-year-old prime minister of wasting public money.", "ACCUSE", "Rahul Mehta"),
    ("South African President Thabo Ndlovu flew to Harare on Sunday. Zimbabwean opposition leaders urged the South "
     "African president to press for free elections.", "REQUEST", "Thabo Ndlovu"),
]

NEAR_MISSES = [  # no one named before fits the descriptor: it stays a noun of its own
    ("Kenyan President Daniel Wambua pressed the visiting delegation to open Indian markets to Kenyan tea.",
     "REQUEST", "Daniel Wambua"),
    ("Opposition leader Tomas Herrera accused the prime minister of wrecking the economy.", "ACCUSE",
     "Tomas Herrera"),
    ("Senator Laura Pike criticised the deal on Monday. Governor Tom Beck accused the Canadian senator of playing "
     "politics.", "ACCUSE", "Laura Pike"),
    ("French President Paul Garnier arrived in Rabat on Monday. Moroccan Foreign Minister Karim Bennani urged the "
     "Spanish president to support the plan.", "REQUEST", "Paul Garnier"),
    ("German Chancellor Anna Vogel spoke in Berlin. Police detained the 30-year-old activist at the protest.",
     "COERCE", "Anna Vogel"),
    ("Prime Minister Luis Ortega signed the pact in April. Prime Minister Ana Duarte of Chile criticised it. "
     "Washington voiced concern. Canberra sent envoys. Officials met. Opposition leader Tomas Herrera accused the "
     "67-year-old prime minister of putting the region at risk.", "ACCUSE", "Luis Ortega"),  # two fit
    ("President Ali Hassan opened the session in April. The budget was passed. Officials welcomed it. Donors "
     "pledged more. Critics were unconvinced. Opposition leader Tomas Herrera accused the 67-year-old prime "
     "minister of lying.", "ACCUSE", "Ali Hassan"),  # no prime minister
    ("President Mario Quintero spoke on Monday. Quintero accused the visiting president of lying.", "ACCUSE",
     "Mario Quintero"),  # the subject of its own clause
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "person"), DESCRIPTORS)
def test_plover_target_persons_a_descriptor_target_is_the_person_named_before(facts_of, text, kind, person):
    targets = _targets(facts_of(text), kind)
    assert any(person in [label for label, _ in t] for t in targets), targets


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "person"), NEAR_MISSES)
def test_plover_target_persons_a_descriptor_no_one_fits_stays_a_noun(facts_of, text, kind, person):
    targets = _targets(facts_of(text), kind)
    assert not any(person in [label for label, _ in t] for t in targets), targets


ABROAD = [
    ("South Sudan's rival forces clashed again in Juba. The United States had already frozen the assets of two "
     "commanders this week.", "SANCTION", "commanders", "SS"),
    ("Georgia's parliament passed the foreign agents law on Tuesday. Washington could impose travel restrictions on "
     "officials if the law goes forward, the US envoy said.", "THREATEN", "officials", "GE"),
    ("Iran's nuclear programme expanded again this year. Britain imposed sanctions on five commanders of the "
     "Revolutionary Guards.", "SANCTION", "commanders", "IR"),
    ("Venezuela's election was marred by fraud. Canada imposed sanctions on 14 officials on Monday.", "SANCTION",
     "officials", "VE"),
    ("Nicaragua's government jailed seven opposition candidates. The United States imposed sanctions on four "
     "officials on Wednesday.", "SANCTION", "officials", "NI"),
    ("Eritrea's troops remain in Tigray. The United States imposed sanctions on military leaders on Friday.",
     "SANCTION", "military leaders", "ER"),
    ("Ethiopia's war in Tigray entered its second year. Washington warned that it could impose sanctions on "
     "officials who block aid.", "THREATEN", "officials", "ET"),
    ("Iran's guards seized a tanker in the Gulf. Britain imposed sanctions on three commanders on Tuesday.",
     "SANCTION", "commanders", "IR"),
    ("Myanmar's generals seized power in February. Canada imposed sanctions on nine officials on Thursday.",
     "SANCTION", "officials", "MM"),
    ("Syria's forces shelled Idlib again. The European Union froze the assets of seven commanders on Monday.",
     "SANCTION", "commanders", "SY"),
    ("Myanmar's army has been accused of atrocities in Rakhine state. The United States and the European Union have "
     "imposed sanctions on several senior officers.", "SANCTION", "officers", "MM"),
    ("North Korea fired a missile over Japan. Japan imposed sanctions on eleven individuals on Friday.", "SANCTION",
     "individuals", "KP"),
]

AT_HOME = [  # a state acting on its own people: the target stays at home
    ("Police in Kenya arrested dozens of protesters on Monday.", "COERCE", "protesters", "KE"),
    ("Britain's Home Office banned the protest group.", "COERCE", "protest group", "GB"),
    ("The Kenyan police arrested dozens of officials in Nairobi on Monday.", "COERCE", "officials", "KE"),
    ("The Nigerian army detained several officers accused of mutiny.", "COERCE", "officers", "NG"),
    ("Russia's parliament banned the opposition party on Tuesday.", "COERCE", "opposition party", "RU"),
    ("The Chinese government detained dozens of officials on corruption charges.", "COERCE", "officials", "CN"),
    ("The Egyptian army arrested several officers on Monday.", "COERCE", "officers", "EG"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "label", "country"), ABROAD + AT_HOME)
def test_plover_place_targets_of_acts_aimed_abroad_are_of_the_country_acted_on(facts_of, text, kind, label,
                                                                              country):
    assert (label, country) in [a for t in _targets(facts_of(text), kind) for a in t]

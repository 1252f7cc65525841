"""Unnamed people acted on stand for their country (:mod:`kg.extract.plover_unnamed`): model-free tests on
hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover, plover_actors as pa, plover_unnamed as pu
from kg.extract.spans import doc_ents
from kg.model import Actor

from test_extract_plover import make_doc
from test_extract_plover_described import _Ctx
from test_extract_plover_sources import _rows

# "Police arrested twelve people in Ankara ."
ARRESTED = _rows("Police/police/NOUN/NNS/nsubj/1 arrested/arrest/VERB/VBD/ROOT/1 twelve/twelve/NUM/CD/nummod/3 "
                 "people/people/NOUN/NNS/dobj/1 in/in/ADP/IN/prep/1 Ankara/Ankara/PROPN/NNP/pobj/4 "
                 "././PUNCT/./punct/1")
# "Police detained two Kenyan farmers ."
KENYAN = _rows("Police/police/NOUN/NNS/nsubj/1 detained/detain/VERB/VBD/ROOT/1 two/two/NUM/CD/nummod/4 "
               "Kenyan/kenyan/ADJ/JJ/amod/4 farmers/farmer/NOUN/NNS/dobj/1 ././PUNCT/./punct/1")


def _actors(doc, focus=()) -> pa.Actors:
    ents = {i: e for e in doc_ents(doc) for i in range(e.start, e.end)}
    return pa.Actors(ctx=_Ctx(doc), role_country={}, ents=ents, focus=focus)  # type: ignore[arg-type]


def test_plover_unnamed_people_are_the_country_of_the_place_else_of_the_article():
    doc = make_doc(ARRESTED, ["O"] * 5 + ["B-GPE", "O"])
    found = pu.unnamed_people(_actors(doc), doc[3], "COERCE")
    assert [(a.label, a.country) for a in found] == [("people", "TR")]
    doc = make_doc(ARRESTED[:4] + [(".", ".", "PUNCT", ".", "punct", 1)])
    assert [a.country for a in pu.unnamed_people(_actors(doc, ("GR",)), doc[3], "COERCE")] == ["GR"]
    assert pu.unnamed_people(_actors(doc), doc[3], "COERCE") == []  # no country known


def test_plover_unnamed_people_take_their_modifiers_country_and_only_for_acts_of_force_or_law():
    doc = make_doc(KENYAN)
    assert [a.country for a in pu.unnamed_people(_actors(doc, ("GR",)), doc[4], "COERCE")] == ["KE"]
    assert pu.unnamed_people(_actors(doc, ("GR",)), doc[4], "CONSULT") == []  # "met two farmers"
    assert pu.unnamed_people(_actors(doc, ("GR",)), doc[0], "COERCE") == []  # "police": no unnamed victims


@pytest.mark.slow
def test_plover_unnamed_people_arrested_are_the_country_where_it_happens(facts_of):
    facts = facts_of("Protesters marched through Lisbon on Sunday against the new budget of Prime Minister Tomas "
                     "Verde. Riot police arrested at least nine people near the parliament, officials said.")
    coerced = [(a.label, a.country) for e in facts.political_events if e.type == "COERCE" for a in e.targets]
    assert coerced == [("people", "PT")]


# "Local farmers accused the mayor in Ankara ."
RESIDENTS = _rows("Local/local/ADJ/JJ/amod/1 farmers/farmer/NOUN/NNS/nsubj/2 accused/accuse/VERB/VBD/ROOT/2 "
                  "the/the/DET/DT/det/4 mayor/mayor/NOUN/NN/dobj/2 in/in/ADP/IN/prep/2 Ankara/Ankara/PROPN/NNP/pobj/5 "
                  "././PUNCT/./punct/2")


def test_plover_unnamed_group_subject_is_the_country_where_it_acts():
    doc = make_doc(RESIDENTS, ["O"] * 6 + ["B-GPE", "O"])
    found = pu.unnamed_group(_actors(doc), doc[1], "ACCUSE")
    assert [(a.label, a.country) for a in found] == [("Local farmers", "TR")]
    assert pu.unnamed_group(_actors(doc), doc[1], "PROTEST") == []  # a protest: by the state where it happens
    assert pu.unnamed_group(_actors(doc), doc[4], "ACCUSE") == []  # the object, not the subject
    doc = make_doc(RESIDENTS[:6] + [(".", ".", "PUNCT", ".", "punct", 2)])
    assert pu.unnamed_group(_actors(doc), doc[1], "ACCUSE") == []  # no country known
    assert [a.country for a in pu.unnamed_group(_actors(doc, ("GR",)), doc[1], "ACCUSE")] == ["GR"]


@pytest.mark.slow
def test_plover_unnamed_farmers_accusing_are_their_country(facts_of):
    facts = facts_of("Floods cut the main road near the Bolivian town of Sorata on Monday. Local farmers accused "
                     "the regional governor Marco Tellado of ignoring their warnings for years.")
    accused = [(e.modality, [a.country for a in e.sources]) for e in facts.political_events if e.type == "ACCUSE"]
    assert ("asserted", ["BO"]) in accused


# "Police detained dozens in Ankara ." ("dozens": no person noun, no one the act names)
DOZENS = _rows("Police/police/NOUN/NNS/nsubj/1 detained/detain/VERB/VBD/ROOT/1 dozens/dozen/NOUN/NNS/dobj/1 "
               "in/in/ADP/IN/prep/1 Ankara/Ankara/PROPN/NNP/pobj/3 ././PUNCT/./punct/1")


def test_plover_home_patients_of_an_act_of_force_naming_no_one_are_the_country_where_it_happens():
    doc = make_doc(DOZENS, ["O"] * 4 + ["B-GPE", "O"])
    hits, _ = plover.match(doc)
    kind, _, _, sources, targets = plover._coded(_actors(doc), doc[1], hits, hits[1])
    assert kind == "COERCE" and [a.country for a in sources] == ["TR"]
    assert [(a.country, a.sector, a.rule) for a in targets] == [("TR", "CVL", "home-patients")]


def test_plover_home_patients_only_at_home_and_not_between_two_actors():
    doc = make_doc(DOZENS, ["O"] * 4 + ["B-GPE", "O"])  # in Ankara: Turkey
    police, army = Actor(label="police", country="TR"), Actor(label="army", country="TR")
    assert [a.country for a in pu.home_patients(_actors(doc), doc[1], [police], "ASSAULT")] == ["TR"]
    greek = Actor(label="police", country="GR")
    assert pu.home_patients(_actors(doc, ("GR",)), doc[1], [greek], "COERCE") == []  # abroad: whom is unsaid
    assert pu.home_patients(_actors(doc), doc[1], [Actor(label="gunmen")], "ASSAULT") == []  # of no known country
    assert pu.home_patients(_actors(doc), doc[1], [police, army], "ASSAULT") == []  # "clashed": each other
    assert [a.country for a in pu.home_patients(_actors(doc), doc[1], [police, army], "COERCE")] == ["TR"]
    doc = make_doc(DOZENS[:3] + [(".", ".", "PUNCT", ".", "punct", 1)])  # no place: the article's focus
    assert [a.country for a in pu.home_patients(_actors(doc, ("TR",)), doc[1], [police], "COERCE")] == ["TR"]
    assert pu.home_patients(_actors(doc), doc[1], [police], "COERCE") == []


def test_plover_home_patients_not_for_a_patient_already_named():
    police = Actor(label="police", country="TR")
    accused = make_doc(DOZENS[:2] + [("the", "the", "DET", "DT", "det", 3),
                                     ("accused", "accused", "NOUN", "NN", "dobj", 1), *DOZENS[3:]],
                       ["O"] * 5 + ["B-GPE", "O"])  # "Police detained the accused in Ankara ."
    assert pu.named_patient(accused[1]) and pu.home_patients(_actors(accused), accused[1], [police], "COERCE") == []
    him = make_doc(DOZENS[:2] + [("him", "he", "PRON", "PRP", "dobj", 1), *DOZENS[3:]], ["O"] * 4 + ["B-GPE", "O"])
    assert pu.named_patient(him[1])  # "Police detained him in Ankara ."
    assert not pu.named_patient(make_doc(DOZENS)[1])  # "dozens": unnamed


# "Police detained Jean Tamm , arrested in Ankara ." ("arrested" qualifies a name: the one arrested is named)
QUALIFIED = _rows("Police/police/NOUN/NNS/nsubj/1 detained/detain/VERB/VBD/ROOT/1 Jean/Jean/PROPN/NNP/compound/3 "
                  "Tamm/Tamm/PROPN/NNP/dobj/1 ,/,/PUNCT/,/punct/3 arrested/arrest/VERB/VBN/acl/3 in/in/ADP/IN/prep/5 "
                  "Ankara/Ankara/PROPN/NNP/pobj/6 ././PUNCT/./punct/1")
# "the detention of his son" / "the detention of dozens"
DETENTION = _rows("the/the/DET/DT/det/1 detention/detention/NOUN/NN/ROOT/1 of/of/ADP/IN/prep/1 "
                  "his/his/PRON/PRP$/poss/4 son/son/NOUN/NN/pobj/2")


def test_plover_home_patients_not_for_the_named_noun_a_participle_or_an_of_phrase_names():
    police = Actor(label="police", country="TR")
    doc = make_doc(QUALIFIED, ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE", "O"])
    assert pu.named_patient(doc[5]) and pu.home_patients(_actors(doc), doc[5], [police], "COERCE") == []
    unnamed = make_doc(_rows("Police/police/NOUN/NNS/nsubj/1 detained/detain/VERB/VBD/ROOT/1 "
                             "dozens/dozen/NOUN/NNS/dobj/1 ,/,/PUNCT/,/punct/2 arrested/arrest/VERB/VBN/acl/2 "
                             "in/in/ADP/IN/prep/4 Ankara/Ankara/PROPN/NNP/pobj/5 ././PUNCT/./punct/1"))
    assert not pu.named_patient(unnamed[4])  # "detained dozens, arrested in Ankara": unnamed
    doc = make_doc(DETENTION)
    assert pu.named_patient(doc[1])  # "the detention of his son"
    doc = make_doc(DETENTION[:3] + [("dozens", "dozen", "NOUN", "NNS", "pobj", 2)])
    assert not pu.named_patient(doc[1])  # "the detention of dozens"


@pytest.mark.slow
def test_plover_home_patients_not_for_a_dissident_named_before_the_participle(facts_of):
    facts = facts_of("The writer Omar Dalvani, arrested in Ankara last week, began a hunger strike on Monday, his "
                     "lawyer said.")
    assert not any("home-patients" in e.evidence.target_rules for e in facts.political_events)


@pytest.mark.slow
def test_plover_home_patients_of_arrests_and_bans_named_by_place(facts_of):
    facts = facts_of("Hundreds marched in Bishkek on Friday against the new tax law of Prime Minister Daniyar "
                     "Osmonov. Police in Bishkek detained dozens, witnesses said. Soldiers in Osh opened fire on "
                     "Saturday, officials said.")
    found = {(e.type, a.country, e.evidence.target_rules) for e in facts.political_events for a in e.targets}
    assert ("COERCE", "KG", ("home-patients",)) in found
    assert not any(kind == "ASSAULT" for kind, _, _ in found)  # an attack may be on an enemy: no one said


# "Police fired tear gas in Ankara ."
TEAR_GAS = _rows("Police/police/NOUN/NNS/nsubj/1 fired/fire/VERB/VBD/ROOT/1 tear/tear/NOUN/NN/compound/3 "
                 "gas/gas/NOUN/NN/dobj/1 in/in/ADP/IN/prep/1 Ankara/Ankara/PROPN/NNP/pobj/4 ././PUNCT/./punct/1")


def test_plover_crowd_target_of_an_act_of_crowd_control_naming_no_one_is_the_protesters_where_it_happens():
    doc = make_doc(TEAR_GAS, ["O"] * 5 + ["B-GPE", "O"])
    police = Actor(label="Police", country="TR")
    found = pu.crowd_target(_actors(doc), doc[1], [police], "crowd-control")
    assert [(a.label, a.country) for a in found] == [("protesters", "TR")]
    assert pu.crowd_target(_actors(doc), doc[1], [police], None) == []  # no crowd-control mode
    assert pu.crowd_target(_actors(doc), doc[1], [police], "aerial") == []
    crowd = Actor(label="protesters", country="TR")
    assert pu.crowd_target(_actors(doc), doc[1], [crowd], "crowd-control") == []  # the protesters' own act
    doc = make_doc(TEAR_GAS[:4] + [(".", ".", "PUNCT", ".", "punct", 1)])  # no place: the article's focus
    assert [a.country for a in pu.crowd_target(_actors(doc, ("GR",)), doc[1], [police], "crowd-control")] == ["GR"]
    assert pu.crowd_target(_actors(doc), doc[1], [police], "crowd-control") == []  # no country known


@pytest.mark.slow
def test_plover_crowd_target_of_tear_gas_fired_is_the_protesters(facts_of):
    facts = facts_of("Thousands of people marched through Lisbon on Saturday against the new labour law of Prime "
                     "Minister Tomas Verde. Police fired tear gas near the parliament building, witnesses said.")
    found = [(a.label, a.country, e.evidence.target_rules) for e in facts.political_events if e.type == "ASSAULT"
             for a in e.targets]
    assert found == [("protesters", "PT", ("crowd",))]

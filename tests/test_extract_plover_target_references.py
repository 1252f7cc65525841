"""Targets the event's own words leave to what they refer to: the target an act noun refers back to
(:mod:`kg.extract.plover_backref`: "Chile imposed sanctions. Peru rejected the measures" is aimed at Chile), the
owner of a subject that draws or meets with criticism (``subject-target`` in :mod:`kg.extract.plover_roles`) and the
actor after "against" of a protest pattern that names no target prepositions (``protest-preps``). Model-free tests on
hand-built Docs and events, and (slow) sentences written for these tests, with near misses."""

from __future__ import annotations

import pytest
from test_extract_plover import coded, make_doc
from test_extract_plover_sources import _rows

from kg.extract.plover_backref import back_nouns, referred_back, referring_nouns
from kg.model import Actor, Evidence, PoliticalEventFact

# "Chile imposed sanctions . Peru rejected the measures ."
TWO = _rows("Chile/Chile/PROPN/NNP/nsubj/1 imposed/impose/VERB/VBD/ROOT/1 sanctions/sanction/NOUN/NNS/dobj/1 "
            "././PUNCT/./punct/1 Peru/Peru/PROPN/NNP/nsubj/5 rejected/reject/VERB/VBD/ROOT/5 the/the/DET/DT/det/7 "
            "measures/measure/NOUN/NNS/dobj/5 ././PUNCT/./punct/5")
CHILE, PERU, BOLIVIA = Actor("Chile", "CL"), Actor("Peru", "PE"), Actor("Bolivia", "BO", rule="focus")


def _doc(rows):
    doc = make_doc(rows)  # two roots: two sentences
    assert len(list(doc.sents)) == 2
    return doc


def _fact(doc, i, kind, sources, targets=()):
    tok = doc[i]
    return PoliticalEventFact(f"p{i}", kind, tuple(sources), tuple(targets), "asserted",
                              Evidence("t", tok.sent.text, tok.sent.start_char, tok.idx, tok.idx + len(tok), "x"))


def _swap(rows, i, word, lemma, pos="NOUN", tag="NNS"):
    return [(word, lemma, pos, tag, r[4], r[5]) if n == i else r for n, r in enumerate(rows)]


def test_plover_backref_nouns_name_the_types_they_refer_back_to():
    assert "SANCTION" in back_nouns()["measure"] and "ASSAULT" in back_nouns()["operation"]
    assert "ASSAULT" not in back_nouns()["proposal"]


def test_plover_backref_referring_nouns_definite_without_owner():
    doc = _doc(TWO)
    assert [t.text for t in referring_nouns(doc[5])] == ["measures"]
    assert referring_nouns(doc[1]) == []  # "imposed sanctions": no determiner, a new act
    new = _doc(_swap(TWO, 6, "new", "new", "ADJ", "JJ"))
    assert referring_nouns(new[5]) == []  # "rejected new measures"
    owned = _doc(_swap(TWO, 6, "its", "its", "PRON", "PRP$"))
    assert referring_nouns(owned[5]) == []  # "its measures": an owner, no "the"
    other = _doc(_swap(TWO, 7, "talks", "talk"))
    assert referring_nouns(other[5]) == []  # no act noun


def test_plover_backref_target_is_the_earlier_acts_actor():
    doc = _doc(TWO)
    facts = [_fact(doc, 1, "SANCTION", [CHILE]), _fact(doc, 5, "REJECT", [PERU], [BOLIVIA])]
    out = referred_back(doc, facts)
    assert [(a.label, a.rule) for a in out[1].targets] == [("Chile", "back-reference")]
    assert out[0] == facts[0]


def test_plover_backref_near_misses_keep_their_targets():
    doc = _doc(TWO)
    named = [_fact(doc, 1, "SANCTION", [CHILE]), _fact(doc, 5, "REJECT", [PERU], [Actor("Bolivia", "BO")])]
    assert referred_back(doc, named) == named  # a target the sentence names stays
    own = [_fact(doc, 1, "SANCTION", [PERU]), _fact(doc, 5, "SUPPORT", [PERU], [BOLIVIA])]
    assert referred_back(doc, own) == own  # "Peru imposed sanctions. Peru defended the measures": its own act
    talks = [_fact(doc, 1, "CONSULT", [CHILE]), _fact(doc, 5, "REJECT", [PERU], [BOLIVIA])]
    assert referred_back(doc, talks) == talks  # no act the noun can name
    again = _doc(_swap(TWO, 5, "extended", "extend", "VERB", "VBD"))
    renewed = [_fact(again, 1, "SANCTION", [CHILE]), _fact(again, 5, "REJECT", [PERU], [BOLIVIA])]
    assert referred_back(again, renewed) == renewed  # a light verb: the act itself again


REFERRED = [
    ("The Economic Community of West African States imposed sanctions on Niger on Sunday. General Abdourahamane "
     "Tiani rejected the measures in a televised address.", "REJECT", "ECOWAS"),
    ("Saudi warplanes struck Houthi positions around Sanaa overnight. Arab League Secretary-General Nabil Elaraby "
     "backed the operation on Thursday.", "SUPPORT", "SA"),
    ("Iran proposed a ceasefire in the region on Monday. The Saudi foreign minister rejected the proposal.",
     "REJECT", "IR"),
    ("The Kremlin offered a three-day truce on Sunday. Ukrainian President Volodymyr Zelensky dismissed the offer "
     "as a trick.", "REJECT", "RU"),
    ("Thailand said it would impose new sanctions. Cambodia welcomed the decision.", "SUPPORT", "TH"),
    ("Belarus detained two Lithuanian journalists last week. Lithuania objected to the detentions.",
     "REJECT", "BY"),
    ("The junta in Mali expelled the French ambassador on Monday. Paris called the decision unacceptable. France "
     "rejected the decision on Tuesday.", "REJECT", "ML"),
    ("Russia's invasion of Ukraine began in February. Japan condemned the invasion.", "ACCUSE", "RU"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "target"), REFERRED)
def test_plover_backref_table(facts_of, text, kind, target):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert found and target in found[-1][2], coded(facts_of(text))


NOT_REFERRED = [  # (text, type, target the response keeps or None for none)
    ("The European Union imposed sanctions on Belarus in June. The EU extended the sanctions on Monday.",
     "SANCTION", "BY"),  # the same act again
    ("China imposed tariffs on Australian wine. China defended the measures on Monday.", "SUPPORT", "AU"),  # own
    ("Trudeau accused India of the killing on Monday. Trudeau made the accusation in parliament.", "ACCUSE", "IN"),
    ("Chile imposed sanctions on Peru. Peru rejected new measures proposed by Bolivia.", "REJECT", "BO"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "target"), NOT_REFERRED)
def test_plover_backref_near_miss_table(facts_of, text, kind, target):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert found and found[-1][2] == {target}, coded(facts_of(text))


UNDERGONE = [  # the owner of the subject that draws or meets with criticism is its target (rule subject-target)
    ("Colombian senator Gustavo Petro's proposal to halt oil exploration has met with criticism from business "
     "groups.", "Gustavo Petro"),
    ("Germany's plan to cut aid has drawn sharp criticism from Kenya.", "DE"),
    ("The European Union's decision met with condemnation from Russia.", "EU"),
    ("Prime Minister Scott Morrison faced criticism from Pacific leaders over coal.", "Scott Morrison"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target"), UNDERGONE)
def test_plover_roles_subject_target_owner_table(facts_of, text, target):
    found = [c for c in coded(facts_of(text)) if c[0] == "ACCUSE"]
    assert found and target in found[0][2], coded(facts_of(text))


@pytest.mark.slow
def test_plover_roles_subject_target_near_misses(facts_of):
    found = [c for c in coded(facts_of("The plan has drawn criticism from Germany and France.")) if c[0] == "ACCUSE"]
    assert found and found[0][2] == set()  # no owner: no one named
    found = [c for c in coded(facts_of("Kenya met with President William Ruto to discuss criticism of the plan."))
             if c[0] == "ACCUSE"]
    assert not any("Kenya" in c[2] for c in found)  # "with" a person, no act noun: not undergone


PROTESTED = [  # a protest pattern that names no target prepositions: the actor after "against" (protest-preps)
    ("Russian President Vladimir Putin arrived in Geneva on Wednesday. Outside the security zone, several dozen "
     "Ukrainian activists held a demonstration against the Russian president.", "Vladimir Putin"),
    ("Hundreds of Armenians held a demonstration against Azerbaijan outside the parliament in Yerevan.", "AZ"),
    ("Opposition supporters staged a rally against President Yoweri Museveni in Kampala on Saturday.",
     "Yoweri Museveni"),
    ("Thousands of farmers held a demonstration against the new land law in Nairobi.", "KE"),  # no actor: home
    ("Protesters held a demonstration in Lima on Monday.", "PE"),  # none named: home
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target"), PROTESTED)
def test_plover_protest_preps_table(facts_of, text, target):
    found = [c for c in coded(facts_of(text)) if c[0] == "PROTEST"]
    assert found and found[0][2] == {target}, coded(facts_of(text))


TITLED = [  # a title the parser made the object's head stands for the name after it (plover_actors.actors_at)
    ("Senator Marco Rubio, a Florida Republican whose parents left Cuba in the 1950s, accused President Barack "
     "Obama of rewarding a dictatorship.", "Barack Obama"),
    ("Opposition leader Raila Odinga, who lost the 2007 vote by a narrow margin, accused President Mwai Kibaki of "
     "stealing the election.", "Mwai Kibaki"),
    ("The senator accused President Joe Biden of weakness.", "Joe Biden"),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "target"), TITLED)
def test_plover_actors_title_head_stands_for_its_name_table(facts_of, text, target):
    found = [c for c in coded(facts_of(text)) if c[0] == "ACCUSE"]
    assert found and found[0][2] == {target}, coded(facts_of(text))

"""PLOVER targets left unsaid by a trigger's own phrase (:mod:`kg.extract.plover_targets`): model-free tests on
hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover, plover_focus as focus, plover_targets as pt
from kg.extract import plover_audience as pl_audience
from kg.extract import plover_appraisal, plover_roles
from kg.extract.plover_place import place_heads
from kg.model import Actor, Person

from test_extract_plover import coded, make_doc
from test_extract_plover_sources import _rows

# "Peru promised to expand ties with Brazil ."
PROMISE = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("promised", "promise", "VERB", "VBD", "ROOT", 1),
           ("to", "to", "PART", "TO", "aux", 3), ("expand", "expand", "VERB", "VB", "xcomp", 1),
           ("ties", "tie", "NOUN", "NNS", "dobj", 3), ("with", "with", "ADP", "IN", "prep", 4),
           ("Brazil", "Brazil", "PROPN", "NNP", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 1)]
# "Chile demanded that Bolivia withdraw ."
DEMAND = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("demanded", "demand", "VERB", "VBD", "ROOT", 1),
          ("that", "that", "SCONJ", "IN", "mark", 4), ("Bolivia", "Bolivia", "PROPN", "NNP", "nsubj", 4),
          ("withdraw", "withdraw", "VERB", "VB", "ccomp", 1), (".", ".", "PUNCT", ".", "punct", 1)]
# "Russia 's war of aggression against Ukraine ."
WAR = [("Russia", "Russia", "PROPN", "NNP", "poss", 2), ("'s", "'s", "PART", "POS", "case", 0),
       ("war", "war", "NOUN", "NN", "ROOT", 2), ("of", "of", "ADP", "IN", "prep", 2),
       ("aggression", "aggression", "NOUN", "NN", "pobj", 3), ("against", "against", "ADP", "IN", "prep", 4),
       ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 2)]
# "Canada sent aid to Ukraine and condemned Russian aggression ."
AID_AND_AGGRESSION = [
    ("Canada", "Canada", "PROPN", "NNP", "nsubj", 1), ("sent", "send", "VERB", "VBD", "ROOT", 1),
    ("aid", "aid", "NOUN", "NN", "dobj", 1), ("to", "to", "ADP", "IN", "prep", 1),
    ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 3), ("and", "and", "CCONJ", "CC", "cc", 1),
    ("condemned", "condemn", "VERB", "VBD", "conj", 1), ("Russian", "russian", "ADJ", "JJ", "amod", 8),
    ("aggression", "aggression", "NOUN", "NN", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 1)]
AID_AND_AGGRESSION_ENTS = ["B-GPE", "O", "O", "O", "B-GPE", "O", "O", "B-NORP", "O", "O"]


def test_plover_targets_intent_reaches_the_act_it_governs():
    doc = make_doc(PROMISE)
    hits, _ = plover.match(doc)
    assert hits[1].pattern.get("inner_targets")
    inner = pt.inner_hits(doc[1], hits)
    assert [n.i for n, _ in inner] == [3]  # "expand ... ties with": whose target the promise shares
    assert pt.inner_hits(doc[3], hits) == []  # nothing below the inner act


def test_plover_targets_request_is_addressed_to_the_subject_of_its_clause():
    doc = make_doc(DEMAND)
    hits, _ = plover.match(doc)
    assert hits[1].pattern.get("clause_target")
    assert pt.clause_subject(doc[1]).text == "Bolivia"
    assert pt.clause_subject(doc[4]) is None  # a clause with no clause below it


def test_plover_targets_war_reaches_the_target_of_its_complement():
    doc = make_doc(WAR)
    hits, _ = plover.match(doc)
    preps = tuple(hits[2].pattern.get("target_through"))
    assert [t.text for t in pt.through_heads(doc[2], preps)] == ["aggression"]
    assert [t.text for t in plover_roles.prep_objects(doc[2], hits[2])] == ["Ukraine"]


def test_plover_targets_sentence_countries_skip_subjects_and_the_actor():
    doc = make_doc(AID_AND_AGGRESSION, ents=AID_AND_AGGRESSION_ENTS)
    assert pt.sentence_countries(doc[8], {"RU"}) == ["UA"]  # Canada is the subject, Russia the actor
    assert pt.sentence_countries(doc[8], {"RU", "UA"}) == []



# "Ferrer 's visit to Athens ended ."
VISIT = _rows("Ferrer/Ferrer/PROPN/NNP/poss/2 's/'s/PART/POS/case/0 visit/visit/NOUN/NN/nsubj/5 to/to/ADP/IN/prep/2 "
              "Athens/Athens/PROPN/NNP/pobj/3 ended/end/VERB/VBD/ROOT/5 ././PUNCT/./punct/5")


def test_plover_targets_visit_noun_is_received_by_the_place_it_goes_to():
    doc = make_doc(VISIT, ents=["B-PERSON", "O", "O", "O", "B-GPE", "O", "O"])
    hits, _ = plover.match(doc)
    assert hits[2].pattern.id == "ph-consult-visit-noun" and hits[2].pattern.get("mode") == "visit"
    assert [t.text for t in plover_roles.prep_objects(doc[2], hits[2])] == ["Athens"]  # the host: the place's country


# "Peru met the judges and urged them ." / "... urged the sanctions and lifted them ."
URGED_THEM = _rows("Peru/Peru/PROPN/NNP/nsubj/1 met/meet/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
                   "judges/judge/NOUN/NNS/dobj/1 and/and/CCONJ/CC/cc/1 urged/urge/VERB/VBD/conj/1 "
                   "them/they/PRON/PRP/dobj/5 ././PUNCT/./punct/1")


def test_plover_targets_object_them_stands_for_the_plural_actor_before_it():
    doc = make_doc(URGED_THEM, ents=["B-GPE"] + ["O"] * 7)
    assert [a.label for a in pt.object_antecedent(_actors(doc), doc[6])] == ["judges"]  # not Peru, the subject
    assert [a.label for a in pt.target_actors(_actors(doc), doc[6])] == ["judges"]
    things = make_doc(URGED_THEM[:3] + [("rules", "rule", "NOUN", "NNS", "dobj", 1)] + URGED_THEM[4:],
                      ents=["B-GPE"] + ["O"] * 7)
    assert pt.object_antecedent(_actors(things), things[6]) == []  # "the rules … them": no actor
    assert pt.object_antecedent(_actors(doc), doc[3]) == []  # not an object pronoun


# "Peru questioned the ethics of physicians ."
ETHICS = _rows("Peru/Peru/PROPN/NNP/nsubj/1 questioned/question/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
               "ethics/ethic/NOUN/NNS/dobj/1 of/of/ADP/IN/prep/3 physicians/physician/NOUN/NNS/pobj/4 "
               "././PUNCT/./punct/1")


def test_plover_targets_conduct_is_owned_by_its_of_phrase():
    doc = make_doc(ETHICS, ents=["B-GPE"] + ["O"] * 6)
    assert [a.label for a in pt.owner_actors(_actors(doc), doc[3])] == ["physicians"]  # plover-authored-nouns


@pytest.mark.slow
def test_plover_targets_questioned_conduct_addresses_its_owner(facts_of):
    facts = facts_of("The Peruvian health minister questioned the ethics of physicians who support the plan.")
    found = [[a.label for a in e.targets] for e in facts.political_events if e.type == "ACCUSE"]
    assert found == [["physicians"]], found  # not the minister's own state


# "Rebels attacked an outpost of the Peruvian army ." / "Peru froze the assets of Chile ."
OUTPOST = _rows("Rebels/rebel/NOUN/NNS/nsubj/1 attacked/attack/VERB/VBD/ROOT/1 an/an/DET/DT/det/3 "
                "outpost/outpost/NOUN/NN/dobj/1 of/of/ADP/IN/prep/3 the/the/DET/DT/det/7 "
                "Peruvian/peruvian/ADJ/JJ/amod/7 army/army/NOUN/NN/pobj/4 ././PUNCT/./punct/1")
ASSETS = _rows("Peru/Peru/PROPN/NNP/nsubj/1 froze/freeze/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
               "assets/asset/NOUN/NNS/dobj/1 of/of/ADP/IN/prep/3 smugglers/smuggler/NOUN/NNS/pobj/4 "
               "././PUNCT/./punct/1")


def test_plover_targets_possession_is_owned_by_its_of_phrase():
    doc = make_doc(OUTPOST, ents=["O"] * 6 + ["B-NORP", "O", "O"])
    assert [a.country for a in pt.owner_actors(_actors(doc), doc[3])] == ["PE"]  # plover-owned-nouns
    doc = make_doc(ASSETS, ents=["B-GPE"] + ["O"] * 6)
    assert [a.label for a in pt.owner_actors(_actors(doc), doc[3])] == ["smugglers"]
    ties = make_doc(ASSETS[:3] + [("ties", "tie", "NOUN", "NNS", "dobj", 1)] + ASSETS[4:], ents=["B-GPE"] + ["O"] * 6)
    assert pt.owner_actors(_actors(ties), ties[3]) == []  # "froze the ties of smugglers": no possession


# "Rebels attacked the town of Kalvora ."
TOWN_OF = _rows("Rebels/rebel/NOUN/NNS/nsubj/1 attacked/attack/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
                "town/town/NOUN/NN/dobj/1 of/of/ADP/IN/prep/3 Kalvora/Kalvora/PROPN/NNP/pobj/4 ././PUNCT/./punct/1")


def test_plover_targets_force_against_a_place_noun_reaches_the_place_it_names():
    doc = make_doc(TOWN_OF, ents=["O"] * 5 + ["B-GPE", "O"])
    assert [a.label for a in pt.unknown_names(_actors(doc), doc[3], "ASSAULT")] == ["Kalvora"]  # plover-place-heads
    assert pt.unknown_names(_actors(doc), doc[3], "ACCUSE") == []  # a place is a target of force only


# "Zarovia continued its offensive in the Kalvor valley against rebels ."
IN_PLACE = _rows("Zarovia/Zarovia/PROPN/NNP/nsubj/1 continued/continue/VERB/VBD/ROOT/1 its/its/PRON/PRP$/poss/3 "
                 "offensive/offensive/NOUN/NN/dobj/1 in/in/ADP/IN/prep/1 the/the/DET/DT/det/7 "
                 "Kalvor/Kalvor/PROPN/NNP/compound/7 valley/valley/NOUN/NN/pobj/4 against/against/ADP/IN/prep/7 "
                 "rebels/rebel/NOUN/NNS/pobj/8 ././PUNCT/./punct/1")


def test_plover_targets_place_an_act_happens_in_carries_its_target_phrase():
    doc = make_doc(IN_PLACE, ents=["B-GPE"] + ["O"] * 5 + ["B-LOC"] + ["O"] * 4)
    assert place_heads([doc[1], doc[3]]) == [doc[7]]  # plover-act-place-preps: "in the Kalvor valley"
    assert place_heads([doc[1]]) == [doc[7]]
    assert place_heads([doc[7]]) == []  # "against rebels": no place preposition
    plain = make_doc(IN_PLACE)  # "in the Kalvor valley" not known as a place: nothing carried
    assert place_heads([plain[1]]) == []


# "Police broke up an anti - Vitti protest ."
OPPOSED = _rows("Police/police/NOUN/NNS/nsubj/1 broke/break/VERB/VBD/ROOT/1 up/up/ADP/RP/prt/1 an/an/DET/DT/det/7 "
                "anti/anti/ADJ/JJ/amod/7 -/-/PUNCT/HYPH/punct/7 Vitti/Vitti/PROPN/NNP/amod/7 "
                "protest/protest/NOUN/NN/dobj/1 ././PUNCT/./punct/1")


def _described(rows_before: str, head: int) -> list[tuple]:
    """ "Peru described <rows_before> as positive .": the object's head at ``head``."""
    return _rows(f"Peru/Peru/PROPN/NNP/nsubj/1 described/describe/VERB/VBD/ROOT/1 {rows_before} "
                 f"as/as/ADP/IN/prep/1 positive/positive/ADJ/JJ/amod/{head + 1} ././PUNCT/./punct/1")


def test_plover_targets_appraised_meeting_is_no_one_supported():
    doc = make_doc(_described("the/the/DET/DT/det/3 talks/talk/NOUN/NNS/dobj/1", 3))
    assert plover_appraisal.appraises_meeting(doc[5])  # "described the talks as positive": no actor appraised
    doc = make_doc(_described("the/the/DET/DT/det/3 deal/deal/NOUN/NN/dobj/1", 3))
    assert not plover_appraisal.appraises_meeting(doc[5])  # a deal praised supports its parties
    doc = make_doc(_described("Chile/Chile/PROPN/NNP/poss/4 's/'s/PART/POS/case/2 talks/talk/NOUN/NNS/dobj/1", 4))
    assert not plover_appraisal.appraises_meeting(doc[6])  # "Chile's talks": Chile is appraised


def test_plover_targets_anti_modifier_names_the_target_not_the_actor():
    doc = make_doc(OPPOSED)
    assert [t.text for t in pt.opposed_words(doc[7])] == ["anti", "-", "Vitti"]
    hits, _ = plover.match(doc)
    sources, targets = plover.roles_of(_actors(doc), doc[7], hits[7])
    assert sources == [] and [a.label for a in targets] == ["Vitti"]  # not a protest by "anti-Vitti"
    led = make_doc(OPPOSED[:4] + [("Chilean", "Chilean", "ADJ", "JJ", "amod", 7)] + OPPOSED[5:])
    assert pt.opposed_words(led[7]) == []  # "a Chilean - Vitti protest": no "anti", nothing opposed
@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("Peru has promised to expand trade ties with Brazil.", "AGREE", {"PE"}, {"BR"}, "asserted"),
    ("Kenya and Tanzania reaffirmed their resolve to keep supporting Somalia.", "AGREE", {"KE", "TZ"}, {"SO"},
     "asserted"),
    ("Japan announced $40 million to support Vietnam.", "AID", {"JP"}, {"VN"}, "asserted"),
    ("Chile expressed a willingness to hold talks with Bolivia.", "CONSULT", {"CL"}, {"BO"}, "future"),
    ("The ministers condemned Russia's brutal war of aggression against Ukraine.", "ASSAULT", {"RU"}, {"UA"},
     "asserted"),
    ("The two leaders discussed aid to Ukraine and condemned Russia's aggression.", "ASSAULT", {"RU"}, {"UA"},
     "asserted"),
    ("Colombia demanded that Venezuela close the border.", "REQUEST", {"CO"}, {"VE"}, "asserted"),
    ("The United Nations demanded the release of aid workers detained by Ethiopia.", "REQUEST", {"UN"}, {"ET"},
     "asserted"),
    ("Israel said that Hamas routinely seizes aid. The United Nations denied that assertion.", "REJECT", {"UN"},
     {"IL"}, "asserted"),
    ("An anti-American rally was held in Caracas on Sunday.", "PROTEST", {"VE"}, {"US"}, "asserted"),
    ("Police broke up an anti-Vitti protest in Rome on Sunday.", "PROTEST", {"IT"}, {"Vitti"}, "asserted"),
    ("Peru said the new trade deal with Chile was historic.", "SUPPORT", {"PE"}, {"CL"}, "asserted"),
    ("Bolivia praised the statement of Chilean President Ana Ferrer.", "SUPPORT", {"BO"}, {"Ana Ferrer"},
     "asserted"),
    ("The Chilean foreign minister told reporters that Bolivia must withdraw its troops.", "REQUEST", {"CL"},
     {"BO"}, "asserted"),
    ("Jets flew over the islands during President Ana Ferrer's visit to Athens last month.", "CONSULT",
     {"Ana Ferrer"}, {"GR"}, "asserted"),
    ("Carlos Mendoza and Maria Lopez were arrested in Lima on Monday. Police had warned them about crossing the "
     "border.", "THREATEN", {"PE"}, {"Carlos Mendoza", "Maria Lopez"}, "asserted"),
    ("Government forces launched an offensive against the city of Barvenko.", "ASSAULT", {"Government forces"},
     {"Barvenko"}, "asserted"),
    ("In mid-May, President Ana Ferrer of Chile commuted the prison sentence of senator Tomas Varga.", "CONCEDE",
     {"Ana Ferrer"}, {"Tomas Varga"}, "asserted"),
    ("The prison sentence of senator Tomas Varga was commuted by Chilean President Ana Ferrer.", "CONCEDE",
     {"Ana Ferrer"}, {"Tomas Varga"}, "asserted"),
    ("Bolivian troops attacked an outpost of the Peruvian army near the border.", "ASSAULT", {"BO"}, {"PE"},
     "asserted"),
])
def test_plover_targets_table(facts_of, text, kind, sources, targets, modality):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert (kind, sources, targets, modality) in found, coded(facts_of(text))


@pytest.mark.slow
def test_plover_targets_talks_described_as_positive_support_no_one(facts_of):
    found = coded(facts_of("Peru's ambassador to Chile described the talks as positive."))
    assert [c for c in found if c[0] in ("SUPPORT", "ACCUSE")] == []


# "Germany welcomed Poland 's call ." / "Germany welcomed Chancellor Weber ."
WELCOME = [("Germany", "Germany", "PROPN", "NNP", "nsubj", 1), ("welcomed", "welcome", "VERB", "VBD", "ROOT", 1),
           ("Poland", "Poland", "PROPN", "NNP", "poss", 4), ("'s", "'s", "PART", "POS", "case", 2),
           ("call", "call", "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
GUEST = [("Germany", "Germany", "PROPN", "NNP", "nsubj", 1), ("welcomed", "welcome", "VERB", "VBD", "ROOT", 1),
         ("Chancellor", "Chancellor", "PROPN", "NNP", "compound", 3), ("Weber", "Weber", "PROPN", "NNP", "dobj", 1),
         (".", ".", "PUNCT", ".", "punct", 1)]
# "Spain said that Morocco must act ." / "Spain said we must act ."
MUST = [("Spain", "Spain", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
        ("that", "that", "SCONJ", "IN", "mark", 5), ("Morocco", "Morocco", "PROPN", "NNP", "nsubj", 5),
        ("must", "must", "AUX", "MD", "aux", 5), ("act", "act", "VERB", "VB", "ccomp", 1),
        (".", ".", "PUNCT", ".", "punct", 1)]
# "Israel held Lebanon responsible ."
HELD = [("Israel", "Israel", "PROPN", "NNP", "nsubj", 1), ("held", "hold", "VERB", "VBD", "ROOT", 1),
        ("Lebanon", "Lebanon", "PROPN", "NNP", "dobj", 1), ("responsible", "responsible", "ADJ", "JJ", "advcl", 1),
        (".", ".", "PUNCT", ".", "punct", 1)]
# "Canada labelled the group a terrorist organization ."
LABEL = [("Canada", "Canada", "PROPN", "NNP", "nsubj", 1), ("labelled", "label", "VERB", "VBD", "ROOT", 1),
         ("the", "the", "DET", "DT", "det", 3), ("group", "group", "NOUN", "NN", "dobj", 1),
         ("a", "a", "DET", "DT", "det", 6), ("terrorist", "terrorist", "ADJ", "JJ", "amod", 6),
         ("organization", "organization", "NOUN", "NN", "appos", 3), (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_targets_welcomed_act_is_support_a_welcomed_guest_is_not():
    hits, _ = plover.match(make_doc(WELCOME))
    assert hits[1].pattern.id == "ph-support-welcome" and hits[1].pattern.get("object_target")
    hits, _ = plover.match(make_doc(GUEST))
    assert 1 not in hits or hits[1].pattern.get("plover") != "SUPPORT"


def test_plover_targets_demand_said_of_another_needs_its_subject():
    doc = make_doc(MUST)
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-request-should" and hits[1].pattern.get("target_required")
    assert pt.clause_subject(doc[1]).text == "Morocco"
    rows = MUST[:2] + [("we", "we", "PRON", "PRP", "nsubj", 4), ("must", "must", "AUX", "MD", "aux", 4),
                       ("act", "act", "VERB", "VB", "ccomp", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(rows)
    assert plover.match(doc)[0][1].pattern.id == "ph-request-should" and pt.clause_subject(doc[1]) is None


def test_plover_targets_blame_and_branding_are_accusations_of_an_actor():
    hits, _ = plover.match(make_doc(HELD))
    assert hits[1].pattern.id == "ph-accuse-hold-responsible" and hits[1].pattern.get("target_required")
    hits, _ = plover.match(make_doc(LABEL))
    assert hits[1].pattern.id == "ph-accuse-label" and hits[1].pattern.get("evaluative")


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("Germany welcomed Poland's call for new talks.", "SUPPORT", {"DE"}, {"PL"}, "asserted"),
    ("Brazil welcomed the agreement between Peru and Chile.", "SUPPORT", {"BR"}, {"PE", "CL"}, "asserted"),
    ("Spain said that Morocco must release the fishermen.", "REQUEST", {"ES"}, {"MA"}, "asserted"),
    ("Greece held Turkey directly responsible for the incident.", "ACCUSE", {"GR"}, {"TR"}, "asserted"),
    ("Canada and Australia have labelled Hezbollah a terrorist organization.", "ACCUSE", {"CA", "AU"},
     {"HEZBOLLAH"}, "asserted"),
])
def test_plover_speech_acts_table(facts_of, text, kind, sources, targets, modality):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert (kind, sources, targets, modality) in found, coded(facts_of(text))


@pytest.mark.slow
def test_plover_speech_acts_without_another_actor_are_no_event(facts_of):
    assert all(e.type != "REQUEST" for e in facts_of("Spain said it must act quickly.").political_events)
    text = "The leaders vowed to hold those responsible for the attack accountable."
    assert all(e.type != "ACCUSE" for e in facts_of(text).political_events)


# "The opposition leader , Romano Vitti , said it ."
APPOS_SUBJECT = [("The", "the", "DET", "DT", "det", 2), ("opposition", "opposition", "NOUN", "NN", "compound", 2),
                 ("leader", "leader", "NOUN", "NN", "nsubj", 8), (",", ",", "PUNCT", ",", "punct", 2),
                 ("Romano", "Romano", "PROPN", "NNP", "compound", 5), ("Vitti", "Vitti", "PROPN", "NNP", "appos", 2),
                 (",", ",", "PUNCT", ",", "punct", 2), ("it", "it", "PRON", "PRP", "dobj", 8),
                 ("said", "say", "VERB", "VBD", "ROOT", 8), (".", ".", "PUNCT", ".", "punct", 8)]


def test_plover_pronoun_antecedent_is_the_subject_named_in_apposition():
    from kg.extract.mentions import named_mentions

    doc = make_doc(APPOS_SUBJECT, ents=["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    found = [m for m in named_mentions(doc) if m.name == "Romano Vitti"]
    assert found and found[0].subject  # "He called for elections" next is Vitti, not a name before him


def test_plover_protest_at_a_foreign_mission_is_against_its_country():
    # "Protesters rallied outside the Chinese <embassy / parliament> ."
    def rallied(noun: str) -> list[tuple]:
        return [("Protesters", "protester", "NOUN", "NNS", "nsubj", 1), ("rallied", "rally", "VERB", "VBD", "ROOT", 1),
                ("outside", "outside", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 5),
                ("Chinese", "Chinese", "ADJ", "JJ", "amod", 5), (noun, noun, "NOUN", "NN", "pobj", 2),
                (".", ".", "PUNCT", ".", "punct", 1)]
    ents = ["O", "O", "O", "O", "B-NORP", "O", "O"]
    doc = make_doc(rallied("embassy"), ents)
    assert [a.country for a in pt.venue_target(_actors(doc), doc[1], [])] == ["CN"]
    doc = make_doc(rallied("parliament"), ents)
    assert pt.venue_target(_actors(doc), doc[1], []) == []


def test_plover_collective_actor_of_a_person_is_of_his_country():
    from types import SimpleNamespace

    from kg.extract import plover_actors

    class OnePerson:  # "Ruiz" holds a role of Chile
        def persons_at(self, tok):
            return [0] if tok.text == "Ruiz" else []

        def person(self, e):
            return SimpleNamespace(key="ruiz")

    def peru_criticized(noun: str) -> list[tuple]:
        """ "Peru criticized the Ruiz <noun> ." """
        return [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("criticized", "criticize", "VERB", "VBD", "ROOT", 1),
                ("the", "the", "DET", "DT", "det", 4), ("Ruiz", "Ruiz", "PROPN", "NNP", "compound", 4),
                (noun, noun, "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    ac = plover_actors.Actors(ctx=OnePerson(), role_country={"ruiz": "CL"}, ents={})  # type: ignore[arg-type]
    assert plover_actors.modifier_polities(ac, make_doc(peru_criticized("government"))[4]) == ["CL"]
    assert plover_actors.modifier_polities(ac, make_doc(peru_criticized("plan"))[4]) == []  # no collective actor


def test_plover_place_country_of_a_us_state_and_a_city():
    from kg.extract.plover_actors import place_country

    assert (place_country("Texas"), place_country("Minsk"), place_country("Georgia")) == ("US", "BY", "GE")
    assert place_country("Atlantis") is None
    assert (place_country("the West Bank"), place_country("Gaza"), place_country("the Gaza Strip")) == ("PS",) * 3


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets", [
    ("Israel sealed the crossings on Sunday. The government in the West Bank condemned the closure of the "
     "crossings.", "ACCUSE", {"PS"}, {"IL"}),
    ("Hundreds of protesters rallied in front of the Chinese embassy in Manila on Sunday.", "PROTEST", {"PH"}, {"CN"}),
    ("President Marta Ruiz of Chile spoke in Lima on Monday. Peru criticized the Ruiz government.", "ACCUSE", {"PE"},
     {"Marta Ruiz", "CL"}),  # plover-leader-bodies: the leader and her government
    ("Prime Minister Carlo Neri of Italy met reporters on Monday. The opposition leader, Marta Bellini, said the "
     "tax plan had failed. She demanded a new vote.", "REQUEST", {"Marta Bellini"}, {"IT"}),
    ("Governor Tom Reed of Texas was indicted on fraud charges.", "ACCUSE", {"US"}, {"Tom Reed"}),
    ("Israel continued its offensive in the West Bank city of Jenin against Hamas on Monday.", "ASSAULT", {"IL"},
     {"Hamas"}),  # plover-act-place-preps: "against Hamas" hangs from the place
    ("The Green Action group will hold a march near the trade summit. Its members want a peaceful day. \"People in "
     "Toronto oppose the summit,\" spokesman Tim Ross said. Ross accused the police of provoking violence.", "ACCUSE",
     {"Tim Ross"}, {"CA"}),
])
def test_plover_sources_and_places_table(facts_of, text, kind, sources, targets):
    assert (kind, sources, targets, "asserted") in coded(facts_of(text)), coded(facts_of(text))


# "Opposition leader Petrov jailed in Minsk" (a headline) / "Police jailed Petrov in Minsk"
HEADLINE = [("Opposition", "opposition", "NOUN", "NN", "compound", 1), ("leader", "leader", "NOUN", "NN", "compound", 2),
            ("Petrov", "Petrov", "PROPN", "NNP", "nsubj", 3), ("jailed", "jail", "VERB", "VBN", "ROOT", 3),
            ("in", "in", "ADP", "IN", "prep", 3), ("Minsk", "Minsk", "PROPN", "NNP", "pobj", 4)]


def test_plover_headline_participle_is_a_passive():
    doc = make_doc(HEADLINE)
    assert pt.headline_passive(doc[3]).text == "Petrov"
    rows = [("Police", "police", "NOUN", "NNS", "nsubj", 1), ("jailed", "jail", "VERB", "VBD", "ROOT", 1),
            ("Petrov", "Petrov", "PROPN", "NNP", "dobj", 1), ("in", "in", "ADP", "IN", "prep", 1),
            ("Minsk", "Minsk", "PROPN", "NNP", "pobj", 3)]
    assert pt.headline_passive(make_doc(rows)[1]) is None  # an active verb with its object


def test_plover_participle_in_a_closed_sentence_is_no_headline():
    # "Opposition leader Petrov jailed in Minsk ." : a full stop closes a body sentence, a past tense mistagged
    doc = make_doc([*HEADLINE, (".", ".", "PUNCT", ".", "punct", 3)])
    assert pt.headline_passive(doc[3]) is None


@pytest.mark.slow
def test_plover_headline_passive_is_acted_on(facts_of):
    found = coded(facts_of("Blogger Ivan Petrov jailed in Azerbaijan"))
    assert ("COERCE", {"AZ"}, {"Ivan Petrov"}, "asserted") in found, found


@pytest.mark.slow
def test_plover_past_tense_tagged_as_participle_keeps_its_subject(facts_of):
    found = coded(facts_of("Turkish fighter planes fired upon Greek jets."))  # "fired" tagged VBN
    assert ("ASSAULT", {"TR"}, {"GR"}, "asserted") in found, found


def test_plover_protest_verb_must_be_active_and_without_object():
    # "no drug has been demonstrated ." / "Students demonstrated ."
    rows = [("no", "no", "DET", "DT", "det", 1), ("drug", "drug", "NOUN", "NN", "nsubjpass", 4),
            ("has", "have", "AUX", "VBZ", "aux", 4), ("been", "be", "AUX", "VBN", "auxpass", 4),
            ("demonstrated", "demonstrate", "VERB", "VBN", "ROOT", 4), (".", ".", "PUNCT", ".", "punct", 4)]
    doc = make_doc(rows)
    hits, _ = plover.match(doc)
    assert hits[4].pattern.id == "ph-protest" and not plover._fits(doc[4], hits[4])
    doc = make_doc([("Students", "student", "NOUN", "NNS", "nsubj", 1),
                    ("demonstrated", "demonstrate", "VERB", "VBD", "ROOT", 1), (".", ".", "PUNCT", ".", "punct", 1)])
    hits, _ = plover.match(doc)
    assert plover._fits(doc[1], hits[1])


def test_plover_protest_noun_as_a_manner_is_no_demonstration():
    # "They left in protest ." / "They joined in protests ."
    rows = [("They", "they", "PRON", "PRP", "nsubj", 1), ("left", "leave", "VERB", "VBD", "ROOT", 1),
            ("in", "in", "ADP", "IN", "prep", 1), ("protest", "protest", "NOUN", "NN", "pobj", 2),
            (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(rows)
    hits, _ = plover.match(doc)
    assert hits[3].pattern.id == "ph-protest-noun" and not plover._fits(doc[3], hits[3])
    rows[3] = ("protests", "protest", "NOUN", "NNS", "pobj", 2)
    doc = make_doc(rows)
    assert plover._fits(doc[3], plover.match(doc)[0][3])


def test_plover_discussed_act_is_planned_not_done():
    # "They discussed deepening cooperation ."
    rows = [("They", "they", "PRON", "PRP", "nsubj", 1), ("discussed", "discuss", "VERB", "VBD", "ROOT", 1),
            ("deepening", "deepen", "VERB", "VBG", "xcomp", 1), ("cooperation", "cooperation", "NOUN", "NN", "dobj", 2),
            (".", ".", "PUNCT", ".", "punct", 1)]
    _, marks = plover.match(make_doc(rows))
    assert "intent-head" in marks.get(1, set())


def _none_of(facts_of, kind, texts):
    for text in texts:
        assert all(e.type != kind for e in facts_of(text).political_events), text


@pytest.mark.slow
def test_plover_protest_precision_table(facts_of):
    _none_of(facts_of, "PROTEST", ("No vaccine has been demonstrated to work against the virus in Congo.",
                                   "The Bolivian delegation left the talks in protest."))
    found = coded(facts_of("The march in Gaza was organised by Hamas."))
    assert any(c[0] == "PROTEST" and c[1] == {"Hamas"} for c in found), found
    found = coded(facts_of("The leaders of Peru and Chile discussed deepening cooperation on trade."))
    assert all(c[3] != "asserted" for c in found if c[0] == "COOPERATE"), found


# "Zambia was critical of Malawi ."
CRITICAL = [("Zambia", "Zambia", "PROPN", "NNP", "nsubj", 1), ("was", "be", "AUX", "VBD", "ROOT", 1),
            ("critical", "critical", "ADJ", "JJ", "acomp", 1), ("of", "of", "ADP", "IN", "prep", 2),
            ("Malawi", "Malawi", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_stance_predicates_are_speech_acts_with_their_of_phrase():
    doc = make_doc(CRITICAL)
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-accuse-critical"
    assert [t.text for t in plover_roles.prep_objects(doc[1], hits[1])] == ["Malawi"]
    rows = CRITICAL[:2] + [("in", "in", "ADP", "IN", "prep", 1), ("favour", "favour", "NOUN", "NN", "pobj", 2),
                           ("of", "of", "ADP", "IN", "prep", 3), ("Malawi", "Malawi", "PROPN", "NNP", "pobj", 4),
                           (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(rows)
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-support-favour"
    assert [t.text for t in plover_roles.prep_objects(doc[1], hits[1])] == ["Malawi"]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets", [
    ("Chile was highly critical of Peru.", "ACCUSE", {"CL"}, {"PE"}),
    ("Japan is supportive of the Philippines.", "SUPPORT", {"JP"}, {"PH"}),
    ("The Kenyan government was in favour of a takeover by Tanzania.", "SUPPORT", {"KE"}, {"TZ"}),
])
def test_plover_stance_table(facts_of, text, kind, sources, targets):
    assert (kind, sources, targets, "asserted") in coded(facts_of(text)), coded(facts_of(text))


# "Chile criticised Peru and called on the country to act ."
ANAPHOR = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("criticised", "criticise", "VERB", "VBD", "ROOT", 1),
           ("Peru", "Peru", "PROPN", "NNP", "dobj", 1), ("and", "and", "CCONJ", "CC", "cc", 1),
           ("called", "call", "VERB", "VBD", "conj", 1), ("on", "on", "ADP", "IN", "prep", 4),
           ("the", "the", "DET", "DT", "det", 7), ("country", "country", "NOUN", "NN", "pobj", 5),
           ("to", "to", "PART", "TO", "aux", 9), ("act", "act", "VERB", "VB", "xcomp", 4),
           (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_the_country_is_the_last_country_named():
    from kg.extract.plover_actors import Actors, country_anaphor

    doc = make_doc(ANAPHOR, ents=["B-GPE", "O", "B-GPE"] + ["O"] * 8)
    ac = Actors(ctx=None, role_country={}, ents={e.start: e for e in doc.ents})  # type: ignore[arg-type]
    assert country_anaphor(ac, doc[7]) == "PE"
    assert country_anaphor(ac, doc[2]) is None  # a name, not "the country"
    ac.ents = {}
    assert country_anaphor(ac, doc[7]) is None  # no country named before


@pytest.mark.slow
def test_plover_the_country_as_target(facts_of):
    found = coded(facts_of("Chile was critical of Peru and called on the country to release the fishermen."))
    assert ("REQUEST", {"CL"}, {"PE"}, "asserted") in found, found


# "Chile demanded the release of journalists detained by Peru ."
RELEASE = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("demanded", "demand", "VERB", "VBD", "ROOT", 1),
           ("the", "the", "DET", "DT", "det", 3), ("release", "release", "NOUN", "NN", "dobj", 1),
           ("of", "of", "ADP", "IN", "prep", 3), ("journalists", "journalist", "NOUN", "NNS", "pobj", 4),
           ("detained", "detain", "VERB", "VBN", "acl", 5), ("by", "by", "ADP", "IN", "agent", 6),
           ("Peru", "Peru", "PROPN", "NNP", "pobj", 7), (".", ".", "PUNCT", ".", "punct", 1)]
# "If Iran attacks , we will hit it ."
IT = [("If", "if", "SCONJ", "IN", "mark", 2), ("Iran", "Iran", "PROPN", "NNP", "nsubj", 2),
      ("attacks", "attack", "VERB", "VBZ", "advcl", 6), (",", ",", "PUNCT", ",", "punct", 6),
      ("we", "we", "PRON", "PRP", "nsubj", 6), ("will", "will", "AUX", "MD", "aux", 6),
      ("hit", "hit", "VERB", "VB", "ROOT", 6), ("it", "it", "PRON", "PRP", "dobj", 6), (".", ".", "PUNCT", ".", "punct", 6)]
# "Israel said it . Gunness denied that assertion ."
CLAIM = [("Israel", "Israel", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
         ("it", "it", "PRON", "PRP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1),
         ("Gunness", "Gunness", "PROPN", "NNP", "nsubj", 5), ("denied", "deny", "VERB", "VBD", "ROOT", 5),
         ("that", "that", "DET", "DT", "det", 7), ("assertion", "assertion", "NOUN", "NN", "dobj", 5),
         (".", ".", "PUNCT", ".", "punct", 5)]


class _NoPersons:
    def persons_at(self, tok):
        return []

    def titled_at(self, tok):
        return []

    class article:  # noqa: N801 - a stand-in with the one attribute actor resolution reads
        source = None


def _actors(doc):
    from kg.extract.plover_actors import Actors
    return Actors(ctx=_NoPersons(), role_country={}, ents={i: e for e in doc.ents for i in range(e.start, e.end)})  # type: ignore[arg-type]


def test_plover_targets_owner_of_a_participle_in_the_object():
    doc = make_doc(RELEASE, ents=["B-GPE"] + ["O"] * 7 + ["B-GPE", "O"])
    assert [a.country for a in pt.owner_actors(_actors(doc), doc[3])] == ["PE"]


def test_plover_targets_object_it_is_the_one_country_named_before():
    doc = make_doc(IT, ents=["O", "B-GPE"] + ["O"] * 7)
    assert [a.country for a in pt.pronoun_polity(doc[7])] == ["IR"]
    # "If Iran attacks Iraq , we will hit it .": two countries before "it", none chosen
    rows = IT[:3] + [("Iraq", "Iraq", "PROPN", "NNP", "dobj", 2)] + [(w, lem, p, t, d, h + 1 if h > 2 else h)
                                                                      for w, lem, p, t, d, h in IT[3:]]
    two = make_doc(rows, ents=["O", "B-GPE", "O", "B-GPE"] + ["O"] * 6)
    assert two[8].text == "it" and pt.pronoun_polity(two[8]) == []
    assert pt.pronoun_polity(doc[1]) == []  # not a pronoun


def _stance(noun: str) -> list[tuple]:
    """ "Peru praised the <noun> of Ruiz ." """
    return _rows(f"Peru/Peru/PROPN/NNP/nsubj/1 praised/praise/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
                 f"{noun}/{noun}/NOUN/NN/dobj/1 of/of/ADP/IN/prep/3 Ruiz/Ruiz/PROPN/NNP/pobj/4 ././PUNCT/./punct/1")


def test_plover_targets_of_phrase_of_a_stance_names_its_author():
    from types import SimpleNamespace

    from kg.extract import plover_actors

    class OnePerson(_NoPersons):  # "Ruiz" holds a role of Chile
        def persons_at(self, tok):
            return [0] if tok.text == "Ruiz" else []

        def person(self, e):
            return SimpleNamespace(key="ruiz", name="Ruiz")

    def owners(noun: str) -> list:
        doc = make_doc(_stance(noun), ents=["B-GPE", "O", "O", "O", "O", "B-PERSON", "O"])
        ac = plover_actors.Actors(ctx=OnePerson(), role_country={"ruiz": "CL"}, ents={})  # type: ignore[arg-type]
        return [(a.label, a.country) for a in pt.owner_actors(ac, doc[3])]
    assert owners("statement") == owners("word") == [("Ruiz", "CL")]  # "welcomed the words of Ruiz"
    assert owners("arrest") == []  # "condemned the arrest of Ruiz": Ruiz is arrested, not its author


# "The suspects were arrested by police ."
ARRESTED = _rows("The/the/DET/DT/det/1 suspects/suspect/NOUN/NNS/nsubjpass/3 were/be/AUX/VBD/auxpass/3 "
             "arrested/arrest/VERB/VBN/ROOT/3 by/by/ADP/IN/agent/3 police/police/NOUN/NNS/pobj/4 ././PUNCT/./punct/3")


def test_plover_targets_people_held_named_by_a_common_noun_are_the_target():
    from kg.extract import plover, plover_nouns

    doc = make_doc(ARRESTED)
    hits, _ = plover.match(doc)
    sources, targets = plover.roles_of(_actors(doc), doc[3], hits[3])
    assert [a.sector for a in sources] == ["COP"] and [(a.label, a.sector) for a in targets] == [("suspects", "CRM")]
    monks = make_doc([("monks", "monk", "NOUN", "NNS", "ROOT", 0)])
    assert plover_nouns.sector_of(monks[0]) == "CVL"  # "monks were beaten": civilians, as gold lists them


@pytest.mark.slow
def test_plover_people_held_table(facts_of):
    facts = facts_of("The suspects were arrested by Kenyan police on Monday.")
    held = [e for e in facts.political_events if e.type == "COERCE"]
    assert [(a.label, a.country) for e in held for a in e.targets] == [("suspects", "KE")], coded(facts)

# "Peru told reporters that Chile must withdraw ."
TOLD = _rows("Peru/Peru/PROPN/NNP/nsubj/1 told/tell/VERB/VBD/ROOT/1 reporters/reporter/NOUN/NNS/dobj/1 "
             "that/that/SCONJ/IN/mark/6 Chile/Chile/PROPN/NNP/nsubj/6 must/must/AUX/MD/aux/6 "
             "withdraw/withdraw/VERB/VB/ccomp/1 ././PUNCT/./punct/1")


def test_plover_targets_press_told_is_the_audience_not_the_target():
    doc = make_doc(TOLD, ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "O", "O"])
    hits, _ = plover.match(doc)
    ac = _focused(doc, ())
    assert plover.roles_of(ac, doc[1], hits[1])[1] == []  # not "reporters"
    kind, _, _, _, targets = plover._coded(ac, doc[1], hits, hits[1])
    assert kind == "REQUEST" and [a.country for a in targets] == ["CL"]  # the one asked to act
    asked = make_doc(TOLD[:2] + _rows("Bolivia/Bolivia/PROPN/NNP/dobj/1") + TOLD[3:],
                     ents=["B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O"])
    asked_hits, _ = plover.match(asked)
    assert [a.country for a in plover.roles_of(ac, asked[1], asked_hits[1])[1]] == ["BO"]  # a state told is no audience

def test_plover_targets_news_outlet_told_is_the_audience_not_the_target():
    outlet = Actor(label="the Kalvor Times", org="Kalvor Times")
    assert pl_audience.outlet(outlet) and pl_audience.outlet(Actor(label="BBC", org="BBC"))  # news-outlet-words
    assert pl_audience.outlet(Actor(label="Reuters"))  # news-outlet-names
    assert not pl_audience.outlet(Actor(label="Kalvor Front", org="Kalvor Front"))
    assert not pl_audience.outlet(Actor(label="Times", country="GB"))  # one of a known country is no outlet named
    assert pl_audience.press(Actor(label="reporters", sector="MED"))
    assert not pl_audience.press(Actor(label="Ana Times", person=Person(key="ana-times", name="Ana Times")))
    doc = make_doc(TOLD, ents=["B-GPE", "O", "O", "O", "B-GPE", "O", "O", "O"])
    chile = Actor(label="Chile", country="CL")
    assert pl_audience.unheard(doc[1], [outlet, chile]) == [chile]  # "told the Kalvor Times that Chile must …"
    assert pl_audience.unheard(doc[6], [outlet, chile]) == [outlet, chile]  # no speech verb of the audience


@pytest.mark.slow
def test_plover_targets_news_outlet_told_table(facts_of):
    facts = facts_of("Minister Anna Berg told the Financial Times that the United States should stop its subsidies.")
    assert ("REQUEST", {"Anna Berg"}, {"US"}, "asserted") in coded(facts), coded(facts)  # not the newspaper
    facts = facts_of("Chile made a new trade offer on Monday. According to the Lima Herald, Peruvian Foreign Minister "
                     "Ana Quispe rejected the offer.")
    assert ("REJECT", {"Ana Quispe"}, {"CL"}, "asserted") in coded(facts), coded(facts)  # clause-named: no outlet


def test_plover_targets_that_claim_is_the_previous_speakers():
    doc = make_doc(CLAIM, ents=["B-GPE", "O", "O", "O", "B-PERSON", "O", "O", "O", "O"])
    assert [a.country for a in pt.claim_owner(_actors(doc), doc[7])] == ["IL"]
    assert pt.claim_owner(_actors(doc), doc[2]) == []  # no claim noun


# "Syrian troops shelled the town ." (no target named: "the town" is no actor)
SHELL = [("Syrian", "syrian", "ADJ", "JJ", "amod", 1), ("troops", "troop", "NOUN", "NNS", "nsubj", 2),
         ("shelled", "shell", "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
         ("town", "town", "NOUN", "NN", "dobj", 2), (".", ".", "PUNCT", ".", "punct", 2)]
# "Chad continued its offensive against Sudan ." (a converted CAMEO pattern: it names no target prepositions)
OFFENSIVE = [("Chad", "Chad", "PROPN", "NNP", "nsubj", 1), ("continued", "continue", "VERB", "VBD", "ROOT", 1),
             ("its", "its", "PRON", "PRP$", "poss", 3), ("offensive", "offensive", "NOUN", "NN", "dobj", 1),
             ("against", "against", "ADP", "IN", "prep", 3), ("Sudan", "Sudan", "PROPN", "NNP", "pobj", 4),
             (".", ".", "PUNCT", ".", "punct", 1)]


def pa_polity(code):
    from kg.extract.plover_actors import polity_actor
    return polity_actor(code)


def _focused(doc, focus):
    from kg.extract.plover_actors import Actors
    from test_extract_plover_sources import NoPersons

    ents = {i: e for e in doc.ents for i in range(e.start, e.end)}
    return Actors(ctx=NoPersons(), role_country={}, ents=ents, focus=focus, addressees=focus)  # type: ignore[arg-type]


def test_plover_targets_attack_naming_no_target_is_on_the_focus_country():
    doc = make_doc(SHELL, ents=["B-NORP"] + ["O"] * 5)
    hits, _ = plover.match(doc)
    kind, _, _, sources, targets = plover._coded(_focused(doc, ("LB", "SY")), doc[2], hits, hits[2])
    assert kind == "ASSAULT" and [a.country for a in sources] == ["SY"] and [a.country for a in targets] == ["LB"]
    # in an article about Syria alone, Syrian troops do not attack their own state
    assert plover._coded(_focused(doc, ("SY",)), doc[2], hits, hits[2])[4] == []
    assert pt.focus_target(_focused(doc, ("SY",)), sources) != []  # a statement would be addressed to it
    from kg import lexicon
    assert lexicon.words("plover-outward-types") <= lexicon.words("plover-addressed-types")
    assert "SANCTION" in lexicon.words("plover-outward-types")  # "Canada imposed new sanctions" on the focus country
    pair = [pa_polity("ET"), pa_polity("ER")]  # "Ethiopia and Eritrea severed relations": between themselves
    assert pt.focus_target(_focused(doc, ("KE",)), pair, "SANCTION") == []
    assert [a.country for a in pt.focus_target(_focused(doc, ("KE",)), pair, "AID")] == ["KE"]  # two donors


def test_plover_targets_act_of_force_takes_the_target_after_its_prepositions():
    doc = make_doc(OFFENSIVE, ents=["B-GPE"] + ["O"] * 4 + ["B-GPE", "O"])
    hits, _ = plover.match(doc)
    hit = hits[1]
    assert hit.pattern.family == "plover_cameo" and hit.pattern.get("targets") is None
    ac = _focused(doc, ())
    chad = plover.roles_of(ac, doc[1], hit)[0]
    assert [a.country for a in plover.unsaid_target(ac, doc[1], hits, hit, chad)] == ["SD"]
    rows = OFFENSIVE[:4] + [("in", "in", "ADP", "IN", "prep", 3)] + OFFENSIVE[5:]  # "in Sudan": a place, no target
    there = make_doc(rows, ents=["B-GPE"] + ["O"] * 4 + ["B-GPE", "O"])
    there_hits, _ = plover.match(there)
    assert plover.unsaid_target(ac, there[1], there_hits, there_hits[1], chad) == []


def test_plover_targets_statement_of_the_first_countrys_own_actor_is_addressed_to_its_state():
    doc = make_doc(SHELL, ents=["B-NORP"] + ["O"] * 5)
    senator = [Actor(label="Senator Ola Brenner", country="AU", person=Person("ola-brenner", "Ola Brenner"))]
    body = [Actor(label="opposition", country="AU", sector="OPP")]
    for sources in (senator, body):  # an article opening on Australia, then Canada: "the senator condemned the law"
        assert [a.country for a in pt.focus_target(_focused(doc, ("AU", "CA")), sources, "ACCUSE")] == ["AU"]
    assert [a.country for a in pt.focus_target(_focused(doc, ("CA", "AU")), senator, "ACCUSE")] == ["CA"]  # foreign
    assert [a.country for a in pt.focus_target(_focused(doc, ("AU", "CA")), [pa_polity("AU")], "ACCUSE")] == ["CA"]
    assert [a.country for a in pt.focus_target(_focused(doc, ("AU", "CA")), senator, "AID")] == ["CA"]  # outward
    from dataclasses import replace
    head = replace(_focused(doc, ("AU", "CA")), executive=frozenset({"ola-brenner"}))  # "Prime Minister Brenner"
    assert [a.country for a in pt.focus_target(head, senator, "ACCUSE")] == ["CA"]  # speaks for the state outward
    government = [Actor(label="government", country="AU", sector="GOV")]
    assert [a.country for a in pt.focus_target(_focused(doc, ("AU", "CA")), government, "ACCUSE")] == ["CA"]
    assert [a.country for a in pt.focus_target(_focused(doc, ("AU",)), government, "ACCUSE")] == ["AU"]  # none else


# "Fighting resumed near Ukraine and Canada condemned the attacks ." (the clause of the condemnation names no one)
CONDEMNED_NEAR = _rows("Fighting/fighting/NOUN/NN/nsubj/1 resumed/resume/VERB/VBD/ROOT/1 near/near/ADP/IN/prep/1 "
                       "Ukraine/Ukraine/PROPN/NNP/pobj/2 and/and/CCONJ/CC/cc/1 Canada/Canada/PROPN/NNP/nsubj/6 "
                       "condemned/condemn/VERB/VBD/conj/1 the/the/DET/DT/det/8 attacks/attack/NOUN/NNS/dobj/6 "
                       "././PUNCT/./punct/1")


def test_plover_targets_act_whose_clause_names_no_one_is_on_the_other_country_of_its_sentence():
    ents = ["O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O"]
    doc = make_doc(CONDEMNED_NEAR, ents=ents)
    hits, _ = plover.match(doc)
    kind, _, _, sources, targets = plover._coded(_focused(doc, ("PL",)), doc[6], hits, hits[6])
    assert kind == "ACCUSE" and [a.country for a in sources] == ["CA"]
    assert [(a.country, a.rule) for a in targets] == [("UA", "sentence-country")]  # before the focus country
    assert pt.sentence_country(doc[6], [pa_polity("UA")]) == []  # the actor's own country is no target
    unnamed = make_doc(CONDEMNED_NEAR, ents=ents[:3] + ["O"] + ents[4:])  # no other country: the focus country
    hits, _ = plover.match(unnamed)
    assert [(a.country, a.rule) for a in plover._coded(_focused(unnamed, ("PL",)), unnamed[6], hits, hits[6])[4]] \
        == [("PL", "focus")]


@pytest.mark.slow
def test_plover_targets_condemnation_naming_no_one_is_on_the_other_country_of_its_sentence(facts_of):
    facts = facts_of("Poland hosted the talks on Monday. Fighting flared again near Moldova on Sunday, and Romania "
                     "condemned the attacks.")
    found = [([a.country for a in e.targets], e.evidence.target_rules) for e in facts.political_events
             if e.type == "ACCUSE"]
    assert found == [(["MD"], ("sentence-country",))], found  # not Poland, the article's first country

# "Chile promised reciprocity ." (a pledge naming no one it is made to)
PLEDGE = _rows("Chile/Chile/PROPN/NNP/nsubj/1 promised/promise/VERB/VBD/ROOT/1 reciprocity/reciprocity/NOUN/NN/dobj/1 "
               "././PUNCT/./punct/1")


def test_plover_targets_pledge_naming_no_one_is_made_to_the_focus_country():
    doc = make_doc(PLEDGE, ents=["B-GPE", "O", "O", "O"])
    hits, _ = plover.match(doc)
    kind, _, _, sources, targets = plover._coded(_focused(doc, ("AR", "CL")), doc[1], hits, hits[1])
    assert kind == "AGREE" and [a.country for a in sources] == ["CL"] and [a.country for a in targets] == ["AR"]
    # in an article about Chile alone the pledge is made to no one ("the president promised to resign")
    assert plover._coded(_focused(doc, ("CL",)), doc[1], hits, hits[1])[4] == []
    pair = [pa_polity("CL"), pa_polity("PE")]  # "Chile and Peru promised …": to each other
    assert pt.focus_target(_focused(doc, ("AR",)), pair, "AGREE") == []
    from kg.model import Actor
    firm = [Actor(label="Acme Mining")]  # of no known country: the focus country may be its own
    assert pt.focus_target(_focused(doc, ("AR",)), firm, "AGREE") == []
    assert [a.country for a in pt.focus_target(_focused(doc, ("AR",)), firm, "ACCUSE")] == ["AR"]  # a statement
    from kg import lexicon
    assert {"AGREE", "CONCEDE", "MOBILIZE"} <= lexicon.words("plover-outward-types")


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("Ukraine reported heavy fighting near Kharkiv. Russian forces shelled border positions overnight.", "ASSAULT",
     {"RU"}, {"UA"}, "asserted"),
    ("Ukraine reported heavy fighting near Kharkiv. Ukrainian forces shelled border positions overnight.", "ASSAULT",
     {"UA"}, set(), "asserted"),
    ("Severe floods hit Pakistan last week. Japan will provide emergency aid, its foreign ministry said.", "AID",
     {"JP"}, {"PK"}, "future"),
    ("Kenya held elections on Monday. Ethiopia and Eritrea severed diplomatic relations last year.", "SANCTION",
     {"ET", "ER"}, {"ET", "ER"}, "historical"),  # between themselves: each the other's target, not Kenya
    ("Severe floods hit Pakistan last week. Japan and Canada will provide emergency aid.", "AID", {"JP", "CA"},
     {"PK"}, "future"),
    ("Belarus jailed the opposition leader Pavel Sevruk on Monday. Canada imposed new sanctions in response.",
     "SANCTION", {"CA"}, {"BY"}, "asserted"),
    ("Belarus jailed the opposition leader Pavel Sevruk on Monday. The Belarusian government imposed new sanctions "
     "in response.", "SANCTION", {"BY"}, set(), "asserted"),
    ("Kenya hosted peace talks on Monday. Meanwhile, Ethiopia continued its offensive against the Somali militias.",
     "ASSAULT", {"ET"}, {"SO"}, "asserted"),
    ("Floods hit Bolivia in March. Chile eased its import restrictions and promised further help.", "CONCEDE",
     {"CL"}, {"BO"}, "asserted"),
    ("Severe floods hit Bolivia in March. Chile sent soldiers to the border region.", "MOBILIZE", {"CL"}, {"BO"},
     "asserted"),
    ("Chile held elections on Sunday. The Chilean president promised to resign next year.", "AGREE", {"CL"},
     set(), "asserted"),
    ("Norway held a general election on Sunday, and Sweden sent observers. Norwegian opposition leader Kari Dalen "
     "condemned the new budget.", "ACCUSE", {"Kari Dalen"}, {"NO"}, "asserted"),  # her own state, not Sweden
    ("Norway and Sweden held talks on fishing rights on Sunday. Norwegian Prime Minister Kari Dalen rejected the "
     "proposal.", "REJECT", {"Kari Dalen"}, {"SE"}, "asserted"),  # the head of government speaks outward
])
def test_plover_unsaid_targets_of_material_acts_table(facts_of, text, kind, sources, targets, modality):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert (kind, sources, targets, modality) in found, coded(facts_of(text))


def test_plover_meeting_verb_with_an_object_that_is_no_party_is_no_meeting():
    # "Romania did not meet its commitments ." / "Romania did not meet Hungary ."
    rows = [("Romania", "Romania", "PROPN", "NNP", "nsubj", 3), ("did", "do", "AUX", "VBD", "aux", 3),
            ("not", "not", "PART", "RB", "neg", 3), ("meet", "meet", "VERB", "VB", "ROOT", 3),
            ("its", "its", "PRON", "PRP$", "poss", 5), ("commitments", "commitment", "NOUN", "NNS", "dobj", 3),
            (".", ".", "PUNCT", ".", "punct", 3)]
    doc = make_doc(rows)
    hits, _ = plover.match(doc)
    assert hits[3].pattern.id == "ph-consult-meet" and not plover._fits(doc[3], hits[3])
    rows[4:6] = [("Hungary", "Hungary", "PROPN", "NNP", "dobj", 3)]
    rows[-1] = (".", ".", "PUNCT", ".", "punct", 3)
    doc = make_doc(rows)
    assert plover._fits(doc[3], plover.match(doc)[0][3])


@pytest.mark.slow
def test_plover_meeting_precision_table(facts_of):
    _none_of(facts_of, "CONSULT", ("Kenya and Ethiopia did not meet the deadline for the border accord.",
                                   "The Arab states have failed to meet the refugees' needs, Jordan said."))
    found = coded(facts_of("Chile did not meet Peru last week."))
    assert ("CONSULT", {"CL"}, {"PE"}, "negated") in found, found


# "Iran is under EU sanctions ."
UNDER = [("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1),
         ("under", "under", "ADP", "IN", "prep", 1), ("EU", "EU", "PROPN", "NNP", "compound", 4),
         ("sanctions", "sanction", "NOUN", "NNS", "pobj", 2), (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_targets_act_of_force_undergone_by_the_subject():
    doc = make_doc(UNDER, ents=["B-GPE", "O", "O", "B-ORG", "O", "O"])
    hits, _ = plover.match(doc)
    sources, targets = plover.roles_of(_focused(doc, ()), doc[4], hits[4])
    assert [a.country for a in sources] == ["EU"] and [a.country for a in targets] == ["IR"]
    rows = UNDER[:2] + [("against", "against", "ADP", "IN", "prep", 1)] + UNDER[3:]  # a stance, not undergone
    doc = make_doc(rows, ents=["B-GPE", "O", "O", "B-ORG", "O", "O"])
    hits, _ = plover.match(doc)
    assert plover.roles_of(_focused(doc, ()), doc[4], hits[4])[1] == []


@pytest.mark.slow
def test_plover_act_of_force_undergone_table(facts_of):
    found = coded(facts_of("Cuba has been under American sanctions for decades."))
    assert ("SANCTION", {"US"}, {"CU"}, "asserted") in found, found


def test_plover_targets_others_leaves_out_sources_and_with_home_their_countrys_collectives():
    from kg.model import Actor, Person

    biden = Actor(label="Biden", country="US", sector="GOV", person=Person(key="joe-biden", name="Biden"))
    us, jp = Actor(label="United States", country="US"), Actor(label="Japan", country="JP")
    senate = Actor(label="US Senate", country="US", org="US Senate")
    blinken = Actor(label="Blinken", country="US", person=Person(key="antony-blinken", name="Blinken"))
    found = [biden, us, jp, senate, blinken]
    assert pt.others([biden], found) == [us, jp, senate, blinken]  # only the source itself
    assert pt.others([biden], found, home=True) == [jp, senate, blinken]  # not the source's own state
    assert pt.others([us], found) == [biden, jp, blinken]  # a person is no country; the Senate keys as US


# "Peru urged that the talks between Chile and Bolivia resume ."
URGED_BETWEEN = _rows("Peru/Peru/PROPN/NNP/nsubj/1 urged/urge/VERB/VBD/ROOT/1 that/that/SCONJ/IN/mark/9 "
                      "the/the/DET/DT/det/4 talks/talk/NOUN/NNS/nsubj/9 between/between/ADP/IN/prep/4 "
                      "Chile/Chile/PROPN/NNP/pobj/5 and/and/CCONJ/CC/cc/6 Bolivia/Bolivia/PROPN/NNP/conj/6 "
                      "resume/resume/VERB/VB/ccomp/1 ././PUNCT/./punct/1")
URGED_BETWEEN_ENTS = ["B-GPE", "O", "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O"]


def test_plover_targets_clause_named_are_the_other_actors_of_the_clause():
    doc = make_doc(URGED_BETWEEN, URGED_BETWEEN_ENTS)
    ac = _actors(doc)
    peru = pt.actors_of(ac, doc[0])
    assert [a.country for a in pt.clause_named(ac, doc[1], doc[0], peru)] == ["CL", "BO"]
    assert [a.country for a in pt.clause_named(ac, doc[1], doc[4], peru)] == []  # not inside the subject
    assert [a.country for a in pt.clause_named(ac, doc[1], None, peru)] == ["CL", "BO"]  # the source is never one


# "Vasko won the election . Lind conceded defeat ." / "... Lind conceded changes ."
WON_CONCEDED = _rows("Vasko/Vasko/PROPN/NNP/nsubj/1 won/win/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
                     "election/election/NOUN/NN/dobj/1 ././PUNCT/./punct/1 Lind/Lind/PROPN/NNP/nsubj/6 "
                     "conceded/concede/VERB/VBD/ROOT/6 defeat/defeat/NOUN/NN/dobj/6 ././PUNCT/./punct/6")


class _Named:
    """A context whose persons are the names of ``token_entities`` (token index → entity indices)."""

    def __init__(self, token_entities: dict[int, list[int]]):
        self.token_entities = token_entities

    def persons_at(self, tok):
        return self.token_entities.get(tok.i, [])


def test_plover_targets_conceded_defeat_goes_to_the_winner_named_before():
    doc = make_doc(WON_CONCEDED)
    hits, _ = plover.match(doc)
    pattern = hits[6].pattern
    assert pattern.get("winner_target")
    ctx = _Named({0: [0], 5: [1]})
    assert [t.text for t in focus.conceded_to(ctx, doc[6], pattern)] == ["Vasko"]  # plover-victory-words: "won"
    assert focus.conceded_to(_Named({0: [1], 5: [1]}), doc[6], pattern) == []  # the winner is the one conceding
    changes = make_doc(WON_CONCEDED[:7] + [("changes", "change", "NOUN", "NNS", "dobj", 6)] + WON_CONCEDED[8:])
    assert focus.conceded_to(ctx, changes[6], pattern) == []  # not a contest (plover-conceded-contests)


def target_labels(facts, kind: str) -> list[list[str]]:
    """The target labels of each event of type ``kind``, in order."""
    return [[a.label for a in e.targets] for e in facts.political_events if e.type == kind]


@pytest.mark.slow
def test_plover_targets_concession_of_an_election_is_to_its_winner(facts_of):
    facts = facts_of("Dorian Vasko has won the presidential election in Slovakia, officials said. "
                     "At 9pm his rival Marek Lind conceded defeat.")
    assert target_labels(facts, "CONCEDE") == [["Dorian Vasko"]]


# "Peru warned Chile on Kalvor Television ."
WARNED_ON_TV = _rows("Peru/Peru/PROPN/NNP/nsubj/1 warned/warn/VERB/VBD/ROOT/1 Chile/Chile/PROPN/NNP/dobj/1 "
                     "on/on/ADP/IN/prep/1 Kalvor/Kalvor/PROPN/NNP/compound/5 Television/Television/PROPN/NNP/pobj/3 "
                     "././PUNCT/./punct/1")


def test_plover_targets_clause_named_leaves_out_the_press():
    from kg.extract import plover_marked
    doc = make_doc(WARNED_ON_TV, ["B-GPE", "O", "B-GPE", "O", "B-ORG", "I-ORG", "O"])
    ac = _actors(doc)
    peru = pt.actors_of(ac, doc[0])
    assert [a.label for a in pt.clause_named(ac, doc[1], doc[0], peru)] == ["Chile", "Kalvor Television"]
    found = plover_marked.clause_named(ac, doc[1], doc[0], peru)
    assert [(a.label, a.rule) for a in found] == [("Chile", "clause-named")]  # the outlet is where it was said


# "Israel said it . Gunness denied this ." (a demonstrative standing alone: the claim of the sentence before)
CLAIM_THIS = CLAIM[:6] + [("this", "this", "PRON", "DT", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 5)]


def test_plover_targets_this_denied_alone_is_the_previous_speakers_claim():
    doc = make_doc(CLAIM_THIS, ents=["B-GPE", "O", "O", "O", "B-PERSON", "O", "O", "O"])
    assert [a.country for a in pt.claim_owner(_actors(doc), doc[6])] == ["IL"]
    assert pt.claim_owner(_actors(doc), doc[2]) == []  # "it": no demonstrative, and in the first sentence


@pytest.mark.slow
def test_plover_targets_this_denied_is_the_claim_of_the_sentence_before(facts_of):
    facts = facts_of("The government of Chad believes that the rebels are armed by Sudanese officers. Sudan has "
                     "denied this, a spokesman said on Monday.")
    assert ("REJECT", {"SD"}, {"TD"}, "asserted") in coded(facts), coded(facts)

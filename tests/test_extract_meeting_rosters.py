"""Participants of gatherings told in rosters and side sentences: a country's possessive before a name NER calls an
organisation after a listed person, also a hyphenated country ("…, Benin's A and Guinea-Bissau's B":
kg.extract.person_spans); the leader of "a delegation of lawmakers led by X" and the members "the delegation
included" (`delegation-of-led-by`, `roster-included-delegation`); those who "also took part", "attended as an
observer" or, in a relative clause, "who also took part" (kg.extract.joins); the persons who represent a
side ("The ruling party was represented by X, and the opposition by Y", "the Greens, represented by A and B":
kg.extract.represented, `side-represented-by`) or whom a state sent
("Mali sent its foreign minister, X"), the mediator's helpers ("assisted by Y", "with A and B on the panel":
`presence-with-on-panel`); partners the parser hangs on the place of "a round of talks at the press
centre with X" (kg.extract.stray_partners). Near misses: a delegation's members with no meeting, planned or
negated representation, a lawyer, a seat somewhere else, a coup taken part in, a state sending troops or an envoy
elsewhere. Sentences written for these tests (invented names); rule helpers on hand-built Docs, the table through
the model."""

from __future__ import annotations

import pytest
from handdocs import NLP, make
from meetingpairs import pairs
from spacy.tokens import Doc

from kg.extract import joins, person_spans, represented
from kg.extract.countries import named_polity_start
from kg.extract.names import not_name
from kg.extract.rulematch import rule_marks


def all_pairs(*names: str) -> set[tuple[str, str]]:
    ordered = sorted(names)
    return {(a, b) for i, a in enumerate(ordered) for b in ordered[i + 1:]}


@pytest.mark.parametrize("spaces, expected", [([True, False, False, False, True, False], 1),
                                              ([True, True, True, False, True, False], None)])
def test_countries_named_polity_start_hyphenated(spaces, expected):
    """"Guinea-Bissau's": the country whose possessive it is spans the tokens the hyphen split ("Guinea - Bissau 's",
    written apart, names none)."""
    doc = Doc(NLP.vocab, words=["and", "Guinea", "-", "Bissau", "'s", "Umaro"], spaces=spaces)
    assert named_polity_start(doc, 4, 4) == expected


@pytest.mark.parametrize("covered, given, expected", [({0}, "Paul", True), (set(), "Paul", False),
                                                      ({0}, "Transport", False)])
def test_person_spans_listed_after_name(covered, given, expected):
    """"…, Ivo Sala, Benin's Paul Talo": a country's possessive right after a listed person opens a name; not when no
    person was found before it, nor a title ("Ivo Sala, Benin's Transport Minister")."""
    last = "Talo" if given == "Paul" else "Minister"
    rows = [("Sala", 0, "ROOT", "PROPN", "NNP", "Sala", "B-PERSON"), (",", 0, "punct", "PUNCT", ",", ",", "O"),
            ("Benin", 5, "poss", "PROPN", "NNP", "Benin", "B-GPE"), ("'s", 2, "case", "PART", "POS", "'s", "O"),
            (given, 5, "compound", "PROPN", "NNP", given, "B-ORG"),
            (last, 0, "conj", "PROPN", "NNP", last, "I-ORG")]
    doc = make(rows)
    assert person_spans._listed_after_name(doc, 2, covered) is expected


@pytest.mark.parametrize("before, expected", [("Al", False), ("Ali", True)])
def test_names_not_name_after_particle(before, expected):
    """"Mahmoud Al Said": a capitalised word after a name particle continues the name (no name ends on "Al");
    "Ali Said" (a sentence's "said" written with a capital) stays no name word."""
    doc = Doc(NLP.vocab, words=["Mahmoud", before, "Said"])
    assert not_name(doc[2]) is expected


def _joiner(second: str, lemma: str, prep: str, obj: str, det: str):
    """"Mena <attended|sat> <as|at> <an|the> <observer|table> ." built by hand."""
    return make([("Mena", 1, "nsubj", "PROPN", "NNP", "Mena", "B-PERSON"),
                 (second, 1, "ROOT", "VERB", "VBD", lemma, "O"), (prep, 1, "prep", "ADP", "IN", prep, "O"),
                 (det, 4, "det", "DET", "DT", det, "O"), (obj, 2, "pobj", "NOUN", "NN", obj, "O"),
                 (".", 1, "punct", "PUNCT", ".", ".", "O")])


def test_joins_role_or_seat_is_no_object():
    """"Mena attended as an observer", "Mena sat at the table": the role or the seat says nothing joined, so the
    clause joins the meeting before; "at the bar" is a place of its own."""
    assert joins.joins_unsaid(_joiner("attended", "attend", "as", "observer", "an")[1])
    assert joins._role_or_seat(_joiner("sat", "sit", "at", "table", "the")[2])
    assert not joins._role_or_seat(_joiner("sat", "sit", "at", "bar", "the")[2])
    assert not joins.joins_unsaid(_joiner("attended", "attend", "in", "capital", "the")[1])


def test_rules_delegation_of_led_by_marks_the_leader():
    # "Ortega received a delegation of lawmakers led by Quispe ."
    rows = [("Ortega", 1, "nsubj", "PROPN", "NNP", "Ortega", "B-PERSON"),
            ("received", 1, "ROOT", "VERB", "VBD", "receive", "O"), ("a", 3, "det", "DET", "DT", "a", "O"),
            ("NOUN", 1, "dobj", "NOUN", "NN", "NOUN", "O"), ("of", 3, "prep", "ADP", "IN", "of", "O"),
            ("lawmakers", 4, "pobj", "NOUN", "NNS", "lawmaker", "O"), ("led", 5, "acl", "VERB", "VBN", "lead", "O"),
            ("by", 6, "agent", "ADP", "IN", "by", "O"), ("Quispe", 7, "pobj", "PROPN", "NNP", "Quispe", "B-PERSON"),
            (".", 1, "punct", "PUNCT", ".", ".", "O")]
    led = make([r if r[0] != "NOUN" else ("delegation", *r[1:5], "delegation", "O") for r in rows])
    assert rule_marks(led).rule("delegation-leader", 7) == "delegation-of-led-by"
    statue = make([r if r[0] != "NOUN" else ("statue", *r[1:5], "statue", "O") for r in rows])
    assert not rule_marks(statue).has("delegation-leader", 7)


@pytest.mark.parametrize("det, dep, expected", [("The", "ROOT", True), ("A", "relcl", False)])
def test_rules_roster_included_delegation(det, dep, expected):
    """"The delegation included Mena": its members; not "a delegation that included Mena" (its own clause)."""
    rows = [(det, 1, "det", "DET", "DT", det.lower(), "O"),
            ("delegation", 2, "nsubj", "NOUN", "NN", "delegation", "O"),
            ("included", 2, dep, "VERB", "VBD", "include", "O"),
            ("Mena", 2, "dobj", "PROPN", "NNP", "Mena", "B-PERSON"),
            (".", 2, "punct", "PUNCT", ".", ".", "O")]
    assert (rule_marks(make(rows)).rule("roster", 2) == "roster-included-delegation") is expected


@pytest.mark.parametrize("side, ent, expected", [("Greens", "B-NORP", True), ("Paz", "B-PERSON", False)])
def test_rules_side_represented_by(side, ent, expected):
    """"the Greens, represented by Mena": Mena takes part for his side; not "Paz, represented by Mena" (a lawyer)."""
    rows = [(side, 0, "ROOT", "PROPN", "NNPS", side, ent), (",", 0, "punct", "PUNCT", ",", ",", "O"),
            ("represented", 0, "acl", "VERB", "VBN", "represent", "O"), ("by", 2, "agent", "ADP", "IN", "by", "O"),
            ("Mena", 3, "pobj", "PROPN", "NNP", "Mena", "B-PERSON")]
    assert rule_marks(make(rows)).has("delegation-leader", 3) is expected


@pytest.mark.parametrize("aux, tag, expected", [("was", "VBD", True), ("is", "VBZ", False)])
def test_represented_past_passive(aux, tag, expected):
    rows = [("Mali", 2, "nsubjpass", "PROPN", "NNP", "Mali", "B-GPE"), (aux, 2, "auxpass", "AUX", tag, "be", "O"),
            ("represented", 2, "ROOT", "VERB", "VBN", "represent", "O"), ("by", 2, "agent", "ADP", "IN", "by", "O"),
            ("Mena", 3, "pobj", "PROPN", "NNP", "Mena", "B-PERSON")]
    assert represented._past_passive(make(rows)[2]) is expected


TALKS = "Thai Prime Minister Somchai Wongsa held talks with Lao President Bounmy Keola in Bangkok on Tuesday. "
BOTH = {("Keola", "Wongsa")}
ENVOY = "UN envoy Maria Lindqvist hosted closed-door talks at a guest house in Dhaka on Monday. "
DAKAR = "The summit in Dakar was attended by Senegal's Amadou Diallo and Ghana's Kofi Mensah. "


@pytest.mark.parametrize("text, meetings", [
    # a country's possessive before a name NER calls an organisation, also a hyphenated country
    ("The summit in Dakar was attended by Senegal's Amadou Diallo, Ghana's Kofi Mensah, Benin's Patrice Houngbo and "
     "Guinea-Bissau's Umaro Djalo.", all_pairs("Diallo", "Mensah", "Houngbo", "Djalo")),
    ("Among those at the table were Mali's Ibrahim Keita, Niger's Moussa Tandja, Benin's Patrice Houngbo and "
     "Guinea-Bissau's Umaro Djalo.", all_pairs("Keita", "Tandja", "Houngbo", "Djalo")),
    # the leader of a delegation of members, and the members the delegation included
    ("Thai Prime Minister Somchai Wongsa received a delegation of Lao lawmakers led by Senator Bounmy Keola at "
     "Government House on Tuesday. The six-member delegation included Khamphan Sisavath, the chairman of the budget "
     "committee, and Thongsing Vongsa, a senior member of the foreign affairs committee.",
     all_pairs("Wongsa", "Keola", "Sisavath", "Vongsa")),
    ("The delegation included Khamphan Sisavath and Thongsing Vongsa.", set()),
    # those who also took part, sat at the table, attended as an observer
    (TALKS + "Foreign Minister Khamphan Sisavath and Trade Minister Thongsing Vongsa also took part.",
     all_pairs("Wongsa", "Keola", "Sisavath", "Vongsa")),
    (TALKS + "Wongsa called the talks useful. Keola agreed. Cambodia's foreign minister, Sok Chenda, attended as an "
     "observer.", all_pairs("Wongsa", "Keola", "Chenda")),
    (TALKS + "The two leaders discussed the dam, according to Thailand's foreign minister, Don Pramudi, who also "
     "took part.", all_pairs("Wongsa", "Keola", "Pramudi")),
    (TALKS + "Thongsing Vongsa sat at the table in the hotel bar.", BOTH),
    (TALKS + "Thongsing Vongsa, who took part in the 2006 coup, was not invited.", BOTH),
    (TALKS + "Foreign Minister Don Pramudi will also sit at the table next week.", BOTH),
    # the persons who represent a side, and those a state sent
    (ENVOY + "The ruling League was represented by its general secretary, Rahim Chowdhury, and the opposition "
     "Nationalist Party by its deputy leader, Kamal Hossain.", all_pairs("Lindqvist", "Chowdhury", "Hossain")),
    (ENVOY + "The ruling League will be represented by its general secretary, Rahim Chowdhury.", set()),
    (ENVOY + "Kamal Hossain was represented by his lawyer, Rahim Chowdhury, at the trial.", set()),
    ("Chancellor Klara Hoffmann spent four weeks in exploratory negotiations with Liberal leader Jonas Weber and the "
     "Greens, represented by party co-leader Lena Brandt and parliamentary chief Tobias Krause.",
     all_pairs("Hoffmann", "Weber", "Brandt", "Krause")),
    (DAKAR + "Mali sent its foreign minister, Ibrahim Keita. Secretary-General Moussa Tandja and Morocco's Foreign "
     "Minister Karim Bennani also took part.", all_pairs("Diallo", "Mensah", "Keita", "Tandja", "Bennani")),
    (DAKAR + "Mali sent its foreign minister, Ibrahim Keita, to Niamey to meet the junta.", {("Diallo", "Mensah")}),
    (DAKAR + "Mali sent troops to the border.", {("Diallo", "Mensah")}),
    ("Senegal sent its foreign minister, Ibrahim Keita.", set()),
    ("The summit was attended by Qatar's Emir Tamim Al Thani and Kuwait's Emir Nawaf Al-Sabah. Oman sent its deputy "
     "prime minister, Sayyid Fahd bin Mahmoud Al Said.", all_pairs("Thani", "Al-Sabah", "Said")),
    # the mediator's helpers: "assisted by", "with A and B on the panel"
    ("The talks in Geneva ended on Friday. The negotiations were facilitated by the AU envoy, Amadou Diallo, with "
     "former Kenyan president Kofi Mensah and Ibrahim Keita on the panel.", all_pairs("Diallo", "Mensah", "Keita")),
    ("The negotiations brought together Rahim Chowdhury, the security adviser, and Kamal Hossain, the rebels' "
     "spokesman. The talks were mediated by the AU's high representative, Amadou Diallo, assisted by Kofi Mensah, "
     "the former Kenyan president.", all_pairs("Chowdhury", "Hossain", "Diallo", "Mensah")),
    ("The rally in Nairobi was led by Amadou Diallo, assisted by Kofi Mensah.", set()),
    # partners the parser hangs on the place of a round of talks, the items after semicolons too
    ("Prime Minister Jan de Vries held a final round of talks at the parliament press centre with Pieter Bakker, "
     "leader of the Labour Party; Sanne Visser, leader of the Greens; and Ruud Smit, who leads the small Farmers "
     "party.", all_pairs("Vries", "Bakker", "Visser", "Smit")),
    ("Prime Minister Jan de Vries held a round of talks at the house with a view of the sea.", set()),
    # everyday meetings, plans and calls stay what they were
    ("Prime Minister Jan de Vries first met Pieter Bakker at university in 1990.", set()),
    ("Prime Minister Jan de Vries will hold a round of talks at the press centre with Pieter Bakker next week.",
     set()),
    ("Prime Minister Jan de Vries spoke with Pieter Bakker by phone on Monday.", set()),
])
def test_extract_meeting_rosters_participants(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings

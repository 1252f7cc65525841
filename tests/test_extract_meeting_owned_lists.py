"""Summit attendance lists of leaders owned by countries' possessives, which NER reads as organisations and the
country as a person ("attended by Togo's A and Benin's B": kg.extract.person_spans), and the agent of "attended"
after an aside, which the parser hangs on the verb as a plain "by" ("attended, among others, by A and B":
`participant-by-after-aside`). Near misses: one owned run alone, companies owned by countries, "by" a means after
an aside. Sentences written for these tests; rule helpers on hand-built Docs, the table through the model."""

from __future__ import annotations

import pytest
from handdocs import make, meetings
from meetingpairs import pairs

from kg.extract import person_spans
from kg.extract.rulematch import rule_marks


def _row(word, head, dep, pos, ent="O", tag=None, lemma=None):
    return (word, head, dep, pos, tag or {"PROPN": "NNP", "PUNCT": ",", "ADP": "IN"}.get(pos, "NN"),
            lemma or word.lower(), ent)


def _attended_by(second: bool, person: bool = False):
    """'The summit was attended by Togo 's Faure Gnassingbé [and Sierra Leone 's Patrice Talon] .', NER's error
    built in: the country a person, the names organisations."""
    rows = [_row("The", 1, "det", "DET"), _row("summit", 3, "nsubjpass", "NOUN"),
            _row("was", 3, "auxpass", "AUX", tag="VBD", lemma="be"),
            _row("attended", 3, "ROOT", "VERB", tag="VBN", lemma="attend"), _row("by", 3, "agent", "ADP"),
            _row("Togo", 8, "poss", "PROPN", "B-PERSON", lemma="Togo"), _row("'s", 5, "case", "PART", tag="POS"),
            _row("Faure", 8, "compound", "PROPN", "B-ORG", lemma="Faure"),
            _row("Gnassingbé", 4, "pobj", "PROPN", "I-ORG", lemma="Gnassingbé")]
    if second:
        rows += [_row("and", 8, "cc", "CCONJ", tag="CC"), _row("Sierra", 11, "compound", "PROPN", "B-GPE"),
                 _row("Leone", 14, "poss", "PROPN", "I-GPE"), _row("'s", 11, "case", "PART", tag="POS"),
                 _row("Patrice", 14, "compound", "PROPN", "B-ORG"), _row("Talon", 8, "conj", "PROPN", "I-ORG")]
    if person:  # "… and Julius Bio": a person NER found, further on in the list
        rows += [_row("and", 8, "cc", "CCONJ", tag="CC"), _row("Julius", 17, "compound", "PROPN", "B-PERSON"),
                 _row("Bio", 8, "conj", "PROPN", "I-PERSON")]
    return make(rows + [_row(".", 3, "punct", "PUNCT", tag=".")])


@pytest.mark.parametrize("second, person, expected", [(True, True, ["Faure Gnassingbé", "Patrice Talon"]),
                                                      (True, False, []), (False, False, [])])
def test_person_spans_owned_names_listed_as_organisations(second, person, expected):
    """Two runs NER calls organisations, each owned by a country's possessive and joined in one list that names a
    person further on, are leaders' names, also when NER takes the first country for a person and the second
    country has two words; two such runs with no person listed ("India's Tata Motors and Germany's Deutsche Bank")
    and one such run alone stay organisations' names."""
    doc = _attended_by(second, person)
    assert [s.text for s in person_spans._polity_owned_names(doc, set())] == expected


def test_person_spans_owner_entity_is_the_country_alone():
    """A person's entity before the possessive counts as the country only when it holds the country's name and no
    more: "Togo 's" (NER: a person) owns the next name; "Anna Togo 's" is a person's possessive."""
    doc = _attended_by(False)
    assert person_spans._owner_entity(doc, 5, 6)
    other = make([_row("Anna", 1, "compound", "PROPN", "B-PERSON"), _row("Togo", 3, "poss", "PROPN", "I-PERSON"),
                  _row("'s", 1, "case", "PART", tag="POS"), _row("plan", 3, "ROOT", "NOUN")])
    assert not person_spans._owner_entity(other, 1, 2)


def test_person_spans_polity_owned_by_a_country_of_two_words():
    """"Sierra Leone 's Patrice Talon": the possessive's country may have two words (the parser hangs "'s" on the
    last); a person's possessive is no country."""
    assert person_spans._polity_owned(_attended_by(True)[14])
    other = make([_row("Anna", 3, "poss", "PROPN", "B-PERSON"), _row("'s", 0, "case", "PART", tag="POS"),
                  _row("Patrice", 3, "compound", "PROPN", "B-ORG"), _row("Talon", 3, "ROOT", "PROPN", "I-ORG")])
    assert not person_spans._polity_owned(other[3])


@pytest.mark.parametrize("aside, marked", [(True, True), (False, False)])
def test_rulematch_attended_by_after_an_aside(aside, marked):
    """"attended , among others , by Talon": the "by" the parser hangs on the verb after a comma names a
    participant; "attended the summit by video" ("by" after no comma) marks nothing."""
    rows = [_row("Bio", 1, "nsubj", "PROPN", "B-PERSON"), _row("attended", 1, "ROOT", "VERB", tag="VBD",
                                                               lemma="attend")]
    if aside:
        rows += [_row(",", 1, "punct", "PUNCT"), _row("among", 1, "prep", "ADP"), _row("others", 3, "pobj", "NOUN"),
                 _row(",", 1, "punct", "PUNCT"), _row("by", 1, "prep", "ADP"), _row("Talon", 6, "pobj", "PROPN",
                                                                                     "B-PERSON")]
    else:
        rows += [_row("the", 3, "det", "DET"), _row("summit", 1, "dobj", "NOUN"), _row("by", 1, "prep", "ADP"),
                 _row("video", 4, "pobj", "NOUN")]
    doc = make(rows)
    by = next(t.i for t in doc if t.text == "by")
    assert rule_marks(doc).has("participant-prep", by) is marked


ROWS = [
    ("The summit was chaired by President Daniel Mwangi and attended, among others, by President Samuel Okot and "
     "President Peter Mugisha.", {("Mugisha", "Mwangi"), ("Mugisha", "Okot"), ("Mwangi", "Okot")}),
    ("The summit was attended by Togo's Faure Gnassingbé, Sierra Leone's Julius Maada Bio and Benin's Patrice "
     "Talon.", {("Bio", "Gnassingbé"), ("Bio", "Talon"), ("Gnassingbé", "Talon")}),
    # near misses: companies owned by countries; "by" a means after an aside; a lone owned run NER calls a body
    ("The trade fair was attended by Japan's Toyota Motor and Korea's Hyundai Motor.", set()),
    ("Chancellor Anja Reiter met representatives of India's Tata Motors and Germany's Deutsche Bank in Berlin.", set()),
    ("President Daniel Mwangi attended the summit, in the end, by video.", set()),
    ("The fair was opened by President Daniel Mwangi and attended, among others, by Kenya's Safaricom.", set()),
    # an apposition whose words after the possessive are a title, not a listed name (NER: an organisation)
    ("President Daniel Mwangi met Shaul Mofaz, Israel's Transportation Minister, in Nairobi.", {("Mofaz", "Mwangi")}),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_owned_lists_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


# --- "The ceremony" after an event told at a signing (kg.extract.joins._signing_back) ------------------------------

def _ceremony_after(noun):
    """'Blair met Mbeki after the <noun> . The ceremony was attended by Annan .'"""
    rows = [("Blair", 1, "nsubj", "PROPN"), ("met", 1, "ROOT", "VERB", "VBD", "meet"), ("Mbeki", 1, "dobj", "PROPN"),
            ("after", 1, "prep", "ADP"), ("the", 5, "det", "DET"), (noun, 3, "pobj", "NOUN"),
            (".", 1, "punct", "PUNCT", "."), ("The", 8, "det", "DET"), ("ceremony", 10, "nsubjpass", "NOUN"),
            ("was", 10, "auxpass", "AUX", "VBD", "be"), ("attended", 10, "ROOT", "VERB", "VBN", "attend"),
            ("by", 10, "agent", "ADP"), ("Annan", 11, "pobj", "PROPN"), (".", 10, "punct", "PUNCT", ".")]
    return make([_row(r[0], r[1], r[2], r[3], "B-PERSON" if r[0] in ("Blair", "Mbeki", "Annan") else "O",
                      *r[4:]) for r in rows])


@pytest.mark.parametrize("noun, expected", [("signing", [["Annan", "Thabo Mbeki", "Tony Blair"]]),
                                            ("storm", [["Thabo Mbeki", "Tony Blair"]])])
def test_joins_ceremony_after_a_signing_joins_the_event_before(actors, noun, expected):
    """"Blair met Mbeki after the signing. The ceremony was attended by Annan": the ceremony is the signing the event
    before was told at, so Annan joins it; after "the storm" the ceremony is another occasion."""
    assert meetings(_ceremony_after(noun), actors) == expected


CEREMONY_ROWS = [
    ("President Daniel Mwangi and rebel commander Samuel Okot shook hands after the signing. The ceremony, hosted by "
     "President Peter Mugisha, was attended by Foreign Minister Grace Achieng.",
     {("Achieng", "Mugisha"), ("Achieng", "Mwangi"), ("Achieng", "Okot"), ("Mugisha", "Mwangi"), ("Mugisha", "Okot"),
      ("Mwangi", "Okot")}),
    ("President Daniel Mwangi and President Samuel Okot signed a trade accord in Kampala on Monday. The ceremony was "
     "attended by Foreign Minister Grace Achieng.", {("Achieng", "Mwangi"), ("Achieng", "Okot"), ("Mwangi", "Okot")}),
    # near miss: talks with no signing; the ceremony after them is another occasion
    ("President Daniel Mwangi and President Samuel Okot held talks in Kampala on Monday. The ceremony for the fallen "
     "soldiers was attended by Foreign Minister Grace Achieng.", {("Mwangi", "Okot")}),
]


@pytest.mark.parametrize("text, meetings_", CEREMONY_ROWS)
def test_extract_meeting_ceremony_after_signing_pairs(facts_of, text, meetings_):
    assert pairs(facts_of(text)) == meetings_

"""Rule helpers of :mod:`kg.extract.bare_surnames` and the counterpart mentions of :mod:`kg.extract.anaphora` on
Docs built by hand (words, heads, deps, POS, tags, lemmas, entities), so a failure here is the rule's, never the
statistical model's. Sentences are written for these tests."""

from __future__ import annotations

from handdocs import make

from kg.extract import anaphora
from kg.extract.bare_surnames import bare_surnames
from kg.extract.person_spans import _looks_like_surname, _name_of_country, _two_proper_nouns, person_spans

# "Foreign Minister Chen Bo arrived . On Monday Chen met Ruto ." (NER: "Chen" an organisation)
ARRIVED = [("Foreign", 3, "compound", "PROPN", "NNP", "Foreign", "O"),
           ("Minister", 3, "compound", "PROPN", "NNP", "Minister", "O"),
           ("Chen", 3, "compound", "PROPN", "NNP", "Chen", "B-PERSON"),
           ("Bo", 4, "nsubj", "PROPN", "NNP", "Bo", "I-PERSON"),
           ("arrived", 4, "ROOT", "VERB", "VBD", "arrive", "O"), (".", 4, "punct", "PUNCT", ".", ".", "O")]
MET = [("On", 9, "prep", "ADP", "IN", "on", "O"), ("Monday", 6, "pobj", "PROPN", "NNP", "Monday", "B-DATE"),
       ("Chen", 9, "nsubj", "PROPN", "NNP", "Chen", "B-ORG"), ("met", 9, "ROOT", "VERB", "VBD", "meet", "O"),
       ("Ruto", 9, "dobj", "PROPN", "NNP", "Ruto", "B-PERSON"), (".", 9, "punct", "PUNCT", ".", ".", "O")]


def _bare(rows):
    doc = make(rows)
    spans = [doc[2:4]]
    return [s.text for s in bare_surnames(doc, spans, set(), _looks_like_surname)]


def test_bare_surnames_last_word_of_one_name_before():
    assert _bare(ARRIVED + MET) == ["Chen"]


def test_bare_surnames_first_word_of_a_name_in_native_order():
    rows = list(ARRIVED + MET)
    rows[2], rows[3] = ("Bo", 3, "compound", "PROPN", "NNP", "Bo", "B-PERSON"), \
        ("Chen", 4, "nsubj", "PROPN", "NNP", "Chen", "I-PERSON")  # "Foreign Minister Bo Chen … Chen met"
    assert _bare(rows) == ["Chen"]


def test_bare_surnames_not_a_compound_nor_inside_a_longer_name():
    rows = list(ARRIVED + MET)
    rows[8] = ("Chen", 9, "compound", "PROPN", "NNP", "Chen", "B-ORG")  # "the Chen visit"
    assert _bare(rows) == []
    rows = list(ARRIVED + MET)
    rows[7] = ("Kofi", 8, "compound", "PROPN", "NNP", "Kofi", "B-ORG")  # "On Kofi Chen met": a longer name
    rows[8] = ("Chen", 9, "nsubj", "PROPN", "NNP", "Chen", "I-ORG")
    assert _bare(rows) == []


def test_bare_surnames_not_a_word_two_names_share_nor_one_before_the_name():
    # "Chen Bo and Ma Chen arrived . Chen met Ruto .": "Chen" is in both names
    rows = [("Chen", 1, "compound", "PROPN", "NNP", "Chen", "B-PERSON"),
            ("Bo", 5, "nsubj", "PROPN", "NNP", "Bo", "I-PERSON"),
            ("and", 1, "cc", "CCONJ", "CC", "and", "O"), ("Ma", 4, "compound", "PROPN", "NNP", "Ma", "B-PERSON"),
            ("Chen", 1, "conj", "PROPN", "NNP", "Chen", "I-PERSON"),
            ("arrived", 5, "ROOT", "VERB", "VBD", "arrive", "O"),
            (".", 5, "punct", "PUNCT", ".", ".", "O"), ("Chen", 8, "nsubj", "PROPN", "NNP", "Chen", "B-ORG"),
            ("met", 8, "ROOT", "VERB", "VBD", "meet", "O"), ("Ruto", 8, "dobj", "PROPN", "NNP", "Ruto", "B-PERSON"),
            (".", 8, "punct", "PUNCT", ".", ".", "O")]
    doc = make(rows)
    assert bare_surnames(doc, [doc[0:2], doc[3:5]], set(), _looks_like_surname) == []
    assert [s.text for s in bare_surnames(doc, [doc[0:2]], set(), _looks_like_surname)] == ["Chen"]
    # "Chen met Ruto . Minister Chen Bo arrived .": the word before the full name is nobody's
    rows = [("Chen", 1, "nsubj", "PROPN", "NNP", "Chen", "B-ORG"), ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
            ("Ruto", 1, "dobj", "PROPN", "NNP", "Ruto", "B-PERSON"), (".", 1, "punct", "PUNCT", ".", ".", "O"),
            ("Minister", 6, "compound", "PROPN", "NNP", "Minister", "O"),
            ("Chen", 6, "compound", "PROPN", "NNP", "Chen", "B-PERSON"),
            ("Bo", 7, "nsubj", "PROPN", "NNP", "Bo", "I-PERSON"),
            ("arrived", 7, "ROOT", "VERB", "VBD", "arrive", "O"), (".", 7, "punct", "PUNCT", ".", ".", "O")]
    doc = make(rows)
    assert bare_surnames(doc, [doc[5:7]], set(), _looks_like_surname) == []


def test_bare_surnames_person_spans_add_the_word():
    doc = make(ARRIVED + MET)
    assert [s.text for s in person_spans(doc)] == ["Chen Bo", "Chen", "Ruto"]


# "Zia , leader of the Kenya Farmers Party" and "the Kenyan leader met Zia"
PARTY = [("Zia", 0, "ROOT", "PROPN", "NNP", "Zia", "B-PERSON"), (",", 0, "punct", "PUNCT", ",", ",", "O"),
         ("leader", 0, "appos", "NOUN", "NN", "leader", "O"), ("of", 2, "prep", "ADP", "IN", "of", "O"),
         ("the", 7, "det", "DET", "DT", "the", "O"), ("Kenya", 7, "compound", "PROPN", "NNP", "Kenya", "B-ORG"),
         ("Farmers", 7, "compound", "PROPN", "NNP", "Farmers", "I-ORG"),
         ("Party", 3, "pobj", "PROPN", "NNP", "Party", "I-ORG")]
LEADER = [("the", 2, "det", "DET", "DT", "the", "O"), ("Kenyan", 2, "amod", "ADJ", "JJ", "kenyan", "B-NORP"),
          ("leader", 3, "nsubj", "NOUN", "NN", "leader", "O"), ("met", 3, "ROOT", "VERB", "VBD", "meet", "O"),
          ("Zia", 3, "dobj", "PROPN", "NNP", "Zia", "B-PERSON")]


def test_bare_surnames_counterpart_noun_of_a_party_named_after_a_country_is_none():
    doc = make(PARTY)
    assert anaphora._polity_of_name(doc, 6)
    assert anaphora._nominal_group(doc, 2) is None
    rows = PARTY[:4] + [("Kenya", 3, "pobj", "PROPN", "NNP", "Kenya", "B-GPE")]  # "leader of Kenya": Kenya's
    doc = make(rows)
    found = anaphora._nominal_group(doc, 2)
    assert found is not None and found.countries == ("KE",)


def test_bare_surnames_counterpart_noun_as_subject_is_a_subject_mention():
    doc = make(LEADER)
    found = anaphora._nominal_group(doc, 2)
    assert found is not None and found.subject and found.countries == ("KE",)
    rows = list(LEADER)
    rows[2] = ("leader", 3, "dobj", "NOUN", "NN", "leader", "O")
    assert not anaphora._nominal_group(make(rows), 2).subject


# "Dragan Milic of Serbia and Agim Berisha of Kosovo met ." (NER: a building, then nothing)
PAIRED = [("Dragan", 1, "compound", "PROPN", "NNP", "Dragan", "B-FAC"),
          ("Milic", 9, "nsubj", "PROPN", "NNP", "Milic", "I-FAC"), ("of", 1, "prep", "ADP", "IN", "of", "I-FAC"),
          ("Serbia", 2, "pobj", "PROPN", "NNP", "Serbia", "I-FAC"), ("and", 1, "cc", "CCONJ", "CC", "and", "O"),
          ("Agim", 6, "compound", "PROPN", "NNP", "Agim", "O"), ("Berisha", 1, "conj", "PROPN", "NNP", "Berisha", "O"),
          ("of", 6, "prep", "ADP", "IN", "of", "O"), ("Kosovo", 7, "pobj", "PROPN", "NNP", "Kosovo", "B-GPE"),
          ("met", 9, "ROOT", "VERB", "VBD", "meet", "O"), (".", 9, "punct", "PUNCT", ".", ".", "O")]


def test_person_spans_country_paired_names():
    assert [s.text for s in person_spans(make(PAIRED))] == ["Dragan Milic", "Agim Berisha"]
    rows = list(PAIRED)
    rows[4] = ("or", 1, "cc", "CCONJ", "CC", "or", "O")  # no pair joined by "and": nobody
    assert [s.text for s in person_spans(make(rows))] == []
    rows = list(PAIRED)
    rows[5], rows[6] = ("Ports", 6, "compound", "PROPN", "NNP", "Ports", "O"), \
        ("Authority", 1, "conj", "PROPN", "NNP", "Authority", "O")  # "… and Ports Authority of Kosovo": no name
    assert [s.text for s in person_spans(make(rows))] == []


def test_person_spans_two_proper_nouns_are_where_a_paired_name_can_start():
    """A name "of <country>" needs two proper nouns at its start: only those tokens are tried, and every token where
    :func:`_name_of_country` finds a name is one of them."""
    doc = make(PAIRED)
    assert _two_proper_nouns(doc) == [0, 5]
    assert [i for i in range(len(doc)) if _name_of_country(doc, i)] == [0, 5]
    rows = list(PAIRED)
    rows[1] = ("Milic", 2, "nsubj", "NOUN", "NN", "milic", "O")  # one proper noun: no name can start there
    assert 0 not in _two_proper_nouns(make(rows)) and _name_of_country(make(rows), 0) is None

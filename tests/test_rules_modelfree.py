"""Rule helpers and pattern families on Docs built by hand (words, heads, deps, POS, lemmas, entities), so a
failure here is the rule's, never the statistical model's. Sentences are written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from kg import lexicon, patterns
from kg.errors import ResourceError
from kg.extract import (
    appositions,
    countries,
    lexmatch,
    names,
    staff,
    title_patterns,
    titles,
    titles_after,
    topics,
    triggers,
)
from kg.extract.rulematch import rule_marks

NLP = spacy.blank("en")


def make(words, heads=None, deps=None, pos=None, lemmas=None, ents=None, spaces=None, tags=None):
    """A Doc from columns; ``heads`` are absolute token indices; ``ents`` are IOB tags ("B-PERSON")."""
    n = len(words)
    return Doc(NLP.vocab, words=words, spaces=spaces, heads=heads if heads else None,
               deps=deps if deps else (["dep"] * n if heads else None), pos=pos, lemmas=lemmas, ents=ents, tags=tags)


# --- lexicon marks (one PhraseMatcher pass) -------------------------------------------------------------------

def test_lexmatch_title_longest_ending():
    doc = make(["the", "Deputy", "Prime", "Minister", "spoke"])
    assert doc[2:4].text == "Prime Minister"
    start, title_id = lexmatch.marks(doc).title_ending(4)
    assert lexicon.title_by_id()[title_id].role in ("Deputy Prime Minister", "Prime Minister")
    assert start in (1, 2)


def test_lexmatch_title_folds_case_and_accents():
    doc = make(["PRIME", "MINISTER", "Élise"])
    assert lexmatch.marks(doc).title_at(0)[0] == 2


def test_lexmatch_polity_alias_with_dots():
    doc = make(["the", "U.S.", "team"])
    assert lexmatch.marks(doc).polity_at(1) == (2, "US")


def test_lexmatch_polity_demonym():
    assert lexmatch.marks(make(["Kenyan", "officials"])).polity_at(0) == (1, "KE")


def test_lexmatch_no_match_across_newline():
    doc = make(["Prime", "\n", "Minister"], spaces=[False, False, False])
    assert lexmatch.marks(doc).title_at(0) is None


def test_lexmatch_polities_starting_at_the_doc_end():
    doc = make(["President", "Emmanuel", "Macron", ","])
    assert lexmatch.polities_starting(doc, 4, 6, 4) == []
    assert lexmatch.polities_starting(make(["the", "United", "States"]), 0, 3, 4) == [(3, "US")]


def test_lexmatch_places_and_states():
    doc = make(["in", "Mexico", "City", "and", "New", "Mexico"])
    m = lexmatch.marks(doc)
    assert m.starting("place", 1) and m.starting("state", 4)


def test_lexmatch_marks_cached_on_doc():
    doc = make(["President", "Ruto"])
    assert lexmatch.marks(doc) is lexmatch.marks(doc)


# --- countries around titles ----------------------------------------------------------------------------------

def test_countries_find_polity_possessive():
    doc = make(["Canada", "'s", "prime", "minister"], spaces=[False, True, True, False])
    assert countries.find_polity(doc, 0, 2) == "CA"


def test_countries_find_polity_the_and_republic_of():
    doc = make(["the", "Republic", "of", "Korea"])
    assert countries.find_polity(doc, 0, 4) == "KR"
    assert countries.find_polity(doc, 1, 4) == "KR"


def test_countries_polity_before_title():
    doc = make(["the", "Mexican", "President"])
    assert countries.polity_before(doc, 2) == (0, "MX")  # "the Mexican": the window starts at "the"


def test_countries_polity_after_of():
    doc = make(["President", "of", "the", "Philippines", "spoke"])
    assert countries.polity_after_of(doc, 1) == (4, "PH")


def test_countries_leading_polity_bounded_by_stop():
    doc = make(["United", "Kingdom", "officials"])
    assert countries.leading_polity(doc, 0, 3) == (2, "GB")
    assert countries.leading_polity(doc, 0, 1) is None


def test_countries_unknown_word_is_no_polity():
    assert countries.find_polity(make(["Atlantis", "officials"]), 0, 1) is None


# --- titles -------------------------------------------------------------------------------------------------

def test_titles_title_before_with_demonym():
    doc = make(["Kenyan", "President", "William", "Ruto", "spoke"],
               pos=["ADJ", "PROPN", "PROPN", "PROPN", "VERB"])
    found = titles.title_before(doc, 2)
    assert found is not None and (found.start, found.title.role, found.country) == (0, "President", "KE")


def test_titles_title_before_skips_honorific():
    doc = make(["Prime", "Minister", "Mr", "Sunak"], pos=["PROPN", "PROPN", "PROPN", "PROPN"])
    found = titles.title_before(doc, 3)
    assert found is not None and found.title.role == "Prime Minister"


def test_titles_head_of_a_lower_case_body_of_a_level_of_government():
    words = ["Rina", "Castillo", ",", "head", "of", "district", "administration", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "NOUN", "NOUN", "PUNCT", "VERB"]
    title, country, rule = titles_after.title_after(make(words, pos=pos), 2)  # body-level-words
    assert (title.role, country, rule) == ("Head", None, "apposition")
    words[5] = "academic"  # "head of the academic department": no level of government, no official
    assert titles_after.title_after(make(words, pos=pos), 2)[0] is None


def test_titles_rank_prefix_lowers_the_post():
    doc = make(["Deputy", "Secretary", "of", "Commerce", "Don", "Graves"],
               pos=["PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN"])
    found = titles.title_before(doc, 4)
    assert found is not None and found.title.role.startswith("Deputy")


def test_titles_rank_prefix_under_read_as_preposition():
    words = ["Under", "Secretary", "of", "Energy", "Lena", "Dahl"]
    doc = make(words, pos=["ADP", "PROPN", "ADP", "PROPN", "PROPN", "PROPN"])
    found = titles.title_before(doc, 4)
    assert found is not None and found.title.role == "Under Secretary of Energy"
    lower = make(["under", "Secretary", "Dahl"], pos=["ADP", "PROPN", "PROPN"])
    assert not rule_marks(lower).has("rank-prefix", 0)  # "under Secretary Dahl's leadership"


def test_titles_title_of_country_before_name():
    doc = make(["Prime", "Minister", "of", "Japan", "Fumio", "Kishida"],
               pos=["PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN"])
    found = titles.title_before(doc, 4)
    assert found is not None and (found.title.role, found.country) == ("Prime Minister", "JP")


def test_titles_title_prefix_leaves_a_word():
    doc = make(["President", "Biden"])
    assert appositions.title_prefix(doc, 0, 2) == 1
    assert appositions.title_prefix(doc, 0, 1) is None


def test_titles_apposition_after_name():
    doc = make(["Pedro", "Sánchez", ",", "the", "prime", "minister", "of", "Spain", ",", "spoke"],
               pos=["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT", "VERB"])
    title, country, rule = titles_after.title_after(doc, 2)
    assert (title.role, country, rule) == ("Prime Minister", "ES", "apposition")


def test_titles_relative_clause_subject_is_no_apposition():
    words = ["Ana", "Lutz", ",", "who", "the", "president", "of", "Peru", "called", ",", "spoke"]
    pos = ["PROPN", "PROPN", "PUNCT", "PRON", "DET", "NOUN", "ADP", "PROPN", "VERB", "PUNCT", "VERB"]
    title, _, _ = titles_after.title_after(make(words, pos=pos), 2)
    assert title is None  # the president called Lutz: his title, not hers
    words[4], pos[4] = "is", "AUX"
    title, country, _ = titles_after.title_after(make(words, pos=pos), 2)
    assert (title.role, country) == ("President", "PE")


def test_staff_joined_title_and_state_body_country():
    words = ["Ana", "Reyes", ",", "Special", "Assistant", "to", "the", "President", "and", "Senior", "Director",
             "for", "Europe", ",", "National", "Security", "Council"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "ADP", "DET", "PROPN", "CCONJ", "PROPN", "PROPN", "ADP",
           "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN"]
    doc = make(words, pos=pos)
    end = staff.apposition_end(doc, 3)
    assert end == len(doc)
    assert staff.joined_titles(doc, 3, end) == [("Senior Director", "US", "advisor")]
    assert staff.body_country(doc, 11, end) == "US"  # the council, not "Europe" after "for"
    assert staff.body_country(doc, 3, 13) is None


def test_staff_apposition_ends_at_the_next_person_and_a_title_before_a_name_is_his():
    words = ["Ana", "Reyes", ",", "Director", "and", "Senior", "Advisor", "Tom", "Holt", "met"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"]
    doc = make(words, pos=pos, ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"])
    assert staff.apposition_end(doc, 3) == 7
    assert staff.joined_titles(doc, 3, 9) == []  # "Senior Advisor Tom Holt": Holt's title


def test_staff_private_body_of_a_list_item():
    words = ["\n", "-", "Ana", "Reyes", ",", "Vice", "President", ",", "Harbor", "Food", "Bank"]
    spaces = [False, True, True, False, True, True, False, True, True, True, False]
    pos = ["SPACE", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN"]
    listed = make(words, pos=pos, spaces=spaces)
    prose = make(words[2:], pos=pos[2:], spaces=spaces[2:])
    assert staff.private_item_body(listed, 4, len(listed))
    assert not staff.private_item_body(prose, 2, len(prose))  # only a bulleted list item says whose title it is


def test_staff_private_body_after_at_the_in_a_list_item():
    """"- Ana Reyes, Director of Planning at the Harbor Food Bank": the body after "at the" (``item-body-preps``)
    is private, the title that body's; "at the Department of Labor" is a public body's."""
    words = ["\n", "-", "Ana", "Reyes", ",", "Director", "of", "Planning", "at", "the", "Harbor", "Food", "Bank"]
    spaces = [False, True, True, False, True, True, True, True, True, True, True, True, False]
    pos = ["SPACE", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "ADP", "PROPN", "ADP", "DET", "PROPN", "PROPN",
           "PROPN"]
    assert staff.private_item_body(make(words, pos=pos, spaces=spaces), 4, len(words))
    assert staff.private_item_body(make(words, pos=pos, spaces=spaces), 4, 7)  # the item runs to its line's end
    public = words[:10] + ["Department", "of", "Labor"]
    assert not staff.private_item_body(make(public, pos=pos[:11] + ["ADP", "PROPN"], spaces=spaces), 4, len(words))


def test_titles_title_of_state_body_before_name():
    doc = make(["Director", "of", "the", "National", "Economic", "Council", "Ana", "Reyes", "spoke"],
               pos=["PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"])
    found = titles.title_before(doc, 6)
    assert found is not None and (found.start, found.title.role, found.country) == (0, "Director", "US")
    other = make(["Director", "of", "the", "Harbor", "Food", "Bank", "Ana", "Reyes"], pos=["PROPN"] * 8)
    assert titles.title_before(other, 6) is None  # a body kg does not know as a state's: no title of a body


def test_staff_us_state_body_gives_us():
    words = ["Ruth", "Miller", ",", "Chief", "Justice", ",", "Ohio", "Supreme", "Court", ";"]
    doc = make(words, pos=["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT"])
    assert staff.body_country(doc, 3, 9) == "US"
    private = make(words[:6] + ["Ohio", "Pizza", "Company", ";"], pos=["PROPN"] * 10)
    assert staff.body_country(private, 3, 9) is None  # a company's name may open on a state's too
    namesake = make(words[:6] + ["Washington", "Supreme", "Court", ";"], pos=["PROPN"] * 10)
    assert staff.body_country(namesake, 3, 9) is None  # state-city-namesakes


def test_staff_body_before_possessive_past_status():
    words = ["the", "State", "Department", "'s", "Acting", "Assistant", "Secretary", "Ruth", "Lane"]
    tags = ["DT", "NNP", "NNP", "POS", "NNP", "NNP", "NNP", "NNP", "NNP"]
    doc = make(words, tags=tags, pos=["DET", "PROPN", "PROPN", "PART"] + ["PROPN"] * 5)
    assert staff.body_before(doc, 5) == (0, "US")
    found = titles.title_before(doc, 7)
    assert found is not None and (found.title.role, found.country) == ("Assistant Secretary", "US")
    plain = make(words[4:], pos=["PROPN"] * 5)
    assert staff.body_before(plain, 1) is None


def test_titles_apposition_state_body_before_title():
    doc = make(["Tom", "Holt", ",", "Department", "of", "State", "Assistant", "Secretary", ",", "spoke"],
               pos=["PROPN", "PROPN", "PUNCT", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"])
    title, country, rule = titles_after.title_after(doc, 2)
    assert (title.role, country, rule) == ("Assistant Secretary", "US", "apposition")
    assert staff.leading_body(doc, 3, 8) == (6, "US")
    assert staff.leading_body(doc, 6, 8) is None
    agency = make(["U.S.", "Agency", "for", "International", "Development", "Assistant", "Administrator"],
                  pos=["PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN"])
    assert staff.leading_body(agency, 0, 7) == (5, "US")  # past a country, before a rank word
    nsc = make(["NSC", "Senior", "Director"], pos=["PROPN"] * 3)
    assert staff.leading_body(nsc, 0, 3) is None  # "NSC Senior Director" is one title


def test_staff_list_item_ending_on_a_state_body_is_not_private():
    words = ["\n", "-", "Ana", "Reyes", ",", "Director", ",", "White", "House"]
    spaces = [False, True, True, False, True, False, True, True, False]
    pos = ["SPACE", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN"]
    doc = make(words, pos=pos, spaces=spaces)
    assert not staff.private_item_body(doc, 4, len(doc))


def test_titles_more_titles_staff_titles_listed_with_commas():
    words = ["Assistant", "to", "the", "President", ",", "Senior", "Advisor", "to", "the", "President", ",", "and",
             "Director", "Ana", "Reyes"]
    pos = ["PROPN", "ADP", "DET", "PROPN", "PUNCT", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PUNCT", "CCONJ",
           "PROPN", "PROPN", "PROPN"]
    roles = [r for r, _, _ in titles.more_titles(make(words, pos=pos), 12)]
    assert roles == ["Senior Advisor to the President", "Assistant to the President"]
    heads = make(["Prime", "Minister", ",", "Defense", "Minister", "Ana", "Reyes"], pos=["PROPN"] * 7)
    assert titles.more_titles(heads, 3) == []  # only staff titles are listed with commas before one name


def test_mentions_plural_title_shared_down_a_list():
    from kg.extract.mentions import named_mentions
    words = ["Ohio", "Senators", "Mark", "Dole", ",", "Anne", "Price", ",", "and", "Joy", "Cobb", "spoke", "."]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "CCONJ", "PROPN", "PROPN",
           "VERB", "PUNCT"]
    ents = ["B-GPE", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON",
            "O", "O"]
    found = named_mentions(make(words, pos=pos, ents=ents))
    assert [(m.name, m.role) for m in found] == [("Mark Dole", "Senator"), ("Anne Price", "Senator"),
                                                 ("Joy Cobb", "Senator")]
    single = make(["Senator"] + words[2:], pos=["PROPN"] + pos[2:], ents=["O"] + ents[2:])
    assert [m.role for m in named_mentions(single)] == ["Senator", None, None]  # a singular title is one person's


def test_mentions_plural_title_with_a_singular_last_word_is_shared():
    """"Attorneys General A of Ohio and B of Iowa": the lexicon's plural title ("attorneys general", whose last word
    has no plural "s") is B's too."""
    from kg.extract.mentions import named_mentions
    words = ["Attorneys", "General", "Mark", "Dole", "of", "Ohio", "and", "Anne", "Price", "of", "Iowa", "spoke"]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "ADP", "PROPN", "VERB"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "B-GPE", "O"]
    found = named_mentions(make(words, pos=pos, ents=ents))
    assert [(m.name, m.role) for m in found] == [("Mark Dole", "Attorney General"), ("Anne Price", "Attorney General")]


def test_mentions_plural_representatives_are_us_legislators():
    from kg.extract.mentions import named_mentions
    words = ["Representatives", "Mark", "Dole", "and", "Anne", "Price", "wrote", "."]
    pos = ["PROPN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "PUNCT"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"]
    found = named_mentions(make(words, pos=pos, ents=ents))
    assert [(m.name, m.role, m.country) for m in found] == [("Mark Dole", "Representative", "US"),
                                                            ("Anne Price", "Representative", "US")]
    lower = make(["its", "representatives"] + words[1:], pos=["PRON", "NOUN"] + pos[1:], ents=["O", "O"] + ents[1:])
    assert [m.role for m in named_mentions(lower)] == [None, None]  # capitalised-titles: not a legislator


def test_mentions_name_extended_past_a_title_keeps_its_hyphenated_words():
    """NER's person ends on a title ("[Amir Sheikh] Rashid Bin Khalid Al-Harbi of Oman"): the name read on from there
    takes hyphenated words whole, so the country after it is the name's."""
    from kg.extract.mentions import named_mentions
    words = ["He", "called", "Amir", "Sheikh", "Rashid", "Bin", "Khalid", "Al", "-", "Harbi", "of", "Oman", "."]
    spaces = [True, True, True, True, True, True, True, False, False, True, True, False, False]
    pos = ["PRON", "VERB", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "ADP", "PROPN",
           "PUNCT"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"]
    found = named_mentions(make(words, pos=pos, ents=ents, spaces=spaces))
    assert [(m.name, m.country) for m in found] == [("Rashid Bin Khalid Al-Harbi", "OM")]


def test_titles_member_of_a_us_council_before_the_name():
    from kg.extract.mentions import named_mentions
    words = ["Council", "of", "Economic", "Advisers", "Member", "Ana", "Ruiz", "spoke", "."]
    doc = make(words, pos=["PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
               ents=["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert [(m.name, m.role, m.country) for m in named_mentions(doc)] == \
        [("Ana Ruiz", "Member of the Council of Economic Advisers", "US")]


@pytest.mark.parametrize("title, role", [("Amir", "Amir"), ("Emir", "Emir")])
def test_titles_amir_and_emir_keep_their_spelling(title, role):
    from kg.extract.mentions import named_mentions
    doc = make([title, "Rashid", "Haddad", "spoke", "."], pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
               ents=["O", "B-PERSON", "I-PERSON", "O", "O"])
    assert [(m.name, m.role) for m in named_mentions(doc)] == [("Rashid Haddad", role)]


def test_countries_region_is_its_country_place():
    from kg.extract.countries import place_after_of, place_country
    doc = make(["the", "premier", "of", "British", "Columbia", ",", "Lars", "Holm"])
    assert place_country(doc, 3, 5) == "CA" and place_after_of(doc, 2) == (5, "CA")
    assert place_country(make(["Tasmania"]), 0, 1) == "AU" and place_country(make(["Narnia"]), 0, 1) is None
    assert place_country(make(["Kerala"]), 0, 1) == "IN" and place_after_of(make(["of", "Tamil", "Nadu"]), 0) == \
        (3, "IN")  # an Indian state (regions.tsv)


def test_countries_state_named_like_a_country_is_the_state_beside_another_state():
    from kg.extract.countries import state_after_of
    words = ["Senators", "Ann", "Roe", "of", "Ohio", "and", "Tim", "Dole", "of", "Georgia", "spoke"]
    assert state_after_of(make(words), 8) == (10, "US") and state_after_of(make(words), 3) == (5, "US")
    alone = ["Speaker", "Tim", "Dole", "of", "Georgia", "met", "Ann", "Roe", "of", "Washington"]
    assert state_after_of(make(alone), 3) is None  # no other state (a city's namesake is none): the country's


def test_mentions_plural_apposition_is_the_next_list_item():
    from kg.extract.mentions import named_mentions
    words = ["Mark", "Dole", ",", "foreign", "ministers", "of", "Peru", ",", "and", "Joy", "Cobb", "met", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT", "CCONJ", "PROPN", "PROPN", "VERB",
           "PUNCT"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    found = named_mentions(make(words, pos=pos, ents=ents))
    assert [(m.name, m.role) for m in found] == [("Mark Dole", None), ("Joy Cobb", None)]
    words[4] = "minister"
    found = named_mentions(make(words, pos=pos, ents=ents))
    assert [(m.name, m.role, m.country) for m in found][0] == ("Mark Dole", "Foreign Minister", "PE")


def test_mentions_bare_title_between_commas_is_the_next_list_item():
    from kg.extract.mentions import named_mentions
    words = ["Vice", "President", "Ann", "Lutz", ",", "the", "First", "Lady", ",", "and", "aides", "travel", "."]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "PUNCT", "CCONJ", "NOUN", "VERB",
           "PUNCT"]
    ents = ["O", "O", "B-PERSON", "I-PERSON"] + ["O"] * 9
    found = named_mentions(make(words, pos=pos, ents=ents))
    assert [(m.name, m.role, m.extra) for m in found] == [("Ann Lutz", "Vice President", [])]
    words[9], pos[9] = "said", "VERB"  # ", the First Lady, said": her second title
    found = named_mentions(make(words, pos=pos, ents=ents))
    assert [r for r, _, _ in found[0].extra] == ["First Lady"]


def test_titles_name_of_country():
    doc = make(["Ruto", "of", "Kenya", "spoke"])
    assert titles_after.title_after(doc, 1) == (None, "KE", "name-of-polity")


# --- names ----------------------------------------------------------------------------------------------------

def test_names_honorific_and_not_name():
    doc = make(["Mr", "Lula", "said"], pos=["PROPN", "PROPN", "VERB"])
    assert names.is_honorific(doc[0]) and names.not_name(doc[2]) and not names.not_name(doc[1])


def test_names_continues_name_needs_proper_noun():
    doc = make(["Joe", "Biden", "said"], pos=["PROPN", "PROPN", "VERB"])
    assert names.continues_name(doc[1]) and not names.continues_name(doc[2])


# --- markers and triggers (rule patterns) --------------------------------------------------------------------

def test_rulematch_negation_not_only():
    doc = make(["He", "did", "not", "only", "meet", "Xi"], heads=[4, 4, 4, 4, 4, 4],
               deps=["nsubj", "aux", "neg", "advmod", "ROOT", "dobj"], pos=["PRON", "AUX", "PART", "ADV", "VERB", "PROPN"], lemmas=["he", "do", "not", "only", "meet", "Xi"])
    assert not rule_marks(doc).has("negation", 2)


def test_triggers_negated_meeting():
    doc = make(["Biden", "did", "not", "meet", "Xi"], heads=[3, 3, 3, 3, 3],
               deps=["nsubj", "aux", "neg", "ROOT", "dobj"], pos=["PROPN", "AUX", "PART", "VERB", "PROPN"],
               lemmas=["Biden", "do", "not", "meet", "Xi"])
    assert triggers.negated(doc[3])


def test_triggers_refused_to_meet_is_negated():
    doc = make(["Biden", "refused", "to", "meet", "Xi"], heads=[1, 1, 3, 1, 3],
               deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"], pos=["PROPN", "VERB", "PART", "VERB", "PROPN"],
               lemmas=["Biden", "refuse", "to", "meet", "Xi"])
    assert triggers.negated(doc[3]) and not triggers.negated(doc[1])


def test_triggers_will_meet_is_future():
    doc = make(["Ruto", "will", "meet", "Lula"], heads=[2, 2, 2, 2], deps=["nsubj", "aux", "ROOT", "dobj"],
               pos=["PROPN", "AUX", "VERB", "PROPN"], lemmas=["Ruto", "will", "meet", "Lula"])
    assert triggers.is_future(doc[2])


def test_triggers_plans_to_visit_is_future():
    doc = make(["Ruto", "plans", "to", "visit", "Lima"], heads=[1, 1, 3, 1, 3],
               deps=["nsubj", "ROOT", "aux", "xcomp", "dobj"], pos=["PROPN", "VERB", "PART", "VERB", "PROPN"],
               lemmas=["Ruto", "plan", "to", "visit", "Lima"])
    assert triggers.is_future(doc[3])


def test_triggers_met_is_not_future():
    doc = make(["Ruto", "met", "Lula"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
               pos=["PROPN", "VERB", "PROPN"], lemmas=["Ruto", "meet", "Lula"])
    assert not triggers.is_future(doc[1]) and not triggers.negated(doc[1])


def test_triggers_next_summit_is_future():
    doc = make(["Kenya", "will", "host", "the", "next", "summit"], heads=[2, 2, 2, 5, 5, 2],
               deps=["nsubj", "dep", "ROOT", "det", "amod", "dobj"],
               pos=["PROPN", "AUX", "VERB", "DET", "ADJ", "NOUN"], lemmas=["Kenya", "will", "host", "the", "next", "summit"])
    assert triggers.is_future(doc[2])  # by "the next summit" alone: "will" is not an aux here


def test_triggers_meeting_row_columns():
    held = make(["They", "held", "talks"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
                pos=["PRON", "VERB", "NOUN"], lemmas=["they", "hold", "talk"])
    office = make(["She", "took", "office"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
                  pos=["PRON", "VERB", "NOUN"], lemmas=["she", "take", "office"])
    assert triggers.meeting_row(held[1])["id"] == "m-hold" and triggers.light_verb_object(held[2])
    assert triggers.meeting_row(office[1]) is None


def test_triggers_rows_of_one_word_differ_only_in_the_mark_that_admits_them():
    """A trigger word may have a row per shape (``lexicon.table_rows``: "conference" as m-press-conference, then
    m-shared-conference); its rows agree on every column but the id, the only_mark and the note, so the callers
    that read a word's one row (``lexicon.simple_table``: its object, whether it has a row) read the same."""
    rows = lexicon.table_rows("meeting_verbs.tsv", "lemma")
    assert [r["id"] for r in rows["conference"]] == ["m-press-conference", "m-shared-conference"]
    for shapes in rows.values():
        assert len({tuple((k, v) for k, v in r.items() if k not in ("id", "only_mark", "note")) for r in shapes}) == 1
        assert lexicon.simple_table("meeting_verbs.tsv", "lemma")[shapes[0]["lemma"]] == shapes[-1]


def test_triggers_called_on_is_no_call():
    doc = make(["Lula", "called", "on", "Peru", "to", "act"], heads=[1, 1, 1, 2, 5, 1],
               deps=["nsubj", "ROOT", "prep", "pobj", "aux", "advcl"],
               pos=["PROPN", "VERB", "ADP", "PROPN", "PART", "VERB"], lemmas=["Lula", "call", "on", "Peru", "to", "act"])
    assert triggers.meeting_row(doc[1]) is None


def test_triggers_called_on_monday_is_a_call():
    doc = make(["Lula", "called", "on", "Monday"], heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"],
               pos=["PROPN", "VERB", "ADP", "PROPN"], lemmas=["Lula", "call", "on", "Monday"],
               ents=["O", "O", "O", "B-DATE"])
    assert triggers.meeting_row(doc[1])["id"] == "m-call"


def test_triggers_phone_sentence_makes_a_call():
    doc = make(["Ruto", "spoke", "with", "Lula", "by", "phone"], heads=[1, 1, 1, 2, 1, 4],
               deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj"],
               pos=["PROPN", "VERB", "ADP", "PROPN", "ADP", "NOUN"], lemmas=["Ruto", "speak", "with", "Lula", "by", "phone"])
    row = triggers.meeting_row(doc[1])
    assert triggers.classify(doc[1], row) == "call"


def test_triggers_telephoned_makes_a_call():
    # "Ruto telephoned Lula ." : the verb "telephone" is a call as "phone" is (m-telephone)
    doc = make(["Ruto", "telephoned", "Lula", "."], heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"],
               pos=["PROPN", "VERB", "PROPN", "PUNCT"], lemmas=["Ruto", "telephone", "Lula", "."])
    row = triggers.meeting_row(doc[1])
    assert row["id"] == "m-telephone" and triggers.classify(doc[1], row) == "call"


def test_triggers_call_for_talks_is_no_phone_call():
    # "Ruto praised Lula 's call for talks ." : the noun is no call, and its sentence is no phone sentence
    doc = make(["Ruto", "praised", "Lula", "'s", "call", "for", "talks", "."], heads=[1, 1, 4, 2, 1, 4, 5, 1],
               deps=["nsubj", "ROOT", "poss", "case", "dobj", "prep", "pobj", "punct"],
               pos=["PROPN", "VERB", "PROPN", "PART", "NOUN", "ADP", "NOUN", "PUNCT"],
               lemmas=["Ruto", "praise", "Lula", "'s", "call", "for", "talk", "."])
    assert triggers.meeting_row(doc[4]) is None
    assert not triggers._phone_sentence(doc[0:8])
    # "Ruto called an election ." : a thing called, not a person phoned
    doc = make(["Ruto", "called", "an", "election", "."], heads=[1, 1, 3, 1, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "punct"], pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT"],
               lemmas=["Ruto", "call", "an", "election", "."])
    assert triggers.meeting_row(doc[1]) is None


def test_triggers_speak_without_partner_joins_principal():
    doc = make(["They", "spoke", "candidly"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "advmod"],
               pos=["PRON", "VERB", "ADV"], lemmas=["they", "speak", "candidly"])
    row = triggers.meeting_row(doc[1])
    assert triggers.classify(doc[1], row, principal="meeting") == "meeting"
    assert triggers.classify(doc[1], row, principal=None) is None


def test_triggers_speak_to_the_press_names_no_partner():
    # "Ruto and Lula spoke to reporters" : a "to" whose object is the press (MED, plover-audience-sectors) is no
    # partner, so the verb joins the article's first event, as "spoke candidly" does; "spoke to Lula" keeps its own
    for obj, lemma, expected in (("reporters", "reporter", None), ("journalists", "journalist", None),
                                 ("Lula", "Lula", "call")):
        doc = make(["Ruto", "spoke", "to", obj], heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"],
                   pos=["PROPN", "VERB", "ADP", "PROPN" if obj == "Lula" else "NOUN"],
                   lemmas=["Ruto", "speak", "to", lemma])
        row = triggers.meeting_row(doc[1])
        assert triggers.classify(doc[1], row, principal=None) == expected, obj


# --- the pattern files ----------------------------------------------------------------------------------------

def test_patterns_ids_unique_and_documented():
    seen = set()
    for family, pats in patterns.all_patterns().items():
        for p in pats:
            assert p.id not in seen, p.id
            seen.add(p.id)
            assert p.comment.strip() and p.kind in ("token", "dependency")
    doc = (lexicon.resource_path("patterns") / "README.md").read_text(encoding="utf-8")
    generated = {f for f in patterns.all_patterns() if f"Generated family: `{f}`" in doc}
    missing = [p.id for f, pats in patterns.all_patterns().items() if f not in generated for p in pats
               if f"`{p.id}`" not in doc]
    assert not missing, f"undocumented pattern ids (python tools/pattern_docs.py): {missing}"


def test_patterns_readme_is_regenerated():
    """The patterns README is exactly what tools/pattern_docs.py writes: a comment changed in a JSONL file and not
    regenerated fails (the id check above let four changed comments through)."""
    import importlib.util

    tool = Path(__file__).resolve().parent.parent / "tools" / "pattern_docs.py"
    spec = importlib.util.spec_from_file_location("pattern_docs", tool)
    docs = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(docs)
    readme = (lexicon.resource_path("patterns") / "README.md").read_text(encoding="utf-8")
    assert readme == docs.render(), "kg/resources/patterns/README.md is stale: run python tools/pattern_docs.py"


def test_patterns_rejects_invalid_pattern(tmp_path, monkeypatch):
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "markers.jsonl").write_text(json.dumps(
        {"id": "bad", "kind": "token", "comment": "x", "pattern": [{"NOT_AN_ATTR": "x"}]}) + "\n")
    monkeypatch.setenv(patterns.OVERLAY_ENV, str(tmp_path))
    with pytest.raises(ResourceError, match="bad"):
        patterns.all_patterns()


def test_patterns_invalid_dependency_pattern_named(tmp_path, monkeypatch):
    """A dependency pattern with an unknown operator fails at load, naming its id (all share one validating matcher)."""
    (tmp_path / "patterns").mkdir()
    nodes = [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LEMMA": "meet"}},
             {"LEFT_ID": "v", "REL_OP": "<<>>", "RIGHT_ID": "o", "RIGHT_ATTRS": {"DEP": "dobj"}}]
    (tmp_path / "patterns" / "markers.jsonl").write_text(json.dumps(
        {"id": "bad-dep", "kind": "dependency", "comment": "x", "pattern": nodes}) + "\n")
    monkeypatch.setenv(patterns.OVERLAY_ENV, str(tmp_path))
    with pytest.raises(ResourceError, match="bad-dep"):
        patterns.all_patterns()


def test_patterns_requires_comment(tmp_path, monkeypatch):
    (tmp_path / "patterns").mkdir()
    (tmp_path / "patterns" / "markers.jsonl").write_text(json.dumps(
        {"id": "nocomment", "kind": "token", "pattern": [{"LOWER": "x"}]}) + "\n")
    monkeypatch.setenv(patterns.OVERLAY_ENV, str(tmp_path))
    with pytest.raises(ResourceError, match="comment"):
        patterns.all_patterns()


def test_patterns_word_list_reference_is_the_list(tmp_path, monkeypatch):
    """``"@name"`` in a pattern stands for the word list of ``wordlists.tsv``, and an overlay row of the list changes
    the pattern too."""
    (tmp_path / "patterns").mkdir()
    row = {"id": "x-decade", "kind": "token", "comment": "x", "pattern": [{"LOWER": {"IN": "@decade-words"}}]}
    (tmp_path / "patterns" / "markers.jsonl").write_text(json.dumps(row) + "\n")
    monkeypatch.setenv(patterns.OVERLAY_ENV, str(tmp_path))
    lexicon.clear_caches()
    pattern = next(p for p in patterns.family("markers") if p.id == "x-decade")
    assert patterns.thaw(pattern.pattern) == [{"LOWER": {"IN": sorted(lexicon.words("decade-words"))}}]
    (tmp_path / "wordlists.tsv").write_text("id\twords\tnote\ndecade-words\tsixties|seventies\tx\n")
    lexicon.clear_caches()
    pattern = next(p for p in patterns.family("markers") if p.id == "x-decade")
    assert patterns.thaw(pattern.pattern) == [{"LOWER": {"IN": ["seventies", "sixties"]}}]
    monkeypatch.delenv(patterns.OVERLAY_ENV)
    lexicon.clear_caches()


def test_patterns_copy_no_word_list():
    """A set of three or more words written out in a shipped pattern is no exact copy of a ``wordlists.tsv`` row: the
    pattern names the row (``"@name"``), so the list is kept in one copy."""
    rows = {lexicon.words(name): name for name in lexicon.word_ids()}

    def sets(value):
        if isinstance(value, dict):
            for key, v in value.items():
                yield from ([frozenset(v)] if key in ("IN", "NOT_IN") and isinstance(v, list) else sets(v))
        elif isinstance(value, list):
            for v in value:
                yield from sets(v)

    copies = [(row["id"], rows[s]) for path in sorted(patterns.shipped_dir().glob("*.jsonl"))
              for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("//")
              for row in [json.loads(line)] for s in sets(row["pattern"]) if len(s) >= 3 and s in rows]
    assert not copies, f"patterns copying a word list (write \"@name\"): {copies}"


def test_patterns_unknown_word_list_named(tmp_path, monkeypatch):
    (tmp_path / "patterns").mkdir()
    row = {"id": "x-nolist", "kind": "token", "comment": "x", "pattern": [{"LOWER": {"NOT_IN": "@no-such-list"}}]}
    (tmp_path / "patterns" / "markers.jsonl").write_text(json.dumps(row) + "\n")
    monkeypatch.setenv(patterns.OVERLAY_ENV, str(tmp_path))
    with pytest.raises(ResourceError, match="x-nolist.*no-such-list"):
        patterns.all_patterns()


def test_patterns_overlay_adds_replaces_and_disables(tmp_path, monkeypatch):
    (tmp_path / "patterns").mkdir()
    rows = [{"id": "fut-aux-shall-only", "kind": "token", "comment": "added", "mark": "future-aux",
             "pattern": [{"LOWER": "gonna"}]},
            {"id": "neg-head", "disabled": True}]
    (tmp_path / "patterns" / "markers.jsonl").write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    monkeypatch.setenv(patterns.OVERLAY_ENV, str(tmp_path))
    ids = {p.id for p in patterns.family("markers")}
    assert "fut-aux-shall-only" in ids and "neg-head" not in ids and "neg-particle" in ids


# --- a user's overlay, through the model (the README's three examples) ----------------------------------------

EXAMPLES = lexicon.resource_path("").parent.parent / "docs" / "examples" / "resources"


@pytest.fixture()
def overlay(monkeypatch):
    monkeypatch.setenv(lexicon.OVERLAY_ENV, str(EXAMPLES))
    lexicon.clear_caches()
    yield
    monkeypatch.delenv(lexicon.OVERLAY_ENV)
    lexicon.clear_caches()


@pytest.mark.slow
def test_overlay_readme_examples(facts_of, overlay):
    facts = facts_of("Grand Vizier Jafar Alani of Egypt conferred with President William Ruto of Kenya.")
    assert ("Alani", "Grand Vizier", "EG") in {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles}
    assert [sorted(p.name.split()[-1] for p in e.participants) for e in facts.events] == [["Alani", "Ruto"]]
    assert facts_of("President William Ruto nearly met President Lula da Silva in Brasilia.").events == ()


@pytest.mark.slow
def test_overlay_absent_by_default(facts_of):
    facts = facts_of("Grand Vizier Jafar Alani of Egypt conferred with President William Ruto of Kenya.")
    assert not any(r.role == "Grand Vizier" for r in facts.roles) and facts.events == ()
    assert facts_of("President William Ruto nearly met President Lula da Silva in Brasilia.").events != ()


# --- attendee lists: private bodies after a title ---------------------------------------------------------------

@pytest.mark.parametrize("body, private", [
    (["Indian", "American", "Impact"], True),   # a demonym does not make a body a state's
    (["Georgia", "MEP"], True),                 # a US state's name is not the country's
    (["Mexico", "Trade", "Partners"], False),   # named after a country
    (["White", "House", "Council"], False),     # a seat of government
])
def test_orgnames_attendee_body_after(body, private):
    from kg.extract.orgnames import attendee_body_after

    doc = make(["Jane", "Roe", ",", "President", ",", *body, "."])
    assert attendee_body_after(doc, 4) is private


def test_orgnames_attendee_body_ner_calls_a_person():
    """", Vice President, Harbor Charities" that NER tags a person is still a private body (its last word is a
    private organisation word), but ", Vice President, Jane Doe" is the next person."""
    from kg.extract.orgnames import attendee_body_after

    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O"]
    body = make(["Tom", "Reyes", ",", "President", ",", "Harbor", "Charities", "."], ents=ents)
    assert attendee_body_after(body, 4)
    person = make(["Tom", "Reyes", ",", "President", ",", "Jane", "Doe", "."], ents=ents)
    assert not attendee_body_after(person, 4)


# --- topics (issue 9): concepts, fragments, speech clauses, the event's own name ----------------------------

def test_topics_concept_keys_fold_and_head():
    from kg.extract.topics import concept_keys
    doc = make(["an", "immediate", "ceasefire"], heads=[2, 2, 2], deps=["det", "amod", "ROOT"],
               pos=["DET", "ADJ", "NOUN"], lemmas=["an", "immediate", "ceasefire"])
    assert concept_keys(doc[0:3]) == ("immediate ceasefire", "ceasefire")
    doc = make(["the", "sanctions"], heads=[1, 1], deps=["det", "ROOT"], pos=["DET", "NOUN"], lemmas=["the", "sanction"])
    assert concept_keys(doc[0:2]) == ("sanction", "")


def test_topics_no_head_for_pairs_and_generic_heads():
    from kg.extract.topics import concept_keys
    doc = make(["peace", "and", "stability"], heads=[0, 0, 0], deps=["ROOT", "cc", "conj"],
               pos=["NOUN", "CCONJ", "NOUN"], lemmas=["peace", "and", "stability"])
    assert concept_keys(doc[0:3]) == ("peace and stability", "")
    doc = make(["economic", "cooperation"], heads=[1, 1], deps=["amod", "ROOT"], pos=["ADJ", "NOUN"],
               lemmas=["economic", "cooperation"])
    assert concept_keys(doc[0:2])[1] == ""  # "cooperation" alone is no topic (a 'bare' stoplist row)


def test_topics_fixed_phrase_pattern_marks_fragment():
    doc = make(["options", "on", "the", "table"], heads=[0, 0, 3, 1], deps=["ROOT", "prep", "det", "pobj"],
               pos=["NOUN", "ADP", "DET", "NOUN"], lemmas=["option", "on", "the", "table"])
    m = rule_marks(doc)
    assert m.has("topic-setting", 3) and m.rule("topic-setting", 3) == "topic-fixed-phrase"
    assert not m.has("topic-setting", 0)


def test_topics_audience_object_is_no_cue():
    """"Morel addressed the nation": a verb whose object is its audience reports no discussion (topic-audience-object);
    "addressed the tariff dispute" stays a cue."""
    from kg.extract.topiccues import cue

    doc = make(["Morel", "addressed", "the", "nation"], heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
               pos=["PROPN", "VERB", "DET", "NOUN"], lemmas=["Morel", "address", "the", "nation"])
    assert rule_marks(doc).rule("topic-audience", 1) == "topic-audience-object"
    assert cue(doc[1]) is None
    doc = make(["Morel", "addressed", "the", "dispute"], heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"],
               pos=["PROPN", "VERB", "DET", "NOUN"], lemmas=["Morel", "address", "the", "dispute"])
    assert not rule_marks(doc).has("topic-audience", 1)
    assert cue(doc[1]) is not None and cue(doc[1])["id"] == "c-address"


def test_topics_name_part_pattern_marks_piece_of_name():
    doc = make(["Declaration", "on", "Fisheries", "and", "Oceans"], heads=[0, 0, 1, 2, 2],
               deps=["ROOT", "prep", "pobj", "cc", "conj"], pos=["PROPN", "ADP", "PROPN", "CCONJ", "PROPN"],
               lemmas=["Declaration", "on", "Fisheries", "and", "Oceans"])
    m = rule_marks(doc)
    assert m.rule("topic-setting", 2) == "topic-name-part" and m.rule("topic-setting", 4) == "topic-name-part-conj"
    doc = make(["support", "for", "Fisheries"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"],
               pos=["NOUN", "ADP", "PROPN"], lemmas=["support", "for", "Fisheries"])
    assert not rule_marks(doc).has("topic-setting", 2)


def test_topics_reported_speech_clause_is_skipped():
    from kg.extract.topicskip import reported_speech
    words = ["Macron", "stressed", "trade", ",", "saying", "growth", "helps", "workers"]
    doc = make(words, heads=[1, 1, 1, 1, 1, 6, 4, 6], deps=["nsubj", "ROOT", "dobj", "punct", "advcl", "nsubj", "ccomp", "dobj"],
               pos=["PROPN", "VERB", "NOUN", "PUNCT", "VERB", "NOUN", "VERB", "NOUN"],
               lemmas=["Macron", "stress", "trade", ",", "say", "growth", "help", "worker"])
    assert reported_speech(doc[1]) == {4, 5, 6, 7}


def test_topics_event_name_words_are_not_topics():
    from kg.extract.topics import names_event
    assert names_event("North America", "North American Leaders' Summit")
    assert names_event("G20", "G20 Leaders' Summit")
    assert not names_event("climate change", "North American Leaders' Summit")
    assert not names_event("G20", None)


def test_topics_reported_events_from_headline_noun():
    from kg.extract.topics import reported_events
    from kg.model import EventFact, Evidence
    words = ["Readout", "of", "the", "Call", "\n\n", "They", "spoke", "."]
    doc = make(words, pos=["NOUN", "ADP", "DET", "NOUN", "SPACE", "PRON", "VERB", "PUNCT"],
               lemmas=["readout", "of", "the", "call", "\n\n", "they", "speak", "."],
               heads=[0, 0, 3, 1, 3, 6, 6, 6], deps=["ROOT", "prep", "det", "pobj", "dep", "nsubj", "ROOT", "punct"])
    event = EventFact("e1", "call", (), Evidence("t", "They spoke.", 0, 0, 4, "event:m-speak"))
    assert reported_events(doc, [event], {}) == frozenset({"e1"})
    assert reported_events(doc[5:].as_doc(), [event], {}) == frozenset()


def test_topicscheme_classifies_by_longest_head_cue():
    from kg.topicscheme import classify, domains
    assert classify("immediate ceasefire") == "defense"
    assert classify("drug trafficking") == "law-and-crime"
    assert classify("human rights of migrant people") == "civil-rights"
    assert classify("tea ceremony") == "other" and "other" in domains()


def test_topics_case_name_is_one_topic():
    from kg.extract.topics import case_name
    doc = make(["discussed", "Roe", "v.", "Wade"], heads=[0, 0, 1, 0], deps=["ROOT", "dobj", "cc", "conj"],
               pos=["VERB", "PROPN", "ADP", "PROPN"], lemmas=["discuss", "Roe", "v.", "Wade"])
    assert rule_marks(doc).rule("case-name", 1) == "topic-case-name"
    assert case_name(doc[1]) == case_name(doc[3]) == ("Roe v. Wade", 1, 4)
    assert case_name(doc[0]) is None


def test_topics_about_heads_of_a_gathering_noun():
    doc = make(["a", "roundtable", "on", "broadband", "and", "water", "in", "Topeka"], heads=[1, 1, 1, 2, 3, 3, 1, 6],
               deps=["det", "ROOT", "prep", "pobj", "cc", "conj", "prep", "pobj"],
               pos=["DET", "NOUN", "ADP", "NOUN", "CCONJ", "NOUN", "ADP", "PROPN"])
    assert [t.text for t in topics.about_heads(doc[1])] == ["broadband", "water"]  # not the place after "in"


@pytest.mark.parametrize("words, role, country", [
    (["National", "Climate", "Advisor", "Ana", "Ruiz"], "National Climate Advisor", "US"),
    (["Domestic", "Policy", "Advisor", "to", "the", "Vice", "President", "Ana", "Ruiz"],
     "Domestic Policy Advisor to the Vice President", "US"),
    (["Presidential", "Adviser", "Ana", "Ruiz"], "Presidential Advisor", None),
    (["Deputy", "Administrator", "Ana", "Ruiz"], "Deputy Administrator", None),
])
def test_lexmatch_staff_titles_before_a_name(words, role, country):
    end, title_id = lexmatch.marks(make(words)).title_at(0)
    title = lexicon.title_by_id()[title_id]
    assert words[end] == "Ana" and title.role == role and (title.country or None) == country


def test_orgnames_initiative_is_an_organisation_word():
    from kg.extract.orgnames import in_organisation, org_word

    # "Acting Director of the White House Initiative on Rural Health": no one named "Initiative"
    doc = make(["Director", "of", "the", "White", "House", "Initiative", "Tom", "Reyes"])
    assert org_word(doc[5]) and in_organisation(doc, 5, 6)
    assert not org_word(doc[6]) and not org_word(make(["initiative"])[0])  # a capitalised head word only


def test_topics_shared_head_noun_keeps_the_pair():
    from kg.extract.topics import _shared_head
    words = ["discussed", "jobs", ",", "water", "and", "road", "safety", ",", "and", "trade"]
    pos = ["VERB", "NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN", "NOUN", "PUNCT", "CCONJ", "NOUN"]
    lemmas = ["discuss", "job", ",", "water", "and", "road", "safety", ",", "and", "trade"]
    # the parser's reading of a list: "road" and "safety" both conjuncts of "water"
    doc = make(words, heads=[0, 0, 1, 1, 3, 3, 3, 6, 6, 6],
               deps=["ROOT", "dobj", "punct", "conj", "cc", "conj", "conj", "punct", "cc", "conj"], pos=pos,
               lemmas=lemmas)
    assert _shared_head(doc[3]) == ("water and road safety", 3, 7)
    # "road" a compound of "safety": the parser's reading of two topics ("migration and climate change")
    doc = make(words, heads=[0, 0, 1, 1, 3, 6, 3, 6, 6, 6],
               deps=["ROOT", "dobj", "punct", "conj", "cc", "compound", "conj", "punct", "cc", "conj"], pos=pos,
               lemmas=lemmas)
    assert _shared_head(doc[3]) is None
    assert _shared_head(doc[1]) is None  # "jobs, water": no "and" after it
    two = make(words[:6] + ["."], heads=[0, 0, 1, 1, 3, 3, 0], deps=["ROOT", "dobj", "punct", "conj", "cc", "conj",
                                                                     "punct"], pos=pos[:6] + ["PUNCT"],
               lemmas=lemmas[:6] + ["."])
    assert _shared_head(two[3]) is None  # "water and road": no shared head noun


def test_staff_usda_is_a_state_body():
    doc = make(["Omar", "Haddad", ",", "Senior", "Advisor", ",", "USDA"], pos=["PROPN"] * 7)
    assert staff.body_country(doc, 5, 7) == "US"


def test_lexmatch_co_chair_is_a_title():
    doc = make(["Ann", "Lutz", ",", "Co", "-", "Chair", "of", "the", "Council"], spaces=[True, False, True, False,
                                                                                   False, True, True, True, False])
    found = titles.title_at(doc, 3)
    assert found is not None and (found[0], found[1].role) == (6, "Co-Chair")



def test_title_patterns_service_country_not_taken_from_an_earlier_posts_tail():
    """"… Commandant for Operations of the United States Coast Guard Vice Admiral Z": the country words close the
    earlier post's tail; "the U.S. Navy Admiral X" and "U.S. Navy Admiral X" give the rank its country."""
    tail = make(["Commandant", "for", "Operations", "of", "the", "United", "States", "Coast", "Guard", "Vice",
                 "Admiral", "Ana", "Cruz"])
    assert title_patterns._in_post_tail(tail, 5)
    assert title_patterns.polity_past_service(tail, 9) is None
    for words, start in ((["the", "U.S.", "Navy", "Admiral", "Tom", "Baker"], 0),
                         (["said", "U.S.", "Navy", "Admiral", "Tom"], 1)):
        doc = make(words)
        assert not title_patterns._in_post_tail(doc, 1)
        assert title_patterns.polity_past_service(doc, 3) == (start, "US")
    visit = make(["the", "visit", "of", "Indian", "naval", "Vice", "Admiral", "Raj", "Rao"])  # a lower-case noun
    assert not title_patterns._in_post_tail(visit, 3)  # before "of": no post's tail, the rank is India's
    assert title_patterns.polity_past_service(visit, 5) == (3, "IN")


# --- a gathering's parts: the opening rally of a conference, a session reported after it -----------------------

def _rally_doc():
    """"Dahl spoke at the opening rally of the conference . Marsh spoke in a session ." (hand-parsed)"""
    words = ["Dahl", "spoke", "at", "the", "opening", "rally", "of", "the", "conference", ".",
             "Marsh", "spoke", "in", "a", "session", "."]
    heads = [1, 1, 1, 5, 5, 2, 5, 8, 6, 1, 11, 11, 11, 14, 12, 11]
    deps = ["nsubj", "ROOT", "prep", "det", "amod", "pobj", "prep", "det", "pobj", "punct",
            "nsubj", "ROOT", "prep", "det", "pobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "DET", "NOUN", "NOUN", "ADP", "DET", "NOUN", "PUNCT",
           "PROPN", "VERB", "ADP", "DET", "NOUN", "PUNCT"]
    lemmas = ["Dahl", "speak", "at", "the", "opening", "rally", "of", "the", "conference", ".",
              "Marsh", "speak", "in", "a", "session", "."]
    return make(words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_presence_at_the_opening_rally_of_a_conference():
    doc = _rally_doc()
    assert rule_marks(doc).rule("presence-prep", 2) == "presence-at-gathering-part"


def test_summit_part_known_only_by_a_session_after_the_summit():
    from types import SimpleNamespace

    from kg.extract.summit_beside import _parts_there

    doc = _rally_doc()
    ctx = SimpleNamespace(doc=doc)
    session = SimpleNamespace(id="e1", participants=("Marsh",))
    assert _parts_there(ctx, [session], {"e1": [14]}, doc[8]) == ["Marsh"]
    assert _parts_there(ctx, [session], {"e1": [14]}, doc[14]) == []  # no summit reported before it
    assert _parts_there(ctx, [session], {"e1": [8]}, doc[2]) == []  # a conference is no part of one


@pytest.mark.parametrize("words, role", [
    (["Postmaster", "General", "Bo", "Kim"], "Postmaster General"),
    (["House", "Speaker", "Bo", "Kim"], "Speaker of the House"),
    (["Federal", "Judge", "Bo", "Kim"], "Federal Judge"),
    (["Chief", "State", "Prosecutor", "Bo", "Kim"], "Chief State Prosecutor"),
])
def test_lexmatch_compound_titles_keep_their_body_or_rank(words, role):
    end, title_id = lexmatch.marks(make(words)).title_at(0)
    assert (end, lexicon.title_by_id()[title_id].role) == (len(words) - 2, role)


def test_lexmatch_justice_is_a_title_only_before_a_name():
    """"Justice X" is a judge (row t-justice: ``capitalised-titles`` and ``name-only-titles``); "Social Justice
    Party leader Y", "the Justice Department" and a lower-case "justice" hold no title "Justice"."""
    ents = ["O", "B-PERSON", "I-PERSON", "O"]
    doc = make(["Justice", "Clara", "Wynn", "spoke"], ents=ents)
    assert lexmatch.marks(doc).title_at(0) == (1, "t-justice")
    assert lexmatch.marks(make(["justice", "Clara", "Wynn", "spoke"], ents=ents)).title_at(0) is None
    doc = make(["Social", "Justice", "Party", "leader", "Tom", "Birch"],
               ents=["B-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON"])
    assert lexmatch.marks(doc).title_at(1) is None
    doc = make(["the", "Justice", "Minister", "Ali", "Khan"], ents=["O", "O", "O", "B-PERSON", "I-PERSON"])
    assert lexmatch.marks(doc).title_at(1) == (3, "t-jm")
    assert "justice" not in lexicon.title_index()  # no title to the rules asking whether a word is one

"""Model-free tests of news appositions: a describing word before the title, a body named after "of the <demonym>",
a body's capitalised name after the title's country, a second title after a titled name, and the title rows of
news posts ("ranking member", "state prosecutor", "chair"). Hand-built Docs, no statistical model."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from kg.extract import titles, titles_after
from kg.extract.appositions import modifier_before_title
from kg.extract.mentions import named_mentions
from kg.extract.orgnames import body_name_at
from kg.extract.rulematch import rule_marks

NLP = spacy.blank("en")


def make(words, pos, ents=None):
    return Doc(NLP.vocab, words=words, pos=pos, ents=ents)


def test_title_patterns_modifier_before_title_skips_a_group_word_or_adjective():
    words = ["Kamal", "Haddad", ",", "the", "Shiite", "chairman", "of", "the", "committee"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN"]
    doc = make(words, pos, ents=["B-PERSON", "I-PERSON", "O", "O", "B-NORP", "O", "O", "O", "O"])
    assert rule_marks(doc).rule("title-modifier", 4) == "title-modifier-adjective"
    assert modifier_before_title(doc, 4, len(doc)) == 5
    assert modifier_before_title(doc, 5, len(doc)) == 5  # a title is not skipped


def test_title_patterns_modifier_adverb_and_adjective_are_skipped_together():
    words = ["Ali", "Hamdan", ",", "Iraq", "'s", "largely", "ceremonial", "president", ","]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PART", "ADV", "ADJ", "NOUN", "PUNCT"]
    doc = make(words, pos)
    assert rule_marks(doc).rule("title-modifier", 5) == "title-modifier-adverb"
    assert modifier_before_title(doc, 5, len(doc)) == 7
    words = ["Ali", "Hamdan", ",", "the", "formerly", "ceremonial", "president", ","]  # a status adverb
    doc = make(words, ["PROPN", "PROPN", "PUNCT", "DET", "ADV", "ADJ", "NOUN", "PUNCT"])
    assert modifier_before_title(doc, 4, len(doc)) == 4
    words = ["Ali", "Hamdan", ",", "the", "very", "rich", "banker", ","]  # no title after the words
    doc = make(words, ["PROPN", "PROPN", "PUNCT", "DET", "ADV", "ADJ", "NOUN", "PUNCT"])
    assert modifier_before_title(doc, 4, len(doc)) == 4


def test_title_patterns_modifier_is_not_a_rank_or_status_word():
    words = ["Ana", "Ruiz", ",", "the", "deputy", "chairman", "of", "the", "board"]
    doc = make(words, ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN"])
    assert not rule_marks(doc).has("title-modifier", 4)
    assert modifier_before_title(doc, 4, len(doc)) == 4
    words = ["Ana", "Ruiz", ",", "the", "designated", "speaker", "for", "the", "march"]
    doc = make(words, ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN"])
    assert modifier_before_title(doc, 4, len(doc)) == 4


def test_titles_apposition_chairman_of_a_demonym_body():
    words = ["Kamal", "Haddad", ",", "the", "Shiite", "chairman", "of", "the", "Iraqi", "parliament", "'s", "defence",
             "committee", ",", "spoke"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PART", "NOUN", "NOUN",
           "PUNCT", "VERB"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-NORP", "O", "O", "O", "B-NORP", "O", "O", "O", "O", "O", "O"]
    title, country, rule = titles_after.title_after(make(words, pos, ents), 2)
    assert (title.role, country, rule) == ("Chairman", "IQ", "apposition")


def test_titles_apposition_title_with_a_country_inside_is_that_countrys_post():
    words = ["Ron", "Kemble", ",", "the", "leader", "of", "the", "Australian", "opposition", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PUNCT", "VERB"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-NORP", "O", "O", "O"]
    title, country, rule = titles_after.title_after(make(words, pos, ents), 2)
    assert (title.role, country, rule) == ("Opposition Leader", "AU", "apposition")
    words[8] = "people"  # no title with the country cut out: the leader of a country's people stays a Leader
    title, country, rule = titles_after.title_after(make(words, pos, ents), 2)
    assert (title.role, country) == ("Leader", "AU")


def test_titles_apposition_senators_seniority_is_skipped():
    words = ["Ron", "Tull", ",", "the", "senior", "United", "States", "Senator", "for", "Idaho", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "VERB"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "B-GPE", "I-GPE", "O", "O", "B-GPE", "O", "O"]
    doc = make(words, pos, ents)
    assert rule_marks(doc).rule("apposition-lead", 4) == "apposition-lead-seniority"
    title, country, rule = titles_after.title_after(doc, 2)
    assert (title.role, country, rule) == ("Senator", "US", "apposition")
    doc = make(["Ron", "Tull", ",", "a", "senior", "adviser", ",", "said"],
               ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "PUNCT", "VERB"])
    assert not rule_marks(doc).has("apposition-lead", 4)  # "senior adviser" is a title of its own


def test_titles_apposition_noun_after_a_country_name_is_still_refused():
    words = ["Hunter", "Moore", ",", "the", "son", "of", "the", "president", "of", "Chile", "mother", ","]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "NOUN", "PUNCT"]
    assert titles_after.title_after(make(words, pos), 2)[0] is None


def test_orgnames_body_name_at_ends_on_an_organisation_word():
    words = ["of", "the", "Fiji", "Military", "Forces", ",", "Tom", "Baker"]
    doc = make(words, ["ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN"])
    assert body_name_at(doc, 3)
    assert not body_name_at(doc, 6)
    doc = make(["of", "Kenya", "'s", "Institut", "National", "de", "Recherche"], ["ADP", "PROPN", "PART", "PROPN",
                                                                               "PROPN", "ADP", "PROPN"])
    assert body_name_at(doc, 3)


def test_titles_apposition_body_name_after_the_country_is_not_a_person():
    words = ["Raj", "Nadan", ",", "the", "commanding", "officer", "of", "the", "Fiji", "Military", "Forces", ",",
             "spoke"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "VERB", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O"]
    title, country, _ = titles_after.title_after(make(words, pos, ents), 2)
    assert (title.role, country) == ("Commander", "FJ")


def test_titles_news_title_rows():
    for words, role in ((["ranking", "minority", "member"], "Ranking Member"), (["state", "prosecutor"],
                        "State Prosecutor"), (["state", "governor"], "Governor"), (["chairwoman"], "Chairwoman"),
                        (["undersecretary"], "Under Secretary"), (["prosecutor", "general"], "Prosecutor General")):
        doc = make([*words, "Jo", "Lee"], ["NOUN"] * len(words) + ["PROPN", "PROPN"])
        found = titles.title_at(doc, 0)
        assert found is not None and (found[0], found[1].role) == (len(words), role)


def test_titles_special_representative_posted_to_a_country_is_the_un():
    words = ["Special", "Representative", "of", "the", "Secretary", "-", "General", "to", "Liberia", ",", "Alan",
             "Doss", ",", "spoke"]
    pos = ["PROPN", "PROPN", "ADP", "DET", "PROPN", "PUNCT", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN",
           "PUNCT", "VERB"]
    spaces = [True, True, True, True, False, False, True, True, False, True, True, False, True, False]
    doc = Doc(NLP.vocab, words=words, pos=pos, spaces=spaces)
    found = titles.title_before_comma(doc, 10)
    assert found is not None and (found.title.role, found.country) == \
        ("Special Representative of the Secretary-General", "UN")


def test_mentions_second_title_after_a_titled_name():
    words = ["Senator", "Ruth", "Calder", ",", "the", "chair", "of", "the", "committee", ",", "spoke"]
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O"]
    found = named_mentions(make(words, pos, ents))
    assert [(m.role, [r for r, _, _ in m.extra]) for m in found] == [("Senator", ["Chair"])]
    words = ["Senator", "Ruth", "Calder", ",", "the", "former", "chair", "of", "the", "committee", ",", "spoke"]
    pos = ["PROPN", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O", "O", "O"]
    found = named_mentions(make(words, pos, ents))
    assert [(m.role, m.extra) for m in found] == [("Senator", [])]  # a former post is not a second current one


def test_mentions_plural_title_before_including_is_each_named_persons():
    words = ["Greek", "MPs", "including", "Nikos", "Dimas", "and", "Eleni", "Kosta", "spoke"]
    pos = ["ADJ", "PROPN", "VERB", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB"]
    ents = ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"]
    found = named_mentions(make(words, pos, ents))
    assert [(m.name, m.role, m.country) for m in found] == \
        [("Nikos Dimas", "Member of Parliament", "GR"), ("Eleni Kosta", "Member of Parliament", "GR")]
    words = ["EU", "foreign", "ministers", ",", "such", "as", "Karel", "Novak", ",", "met"]
    pos = ["PROPN", "ADJ", "NOUN", "PUNCT", "ADJ", "ADP", "PROPN", "PROPN", "PUNCT", "VERB"]
    ents = ["B-ORG", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    found = named_mentions(make(words, pos, ents))  # an organisation's members' ministers: no country from it
    assert [(m.name, m.role, m.country) for m in found] == [("Karel Novak", "Foreign Minister", None)]
    words = ["Greek", "minister", "including", "Nikos", "Dimas", "spoke"]  # a singular title is no group
    pos = ["ADJ", "NOUN", "VERB", "PROPN", "PROPN", "VERB"]
    ents = ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O"]
    assert [m.role for m in named_mentions(make(words, pos, ents))] == [None]


def test_mentions_plural_title_before_included_and_its_status_go_down_the_list():
    words = ["The", "MPs", "included", "Dora", "Vance", "and", "former", "MPs", "Liam", "Roe", "and", "Ivo", "Pask"]
    pos = ["DET", "PROPN", "VERB", "PROPN", "PROPN", "CCONJ", "ADJ", "PROPN", "PROPN", "PROPN", "CCONJ", "PROPN",
           "PROPN"]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON"]
    found = named_mentions(make(words, pos, ents))  # pattern plural-lead-included; "former MPs A and B": both former
    assert [(m.name, m.role, m.status) for m in found] == [
        ("Dora Vance", "Member of Parliament", "current"), ("Liam Roe", "Member of Parliament", "former"),
        ("Ivo Pask", "Member of Parliament", "former")]
    words[1], pos[1] = "talks", "NOUN"  # no plural title before "included"
    assert [m.role for m in named_mentions(make(words, pos, ents))][0] is None


def test_mentions_plural_title_before_a_comma_and_a_list_is_each_named_persons():
    words = ["Two", "Greek", "MPs", ",", "Nikos", "Dimas", "and", "Eleni", "Kosta", ",", "voted", "no"]
    pos = ["NUM", "ADJ", "PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "VERB", "DET"]
    ents = ["B-CARDINAL", "B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    doc = make(words, pos, ents)
    assert rule_marks(doc).rule("plural-title-lead", 3) == "plural-lead-comma-list"
    assert [(m.name, m.role, m.country) for m in named_mentions(doc)] == \
        [("Nikos Dimas", "Member of Parliament", "GR"), ("Eleni Kosta", "Member of Parliament", "GR")]
    words = ["Greek", "MPs", ",", "Nikos", "Dimas", "said"]  # no list after the comma: no list lead
    pos = ["ADJ", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"]
    ents = ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O"]
    assert not rule_marks(make(words, pos, ents)).has("plural-title-lead", 2)
    words = ["the", "delegate", "to", "the", "House", "of", "Representatives", ",", "Ana", "Vale", ",", "said"]
    pos = ["DET", "NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "I-ORG", "I-ORG", "O", "B-PERSON", "I-PERSON", "O", "O"]
    assert not rule_marks(make(words, pos, ents)).has("plural-title-lead", 7)  # one name set off by commas
    words = ["Greek", "minister", ",", "Nikos", "Dimas", "and", "Eleni", "Kosta", "met"]  # a singular title
    pos = ["ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB"]
    ents = ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"]
    assert rule_marks(make(words, pos, ents)).has("plural-title-lead", 2)
    assert [m.role for m in named_mentions(make(words, pos, ents))][1] is None


def test_mentions_minister_for_justice_is_the_justice_minister():
    words = ["Minister", "for", "Justice", "Ray", "Kell", "spoke"]
    pos = ["PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB"]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O"]
    found = named_mentions(make(words, pos, ents))  # row t-jm3
    assert [(m.name, m.role) for m in found] == [("Ray Kell", "Justice Minister")]


def test_mentions_lower_case_capitalised_title_after_its_own_country_lists_each_name():
    words = ["homes", "of", "U.S.", "representatives", "Mark", "Tallis", "and", "Ken", "Oberg", "were", "hit"]
    pos = ["NOUN", "ADP", "PROPN", "NOUN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "AUX", "VERB"]
    ents = ["O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"]
    found = named_mentions(make(words, pos, ents))
    assert [(m.name, m.role, m.country) for m in found] == \
        [("Mark Tallis", "Representative", "US"), ("Ken Oberg", "Representative", "US")]
    words[2] = "its"  # another's representatives are no legislators
    pos[2], ents[2] = "PRON", "O"
    assert [m.role for m in named_mentions(make(words, pos, ents))] == [None, None]


# --- titles set off by a comma before a name -------------------------------------------------------------------

def test_orgnames_us_state_possessive_before_a_title():
    from kg.extract.orgnames import us_state_before
    doc = make(["California", "'s", "governor", ",", "Ann", "Weber"], ["PROPN", "PART", "NOUN", "PUNCT", "PROPN",
                                                                      "PROPN"])
    doc[1].tag_ = "POS"
    assert us_state_before(doc, 2) == 0
    assert us_state_before(doc, 2, chamber_only=True) is None
    found = titles.title_before_comma(doc, 4)
    assert found is not None and (found.title.role, found.country) == ("Governor", "US")


def test_title_patterns_portfolio_title_before_a_comma_and_a_name():
    from kg.extract.title_patterns import portfolio_before
    words = ["The", "Minister", "for", "Employment", "and", "Workplace", "Relations", ",", "Kevin", "Andrus", ","]
    pos = ["DET", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    doc = make(words, pos, ents=["O"] * 8 + ["B-PERSON", "I-PERSON", "O"])
    found = portfolio_before(doc, 7)
    assert found is not None and (found[0], found[1].role) == (1, "Minister for Employment and Workplace Relations")
    assert portfolio_before(make(words, pos), 7) is None  # no name after the comma: not a title phrase


def test_countries_place_before_and_a_mayor_after_according_to():
    from kg.extract.countries import place_before
    words = ["According", "to", "the", "El", "Paso", "mayor", ",", "Dee", "Morgan", ","]
    pos = ["VERB", "ADP", "DET", "PROPN", "PROPN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    doc = make(words, pos, ents=["O", "O", "O", "B-GPE", "I-GPE", "O", "O", "B-PERSON", "I-PERSON", "O"])
    assert place_before(doc, 5) == (3, None)
    assert place_before(doc, 3) is None
    found = titles.title_before_comma(doc, 7)
    assert found is not None and (found.start, found.title.role) == (5, "Mayor")


def test_title_patterns_past_a_party_tag_before_an_apposition():
    from kg.extract.appositions import past_parenthesis
    words = ["Harry", "Reiding", "(", "D", "-", "Nev", ")", ",", "Senate", "minority", "leader", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "PROPN", "NOUN", "NOUN", "PUNCT",
           "VERB"]
    doc = make(words, pos)
    assert past_parenthesis(doc, 2) == 7 and past_parenthesis(doc, 1) == 1
    title, _, rule = titles_after.title_after(doc, 2)
    assert (title.role, rule) == ("Senate Minority Leader", "apposition")
    no_comma = make(["Harry", "Reiding", "(", "D", ")", "said"], ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"])
    assert past_parenthesis(no_comma, 2) == 2


def test_titles_apposition_after_a_possessive_determiner():
    words = ["George", "Mitchum", ",", "his", "special", "envoy", "to", "the", "region", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "PRON", "ADJ", "NOUN", "ADP", "DET", "NOUN", "PUNCT"]
    assert rule_marks(make(words, pos)).has("apposition-lead", 3)
    title, _, _ = titles_after.title_after(make(words, pos), 2)
    assert title.role == "Special Envoy"
    words = ["Anna", "Smith", ",", "his", "wife", ",", "said"]
    assert titles_after.title_after(make(words, ["PROPN", "PROPN", "PUNCT", "PRON", "NOUN", "PUNCT", "VERB"]), 2)[0] is None


def test_countries_named_place_is_a_whole_place_entity():
    from kg.extract.countries import named_place
    words = ["the", "mayor", "of", "New", "Orleans", ",", "Ana", "Cole"]
    doc = make(words, ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN"],
               ents=["O", "O", "O", "B-GPE", "I-GPE", "O", "B-PERSON", "I-PERSON"])
    assert named_place(doc, 3, 5)
    assert not named_place(doc, 3, 4)  # "of New" + "Orleans": not a whole place
    found = titles.title_before_comma(doc, 6)
    assert found is not None and (found.start, found.title.role, found.country) == (1, "Mayor", None)


def test_orgnames_party_is_an_organisation_word():
    from kg.extract.names import continues_name
    from kg.extract.orgnames import in_organisation
    doc = make(["the", "UK", "Independence", "Party"], ["DET", "PROPN", "PROPN", "PROPN"])
    assert in_organisation(doc, 2, 3) and not continues_name(doc[3], loose=True)
    doc = make(["the", "opposition", "Green", "Movement", "for", "Change", "said"],
               ["DET", "NOUN", "PROPN", "PROPN", "ADP", "PROPN", "VERB"])
    assert in_organisation(doc, 2, 3) and in_organisation(doc, 3, 4)  # "Movement", "Front": a party's head word
    assert not in_organisation(doc, 5, 6)  # "Change" alone is no organisation's word


def test_orgnames_unknown_body_after_of_is_a_private_one():
    from kg.extract.orgnames import unknown_body_of

    def doc_of(words, ents=None):
        return make(words, ["PROPN" if w[:1].isupper() else "X" for w in words], ents)
    words = ["X", ",", "the", "president", "of", "the", "ACTU", ",", "said"]
    ents = ["B-PERSON", "O", "O", "O", "O", "O", "B-ORG", "O", "O"]
    assert unknown_body_of(doc_of(words, ents), 4)  # a body the lexicon does not know: a union, a firm, an NGO
    for body in (["World", "Bank"], ["Senate"], ["Federal", "Reserve"], ["Interior", "Ministry"], ["Hamas"]):
        ents = ["O"] * 5 + ["B-ORG"] + ["I-ORG"] * (len(body) - 1) + ["O", "O"]
        doc = doc_of(["X", ",", "president", "of", "the", *body, ",", "said"], ents)
        assert not unknown_body_of(doc, 3), body  # an organisation of states, a state body, a party
    doc = doc_of(["X", ",", "Director", "of", "Policy", "for", "the", "Mayor", ",", "said"])
    assert not unknown_body_of(doc, 3)  # a portfolio: no organisation NER names, no acronym
    doc = doc_of(["X", ",", "Director", "of", "Strategic", "Planning", "at", "the", "White", "House"])
    assert not unknown_body_of(doc, 3)  # the post's body follows "at"
    doc = doc_of(["X", ",", "director", "of", "Ana", "Lind", "'s", "office"], ["O"] * 4 + ["B-PERSON", "I-PERSON"]
                 + ["O"] * 2)
    assert not unknown_body_of(doc, 3)  # a person's office


def test_orgnames_unknown_body_of_a_generic_private_word():
    from kg.extract.orgnames import unknown_body_of

    doc = make(["X", ",", "the", "president", "of", "the", "group", ",", "said"],
               ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB"])
    assert unknown_body_of(doc, 4)  # ", the president of the group,": a private body's word (private-generic-bodies)
    doc = make(["X", ",", "the", "president", "of", "the", "union", "of", "Comoros"],
               ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN"])
    assert not unknown_body_of(doc, 4)  # "the union of X": a name follows
    doc = make(["X", ",", "the", "president", "of", "the", "assembly", ",", "said"],
               ["PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB"])
    assert not unknown_body_of(doc, 4)  # "the assembly": no private body's word


def test_appositions_passive_considered_leads_to_the_title():
    from kg.extract.appositions import apposition_span

    words = ["X", ",", "who", "is", "considered", "the", "leader", "of", "Hamas", ","]
    heads = [0, 0, 4, 4, 0, 6, 4, 6, 7, 0]
    deps = ["ROOT", "punct", "nsubjpass", "auxpass", "relcl", "det", "oprd", "prep", "pobj", "punct"]
    pos = ["PROPN", "PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = Doc(NLP.vocab, words=words, pos=pos, heads=heads, deps=deps)
    assert rule_marks(doc).rule("apposition-lead", 4) == "apposition-lead-considered"
    assert apposition_span(doc, 2)[0] == 6  # past "who is considered the"
    deps[3] = "aux"  # an active "has considered": not the text's judgement of a post
    doc = Doc(NLP.vocab, words=words, pos=pos, heads=heads, deps=deps)
    assert not rule_marks(doc).has("apposition-lead", 4)


def test_titles_comma_title_after_a_possessive():
    for opener in (["his"], ["Gbagbo", "'s"]):
        words = [*opener, "finance", "minister", ",", "Desire", "Dalon", ",", "denied"]
        pos = ["PRON"] * (len(opener) == 1) + ["PROPN", "PART"] * (len(opener) == 2) + \
            ["NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
        doc = make(words, pos)
        assert rule_marks(doc).has("article", len(opener) - 1)
        found = titles.title_before_comma(doc, len(opener) + 3)
        assert found is not None and found.title.role == "Finance Minister"


def test_title_patterns_named_secretary_is_a_post():
    from kg.extract.title_patterns import named_portfolio
    doc = make(["David", "Milband", ",", "Environment", "Secretary", ","], ["PROPN", "PROPN", "PUNCT", "PROPN",
                                                                           "PROPN", "PUNCT"])
    found = named_portfolio(doc, 4, titles.title_at(doc, 4)[1])
    assert found is not None and (found[0], found[1].role, found[1].kind) == (3, "Environment Secretary", "minister")


def test_titles_comma_title_with_its_body_after_a_speech_verb():
    words = ["no", ",", "said", "State", "Department", "spokesman", ",", "Fred", "Lashh", "."]
    doc = make(words, ["INTJ", "PUNCT", "VERB", "PROPN", "PROPN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"])
    found = titles.title_before_comma(doc, 7)
    assert found is not None and (found.title.role, found.country) == ("State Department Spokesman", "US")
    doc = make(["he", "met", "President", ",", "Fred", "Lashh"], ["PRON", "VERB", "PROPN", "PUNCT", "PROPN", "PROPN"])
    assert titles.title_before_comma(doc, 4) is None  # no country: not taken after a verb


def test_titles_predicate_named_as_and_a_second_person_after_and():
    from kg.extract.title_patterns import name_follows
    words = ["Gyan", "named", "Ram", "Pandey", "as", "foreign", "minister", "and", "Dan", "Shahi", "as", "Home",
             "Minister", "."]
    pos = ["PROPN", "VERB", "PROPN", "PROPN", "ADP", "ADJ", "NOUN", "CCONJ", "PROPN", "PROPN", "ADP", "PROPN",
           "PROPN", "PUNCT"]
    heads = [1, 1, 3, 1, 1, 6, 4, 6, 9, 6, 9, 12, 10, 1]
    deps = ["nsubj", "ROOT", "compound", "dobj", "prep", "amod", "pobj", "cc", "compound", "conj", "prep", "compound",
            "pobj", "punct"]
    ents = ["B-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    doc = Doc(NLP.vocab, words=words, pos=pos, heads=heads, deps=deps, ents=ents,
              lemmas=[w.lower() if w != "named" else "name" for w in words])
    assert rule_marks(doc).rule("title-predicate-as", 4) == "predicate-named-as"
    assert not name_follows(doc, 7, 10)
    title, _, rule = titles_after.title_predicate(doc, 4)
    assert (title.role, rule) == ("Foreign Minister", "predicate")
    for verb, lemma in (("kept", "keep"), ("confirmed", "confirm"), ("elected", "elect")):
        doc = Doc(NLP.vocab, words=[w if w != "named" else verb for w in words], pos=pos, heads=heads, deps=deps,
                  ents=ents, lemmas=[w.lower() if w != "named" else lemma for w in words])
        assert rule_marks(doc).rule("title-predicate-as", 4) == "predicate-named-as", verb  # keeping a holder
    doc = Doc(NLP.vocab, words=[w if w != "named" else "saw" for w in words], pos=pos, heads=heads, deps=deps,
              ents=ents, lemmas=[w.lower() if w != "named" else "see" for w in words])
    assert not rule_marks(doc).has("title-predicate-as", 4)  # "saw X as a minister": no appointment


def test_names_honorific_with_its_dot_split_off():
    from kg.extract.names import is_honorific
    doc = Doc(NLP.vocab, words=["spokesperson", "Col", ".", "Akara", "Chitro"], spaces=[True, False, True, True, False],
              pos=["NOUN", "PROPN", "PUNCT", "PROPN", "PROPN"])
    assert is_honorific(doc[2]) and is_honorific(doc[1]) and not is_honorific(doc[0])
    found = titles.title_before(doc, 3)
    assert found is not None and found.title.role == "Spokesperson"


def test_title_patterns_named_portfolio_joined_by_and():
    from kg.extract.title_patterns import named_portfolio
    words = ["India", "'s", "Information", "and", "Broadcasting", "Minister", "Anil", "Soni"]
    doc = make(words, ["PROPN", "PART", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN", "PROPN"])
    found = named_portfolio(doc, 5, titles.title_at(doc, 5)[1])
    assert found is not None and (found[0], found[1].role) == (2, "Information and Broadcasting Minister")
    words = ["Nationals", "Veterans", "Affairs", "minister", "Dee", "Kelly"]
    doc = make(words, ["PROPN", "PROPN", "PROPN", "NOUN", "PROPN", "PROPN"])
    assert named_portfolio(doc, 3, titles.title_at(doc, 3)[1]) is None  # three words: a party may lead the run


def test_titles_apposition_after_a_name_of_a_state():
    words = ["Joe", "Bidden", "of", "Delaware", ",", "chairman", "of", "the", "Senate", "Foreign", "Relations",
             "Committee", ",", "said"]
    pos = ["PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PROPN",
           "PUNCT", "VERB"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-GPE"] + ["O"] * 10
    title, country, rule = titles_after.title_after(make(words, pos, ents), 2)
    assert (title.role, country, rule) == ("Chairman", "US", "apposition")
    title, country, rule = titles_after.title_after(make(words[:4] + ["said"], pos[:4] + ["VERB"], ents[:5]), 2)
    assert (title, country, rule) == (None, "US", "name-of-polity")


def test_titles_after_party_head_in_an_apposition_is_the_party_leader():
    words = ["Franz", "Mauer", ",", "the", "SPD", "chairman", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "PROPN", "NOUN", "PUNCT", "VERB"]
    title, country, rule = titles_after.title_after(make(words, pos), 2)
    assert (title.role, title.kind, country, rule) == ("Leader", "party", "DE", "apposition")
    words = ["Franz", "Mauer", ",", "leader", "of", "the", "Movement", "for", "Democratic", "Change", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT", "VERB"]
    title, country, _ = titles_after.title_after(make(words, pos), 2)
    assert (title.role, title.kind, country) == ("Leader", "party", "ZW")
    words = ["Franz", "Mauer", ",", "the", "club", "chairman", ",", "said"]  # no party of parties.tsv
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "PUNCT", "VERB"]
    title, _, _ = titles_after.title_after(make(words, pos), 2)
    assert title is None or title.role != "Leader"


def test_person_spans_apposition_run_after_the_is_no_name():
    """"according to the Italian Constitution, the President can …": a run of proper nouns after "the" is a
    thing's name, not a person NER missed; without "the" the same run is a name ("Ana Ruiz, the President, …")."""
    from kg.extract.person_spans import person_spans

    tail = [",", "the", "President", "can", "send", "him", "back", "."]
    tail_pos = ["PUNCT", "DET", "PROPN", "AUX", "VERB", "PRON", "ADV", "PUNCT"]
    doc = make(["according", "to", "the", "Italian", "Constitution", *tail],
               ["VERB", "ADP", "DET", "PROPN", "PROPN", *tail_pos])
    assert [s.text for s in person_spans(doc)] == []
    doc = make(["according", "to", "Ana", "Ruiz", *tail], ["VERB", "ADP", "PROPN", "PROPN", *tail_pos])
    assert [s.text for s in person_spans(doc)] == ["Ana Ruiz"]


def test_appositions_level_word_leads_to_the_title():
    from kg.extract.appositions import apposition_span

    words = ["Tom", "Reilly", ",", "Federal", "Health", "Minister", ",", "said"]
    doc = make(words, ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"])
    assert rule_marks(doc).rule("apposition-lead", 3) == "apposition-lead-level"
    assert apposition_span(doc, 3)[0] == 4  # past "Federal"
    words[3] = "Union"  # a lower-case "union leader" is a trade union's: "Union" is no level word
    doc = make(words, ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"])
    assert not rule_marks(doc).has("apposition-lead", 3)


def test_titles_after_legislators_seat_after_for_is_no_principal():
    from kg import lexicon
    mp = lexicon.title_by_id()["t-mp"]
    words = ["Tom", "Hale", ",", "MP", "for", "Henley", "and", "editor", ",", "said"]
    doc = make(words, ["PROPN", "PROPN", "PUNCT", "PROPN", "ADP", "PROPN", "CCONJ", "NOUN", "PUNCT", "VERB"])
    assert titles_after._seat_end(doc, 4, 8, mp) == 6  # the seat ends at "and"
    words = ["Tom", "Hale", ",", "the", "MP", "for", "the", "Henley", "constituency", ",", "said"]
    doc = make(words, ["PROPN", "PROPN", "PUNCT", "DET", "PROPN", "ADP", "DET", "PROPN", "NOUN", "PUNCT", "VERB"])
    assert titles_after._seat_end(doc, 5, 9, mp) == 9  # "constituency" closes the seat
    spokesman = lexicon.title_by_id()["t-spokesman"]
    assert titles_after._seat_end(doc, 5, 9, spokesman) == 5  # a spokesman's "for" names a principal
    words = ["Tom", "Hale", ",", "MP", "for", "health", "policy", ",", "said"]
    doc = make(words, ["PROPN", "PROPN", "PUNCT", "PROPN", "ADP", "NOUN", "NOUN", "PUNCT", "VERB"])
    assert titles_after._seat_end(doc, 4, 7, mp) == 4  # no capitalised seat


def test_titles_legislators_state_after_from_before_a_name():
    words = ["Senator", "from", "Vermont", "Dana", "Colby", "spoke"]
    doc = make(words, ["PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB"], ents=["O", "O", "B-GPE", "B-PERSON",
                                                                              "I-PERSON", "O"])
    found = titles._seat_from(doc, 1, 3)
    assert found is not None and (found.start, found.title.role, found.country) == (0, "Senator", "US")
    doc = make(["Delegates", "from", "Vermont", "Dana", "Colby", "spoke"],
               ["NOUN", "ADP", "PROPN", "PROPN", "PROPN", "VERB"])
    assert titles._seat_from(doc, 1, 3) is None  # no legislator's title


def test_apposition_envoy_posted_for_a_country_keeps_the_country_before_the_title():
    """", the U.S. special representative for Afghanistan," is a US envoy posted there (``posted-to-kinds``); with no
    country before the title, the country after "for" stays the title's."""
    words = ["Ann", "Lee", ",", "the", "U.S.", "special", "representative", "for", "Afghanistan", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "PROPN", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT", "VERB"]
    title, country, _ = titles_after.title_after(make(words, pos), 2)
    assert title is not None and (title.role, country) == ("Special Representative", "US")
    title, country, _ = titles_after.title_after(make(words[:4] + words[5:], pos[:4] + pos[5:]), 2)
    assert title is not None and (title.role, country) == ("Special Representative", "AF")


def test_titles_after_title_in_brackets_after_a_name():
    """"X (U.S. Senator from Arizona)" is read as the apposition ", U.S. Senator from Arizona" (pattern
    ``apposition-bracket``), also when a comma follows the bracket (a list of candidates); a bracket without a title
    ("(D-CA)", "(MDC)") gives none, and "(former Governor of Ohio)" a former holder."""
    from kg.extract.rolestatus import status_after
    words = ["Nina", "Hale", "(", "U.S.", "Senator", "from", "Arizona", ")", ",", "Ivo", "Pask", "and", "Ada", "Roe"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "PUNCT", "PROPN", "PROPN", "CCONJ",
           "PROPN", "PROPN"]
    doc = make(words, pos, ents=["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "B-GPE", "O", "O", "B-PERSON",
                                 "I-PERSON", "O", "B-PERSON", "I-PERSON"])
    assert rule_marks(doc).has("apposition-bracket", 2)
    title, country, rule = titles_after.title_after(doc, 2)
    assert title is not None and (title.role, country, rule) == ("Senator", "US", "apposition")
    assert status_after(doc, 2) == "current"
    words = ["Nina", "Hale", "(", "former", "Governor", "of", "Ohio", ")", "spoke"]
    doc = make(words, ["PROPN", "PROPN", "PUNCT", "ADJ", "PROPN", "ADP", "PROPN", "PUNCT", "VERB"],
               ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O", "O"])
    title, country, _ = titles_after.title_after(doc, 2)
    assert title is not None and (title.role, country) == ("Governor", "US")
    assert status_after(doc, 2) == "former"
    for inside in (["D", "-", "CA"], ["MDC"]):
        words = ["Nina", "Hale", "(", *inside, ")", "spoke"]
        doc = make(words, ["PROPN", "PROPN", "PUNCT", *["PROPN"] * len(inside), "PUNCT", "VERB"])
        assert titles_after.title_after(doc, 2) == (None, None, "")
    doc = make(["Nina", "Hale", "(", "67", ")", "spoke"], ["PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "VERB"])
    assert not rule_marks(doc).has("apposition-bracket", 2)  # an age is no title
    words = ["Labour", "MP", "(", "Member", "of", "Parliament", ")", "Tom", "Vale", "spoke"]
    doc = make(words, ["PROPN", "PROPN", "PUNCT", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"])
    assert titles_after.bracket_apposition(doc, 2) is None  # the bracket spells out the title before it
    words = ["Vale", "Bank", "(", "MP", ")", "rose"]
    doc = make(words, ["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB"])
    assert titles_after.bracket_apposition(doc, 2) is None  # an abbreviation of the name


def test_titles_predicate_took_office_as():
    """"X took office as president of Peru", "Y assumed office as Peru's prime minister": the new holder (pattern
    predicate-took-office-as); "took office in Lima" names no post."""
    words = ["Rosa", "Lind", "took", "office", "as", "president", "of", "Peru", "."]
    pos = ["PROPN", "PROPN", "VERB", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT"]
    doc = make(words, pos, ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O"])
    assert rule_marks(doc).rule("title-predicate-as", 2) == "predicate-took-office-as"
    title, country, rule = titles_after.title_predicate(doc, 2)
    assert (title.role, country, rule) == ("President", "PE", "predicate")
    words[2] = "assumed"
    assert rule_marks(make(words, pos)).rule("title-predicate-as", 2) == "predicate-took-office-as"
    words = ["Rosa", "Lind", "took", "office", "in", "Lima", "."]
    doc = make(words, ["PROPN", "PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"])
    assert not rule_marks(doc).has("title-predicate-as", 2)


def test_titles_after_closing_title_after_describing_words():
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "NOUN", "PUNCT", "VERB"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O", "O"]
    doc = make(["Lisa", "Marden", ",", "the", "state", "attorney", "general", ",", "said"], pos, ents)
    title, country, rule = titles_after.title_after(doc, 2)
    assert (title.role, country, rule) == ("Attorney General", None, "apposition")
    # a verb, not a mark, closes the apposition: left to the sentence's rules
    doc = make(["Lisa", "Marden", ",", "the", "state", "attorney", "general", "said"], pos[:7] + ["VERB"], ents[:8])
    assert titles_after.title_after(doc, 2)[0] is None


def test_titles_after_closing_title_is_no_predicate_after_as():
    # "elected Paul Roy as its council chairman.": the predicate's "as" hands "its council chairman" to the
    # apposition reader (title_predicate); a possessive before the describing words is no apposition's
    words = ["Roy", "as", "its", "council", "chairman", "."]
    pos = ["PROPN", "ADP", "PRON", "NOUN", "NOUN", "PUNCT"]
    assert titles_after._apposition(make(words, pos, ["B-PERSON"] + ["O"] * 5), 2)[0] is None
    words = ["Marden", ",", "the", "state", "attorney", "general", "."]
    pos = ["PROPN", "PUNCT", "DET", "NOUN", "NOUN", "NOUN", "PUNCT"]
    title = titles_after._apposition(make(words, pos, ["B-PERSON"] + ["O"] * 6), 2)[0]
    assert title is not None and title.role == "Attorney General"


def test_titles_after_closing_title_refuses_status_words_and_possessives():
    words = ["Tom", "Garo", ",", "a", "popular", "former", "guerilla", "leader", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "ADJ", "NOUN", "NOUN", "PUNCT", "VERB"]
    assert titles_after.title_after(make(words, pos, ["B-PERSON", "I-PERSON"] + ["O"] * 8), 2)[0] is None
    words[5] = "veteran"  # a describing word: the title that closes the apposition is his
    title, _, rule = titles_after.title_after(make(words, pos, ["B-PERSON", "I-PERSON"] + ["O"] * 8), 2)
    assert (title.role, rule) == ("Leader", "apposition")
    words = ["Satya", "Jain", ",", "the", "city", "'s", "home", "minister", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PART", "NOUN", "NOUN", "PUNCT", "VERB"]
    assert titles_after.title_after(make(words, pos, ["B-PERSON", "I-PERSON"] + ["O"] * 8), 2)[0] is None


def test_title_patterns_pre_portfolio_names_the_post_for_the_portfolio():
    doc = make(["EU", "trade", "commissioner", "Peter", "Mandel", "spoke"],
               ["PROPN", "NOUN", "NOUN", "PROPN", "PROPN", "VERB"], ["B-ORG", "O", "O", "B-PERSON", "I-PERSON", "O"])
    found = titles.title_before(doc, 3)
    assert found is not None and (found.title.role, found.country) == ("Commissioner for Trade", "EU")
    doc = make(["Italian", "economic", "development", "minister", "Aldo", "Rossi", "spoke"],
               ["ADJ", "ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "VERB"],
               ["B-NORP", "O", "O", "O", "B-PERSON", "I-PERSON", "O"])
    found = titles.title_before(doc, 4)
    assert found is not None and (found.title.role, found.country) == ("Minister for Economic Development", "IT")


def test_titles_after_closing_title_is_no_bare_post_after_an_unread_portfolio():
    words = ["Carla", "Sepu", ",", "the", "social", "development", "minister", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "NOUN", "NOUN", "PUNCT", "VERB"]
    assert titles_after.title_after(make(words, pos, ["B-PERSON", "I-PERSON"] + ["O"] * 7), 2)[0] is None

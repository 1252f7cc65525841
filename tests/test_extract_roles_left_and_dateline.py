"""Two role classes of ordinary news: a post the article's news says its holder left ("X resigned as president",
"Several ministers, including Foreign Minister Y, resigned", "Z stepped down", "W was replaced") is a former
holder's in the whole article (``rolestatus.leaving_verb``, ``roles._left``), and a post the text gives no country
takes the country of a wire dateline the article names twice ("PRAGUE, April 18 —": ``context.dateline_country``,
``articlecountry.dateline_home``), not a visitor's post. Model-free rule tests on hand-built Docs, then integration
tables of sentences written for these tests, near misses included."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.context import dateline_country
from kg.extract.rolestatus import leaving_verb, listed, post_as
from kg.model import Article

NLP = spacy.blank("en")


def _doc(rows):
    """A Doc from (word, tag, pos, dep, head, lemma) rows; heads are absolute token indices."""
    words, tags, pos, deps, heads, lemmas = (list(c) for c in zip(*rows, strict=True))
    return Doc(NLP.vocab, words=words, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


RESIGNED_AS = [("Ana", "NNP", "PROPN", "compound", 1, "Ana"), ("Berg", "NNP", "PROPN", "nsubj", 2, "Berg"),
               ("resigned", "VBD", "VERB", "ROOT", 2, "resign"), ("as", "IN", "ADP", "prep", 2, "as"),
               ("president", "NN", "NOUN", "pobj", 3, "president"), (".", ".", "PUNCT", "punct", 2, ".")]


def test_rolestatus_leaving_verb_of_a_subject_and_the_post_after_as():
    doc = _doc(RESIGNED_AS)
    verb = leaving_verb(doc, 0, 2)
    assert verb is not None and verb.i == 2
    assert post_as(doc, verb) == "President"


def test_rolestatus_leaving_verb_not_for_a_negated_verb_nor_another_thing_left():
    rows = [*RESIGNED_AS[:2], ("has", "VBZ", "AUX", "aux", 4, "have"), ("not", "RB", "PART", "neg", 4, "not"),
            ("resigned", "VBN", "VERB", "ROOT", 4, "resign"), (".", ".", "PUNCT", "punct", 4, ".")]
    assert leaving_verb(_doc(rows), 0, 2) is None  # "Ana Berg has not resigned"
    rows = [*RESIGNED_AS[:2], ("quit", "VBD", "VERB", "ROOT", 2, "quit"), ("the", "DT", "DET", "det", 4, "the"),
            ("party", "NN", "NOUN", "dobj", 2, "party"), (".", ".", "PUNCT", "punct", 2, ".")]
    assert leaving_verb(_doc(rows), 0, 2) is None  # "Ana Berg quit the party": no post left
    rows[4] = ("post", "NN", "NOUN", "dobj", 2, "post")
    assert leaving_verb(_doc(rows), 0, 2) is not None  # "Ana Berg quit the post"


def test_rolestatus_leaving_verb_reaches_a_name_listed_after_including():
    rows = [("Two", "CD", "NUM", "nummod", 1, "two"), ("ministers", "NNS", "NOUN", "nsubj", 7, "minister"),
            (",", ",", "PUNCT", "punct", 1, ","), ("including", "VBG", "VERB", "prep", 1, "include"),
            ("Ana", "NNP", "PROPN", "compound", 5, "Ana"), ("Berg", "NNP", "PROPN", "pobj", 3, "Berg"),
            (",", ",", "PUNCT", "punct", 1, ","), ("resigned", "VBD", "VERB", "ROOT", 7, "resign"),
            (".", ".", "PUNCT", "punct", 7, ".")]
    verb = leaving_verb(_doc(rows), 4, 6)
    assert verb is not None and verb.lemma_ == "resign"
    rows[3] = ("near", "IN", "ADP", "prep", 1, "near")  # "two ministers near Ana Berg resigned": not a member
    assert leaving_verb(_doc(rows), 4, 6) is None


@pytest.mark.parametrize("text, expected", [
    ("PRAGUE, April 18 — The Czech government said", "CZ"),
    ("DHAKA (Wire) — Bangladesh said", "BD"),
    ("Friday, July 5, 2024\n\nLONDON — The new cabinet met", "GB"),
    ("SANTA MARTA, Colombia — Two presidents met", "CO"),
    ("Minsk, Feb 12 — Four leaders met", "BY"),
    ("MOSCOW/YEREVAN — Two governments said", None),  # two countries' cities: no one country
    ("Prime Minister Ana Berg said on Friday", None),  # no dateline
    ("Saturday, January 21, 2006\n\nAustralian Defence Minister X has resigned", None),  # a date line only
])
def test_context_dateline_country_of_a_wire_dateline(text, expected):
    assert dateline_country(Article("a", text)) == expected


def roles(facts):
    """The rows of roles.rq: listed (held at the date, political or official) and placed in a country."""
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles
            if listed(r.status, r.scope, r.role) and r.country}


LEFT_OFFICE = {
    # the post after "as" is former in the whole article, though another mention names him by it
    "Hana Kovac resigned as foreign minister of Slovenia on Friday. Slovenian Foreign Minister Hana Kovac led "
    "talks with Croatia for two years.": set(),
    # names listed after "including" in a subject that resigned
    "Several ministers, including Norway's defence minister, Per Holm, and Norway's health minister, Ada Lund, "
    "resigned on Tuesday. Holm said the cabinet had lost its way.": set(),
    # "stepped down" (the tagger reads "down" as a particle or an adverb)
    "Kenyan Interior Minister Otieno Kamau stepped down on Monday after the riots. Kamau said he took "
    "responsibility.": set(),
    # a passive "was replaced"
    "Ghana's finance minister, Kofi Asare, was replaced by a banker in the reshuffle. Asare thanked the "
    "president.": set(),
    # every post of the titled mention that resigned
    "Deputy Prime Minister for Finance and Minister of Industry Jan Novak resigned after Prime Minister Petra Kovac "
    "of Slovakia criticised him.": {("Kovac", "Prime Minister", "SK")},
    "Paraguayan President Luis Ortega has stepped down. Ortega, 71, will stay in Asuncion.": set(),
    # near misses: the post is still held
    "Kenyan Interior Minister Otieno Kamau has not resigned, his office said.":
        {("Kamau", "Interior Minister", "KE")},
    "Swedish Prime Minister Erik Lund will step down next month, his party said.":
        {("Lund", "Prime Minister", "SE")},
    "Danish Defence Minister Ole Berg quit the party on Monday but stays in the cabinet.":
        {("Berg", "Defence Minister", "DK")},
    "Czech Finance Minister Jan Dvorak announced that he would resign in September.":
        {("Dvorak", "Finance Minister", "CZ")},
    "Ghana's finance minister, Kofi Asare, will be replaced in the reshuffle, the president's office said.":
        {("Asare", "Finance Minister", "GH")},
    # a head of government who resigned stays in office until a successor is sworn in (caretaker-kinds)
    "Slovenian Prime Minister Hana Kovac resigned on Friday. Prime Minister Kovac will lead a caretaker "
    "cabinet until a successor is chosen.": {("Kovac", "Prime Minister", "SI")},
}


@pytest.mark.parametrize("text", list(LEFT_OFFICE))
def test_roles_a_post_left_in_the_news_is_former_in_the_whole_article(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2021, 3, 2))) == LEFT_OFFICE[text]


DATELINES = {
    # the dateline's country, named twice, for an official the text gives no country (the article names Russia
    # more often: its dominant country)
    "PRAGUE, April 18 — The Czech Republic expelled 18 Russian diplomats over a blast. Jan Novak, the interior "
    "minister, said Czech police had proof. Russia denied it, and Russia's embassy said Russia would retaliate "
    "against Russian critics.": {("Novak", "Interior Minister", "CZ")},
    "LONDON — Britain will expel 23 Russian diplomats, the government said. Labour leader Tom Hart urged a "
    "dialogue with Russia, and British officials said Russia had until Friday. Russia called it a provocation "
    "and Russian media said Russia would respond.": {("Hart", "Leader", "GB")},
    "DHAKA, Aug 9 — The president of Bangladesh swore in an interim government on Thursday. The army chief, "
    "General Abdul Karim, greeted the new leader in Bangladesh's capital. India welcomed the move, and Indian "
    "officials said India would help.": {("Karim", "Army Chief", "BD"), ("Karim", "General", "BD")},
}

DATELINE_MISSES = {
    # two countries' cities: no dateline country; the article's dominant country (Armenia)
    "MOSCOW/YEREVAN — Armenia and Azerbaijan signed a deal. Foreign Minister Ara Petrosyan said Armenia was "
    "grateful, and Armenian officials said Armenia would open its roads.": ("Petrosyan", "Foreign Minister", "RU"),
    # a venue named once: the country the article is about
    "HAVANA, Sept 23 — Colombia's government and the rebels agreed on a special court. Defence Minister Juan "
    "Pardo said Colombia would honour the deal, and Colombian generals agreed.":
        ("Pardo", "Defence Minister", "CU"),
    # a visitor's post (an envoy's) takes no country from the dateline
    "GENEVA, May 2 — Switzerland hosted talks on Syria, and Swiss police kept order. The special envoy, Ali "
    "Hassan, said Syria's government and Syrian rebels were close to a deal that Syria needs.":
        ("Hassan", "Special Envoy", "CH"),
}


@pytest.mark.parametrize("text", list(DATELINES))
def test_rolecountry_dateline_country_for_a_post_without_one(facts_of, text):
    assert DATELINES[text] <= roles(facts_of(text, date=dt.date(2021, 4, 18)))


@pytest.mark.parametrize("text", list(DATELINE_MISSES))
def test_rolecountry_no_dateline_country_for_a_venue_a_visitor_or_two_cities(facts_of, text):
    assert DATELINE_MISSES[text] not in roles(facts_of(text, date=dt.date(2021, 4, 18)))


def test_roles_replaced_as_names_the_post_left_not_his_other_post(facts_of):
    """"Y replaced X as <post>" ends only that post of X (``leave-as-lemmas``); an "as" the lexicon cannot read
    ends none, and "was sworn in as President … and retired" ends the post taken."""
    facts = facts_of("Senator Harry Reid was elected leader. Senator Dick Durbin replaced Reid as the Senate "
                     "Minority Whip on Tuesday.", date=dt.date(2004, 11, 16))
    assert ("Reid", "Senator", "US") in roles(facts)
    assert roles(facts_of("Lena Vogel was sworn in as President of Finland in 1994 and retired in 2000.",
                          date=dt.date(2021, 3, 2))) == set()

"""Quote attribution (kg.extract.quotes): a quotation that is the object of an evaluative verb, descriptor speakers
read by the article's date, a name the parser took for something else after a quotation, and news outlets. Tables
of sentences written for these tests → (speaker surname, words inside the quotation) of every quote, in text order."""

from __future__ import annotations

import datetime as dt

import pytest


def said(facts) -> list[tuple[str, str]]:
    return [(q.speaker.name.split()[-1], q.text) for q in facts.quotes]


def check(facts, expected: list[tuple[str, str]]) -> None:
    found = said(facts)
    assert len(found) == len(expected), found
    for (speaker, text), (want_speaker, snippet) in zip(found, expected, strict=True):
        assert speaker == want_speaker and snippet in text, (found, expected)


@pytest.mark.parametrize("text, expected", [
    # the quotation is the direct object of an evaluative verb (speech_verbs.tsv, kind "object")
    ("Chancellor Olaf Scholz hailed \"a new chapter in relations between our two countries\".",
     [("Scholz", "a new chapter in relations")]),
    ("Senator Maria Cantwell condemned the \"cowardly attack on unarmed aid workers\" in a statement on Sunday.",
     [("Cantwell", "cowardly attack on unarmed aid workers")]),
    ("President Lula da Silva praised the negotiators' \"patient and courageous work\".",
     [("Silva", "patient and courageous work")]),
    ("Foreign Minister Penny Wong welcomed \"an important step toward lasting peace\" after the vote.",
     [("Wong", "an important step toward lasting peace")]),
    ("President Emmanuel Macron cited \"deep and lasting differences over farm subsidies\" in a letter to the summit.",
     [("Macron", "deep and lasting differences")]),
    # ... or stands beside the verb's object as its predicate, short ones too
    ("Opposition leader Peter Dutton labelled the budget \"a betrayal of working families\".",
     [("Dutton", "a betrayal of working families")]),
    ("Governor Kathy Hochul has termed the shooting \"an act of terror\".", [("Hochul", "an act of terror")]),
    # near misses: a title, an institution, a passive, a verb that reports nothing
    ("President Gabriel Boric welcomed the \"Santiago Declaration on Water Security\" on Monday.", []),
    ("The ministry welcomed \"an important step toward lasting peace\" after the vote.", []),
    ("Senator Maria Cantwell was praised for her \"patient and courageous work on the bill\".", []),
    ("Governor Kathy Hochul signed the law that bans the \"sale of assault weapons to minors\".", []),
])
def test_extract_quotes_object_of_an_evaluative_verb(facts_of, text, expected):
    check(facts_of(text), expected)


@pytest.mark.parametrize("date, text, expected", [
    # "-elect" and "-designate" describe the holder of a post that starts after the article's date
    ("2014-07-23", "Joko Widodo, the governor of Jakarta, won 53 percent of the vote, the election commission said "
     "on Tuesday.\n\n\"This victory belongs to all the people of this nation,\" the president-elect told supporters.",
     [("Widodo", "This victory belongs")]),
    ("2016-11-20", "Donald Trump met Shinzo Abe in New York on Thursday. \"We had a very good and candid talk "
     "today,\" the president-elect said.", [("Trump", "a very good and candid talk")]),
    # the descriptor's holder named a paragraph before, past a person who does not fit it
    ("2023-01-22", "Chris Hipkins, 44, was the only nominee when Labour lawmakers met at parliament on Sunday. He "
     "named Carmel Sepuloni, the social development minister, as his deputy, making her the first deputy prime "
     "minister of Pacific heritage once the new cabinet is sworn in next week.\n\n\"This is the greatest privilege "
     "of my whole life,\" the prime minister-designate told reporters.", [("Hipkins", "the greatest privilege")]),
    # "the new prime minister": not the predecessor whose term ended that day
    ("2024-07-05", "Keir Starmer was asked by the King to form a government. Less than an hour earlier, Rishi Sunak "
     "had gone to the palace to resign.\n\n\"We will rebuild this country brick by brick,\" the new prime minister "
     "said outside Downing Street.", [("Starmer", "rebuild this country")]),
    # "the former minister": a post that ended before the article's date
    ("2020-06-22", "Ursula von der Leyen spoke after Charles Michel at the summit. \"Our relationship must become "
     "more balanced and fair,\" the former German defence minister said.", [("Leyen", "more balanced and fair")]),
    # near miss: "the president" in 2012 is not the holder of years later
    ("2012-05-01", "Donald Trump criticised the trade plan on Monday in New York. \"This plan is a disaster for "
     "every American worker,\" the president said.", []),
    ("2019-03-01", "Donald Trump criticised the trade plan on Monday in New York. \"This plan is a disaster for "
     "every American worker,\" the president said.", [("Trump", "a disaster for every American worker")]),
])
def test_extract_quotes_descriptor_read_by_the_articles_date(facts_of, date, text, expected):
    check(facts_of(text, date=dt.date.fromisoformat(date)), expected)


@pytest.mark.parametrize("text, expected", [
    # the name after the quotation parsed as the auxiliary "may"
    ("Prime Minister Theresa May spoke in parliament on Monday.\n\n\"Their response shows complete disdain for the "
     "gravity of these events,\" May said of the Russian government.", [("May", "complete disdain")]),
    # near miss: her spokesman's words are not hers
    ("Prime Minister Theresa May spoke in parliament on Monday.\n\n\"Their response shows complete disdain for the "
     "gravity of these events,\" a spokesman for May said.", []),
    # a news outlet is no speaker, however the model tags it (news-outlet-words)
    ("In Austria, the daily Der Standard called the euro \"a deceitful entity that cannot last long\".", []),
    ("In France, Le Monde described the plan as \"a gamble that could cost the government dearly\".", []),
])
def test_extract_quotes_name_after_the_quote_and_outlets(facts_of, text, expected):
    check(facts_of(text, date=dt.date(2018, 3, 14)), expected)


@pytest.mark.parametrize("text, expected", [
    # a quotation paragraph after a paragraph about one named person, with no speech verb
    ("Interior Minister Anna Berg took a harder line on Tuesday.\n\n\"We will not accept a single extra migrant this "
     "year, whatever Brussels decides.\"", [("Berg", "a single extra migrant")]),
    ("Opposition leader Karin Lund, 54, strongly disagreed.\n\n\"Nobody in this government understands what a "
     "drought does to a family farm.\"", [("Lund", "what a drought does")]),
    ("Senator Lee Park weighed in on Friday.\n\n\"Nobody in this government understands what a drought does to a "
     "family farm.\"", [("Park", "what a drought does")]),
    # a sentence with no speech verb and no name may follow the quotation in its paragraph
    ("President Mwai Kibaki welcomed the agreement in Nairobi.\n\n\"It is a good day for every Kenyan and for the "
     "whole region.\" The deal was signed after midnight.", [("Kibaki", "a good day for every Kenyan")]),
    # near misses: no stance taken (quote-stance-verbs); an institution; someone else named after it; someone else
    # who spoke in the paragraph before
    ("Opposition leader Karin Lund, 54, spent the morning with farmers in the north.\n\n\"Nobody in this government "
     "understands what a drought does to a family farm.\"", []),
    ("The interior ministry took a harder line on Tuesday.\n\n\"We will not accept a single extra migrant this year, "
     "whatever Brussels decides.\"", []),
    ("President Mwai Kibaki welcomed the agreement in Nairobi.\n\n\"It is a good day for every Kenyan and for the "
     "whole region.\" Raila Odinga disagreed.", []),
    ("Opposition leader Karin Lund met farmers in the north, who told her about the drought.\n\n\"Nobody in this "
     "government understands what a drought does to a family farm.\"", []),
])
def test_extract_quotes_paragraph_after_a_sentence_about_the_speaker(facts_of, text, expected):
    check(facts_of(text), expected)


def _doc(words, heads, deps, pos, tags=None):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags)


def test_quotesyntax_quoted_object():
    """Model-free: "hailed “a new chapter”" (the object inside the quotation), "labelled the budget “a sham”" (the
    quotation in apposition to the object); not "hailed the “road map” of X" seen from outside the quotation."""
    from kg.extract.quotesyntax import quoted_object

    doc = _doc(["Scholz", "hailed", "a", "new", "chapter"], [1, 1, 4, 4, 1], ["nsubj", "ROOT", "det", "amod", "dobj"],
               ["PROPN", "VERB", "DET", "ADJ", "NOUN"])
    assert quoted_object(doc[4], doc[2:5]) and not quoted_object(doc[4], doc[0:1])
    doc = _doc(["Dutton", "labelled", "the", "budget", "a", "sham"], [1, 1, 3, 1, 5, 3],
               ["nsubj", "ROOT", "det", "dobj", "det", "appos"], ["PROPN", "VERB", "DET", "NOUN", "DET", "NOUN"])
    assert quoted_object(doc[3], doc[4:6])  # the object "budget" is outside, its apposition inside
    assert not quoted_object(doc[5], doc[4:6])  # an apposition is not the verb's object
    assert not quoted_object(doc[0], doc[0:1])  # a subject


def test_quotesyntax_apposed_subject():
    """Model-free: a name in apposition to a subject, to the root noun the parser hung a finite verb on ("The leader,
    NAME, called …"), or to a passive's agent; not to an object."""
    from kg.extract.quotesyntax import apposed_subject

    words = ["The", "leader", ",", "Odinga", ",", "called", "for", "calm"]
    pos = ["DET", "NOUN", "PUNCT", "PROPN", "PUNCT", "VERB", "ADP", "NOUN"]
    tags = ["DT", "NN", ",", "NNP", ",", "VBD", "IN", "NN"]
    doc = _doc(words, [1, 1, 1, 1, 1, 1, 5, 6], ["det", "ROOT", "punct", "appos", "punct", "acl", "prep", "pobj"],
               pos, tags)
    assert apposed_subject(doc[3])
    doc = _doc(words, [1, 5, 1, 1, 1, 5, 5, 6], ["det", "nsubj", "punct", "appos", "punct", "ROOT", "prep", "pobj"],
               pos, tags)
    assert apposed_subject(doc[3])
    doc = _doc(["They", "met", "the", "leader", ",", "Odinga"], [1, 1, 3, 1, 3, 3],
               ["nsubj", "ROOT", "det", "dobj", "punct", "appos"], ["PRON", "VERB", "DET", "NOUN", "PUNCT", "PROPN"])
    assert not apposed_subject(doc[5])


def test_quotepronouns_post_word():
    """A post's last word without its status ("-elect", "-designate")."""
    from kg.extract.quotepronouns import _post_word

    assert _post_word("President-elect") == "president"
    assert _post_word("Prime Minister-designate") == "minister"
    assert _post_word("Foreign Minister") == "minister"

"""Roles given by appointment phrasings in news: a predicate past a short aside or a party's name after the name
("X, 54, was named foreign minister", "Y of the Z Party has been named prime minister-designate"), a verb of succeeding ("X replaced Y as finance minister") and later names of a list of
appointments ("named A as foreign minister and B as home minister"). Model-free rule tests on hand-built Docs, then
an integration table of sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.appositions import past_aside
from kg.extract.rolestatus import listed

NLP = spacy.blank("en")


def _doc(words, tags, ents=None):
    pos = {"NNP": "PROPN", ",": "PUNCT", "CD": "NUM", "DT": "DET", "NN": "NOUN", "VBD": "VERB", "VBN": "VERB",
           "JJ": "ADJ", "CC": "CCONJ", "IN": "ADP", ".": "PUNCT"}
    return Doc(NLP.vocab, words=words, tags=tags, pos=[pos[t] for t in tags], ents=ents)


def test_appositions_past_aside_reaches_the_predicate_after_a_short_aside():
    words = ["Ola", "Berg", ",", "54", ",", "became", "foreign", "minister", "."]
    tags = ["NNP", "NNP", ",", "CD", ",", "VBD", "JJ", "NN", "."]
    assert past_aside(_doc(words, tags), 2) == 5
    words[3:4], tags[3:4] = ["a", "lawyer"], ["DT", "NN"]  # a describing noun phrase is an aside too
    assert past_aside(_doc(words, tags), 2) == 6


def test_appositions_past_aside_stays_put_without_a_predicate_or_with_a_list_or_clause():
    tags = ["NNP", "NNP", ",", "CD", ",", "VBD", "DT", "NN", "."]
    assert past_aside(_doc(["Ola", "Berg", ",", "54", ",", "joined", "the", "board", "."], tags), 2) == 2
    names = _doc(["Ola", "Berg", ",", "Tom", "Lind", ",", "became", "friends", "."],
                 ["NNP", "NNP", ",", "NNP", "NNP", ",", "VBD", "NN", "."],
                 ents=["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    assert past_aside(names, 2) == 2  # a list of names, not an aside
    clause = _doc(["Ola", "Berg", ",", "he", "said", ",", "became", "minister", "."],
                  ["NNP", "NNP", ",", "NN", "VBD", ",", "VBD", "NN", "."])
    assert past_aside(clause, 2) == 2  # a finite verb inside: a clause, not an aside
    assert past_aside(_doc(["Ola", "Berg", "became", "minister", "."], ["NNP", "NNP", "VBD", "NN", "."]), 2) == 2
    # "X of the Y Party" closing the text (a readout's last line): nothing after the name to read, no IndexError
    assert past_aside(_doc(["Ola", "Berg", "of", "the", "Green", "Party"], ["NNP", "NNP", "IN", "DT", "NNP", "NNP"]), 2) == 2


def roles(facts):
    """The roles the guide lists: held at the date, political or official (surname, role, country)."""
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


APPOINTMENTS = {
    # a predicate of a title past a short aside that holds no title (appositions.past_aside)
    "Ola Berg, 54, was named foreign minister of Norway.": {("Berg", "Foreign Minister", "NO")},
    "Ana Ruiz, a former banker, became finance minister of Peru in May.": {("Ruiz", "Finance Minister", "PE")},
    "Radu Popescu, a lawyer from Cluj, was appointed Romania's justice minister on Monday.":
        {("Popescu", "Justice Minister", "RO")},
    "Kofi Mensah, a veteran of the ruling party, was sworn in as president of Ghana on Friday.":
        {("Mensah", "President", "GH")},
    "Lena Holm, the daughter of a miner, was elected Sweden's prime minister on Sunday.":
        {("Holm", "Prime Minister", "SE")},
    # near misses: a past holding, a company's post, a list of names, no title
    "Ola Berg, a lawyer, had been foreign minister of Norway.": set(),
    "Ola Berg, 54, was named chief executive of Statoil.": set(),
    "Ola Berg, Tom Lind and Ana Ruiz were named to the board.": set(),
    "Ola Berg, a lawyer, became a partner at a law firm in Oslo.": set(),
    # past a party's or a place's name after "of" too, and "declared" as a verb of electing (predicate-elected-as)
    "Jawad Karim of the Islamic Dawa Party has been named prime minister-designate of Iraq.":
        {("Karim", "Prime Minister-designate", "IQ")},
    "Ola Berg of Oslo, a former banker, has been named finance minister of Norway.":
        {("Berg", "Finance Minister", "NO")},
    "Ana Ruiz has been declared president-elect of Mexico by the electoral court.": {("Ruiz", "President-elect", "MX")},
    "Ola Berg was declared dead on Monday.": set(),
    "Ola Berg of Statoil was named chief executive last year.": set(),
    # the subject of a verb of succeeding holds the title after "as" (pattern predicate-replaced-as)
    "Ola Berg replaced Tom Lind as finance minister of Norway.": {("Berg", "Finance Minister", "NO")},
    "Maria Silva succeeded Jorge Costa as Brazil's foreign minister in March.": {("Silva", "Foreign Minister", "BR")},
    "Ana Ruiz, who replaced Luis Soto as interior minister of Chile last year, said the plan would work.":
        {("Ruiz", "Interior Minister", "CL")},
    # near misses: a future succession, a company's post, no person replaced
    "Ola Berg will replace Tom Lind as finance minister of Norway.": set(),
    "Ola Berg replaced Tom Lind as chief executive of Statoil.": set(),
    "The new law replaced the old code as the main rule in Norway.": set(),
    # each later name of a list of appointments holds the title after its own "as" (titles_after.listed_appointee)
    "In Peru, the president appointed Maria Silva as foreign minister, Jorge Costa as defence minister and Pedro "
    "Alves as health minister.": {("Silva", "Foreign Minister", "PE"), ("Costa", "Defence Minister", "PE"),
                                  ("Alves", "Health Minister", "PE")},
    "King Harald named Ola Berg as Norway's foreign minister and Tom Lind as its finance minister.":
        {("Harald", "King", "NO"), ("Berg", "Foreign Minister", "NO"), ("Lind", "Finance Minister", "NO")},
    "The Kenyan parliament confirmed Grace Wanjiru as interior minister, as well as Peter Otieno, a former teacher, "
    "as education minister.": {("Wanjiru", "Interior Minister", "KE"), ("Otieno", "Education Minister", "KE")},
    # near misses: a second verb, no verb of appointing, a company's posts
    "He named Ola Berg as foreign minister of Norway and praised Tom Lind as a friend.":
        {("Berg", "Foreign Minister", "NO")},
    "The court heard Ola Berg as a witness, and Tom Lind as an expert.": set(),
    "The board named Ola Berg as chief executive of Statoil and Tom Lind as finance director.": set(),
}


@pytest.mark.parametrize("text", list(APPOINTMENTS))
def test_roles_appointment_predicates_asides_successions_and_lists(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2023, 6, 14))) == APPOINTMENTS[text]


def test_titles_after_listed_appointee_follows_a_chain_from_a_verb_of_appointing():
    from kg.extract.titles_after import listed_appointee
    words = ["He", "named", "Ola", "Berg", "as", "foreign", "minister", "and", "Tom", "Lind", "as", "finance",
             "minister", "."]
    heads = [1, 1, 3, 1, 1, 6, 4, 6, 9, 6, 9, 12, 10, 1]
    deps = ["nsubj", "ROOT", "compound", "dobj", "prep", "amod", "pobj", "cc", "compound", "conj", "prep",
            "compound", "pobj", "punct"]
    tags = ["PRP", "VBD", "NNP", "NNP", "IN", "JJ", "NN", "CC", "NNP", "NNP", "IN", "NN", "NN", "."]
    pos = ["PRON", "VERB", "PROPN", "PROPN", "ADP", "ADJ", "NOUN", "CCONJ", "PROPN", "PROPN", "ADP", "NOUN", "NOUN",
           "PUNCT"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[1] = "name"

    def doc(lemma):
        return Doc(NLP.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents,
                   lemmas=[lemma if i == 1 else w for i, w in enumerate(lemmas)])

    assert listed_appointee(doc("name"), 10) == 10  # Tom Lind's own "as"
    assert listed_appointee(doc("name"), 4) is None  # the first object: pattern predicate-named-as reads it
    assert listed_appointee(doc("praise"), 10) is None  # no verb of appointing opens the list


# A lower-case portfolio after "minister for/of" stays in the title when a state's portfolio word ends it
# (``state-portfolio-ends``); a company's department does not make a post political.
LOWERCASE_PORTFOLIOS = {
    "Ola Berg, the Norwegian minister for education, said the talks failed.": {("Berg", "Education Minister", "NO")},
    "Ola Berg, Norway's minister of justice, said the talks failed.": {("Berg", "Justice Minister", "NO")},
    "The Kenyan minister for health Ruth Wanjiku opened the clinic.": {("Wanjiku", "Health Minister", "KE")},
    "In Nepal, President Ram Bista named Ram Thapa as foreign minister, as well as Hari Gurung, a member of the "
    "communist party, as minister for sports and education.":
        {("Bista", "President", "NP"), ("Thapa", "Foreign Minister", "NP"),
         ("Gurung", "Minister for Sports and Education", "NP")},
    "Ola Berg, a manager of marketing and sales at Statoil, said the talks failed.": set(),
    "Ola Berg, the director of education at the Oslo chess club, said the talks failed.": set(),
}


@pytest.mark.parametrize("text", list(LOWERCASE_PORTFOLIOS))
def test_titles_lowercase_portfolio_after_minister_for_stays_in_the_title(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2005, 2, 2))) == LOWERCASE_PORTFOLIOS[text]


def test_titles_capitalised_state_portfolio_word_ends_no_title_before_a_name(facts_of):
    """A capitalised portfolio word inside a longer post ("Coordinator for Defense Policy and Arms Control") does not
    end a title there, so the next word is no person's name (``state-portfolio-ends`` is read for lower-case
    portfolios only, not where a name begins)."""
    facts = facts_of("Cara Abbot, Deputy Assistant to the President and Coordinator for Defense Policy and Arms "
                     "Control on the National Security Council, hosted a roundtable.")
    assert {r.person.name for r in facts.roles} == {"Cara Abbot"}

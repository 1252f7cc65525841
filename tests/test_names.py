"""Names (issue 9): the actor name ruler, name pairs, family members told apart by title and honorific, and the
PETRARCH2 actor converter. Model-free tests on hand-built Docs first, then sentences written for these tests run
through the model."""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from kg.actor_ruler import ActorRuler, name_words, usable
from kg.actors import Actor, ActorIndex, Term, load_actors
from kg.extract import mentions, names, people
from kg.extract.mentions import Mention

NLP = spacy.blank("en")
ROOT = Path(__file__).resolve().parent.parent


def make(words, pos=None, ents=None, spaces=None):
    return Doc(NLP.vocab, words=words, spaces=spaces, pos=pos, ents=ents)


# --- the name ruler -------------------------------------------------------------------------------------------

def test_actor_ruler_adds_missed_name():
    doc = make(["Iraq", "'s", "Hoshyar", "Zebari", "spoke"], ents=["B-GPE", "O", "O", "O", "O"])
    ruler = ActorRuler(NLP, names=["Hoshyar Zebari"])
    assert [(e.text, e.label_) for e in ruler(doc).ents] == [("Iraq", "GPE"), ("Hoshyar Zebari", "PERSON")]


def test_actor_ruler_retypes_mistyped_name():
    doc = make(["Hamid", "Karzai", "said"], ents=["B-ORG", "I-ORG", "O"])
    assert [(e.text, e.label_) for e in ActorRuler(NLP, names=["Hamid Karzai"])(doc).ents] == \
        [("Hamid Karzai", "PERSON")]


def test_actor_ruler_keeps_longer_entity_and_needs_capital():
    doc = make(["the", "Barack", "Obama", "Foundation", "and", "barack", "obama"],
               ents=["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O"])
    assert [(e.text, e.label_) for e in ActorRuler(NLP, names=["Barack Obama"])(doc).ents] == \
        [("Barack Obama Foundation", "ORG")]


def test_actor_ruler_skips_one_word_places_and_titles():
    assert usable("Ban Ki-moon") and not usable("Karzai") and not usable("South Africa") \
        and not usable("Prime Minister")
    assert name_words("Ban Ki-moon") == ["Ban", "Ki", "-", "moon"]


def test_actor_ruler_splits_a_place_fused_with_the_name_after_a_title():
    from kg.fused_names import split_fused

    # "the US ambassador to [Iraq Tomas Velder]": the country that closes the title and the name are two entities
    words = ["the", "US", "ambassador", "to", "Iraq", "Tomas", "Velder", "warned"]
    pos = ["DET", "PROPN", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "VERB"]
    doc = make(words, pos=pos, ents=["O", "B-GPE", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"])
    assert [(e.text, e.label_) for e in ActorRuler(NLP, names=[])(doc).ents] == \
        [("US", "GPE"), ("Iraq", "GPE"), ("Tomas Velder", "PERSON")]
    # after a city's post and "of", any one word is the town: "Mayor of [Brenzow Ola Marten]"
    doc = make(["Mayor", "of", "Brenzow", "Ola", "Marten", "spoke"], pos=["PROPN", "ADP"] + ["PROPN"] * 3 + ["VERB"],
               ents=["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O"])
    assert [e.text for e in split_fused(doc)] == ["Brenzow", "Ola Marten"]
    # no title before the preposition, a one-word name, an organisation's word or an unknown place: left alone
    for words, ents in ((["talks", "in", "Iraq", "Tomas", "Velder"], ["O", "O", "B-ORG", "I-ORG", "I-ORG"]),
                        (["ambassador", "to", "Iraq", "Velder"], ["O", "O", "B-ORG", "I-ORG"]),
                        (["president", "of", "China", "Velder", "Corporation"], ["O", "O", "B-ORG", "I-ORG", "I-ORG"]),
                        (["ambassador", "to", "Brenzow", "Ola", "Marten"], ["O", "O", "B-ORG", "I-ORG", "I-ORG"])):
        pos = ["NOUN", "ADP"] + ["PROPN"] * (len(words) - 2)
        assert split_fused(make(words, pos=pos, ents=ents)) is None, words


def test_actor_ruler_in_pipeline_after_ner(nlp):
    assert nlp.pipe_names.index("kg_actor_ruler") == nlp.pipe_names.index("ner") + 1


# --- name pairs ---------------------------------------------------------------------------------------------

def test_names_common_words_never_continue_a_name_after_a_title():
    doc = make(["the", "General", "Election", "and", "General", "Omar", "Haddad"],
               pos=["DET", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PROPN"])
    assert names.not_name(doc[2]) and not names.continues_name(doc[2], loose=True)  # "General Election"
    assert names.continues_name(doc[5], loose=True) and names.continues_name(doc[6], loose=True)
    for word in ("Manager", "Security", "Public", "Domain"):
        assert names.not_name(make(["General", word])[1])


def test_names_pair_parts_split_en_dash():
    doc = make(["the", "Obama", "–", "Clinton", "debate"], pos=["DET", "PROPN", "PUNCT", "PROPN", "NOUN"],
               spaces=[True, False, False, True, False], ents=["O", "B-PERSON", "I-PERSON", "I-PERSON", "O"])
    assert names.pair_parts(doc, 1, 4) == [(1, 2), (3, 4)]
    assert [m.name for m in mentions.named_mentions(doc)] == ["Obama", "Clinton"]


def test_names_pair_parts_split_hyphen_before_noun():
    doc = make(["The", "Trump", "-", "Biden", "race", "tightened"],
               pos=["DET", "PROPN", "PUNCT", "PROPN", "NOUN", "VERB"], spaces=[True, False, False, True, True, False],
               ents=["O", "B-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    assert [m.name for m in mentions.named_mentions(doc)] == ["Trump", "Biden"]


@pytest.mark.parametrize("words, pos", [
    (["Liz", "Sherwood", "-", "Randall", "said"], ["PROPN", "PROPN", "PUNCT", "PROPN", "VERB"]),
    (["Jean", "-", "Claude", "Juncker", "said"], ["PROPN", "PUNCT", "PROPN", "PROPN", "VERB"]),
])
def test_names_pair_parts_keep_hyphenated_name(words, pos):
    spaces = [w != "-" and words[i + 1] != "-" for i, w in enumerate(words[:-1])] + [False]
    ents = ["B-PERSON"] + ["I-PERSON"] * 3 + ["O"]
    doc = make(words, pos=pos, spaces=spaces, ents=ents)
    assert names.pair_parts(doc, 0, 4) == [(0, 4)]


# --- family members -------------------------------------------------------------------------------------------

JOE = Actor("biden-joe", "Joe Biden", "Q6279", (), (Term("Vice President", "US", dt.date(2009, 1, 20),
                                                         dt.date(2017, 1, 20)),))
JILL = Actor("biden-jill", "Jill Biden", None, (), (Term("First Lady", "US", dt.date(2021, 1, 20), None),))


def _m(name, start, role=None, honorific=None, kind="head"):
    return Mention(start, start + len(name.split()), name, "name", role=role, title_kind=role and kind,
                   honorific=honorific)


def test_people_cluster_surname_with_title_takes_title_holder():
    ents = people.cluster([_m("Jill Biden", 0), _m("Hunter Biden", 5), _m("Biden", 10, "Vice President")],
                          ActorIndex([JOE, JILL]), dt.date(2015, 1, 1))
    assert [e.name for e in ents] == ["Jill Biden", "Hunter Biden", "Biden"]
    people.resolve_actors(ents, ActorIndex([JOE, JILL]), dt.date(2015, 1, 1))
    assert ents[2].person().name == "Joe Biden"


def test_people_cluster_titled_surname_first_is_not_a_later_full_name():
    # "Vice President Biden …, Jill Biden": the dictionary's Vice President Biden is Joe, not Jill
    ents = people.cluster([_m("Biden", 0, "Vice President"), _m("Jill Biden", 5, "First Lady", kind="royal")],
                          ActorIndex([JOE, JILL]), dt.date(2015, 1, 1))
    assert [e.name for e in ents] == ["Biden", "Jill Biden"]
    ents = people.cluster([_m("Biden", 0, "Vice President"), _m("Joe Biden", 5)], ActorIndex([JOE, JILL]),
                          dt.date(2015, 1, 1))
    assert [e.name for e in ents] == ["Joe Biden"]  # the holder's full name joins the surname
    ents = people.cluster([_m("Biden", 0), _m("Jill Biden", 5)], ActorIndex([JOE, JILL]), dt.date(2015, 1, 1))
    assert [e.name for e in ents] == ["Jill Biden"]  # no title: nothing tells them apart


def test_people_cluster_surname_title_prefers_earlier_holder():
    ents = people.cluster([_m("Joe Biden", 0), _m("Jill Biden", 5), _m("Biden", 10, "Vice President")],
                          ActorIndex([JOE, JILL]), dt.date(2015, 1, 1))
    assert [len(e.mentions) for e in ents] == [2, 1]


def test_people_cluster_surname_honorific_picks_family_member():
    ents = people.cluster([_m("Hillary Clinton", 0, honorific="mrs"), _m("Bill Clinton", 5),
                           _m("Clinton", 10, honorific="mrs")])
    assert [len(e.mentions) for e in ents] == [2, 1]
    ents = people.cluster([_m("Bill Clinton", 0, honorific="mr"), _m("Hillary Clinton", 5, "First Lady", kind="royal"),
                           _m("Clinton", 10, honorific="mr")])
    assert [len(e.mentions) for e in ents] == [2, 1]


def test_people_cluster_surname_without_cue_takes_latest():
    ents = people.cluster([_m("Hillary Clinton", 0), _m("Bill Clinton", 5), _m("Clinton", 10)])
    assert [len(e.mentions) for e in ents] == [1, 2]


def test_names_honorific_before():
    doc = make(["Mrs.", "Clinton", "and", "Mr", "Clinton", "and", "Clinton"])
    assert [names.honorific_before(doc, i) for i in (1, 4, 6)] == ["mrs", "mr", None]


# --- the PETRARCH2 converter ----------------------------------------------------------------------------------

def _converter():
    spec = importlib.util.spec_from_file_location("convert_petrarch_actors", ROOT / "tools" /
                                                  "convert_petrarch_actors.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_convert_petrarch_actors_keeps_dated_government_posts(tmp_path):
    conv = _converter()
    src = tmp_path / "src"
    src.mkdir()
    (src / conv.FILES[0]).write_text(
        "# comment\nAFGHANISTAN_ [AFG]\nHAMID_KARZAI_  # CountryInfo.txt\n+PRESIDENT_KARZAI_\n+HAMID_KARZAY\n"
        "\t[AFGELI 750101-000101]\n\t[AFGGOV >011222]\nOLD_KING_ONLY\n\t[AFGGOV 331108-730717]\n"
        "JOE_BIDEN_\n\t[USAGOV 090120-170120]\nJOHN_DOUGH_\n+SENATOR_JOHN_DOUGH\n\t[USAGOVLEG 090120-170120]\n"
        "PARTY_CHIEF_ONLY\n\t[USAGOVPTY 090120-170120]\n", encoding="utf-8")
    (src / conv.FILES[1]).write_text("ANNA_MUSTERFRAU\n\t[IGOUNO 070101-161231]\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    conv.main(["--source", str(src), "--out", str(out)])
    rows = {r["name"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert sorted(rows) == ["Anna Musterfrau", "Hamid Karzai", "John Dough"]  # Joe Biden is in actors.jsonl already
    karzai = rows["Hamid Karzai"]
    assert karzai["aliases"] == ["Hamid Karzay"] and karzai["qid"] is None
    assert karzai["roles"] == [{"role": "President", "country": "AF", "start": "2001-12-22", "end": "2017-12-31",
                                "code": "AFGGOV"}]  # the one title of its phrases names the latest post
    assert rows["Anna Musterfrau"]["roles"][0]["role"] is None
    assert karzai["source"].endswith("Countries.actors.txt:3")
    assert rows["Anna Musterfrau"]["roles"][0]["country"] == "UN"
    assert rows["John Dough"]["roles"] == [{"role": None, "country": "US", "start": "2009-01-20", "end": "2017-01-20",
                                            "code": "USAGOVLEG"}]  # a legislator: his country, no title


@pytest.mark.slow
def test_convert_petrarch_actors_reproduces_the_shipped_file(tmp_path):
    """The shipped file is the converter's output on the shared dictionaries and today's ``actors.jsonl``."""
    conv = _converter()
    src = ROOT.parent / "shared" / "event-dictionaries"
    if not all((src / name).exists() for name in conv.FILES):
        pytest.skip(f"PETRARCH2 dictionaries not found in {src}")
    out = tmp_path / "actors_petrarch.jsonl.gz"
    conv.main(["--source", str(src), "--out", str(out)])
    with gzip.open(out, "rt", encoding="utf-8") as made, gzip.open(conv.OUT, "rt", encoding="utf-8") as shipped:
        assert made.read().splitlines() == shipped.read().splitlines()


def test_actors_untitled_terms_identify_but_give_no_role(facts_of):
    index = load_actors()
    zebari = index.lookup("Hoshyar Zebari")
    assert zebari is not None and zebari.qid is None and {t.role for t in zebari.terms} == {None}
    assert index.lookup("Joe Biden").qid == "Q6279"  # the hand-checked entry, not a converted duplicate
    facts = facts_of("Hoshyar Zebari arrived in Ankara on Monday.", date=dt.date(2007, 3, 1))
    assert not facts.roles


def test_actors_legislators_give_their_country_not_the_venue(facts_of):
    facts = facts_of("Senator John McCain visited Baghdad on Monday and met Iraqi Prime Minister Nouri al-Maliki.",
                     date=dt.date(2006, 5, 1))
    assert ("Senator", "US") in {(r.role, r.country) for r in facts.roles if r.person.name == "John McCain"}


def _noun_surname_doc(words, pos, deps, heads):
    return Doc(NLP.vocab, words=words, pos=pos, deps=deps, heads=heads)


@pytest.mark.parametrize("words, pos, deps, heads, found", [
    # "Dana Trobble spoke . Trobble walked out .": the tagger's common noun is the surname of the full name
    (["Dana", "Trobble", "spoke", ".", "Trobble", "walked", "out", "."],
     ["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "VERB", "ADP", "PUNCT"],
     ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "prt", "punct"], [1, 2, 2, 2, 5, 5, 5, 5], [4]),
    # the article writes the word in lower case too: a common noun ("a trobble")
    (["Dana", "Trobble", "spoke", ".", "Trobble", "walked", "a", "trobble", "."],
     ["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
     ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "det", "dobj", "punct"], [1, 2, 2, 2, 5, 5, 7, 5, 5], []),
    # ... or an adverb ("Trobble said": a rare surname the tagger took for one)
    (["Dana", "Trobble", "spoke", ".", "Trobble", "said", "no", "."],
     ["PROPN", "PROPN", "VERB", "PUNCT", "ADV", "VERB", "INTJ", "PUNCT"],
     ["compound", "nsubj", "ROOT", "punct", "nsubj", "ROOT", "dobj", "punct"], [1, 2, 2, 2, 5, 5, 5, 5], [4]),
    # ... but not an adverb that stands as no person does ("Trobble" as an adverbial modifier)
    (["Dana", "Trobble", "spoke", ".", "Trobble", "said", "no", "."],
     ["PROPN", "PROPN", "VERB", "PUNCT", "ADV", "VERB", "INTJ", "PUNCT"],
     ["compound", "nsubj", "ROOT", "punct", "advmod", "ROOT", "dobj", "punct"], [1, 2, 2, 2, 5, 5, 5, 5], []),
    # a compound's modifier ("a Trobble rally") is no person
    (["Dana", "Trobble", "spoke", ".", "A", "Trobble", "rally", "ended", "."],
     ["PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "NOUN", "VERB", "PUNCT"],
     ["compound", "nsubj", "ROOT", "punct", "det", "compound", "nsubj", "ROOT", "punct"],
     [1, 2, 2, 2, 6, 6, 7, 7, 7], []),
])
def test_mentions_noun_tagged_surname_of_a_full_name(words, pos, deps, heads, found):
    doc = _noun_surname_doc(words, pos, deps, heads)
    named = [Mention(0, 2, "Dana Trobble", "name")]
    assert mentions.noun_surnames(doc, named) == found
    assert mentions.noun_surnames(doc, [Mention(1, 2, "Trobble", "name")]) == []  # a one-word name: no surname


# --- sentences through the model ----------------------------------------------------------------------------

def persons(facts):
    return {r.person.name for r in facts.roles} | {q.speaker.name for q in facts.quotes}


@pytest.mark.parametrize("text, date, present, absent", [
    ('Afghan President Hamid Karzai said on Sunday: "We will hold the vote."', dt.date(2006, 5, 1),
     {"Hamid Karzai"}, set()),
    ('After the Clinton-Obama debate, Senator Hillary Clinton said: "I won the argument tonight."',
     dt.date(2008, 2, 1), {"Hillary Clinton"}, {"Clinton-Obama"}),
    ('Jill Biden visited the school. Former Vice President Biden said: "Teachers matter more than ever."',
     dt.date(2019, 9, 1), {"Joe Biden"}, {"Jill Biden"}),
    # a bare given name under a title the dictionary's namesake never held is not that person
    ("The mayors met Delegate Angela at the statehouse on Monday.", dt.date(2022, 7, 1), set(), {"Angela Merkel"}),
])
def test_names_integration(facts_of, text, date, present, absent):
    found = persons(facts_of(text, date=date))
    assert present <= found and not absent & found, found


def test_people_person_keeps_article_spelling_of_dictionary_name():
    maliki = Actor("petrarch-nuri-al-maliki", "Nuri al Maliki", None, (),
                   (Term(None, "IQ", dt.date(2006, 5, 20), None),), source="petrarch2/x.txt:1")
    ent = people.Entity(0, ("nouri", "al-maliki"), "Nouri al-Maliki", actor=maliki)
    assert ent.person().name == "Nouri al-Maliki" and ent.person().key == "Nuri al Maliki"


@pytest.mark.parametrize("role, country, kept", [(None, None, False), ("Delegate", None, False),
                                                  ("President", None, True)])
def test_people_bare_given_name_is_the_actor_only_under_a_title_it_held(role, country, kept):
    rosa = Actor("ibarra-rosa", "Rosa Ibarra", None, (), (Term("President", "CL", None, None),))
    m = Mention(0, 1, "Rosa", "name", role=role, country=country, title_kind=role and "legislator")
    ents = people.cluster([m])
    people.resolve_actors(ents, ActorIndex([rosa]), dt.date(2022, 7, 1))
    assert (ents[0].actor is rosa) == kept


@pytest.mark.parametrize("written, role, kept", [("Ines", None, False), ("Ines", "Queen", True),
                                                  ("Ines Varga", None, True)])
def test_people_one_word_name_without_royal_title_is_not_the_dictionary_monarch(written, role, kept):
    """Wordlist monarch-titles: "Edwards' wife, Ines" is not the dictionary's Queen Ines (known as "Queen Ines")."""
    ines = Actor("ines-iv", "Ines IV", None, ("Queen Ines", "Ines Varga"), (Term("Queen", "NL", None, None),))
    m = Mention(0, 1, written, "name", role=role, title_kind=role and "head")
    ents = people.cluster([m])
    people.resolve_actors(ents, ActorIndex([ines]), dt.date(2022, 7, 1))
    assert (ents[0].actor is ines) == kept


def test_people_one_word_name_of_an_actor_with_no_post_is_no_monarch():
    """An actor with no post at all is no monarch: "Olek" stays the dictionary's Olek Varga."""
    olek = Actor("olek-varga", "Olek Varga", None, ("Olek",), ())
    ents = people.cluster([Mention(0, 1, "Olek", "name")])
    people.resolve_actors(ents, ActorIndex([olek]), dt.date(2022, 7, 1))
    assert ents[0].actor is olek


def test_people_written_labels_take_the_article_spelling_with_initials():
    menon = Actor("menon-krishnan", "Krishnan Menon", None, (), (Term("Foreign Minister", "IN", None, None),))
    ents = [people.Entity(0, ("menon",), "Dr. K. Menon", [_m("Dr. K. Menon", 0)], actor=menon),
            people.Entity(1, ("menon",), "Menon", [_m("Menon", 9)], actor=menon)]
    people.written_labels(ents)
    assert {e.person().name for e in ents} == {"Dr. K. Menon"} and {e.person().key for e in ents} == {"Krishnan Menon"}


def test_people_written_labels_take_the_fullest_form_the_article_writes():
    menon = Actor("menon-krishnan", "Kris Menon", None, (), (Term("Foreign Minister", "IN", None, None),))
    ents = [people.Entity(0, ("krishnan", "menon"), "Krishnan R. Menon Jr.", [_m("Menon", 0),
                                                                             _m("Krishnan R. Menon Jr.", 4)],
                          actor=menon)]
    people.written_labels(ents)
    assert ents[0].person().name == "Krishnan R. Menon Jr." and ents[0].person().key == "Kris Menon"


@pytest.mark.parametrize("written, label", [("Dick Cheney", "Dick Cheney"), ("R. Cheney", "R. Cheney"),
                                            ("Rick Cheney", None), ("Cheney", None), ("Cheney Richard", None)])
def test_people_written_labels_take_a_full_alias_the_article_writes(written, label):
    cheney = Actor("cheney-richard", "Richard Cheney", None, ("Dick Cheney", "Cheney", "Cheney Richard"),
                   (Term("Vice President", "US", None, None),))
    ents = [people.Entity(0, ("cheney",), written, [_m(written, 0)], actor=cheney)]
    people.written_labels(ents)
    assert ents[0].written == label


@pytest.mark.parametrize("written", ["Menon", "Kumar Menon"])
def test_people_written_labels_keep_the_dictionary_name_for_other_forms(written):
    menon = Actor("menon-krishnan", "Krishnan Menon", None, (), (Term("Foreign Minister", "IN", None, None),))
    ents = [people.Entity(0, ("menon",), written, [_m(written, 0)], actor=menon)]
    people.written_labels(ents)
    assert ents[0].written is None


def test_people_surname_with_other_country_is_not_the_actor():
    maliki = Actor("petrarch-nuri-al-maliki", "Nuri al Maliki", None, ("Nouri al-Maliki",),
                   (Term("Prime Minister", "IQ", dt.date(2006, 5, 20), None),))
    m = Mention(0, 1, "al-Maliki", "name", role="Foreign Minister", country="PS", title_kind="minister")
    ents = people.cluster([m])
    people.resolve_actors(ents, ActorIndex([maliki]), dt.date(2008, 7, 31))
    assert ents[0].actor is None
    m = Mention(0, 1, "al-Maliki", "name", role="Prime Minister", country="IQ", title_kind="head")
    ents = people.cluster([m])
    people.resolve_actors(ents, ActorIndex([maliki]), dt.date(2008, 7, 31))
    assert ents[0].actor is maliki


def test_people_person_keeps_alias_spelling_of_converted_entry():
    cheney = Actor("petrarch-richard-cheney", "Richard Cheney", None, ("Dick Cheney",),
                   (Term(None, "US", dt.date(2001, 1, 20), dt.date(2009, 1, 20)),), source="petrarch2/x.txt:1")
    assert people.Entity(0, ("dick", "cheney"), "Dick Cheney", actor=cheney).person().name == "Dick Cheney"
    hand = Actor("abdullah-ii", "Abdullah II", None, ("King Abdullah II",), cheney.terms)  # a chosen spelling stays
    assert people.Entity(0, ("king", "abdullah"), "King Abdullah II", actor=hand).person().name == "Abdullah II"


def test_names_pair_parts_keep_two_word_hyphenated_name_before_noun():
    doc = make(["President", "Vjosa", "Osmani", "-", "Sadriu", "visit"],
               pos=["PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "NOUN"], spaces=[True, True, False, False, True, False],
               ents=["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O"])
    assert names.pair_parts(doc, 1, 5) == [(1, 5)]


def test_actors_converted_entry_by_surname_only_while_in_office():
    mansour = Actor("petrarch-adly-mansour", "Adly Mansour", None, (),
                    (Term("President", "EG", dt.date(2013, 7, 4), dt.date(2014, 6, 8)),), source="petrarch2/x.txt:1")
    index = ActorIndex([mansour])
    assert index.lookup("Mansour", when=dt.date(2014, 1, 1)) is mansour
    assert index.lookup("Mansour", when=dt.date(2024, 9, 14)) is None
    assert index.lookup("Adly Mansour", when=dt.date(2024, 9, 14)) is mansour


def test_actors_two_words_of_a_longer_name_only_while_in_office():
    abiy = Actor("abiy-ahmed", "Abiy Ahmed Ali", None, ("Abiy Ahmed",),
                 (Term("Prime Minister", "ET", dt.date(2018, 4, 2), None),))
    index = ActorIndex([abiy])
    assert index.lookup("Ahmed Ali", when=dt.date(2019, 1, 1)) is abiy  # the Prime Minister, named by two words
    assert index.lookup("Ahmed Ali", when=dt.date(2008, 7, 2)) is None  # another man of that name, years before
    assert index.lookup("Abiy Ahmed", when=dt.date(2008, 7, 2)) is abiy  # his alias, written in full
    assert index.lookup("Ali", when=dt.date(2008, 7, 2)) is abiy  # a hand-checked entry by surname (as before)


def test_people_person_keeps_article_spelling_of_hand_entry():
    hand = Actor("mahdi-adil", "Adil Abdul-Mahdi", None, (),
                 (Term("Finance Minister", "IQ", dt.date(2004, 6, 1), None),))
    ent = people.Entity(0, ("adel", "abdul", "mahdi"), "Adel Abdul Mahdi", actor=hand)
    assert ent.person().name == "Adel Abdul Mahdi" and ent.person().key == "Adil Abdul-Mahdi"
    other = people.Entity(0, ("ali", "mahdi"), "Ali Mahdi", actor=hand)  # not a spelling of the same words
    assert other.person().name == "Adil Abdul-Mahdi"


@pytest.mark.parametrize("name, actor_names, expected", [
    ("George Bush Sr", ("George W. Bush", "George Bush"), True),
    ("George Bush Sr.", ("George H. W. Bush", "George Bush Senior"), False),
    ("Martin Luther King Jr.", ("Martin Luther King Jr.",), False),
    ("Tom Lee Jr", ("Tom Lee Sr",), True),
    ("George Bush", ("George W. Bush",), False),
])
def test_people_generation_suffix_must_agree_with_actor(name, actor_names, expected):
    assert people._other_generation(name, actor_names) is expected


def test_names_title_word_is_a_given_name_after_another_title():
    from kg.extract.mentions import clean_name

    words = ["the", "Defense", "Minister", "Amir", "Peretz", "resigned"]
    doc = make(words, ents=["O", "O", "O", "B-PERSON", "I-PERSON", "O"])
    assert clean_name(doc.ents[0]) == (3, 5)
    doc = make(["Amir", "Tamim", "spoke"], ents=["B-PERSON", "I-PERSON", "O"])  # no title before: the Emir
    assert clean_name(doc.ents[0]) == (1, 2)


def test_actors_hand_entry_wins_over_converted_entry_of_same_name():
    hand = Actor("varga-tomas", "Tomas Varga", None, (),
                 (Term("President", "SK", dt.date(2003, 6, 1), dt.date(2009, 6, 1)),))
    converted = Actor("petrarch-tomas-varga", "Tomas Varga", None, (),
                      (Term(None, "SK", dt.date(2003, 6, 1), dt.date(2009, 6, 1)),), source="petrarch2/x.txt:1")
    index = ActorIndex([converted, hand])
    assert index.lookup("Tomas Varga", when=dt.date(2005, 1, 1)) is hand
    assert index.lookup("Varga", when=dt.date(2005, 1, 1)) is hand  # the converted entry has no surname key
    other = Actor("petrarch-tomas-varga-2", "Tomas Varga", None, (),
                  (Term(None, "HU", dt.date(2003, 6, 1), dt.date(2009, 6, 1)),), source="petrarch2/y.txt:1")
    assert ActorIndex([converted, other]).lookup("Tomas Varga", when=dt.date(2005, 1, 1)) is None  # still ambiguous



def test_actors_full_name_spelt_otherwise_is_the_actor_in_office():
    hand = Actor("h", "Mahmoud Abbas", None, (), (Term("President", "PS", dt.date(2005, 1, 15), None),))
    lula = Actor("l", "Luiz Inácio Lula da Silva", None, (), (Term("President", "BR", dt.date(2003, 1, 1), None),))
    index = ActorIndex([hand, lula])
    assert index.lookup("Mahmud Abbas", when=dt.date(2008, 1, 1)) is hand  # a given name spelt otherwise
    assert index.lookup("Mahmud Abbas", when=dt.date(2003, 1, 1)) is None  # not in office at the date
    assert index.lookup("Mahmud Abbas", country="IL", when=dt.date(2008, 1, 1)) is None  # another country's
    assert index.lookup("Mahmud Abas", when=dt.date(2008, 1, 1)) is None  # the surname must be the same
    assert index.lookup("Karim Abbas", when=dt.date(2008, 1, 1)) is None  # another given name
    assert index.lookup("Luiz Lula da Silva", when=dt.date(2008, 1, 1)) is lula  # some of the words, the first kept


@pytest.mark.parametrize("text, source", [
    # the tagger takes the later bare surname for a common noun: it is still the person named before
    ("President Mark Dunmore visited the border on Monday. Dunmore railed against the smugglers.", "Mark Dunmore"),
    ("Former President Rolf Hanner held a rally in the city. Hanner described the vote as rigged.", "Rolf Hanner"),
])
def test_names_noun_tagged_surname_is_the_event_source(facts_of, text, source):
    facts = facts_of(text)
    last = [e for e in facts.political_events if text.split(". ")[1][:6] in e.evidence.sentence]
    assert last and all(a.person is not None and a.person.name == source for e in last for a in e.sources), last


def test_people_cluster_bare_surname_takes_the_most_named():
    """"Kim Jong Un … Kim … Kim Kye Gwan … met Kim": a bare surname that several full names fit is the one named most
    so far; named as often, the latest ("Hillary Clinton … Bill Clinton … Clinton")."""
    ents = people.cluster([_m("Kim Jong Un", 0), _m("Kim", 5), _m("Kim Kye Gwan", 10), _m("Kim", 15)])
    assert [len(e.mentions) for e in ents] == [3, 1]
    ents = people.cluster([_m("Hillary Clinton", 0), _m("Bill Clinton", 5), _m("Clinton", 10)])
    assert [len(e.mentions) for e in ents] == [1, 2]

"""Model-free tests of the role rules for news reports (spokespersons, titles set off by commas, an organisation's
full name before "chief", "then" before a title, names NER cuts): hand-built Docs, no statistical model."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import spacy
from spacy.tokens import Doc

from kg.extract import spokes, titles, titles_after
from kg.extract.mentions import clean_name, named_mentions
from kg.extract.rulematch import rule_marks
from kg.extract.title_heads import org_head_before

NLP = spacy.blank("en")


def make(words, pos=None, ents=None, heads=None, deps=None, spaces=None):
    """A Doc from columns; ``heads`` are absolute token indices; ``ents`` are IOB tags ("B-PERSON")."""
    return Doc(NLP.vocab, words=words, pos=pos, ents=ents, heads=heads, spaces=spaces,
               deps=deps if deps else (["dep"] * len(words) if heads else None))


# --- spokespersons ----------------------------------------------------------------------------------------------

def test_spokes_adviser_of_a_possessive_head_in_an_apposition_is_an_official():
    words = ["Tom", "Walsh", ",", "Israel", "Prime", "Minister", "Avi", "Cohen", "'s", "adviser", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PART", "NOUN", "PUNCT", "VERB"]
    tags = ["NNP"] * 8 + ["POS", "NN", ",", "VBD"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"]
    doc = Doc(NLP.vocab, words=words, pos=pos, tags=tags, ents=ents)
    found = spokes.principal_apposition(doc, 3)
    assert found is not None and (found[0].role, found[0].kind, found[1]) == ("Adviser", spokes.OFFICIAL, "IL")
    words[3:6] = ["the", "club", "owner"]  # no head's or minister's title before the name: no official
    pos[3:6] = ["DET", "NOUN", "NOUN"]
    ents[3] = "O"
    assert spokes.principal_apposition(Doc(NLP.vocab, words=words, pos=pos, tags=tags, ents=ents), 3) is None


def test_mentions_partitive_apposition_names_one_holder_of_a_plural_title():
    from kg.extract.mentions import _partitive
    doc = make(["Ana", "Lind", ",", "one", "of", "his", "aides", ",", "said"])
    assert _partitive(doc, 2)
    assert not _partitive(make(["Ana", "Lind", ",", "foreign", "ministers", "and", "aides", "met"]), 2)


def test_spokes_state_body_before_is_a_title_row():
    doc = make(["army", "spokesman", "Jean", "Mbeki", "said"], pos=["NOUN", "NOUN", "PROPN", "PROPN", "VERB"])
    found = titles.title_before(doc, 2)
    assert found is not None and (found.start, found.title.role, found.title.kind) == (0, "Army Spokesman", "advisor")


def test_spokes_foreign_affairs_spokesman_is_a_title_row():
    """"Foreign Affairs spokesman X" speaks for a ministry, as "Foreign Ministry spokesman Y" does (rows
    ``t-foreign-affairs-spokes*``): a state official, not a private spokesman."""
    pos = ["PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "VERB"]
    for word in ("spokesman", "spokeswoman", "spokesperson"):
        doc = make(["Foreign", "Affairs", word, "Rui", "Pinto", "said"], pos=pos)
        found = titles.title_before(doc, 3)
        assert found is not None and (found.start, found.title.role, found.title.kind) == \
            (0, f"Foreign Affairs {word.capitalize()}", "advisor")


def test_titles_european_and_irish_legislators_are_title_rows():
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "VERB"]
    for words, role, country in ((["Green", "MEP", "Jan", "Holm", "said"], "Member of the European Parliament", "EU"),
                                 (["Labour", "TD", "Liam", "Corr", "said"], "TD", "IE")):
        found = titles.title_before(make(words, pos=pos), 2)
        assert found is not None and (found.title.role, found.country) == (role, country), words
    found = titles.title_before(make(["the", "td", "Liam", "Corr", "said"], pos=["DET"] + pos[1:]), 2)
    assert found is None or found.title.role != "TD"  # capitalised-titles: only "TD" is the Irish legislator


def test_titles_whole_titles_of_one_country_are_title_rows():
    for words, role, country in ((["Chief", "Cabinet", "Secretary", "Ken", "Arai", "said"], "Chief Cabinet Secretary", "JP"),
                                 (["Police", "and", "Crime", "Commissioner", "Tom", "Vale", "said"],
                                  "Police and Crime Commissioner", "GB"),
                                 (["chief", "constable", "Ann", "Reed", "said"], "Chief Constable", "GB"),
                                 (["Governor", "of", "the", "Bank", "of", "England", "Lena", "Marsh", "said"],
                                  "Governor of the Bank of England", "GB"),
                                 (["nuclear", "envoy", "Park", "Min", "said"], "Nuclear Envoy", None)):
        found = titles.title_before(make(words, pos=["PROPN"] * (len(words) - 1) + ["VERB"]), len(words) - 3)
        assert found is not None and (found.title.role, found.country) == (role, country), words


def test_titles_backbencher_nuclear_negotiator_rapporteur_are_title_rows():
    for words, role, country in ((["Labor", "backbencher", "Tom", "Vale", "said"], "Backbencher", None),
                                 (["chief", "nuclear", "negotiator", "Hamid", "Saberi", "said"],
                                  "Chief Nuclear Negotiator", None),
                                 (["Special", "Rapporteur", "Lena", "Marsh", "said"], "Special Rapporteur", "UN")):
        found = titles.title_before(make(words, pos=["PROPN"] * (len(words) - 1) + ["VERB"]), len(words) - 3)
        assert found is not None and (found.title.role, found.country) == (role, country), words


def test_titles_military_intelligence_chief_before_a_rank_is_a_title_row():
    words = ["Israeli", "Military", "Intelligence", "Chief", "Major", "General", "Tomer", "Ashkel", "said"]
    doc = make(words, pos=["ADJ"] + ["PROPN"] * 7 + ["VERB"])
    found = titles.title_before(doc, 4)
    assert found is not None and (found.start, found.title.role, found.country) == \
        (0, "Military Intelligence Chief", "IL")  # the span takes the country in


def test_spokes_public_body_of_a_country_before_the_name_is_that_countrys():
    words = ["A", "spokesman", "for", "the", "Unification", "Ministry", "of", "Peru", ",", "Tom", "Kang", "said"]
    pos = ["DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"]
    ents = ["O"] * 7 + ["B-GPE", "O", "B-PERSON", "I-PERSON", "O"]
    found = spokes.body_before(make(words, pos=pos, ents=ents), 8)
    assert found is not None and (found[0], found[1].kind, found[2]) == (1, spokes.OFFICIAL, "PE")
    words[4:6], pos[4:6] = ["Smith", "Foundation"], ["PROPN", "PROPN"]  # no public body: no official
    assert spokes.body_before(make(words, pos=pos, ents=ents), 8) is None


def test_spokes_polity_before_makes_the_spokesperson_official():
    doc = make(["UNRWA", "spokesperson", "Mark", "Collins", "wrote"], pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB"])
    found = titles.title_before(doc, 2)
    assert found is not None and (found.title.role, found.title.kind, found.country) == \
        ("Spokesperson", spokes.OFFICIAL, "UNRWA")


def test_spokes_without_state_body_stays_an_affiliation():
    doc = make(["Protest", "spokesman", "Bob", "Keller", "said"], pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB"])
    found = titles.title_before(doc, 2)
    assert found is not None and (found.title.role, found.title.kind, found.country) == \
        ("Spokesman", spokes.SPOKES, None)


def test_spokes_principal_after_for_or_to_in_an_apposition():
    for prep, word in (("for", "spokesman"), ("to", "adviser")):
        words = ["Paul", "Morel", ",", "a", word, prep, "President", "Ana", "Lind", ",", "said"]
        pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"]
        ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
        title, country, rule = titles_after.title_after(make(words, pos=pos, ents=ents), 2)
        assert title is not None and (title.kind, rule) == (spokes.OFFICIAL, "apposition"), prep
    words[6] = "actor"  # a principal with no head's or minister's title: no official
    pos[6] = "NOUN"
    assert titles_after.title_after(make(words, pos=pos, ents=ents), 2)[0] is None


def test_spokes_state_body_after_for():
    words = ["Lars", "Petrov", ",", "spokesman", "for", "the", "Danish", "government", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "ADJ", "NOUN", "PUNCT", "VERB"]
    doc = make(words, pos=pos)
    title, country, rule = titles_after.title_after(doc, 2)
    assert (title.role, title.kind, country, rule) == ("Government Spokesman", "advisor", "DK", "apposition")


def test_spokes_body_after_keeps_the_text_word_and_needs_a_body():
    doc = make(["a", "spokeswoman", "for", "the", "police", "department"],
               pos=["DET", "NOUN", "ADP", "DET", "NOUN", "NOUN"])
    bare = titles.title_at(doc, 1)[1]
    title, country = spokes.body_after(doc, 2, bare)
    assert (title.role, country) == ("Police Spokeswoman", None)
    club = make(["a", "spokeswoman", "for", "the", "club"], pos=["DET", "NOUN", "ADP", "DET", "NOUN"])
    assert spokes.body_after(club, 2, bare) is None


def test_spokes_press_secretary_for_a_state_body():
    words = ["Ana", "Ruiz", ",", "the", "current", "Press", "Secretary", "for", "the", "White", "House", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"]
    title, country, _ = titles_after.title_after(make(words, pos=pos), 2)
    assert (title.role, title.kind, country) == ("Press Secretary", spokes.OFFICIAL, "US")


def test_spokes_white_house_press_secretary_is_a_us_official():
    words = ["White", "House", "press", "secretary", "Laura", "Benton", "said"]
    doc = make(words, pos=["PROPN", "PROPN", "NOUN", "NOUN", "PROPN", "PROPN", "VERB"])
    found = titles.title_before(doc, 4)
    assert found is not None and (found.start, found.title.role, found.title.kind, found.country) == \
        (0, "White House Press Secretary", spokes.OFFICIAL, "US")


def test_spokes_spokesperson_of_a_head_or_minister_is_an_official():
    words = ["The", "Israeli", "Prime", "Minister", "'s", "spokesman", "Avi", "Perl", "said"]
    pos = ["DET", "ADJ", "PROPN", "PROPN", "PART", "NOUN", "PROPN", "PROPN", "VERB"]
    tags = ["DT", "JJ", "NNP", "NNP", "POS", "NN", "NNP", "NNP", "VBD"]
    doc = make(words, pos=pos, ents=["O", "B-NORP", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"])
    for tok, tag in zip(doc, tags):
        tok.tag_ = tag
    found = titles.title_before(doc, 6)
    assert found is not None and (found.start, found.title.role, found.title.kind, found.country) == \
        (0, "Spokesman", spokes.OFFICIAL, "IL")
    words[2:4] = ["company", "chairman"]  # a private body's chairman's spokesman is no official
    doc = make(words, pos=["DET", "ADJ", "NOUN", "NOUN", "PART", "NOUN", "PROPN", "PROPN", "VERB"])
    for tok, tag in zip(doc, tags):
        tok.tag_ = tag
    assert spokes.principal_before(doc, 5, titles.title_at(doc, 5)[1]) is None


def test_spokes_spokesperson_for_a_titled_head_before_a_comma_is_an_official():
    words = ["a", "spokesman", "for", "President", "Tolo", "Bakir", ",", "Aidar", "Osmon", ",", "said"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
    ents = ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O", "O"]
    found = spokes.body_before(make(words, pos=pos, ents=ents), 6)
    assert found is not None and (found[0], found[1].role, found[1].kind, found[2]) == \
        (1, "Spokesman", spokes.OFFICIAL, None)
    words[3] = "Director"  # a director is no head of state or government
    assert spokes.body_before(make(words, pos=pos, ents=ents), 6) is None


def test_titles_keep_the_article_spelling_of_defence():
    for words, role in ((["defence", "minister", "Jan", "Holm"], "Defence Minister"),
                        (["defense", "minister", "Jan", "Holm"], "Defense Minister"),
                        (["deputy", "defence", "minister", "Jan", "Holm"], "Deputy Defence Minister")):
        found = titles.title_before(make(words, pos=["NOUN"] * (len(words) - 2) + ["PROPN", "PROPN"]), len(words) - 2)
        assert found is not None and (found.start, found.title.role) == (0, role)


def test_titles_country_before_a_service_word_is_the_titles():
    words = ["said", "U.S.", "Navy", "Admiral", "Tom", "Baker"]
    found = titles.title_before(make(words, pos=["VERB", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN"]), 4)
    assert found is not None and (found.start, found.title.role, found.country) == (1, "Admiral", "US")
    words = ["Peru", "'s", "national", "police", "chief", "Mario", "Rojas", "said"]
    found = titles.title_before(make(words, pos=["PROPN", "PART", "ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "VERB"]), 5)
    assert found is not None and (found.start, found.title.role, found.country) == (0, "Police Chief", "PE")
    words = ["the", "team", "'s", "national", "police", "chief", "Mario", "Rojas"]  # no country before the words
    found = titles.title_before(make(words, pos=["DET", "NOUN", "PART", "ADJ", "NOUN", "NOUN", "PROPN", "PROPN"]), 6)
    assert found is not None and found.country is None


def test_roles_headline_country_is_the_one_country_the_headline_names():
    from types import SimpleNamespace

    from kg.extract.articlecountry import headline_country
    from kg.model import Article

    def ctx(title, words, ents=None):
        doc = make(words, ents=ents)
        return SimpleNamespace(doc=doc, article=Article("t", doc.text, title=title))

    body = ["Canadian", "MPs", "met", ".", "The", "vote", "was", "close", "."]
    assert headline_country(ctx("Canadian MPs met .", body)) == "CA"
    assert headline_country(ctx("Canadian MPs met .", ["Kenya", "and", "Peru", "voted", "."] + body)) is None
    two = ["Canadian", "and", "Kenyan", "MPs", "met", ".", "The", "vote", "was", "close", "."]
    assert headline_country(ctx("Canadian and Kenyan MPs met .", two)) is None  # two countries: no headline's one
    un = ["UN", "MPs", "met", ".", "The", "Canadian", "vote", "was", "close", "."]
    assert headline_country(ctx("UN MPs met .", un)) is None  # an organisation is no article country
    south = ["South", "American", "leaders", "met", ".", "The", "Canadian", "vote", "was", "close", "."]
    ents = ["B-NORP", "I-NORP"] + ["O"] * 9
    assert headline_country(ctx("South American leaders met .", south, ents)) is None  # not the US inside a name
    city = ["Toronto", "police", "met", ".", "The", "vote", "was", "close", "."]
    assert headline_country(ctx("Toronto police met .", city)) == "CA"  # a city of places.tsv names its country
    both = ["Toronto", "and", "Kenyan", "police", "met", ".", "The", "vote", "was", "close", "."]
    assert headline_country(ctx("Toronto and Kenyan police met .", both)) is None
    region = ["Cabinet", "shuffled", "in", "Manitoba", ".", "The", "vote", "was", "close", "."]
    ents = ["O", "O", "O", "B-GPE"] + ["O"] * 6
    assert headline_country(ctx("Cabinet shuffled in Manitoba .", region, ents)) == "CA"  # a province's country
    state = ["Storm", "hits", "Ohio", ".", "The", "damage", "was", "severe", "."]
    assert headline_country(ctx("Storm hits Ohio .", state, ["O", "O", "B-GPE"] + ["O"] * 6)) == "US"  # a US state's
    body_only = ["Storm", "hits", "town", ".", "The", "Ohio", "damage", "was", "severe", "."]
    ents = ["O"] * 5 + ["B-GPE"] + ["O"] * 4
    assert headline_country(ctx("Storm hits town .", body_only, ents)) is None  # only the headline's names count


def test_roles_another_countrys_name_a_few_words_before_a_title_is_its_country():
    from types import SimpleNamespace

    from kg.extract.rolecountry import near_country
    from kg.model import Evidence, Person, RoleFact

    def fact(words, ents, name_at):
        doc = Doc(NLP.vocab, words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
        ev = Evidence(article_id="t", sentence=doc.text, sent_start=0, start=doc[name_at - 2].idx,
                      end=doc[name_at + 1].idx + len(doc[name_at + 1]), rule="role:title-name")
        f = RoleFact(person=Person(key="X", name="X"), role="Assistant Minister", country=None, evidence=ev)
        return near_country(SimpleNamespace(doc=doc), f, "SO")

    words = ["The", "Kenyan", "foreign", "affairs", "assistant", "minister", "Ada", "Obi", "spoke", "."]
    ents = ["O"] * 6 + ["B-PERSON", "I-PERSON", "O", "O"]
    found = fact(words, ents, 6)
    assert found is not None and found.country == "KE" and found.evidence.rule.endswith("+country-near-title")
    words[1] = "local"  # no country before the title: the article's
    assert fact(words, ents, 6) is None
    words[1] = "Somali"  # the article's own country: the fallback's
    assert fact(words, ents, 6) is None
    words[1:4] = ["Kenyan", "police", ","]  # a country past a comma: none
    assert fact(words, ents, 6) is None


def test_roles_a_post_joined_to_another_countrys_titled_name_takes_its_country():
    from types import SimpleNamespace

    from kg.extract.rolecountry import joined_country
    from kg.model import Evidence, Person, RoleFact

    words = ["The", "President", "of", "Peru", "Rosa", "Quispe", "and", "Prime", "Minister", "Luis", "Tapia", "spoke"]
    doc = Doc(NLP.vocab, words=words)

    def fact(key, role, country, first, last, status="current"):
        ev = Evidence(article_id="t", sentence=doc.text, sent_start=0, start=doc[first].idx,
                      end=doc[last].idx + len(doc[last]), rule="role:title-name")
        return RoleFact(person=Person(key=key, name=key), role=role, country=country, evidence=ev, status=status)

    peru, tapia = fact("Q", "President", "PE", 1, 5), fact("T", "Prime Minister", None, 7, 10)
    found = joined_country(SimpleNamespace(doc=doc), tapia, [peru, tapia])
    assert found is not None and found.country == "PE" and found.evidence.rule.endswith("+country-of-joined-title")
    assert joined_country(SimpleNamespace(doc=doc), tapia, [replace(peru, country=None), tapia]) is None
    assert joined_country(SimpleNamespace(doc=doc), tapia, [replace(peru, status="former"), tapia]) is None
    words[6] = "met"  # a verb between the two: no list, the article's country
    doc = Doc(NLP.vocab, words=words)
    peru, tapia = fact("Q", "President", "PE", 1, 5), fact("T", "Prime Minister", None, 7, 10)
    assert joined_country(SimpleNamespace(doc=doc), tapia, [peru, tapia]) is None


def test_titles_compound_military_ranks_are_one_title():
    for rank in (["Major", "General"], ["Senior", "General"], ["Vice", "Admiral"], ["Rear", "Admiral"],
                 ["Brigadier", "General"]):
        words = ["French", *rank, "Paul", "Durand"]
        found = titles.title_before(make(words, pos=["ADJ", "PROPN", "PROPN", "PROPN", "PROPN"]), 3)
        assert found is not None and (found.start, found.title.role, found.country) == (0, " ".join(rank), "FR")


def test_titles_un_coordinator_rows_name_the_post_and_the_un():
    for words, role in ((["UN", "relief", "coordinator", "Karl", "Hansen"], "Relief Coordinator"),
                        (["UN", "humanitarian", "coordinator", "Karl", "Hansen"], "Humanitarian Coordinator")):
        found = titles.title_before(make(words, pos=["PROPN", "NOUN", "NOUN", "PROPN", "PROPN"]), 3)
        assert found is not None and (found.start, found.title.role, found.country) == (0, role, "UN")


def test_titles_comma_title_before_an_honorific_and_a_name():
    words = ["The", "leader", "of", "the", "Labour", "Party", ",", "Sir", "Tom", "Hale", ",", "said"]
    pos = ["DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"]
    found = titles.title_before_comma(make(words, pos=pos), 8)
    assert found is not None and found.start == 1 and found.title.role.startswith("Leader")
    words = ["The", "leader", "of", "the", "Labour", "Party", "met", "Sir", "Tom", "Hale"]  # no comma: none
    pos = ["DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PROPN"]
    assert titles.title_before_comma(make(words, pos=pos), 8) is None


def test_titles_comma_title_before_a_party_word_and_a_name():
    words = ["and", "the", "current", "opposition", "leader", ",", "Christian", "Democrat", "Anna", "Berg", ",", "to"]
    pos = ["CCONJ", "DET", "ADJ", "NOUN", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PART"]
    ents = ["O"] * 6 + ["B-NORP", "I-NORP", "B-PERSON", "I-PERSON", "O", "O"]
    found = titles.title_before_comma(make(words, pos=pos, ents=ents), 8)
    assert found is not None and found.title.role == "Opposition Leader"  # past "Christian Democrat" and "current"
    ents[6:8] = ["O", "O"]  # not a party or group word NER names: no title
    assert titles.title_before_comma(make(words, pos=pos, ents=ents), 8) is None
    from kg.extract.person_spans import person_spans
    ents[6:8] = ["B-NORP", "I-NORP"]
    spans = person_spans(make(words, pos=pos, ents=ents))
    assert [s.text for s in spans] == ["Anna Berg"]  # the party word is no name of its own


def test_person_spans_a_run_after_a_title_ending_in_a_place_noun_is_the_place():
    from kg.extract.person_spans import person_spans
    words = ["The", "storm", "hit", "General", "Santos", "City", "on", "Monday"]
    pos = ["DET", "NOUN", "VERB", "PROPN", "PROPN", "PROPN", "ADP", "PROPN"]
    ents = ["O", "O", "O", "O", "B-GPE", "I-GPE", "O", "B-DATE"]
    assert person_spans(make(words, pos=pos, ents=ents)) == []  # ``place-name-tails``: a city, not "Santos City"
    words = ["The", "storm", "hit", "General", "Rey", "Santos", "on", "Monday"]
    ents = ["O", "O", "O", "O", "O", "O", "O", "B-DATE"]
    assert [s.text for s in person_spans(make(words, pos=pos, ents=ents))] == ["Rey Santos"]


def test_titles_defence_secretary_names_no_country():
    words = ["Defence", "Secretary", "Ana", "Reyes", "spoke"]
    doc = make(words, pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB"])
    found = titles.title_before(doc, 2)  # used in several states (the Philippines, India): the text's or the article's
    assert found is not None and (found.title.role, found.country) == ("Defence Secretary", None)


def test_titles_white_house_deputy_press_secretary_is_a_us_official():
    words = ["White", "House", "deputy", "press", "secretary", "Tom", "Hale", "said"]
    doc = make(words, pos=["PROPN", "PROPN", "NOUN", "NOUN", "NOUN", "PROPN", "PROPN", "VERB"])
    found = titles.title_before(doc, 5)
    assert found is not None and (found.start, found.title.role, found.country) == (0, "Deputy Press Secretary", "US")


def test_title_patterns_party_led_by_a_person():
    from kg.extract.title_heads import party_led_by
    words = ["the", "Democratic", "Unionist", "Party", "led", "by", "Ian", "Moore", "said"]
    doc = make(words, pos=["DET", "PROPN", "PROPN", "PROPN", "VERB", "ADP", "PROPN", "PROPN", "VERB"])
    found = party_led_by(doc, 6)
    assert found is not None and (found[0], found[1].role) == (1, "Leader of the Democratic Unionist Party")
    words = ["Fatah", ",", "led", "by", "Ali", "Omar", ",", "agreed"]  # a row of parties.tsv
    doc = make(words, pos=["PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "VERB"])
    found = party_led_by(doc, 4)
    assert found is not None and (found[0], found[1].role) == (0, "Leader of Fatah")
    words = ["the", "army", ",", "led", "by", "Ali", "Omar", ",", "won"]  # no party
    doc = make(words, pos=["DET", "NOUN", "PUNCT", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "VERB"])
    assert party_led_by(doc, 5) is None
    words = ["the", "Green", "Party", ",", "headed", "by", "Ali", "Omar", ",", "won"]  # "headed by" as "led by"
    doc = make(words, pos=["DET", "PROPN", "PROPN", "PUNCT", "VERB", "ADP", "PROPN", "PROPN", "PUNCT", "VERB"])
    found = party_led_by(doc, 6)
    assert found is not None and (found[0], found[1].role) == (1, "Leader of the Green Party")


def test_mentions_hyphen_joined_capitalised_word_stays_in_the_name():
    words = ["said", "Ronnie", "Bar", "-", "On", ",", "the", "minister"]
    spaces = [True, True, False, False, False, True, True, False]
    doc = make(words, pos=["VERB", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN"], spaces=spaces,
               ents=["O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O", "O"])
    assert clean_name(doc.ents[0]) == (1, 5)
    words = ["Ronnie", "Bar", "on", "Monday"]  # a spaced, lower-case "on" still ends the name
    doc = make(words, pos=["PROPN", "PROPN", "ADP", "PROPN"], ents=["B-PERSON", "I-PERSON", "I-PERSON", "O"])
    assert clean_name(doc.ents[0]) == (0, 2)


def test_orgnames_lower_case_private_word_before_a_title():
    from kg.extract.orgnames import private_body_before
    doc = make(["union", "leader", "Dave", "Morris"], pos=["NOUN", "NOUN", "PROPN", "PROPN"])
    assert private_body_before(doc, 1)
    doc = make(["European", "Union", "leader", "Dave", "Morris"], pos=["PROPN", "PROPN", "NOUN", "PROPN", "PROPN"])
    assert not private_body_before(doc, 2)  # a capitalised polity, not a union
    doc = make(["opposition", "leader", "Dave", "Morris"], pos=["NOUN", "NOUN", "PROPN", "PROPN"])
    assert not private_body_before(doc, 1)


def test_orgnames_forum_and_roundtable_name_private_bodies_after_a_title():
    from kg.extract.orgnames import private_body_after
    words = ["president", "of", "the", "Harbor", "Trade", "Roundtable"]
    assert private_body_after(make(words, pos=["NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN"]), 1)
    words = ["director", "of", "the", "Nordic", "Energy", "Forum"]
    assert private_body_after(make(words, pos=["NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN"]), 1)
    words = ["chair", "of", "the", "Pacific", "Islands", "Forum"]  # an organisation of states, not a private body
    assert not private_body_after(make(words, pos=["NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN"]), 1)


def test_titles_capitalised_representative_is_a_us_legislator_lower_case_is_none():
    found = titles.title_before(make(["Representative", "Paul", "Dorsey"], pos=["PROPN", "PROPN", "PROPN"]), 1)
    assert found is not None and (found.title.role, found.country) == ("Representative", "US")
    words = ["a", "union", "representative", "Rosa", "Lima"]
    found = titles.title_before(make(words, pos=["DET", "NOUN", "NOUN", "PROPN", "PROPN"]), 3)
    assert found is None


def test_roles_post_of_an_organisation_that_is_a_party_takes_the_party_country():
    from kg.extract.rolecountry import party_country as _party_country
    from kg.model import Evidence, Person, RoleFact
    ev = Evidence("t", "x", 0, 0, 1, "role:title-name")
    fact = RoleFact(Person("haddad", "Omar Haddad"), "Leader", "HEZBOLLAH", ev, scope="international")
    assert _party_country(fact).country == "LB"
    assert _party_country(replace(fact, country="UN")).country == "UN"  # an organisation that is no party


def test_rolecountry_armed_group_post_takes_the_country_it_fights_in():
    from kg.extract.rolecountry import party_country as _party_country
    from kg.model import Evidence, Person, RoleFact
    ev = Evidence("t", "x", 0, 0, 1, "role:title-name")
    fact = RoleFact(Person("ruiz", "Pedro Ruiz"), "Leader", "FARC", ev, scope="international")
    assert _party_country(fact).country == "CO"  # organisations.tsv: FARC's home is Colombia
    assert _party_country(replace(fact, country="TALIBAN")).country == "AF"
    assert _party_country(replace(fact, country="AQ")).country == "AQ"  # a group of no one country keeps its code


def test_mentions_comma_post_before_a_rank_is_the_ranked_persons_too():
    words = ["Turkey", "'s", "Chief", "of", "General", "Staff", ",", "General", "Ali", "Kaya", ",", "said", "so", "."]
    pos = ["PROPN", "PART", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB",
           "ADV", "PUNCT"]
    ents = ["B-GPE"] + ["O"] * 7 + ["B-PERSON", "I-PERSON"] + ["O"] * 4
    found = [m for m in named_mentions(make(words, pos=pos, ents=ents)) if m.name.endswith("Kaya")]
    assert [(m.role, [(r, c) for r, c, _ in m.extra]) for m in found] == \
        [("General", [("Chief of General Staff", "TR")])]  # the article's spelling
    words[0:2] = ["the", "former"]  # a former post before the comma is not the ranked person's current one
    pos[0:2] = ["DET", "ADJ"]
    ents[0] = "O"
    found = [m for m in named_mentions(make(words, pos=pos, ents=ents)) if m.name.endswith("Kaya")]
    assert [(m.role, m.extra) for m in found] == [("General", [])]


def test_mentions_cleric_honorific_is_cut_off_the_name():
    words = ["Grand", "Ayatollah", "Ali", "Hosseini", "spoke", "."]
    doc = make(words, pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
               ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    assert clean_name(doc.ents[0]) == (2, 4)
    words[:2] = ["Abdul", "Karim"]  # no honorific: the name starts at its first word
    doc = make(words, pos=["PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"],
               ents=["B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    assert clean_name(doc.ents[0]) == (0, 4)


def test_titles_apposition_portfolio_after_a_bare_minister_is_kept():
    words = ["Dan", "Levy", ",", "Israeli", "Minister", "for", "Pension", "Affairs", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "ADJ", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT", "VERB"]
    title, country, rule = titles_after.title_after(make(words, pos=pos), 2)
    assert (title.role, country, rule) == ("Minister for Pension Affairs", "IL", "apposition")
    words[6:8] = ["the", "people"]  # lower-case words that end on no "affairs" are no portfolio
    title, country, _ = titles_after.title_after(make(words, pos=pos), 2)
    assert (title.role, country) == ("Minister", "IL")


def test_titles_uk_territorial_secretaries_are_title_rows():
    for words in (["Northern", "Ireland", "secretary", "Tom", "Hale"], ["Scottish", "Secretary", "Tom", "Hale"]):
        doc = make(words, pos=["PROPN"] * (len(words) - 3) + ["NOUN", "PROPN", "PROPN"])
        found = titles.title_before(doc, len(words) - 2)
        assert found is not None and found.start == 0 and found.country == "GB"
        assert found.title.role in ("Northern Ireland Secretary", "Scottish Secretary")


def test_orgnames_board_ends_a_public_body_name_not_a_person():
    from kg.extract.orgnames import body_name_at, org_word
    doc = make(["the", "Harbor", "Policing", "Board", "hoped"], pos=["DET", "PROPN", "PROPN", "PROPN", "VERB"])
    assert org_word(doc[3], ("public",)) and body_name_at(doc, 1)
    assert not org_word(make(["board"], pos=["NOUN"])[0])  # lower-case: no name's word


def test_title_patterns_winner_of_a_presidential_election_is_president_elect():
    from kg.extract.title_patterns import election_won
    words = ["Eva", "Mora", "has", "won", "presidential", "elections", "in", "Bolivia", "."]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"]
    title, country, rule = election_won(make(words, pos=pos), 2)
    assert (title.role, country, rule) == ("President-elect", "BO", "election-won")
    words[4:6] = ["the", "game"]  # no office's election
    assert election_won(make(words, pos=pos), 2) == (None, None, "")
    words = ["Ken", "Oda", "won", "the", "party", "presidential", "election", "on", "Sunday"]
    pos = ["PROPN", "PROPN", "VERB", "DET", "NOUN", "ADJ", "NOUN", "ADP", "PROPN"]
    assert election_won(make(words, pos=pos), 2) == (None, None, "")  # a party's president


def test_roles_reelected_holder_keeps_the_office():
    from kg.actors import Actor, Term
    from kg.extract.mentions import Mention
    from kg.extract.people import Entity
    from kg.extract.roles import _reelected
    m = Mention(0, 2, "Eva Mora", "name", rule="election-won")
    ctx = type("Ctx", (), {"article": type("A", (), {"date": dt.date(2006, 12, 4)})()})()
    ent = Entity(0, ("eva", "mora"), "Eva Mora", [m])
    assert _reelected(ctx, ent, m, "President-elect") == "President-elect"  # no dictionary entry
    ent.actor = Actor("x", "Eva Mora", None, (), (Term("President", "BO", dt.date(2000, 1, 1), None),))
    assert _reelected(ctx, ent, m, "President-elect") == "President"  # President at the date: re-elected


def test_titles_pm_is_read_only_capitalised_not_a_time():
    found = titles.title_before(make(["PM", "Fuad", "Sinor"], pos=["PROPN", "PROPN", "PROPN"]), 1)
    assert found is not None and found.title.role == "Prime Minister"
    doc = make(["at", "2", "p.m.", "ET", "on", "Friday"], pos=["ADP", "NUM", "NOUN", "PROPN", "ADP", "PROPN"])
    assert titles.title_before(doc, 3) is None


def test_titles_party_name_joined_by_and_before_leader():
    words = ["Justice", "and", "Development", "Party", "leader", "Recep", "Erdal"]
    pos = ["PROPN", "CCONJ", "PROPN", "PROPN", "NOUN", "PROPN", "PROPN"]
    found = titles.title_before(make(words, pos=pos), 5)
    assert found is not None and (found.start, found.title.role) == (0, "Leader of the Justice and Development Party")
    words[0], pos[0] = "and", "CCONJ"  # no party word before "and": the name starts after it
    found = titles.title_before(make(words, pos=pos), 5)
    assert found is not None and (found.start, found.title.role) == (2, "Leader of the Development Party")


def test_titles_country_before_a_un_envoy_makes_its_ambassador_to_the_un():
    words = ["Lebanon", "'s", "UN", "envoy", "Nadim", "Haddad"]
    pos = ["PROPN", "PART", "PROPN", "NOUN", "PROPN", "PROPN"]
    ents = ["B-GPE", "O", "B-ORG", "O", "B-PERSON", "I-PERSON"]
    found = titles.title_before(make(words, pos=pos, ents=ents), 4)
    assert found is not None and (found.start, found.title.role, found.country) == \
        (0, "Ambassador to the UN", "LB")
    found = titles.title_before(make(words[2:], pos=pos[2:], ents=ents[2:]), 2)  # "UN envoy X": the UN's
    assert found is not None and (found.title.role, found.country) == ("Envoy", "UN")


def test_titles_chief_negotiator_is_a_title_row():
    words = ["South", "African", "chief", "negotiator", "Tom", "Hale"]
    found = titles.title_before(make(words, pos=["PROPN", "PROPN", "NOUN", "NOUN", "PROPN", "PROPN"]), 4)
    assert found is not None and (found.start, found.title.role, found.country) == (0, "Chief Negotiator", "ZA")


def test_titles_lower_case_portfolio_after_a_country_before_minister():
    words = ["Ghana", "'s", "mining", "minister", "Kwame", "Asante", "said"]
    doc = make(words, pos=["PROPN", "PART", "NOUN", "NOUN", "PROPN", "PROPN", "VERB"])
    found = titles.title_before(doc, 4)
    assert found is not None and (found.start, found.title.role, found.country) == (0, "Minister for Mining", "GH")
    words = ["Syrian", "cabinet", "minister", "Rana", "Haddad", "said"]
    doc = make(words, pos=["ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "VERB"])
    found = titles.title_before(doc, 3)
    assert found is not None and found.title.role == "Minister"  # "cabinet" is no portfolio (not-portfolio)


def test_titles_regional_organisation_after_of_is_the_post_country():
    words = ["Secretary", "General", "of", "the", "Andean", "Community", "Luis", "Rivera", "said"]
    pos = ["PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"]
    found = titles.title_before(make(words, pos=pos), 6)
    assert found is not None and (found.start, found.title.role, found.country) == (0, "Secretary-General", "CAN")


def test_titles_parenthesised_abbreviation_between_title_and_name():
    words = ["the", "Canadian", "Prime", "Minister", "(", "PM", ")", ",", "Mark", "Lewis", "arrived"]
    pos = ["DET", "ADJ", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "PROPN", "PROPN", "VERB"]
    found = titles.title_before_comma(make(words, pos=pos), 8)
    assert found is not None and (found.start, found.title.role, found.country) == (0, "Prime Minister", "CA")
    words = ["Prime", "Minister", "(", "PM", ")", "Erna", "Dahl", "spoke"]
    found = titles.title_before(make(words, pos=["PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN", "PROPN",
                                                 "VERB"]), 5)
    assert found is not None and found.title.role == "Prime Minister"
    words = ["the", "minister", "(", "58", ")", "Erna", "Dahl", "spoke"]  # an age is no abbreviation
    assert titles.title_before(make(words, pos=["DET", "NOUN", "PUNCT", "NUM", "PUNCT", "PROPN", "PROPN",
                                                "VERB"]), 5) is None


def test_titles_legislature_speaker_in_a_bare_apposition():
    words = ["Omar", "Saleh", ",", "parliament", "speaker", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "NOUN", "NOUN", "PUNCT", "VERB"]
    title, country, rule = titles_after.title_after(make(words, pos=pos), 2)
    assert title is not None and (title.role, title.kind, rule) == ("Speaker", "legislator", "apposition")


# --- titles set off by commas, organisations' heads, status ------------------------------------------------------

def test_titles_comma_title_after_the_with_country_and_after_a_preposition():
    words = ["talks", ",", "the", "Bolivian", "Minister", "of", "Foreign", "Relations", ",", "Luis", "Prado", ","]
    pos = ["NOUN", "PUNCT", "DET", "ADJ", "PROPN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    found = titles.title_before_comma(make(words, pos=pos), 9)
    assert found is not None and (found.title.role, found.country) == ("Foreign Minister", "BO")
    words = ["views", "varied", ",", "with", "Bolivian", "President", ",", "Rafael", "Mendez", "condemning"]
    pos = ["NOUN", "VERB", "PUNCT", "ADP", "ADJ", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"]
    found = titles.title_before_comma(make(words, pos=pos), 7)
    assert found is not None and (found.title.role, found.country) == ("President", "BO")
    posts = make(["Advisor", "to", "the", "President", ",", "Rafael", "Mendez"],
                 pos=["PROPN", "ADP", "DET", "PROPN", "PUNCT", "PROPN", "PROPN"])
    assert titles.title_before_comma(posts, 5) is None  # "to the President, …": a list of posts, as before


def test_titles_comma_title_without_country_after_a_preposition_is_not_taken():
    words = ["met", "with", "President", ",", "Rafael", "Mendez"]
    found = titles.title_before_comma(make(words, pos=["VERB", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN"]), 4)
    assert found is None


def test_titles_organisation_named_in_full_before_chief():
    words = ["World", "Trade", "Organisation", "chief", "Anna", "Keller"]
    doc = make(words, pos=["PROPN", "PROPN", "PROPN", "NOUN", "PROPN", "PROPN"])
    start, title, code = org_head_before(doc, 4)
    assert (start, title.role, code) == (0, "Director-General", "WTO")
    found = titles.title_before(doc, 4)
    assert found is not None and (found.title.role, found.country) == ("Director-General", "WTO")
    assert org_head_before(make(["Kenya", "chief", "Tom"], pos=["PROPN", "NOUN", "PROPN"]), 2) is None


def test_titles_apposition_title_tagged_as_verb():
    words = ["Dominique", "Laval", ",", "the", "managing", "director", "of", "the", "IMF", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "VERB", "NOUN", "ADP", "DET", "PROPN", "PUNCT"]
    title, country, _ = titles_after.title_after(make(words, pos=pos), 2)
    assert (title.role, country) == ("Managing Director", "IMF")


def test_rolestatus_then_after_a_verb_is_former_not_after_a_comma():
    words = ["Lee", "met", "then", "French", "President", "Jacques", "Chirac"]
    heads = [1, 1, 1, 4, 6, 6, 1]
    doc = make(words, pos=["PROPN", "VERB", "ADV", "ADJ", "PROPN", "PROPN", "PROPN"], heads=heads)
    assert rule_marks(doc).rule("former", 2) == "status-then-after-verb"
    words = ["He", "spoke", ",", "then", "President", "Macron", "spoke"]
    doc = make(words, pos=["PRON", "VERB", "PUNCT", "ADV", "PROPN", "PROPN", "VERB"], heads=[1, 1, 1, 6, 5, 6, 6])
    assert not rule_marks(doc).has("former", 3)


# --- names -------------------------------------------------------------------------------------------------------

def test_names_entity_starting_inside_a_title_is_cut_after_it():
    words = ["and", "Northern", "Ireland", "Chief", "Constable", "Sean", "Moore", "spoke"]
    ents = ["O", "B-GPE", "I-GPE", "O", "B-PERSON", "I-PERSON", "I-PERSON", "O"]
    doc = make(words, pos=["CCONJ"] + ["PROPN"] * 6 + ["VERB"], ents=ents)
    assert clean_name(doc[4:7]) == (5, 7)
    found = named_mentions(doc)
    assert [(m.name, m.role, m.country) for m in found] == [("Sean Moore", "Chief Constable", "GB")]


def test_names_hyphenated_surname_in_an_apposition():
    words = ["by", "Marc", "Dupont", "-", "Leroy", ",", "the", "Foreign", "Affairs", "Minister", "."]
    spaces = [True, True, False, False, False, True, True, True, True, False, False]
    pos = ["ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"]
    found = named_mentions(make(words, pos=pos, spaces=spaces))
    assert [(m.name, m.role) for m in found] == [("Marc Dupont-Leroy", "Foreign Minister")]
    words = ["to", "Agence", "France", "-", "Presse", ",", "the", "president", "of", "Chile", "said"]
    spaces = [True, True, False, False, False, True, True, True, True, True, False]
    pos = ["ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "VERB"]
    assert not any(m.name and "Presse" in m.name for m in named_mentions(make(words, pos=pos, spaces=spaces)))



def test_names_apostrophe_inside_a_surname_after_a_title_keeps_the_surname():
    words = ["Kenyan", "assistant", "minister", "Joseph", "Ndung'u", "declared"]
    pos = ["ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "VERB"]
    found = named_mentions(make(words, pos=pos, ents=["B-NORP", "O", "O", "O", "O", "O"]))
    assert [(m.name, m.role, m.country) for m in found] == [("Joseph Ndung'u", "Assistant Minister", "KE")]
    words[4] = "'s"  # a possessive is no part of a name
    assert not any(m.name and "'s" in m.name for m in named_mentions(make(words, pos=pos)))

# --- holders who left the post -------------------------------------------------------------------------------------

def test_rolestatus_subject_of_resigned_left_office():
    from kg.extract.rolestatus import left_office
    words = ["Minister", "Karl", "Berg", "resigned", "."]
    tags = ["NNP", "NNP", "NNP", "VBD", "."]
    doc = Doc(NLP.vocab, words=words, pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT"], tags=tags,
              lemmas=["Minister", "Karl", "Berg", "resign", "."], heads=[2, 2, 3, 3, 3],
              deps=["compound", "compound", "nsubj", "ROOT", "punct"])
    assert rule_marks(doc).rule("left-office", 2) == "left-office-resigned" and left_office(doc, 0, 3)
    words = ["Minister", "Karl", "Berg", "has", "not", "resigned", "."]
    doc = Doc(NLP.vocab, words=words, pos=["PROPN", "PROPN", "PROPN", "AUX", "PART", "VERB", "PUNCT"],
              tags=["NNP", "NNP", "NNP", "VBZ", "RB", "VBN", "."],
              lemmas=["Minister", "Karl", "Berg", "have", "not", "resign", "."], heads=[2, 2, 5, 5, 5, 5, 5],
              deps=["compound", "compound", "nsubj", "aux", "neg", "ROOT", "punct"])
    assert not left_office(doc, 0, 3)


def test_rolestatus_passive_subject_of_dismissed_left_office():
    from kg.extract.rolestatus import left_office
    words = ["Minister", "Karl", "Berg", "was", "dismissed", "."]
    doc = Doc(NLP.vocab, words=words, pos=["PROPN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"],
              tags=["NNP", "NNP", "NNP", "VBD", "VBN", "."],
              lemmas=["Minister", "Karl", "Berg", "be", "dismiss", "."], heads=[2, 2, 4, 4, 4, 4],
              deps=["compound", "compound", "nsubjpass", "auxpass", "ROOT", "punct"])
    assert rule_marks(doc).rule("left-office", 2) == "left-office-dismissed" and left_office(doc, 0, 3)
    words = ["Minister", "Karl", "Berg", "was", "praised", "."]
    doc = Doc(NLP.vocab, words=words, pos=["PROPN", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"],
              tags=["NNP", "NNP", "NNP", "VBD", "VBN", "."],
              lemmas=["Minister", "Karl", "Berg", "be", "praise", "."], heads=[2, 2, 4, 4, 4, 4],
              deps=["compound", "compound", "nsubjpass", "auxpass", "ROOT", "punct"])
    assert not left_office(doc, 0, 3)


def test_rolestatus_object_of_active_dismissed_left_office():
    from kg.extract.rolestatus import left_office

    def doc_of(verb, lemma, tag, neg=False):
        words = ["Osmonov", *(["did", "not"] if neg else []), verb, "Minister", "Karl", "Berg", "."]
        n = 2 if neg else 0
        return Doc(NLP.vocab, words=words, pos=["PROPN", *(["AUX", "PART"] if neg else []), "VERB", "PROPN",
                                               "PROPN", "PROPN", "PUNCT"],
                   tags=["NNP", *(["VBD", "RB"] if neg else []), tag, "NNP", "NNP", "NNP", "."],
                   lemmas=["Osmonov", *(["do", "not"] if neg else []), lemma, "Minister", "Karl", "Berg", "."],
                   heads=[1 + n, *([1 + n, 1 + n] if neg else []), 1 + n, 4 + n, 4 + n, 1 + n, 1 + n],
                   deps=["nsubj", *(["aux", "neg"] if neg else []), "ROOT", "compound", "compound", "dobj", "punct"])
    doc = doc_of("dismissed", "dismiss", "VBD")
    assert rule_marks(doc).rule("left-office", 4) == "left-office-dismissed-object" and left_office(doc, 2, 5)
    assert left_office(doc_of("replaced", "replace", "VBD"), 2, 5)
    assert not left_office(doc_of("dismiss", "dismiss", "VB", neg=True), 4, 7)  # "did not dismiss"
    assert not left_office(doc_of("praised", "praise", "VBD"), 2, 5)
    assert not left_office(doc_of("dismiss", "dismiss", "VB"), 2, 5)  # "will dismiss": not done
    assert rule_marks(doc_of("killed", "kill", "VBD")).rule("left-office", 4) == "left-office-dismissed-object"
    assert left_office(doc_of("assassinated", "assassinate", "VBD"), 2, 5)  # a holder killed holds no post
    assert not left_office(doc_of("kill", "kill", "VB"), 2, 5)  # "tried to kill": not done


def test_rolestatus_holder_who_died_or_was_killed_left_office():
    from kg.extract.rolestatus import left_office

    def doc_of(*verbs, lemma, tag):
        words = ["Mayor", "Karl", "Berg", *verbs, "."]
        pos = ["PROPN", "PROPN", "PROPN", *(["AUX"] * (len(verbs) - 1)), "VERB", "PUNCT"]
        tags = ["NNP", "NNP", "NNP", *(["VBD"] * (len(verbs) - 1)), tag, "."]
        root = 2 + len(verbs)
        deps = ["compound", "compound", "nsubjpass" if len(verbs) > 1 else "nsubj", *(["auxpass"] * (len(verbs) - 1)),
                "ROOT", "punct"]
        return Doc(NLP.vocab, words=words, pos=pos, tags=tags, deps=deps,
                   lemmas=["Mayor", "Karl", "Berg", *(["be"] * (len(verbs) - 1)), lemma, "."],
                   heads=[2, 2, root, *([root] * (len(verbs) - 1)), root, root])
    died = doc_of("died", lemma="die", tag="VBD")
    assert rule_marks(died).rule("left-office", 2) == "left-office-resigned" and left_office(died, 0, 3)
    killed = doc_of("was", "killed", lemma="kill", tag="VBN")
    assert rule_marks(killed).rule("left-office", 2) == "left-office-dismissed" and left_office(killed, 0, 3)
    assert not left_office(doc_of("spoke", lemma="speak", tag="VBD"), 0, 3)
    assert not left_office(doc_of("was", "praised", lemma="praise", tag="VBN"), 0, 3)


def test_rolestatus_died_only_for_a_verb_of_death():
    from kg.extract.rolestatus import died

    def doc_of(*verbs, lemma, tag, how=None):
        words = ["Mayor", "Karl", "Berg", *verbs, *([how] if how else []), "."]
        n = len(verbs)
        root = 2 + n
        return Doc(NLP.vocab, words=words,
                   pos=["PROPN"] * 3 + ["AUX"] * (n - 1) + ["VERB"] + (["ADV"] if how else []) + ["PUNCT"],
                   tags=["NNP"] * 3 + ["VBD"] * (n - 1) + [tag] + (["RB"] if how else []) + ["."],
                   lemmas=["Mayor", "Karl", "Berg", *(["be"] * (n - 1)), lemma, *([how] if how else []), "."],
                   deps=["compound", "compound", "nsubjpass" if n > 1 else "nsubj", *(["auxpass"] * (n - 1)), "ROOT",
                         *(["advmod"] if how else []), "punct"],
                   heads=[2, 2, root, *([root] * (n - 1)), root, *([root] if how else []), root])
    assert died(doc_of("died", lemma="die", tag="VBD"), 1, 3)
    assert died(doc_of("was", "killed", lemma="kill", tag="VBN"), 1, 3)
    shot = doc_of("was", "shot", lemma="shoot", tag="VBN", how="dead")
    assert rule_marks(shot).rule("left-office", 2) == "left-office-shot-dead" and died(shot, 1, 3)
    assert not died(doc_of("was", "shot", lemma="shoot", tag="VBN"), 1, 3)  # shot, maybe wounded
    dead = doc_of("was", "pronounced", lemma="pronounce", tag="VBN", how="dead")
    assert rule_marks(dead).rule("left-office", 2) == "left-office-pronounced-dead" and died(dead, 1, 3)
    assert not died(doc_of("resigned", lemma="resign", tag="VBD"), 1, 3)  # left one post, alive
    assert not died(doc_of("was", "dismissed", lemma="dismiss", tag="VBN"), 1, 3)


def test_rolestatus_leaving_noun_before_a_titled_name_unless_demanded():
    from kg.extract.rolestatus import left_office
    words = ["after", "the", "resignation", "of", "Governor", "Ana", "Torres"]
    doc = make(words, pos=["ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN"], heads=[0, 2, 0, 2, 6, 6, 3])
    assert left_office(doc, 4, 7)
    words = ["calls", "for", "the", "resignation", "of", "Governor", "Ana", "Torres"]
    doc = make(words, pos=["NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PROPN"],
               heads=[0, 0, 3, 1, 3, 7, 7, 4])
    assert not left_office(doc, 5, 8)


# --- party leaders ---------------------------------------------------------------------------------------------------

def test_titles_leader_of_a_party_before_a_comma():
    from kg.extract.title_heads import leader_of_before
    words = ["speech", ",", "the", "leader", "of", "the", "Greek", "Communist", "Party", "(", "KKE", ")", ",", "Eleni",
             "Stavrou", "spoke"]
    pos = ["NOUN", "PUNCT", "DET", "NOUN", "ADP", "DET", "ADJ", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT",
           "PROPN", "PROPN", "VERB"]
    doc = make(words, pos=pos)
    start, title = leader_of_before(doc, 12)
    assert (start, title.role) == (3, "Leader of the Greek Communist Party")
    found = titles.title_before_comma(doc, 13)
    assert found is not None and found.title.role == "Leader of the Greek Communist Party"
    lower = make(["the", "leader", "of", "the", "protest", ",", "Ann", "Lee"],
                 pos=["DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN"])
    assert leader_of_before(lower, 5) is None  # no party's name after "of"
    person = make(["the", "Leader", "of", "the", "Opposition", "Kim", "Bell", ",", "Tom", "Hale", "spoke"],
                  pos=["DET", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"],
                  ents=["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"])
    assert leader_of_before(person, 7) is None  # a person's name ends no party's name: Bell's title, not Hale's


def test_title_heads_leader_of_a_listed_party_needs_no_the():
    from kg.extract.title_heads import leader_of_before
    words = ["Opposition", "leader", "and", "leader", "of", "Fine", "Gael", ",", "Sean", "Doyle", "noted"]
    pos = ["NOUN", "NOUN", "CCONJ", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"]
    start, title = leader_of_before(make(words, pos=pos), 7)
    assert (start, title.role, title.kind) == (3, "Leader of Fine Gael", "party")
    words[5:7] = ["Green", "Acres"]  # no party of parties.tsv, and no "the": no party's leader
    assert leader_of_before(make(words, pos=pos), 7) is None


def test_title_patterns_an_opening_verb_serves_no_principal():
    from kg.extract.title_patterns import serves_principal
    opening = make(["According", "to", "the", "Minister"], pos=["VERB", "ADP", "DET", "PROPN"])
    assert not serves_principal(opening, 0)  # "According to the Minister of X, Y": the title is Y's
    adviser = make(["Advisor", "to", "the", "President"], pos=["PROPN", "ADP", "DET", "PROPN"])
    assert serves_principal(adviser, 0)  # "Advisor to the President X": X is the principal


def test_title_patterns_shadow_lowers_the_title_after_it():
    words = ["Shadow", "Health", "Minister", "Jane", "Doyle", "spoke"]
    doc = make(words, pos=["ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"])
    found = titles.title_before(doc, 3)
    assert found is not None and (found.start, found.title.role) == (0, "Shadow Health Minister")
    words[0] = "The"  # no rank word: the portfolio's holder
    found = titles.title_before(make(words, pos=["DET", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"]), 3)
    assert found is not None and found.title.role == "Health Minister"


def test_titles_house_members_high_commissioners_and_lower_house_members():
    doc = make(["Democratic", "House", "members", "Tom", "Reed"], pos=["PROPN", "PROPN", "NOUN", "PROPN", "PROPN"])
    found = titles.title_before(doc, 3)
    assert found is not None and (found.title.role, found.country) == ("Representative", "US")
    lower = make(["the", "house", "members", "Tom", "Reed"], pos=["DET", "NOUN", "NOUN", "PROPN", "PROPN"])
    assert titles.title_before(lower, 3) is None  # read only capitalised (capitalised-titles)
    upper = make(["Lower", "House", "member", "Taro", "Kono"], pos=["PROPN", "PROPN", "NOUN", "PROPN", "PROPN"])
    found = titles.title_before(upper, 3)
    assert found is not None and (found.title.role, found.country) == ("Member of Parliament", None)
    envoy = make(["Zambia", "'s", "high", "commissioner", "Grace", "Banda"],
                 pos=["PROPN", "PART", "ADJ", "NOUN", "PROPN", "PROPN"])
    found = titles.title_before(envoy, 4)
    assert found is not None and (found.title.role, found.title.kind, found.country) == \
        ("High Commissioner", "envoy", "ZM")


def test_mentions_plural_title_shared_past_parenthesised_parties():
    words = ["party", "leaders", "Taro", "Aso", "(", "DP", ")", ",", "Kenji", "Ueda", "(", "JCP", ")", "spoke"]
    pos = ["NOUN", "NOUN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN",
           "PUNCT", "VERB"]
    ents = ["O", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "O", "O", "B-PERSON", "I-PERSON", "O", "B-ORG", "O", "O"]
    found = named_mentions(make(words, pos=pos, ents=ents))
    assert [(m.name, m.role) for m in found] == [("Taro Aso", "Leader"), ("Kenji Ueda", "Leader")]


def test_mentions_title_without_country_shares_the_country_of_the_titled_name_before_and():
    words = ["Danish", "trade", "minister", "Ole", "Berg", ",", "energy", "minister", "Ida", "Holm", "and",
             "Prime", "Minister", "Per", "Lund", "met", "Foreign", "Minister", "Eva", "Lind", "and", "health",
             "minister", "Jon", "Nord"]
    pos = ["ADJ", "NOUN", "NOUN", "PROPN", "PROPN", "PUNCT", "NOUN", "NOUN", "PROPN", "PROPN", "CCONJ", "PROPN",
           "PROPN", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "PROPN", "PROPN", "CCONJ", "NOUN", "NOUN", "PROPN",
           "PROPN"]
    ents = ["B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O",
            "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON"]
    found = named_mentions(make(words, pos=pos, ents=ents))
    assert [(m.name, m.role, m.country) for m in found] == [
        ("Ole Berg", "Trade Minister", "DK"), ("Ida Holm", "Energy Minister", "DK"),
        ("Per Lund", "Prime Minister", None),  # a head's title: maybe another country's leader
        ("Eva Lind", "Foreign Minister", None), ("Jon Nord", "Health Minister", None)]  # no country before


def test_roles_party_post_without_country_takes_the_party_country():
    from kg.extract.rolecountry import party_country as _party_country
    from kg.model import Evidence, Person, RoleFact
    ev = Evidence("t", "x", 0, 0, 1, "role:title-name")
    fact = RoleFact(Person("berg", "Ole Berg"), "Leader of the PASOK party", None, ev, scope="party")
    assert _party_country(fact).country == "GR"
    assert _party_country(replace(fact, role="Leader of the Pirate Party")).country is None  # not in parties.tsv
    assert _party_country(replace(fact, role="Leader of the Shasta Party")).country is None  # whole words only
    assert _party_country(replace(fact, country="CY")).country == "CY"  # the text's country stays
    assert _party_country(replace(fact, scope="national")).country is None


# --- a role's country from its sentence's subject -------------------------------------------------------------------

def _fact(doc, start, end, country=None):
    from kg.model import Evidence, Person, RoleFact
    ev = Evidence("t", doc.text, 0, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), "role:title-name")
    return RoleFact(Person("mori", "Kenji Mori"), "Foreign Ministry Spokesman", country, ev)


def test_roles_national_premier_with_a_country_is_its_prime_minister():
    from kg.extract.roles import _premier
    from kg.model import Evidence, Person, RoleFact
    ev = Evidence("t", "x", 0, 0, 1, "role:title-name")
    fact = RoleFact(Person("karalis", "Nikos Karalis"), "Premier", "GR", ev, scope="national")
    assert _premier(fact).role == "Prime Minister"
    assert _premier(replace(fact, country="CN")).role == "Premier"  # China's head of government is its Premier
    assert _premier(replace(fact, country=None)).role == "Premier"  # "Ontario Premier X": no country in the text
    assert _premier(replace(fact, country="GR", status="former")).role == "Prime Minister"


def test_roles_country_of_the_sentence_subject():
    from types import SimpleNamespace

    from kg.extract.rolecountry import subject_country as _subject_country
    words = ["China", "urged", "talks", ",", "with", "spokesman", "Kenji", "Mori", "saying", "so"]
    heads = [1, 1, 1, 1, 1, 7, 7, 8, 4, 8]
    deps = ["nsubj", "ROOT", "dobj", "punct", "prep", "compound", "compound", "nsubj", "pcomp", "advmod"]
    ents = ["B-GPE", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = make(words, heads=heads, deps=deps, ents=ents)
    fact = _subject_country(SimpleNamespace(doc=doc), _fact(doc, 5, 8))
    assert (fact.country, fact.evidence.rule) == ("CN", "role:title-name+country-of-subject")
    given = _fact(doc, 5, 8, country="JP")
    assert _subject_country(SimpleNamespace(doc=doc), given) is given  # a country in the text wins
    ents[0] = "B-PERSON"  # a person as the subject gives no country
    doc = make(words, heads=heads, deps=deps, ents=ents)
    assert _subject_country(SimpleNamespace(doc=doc), _fact(doc, 5, 8)).country is None


# --- appointment predicates ------------------------------------------------------------------------------------------

def test_titles_predicate_took_over_as_and_sworn_in_as():
    words = ["Jan", "Novak", "took", "over", "as", "Finance", "Minister", "of", "Slovakia", "."]
    pos = ["PROPN", "PROPN", "VERB", "ADP", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"]
    title, country, rule = titles_after.title_predicate(make(words, pos=pos), 2)
    assert (title.role, country, rule) == ("Finance Minister", "SK", "predicate")
    words = ["Ana", "Ortiz", "was", "sworn", "in", "as", "Chile", "'s", "president", "."]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "ADP", "ADP", "PROPN", "PART", "NOUN", "PUNCT"]
    title, country, _ = titles_after.title_predicate(make(words, pos=pos), 2)
    assert (title.role, country) == ("President", "CL")
    bus = make(["Jan", "Novak", "took", "the", "bus", "as", "usual"], pos=["PROPN", "PROPN", "VERB", "DET", "NOUN",
                                                                           "ADP", "ADJ"])
    assert titles_after.title_predicate(bus, 2)[0] is None



def test_titles_predicate_sent_as_envoy():
    words = ["India", "sent", "Ravi", "Menon", "as", "special", "envoy", "."]
    pos = ["PROPN", "VERB", "PROPN", "PROPN", "ADP", "ADJ", "NOUN", "PUNCT"]
    deps = ["nsubj", "ROOT", "compound", "dobj", "prep", "amod", "pobj", "punct"]
    lemmas = ["India", "send", "Ravi", "Menon", "as", "special", "envoy", "."]
    doc = Doc(NLP.vocab, words=words, pos=pos, heads=[1, 1, 3, 1, 1, 6, 4, 1], deps=deps, lemmas=lemmas)
    title, _, rule = titles_after.title_predicate(doc, 4)
    assert (title.role, rule) == ("Special Envoy", "predicate")
    lemmas[1] = "meet"  # "met X as special envoy" gives no post
    doc = Doc(NLP.vocab, words=words, pos=pos, heads=[1, 1, 3, 1, 1, 6, 4, 1], deps=deps, lemmas=lemmas)
    assert titles_after.title_predicate(doc, 4)[0] is None

# --- company posts ---------------------------------------------------------------------------------------------------

def test_orgnames_private_body_before_a_possessive_title():
    from kg.extract.orgnames import private_body_before
    words = ["Borneo", "Airways", "'", "President", "Budi", "Santoso"]
    doc = Doc(NLP.vocab, words=words, pos=["PROPN", "PROPN", "PART", "PROPN", "PROPN", "PROPN"],
              tags=["NNP", "NNPS", "POS", "NNP", "NNP", "NNP"])
    assert private_body_before(doc, 3)
    found = titles.title_before(doc, 4)
    assert found is not None and found.title.kind == "nonpolitical"
    state = Doc(NLP.vocab, words=["Canada", "'s", "Prime", "Minister", "Mark", "Reed"],
                pos=["PROPN", "PART", "PROPN", "PROPN", "PROPN", "PROPN"], tags=["NNP", "POS", "NNP", "NNP", "NNP", "NNP"])
    assert not private_body_before(state, 2)



def test_orgnames_private_body_before_is_not_a_party_named_league_or_union():
    from kg.extract.orgnames import private_body_before

    def doc_of(*org):
        words = [*org, "leader", "Karl", "Berg"]
        return Doc(NLP.vocab, words=words, pos=["PROPN"] * len(org) + ["NOUN", "PROPN", "PROPN"],
                   tags=["NNP"] * len(org) + ["NN", "NNP", "NNP"])
    assert private_body_before(doc_of("Farmers", "League"), 2)  # a league of farmers: a private body
    assert private_body_before(doc_of("Steel", "Confederation"), 2)
    assert not private_body_before(doc_of("Awami", "League"), 2)  # a party of parties.tsv
    assert not private_body_before(doc_of("Northern", "League"), 2)
    found = titles.title_before(doc_of("Awami", "League"), 3)
    assert found is not None and (found.title.role, found.title.kind, found.country) == ("Leader", "party", "BD")


# --- appositions ------------------------------------------------------------------------------------------------------

def test_titles_apposition_without_its_comma_needs_a_country_and_punctuation():
    words = ["between", "Omar", "Haddad", "the", "Syrian", "Foreign", "Minister", ",", "the", "Iraqi", "President"]
    pos = ["ADP", "PROPN", "PROPN", "DET", "ADJ", "PROPN", "PROPN", "PUNCT", "DET", "ADJ", "PROPN"]
    title, country, _ = titles_after.title_after(make(words, pos=pos), 3)
    assert (title.role, country) == ("Foreign Minister", "SY")
    words = ["told", "Omar", "Haddad", "the", "Syrian", "minister", "would", "come", "."]
    pos = ["VERB", "PROPN", "PROPN", "DET", "ADJ", "NOUN", "AUX", "VERB", "PUNCT"]
    assert titles_after.title_after(make(words, pos=pos), 3)[0] is None
    words = ["met", "Omar", "Haddad", "the", "Foreign", "Minister", "."]
    pos = ["VERB", "PROPN", "PROPN", "DET", "PROPN", "PROPN", "PUNCT"]
    assert titles_after.title_after(make(words, pos=pos), 3)[0] is None  # no country: not read without its comma


def test_rolestatus_who_was_appointed_holds_the_post():
    from kg.extract.rolestatus import status_after
    words = ["Omar", "Haddad", ",", "who", "was", "appointed", "foreign", "minister", "of", "Syria"]
    assert status_after(make(words), 2) == "current"
    words = ["Omar", "Haddad", ",", "who", "was", "foreign", "minister", "of", "Syria"]
    assert status_after(make(words), 2) == "former"


def test_titles_head_of_a_state_body_in_an_apposition():
    from kg.extract.title_patterns import head_of_body
    words = ["Reza", "Tavakoli", ",", "deputy", "head", "of", "Iran", "'s", "Atomic", "Energy", "Organisation", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "ADP", "PROPN", "PART", "PROPN", "PROPN", "PROPN", "PUNCT"]
    tags = ["NNP", "NNP", ",", "JJ", "NN", "IN", "NNP", "POS", "NNP", "NNP", "NNP", "."]
    doc = Doc(NLP.vocab, words=words, pos=pos, tags=tags)
    title, country = head_of_body(doc, 3, 11)
    assert (title.role, country) == ("Deputy Head", "IR")
    title, country, rule = titles_after.title_after(doc, 2)
    assert (title.role, country, rule) == ("Deputy Head", "IR", "apposition")
    words = ["the", "head", "of", "the", "Referendum", "Commission", ","]
    assert head_of_body(make(words), 1, 6)[0].role == "Head"  # a public body's word, capitalised
    words = ["the", "head", "of", "the", "academic", "department", ","]
    assert head_of_body(make(words), 1, 6) is None  # a lower-case public word names no state body
    words = ["chief", "of", "the", "Georgian", "security", "council", ","]
    assert head_of_body(make(words), 0, 6)[0].role == "Chief" and head_of_body(make(words), 0, 6)[1] == "GE"
    words = ["the", "head", "of", "Harvard", "University", ","]
    assert head_of_body(make(words), 1, 5) is None  # a private body
    words = ["the", "head", "of", "the", "household", ","]
    assert head_of_body(make(words), 1, 5) is None  # no state body
    words = ["the", "commander", "of", "the", "Kenyan", "army", ","]
    assert head_of_body(make(words), 1, 6)[0].role == "Commander" and head_of_body(make(words), 1, 6)[1] == "KE"
    words = ["the", "commander", "of", "the", "ship", ","]
    assert head_of_body(make(words), 1, 5) is None  # a commander of no state body


def test_names_hyphenated_given_name_after_a_title_and_a_hyphenated_rank():
    words = ["the", "Taipei", "City", "Mayor", "Wei", "-", "min", "Lin", "spoke"]
    spaces = [True, True, True, True, False, False, True, True, False]
    pos = ["DET", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"]
    ents = ["O", "B-GPE", "I-GPE", "O", "O", "O", "O", "B-PERSON", "O"]
    found = named_mentions(make(words, pos=pos, ents=ents, spaces=spaces))
    assert [(m.name, m.role) for m in found] == [("Wei-min Lin", "Mayor")]
    words = ["military", "spokesperson", "Major", "-", "General", "Tom", "Caldwell", "said"]
    spaces = [True, True, False, False, True, True, True, False]
    pos = ["ADJ", "NOUN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB"]
    ents = ["O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"]
    found = named_mentions(make(words, pos=pos, ents=ents, spaces=spaces))
    assert "Major" not in [m.name for m in found]


def test_titles_comma_title_after_a_preposition_needs_a_country_from_the_text():
    words = ["dissent", "against", "speaker", "of", "the", "house", ",", "Harry", "Hill", "("]
    pos = ["NOUN", "ADP", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    assert titles.title_before_comma(make(words, pos=pos), 7) is None  # US is the title row's country, not the text's


def test_roles_country_of_a_sentence_opening_in_a_country():
    from types import SimpleNamespace

    from kg.extract.rolecountry import subject_country as _subject_country
    words = ["In", "China", ",", "spokesman", "Kenji", "Mori", "expressed", "concern"]
    heads = [6, 0, 6, 5, 5, 6, 6, 6]
    deps = ["prep", "pobj", "punct", "compound", "compound", "nsubj", "ROOT", "dobj"]
    ents = ["O", "B-GPE", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = make(words, heads=heads, deps=deps, ents=ents)
    assert _subject_country(SimpleNamespace(doc=doc), _fact(doc, 3, 6)).country == "CN"
    words[1], ents[1] = "May", "B-DATE"  # "In May, …": no country
    doc = make(words, heads=heads, deps=deps, ents=ents)
    assert _subject_country(SimpleNamespace(doc=doc), _fact(doc, 3, 6)).country is None


def test_countries_province_before_a_head_title_is_a_subnational_post():
    words = ["New", "South", "Wales", "Premier", "Morgan", "Lemm", "met", "them"]
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB", "PRON"]
    ents = ["B-GPE", "I-GPE", "I-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"]
    found = titles.title_before(make(words, pos=pos, ents=ents), 4)
    assert found is not None and (found.start, found.title.role, found.title.kind, found.country) == \
        (0, "Premier", "subnational", "AU")
    words = ["Ontario", "'s", "finance", "minister", "Morgan", "Lemm", "met", "them"]
    pos = ["PROPN", "PART", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PRON"]
    ents = ["B-GPE", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    found = titles.title_before(make(words, pos=pos, ents=ents), 4)
    assert found is not None and (found.title.role, found.country) == ("Finance Minister", "CA")
    assert found.title.kind != "subnational"  # only a head's title becomes the province's


def test_mentions_surname_before_administration_is_a_person():
    words = ["criticised", "the", "Bush", "administration", "and", "the", "Sahel", "."]
    ents = ["O", "O", "B-PERSON", "O", "O", "O", "B-PERSON", "O"]
    pos = ["VERB", "DET", "PROPN", "NOUN", "CCONJ", "DET", "PROPN", "PUNCT"]
    assert [m.name for m in named_mentions(make(words, pos=pos, ents=ents))] == ["Bush"]  # "the Sahel" is a place


def test_roles_national_leader_takes_the_dictionary_head_post_at_the_date():
    from types import SimpleNamespace

    from kg.actors import Actor, Term
    from kg.extract.roles import _national_leader
    actor = Actor("x", "Omar Haddad", None, (), (Term("President", "PS", dt.date(2005, 1, 1), None),
                                                 Term("Leader of the Fatah", "PS", dt.date(2004, 1, 1), None)))
    ent = SimpleNamespace(actor=actor)
    ctx = SimpleNamespace(article=SimpleNamespace(date=dt.date(2007, 6, 1)))
    assert _national_leader(ent, "Leader", "PS", ctx) == "President"  # "Palestinian leader X"
    assert _national_leader(ent, "Leader", None, ctx) is None  # a party's "leader X": no country in the text
    assert _national_leader(ent, "Leader", "IL", ctx) is None  # another country's post
    assert _national_leader(ent, "Chairman", "PS", ctx) is None
    early = SimpleNamespace(article=SimpleNamespace(date=dt.date(2004, 6, 1)))
    assert _national_leader(ent, "Leader", "PS", early) is None  # not yet President at the date
    assert _national_leader(ent, "Leader", "PS", ctx, "party") is None  # "Fatah leader X": the party's post


def test_titles_negotiator_rows():
    doc = make(["Palestinian", "negotiator", "Omar", "Saleh", "said"], pos=["ADJ", "NOUN", "PROPN", "PROPN", "VERB"],
               ents=["B-NORP", "O", "B-PERSON", "I-PERSON", "O"])
    found = titles.title_before(doc, 2)
    assert found is not None and (found.title.role, found.title.kind, found.country) == ("Negotiator", "envoy", "PS")
    doc = make(["police", "hostage", "negotiator", "Tim", "Roe", "said"],
               pos=["NOUN", "NOUN", "NOUN", "PROPN", "PROPN", "VERB"])
    found = titles.title_before(doc, 3)
    assert found is not None and found.title.kind == "nonpolitical"


def test_titles_comma_title_after_with_is_the_named_persons():
    words = ["conference", "in", "Washington", "with", "the", "new", "Israeli", "Foreign", "Minister", ",", "Dana",
             "Levin", ",", "the"]
    pos = ["NOUN", "ADP", "PROPN", "ADP", "DET", "ADJ", "ADJ", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT",
           "DET"]
    ents = ["O", "O", "B-GPE", "O", "O", "O", "B-NORP", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    found = titles.title_before_comma(make(words, pos=pos, ents=ents), 10)
    assert found is not None and (found.title.role, found.country) == ("Foreign Minister", "IL")
    words[3] = "to"  # "Advisor in Washington to the new Israeli Foreign Minister, Y": a list of posts
    words[2] = "Advisor"
    assert titles.title_before_comma(make(words, pos=pos, ents=["O"] * 6 + ents[6:]), 10) is None


def test_countries_palestine_authority_is_palestine():
    from kg import lexicon
    assert lexicon.lookup_polity("Palestine Authority") == lexicon.lookup_polity("Palestinian National Authority") \
        == "PS"


def test_titles_party_president_or_chair_is_the_party_leader():
    doc = make(["SPD", "chair", "Franz", "Mauer", "said"], pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB"],
               ents=["B-ORG", "O", "B-PERSON", "I-PERSON", "O"])
    found = titles.title_before(doc, 2)
    assert found is not None and (found.start, found.title.role, found.title.kind, found.country) == \
        (0, "Leader", "party", "DE")
    doc = make(["Club", "chair", "Franz", "Mauer", "said"], pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB"],
               ents=["B-ORG", "O", "B-PERSON", "I-PERSON", "O"])
    found = titles.title_before(doc, 2)
    assert found is not None and found.title.role == "Chair"  # no party of parties.tsv before it
    doc = make(["NDP", "leader", "Tom", "Barrie", "said"], pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB"],
               ents=["B-ORG", "O", "B-PERSON", "I-PERSON", "O"])
    found = titles.title_before(doc, 2)  # a party's leader: the party's country
    assert found is not None and (found.title.role, found.title.kind, found.country) == ("Leader", "party", "CA")
    doc = make(["Sinn", "Féin", "president", "Sean", "Rooney", "said"],
               pos=["PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "VERB"], ents=["B-ORG", "I-ORG", "O", "B-PERSON",
                                                                            "I-PERSON", "O"])
    found = titles.title_before(doc, 3)  # a party of two countries: no country from the party
    assert found is not None and (found.start, found.title.role, found.title.kind, found.country) == \
        (0, "Leader", "party", None)


def test_title_patterns_party_of_a_possessive_name_is_the_party_it_leads():
    from kg.extract.title_heads import party_of_name
    words = ["is", "Ian", "Parsley", "'s", "Democratic", "Unionist", "Party", "commitment"]
    pos = ["AUX", "PROPN", "PROPN", "PART", "PROPN", "PROPN", "PROPN", "NOUN"]
    title, country, rule = party_of_name(make(words, pos=pos), 3)
    assert (title.role, title.kind, country, rule) == ("Leader of the Democratic Unionist Party", "party", "GB",
                                                       "party-of-name")
    words[4:7] = ["new", "company", "board"]
    assert party_of_name(make(words, pos=pos), 3) is None  # a company is no party


def test_titles_ombudsman_rows():
    words = ["by", "Mary", "Doyle", ",", "the", "Police", "Ombudsman", "for", "Northern", "Ireland", "confirmed"]
    pos = ["ADP", "PROPN", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "VERB"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-GPE", "I-GPE", "O"]
    title, country, rule = titles_after.title_after(make(words, pos=pos, ents=ents), 3)
    assert (title.role, title.kind, country, rule) == ("Police Ombudsman", "judge", "GB", "apposition")


# --- the precedence of a role's country: text, dictionary at the date, person, sentence, dictionary, article ------

def test_roles_dictionary_at_the_date_over_a_country_the_title_implies_or_the_text_errs_on():
    from types import SimpleNamespace

    from kg.actors import Actor, Term
    from kg.extract.rolecountry import dictionary_over_text
    actor = Actor("x", "Omar Haddad", None, (), (Term("Secretary of Defense", "US", dt.date(2005, 1, 1), None),))
    ent = SimpleNamespace(actor=actor)
    ctx = SimpleNamespace(article=SimpleNamespace(date=dt.date(2007, 6, 1)))
    assert dictionary_over_text(ent, "Chancellor of the Exchequer", "GB", False, ctx) == "US"  # titles.tsv: British
    assert dictionary_over_text(ent, "Defence Minister", "FR", False, ctx) == "FR"  # the text's own country
    assert dictionary_over_text(ent, "Secretary of Defense", "CA", True, ctx) == "US"  # the very post, full name
    assert dictionary_over_text(ent, "Secretary of Defense", "CA", False, ctx) == "CA"  # a surname may be another's
    early = SimpleNamespace(article=SimpleNamespace(date=dt.date(2004, 6, 1)))
    assert dictionary_over_text(ent, "Chancellor of the Exchequer", "GB", False, early) == "GB"  # no post at the date
    two = SimpleNamespace(actor=replace(actor, terms=actor.terms + (Term("King", "CA", None, None),)))
    assert dictionary_over_text(two, "Chancellor of the Exchequer", "GB", False, ctx) == "GB"  # posts in two countries
    untitled = SimpleNamespace(actor=replace(actor, terms=(Term(None, "TR", dt.date(2005, 1, 1), None),)))
    assert dictionary_over_text(untitled, "Ambassador", "US", True, ctx) == "TR"  # a converted post, full name
    assert dictionary_over_text(untitled, "Ambassador", "US", False, ctx) == "US"  # a surname may be another's
    assert dictionary_over_text(untitled, "Ambassador", "US", True, early) == "US"  # no post at the date


def test_roles_dictionary_home_of_a_post_without_country():
    from types import SimpleNamespace

    from kg.actors import Actor, Term
    from kg.extract.rolecountry import dictionary_home
    from kg.model import Evidence, Person, RoleFact
    actor = Actor("x", "Omar Haddad", None, (), (Term(None, "CA", dt.date(2003, 1, 1), dt.date(2004, 1, 1)),))
    person = Person("Omar Haddad", "Omar Haddad")
    ent = SimpleNamespace(actor=actor, person=lambda: person)
    ctx = SimpleNamespace(entities=[ent])
    ev = Evidence("t", "x", 0, 0, 1, "role:title-name")
    fact = RoleFact(person, "Leader", None, ev, scope="party")
    (found,) = dictionary_home(ctx, [fact])
    assert (found.country, found.evidence.rule) == ("CA", "role:title-name+country-of-dictionary")
    assert dictionary_home(ctx, [replace(fact, country="FR")])[0].country == "FR"  # the text's country stays
    assert dictionary_home(ctx, [replace(fact, scope="international")])[0].country is None
    assert dictionary_home(ctx, [replace(fact, role="Secretary-General")])[0].country is None  # no domestic post
    envoy = replace(fact, role="Ambassador to the UN", scope="national")  # a country's envoy (sending-state-envoys)
    assert dictionary_home(ctx, [envoy])[0].country == "CA"
    assert dictionary_home(ctx, [replace(envoy, role="Special Envoy")])[0].country is None  # may be an organisation's
    other = replace(fact, person=Person("Ana Lind", "Ana Lind"))
    assert dictionary_home(ctx, [other])[0].country is None  # a person the dictionary does not know
    ent.actor = replace(actor, terms=actor.terms + (Term(None, "US", None, None),))
    assert dictionary_home(ctx, [fact])[0].country is None  # posts in two countries


def test_roles_party_label_before_a_title_gives_the_party_country():
    from types import SimpleNamespace

    from kg.extract.rolecountry import party_label
    from kg.model import Evidence, Person, RoleFact

    def fact(words, start, end, country=None):
        doc = make(words)
        ev = Evidence("t", doc.text, 0, doc[start].idx, doc[end - 1].idx + len(doc[end - 1]), "role:title-name")
        return SimpleNamespace(doc=doc), RoleFact(Person("lane", "Amy Lane"), "Senator", country, ev)

    ctx, f = fact(["Republican", "Senator", "Amy", "Lane", "said"], 1, 4)
    assert (party_label(ctx, f).country, party_label(ctx, f).evidence.rule) == ("US", "role:title-name+country-of-party")
    ctx, f = fact(["the", "Greens", "Senator", "Amy", "Lane", "said"], 2, 5)
    assert party_label(ctx, f).country == "AU"
    ctx, f = fact(["Republican", "Senator", "Amy", "Lane", "said"], 1, 4, country="PH")
    assert party_label(ctx, f).country == "PH"  # the text's country stays
    ctx, f = fact(["Liberal", "Senator", "Amy", "Lane", "said"], 1, 4)
    assert party_label(ctx, f).country is None  # a label of several countries' parties: not in party_labels.tsv
    ctx, f = fact(["Liberal", "Democrat", "Senator", "Amy", "Lane", "said"], 2, 5)
    assert party_label(ctx, f).country is None  # the end of a longer party name
    ctx, f = fact(["Senate", "Democratic", "Leader", "Amy", "Lane", "said"], 2, 5)
    assert party_label(ctx, f).country == "US"  # a chamber before the label
    ctx, f = fact(["Australian", "Greens", "senator", "Amy", "Lane", "said"], 2, 5)
    assert party_label(ctx, f).country == "AU"  # a country before the label: no longer name
    ctx, f = fact(["the", "republican", "Senator", "Amy", "Lane", "said"], 2, 5)
    assert party_label(ctx, f).country is None  # lower case: no party's label
    ctx, f = fact(["Likud", "Senator", "Amy", "Lane", "said"], 1, 4)
    assert party_label(ctx, f).country == "IL"  # a one-word party of parties.tsv with a country


def test_roles_plural_title_shares_the_party_label_country():
    from kg.extract.rolecountry import plural_party
    from kg.model import Evidence, Person, RoleFact

    def fact(name, rule, country=None, sent_start=0, role="Senator"):
        return RoleFact(Person(name.lower(), name), role, country, Evidence("t", "s", sent_start, 0, 1, rule))

    lead = fact("Amy Lane", "role:title-name+country-of-party", "AU")
    assert [f.country for f in plural_party([lead, fact("Bo Kim", "role:plural-title")])] == ["AU", "AU"]
    assert plural_party([lead, fact("Bo Kim", "role:plural-title", sent_start=40)])[1].country is None  # next sentence
    assert plural_party([lead, fact("Bo Kim", "role:plural-title", role="Leader")])[1].country is None  # other title
    plain = fact("Amy Lane", "role:title-name+country-from-context", "AU")
    assert plural_party([plain, fact("Bo Kim", "role:plural-title")])[1].country is None  # no party label's country


def test_titles_comma_title_after_another_title_and_and():
    words = ["Deputy", "Prime", "Minister", "and", "Foreign", "Minister", ",", "Lars", "Berg", ",", "said"]
    pos = ["PROPN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
    doc = make(words, pos=pos)
    found = titles.title_before_comma(doc, 7)
    assert found is not None and (found.start, found.title.role) == (4, "Foreign Minister")
    assert [r for r, _, _ in titles.more_titles(doc, found.start)] == ["Deputy Prime Minister"]
    words[0:3] = ["talks", "with", "Berlin"]  # no title before "and": the comma title does not open the phrase
    pos[0:3] = ["NOUN", "ADP", "PROPN"]
    assert titles.title_before_comma(make(words, pos=pos), 7) is None


def test_titles_predicate_elected_and_has_been():
    words = ["Ana", "Ortiz", "was", "elected", "leader", "of", "the", "Green", "Party", "."]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PUNCT"]
    title, _, rule = titles_after.title_predicate(make(words, pos=pos), 2)
    assert title is not None and title.role.startswith("Leader") and rule == "predicate"
    words = ["Ana", "Ortiz", "has", "been", "elected", "as", "Chile", "'s", "president", "."]
    pos = ["PROPN", "PROPN", "AUX", "AUX", "VERB", "ADP", "PROPN", "PART", "NOUN", "PUNCT"]
    title, country, _ = titles_after.title_predicate(make(words, pos=pos), 2)
    assert (title.role, country) == ("President", "CL")
    words = ["Ana", "Ortiz", "has", "been", "Chile", "'s", "president", "since", "2001", "."]
    pos = ["PROPN", "PROPN", "AUX", "AUX", "PROPN", "PART", "NOUN", "ADP", "NUM", "PUNCT"]
    title, country, _ = titles_after.title_predicate(make(words, pos=pos), 2)
    assert (title.role, country) == ("President", "CL")
    words[2] = "had"  # a past perfect: no current holder
    assert titles_after.title_predicate(make(words, pos=pos), 2)[0] is None
    words = ["Ana", "Ortiz", "was", "elected", "to", "parliament", "."]
    assert titles_after.title_predicate(make(words), 2)[0] is None


def test_titles_after_predicate_named_or_elected_past_an_adverb():
    words = ["Tom", "Hale", "was", "unanimously", "elected", "Speaker", "."]
    pos = ["PROPN", "PROPN", "AUX", "ADV", "VERB", "PROPN", "PUNCT"]
    title, _, _ = titles_after.title_predicate(make(words, pos=pos), 2)
    assert title is not None and title.role == "Speaker"
    words[3] = "never"  # a negation is no adverb to skip
    assert titles_after.title_predicate(make(words, pos=pos), 2)[0] is None
    words = ["Tom", "Hale", "was", "named", "prime", "minister", "."]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "NOUN", "NOUN", "PUNCT"]
    title, _, _ = titles_after.title_predicate(make(words, pos=pos), 2)
    assert title is not None and title.role == "Prime Minister"


def test_titles_rep_abbreviation_is_a_us_representative():
    found = titles.title_before(make(["Rep.", "Paul", "Dorsey"], pos=["PROPN", "PROPN", "PROPN"]), 1)
    assert found is not None and (found.title.role, found.country) == ("Representative", "US")


def test_titles_comma_title_after_a_party_or_side_word():
    words = ["reports", ",", "a", "Likud", "MP", ",", "Dan", "Oren", ",", "denied"]
    pos = ["NOUN", "PUNCT", "DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
    ents = ["O", "O", "O", "B-ORG", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    found = titles.title_before_comma(make(words, pos=pos, ents=ents), 6)
    assert found is not None and found.title.role == "Member of Parliament"  # past the party NER tags ORG
    ents[3] = "O"  # no party or side word: the title does not open a noun phrase
    assert titles.title_before_comma(make(words, pos=pos, ents=ents), 6) is None
    words = ["Government", "MP", ",", "Ian", "Pike", "said"]  # a side's word (pattern title-comma-side)
    found = titles.title_before_comma(make(words, pos=["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "VERB"]), 3)
    assert found is not None and found.title.role == "Member of Parliament"


def test_titles_un_ambassador_is_named_as_the_actor_dictionary_names_it():
    doc = make(["ambassador", "to", "the", "United", "Nations", "Mia", "Holt"])
    found = titles.title_before(doc, 5)
    assert found is not None and found.title.role == "Ambassador to the UN"


def test_titles_envoy_posted_in_a_city_is_his_own_countrys():
    words = ["asked", "the", "Iraqi", "ambassador", "in", "Bucharest", ",", "Omar", "Haddad", ",", "to"]
    pos = ["VERB", "DET", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "PART"]
    ents = ["O", "O", "B-NORP", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"]
    found = titles.title_before_comma(make(words, pos=pos, ents=ents), 7)
    assert found is not None and (found.title.role, found.country) == ("Ambassador", "IQ")
    words[3:6] = ["ambassador", "in", "talks"]  # "in" before no place: no posting
    pos[5], ents[5] = "NOUN", "O"
    assert titles.title_before_comma(make(words, pos=pos, ents=ents), 7) is None


def test_spokes_apposition_serving_a_named_person_without_a_title_there():
    words = ["said", "Dan", "Marin", ",", "a", "spokesman", "for", "Omar", "Haddad", "."]
    pos = ["VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PROPN", "PUNCT"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O"]
    title, country, rule = titles_after.title_after(make(words, pos=pos, ents=ents), 3)
    assert title is not None and (title.role, country, rule) == ("Spokesman", None, "apposition-served")
    words[5] = "cousin"  # no spokesperson's title: the name after "for" is no principal of his
    assert titles_after.title_after(make(words, pos=pos, ents=ents), 3)[0] is None
    words[5] = "advisor"  # an adviser's title is no served-spokes-titles row: "an advisor for Y" stays as before
    assert titles_after.title_after(make(words, pos=pos, ents=ents), 3)[2] != "apposition-served"


def test_spokes_served_person_may_be_a_surname_named_before():
    words = ["Omar", "Haddad", "left", ".", "Dan", "Marin", ",", "a", "spokesman", "for", "Haddad", ",", "said"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "VERB"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O", "O"]
    spokesman = titles.title_at(make(words, pos=pos, ents=ents), 8)
    assert spokesman is not None
    assert spokes.served_person(make(words, pos=pos, ents=ents), 9, 11, spokesman[1])  # NER's GPE, a known surname
    words[10] = "Hamas"  # no person's name: the body's spokesperson, as before
    assert not spokes.served_person(make(words, pos=pos, ents=ents), 9, 11, spokesman[1])


def test_title_heads_rank_before_a_party_name_makes_its_deputy_leader():
    from kg import lexicon
    from kg.extract.title_heads import deputy_party_leader
    leader = lexicon.title_by_id()["t-leader"]
    pos = ["ADJ", "PROPN", "NOUN", "PROPN", "PROPN", "VERB"]
    doc = make(["deputy", "Labor", "leader", "Jo", "Marsh", "said"], pos=pos)
    found = deputy_party_leader(doc, 2, leader)
    assert found is not None and (found[0], found[1].role, found[1].kind) == (0, "Deputy Leader", "party")
    doc = make(["the", "Labor", "leader", "Jo", "Marsh", "said"], pos=["DET"] + pos[1:])
    assert deputy_party_leader(doc, 2, leader) is None  # no rank word: the party's Leader
    doc = make(["deputy", "leader", "Jo", "Marsh"], pos=["ADJ", "NOUN", "PROPN", "PROPN"])
    assert deputy_party_leader(doc, 1, leader) is None  # no party between: the title row "deputy leader" says it


def test_titles_plural_title_before_a_title_is_a_body_not_a_second_post():
    words = ["House", "of", "Representatives", "Speaker", "Nora", "Pellman", "said"]
    doc = make(words, pos=["PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"])
    assert titles.more_titles(doc, 3) == []
    doc = make(["Crown", "Prince", "and", "Prime", "Minister", "Omar", "Adel"])
    assert [role for role, _, _ in titles.more_titles(doc, 3)] == ["Crown Prince"]


def test_titles_state_assembly_members_are_title_rows():
    for word, role in (("Assemblywoman", "Assemblywoman"), ("Assemblyman", "Assemblyman")):
        found = titles.title_before(make([word, "Rosa", "Torrez", "said"], pos=["PROPN"] * 3 + ["VERB"]), 1)
        assert found is not None and (found.title.role, found.title.kind) == (role, "subnational")


def test_titles_chamber_leader_and_upper_house_president_are_title_rows():
    for words, role in ((["Senate", "leader"], "Senate Leader"), (["Upper", "House", "president"], "Upper House President")):
        n = len(words)
        found = titles.title_before(make(words + ["Rosa", "Torrez", "said"], pos=["PROPN"] * (n + 2) + ["VERB"]), n)
        assert found is not None and (found.start, found.title.role, found.title.kind) == (0, role, "legislator")


def test_titles_committee_name_opening_with_a_chamber_stays_in_a_chair_title():
    words = ["A", "spokesman", "for", "House", "Foreign", "Affairs", "Committee", "Chairman", "Tom", "Lantin", "said"]
    pos = ["DET", "NOUN", "ADP"] + ["PROPN"] * 7 + ["VERB"]
    found = titles.title_before(make(words, pos=pos), 8)
    assert found is not None and (found.start, found.title.role) == (3, "House Foreign Affairs Committee Chairman")
    words = ["Games", "chairman", "Ron", "Walkers", "urged"]  # no chamber: a bare chairman
    found = titles.title_before(make(words, pos=["PROPN", "NOUN", "PROPN", "PROPN", "VERB"]), 2)
    assert found is not None and found.title.role == "Chairman"


def test_rules_previous_and_past_before_a_title_are_former():
    from kg.extract.rolestatus import status_before
    assert status_before(make(["previous", "leader", "Ann", "Lee"]), 1) == "former"
    pos = ["DET", "ADJ", "NOUN", "PROPN", "PROPN"]
    assert status_before(make(["the", "past", "chairman", "Ann", "Lee"], pos=pos), 2) == "former"
    pos = ["VERB", "ADP", "PROPN", "PROPN", "PROPN"]  # the preposition: "marched past Minister Ann Lee's house"
    assert status_before(make(["marched", "past", "Minister", "Ann", "Lee"], pos=pos), 2) == "current"


def test_titles_un_emergency_relief_coordinator_rows_keep_the_spelling():
    from kg import lexicon
    for phrase, role in (("emergency relief coordinator", "Emergency Relief Coordinator"),
                         ("emergency relief co-ordinator", "Emergency Relief Co-ordinator")):
        title = lexicon.title_index()[phrase]
        assert (title.role, title.country) == (role, "UN")


def test_mentions_party_word_before_a_legislators_seat_leaves_it_public():
    pos = ["PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"]
    ents = ["O", "O", "O", "B-PERSON", "I-PERSON", "O"]
    for words, kind in ((["Conservative", "Party", "MP", "Peter", "Mack", "said"], "legislator"),
                        (["Labour", "Party", "chairman", "Ian", "Moss", "said"], "party")):
        found = [m for m in named_mentions(make(words, pos=pos, ents=ents)) if m.name and m.name.endswith(words[4])]
        assert found and found[0].title_kind == kind, words


def _possessor_ctx(words, tags, mentions):
    from kg.extract import people
    from kg.extract.context import Context
    from kg.model import Article
    doc = Doc(NLP.vocab, words=words, tags=tags)
    ctx = Context(doc, Article("t", doc.text, date=dt.date(2023, 6, 14)), people.cluster(mentions), mentions)
    for m in mentions:
        for i in range(m.start, m.end):
            ctx.token_entities[i] = list(m.entities)
    return ctx


def test_roles_spokesperson_of_a_possessive_principal_takes_the_principals_country():
    """"Haddad's spokesman, Tariq Khan," and "Tariq Khan, Haddad's spokesman,": the country of the head named
    before "'s" elsewhere in the article (roles._possessor_country); no country for an untitled possessor."""
    from kg.extract import roles
    from kg.extract.mentions import Mention
    head = ["Pakistani", "President", "Omar", "Haddad", "spoke", "."]
    words = head + ["Haddad", "'s", "spokesman", ",", "Tariq", "Khan", ",", "denied", "it"]
    tags = ["JJ", "NNP", "NNP", "NNP", "VBD", "."] + ["NNP", "POS", "NN", ",", "NNP", "NNP", ",", "VBD", "PRP"]

    def mentions(speaker):
        return [Mention(2, 4, "Omar Haddad", "name", role="President", country="PK", title_kind="head",
                        rule="title-name", span_start=0, span_end=4), Mention(6, 7, "Haddad", "name", span_start=6,
                                                                               span_end=7), speaker]
    spoke = Mention(10, 12, "Tariq Khan", "name", role="Spokesman", title_kind=spokes.SPOKES,
                    rule="title-comma-name", span_start=8, span_end=12)
    ms = mentions(spoke)
    assert roles._possessor_country(_possessor_ctx(words, tags, ms), spoke) == "PK"
    words2 = head + ["Tariq", "Khan", ",", "Haddad", "'s", "spokesman", ",", "denied", "it"]
    tags2 = tags[:6] + ["NNP", "NNP", ",", "NNP", "POS", "NN", ",", "VBD", "PRP"]
    spoke2 = Mention(6, 8, "Tariq Khan", "name", role="Spokesman", title_kind=spokes.SPOKES, rule="apposition",
                     span_start=6, span_end=8)
    ms2 = [ms[0], Mention(9, 10, "Haddad", "name", span_start=9, span_end=10), spoke2]
    assert roles._possessor_country(_possessor_ctx(words2, tags2, ms2), spoke2) == "PK"
    untitled = [Mention(2, 4, "Omar Haddad", "name", span_start=2, span_end=4), ms[1], spoke]
    assert roles._possessor_country(_possessor_ctx(words, tags, untitled), spoke) is None


def test_titles_after_a_bodys_post_before_a_comma_and_a_name_reads_as_an_apposition():
    """"The president of the Paraguayan Senate, X, said": the post up to the comma, opened by "the" (not the "the"
    after "of"), read as ``_apposition`` reads it after a name; a private body's post is no official's."""
    words = ["The", "president", "of", "the", "Paraguayan", "Senate", ",", "Pavel", "Dorn", ",", "said"]
    pos = ["DET", "NOUN", "ADP", "DET", "ADJ", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
    ents = ["O", "O", "O", "O", "B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    found = titles_after.apposition_before_comma(make(words, pos=pos, ents=ents), 7)
    assert found is not None and (found.start, found.title.role) == (1, "President")
    words[1], words[4:6], pos[4:6], ents[4] = "head", ["oil", "company"], ["NOUN", "NOUN"], "O"
    found = titles_after.apposition_before_comma(make(words, pos=pos, ents=ents), 7)
    assert found is None
    no_comma = make(["The", "president", "of", "the", "Senate", "Pavel", "Dorn"],
                    pos=["DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN"])
    assert titles_after.apposition_before_comma(no_comma, 5) is None


def test_titles_after_a_post_for_a_principal_before_a_comma_and_a_name_reads_as_an_apposition():
    """"A spokesman for the Paraguayan Senate, X, said": "a" opens the post as "the" does (comma-post-determiners),
    and "for" ties it to its body as "of" does (comma-post-links); a post with neither word is no such post."""
    words = ["A", "spokesman", "for", "the", "Paraguayan", "Senate", ",", "Pavel", "Dorn", ",", "said"]
    pos = ["DET", "NOUN", "ADP", "DET", "ADJ", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
    ents = ["O", "O", "O", "O", "B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    found = titles_after.apposition_before_comma(make(words, pos=pos, ents=ents), 7)
    assert found is not None and (found.start, found.title.role) == (1, "Spokesman")
    words[2], pos[2] = "with", "ADP"
    assert titles_after.apposition_before_comma(make(words, pos=pos, ents=ents), 7) is None


def test_titles_comma_title_after_a_speech_verb_needs_no_country():
    """'"…," said Home Affairs Minister, Kembo Tadi.': a speech verb opens a title set off by a comma before a name
    with no country, as it does one with a country ("said White House spokeswoman, X")."""
    words = ["\"", "said", "Home", "Affairs", "Minister", ",", "Kembo", "Tadi", "."]
    pos = ["PUNCT", "VERB", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    lemmas = ["\"", "say", "Home", "Affairs", "Minister", ",", "Kembo", "Tadi", "."]
    found = titles.title_before_comma(Doc(NLP.vocab, words=words, pos=pos, lemmas=lemmas), 6)
    assert found is not None and (found.start, found.title.role, found.country) == (2, "Home Affairs Minister", None)
    pos[1], lemmas[1], words[1] = "NOUN", "talk", "talks"  # no speech verb, no country: no title
    assert titles.title_before_comma(Doc(NLP.vocab, words=words, pos=pos, lemmas=lemmas), 6) is None


def test_titles_after_a_ranked_party_leader_is_no_leader():
    """", the deputy leader of the Democratic Unionist Party,": the party's deputy (a party post), not its Leader
    (``ranked_titles`` keeps the id of "leader"); ", the leader of …" stays the Leader."""
    words = ["Nora", "Dunn", ",", "the", "deputy", "leader", "of", "the", "Democratic", "Unionist", "Party", ",",
             "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"]
    title, _, _ = titles_after.title_after(make(words, pos=pos), 2)
    assert title is not None and (title.role, title.kind) == ("Deputy Leader", "party")
    del words[4], pos[4]
    title, country, _ = titles_after.title_after(make(words, pos=pos), 2)
    assert title is not None and (title.role, title.kind, country) == ("Leader", "party", "GB")


def test_rolehome_private_posts_and_senate_home():
    from types import SimpleNamespace

    from kg.extract.rolehome import private_posts, senate_home
    from kg.model import Evidence, Person, RoleFact
    text = "director Ana Lind, Director of Policy for Ana Lind"
    at = SimpleNamespace(doc=SimpleNamespace(text=text))
    ev = Evidence("t", text, 0, 0, 17, "role:title-name")
    director = RoleFact(Person("Ana Lind", "Ana Lind"), "Director", None, ev)
    (found,) = private_posts(at, [director])
    assert (found.scope, found.evidence.rule) == ("nonpolitical", "role:title-name+private-post")
    assert private_posts(at, [replace(director, country="KE")])[0].scope == "national"  # the text's country
    assert private_posts(at, [replace(director, role="Foreign Minister")])[0].scope == "national"  # no company title
    senator = RoleFact(director.person, "Senator", "US", ev)  # the same person holds a political post
    assert private_posts(at, [director, senator])[0].scope == "national"
    assert private_posts(at, [director, replace(senator, status="former")])[0].scope == "nonpolitical"
    whole = replace(director, evidence=replace(ev, start=19, end=len(text)))  # "Director of Policy for X"
    assert private_posts(at, [whole])[0].scope == "national"
    for role in ("Secretary-General", "General Secretary"):  # "X, the general secretary of UNISON"
        assert private_posts(at, [replace(director, role=role)])[0].scope == "nonpolitical"
        assert private_posts(at, [replace(director, role=role, country="ZW")])[0].scope == "national"  # placed
    senator = RoleFact(Person("Tom Reed", "Tom Reed"), "Senator", None, ev)

    def ctx(*names):
        words = [w for n in names for w in (n, "and")][:-1]
        ents = ["O" if w == "and" else "B-GPE" for w in words]
        return SimpleNamespace(doc=make(words, ents=ents), article=SimpleNamespace(title=None))
    peru = ctx("Peru", "Peru")  # an article about Peru: its country would go to a post the text places nowhere
    for sentence, kept in (("the CMA president Ana Lind said", False), ("the President Ana Lind said", True)):
        lower = RoleFact(director.person, "President", None, Evidence("t", sentence, 0, 4, 25, "role:title-name"))
        assert (private_posts(peru, [lower])[0].scope == "national") is kept  # wordlist lowercase-private-titles
        assert private_posts(peru, [replace(lower, country="PE")])[0].scope == "national"  # a country of the text
        assert private_posts(ctx("and"), [lower])[0].scope == "national"  # no country of the article to keep from it
    for sentence in ("the vice president of women and family affairs Ana Lind said",  # lowercase-portfolio-ends
                     "Ana Lind, the country's vice president, said"):  # home-nouns: the article's own
        start = sentence.index("vice") if sentence.startswith("the") else 0  # title-name, or an apposition's name
        end = sentence.index("Lind") + 4
        kept = RoleFact(director.person, "Vice President", None, Evidence("t", sentence, 0, start, end, "r"))
        assert private_posts(peru, [kept])[0].scope == "national"
    appos = Evidence("t", "Ana Lind, a vice president at Foo Corp, said", 0, 0, 8, "role:apposition")
    vice = RoleFact(director.person, "Vice President", None, appos)  # the title after the name
    assert private_posts(peru, [vice])[0].scope == "nonpolitical"
    (found,) = senate_home(ctx("China", "China", "China", "Canada"), [senator])
    assert (found.country, found.evidence.rule) == ("CA", "role:title-name+country-with-senate")
    assert senate_home(ctx("Italy", "Italy", "Canada"), [senator])[0].country is None  # Italy has a senate
    assert senate_home(ctx("China", "China"), [senator])[0].country is None  # no country with a senate named
    assert senate_home(ctx("Canada"), [senator])[0].country is None  # no country of the article: left to the text
    assert senate_home(ctx("China", "China", "Canada"), [replace(senator, country="AU")])[0].country == "AU"


def test_titles_comma_title_opens_a_clause_after_a_subordinator():
    """Pattern article-clause-opener: "that", "when", "but" … open the clause whose subject is a title set off by
    commas; an "and" after a place joins no clause."""
    words = ["Reports", "say", "that", "Peru", "'s", "Deputy", "Prime", "Minister", ",", "Ana", "Lind", ",", "will",
             "resign"]
    ents = ["O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O"]
    found = titles.title_before_comma(make(words, ents=ents), 9)
    assert found is not None and (found.title.role, found.country) == ("Deputy Prime Minister", "PE")
    words = ["talks", "in", "Lima", "and", "Peru", "'s", "Deputy", "Prime", "Minister", ",", "Ana", "Lind", ",", "ended"]
    ents = ["O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"]
    assert titles.title_before_comma(make(words, ents=ents), 10) is None


def test_titles_comma_title_after_a_status_or_level_word():
    """Patterns title-comma-word ("acting") and title-comma-level ("federal"): the title set off by commas opens
    the sentence past them."""
    words = ["Federal", "Industry", "Minister", ",", "Ana", "Lind", ",", "said"]
    pos = ["ADJ", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
    found = titles.title_before_comma(make(words, pos=pos), 4)
    assert found is not None and found.title.role == "Industry Minister"
    found = titles.title_before_comma(make(["But", "acting", "Prime", "Minister", ",", "Ana", "Lind", ",", "said"]), 5)
    assert found is not None and found.title.role == "Prime Minister"
    words = ["But", "the", "poll", "of", "Prime", "Minister", ",", "Ana", "Lind", ",", "fell"]
    assert titles.title_before_comma(make(words), 7) is None  # "of" before the title: no clause opens there
    found = titles.title_before_comma(make(["One", "senator", ",", "Ana", "Lind", ",", "said"]), 3)
    assert found is not None and found.title.role == "Senator"  # pattern article: "one" opens it as "a" does
    assert titles.title_before_comma(make(["the", "poll", "senator", ",", "Ana", "Lind", ",", "said"]), 4) is None


def test_spokes_public_body_without_a_country_makes_an_official():
    """"X, a spokesman for the Foreign Affairs Ministry": a capitalised public body (``org_words.tsv``) after a bare
    spokesperson's "for" makes a state's official whose country the article gives (spokes.body_after); a private
    body makes none."""
    from kg import lexicon
    title = lexicon.title_index()["spokesman"]
    words = ["Ana", "Lind", ",", "a", "spokesman", "for", "the", "Foreign", "Affairs", "Ministry", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"]
    found = spokes.body_after(make(words, pos=pos), 5, title)
    assert found is not None and (found[0].kind, found[1]) == (spokes.OFFICIAL, None)
    words[7:10] = ["Smith", "Family", "Foundation"]
    assert spokes.body_after(make(words, pos=pos), 5, title) is None


def test_mentions_spokesperson_with_a_state_after_the_name_is_an_official():
    """"Spokeswoman X of the US Department of State": the country after the name makes the bare spokesperson that
    state's official (spokes.official_kind); a private body after "of" leaves the title bare."""
    words = ["Spokeswoman", "Ana", "Kerr", "of", "the", "US", "Department", "of", "State", "said"]
    pos = ["PROPN", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "ADP", "PROPN", "VERB"]
    ents = ["O", "B-PERSON", "I-PERSON", "O", "O", "B-GPE", "O", "O", "O", "O"]
    assert [(m.role, m.country, m.title_kind) for m in named_mentions(make(words, pos, ents))] == \
        [("Spokeswoman", "US", spokes.OFFICIAL)]
    words, ents = words[:5] + ["Smith", "Foundation", "said"], ents[:5] + ["O", "O", "O"]
    assert [(m.country, m.title_kind) for m in named_mentions(make(words, pos[:8], ents))] == [(None, spokes.SPOKES)]


def test_roles_spokesperson_for_a_person_before_the_comma_takes_the_principals_country():
    """"A spokesman for Haddad, Tariq Khan, denied it" (rule title-comma-post-of) as "Tariq Khan, a spokesman for
    Haddad": the country of the head the article names (roles._served_country)."""
    from kg.extract import roles
    from kg.extract.mentions import Mention
    words = ["Pakistani", "President", "Omar", "Haddad", "spoke", ".", "A", "spokesman", "for", "Haddad", ",", "Tariq",
             "Khan", ",", "denied", "it"]
    tags = ["JJ", "NNP", "NNP", "NNP", "VBD", ".", "DT", "NN", "IN", "NNP", ",", "NNP", "NNP", ",", "VBD", "PRP"]
    head = Mention(2, 4, "Omar Haddad", "name", role="President", country="PK", title_kind="head", rule="title-name",
                   span_start=0, span_end=4)
    spoke = Mention(11, 13, "Tariq Khan", "name", role="Spokesman", title_kind=spokes.SPOKES,
                    rule="title-comma-post-of", span_start=6, span_end=13)
    ms = [head, Mention(9, 10, "Haddad", "name", span_start=9, span_end=10), spoke]
    assert roles._served_country(_possessor_ctx(words, tags, ms), spoke) == "PK"
    untitled = [Mention(2, 4, "Omar Haddad", "name", span_start=2, span_end=4), ms[1], spoke]
    assert roles._served_country(_possessor_ctx(words, tags, untitled), spoke) is None


def test_titles_bare_military_ranks_are_title_rows():
    """"Brigadier X", "Colonel Y", "Lieutenant-Colonel Z", "Air Marshal W" are ranks like "General" and "Admiral"
    (rows of titles.tsv, ``rank-titles``), no longer honorifics skipped in front of the name; the country before them
    is theirs. "Commodore" stays an honorific ("the Commodore Ballroom" is a venue)."""
    pos = ["ADJ", "PROPN", "PROPN", "PROPN", "VERB"]
    for words, role, country in ((["Finnish", "Brigadier", "Olli", "Rask", "said"], "Brigadier", "FI"),
                                 (["British", "Colonel", "Tom", "Reed", "said"], "Colonel", "GB"),
                                 (["the", "Lieutenant", "-", "Colonel", "Dan", "Fisk", "said"],
                                  "Lieutenant Colonel", None),
                                 (["Air", "Marshal", "Pete", "Moyo", "said"], "Air Marshal", None)):
        found = titles.title_before(make(words, pos=["PROPN"] * (len(words) - 3) + pos[2:]), len(words) - 3)
        assert found is not None and (found.title.role, found.title.kind, found.country) == \
            (role, "military", country), words
    found = titles.title_before(make(["the", "Commodore", "Tom", "Reed", "said"], pos=["DET"] + pos[1:]), 2)
    assert found is None


def test_roles_a_rank_beside_a_civil_post_is_a_style_and_retired_is_former():
    from kg.extract.roles import _rank_style
    from kg.model import Evidence, Person, RoleFact

    ev = Evidence("t", "s", 0, 0, 1, "role:title-name")
    person = Person("Ali Rao", "Ali Rao")
    civil = {(r, "LY"): RoleFact(person, r, "LY", ev) for r in ("Leader", "Colonel")}
    assert _rank_style("Colonel", civil) and _rank_style("Brigadier", civil)  # "Colonel X, the Libyan leader"
    spokes = {("Military Spokesman", None): RoleFact(person, "Military Spokesman", None, ev)}
    assert not _rank_style("Lieutenant Colonel", spokes)  # a spokesman is no civil post: the rank is listed too
    doc = make(["retired", "Colonel", "Ian", "Black", "said"], pos=["ADJ", "PROPN", "PROPN", "PROPN", "VERB"])
    assert rule_marks(doc).has("former", 0)  # pattern status-formerly: "retired General X" holds no post


def test_titles_country_before_a_party_label_before_a_members_title():
    """"Canadian Liberal MP X", "German Social Democrat lawmaker Y": the country before the party's label words is
    the member's (appositions.polity_before_label, title kinds ``party-member-kinds``); not a place the label words
    continue ("British Columbia MP Z" is Canadian), nor a post of another kind ("Canadian Liberal spokesman W")."""
    words = ["Canadian", "Liberal", "MP", "Dana", "Whit", "said"]
    pos = ["ADJ", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"]
    ents = ["B-NORP", "B-NORP", "O", "B-PERSON", "I-PERSON", "O"]
    found = titles.title_before(make(words, pos, ents), 3)
    assert found is not None and (found.start, found.title.role, found.country) == (0, "Member of Parliament", "CA")
    words = ["German", "Social", "Democrat", "lawmaker", "Jens", "Haus", "said"]
    found = titles.title_before(make(words, ["ADJ", "PROPN", "PROPN", "NOUN", "PROPN", "PROPN", "VERB"],
                                     ["B-NORP", "I-NORP", "B-NORP", "O", "B-PERSON", "I-PERSON", "O"]), 4)
    assert found is not None and (found.title.role, found.country) == ("Lawmaker", "DE")
    words = ["British", "Columbia", "MP", "Dan", "Fisk", "said"]
    found = titles.title_before(make(words, pos, ["B-GPE", "I-GPE", "O", "B-PERSON", "I-PERSON", "O"]), 3)
    assert found is not None and found.country == "CA"  # the province's (region_before), not Britain's
    words = ["Canadian", "Liberal", "spokesman", "Dan", "Fisk", "said"]
    found = titles.title_before(make(words, ["ADJ", "PROPN", "NOUN", "PROPN", "PROPN", "VERB"], ents), 3)
    assert found is None or found.country is None


def test_titles_predicate_in_a_relative_clause_after_a_comma():
    """"X, who became prime minister in March," and "Y, who took office as president," give the title as the
    predicate after "X" does (titles_after.title_predicate past ", who"); ", who the President called" does not."""
    doc = make(["Ana", "Kerr", ",", "who", "became", "prime", "minister", "in", "March", ",", "met", "him"],
               pos=["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT", "VERB", "PRON"])
    title, _, rule = titles_after.title_predicate(doc, 2)
    assert title is not None and (title.role, rule) == ("Prime Minister", "predicate")
    doc = make(["Tom", "Reed", ",", "who", "took", "office", "as", "president", ",", "spoke"],
               pos=["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "NOUN", "ADP", "NOUN", "PUNCT", "VERB"])
    assert titles_after.title_predicate(doc, 2)[0].role == "President"
    doc = make(["Paul", "Grant", ",", "who", "the", "President", "called", ",", "came"],
               pos=["PROPN", "PROPN", "PUNCT", "PRON", "DET", "PROPN", "VERB", "PUNCT", "VERB"])
    assert titles_after.title_predicate(doc, 2)[0] is None


def test_rolestatus_relative_clause_that_left_the_post_is_a_past_holder():
    """", who became president in 1990 and left in 1995," (pattern left-office-conjoined-left, its subject the
    relative "who" after the name's comma): a past holder; "and left for Paris" is a journey, not a departure."""
    from kg.extract.rolestatus import left_office
    words = ["Luis", "Vega", ",", "who", "became", "president", "in", "1990", "and", "left", "in", "1995", ",", "spoke"]
    heads = [1, 13, 1, 4, 1, 4, 4, 6, 4, 4, 9, 10, 1, 13]
    deps = ["compound", "nsubj", "punct", "nsubj", "relcl", "attr", "prep", "pobj", "cc", "conj", "prep", "pobj",
            "punct", "ROOT"]
    pos = ["PROPN", "PROPN", "PUNCT", "PRON", "VERB", "NOUN", "ADP", "NUM", "CCONJ", "VERB", "ADP", "NUM", "PUNCT",
           "VERB"]
    tags = ["NNP", "NNP", ",", "WP", "VBD", "NN", "IN", "CD", "CC", "VBD", "IN", "CD", ",", "VBD"]
    lemmas = [w.lower() for w in words]
    lemmas[9], lemmas[4] = "leave", "become"
    doc = Doc(NLP.vocab, words=words, pos=pos, tags=tags, lemmas=lemmas, heads=heads, deps=deps)
    assert left_office(doc, 0, 2)
    words[10:12], lemmas[10:12] = ["for", "Paris"], ["for", "paris"]
    doc = Doc(NLP.vocab, words=words, pos=pos, tags=tags, lemmas=lemmas, heads=heads, deps=deps)
    assert not left_office(doc, 0, 2)

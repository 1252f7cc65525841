"""Status and scope of roles on hand-built Docs (no statistical model), and the guide's rule for which roles are
listed, the same in Python (``kg.extract.rolestatus.listed``) and in SPARQL (``queries/roles.rq``).
Sentences are written for these tests."""

from __future__ import annotations

from dataclasses import replace

import datetime as dt
import itertools

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract import titles, titles_after
from kg.extract.rolecountry import takes_home
from kg.extract.rolestatus import (
    listed,
    ousted,
    party_after,
    party_post,
    past_period,
    role_scope,
    role_status,
    status_after,
    status_before,
)
from kg.model import ROLE_SCOPES, ROLE_STATUSES, Article, ArticleFacts, Evidence, Person, RoleFact

NLP = spacy.blank("en")


def make(words, pos=None, tags=None, ents=None):
    return Doc(NLP.vocab, words=words, pos=pos, tags=tags, ents=ents)


@pytest.mark.parametrize("words, start, expected", [
    (["former", "President", "Ann", "Lee", "spoke"], 1, "former"),
    (["the", "late", "King", "Omar"], 2, "former"),
    (["the", "ex", "-", "minister", "Bo", "Kim"], 3, "former"),
    (["then", "-", "Senator", "Bo", "Kim"], 2, "former"),
    (["deposed", "president", "Bo", "Kim"], 1, "former"),
    (["Ousted", "emergencies", "minister", "Bo", "Kim"], 1, "former"),
    (["acting", "President", "Ann", "Lee"], 1, "acting"),
    (["the", "interim", "Prime", "Minister", "Ann", "Lee"], 2, "acting"),
    (["caretaker", "premier", "Ann", "Lee"], 1, "acting"),
    (["incoming", "Prime", "Minister", "Ann", "Lee"], 1, "elect"),
    (["He", "met", "the", "President", "Ann", "Lee"], 3, "current"),
    (["President", "Ann", "Lee"], 0, "current"),
])
def test_rolestatus_status_before_title(words, start, expected):
    assert status_before(make(words), start) == expected


@pytest.mark.parametrize("words, start, expected", [
    (["deposed", "president", "Bo", "Kim"], 1, True),
    (["Ousted", "caretaker", "Prime", "Minister", "Bo", "Kim"], 2, True),
    (["the", "toppled", "Iraqi", "President", "Bo", "Kim"], 3, True),
    (["former", "president", "Bo", "Kim"], 1, False),  # former, but not removed: another mention may hold the post
    (["the", "ousted", "army", "chief", "met", "President", "Bo", "Kim"], 5, False),  # too far before the title
])
def test_rolestatus_ousted_before_title(words, start, expected):
    assert ousted(make(words), start) is expected


def test_rolestatus_status_before_looks_past_adjectives():
    words = ["former", "anti", "-", "war", "Lebanese", "Prime", "Minister", "Ann", "Lee"]
    pos = ["ADJ", "ADJ", "PUNCT", "ADJ", "ADJ", "PROPN", "PROPN", "PROPN", "PROPN"]
    assert status_before(make(words, pos=pos), 5) == "former"
    assert status_before(make(words[1:], pos=pos[1:]), 4) == "current"


@pytest.mark.parametrize("words, end, expected", [
    (["Ann", "Lee", ",", "the", "former", "foreign", "minister", ",", "said"], 2, "former"),
    (["Ann", "Lee", ",", "who", "was", "foreign", "minister", ",", "said"], 2, "former"),
    (["Ann", "Lee", "had", "been", "ambassador"], 2, "former"),
    (["Ann", "Lee", ",", "the", "acting", "governor", ",", "said"], 2, "acting"),
    (["Ann", "Lee", "(", "58", ")", ",", "the", "former", "trade", "minister", ",", "lost"], 2, "former"),  # past an age
    (["Ann", "Lee", ",", "who", "is", "the", "minister", ",", "said"], 2, "current"),
    (["Ann", "Lee", "said", "he", "was", "tired"], 2, "current"),
    (["Ann", "Lee", "was", "president", "in", "2006"], 2, "current"),  # a bare "was": the narrative's tense
])
def test_rolestatus_status_after_name(words, end, expected):
    assert status_after(make(words), end) == expected


@pytest.mark.parametrize("role, status, expected", [
    ("President-elect", "current", "elect"), ("Prime Minister-designate", "current", "elect"),
    ("President", "current", "current"), ("President-elect", "former", "former"),
])
def test_rolestatus_elect_titles(role, status, expected):
    assert role_status(role, status) == expected


@pytest.mark.parametrize("words, t_start, expected", [
    (["Labour", "Party", "chairman", "Ann", "Lee"], 2, True),
    (["the", "party", "'s", "general", "secretary", "Ann", "Lee"], 3, True),
    (["Energy", "Minister", "Ann", "Lee"], 0, False),
])
def test_rolestatus_party_post(words, t_start, expected):
    tags = ["POS" if w == "'s" else "NN" for w in words]
    assert party_post(make(words, tags=tags), t_start) is expected


@pytest.mark.parametrize("words, expected", [
    (["of", "the", "Libertarian", "Party", ","], True),
    (["of", "the", "Democratic", "National", "Committee"], True),
    (["of", "the", "Energy", "Institute"], False),
    (["of", "Kenya"], False),
])
def test_rolestatus_party_after_title(words, expected):
    assert party_after(make(words), 0) is expected


@pytest.mark.parametrize("role, kind, country, expected", [
    ("Chief Executive Officer", "nonpolitical", None, "nonpolitical"),
    ("Cardinal", "cleric", "VA", "nonpolitical"),
    ("Leader of the Labour Party", "legislator", "GB", "party"),
    ("Chairman", "party", None, "party"),
    ("Deputy Leader", "legislator", "AU", "party"),  # a party's deputy leader: a party post, not listed
    ("Secretary-General", "org-head", "UN", "international"),
    ("Governor", "subnational", "US", "subnational"),
    ("Justice", "judge", "US", "national"),
    ("Ambassador", "envoy", "US", "national"),
])
def test_rolestatus_scope_from_kind_and_country(role, kind, country, expected):
    assert role_scope(role, kind, country) == expected


def _fact(name, role, country, status="current", scope="national"):
    return RoleFact(Person(name, name), role, country, Evidence("a", "s", 0, 0, 1, "r"), status, scope)


def test_roles_bare_rank_is_a_style_beside_a_civil_post():
    from kg.extract.roles import _prune
    general, president = _fact("Ahmed Karimi", "General", None), _fact("Ahmed Karimi", "President", "XX")
    assert _prune({("General", None): general, ("President", "XX"): president}) == [president]
    assert _prune({("General", None): general}) == [general]  # no other post: the rank is listed
    army = _fact("Ahmed Karimi", "Army Chief", "XX")  # a military post keeps the rank beside it
    assert _prune({("General", None): general, ("Army Chief", "XX"): army}) == [general, army]
    old = _fact("Ahmed Karimi", "President", "XX", status="former")  # a former post does not style him
    assert _prune({("General", None): general, ("President", "XX"): old}) == [general, old]


def test_roles_context_country_not_for_a_second_holder_or_a_company_post():
    maliki, blair = _fact("Nouri Maliki", "Prime Minister", "IQ"), _fact("Tony Blair", "Prime Minister", None)
    ceo = _fact("John Carter", "President", None, scope="nonpolitical")
    minister = _fact("Ali Hassan", "Oil Minister", None)
    facts = [maliki, blair, ceo, minister]
    assert not takes_home(blair, "IQ", facts) and not takes_home(ceo, "IQ", facts)
    assert takes_home(minister, "IQ", facts) and takes_home(blair, "GB", facts)
    former_pm = _fact("Ayad Allawi", "Prime Minister", "IQ", status="former")
    assert takes_home(blair, "IQ", [former_pm, blair])  # a former holder leaves the post free
    acting = _fact("Ali Allawi", "Prime Minister", None, status="acting")
    assert takes_home(acting, "IQ", facts)  # an acting holder beside the holder
    assert not takes_home(_fact("Bill Clinton", "President", None, status="former"), "IQ", facts)
    deputy = _fact("Salim Aziz", "Deputy Prime Minister", "IQ")  # several deputies hold the post at a time
    assert takes_home(_fact("Omar Saleh", "Deputy Prime Minister", None), "IQ", [deputy])


def test_roles_context_country_for_one_of_several_provincial_premiers():
    state = _fact("Lars Holm", "Premier", "AU", scope="subnational")  # "Queensland Premier Lars Holm"
    lind, reed = _fact("Eva Lind", "Premier", None), _fact("Tom Reed", "Premier", None)
    facts = [state, lind, reed]
    assert takes_home(lind, "AU", facts) and takes_home(reed, "AU", facts + [replace(lind, country="AU")])
    assert not takes_home(lind, "GR", [_fact("Nikos Karalis", "Premier", "GR"), lind])  # a national Premier
    wen = _fact("Wen Jiabo", "Premier", "CN")  # China's head of government is its Premier: one at a time
    assert not takes_home(_fact("Li Peng", "Premier", None), "CN", [wen])
    pm = _fact("Mark Hale", "Prime Minister", "AU", scope="subnational")  # a state's holder leaves the post free
    assert takes_home(_fact("Ian Ross", "Prime Minister", None), "AU", [pm])


def test_titles_head_of_a_countrys_body_gives_the_country():
    words = ["Qasem", "Soleimani", ",", "the", "head", "of", "Iran", "'s", "Quds", "Force", ",", "died"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "O"]
    tags = ["NNP", "NNP", ",", "DT", "NN", "IN", "NNP", "POS", "NNP", "NNP", ",", "VBD"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "NOUN", "ADP", "PROPN", "PART", "PROPN", "PROPN", "PUNCT", "VERB"]
    doc = make(words, pos=pos, tags=tags, ents=ents)
    title, country, rule = titles_after.title_after(doc, 2)  # the head of a state body is an official (head_of_body)
    assert (title.role, country, rule) == ("Head", "IR", "apposition")


def test_titles_envoy_posted_to_keeps_his_own_country():
    words = ["US", "Ambassador", "to", "Japan", "Rahm", "Emanuel", "spoke"]
    pos = ["PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB"]
    found = titles.title_before(make(words, pos=pos), 4)
    assert found is not None and (found.start, found.title.role, found.country) == (0, "Ambassador", "US")


@pytest.mark.parametrize("words, role", [
    (["Chief", "Justice", "Ann", "Lee"], "Chief Justice"),
    (["Associate", "Justice", "Ann", "Lee"], "Associate Justice"),
    (["Supreme", "Court", "Justice", "Ann", "Lee"], "Supreme Court Justice"),
    (["District", "Judge", "Ann", "Lee"], "District Judge"),
    (["Chief", "Election", "Commissioner", "Ann", "Lee"], "Chief Election Commissioner"),
    (["Embassy", "spokesperson", "Ann", "Lee"], "Embassy Spokesperson"),
    (["fire", "service", "spokesman", "Ann", "Lee"], "Fire Service Spokesman"),
    (["police", "press", "officer", "Ann", "Lee"], "Police Press Officer"),
    (["Prime", "Minister", "-", "designate", "Ann", "Lee"], "Prime Minister-designate"),
])
def test_titles_officials_below_minister_level(words, role):
    found = titles.title_at(make(words), 0)
    assert found is not None and found[1].role == role


def test_rolestatus_listed_matches_roles_query(memory_store):
    """Every status × scope through RDF: roles.rq lists exactly the facts ``listed`` keeps, with their status;
    former_roles.rq the former ones; affiliations.rq the current posts that are not listed."""
    from kg.query import run as run_query

    combos = list(itertools.product(ROLE_STATUSES, ROLE_SCOPES, ("Minister", "Leader of the Green Party")))
    facts = tuple(_fact(f"P{i}", role, "GB", status, scope) for i, (status, scope, role) in enumerate(combos))
    store = memory_store([ArticleFacts(Article("a", "x"), roles=facts)])
    got = {(r["person"], r["status"]) for r in run_query(store, "roles").rows}
    assert got == {(f.person.name, f.status) for f in facts if listed(f.status, f.scope, f.role)}
    former = {r["person"] for r in run_query(store, "former_roles").rows}
    assert former == {f.person.name for f in facts if f.status == "former"}
    other = {r["person"] for r in run_query(store, "affiliations").rows}
    assert other == {f.person.name for f in facts if f.status != "former" and not listed(f.status, f.scope, f.role)}


def test_roles_query_lists_only_placed_posts(memory_store):
    """The guide gives every role a country or organisation: a post neither the text nor the dictionary places
    ("President Webb" of a speech about 1870, "the college's President X") is no row of roles.rq, though the graph
    keeps it."""
    from kg.query import run as run_query

    facts = (_fact("Ann Lee", "President", "KE"), _fact("Hal Webb", "President", None),
             _fact("Una Moss", "Secretary-General", "UN", scope="international"))
    store = memory_store([ArticleFacts(Article("a", "x"), roles=facts)])
    assert {r["person"] for r in run_query(store, "roles").rows} == {"Ann Lee", "Una Moss"}


def test_evaluate_scores_only_the_listed_roles(memory_store, tmp_path):
    """kg evaluate reads roles through roles.rq: a former holder or a company post is neither a hit nor a miss."""
    import json

    from kg import evaluate as ev
    from kg.query import run as run_query

    facts = (_fact("Ann Lee", "President", "KE"), _fact("Bo Kim", "President", "KE", status="former"),
             _fact("Cy Ray", "President", None, scope="nonpolitical"),
             _fact("Di Fox", "Chairman", "KE", scope="party"))
    store = memory_store([ArticleFacts(Article("a", "x"), roles=facts)])
    (tmp_path / "a.json").write_text(json.dumps({"article": "a", "roles": [
        {"person": "Ann Lee", "role": "President", "country": "KE"}], "meetings": [], "events": [], "quotes": []}))
    rows = {name: list(run_query(store, name).rows) for name in ev.queries()}
    report = ev.score(ev.load_gold(tmp_path), ev.predictions_from_rows(rows))
    roles = report.relations["roles"]
    assert (roles.extracted, roles.correct, roles.expected, roles.found) == (1, 1, 1, 1)


def test_roles_dictionary_term_ended_makes_a_former_holder():
    import datetime as dt

    from kg.actors import Actor, Term
    from kg.extract.people import Entity
    from kg.extract.roles import dictionary_status

    ent = Entity(0, ("ann", "lee"), "Ann Lee", actor=Actor("a", "Ann Lee", None, (), (
        Term("President", "KE", dt.date(2001, 1, 1), dt.date(2005, 1, 1)),)))
    assert dictionary_status(ent, "President", "KE", dt.date(2010, 1, 1), "current") == "former"
    assert dictionary_status(ent, "President", "KE", dt.date(2003, 1, 1), "current") == "current"
    assert dictionary_status(ent, "Foreign Minister", "KE", dt.date(2010, 1, 1), "current") == "current"
    assert dictionary_status(ent, "President", "KE", dt.date(2010, 1, 1), "acting") == "acting"


def test_roles_dictionary_term_closed_by_a_converted_source_is_no_end():
    import datetime as dt

    from kg.actors import CONVERTED_SOURCE_END, Actor, Term
    from kg.extract.people import Entity
    from kg.extract.roles import dictionary_status

    term = Term("President", "SS", dt.date(2011, 7, 9), CONVERTED_SOURCE_END)
    converted = Entity(0, ("sam", "kur"), "Sam Kur", actor=Actor("a", "Sam Kur", None, (), (term,), "petrarch2/x"))
    assert dictionary_status(converted, "President", "SS", dt.date(2018, 6, 27), "current") == "current"
    # a hand-checked entry's end on that day, and a converted term's earlier end, are known ends
    hand = Entity(0, ("sam", "kur"), "Sam Kur", actor=Actor("a", "Sam Kur", None, (), (term,)))
    assert dictionary_status(hand, "President", "SS", dt.date(2018, 6, 27), "current") == "former"
    early = Term("President", "SS", dt.date(2011, 7, 9), dt.date(2015, 1, 1))
    ended = Entity(0, ("sam", "kur"), "Sam Kur", actor=Actor("a", "Sam Kur", None, (), (early,), "petrarch2/x"))
    assert dictionary_status(ended, "President", "SS", dt.date(2018, 6, 27), "current") == "former"


def test_rolestatus_status_before_looks_past_a_place_or_body():
    words = ["with", "former", "NSW", "Premier", "Bo", "Kim"]
    ents = ["O", "O", "B-ORG", "O", "B-PERSON", "I-PERSON"]
    assert status_before(make(words, ents=ents), 3) == "former"
    assert status_before(make(words[2:], ents=ents[2:]), 1) == "current"


@pytest.mark.parametrize("words, pos, start, role", [
    (["Railway", "Minister", "Bo", "Kim"], ["PROPN", "PROPN", "PROPN", "PROPN"], 0, "Railway Minister"),
    (["Veterans", "Affairs", "minister", "Bo", "Kim"], ["PROPN", "PROPN", "NOUN", "PROPN", "PROPN"], 0,
     "Veterans Affairs Minister"),
    (["Cabinet", "Minister", "Bo", "Kim"], ["PROPN", "PROPN", "PROPN", "PROPN"], 1, "Minister"),
    (["the", "railway", "minister", "Bo", "Kim"], ["DET", "NOUN", "NOUN", "PROPN", "PROPN"], 2, "Minister"),
    # three capitalised words: a party may lead them ("Nationals Veterans Affairs minister"), so no portfolio
    (["Greens", "Veterans", "Affairs", "minister", "Bo", "Kim"], ["PROPN"] * 3 + ["NOUN", "PROPN", "PROPN"], 3,
     "Minister"),
])
def test_titles_capitalised_portfolio_before_minister(words, pos, start, role):
    found = titles.title_before(make(words, pos=pos), len(words) - 2)
    assert found is not None and (found.start, found.title.role) == (start, role)


def test_titles_portfolio_in_apposition_after_country():
    words = ["Bo", "Kim", ",", "Israel", "'s", "Transport", "Minister", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PART", "PROPN", "PROPN", "PUNCT", "VERB"]
    tags = ["NNP", "NNP", ",", "NNP", "POS", "NNP", "NNP", ",", "VBD"]
    title, country, rule = titles_after.title_after(make(words, pos=pos, tags=tags), 2)
    assert (title.role, country, rule) == ("Transport Minister", "IL", "apposition")


def test_titles_status_word_after_and_joins_both_titles():
    words = ["Opposition", "leader", "and", "acting", "President", "Bo", "Kim", "said"]
    extra = titles.more_titles(make(words), 4)
    assert [role for role, _, _ in extra] == ["Opposition Leader"]
    assert titles.more_titles(make(["the", "acting", "President", "Bo", "Kim"]), 2) == []


@pytest.mark.parametrize("words, start, end, after, expected", [
    (["Bo", "Kim", "was", "mayor", "of", "Lyon", "from", "1977", "to", "1995", "."], 0, 2, 10, True),
    (["Bo", "Kim", "was", "mayor", "of", "Lyon", "from", "1977", "to", "2030", "."], 0, 2, 10, False),
    (["in", "the", "eighties", "under", "President", "Bo", "Kim", "."], 4, 7, 3, True),
    (["under", "President", "Bo", "Kim", "in", "the", "1990s", "."], 1, 4, 3, True),
    (["under", "President", "Bo", "Kim", "in", "the", "2020s", "."], 1, 4, 3, False),
    # the year a holding lasted until: past is former, to come is not
    (["Bo", "Kim", ",", "Chad", "'s", "leader", "until", "1990", ".", "He", "spoke"], 0, 2, 10, True),
    (["Bo", "Kim", "will", "be", "governor", "until", "2030", ".", "He", "spoke"], 0, 2, 10, False),
    # the years of another post further on: not this title's
    (["President", "Bo", "Kim", ",", "who", "was", "a", "senator", "from", "1973", "to", "2009", ",", "spoke"],
     0, 3, 3, False),
])
def test_rolestatus_past_period_near_title(words, start, end, after, expected):
    doc = Doc(NLP.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    assert past_period(doc, start, end, after, dt.date(2024, 5, 1)) is expected


def test_titles_city_post_takes_the_citys_country():
    words = ["the", "mayor", "of", "London", ",", "Bo", "Kim", ",", "said"]
    found = titles.title_before_comma(make(words), 5)
    assert found is not None and (found.title.role, found.country) == ("Mayor", "GB")
    title, country, _ = titles_after.title_after(make(["Bo", "Kim", ",", "the", "mayor", "of", "London", ",", "said"]), 2)
    assert (title.role, country) == ("Mayor", "GB")
    words = ["the", "minister", "of", "London", ",", "Bo", "Kim", ",", "said"]  # only a city's own posts
    assert titles.title_before_comma(make(words), 5) is None


def test_rolestatus_status_after_looks_past_a_country_and_then():
    words = ["Bo", "Kim", ",", "Israel", "'s", "acting", "prime", "minister", ",", "said"]
    tags = ["NNP", "NNP", ",", "NNP", "POS", "VBG", "JJ", "NN", ",", "VBD"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O", "O", "O", "O"]
    assert status_after(make(words, tags=tags, ents=ents), 2) == "acting"
    assert status_after(make(["Bo", "Kim", ",", "then", "chancellor", ",", "said"]), 2) == "former"


def test_titles_party_name_before_a_legislators_post_in_apposition():
    words = ["Bo", "Kim", ",", "a", "Labour", "MP", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "DET", "PROPN", "PROPN", "PUNCT", "VERB"]
    title, _, rule = titles_after.title_after(make(words, pos=pos), 2)
    assert (title.role, rule) == ("Member of Parliament", "apposition")
    words = ["Bo", "Kim", ",", "a", "Harvard", "professor", ",", "said"]  # no post of the kinds a party precedes
    assert titles_after.title_after(make(words, pos=pos), 2)[0] is None


def test_titles_us_state_after_name_gives_us():
    words = ["Senator", "Bo", "Kim", "of", "Montana", "said"]
    assert titles_after.title_after(make(words), 3) == (None, "US", "name-of-polity")
    assert titles_after.title_after(make(["Senator", "Bo", "Kim", "of", "Georgia", "said"]), 3)[1] == "GE"


def test_titles_comma_title_after_and_a_named_person():
    words = ["Ann", "Lee", "and", "Rwandan", "President", ",", "Bo", "Kim", "signed"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-NORP", "O", "O", "B-PERSON", "I-PERSON", "O"]
    found = titles.title_before_comma(make(words, ents=ents), 6)
    assert found is not None and (found.title.role, found.country) == ("President", "RW")
    words = ["talks", "and", "Rwandan", "President", ",", "Bo", "Kim", "signed"]  # no person before "and"
    assert titles.title_before_comma(make(words, ents=["O", "O", "B-NORP"] + ["O"] * 5), 5) is None


def test_titles_comma_title_after_a_possessive_country():
    words = ["the", "visit", "of", "Chile", "'s", "ambassador", "to", "Peru", ",", "Bo", "Kim", ",", "left"]
    pos = ["DET", "NOUN", "ADP", "PROPN", "PART", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
    found = titles.title_before_comma(make(words, pos=pos), 9)
    assert found is not None and (found.title.role, found.country) == ("Ambassador", "CL")
    words = ["the", "visit", "of", "ambassador", "to", "Peru", ",", "Bo", "Kim", ",", "left"]  # no possessive
    pos = ["DET", "NOUN", "ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
    assert titles.title_before_comma(make(words, pos=pos), 7) is None
    words = ["the", "wife", "of", "Chile", "'s", "president", ",", "Ana", "Soto", ",", "left"]  # she serves him
    pos = ["DET", "NOUN", "ADP", "PROPN", "PART", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
    assert titles.title_before_comma(make(words, pos=pos), 7) is None
    words = ["Chile", "and", "Peru", "'s", "envoy", ",", "Bo", "Kim", ",", "left"]  # the possessor may be both
    pos = ["PROPN", "CCONJ", "PROPN", "PART", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB"]
    assert titles.title_before_comma(make(words, pos=pos), 6) is None


def test_titles_the_countrys_post_in_apposition():
    words = ["Bo", "Kim", ",", "the", "country", "'s", "president", ",", "said"]
    tags = ["NNP", "NNP", ",", "DT", "NN", "POS", "NN", ",", "VBD"]
    title, country, _ = titles_after.title_after(make(words, tags=tags), 2)
    assert (title.role, country) == ("President", None)


@pytest.mark.parametrize("words, expected", [
    (["the", "resignation", "of", "the", "Defense", "Minister", "Bo", "Kim"], "Defense Minister"),
    (["an", "aide", "to", "the", "President", "Bo", "Kim"], None),
    (["an", "advisor", "to", "the", "President", "Bo", "Kim"], None),
    # a staff title of titles.tsv that names its principal is the person's own title, never "President"
    (["Senior", "Advisor", "to", "the", "President", "Bo", "Kim"], "Senior Advisor to the President"),
])
def test_titles_principal_only_after_someone_serving_him(words, expected):
    found = titles.title_before(make(words), len(words) - 2)
    assert (found.title.role if found else None) == expected


def test_rolestatus_past_period_stops_at_the_appositions_end():
    words = ["Bo", "Kim", ",", "the", "president", ",", "who", "was", "a", "senator", "from", "1973", "to", "2009"]
    doc = Doc(NLP.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    assert past_period(doc, 0, 2, 10, dt.date(2024, 5, 1)) is False
    words = ["Bo", "Kim", ",", "mayor", "of", "Lyon", "from", "1977", "to", "1995", ",", "died"]
    doc = Doc(NLP.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
    assert past_period(doc, 0, 2, 10, dt.date(2024, 5, 1)) is True


def test_titles_rank_word_before_a_title_in_apposition():
    words = ["Bo", "Kim", ",", "deputy", "inspector", "general", "of", "police", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "ADJ", "NOUN", "NOUN", "ADP", "NOUN", "PUNCT", "VERB"]
    title, _, _ = titles_after.title_after(make(words, pos=pos), 2)
    assert title.role == "Deputy Inspector General"
    title, _, _ = titles_after.title_after(make(words[:3] + words[4:], pos=pos[:3] + pos[4:]), 2)
    assert title.role == "Inspector General"



def _parsed(words, heads, deps, pos=None, tags=None, lemmas=None, ents=None):
    return Doc(NLP.vocab, words=words, heads=heads, deps=deps, pos=pos, tags=tags, lemmas=lemmas, ents=ents)


def test_rolestatus_commemorated_subject_of_a_statue_or_memorial():
    from kg.extract.rolestatus import commemorated
    # "a statue of US President Bo Kim": the name hangs from "of" under "statue"
    words = ["a", "statue", "of", "US", "President", "Bo", "Kim"]
    doc = _parsed(words, [1, 1, 1, 6, 6, 6, 2], ["det", "ROOT", "prep", "compound", "compound", "compound", "pobj"],
                  lemmas=["a", "statue", "of", "US", "President", "Bo", "Kim"])
    assert commemorated(doc, 5, 7)
    # "the Memorial featuring President Bo Kim": the object of a depicting verb on the memorial
    words = ["the", "Memorial", "featuring", "President", "Bo", "Kim"]
    doc = _parsed(words, [1, 1, 1, 5, 5, 2], ["det", "ROOT", "acl", "compound", "compound", "dobj"],
                  lemmas=["the", "memorial", "feature", "President", "Bo", "Kim"])
    assert commemorated(doc, 4, 6)
    # "the memorial opened by President Bo Kim": the one who opens it is no subject of it
    words = ["the", "memorial", "opened", "by", "President", "Bo", "Kim"]
    doc = _parsed(words, [1, 1, 1, 2, 6, 6, 3], ["det", "ROOT", "acl", "agent", "compound", "compound", "pobj"],
                  lemmas=["the", "memorial", "open", "by", "President", "Bo", "Kim"])
    assert not commemorated(doc, 5, 7)


def test_rolestatus_left_office_noun_looks_past_a_party_word():
    from kg.extract.rolestatus import left_office
    words = ["the", "death", "of", "Democratic", "Congressman", "Bo", "Kim", "mattered"]
    ents = ["O", "O", "O", "B-NORP", "O", "B-PERSON", "I-PERSON", "O"]
    doc = _parsed(words, [1, 7, 1, 6, 6, 6, 2, 7], ["det", "nsubj", "prep", "amod", "compound", "compound", "pobj",
                                                    "ROOT"], ents=ents)
    assert left_office(doc, 4, 7)
    words = ["calls", "for", "the", "resignation", "of", "Democratic", "Congressman", "Bo", "Kim"]
    ents = ["O", "O", "O", "O", "O", "B-NORP", "O", "B-PERSON", "I-PERSON"]
    doc = _parsed(words, [0, 0, 3, 1, 3, 8, 8, 8, 4], ["ROOT", "prep", "det", "pobj", "prep", "amod", "compound",
                                                       "compound", "pobj"], ents=ents)
    assert not left_office(doc, 6, 9)


def test_rolestatus_died_in_a_who_clause_after_the_name():
    from kg.extract.rolestatus import died
    words = ["President", "Bo", "Kim", ",", "who", "was", "assassinated", "in", "1963", ",", "spoke"]
    tags = ["NNP", "NNP", "NNP", ",", "WP", "VBD", "VBN", "IN", "CD", ",", "VBD"]
    lemmas = ["President", "Bo", "Kim", ",", "who", "be", "assassinate", "in", "1963", ",", "speak"]
    doc = Doc(NLP.vocab, words=words, tags=tags, lemmas=lemmas)
    assert died(doc, 1, 3)
    words[5:7], lemmas[5:7], tags[5:7] = ["did", "not"], ["do", "not"], ["VBD", "RB"]
    doc = Doc(NLP.vocab, words=words[:7] + ["die"], tags=tags[:7] + ["VB"], lemmas=lemmas[:7] + ["die"])
    assert not died(doc, 1, 3)

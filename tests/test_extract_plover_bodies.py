"""Named bodies as PLOVER sources: a state body named by a generic name alone ("the Senate") is of the country
where the event happened or the article is about, one whose name begins with a country's ("New Zealand
Government") of that country (:func:`kg.extract.plover_place.home_bodies`); named agencies of ``agents.tsv`` carry
their own; an organisation keeps the short name the article gives it in brackets at every mention
(:func:`kg.extract.orgnames.short_name`)."""

from __future__ import annotations

import pytest

from kg.extract import plover_actors as pa
from kg.extract.orgnames import short_name
from kg.extract.plover_antecedent import antecedent_bodies
from kg.extract.plover_place import home_bodies
from kg.model import Actor, Article, Person

from test_extract_plover import make_doc


class NoPersons:
    article = Article(id="t", text="")

    def persons_at(self, tok):
        return []

    def titled_at(self, tok):
        return []


# "The Senate rejected the bill ."
REJECTED = [("The", "the", "DET", "DT", "det", 1), ("Senate", "Senate", "PROPN", "NNP", "nsubj", 2),
            ("rejected", "reject", "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
            ("bill", "bill", "NOUN", "NN", "dobj", 2), (".", ".", "PUNCT", ".", "punct", 2)]


def _actors(doc, focus: tuple[str, ...]) -> pa.Actors:
    ents = {i: e for e in doc.ents for i in range(e.start, e.end)}
    return pa.Actors(ctx=NoPersons(), role_country={}, ents=ents, focus=focus)  # type: ignore[arg-type]


def _home(label: str, focus: tuple[str, ...] = ("CL",), **kw) -> Actor:
    doc = make_doc(REJECTED, ents=["O", "B-ORG", "O", "O", "O", "O"])
    return home_bodies(_actors(doc, focus), doc[2], [Actor(label=label, org=kw.pop("org", label), **kw)])[0]


@pytest.mark.parametrize("label, country, sector", [
    ("Senate", "CL", "LEG"),  # agents.tsv: senate, LEG
    ("the Supreme Court", "CL", "JUD"),
    ("Cabinet", "CL", "GOV"),
    ("House", "CL", "LEG"),  # plover-home-body-names: not a noun of agents.tsv ("his house")
    ("New Zealand Government", "NZ", "GOV"),  # the country that begins the name, not the article's
    ("United States Embassy", "US", "GOV"),
    ("Hamas", None, None),  # no generic name: no country of the article's
    ("Workers' Party", None, None),
])
def test_plover_home_bodies_generic_names_take_the_article_country(label, country, sector):
    found = _home(label)
    assert (found.country, found.sector, found.org) == (country, sector, label)


def test_plover_home_bodies_keep_countries_persons_and_need_a_country():
    assert _home("Senate", country="PE").country == "PE"  # its own country first
    person = Person(key="p", name="Ana Senate")
    assert _home("Senate", org=None, person=person).country is None  # a person is no body
    assert _home("Senate", focus=()).country is None  # no place and no country the article is about


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, label, country", [
    ("Protests in Chile grew this week. The Senate rejected the pension bill on Tuesday.", "REJECT", "Senate", "CL"),
    ("The New Zealand Government is to investigate how the secret papers were released.", "ACCUSE",
     "New Zealand Government", "NZ"),
    ("The BND denied all other reports about the operation.", "REJECT", "BND", "DE"),
    # a state noun alone is of the one named before (plover_antecedent), not of the United States
    ("The United States gave money to the Somali government last year. "
     "On Monday the government arrested two journalists in the capital.", "COERCE", "government", "SO"),
    # a release with no agent is by the state that took the captives (plover_sources.detainer)
    ("Two Ruritanian diplomats were detained by Zimbabwean police on Thursday near Harare. "
     "They have now been released.", "RETREAT", "Zimbabwean police", "ZW"),
])
def test_plover_home_bodies_sentences(facts_of, text, kind, label, country):
    found = [e for e in facts_of(text).political_events if e.type == kind]
    assert [(a.label, a.country) for a in found[0].sources] == [(label, country)], text



# "Chile criticised the Senate ."
CRITICISED = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("criticised", "criticise", "VERB", "VBD", "ROOT", 1),
              ("the", "the", "DET", "DT", "det", 3), ("Senate", "Senate", "PROPN", "NNP", "dobj", 1),
              (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_home_bodies_a_target_body_named_alone_is_of_the_article_country(monkeypatch):
    from kg.extract import plover
    from kg.extract import plover_learned as learned
    from kg.extract.context import Context

    monkeypatch.setattr(learned, "typed_sentences", lambda doc, types_of: [])
    doc = make_doc(CRITICISED, ents=["B-GPE", "O", "O", "B-ORG", "O"])
    found = plover.find_political_events(Context(doc, Article("t", doc.text), [], []), [], [])
    assert [(e.type, [(a.label, a.country, a.sector) for a in e.targets]) for e in found] == \
        [("ACCUSE", [("Senate", "CL", "LEG")])]  # the Senate of the country the article is about, as a source


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, label, country", [
    ("Protests in Chile grew this week. Opposition leader Marta Quiroga criticised the Senate for delaying the "
     "pension reform.", "ACCUSE", "Senate", "CL"),
    ("The Peruvian Senate met on Monday. On Tuesday Bolivia criticised the Senate for its remarks.", "ACCUSE",
     "Senate", "PE"),
])
def test_plover_home_bodies_target_sentences(facts_of, text, kind, label, country):
    found = [e for e in facts_of(text).political_events if e.type == kind]
    assert (label, country) in [(a.label, a.country) for a in found[0].targets], text


# "The U.S. House met . The House left ."
NAMED = [("The", "the", "DET", "DT", "det", 2), ("U.S.", "U.S.", "PROPN", "NNP", "compound", 2),
         ("House", "House", "PROPN", "NNP", "nsubj", 3), ("met", "meet", "VERB", "VBD", "ROOT", 3),
         (".", ".", "PUNCT", ".", "punct", 3), ("The", "the", "DET", "DT", "det", 6),
         ("House", "House", "PROPN", "NNP", "nsubj", 7), ("left", "leave", "VERB", "VBD", "ROOT", 7),
         (".", ".", "PUNCT", ".", "punct", 7)]


@pytest.mark.parametrize("label, at, country", [
    ("House", 7, "US"),  # the article named it the U.S. House before: not the country it is about
    ("House", 0, "UA"),  # an event before that mention: the country the article is about
    ("Senate", 7, "UA"),  # never named with a country: the article's
    ("Security Council", 7, None),  # the UN's unless named with a country
])
def test_plover_home_bodies_the_country_the_article_names_the_body_with(label, at, country):
    doc = make_doc(NAMED)
    found = home_bodies(_actors(doc, ("UA",)), doc[at], [Actor(label=label, org=label)])
    assert found[0].country == country


def _bracketed(first: list[str], short: str, later: list[str]):
    """ "<first> ( <short> ) acted . <later> left .": each name a flat run of proper nouns on its last word, an
    organisation entity from its first capitalised word after "the" on ("the ruling Workers' Party": Workers)."""
    rows: list[tuple] = []
    ents: list[str] = []
    for name, verb in ((first, "acted"), (later, "left")):
        head = len(rows) + len(name) - 1
        skip = next(i for i, w in enumerate(name) if w[:1].isupper() and w.lower() != "the")
        after = head + 4 if name is first else head + 1
        rows += [(w, w, "PROPN", "NNP", "compound", head) for w in name[:-1]]
        rows += [(name[-1], name[-1], "PROPN", "NNP", "nsubj", after)]
        ents += ["O"] * skip + ["B-ORG"] + ["I-ORG"] * (len(name) - skip - 1)
        if name is first:
            rows += [("(", "(", "PUNCT", "-LRB-", "punct", head), (short, short, "PROPN", "NNP", "appos", head),
                     (")", ")", "PUNCT", "-RRB-", "punct", head)]
            ents += ["O", "B-ORG", "O"]
        rows += [(verb, verb, "VERB", "VBD", "ROOT", after), (".", ".", "PUNCT", ".", "punct", after)]
        ents += ["O", "O"]
    return make_doc(rows, ents=ents)


@pytest.mark.parametrize("first, later", [
    (["The", "Justice", "and", "Equality", "Movement"], ["The", "Justice", "and", "Equality", "Movement"]),
    (["the", "ruling", "Workers", "'", "Party"], ["The", "Workers", "’", "Party"]),  # the same folded name
])
def test_plover_bodies_short_name_in_brackets_holds_for_every_mention(first, later):
    doc = _bracketed(first, "JEM", later)  # the later mention has no brackets
    assert [short_name(e) for e in doc.ents] == ["JEM", None, "JEM"]  # "JEM" itself: a name of one word
    found = pa.actors_at(_actors(doc, ()), doc[len(doc) - 3])
    assert [a.org for a in found] == ["JEM"]


@pytest.mark.slow
def test_plover_bodies_short_name_sentences(facts_of):
    text = ("Yesterday the Free Farmers Movement (FFM) blocked roads near the capital of Ruritania. "
            "The Free Farmers Movement rejected the new land law.")
    found = [e for e in facts_of(text).political_events if e.type == "REJECT"]
    assert [a.org for a in found[0].sources] == ["FFM"]


def _government_after(first: list[tuple], ents: list[str]):
    """ "<first> acted . The government left .": ``first`` a subject phrase on its head "government" (last row
    but the verb is added), then a bare "the government" as the subject of the next sentence."""
    head = next(i for i, r in enumerate(first) if r[0] == "government")
    n = len(first)
    rows = [(w, lem, pos, tag, dep, n if i == head else h) for i, (w, lem, pos, tag, dep, h) in enumerate(first)]
    rows += [("acted", "act", "VERB", "VBD", "ROOT", n), (".", ".", "PUNCT", ".", "punct", n),
             ("The", "the", "DET", "DT", "det", n + 3), ("government", "government", "NOUN", "NN", "nsubj", n + 4),
             ("left", "leave", "VERB", "VBD", "ROOT", n + 4), (".", ".", "PUNCT", ".", "punct", n + 4)]
    return make_doc(rows, ents=ents + ["O"] * 6)


GOV = ("government", "government", "NOUN", "NN", "nsubj", 0)


@pytest.mark.parametrize("first, ents", [
    ([("The", "the", "DET", "DT", "det", 2), ("Kenyan", "Kenyan", "ADJ", "JJ", "amod", 2), GOV],
     ["O", "B-NORP", "O"]),  # "the Kenyan government"
    ([("The", "the", "DET", "DT", "det", 1), GOV, ("of", "of", "ADP", "IN", "prep", 1),
      ("Kenya", "Kenya", "PROPN", "NNP", "pobj", 2)], ["O", "O", "O", "B-GPE"]),  # "the government of Kenya"
    ([("Kenya", "Kenya", "PROPN", "NNP", "poss", 2), ("'s", "'s", "PART", "POS", "case", 0), GOV],
     ["B-GPE", "O", "O"]),  # "Kenya's government"
])
def test_plover_antecedent_bare_government_is_the_one_named_before(first, ents):
    doc = _government_after(first, ents)
    trigger = doc[len(doc) - 2]  # "left"
    bare = Actor(label="government", sector="GOV")
    found = home_bodies(_actors(doc, ("UA",)), trigger, [bare])
    assert found[0].country == "KE"  # not the country the article is about (it gets that later, if any)
    assert home_bodies(_actors(doc, ("UA",)), doc[0], [bare])[0].country is None  # nothing named before


def test_plover_antecedent_keeps_the_sentence_place_and_other_actors():
    doc = _government_after([("The", "the", "DET", "DT", "det", 2), ("Kenyan", "Kenyan", "ADJ", "JJ", "amod", 2),
                             GOV], ["O", "B-NORP", "O"])
    ac, trigger = _actors(doc, ()), doc[len(doc) - 2]
    bare, troops = Actor(label="government", sector="GOV"), Actor(label="troops", sector="MIL")
    assert antecedent_bodies(ac, trigger, [bare], "PE")[0].country == "PE"  # "In Lima, the government …"
    assert antecedent_bodies(ac, trigger, [troops], None) == [troops]  # not a noun of plover-antecedent-nouns
    owned = Actor(label="government", sector="GOV", country="CL")
    assert antecedent_bodies(ac, trigger, [owned], None) == [owned]

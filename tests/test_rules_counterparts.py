"""A named counterpart's role (:mod:`kg.extract.counterparts`) and a rank word before a portfolio title
(:func:`kg.extract.titles.title_before`), on Docs built by hand (words, heads, deps, POS, tags, lemmas,
entities), so a failure here is the rule's, never the statistical model's. Sentences are written for these tests."""

from __future__ import annotations

from handdocs import NLP, make
from spacy.tokens import Doc

from kg.extract import context, titles
from kg.extract.counterparts import counterpart_roles
from kg.extract.rulematch import rule_marks
from kg.model import Article, RoleFact

COUNTERPART = [("Amorim", 6, "nsubj", "PROPN", "NNP", "Amorim", "B-PERSON"), ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
               ("his", 4, "poss", "PRON", "PRP$", "his", "O"), ("Argentine", 4, "amod", "ADJ", "JJ", "argentine", "B-NORP"),
               ("counterpart", 0, "conj", "NOUN", "NN", "counterpart", "O"),
               ("Taiana", 4, "appos", "PROPN", "NNP", "Taiana", "B-PERSON"), ("met", 6, "ROOT", "VERB", "VBD", "meet", "O"),
               (".", 6, "punct", "PUNCT", ".", ".", "O")]


def _roles(doc, actors, role):
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    owner = next(i for i in range(len(ctx.entities)) if ctx.person(i).name.endswith("Amorim"))
    fact = RoleFact(ctx.person(owner), role, "BR", ctx.evidence(0, 1, "role:title-name"))
    return [(f.person.name.split()[-1], f.role, f.country, f.evidence.rule) for f in counterpart_roles(ctx, [fact])]


def test_counterparts_take_the_owners_post_in_the_demonyms_country(actors):
    doc = make(COUNTERPART)
    assert rule_marks(doc).rule("counterpart-name", 4) == "counterpart-named"
    assert _roles(doc, actors, "Foreign Minister")[1:] == [("Taiana", "Foreign Minister", "AR", "role:counterpart")]


def test_counterparts_no_country_or_a_one_country_post_gives_none(actors):
    rows = list(COUNTERPART)
    rows[3] = ("new", 4, "amod", "ADJ", "JJ", "new", "O")
    assert len(_roles(make(rows), actors, "Foreign Minister")) == 1
    assert len(_roles(make(COUNTERPART), actors, "Secretary of State")) == 1  # counterpart-not-shared


def test_titles_rank_word_before_a_portfolio_title():
    rows = [("Deputy", 2, "compound", "PROPN", "NNP", "Deputy", "O"),
            ("Information", 2, "compound", "PROPN", "NNP", "Information", "O"),
            ("Minister", 4, "compound", "PROPN", "NNP", "Minister", "O"),
            ("Bright", 4, "compound", "PROPN", "NNP", "Bright", "B-PERSON"),
            ("Matonga", 5, "nsubj", "PROPN", "NNP", "Matonga", "I-PERSON"), ("spoke", 5, "ROOT", "VERB", "VBD", "speak", "O")]
    found = titles.title_before(make(rows), 3)
    assert found is not None and found[0] == 0 and found[1].role == "Deputy Information Minister"


def _plain(words, pos, lemmas=None, ents=None):
    return Doc(NLP.vocab, words=words, pos=pos, lemmas=lemmas or [w.lower() for w in words], ents=ents)


def test_titles_spokesperson_for_a_state_body_before_the_name():
    words = ["Spokesman", "for", "the", "National", "Security", "Council", "Frederick", "Jones", "said"]
    pos = ["NOUN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "VERB"]
    ents = ["O"] * 6 + ["B-PERSON", "I-PERSON", "O"]
    found = titles.title_before(_plain(words, pos, ents=ents), 6)
    assert found is not None and (found.start, found.title.role, found.country) == (0, "Spokesman", "US")
    assert titles.title_before(_plain(words, pos), 6) is None  # no person named after the body
    club = _plain(["Spokesman", "for", "the", "club", "Bob", "Keller", "said"],
                  ["NOUN", "ADP", "DET", "NOUN", "PROPN", "PROPN", "VERB"], ents=["O"] * 4 + ["B-PERSON", "I-PERSON", "O"])
    assert titles.title_before(club, 4) is None  # no state body: no title before the name


def test_titles_title_set_off_by_commas_after_a_speech_verb():
    words = ["It", "failed", ",", "said", "White", "House", "spokeswoman", ",", "Dana", "Perino", "."]
    pos = ["PRON", "VERB", "PUNCT", "VERB", "PROPN", "PROPN", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    lemmas = [w.lower() for w in words]
    lemmas[3] = "say"
    found = titles.title_before_comma(_plain(words, pos, lemmas), 8)
    assert found is not None and (found.start, found.country) == (4, "US")
    pos[3] = "NOUN"  # a noun before the title: not a speech verb, so the title may belong to a list of posts
    assert titles.title_before_comma(_plain(words, pos, lemmas), 8) is None

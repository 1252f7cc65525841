"""kg.extract.arraymatch gives exactly the matches of spaCy's Matcher and DependencyMatcher (same order too):
on hand-built Docs for each relation operator, quantifier and predicate; on generated trees and patterns
(hypothesis); and, through the model, for every shipped pattern on the seed article."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.matcher import DependencyMatcher, Matcher
from spacy.tokens import Doc

from kg.extract.arraycompile import QUANTIFIERS
from kg.extract.arraymatch import RELATIONS, ArrayMatcher
from kg.extract.arraytable import Table

VOCAB = spacy.blank("en").vocab
WORDS = ["a", "b", "c", "B", "d"]
POS = ["NOUN", "VERB", "ADP"]
DEPS = ["nsubj", "dobj", "prep", "pobj"]


def spacy_matches(kind: str, spec: list, doc: Doc) -> list[tuple[int, tuple[int, ...]]]:
    if kind == "dependency":
        dm = DependencyMatcher(doc.vocab)
        dm.add("p", [spec])
        return [(key, tuple(ids)) for key, ids in dm(doc)]
    m = Matcher(doc.vocab)
    m.add("p", [spec])
    return sorted((key, tuple(range(s, e))) for key, s, e in m(doc))


def array_matches(kind: str, spec: list, doc: Doc) -> tuple[bool, list[tuple[int, tuple[int, ...]]]]:
    am = ArrayMatcher(doc.vocab)
    compiled = am.add("p", kind, spec)
    return compiled, am(doc)


def tree_doc(words, heads, pos=None, deps=None) -> Doc:
    deps = deps or ["ROOT" if h == i else "dep" for i, h in enumerate(heads)]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=pos or ["NOUN"] * len(words),
               lemmas=[w.lower() for w in words])


# "the envoy of the French state met with Putin and Xi": 0 the, 1 envoy, 2 of, 3 the, 4 French, 5 state, 6 met,
# 7 with, 8 Putin, 9 and, 10 Xi
SENT = dict(words=["the", "envoy", "of", "the", "French", "state", "met", "with", "Putin", "and", "Xi"],
            heads=[1, 6, 1, 5, 5, 2, 6, 6, 7, 8, 8],
            pos=["DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "VERB", "ADP", "PROPN", "CCONJ", "PROPN"],
            deps=["det", "nsubj", "prep", "det", "amod", "pobj", "ROOT", "prep", "pobj", "cc", "conj"])


@pytest.mark.parametrize("op", sorted(RELATIONS))
def test_arraymatch_every_relation_operator_as_spacy(op):
    doc = tree_doc(**SENT)
    spec = [{"RIGHT_ID": "x", "RIGHT_ATTRS": {}}, {"LEFT_ID": "x", "REL_OP": op, "RIGHT_ID": "y", "RIGHT_ATTRS": {}}]
    compiled, found = array_matches("dependency", spec, doc)
    assert compiled
    assert found == spacy_matches("dependency", spec, doc)
    assert found  # every operator relates some pair of this sentence


@pytest.mark.parametrize("spec", [
    [{"LOWER": {"IN": ["putin", "xi"]}}],
    [{"LEMMA": "meet", "POS": "VERB"}],
    [{"POS": "PROPN", "DEP": {"NOT_IN": ["conj"]}}],
    [{"IS_TITLE": True}, {"LOWER": "and"}],
    [{"ORTH": "the"}, {"OP": "?", "POS": "ADJ"}, {"POS": "NOUN"}],
    [{"LOWER": "met"}, {"OP": "*"}, {"POS": "PROPN"}],
    [{"POS": "DET"}, {"OP": "+", "POS": {"IN": ["ADJ", "NOUN"]}}],
    [{"POS": "PROPN"}, {"OP": "!", "POS": "PROPN"}],
    [{"OP": "?", "LOWER": "the"}, {"POS": "NOUN"}],
    [{"SHAPE": "Xxxxx"}, {"SHAPE": {"IN": ["xxx", "xxxx"]}}],
    [{"POS": {"NOT_IN": ["PROPN"]}}, {"POS": "PROPN"}, {"LOWER": "and"}, {"IS_TITLE": True}],  # found from "and"
    [{"POS": "NOUN"}, {"LOWER": {"IN": ["of", "with"]}}],
    [{"OP": "?", "LOWER": {"IN": ["would", "the"]}}, {"LEMMA": "meet", "POS": "VERB"}, {"LOWER": "with"}],
    [{"OP": "*", "POS": "ADJ"}, {"OP": "?", "LOWER": "the"}, {"OP": "+", "POS": "NOUN"}],
    [{"LOWER": "met"}, {"OP": "?", "LOWER": "would"}, {"OP": "*", "LEMMA": "never"}],  # absent optional words
])
def test_arraymatch_token_patterns_as_spacy(spec):
    doc = tree_doc(**SENT)
    doc = Doc(VOCAB, words=SENT["words"], heads=SENT["heads"], deps=SENT["deps"], pos=SENT["pos"],
              lemmas=[w.lower() if w != "met" else "meet" for w in SENT["words"]])
    compiled, found = array_matches("token", spec, doc)
    assert compiled
    assert sorted(found) == spacy_matches("token", spec, doc)
    assert found


@pytest.mark.parametrize("spec, later", [
    ([{"POS": {"NOT_IN": ["PROPN"]}}, {"POS": "PROPN"}, {"LOWER": "and"}], 2),  # the first word test, at node 2
    ([{"POS": "DET"}, {"IS_TITLE": True}, {"LEMMA": {"IN": ["meet", "state"]}}], 2),
    ([{"LOWER": "met"}, {"LOWER": "with"}], None),  # the first node has a word test: found from it
    ([{"POS": "DET"}, {"OP": "?", "LOWER": "the"}, {"LOWER": "and"}], None),  # not fixed length
])
def test_arraymatch_fixed_length_pattern_found_from_a_later_word(spec, later):
    am = ArrayMatcher(VOCAB)
    am.add("p", "token", spec)
    compiled = am.patterns[0]
    assert (compiled.later[0] if compiled.later else None) == later


@pytest.mark.parametrize("spec, openers", [
    ([{"OP": "?", "LOWER": "would"}, {"LEMMA": "meet"}, {"LOWER": "with"}], ["would", "meet"]),  # skipped or not
    ([{"OP": "*", "POS": "ADJ"}, {"OP": "?", "LOWER": "the"}, {"OP": "+", "POS": "NOUN"}], ["ADJ", "the", "NOUN"]),
    ([{"OP": "?", "LOWER": "would"}, {"POS": {"NOT_IN": ["DET"]}}], []),  # the first required node has no index test
    ([{"OP": "?", "LOWER": "would"}, {"OP": "!", "LOWER": "the"}], []),  # a "!" node: any token can start
    ([{"LOWER": "met"}, {"OP": "?", "LOWER": "with"}], []),  # the first node must match: found from its own index
])
def test_arraymatch_optional_start_found_from_its_openers(spec, openers):
    """A pattern whose first nodes may be skipped starts only at a token that passes the index test of one of them
    or of the first node that must match, not at every token."""
    am = ArrayMatcher(VOCAB)
    am.add("p", "token", spec)
    assert [VOCAB.strings[value] for _, _, value in am.patterns[0].openers] == openers


@pytest.mark.parametrize("kind, spec, musts", [
    ("dependency", [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LOWER": "met", "POS": "VERB"}},
                    {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "s", "RIGHT_ATTRS": {"DEP": "nsubj", "LOWER": "envoy"}},
                    {"LEFT_ID": "v", "REL_OP": ">>", "RIGHT_ID": "o", "RIGHT_ATTRS": {"POS": "PROPN"}}],
     ["met", "envoy"]),  # every node of a dependency pattern, by its word test
    ("token", [{"LOWER": "met"}, {"OP": "?", "LOWER": "would"}, {"OP": "+", "LEMMA": {"IN": ["with"]}}],
     ["met", "with"]),  # not a node a quantifier may skip
])
def test_arraymatch_pattern_needs_its_words(kind, spec, musts):
    """A pattern is tried only on a Doc that has a value of each word test every match passes."""
    am = ArrayMatcher(VOCAB)
    am.add("p", kind, spec)
    assert [VOCAB.strings[v if isinstance(v, int) else min(v)] for _, _, v in am.patterns[0].musts] == musts
    doc = tree_doc(**SENT)
    assert am(doc) == spacy_matches(kind, spec, doc) != []
    other = tree_doc(**{**SENT, "words": [w if w != "envoy" else "diplomat" for w in SENT["words"]]})
    assert am(other) == spacy_matches(kind, spec, other) == ([] if kind == "dependency" else am(doc))


@pytest.mark.parametrize("spec, narrow, anchors", [
    ([{"RIGHT_ID": "n", "RIGHT_ATTRS": {"POS": "NOUN"}},  # envoy and state: only the envoy has "of"
      {"LEFT_ID": "n", "REL_OP": ">>", "RIGHT_ID": "a", "RIGHT_ATTRS": {"POS": "ADJ"}},
      {"LEFT_ID": "n", "REL_OP": ">", "RIGHT_ID": "p", "RIGHT_ATTRS": {"LOWER": "of"}}], (">", "of"), [1]),
    ([{"RIGHT_ID": "n", "RIGHT_ATTRS": {"POS": "PROPN"}},
      {"LEFT_ID": "n", "REL_OP": "<", "RIGHT_ID": "p", "RIGHT_ATTRS": {"LOWER": "with"}}], ("<", "with"), [8]),  # not Xi
    ([{"RIGHT_ID": "n", "RIGHT_ATTRS": {"POS": "NOUN"}},  # envoy and state: only the state is under "of"
      {"LEFT_ID": "n", "REL_OP": "<<", "RIGHT_ID": "p", "RIGHT_ATTRS": {"LOWER": "of"}}], ("<<", "of"), [5]),
    ([{"RIGHT_ID": "p", "RIGHT_ATTRS": {"POS": "ADP"}},  # of and with: only "of" is above "French"
      {"LEFT_ID": "p", "REL_OP": ">>", "RIGHT_ID": "a", "RIGHT_ATTRS": {"LOWER": "french"}}], (">>", "french"), [2]),
    ([{"RIGHT_ID": "n", "RIGHT_ATTRS": {"POS": "PROPN"}},  # a relation without an inverse here
      {"LEFT_ID": "n", "REL_OP": ";", "RIGHT_ID": "p", "RIGHT_ATTRS": {"LOWER": "with"}}], None, [8, 10]),
    ([{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LOWER": "met"}},
      {"LEFT_ID": "v", "REL_OP": ">", "RIGHT_ID": "p", "RIGHT_ATTRS": {"LOWER": "with"}},
      {"LEFT_ID": "p", "REL_OP": ">", "RIGHT_ID": "o", "RIGHT_ATTRS": {"LOWER": "putin"}}], None, [6]),  # a word anchor
])
def test_arraymatch_broad_anchor_narrowed_by_a_relatives_word(spec, narrow, anchors):
    """A dependency pattern whose anchor is known by its POS or label only tries the anchors related to the word
    its child, head, descendant or ancestor must be, and matches as spaCy does."""
    from kg.extract.arraycompile import narrowed

    am = ArrayMatcher(VOCAB)
    am.add("p", "dependency", spec)
    p, doc = am.patterns[0], tree_doc(**SENT)
    assert (p.narrow and (p.narrow[0], VOCAB.strings[p.narrow[1][2]])) == narrow
    assert list(narrowed(p, Table(doc))) == anchors
    assert am(doc) == spacy_matches("dependency", spec, doc) != []


def test_arraymatch_unsupported_pattern_goes_to_spacy():
    doc = tree_doc(**SENT)
    spec = [{"LOWER": {"FUZZY": "envoi"}}, {"LOWER": "of"}]
    compiled, found = array_matches("token", spec, doc)
    assert not compiled
    assert found == spacy_matches("token", spec, doc) == [(VOCAB.strings["p"], (1, 2))]


@pytest.mark.parametrize("spec", [
    [{"LENGTH": {">=": 4}}, {"LOWER": "and"}],
    [{"LENGTH": 5, "POS": "PROPN"}],
    [{"LENGTH": {"<": 3}}],
    [{"LENGTH": {">": 2, "<=": 5}, "POS": "NOUN"}],
    [{"LENGTH": {"==": 3}}, {"LENGTH": {"!=": 3}}],
    [{"LOWER": "the"}, {"OP": "{0,2}", "POS": {"IN": ["ADJ", "NOUN"]}}, {"POS": "NOUN"}],
    [{"POS": "DET"}, {"OP": "{1,2}", "POS": {"NOT_IN": ["VERB"]}}],
    [{"POS": "ADP"}, {"OP": "{2}"}],
    [{"LOWER": "met"}, {"OP": "{1,}"}],
    [{"OP": "{,2}", "POS": "DET"}, {"POS": "NOUN"}],
    [{"TEXT": {"REGEX": "^[A-Z]"}}, {"LOWER": "and"}],
    [{"POS": "DET"}, {"LOWER": {"REGEX": "n"}, "OP": "?"}, {"LOWER": {"REGEX": "^st"}}],
])
def test_arraymatch_regex_lengths_and_counted_quantifiers_as_spacy(spec):
    """``REGEX``, ``LENGTH`` equal to or compared with a number (spaCy's comparison predicates), and the counted
    quantifiers ``{n}``, ``{n,m}``, ``{n,}`` and ``{,m}`` (the copies of the node spaCy's ``Matcher`` makes), are
    matched on the arrays, as spaCy matches them."""
    doc = tree_doc(**SENT)
    compiled, found = array_matches("token", spec, doc)
    assert compiled
    assert sorted(found) == spacy_matches("token", spec, doc)
    assert found


def test_arraymatch_shipped_patterns_need_no_spacy_matcher():
    """Every shipped pattern is matched on the arrays: one that is not runs spaCy's ``Matcher`` on every Doc."""
    from kg.patterns import all_patterns, thaw

    am = ArrayMatcher(VOCAB)
    refused = [p.id for ps in all_patterns().values() for p in ps if not am.add(p.id, p.kind, thaw(p.pattern))]
    assert refused == []


def test_arraymatch_skips_patterns_a_doc_cannot_have():
    doc = Doc(VOCAB, words=["Putin", "met", "Xi"])  # no tags, no parse
    am = ArrayMatcher(VOCAB)
    am.add("needs-pos", "token", [{"POS": "PROPN"}])
    am.add("words", "token", [{"LOWER": "met"}])
    am.add("needs-parse", "dependency", [{"RIGHT_ID": "v", "RIGHT_ATTRS": {"LOWER": "met"}}])
    assert [(VOCAB.strings[k], ids) for k, ids in am(doc)] == [("words", (1,))]


def test_arraymatch_order_is_pattern_then_position():
    doc = tree_doc(**SENT)
    am = ArrayMatcher(VOCAB)
    am.add("second", "token", [{"POS": "PROPN"}])
    am.add("first", "token", [{"POS": "DET"}])
    assert [(VOCAB.strings[k], ids) for k, ids in am(doc)] == [
        ("second", (8,)), ("second", (10,)), ("first", (0,)), ("first", (3,))]


def random_doc(rng: random.Random) -> Doc:
    """A projective forest of up to 9 tokens (one or two sentences) over a tiny vocabulary."""
    n = rng.randint(1, 9)
    heads: list[int] = [0] * n

    def build(lo: int, hi: int) -> int:  # the root of a projective tree over [lo, hi)
        root = rng.randrange(lo, hi)
        heads[root] = root
        for a, b in ((lo, root), (root + 1, hi)):
            while a < b:
                cut = rng.randint(a + 1, b)
                heads[build(a, cut)] = root
                a = cut
        return root

    cut = rng.randint(1, n)
    build(0, cut)
    if cut < n:
        build(cut, n)
    words = [rng.choice(WORDS) for _ in range(n)]
    deps = ["ROOT" if heads[i] == i else rng.choice(DEPS) for i in range(n)]
    return Doc(VOCAB, words=words, heads=heads, deps=deps, pos=[rng.choice(POS) for _ in range(n)],
               lemmas=[w.lower() for w in words])


def random_attrs(rng: random.Random) -> dict:
    attrs: dict = {}
    for _ in range(rng.randint(0, 2)):
        attr, values = rng.choice([("LOWER", WORDS), ("ORTH", WORDS), ("LEMMA", WORDS), ("POS", POS),
                                   ("DEP", DEPS), ("IS_TITLE", [True, False])])
        how = rng.choice(["eq", "IN", "NOT_IN", "REGEX"])
        if how == "eq" or attr == "IS_TITLE":
            attrs[attr] = rng.choice(values)
        elif how == "REGEX":
            attrs[attr] = {"REGEX": rng.choice(["^b", "[ac]", "^(?i:b)$", "N"])}
        else:
            attrs[attr] = {how: rng.sample(values, rng.randint(1, 2))}
    return attrs


def random_dependency_pattern(rng: random.Random) -> list:
    spec = [{"RIGHT_ID": "n0", "RIGHT_ATTRS": random_attrs(rng)}]
    for k in range(1, rng.randint(1, 3)):
        spec.append({"LEFT_ID": f"n{rng.randrange(k)}", "REL_OP": rng.choice(sorted(RELATIONS)),
                     "RIGHT_ID": f"n{k}", "RIGHT_ATTRS": random_attrs(rng)})
    return spec


def random_token_pattern(rng: random.Random) -> list:
    spec = [dict(random_attrs(rng)) for _ in range(rng.randint(1, 3))]
    for node in spec:
        quantifier = rng.choice(QUANTIFIERS + COUNTED)
        if quantifier:
            node["OP"] = quantifier
    return spec


COUNTED = ("{2}", "{0,2}", "{1,2}", "{1,}", "{,2}")  # spaCy's counted quantifiers
OPTIONAL = ("?", "*", "{0,2}", "{,2}")  # those a match may skip


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1))
def test_arraymatch_generated_dependency_patterns_as_spacy(seed):
    rng = random.Random(seed)
    doc, spec = random_doc(rng), random_dependency_pattern(rng)
    compiled, found = array_matches("dependency", spec, doc)
    assert compiled
    assert found == spacy_matches("dependency", spec, doc), (spec, [t.text for t in doc], [t.head.i for t in doc])


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 2**32 - 1))
def test_arraymatch_generated_token_patterns_as_spacy(seed):
    rng = random.Random(seed)
    doc, spec = random_doc(rng), random_token_pattern(rng)
    if all(node.get("OP") in OPTIONAL for node in spec):
        return  # spaCy refuses a pattern that can match nothing
    compiled, found = array_matches("token", spec, doc)
    assert compiled
    assert sorted(found) == spacy_matches("token", spec, doc), (spec, [t.text for t in doc])


@pytest.mark.slow
def test_arraymatch_every_shipped_pattern_as_spacy_on_the_seed(nlp):
    from kg.ingest import read_inputs
    from kg.nlp import document_text
    from kg.patterns import all_patterns, thaw

    seeds = Path(__file__).resolve().parent.parent / "seeds"
    doc = nlp(document_text(next(iter(read_inputs([seeds])))))
    am, token, dependency = ArrayMatcher(nlp.vocab), Matcher(nlp.vocab), DependencyMatcher(nlp.vocab)
    for patterns in all_patterns().values():
        for p in patterns:
            am.add(p.id, p.kind, thaw(p.pattern))
            (dependency if p.kind == "dependency" else token).add(p.id, [thaw(p.pattern)])
    expected = sorted([(k, tuple(range(s, e))) for k, s, e in token(doc)] + [(k, tuple(ids)) for k, ids in dependency(doc)])
    found = am(doc)
    assert sorted(found) == expected
    assert len(found) > 100


def test_arraymatch_table_children_listed_once_and_kept_whole():
    """Table.children lists a token's children once per Doc; a subtree walk (the '>>' relation) reads them without
    emptying the kept list, so later relations see every child."""
    from kg.extract.arraytable import Table

    doc = Doc(VOCAB, words=["a", "b", "c", "d", "e"], heads=[1, 1, 1, 2, 2], deps=["nsubj", "ROOT", "dobj", "amod",
                                                                                  "prep"])
    table = Table(doc)
    first = table.children(1)
    assert first == [0, 2] and table.children(1) is first
    assert table.subtree(1) == [0, 2, 3, 4] == table.subtree(1)
    assert table.children(1) == [0, 2] and table.children(2) == [3, 4]


def test_arraymatch_subtree_listed_once_as_spacys():
    doc = tree_doc(**SENT)
    table = Table(doc)
    for tok in doc:
        assert table.subtree(tok.i) == [t.i for t in tok.subtree if t.i != tok.i]
    assert table.subtree(6) is table.subtree(6)  # kept: the same list again

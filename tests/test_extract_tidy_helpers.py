"""(Speed and code health) Helpers that replaced a copy of another's logic give the answers of the code they replace:
model-free tests on hand-built Docs."""

from __future__ import annotations

import itertools

from test_extract_plover import make_doc

from kg.extract.org_mentions import bare, bare_owner

# words a possessive noun "bloc" (index 3) may have before it: (word, lemma, pos, tag, dep)
OWNER_WORDS = [("the", "the", "DET", "DT", "det"), ("this", "this", "DET", "DT", "det"), ("a", "a", "DET", "DT", "det"),
               ("regional", "regional", "ADJ", "JJ", "amod"), ("rebel", "rebel", "NOUN", "NN", "compound")]


def _owner_doc(words):
    """"Modi rejected <words> bloc 's demands ." with every word of ``words`` a child of "bloc"."""
    n = len(words)
    rows = [("Modi", "Modi", "PROPN", "NNP", "nsubj", 1), ("rejected", "reject", "VERB", "VBD", "ROOT", 1)]
    rows += [(w, lemma, pos, tag, dep, 2 + n) for w, lemma, pos, tag, dep in words]
    rows += [("bloc", "bloc", "NOUN", "NN", "poss", 4 + n), ("'s", "'s", "PART", "POS", "case", 2 + n),
             ("demands", "demand", "NOUN", "NNS", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    return make_doc(rows), 2 + n


def _old_bare_owner(noun) -> bool:
    """The check ``plover_org_referents._bare_owner`` made before it used :func:`bare_owner`."""
    kids = [c for c in noun.children if c.dep_ != "case"]
    return [c.lower_ for c in kids] in (["the"], ["this"]) and kids[0].dep_ == "det"


def test_org_mentions_bare_owner_as_the_check_it_replaces():
    for k in range(3):
        for words in itertools.permutations(OWNER_WORDS, k):
            doc, i = _owner_doc(list(words))
            assert bare_owner(doc[i]) == _old_bare_owner(doc[i]), [w[0] for w in words]


def test_org_mentions_bare_owner_takes_only_a_definite_determiner():
    doc, i = _owner_doc([OWNER_WORDS[0]])
    assert bare_owner(doc[i]) and not bare(doc[i])  # "the bloc's": its case marker is a word of its own for bare
    assert bare_owner(_owner_doc([OWNER_WORDS[1]])[0][3])
    assert not bare_owner(_owner_doc([OWNER_WORDS[2]])[0][3])  # "a bloc's"
    doc, i = _owner_doc([OWNER_WORDS[0], OWNER_WORDS[3]])
    assert not bare_owner(doc[i])  # "the regional bloc's"
    doc, i = _owner_doc([])
    assert not bare_owner(doc[i])  # "bloc's"


def test_named_before_title_holder_finds_the_role_once(monkeypatch):
    from kg.extract import named_before

    calls, held = [], {(1, "president"), (3, "president")}
    monkeypatch.setattr(named_before, "_title_role", lambda tok: calls.append(tok) or "president")
    monkeypatch.setattr(named_before, "_holds", lambda ctx, e, role: (e, role) in held)
    holds = named_before.title_holder(None, "tok")
    assert [holds(e) for e in (1, 2, 3)] == [True, False, True] and calls == ["tok"]
    assert named_before.holds_title(None, "tok", [1, 3]) and not named_before.holds_title(None, "tok", [1, 2])


def test_mentions_after_article_reads_the_articles_word_list():
    from kg.extract.mentions import _after_article

    for det, expected in (("the", True), ("a", True), ("an", True), ("An", True), ("this", False), ("his", False)):
        doc = make_doc([("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("welcomed", "welcome", "VERB", "VBD", "ROOT", 1),
                        (det, det.lower(), "DET", "DT", "det", 3), ("Eklund", "Eklund", "PROPN", "NNP", "dobj", 1)])
        assert _after_article(doc[3]) is expected, det
    doc = make_doc([("the", "the", "DET", "DT", "det", 2), ("new", "new", "ADJ", "JJ", "amod", 2),
                    ("Eklund", "Eklund", "PROPN", "NNP", "ROOT", 2)])
    assert not _after_article(doc[2]) and not _after_article(doc[0])  # not right before it; nothing before

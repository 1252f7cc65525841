"""The gender guard of pronoun resolution (kg.extract.pronoun_gender) on hand-built Docs, independent of the model."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from kg.extract.mentions import Mention
from kg.extract.pronoun_gender import _clause_owner, _gendered, clashes, entity_genders, nearest, word_gender

VOCAB = English().vocab


def doc_of(words: str, deps: str, heads: list[int], pos: str) -> Doc:
    w = words.split()
    return Doc(VOCAB, words=w, spaces=[True] * len(w), deps=deps.split(), heads=heads, pos=pos.split())


# "Barton flew for talks with her counterpart Hakim . Hakim said it . He agreed . She met Susanto ."
WORDS = "Barton flew for talks with her counterpart Hakim . Hakim said it . He agreed . She met Susanto ."
DEPS = ("nsubj ROOT prep pobj prep poss pobj appos punct nsubj ROOT dobj punct nsubj ROOT punct nsubj ROOT dobj "
        "punct")
HEADS = [1, 1, 1, 2, 3, 6, 4, 6, 1, 10, 10, 10, 10, 14, 14, 14, 17, 17, 17, 17]
POS = "PROPN VERB ADP NOUN ADP PRON NOUN PROPN PUNCT PROPN VERB PRON PUNCT PRON VERB PUNCT PRON VERB PROPN PUNCT"


def mentions() -> list[Mention]:
    return [Mention(0, 1, "Barton", "name", entities=[0], subject=True),
            Mention(7, 8, "Hakim", "name", entities=[1]),
            Mention(9, 10, "Hakim", "name", entities=[1], subject=True),
            Mention(18, 19, "Susanto", "name", entities=[2])]


def test_pronoun_gender_word_gender():
    assert (word_gender("She"), word_gender("his"), word_gender("herself"), word_gender("it")) == ("f", "m", "f", None)


def test_pronoun_gender_possessive_in_own_clause_gives_gender():
    doc, ms = doc_of(WORDS, DEPS, HEADS, POS), mentions()
    at = {i: m for m in ms for i in range(m.start, m.end)}
    assert _clause_owner(doc[5], at) == 0  # "her counterpart Hakim": Hakim is in the possessed phrase
    assert entity_genders(doc, ms) == {0: "f"}


def test_pronoun_gender_earlier_subject_pronoun_agrees():
    """"He agreed" stands for Hakim (the nearest subject), so a later "she" is not Hakim but Barton."""
    doc, ms = doc_of(WORDS, DEPS, HEADS, POS), mentions()
    genders = entity_genders(doc, ms, before=16)
    assert genders == {0: "f", 1: "m"}
    assert nearest(16, "She", ms, (), genders) == 0
    assert nearest(16, "She", ms, (), {}) == 1  # without the guard: the nearest subject


def test_pronoun_gender_other_person_in_clause_gives_none():
    # "Obama met Merkel at her office ."
    doc = doc_of("Obama met Merkel at her office .", "nsubj ROOT dobj prep poss pobj punct", [1, 1, 1, 1, 5, 3, 1],
                 "PROPN VERB PROPN ADP PRON NOUN PUNCT")
    ms = [Mention(0, 1, "Obama", "name", entities=[0], subject=True), Mention(2, 3, "Merkel", "name", entities=[1])]
    assert entity_genders(doc, ms) == {}


def test_pronoun_gender_titles_give_gender():
    doc = doc_of("Amalia met Cardoso .", "nsubj ROOT dobj punct", [1, 1, 1, 1], "PROPN VERB PROPN PUNCT")
    ms = [Mention(0, 1, "Amalia", "name", role="Queen", entities=[0], subject=True),
          Mention(2, 3, "Cardoso", "name", honorific="mr", entities=[1])]
    genders = entity_genders(doc, ms)
    assert genders == {0: "f", 1: "m"}
    assert clashes(genders, 0, "he") and not clashes(genders, 0, "she") and not clashes(genders, 2, "he")


def test_pronoun_gender_earlier_subject_in_the_paragraph():
    """"A hosted the talks . B was represented by C . He met D": no subject shortly before, so the last subject of
    the paragraph; a possessive or a pronoun paragraphs later takes the nearest mention."""
    doc = doc_of("A hosted talks . B was represented by C . " + "x " * 90 + "He met D .",
                 " ".join(["nsubj", "ROOT", "dobj", "punct", "nsubjpass", "auxpass", "ROOT", "agent", "pobj", "punct"]
                          + ["dep"] * 90 + ["nsubj", "ROOT", "dobj", "punct"]),
                 [1, 1, 1, 1, 6, 6, 6, 6, 7, 6] + [6] * 90 + [101, 101, 101, 101],
                 " ".join(["PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "AUX", "VERB", "ADP", "PROPN", "PUNCT"]
                          + ["X"] * 90 + ["PRON", "VERB", "PROPN", "PUNCT"]))
    ms = [Mention(0, 1, "A", "name", entities=[0], subject=True), Mention(8, 9, "C", "name", entities=[1])]
    assert nearest(100, "He", ms, (), {}, doc) == 0
    assert nearest(100, "He", ms, (), {}) == 1  # without the doc: the nearest mention
    assert nearest(100, "He", ms, (), {0: "f"}, doc) == 1  # the subject is a woman
    doc[8].dep_ = "poss"  # "… C's call …. He": the possessor
    assert nearest(100, "He", ms, (), {}, doc) == 1


def test_pronoun_gender_gendered_tokens_are_the_pronouns_in_order():
    """The walks over the text visit only the words :func:`word_gender` gives a gender, in text order, whatever
    their case ("HE"), never "it"."""
    doc = doc_of(WORDS, DEPS, HEADS, POS)
    assert [t.i for t in _gendered(doc)] == [5, 13, 16]
    upper = doc_of("HE met HER and it", "nsubj ROOT dobj cc conj", [1, 1, 1, 2, 2], "PRON VERB PRON CCONJ PRON")
    assert [t.text for t in _gendered(upper)] == ["HE", "HER"]
    assert all(word_gender(t.text) for t in _gendered(doc)) and \
        [t.i for t in doc if word_gender(t.text)] == [t.i for t in _gendered(doc)]

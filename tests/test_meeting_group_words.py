"""Rule helpers of the meeting sides told by group words, ages and seats (:mod:`kg.extract.participants`,
:mod:`kg.extract.named_before`, :mod:`kg.extract.descriptor_mentions`, :mod:`kg.extract.joins`) on hand-built Docs
(no model)."""

from __future__ import annotations

from spacy.lang.en import English
from spacy.tokens import Doc

from kg.extract import descriptor_mentions, joins, named_before, participants

VOCAB = English().vocab


def doc_of(words: str, deps: str, heads: list[int], tags: str, pos: str, lemmas: str | None = None) -> Doc:
    words_ = words.split()
    return Doc(VOCAB, words=words_, deps=deps.split(), heads=heads, tags=tags.split(), pos=pos.split(),
               lemmas=(lemmas or words.lower()).split())


def test_participants_the_pair_counts_a_definite_pair():
    doc = doc_of("The pair met Harlan", "det nsubj ROOT dobj", [1, 2, 2, 2], "DT NN VBD NNP", "DET NOUN VERB PROPN")
    assert participants.the_pair(doc[1]) and named_before.subject_count(doc[2]) == 2


def test_participants_the_pair_not_of_named_members_nor_indefinite():
    doc = doc_of("the pair of envoys met", "det nsubj prep pobj ROOT", [1, 4, 1, 2, 4], "DT NN IN NNS VBD",
                 "DET NOUN ADP NOUN VERB")
    assert not participants.the_pair(doc[1])
    doc = doc_of("a pair met", "det nsubj ROOT", [1, 2, 2], "DT NN VBD", "DET NOUN VERB")
    assert not participants.the_pair(doc[1]) and named_before.subject_count(doc[2]) == 0


def test_participants_uncounted_group_needs_the_and_no_number():
    doc = doc_of("The ministers met", "det nsubj ROOT", [1, 2, 2], "DT NNS VBD", "DET NOUN VERB")
    assert participants.uncounted_group(doc[1])
    doc = doc_of("the two ministers met", "det nummod nsubj ROOT", [2, 2, 3, 3], "DT CD NNS VBD", "DET NUM NOUN VERB")
    assert not participants.uncounted_group(doc[2])
    doc = doc_of("ministers met", "nsubj ROOT", [1, 1], "NNS VBD", "NOUN VERB")
    assert not participants.uncounted_group(doc[0])


def test_named_before_other_group_by_count_or_by_a_side_in_the_event():
    doc = doc_of("The four ministers met", "det nummod nsubj ROOT", [2, 2, 3, 3], "DT CD NNS VBD",
                 "DET NUM NOUN VERB")
    assert named_before.other_group(doc[3], [0, 1], []) and not named_before.other_group(doc[3], [0, 1, 2, 3], [])
    doc = doc_of("The pair met Harlan", "det nsubj ROOT dobj", [1, 2, 2, 2], "DT NN VBD NNP", "DET NOUN VERB PROPN")
    assert named_before.other_group(doc[2], [5, 6], [6]) and not named_before.other_group(doc[2], [5, 6], [7])


def test_descriptor_mentions_aged_is_an_age_alone():
    doc = doc_of("the 72 - year - old met Moss", "det nummod punct npadvmod punct nsubj ROOT dobj",
                 [5, 3, 3, 5, 5, 6, 6, 6], "DT CD HYPH NN HYPH JJ VBD NNP", "DET NUM PUNCT NOUN PUNCT ADJ VERB PROPN")
    assert descriptor_mentions.aged(doc[5]) and descriptor_mentions.described(doc[5])
    doc = doc_of("the old man met Moss", "det amod nsubj ROOT dobj", [2, 2, 3, 3, 3], "DT JJ NN VBD NNP",
                 "DET ADJ NOUN VERB PROPN")
    assert not descriptor_mentions.aged(doc[1])


def test_joins_seated_also_needs_also_and_a_table_seat():
    doc = doc_of("Skerrit also sat at the table", "nsubj advmod ROOT prep det pobj", [2, 2, 2, 2, 5, 3],
                 "NNP RB VBD IN DT NN", "PROPN ADV VERB ADP DET NOUN", "Skerrit also sit at the table")
    assert joins.seated_also(doc[2])
    doc = doc_of("Skerrit sat at the table", "nsubj ROOT prep det pobj", [1, 1, 1, 4, 2], "NNP VBD IN DT NN",
                 "PROPN VERB ADP DET NOUN", "Skerrit sit at the table")
    assert not joins.seated_also(doc[1])
    doc = doc_of("Skerrit also sat with Ali at the table", "nsubj advmod ROOT prep pobj prep det pobj",
                 [2, 2, 2, 2, 3, 2, 7, 5], "NNP RB VBD IN NNP IN DT NN", "PROPN ADV VERB ADP PROPN ADP DET NOUN",
                 "Skerrit also sit with Ali at the table")
    assert not joins.seated_also(doc[2])

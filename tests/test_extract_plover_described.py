"""The named organisation a definite description stands for ("the network", "the party";
:mod:`kg.extract.plover_described`): model-free tests on hand-built Docs, and (slow) sentences written for these
tests."""

from __future__ import annotations

import pytest

from kg.extract import plover_actors as pa, plover_described as pd
from kg.extract.spans import doc_ents
from kg.model import Article

from test_extract_plover import make_doc
from test_extract_plover_sources import _rows
from test_extract_plover_targets import target_labels

# "Kestrel Media went off air . The Senate met . Amar accused the network ."
NETWORK = _rows("Kestrel/Kestrel/PROPN/NNP/compound/1 Media/Media/PROPN/NNP/nsubj/2 went/go/VERB/VBD/ROOT/2 "
                "off/off/ADP/IN/prep/2 air/air/NOUN/NN/pobj/3 ././PUNCT/./punct/2 The/the/DET/DT/det/7 "
                "Senate/Senate/PROPN/NNP/nsubj/8 met/meet/VERB/VBD/ROOT/8 ././PUNCT/./punct/8 "
                "Amar/Amar/PROPN/NNP/nsubj/11 accused/accuse/VERB/VBD/ROOT/11 the/the/DET/DT/det/13 "
                "network/network/NOUN/NN/dobj/11 ././PUNCT/./punct/11")
ENTS = ["B-ORG", "I-ORG", "O", "O", "O", "O", "O", "B-ORG", "O", "O", "B-PERSON", "O", "O", "O", "O"]


class _Ctx:
    """An article context that names no person."""

    article = Article(id="t", text="")

    def __init__(self, doc):
        self.doc = doc

    def persons_at(self, tok):
        return []

    def titled_at(self, tok):
        return []


def _actors(doc) -> pa.Actors:
    ents = {i: e for e in doc_ents(doc) for i in range(e.start, e.end)}
    return pa.Actors(ctx=_Ctx(doc), role_country={}, ents=ents)  # type: ignore[arg-type]


def test_plover_described_the_network_is_the_organisation_named_before_not_a_state_body():
    doc = make_doc(NETWORK, ENTS)
    found = pd.described_actor(_actors(doc), doc[13])
    assert [a.label for a in found] == ["Kestrel Media"]  # "the Senate" (LEG) is no network
    assert pd.described_actor(_actors(doc), doc[10]) == []  # a name is no description


def test_plover_described_a_modified_description_or_none_named_before_stands_for_nothing():
    rows = NETWORK[:12] + [("the", "the", "DET", "DT", "det", 14), ("new", "new", "ADJ", "JJ", "amod", 14),
                           ("network", "network", "NOUN", "NN", "dobj", 11), (".", ".", "PUNCT", ".", "punct", 11)]
    doc = make_doc(rows, ENTS + ["O"])
    assert pd.described_actor(_actors(doc), doc[14]) == []  # "the new network": another one
    doc = make_doc(NETWORK, ["O"] * 7 + ENTS[7:])
    assert pd.described_actor(_actors(doc), doc[13]) == []  # only the Senate named before


@pytest.mark.slow
def test_plover_described_accused_the_network_targets_the_broadcaster(facts_of):
    facts = facts_of("The broadcaster Kestrel Media went off the air on Monday. "
                     "President Velko Amar accused the network of lying.")
    assert target_labels(facts, "ACCUSE") == [["Kestrel Media"]]
    facts = facts_of("The Velonian Labour Party won the vote in March. The Senate met on Tuesday. "
                     "Later President Velko Amar criticised the party.")
    assert target_labels(facts, "ACCUSE") == [["Velonian Labour Party"]]

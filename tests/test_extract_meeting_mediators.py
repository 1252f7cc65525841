"""Mediators and attendees of talks named by a participle on the talks' clause, through the model, also where the
talks refer back to a meeting told before ("A and B signed the accord. The deal was reached after talks between the
two rivals, mediated by X"), and a signer added to a signing the text refers back to as an occasion ("The signing
… C also signed"). Sentences written for these tests (invented names, real office titles)."""

from __future__ import annotations

import pytest
from meetingpairs import pairs


@pytest.mark.parametrize("text, meetings", [
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga signed a border agreement on Thursday. The "
     "deal was reached after five hours of talks at the chancellery between the two rivals, mediated by former "
     "Secretary-General Ilse Brandt and attended by Slovak President Jan Hofer.",
     {("Brandt", "Lenk"), ("Brandt", "Varga"), ("Lenk", "Varga"), ("Hofer", "Lenk"), ("Hofer", "Varga"),
      ("Brandt", "Hofer")}),
    ("The deal was reached after talks between Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga, "
     "mediated by former Secretary-General Ilse Brandt.",
     {("Brandt", "Lenk"), ("Brandt", "Varga"), ("Lenk", "Varga")}),
    # near-misses: a participle that names no mediator, and a mediator of something else
    ("The deal was reached after talks between Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga, "
     "welcomed by former Secretary-General Ilse Brandt.", {("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga held talks on Thursday. A separate ceasefire "
     "was agreed in March, brokered by former Secretary-General Ilse Brandt.", {("Lenk", "Varga")}),
    # a signer added to a signing the text refers back to as an occasion (signed-too, signing-occasion-nouns); not
    # one who signs something of his own, nor later, nor after a signing told only as an act
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga signed a memorandum of understanding on "
     "Monday. The signing, at a hotel in Vienna, was brief. Ilse Brandt, who leads a smaller party, also signed.",
     {("Brandt", "Lenk"), ("Brandt", "Varga"), ("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga signed a memorandum of understanding on "
     "Monday. The ceremony took place in the chancellery. Ilse Brandt also signed.",
     {("Brandt", "Lenk"), ("Brandt", "Varga"), ("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga signed a memorandum of understanding on "
     "Monday. Ilse Brandt, who leads a smaller party, also signed.", {("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga held talks on Monday. The ceremony for the "
     "fallen was moving. Ilse Brandt also signed.", {("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga signed a memorandum of understanding on "
     "Monday. The signing was brief. Ilse Brandt also signed a decree on land reform.", {("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga signed a memorandum of understanding on "
     "Monday. The signing was brief. Ilse Brandt will also sign.", {("Lenk", "Varga")}),
])
def test_extract_meeting_mediators(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings

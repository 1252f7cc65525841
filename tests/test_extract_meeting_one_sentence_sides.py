"""Who is a side of a meeting told in one sentence, through the model: a place or body NER takes for a person before
another person's title is no side ("talks with Kachin State Chief Minister X": ``nonparticipants.title_scope``),
and a verb conjoined to a meeting verb shares its subject but not whom that verb met ("The leaders met X and then
held separate talks with Y": X takes no part in the talks with Y, ``occasions.shared_subject_group``), and one
who "took part in both meetings" joins the two (``joins.both_gatherings``); with the near misses that must stay as
they are. The paragraphs are written for these tests."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    # a place before another person's title is no person met
    ("On Tuesday the UN envoy, Anna Berg, held talks in Myitkyina with Kachin State Chief Minister Khet Aung.",
     {("Aung", "Berg")}),
    ("UN envoy Anna Berg met Chancellor Klaus Weber and Foreign Minister Petra Lange in Berlin on Monday.",
     {("Berg", "Lange"), ("Berg", "Weber"), ("Lange", "Weber")}),
    # a conjoined verb shares the subject of the meeting verb, not whom it met
    ("The mission was led by Liberian President Grace Kollie and included Ghanaian President Kofi Boateng. The "
     "leaders met President Samuel Okot at State House and then held separate talks with opposition leader Paul "
     "Kamau at a hotel.",
     {("Boateng", "Kollie"), ("Boateng", "Okot"), ("Kollie", "Okot"), ("Boateng", "Kamau"), ("Kamau", "Kollie")}),
    # one who took part in both meetings joins the two (joins.both_gatherings), still not Okot with Kamau
    ("The mission was led by Liberian President Grace Kollie and included Ghanaian President Kofi Boateng. The "
     "leaders met President Samuel Okot at State House and then held separate talks with opposition leader Paul "
     "Kamau at a hotel. The UN envoy, Anna Berg, took part in both meetings.",
     {("Boateng", "Kollie"), ("Boateng", "Okot"), ("Kollie", "Okot"), ("Boateng", "Kamau"), ("Kamau", "Kollie"),
      ("Berg", "Boateng"), ("Berg", "Kollie"), ("Berg", "Okot"), ("Berg", "Kamau")}),
    ("German Chancellor Klaus Weber met French President Jean Moreau on Monday. The two leaders held talks in Berlin "
     "and then met Italian Prime Minister Marco Ricci.",
     {("Moreau", "Weber"), ("Moreau", "Ricci"), ("Ricci", "Weber")}),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_one_sentence_sides(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings

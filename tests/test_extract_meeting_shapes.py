"""Meeting shapes of news reports, through the model: talk at a gathering or on its sidelines is talk in person, a
meal two persons had, dining, negotiating with a named person, "their talks" with one person named before, a visit to
the seat of a post. Sentences
written for these tests (invented names and phrasings, real office titles)."""

from __future__ import annotations

import pytest
from meetingpairs import pairs


@pytest.mark.parametrize("text, meetings", [
    # speaking or a conversation at a gathering, or on its sidelines, is talk in person (call-at-gathering)
    ("Austrian Chancellor Tomas Lenk spoke with Hungarian President Adel Varga on the sidelines of the summit.",
     {("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga spoke on the sidelines of the summit.",
     {("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk had a brief conversation with Hungarian President Adel Varga on the sidelines "
     "of the summit.", {("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk spoke by phone with Hungarian President Adel Varga on Monday.", set()),
    ("Austrian Chancellor Tomas Lenk spoke to reporters at the summit on Monday.", set()),
    # a meal two persons had (shared-meal); dining with a partner or together (m-dine, together-dine)
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga had dinner in Vienna.", {("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga had a working lunch in Vienna.",
     {("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk dined with Hungarian President Adel Varga in Vienna.", {("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga dined together in Vienna.",
     {("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga attended a dinner in Vienna.", set()),
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga will have dinner in Vienna.", set()),
    ("Austrian Chancellor Tomas Lenk dined at a restaurant in Vienna.", set()),
    # negotiating with a named person, or two named persons who negotiated (negotiate-with-person,
    # negotiate-joint-subjects); not a release negotiated, not a refusal
    ("Austrian Chancellor Tomas Lenk negotiated with Hungarian President Adel Varga in Vienna.", {("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk and Hungarian President Adel Varga negotiated for six hours in Vienna.",
     {("Lenk", "Varga")}),
    ("Austrian Chancellor Tomas Lenk negotiated the release of journalist Adel Varga.", set()),
    ("Austrian Chancellor Tomas Lenk refused to negotiate with Hungarian President Adel Varga.", set()),
    ("Austrian Chancellor Tomas Lenk negotiated with the rebels in Vienna.", set()),
    # "their talks" with one person named before: the subject of the verb above and that person
    ("President Ilse Brandt praised the plan. During a joint appearance at the conclusion of their consultations in "
     "Geneva, President Tomas Lenk said peace is possible.", {("Brandt", "Lenk")}),
    ("President Ilse Brandt arrived on Monday. At the end of their talks, President Tomas Lenk said the border would "
     "reopen.", {("Brandt", "Lenk")}),
    # a visit to the seat of a post meets its holder named in the sentence (government-seat-posts)
    ("During a visit of German Chancellor Karla Brenner to the White House, US President Tom Walker said trade was "
     "important.", {("Brenner", "Walker")}),
    ("German Chancellor Karla Brenner visited the White House on Monday, where US President Tom Walker praised her.",
     {("Brenner", "Walker")}),
    ("German Chancellor Karla Brenner visited the White House on Monday.", set()),
    # talks held in a named place are no part of the article's phone call (held-talks-in-place,
    # talks-in-place); generic talks with no place still are
    ("President Ilse Brandt spoke by telephone with President Tomas Lenk on Monday. Foreign Minister Karla Brenner, "
     "who held talks with Secretary of State Tom Walker in Washington last week, said ties were strong.",
     {("Brenner", "Walker")}),
    ("President Ilse Brandt spoke by telephone with President Tomas Lenk on Monday. The two leaders held talks on the "
     "war in Ukraine.", set()),
    ("Secretary of State Tom Walker, who met President Tomas Lenk twice in Vienna this spring, said officials had "
     "stopped answering calls.", {("Lenk", "Walker")}),
    ("Secretary of State Tom Walker talked by phone with President Tomas Lenk in the morning.", set()),
])
def test_extract_meeting_shapes(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings

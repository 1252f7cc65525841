"""Delegation heads of a meeting told in one sentence, through the model (meeting precision and one-sentence shapes,
the forty-second session): the chair of one panel and the leader of the other ("The government panel, chaired by
X, and the rebel panel, led by Y, concluded the talks": ``delegation-led-by``), and the second leader of "teams led
by X for the A and Y for the B" (``delegation-led-by-second-for``); with near misses that must stay quiet: a
commission's chair who meets no one, one team's leader with a party as the other side, a delegation led "for" two
bodies. The sentences are written for this table; names are invented."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    ("Negotiating teams led by Interior Minister Tomas Aaland for the Conservatives and Yuki Tanabe for the Liberal "
     "Democrats held a third round of talks at the Cabinet Office on Monday.",
     {("Aaland", "Tanabe")}),
    ("The government panel, chaired by Marta Gil, and the rebel panel, led by Omar Saleh, concluded the fifth round "
     "of talks on Saturday at a hotel outside the capital.",
     {("Gil", "Saleh")}),
    ("The government panel, chaired by Marta Gil, met President Idris Kane on Monday.",
     {("Gil", "Kane")}),
    # near misses
    ("A commission chaired by Judge Marta Gil published its report on Monday.",
     set()),
    ("Negotiating teams led by Interior Minister Tomas Aaland for the Conservatives held talks with the Liberal "
     "Democrats on Monday.",
     set()),
    ("A delegation led by Foreign Minister Tomas Aaland for the government and the opposition travelled to Geneva "
     "on Monday.",
     set()),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_delegation_heads(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings

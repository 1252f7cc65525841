"""Meetings and calls told in one sentence, through the model: a meeting in a relative or adverbial clause stays a
meeting when the phone word belongs to another clause ("X, who met Y in May, told senators calls went unanswered",
"the groundwork for the call was laid when A and B met"), while a phone word of the meeting's own clause, or the
call a clause describes, makes a call of it, "discussed" included ("discussed Z in a telephone call"); the
"preparations" for a summit make it planned; a meeting "chaired by X and attended by Y" at which something was
agreed happened; an envoy "called in by" an official is seen in person; and a person's affiliation that NER takes
for a person ("Y of Batkivshchyna") is nobody met. Names are invented; the sentences are written for this table."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

AB = {('Bamba', 'Diallo')}
ABC = {('Bamba', 'Diallo'), ('Bamba', 'Sow'), ('Diallo', 'Sow')}

ROWS = [
    # meetings: the phone word is another clause's
    ('Foreign Minister Moussa Diallo, who met President Awa Bamba twice in Dakar this spring, told senators that '
     'the rebels had stopped answering calls.',
     AB),
    ("The groundwork for the call was laid last month, when Mali's foreign minister, Moussa Diallo, and his "
     'Senegalese counterpart, Awa Bamba, met in Kayes.',
     AB),
    ('The measures were agreed at a morning meeting of the security council chaired by President Ibrahima Sow and '
     'attended by Foreign Minister Moussa Diallo and Defence Minister Awa Bamba.',
     ABC),
    ('The talks brought together President Moussa Diallo, Awa Bamba of Batkivshchyna and Ibrahima Sow of the '
     'Liberal party.',
     ABC),
    ("Mali's ambassador, Moussa Diallo, was called in by Deputy Foreign Minister Awa Bamba, who demanded an "
     'apology.',
     AB),
    # near misses: calls and plans
    ('Senator Moussa Diallo called in to a radio programme on Monday to defend the budget.',
     set()),
    ("Mali's ambassador, Moussa Diallo, was called by Deputy Foreign Minister Awa Bamba on Monday.",
     set()),
    ('President Moussa Diallo, who spoke by telephone with President Awa Bamba on Sunday, said ties were strong.',
     set()),
    ('In a phone call on Monday, President Moussa Diallo discussed trade with President Awa Bamba.',
     set()),
    ('President Moussa Diallo and President Awa Bamba discussed preparations for the summit in a telephone call '
     'on Wednesday.',
     set()),
    ('The call, in which President Moussa Diallo and President Awa Bamba discussed trade, lasted an hour.',
     set()),
    ('President Moussa Diallo and President Awa Bamba agreed to meet in Geneva next month.',
     set()),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_call_clauses_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings

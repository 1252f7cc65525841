"""Meetings told inside one sentence, through the model: meetings reported by nouns ("talks between A and B", "A's
meeting with B", "the A-B summit", "an audience with the king", "a tête-à-tête", bilateral talks on the sidelines),
rosters and appositions ("the leaders of Ghana, Nigeria and Senegal – A, B and C – met", "chaired by X and attended
by Y and Z"), hosts ("X hosted Y", "Y was received by X", "X welcomed Y to the palace"), participants in parentheses,
a body's meeting chaired by one and attended by others, a second "and by" agent, a delegation "that included" or
"which comprised" persons, a mission "led by X" that "included" others, the leaders of two delegations in a gapped
clause ("was led by X, and the rebel delegation by Y"), signings and meetings "in the presence of" or "with X
looking on", and verbs of meeting in their varied forms. Names and countries are invented; the sentences are
written for this table. Misses kg still makes: "X and Y huddled" or "conferred" without a "with" partner; "X gave a
state banquet in honour of Y"; an appositive roster set off by spaced hyphens (" - A, B and C - ", which the NER
folds into the last name)."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

AB = {('Bamba', 'Diallo')}
ABC = {('Bamba', 'Diallo'), ('Bamba', 'Sow'), ('Diallo', 'Sow')}

ROWS = [
    # meetings reported by nouns
    ('Talks between President Moussa Diallo and Prime Minister Awa Bamba ended in Dakar on Monday without a deal.',
     AB),
    ("President Moussa Diallo's meeting with Prime Minister Awa Bamba lasted two hours.",
     AB),
    ('President Moussa Diallo and Prime Minister Awa Bamba both face elections next year. The Diallo-Bamba summit '
     'in Dakar produced a joint declaration on fisheries.',
     AB),
    ('Prime Minister Awa Bamba was granted an audience with King Moussa Diallo at the royal palace on Tuesday.',
     AB),
    ('President Moussa Diallo and Prime Minister Awa Bamba had a tête-à-tête on the sidelines of the summit.',
     AB),
    ('On the sidelines of the African Union summit, President Moussa Diallo held bilateral talks with Prime '
     'Minister Awa Bamba.',
     AB),
    ('After his meeting with Prime Minister Awa Bamba, President Moussa Diallo told reporters that ties were '
     'strong.',
     AB),
    ('The meeting between President Moussa Diallo and Prime Minister Awa Bamba, their first since the election, '
     'was held in Dakar.',
     AB),
    ('In talks with Prime Minister Awa Bamba on Monday, President Moussa Diallo pressed for a new trade deal.',
     AB),
    ('The two-hour talks in Dakar between President Moussa Diallo and Prime Minister Awa Bamba focused on '
     'security.',
     AB),
    # rosters and appositions
    ('The leaders of Mali, Senegal and Guinea – Moussa Diallo, Awa Bamba and Ibrahima Sow – met in Bamako on '
     'Sunday.',
     ABC),
    ('The meeting, chaired by President Moussa Diallo and attended by Prime Minister Awa Bamba and Foreign '
     'Minister Ibrahima Sow, ended late.',
     ABC),
    ('The three leaders (Moussa Diallo of Mali, Awa Bamba of Senegal and Ibrahima Sow of Guinea) met in Bamako.',
     ABC),
    ('President Moussa Diallo chaired talks attended by Prime Minister Awa Bamba and Foreign Minister Ibrahima Sow.',
     ABC),
    ('Presidents Moussa Diallo, Awa Bamba and Ibrahima Sow held a mini-summit in Bamako on Sunday.',
     ABC),
    ('The decision was taken at a meeting of the security council chaired by President Moussa Diallo and attended '
     'by Prime Minister Awa Bamba and Foreign Minister Ibrahima Sow.',
     ABC),
    ('The summit was hosted by President Moussa Diallo, the current chair of the bloc, and attended by Prime '
     'Minister Awa Bamba, who arrived late, and by Foreign Minister Ibrahima Sow.',
     ABC),
    ('President Moussa Diallo held talks with Prime Minister Awa Bamba before being joined by a larger delegation '
     'that included Foreign Minister Ibrahima Sow.',
     ABC),
    ('President Moussa Diallo received a delegation which comprised Prime Minister Awa Bamba and Foreign Minister '
     'Ibrahima Sow.',
     ABC),
    ('The mission was led by Malian President Moussa Diallo, and included Senegalese President Awa Bamba and '
     'Guinean President Ibrahima Sow.',
     ABC),
    ('Negotiators resumed talks in Dakar. The government delegation was led by Interior Minister Moussa Diallo, and '
     'the rebel delegation by Awa Bamba.',
     AB),
    # hosts
    ('President Moussa Diallo hosted Prime Minister Awa Bamba at the presidential palace on Tuesday.',
     AB),
    ('Prime Minister Awa Bamba was received by President Moussa Diallo at the presidential palace.',
     AB),
    ('President Moussa Diallo welcomed Prime Minister Awa Bamba to the palace on Tuesday.',
     AB),
    ("Peru's foreign minister, Rosa Quispe, was received at the presidential palace by Bolivian Foreign Minister "
     'Juan Mamani for a meeting that ran well past its scheduled two hours.',
     {('Mamani', 'Quispe')}),
    ("Ecuador's trade minister, Pablo Rojas, was received at the foreign ministry by Colombian Foreign Minister "
     'Elena Duarte for talks that went on past midnight.',
     {('Duarte', 'Rojas')}),
    ('King Moussa Diallo received Prime Minister Awa Bamba in audience at the royal palace.',
     AB),
    ('Prime Minister Awa Bamba was hosted by President Moussa Diallo for a working dinner.',
     AB),
    # signings and meetings witnessed
    ('The fisheries treaty was signed by Foreign Minister Awa Bamba and Foreign Minister Ibrahima Sow in the '
     'presence of President Moussa Diallo.',
     ABC),
    ('The Border Agreement was signed in Dakar by Prime Minister Awa Bamba and Prime Minister Ibrahima Sow, with '
     'President Moussa Diallo looking on.',
     ABC),
    ('President Moussa Diallo met Prime Minister Awa Bamba in the presence of Foreign Minister Ibrahima Sow.',
     ABC),
    # participants in parentheses
    ('The two presidents (Moussa Diallo and Awa Bamba) met in Dakar on Monday.',
     AB),
    ("Both foreign ministers, Senegal's Moussa Diallo and Mali's Awa Bamba, held talks in Dakar.",
     AB),
    # verbs
    ('President Moussa Diallo conferred with Prime Minister Awa Bamba in Dakar on Monday.',
     AB),
    ('President Moussa Diallo sat down with Prime Minister Awa Bamba for talks in Dakar.',
     AB),
    ('President Moussa Diallo paid a courtesy call on Prime Minister Awa Bamba in Dakar.',
     AB),
    ('President Moussa Diallo and Prime Minister Awa Bamba exchanged views on regional security in Dakar.',
     AB),
    ('President Moussa Diallo held consultations with Prime Minister Awa Bamba in Dakar.',
     AB),
    ('Prime Minister Awa Bamba joined President Moussa Diallo for talks at the palace.',
     AB),
    ('President Moussa Diallo had a working lunch with Prime Minister Awa Bamba on Monday.',
     AB),
    ('President Moussa Diallo visited Prime Minister Awa Bamba at her office in Dakar.',
     AB),
    ('President Moussa Diallo and Prime Minister Awa Bamba negotiated for six hours in Dakar.',
     AB),
    ('President Moussa Diallo met with Prime Minister Awa Bamba and Foreign Minister Ibrahima Sow in Dakar.',
     ABC),
    ('President Moussa Diallo received Prime Minister Awa Bamba, who was accompanied by Foreign Minister '
     'Ibrahima Sow.',
     ABC),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_one_sentence_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_one_sentence_table_is_varied():
    """At least forty sentences, every one a meeting."""
    assert len(ROWS) >= 40 and all(m for _, m in ROWS)

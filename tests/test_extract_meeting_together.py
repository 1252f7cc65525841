"""Meeting pairs of news paragraphs, through the model: sides met separately and then together ("first separately
and then together", "before a joint session", "followed by a trilateral meeting"), two named subjects who "met
separately" (with each other, apart from the others), a meal or meeting had on a date with a partner ("had lunch on
Wednesday with Y"), a definite role anaphor as partner that is not its clause's subject ("Y held talks with the
visiting president"), the chair or launcher of talks in an article of two events, and a held summit that a later
plan leaves the report's one gathering, the opener of a conference and those listed as attending it, names after a
country's possessive that NER misses ("Samoa's Fiame Naomi Mata'afa"). Near misses give no pair: sides met only separately, travelling or a
statement together, separate news conferences, meetings with reporters, a planned meal, a phone call, a spouse,
everyday "met", a debate and a ticket. Sentences written for these tests (invented names)."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

THREE = {("Dlamini", "Moyo"), ("Dlamini", "Phiri"), ("Moyo", "Phiri")}
ROWS = [
    # met separately, then together: every pair (g-separate-then-together)
    ('Zambian President Peter Phiri and Malawian President Grace Moyo arrived in Pretoria on Monday. South African '
     'President Thabo Dlamini hosted the two leaders, first separately and then together.', THREE),
    ('South African President Thabo Dlamini met Zambian President Peter Phiri and Malawian President Grace Moyo '
     'separately on Monday, and then together.', THREE),
    ('South African President Thabo Dlamini held separate talks with Zambian President Peter Phiri and Malawian '
     'President Grace Moyo before a joint session with both.', THREE),
    ('South African President Thabo Dlamini held separate meetings with Zambian President Peter Phiri and Malawian '
     'President Grace Moyo, followed by a trilateral meeting.', THREE),
    ('Zambian President Peter Phiri and Malawian President Grace Moyo arrived in Pretoria on Monday. South African '
     'President Thabo Dlamini met the two leaders separately before bringing them together for a joint session.',
     THREE),
    # only separately, or together in something that is no meeting: the separate pairs alone
    ('South African President Thabo Dlamini met Zambian President Peter Phiri and Malawian President Grace Moyo '
     'separately on Monday.', {("Dlamini", "Phiri"), ("Dlamini", "Moyo")}),
    ('South African President Thabo Dlamini met Zambian President Peter Phiri and Malawian President Grace Moyo '
     'separately before travelling together to Lusaka.', {("Dlamini", "Phiri"), ("Dlamini", "Moyo")}),
    ('South African President Thabo Dlamini met Zambian President Peter Phiri and Malawian President Grace Moyo '
     'separately; both leaders later issued a joint statement.', {("Dlamini", "Phiri"), ("Dlamini", "Moyo")}),
    # two named subjects who met separately met each other
    ('Indian Prime Minister Arjun Rao and Chinese Premier Wang Lei held talks in Delhi. Their foreign ministers, '
     'Sunil Mehta and Zhou Ping, met separately to work on the details.',
     {("Lei", "Rao"), ("Mehta", "Ping")}),
    ('The finance ministers, Sunil Mehta and Zhou Ping, also met separately on Tuesday.', {("Mehta", "Ping")}),
    ('Indian Prime Minister Arjun Rao and Chinese Premier Wang Lei met separately with reporters on Monday.', set()),
    ('Indian Prime Minister Arjun Rao and Chinese Premier Wang Lei held separate news conferences on Monday.',
     set()),
    ('Indian Prime Minister Arjun Rao and Chinese Premier Wang Lei voted separately on the resolution.', set()),
    # a meal or meeting had on a date with a partner (m-have); not a plan, a call or a child
    ('Chilean President Ana Soto had lunch on Wednesday with Peruvian President Luis Quispe.', {("Quispe", "Soto")}),
    ('Chilean President Ana Soto had a two-hour meeting on Monday with Peruvian President Luis Quispe in Lima.',
     {("Quispe", "Soto")}),
    ('Chilean President Ana Soto had talks in Lima with Peruvian President Luis Quispe.', {("Quispe", "Soto")}),
    ('Chilean President Ana Soto had a brief conversation with Peruvian President Luis Quispe on the sidelines of '
     'the summit.', {("Quispe", "Soto")}),
    ('Chilean President Ana Soto will have dinner on Friday with Peruvian President Luis Quispe.', set()),
    ('Chilean President Ana Soto had a phone call on Monday with Peruvian President Luis Quispe.', set()),
    ('Chilean writer Ana Soto had a son in 1990 with the painter Luis Quispe.', set()),
    # a definite role anaphor as partner is not its clause's subject
    ('Kenyan President Daniel Mwangi arrived in Kampala on Monday for a two-day state visit. Ugandan President '
     'Samuel Okot held talks with the visiting president at State House.', {("Mwangi", "Okot")}),
    ('Chinese President Hu Wen arrived in Tokyo on Tuesday. The visiting president also had breakfast on Wednesday '
     'with Ichiro Tanaka, leader of the opposition.', {("Tanaka", "Wen")}),
    ('Kenyan President Daniel Mwangi arrived in Kampala on Monday. Ugandan President Samuel Okot said the president '
     'was welcome.', set()),
    # the chair or launcher of "the talks" joins the talks, not the article's other event
    ('Israeli Prime Minister Avi Katz and Palestinian President Omar Nasser held talks in Washington on Thursday. '
     'The talks were chaired by Secretary of State Ellen Ward. On Wednesday, President Tom Baker had hosted a dinner '
     'for Katz and Nasser.',
     {("Katz", "Nasser"), ("Katz", "Ward"), ("Nasser", "Ward"), ("Baker", "Katz"), ("Baker", "Nasser")}),
    ('Israeli Prime Minister Avi Katz and Palestinian President Omar Nasser held talks in Washington on Thursday. '
     'Secretary of State Ellen Ward chaired the talks. On Wednesday, President Tom Baker had hosted a dinner for '
     'Katz and Nasser.',
     {("Katz", "Nasser"), ("Katz", "Ward"), ("Nasser", "Ward"), ("Baker", "Katz"), ("Baker", "Nasser")}),
    ('Israeli Prime Minister Avi Katz and Palestinian President Omar Nasser held talks in Washington on Thursday. '
     'The next round of talks will be chaired by Secretary of State Ellen Ward. On Wednesday, President Tom Baker '
     'had hosted a dinner for Katz and Nasser.',
     {("Katz", "Nasser"), ("Baker", "Katz"), ("Baker", "Nasser")}),
    # a plan reported after a held summit leaves the summit the report's one gathering
    ('Leaders wrapped up the Nordic summit in Oslo on Friday. At the summit, Finnish Prime Minister Aino Virtanen '
     'called for more defence spending. Swedish Prime Minister Erik Lund told the summit that Sweden agreed. '
     'Virtanen will have breakfast on Saturday with King Harald Olsen.', {("Lund", "Virtanen")}),
    # the opener of a gathering joins those listed as attending it just after
    ('President Pervez Malik opened the one-day donors\' conference in the capital on Saturday. Also attending were '
     'Prime Minister Shaukat Rana and U.N. Secretary-General Kofi Mensah.',
     {("Malik", "Mensah"), ("Malik", "Rana"), ("Mensah", "Rana")}),
    ('President Pervez Malik opened the donors\' conference in the capital on Saturday. The World Bank pledged $1 '
     'billion. Several hundred survivors blocked the main road. Aid flights resumed on Sunday. Also attending were '
     'Prime Minister Shaukat Rana and U.N. Secretary-General Kofi Mensah.', {("Mensah", "Rana")}),
    # a name after a country's possessive that NER misses or takes for an organisation
    ('Chancellor Anja Reiter met Samoa\'s Fiame Naomi Mata\'afa and Tonga\'s Siaosi Sovaleni in Berlin on Monday.',
     {("Mata'afa", "Reiter"), ("Mata'afa", "Sovaleni"), ("Reiter", "Sovaleni")}),
    ('Chancellor Anja Reiter held talks with Ireland\'s Sean O\'Malley and Senegal\'s Aissata N\'Diaye in Berlin on '
     'Monday.', {("N'Diaye", "O'Malley"), ("N'Diaye", "Reiter"), ("O'Malley", "Reiter")}),
    ('Chancellor Anja Reiter met representatives of India\'s Tata Motors and Germany\'s Deutsche Bank in Berlin.',
     set()),
    # everyday "met", debates, tickets, spouses, plans and calls stay no meeting
    ('Zambian President Peter Phiri was met at the airport by Foreign Minister Grace Moyo.', set()),
    ('Zambian President Peter Phiri and Malawian President Grace Moyo first met as students in 1990.', set()),
    ('Senator Peter Phiri and Governor Grace Moyo met separately in the vice-presidential debate.', set()),
    ('Senator Peter Phiri chose Governor Grace Moyo as his running mate, and the two then campaigned together.',
     set()),
    ('Zambian President Peter Phiri and Malawian President Grace Moyo will meet separately and then together next '
     'week.', set()),
    ('Zambian President Peter Phiri spoke by phone with Malawian President Grace Moyo on Monday.', set()),
    ('South African President Thabo Dlamini hosted Zambian President Peter Phiri and his wife, Grace Moyo, at a '
     'state dinner.', {("Dlamini", "Phiri")}),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_together_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_together_table_is_varied():
    """Thirty paragraphs or more, meetings and near misses both."""
    assert len(ROWS) >= 30 and sum(not m for _, m in ROWS) >= 10

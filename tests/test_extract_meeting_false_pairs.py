"""Meeting pairs that the guide does not want, in invented news paragraphs through the model: a table written per
class of false pair seen on fresh news (a summit called off or put off, a meeting the text only supposes with "if",
talks held in another room or session than the named summit, signers of their own accords, a bare surname
given to the latest of several full names, a greeting at a named airport, a leader who attended a body's own summit joined to
talks told earlier, the principal of an aide or chief of staff read as a participant), each with the pairs that must
come out beside those that must not, and near misses that must stay meetings. Names and countries are invented;
the paragraphs are written for these tests."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

ROWS = [
    # a gathering called off or put off does not take place (neg-head-off)
    ("President Tom Baker called off his summit with Chinese President Li Wen on Friday, citing hostile statements.",
     set()),
    ("The summit between Kenyan President Daniel Mwangi and Ugandan President Samuel Okot was called off at the last "
     "minute.",
     set()),
    ("Kenyan President Daniel Mwangi put off his meeting with Ugandan President Samuel Okot until next month because "
     "of the floods.",
     set()),
    ("Kenyan President Daniel Mwangi called off the strike talks and met Ugandan President Samuel Okot in Kampala on "
     "Friday.",
     {("Mwangi", "Okot")}),
    ("Kenyan President Daniel Mwangi met Ugandan President Samuel Okot on Friday after the rebels called off their "
     "offensive.",
     {("Mwangi", "Okot")}),
    # a meeting only supposed: "if" (hyp-if)
    ("If Kenyan President Daniel Mwangi had met Ugandan President Samuel Okot, the war might have ended sooner.",
     set()),
    ("Kenyan President Daniel Mwangi said that if he met Ugandan President Samuel Okot, he would raise the border "
     "dispute.",
     set()),
    ("Kenyan President Daniel Mwangi met Ugandan President Samuel Okot on Monday. If the talks succeed, the border "
     "will reopen.",
     {("Mwangi", "Okot")}),
    # talks in another room, wing or session than the named summit are a meeting of their own (apart-setting)
    ("The Arusha summit brought together Kenyan President Daniel Mwangi, Ugandan President Samuel Okot and Rwandan "
     "President Eric Habimana. Meeting in another wing of the palace, the contact group, former minister Paul Kamau, "
     "envoy Sam Opio and mediator Grace Auma, signed a document.",
     {("Habimana", "Mwangi"), ("Habimana", "Okot"), ("Mwangi", "Okot"), ("Auma", "Kamau"), ("Auma", "Opio"),
      ("Kamau", "Opio")}),
    ("The Arusha summit brought together Kenyan President Daniel Mwangi, Ugandan President Samuel Okot and Rwandan "
     "President Eric Habimana. In a separate room, Kenyan Foreign Minister Paul Kamau, Ugandan Foreign Minister Sam "
     "Opio and Rwandan Foreign Minister Grace Auma held talks on trade.",
     {("Habimana", "Mwangi"), ("Habimana", "Okot"), ("Mwangi", "Okot"), ("Auma", "Kamau"), ("Auma", "Opio"),
      ("Kamau", "Opio")}),
    ("The Arusha summit brought together Kenyan President Daniel Mwangi, Ugandan President Samuel Okot and Rwandan "
     "President Eric Habimana. At a separate session, Kenyan Foreign Minister Paul Kamau, Ugandan Foreign Minister "
     "Sam Opio and Rwandan Foreign Minister Grace Auma met.",
     {("Habimana", "Mwangi"), ("Habimana", "Okot"), ("Mwangi", "Okot"), ("Auma", "Kamau"), ("Auma", "Opio"),
      ("Kamau", "Opio")}),
    # a leader who attended a body's own summit joins no talks told before (joins.own_gathering)
    ("Kenyan Foreign Minister Paul Kamau and Ugandan Foreign Minister Sam Opio met for three hours at the border on "
     "Monday. Their talks dealt with troop withdrawals. Kenyan President Daniel Mwangi accused Uganda of aggression. "
     "The army said it had shelled a school. Mwangi and his Ugandan counterpart, Samuel Okot, attended the summit of "
     "the East African Community in Arusha on Friday.",
     {("Kamau", "Opio"), ("Mwangi", "Okot")}),
    ("Kenyan Foreign Minister Paul Kamau met Ugandan Foreign Minister Sam Opio in Kampala on Monday. Their talks "
     "covered trade. Rwandan Foreign Minister Eric Habimana, who attended a conference of the African Union in Addis "
     "Ababa, said the deal was welcome.",
     {("Kamau", "Opio")}),
    ("Kenyan Foreign Minister Paul Kamau met Ugandan Foreign Minister Sam Opio in Kampala on Monday. Rwandan Foreign "
     "Minister Eric Habimana joined the meeting later.",
     {("Habimana", "Kamau"), ("Habimana", "Opio"), ("Kamau", "Opio")}),
    # those who signed their own accords signed apart (signed-own-accords)
    ("The other partners — New Hope leader Gideon Sarid, Labor leader Merav Mich and Meretz leader Nitzan Horan — "
     "had signed their agreements earlier in the day.",
     set()),
    ("Kenyan President Daniel Mwangi and Ugandan President Samuel Okot signed their respective accords with the "
     "rebels in Nairobi.",
     set()),
    ("Kenyan President Daniel Mwangi and Ugandan President Samuel Okot signed six agreements on trade and energy on "
     "Monday.",
     {("Mwangi", "Okot")}),
    ("Kenyan President Daniel Mwangi and Ugandan President Samuel Okot signed their agreement on the border on "
     "Monday.",
     {("Mwangi", "Okot")}),
    # a bare surname several full names fit is the one named most so far (people.cluster), not the latest
    ("Secretary of State Mark Dunn praised North Korean leader Pak Chol Su on Monday. Pak had released three "
     "prisoners. Vice Foreign Minister Pak Yong Ho said the gesture was sincere. Dunn, who has met Pak twice in "
     "Pyongyang, told senators the talks would go on.",
     {("Dunn", "Su")}),
    # welcomed or received at an airport the text names: a greeting on arrival (arrival-greeting-named)
    ("Indian Prime Minister Ravi Menon was received at Hazrat Shahjalal International Airport by Foreign Minister "
     "Dipu Moni on Saturday.",
     set()),
    ("Chinese President Li Wen, who arrived from Lagos on Thursday evening, was welcomed at Jomo Kenyatta "
     "International Airport by Vice President Moody Awori before driving to State House.",
     set()),
    ("Indian Prime Minister Ravi Menon met Foreign Minister Dipu Moni at the Airport Hotel in Dhaka on Saturday.",
     {("Menon", "Moni")}),
    # the holder of a title whose aide, adviser or chief of staff is named takes no part (nonparticipants.served)
    ("Prime Minister Imran Qadir defended the loan. Ali Shah, the prime minister's adviser on finance, announced the "
     "deal after two weeks of negotiations with an IMF mission led by Ernesto Blanco.",
     {("Blanco", "Shah")}),
    ("President Jean Dube criticised the plan. The president's chief of staff, Paul Mbeki, met opposition leader "
     "Moses Tau on Tuesday.",
     {("Mbeki", "Tau")}),
    ("President Jean Dube criticised the plan. Paul Mbeki, the president's chief of staff, held talks with opposition "
     "leader Moses Tau on Tuesday.",
     {("Mbeki", "Tau")}),
    ("President Jean Dube arrived in Pretoria on Monday. The president met opposition leader Moses Tau on Tuesday.",
     {("Dube", "Tau")}),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_false_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_false_pairs_table_has_near_misses():
    """Rows that must stay meetings beside rows that must give none."""
    assert sum(not m for _, m in ROWS) >= 5 and sum(bool(m) for _, m in ROWS) >= 10

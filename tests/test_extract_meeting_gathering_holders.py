"""The host or chair of a gathering whose attendees a passive "attended by" names takes part with them, also where
the article reports another meeting first (``kg.extract.stray_partners.gathering_holders``); near misses: a
participle that holds no gathering, a planned attendance. The last item of an attendance list that an apposition
cuts and the parser hangs above the trigger (``list_tail_above``); near misses: a clause of its own after the list.
The chair of a side's panel (delegation-led-by). Sentences written for these tests (invented names,
real office titles; meeting recall, forty-second session)."""

from __future__ import annotations

import pytest
from meetingpairs import pairs

SIGNED = "Peruvian President Tomas Ortega and Bolivian President Ana Quispe signed the accord in Lima on Thursday."
GUESTS = "Ecuadorian President Luis Mena and Uruguayan President Jorge Paz"


@pytest.mark.parametrize("text, meetings", [
    # "The ceremony" after the signing is the signing's: its host and guests join the signers (joins._signing_back)
    (f"{SIGNED} The ceremony, hosted by Chilean President Rosa Vidal, was attended by {GUESTS}.",
     {("Mena", "Ortega"), ("Mena", "Paz"), ("Mena", "Quispe"), ("Mena", "Vidal"), ("Ortega", "Paz"),
      ("Ortega", "Quispe"), ("Ortega", "Vidal"), ("Paz", "Quispe"), ("Paz", "Vidal"), ("Quispe", "Vidal")}),
    (f"{SIGNED} A separate meeting in Quito was chaired by Chilean President Rosa Vidal and attended by {GUESTS}.",
     {("Ortega", "Quispe"), ("Mena", "Paz"), ("Mena", "Vidal"), ("Paz", "Vidal")}),
    # near misses: no verb of holding a gathering; a planned attendance
    (f"{SIGNED} The memorandum, drafted by Chilean President Rosa Vidal, was signed by {GUESTS}.",
     {("Ortega", "Quispe"), ("Mena", "Paz")}),
    (f"{SIGNED} The dinner, hosted by Chilean President Rosa Vidal, will be attended by {GUESTS}.",
     {("Ortega", "Quispe")}),
    # the last item of an attendance list cut by an apposition (kg.extract.stray_partners.list_tail_above)
    ("The accord was announced after a session attended by Peruvian President Tomas Ortega, the host, Bolivian "
     "President Ana Quispe, and Chilean President Rosa Vidal, who arrived late.",
     {("Ortega", "Quispe"), ("Ortega", "Vidal"), ("Quispe", "Vidal")}),
    ("The accord was announced after a session attended by Peruvian President Tomas Ortega, the host, and Bolivian "
     "President Ana Quispe, and Chilean President Luis Mena welcomed it.", {("Ortega", "Quispe")}),
    ("Peruvian President Tomas Ortega said after meeting Bolivian President Ana Quispe, and Chilean President Rosa "
     "Vidal agreed.", {("Ortega", "Quispe")}),
    # the chair of a side's panel takes part in what the panel does (delegation-led-by); not an inquiry's chair
    ("The government panel, chaired by Chilean Foreign Minister Rosa Vidal, and the rebel panel, led by Tomas "
     "Ortega, concluded a round of talks in Lima on Saturday.", {("Ortega", "Vidal")}),
    ("The inquiry, chaired by Chilean Foreign Minister Rosa Vidal, held hearings with Peruvian President Tomas "
     "Ortega on Monday.", set()),
])
def test_extract_meeting_gathering_holders_news_classes(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings

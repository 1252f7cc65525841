"""Gatherings with many named participants in news reports: a meal a host gives for named guests (also in a
relative clause), a later guest who "also attended the dinner", the one who launches, mediates or moderates talks,
and a plural object a colon then lists. Sentences written for these tests (invented names, real office titles)."""

from __future__ import annotations

import pytest
import spacy
from meetingpairs import pairs
from spacy.tokens import Doc

from kg.extract.rulematch import rule_marks

VOCAB = spacy.blank("en").vocab


def parsed(words: str, deps: str, heads: list[int], pos: str, lemmas: str) -> Doc:
    return Doc(VOCAB, words=words.split(), deps=deps.split(), heads=heads, pos=pos.split(), lemmas=lemmas.split())


def test_extract_meeting_gatherings_hosted_meal_for_marks_guests():
    # "a dinner that Vidal hosted for Ortega ."
    relcl = parsed("a dinner that Vidal hosted for Ortega .", "det ROOT dobj nsubj relcl prep pobj punct",
                   [1, 1, 4, 4, 1, 4, 5, 1], "DET NOUN PRON PROPN VERB ADP PROPN PUNCT",
                   "a dinner that Vidal host for Ortega .")
    assert rule_marks(relcl).rule("participant-prep", 5) == "g-prep-participant-hosted-meal-for"
    # "a debate that Vidal hosted for Ortega .": no meal or gathering for this rule
    debate = parsed("a debate that Vidal hosted for Ortega .", "det ROOT dobj nsubj relcl prep pobj punct",
                    [1, 1, 4, 4, 1, 4, 5, 1], "DET NOUN PRON PROPN VERB ADP PROPN PUNCT",
                    "a debate that Vidal host for Ortega .")
    assert rule_marks(debate).rule("participant-prep", 5) != "g-prep-participant-hosted-meal-for"


def test_extract_meeting_gatherings_hosted_that_for_marks_guests():
    # "talks followed a dinner that Vidal hosted for Ortega ." with the clause hung on the main verb
    doc = parsed("talks followed a dinner that Vidal hosted for Ortega .",
                 "nsubj ROOT det dobj mark nsubj advcl prep pobj punct", [1, 1, 3, 1, 6, 6, 1, 6, 7, 1],
                 "NOUN VERB DET NOUN SCONJ PROPN VERB ADP PROPN PUNCT",
                 "talk follow a dinner that Vidal host for Ortega .")
    assert rule_marks(doc).rule("participant-prep", 7) == "g-prep-participant-hosted-that-for"
    # "Vidal hosted it for Ortega ." has no relative word: no such mark
    plain = parsed("Vidal hosted it for Ortega .", "nsubj ROOT dobj prep pobj punct", [1, 1, 1, 1, 3, 1],
                   "PROPN VERB PRON ADP PROPN PUNCT", "Vidal host it for Ortega .")
    assert rule_marks(plain).rule("participant-prep", 3) != "g-prep-participant-hosted-that-for"


def test_extract_meeting_gatherings_launched_by_marks_presence():
    doc = parsed("The talks were launched by Vidal .", "det nsubjpass auxpass ROOT agent pobj punct",
                 [1, 3, 3, 3, 3, 4, 3], "DET NOUN AUX VERB ADP PROPN PUNCT", "the talk be launch by Vidal .")
    assert rule_marks(doc).rule("presence-agent", 4) == "g-presence-launched-by"
    probe = parsed("The probe was launched by Vidal .", "det nsubjpass auxpass ROOT agent pobj punct",
                   [1, 3, 3, 3, 3, 4, 3], "DET NOUN AUX VERB ADP PROPN PUNCT", "the probe be launch by Vidal .")
    assert not rule_marks(probe).has("presence-agent", 4)


HOST = "Chilean President Rosa Vidal"
PERU, BOLIVIA, ECUADOR = ("Peruvian President Tomas Ortega", "Bolivian President Ana Quispe",
                          "Ecuadorian President Luis Mena")


@pytest.mark.parametrize("text, meetings", [
    # a meal a host gives for named guests, in a relative clause (g-prep-participant-hosted-*)
    (f"The talks followed a working dinner that {HOST} hosted for {PERU}, {BOLIVIA} and {ECUADOR}.",
     {("Mena", "Ortega"), ("Mena", "Quispe"), ("Mena", "Vidal"), ("Ortega", "Quispe"), ("Ortega", "Vidal"),
      ("Quispe", "Vidal")}),
    (f"The summit opened after a lunch hosted by {HOST} for {PERU} at La Moneda.", {("Ortega", "Vidal")}),
    (f"The ministers met after a dinner that {HOST} will host for {PERU} next week.", set()),
    (f"A banquet that {HOST} hosted for 300 guests ended late.", set()),
    # a later guest of the meal the event before names (meal-gatherings), even sentences later; not a plan
    (f"{HOST} hosted a dinner for {PERU} and {BOLIVIA}. Former Uruguayan president Jorge Paz, who now chairs the "
     "panel, also attended the dinner.",
     {("Ortega", "Paz"), ("Ortega", "Quispe"), ("Ortega", "Vidal"), ("Paz", "Quispe"), ("Paz", "Vidal"),
      ("Quispe", "Vidal")}),
    (f"{HOST} hosted a lunch for {PERU} and {BOLIVIA}. The lunch lasted two hours. Trade was discussed. The mood "
     "was warm, officials said. Uruguayan President Jorge Paz also attended the lunch.",
     {("Ortega", "Paz"), ("Ortega", "Quispe"), ("Ortega", "Vidal"), ("Paz", "Quispe"), ("Paz", "Vidal"),
      ("Quispe", "Vidal")}),
    (f"{HOST} hosted a lunch for {PERU} and {BOLIVIA}. Uruguayan President Jorge Paz will also attend the lunch.",
     {("Ortega", "Quispe"), ("Ortega", "Vidal"), ("Quispe", "Vidal")}),
    (f"{HOST} hosted a lunch for {PERU} and {BOLIVIA}. Uruguayan President Jorge Paz attended a dinner in "
     "Montevideo.", {("Ortega", "Quispe"), ("Ortega", "Vidal"), ("Quispe", "Vidal")}),
    (f"{HOST} met {PERU}. Uruguayan President Jorge Paz attended a dinner later.", {("Ortega", "Vidal")}),
    # the one who launches, mediates or moderates the talks takes part (g-presence-launched-by, g-presence-launches)
    (f"{PERU} and {BOLIVIA} opened talks on Thursday. The talks were launched by {HOST}, with Uruguayan envoy "
     "Jorge Paz joining the two leaders for a session that lasted an hour.",
     {("Ortega", "Paz"), ("Ortega", "Quispe"), ("Ortega", "Vidal"), ("Paz", "Quispe"), ("Paz", "Vidal"),
      ("Quispe", "Vidal")}),
    (f"{PERU} and {BOLIVIA} held talks in Geneva on Thursday. {HOST} mediated the talks.",
     {("Ortega", "Quispe"), ("Ortega", "Vidal"), ("Quispe", "Vidal")}),
    (f"{PERU} and {BOLIVIA} held talks in Geneva on Thursday. The session was moderated by {HOST}.",
     {("Ortega", "Quispe"), ("Ortega", "Vidal"), ("Quispe", "Vidal")}),
    (f"{PERU} and {BOLIVIA} held talks in Geneva on Thursday. {HOST} launched an inquiry into the leak.",
     {("Ortega", "Quispe")}),
    (f"{PERU} and {BOLIVIA} held talks in Geneva on Thursday. {HOST} will mediate the next round of talks.",
     {("Ortega", "Quispe")}),
    # a plural object a colon then lists (kg.extract.colon_lists); not a quotation after the colon, not a plan
    ("President Karl Brenner spoke on Monday. The decision came hours after Brenner met the top four "
     "parliamentary leaders in his office: Speaker Ilse Kramer, Majority Leader Otto Lenz, Minority Leader Eva "
     "Roth and Senate Minority Leader Hans Weber.",
     {("Brenner", "Kramer"), ("Brenner", "Lenz"), ("Brenner", "Roth"), ("Brenner", "Weber"), ("Kramer", "Lenz"),
      ("Kramer", "Roth"), ("Kramer", "Weber"), ("Lenz", "Roth"), ("Lenz", "Weber"), ("Roth", "Weber")}),
    (f"{HOST} met the ministers on Tuesday: \"We agreed on the budget,\" Finance Minister Ana Quispe said.", set()),
    (f"{HOST} thanked the mediators: Ana Quispe and Jorge Paz.", set()),
])
def test_extract_meeting_gatherings_news_classes(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


@pytest.mark.parametrize("text, meetings", [
    # a one-word "person" that names a known city or a building (kg.extract.place_persons)
    ("Sanaa, June 17 — The United Nations special envoy, Martin Gray, held talks with rebel leader Ali Nasser on "
     "Saturday.", {("Gray", "Nasser")}),
    ("Peruvian President Tomas Ortega met Bolivian President Ana Quispe at Premier House on Sunday.",
     {("Ortega", "Quispe")}),
    # a counterpart the text names at once is that person, not the country's leader named elsewhere
    ("King Ali Saeed of Morocco was abroad. Spanish Prime Minister Pedro Gil and his Moroccan counterpart, Omar "
     "Tazi, co-chaired the summit in Rabat.", {("Gil", "Tazi")}),
    ("King Ali Saeed of Morocco was abroad. Spanish Prime Minister Pedro Gil met his Moroccan counterpart in Rabat.",
     {("Gil", "Saeed")}),
    # a spouse who comes along is no participant (spouse-nouns)
    ("On Tuesday evening Queen Elizabeth II hosted Chinese President Li Wei and his wife, Zhao Min, at a state "
     "banquet at the palace.", {("II", "Wei")}),
    ("Chinese President Li Wei and his wife Zhao Min met Norwegian Prime Minister Erna Dahl at the palace.",
     {("Dahl", "Wei")}),
    # a headline's infinitive hung on its subject is still to happen (g-fut-headline-to-noun-root)
    ("Oslo to host talks between Norwegian Prime Minister Ola Berg and Icelandic Prime Minister Jon Sigurdsson",
     set()),
    ("Norwegian Prime Minister Ola Berg hosted Icelandic Prime Minister Jon Sigurdsson in Oslo on Monday.",
     {("Berg", "Sigurdsson")}),
    # partners met in turn are met one by one (g-separate-in-turn, g-prep-participant-in-turn-with)
    ("Prime Minister Tom Hale arrived in Cardiff on Monday. There he sat down in turn with Labour leader Ann Price, "
     "Plaid leader Rhys Owen and Conservative leader Paul Davies.",
     {("Hale", "Price"), ("Hale", "Owen"), ("Davies", "Hale")}),
    ("Prime Minister Tom Hale met in turn with Labour leader Ann Price and Plaid leader Rhys Owen.",
     {("Hale", "Price"), ("Hale", "Owen")}),
    # a state represented at the gathering just before by a named person (kg.extract.represented)
    ("The final session in Geneva brought together Peruvian President Tomas Ortega and Bolivian President Ana "
     "Quispe. Chile was represented by Deputy Foreign Minister Jorge Paz, as Foreign Minister Rosa Vidal did not "
     "travel to Geneva.", {("Ortega", "Paz"), ("Ortega", "Quispe"), ("Paz", "Quispe")}),
    ("Peruvian President Tomas Ortega and Bolivian President Ana Quispe held talks in Geneva. Chile was represented "
     "at the talks by Deputy Foreign Minister Jorge Paz.",
     {("Ortega", "Paz"), ("Ortega", "Quispe"), ("Paz", "Quispe")}),
    ("Peruvian President Tomas Ortega and Bolivian President Ana Quispe held talks in Geneva. Chile will be "
     "represented by Deputy Foreign Minister Jorge Paz at the next round.", {("Ortega", "Quispe")}),
    ("Peruvian President Tomas Ortega and Bolivian President Ana Quispe held talks in Geneva. Quispe was "
     "represented by her lawyer Jorge Paz in the court case.", {("Ortega", "Quispe")}),
    ("Peruvian President Tomas Ortega and Bolivian President Ana Quispe will hold talks in Geneva next week. Chile "
     "was represented by Deputy Foreign Minister Jorge Paz.", set()),
])
def test_extract_meeting_gatherings_places_spouses_and_sides(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings

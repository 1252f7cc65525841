"""Topics of a meeting told over several sentences (kg.extract.topicevents), of what describes a topic rather than
adds one (kg.extract.topicfilter.cue_descriptions), and of a news title's circumstances (kg.extract.topictitle).
Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract.topicevents import subject_of
from kg.extract.topicfilter import cue_descriptions, describing_clause
from kg.extract.topictitle import circumstance

MEETING = "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday. "


def topics(facts) -> set[str]:
    return {t.topic for t in facts.topics}


@pytest.mark.parametrize("text, expected", [
    # "X was also on the agenda" closes an account of the meeting named a few sentences before, when the lead
    # reports something else (an arrival, a collapse)
    ("NAIROBI — President Jakaya Kikwete arrived in Nairobi on Friday for a state visit. There he held talks with "
     "President Mwai Kibaki. The talks focused on cross-border trade. Energy prices and the stalled highway were "
     "also on the agenda.", {"cross-border trade", "energy prices", "stalled highway"}),
    ("ACCRA — Ghana's trade minister Alan Kyerematen flew to Abuja on Monday. He later met his Nigerian counterpart "
     "Niyi Adebayo. The two men discussed the border closure. Stranded lorries and the transit scheme were also on "
     "the agenda, according to a statement.", {"border closure", "stranded lorries", "transit scheme"}),
    ("BERLIN — The coalition talks collapsed on Sunday night. Chancellor Angela Merkel had met Christian Lindner and "
     "Cem Ozdemir for a final session. The session dealt with migration and climate policy. Tax cuts and the euro "
     "zone were also on the table.", {"migration and climate policy", "tax cuts", "euro zone"}),
    ("WARSAW — The German foreign minister arrived in Warsaw on Friday. Frank-Walter Steinmeier held talks with "
     "Witold Waszczykowski at the foreign ministry. The ministers focused on the pipeline. The refugee crisis was "
     "also discussed, officials said.", {"pipeline", "refugee crisis"}),
    ("ASMARA — Ethiopia's leader landed in Asmara to a rapturous welcome. Prime Minister Abiy Ahmed met President "
     "Isaias Afwerki at the palace. The talks centred on reopening embassies. The disputed border town of Badme was "
     "also discussed.", {"reopening embassies", "Badme"}),
    ("CANBERRA — Farmers protested outside parliament on Monday. Prime Minister Anthony Albanese met Premier Li "
     "Qiang at Parliament House. The meeting lasted an hour. Barley tariffs were also discussed.", {"barley tariffs"}),
    # near misses: the meeting lies too far back; a report of other news names none
    ("NAIROBI — President Jakaya Kikwete arrived in Nairobi on Friday for a state visit. There he held talks with "
     "President Mwai Kibaki. The talks focused on cross-border trade. The two leaders later attended a banquet. "
     "Kikwete then toured a factory. Workers cheered him in the streets. Energy prices were also on the agenda.",
     {"cross-border trade"}),
    ("PARIS — Thousands of workers marched through Paris on Thursday against the pension reform. Unions said the "
     "turnout was a record. Police fired tear gas at the end of the march. Rail services were cut. The retirement "
     "age was also discussed on television.", set()),
])
def test_topicevents_agenda_line_closes_an_account(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a clause set off by a comma that describes a topic under a cue verb adds no topic of its own
    (MEETING + "They discussed bilateral trade, which reached a record 25 billion euros last year, and the "
     "integration of their defence industries.", {"bilateral trade", "integration of their defence industries"}),
    (MEETING + "Their talks focused on the Qatari reply, delivered through Kuwaiti mediators, and on ways to enforce "
     "the boycott.", {"qatari reply", "enforce boycott"}),
    (MEETING + "The talks touched on the South China Sea, where an international tribunal ruled against Beijing's "
     "sweeping claims.", {"South China Sea"}),
    (MEETING + "The two men also talked about the Golovnoi water intake, whose disputed control sparked the clashes "
     "in April.", {"Golovnoi water intake"}),
    (MEETING + "The meeting addressed the territorial disputes in the South China Sea, where both countries claim "
     "the Spratly islands.", {"territorial disputes in South China Sea"}),
    (MEETING + "They discussed the refugee crisis, which has brought a million migrants to Europe.",
     {"refugee crisis"}),
    (MEETING + "The leaders discussed the pipeline, built by a Russian state company, and gas prices.",
     {"pipeline", "gas prices"}),
    # near misses: what an agenda word's clause holds, a defining clause, a nested act, a clause on the meeting stay
    (MEETING + "They discussed the deal, which provides for a pause in the fighting.", {"deal"}),
    (MEETING + "The talks covered the agreement, which includes a pledge to cut carbon emissions.",
     {"agreement", "carbon emissions"}),
    (MEETING + "They discussed a plan that would cut tariffs on steel.", {"plan", "tariffs on steel"}),
    (MEETING + "They discussed efforts to combat illegal fishing and drug trafficking.",
     {"illegal fishing and drug trafficking"}),
    (MEETING + "They discussed the summit, where they will sign a defence pact.", {"defence pact"}),
    ("President Emmanuel Macron met Chancellor Olaf Scholz in Geneva on Monday, where they signed a trade deal.",
     {"trade deal"}),
    ("President Emmanuel Macron and Chancellor Olaf Scholz held talks at the chancellery, where the two leaders signed "
     "a defence pact.", {"defence pact"}),
])
def test_topicfilter_descriptions_under_a_cue_give_no_topic(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


@pytest.mark.parametrize("title, expected", [
    # what a clause of circumstance with a subject of its own governs in a news title is no topic of the meeting
    ("UN envoy meets Suu Kyi as junta signals limited dialogue", set()),
    ("Abe meets Khamenei as tankers are attacked in Gulf of Oman", set()),
    ("Kishida and Yoon agree on chip export controls as ties thaw", {"chip export controls"}),
    ("Leaders sign trade pact while protesters clash with riot police", {"trade pact"}),
    # near misses: what the news followed, a row it happens amid, and the news itself stay
    ("Starmer becomes UK prime minister after Labour landslide", {"Labour landslide"}),
    ("Security chiefs agree on troop withdrawal after deadly clashes", {"troop withdrawal", "deadly clashes"}),
    ("Ban appeals for aid after touring flood zone", {"flood zone"}),
    ("Johnson meets party leaders amid backstop row", {"backstop row"}),
    ("Leaders agree on climate finance at Pacific summit", {"climate finance"}),
])
def test_topictitle_circumstance_is_no_topic(facts_of, title, expected):
    text = "ROME — Prime Minister Giorgia Meloni met Chancellor Olaf Scholz on Friday."
    assert topics(facts_of(text, title=title)) == expected


def _doc(words, heads, deps, tags):
    pos = ["NOUN" if t.startswith("NN") else "VERB" if t.startswith("VB") else "X" for t in tags]
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos,
               lemmas=[w.lower().removesuffix("ed") for w in words])


def test_topicfilter_cue_descriptions_cut_a_relative_clause_after_a_comma():
    # discussed trade , which grew .
    doc = _doc(["discussed", "trade", ",", "which", "grew", "."], [0, 0, 1, 4, 1, 0],
               ["ROOT", "dobj", "punct", "nsubj", "relcl", "punct"], ["VBD", "NN", ",", "WDT", "VBD", "."])
    assert cue_descriptions(doc[0]) == {3, 4}
    assert describing_clause(doc[4])
    # met in Geneva , where they signed : the place of the meeting, under no cue
    doc = _doc(["met", "in", "Geneva", ",", "where", "they", "signed"], [0, 0, 1, 2, 6, 6, 2],
               ["ROOT", "prep", "pobj", "punct", "advmod", "nsubj", "relcl"],
               ["VBD", "IN", "NNP", ",", "WRB", "PRP", "VBD"])
    assert not describing_clause(doc[6])


def test_topicfilter_cue_descriptions_keep_a_defining_clause_and_an_agenda_word():
    # discussed a plan that cuts tariffs
    doc = _doc(["discussed", "plan", "that", "cuts", "tariffs"], [0, 0, 3, 1, 3],
               ["ROOT", "dobj", "nsubj", "relcl", "dobj"], ["VBD", "NN", "WDT", "VBZ", "NNS"])
    assert cue_descriptions(doc[0]) == set()
    # discussed the deal , which provides aid
    doc = _doc(["discussed", "deal", ",", "which", "provides", "aid"], [0, 0, 1, 4, 1, 4],
               ["ROOT", "dobj", "punct", "nsubj", "relcl", "dobj"], ["VBD", "NN", ",", "WDT", "VBZ", "NN"])
    assert cue_descriptions(doc[0]) == set()


def test_topicfilter_cue_descriptions_keep_a_clause_of_the_meeting():
    # discussed the summit , which debated issues
    doc = _doc(["discussed", "summit", ",", "which", "debated", "issues"], [0, 0, 1, 4, 1, 4],
               ["ROOT", "dobj", "punct", "nsubj", "relcl", "dobj"], ["VBD", "NN", ",", "WDT", "VBD", "NNS"])
    assert cue_descriptions(doc[0]) == set()


def test_topictitle_circumstance_of_a_clause_with_its_own_subject():
    # meets X as junta signals dialogue
    doc = _doc(["meets", "Suu", "as", "junta", "signals", "dialogue"], [0, 0, 4, 4, 0, 4],
               ["ROOT", "dobj", "mark", "nsubj", "advcl", "dobj"], ["VBZ", "NNP", "IN", "NN", "VBZ", "NN"])
    assert circumstance(doc[5]) and not circumstance(doc[1])
    # agree on withdrawal after clashes: what the news followed
    doc = _doc(["agree", "on", "withdrawal", "after", "clashes"], [0, 0, 1, 0, 3],
               ["ROOT", "prep", "pobj", "prep", "pobj"], ["VBP", "IN", "NN", "IN", "NNS"])
    assert not circumstance(doc[4]) and not circumstance(doc[2])
    # to back quotas after talks: a preposition after the verb opens no clause of it
    doc = _doc(["plans", "to", "back", "quotas", "after", "talks"], [0, 2, 0, 2, 2, 4],
               ["ROOT", "aux", "advcl", "dobj", "prep", "pobj"], ["VBZ", "TO", "VB", "NNS", "IN", "NNS"])
    assert not circumstance(doc[3])
    # meets X after Putin orders troops: a clause with a subject of its own
    doc = _doc(["meets", "X", "after", "Putin", "orders", "troops"], [0, 0, 4, 4, 0, 4],
               ["ROOT", "dobj", "mark", "nsubj", "advcl", "dobj"], ["VBZ", "NNP", "IN", "NNP", "VBZ", "NNS"])
    assert circumstance(doc[5])


def test_topicevents_subject_of_a_cue_participle_on_the_talks():
    """Model-free: "The discussions centred on trade ." read as a noun phrase (the cue an ``acl`` of the meeting noun)
    has the discussions as the cue's subject; a participant's verb there ("the meeting held in Paris") and a cue
    participle on another noun ("a plan centred on trade") have none."""
    def doc_of(words, lemmas, tags):
        pos = ["NOUN" if t.startswith("NN") else "VERB" if t.startswith("VB") else "X" for t in tags]
        return Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3], lemmas=lemmas, tags=tags, pos=pos,
                   deps=["det", "ROOT", "acl", "prep", "pobj"])
    doc = doc_of(["The", "discussions", "centred", "on", "trade"], ["the", "discussion", "centre", "on", "trade"],
                 ["DT", "NNS", "VBN", "IN", "NN"])
    assert subject_of(doc[2]) is not None and subject_of(doc[2]).i == 1
    doc = doc_of(["The", "meeting", "held", "in", "Paris"], ["the", "meeting", "hold", "in", "Paris"],
                 ["DT", "NN", "VBN", "IN", "NNP"])
    assert subject_of(doc[2]) is None
    doc = doc_of(["The", "plan", "centred", "on", "trade"], ["the", "plan", "centre", "on", "trade"],
                 ["DT", "NN", "VBN", "IN", "NN"])
    assert subject_of(doc[2]) is None


@pytest.mark.parametrize("text, expected", [
    # the parser reads "The discussions centred on X" as a noun phrase: the cue is still the talks'
    ("CAIRO — Azzam al-Ahmad met Saleh al-Arouri in Cairo on Thursday. The discussions centred on the handover of "
     "the border crossings, the fate of the civil servants and security arrangements.",
     {"handover of border crossings", "fate of civil servants", "security arrangements"}),
    # a generic "levels" with a noun of content is a topic (topic-kind-heads); "the level of X" is X
    ("SUVA — Prime Minister Frank Bainimarama met Prime Minister Scott Morrison in Suva on Monday. The leaders "
     "discussed climate change, rising sea levels and regional fisheries.",
     {"climate change", "rising sea levels", "regional fisheries"}),
    # near misses: a participle of a meeting that is no cue; the level of something is that thing
    ("CAIRO — Azzam al-Ahmad met Saleh al-Arouri in Cairo on Thursday. The meeting held at the intelligence "
     "headquarters lasted five hours.", set()),
    ("SUVA — Prime Minister Frank Bainimarama met Prime Minister Scott Morrison in Suva on Monday. The leaders "
     "discussed the level of violence.", {"violence"}),
])
def test_topicevents_talks_participle_and_kind_levels(facts_of, text, expected):
    assert {t.lower() for t in topics(facts_of(text))} == {t.lower() for t in expected}

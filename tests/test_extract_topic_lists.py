"""Topic lists whose later items the parser hangs outside the cue's phrase (kg.extract.topiclists): on the main
verb, on the meeting noun, on a comma. Sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.evaluate import topics_match
from kg.extract.topiclists import detached_items

MEETING = "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday. "
KISHIDA = "Japanese Prime Minister Fumio Kishida met Indonesian President Joko Widodo in Jakarta on Friday. "
LEAD = "Floods swept through three provinces on Wednesday, killing dozens of people.\n\n"
TALKS = "Kenyan President William Ruto held talks with Tanzanian President Samia Suluhu Hassan in Arusha. "


def topics(facts) -> set[str]:
    return {t.topic for t in facts.topics}


@pytest.mark.parametrize("text, wanted", [
    # a list after a discussion verb
    (MEETING + "The four discussed the ceasefire, the pullback of heavy weapons, control of the border and "
               "constitutional reform, officials said.", {"pullback of heavy weapons", "constitutional reform"}),
    (MEETING + "The two leaders discussed the energy crisis, the reform of electricity markets and the fate of "
               "the nuclear plants, a spokesman said.", {"reform of electricity markets", "fate of nuclear plants"}),
    (TALKS + "The presidents discussed the new railway line, the dredging of Lake Victoria ports and the "
             "licensing of fishing boats.", {"dredging of Lake Victoria ports", "licensing of fishing boats"}),
    # after "focused on", "centred on", "dealt with", "covered"
    (MEETING + "The talks focused on military aid to Ukraine, the joint procurement of ammunition and the use of "
               "frozen assets, officials said.", {"joint procurement of ammunition", "use of frozen assets"}),
    ("Vietnamese Prime Minister Nguyen Tan Dung and Cambodian Prime Minister Hun Sen held talks in Hanoi on "
     "Wednesday that centred on water sharing along the Mekong River and the demarcation of their common border.",
     {"water sharing", "demarcation of their common border"}),
    (TALKS + "Their meeting, which aides said centred on cross-border trade, the sharing of power lines and the "
             "revival of the lake ferry, lasted three hours.", {"sharing of power lines", "revival of lake ferry"}),
    (MEETING + "The leaders held a closed-door session beforehand in which they discussed the laying down of "
               "weapons, security guarantees for demobilised fighters and the role of a UN mission.",
     {"security guarantees", "role of UN mission"}),
    # after a meeting noun's "on" phrase
    ("Kyrgyz security chief Kamchybek Tashiev met his Tajik counterpart, Saimumin Yatimov, at a border checkpoint "
     "for talks on the withdrawal of forces, the exchange of detained citizens and the reopening of roads.",
     {"withdrawal of forces", "exchange of detained citizens", "reopening of roads"}),
    ("Indian Foreign Minister Subrahmanyam Jaishankar met Chinese Foreign Minister Wang Yi in Moscow for talks on "
     "the disengagement of troops, the restoration of patrols and the opening of a hotline.",
     {"disengagement of troops", "restoration of patrols", "opening of hotline"}),
    ("Greek Prime Minister Kyriakos Mitsotakis met Turkish President Recep Tayyip Erdogan in Athens for talks on "
     "migration, the delimitation of maritime zones and the resumption of confidence-building measures.",
     {"delimitation of maritime zones", "resumption of confidence-building measures"}),
    # more cues and shapes
    (KISHIDA + "The talks covered fisheries management, visa-free travel for residents of border areas and joint "
               "oil and gas projects.", {"visa-free travel", "joint oil and gas projects"}),
    (KISHIDA + "Their discussion touched on the fighter jet deal, the training of naval officers and the protection "
               "of undersea cables, a spokesman said.", {"training of naval officers", "undersea cables"}),
    (KISHIDA + "The two men reviewed the progress of the metro project, the financing of a new port and the hiring "
               "of nurses, officials said.", {"financing of new port", "hiring of nurses"}),
    ("Nigerian President Bola Tinubu met Ghanaian President Nana Akufo-Addo in Abuja for a meeting on the gas "
     "pipeline, the reopening of the border posts and the fight against piracy.",
     {"reopening of border posts", "piracy"}),
    (KISHIDA + "The ministers addressed the South China Sea, the expansion of coast guard patrols and the supply "
               "of radar systems.", {"coast guard patrols", "supply of radar systems"}),
    ("Egyptian President Abdel Fattah al-Sisi held talks with Jordan's King Abdullah II in Cairo about the war in "
     "Gaza, the delivery of aid through the Rafah crossing and the release of hostages.",
     {"war in Gaza", "delivery of aid", "release of hostages"}),
    (KISHIDA + "The leaders agreed on the extension of a currency swap, the construction of a rail line and the "
               "launch of a joint satellite.", {"currency swap", "rail line", "joint satellite"}),
    (KISHIDA + "Kishida and Widodo talked about the nickel trade, the capital relocation project and the training "
               "of Indonesian nurses in Japan.", {"nickel trade", "capital relocation project"}),
    (KISHIDA + "The meeting dealt with energy security, the transition from coal and the financing of geothermal "
               "plants, according to a joint statement.", {"energy security", "geothermal plants"}),
    (KISHIDA + "They also discussed regional security, the situation in Myanmar and North Korea's missile launches.",
     {"situation in Myanmar", "missile launches"}),
])
def test_topiclists_items_the_parser_hung_outside_the_cue(facts_of, text, wanted):
    found = topics(facts_of(text))
    assert all(any(topics_match(w, t) for t in found) for w in wanted), found


@pytest.mark.parametrize("text, unwanted", [
    # who says it is no list item
    (MEETING + "The leaders discussed the energy crisis, the ministry said.", "ministry"),
    (MEETING + "They discussed the energy crisis, the chancellor's spokesman said on Tuesday.", "spokesman"),
    # a verb after "and" is another act, not a list item
    ("The presidents of Rwanda and Uganda signed a memorandum in Luanda on Wednesday aimed at ending a standoff "
     "that has shut their busiest border crossing and choked trade across the Great Lakes region.",
     "Great Lakes region"),
    # a quotation after a comma is someone's words
    (MEETING + "Macron posted a photograph of the meeting on Facebook, writing: \"It was a pleasure to host him "
               "and start a great friendship.\"", "pleasure"),
    # the next clause's subject after ", and"
    (MEETING + "The leaders discussed the energy crisis, and the ministers signed a deal on gas storage.",
     "ministers"),
    # what describes a list item is not one
    (MEETING + "The talks focused on the war in Ukraine, the rail corridor linking the port of Gdansk to Odesa "
               "and grain exports.", "port of Gdansk"),
])
def test_topiclists_near_misses_stay_quiet(facts_of, text, unwanted):
    assert unwanted not in {t.lower() for t in topics(facts_of(text))}


def _doc(words, heads, deps, pos):
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    return doc


def test_topiclists_detached_items_on_a_hand_built_doc():
    # "They discussed trade , the pullback of troops and aid ." with the second item hung on the verb
    words = ["They", "discussed", "trade", ",", "the", "pullback", "of", "troops", "and", "aid", "."]
    heads = [1, 1, 1, 5, 5, 1, 5, 6, 9, 5, 1]
    deps = ["nsubj", "ROOT", "dobj", "punct", "det", "npadvmod", "prep", "pobj", "cc", "conj", "punct"]
    pos = ["PRON", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "CCONJ", "NOUN", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    cue, trade, pullback = doc[1], doc[2], doc[5]
    # the item the cue's heads already hold is no detached one
    assert detached_items(cue, [trade, pullback]) == []
    assert [t.text for t in detached_items(cue, [trade])][:1] == ["pullback"]
    # hung on a word above the cue ("held" in "held talks in which they discussed …")
    words = ["He", "held", "talks", "that", "covered", "trade", ",", "the", "pullback", "of", "troops", "and",
             "aid", "."]
    heads = [1, 1, 1, 4, 2, 4, 8, 8, 1, 8, 9, 12, 8, 1]
    deps = ["nsubj", "ROOT", "dobj", "nsubj", "relcl", "dobj", "punct", "det", "conj", "prep", "pobj", "cc", "conj",
            "punct"]
    pos = ["PRON", "VERB", "NOUN", "PRON", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "CCONJ", "NOUN",
           "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    found = [t.text for t in detached_items(doc[4], [doc[5]])]
    assert found[0] == "pullback" and "aid" in found
    # without an "and" in the stretch it is no list
    words = ["He", "held", "talks", "that", "covered", "trade", ",", "the", "pullback", "."]
    heads = [1, 1, 1, 4, 2, 4, 8, 8, 1, 1]
    deps = ["nsubj", "ROOT", "dobj", "nsubj", "relcl", "dobj", "punct", "det", "conj", "punct"]
    pos = ["PRON", "VERB", "NOUN", "PRON", "VERB", "NOUN", "PUNCT", "DET", "NOUN", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    assert detached_items(doc[4], [doc[5]]) == []


@pytest.mark.parametrize("text, expected", [
    # "the pair", "the duo" are the meeting's two participants, as "the two leaders" are
    # (an article whose lead tells other news, and with a planned meeting beside the one held)
    (LEAD + "Chinese Foreign Minister Wang Yi held talks with Indian National Security Adviser Ajit Doval. The pair "
            "discussed border trade. The two sides agreed to hold the next round of talks in India in 2025.", True),
    (LEAD + "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala. The duo discussed the oil "
            "pipeline. The two men agreed to hold another meeting in March.", True),
    # near miss: a pair of people is no group of participants
    (LEAD + "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala. A pair of reporters "
            "discussed the oil pipeline. The two men agreed to hold another meeting in March.", False),
])
def test_topicevents_pair_subject_speaks_for_the_meeting(facts_of, text, expected):
    found = {t.topic for t in facts_of(text).topics}
    assert any(topics_match(w, t) for t in found for w in ("border trade", "oil pipeline")) == expected, found


# --- topics (forty-third session): the list's "and" in a later item; the parser hung the items on the main verb ---

@pytest.mark.parametrize("text, wanted", [
    (MEETING + "In all, the two leaders spent about two hours discussing energy prices, cyberattacks, the future of "
               "the euro, Ukraine and the fate of prisoners held in Russia.", {"cyberattacks", "future of euro"}),
])
def test_topiclists_and_in_a_later_item(facts_of, text, wanted):
    found = topics(facts_of(text))
    assert all(any(topics_match(w, t) for t in found) for w in wanted), found


@pytest.mark.parametrize("text, unwanted", [
    # who says it, and another act after the list, are no list items
    (MEETING + "The two men spent three hours discussing energy prices, officials said, and later dined with their "
               "wives.", "wives"),
    (MEETING + "The two men spent three hours discussing energy prices, officials said, and later dined with their "
               "wives.", "officials"),
])
def test_topiclists_and_in_a_later_item_near_misses(facts_of, text, unwanted):
    assert unwanted not in {t.lower() for t in topics(facts_of(text))}


def test_topiclists_and_ahead_on_a_hand_built_doc():
    # "They spent hours discussing trade , cyberattacks , the return of envoys and aid ." with "cyberattacks" and
    # "return" hung on "spent", the comma after "trade" under "trade"
    words = ["They", "spent", "hours", "discussing", "trade", ",", "cyberattacks", ",", "the", "return", "of",
             "envoys", "and", "aid", "."]
    heads = [1, 1, 1, 1, 3, 4, 1, 6, 9, 1, 9, 10, 11, 11, 1]
    deps = ["nsubj", "ROOT", "dobj", "xcomp", "dobj", "punct", "dep", "punct", "det", "dobj", "prep", "pobj", "cc",
            "conj", "punct"]
    pos = ["PRON", "VERB", "NOUN", "VERB", "NOUN", "PUNCT", "NOUN", "PUNCT", "DET", "NOUN", "ADP", "NOUN", "CCONJ",
           "NOUN", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    found = [t.text for t in detached_items(doc[3], [doc[4]])]
    assert found[:2] == ["cyberattacks", "return"] and "aid" in found
    # a verb before the "and": no list of nouns goes on from "cyberattacks"
    words = ["They", "spent", "hours", "discussing", "trade", ",", "cyberattacks", ",", "met", "aides", "and",
             "left", "."]
    heads = [1, 1, 1, 1, 3, 4, 1, 6, 1, 8, 8, 8, 1]
    deps = ["nsubj", "ROOT", "dobj", "xcomp", "dobj", "punct", "dep", "punct", "conj", "dobj", "cc", "conj", "punct"]
    pos = ["PRON", "VERB", "NOUN", "VERB", "NOUN", "PUNCT", "NOUN", "PUNCT", "VERB", "NOUN", "CCONJ", "VERB",
           "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    assert detached_items(doc[3], [doc[4]]) == []


# --- topics (forty-fourth session): "and on Y" with the cue's preposition said again; "held talks on Friday on X";
# a country that comes up ---

@pytest.mark.parametrize("text, wanted", [
    (MEETING + "The meeting centred on preparations for next month's NATO summit, which Warsaw will host, and on the "
               "Nord Stream 2 project.", {"Nord Stream 2 project"}),
    ("Chancellor Angela Merkel held talks with French President Nicolas Sarkozy on Friday on the euro crisis.",
     {"euro crisis"}),
    (MEETING + "Taiwan also came up during the talks.", {"Taiwan"}),
])
def test_topiclists_repeated_preposition_held_talks_and_countries_that_come_up(facts_of, text, wanted):
    found = topics(facts_of(text))
    assert all(any(topics_match(w, t) for t in found) for w in wanted), found


@pytest.mark.parametrize("text, unwanted", [
    # when, where and over what meal the talks were held is no topic
    (MEETING + "The talks focused on gas storage, and on Monday the ministers signed a deal.", "monday"),
    ("Chancellor Angela Merkel and French President Nicolas Sarkozy held talks in Paris over lunch.", "lunch"),
    ("Chancellor Angela Merkel held talks with French President Nicolas Sarkozy in Paris on Thursday, on her first "
     "visit to the country since taking office.", "first visit"),
    # a person who dominates the talks is no topic
    (MEETING + "Macron dominated the talks.", "macron"),
])
def test_topiclists_repeated_preposition_near_misses(facts_of, text, unwanted):
    assert unwanted not in {t.lower() for t in topics(facts_of(text))}


def test_topiclists_repeated_preposition_on_a_hand_built_doc():
    # "The meeting centred on trade , which Rome hosts , and on the pipeline ." with "on the pipeline" under "meeting"
    words = ["The", "meeting", "centred", "on", "trade", ",", "which", "Rome", "hosts", ",", "and", "on", "the",
             "pipeline", "."]
    heads = [1, 1, 1, 2, 3, 4, 8, 8, 4, 2, 2, 1, 13, 11, 1]
    deps = ["det", "ROOT", "acl", "prep", "pobj", "punct", "dobj", "nsubj", "relcl", "punct", "cc", "prep", "det",
            "pobj", "punct"]
    pos = ["DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT", "PRON", "PROPN", "VERB", "PUNCT", "CCONJ", "ADP", "DET",
           "NOUN", "PUNCT"]
    doc = _doc(words, heads, deps, pos)
    assert [t.text for t in detached_items(doc[2], [doc[4]])] == ["pipeline"]
    # another preposition ("and in Rome") is no item of the cue's
    words[11] = "in"
    doc = _doc(words, heads, deps, pos)
    assert detached_items(doc[2], [doc[4]]) == []
    # the same preposition before a date says when
    words[11], words[13] = "on", "Monday"
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              ents=["O"] * 12 + ["B-DATE", "I-DATE", "O"])
    assert detached_items(doc[2], [doc[4]]) == []


def test_topicnouns_verb_about_preps_of_held_talks_on_a_hand_built_doc():
    from kg.extract.topicnouns import verb_about_preps
    # "They held talks on Friday on trade ." with both "on" phrases under "held"
    words = ["They", "held", "talks", "on", "Friday", "on", "trade", "."]
    heads = [1, 1, 1, 1, 3, 1, 5, 1]
    deps = ["nsubj", "ROOT", "dobj", "prep", "pobj", "prep", "pobj", "punct"]
    pos = ["PRON", "VERB", "NOUN", "ADP", "PROPN", "ADP", "NOUN", "PUNCT"]
    lemmas = ["they", "hold", "talk", "on", "Friday", "on", "trade", "."]
    ents = ["O", "O", "O", "O", "B-DATE", "O", "O", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    assert [p.i for p in verb_about_preps(doc[2])] == [5]
    # a verb that holds no talks ("want talks on Friday on trade"), and a trip after "on", give nothing
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=["they", "want", *lemmas[2:]], ents=ents)
    assert verb_about_preps(doc[2]) == []
    doc = Doc(spacy.blank("en").vocab, words=[*words[:6], "visit", "."], heads=heads, deps=deps, pos=pos,
              lemmas=[*lemmas[:6], "visit", "."], ents=ents)
    assert verb_about_preps(doc[2]) == []


def test_topicevents_passive_topic_country_that_comes_up_on_a_hand_built_doc():
    from kg.extract.topicevents import passive_topic
    # "Taiwan came up during the talks ."
    words = ["Taiwan", "came", "up", "during", "the", "talks", "."]
    heads = [1, 1, 1, 1, 5, 3, 1]
    deps = ["nsubj", "ROOT", "prt", "prep", "det", "pobj", "punct"]
    pos = ["PROPN", "VERB", "ADP", "ADP", "DET", "NOUN", "PUNCT"]
    lemmas = ["Taiwan", "come", "up", "during", "the", "talk", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              ents=["B-GPE", "O", "O", "O", "O", "O", "O"])
    topic = passive_topic(doc[1])
    assert topic is not None and topic.text == "Taiwan"
    # a person who comes up to the talks is no topic
    doc = Doc(spacy.blank("en").vocab, words=["Biden", *words[1:]], heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              ents=["B-PERSON", "O", "O", "O", "O", "O", "O"])
    assert passive_topic(doc[1]) is None


# --- topics (forty-fourth session): a papal or royal audience, and a dinner aimed at X, say what was discussed ---

@pytest.mark.parametrize("text, wanted", [
    (MEETING + "The 40-minute private audience in the Apostolic Palace focused on peace in the Middle East and the "
               "role of religion in combating extremism.", {"peace in the Middle East", "role of religion"}),
    (MEETING + "The dinner, a spokesman said, was aimed at building trust between the two sides.", {"building trust"}),
])
def test_topiccues_audience_and_dinner_stand_for_the_meeting(facts_of, text, wanted):
    found = topics(facts_of(text))
    assert all(any(topics_match(w, t) for t in found) for w in wanted), found


@pytest.mark.parametrize("text, unwanted", [
    # a campaign or a raid aimed at X is no gathering of the participants
    (MEETING + "The campaign was aimed at building trust in vaccines.", "building trust"),
    (MEETING + "The raid was aimed at militants in the border region.", "militants"),
])
def test_topiccues_audience_and_dinner_near_misses(facts_of, text, unwanted):
    assert not any(unwanted in t.lower() for t in topics(facts_of(text)))


def test_topiccues_aimed_by_a_dinner_on_a_hand_built_doc():
    from kg.extract.topiccues import _aimed_by_talks
    # "The dinner was aimed at trust ."
    words = ["The", "dinner", "was", "aimed", "at", "trust", "."]
    heads = [1, 3, 3, 3, 3, 4, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct"]
    pos = ["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN", "PUNCT"]
    lemmas = ["the", "dinner", "be", "aim", "at", "trust", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    assert _aimed_by_talks(doc[3])
    doc = Doc(spacy.blank("en").vocab, words=["The", "raid", *words[2:]], heads=heads, deps=deps, pos=pos,
              lemmas=["the", "raid", *lemmas[2:]])
    assert not _aimed_by_talks(doc[3])

"""Where an act or a gathering happens or goes is no topic (kg.extract.topicskip.venue_parts; patterns
``topic-act-venue``, ``topic-gathering-venue``): a building or a capital after "at", "in", "to" or "across" under a verb
or a meeting noun; a place inside a noun's own phrase stays ("the embassy in X");
nor are talks after "after" or "following" under a verb (``topic-act-time-talks``), which say when, nor anything
after "after", "following" or "since" after a cue verb (``topic-after-preps``).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.handdocs import make


def topics(facts) -> set[str]:
    return {t.topic for t in facts.topics}


@pytest.mark.parametrize("text, expected", [
    # a building or a capital where someone went or the talks were held
    ("President William Ruto met President Yoweri Museveni on Tuesday. Museveni later drove to State House for talks "
     "on the oil pipeline.", {"oil pipeline"}),
    ("President Xi Jinping hosted President Emmanuel Macron on Thursday. They agreed to return their ambassadors to "
     "each other's capitals and discussed trade.", {"trade"}),
    ("President Vladimir Putin met Chancellor Angela Merkel on Thursday. The leaders agreed on a truce after long "
     "talks in the Belarusian capital.", {"truce"}),
    # talks after "after" or "following" under a verb say when, not what (``topic-act-time-talks``)
    ("President Vladimir Putin met Chancellor Angela Merkel on Thursday. The leaders agreed on a truce after marathon "
     "talks.", {"truce"}),
    ("Prime Minister Abiy Ahmed met President Isaias Afwerki on Sunday. The two men signed a peace accord following a "
     "second round of talks.", {"peace accord"}),
    # near misses: what such talks were on stays, and so does what was discussed
    ("President Lula da Silva met President Gustavo Petro on Friday. They agreed on a truce after talks on prisoner "
     "exchanges.", {"truce", "prisoner exchanges"}),
    # near misses: a place inside the phrase of what was discussed stays
    ("Chancellor Olaf Scholz met President Joe Biden on Friday. They discussed investment in Africa and the embassy in "
     "Kyiv.", {"investment in Africa", "embassy in Kyiv"}),
    ("President Cyril Ramaphosa met Prime Minister Abiy Ahmed on Sunday. They discussed the reconstruction of the "
     "airport in Mekelle.", {"reconstruction of airport", "airport in Mekelle"}),
    ("President Recep Tayyip Erdogan met President Vladimir Putin in Sochi. They agreed on a demilitarised zone in "
     "Idlib province.", {"demilitarised zone", "Idlib province"}),
    ("Prime Minister Anthony Albanese met President Joko Widodo on Monday. They discussed the situation in Myanmar.",
     {"situation in Myanmar"}),
])
def test_topicskip_venue_is_no_topic(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def test_topicskip_venue_parts_model_free():
    """Model-free: the place under a verb's "to" and what describes it are skipped, not a clause hung on it; a place
    under a noun's "in" is not."""
    from kg.extract.topicskip import venue_parts

    doc = make([("He", 1, "nsubj", "PRON", "PRP", "he", "O"), ("drove", 1, "ROOT", "VERB", "VBD", "drive", "O"),
                ("to", 1, "prep", "ADP", "IN", "to", "O"), ("the", 4, "det", "DET", "DT", "the", "O"),
                ("palace", 2, "pobj", "NOUN", "NN", "palace", "O"), ("of", 4, "prep", "ADP", "IN", "of", "O"),
                ("Kings", 5, "pobj", "PROPN", "NNP", "Kings", "O"), ("built", 4, "acl", "VERB", "VBN", "build", "O"),
                ("for", 7, "prep", "ADP", "IN", "for", "O"), ("peace", 8, "pobj", "NOUN", "NN", "peace", "O")])
    assert venue_parts(doc[1]) == {3, 4, 5, 6}
    doc = make([("They", 1, "nsubj", "PRON", "PRP", "they", "O"),
                ("discussed", 1, "ROOT", "VERB", "VBD", "discuss", "O"),
                ("the", 3, "det", "DET", "DT", "the", "O"), ("embassy", 1, "dobj", "NOUN", "NN", "embassy", "O"),
                ("in", 3, "prep", "ADP", "IN", "in", "O"), ("Kyiv", 4, "pobj", "PROPN", "NNP", "Kyiv", "B-GPE")])
    assert venue_parts(doc[1]) == set()


@pytest.mark.parametrize("text, expected", [
    # a meal, a ceremony or a record of the meeting is what happened around the talks, not what they were about
    # (``topic_stoplist.tsv``, action drop: banquet, dinner, lunch, photograph, transcript, website, applause, honours)
    ("President Donald Trump met Prime Minister Shinzo Abe on Thursday. Trump posted a photograph of the meeting on "
     "his website.", set()),
    ("President Emmanuel Macron met Chancellor Olaf Scholz on Monday. The talks followed a working dinner at the "
     "Elysee Palace.", set()),
    ("President Lula da Silva met President Gabriel Boric on Monday. They discussed lithium mining over a working "
     "lunch.", {"lithium mining"}),
    # near misses: what was discussed beside the ceremony stays
    ("President Narendra Modi met President Ranil Wickremesinghe on Friday. The two leaders received loud applause "
     "from the delegates and discussed fishing rights.", {"fishing rights"}),
    ("President Cyril Ramaphosa met Prime Minister Narendra Modi on Tuesday. A newspaper obtained a transcript of the "
     "talks on coal exports.", {"coal exports"}),
])
def test_topicphrase_ceremony_or_record_is_no_topic(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def test_topicphrase_ceremony_head_dropped_model_free():
    """Model-free: "a state banquet" and "a photograph of the meeting" give no phrase (stoplist drop); "state aid"
    does."""
    from kg.extract.topicphrase import phrase_span

    doc = make([("a", 2, "det", "DET", "DT", "a", "O"), ("state", 2, "compound", "NOUN", "NN", "state", "O"),
                ("banquet", 2, "ROOT", "NOUN", "NN", "banquet", "O")])
    assert phrase_span(doc[2]) is None
    doc = make([("a", 1, "det", "DET", "DT", "a", "O"), ("photograph", 1, "ROOT", "NOUN", "NN", "photograph", "O"),
                ("of", 1, "prep", "ADP", "IN", "of", "O"), ("the", 4, "det", "DET", "DT", "the", "O"),
                ("meeting", 2, "pobj", "NOUN", "NN", "meeting", "O")])
    assert phrase_span(doc[1]) is None
    doc = make([("state", 1, "compound", "NOUN", "NN", "state", "O"), ("aid", 1, "ROOT", "NOUN", "NN", "aid", "O")])
    assert phrase_span(doc[1]) is not None


MET = "President Emmanuel Macron met Chancellor Olaf Scholz in Berlin on Monday. "


@pytest.mark.parametrize("text, expected", [
    # after what, following what or since when a cue verb's act happened says when, not what was discussed
    (MET + "The two leaders agreed on a joint gas purchase after weeks of bitter disputes.", {"joint gas purchase"}),
    (MET + "The leaders discussed energy prices after the flooding in the Rhine valley.", {"energy prices"}),
    (MET + "Macron and Scholz agreed to restore rail links after deadly clashes at the border.", {"rail links"}),
    (MET + "The leaders pledged to restore direct flights after a two-year suspension.", {"direct flights"}),
    (MET + "Both sides have backed the peace plan since the uprising in the south.", {"peace plan"}),
    (MET + "The two leaders agreed on a new fiscal rule after four days of talks in Brussels that ended a long feud.",
     {"new fiscal rule"}),
    # near misses: what talks there were about stays; a phrase of the object's own stays
    (MET + "The two leaders agreed on a ceasefire plan after talks on prisoner exchanges.",
     {"ceasefire plan", "prisoner exchanges"}),
    (MET + "They discussed the rebuilding of bridges destroyed after the floods.", {"rebuilding of bridges"}),
])
def test_topicskip_after_phrase_is_no_topic(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def test_topicskip_after_phrase_model_free():
    """Model-free: a cue verb's "after" phrase after it is skipped, but not what talks in it were about; its "on"
    phrase (no setting preposition) is not skipped."""
    from kg.extract.topicskip import setting_phrases

    rows = [("They", 1, "nsubj", "PRON", "PRP", "they", "O"), ("agreed", 1, "ROOT", "VERB", "VBD", "agree", "O"),
            ("on", 1, "prep", "ADP", "IN", "on", "O"), ("truce", 2, "pobj", "NOUN", "NN", "truce", "O"),
            ("after", 1, "prep", "ADP", "IN", "after", "O"), ("talks", 4, "pobj", "NOUN", "NNS", "talk", "O"),
            ("on", 5, "prep", "ADP", "IN", "on", "O"), ("prisoners", 6, "pobj", "NOUN", "NNS", "prisoner", "O")]
    assert setting_phrases(make(rows)[1], broad=False) == {4, 5, 6}
    rows[4] = ("over", 1, "prep", "ADP", "IN", "over", "O")
    assert setting_phrases(make(rows)[1], broad=False) == set()

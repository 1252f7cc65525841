"""Background sentences of a news report of a meeting (kg.extract.topicevents.whole_account): a participant's act in
a sentence that names no meeting, nor follows one that does, is no topic in a news report, but is in a readout
(``readout-sources``), the meeting's own account; what the group or the meeting did, and a sentence that speaks of
the talks or a visit, still count. Words of manner and tone are no topics (``topic_stoplist.tsv``). Sentences
written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Doc

from kg.model import Article

KENYA = "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan in Nairobi on Tuesday. "
POLAND = "German Chancellor Olaf Scholz held talks with Polish Prime Minister Donald Tusk in Warsaw on Friday. "
# a sentence of neither, so that the next is not the one right after the meeting's
KENYA_LATER = KENYA + "Hassan arrived in Nairobi on Monday evening. "
POLAND_LATER = POLAND + "Scholz arrived in Warsaw on Thursday evening. "
READOUT = "The White House"


@pytest.fixture(scope="module")
def topics_of(nlp, actors):
    from kg.extract import extract
    from kg.nlp import document_text

    def run(text: str, source: str | None = None) -> set[str]:
        article = Article("t", text, date=dt.date(2023, 6, 14), source=source)
        return {t.topic for t in extract(nlp(document_text(article)), article, actors).topics}

    return run


def _doc(words, heads, deps, pos, lemmas) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)


def test_sourcekind_readouts_by_source():
    """Model-free: a White House readout's source (``readout-sources``) makes it a readout; any other is news."""
    from kg.extract.sourcekind import source_kind

    kinds = [source_kind(Article("a", "", source=s)) for s in (READOUT, " the white house ", "Reuters", None)]
    assert kinds == ["readouts", "readouts", "news", "news"]


def test_topicevents_whole_account_by_source_subject_and_sentence():
    """Model-free: a participant's or his country's act counts beyond the sentences that name the meeting only in a
    readout, or when the group or the meeting acts, or its sentence speaks of the talks or a visit."""
    from kg.extract.topicevents import whole_account

    news, readout = Article("n", ""), Article("r", "", source=READOUT)
    kenya = _doc(["Kenya", "shut", "the", "pipeline"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                 ["PROPN", "VERB", "DET", "NOUN"], ["Kenya", "shut", "the", "pipeline"])
    assert not whole_account(news, kenya[1], kenya[0]) and whole_account(readout, kenya[1], kenya[0])
    group = _doc(["The", "leaders", "backed", "the", "pipeline"], [1, 2, 2, 4, 2],
                 ["det", "nsubj", "ROOT", "det", "dobj"], ["DET", "NOUN", "VERB", "DET", "NOUN"],
                 ["the", "leader", "back", "the", "pipeline"])
    assert whole_account(news, group[2], group[1])
    talks = _doc(["At", "the", "talks", "Ruto", "backed", "the", "pipeline"], [4, 2, 0, 4, 4, 6, 4],
                 ["prep", "det", "pobj", "nsubj", "ROOT", "det", "dobj"],
                 ["ADP", "DET", "NOUN", "PROPN", "VERB", "DET", "NOUN"], ["at", "the", "talk", "Ruto", "back", "the",
                                                                           "pipeline"])
    assert whole_account(news, talks[4], talks[3])



def test_topicevents_meeting_or_trip_sentence_asked_once_per_sentence():
    """Model-free: whether a sentence holds a meeting or trip noun is read from the Doc's meeting and trip nouns,
    found once per Doc (kept in its ``user_data``, gone with it), and gives what the walk over its words gives; a
    verb "visit" is no trip noun."""
    from kg.extract.topicevents import _meeting_or_trip_sentence

    doc = _doc(["Ruto", "visited", "Kampala", ".", "The", "talks", "ended", "."], [1, 1, 1, 1, 5, 6, 6, 6],
               ["nsubj", "ROOT", "dobj", "punct", "det", "nsubj", "ROOT", "punct"],
               ["PROPN", "VERB", "PROPN", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
               ["Ruto", "visit", "Kampala", ".", "the", "talk", "end", "."])
    first, second = list(doc.sents)
    assert [_meeting_or_trip_sentence(s) for s in (first, second, first, second)] == [False, True, False, True]
    assert doc.user_data["kg_meeting_or_trip_nouns"] == [5]

@pytest.mark.parametrize("text, news, readout", [
    # one participant's or his country's act in a sentence that names no meeting: background in a news report
    (KENYA_LATER + "Tanzania closed the border crossing at Namanga in March after a dispute over lorry permits.",
     set(), {"border crossing at Namanga"}),
    (KENYA_LATER + "Ruto laid a wreath at the monument to the 1998 embassy bombing.", set(), {"1998 embassy bombing"}),
    (KENYA_LATER + "Hassan praised the new railway line to Mombasa.", set(), {"new railway line"}),
    (KENYA_LATER + "Kenya shut its oil pipeline to Uganda last year in a row over transit fees.", set(),
     {"oil pipeline"}),
    (POLAND_LATER + "Poland rejected the migration pact in June.", set(), {"migration pact"}),
    (POLAND_LATER + "Tusk criticised the Nord Stream pipeline in 2015.", set(), {"Nord Stream pipeline"}),
    (POLAND_LATER + "Germany later announced a new aid package for Ukraine.", set(), {"new aid package"}),
    # what the group or the meeting did, a sentence that speaks of the talks, and the one right after the meeting's,
    # tell of the meeting
    (KENYA_LATER + "The two presidents backed a joint railway project.", {"joint railway project"},
     {"joint railway project"}),
    (KENYA_LATER + "Both sides welcomed plans for a joint power line.", {"joint power line"}, {"joint power line"}),
    (KENYA_LATER + "The meeting may prepare the ground for a customs union.", {"customs union"}, {"customs union"}),
    (KENYA_LATER + "At the meeting, Ruto pushed for lower tariffs on maize.", {"lower tariffs on maize"},
     {"lower tariffs on maize"}),
    (KENYA_LATER + "During the talks, Hassan defended the new fishing rules on Lake Victoria.",
     {"new fishing rules on Lake Victoria"}, {"new fishing rules on Lake Victoria"}),
    (POLAND_LATER + "The two leaders pledged closer defence cooperation.", {"defence cooperation"},
     {"defence cooperation"}),
    (KENYA + "Hassan praised the new railway line to Mombasa.", {"new railway line"}, {"new railway line"}),
    (POLAND + "Poland rejected the migration pact in June.", {"migration pact"}, {"migration pact"}),
])
def test_topicevents_background_sentences_of_news(topics_of, text, news, readout):
    assert topics_of(text) == news
    assert topics_of(text, READOUT) == readout


@pytest.mark.parametrize("text, expected", [
    (KENYA + "Ruto struck a defiant tone in his speech at the meeting.", set()),
    (KENYA + "At the meeting, the two presidents agreed that the dispute should be handled in a responsible manner.",
     set()),
    (KENYA + "At the meeting, Hassan greeted Ruto with a warm hug and discussed lorry permits.", {"lorry permits"}),
    (KENYA + "The two presidents discussed the border in a friendly fashion, an official said, speaking on condition "
     "of anonymity.", {"border"}),
    (POLAND + "Tusk welcomed Scholz with a handshake and an embrace before the talks on war reparations.",
     {"war reparations"}),
    # near misses: what the tone is of, and a deal named after a handshake, stay
    (POLAND + "They discussed the tone of the debate on migration.", {"migration"}),
    (POLAND + "The two leaders discussed the handshake deal on gas prices.", {"handshake deal on gas prices"}),
])
def test_topicphrase_manner_and_tone_are_no_topics(topics_of, text, expected):
    assert topics_of(text) == expected

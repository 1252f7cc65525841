"""What a news report's frame holds is no topic (kg.extract.topicfilter): the words of a wire dateline ("BERLIN (AP)
—"), and a hyphenated title that the phrase writes apart ("President-elect"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.handdocs import make


def topics(facts) -> set[str]:
    return {t.topic for t in facts.topics}


@pytest.mark.parametrize("title, text, expected", [
    # the agency in a dateline is who filed the report
    (None, "BERLIN (AP) — King Charles III was welcomed by Chancellor Olaf Scholz on Wednesday. They discussed "
     "climate protection.", {"climate protection"}),
    (None, "ROME (AP) — Prime Minister Giorgia Meloni was greeted by President Kais Saied on Sunday. They discussed "
     "migrant boats.", {"migrant boats"}),
    # a title written apart in a news title line is whom someone met, not what was discussed
    ("Abe becomes first foreign leader to meet President-elect", "Prime Minister Shinzo Abe met President-elect "
     "Donald Trump in New York on Thursday. They discussed trade.", {"trade"}),
    # near misses: the same words in the body's own phrases stay topics
    (None, "President Joe Biden met President Xi Jinping on Monday. They discussed the AP exams and Reuters' "
     "reporting.", {"AP exams", "Reuters reporting"}),
])
def test_topicfilter_report_frame_is_no_topic(facts_of, title, text, expected):
    assert topics(facts_of(text, title=title)) == expected


def test_topicfilter_dateline_model_free():
    """Model-free: the words before a dateline's dash are in it; the sentence after the dash is not, nor a line that
    opens with a verb before a dash."""
    from kg.extract.topicfilter import in_dateline

    rows = [("BERLIN", 5, "npadvmod", "PROPN", "NNP", "Berlin", "B-GPE"), ("(", 2, "punct", "PUNCT", "-LRB-", "(", "O"),
            ("AP", 0, "appos", "PROPN", "NNP", "AP", "B-ORG"), (")", 2, "punct", "PUNCT", "-RRB-", ")", "O"),
            ("—", 5, "punct", "PUNCT", ":", "—", "O"), ("Scholz", 6, "nsubj", "PROPN", "NNP", "Scholz", "B-PERSON"),
            ("met", 6, "ROOT", "VERB", "VBD", "meet", "O"), ("Macron", 6, "dobj", "PROPN", "NNP", "Macron", "B-PERSON")]
    doc = make(rows)
    assert in_dateline(doc[0]) and in_dateline(doc[2]) and not in_dateline(doc[5]) and not in_dateline(doc[7])
    doc = make([("BERLIN", 1, "nsubj", "PROPN", "NNP", "Berlin", "B-GPE"),
                ("SAYS", 1, "ROOT", "VERB", "VBZ", "say", "O"),
                ("—", 1, "punct", "PUNCT", ":", "—", "O"), ("no", 4, "det", "DET", "DT", "no", "O"),
                ("deal", 1, "dobj", "NOUN", "NN", "deal", "O")])
    assert not in_dateline(doc[0])


def test_topicfilter_hyphenated_title_model_free():
    """Model-free: "President elect" (a title written apart) is who acts; "election result" is not a title."""
    from kg.extract.topicfilter import actors

    doc = make([("President", 2, "compound", "PROPN", "NNP", "President", "O"), ("-", 2, "punct", "PUNCT", "HYPH", "-",
                "O"), ("elect", 2, "ROOT", "NOUN", "NN", "elect", "O")])
    assert actors("President elect", doc[2])
    doc = make([("election", 1, "compound", "NOUN", "NN", "election", "O"),
                ("result", 1, "ROOT", "NOUN", "NN", "result", "O")])
    assert not actors("election result", doc[1])

"""Tests of kg.evaluate: gold loading, grouping of query rows and the scoring rules of the annotation guide.

The gold facts here are synthetic, written for the tests (no corpus text).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.errors import EvaluationError
from kg.evaluate import (
    RELATIONS,
    Counts,
    Gold,
    GoldEvent,
    GoldQuote,
    GoldRole,
    Mismatch,
    PredictedEvent,
    Prediction,
    load_gold,
    persons_match,
    predictions_from_rows,
    score,
)

GOLD_A = {
    "article": "a1",
    "roles": [
        {"person": "Joe Biden", "role": "President", "country": "US"},
        {"person": "Justin Trudeau", "role": "Prime Minister", "country": "CA"},
    ],
    "meetings": [["Biden", "Trudeau"]],
    "events": [{"name": "Biden–Trudeau meeting", "participants": ["Biden", "Trudeau"], "location": "Ottawa",
                "topics_required": ["energy security", "Arctic defence"], "topics_allowed": ["trade"]}],
    "quotes": [{"speaker": "Trudeau", "contains": "a partnership built to last"}],
}
GOLD_B = {
    "article": "b2",
    "roles": [{"person": "Zora Kettle", "role": "Foreign Minister", "country": "NO"}],
    "meetings": [],
    "events": [{"name": "Oslo talks", "participants": ["Kettle"], "location": None,
                "topics_required": ["fisheries"], "topics_allowed": []}],
    "quotes": [],
}

PERFECT_ROWS = {
    "roles": [
        {"person": "Joe Biden", "role": "President", "country": "United States", "country_code": "US",
         "article": "a1"},
        {"person": "Justin Trudeau", "role": "Prime Minister", "country": "Canada", "country_code": "CA",
         "article": "a1"},
        {"person": "Zora Kettle", "role": "Foreign Minister", "country": "Norway", "country_code": "NO",
         "article": "b2"},
    ],
    "meetings": [
        {"person_a": "Joe Biden", "person_b": "Justin Trudeau", "article": "a1"},
        {"person_a": "Justin Trudeau", "person_b": "Joe Biden", "article": "a1"},
    ],
    "event_participants": [
        {"event": "e1", "person": "Joe Biden", "article": "a1"},
        {"event": "e1", "person": "Justin Trudeau", "article": "a1"},
    ],
    "event_topics": [
        {"event": "e1", "topic": "energy security", "article": "a1"},
        {"event": "e1", "topic": "Arctic defence", "article": "a1"},
        {"event": "e9", "topic": "fisheries", "article": "b2"},
    ],
    "quotes": [{"speaker": "Justin Trudeau", "quote": "This is a partnership built to last.", "article": "a1"}],
}


def write_gold(directory: Path, *objects: dict) -> Path:
    """Write each gold object to ``<directory>/<article>.json`` and return the directory."""
    directory.mkdir(parents=True, exist_ok=True)
    for obj in objects:
        (directory / f"{obj['article']}.json").write_text(json.dumps(obj), encoding="utf-8")
    return directory


def one_article(tmp_path: Path, **facts) -> dict[str, Gold]:
    """Gold for a single article "x" holding only ``facts``."""
    return load_gold(write_gold(tmp_path / "gold", {"article": "x", **facts}))


def pred(**facts) -> dict[str, Prediction]:
    return {"x": Prediction("x", **facts)}


def topics_gold(required: list[str], allowed: list[str] = ()) -> list[dict]:
    return [{"name": "talks", "participants": [], "location": None,
             "topics_required": required, "topics_allowed": list(allowed)}]


def topic_pred(*topics: str, event: str = "e1") -> dict[str, Prediction]:
    return pred(events={event: PredictedEvent((), topics)})


@pytest.fixture
def gold(tmp_path: Path) -> dict[str, Gold]:
    return load_gold(write_gold(tmp_path / "gold", GOLD_A, GOLD_B))


def test_evaluate_perfect_predictions_score_one(gold):
    report = score(gold, predictions_from_rows(PERFECT_ROWS))
    for relation in RELATIONS:
        counts = report.relations[relation]
        assert (counts.precision, counts.recall, counts.f1) == (1.0, 1.0, 1.0), relation
    assert report.relations["roles"].found == 3
    assert report.relations["topics"].found == 3
    assert report.false_positives == () and report.false_negatives == ()
    assert report.missing_articles == () and report.ignored_articles == ()


def test_evaluate_empty_predictions_score_recall_zero(gold):
    report = score(gold, {})
    for relation in RELATIONS:
        counts = report.relations[relation]
        assert counts.recall == 0.0 and counts.f1 == 0.0 and counts.precision == 1.0, relation
        assert counts.fn == counts.expected > 0
    assert report.missing_articles == ("a1", "b2")
    assert len(report.false_negatives) == sum(c.expected for c in report.relations.values())


def test_evaluate_nothing_expected_nothing_extracted_scores_one(tmp_path):
    report = score(one_article(tmp_path), pred())
    assert all(report.relations[r].f1 == 1.0 for r in RELATIONS)


@pytest.mark.parametrize(
    ("gold_name", "extracted_name", "matches"),
    [
        ("Biden", "Joe Biden", True),
        ("Joe Biden", "President Joe Biden", True),
        ("Biden", "President Joe Biden", True),
        ("López Obrador", "Lopez Obrador", True),
        ("Andrés Manuel López Obrador", "President LOPEZ OBRADOR", True),
        ("Xi Jinping", "Mr. Xi", True),
        ("Joe Biden", "Jill Biden", False),
        ("Biden", "Trudeau", False),
        ("Biden", "President", False),
    ],
)
def test_evaluate_person_subset_matching(tmp_path, gold_name, extracted_name, matches):
    gold = one_article(tmp_path, roles=[{"person": gold_name, "role": "President", "country": "US"}])
    report = score(gold, pred(roles=[(extracted_name, "President", "United States", "US")]))
    assert report.relations["roles"].correct == int(matches)
    assert report.relations["roles"].found == int(matches)
    assert persons_match(gold_name, extracted_name) is matches


def test_evaluate_self_meeting_is_false_positive(tmp_path):
    gold = one_article(tmp_path, meetings=[["Biden", "Trudeau"]])
    report = score(gold, pred(meetings=(("Biden", "Trudeau"), ("Joe Biden", "President Biden"))))
    counts = report.relations["meetings"]
    assert (counts.extracted, counts.correct, counts.found) == (2, 1, 1)
    assert report.false_positives == (Mismatch("x", "meetings", ("Joe Biden", "President Biden"), "self-meeting"),)


@pytest.mark.parametrize("name", ["Biden-Trudeau Meeting", "Readout of President Biden", "Biden Administration"])
def test_evaluate_meeting_word_names_match_nobody(tmp_path, name):
    gold = one_article(tmp_path, meetings=[["Biden", "Trudeau"]])
    report = score(gold, pred(meetings=((name, "Trudeau"),)))
    counts = report.relations["meetings"]
    assert (counts.extracted, counts.correct, counts.found) == (1, 0, 0)
    assert report.false_positives[0].note == "not a person name"
    assert not persons_match(name, "Biden")


@pytest.mark.parametrize(
    ("gold_role", "extracted_role", "matches"),
    [
        ("Secretary-General", "secretary general of the United Nations", True),
        ("Secretary-General of the United Nations", "Secretary General", True),
        ("Prime Minister", "prime-minister", True),
        ("Foreign Minister", "Foreign Minister of Norway", True),
        ("President", "Vice President", False),
        ("Secretary of State", "Secretary of Defense", False),
        ("Foreign Minister", "Defense Minister", False),
        ("Foreign Minister", "Minister of Foreign Affairs", True),  # guide: portfolios
        ("Minister for the Interior", "Interior Minister", True),
        ("Commerce Secretary", "Secretary of Commerce", True),  # guide: portfolios, for Secretary as for Minister
        ("Secretary of the Treasury", "Treasury Secretary", True),
        ("Secretary of Defense", "Secretary of Defense for Policy", True),
        ("Defense Secretary", "Secretary of Commerce", False),
        ("Secretary", "Secretary of Commerce", False),
        ("Acting Prime Minister", "Prime Minister", True),  # guide: acting, interim, caretaker dropped
        ("President", "interim president", True),
        ("Prime Minister", "Taoiseach", True),
        ("Representative", "Congresswoman", True),  # one office under two names
        ("Member of Parliament", "MP", True),
        ("Representative", "Senator", False),
        ("UUP Leader", "Leader of the Ulster Unionist Party", True),  # guide: a party's name before "Leader"
        ("Opposition Leader", "Leader", False),
        ("Senate Minority Leader", "Senate Majority Leader", False),
        ("Ambassador", "Ambassador to the United Nations", True),
        ("Ambassador to the United Nations", "Ambassador to the UN", True),  # one body under two names
        ("Spokesman", "Foreign Ministry Spokesperson", True),  # guide: a body's name before "Spokesman" (as "Leader")
        ("Military Spokesman", "Military Spokeswoman", True),  # one title, two genders
        ("Spokesman", "Secretary", False),
        ("Defense Minister", "Defence Minister", True),  # one title, two spellings
        ("Economic Advisor", "Economic Adviser", True),
        ("Aboriginal Affairs Minister", "Minister of Aboriginal Affairs", True),  # guide: portfolios, "Affairs" dropped
        ("Opposition Leader", "Leader of the Opposition", True),
        ("Deputy Defense Secretary", "Deputy Secretary of Defense", True),  # a rank before a portfolio
        ("Assistant Secretary of Defense", "Assistant Secretary", True),
        ("Deputy Secretary of State", "Deputy Secretary of Defense", False),
    ],
)
def test_evaluate_role_normalisation(tmp_path, gold_role, extracted_role, matches):
    gold = one_article(tmp_path, roles=[{"person": "Ana Lind", "role": gold_role, "country": "UN"}])
    report = score(gold, pred(roles=[("Ana Lind", extracted_role, "United Nations", "UN")]))
    assert report.relations["roles"].found == int(matches)


@pytest.mark.parametrize(
    ("gold_country", "label", "code", "matches"),
    [
        ("US", "United States", "", True),
        ("US", "", "US", True),
        ("United States", "", "US", True),
        ("US", "United States of America", "USA", True),
        ("UN", "United Nations", "", True),
        ("United Nations", "", "UN", True),
        ("EU", "European Union", "", True),
        ("NATO", "North Atlantic Treaty Organization", "", True),
        ("African Union", "African Union", "AU", True),
        ("AU", "African Union", "", True),
        ("GB", "United Kingdom", "", True),
        ("RU", "Russia", "", True),
        ("MX", "Canada", "CA", False),
        ("US", "", "", False),
    ],
)
def test_evaluate_country_by_code_or_name(tmp_path, gold_country, label, code, matches):
    gold = one_article(tmp_path, roles=[{"person": "Ana Lind", "role": "President", "country": gold_country}])
    report = score(gold, pred(roles=[("Ana Lind", "President", label, code)]))
    assert report.relations["roles"].found == int(matches)


@pytest.mark.parametrize(
    ("gold_topic", "extracted", "matches"),
    [
        ("climate change", "climate change", True),
        ("climate change", "Climate Change!", True),
        ("climate change", "climate", False),  # exactly half of the gold's words: not more than half
        ("climate change", "change in the climate", True),  # stop words do not count
        ("Russia's war in Ukraine", "war in Ukraine", True),  # 2 of 3 gold words
        ("Russia's war in Ukraine", "Ukraine", False),  # 1 of 3 gold words
        ("migration", "migration policy reform", True),  # a third of the extracted words
        ("migration", "migration policy reform plan", False),  # a quarter of the extracted words
        ("energy security", "security of energy supply chains", True),  # 2 of 4 extracted words
        ("energy security", "energy, food and water security in the southern coastal region", False),  # 2 of 7
        ("sanctions", "sanction", True),  # simple plural folded
    ],
)
def test_evaluate_topic_overlap_thresholds(tmp_path, gold_topic, extracted, matches):
    gold = one_article(tmp_path, events=topics_gold([gold_topic]))
    counts = score(gold, topic_pred(extracted)).relations["topics"]
    assert (counts.correct, counts.found) == (int(matches), int(matches))


def test_evaluate_topics_allowed_count_for_precision_only(tmp_path):
    gold = one_article(tmp_path, events=topics_gold(["fisheries"], ["port security"]))
    report = score(gold, topic_pred("port security", "space exploration"))
    counts = report.relations["topics"]
    assert (counts.extracted, counts.correct, counts.expected, counts.found) == (2, 1, 1, 0)
    assert [m.fact for m in report.false_positives] == [("space exploration",)]
    assert report.false_negatives == (Mismatch("x", "topics", ("fisheries",), "event: talks"),)


def test_evaluate_topics_pooled_over_events(tmp_path):
    events = topics_gold(["fisheries"]) + [{"name": "dinner", "topics_required": ["tourism"]}]
    gold = one_article(tmp_path, events=events)
    prediction = pred(events={"e1": PredictedEvent((), ("tourism",)), "e2": PredictedEvent((), ("fisheries",))})
    counts = score(gold, prediction).relations["topics"]
    assert (counts.extracted, counts.correct, counts.expected, counts.found) == (2, 2, 2, 2)


@pytest.mark.parametrize(
    ("speaker", "text", "matches"),
    [
        ("Trudeau", "“We don’t wall ourselves off,” he said.", True),
        ("Justin Trudeau", "We don't  wall\nourselves off from the world", True),
        ("Biden", "We don't wall ourselves off", False),  # wrong speaker
        ("Trudeau", "We don't wall ourselves", False),  # only part of the gold words
    ],
)
def test_evaluate_quote_containment_with_curly_quotes(tmp_path, speaker, text, matches):
    gold = one_article(tmp_path, quotes=[{"speaker": "Trudeau", "contains": "We don't wall ourselves off,"}])
    counts = score(gold, pred(quotes=[(speaker, text)])).relations["quotes"]
    assert (counts.correct, counts.found) == (int(matches), int(matches))


@pytest.mark.parametrize(
    ("extracted", "counts"),
    [
        ((("Biden", "Trudeau"), ("Biden", "Kettle")), (1, 1, 1, 1)),  # the call pair is not counted against
        ((("Biden", "Trudeau"),), (1, 1, 1, 1)),  # nor required
        ((("Biden", "Trudeau"), ("Biden", "Lind")), (2, 1, 1, 1)),  # an unrelated pair still is a false positive
    ],
)
def test_evaluate_calls_neither_required_nor_penalised(tmp_path, extracted, counts):
    gold = one_article(tmp_path, meetings=[["Biden", "Trudeau"]], calls=[["Kettle", "Biden"]])
    c = score(gold, pred(meetings=extracted)).relations["meetings"]
    assert (c.extracted, c.correct, c.expected, c.found) == counts


def test_evaluate_distinct_facts_counted_once(tmp_path):
    gold = one_article(tmp_path, roles=[{"person": "Joe Biden", "role": "President", "country": "US"}])
    roles = (("Joe Biden", "President", "United States", "US"), ("joe biden.", "PRESIDENT", "", "US"),
             ("Biden", "President", "", "US"))
    counts = score(gold, pred(roles=roles)).relations["roles"]
    assert (counts.extracted, counts.correct, counts.expected, counts.found) == (2, 2, 1, 1)


def test_evaluate_fp_fn_lists(gold):
    rows = {
        "roles": [{"person": "Joe Biden", "role": "Vice President", "country": "United States",
                   "country_code": "US", "article": "a1"}],
        "event_topics": [{"event": "e1", "topic": "trade", "article": "a1"},
                         {"event": "e1", "topic": "tax reform", "article": "a1"}],
        "quotes": [{"speaker": "Biden", "quote": "a partnership built to last", "article": "a1"}],
    }
    report = score(gold, predictions_from_rows(rows))
    assert report.false_positives == (
        Mismatch("a1", "roles", ("Joe Biden", "Vice President", "United States", "US")),
        Mismatch("a1", "topics", ("tax reform",), "event: e1"),
        Mismatch("a1", "quotes", ("Biden", "a partnership built to last")),
    )
    assert Mismatch("a1", "roles", ("Joe Biden", "President", "US")) in report.false_negatives
    assert Mismatch("a1", "meetings", ("Biden", "Trudeau")) in report.false_negatives
    assert Mismatch("a1", "topics", ("energy security",), "event: Biden–Trudeau meeting") in report.false_negatives
    assert Mismatch("b2", "topics", ("fisheries",), "event: Oslo talks") in report.false_negatives
    assert len(report.false_negatives) == 8
    assert report.missing_articles == ("b2",)


def test_evaluate_ignores_predictions_without_gold(gold):
    extra = {"person": "Ana Lind", "role": "King", "country": "", "country_code": "SE", "article": "zz"}
    rows = {"roles": PERFECT_ROWS["roles"] + [extra]}
    report = score(gold, predictions_from_rows(rows))
    assert report.ignored_articles == ("zz",)
    assert report.relations["roles"].extracted == 3 and report.relations["roles"].fp == 0
    assert report.to_dict()["articles"]["ignored"] == 1


def test_evaluate_per_article_rows_and_json(gold):
    report = score(gold, predictions_from_rows(PERFECT_ROWS | {"quotes": []}), per_article=True)
    assert [(a.article, a.predicted) for a in report.articles] == [("a1", True), ("b2", True)]
    assert report.articles[0].relations["quotes"].recall == 0.0
    assert report.articles[1].relations["quotes"].recall == 1.0
    data = json.loads(json.dumps(report.to_dict()))
    assert data["scores"]["quotes"]["fn"] == 1
    assert data["scores"]["overall"]["expected"] == sum(c.expected for c in report.relations.values())
    assert len(data["per_article"]) == 2 and data["false_negatives"][0]["relation"] == "quotes"
    assert score(gold, predictions_from_rows(PERFECT_ROWS)).articles == ()


def test_evaluate_scores_by_source(tmp_path):
    readout = {**GOLD_A, "article": "wh-2023-01-10-readout"}
    news = {**GOLD_B, "article": "wn-2006-01-10-oslo"}
    gold = load_gold(write_gold(tmp_path / "gold", readout, news))
    rows = {"roles": [{**row, "article": "wh-2023-01-10-readout"} for row in PERFECT_ROWS["roles"][:2]]
            + [{**PERFECT_ROWS["roles"][0], "article": "wn-2006-01-10-oslo"}]}
    report = score(gold, predictions_from_rows(rows))
    assert list(report.by_source) == ["readouts", "news"]
    assert report.by_source["readouts"]["roles"] == Counts(extracted=2, correct=2, expected=2, found=2)
    assert report.by_source["news"]["roles"] == Counts(extracted=1, correct=0, expected=1, found=0)
    assert report.by_source["news"]["topics"] == Counts(expected=1)
    for rel in RELATIONS:
        assert report.by_source["readouts"][rel] + report.by_source["news"][rel] == report.relations[rel]
    data = json.loads(json.dumps(report.to_dict()))
    assert data["by_source"]["news"]["roles"]["fp"] == 1 and list(data["by_source"]) == ["readouts", "news"]
    only_news = score(load_gold(write_gold(tmp_path / "news", news)), {})
    assert list(only_news.by_source) == ["news"]


def test_evaluate_cli_prints_scores_by_source(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kg import service
    from kg.cli import main

    gold = load_gold(write_gold(tmp_path / "gold", {**GOLD_B, "article": "wh-1", "quotes": [],
                                                    "plover": [{"type": "AID", "source": ["NO"], "target": [],
                                                                "modality": "asserted"}]}))
    rows = {"roles": [{**PERFECT_ROWS["roles"][2], "article": "wh-1"}]}
    monkeypatch.setattr(service, "evaluate", lambda *a, **k: score(gold, predictions_from_rows(rows)))
    result = CliRunner().invoke(main, ["evaluate", str(tmp_path / "gold"), "--errors", "0"])
    assert result.exit_code == 0, result.output
    by_source = result.output[result.output.index("scores by source"):result.output.index("plover targets")].splitlines()
    assert [line.split("│")[1:-1] for line in by_source if line.startswith("│")] == [
        [f" {cell:<{width}} " for cell, width in zip(row, (25, 8, 9, 6, 5, 9, 7, 8, 5))] for row in [
            ("roles", "readouts", "1.000", "1.000", "1.000", "1", "1", "1", "1"),
            ("meetings", "readouts", "1.000", "1.000", "1.000", "0", "0", "0", "0"),
            ("topics", "readouts", "1.000", "0.000", "0.000", "0", "0", "1", "0"),
            ("quotes", "readouts", "1.000", "1.000", "1.000", "0", "0", "0", "0"),
            ("plover type+source", "readouts", "1.000", "0.000", "0.000", "0", "0", "1", "0"),
            ("plover type+source+target", "readouts", "1.000", "0.000", "0.000", "0", "0", "1", "0"),
        ]
    ]
    targets = result.output[result.output.index("plover targets"):].splitlines()  # no event matched: all zero
    assert [line.split("│")[1:-1] for line in targets if line.startswith("│")] == [
        [" all      ", " 0      ", " 0     ", " 1.0       ", " 0        ", " 0     ", " 1.0    ", " 1.0 ", " 0        "],
        [" readouts ", " 0      ", " 0     ", " 1.0       ", " 0        ", " 0     ", " 1.0    ", " 1.0 ", " 0        "],
    ]


def test_evaluate_predictions_from_rows_groups_per_article():
    rows = dict(PERFECT_ROWS)
    rows["roles"] = rows["roles"] + [{"person": "Zora Kettle", "role": "Foreign Minister", "country": "Norway",
                                      "country_code": "https://kg-project.org/id/country/NO",
                                      "article": "https://kg-project.org/id/article/b2"}]
    rows["event_participants"] = rows["event_participants"] + [{"event": "e9", "person": "", "article": "b2"}]
    predictions = predictions_from_rows(rows)
    assert sorted(predictions) == ["a1", "b2"]
    a1, b2 = predictions["a1"], predictions["b2"]
    assert a1.roles[0] == ("Joe Biden", "President", "United States", "US")
    assert a1.meetings == (("Joe Biden", "Justin Trudeau"), ("Justin Trudeau", "Joe Biden"))
    assert a1.events["e1"] == PredictedEvent(("Joe Biden", "Justin Trudeau"), ("energy security", "Arctic defence"))
    assert a1.quotes == (("Justin Trudeau", "This is a partnership built to last."),)
    assert b2.roles == (("Zora Kettle", "Foreign Minister", "Norway", "NO"),)  # duplicate row collapsed
    assert dict(b2.events) == {"e9": PredictedEvent((), ("fisheries",))}


def test_evaluate_load_gold_directory_and_single_file(tmp_path):
    directory = write_gold(tmp_path / "gold", GOLD_A, GOLD_B)
    gold = load_gold(directory)
    assert sorted(gold) == ["a1", "b2"]
    a1 = gold["a1"]
    assert a1.roles[0] == GoldRole("Joe Biden", "President", "US")
    assert a1.meetings == (("Biden", "Trudeau"),) and a1.calls == ()
    assert a1.events[0] == GoldEvent("Biden–Trudeau meeting", ("Biden", "Trudeau"), "Ottawa",
                                     ("energy security", "Arctic defence"), ("trade",))
    assert a1.quotes == (GoldQuote("Trudeau", "a partnership built to last"),)
    assert a1.source == str(directory / "a1.json")
    assert list(load_gold(directory / "b2.json")) == ["b2"]


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        "[1]",
        '{"roles": []}',
        '{"article": 3}',
        '{"article": "x", "roles": [{"person": "Ana Lind"}]}',
        '{"article": "x", "roles": {"person": "Ana Lind"}}',
        '{"article": "x", "meetings": [["Biden"]]}',
        '{"article": "x", "calls": [["Biden", 7]]}',
        '{"article": "x", "quotes": [{"speaker": "Biden", "contains": ""}]}',
        '{"article": "x", "events": [{"topics_required": "migration"}]}',
    ],
)
def test_evaluate_invalid_gold_raises_naming_file(tmp_path, content):
    path = tmp_path / "broken.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(EvaluationError, match="broken.json"):
        load_gold(path)
    with pytest.raises(EvaluationError, match="broken.json"):
        load_gold(tmp_path)


def test_evaluate_unreadable_gold_chains_cause(tmp_path):
    path = tmp_path / "latin.json"
    path.write_bytes(b'{"article": "caf\xe9"}')
    with pytest.raises(EvaluationError, match="latin.json") as info:
        load_gold(path)
    assert isinstance(info.value.__cause__, UnicodeDecodeError)


@pytest.mark.parametrize("make", [lambda p: p / "missing", lambda p: p])
def test_evaluate_missing_gold_path_or_empty_directory(tmp_path, make):
    with pytest.raises(EvaluationError, match=re.escape(str(tmp_path))):
        load_gold(make(tmp_path))


def test_evaluate_duplicate_gold_article_raises(tmp_path):
    write_gold(tmp_path, GOLD_A)
    (tmp_path / "other.json").write_text(json.dumps(GOLD_A), encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"other\.json.*'a1'.*a1\.json"):
        load_gold(tmp_path)


GOLD_SETS = {"gold": 40, "gold-heldout": 14, "gold-test": 35, "gold-news-dev": 50, "gold-news-test": 30,
             "gold-readouts-dev": 30, "gold-news-meetings": 28, "gold-news-meetings-dev": 30,
             "gold-readouts-dev2": 30, "gold-news-meetings-dev2": 30, "gold-readouts-dev3": 30, "gold-news-dev3": 30,
             "gold-news-dev4": 30, "gold-readouts-dev4": 30, "gold-news-dev5": 30, "gold-news-dev6": 30, "gold-readouts-dev5": 30, "gold-news-dev7": 30,
             "gold-news-dev8": 30, "gold-news-dev9": 30, "gold-readouts-dev6": 30,
             "gold-news-dev10": 30, "gold-news-dev11": 30, "gold-news-dev12": 30, "gold-news-dev13": 30,
             "gold-news-dev14": 30, "gold-news-dev15": 30, "gold-news-dev16": 30,
             "gold-news-dev17": 30, "gold-news-dev18": 30, "gold-news-dev19": 30, "gold-news-dev20": 30,
             "gold-news-dev21": 30, "gold-news-dev22": 30, "gold-news-dev23": 30, "gold-news-dev24": 30,
             "gold-news-dev25": 30, "gold-news-dev26": 30, "gold-news-dev27": 30, "gold-news-dev28": 30,
             "gold-news-dev29": 30, "gold-news-dev30": 30, "gold-news-dev31": 30, "gold-news-dev32": 30,
             "gold-news-dev33": 30, "gold-news-dev34": 30, "gold-news-dev35": 30,
             "gold-news-dev36": 30, "gold-news-dev37": 30, "gold-news-dev38": 30, "gold-news-dev39": 30,
             "gold-news-dev40": 5, "gold-readouts-dev7": 20, "gold-news-dev41": 12}
PLOVER_SETS = {"gold-news-dev": 50, "gold-news-test": 30, "gold-test": 19, "gold-readouts-dev": 30,
               "gold-news-meetings": 28, "gold-news-meetings-dev": 30, "gold-readouts-dev2": 30,
               "gold-news-meetings-dev2": 30, "gold-readouts-dev3": 30, "gold-news-dev3": 30,
               "gold-news-dev4": 30, "gold-readouts-dev4": 30, "gold-news-dev5": 30, "gold-news-dev6": 30, "gold-readouts-dev5": 30, "gold-news-dev7": 30,
               "gold-news-dev8": 30, "gold-news-dev9": 30, "gold-readouts-dev6": 30,
               "gold-news-dev10": 30, "gold-news-dev11": 30, "gold-news-dev12": 30,
               "gold-news-dev13": 30, "gold-news-dev14": 30, "gold-news-dev15": 30,
               "gold-news-dev16": 30, "gold-news-dev17": 30, "gold-news-dev18": 30,
               "gold-news-dev19": 30, "gold-news-dev20": 30, "gold-news-dev21": 30, "gold-news-dev22": 30,
               "gold-news-dev23": 30, "gold-news-dev24": 30, "gold-news-dev25": 30,
               "gold-news-dev26": 30, "gold-news-dev27": 30,
               "gold-news-dev28": 30, "gold-news-dev29": 30, "gold-news-dev30": 30,
               "gold-news-dev31": 30, "gold-news-dev32": 30, "gold-news-dev33": 30,
               "gold-news-dev34": 30, "gold-news-dev35": 30,
               "gold-news-dev36": 30, "gold-news-dev37": 30, "gold-news-dev38": 30, "gold-news-dev39": 30,
             "gold-news-dev40": 5, "gold-readouts-dev7": 20, "gold-news-dev41": 12}  # files with the "plover" key
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"  # <repo>/../shared/corpus


def corpus_articles() -> dict[str, str]:
    """Article id -> title and text of both corpus files (kg reads the title line too); skips the test when they are
    absent."""
    files = [CORPUS / "news.jsonl", CORPUS / "news2.jsonl"]
    if not all(f.exists() for f in files):
        pytest.skip(f"corpus not found at {CORPUS}")
    texts = {}
    for path in files:
        with path.open(encoding="utf-8") as f:
            texts.update((row["id"], f"{row['title']}\n{row['text']}") for row in map(json.loads, filter(str.strip, f)))
    return texts


@pytest.mark.parametrize("name, at_least", GOLD_SETS.items())
def test_evaluate_committed_gold_sets_load_and_name_corpus_articles(name, at_least):
    """Every gold set parses, and every article id is in the corpus (when it is present)."""
    gold = load_gold(Path(__file__).parent / name)
    assert len(gold) >= at_least
    assert set(gold) <= set(corpus_articles())


@pytest.mark.parametrize("name, at_least", PLOVER_SETS.items())
def test_evaluate_committed_gold_sets_code_plover_events_with_audit_spans(name, at_least):
    """The newer files annotate PLOVER events; each event's audit span is copied from its article (title or text: a
    headline can be an event's only report, "Army of X calls UN police action a coup")."""
    gold = {a: g for a, g in load_gold(Path(__file__).parent / name).items() if g.plover is not None}
    assert len(gold) >= at_least
    texts = corpus_articles()
    spans = [(a, p.text) for a, g in gold.items() for p in g.plover]
    assert spans and all(text and text in texts[a] for a, text in spans)


def test_evaluate_committed_gold_sets_are_disjoint():
    root = Path(__file__).parent
    sets = {name: set(load_gold(root / name)) for name in GOLD_SETS}
    for i, a in enumerate(GOLD_SETS):
        for b in list(GOLD_SETS)[i + 1:]:
            assert not sets[a] & sets[b], (a, b)


def test_evaluate_seed_against_the_guides_example(seed_kg):
    """Issue 9's seed target, scored by ``kg evaluate`` on the built seed store against the guide's example gold
    (``tests/golden/seed-gold/``, the facts of the annotation guide's example): roles and meetings exact, every
    required topic found, and topic precision at least 0.9."""
    from click.testing import CliRunner

    from kg.cli import main

    gold = Path(__file__).parent / "golden" / "seed-gold"
    result = CliRunner().invoke(main, ["evaluate", str(gold), "--store", seed_kg, "--format", "json", "--errors", "0"])
    assert result.exit_code == 0, result.output
    scores = json.loads(result.output)["scores"]
    assert scores["roles"]["f1"] == 1.0 and scores["meetings"]["f1"] == 1.0
    assert scores["topics"]["recall"] == 1.0 and scores["topics"]["precision"] >= 0.9

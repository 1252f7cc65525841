"""Tests of kg.plover_score: PLOVER events scored against the gold ``plover`` key (annotation guide, "plover").

Extracted events are hand-built :class:`kg.model.ArticleFacts` (the extractor of the event layer is built
elsewhere) or rows shaped like ``queries/plover_events.rq``. All names and facts are synthetic.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.errors import EvaluationError
from kg.evaluate import PLOVER_RELATIONS, RELATIONS, Prediction, load_gold, predictions_from_rows, score
from kg.model import Actor, Article, ArticleFacts, Evidence, Person, PoliticalEventFact
from kg.plover_score import plover_from_facts, plover_from_rows

TS, TST = PLOVER_RELATIONS  # "plover type+source", "plover type+source+target"
EVIDENCE = Evidence("x", "A sentence.", 0, 0, 10, "test")


def person(name: str, country: str | None = None) -> Actor:
    return Actor(name, country=country, person=Person(name.lower().replace(" ", "-"), name))


def group(label: str, country: str | None = None, org: str | None = None) -> Actor:
    return Actor(label, country=country, org=org)


def event(kind: str, sources, targets=(), modality: str = "asserted", id: str = "p1") -> PoliticalEventFact:
    return PoliticalEventFact(id, kind, tuple(sources), tuple(targets), modality, EVIDENCE)


def gold_of(tmp_path: Path, *entries: dict, roles=(), article: str = "x", plover: bool = True):
    obj = {"article": article, "roles": list(roles)}
    if plover:
        obj["plover"] = [{"target": [], "modality": "asserted", **e} for e in entries]
    tmp_path.mkdir(parents=True, exist_ok=True)
    path = tmp_path / f"{article}.json"
    path.write_text(json.dumps(obj), encoding="utf-8")
    return load_gold(path)


def run(gold, *events: PoliticalEventFact, article: str = "x"):
    facts = ArticleFacts(Article(article, "text"), political_events=events)
    return score(gold, {article: Prediction(article, plover=plover_from_facts(facts))})


def hits(report, relation: str) -> tuple[int, int, int, int]:
    c = report.relations[relation]
    return c.extracted, c.correct, c.expected, c.found


def test_plover_score_gold_entries_load_with_text(tmp_path):
    gold = gold_of(tmp_path, {"type": "consult", "source": ["Biden"], "target": ["MX"], "modality": "Future",
                              "text": "Biden will visit Mexico"})
    (entry,) = gold["x"].plover
    assert (entry.type, entry.source, entry.target, entry.modality) == ("CONSULT", ("Biden",), ("MX",), "future")
    assert entry.text == "Biden will visit Mexico"


def test_plover_score_files_without_key_add_no_relation(tmp_path):
    report = run(gold_of(tmp_path, plover=False), event("ACCUSE", [group("Atlantis", "US")]))
    assert tuple(report.relations) == RELATIONS
    assert gold_of(tmp_path / "b", plover=False)["x"].plover is None


@pytest.mark.parametrize(
    ("entry", "problem"),
    [
        ({"type": "INVADE", "source": ["US"], "target": []}, r"plover\[0\]\.type: expected one of AGREE"),
        ({"type": "AID", "source": ["US"], "target": [], "modality": "likely"}, r"plover\[0\]\.modality"),
        ({"type": "AID", "source": "US", "target": []}, r"plover\[0\]\.source: expected a list of actors"),
        ({"type": "AID", "source": [], "target": []}, r"plover\[0\]\.source: expected at least one actor"),
        ({"type": "AID", "source": ["US"]}, r"plover\[0\]\.target: expected a list"),
        ({"type": "AID", "source": ["US", ""], "target": []}, r"plover\[0\]\.source\[1\]: expected a non-empty"),
        ({"type": "AID", "source": ["US"], "target": [], "text": 3}, r"plover\[0\]\.text"),
    ],
)
def test_plover_score_malformed_gold_entry_raises(tmp_path, entry, problem):
    path = tmp_path / "x.json"
    path.write_text(json.dumps({"article": "x", "plover": [{"modality": "asserted", **entry}]}), encoding="utf-8")
    with pytest.raises(EvaluationError, match=r"x\.json: " + problem):
        load_gold(path)


def test_plover_score_type_source_and_target(tmp_path):
    gold = gold_of(tmp_path, {"type": "CONSULT", "source": ["Biden"], "target": ["Trudeau"]})
    right = run(gold, event("CONSULT", [person("Joe Biden", "US")], [person("Justin Trudeau", "CA")]))
    assert hits(right, TS) == hits(right, TST) == (1, 1, 1, 1)
    wrong_target = run(gold, event("CONSULT", [person("Joe Biden", "US")], [person("Ana Lind", "SE")]))
    assert hits(wrong_target, TS) == (1, 1, 1, 1)
    assert hits(wrong_target, TST) == (1, 0, 1, 0)


@pytest.mark.parametrize(
    ("extracted", "matches"),
    [
        (event("ACCUSE", [group("Israeli troops", "IL")]), True),
        (event("ACCUSE", [group("Israeli troops", "IL")], [group("Gaza", "PS")]), True),  # gold target empty
        (event("ACCUSE", [group("Israeli troops", "IL")], modality="negated"), False),
        (event("REJECT", [group("Israeli troops", "IL")]), False),
        (event("ACCUSE", [group("Lebanese army", "LB")]), False),
    ],
)
def test_plover_score_type_modality_and_source_must_agree(tmp_path, extracted, matches):
    report = run(gold_of(tmp_path, {"type": "ACCUSE", "source": ["IL"]}), extracted)
    assert hits(report, TS) == hits(report, TST) == (1, int(matches), 1, int(matches))


@pytest.mark.parametrize(
    ("gold_entry", "extracted", "matches"),
    [  # PLOVER codes an announced act as an expressed intent: asserted AGREE, in either direction
        ({"type": "AGREE", "source": ["Biden"], "target": ["MX"]},
         event("CONSULT", [person("Joe Biden", "US")], [group("Mexico", "MX")], modality="future"), True),
        ({"type": "CONSULT", "source": ["Biden"], "target": ["MX"], "modality": "future"},
         event("AGREE", [person("Joe Biden", "US")], [group("Mexico", "MX")]), True),
        ({"type": "AGREE", "source": ["Biden"], "target": ["MX"], "modality": "future"},
         event("CONSULT", [person("Joe Biden", "US")], [group("Mexico", "MX")], modality="future"), False),
        ({"type": "AGREE", "source": ["Biden"], "target": ["MX"]},
         event("CONSULT", [person("Joe Biden", "US")], [group("Mexico", "MX")]), False),
        ({"type": "AGREE", "source": ["Biden"], "target": ["MX"]},
         event("CONSULT", [person("Joe Biden", "US")], [group("Canada", "CA")], modality="future"), False),
    ],
)
def test_plover_score_future_matches_asserted_agree(tmp_path, gold_entry, extracted, matches):
    report = run(gold_of(tmp_path, gold_entry), extracted)
    assert hits(report, TST)[1] == int(matches)


@pytest.mark.parametrize(
    ("gold_source", "extracted_source", "matches"),
    [
        ("US", person("Joe Biden", "US"), True),  # a person stands for his country
        ("US", group("the United States", "US"), True),
        ("United States", group("Washington", "US"), True),
        ("Biden", group("American officials", "US"), True),  # the gold role gives Biden's country
        ("Biden", person("President Joe Biden", "US"), True),
        ("Biden", person("Antony Blinken", "US"), False),  # two persons match by name only
        ("Lind", group("American officials", "US"), False),  # no gold role for Lind
        ("EU", group("the European Union", org="EU"), True),
        ("Hamas", group("Hamas", org="Hamas"), True),
        ("Hamas", group("Hezbollah", "LB", org="Hezbollah"), False),
        ("Ma", person("Ma Ying-jeou", "TW"), True),  # a gold role makes "Ma" a person, not Morocco
        ("Ma", group("Moroccan police", "MA"), False),
    ],
)
def test_plover_score_actors_by_surname_or_country(tmp_path, gold_source, extracted_source, matches):
    roles = [{"person": "Joe Biden", "role": "President", "country": "US"},
             {"person": "Ma Ying-jeou", "role": "President", "country": "TW"}]
    report = run(gold_of(tmp_path, {"type": "SUPPORT", "source": [gold_source]}, roles=roles),
                 event("SUPPORT", [extracted_source]))
    assert hits(report, TS)[1] == int(matches)


def test_plover_score_counts_distinct_events_and_lists_errors(tmp_path):
    gold = gold_of(tmp_path,
                   {"type": "ASSAULT", "source": ["IL"], "target": ["PS"], "text": "Israeli shelling hit a school"},
                   {"type": "ASSAULT", "source": ["IL"], "target": ["PS"], "text": "a second strike"},
                   {"type": "REQUEST", "source": ["UN"], "target": ["IL"], "text": "the UN called on Israel"})
    report = run(gold,
                 event("ASSAULT", [group("Israeli army", "IL")], [group("Palestinians", "PS")], id="p1"),
                 event("ASSAULT", [group("Israeli army", "IL")], [group("Palestinians", "PS")], id="p2"),
                 event("ACCUSE", [group("Hamas", org="Hamas")], [group("Israel", "IL")], id="p3"))
    assert hits(report, TST) == (2, 1, 2, 1)
    (fp,) = [m for m in report.false_positives if m.relation == TST]
    (fn,) = [m for m in report.false_negatives if m.relation == TST]
    assert (fp.fact, fp.note) == (("ACCUSE", "asserted", "Hamas", "Israel [IL]"), "p3")
    assert (fn.fact, fn.note) == (("REQUEST", "asserted", "UN", "IL"), "the UN called on Israel")


def test_plover_score_only_articles_with_the_key(tmp_path):
    (tmp_path / "g").mkdir()
    gold_of(tmp_path / "g", {"type": "PROTEST", "source": ["AM"]}, article="a")
    gold_of(tmp_path / "g", article="b", plover=False)
    gold = load_gold(tmp_path / "g")
    extracted = plover_from_facts(ArticleFacts(Article("b", "t"), political_events=(event("AID", [group("US")]),)))
    report = score(gold, {"b": Prediction("b", plover=extracted)})
    assert tuple(report.relations) == RELATIONS + PLOVER_RELATIONS
    assert hits(report, TS) == (0, 0, 1, 0)  # b's event is not counted: b has no plover annotation


def test_plover_score_rows_of_the_query_group_per_event():
    base = {"event": "https://kg-project.org/id/event/a1/p1", "type": "CONSULT", "mode": "visit", "context": "",
            "modality": "future", "date": "", "location": "", "article": "a1"}
    rows = [
        {**base, "source": "https://kg-project.org/id/person/joe-biden", "source_country": "US",
         "target": "Mexico", "target_country": "https://kg-project.org/id/country/MX"},
        {**base, "source": "Canada", "source_country": "CA", "target": "Mexico", "target_country": "MX"},
        {**base, "event": "e2", "type": "AID", "modality": "asserted", "source": "Japan", "source_country": "JP",
         "target": "", "target_country": ""},
    ]
    events = plover_from_rows(rows)
    first, second = events["a1"]
    assert first["type"] == "CONSULT" and first["modality"] == "future" and first["mode"] == "visit"
    assert first["sources"] == [{"label": "joe biden", "country": "US", "person": True},
                                {"label": "Canada", "country": "CA", "person": None}]
    assert first["targets"] == [{"label": "Mexico", "country": "MX", "person": None}]
    assert (second["type"], second["targets"]) == ("AID", [])
    assert predictions_from_rows({"plover_events": rows})["a1"].plover == events["a1"]


def test_plover_score_rows_feed_the_scorer_like_facts(tmp_path):
    gold = gold_of(tmp_path, {"type": "CONSULT", "source": ["Biden"], "target": ["MX"], "modality": "future"})
    row = {"event": "p1", "type": "CONSULT", "modality": "future", "source": "Joe Biden", "source_country": "US",
           "target": "Mexico", "target_country": "MX", "article": "x"}
    report = score(gold, predictions_from_rows({"plover_events": [row]}))
    assert hits(report, TST) == (1, 1, 1, 1)


def test_plover_score_evaluate_reads_the_plover_events_query_when_it_exists(tmp_path, monkeypatch):
    from kg import service

    gold_of(tmp_path / "gold", {"type": "CONSULT", "source": ["Biden"], "target": ["MX"], "modality": "future"})
    report = service.evaluate(str(tmp_path / "gold"), store_spec="memory")
    assert hits(report, TST) == (0, 0, 1, 0)  # no plover_events query in the working directory: nothing read
    (tmp_path / "queries").mkdir()
    (tmp_path / "queries" / "plover_events.rq").write_text(
        "# plover_events: a stand-in with the contract's columns\n"
        "SELECT ?event ?type ?mode ?context ?source ?source_country ?target ?target_country ?modality ?date "
        "?location ?article WHERE { VALUES (?event ?type ?source ?source_country ?target ?target_country "
        '?modality ?article) { ("p1" "CONSULT" "Joe Biden" "US" "Mexico" "MX" "future" "x") } }\n',
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    report = service.evaluate(str(tmp_path / "gold"), store_spec="memory")
    assert hits(report, TST) == (1, 1, 1, 1)


@pytest.mark.parametrize(
    ("label", "matches"),
    [("Joe Biden", False), ("American officials", True), ("the United States", True), ("Antony Blinken", True)],
)
def test_plover_score_row_labels_that_look_like_names_are_persons(tmp_path, label, matches):
    """A query row gives only a label: capitalised words that name no country count as a person, matched by name."""
    roles = [{"person": "Antony Blinken", "role": "Secretary of State", "country": "US"}]
    gold = gold_of(tmp_path, {"type": "CONSULT", "source": ["Blinken"]}, roles=roles)
    row = {"event": "p1", "type": "CONSULT", "modality": "asserted", "source": label, "source_country": "US",
           "article": "x"}
    assert hits(score(gold, predictions_from_rows({"plover_events": [row]})), TS)[1] == int(matches)


@pytest.mark.parametrize(
    ("gold_source", "label", "country", "matches"),
    [("IMF", "International Monetary Fund", "IMF", True),  # a row's organisation name is no person
     ("International Atomic Energy Agency", "IAEA", "IAEA", True),
     ("IAEA", "Mohamed ElBaradei", "IAEA", True),  # a person of the organisation stands for it
     ("IMF", "World Bank", "WB", False), ("IMF", "Jane Ivers", "US", False)],
)
def test_plover_score_organisations_by_short_name_or_name(tmp_path, gold_source, label, country, matches):
    """An organisation of organisations.tsv is the same actor by its short name, name or alias on either side."""
    gold = gold_of(tmp_path, {"type": "AID", "source": [gold_source]})
    row = {"event": "p1", "type": "AID", "modality": "asserted", "source": label, "source_country": country,
           "article": "x"}
    assert hits(score(gold, predictions_from_rows({"plover_events": [row]})), TS)[1] == int(matches)


def test_plover_score_rows_by_source_only_where_files_have_the_key(tmp_path):
    (tmp_path / "g").mkdir()
    gold_of(tmp_path / "g", {"type": "AID", "source": ["US"]}, article="wh-1")
    gold_of(tmp_path / "g", article="wn-2", plover=False)
    report = score(load_gold(tmp_path / "g"), {})
    assert tuple(report.by_source["readouts"]) == RELATIONS + PLOVER_RELATIONS
    assert tuple(report.by_source["news"]) == RELATIONS

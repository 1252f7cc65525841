"""PLOVER target diagnostics of ``kg evaluate`` (:func:`kg.plover_score.score_targets`): target precision and
recall over the events that match on type and source, and the targets kg gives where the gold has none."""

from __future__ import annotations

from test_plover_score import TS, TST, event, gold_of, group, hits, person, run

from kg.plover_score import TARGET_RELATION, TargetCounts

BODO, IVA = person("Petr Bodo", "RU"), person("Ana Iva", "HR")


def counts(report, scope: str = "all") -> tuple[int, ...]:
    return report.plover_targets[scope].fields()  # judged, right, expected, found, unjudged


def test_target_right_and_wrong_count_in_precision_and_recall(tmp_path):
    gold = gold_of(tmp_path, {"type": "ACCUSE", "source": ["Bodo"], "target": ["HR"]},
                   {"type": "REJECT", "source": ["Bodo"], "target": ["Iva"]})
    report = run(gold, event("ACCUSE", [BODO], [group("Croatia", "HR")], id="p1"),
                 event("REJECT", [BODO], [group("Latvia", "LV")], id="p2"))
    assert counts(report) == (2, 1, 2, 1, 0)
    t = report.plover_targets["all"]
    assert (t.precision, t.recall) == (0.5, 0.5)
    wrong, missed = report.target_errors
    assert (wrong.relation, wrong.fact, wrong.note) == (TARGET_RELATION, ("REJECT", "asserted", "Petr Bodo [RU]",
                                                                          "Latvia [LV]"), "wrong; gold: Iva")
    assert (missed.fact, missed.note) == (("REJECT", "asserted", "Bodo", "Iva"), "missed; kg: Latvia [LV]")


def test_target_the_gold_has_none_is_unjudged_not_scored(tmp_path):
    gold = gold_of(tmp_path, {"type": "ACCUSE", "source": ["Bodo"], "target": []})
    report = run(gold, event("ACCUSE", [BODO], [group("Croatia", "HR")]))
    assert counts(report) == (0, 0, 0, 0, 1)
    assert report.target_errors == ()
    assert hits(report, TST) == hits(report, TS) == (1, 1, 1, 1)  # the relations are as before


def test_target_missing_on_kg_side_counts_in_recall_only(tmp_path):
    gold = gold_of(tmp_path, {"type": "ACCUSE", "source": ["Bodo"], "target": ["HR"]})
    report = run(gold, event("ACCUSE", [BODO]))
    assert counts(report) == (0, 0, 1, 0, 0)
    assert [m.note for m in report.target_errors] == ["missed; kg: (none)"]


def test_target_only_events_matching_type_and_source_count(tmp_path):
    gold = gold_of(tmp_path, {"type": "ACCUSE", "source": ["Bodo"], "target": ["HR"]})
    other_source = run(gold, event("ACCUSE", [IVA], [group("Latvia", "LV")]))
    other_type = run(gold, event("REJECT", [BODO], [group("Latvia", "LV")]))
    assert counts(other_source) == counts(other_type) == (0, 0, 0, 0, 0)


def test_target_counts_sum_per_source(tmp_path):
    gold = gold_of(tmp_path, {"type": "ACCUSE", "source": ["Bodo"], "target": ["HR"]}, article="wh-1")
    report = run(gold, event("ACCUSE", [BODO], [IVA]), article="wh-1")
    assert counts(report, "readouts") == counts(report) == (1, 1, 1, 1, 0)
    assert "news" not in report.plover_targets
    assert (TargetCounts(1, 1, 2, 1, 3) + TargetCounts(1, 0, 0, 0, 1)).fields() == (2, 1, 2, 1, 4)


def test_target_diagnostics_in_json_beside_the_scores(tmp_path):
    gold = gold_of(tmp_path, {"type": "ACCUSE", "source": ["Bodo"], "target": ["HR"]})
    data = run(gold, event("ACCUSE", [BODO], [group("Latvia", "LV")])).to_dict()
    assert "plover target" not in data["scores"] and data["scores"][TST]["extracted"] == 1
    assert data["plover_targets"]["scores"]["all"] == {"judged": 1, "right": 0, "precision": 0.0, "expected": 1,
                                                       "found": 0, "recall": 0.0, "f1": 0.0, "unjudged": 0}
    assert [e["note"] for e in data["plover_targets"]["errors"]] == ["wrong; gold: HR", "missed; kg: Latvia [LV]"]
    plain = gold_of(tmp_path / "plain", plover=False)
    assert "plover_targets" not in run(plain).to_dict()

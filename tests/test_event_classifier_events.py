"""The event-level threshold choice of the learned PLOVER fallback's trainer (``tools/event_classifier_events.py``),
on hand-built candidates and a stub scorer: no model, no corpus."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parent.parent / "tools" / "event_classifier_events.py"
_SPEC = importlib.util.spec_from_file_location("event_classifier_events", _PATH)
ev = importlib.util.module_from_spec(_SPEC)  # type: ignore[arg-type]
_SPEC.loader.exec_module(ev)  # type: ignore[union-attr]


def _event(kind, source):
    return {"event": f"{kind}-{source}", "type": kind, "modality": "asserted",
            "sources": [{"label": source, "country": source, "person": False}], "targets": []}


GOLD = {"a1": {("ACCUSE", "X"), ("ACCUSE", "Y"), ("AGREE", "X")}, "a2": {("ACCUSE", "W")}}


def stub_count(aid, events):
    """(extracted, correct, expected, found) twice: events match gold by (type, source)."""
    got = {(e["type"], e["sources"][0]["label"]) for e in events}
    row = (len(got), len(got & GOLD[aid]), len(GOLD[aid]), len(got & GOLD[aid]))
    return [row, row]


# a1: the rules have AGREE X; sentence 0 accuses as X (score .9), 10 as Z (.5, wrong), 20 as Y (.3); a2: W (.05)
CANDS = {"a1": {"rules": [_event("AGREE", "X")],
                "cands": [[0, _event("ACCUSE", "X")], [10, _event("ACCUSE", "Z")], [20, _event("ACCUSE", "Y")]]},
         "a2": {"rules": [], "cands": [[0, _event("ACCUSE", "W")]]}}
SCORES = {("a1", 0): {"ACCUSE": 0.9}, ("a1", 10): {"ACCUSE": 0.5}, ("a1", 20): {"ACCUSE": 0.3},
          ("a2", 0): {"ACCUSE": 0.05}}


def test_event_classifier_events_gains_count_the_events_a_threshold_adds():
    rows = dict(ev.gains("ACCUSE", CANDS, SCORES, stub_count))
    assert rows[0.9][0] == [1, 1, 0, 1]  # X only
    assert rows[0.5][0] == [2, 1, 0, 1]  # X and the wrong Z
    assert rows[0.3][0] == [3, 2, 0, 2]  # and Y
    assert rows[0.05][0] == [4, 3, 0, 3]  # and W in a2 (the lowest threshold of the grid)


def test_event_classifier_events_choose_takes_the_threshold_that_adds_most_f1():
    thr, precision, found, gain = ev.choose(["ACCUSE"], CANDS, SCORES, stub_count, 0.5, 1)["ACCUSE"]
    assert thr == 0.05 and precision == pytest.approx(0.75) and found == 3 and gain > 0


def test_event_classifier_events_choose_keeps_the_precision_floor_and_the_found_minimum():
    thr, precision, found, _ = ev.choose(["ACCUSE"], CANDS, SCORES, stub_count, 0.9, 1)["ACCUSE"]
    assert 0.5 < thr <= 0.9 and precision == 1.0 and found == 1  # Z is never let in
    assert ev.choose(["ACCUSE"], CANDS, SCORES, stub_count, 0.9, 2) == {}  # 2 found only at P .67
    assert ev.choose(["AGREE"], CANDS, SCORES, stub_count, 0.0, 1) == {}  # no candidate: never emitted


def test_event_classifier_events_totals_add_each_type_at_its_own_threshold():
    assert ev.totals(CANDS, SCORES, {}, stub_count)[0] == [1, 1, 4, 1]  # the rules' AGREE X alone
    assert ev.totals(CANDS, SCORES, {"ACCUSE": 0.5}, stub_count)[0] == [3, 2, 4, 2]  # X right, Z wrong
    assert ev.totals(CANDS, SCORES, {"ACCUSE": 0.05}, stub_count)[0] == [5, 4, 4, 4]
    assert ev.totals(CANDS, SCORES, {"AGREE": 0.0}, stub_count)[0] == [1, 1, 4, 1]  # no AGREE candidate

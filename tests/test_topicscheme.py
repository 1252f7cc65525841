"""Policy domains of topic concepts (kg.topicscheme) and the tool that builds their cue lexicon."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from kg import lexicon
from kg.topicscheme import OTHER, classify, domains

ROOT = Path(__file__).resolve().parent.parent
ISSUES = ROOT.parent / "shared" / "event-dictionaries" / "petrarch2-Phoenix.IssueCoding.txt"


def _tool():
    spec = importlib.util.spec_from_file_location("build_topic_domains", ROOT / "tools" / "build_topic_domains.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_topicscheme_phoenix_markup_is_dropped():
    text = ('<ISSUE CATEGORY="EDUCATION" TYPE="ALL">\nn:teacher [TEACHERS]\npre+n:school [EARLY]\n'
            '~a head start\n</ISSUE>\nn:stray [X]\n')
    assert _tool().phoenix_cues(text) == [("teacher", "EDUCATION"), ("pre school", "EDUCATION")]


def test_topicscheme_every_cue_names_a_domain_of_the_scheme():
    rows = lexicon.read_tsv(lexicon.resource_path("topic_domains.tsv"), ("id", "cue", "domain", "source"))
    assert rows and {r["domain"] for r in rows} <= set(domains())
    assert OTHER in domains() and domains()["defense"]["code"] == "16"


@pytest.mark.parametrize("concept, domain", [
    ("sanctions on Russia", "international-affairs"),  # Phoenix SANCTIONS → CAP 19
    ("teachers", "education"),  # a Phoenix cue, plural folded
    ("record-breaking migration", "immigration"),
    ("rule of law", "government-operations"),  # a cue of several words across "of"
    ("trafficking of drugs and weapons", "law-and-crime"),  # the head part first
    ("Venezuela", "international-affairs"),  # a country it names
    ("tea ceremony", "other"),
])
def test_topicscheme_classify(concept, domain):
    assert classify(concept) == domain


@pytest.mark.skipif(not ISSUES.exists(), reason="../shared/event-dictionaries is not here")
def test_topicscheme_lexicon_is_the_tools_output(tmp_path):
    _tool().main(["--issues", str(ISSUES), "--out", str(tmp_path)])
    for name in ("topic_domains.tsv", "policy_domains.tsv"):
        assert (tmp_path / name).read_text(encoding="utf-8") == lexicon.resource_path(name).read_text(encoding="utf-8")

"""A call told in reported speech ("X told Y by phone that …", "in a telephone call", "during a phone
conversation": meeting_verbs.tsv ``m-tell-phone``, pattern ``phone-told``) is a call event, which then holds the call's
topics. Sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.evaluate import topics_match


def calls(facts) -> set[frozenset[str]]:
    return {frozenset(p.name.split()[-1] for p in e.participants) for e in facts.events if e.kind == "call"}


@pytest.mark.parametrize("text, pair", [
    ("President Joe Biden told Russian President Vladimir Putin in a telephone call on Saturday that the United "
     "States would impose severe costs on Russia.", {"Biden", "Putin"}),
    ("Chinese President Xi Jinping told French President Emmanuel Macron by phone on Tuesday that the two countries "
     "should work on climate finance.", {"Jinping", "Macron"}),
    ("Turkish President Recep Tayyip Erdogan told Russian President Vladimir Putin over the phone on Monday that the "
     "grain corridor must stay open.", {"Erdogan", "Putin"}),
    ("German Chancellor Olaf Scholz told Ukrainian President Volodymyr Zelensky during a phone conversation that "
     "Berlin would send more air defence systems.", {"Scholz", "Zelensky"}),
    ("Saudi Crown Prince Mohammed bin Salman told U.S. Secretary of State Antony Blinken in a phone call that the "
     "kingdom wanted a ceasefire in Gaza.", {"Salman", "Blinken"}),
    ("Indian Prime Minister Narendra Modi told Sri Lankan President Ranil Wickremesinghe by telephone that India "
     "would help restructure the island's debt.", {"Modi", "Wickremesinghe"}),
    ("Kenyan President William Ruto told Ethiopian Prime Minister Abiy Ahmed on the phone that regional trade "
     "should be expanded.", {"Ruto", "Ahmed"}),
    ("Spanish Prime Minister Pedro Sanchez told Moroccan King Mohammed VI in a telephone conversation on Friday "
     "that migration cooperation would continue.", {"Sanchez", "VI"}),
])
def test_triggers_told_by_phone_is_a_call(facts_of, text, pair):
    assert frozenset(pair) in calls(facts_of(text))


@pytest.mark.parametrize("text", [
    # telling the press about a call names no partner in it; telling someone in person is no call
    "Brazilian President Luiz Inacio Lula da Silva told reporters after the call that trade would grow.",
    "President Joe Biden told Russian President Vladimir Putin at their summit in Geneva that cyberattacks would "
    "be answered.",
    "French President Emmanuel Macron told Chancellor Olaf Scholz in Berlin that the pension reform would go ahead.",
    "Japanese Prime Minister Fumio Kishida told South Korean President Yoon Suk Yeol in a letter that Tokyo would "
    "lift export curbs.",
])
def test_triggers_told_without_a_phone_is_no_call(facts_of, text):
    assert not any(e.evidence.rule.endswith("m-tell-phone") for e in facts_of(text).events)


def test_topics_of_a_call_told_in_reported_speech(facts_of):
    text = ("Kenyan President William Ruto told Ethiopian Prime Minister Abiy Ahmed on the phone on Monday that "
            "regional trade should be expanded. The two leaders also discussed the drought in the Horn of Africa.")
    found = {t.topic for t in facts_of(text).topics}
    assert all(any(topics_match(w, t) for t in found) for w in ("regional trade", "drought")), found

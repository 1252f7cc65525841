"""people.pronoun_entity on hand-built mentions (no model): which person a pronoun stands for."""

from __future__ import annotations

from kg.extract.mentions import Mention
from kg.extract.people import SUBJECT_PRONOUN_REACH, pronoun_entity


def mention(start: int, entity: int, subject: bool) -> Mention:
    return Mention(start, start + 1, f"P{entity}", "name", subject=subject, entities=[entity])


def test_people_pronouns_recent_subject_first():
    # X (subject) … Y (object) … he: X
    mentions = [mention(0, 0, True), mention(10, 1, False)]
    assert pronoun_entity(20, mentions) == 0


def test_people_pronouns_subject_pronoun_reaches_further_back():
    # "X hosted the talks. A was represented by B. … On Saturday he called on C": a subject pronoun beyond the
    # recent window is X (the last subject), an object pronoun still the last mention, B
    far = 100
    mentions = [mention(0, 0, True), mention(far - 5, 1, False)]
    assert pronoun_entity(far, mentions, subject=True) == 0
    assert pronoun_entity(far, mentions) == 1


def test_people_pronouns_subject_reach_has_a_limit():
    mentions = [mention(0, 0, True), mention(SUBJECT_PRONOUN_REACH + 5, 1, False)]
    assert pronoun_entity(SUBJECT_PRONOUN_REACH + 10, mentions, subject=True) == 1

"""Row runners shared by the PLOVER target tables (tests/test_extract_plover_pronoun_owners.py,
tests/test_extract_plover_target_owners.py): a table row is a text, an event type and a target (a person's surname or
an actor's code, as :func:`test_extract_plover.coded` names them); hand-built rows change one word with
:func:`swap`."""

from __future__ import annotations

from test_extract_plover import coded


def swap(rows, i, word, lemma, pos, tag, dep=None, head=None):
    """``rows`` (for :func:`test_extract_plover.make_doc`) with row ``i`` another word; its relation and head kept
    unless given."""
    return [(word, lemma, pos, tag, dep or r[4], r[5] if head is None else head) if n == i else r
            for n, r in enumerate(rows)]


def of_type(facts_of, text, kind):
    """The coded events of type ``kind`` of the text."""
    return [c for c in coded(facts_of(text)) if c[0] == kind]


def assert_last_targets(facts_of, text, kind, target):
    """The text's last event of the type has the target."""
    found = of_type(facts_of, text, kind)
    assert found and target in found[-1][2], coded(facts_of(text))


def assert_never_targets(facts_of, text, kind, target):
    """No event of the type has the target."""
    found = of_type(facts_of, text, kind)
    assert all(target not in c[2] for c in found), coded(facts_of(text))

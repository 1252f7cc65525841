"""Start-up helpers made cheaper give what they gave before: the actor ruler's name words (a compiled hyphen split,
skipped for words without a hyphen), the polity lookup (its regexes compiled once) and the thawing of frozen
patterns (a loop instead of a generator per tuple), each against the code it replaced."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from kg import lexicon
from kg.actor_ruler import name_words
from kg.patterns import _freeze, all_patterns, thaw


def _name_words_before(name: str) -> list[str]:
    return [w for part in name.split() for w in re.split(r"(?<=\w)(-)(?=\w)", part) if w]


def _polity_before(text: str) -> str | None:
    key = re.sub(r"'s?$", "", lexicon.fold(text)).strip()
    if not key:
        return None
    names = lexicon.polity_names()
    key = key[4:] if key.startswith("the ") and key not in names else key
    found = names.get(key)
    if found is None:
        plain = re.sub(r"^(kingdom|republic|state|sultanate|emirate|commonwealth|federation) of (the )?", "", key)
        found = names.get(plain) if plain != key else None
    return found


def _thaw_before(value):
    if isinstance(value, tuple) and value and all(isinstance(v, tuple) and len(v) == 2 and isinstance(v[0], str)
                                                  for v in value):
        return {k: _thaw_before(v) for k, v in value}
    if isinstance(value, tuple):
        return [_thaw_before(v) for v in value]
    return value


NAME_PARTS = st.sampled_from(["Ban", "Ki-moon", "-", "a-", "-b", "Jean-Marie", "W.", "Le", "Pen", "x--y", "É-é",
                              "O'Neil", "1-2", " ", "\t", "Al-Sisi"])


@settings(max_examples=300, deadline=None)
@given(st.lists(NAME_PARTS, max_size=6).map("".join))
def test_actor_ruler_name_words_as_regex_split(name):
    assert name_words(name) == _name_words_before(name)


POLITY_WORDS = st.sampled_from(["the", "Kingdom", "of", "Saudi", "Arabia", "Republic", "Congo", "state", "Qatar",
                                "Canada's", "France’s", "'s", "United", "States", "Atlantis", "emirate", "U.S."])


@settings(max_examples=300, deadline=None)
@given(st.lists(POLITY_WORDS, max_size=5).map(" ".join))
def test_lexicon_lookup_polity_compiled_regexes(text):
    lexicon.lookup_polity.cache_clear()
    assert lexicon.lookup_polity(text) == _polity_before(text)


def test_patterns_thaw_shipped_patterns_as_before():
    frozen = [p.pattern for ps in all_patterns().values() for p in ps]
    assert [thaw(p) for p in frozen] == [_thaw_before(p) for p in frozen]


LEAVES = st.one_of(st.integers(), st.text(max_size=3), st.booleans(), st.none())
VALUES = st.recursive(LEAVES, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                      st.dictionaries(st.text(max_size=3), inner, max_size=3)),
                      max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(VALUES)
def test_patterns_thaw_any_frozen_value_as_before(value):
    frozen = _freeze(value)
    assert repr(thaw(frozen)) == repr(_thaw_before(frozen))  # repr: dict, list and key order alike

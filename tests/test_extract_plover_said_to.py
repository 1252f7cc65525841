"""A warning said of a state (rule ``said-to``, the patterns with ``said_to``: "Iran said Israel would suffer a painful
response") threatens the subject of the clause, but not when that subject is the speaker's own state ("Hajiyev said
Azerbaijan would respond in kind", "Wang said China would take countermeasures against the United States"): then the
target is found as for any threat that names none in its clause (the actors the clause names, else the article's
focus). Sentences written for these tests (slow), and near misses whose said-to target stays."""

from __future__ import annotations

import pytest
from test_extract_plover import coded

from kg.extract.plover_targets import others
from kg.model import Actor


def test_plover_said_to_drops_the_speakers_own_state_keeps_others():
    speaker = [Actor("Wang Wenbin", "CN")]
    assert others(speaker, [Actor("China", "CN")], home=True) == []  # "said China would take countermeasures"
    assert others(speaker, [Actor("Japan", "JP")], home=True) == [Actor("Japan", "JP")]  # "said Japan would pay"
    assert others([Actor("Iran", "IR")], [Actor("Israel", "IL")], home=True) == [Actor("Israel", "IL")]


OWN_STATE = [  # (text, the threat's targets): the speaker's own state is never the target
    ("Kenyan President William Ruto said Kenya would retaliate against Somalia's trade ban.", {"SO"}),
    ("South Korean President Yoon Suk Yeol said South Korea would respond strongly to North Korean provocations.",
     {"KP"}),
    ("Venezuelan Defence Minister Vladimir Padrino López said Venezuela would respond with force to any Guyanese "
     "incursion.", {"GY"}),
    ("Brazilian President Luiz Inácio Lula da Silva said Brazil would retaliate against the American tariffs.",
     {"US"}),
    ("Iranian Foreign Minister Hossein Amirabdollahian said Iran would respond decisively to any Israeli attack.",
     {"IL"}),
    ("The Japanese prime minister said Japan would take countermeasures against Chinese export bans.", {"CN"}),
    ("Chinese Foreign Ministry spokesman Wang Wenbin said China would take countermeasures against the United "
     "States.", {"US"}),
    ("Russian Foreign Ministry spokeswoman Maria Zakharova said Moscow would take retaliatory measures against the "
     "European Union.", {"EU"}),
    ("Mexican President Andrés Manuel López Obrador said Mexico would respond in kind to American tariffs.", {"US"}),
    ("French Foreign Minister Catherine Colonna said France would respond firmly to any attack on its embassy in "
     "Niger.", {"NE"}),
    ("Turkish Defence Minister Hulusi Akar said Turkey would retaliate against Syrian government forces.", {"SY"}),
    ("Pakistan's army chief said Pakistan would respond with full force to any Indian aggression.", {"IN"}),
    ("President Joe Biden told Russian President Vladimir Putin in a telephone call that the United States would "
     "respond decisively if Russia invaded Ukraine.", {"RU", "UA"}),
    ("Lithuania expelled two Belarusian diplomats. Belarusian Foreign Minister Vladimir Makei said Belarus would "
     "respond in kind.", {"LT"}),
    ("Israeli jets struck targets near Damascus. Syrian Foreign Minister Faisal Mekdad said Syria would retaliate "
     "at the right time.", {"IL"}),
]


def _threats(facts_of, text):
    return [c for c in coded(facts_of(text)) if c[0] == "THREATEN"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "targets"), OWN_STATE)
def test_plover_said_to_own_state_table(facts_of, text, targets):
    found = _threats(facts_of, text)
    assert found and found[0][2] == targets, coded(facts_of(text))


SAID_OF_ANOTHER = [  # near misses: the clause's subject is another state, the target it stays
    ("Iran has responded to Mofaz's statements saying that Israel would suffer a painful response if it attacks.",
     {"IL"}),
    ("Russian Foreign Minister Sergei Lavrov warned that Britain's measures would not go unanswered.", {"GB"}),
    ("China's foreign ministry said Japan would pay a heavy price for the detention.", {"JP"}),
    ("North Korea said South Korea would face consequences for the drills.", {"KR"}),
    ("The Ethiopian foreign ministry warned that Ethiopia would respond to any Egyptian aggression.", {"EG"}),
    ("Cuba's foreign minister said the United States would pay a high price for the blockade.", {"US"}),
    ("Algeria's president said Morocco would bear the consequences of its decision.", {"MA"}),
    ("Greek Prime Minister Kyriakos Mitsotakis warned that Turkey would pay a price for any provocation.", {"TR"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "targets"), SAID_OF_ANOTHER)
def test_plover_said_to_other_state_near_miss_table(facts_of, text, targets):
    found = _threats(facts_of, text)
    assert found and found[0][2] == targets, coded(facts_of(text))

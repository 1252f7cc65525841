"""Recall of event types news reports tell in other words (session 85): threats told as warnings of a forceful
response, a response or punishment to come, a sanction warned of, a deadline given, force not ruled out; relief
goods sent and sums released as aid; captives freed when counted, as a group or handed over; a ceasefire declared
(a CONCEDE, not the RETREAT of one observed); a diplomat declared persona non grata. Model-free tests on hand-built
Docs, and (slow) sentences written for these tests, with near misses that must stay quiet."""

from __future__ import annotations

import pytest
from test_extract_plover import assert_first_coded, assert_not_coded, make_doc
from test_extract_plover_recall24 import PUNCT, _rule

from kg.extract import plover_appraisal

PERU = ("Peru", "Peru", "PROPN", "NNP", "nsubj")


def _warned_of(adjective: str, noun: tuple[str, str]) -> list[tuple]:
    """ "Peru warned of a <adjective> <noun> ." """
    return [(*PERU, 1), ("warned", "warn", "VERB", "VBD", "ROOT", 1), ("of", "of", "ADP", "IN", "prep", 1),
            ("a", "a", "DET", "DT", "det", 5), (adjective, adjective, "ADJ", "JJ", "amod", 5),
            (noun[0], noun[1], "NOUN", "NN", "pobj", 2), (*PUNCT, 1)]


def test_plover_match_a_warning_of_a_forceful_response_is_a_threat_a_slow_one_is_not():
    assert _rule(_warned_of("severe", ("reaction", "reaction"))) == "ph-threaten-warn-of-response"
    assert _rule(_warned_of("tough", ("action", "action"))) == "ph-threaten-warn-of-response"
    assert _rule(_warned_of("nuclear", ("showdown", "showdown"))) == "ph-threaten-warn-of-showdown"
    assert _rule(_warned_of("slow", ("response", "response"))) is None  # a danger, no one threatened
    assert _rule(_warned_of("sharp", ("reaction", "reaction"))) is None


def _gave(time: str, act: tuple[str, str]) -> list[tuple]:
    """ "Peru gave Chile ten <time> to <act> ." """
    return [(*PERU, 1), ("gave", "give", "VERB", "VBD", "ROOT", 1), ("Chile", "Chile", "PROPN", "NNP", "dative", 1),
            ("ten", "ten", "NUM", "CD", "nummod", 4), (time, time.rstrip("s"), "NOUN", "NNS", "dobj", 1),
            ("to", "to", "PART", "TO", "aux", 6), (act[0], act[1], "VERB", "VB", "advcl", 1), (*PUNCT, 1)]


def test_plover_match_a_deadline_to_act_is_an_ultimatum_a_deadline_to_leave_is_not():
    assert _rule(_gave("days", ("withdraw", "withdraw"))) == "ph-threaten-give-deadline"
    assert _rule(_gave("hours", ("surrender", "surrender"))) == "ph-threaten-give-deadline"
    assert _rule(_gave("days", ("leave", "leave"))) is None  # an expulsion's deadline
    assert _rule(_gave("books", ("read", "read"))) is None  # no deadline


def _not_ruled_out(obj: list[tuple]) -> list[tuple]:
    """ "Peru did not rule out <obj> ." (the object's head is obj row 0, placed at 5)"""
    rows = [(*PERU, 3), ("did", "do", "AUX", "VBD", "aux", 3), ("not", "not", "PART", "RB", "neg", 3),
            ("rule", "rule", "VERB", "VB", "ROOT", 3), ("out", "out", "ADP", "RP", "prt", 3)]
    return rows + obj + [(*PUNCT, 3)]


def test_plover_match_force_not_ruled_out_is_a_threat_a_rate_cut_is_not():
    action = [("military", "military", "ADJ", "JJ", "amod", 6), ("action", "action", "NOUN", "NN", "dobj", 3)]
    assert _rule(_not_ruled_out(action), at=3) == "ph-threaten-not-rule-out-force"
    force = [("force", "force", "NOUN", "NN", "dobj", 3)]
    assert _rule(_not_ruled_out(force), at=3) == "ph-threaten-not-rule-out-force-bare"
    cut = [("rate", "rate", "NOUN", "NN", "compound", 6), ("cut", "cut", "NOUN", "NN", "dobj", 3)]
    assert _rule(_not_ruled_out(cut), at=3) is None


def _sent(obj: list[tuple], verb: tuple[str, str] = ("sent", "send")) -> list[tuple]:
    """ "Peru <verb> <obj> ." (obj rows hang by absolute index; the verb is row 1)"""
    return [(*PERU, 1), (verb[0], verb[1], "VERB", "VBD", "ROOT", 1), *obj, (*PUNCT, 1)]


def test_plover_match_relief_goods_sent_are_aid_a_letter_is_not():
    tents = [("tents", "tent", "NOUN", "NNS", "dobj", 1)]
    assert _rule(_sent(tents, ("delivered", "deliver"))) == "ph-aid-provide"
    tonnes = [("40", "40", "NUM", "CD", "nummod", 3), ("tonnes", "tonne", "NOUN", "NNS", "dobj", 1),
              ("of", "of", "ADP", "IN", "prep", 3), ("medicine", "medicine", "NOUN", "NN", "pobj", 4)]
    assert _rule(_sent(tonnes)) == "ph-aid-send-goods-load"
    flew_in = [("in", "in", "ADP", "RP", "prt", 1), ("supplies", "supply", "NOUN", "NNS", "pobj", 2)]
    assert _rule(_sent(flew_in, ("flew", "fly"))) == "ph-aid-fly-in-goods"
    assert _rule(_sent([("a", "a", "DET", "DT", "det", 3), ("letter", "letter", "NOUN", "NN", "dobj", 1)])) is None


def test_plover_match_people_freed_are_released_when_counted():
    counted = [("181", "181", "NUM", "CD", "nummod", 3), ("people", "people", "NOUN", "NNS", "dobj", 1)]
    assert _rule(_sent(counted, ("freed", "free"))) == "ph-retreat-release-counted"
    assert _rule(_sent([("people", "people", "NOUN", "NNS", "dobj", 1)], ("freed", "free"))) is None
    group = [("dozens", "dozen", "NOUN", "NNS", "dobj", 1), ("of", "of", "ADP", "IN", "prep", 2),
             ("prisoners", "prisoner", "NOUN", "NNS", "pobj", 3)]
    assert _rule(_sent(group, ("freed", "free"))) == "ph-retreat-release-group"
    products = group[:2] + [("products", "product", "NOUN", "NNS", "pobj", 3)]
    assert _rule(_sent(products, ("released", "release"))) is None


def test_plover_match_captives_handed_over_are_released_power_is_not():
    sailors = [("over", "over", "ADP", "RP", "prt", 1), ("the", "the", "DET", "DT", "det", 4),
               ("sailors", "sailor", "NOUN", "NNS", "dobj", 1)]
    assert _rule(_sent(sailors, ("handed", "hand"))) == "ph-retreat-hand-over-captives"
    power = [("over", "over", "ADP", "RP", "prt", 1), ("power", "power", "NOUN", "NN", "dobj", 1)]
    assert _rule(_sent(power, ("handed", "hand"))) is None


def test_plover_match_a_ceasefire_declared_is_a_concession_one_observed_a_retreat():
    truce = [("a", "a", "DET", "DT", "det", 3), ("truce", "truce", "NOUN", "NN", "dobj", 1)]
    assert _rule(_sent(truce, ("declared", "declare"))) == "ph-concede-declare-ceasefire"
    assert _rule(_sent(truce, ("announced", "announce"))) == "ph-concede-declare-ceasefire"
    assert _rule(_sent(truce, ("observed", "observe"))) == "ph-retreat-ceasefire"


def test_plover_match_an_envoy_declared_persona_non_grata_is_expelled():
    rows = [(*PERU, 1), ("declared", "declare", "VERB", "VBD", "ROOT", 1), ("the", "the", "DET", "DT", "det", 3),
            ("envoy", "envoy", "NOUN", "NN", "nsubj", 4), ("persona", "persona", "PROPN", "NNP", "ccomp", 1),
            ("non", "non", "PROPN", "NNP", "compound", 6), ("grata", "grata", "NOUN", "NN", "dobj", 4), (*PUNCT, 1)]
    assert _rule(rows) == "ph-sanction-persona-non-grata"


def _speech(verb: tuple[str, str]) -> list[tuple]:
    """ "Peru <verb> that it would expel the envoy ." """
    return [(*PERU, 1), (verb[0], verb[1], "VERB", "VBD", "ROOT", 1), ("that", "that", "SCONJ", "IN", "mark", 5),
            ("it", "it", "PRON", "PRP", "nsubj", 5), ("would", "would", "AUX", "MD", "aux", 5),
            ("expel", "expel", "VERB", "VB", "ccomp", 1), ("the", "the", "DET", "DT", "det", 7),
            ("envoy", "envoy", "NOUN", "NN", "dobj", 5), (*PUNCT, 1)]


def test_plover_appraisal_a_sanction_warned_of_is_a_threat_one_announced_is_not():
    warned = make_doc(_speech(("warned", "warn")))
    assert plover_appraisal._warned(warned[5], "SANCTION")
    assert not plover_appraisal._warned(warned[5], "MOBILIZE")  # a deployment warned of stays a plan
    said = make_doc(_speech(("said", "say")))
    assert not plover_appraisal._warned(said[5], "SANCTION")


@pytest.mark.slow
@pytest.mark.parametrize("text, sources", [
    ("Russia's defence minister warned of a severe reaction if Ukraine moved troops to the border.", {"RU"}),
    ("The Peruvian foreign minister warned Chile of a firm response.", {"PE"}),
    ("North Korea's deputy foreign minister warned of a nuclear showdown with Washington.", {"KP"}),
    ("The Kenyan interior minister warned of tough action against the organisers of the riots.", {"KE"}),
    ("Chile warned of legal action against the fishing fleet.", {"CL"}),
    ("Ecuador's foreign minister said Quito would respond strongly to the new sanctions.", {"EC"}),
    ("France said it would respond swiftly and robustly.", {"FR"}),
    ("Colombia said any incursion into its territory will be met with force.", {"CO"}),
    ("Russia's foreign minister warned that Britain's measures would not go unanswered.", {"RU"}),
    ("China said the provocation would not go unpunished.", {"CN"}),
    ("Turkey warned that it would expel the Dutch ambassador.", {"TR"}),
    ("India warned that it would suspend trade with Pakistan.", {"IN"}),
    ("Peru gave Chile ten days to withdraw its troops from the border.", {"PE"}),
    ("The Nigerian army gave the rebels 48 hours to surrender their weapons.", {"NG"}),
    ("Israel did not rule out the use of force against Iran.", {"IL"}),
    ("Turkey's president did not rule out military action against the Kurdish militia.", {"TR"}),
])
def test_plover_recall85_threats_table(facts_of, text, sources):
    assert_first_coded(facts_of(text), "THREATEN", sources, None, "asserted")


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources", [
    ("After the earthquake in Nepal, India sent 43 tonnes of food and medicine.", "AID", {"IN"}),
    ("After the cyclone, South Africa flew in relief supplies to Mozambique.", "AID", {"ZA"}),
    ("Japan delivered tents and blankets to the flood victims in Pakistan.", "AID", {"JP"}),
    ("After the cyclone hit Mozambique, the European Union released 3.5 million euros in emergency funding.", "AID",
     {"EU"}),
    ("The World Bank allocated $200 million in aid for the flood victims in Pakistan.", "AID", {"WB"}),
    ("The Houthis freed 181 people on Friday.", "RETREAT", {"HOUTHIS"}),
    ("The Tajik side handed over two Kyrgyz soldiers captured during the fighting.", "RETREAT", {"TJ"}),
    ("Iran handed back the British sailors on Thursday.", "RETREAT", {"IR"}),
    ("The Nigerian army freed dozens of prisoners in Borno.", "RETREAT", {"NG"}),
    ("Uganda released a group of detained Rwandans.", "RETREAT", {"UG"}),
    ("ETA announced a permanent ceasefire on Wednesday.", "CONCEDE", {"ETA"}),
    ("The rebels accepted the truce proposed by Norway.", "CONCEDE", {"NO"}),
    ("Peru declared the Mexican ambassador persona non grata.", "SANCTION", {"PE"}),
    ("Kenya's government declared the Somali envoy persona non grata.", "SANCTION", {"KE"}),
])
def test_plover_recall85_aid_release_concession_table(facts_of, text, kind, sources):
    assert_first_coded(facts_of(text), kind, sources, None, "asserted")


@pytest.mark.slow
def test_plover_recall85_no_event_in_near_misses(facts_of):
    assert_not_coded(facts_of, (
        ("The health minister warned of a slow response to the epidemic.", "THREATEN"),
        ("Economists in Peru warned of a sharp market reaction to the budget.", "THREATEN"),
        ("The Chilean ministry said it would respond to the letter next week.", "THREATEN"),
        ("The Chilean ministry said it would respond immediately to the journalists' questions.", "THREATEN"),
        ("The Peruvian minister said the proposal was met with a warm response from the unions.", "THREATEN"),
        ("The Peruvian minister said the letter had gone unanswered for months.", "THREATEN"),
        ("The European Union said it will impose new sanctions on Belarus.", "THREATEN"),
        ("The Peruvian commission gave itself two weeks to finish the report.", "THREATEN"),
        ("Peru's government gave the Mexican ambassador 72 hours to leave the country.", "THREATEN"),
        ("The Peruvian central bank did not rule out a rate cut.", "THREATEN"),
        ("The Chilean minister did not rule out a visit to Beijing.", "THREATEN"),
        ("Chile ruled out the use of force against Peru.", "THREATEN"),
        ("The Chilean ministry sent a note of protest to the embassy.", "AID"),
        ("The Peruvian Senate approved $50 billion for highways.", "AID"),
        ("The Peruvian company released a group of new products.", "RETREAT"),
        ("The new Peruvian law freed people from the burden of debt.", "RETREAT"),
        ("The Peruvian government handed over power to the army.", "RETREAT"),
        ("Chile handed over a letter to the Peruvian ambassador.", "RETREAT"),
        ("China stepped up pressure on Japan to free the captain of a fishing boat.", "RETREAT"),
        ("The United Nations called for a ceasefire in Yemen.", "CONCEDE"),
        ("The rebels observed the ceasefire in Yemen.", "CONCEDE"),
    ))


@pytest.mark.slow
def test_plover_recall85_an_announced_sanction_stays_future_a_warned_one_is_a_threat(facts_of):
    assert_first_coded(facts_of("The European Union said it will impose new sanctions on Belarus."), "SANCTION",
                       {"EU"}, None, "future")
    assert_not_coded(facts_of, (("Turkey warned that it would expel the Dutch ambassador.", "SANCTION"),))

"""PLOVER events news reports name that no trigger coded (session 24): persons released named by a pronoun, a number
or a common noun, forces on alert, a person elected by a named body or nominated, refusals said as one's will ("will
not halt"), vows of war, warnings given and warnings that an act will not be tolerated, requests named with their
author after "of", protests called for, candidates dropping out, places sealed off and news outlets shut down.
Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest

from kg.extract import plover
from kg.patterns import family

from test_extract_plover import assert_first_coded, coded, make_doc

PUNCT = (".", ".", "PUNCT", ".", "punct")


def _rule(rows: list[tuple], ents: list[str] | None = None, at: int = 1) -> str | None:
    """The id of the pattern that codes token ``at``, when it fits."""
    doc = make_doc(rows, ents)
    hits, _ = plover.match(doc)
    hit = hits.get(at)
    return hit.pattern.id if hit and plover._fits(doc[at], hit) else None


def _pattern(pattern_id: str):
    return next(p for p in family("plover") if p.id == pattern_id)


def _passive(subject: tuple[str, str, str, str], verb: tuple[str, str], rest: list[tuple] = ()) -> list[tuple]:
    """ "<subject> was <verb> <rest> .": the agent left out or named in ``rest``."""
    return [(*subject, "nsubjpass", 2), ("was", "be", "AUX", "VBD", "auxpass", 2),
            (verb[0], verb[1], "VERB", "VBN", "ROOT", 2), *rest, (*PUNCT, 2)]


def test_plover_match_persons_released_by_a_pronoun_a_number_or_a_noun_a_thing_is_not():
    assert _rule(_passive(("They", "they", "PRON", "PRP"), ("released", "release")), at=2) == \
        "ph-retreat-released-pronoun"
    assert _rule(_passive(("Seven", "seven", "NUM", "CD"), ("freed", "free")), at=2) == "ph-retreat-released-pronoun"
    assert _rule(_passive(("It", "it", "PRON", "PRP"), ("released", "release")), at=2) is None  # a report
    assert _rule(_passive(("pilot", "pilot", "NOUN", "NN"), ("released", "release")), at=2) == \
        "ph-retreat-released-captives"
    assert _pattern("ph-retreat-released-pronoun").get("state_act")  # no agent named: the state where it happens

    def released(obj: tuple[str, str, str, str]) -> list[tuple]:
        return [("Police", "police", "NOUN", "NNS", "nsubj", 1), ("released", "release", "VERB", "VBD", "ROOT", 1),
                (*obj, "dobj", 1), (*PUNCT, 1)]
    assert _rule(released(("him", "he", "PRON", "PRP"))) == "ph-retreat-release-pronoun"
    assert _rule(released(("15", "15", "NUM", "CD"))) == "ph-retreat-release-pronoun"
    assert _rule(released(("it", "it", "PRON", "PRP"))) is None
    assert _rule(released(("sailors", "sailor", "NOUN", "NNS"))) == "ph-retreat-release"


def _on_alert(subject: tuple[str, str], verb: tuple[str, str, str, str], passive: bool) -> list[tuple]:
    """ "<subject> [were] <verb> on alert .\""""
    rows = [(subject[0], subject[1], "NOUN", "NNS", "nsubjpass" if passive else "nsubj", 1 + passive)]
    if passive:
        rows.append(("were", "be", "AUX", "VBD", "auxpass", 2))
    at = len(rows)
    return rows + [(*verb, "ROOT", at), ("on", "on", "ADP", "IN", "prep", at),
                   ("alert", "alert", "NOUN", "NN", "pobj", at + 1), (*PUNCT, at)]


def test_plover_match_forces_on_alert_are_mobilized_others_put_on_alert_are_not():
    assert _rule(_on_alert(("Troops", "troop"), ("remain", "remain", "VERB", "VBP"), False)) == "ph-mobilize-on-alert"
    assert set(_pattern("ph-mobilize-on-alert").get("needs_sector")) == {"MIL", "COP", "GOV"}  # not "Lima is on alert"
    placed = ("placed", "place", "VERB", "VBN")
    assert _rule(_on_alert(("Troops", "troop"), placed, True), at=2) == "ph-mobilize-put-on-alert"
    assert _rule(_on_alert(("Communities", "community"), placed, True), at=2) is None


def test_plover_match_a_person_elected_by_a_named_body_or_nominated_is_supported():
    by = [("by", "by", "ADP", "IN", "agent", 2), ("parliament", "parliament", "NOUN", "NN", "pobj", 3)]
    rows = _passive(("Costa", "Costa", "PROPN", "NNP"), ("elected", "elect"), by)
    assert _rule(rows, ["B-PERSON", "O", "O", "O", "B-ORG", "O"], at=2) == "ph-support-elected-by"
    rows = _passive(("leader", "leader", "NOUN", "NN"), ("elected", "elect"), by)  # "the leader is elected by": how
    assert _rule(rows, at=2) is None
    rows = [("Party", "party", "NOUN", "NN", "nsubj", 1), ("nominated", "nominate", "VERB", "VBD", "ROOT", 1),
            ("Costa", "Costa", "PROPN", "NNP", "dobj", 1), (*PUNCT, 1)]
    assert _rule(rows, ["O", "O", "B-PERSON", "O"]) == "ph-support-nominate"
    assert _pattern("ph-support-nominate").get("object_target")
    rows = _passive(("Costa", "Costa", "PROPN", "NNP"), ("nominated", "nominate"), by)
    assert _rule(rows, ["B-PERSON", "O", "O", "O", "B-ORG", "O"], at=2) == "ph-support-elected-by"


def test_plover_match_a_request_of_someone_and_a_warning_given_name_their_authors():
    # "at the request of Costa ."
    rows = [("at", "at", "ADP", "IN", "ROOT", 0), ("the", "the", "DET", "DT", "det", 2),
            ("request", "request", "NOUN", "NN", "pobj", 0), ("of", "of", "ADP", "IN", "prep", 2),
            ("Costa", "Costa", "PROPN", "NNP", "pobj", 3), (*PUNCT, 0)]
    assert _rule(rows, ["O", "O", "O", "O", "B-PERSON", "O"], at=2) == "ph-request-noun-of"
    assert _pattern("ph-request-noun-of").get("of_source")  # the author is the source
    # "Peru gave an ultimatum to the rebels ."
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("gave", "give", "VERB", "VBD", "ROOT", 1),
            ("an", "an", "DET", "DT", "det", 3), ("ultimatum", "ultimatum", "NOUN", "NN", "dobj", 1),
            ("to", "to", "ADP", "IN", "prep", 1), ("rebels", "rebel", "NOUN", "NNS", "pobj", 4), (*PUNCT, 1)]
    assert _rule(rows) == "ph-threaten-give-warning"
    rows[3] = ("gift", "gift", "NOUN", "NN", "dobj", 1)  # "gave a gift to the rebels": no threat
    assert _rule(rows) != "ph-threaten-give-warning"


def _will_not(verb: tuple[str, str], obj: tuple[str, str], aux: str = "will", adverb: bool = False) -> list[tuple]:
    """ "Iran <aux> not|no longer <verb> <obj> .\""""
    neg = [("no", "no", "ADV", "RB", "neg", 3), ("longer", "long", "ADV", "RBR", "advmod", 4)] if adverb else \
        [("not", "not", "PART", "RB", "neg", 3)]
    at = 2 + len(neg)
    rows = [("Iran", "Iran", "PROPN", "NNP", "nsubj", at), (aux, aux, "AUX", "MD", "aux", at), *neg,
            (verb[0], verb[1], "VERB", "VB", "ROOT", at), (obj[0], obj[1], "NOUN", "NNS", "dobj", at), (*PUNCT, at)]
    return rows


def test_plover_match_a_refusal_and_a_warning_said_as_ones_will():
    assert _rule(_will_not(("halt", "halt"), ("tests", "test")), ["B-GPE", "O", "O", "O", "O", "O"], at=3) == \
        "ph-reject-will-not"
    assert _rule(_will_not(("tolerate", "tolerate"), ("protests", "protest")), at=3) == "ph-threaten-not-tolerate"
    assert _pattern("ph-threaten-not-tolerate").get("asserted")  # the warning is made, not planned
    assert _rule(_will_not(("tolerate", "tolerate"), ("protests", "protest"), adverb=True), at=4) == \
        "ph-threaten-no-longer-tolerate"
    assert _rule(_will_not(("tolerate", "tolerate"), ("protests", "protest"), aux="does"), at=3) == \
        "ph-reject-not-accept"  # "does not tolerate corruption": a refusal, no warning


def _vowed(verb: tuple[str, str], obj: tuple[str, str]) -> list[tuple]:
    """ "Rebels vowed to <verb> a <obj> .\""""
    return [("Rebels", "rebel", "NOUN", "NNS", "nsubj", 1), ("vowed", "vow", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3), (verb[0], verb[1], "VERB", "VB", "xcomp", 1),
            ("a", "a", "DET", "DT", "det", 5), (obj[0], obj[1], "NOUN", "NN", "dobj", 3), (*PUNCT, 1)]


def test_plover_match_a_vow_to_start_a_war_is_a_threat_a_vow_to_start_a_business_is_not():
    assert _rule(_vowed(("start", "start"), ("war", "war"))) == "ph-threaten-vow-war"
    assert _rule(_vowed(("start", "start"), ("business", "business"))) != "ph-threaten-vow-war"


def _off_down(verb: tuple[str, str], particle: str, obj: tuple[str, str]) -> list[tuple]:
    """ "Soldiers <verb> <particle> the <obj> .\""""
    return [("Soldiers", "soldier", "NOUN", "NNS", "nsubj", 1), (verb[0], verb[1], "VERB", "VBD", "ROOT", 1),
            (particle, particle, "ADP", "RP", "prt", 1), ("the", "the", "DET", "DT", "det", 4),
            (obj[0], obj[1], "NOUN", "NN", "dobj", 1), (*PUNCT, 1)]


def test_plover_match_a_place_sealed_off_or_an_outlet_shut_down_is_coerced():
    assert _rule(_off_down(("sealed", "seal"), "off", ("town", "town"))) == "ph-coerce-seal-off"
    assert _rule(_off_down(("shut", "shut"), "down", ("station", "station"))) == "ph-coerce-shut-media"
    assert _rule(_off_down(("shut", "shut"), "down", ("reactor", "reactor"))) != "ph-coerce-shut-media"


def test_plover_match_a_protest_called_for_is_a_protest_and_a_candidate_dropping_out_retreats():
    def call_for(noun: str, lemma: str) -> list[tuple]:
        """ "The union called for a <noun> ." """
        return [("union", "union", "NOUN", "NN", "nsubj", 1), ("called", "call", "VERB", "VBD", "ROOT", 1),
                ("for", "for", "ADP", "IN", "prep", 1), ("a", "a", "DET", "DT", "det", 4),
                (noun, lemma, "NOUN", "NN", "pobj", 2), (*PUNCT, 1)]
    assert _rule(call_for("strike", "strike")) == "ph-protest-call-for"
    assert _rule(call_for("ceasefire", "ceasefire")) == "ph-request-call"  # a ceasefire asked for is a request
    # "Costa dropped out of the race ."
    rows = [("Costa", "Costa", "PROPN", "NNP", "nsubj", 1), ("dropped", "drop", "VERB", "VBD", "ROOT", 1),
            ("out", "out", "ADP", "IN", "prep", 1), ("of", "of", "ADP", "IN", "prep", 2),
            ("the", "the", "DET", "DT", "det", 5), ("race", "race", "NOUN", "NN", "pobj", 3), (*PUNCT, 1)]
    assert _rule(rows) == "ph-retreat-drop-out-race"  # not the CONCEDE of pc-drop-out
    rows[5] = ("school", "school", "NOUN", "NN", "pobj", 3)
    assert _rule(rows) != "ph-retreat-drop-out-race"


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("Chilean police arrested two students on Monday. They have now been released.", "RETREAT", {"CL"}, None,
     "asserted"),
    ("Peru said it had released the 15 Bolivian sailors.", "RETREAT", {"PE"}, None, "asserted"),
    ("Pakistani troops were placed on high alert after the attack.", "MOBILIZE", {"PK"}, None, "asserted"),
    ("Thai security forces in the capital remain on high alert.", "MOBILIZE", {"TH"}, None, "asserted"),
    ("Ana Lopes was elected president by the Chilean parliament on Monday.", "SUPPORT", {"CL"}, {"Ana Lopes"},
     "asserted"),
    ("The Libertarian Party nominated psychologist Ana Lopes for president.", "SUPPORT", {"Libertarian Party"},
     {"Ana Lopes"}, "asserted"),
    ("Hamas said it will not stop the rocket fire.", "REJECT", {"Hamas"}, None, "asserted"),
    ("Kenyan officials said they would not tolerate illegal demonstrations.", "THREATEN", {"KE"}, None, "asserted"),
    ("The Somali militants vowed to start a holy war against Ethiopia.", "THREATEN", {"SO"}, {"ET"}, "asserted"),
    ("Uzbek soldiers sealed off the eastern border town.", "COERCE", {"UZ"}, None, "asserted"),
    ("Chilean troops arrived in Dili at the request of President Ana Lopes of East Timor.", "REQUEST", {"Ana Lopes"},
     None, "asserted"),
    ("Prime Minister Rui Costa of Peru gave an ultimatum to the rebels.", "THREATEN", {"Rui Costa"}, None,
     "asserted"),
    ("The Chilean Workers Union called for a general strike against the government.", "PROTEST",
     {"CL"}, None, "asserted"),
    ("Senator Ana Lopes of Chile dropped out of the presidential race on Monday.", "RETREAT", {"Ana Lopes"}, None,
     "asserted"),
])
def test_plover_recall24_table(facts_of, text, kind, sources, targets, modality):
    assert_first_coded(facts_of(text), kind, sources, targets, modality)


@pytest.mark.slow
def test_plover_recall24_no_event_for_things_released_places_on_alert_or_habits(facts_of):
    for text, kind in (("The report was released on Monday. It was released by the Chilean government.", "RETREAT"),
                       ("Lima is on high alert ahead of the court ruling.", "MOBILIZE"),
                       ("Coastal communities in Peru are being put on alert for the storm.", "MOBILIZE"),
                       ("The party leader is elected by an electoral college.", "SUPPORT"),
                       ("North Korea shut down its nuclear reactor.", "COERCE")):
        assert all(c[0] != kind for c in coded(facts_of(text))), text

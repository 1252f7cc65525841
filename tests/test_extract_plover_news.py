"""PLOVER events as news reports phrase them (arrangements, performative speech acts, comment withheld,
criticism received, needs said of another): model-free tests on hand-built Docs, and (slow) sentences written for
these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract import plover, plover_modality as pm, plover_targets as pt

from test_extract_plover import assert_first_coded, coded, make_doc
from test_extract_plover_sources import actors, codes

DAY = dt.date(2023, 6, 14)

# "The envoy is to meet the rebels ."
BE_TO = [("The", "the", "DET", "DT", "det", 1), ("envoy", "envoy", "NOUN", "NN", "nsubj", 2),
         ("is", "be", "AUX", "VBZ", "ROOT", 2), ("to", "to", "PART", "TO", "aux", 4),
         ("meet", "meet", "VERB", "VB", "xcomp", 2), ("the", "the", "DET", "DT", "det", 6),
         ("rebels", "rebel", "NOUN", "NNS", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 2)]
# "It is vital to meet the rebels ."
VITAL = [("It", "it", "PRON", "PRP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1),
         ("vital", "vital", "ADJ", "JJ", "acomp", 1), ("to", "to", "PART", "TO", "aux", 4),
         ("meet", "meet", "VERB", "VB", "xcomp", 1), ("the", "the", "DET", "DT", "det", 6),
         ("rebels", "rebel", "NOUN", "NNS", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]


def _would_like(verb: str) -> list[tuple]:
    """ "We would like to <verb> Japan ." """
    return [("We", "we", "PRON", "PRP", "nsubj", 2), ("would", "would", "AUX", "MD", "aux", 2),
            ("like", "like", "VERB", "VB", "ROOT", 2), ("to", "to", "PART", "TO", "aux", 4),
            (verb, verb, "VERB", "VB", "xcomp", 2), ("Japan", "Japan", "PROPN", "NNP", "dobj", 4),
            (".", ".", "PUNCT", ".", "punct", 2)]


def _comment(aux: str, form: str, tag: str) -> list[tuple]:
    """ "The ministry <aux> not <form of comment> ." """
    return [("The", "the", "DET", "DT", "det", 1), ("ministry", "ministry", "NOUN", "NN", "nsubj", 4),
            (aux, aux, "AUX", "MD", "aux", 4), ("not", "not", "PART", "RB", "neg", 4),
            (form, "comment", "VERB", tag, "ROOT", 4), (".", ".", "PUNCT", ".", "punct", 4)]


# "The ministry declined to comment ."
DECLINED = [("The", "the", "DET", "DT", "det", 1), ("ministry", "ministry", "NOUN", "NN", "nsubj", 2),
            ("declined", "decline", "VERB", "VBD", "ROOT", 2), ("to", "to", "PART", "TO", "aux", 4),
            ("comment", "comment", "VERB", "VB", "xcomp", 2), (".", ".", "PUNCT", ".", "punct", 2)]
# "Spain faced criticism from France ."
CRITICISM = [("Spain", "Spain", "PROPN", "NNP", "nsubj", 1), ("faced", "face", "VERB", "VBD", "ROOT", 1),
             ("criticism", "criticism", "NOUN", "NN", "dobj", 1), ("from", "from", "ADP", "IN", "prep", 2),
             ("France", "France", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)]
# "Spain drew criticism from France ." ("from" on the verb)
DREW = [CRITICISM[0], ("drew", "draw", "VERB", "VBD", "ROOT", 1), CRITICISM[2], (*CRITICISM[3][:5], 1),
        CRITICISM[4], CRITICISM[5]]
# "Peru said Chile needs to act ."
NEEDS = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
         ("Chile", "Chile", "PROPN", "NNP", "nsubj", 3), ("needs", "need", "VERB", "VBZ", "ccomp", 1),
         ("to", "to", "PART", "TO", "aux", 5), ("act", "act", "VERB", "VB", "xcomp", 3),
         (".", ".", "PUNCT", ".", "punct", 1)]
GPES = ["B-GPE", "O", "O", "O", "B-GPE", "O"]


def _broke_off(obj: str, lemma: str) -> list[tuple]:
    """ "Chad broke off <obj> with Sudan ." """
    return [("Chad", "Chad", "PROPN", "NNP", "nsubj", 1), ("broke", "break", "VERB", "VBD", "ROOT", 1),
            ("off", "off", "ADP", "RP", "prt", 1), (obj, lemma, "NOUN", "NNS", "dobj", 1),
            ("with", "with", "ADP", "IN", "prep", 3), ("Sudan", "Sudan", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_modality_be_to_is_an_arrangement_not_an_adjective_clause():
    doc = make_doc(BE_TO)
    assert pm.modality(doc[4], plover.match(doc)[1], DAY) == "future"
    doc = make_doc(VITAL)  # "is vital to meet": nothing arranged
    assert pm.modality(doc[4], plover.match(doc)[1], DAY) == "asserted"


def test_plover_modality_performative_speech_act_is_done_a_plan_is_not():
    doc = make_doc(_would_like("thank"))
    assert pm.modality(doc[4], plover.match(doc)[1], DAY) == "asserted"
    doc = make_doc(_would_like("visit"))  # "would like to visit Japan": a wish
    assert pm.modality(doc[4], plover.match(doc)[1], DAY) == "future"


def test_plover_match_comment_withheld_is_a_refusal_not_a_silence():
    hits, _ = plover.match(make_doc(_comment("would", "comment", "VB")))
    assert hits[4].pattern.id == "ph-reject-no-comment" and hits[4].pattern.get("asserted")
    hits, _ = plover.match(make_doc(_comment("has", "commented", "VBN")))  # "has not commented": no act
    assert 4 not in hits
    hits, _ = plover.match(make_doc(DECLINED))
    assert hits[2].pattern.id == "ph-reject-decline-comment"


def test_plover_criticism_from_is_by_its_author_against_the_subject():
    doc = make_doc(CRITICISM, GPES)
    hits, _ = plover.match(doc)
    assert hits[2].pattern.id == "ph-accuse-criticism-from"
    sources, targets = plover.roles_of(actors(doc), doc[2], hits[2])
    assert (codes(sources), codes(targets)) == (["FR"], ["ES"])


def test_plover_criticism_drawn_is_by_the_author_after_from_on_the_verb():
    doc = make_doc(DREW, GPES)
    hits, _ = plover.match(doc)
    assert hits[2].pattern.id == "ph-accuse-drew-criticism-from"
    sources, targets = plover.roles_of(actors(doc), doc[2], hits[2])
    assert (codes(sources), codes(targets)) == (["FR"], ["ES"])


def test_plover_talks_broken_off_are_refused_relations_broken_off_are_cut():
    hits, _ = plover.match(make_doc(_broke_off("talks", "talk")))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-reject-break-off-talks", "REJECT")
    hits, _ = plover.match(make_doc(_broke_off("ties", "tie")))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-sanction-sever", "SANCTION")


def test_plover_pledge_reaches_the_objects_of_an_act_no_trigger_codes():
    # "Peru pledged to work with Chile ." / "Peru pledged to support Chile ." / "Peru pledged to act ."
    def pledge(verb: str, rest: list[tuple]) -> list[tuple]:
        return [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("pledged", "pledge", "VERB", "VBD", "ROOT", 1),
                ("to", "to", "PART", "TO", "aux", 3), (verb, verb, "VERB", "VB", "xcomp", 1), *rest,
                (".", ".", "PUNCT", ".", "punct", 1)]
    with_chile = [("with", "with", "ADP", "IN", "prep", 3), ("Chile", "Chile", "PROPN", "NNP", "pobj", 4)]
    assert [t.text for t in pt.complement_objects(make_doc(pledge("work", with_chile))[1])] == ["Chile"]
    chile = [("Chile", "Chile", "PROPN", "NNP", "dobj", 3)]
    assert [t.text for t in pt.complement_objects(make_doc(pledge("support", chile))[1])] == ["Chile"]
    assert pt.complement_objects(make_doc(pledge("act", []))[1]) == []


def test_plover_crowd_occupation_is_a_protest_forces_occupation_a_seizure():
    # "The protesters occupied the estate ." / "The troops occupied the estate ."
    def occupied(subject: str, lemma: str) -> list[tuple]:
        return [("The", "the", "DET", "DT", "det", 1), (subject, lemma, "NOUN", "NNS", "nsubj", 2),
                ("occupied", "occupy", "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
                ("estate", "estate", "NOUN", "NN", "dobj", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    hits, _ = plover.match(make_doc(occupied("protesters", "protester")))
    assert (hits[2].pattern.id, hits[2].pattern.get("plover")) == ("ph-protest-occupy", "PROTEST")
    hits, _ = plover.match(make_doc(occupied("troops", "troop")))
    assert (hits[2].pattern.id, hits[2].pattern.get("plover")) == ("ph-coerce-occupy", "COERCE")


def test_plover_need_said_of_another_is_addressed_to_its_subject():
    doc = make_doc(NEEDS)
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-request-need"
    assert pt.clause_subject(doc[1]).text == "Chile"


def _wants(rest: list[tuple]) -> list[tuple]:
    """ "Chile wants <rest> ." """
    return [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("wants", "want", "VERB", "VBZ", "ROOT", 1), *rest,
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_match_a_want_for_another_to_act_is_a_request_to_it_a_want_to_act_is_none():
    doc = make_doc(_wants([("Peru", "Peru", "PROPN", "NNP", "nsubj", 4), ("to", "to", "PART", "TO", "aux", 4),
                           ("withdraw", "withdraw", "VERB", "VB", "ccomp", 1)]),
                   ents=["B-GPE", "O", "B-GPE", "O", "O", "O"])  # "Chile wants Peru to withdraw ."
    hits, marks = plover.match(doc)
    assert hits[1].pattern.id == "ph-request-want-clause"
    assert pt.clause_subject(doc[1]).text == "Peru"
    assert "wished" in marks[4]  # Peru's withdrawal is wanted, not done
    own = _wants([("to", "to", "PART", "TO", "aux", 3), ("withdraw", "withdraw", "VERB", "VB", "xcomp", 1)])
    hits, _ = plover.match(make_doc(own))
    assert 1 not in hits or hits[1].pattern.id != "ph-request-want-clause"  # "Chile wants to withdraw": its own act


def test_plover_support_noun_is_by_its_owner_for_its_object_public_support_is_by_no_one():
    doc = make_doc([("Chile", "Chile", "PROPN", "NNP", "poss", 2), ("'s", "'s", "PART", "POS", "case", 0),
                    ("support", "support", "NOUN", "NN", "ROOT", 2), ("for", "for", "ADP", "IN", "prep", 2),
                    ("Peru", "Peru", "PROPN", "NNP", "pobj", 3)], ents=["B-GPE", "O", "O", "O", "B-GPE"])
    hits, _ = plover.match(doc)
    assert hits[2].pattern.id == "ph-support-noun"
    sources, targets = plover.roles_of(actors(doc), doc[2], hits[2])
    assert [a.country for a in sources] == ["CL"] and [a.country for a in targets] == ["PE"]
    public = make_doc([("public", "public", "ADJ", "JJ", "amod", 1), ("support", "support", "NOUN", "NN", "ROOT", 1),
                       ("for", "for", "ADP", "IN", "prep", 1), ("Peru", "Peru", "PROPN", "NNP", "pobj", 2)],
                      ents=["O", "O", "O", "B-GPE"])
    hits, _ = plover.match(public)
    assert plover.roles_of(actors(public), public[1], hits[1])[0] == []  # no giver named: no event
    bare = make_doc([("support", "support", "NOUN", "NN", "ROOT", 0), ("for", "for", "ADP", "IN", "prep", 0),
                     ("Peru", "Peru", "PROPN", "NNP", "pobj", 1)], ents=["O", "O", "B-GPE"])
    assert not plover._fits(bare[0], plover.match(bare)[0][0])  # no owner at all: no trigger


# "Venezuela argued Colombia invaded Peru ."
ARGUED = list(zip("Venezuela argued Colombia invaded Peru .".split(), ["Venezuela", "argue", "Colombia", "invade",
                                                                       "Peru", "."],
                  ["PROPN", "VERB", "PROPN", "VERB", "PROPN", "PUNCT"], ["NNP", "VBD", "NNP", "VBD", "NNP", "."],
                  ["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct"], [1, 1, 3, 1, 3, 1], strict=True))


def test_plover_claim_that_another_used_force_accuses_that_actor_not_the_speaker():
    doc = make_doc(ARGUED, ents=["B-GPE", "O", "B-GPE", "O", "B-GPE", "O"])
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-accuse-claim" and hits[3].pattern.get("plover") == "ASSAULT"  # both coded
    ac = actors(doc)
    speaker = plover.roles_of(ac, doc[1], hits[1])[0]
    assert codes(plover.claimed_actors(ac, doc[1], hits, ("ASSAULT",), speaker)) == ["CO"]
    assert plover.claimed_actors(ac, doc[1], hits, ("SANCTION",), speaker) == []  # no claim of that kind
    own = plover.roles_of(ac, doc[3], hits[3])[0]  # "Colombia argued Colombia invaded": its own act
    assert plover.claimed_actors(ac, doc[1], hits, ("ASSAULT",), own) == []


def _supported(obj: tuple) -> list[tuple]:
    """ "Peru supported <obj>" """
    return [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("supported", "support", "VERB", "VBD", "ROOT", 1), obj]


def test_plover_support_of_a_charge_backs_a_claim_not_an_actor():
    doc = make_doc(_supported(("charges", "charge", "NOUN", "NNS", "dobj", 1)))
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-support" and not plover._fits(doc[1], hits[1])
    chile = make_doc(_supported(("Chile", "Chile", "PROPN", "NNP", "dobj", 1)))
    assert plover._fits(chile[1], plover.match(chile)[0][1])  # "Peru supported Chile"


@pytest.mark.parametrize("verb, lemma, pattern, unlike, kept", [
    ("thanked", "thank", "ph-support", ("his", "PRON", "PRP$", "poss", "supporters", "supporter", "NNS"), "Chile"),
    ("attacked", "attack", "ph-assault", ("the", "DET", "DT", "det", "inquiry", "inquiry", "NN"), "Chile"),
])
def test_plover_object_of_another_sense_codes_no_event(verb, lemma, pattern, unlike, kept):
    """"Belk thanked his supporters" (a campaign's courtesy), "Belk attacked the inquiry" (words against a thing):
    no event; "Belk thanked / attacked Chile" is one."""
    det, det_pos, det_tag, det_dep, noun, noun_lemma, noun_tag = unlike
    head = [("Belk", "Belk", "PROPN", "NNP", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1)]
    doc = make_doc(head + [(det, det, det_pos, det_tag, det_dep, 3), (noun, noun_lemma, "NOUN", noun_tag, "dobj", 1)])
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == pattern and not plover._fits(doc[1], hits[1])
    doc = make_doc(head + [(kept, kept, "PROPN", "NNP", "dobj", 1)])
    assert plover._fits(doc[1], plover.match(doc)[0][1])


def _warned(rest: list[tuple]) -> list[tuple]:
    """ "Peru warned <rest> ." """
    return [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("warned", "warn", "VERB", "VBD", "ROOT", 1), *rest,
            (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_match_a_warning_threatens_someone_warned_not_a_forecast():
    doc = make_doc(_warned([("Chile", "Chile", "PROPN", "NNP", "dobj", 1)]))  # "warned Chile"
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-threaten-warn" and plover._fits(doc[1], hits[1])
    of_crisis = [("of", "of", "ADP", "IN", "prep", 1), ("a", "a", "DET", "DT", "det", 4),
                 ("crisis", "crisis", "NOUN", "NN", "pobj", 2)]
    doc = make_doc(_warned(of_crisis))  # "warned of a crisis": no one threatened
    hits, _ = plover.match(doc)
    assert 1 not in hits or not plover._fits(doc[1], hits[1])
    against = [("against", "against", "ADP", "IN", "prep", 1), ("interference", "interference", "NOUN", "NN",
                                                                    "pobj", 2)]
    assert plover.match(make_doc(_warned(against)))[0][1].pattern.id == "ph-threaten-warn-against"
    # "Peru warned that Chile crossed a line ." / "Peru warned that talks lie ahead ."
    def that(subject: str, lemma: str, verb: str, vlemma: str) -> list[tuple]:
        return _warned([("that", "that", "SCONJ", "IN", "mark", 4), (subject, lemma, "PROPN", "NNP", "nsubj", 4),
                        (verb, vlemma, "VERB", "VBD", "ccomp", 1)])
    doc = make_doc(that("Chile", "Chile", "crossed", "cross"), ["B-GPE", "O", "O", "B-GPE", "O", "O"])
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-threaten-warn-that" and pt.clause_subject(doc[1]).text == "Chile"
    doc = make_doc(that("talks", "talk", "lie", "lie"))
    hits, _ = plover.match(doc)
    assert 1 not in hits or not plover._fits(doc[1], hits[1])


def test_plover_match_a_ban_of_weapons_coerces_no_one():
    # "Peru banned <the party / cluster bombs> ."
    def banned(obj: str, lemma: str) -> list[tuple]:
        return [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("banned", "ban", "VERB", "VBD", "ROOT", 1),
                (obj, lemma, "NOUN", "NNS", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(banned("parties", "party"))
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-coerce-ban" and plover._fits(doc[1], hits[1])
    doc = make_doc(banned("bombs", "bomb"))
    hits, _ = plover.match(doc)
    assert not plover._fits(doc[1], hits[1])


def test_plover_match_a_move_blocked_a_campaign_rally_and_an_origin_are_no_events():
    # "Peru blocked the <party / sale> ."
    def blocked(obj: str, lemma: str) -> list[tuple]:
        return [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("blocked", "block", "VERB", "VBD", "ROOT", 1),
                ("the", "the", "DET", "DT", "det", 3), (obj, lemma, "NOUN", "NN", "dobj", 1),
                (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(blocked("sale", "sale"))
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-coerce-ban" and not plover._fits(doc[1], hits[1])
    # "Ruiz addressed a <campaign / mass> rally ."
    def rally(word: str, dep: str) -> list[tuple]:
        return [("Ruiz", "Ruiz", "PROPN", "NNP", "nsubj", 1), ("addressed", "address", "VERB", "VBD", "ROOT", 1),
                ("a", "a", "DET", "DT", "det", 4), (word, word, "NOUN", "NN", dep, 4),
                ("rally", "rally", "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    for word, dep, fits in (("campaign", "compound", False), ("mass", "amod", True)):
        doc = make_doc(rally(word, dep))
        hits, _ = plover.match(doc)
        assert hits[4].pattern.id == "ph-protest-noun" and plover._fits(doc[4], hits[4]) is fits, word
    # "Lanok hails from Lima ." / "Peru hailed the deal ."
    doc = make_doc([("Lanok", "Lanok", "PROPN", "NNP", "nsubj", 1), ("hails", "hail", "VERB", "VBZ", "ROOT", 1),
                    ("from", "from", "ADP", "IN", "prep", 1), ("Lima", "Lima", "PROPN", "NNP", "pobj", 2),
                    (".", ".", "PUNCT", ".", "punct", 1)])
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-support-hail" and not plover._fits(doc[1], hits[1])
    doc = make_doc([("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("hailed", "hail", "VERB", "VBD", "ROOT", 1),
                    ("the", "the", "DET", "DT", "det", 3), ("deal", "deal", "NOUN", "NN", "dobj", 1),
                    (".", ".", "PUNCT", ".", "punct", 1)])
    hits, _ = plover.match(doc)
    assert hits[1].pattern.get("plover") == "SUPPORT" and plover._fits(doc[1], hits[1])


def test_plover_match_a_charged_mood_or_price_accuses_no_one():
    # "a politically charged ruling" / "Firms charge high prices ." / "Peru charged the mayor ."
    doc = make_doc([("a", "a", "DET", "DT", "det", 3), ("politically", "politically", "ADV", "RB", "advmod", 2),
                    ("charged", "charge", "VERB", "VBN", "amod", 3), ("ruling", "ruling", "NOUN", "NN", "ROOT", 3)])
    hits, _ = plover.match(doc)
    assert hits[2].pattern.id == "ph-accuse-charge" and not plover._fits(doc[2], hits[2])
    def charged(obj: str, lemma: str) -> list[tuple]:
        return [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("charged", "charge", "VERB", "VBD", "ROOT", 1),
                (obj, lemma, "NOUN", "NNS", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(charged("prices", "price"))
    assert not plover._fits(doc[1], plover.match(doc)[0][1])
    doc = make_doc(charged("officials", "official"))
    assert plover._fits(doc[1], plover.match(doc)[0][1])


def test_plover_match_a_negated_appraisal_accuses_no_one():
    # "Peru said it was [not] illegal ."
    def said(negated: bool) -> list[tuple]:
        rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
                ("it", "it", "PRON", "PRP", "nsubj", 3), ("was", "be", "AUX", "VBD", "ccomp", 1),
                ("not", "not", "PART", "RB", "neg", 3), ("illegal", "illegal", "ADJ", "JJ", "acomp", 3),
                (".", ".", "PUNCT", ".", "punct", 1)]
        return rows if negated else [(w, le, p, t, d, h - (h > 4)) for n, (w, le, p, t, d, h) in enumerate(rows)
                                     if n != 4]
    for negated in (True, False):
        doc = make_doc(said(negated))
        hits, _ = plover.match(doc)
        assert hits[1].pattern.id == "ph-accuse-evaluative" and plover._fits(doc[1], hits[1]) is not negated
        assert pm.negated_predicate(doc[len(doc) - 2]) is negated


def test_plover_match_a_refusal_said_as_ones_will_is_a_rejection_a_negated_plan_is_not():
    # "Hamas will not negotiate with Israel ." / "Hamas will not be sending troops ."
    doc = make_doc([("Hamas", "Hamas", "PROPN", "NNP", "nsubj", 3), ("will", "will", "AUX", "MD", "aux", 3),
                    ("not", "not", "PART", "RB", "neg", 3), ("negotiate", "negotiate", "VERB", "VB", "ROOT", 3),
                    ("with", "with", "ADP", "IN", "prep", 3), ("Israel", "Israel", "PROPN", "NNP", "pobj", 4),
                    (".", ".", "PUNCT", ".", "punct", 3)], ["B-ORG", "O", "O", "O", "O", "B-GPE", "O"])
    hits, _ = plover.match(doc)
    assert (hits[3].pattern.id, hits[3].pattern.get("plover")) == ("ph-reject-will-not", "REJECT")
    assert hits[3].pattern.get("asserted")
    assert codes(plover.roles_of(actors(doc), doc[3], hits[3])[1]) == ["IL"]
    doc = make_doc([("Hamas", "Hamas", "PROPN", "NNP", "nsubj", 4), ("will", "will", "AUX", "MD", "aux", 4),
                    ("not", "not", "PART", "RB", "neg", 4), ("be", "be", "AUX", "VB", "aux", 4),
                    ("negotiating", "negotiate", "VERB", "VBG", "ROOT", 4), (".", ".", "PUNCT", ".", "punct", 4)])
    hits, _ = plover.match(doc)
    assert 4 not in hits or hits[4].pattern.id != "ph-reject-will-not"


def _verb_object(verb: str, lemma: str, obj: str, olemma: str, ent: str = "O") -> tuple:
    """ "Peru <verb> <obj> ." with the object's entity tag."""
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), (verb, lemma, "VERB", "VBD", "ROOT", 1),
            (obj, olemma, "PROPN" if ent != "O" else "NOUN", "NNP" if ent != "O" else "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]
    return make_doc(rows, ["B-GPE", "O", ent, "O"])


def test_plover_match_a_person_dismissed_is_sanctioned_a_claim_dismissed_rejected():
    hits, _ = plover.match(_verb_object("dismissed", "dismiss", "Costa", "Costa", "B-PERSON"))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-sanction-dismiss", "SANCTION")
    hits, _ = plover.match(_verb_object("dismissed", "dismiss", "claim", "claim"))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-reject", "REJECT")


def test_plover_match_a_place_or_control_taken_is_an_assault_property_seized_a_seizure():
    for obj in ("control", "airfield", "town"):
        hits, _ = plover.match(_verb_object("seized", "seize", obj, obj))
        assert hits[1].pattern.get("plover") == "ASSAULT", obj
    hits, _ = plover.match(_verb_object("seized", "seize", "weapons", "weapon"))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-coerce-seize", "COERCE")


def test_plover_match_a_ratified_treaty_is_a_formal_agreement_not_a_concession():
    hits, _ = plover.match(_verb_object("ratified", "ratify", "treaty", "treaty"))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-support-ratify", "SUPPORT")
    # "Peru 's ratification of the pact" / "the ratification of the pact": only an owner's ratification is an act
    rows = [("Peru", "Peru", "PROPN", "NNP", "poss", 2), ("'s", "'s", "PART", "POS", "case", 0),
            ("ratification", "ratification", "NOUN", "NN", "ROOT", 2), ("of", "of", "ADP", "IN", "prep", 2),
            ("the", "the", "DET", "DT", "det", 5), ("pact", "pact", "NOUN", "NN", "pobj", 3)]
    doc = make_doc(rows)
    hits, _ = plover.match(doc)
    assert hits[2].pattern.id == "ph-support-ratification" and plover._fits(doc[2], hits[2])
    doc = make_doc([("The", "the", "DET", "DT", "det", 1), ("ratification", "ratification", "NOUN", "NN", "ROOT", 1),
                    ("of", "of", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 4),
                    ("pact", "pact", "NOUN", "NN", "pobj", 2)])
    hits, _ = plover.match(doc)
    assert 1 not in hits or not plover._fits(doc[1], hits[1])


def test_plover_match_a_person_elected_by_a_body_is_supported_a_claim_elected_is_nothing():
    hits, _ = plover.match(_verb_object("elected", "elect", "Costa", "Costa", "B-PERSON"))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-support-elect", "SUPPORT")
    assert 1 not in plover.match(_verb_object("elected", "elect", "path", "path"))[0]


def test_plover_match_a_contest_won_is_no_beating():
    doc = _verb_object("beat", "beat", "protesters", "protester")
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-assault-beat" and plover._fits(doc[1], hits[1])
    doc = _verb_object("beat", "beat", "candidates", "candidate")
    hits, _ = plover.match(doc)
    assert not plover._fits(doc[1], hits[1])


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("Secretary-General Kofi Annan was to arrive in Kenya on Monday for talks with the two leaders.", "CONSULT",
     {"Kofi Annan"}, {"KE"}, "future"),
    ('President Marta Ruiz of Chile said, "We would like to congratulate the people of Peru for the election."',
     "SUPPORT", {"Marta Ruiz"}, {"PE"}, "asserted"),
    ("The Kenyan government would not comment on the report.", "REJECT", {"KE"}, None, "asserted"),
    ("The Chinese embassy declined to comment on the arrests.", "REJECT", {"CN"}, None, "asserted"),
    ("Prime Minister Ana Lopes of Portugal has faced criticism from Spain over the dam.", "ACCUSE", {"ES"},
     {"Ana Lopes"}, "asserted"),
    ("The dam built by Portugal has drawn condemnation from Spain and France.", "ACCUSE", {"ES", "FR"}, None,
     "asserted"),
    ("Foreign Minister Ali Reza of Iran stressed that the United States needed to change its policy in Iraq.",
     "REQUEST", {"Ali Reza"}, {"US"}, "asserted"),
    ("Hamas has broken off the peace talks with Israel.", "REJECT", {"Hamas"}, {"IL"}, "asserted"),
    ("Kenyan protesters occupied the parliament grounds in Nairobi on Tuesday.", "PROTEST", {"KE"}, None,
     "asserted"),
    ("President Ana Costa of Brazil appreciates Argentina's support in the dispute.", "SUPPORT", {"Ana Costa"},
     {"AR"}, "asserted"),
    ("President Daniel Ortega of Nicaragua agreed to reinstate diplomatic ties with Colombia.", "AGREE",
     {"Daniel Ortega"}, {"CO"}, "asserted"),
    ("Peru warned Chile not to send warships into the disputed waters.", "THREATEN", {"PE"}, {"CL"}, "asserted"),
    ("In Lima, the Peruvian foreign minister warned that Bolivia had crossed a red line.", "THREATEN", {"PE"},
     {"BO"}, "asserted"),
    ("The Green Party said it will not cooperate with the Labour Party until the dispute ends.", "REJECT",
     {"Green Party"}, {"Labour Party"}, "asserted"),
    ("The rebels said they won't negotiate with the government of Colombia.", "REJECT", {"CO"}, None,
     "asserted"),
    ("President Ana Lopes of Portugal dismissed Interior Minister Rui Costa on Monday.", "SANCTION",
     {"Ana Lopes"}, {"Rui Costa"}, "asserted"),
    ("Chadian troops captured an airfield outside the town on Sunday.", "ASSAULT", {"TD"}, None, "asserted"),
    ("The Liberation Tigers of Tamil Eelam seized control of the port on Friday.", "ASSAULT", {"LTTE"}, None,
     "asserted"),
    ("On Tuesday, the Chilean parliament ratified the free trade agreement with Peru.", "SUPPORT", {"CL"}, None,
     "asserted"),
    ("The Chilean parliament elected Ana Lopes the new president of the republic on Monday.", "SUPPORT", {"CL"},
     {"Ana Lopes"}, "asserted"),
    ("The Bolivian army said it had withdrawn its soldiers from the border town.", "RETREAT", {"BO"}, None,
     "asserted"),
    ("The striking nurses marched to the ministry on Monday. They demanded a meeting with the minister.",
     "REQUEST", {"striking nurses"}, None, "asserted"),
    ("The Socialist Party of Portugal said it wanted President Ana Lopes to resign.", "REQUEST", {"PT"},
     {"Ana Lopes"}, "asserted"),
    ("Chile wants Peru to withdraw its warships from the disputed waters.", "REQUEST", {"CL"}, {"PE"},
     "asserted"),
    ("Chile's support for Peru in the border dispute angered the government of Bolivia.", "SUPPORT", {"CL"},
     {"PE"}, "asserted"),
    ("Venezuela stepped up its support for the rebels in Colombia.", "SUPPORT", {"VE"}, {"CO"}, "asserted"),
    ("Bolivia argued that Chilean troops had invaded its territory during the night.", "ACCUSE", {"BO"}, {"CL"},
     "asserted"),
])
def test_plover_news_phrasings_table(facts_of, text, kind, sources, targets, modality):
    assert_first_coded(facts_of(text), kind, sources, targets, modality)


@pytest.mark.slow
def test_plover_news_no_request_without_another_and_no_refusal_in_silence(facts_of):
    assert all(e.type != "REQUEST" for e in facts_of("Peru said it needs to act quickly.").political_events)
    text = "The Kenyan government has not commented on the report."
    assert all(e.type != "REJECT" for e in facts_of(text).political_events)
    text = "Chile insisted that the talks with Peru had gone well."  # a claim of no act of force accuses no one
    assert all(e.type != "ACCUSE" for e in facts_of(text).political_events)
    text = "The Peruvian government supported the allegations against the mayor of Lima."
    assert all(e.type != "SUPPORT" for e in facts_of(text).political_events)


@pytest.mark.slow
def test_plover_news_no_threat_in_a_forecast_and_no_coercion_in_a_weapons_ban(facts_of):
    text = "President Rui Costa of Chile won the presidential election in 2024, beating five other candidates."
    assert all(e.type != "ASSAULT" for e in facts_of(text).political_events)
    for text in ("The Peruvian negotiators warned that tough talks lie ahead.",
                 "The Chilean minister warned of a humanitarian crisis in the north."):
        assert all(e.type != "THREATEN" for e in facts_of(text).political_events), text
    text = "Delegates from forty countries in Oslo drafted a treaty to ban cluster bombs."
    assert all(e.type != "COERCE" for e in facts_of(text).political_events)


@pytest.mark.slow
@pytest.mark.parametrize("text, kind", [
    ("Senator Rui Costa of Chile spoke at a campaign rally in Santiago on Monday.", "PROTEST"),
    ("President Ana Lopes of Peru made a formal protest to the Chilean embassy on Tuesday.", "PROTEST"),
    ("Governor Rui Costa of Chile, who hails from Valparaiso, opened the new bridge.", "SUPPORT"),
    ("The Peruvian foreign ministry said the march in Lima had been peaceful and was not unlawful.", "ACCUSE"),
    ("The government of Chile tried to block the sale of the port to a Peruvian company.", "COERCE"),
    ("Lima is on high alert ahead of a politically charged court ruling on the election.", "ACCUSE"),
    ("Peruvian oil companies can charge higher prices for gasoline in the north.", "ACCUSE"),
    ("Senator Rui Costa of Chile thanked his supporters in a video on Monday.", "SUPPORT"),
    ("Senator Rui Costa of Chile attacked the impeachment inquiry on Monday.", "ASSAULT"),
])
def test_plover_news_no_event_in_an_everyday_sense(facts_of, text, kind):
    assert all(e.type != kind for e in facts_of(text).political_events), text


@pytest.mark.slow
def test_plover_what_is_refused_is_no_event_of_its_own(facts_of):
    found = coded(facts_of("Chile refused to meet Peru."))
    assert found == [("REJECT", {"CL"}, {"PE"}, "asserted")], found  # no negated CONSULT; the meeting's target
    found = coded(facts_of("Ethiopia denied sending troops into Somalia."))
    assert [c[0] for c in found] == ["REJECT"], found


# "Chile refused to meet Peru ."
REFUSED = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("refused", "refuse", "VERB", "VBD", "ROOT", 1),
           ("to", "to", "PART", "TO", "aux", 3), ("meet", "meet", "VERB", "VB", "xcomp", 1),
           ("Peru", "Peru", "PROPN", "NNP", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_match_a_refusal_suppresses_what_it_refuses():
    doc = make_doc(REFUSED)
    hits = plover.match(doc)[0]
    assert hits[1].pattern.id == "ph-reject" and 3 in hits
    assert plover._governor(doc[3], hits) == "suppress"  # no negated meeting beside the REJECT

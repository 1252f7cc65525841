"""PLOVER events of news reports: orders told to someone, troops sent to another country, acts wished of
another, labour strikes and strikes on a target, insults, and cities that name a thing rather than a place.
Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from kg.extract import plover, plover_focus, plover_modality as pm, plover_subjects
from kg.extract import plover_roles

from test_extract_plover import assert_first_coded, make_doc
from test_extract_plover_sources import actors, codes

DAY = dt.date(2023, 6, 14)


def _told(rest: list[tuple]) -> list[tuple]:
    """ "Peru told Chile <rest> ." """
    return [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("told", "tell", "VERB", "VBD", "ROOT", 1),
            ("Chile", "Chile", "PROPN", "NNP", "dobj", 1), *rest, (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_match_order_told_is_a_request_a_thing_told_is_not():
    to_leave = [("to", "to", "PART", "TO", "aux", 4), ("leave", "leave", "VERB", "VB", "xcomp", 1)]
    hits, _ = plover.match(make_doc(_told(to_leave)))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-request-tell", "REQUEST")
    that_it_left = [("that", "that", "SCONJ", "IN", "mark", 5), ("it", "it", "PRON", "PRP", "nsubj", 5),
                    ("left", "leave", "VERB", "VBD", "ccomp", 1)]
    hits, _ = plover.match(make_doc(_told(that_it_left)))  # "told Chile that it left": no order
    assert 1 not in hits


def test_plover_match_act_asked_of_someone_is_a_request_not_the_act():
    """ "Peru asked Chile to release prisoners ." """
    rows = [(w.replace("told", "asked"), lemma.replace("tell", "ask"), *rest) for w, lemma, *rest in _told(
        [("to", "to", "PART", "TO", "aux", 4), ("release", "release", "VERB", "VB", "xcomp", 1),
         ("prisoners", "prisoner", "NOUN", "NNS", "dobj", 4)])]
    doc = make_doc(rows)
    hits, _ = plover.match(doc)
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-request-ask-to", "REQUEST")
    assert plover._governor(doc[4], hits) == "suppress"  # "asked Chile to release": no release coded


def test_plover_subject_of_an_act_caused_or_asked_of_an_object_is_the_object():
    """ "Peru persuaded Chile to withdraw ." acts Chile; "Peru encouraged Chile to withdraw ." is only wished."""
    to_withdraw = [("to", "to", "PART", "TO", "aux", 4), ("withdraw", "withdraw", "VERB", "VB", "xcomp", 1)]
    for verb, lemma, wished in (("persuaded", "persuade", False), ("encouraged", "encourage", True)):
        doc = make_doc([(verb, lemma, *r[2:]) if r[0] == "told" else r for r in _told(to_withdraw)])
        assert plover_subjects.subject(doc[4]) == doc[2]
        assert pm.wished(doc[4], plover.match(doc)[1]) is wished


def test_plover_match_named_state_recognised_patrols_and_fighting():
    """ "Peru recognised Chile ." is a SUPPORT; "Peru patrolled ." a MOBILIZE, "Peru fought ." an ASSAULT (by
    armed actors only: ``needs_sector``)."""
    recognised = [(w.replace("told", "recognised"), lemma.replace("tell", "recognise"), *rest)
                  for w, lemma, *rest in _told([])]
    hits, _ = plover.match(make_doc(recognised, ["B-GPE", "O", "B-GPE", "O"]))
    assert (hits[1].pattern.id, hits[1].pattern.get("object_target")) == ("ph-support-recognize-state", True)
    for verb, lemma, pid in (("patrolled", "patrol", "ph-mobilize-patrol"), ("fought", "fight", "ph-assault-fight")):
        hits, _ = plover.match(make_doc([recognised[0], (verb, lemma, "VERB", "VBD", "ROOT", 1), recognised[3]]))
        assert hits[1].pattern.id == pid and set(hits[1].pattern.get("needs_sector")) >= {"MIL", "COP"}


def _sent(rest: list[tuple], ents: list[str] | None = None):
    """ "Peru sent troops <rest> ." """
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("sent", "send", "VERB", "VBD", "ROOT", 1),
            ("troops", "troop", "NOUN", "NNS", "dobj", 1), *rest, (".", ".", "PUNCT", ".", "punct", 1)]
    return make_doc(rows, ents)


def test_plover_match_troops_sent_to_another_country_are_aid_to_the_border_a_mobilization():
    to_haiti = [("to", "to", "ADP", "IN", "prep", 1), ("Haiti", "Haiti", "PROPN", "NNP", "pobj", 3)]
    hits, _ = plover.match(_sent(to_haiti, ["B-GPE", "O", "O", "O", "B-GPE", "O"]))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-aid-send-troops", "AID")
    to_border = [("to", "to", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 5),
                 ("border", "border", "NOUN", "NN", "pobj", 3)]
    hits, _ = plover.match(_sent(to_border))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-mobilize-send", "MOBILIZE")


# "Rivals want Ortiz to resign ."
WANT = [("Rivals", "rival", "NOUN", "NNS", "nsubj", 1), ("want", "want", "VERB", "VBP", "ROOT", 1),
        ("Ortiz", "Ortiz", "PROPN", "NNP", "nsubj", 4), ("to", "to", "PART", "TO", "aux", 4),
        ("resign", "resign", "VERB", "VB", "ccomp", 1), (".", ".", "PUNCT", ".", "punct", 1)]
# "Kim spoke with Ortiz to congratulate him ." (the parser's subject for a purpose clause)
PURPOSE = [("Kim", "Kim", "PROPN", "NNP", "nsubj", 1), ("spoke", "speak", "VERB", "VBD", "ROOT", 1),
           ("with", "with", "ADP", "IN", "prep", 1), ("Ortiz", "Ortiz", "PROPN", "NNP", "nsubj", 5),
           ("to", "to", "PART", "TO", "aux", 5), ("congratulate", "congratulate", "VERB", "VB", "advcl", 1),
           ("him", "he", "PRON", "PRP", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_modality_act_wished_of_another_is_no_act_a_purpose_is():
    doc = make_doc(WANT)
    assert pm.wished(doc[4], plover.match(doc)[1])
    assert not pm.wished(doc[1], plover.match(doc)[1])  # the wish itself is marked nowhere
    doc = make_doc(PURPOSE)
    assert not pm.wished(doc[5], plover.match(doc)[1])


def test_plover_modality_act_permitted_is_no_act():
    from spacy.tokens import Doc

    from test_extract_plover import VOCAB

    # "Rivals allow Ortiz to resign ." with the infinitive's own subject, and "Congress authorised troops to attack ."
    # with an object and an open complement: what is permitted is not done (pattern pm-permitted)
    allow = [r if r[0] != "want" else ("allow", "allow", "VERB", "VBP", "ROOT", 1) for r in WANT]
    doc = make_doc(allow)
    assert pm.wished(doc[4], plover.match(doc)[1]) and not pm.wished(doc[1], plover.match(doc)[1])
    words = "Congress authorised troops to attack .".split()
    doc = Doc(VOCAB, words=words, lemmas="Congress authorise troop to attack .".split(),
              pos="PROPN VERB NOUN PART VERB PUNCT".split(), deps="nsubj ROOT dobj aux xcomp punct".split(),
              heads=[1, 1, 1, 4, 1, 1])
    assert pm.wished(doc[4], plover.match(doc)[1])


def test_plover_match_coup_is_coercion():
    from spacy.tokens import Doc

    from test_extract_plover import VOCAB

    # "The army staged a coup against Mora ." and "The army overthrew Mora ."
    doc = Doc(VOCAB, words="The army staged a coup against Mora .".split(),
              lemmas="the army stage a coup against Mora .".split(),
              pos="DET NOUN VERB DET NOUN ADP PROPN PUNCT".split(),
              deps="det nsubj ROOT det dobj prep pobj punct".split(), heads=[1, 2, 2, 4, 2, 4, 5, 2])
    hits, _ = plover.match(doc)
    assert (hits[4].pattern.id, hits[4].pattern.get("plover")) == ("ph-coerce-coup", "COERCE")
    doc = Doc(VOCAB, words="The army overthrew Mora .".split(), lemmas="the army overthrow Mora .".split(),
              pos="DET NOUN VERB PROPN PUNCT".split(), deps="det nsubj ROOT dobj punct".split(), heads=[1, 2, 2, 2, 2])
    hits, _ = plover.match(doc)
    assert (hits[2].pattern.id, hits[2].pattern.get("plover")) == ("ph-coerce-overthrow", "COERCE")


def test_plover_match_restriction_eased_is_a_concession_sanctions_eased_a_retreat():
    # "Peru eased restrictions ." / "Peru eased sanctions ." / "Peru eased the curfew .": as CAMEO2PLOVER codes
    # 081 (CONCEDE), 085 and 0814 (RETREAT)
    from spacy.tokens import Doc

    from test_extract_plover import VOCAB

    for obj, pid, kind in (("restrictions", "ph-concede-ease", "CONCEDE"),
                           ("sanctions", "ph-retreat-ease-sanctions", "RETREAT"),
                           ("curfew", "ph-retreat-ease-curfew", "RETREAT")):
        doc = Doc(VOCAB, words=["Peru", "eased", obj, "."], lemmas=["Peru", "ease", obj.rstrip("s"), "."],
                  pos=["PROPN", "VERB", "NOUN", "PUNCT"], deps=["nsubj", "ROOT", "dobj", "punct"], heads=[1, 1, 1, 1])
        hits, _ = plover.match(doc)
        assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == (pid, kind)


def test_plover_match_labour_strike_is_a_protest_a_strike_on_a_target_is_not():
    # "Dockers went on strike ." / "Rocket strikes on Haifa ."
    rows = [("Dockers", "docker", "NOUN", "NNS", "nsubj", 1), ("went", "go", "VERB", "VBD", "ROOT", 1),
            ("on", "on", "ADP", "IN", "prep", 1), ("strike", "strike", "NOUN", "NN", "pobj", 2),
            (".", ".", "PUNCT", ".", "punct", 1)]
    hits, _ = plover.match(make_doc(rows))
    assert hits[3].pattern.id == "ph-protest-on-strike" and hits[3].pattern.get("plover") == "PROTEST"
    rows = [("Rocket", "rocket", "NOUN", "NN", "compound", 1), ("strikes", "strike", "NOUN", "NNS", "ROOT", 1),
            ("on", "on", "ADP", "IN", "prep", 1), ("Haifa", "Haifa", "PROPN", "NNP", "pobj", 2),
            (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(rows)
    hits, _ = plover.match(doc)
    assert 1 not in hits or not plover._fits(doc[1], hits[1])  # "on" under the noun: a target, no labour strike


def test_plover_match_insult_is_an_accusation():
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("insulted", "insult", "VERB", "VBD", "ROOT", 1),
            ("Chile", "Chile", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    hits, _ = plover.match(make_doc(rows))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-accuse", "ACCUSE")


def test_plover_focus_city_naming_a_thing_is_not_a_place():
    # "The Kyoto Protocol talks resumed in Geneva ." (both cities of the places lexicon)
    rows = [("The", "the", "DET", "DT", "det", 3), ("Kyoto", "Kyoto", "PROPN", "NNP", "compound", 2),
            ("Protocol", "Protocol", "PROPN", "NNP", "compound", 3), ("talks", "talk", "NOUN", "NNS", "nsubj", 4),
            ("resumed", "resume", "VERB", "VBD", "ROOT", 4), ("in", "in", "ADP", "IN", "prep", 4),
            ("Geneva", "Geneva", "PROPN", "NNP", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 4)]
    doc = make_doc(rows, ["O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    assert plover_focus.focus(SimpleNamespace(doc=doc)) == ("CH",)  # type: ignore[arg-type]


def test_plover_focus_venue_country_is_addressed_last():
    from spacy.tokens import Doc

    from test_extract_plover import VOCAB

    def ctx(deps: str, heads: list[int]):
        words = "Chile criticised Peru in Singapore , at talks in Singapore .".split()
        ents = ["B-GPE", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O", "B-GPE", "O"]
        return SimpleNamespace(doc=Doc(VOCAB, words=words, deps=deps.split(), heads=heads, ents=ents))

    # Singapore is named most, but only as a venue (after "in"): the last the article addresses
    venue = ctx("nsubj ROOT dobj prep pobj punct prep pobj prep pobj punct", [1, 1, 1, 1, 3, 1, 1, 6, 7, 8, 1])
    assert plover_focus.focus(venue) == ("SG", "CL", "PE")  # type: ignore[arg-type]
    assert plover_focus.addressees(venue) == ("CL", "PE", "SG")  # type: ignore[arg-type]
    # "Chile criticised Peru and Singapore , ...": named as a party once, Singapore keeps its place
    party = ctx("nsubj ROOT dobj cc conj punct prep pobj prep pobj punct", [1, 1, 1, 2, 2, 1, 1, 6, 7, 8, 1])
    assert plover_focus.addressees(party) == ("SG", "CL", "PE")  # type: ignore[arg-type]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("Foreign Minister Ana Soto of Peru told Chile to withdraw its ambassador.", "REQUEST", {"Ana Soto"}, {"CL"},
     "asserted"),
    ("Ecuador and Bolivia asked Chile to release the two fishermen.", "REQUEST", {"EC", "BO"}, {"CL"}, "asserted"),
    ("Ecuador persuaded Chile to withdraw its troops from the border.", "RETREAT", {"CL"}, None, "asserted"),
    ("Peru recognised Taiwan.", "SUPPORT", {"PE"}, {"TW"}, "asserted"),
    ("Peruvian rebels destroyed a Chilean base.", "ASSAULT", {"PE"}, {"CL"}, "asserted"),
    ("Chilean soldiers patrolled the border with Peru.", "MOBILIZE", {"CL"}, None, "asserted"),
    ("Peruvian police evicted the squatters from the square.", "COERCE", {"PE"}, None, "asserted"),
    ("Norway and Ireland will send 300 soldiers to Mali next month.", "AID", {"NO", "IE"}, {"ML"}, "future"),
    ("The army of Peru launched air strikes and a ground raid into Chile on Sunday.", "ASSAULT", {"PE"}, {"CL"},
     "asserted"),
    ("Venezuela has ordered tanks to its border with Colombia.", "MOBILIZE", {"VE"}, {"CO"}, "asserted"),
    ("Chile complained about the tariffs imposed by Argentina last year.", "ACCUSE", {"CL"}, {"AR"}, "asserted"),
    ("Prime Minister Kenji Sato of Japan offered a formal apology to South Korea.", "CONCEDE", {"Kenji Sato"},
     {"KR"}, "asserted"),
    ("Ecuador and Peru signed a ceasefire in Brasilia on Friday.", "SUPPORT", {"EC", "PE"}, None, "asserted"),
    ("President Luis Mora of Bolivia insulted Chile's foreign minister as a coward.", "ACCUSE", {"Luis Mora"},
     None, "asserted"),
    ("General Carlos Mora led a military coup against President Ana Lopes of Bolivia.", "COERCE", {"Carlos Mora"},
     {"Ana Lopes"}, "asserted"),
    ("Chile eased travel restrictions on Peruvian citizens on Monday.", "CONCEDE", {"CL"}, None, "asserted"),
    ("The European Union lifted its sanctions on Belarus.", "RETREAT", {"EU"}, {"BY"}, "asserted"),
])
def test_plover_orders_and_troops_table(facts_of, text, kind, sources, targets, modality):
    assert_first_coded(facts_of(text), kind, sources, targets, modality)


@pytest.mark.slow
def test_plover_resignation_wished_and_air_strikes_are_no_retreat_or_protest(facts_of):
    events = facts_of("Opposition parties in Ghana want President Kofi Mensah to resign.").political_events
    assert all(e.type != "RETREAT" for e in events)
    events = facts_of("Ecuador asked Chile to release the two fishermen.").political_events
    assert [e.type for e in events] == ["REQUEST"]  # the release is asked for, not done
    events = facts_of("Ecuador encouraged Chile to withdraw its troops.").political_events
    assert all(e.type != "RETREAT" for e in events)  # encouraged, not done
    events = facts_of("The Peruvian government is fighting corruption.").political_events
    assert all(e.type != "ASSAULT" for e in events)  # no armed actor
    events = facts_of("The militia promised more rocket strikes on Haifa.").political_events
    assert all(e.type != "PROTEST" for e in events)
    events = facts_of("Thousands of teachers went on strike in Santiago on Monday.").political_events
    assert [e.type for e in events] == ["PROTEST"]
    events = facts_of("A new law in Chile allows police to arrest protesters without a warrant.").political_events
    assert all(e.type != "COERCE" for e in events)  # permitted, not done


def test_plover_attack_target_read_from_every_conjoined_object():
    # "Peru launched strikes and a raid into Chile ."
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("launched", "launch", "VERB", "VBD", "ROOT", 1),
            ("strikes", "strike", "NOUN", "NNS", "dobj", 1), ("and", "and", "CCONJ", "CC", "cc", 2),
            ("a", "a", "DET", "DT", "det", 5), ("raid", "raid", "NOUN", "NN", "conj", 2),
            ("into", "into", "ADP", "IN", "prep", 5), ("Chile", "Chile", "PROPN", "NNP", "pobj", 6),
            (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(rows)
    hits, _ = plover.match(doc)
    assert hits[1].pattern.id == "ph-assault-launch" and hits[1].pattern.get("sentence_target")
    assert [t.text for t in plover_roles.prep_objects(doc[1], hits[1])] == ["Chile"]


def test_plover_match_weapon_test_fired_is_a_mobilization_not_an_attack():
    # "Iran test - fired missiles ."
    rows = [("Iran", "Iran", "PROPN", "NNP", "nsubj", 3), ("test", "test", "NOUN", "NN", "npadvmod", 3),
            ("-", "-", "PUNCT", "HYPH", "punct", 3), ("fired", "fire", "VERB", "VBD", "ROOT", 3),
            ("missiles", "missile", "NOUN", "NNS", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 3)]
    hits, _ = plover.match(make_doc(rows))
    assert (hits[3].pattern.id, hits[3].pattern.get("plover")) == ("ph-mobilize-test-fire", "MOBILIZE")
    assert 1 not in hits  # the "test" is the trigger's, no test of its own


def test_plover_modality_date_of_the_act_accused_does_not_date_the_accusation():
    # "Peru accused Chile of plotting in 1990 ." (published 2023)
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("accused", "accuse", "VERB", "VBD", "ROOT", 1),
            ("Chile", "Chile", "PROPN", "NNP", "dobj", 1), ("of", "of", "ADP", "IN", "prep", 1),
            ("plotting", "plot", "VERB", "VBG", "pcomp", 3), ("in", "in", "ADP", "IN", "prep", 4),
            ("1990", "1990", "NUM", "CD", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(rows, ["B-GPE", "O", "B-GPE", "O", "O", "O", "B-DATE", "O"])
    assert pm.modality(doc[1], plover.match(doc)[1], DAY) == "asserted"
    assert pm.modality(doc[4], plover.match(doc)[1], DAY) == "historical"  # the plot itself is dated


def test_plover_complaint_about_what_another_did_is_addressed_to_the_doer():
    # "Peru complained about positions taken by Chile ."
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("complained", "complain", "VERB", "VBD", "ROOT", 1),
            ("about", "about", "ADP", "IN", "prep", 1), ("positions", "position", "NOUN", "NNS", "pobj", 2),
            ("taken", "take", "VERB", "VBN", "acl", 3), ("by", "by", "ADP", "IN", "agent", 4),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(rows, ["B-GPE", "O", "O", "O", "O", "O", "B-GPE", "O"])
    hits, _ = plover.match(doc)
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-accuse-complain", "ACCUSE")
    sources, targets = plover.roles_of(actors(doc), doc[1], hits[1])
    assert (codes(sources), codes(targets)) == (["PE"], ["CL"])


def test_plover_match_troops_ordered_somewhere_move_an_order_to_act_does_not():
    # "Peru ordered troops to the border ." / "Peru ordered troops to withdraw ."
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("ordered", "order", "VERB", "VBD", "ROOT", 1),
            ("troops", "troop", "NOUN", "NNS", "dobj", 1), ("to", "to", "ADP", "IN", "prep", 1),
            ("the", "the", "DET", "DT", "det", 5), ("border", "border", "NOUN", "NN", "pobj", 3),
            (".", ".", "PUNCT", ".", "punct", 1)]
    hits, _ = plover.match(make_doc(rows))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-mobilize-order", "MOBILIZE")
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("ordered", "order", "VERB", "VBD", "ROOT", 1),
            ("troops", "troop", "NOUN", "NNS", "dobj", 1), ("to", "to", "PART", "TO", "aux", 4),
            ("withdraw", "withdraw", "VERB", "VB", "xcomp", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    hits, _ = plover.match(make_doc(rows))
    assert 1 not in hits or hits[1].pattern.id != "ph-mobilize-order"


def test_plover_match_apology_and_regret_are_concessions():
    # "Peru apologized to Chile ." / "Peru offered an apology to Chile ."
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("apologized", "apologize", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "ADP", "IN", "prep", 1), ("Chile", "Chile", "PROPN", "NNP", "pobj", 2),
            (".", ".", "PUNCT", ".", "punct", 1)]
    hits, _ = plover.match(make_doc(rows))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-support-apologize", "CONCEDE")
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("offered", "offer", "VERB", "VBD", "ROOT", 1),
            ("an", "an", "DET", "DT", "det", 3), ("apology", "apology", "NOUN", "NN", "dobj", 1),
            ("to", "to", "ADP", "IN", "prep", 1), ("Chile", "Chile", "PROPN", "NNP", "pobj", 4),
            (".", ".", "PUNCT", ".", "punct", 1)]
    hits, _ = plover.match(make_doc(rows))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-concede-apology", "CONCEDE")


def test_plover_conjoined_passive_subject_is_acted_on_not_the_actor():
    # "Peru is under sanctions and was condemned by Chile ."
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1),
            ("under", "under", "ADP", "IN", "prep", 1), ("sanctions", "sanction", "NOUN", "NNS", "pobj", 2),
            ("and", "and", "CCONJ", "CC", "cc", 1), ("was", "be", "AUX", "VBD", "auxpass", 6),
            ("condemned", "condemn", "VERB", "VBN", "conj", 1), ("by", "by", "ADP", "IN", "agent", 6),
            ("Chile", "Chile", "PROPN", "NNP", "pobj", 7), (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(rows, ["B-GPE", "O", "O", "O", "O", "O", "O", "O", "B-GPE", "O"])
    hits, _ = plover.match(doc)
    sources, targets = plover.roles_of(actors(doc), doc[6], hits[6])
    assert (codes(sources), codes(targets)) == (["CL"], ["PE"])


def test_plover_modality_headline_infinitive_is_still_to_happen():
    # "Peru to expel envoy"
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 2), ("to", "to", "PART", "TO", "aux", 2),
            ("expel", "expel", "VERB", "VB", "ROOT", 2), ("envoy", "envoy", "NOUN", "NN", "dobj", 2)]
    doc = make_doc(rows)
    assert pm.modality(doc[2], plover.match(doc)[1], DAY) == "future"


def test_plover_match_named_agreement_signed_is_a_support():
    # 'Peru and Chile signed the " Declaration of Lima " .'
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 3), ("and", "and", "CCONJ", "CC", "cc", 0),
            ("Chile", "Chile", "PROPN", "NNP", "conj", 0), ("signed", "sign", "VERB", "VBD", "ROOT", 3),
            ("the", "the", "DET", "DT", "det", 6), ('"', '"', "PUNCT", "``", "punct", 6),
            ("Declaration", "Declaration", "PROPN", "NNP", "dobj", 3), ("of", "of", "ADP", "IN", "prep", 6),
            ("Lima", "Lima", "PROPN", "NNP", "pobj", 7), ('"', '"', "PUNCT", "''", "punct", 6),
            (".", ".", "PUNCT", ".", "punct", 3)]
    hits, _ = plover.match(make_doc(rows))
    assert (hits[3].pattern.id, hits[3].pattern.get("plover")) == ("ph-support-sign-named", "SUPPORT")

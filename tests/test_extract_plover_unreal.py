"""Acts the PLOVER layer does not code: an act only possible, allowed or advised ("may boycott", "should resign",
"can arrest"), a support or rejection not made ("did not endorse"), an act denied as a habit ("has never attacked").
Model-free tests on hand-built Docs, and (slow) sentences written for these tests."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract import plover
from kg.extract import plover_modality as pm

VOCAB = spacy.blank("en").vocab


def doc_of(words: str, deps: str, heads: list[int], pos: str, lemmas: str) -> Doc:
    return Doc(VOCAB, words=words.split(), deps=deps.split(), heads=heads, pos=pos.split(), lemmas=lemmas.split())


def modal_doc(modal: str, verb: str = "boycott") -> Doc:
    """"Zarovia <modal> <verb> the vote ."."""
    return doc_of(f"Zarovia {modal} {verb} the vote .", "nsubj aux ROOT det dobj punct", [2, 2, 2, 4, 2, 2],
                  "PROPN AUX VERB DET NOUN PUNCT", f"Zarovia {modal} {verb} the vote .")


def test_plover_unreal_act_under_a_modal_with_no_condition_is_not_coded():
    for modal in ("may", "can", "should", "could", "might"):
        doc = modal_doc(modal)
        marks = plover.match(doc)[1]
        assert pm.unreal(doc[2], marks) and pm.wished(doc[2], marks, "PROTEST"), modal
        assert pm.wished(doc[2], marks, "ASSAULT"), modal  # "the police can detain suspects": no act of force
        assert pm.only_possible(doc[2], marks, "ACCUSE") and pm.only_possible(doc[2], marks, "COERCE"), modal
    for modal in ("would", "will"):  # a future
        doc = modal_doc(modal)
        assert not pm.unreal(doc[2], plover.match(doc)[1]), modal
    doc = doc_of("Zarovia boycotted the vote .", "nsubj ROOT det dobj punct", [1, 1, 3, 1, 1],
                 "PROPN VERB DET NOUN PUNCT", "Zarovia boycott the vote .")
    assert not pm.wished(doc[1], plover.match(doc)[1], "PROTEST")


def test_plover_unreal_a_possible_act_of_force_said_is_kept():
    # "Belk said Zarovia could attack Velonia ." (hypothetical, or the speaker's threat)
    doc = doc_of("Belk said Zarovia could attack Velonia .", "nsubj ROOT nsubj aux ccomp dobj punct",
                 [1, 1, 4, 4, 1, 4, 1], "PROPN VERB PROPN AUX VERB PROPN PUNCT",
                 "Belk say Zarovia could attack Velonia .")
    marks = plover.match(doc)[1]
    assert pm.unreal(doc[4], marks) and pm.said_possible(doc[4])
    assert not pm.only_possible(doc[4], marks, "ASSAULT") and pm.only_possible(doc[4], marks, "PROTEST")


def test_plover_unreal_a_plan_for_a_case_is_hypothetical():
    # "Zarovia plans to deploy troops in the event of war ." (a case: pm-in-the-event) / "in the north of Velonia"
    for noun, end, modality in (("event", "war", "hypothetical"), ("north", "Velonia", "future")):
        doc = doc_of(f"Zarovia plans to deploy troops in the {noun} of {end} .",
                     "nsubj ROOT aux xcomp dobj prep det pobj prep pobj punct", [1, 1, 3, 1, 3, 3, 7, 5, 7, 8, 1],
                     "PROPN VERB PART VERB NOUN ADP DET NOUN ADP NOUN PUNCT",
                     f"Zarovia plan to deploy troop in the {noun} of {end} .")
        assert pm.modality(doc[3], plover.match(doc)[1], None) == modality, noun


def test_plover_unreal_an_act_awaited_in_a_clause_of_time_is_future():
    # "Zarovia stays until Velonia releases Belk ." / "Zarovia stayed until Velonia released Belk ."
    for tags, verb, modality in (("NNP VBZ IN NNP VBZ NNP .", "releases", "future"),
                                 ("NNP VBD IN NNP VBD NNP .", "released", "asserted")):
        doc = Doc(VOCAB, words=f"Zarovia stays until Velonia {verb} Belk .".split(),
                  deps="nsubj ROOT mark nsubj advcl dobj punct".split(), heads=[1, 1, 4, 4, 1, 4, 1],
                  pos="PROPN VERB SCONJ PROPN VERB PROPN PUNCT".split(), tags=tags.split(),
                  lemmas="Zarovia stay until Velonia release Belk .".split())
        assert pm.modality(doc[4], plover.match(doc)[1], None) == modality, verb


def test_plover_unreal_a_condition_keeps_the_act_hypothetical():
    # "If talks fail , Zarovia may boycott the vote ."
    doc = doc_of("If talks fail , Zarovia may boycott the vote .",
                 "mark nsubj advcl punct nsubj aux ROOT det dobj punct", [2, 2, 6, 6, 6, 6, 6, 8, 6, 6],
                 "SCONJ NOUN VERB PUNCT PROPN AUX VERB DET NOUN PUNCT",
                 "if talk fail , Zarovia may boycott the vote .")
    marks = plover.match(doc)[1]
    assert not pm.unreal(doc[6], marks) and pm.modality(doc[6], marks, None) == "hypothetical"


def test_plover_unreal_an_act_in_a_condition_is_not_coded():
    # "Zarovia would attack if Velonia withdrew ." / "He described the risks if Velonia withdrew ."
    for verb, wished in (("attack", True), ("describe", False)):
        doc = doc_of(f"Zarovia would {verb} if Velonia withdrew .", "nsubj aux ROOT mark nsubj advcl punct",
                     [2, 2, 2, 5, 5, 2, 2], "PROPN AUX VERB SCONJ PROPN VERB PUNCT",
                     f"Zarovia would {verb} if Velonia withdraw .")
        marks = plover.match(doc)[1]
        assert pm.conditioned(doc[5], marks) is wished and pm.wished(doc[5], marks, "RETREAT") is wished, verb
        assert not pm.conditioned(doc[2], marks), verb  # the consequence stays (hypothetical)


def coded(facts) -> list[tuple[str, str]]:
    return [(e.type, e.modality) for e in facts.political_events]


TABLE = [
    # (sentence, (type, modality) that must not be coded, (type, modality) that must be)
    ("The opposition party of Zarovia may boycott the election.", ("PROTEST", "hypothetical"), None),
    ("Senator Ana Ruiz said President Tomas Belk should step down.", ("RETREAT", "hypothetical"),
     ("REQUEST", "asserted")),
    ("President Tomas Belk might resign if the vote fails.", None, ("RETREAT", "hypothetical")),
    ("The police of Zarovia did not arrest the protesters.", None, ("COERCE", "negated")),
    ("The police of Zarovia can arrest protesters at any time.", ("COERCE", "hypothetical"), None),
    ("The Velonian minister said Zarovia could attack Velonia.", None, ("ASSAULT", "hypothetical")),
    # a plan for a case (patterns pm-in-the-event, pm-in-case-of, pm-in-such-case)
    ("Japan plans to deploy 5,000 troops in the event of a Chinese invasion of the islands.",
     ("MOBILIZE", "future"), ("MOBILIZE", "hypothetical")),
    # an act awaited in a clause of time (patterns pm-pending-clause, pm-pending-clause-aux)
    ("Britain has frozen its business deals with Zarovia until the sailors detained by Zarovian forces are released.",
     ("RETREAT", "asserted"), ("RETREAT", "future")),
    # an act denied as a habit or rule (kg.extract.plover_negated.habitual)
    ("The army of Zarovia has never attacked civilians in Velonia.", ("ASSAULT", "negated"), None),
    ("The police of Zarovia do not arrest protesters in Velonia.", ("COERCE", "negated"), None),
    ("President Tomas Belk does not intend to resign.", None, ("RETREAT", "negated")),
    # an act pledged or agreed not to be done: the pledge is the event (kg.extract.plover.pledged)
    ("Guyana and Venezuela pledged on Thursday not to use force over Essequibo.", ("ASSAULT", "negated"),
     ("AGREE", "asserted")),
    ("The presidents of Guyana and Venezuela agreed on Thursday not to threaten or use force against each other.",
     ("THREATEN", "negated"), ("AGREE", "asserted")),
    ("The presidents of Guyana and Venezuela agreed on Thursday not to threaten or use force against each other.",
     ("ASSAULT", "negated"), None),
    ("Ethiopia and Tigray forces agreed to stop fighting after talks in Pretoria.", ("ASSAULT", "negated"), None),
    ("Germany said it would not send troops to Mali.", None, ("MOBILIZE", "negated")),  # no pledge: kept
    # a support or rejection not made (kg.extract.plover_negated)
    ("The government of Zarovia did not endorse President Tomas Belk.", ("SUPPORT", "negated"), None),
    ("Zarovia has not denied the report by Velonia.", ("REJECT", "negated"), None),
    ("The government of Zarovia endorsed President Tomas Belk.", None, ("SUPPORT", "asserted")),
    ("President Tomas Belk said: \"I do not always agree with Velonia.\"", ("AGREE", "negated"), None),
    # an act in a condition (kg.extract.plover_modality.conditioned)
    ("The militia leader said the group would strike the capital if Zarovia attacked Velonia.",
     ("ASSAULT", "hypothetical"), None),
    ("The rebels said they would kill the hostages unless Zarovia withdraws its troops from Velonia.",
     ("RETREAT", "hypothetical"), None),
    ("He described the consequences if Zarovia provides military aid to Velonia.", None, ("AID", "hypothetical")),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, absent, present", TABLE)
def test_plover_unreported_table(facts_of, text, absent, present):
    found = coded(facts_of(text))
    assert absent is None or absent not in found, found
    assert present is None or present in found, found

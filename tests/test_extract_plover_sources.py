"""PLOVER sources and collective actors (:mod:`kg.extract.plover_sources`, :mod:`kg.extract.plover_actors`,
:mod:`kg.extract.plover_consult`): model-free tests on hand-built Docs, new trigger patterns, and (slow) sentences
written for these tests."""

from __future__ import annotations

import pytest

from kg import lexicon
from kg.extract import plover, plover_actors as pa, plover_modality as pm, plover_nouns as pn, plover_sources as ps
from kg.extract import plover_appraisal, plover_subjects
from kg.extract.plover_consult import body_meets
from kg.extract.plover_focus import named_country
from kg.model import Actor, Article, Evidence, Person, PoliticalEventFact

from test_extract_plover import coded, make_doc


class NoPersons:
    """A stand-in for the article context: no person anywhere (the tests are about countries and bodies)."""

    article = Article(id="t", text="")

    def persons_at(self, tok):
        return []

    def titled_at(self, tok):
        return []


def actors(doc) -> pa.Actors:
    ents = {i: e for e in doc.ents for i in range(e.start, e.end)}
    return pa.Actors(ctx=NoPersons(), role_country={}, ents=ents)  # type: ignore[arg-type]


def codes(found: list[Actor]) -> list[str | None]:
    return [a.country or a.org for a in found]


# "The G8 issued a statement . The statement called for talks ."
STATEMENT = [("The", "the", "DET", "DT", "det", 1), ("G8", "G8", "PROPN", "NNP", "nsubj", 2),
             ("issued", "issue", "VERB", "VBD", "ROOT", 2), ("a", "a", "DET", "DT", "det", 4),
             ("statement", "statement", "NOUN", "NN", "dobj", 2), (".", ".", "PUNCT", ".", "punct", 2),
             ("The", "the", "DET", "DT", "det", 7), ("statement", "statement", "NOUN", "NN", "nsubj", 8),
             ("called", "call", "VERB", "VBD", "ROOT", 8), ("for", "for", "ADP", "IN", "prep", 8),
             ("talks", "talk", "NOUN", "NNS", "pobj", 9), (".", ".", "PUNCT", ".", "punct", 8)]
STATEMENT_ENTS = ["O", "B-ORG"] + ["O"] * 10


# "Officers participating in a protest march were attacked ."
PARTICIPATING = [("Officers", "officer", "NOUN", "NNS", "nsubjpass", 7), ("participating", "participate", "VERB", "VBG",
                 "acl", 0), ("in", "in", "ADP", "IN", "prep", 1), ("a", "a", "DET", "DT", "det", 5),
                 ("protest", "protest", "NOUN", "NN", "compound", 5), ("march", "march", "NOUN", "NN", "pobj", 2),
                 ("were", "be", "AUX", "VBD", "auxpass", 7), ("attacked", "attack", "VERB", "VBN", "ROOT", 7),
                 (".", ".", "PUNCT", ".", "punct", 7)]


def test_plover_sources_event_noun_actor_from_a_light_participle():
    doc = make_doc(PARTICIPATING)
    assert ps.noun_agents(doc[5]) == [doc[0]] and ps.noun_agents(doc[4]) == [doc[0]]  # "protest" is the march's
    willing = make_doc([("Peru", "Peru", "PROPN", "NNP", "nsubj", 1),
                        ("expressed", "express", "VERB", "VBD", "ROOT", 1), ("a", "a", "DET", "DT", "det", 3), ("willingness", "willingness", "NOUN", "NN", "dobj", 1),
                        ("to", "to", "PART", "TO", "aux", 5), ("join", "join", "VERB", "VB", "acl", 3),
                        ("talks", "talk", "NOUN", "NNS", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 1)])
    assert ps.noun_agents(willing[6]) == [willing[0]]  # an infinitive, no participle: the subject above joins
    for verb, lemma, found in (("organised", "organise", [4]), ("posed", "pose", [])):  # not "the threat posed by"
        rows = [("protests", "protest", "NOUN", "NNS", "ROOT", 0), (verb, lemma, "VERB", "VBN", "acl", 0),
                ("by", "by", "ADP", "IN", "agent", 1), ("the", "the", "DET", "DT", "det", 4),
                ("union", "union", "NOUN", "NN", "pobj", 2)]
        doc = make_doc(rows)
        assert ps.noun_agents(doc[0]) == [doc[i] for i in found]


def test_plover_sources_an_event_noun_a_light_verb_only_names_has_no_agent():
    # "Velkov called the raid a crime ." / "Velkov called the raid on Monday ."
    rows = [("Velkov", "Velkov", "PROPN", "NNP", "nsubj", 1), ("called", "call", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("raid", "raid", "NOUN", "NN", "dobj", 1),
            ("a", "a", "DET", "DT", "det", 5), ("crime", "crime", "NOUN", "NN", "oprd", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]
    assert ps.noun_agents(make_doc(rows)[3]) == []  # named, not carried out
    appos = list(rows)
    appos[5] = ("crime", "crime", "NOUN", "NN", "appos", 3)  # the parser's "called [the raid, a crime]"
    assert ps.noun_agents(make_doc(appos)[3]) == []
    launched = list(appos)
    launched[1] = ("launched", "launch", "VERB", "VBD", "ROOT", 1)  # "launched the raid, a crime": launched
    doc = make_doc(launched)
    assert ps.noun_agents(doc[3]) == [doc[0]]
    plain = rows[:4] + [("on", "on", "ADP", "IN", "prep", 1), ("Monday", "Monday", "PROPN", "NNP", "pobj", 4),
                        (".", ".", "PUNCT", ".", "punct", 1)]  # "called the raid on Monday": the caller's
    doc = make_doc(plain)
    assert ps.noun_agents(doc[3]) == [doc[0]]


# "Hamas claimed responsibility for the attack ."
CLAIMED = [("Hamas", "Hamas", "PROPN", "NNP", "nsubj", 1), ("claimed", "claim", "VERB", "VBD", "ROOT", 1),
           ("responsibility", "responsibility", "NOUN", "NN", "dobj", 1), ("for", "for", "ADP", "IN", "prep", 2),
           ("the", "the", "DET", "DT", "det", 5), ("attack", "attack", "NOUN", "NN", "pobj", 3),
           (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_sources_the_act_laid_to_an_actor_is_by_that_actor():
    doc = make_doc(CLAIMED)
    assert ps.responsible(doc[5]) == [doc[0]]
    denied = make_doc([(w, "deny" if w == "claimed" else lem, *rest) for w, lem, *rest in CLAIMED])
    assert ps.responsible(denied[5]) == []  # "denied responsibility for the attack": not the denier's
    # "The attack was blamed on Hamas ."
    blamed = make_doc([("The", "the", "DET", "DT", "det", 1), ("attack", "attack", "NOUN", "NN", "nsubjpass", 3),
                       ("was", "be", "AUX", "VBD", "auxpass", 3), ("blamed", "blame", "VERB", "VBN", "ROOT", 3),
                       ("on", "on", "ADP", "IN", "prep", 3), ("Hamas", "Hamas", "PROPN", "NNP", "pobj", 4),
                       (".", ".", "PUNCT", ".", "punct", 3)])
    assert ps.responsible(blamed[1]) == [blamed[5]]
    # "Peru blamed the rebels for the attack ." / "Peru said the rebels were responsible for the attack ."
    blame = make_doc([("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("blamed", "blame", "VERB", "VBD", "ROOT", 1),
                      ("the", "the", "DET", "DT", "det", 3), ("rebels", "rebel", "NOUN", "NNS", "dobj", 1),
                      ("for", "for", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 6),
                      ("attack", "attack", "NOUN", "NN", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)])
    assert ps.responsible(blame[6]) == [blame[3]]
    said = make_doc([("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
                     ("the", "the", "DET", "DT", "det", 3), ("rebels", "rebel", "NOUN", "NNS", "nsubj", 4),
                     ("were", "be", "AUX", "VBD", "ccomp", 1), ("responsible", "responsible", "ADJ", "JJ", "acomp", 4),
                     ("for", "for", "ADP", "IN", "prep", 5), ("the", "the", "DET", "DT", "det", 8),
                     ("attack", "attack", "NOUN", "NN", "pobj", 6), (".", ".", "PUNCT", ".", "punct", 1)])
    assert ps.responsible(said[8]) == [said[3]]
    assert ps.responsible(doc[2]) == []  # no event noun after "for"


@pytest.mark.slow
def test_plover_sources_protesters_are_those_taking_part(facts_of):
    for text, source in (("Police officers participating in a protest march in Lima were attacked.", "COP"),
                         ("Two protests organised by the National Union of Rice Farmers (NURF) blocked roads in "
                          "Manila.", "NURF")):
        found = [e for e in facts_of(text).political_events if e.type == "PROTEST"]
        assert [a.sector if a.sector == "COP" else a.org for a in found[0].sources] == [source], text


def test_plover_sources_statement_speaks_for_its_issuer():
    doc = make_doc(STATEMENT, ents=STATEMENT_ENTS)
    ac = actors(doc)
    assert codes(ps.statement_issuer(ac, doc[7])) == ["G8"]  # the issuer of the statement mentioned before
    assert codes(ps.statement_issuer(ac, doc[4])) == ["G8"]  # "the G8 issued a statement"
    assert ps.statement_issuer(ac, doc[10]) == []  # "talks" is no statement
    assert ps.statement_issuer(ac, None) == []


def test_plover_sources_body_of_states_meets_alone():
    g8, ltte = pa.polity_actor("G8"), pa.polity_actor("LTTE")
    assert body_meets([g8], [])
    assert not body_meets([ltte], [])  # an armed group meeting alone is no consultation
    assert not body_meets([Actor(label="Acme Holdings", org="Acme Holdings")], [])  # a body kg does not know
    assert not body_meets([pa.polity_actor("FR")], []) and not body_meets([], [])
    assert not body_meets([g8], [pa.polity_actor("FR")])  # two parties: the ordinary rule


# "The leaders of the G8 nations met ."
LEADERS = [("The", "the", "DET", "DT", "det", 1), ("leaders", "leader", "NOUN", "NNS", "nsubj", 6),
           ("of", "of", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 5),
           ("G8", "G8", "PROPN", "NNP", "compound", 5), ("nations", "nation", "NOUN", "NNS", "pobj", 2),
           ("met", "meet", "VERB", "VBD", "ROOT", 6), (".", ".", "PUNCT", ".", "punct", 6)]


def test_plover_actors_member_nouns_reach_the_body():
    doc = make_doc(LEADERS, ents=["O", "O", "O", "O", "B-ORG", "O", "O", "O"])
    assert pa.modifier_polities(actors(doc), doc[1]) == ["G8"]
    rows = [r if r[0] != "nations" else ("towns", "town", "NOUN", "NNS", "pobj", 2) for r in LEADERS]
    doc = make_doc(rows, ents=["O", "O", "O", "O", "B-ORG", "O", "O", "O"])
    assert pa.modifier_polities(actors(doc), doc[1]) == []  # "the leaders of the G8 towns": no members


# "Chile and Peru objected . They agreed ."
BACK = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 3), ("and", "and", "CCONJ", "CC", "cc", 0),
        ("Peru", "Peru", "PROPN", "NNP", "conj", 0), ("objected", "object", "VERB", "VBD", "ROOT", 3),
        (".", ".", "PUNCT", ".", "punct", 3), ("They", "they", "PRON", "PRP", "nsubj", 6),
        ("agreed", "agree", "VERB", "VBD", "ROOT", 6), (".", ".", "PUNCT", ".", "punct", 6)]
BACK_ENTS = ["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"]


def test_plover_actors_sentence_initial_pronoun_is_the_previous_subject():
    doc = make_doc(BACK, ents=BACK_ENTS)
    ac = actors(doc)
    assert codes(pa.previous_subject(ac, doc[5])) == ["CL", "PE"]
    it = make_doc([r if r[0] != "They" else ("It", "it", "PRON", "PRP", "nsubj", 6) for r in BACK], ents=BACK_ENTS)
    assert pa.previous_subject(actors(it), it[5]) == []  # "it" is one country, not two
    assert pa.previous_subject(ac, doc[0]) == []  # not a pronoun
    first = make_doc([("They", "they", "PRON", "PRP", "nsubj", 1), ("agreed", "agree", "VERB", "VBD", "ROOT", 1)])
    assert pa.previous_subject(actors(first), first[0]) == []  # no sentence before


# "Local officials objected . They agreed ."
BACK_BODY = [("Local", "local", "ADJ", "JJ", "amod", 1), ("officials", "official", "NOUN", "NNS", "nsubj", 2),
             ("objected", "object", "VERB", "VBD", "ROOT", 2), (".", ".", "PUNCT", ".", "punct", 2),
             ("They", "they", "PRON", "PRP", "nsubj", 5), ("agreed", "agree", "VERB", "VBD", "ROOT", 5),
             (".", ".", "PUNCT", ".", "punct", 5)]


def test_plover_actors_sentence_initial_pronoun_is_the_previous_collective_subject():
    doc = make_doc(BACK_BODY)
    found = pa.previous_subject(actors(doc), doc[4])
    assert [(a.label, a.sector, a.person) for a in found] == [("Local officials", "GOV", None)]
    plan = make_doc([r if r[0] != "officials" else ("plans", "plan", "NOUN", "NNS", "nsubj", 2) for r in BACK_BODY])
    assert pa.previous_subject(actors(plan), plan[4]) == []  # "Local plans … They": no actor


# "The army said it withdrew ."
ARMY_SAID = [("The", "the", "DET", "DT", "det", 1), ("army", "army", "NOUN", "NN", "nsubj", 2),
             ("said", "say", "VERB", "VBD", "ROOT", 2), ("it", "it", "PRON", "PRP", "nsubj", 4),
             ("withdrew", "withdraw", "VERB", "VBD", "ccomp", 2), (".", ".", "PUNCT", ".", "punct", 2)]


def test_plover_subjects_it_under_a_collective_body_speaking_is_that_body():
    doc = make_doc(ARMY_SAID)
    assert plover_subjects.speaker(doc[3]).i == 1  # "the army said it withdrew": the army
    plan = make_doc([r if r[0] != "army" else ("plan", "plan", "NOUN", "NN", "nsubj", 2) for r in ARMY_SAID])
    assert plover_subjects.speaker(plan[3]).i == 3  # "the plan said it …": no actor speaks
    armies = make_doc([r if r[0] != "army" else ("armies", "army", "NOUN", "NNS", "nsubj", 2) for r in ARMY_SAID])
    assert plover_subjects.speaker(armies[3]).i == 3  # "it" is no plural body


# "Israel 's defense ministry objected ."
MINISTRY = [("Israel", "Israel", "PROPN", "NNP", "poss", 3), ("'s", "'s", "PART", "POS", "case", 0),
            ("defense", "defense", "PROPN", "NNP", "compound", 3), ("ministry", "ministry", "PROPN", "NNP", "nsubj", 4),
            ("objected", "object", "VERB", "VBD", "ROOT", 4), (".", ".", "PUNCT", ".", "punct", 4)]


def test_plover_actors_body_takes_the_country_of_its_possessive_owner():
    doc = make_doc(MINISTRY, ents=["B-GPE", "O", "B-ORG", "I-ORG", "O", "O"])
    found = pa.actors_at(actors(doc), doc[3])
    assert [(a.label, a.country) for a in found] == [("defense ministry", "IL")]


@pytest.mark.parametrize("rows, anchor, pattern", [
    # "Rice was opposed to talks ."
    ([("Rice", "Rice", "PROPN", "NNP", "nsubj", 1), ("was", "be", "AUX", "VBD", "ROOT", 1),
      ("opposed", "oppose", "VERB", "VBN", "acomp", 1), ("to", "to", "ADP", "IN", "prep", 2),
      ("talks", "talk", "NOUN", "NNS", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)], 1, "ph-reject-stance"),
    # "Chile was against the plan ."
    ([("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("was", "be", "AUX", "VBD", "ROOT", 1),
      ("against", "against", "ADP", "IN", "prep", 1), ("the", "the", "DET", "DT", "det", 4),
      ("plan", "plan", "NOUN", "NN", "pobj", 2), (".", ".", "PUNCT", ".", "punct", 1)], 1, "ph-reject-stance"),
    # "Korea announced a nuclear test ."
    ([("Korea", "Korea", "PROPN", "NNP", "nsubj", 1), ("announced", "announce", "VERB", "VBD", "ROOT", 1),
      ("a", "a", "DET", "DT", "det", 4), ("nuclear", "nuclear", "ADJ", "JJ", "amod", 4),
      ("test", "test", "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)], 4, "ph-mobilize-weapons-test"),
    # "Peru defended Chile ."
    ([("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("defended", "defend", "VERB", "VBD", "ROOT", 1),
      ("Chile", "Chile", "PROPN", "NNP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)], 1, "ph-support-defend"),
    # "Kenya insisted on a recount ."
    ([("Kenya", "Kenya", "PROPN", "NNP", "nsubj", 1), ("insisted", "insist", "VERB", "VBD", "ROOT", 1),
      ("on", "on", "ADP", "IN", "prep", 1), ("a", "a", "DET", "DT", "det", 4),
      ("recount", "recount", "NOUN", "NN", "pobj", 2), (".", ".", "PUNCT", ".", "punct", 1)], 1, "ph-request-insist"),
    # "Chile is in talks with Peru ."
    ([("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1),
      ("in", "in", "ADP", "IN", "prep", 1), ("talks", "talk", "NOUN", "NNS", "pobj", 2),
      ("with", "with", "ADP", "IN", "prep", 3), ("Peru", "Peru", "PROPN", "NNP", "pobj", 4),
      (".", ".", "PUNCT", ".", "punct", 1)], 1, "ph-consult-in-talks"),
    # "a plea from Kenya for aid"
    ([("a", "a", "DET", "DT", "det", 1), ("plea", "plea", "NOUN", "NN", "ROOT", 1),
      ("from", "from", "ADP", "IN", "prep", 1), ("Kenya", "Kenya", "PROPN", "NNP", "pobj", 2),
      ("for", "for", "ADP", "IN", "prep", 1), ("aid", "aid", "NOUN", "NN", "pobj", 4)], 1, "ph-request-noun-from"),
    # "Chile is willing to talk ."
    ([("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("is", "be", "AUX", "VBZ", "ROOT", 1),
      ("willing", "willing", "ADJ", "JJ", "acomp", 1), ("to", "to", "PART", "TO", "aux", 4),
      ("talk", "talk", "VERB", "VB", "xcomp", 2), (".", ".", "PUNCT", ".", "punct", 1)], 1, "ph-agree-willing"),
    # "the G20 summit ended ."
    ([("the", "the", "DET", "DT", "det", 2), ("G20", "G20", "PROPN", "NNP", "compound", 2),
      ("summit", "summit", "NOUN", "NN", "nsubj", 3), ("ended", "end", "VERB", "VBD", "ROOT", 3),
      (".", ".", "PUNCT", ".", "punct", 3)], 2, "ph-consult-body-summit"),
])
def test_plover_match_stances_tests_and_bodies(rows, anchor, pattern):
    hits, _ = plover.match(make_doc(rows))
    assert hits[anchor].pattern.id == pattern


def test_plover_match_a_plain_test_is_no_show_of_force():
    # "Korea announced a driving test ."
    rows = [("Korea", "Korea", "PROPN", "NNP", "nsubj", 1), ("announced", "announce", "VERB", "VBD", "ROOT", 1),
            ("a", "a", "DET", "DT", "det", 4), ("driving", "driving", "NOUN", "NN", "compound", 4),
            ("test", "test", "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(rows)
    hits, _ = plover.match(doc)
    assert 4 not in hits or not plover._fits(doc[4], hits[4])


# "Iran said Israel would suffer a response ."
WARNING = [("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("said", "say", "VERB", "VBD", "ROOT", 1),
           ("Israel", "Israel", "PROPN", "NNP", "nsubj", 4), ("would", "would", "AUX", "MD", "aux", 4),
           ("suffer", "suffer", "VERB", "VB", "ccomp", 1), ("a", "a", "DET", "DT", "det", 6),
           ("response", "response", "NOUN", "NN", "dobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
WARNING_ENTS = ["B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"]


def test_plover_sources_a_warning_said_of_another_is_the_speakers():
    doc = make_doc(WARNING, ents=WARNING_ENTS)
    hits, _ = plover.match(doc)
    assert hits[4].pattern.id == "ph-threaten-consequences" and hits[4].pattern.get("said_to")
    assert codes(ps.speaker_of(actors(doc), doc[4])) == ["IR"]
    knew = make_doc([r if r[0] != "said" else ("knew", "know", "VERB", "VBD", "ROOT", 1) for r in WARNING],
                    ents=WARNING_ENTS)
    assert ps.speaker_of(actors(knew), knew[4]) == []  # "Iran knew Israel would suffer …" is no warning


def test_plover_modality_event_noun_subject_of_a_future_verb():
    # "the protest will take place ." / "the protest will not take place ."
    rows = [("the", "the", "DET", "DT", "det", 1), ("protest", "protest", "NOUN", "NN", "nsubj", 3),
            ("will", "will", "AUX", "MD", "aux", 3), ("take", "take", "VERB", "VB", "ROOT", 3),
            ("place", "place", "NOUN", "NN", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 3)]
    doc = make_doc(rows)
    _, marks = plover.match(doc)
    assert pm.modality(doc[1], marks, None) == "future"
    past = make_doc([r if r[0] != "will" else ("did", "do", "AUX", "VBD", "aux", 3) for r in rows])
    assert pm.modality(past[1], plover.match(past)[1], None) == "asserted"


def test_plover_actors_untagged_name_with_of_phrase_and_relative_clause():
    # "The Group of Seven , which met , held talks ." (no entity tagged)
    rows = [("The", "the", "DET", "DT", "det", 1), ("Group", "Group", "PROPN", "NNP", "nsubj", 8),
            ("of", "of", "ADP", "IN", "prep", 1), ("Seven", "Seven", "PROPN", "NNP", "pobj", 2),
            (",", ",", "PUNCT", ",", "punct", 1), ("which", "which", "PRON", "WDT", "nsubj", 6),
            ("met", "meet", "VERB", "VBD", "relcl", 1), (",", ",", "PUNCT", ",", "punct", 1),
            ("held", "hold", "VERB", "VBD", "ROOT", 8), ("talks", "talk", "NOUN", "NNS", "dobj", 8),
            (".", ".", "PUNCT", ".", "punct", 8)]
    doc = make_doc(rows)
    assert pn.phrase_polity(doc[1]) == "G7"  # "Group of Seven", not the whole phrase with its relative clause


def test_plover_actors_unknown_body_goes_by_its_bracketed_acronym():
    # "the United Islamic Courts ( UIC ) attacked ."
    rows = [("the", "the", "DET", "DT", "det", 3), ("United", "United", "PROPN", "NNP", "compound", 3),
            ("Islamic", "Islamic", "PROPN", "NNP", "compound", 3), ("Courts", "Courts", "PROPN", "NNPS", "nsubj", 7),
            ("(", "(", "PUNCT", "-LRB-", "punct", 3), ("UIC", "UIC", "PROPN", "NNP", "appos", 3),
            (")", ")", "PUNCT", "-RRB-", "punct", 3), ("attacked", "attack", "VERB", "VBD", "ROOT", 7),
            (".", ".", "PUNCT", ".", "punct", 7)]
    doc = make_doc(rows, ents=["O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O"])
    found = pa.actors_at(actors(doc), doc[3])
    assert [(a.label, a.org) for a in found] == [("United Islamic Courts", "UIC")]
    plain = make_doc(rows[:3] + [("Courts", "Courts", "PROPN", "NNPS", "nsubj", 4),
                                 ("attacked", "attack", "VERB", "VBD", "ROOT", 4), (".", ".", "PUNCT", ".", "punct", 4)],
                     ents=["O", "B-ORG", "I-ORG", "I-ORG", "O", "O"])
    assert [a.org for a in pa.actors_at(actors(plain), plain[3])] == ["United Islamic Courts"]


def test_plover_protest_joined_is_a_protest_and_in_protest_over_is_a_manner():
    # "Swedes joined the protest ."
    rows = [("Swedes", "Swedes", "PROPN", "NNPS", "nsubj", 1), ("joined", "join", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("protest", "protest", "NOUN", "NN", "dobj", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]
    hits, _ = plover.match(make_doc(rows))
    assert hits[1].pattern.id == "ph-protest-join" and hits[1].pattern.get("plover") == "PROTEST"
    # "he resigned in protest over the law ."
    rows = [("he", "he", "PRON", "PRP", "nsubj", 1), ("resigned", "resign", "VERB", "VBD", "ROOT", 1),
            ("in", "in", "ADP", "IN", "prep", 1), ("protest", "protest", "NOUN", "NN", "pobj", 2),
            ("over", "over", "ADP", "IN", "prep", 3), ("the", "the", "DET", "DT", "det", 6),
            ("law", "law", "NOUN", "NN", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(rows)
    hits, _ = plover.match(doc)
    assert hits[3].pattern.id == "ph-protest-noun" and not plover._fits(doc[3], hits[3])


def _in_canada(subject: str, verb: tuple[str, str], noun: str, participle: tuple[str, str] | None) -> list[tuple]:
    """ "The <subject> <verb> the <noun> [<participle>] in Canada .": the place on the participle's clause, or on
    the verb's object."""
    rows = [("The", "the", "DET", "DT", "det", 1), (subject, subject, "NOUN", "NN", "nsubj", 2),
            (verb[0], verb[1], "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
            (noun, noun, "NOUN", "NN", "dobj", 2)]
    if participle:
        rows.append((participle[0], participle[1], "VERB", "VBN", "acl", 4))
    n = len(rows)
    return rows + [("in", "in", "ADP", "IN", "prep", n - 1), ("Canada", "Canada", "PROPN", "NNP", "pobj", n),
                   (".", ".", "PUNCT", ".", "punct", 2)]


def test_plover_actors_place_of_a_clause_aside_does_not_locate_the_event():
    rows = _in_canada("government", ("accused", "accuse"), "group", ("banned", "ban"))
    doc = make_doc(rows, ents=["O"] * 7 + ["B-GPE", "O"])
    assert named_country(doc[2]) is None  # Canada bans the group; the accusation is not located there
    assert named_country(doc[5]) == "CA"  # the ban itself is
    doc = make_doc(_in_canada("police", ("arrested", "arrest"), "man", None), ents=["O"] * 6 + ["B-GPE", "O"])
    assert named_country(doc[2]) == "CA"  # "arrested the man in Canada": the own clause's place


def _passive(subject: tuple[str, str, str], verb: tuple[str, str]) -> list[tuple]:
    """ "The <subject> was <verb> .": the passive of a release or pardon, no agent named."""
    return [("The", "the", "DET", "DT", "det", 1), (subject[0], subject[1], subject[2], "NN", "nsubjpass", 3),
            ("was", "be", "AUX", "VBD", "auxpass", 3), (verb[0], verb[1], "VERB", "VBN", "ROOT", 3),
            (".", ".", "PUNCT", ".", "punct", 3)]


@pytest.mark.parametrize("subject, verb, ents, pattern", [
    (("prisoner", "prisoner", "NOUN"), ("freed", "free"), None, "ph-retreat-released-captives"),
    (("Costa", "Costa", "PROPN"), ("released", "release"), ["O", "B-PERSON", "O", "O", "O"],
     "ph-retreat-released-person"),
    (("report", "report", "NOUN"), ("released", "release"), None, None),  # a report released: no one freed
    (("prisoner", "prisoner", "NOUN"), ("pardoned", "pardon"), None, "ph-concede-pardon"),  # a pardon concedes
])
def test_plover_match_passive_release_and_pardon(subject, verb, ents, pattern):
    hits, _ = plover.match(make_doc(_passive(subject, verb), ents=ents))
    assert (hits[3].pattern.id if 3 in hits else None) == pattern
    if pattern:
        assert hits[3].pattern.get("state_act")  # no agent named: the state where it happens


def _rows(spec: str) -> list[tuple]:
    """Rows for :func:`make_doc` from "word/lemma/POS/TAG/dep/head" items separated by spaces."""
    items = (i.split("/") for i in spec.split())
    return [(w, lemma, pos, tag, dep, int(head)) for w, lemma, pos, tag, dep, head in items]


# "Peru announced the release , saying they were pardoned ."
SAYING = _rows("Peru/Peru/PROPN/NNP/nsubj/1 announced/announce/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
               "release/release/NOUN/NN/dobj/1 ,/,/PUNCT/,/punct/1 saying/say/VERB/VBG/advcl/1 "
               "they/they/PRON/PRP/nsubjpass/8 were/be/AUX/VBD/auxpass/8 pardoned/pardon/VERB/VBN/ccomp/5 "
               "././PUNCT/./punct/1")


# "Peru said it will attack Chile ."
VOWED = _rows("Peru/Peru/PROPN/NNP/nsubj/1 said/say/VERB/VBD/ROOT/1 it/it/PRON/PRP/nsubj/4 will/will/AUX/MD/aux/4 "
              "attack/attack/VERB/VB/ccomp/1 Chile/Chile/PROPN/NNP/dobj/4 ././PUNCT/./punct/1")


def test_plover_sources_own_attack_said_by_its_actor_is_a_threat_a_sanction_is_not():
    doc = make_doc(VOWED, ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "O"])
    ac, (_, marks) = actors(doc), plover.match(doc)
    peru = pa.actors_of(ac, doc[0])
    assert pm.modality(doc[4], marks, None) == "future"
    assert plover_appraisal.threat(ac, doc[4], marks, "ASSAULT", "future", peru)  # "Peru said it will attack Chile"
    assert not plover_appraisal.threat(ac, doc[4], marks, "SANCTION", "future", peru)  # an announced sanction is planned
    assert not plover_appraisal.threat(ac, doc[4], marks, "ASSAULT", "future", pa.actors_of(ac, doc[5]))  # not the speaker's


def _protest(doc, source: Actor, i: int = 1) -> PoliticalEventFact:
    ev = Evidence("t", doc.text, 0, doc[i].idx, doc[i].idx + len(doc[i]), "plover:test")
    return PoliticalEventFact(f"p{i}", "PROTEST", (source,), (), "asserted", ev)


def test_plover_sources_definite_protest_noun_after_a_named_protest_is_restated():
    grew = "rally/rally/NOUN/NN/nsubj/2 grew/grow/VERB/VBD/ROOT/2 ././PUNCT/./punct/2"
    doc = make_doc(_rows(f"The/the/DET/DT/det/1 {grew}"))
    crowd = pa.polity_actor("PE", "CVL", "protesters")
    named = _protest(doc, Actor(label="Ana Costa", country="PE"))
    assert ps.restated(doc[1], _protest(doc, crowd), [named])  # "X held a rally. The rally grew": X's rally
    assert not ps.restated(doc[1], _protest(doc, crowd), [_protest(doc, crowd)])  # no named protest before
    indefinite = make_doc(_rows(f"A/a/DET/DT/det/1 {grew}"))
    assert not ps.restated(indefinite[1], _protest(indefinite, crowd), [named])  # "a rally": another one


def test_plover_sources_reporter_of_a_clause_under_a_participle_is_the_main_subject():
    doc = make_doc(SAYING, ents=["B-GPE"] + ["O"] * 9)
    assert codes(plover_subjects.reporter(actors(doc), doc[8])) == ["PE"]  # "Peru announced …, saying they were pardoned"


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", [
    ("The leaders of the G8 nations met in Berlin on Sunday.", "CONSULT", {"G8"}, set(), "asserted"),
    ("The G7 held its annual meeting in Tokyo on Friday.", "CONSULT", {"G7"}, set(), "asserted"),
    ("This year the 35th G20 summit took place in Toronto.", "CONSULT", {"G20"}, set(), "asserted"),
    ("The G8 leaders issued a statement on Monday. The statement called for an end to the violence in Darfur.",
     "REQUEST", {"G8"}, None, "asserted"),
    ("Chile and Peru protested the decision on Monday. They have, however, indicated their willingness to resume "
     "talks.", "AGREE", {"CL", "PE"}, None, "asserted"),
    ("Foreign Minister Ana Costa of Brazil said she was opposed to including Venezuela in the talks.", "REJECT",
     {"Ana Costa"}, {"VE"}, "asserted"),
    ("Brazil, Argentina and Chile have resisted any ban on beef exports.", "REJECT", {"BR", "AR", "CL"}, None,
     "asserted"),
    ("The Ugandan delegation was firmly against the proposal by Kenya.", "REJECT", {"UG"}, {"KE"}, "asserted"),
    ("Egypt's foreign ministry held Ethiopia responsible for the crisis.", "ACCUSE", {"EG"}, {"ET"}, "asserted"),
    ("North Korea announced its second nuclear weapons test on Tuesday.", "MOBILIZE", {"KP"}, set(), "asserted"),
    ("Ecuador repeatedly defended Bolivia.", "SUPPORT", {"EC"}, {"BO"}, "asserted"),
    ("Canada conveyed its unwavering support for Japan.", "SUPPORT", {"CA"}, {"JP"}, "asserted"),
    ("Kenya insisted on a recount of the votes.", "REQUEST", {"KE"}, None, "asserted"),
    ("Turkey responded to the remarks, saying that Greece would face serious consequences.", "THREATEN", {"TR"},
     {"GR"}, "asserted"),
    ("The spokeswoman added that Japan would never take any options off the table.", "THREATEN", {"JP"}, None,
     "asserted"),
    ("Germany has stated that it wants a diplomatic solution, but it may use military force.", "THREATEN", {"DE"},
     None, "asserted"),
    ("Foreign Minister Ana Costa of Brazil said she hopes Venezuela would release the prisoners.", "REQUEST",
     {"Ana Costa"}, {"VE"}, "asserted"),
    ("Senator Ana Costa of Brazil testified that the standard for dismissal was too high, and that Argentina should "
     "take action on the matter.", "REQUEST", {"Ana Costa"}, {"AR"}, "asserted"),
    ("Another protest against the government will take place in Lima next week.", "PROTEST", None, None, "future"),
    ("Thousands of Chileans joined the protest in Santiago on Sunday.", "PROTEST", {"CL"}, {"CL"}, "asserted"),
    ("Colombia is engaging in a dialogue with Venezuela over the border.", "CONSULT", {"CO"}, {"VE"}, "asserted"),
    ("The ministers answered a plea from Kenya for emergency food aid.", "REQUEST", {"KE"}, None, "asserted"),
    ("The United States has been willing to hold negotiations with Iran.", "AGREE", {"US"}, {"IR"}, "asserted"),
    ("Morocco does not recognise the new government of Mali.", "REJECT", {"MA"}, {"ML"}, "asserted"),
    ("The World Bank and the IMF held their annual Spring Meeting in Washington.", "CONSULT", {"WB", "IMF"},
     {"WB", "IMF"}, "asserted"),  # each the other's counterpart
    ("The National Union of Rice Farmers (NURF) organised a rally against the government in Manila.", "PROTEST",
     {"NURF"}, {"PH"}, "asserted"),
    ("Opposition leader Ana Costa was released from prison in Lima on Monday.", "RETREAT", {"PE"}, None,
     "asserted"),
    ("Chile's president said that the two activists would be released next week.", "RETREAT", {"CL"}, None,
     "future"),
    ("Peru's cabinet met on Monday. Ana Costa was granted bail by a court in Lima.", "RETREAT", {"PE"}, None,
     "asserted"),
    ("President Ana Costa of Peru pardoned 40 prisoners on Monday.", "CONCEDE", {"Ana Costa"}, None, "asserted"),
    ("Chile's foreign ministry summoned the Peruvian ambassador. President Ana Costa of Peru announced the release "
     "of the two Chilean fishermen, saying they had been pardoned.", "CONCEDE", {"PE"}, None, "asserted"),
    ("Egypt's cabinet met on Monday. The government has accused the Muslim Brotherhood, an organisation outlawed in "
     "countries such as Russia and Syria, of plotting the attacks.", "ACCUSE", {"EG"}, None, "asserted"),
    ("Aid agencies rejected the Sudanese government's plan for the camps.", "REJECT", {"SD"}, None, "asserted"),
    ("Critics accused the Peruvian government of corruption.", "ACCUSE", {"PE"}, {"PE"}, "asserted"),
    ("Many opposition members have criticised President Ana Lopes of Peru.", "ACCUSE", {"PE"}, {"Ana Lopes"},
     "asserted"),
    ("Senior Cabinet Ministers rejected the proposal by Chile.", "REJECT", {"Cabinet Ministers"}, {"CL"},
     "asserted"),
    ("Hamas claimed responsibility for the rocket attack on the town on Tuesday.", "ASSAULT", {"Hamas"}, None,
     "asserted"),
    ("The bombing of the police station in Kandahar was blamed on the Taliban.", "ASSAULT", {"TALIBAN"}, None,
     "asserted"),
])
def test_plover_sources_table(facts_of, text, kind, sources, targets, modality):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert found, coded(facts_of(text))
    _, got_sources, got_targets, got_modality = found[0]
    assert got_modality == modality
    if sources is not None:
        assert got_sources == sources
    if targets is not None:
        assert got_targets == targets


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Minister Dario Velkov called the bombing a senseless crime.",
                                  "Peru called the invasion of the islands illegal."])
def test_plover_sources_an_attack_a_speaker_names_is_not_the_speakers(facts_of, text):
    coded_ = coded(facts_of(text))
    assert [c for c in coded_ if c[0] == "ASSAULT"] == [], coded_
    assert [c for c in coded_ if c[0] == "ACCUSE"], coded_  # the naming itself is the speaker's


@pytest.mark.slow
def test_plover_sources_a_defended_idea_is_no_support(facts_of):
    assert [c for c in coded(facts_of("Ecuador defended religious freedom.")) if c[0] == "SUPPORT"] == []


@pytest.mark.slow
def test_plover_sources_a_summit_where_persons_met_is_no_body_consultation(facts_of):
    facts = facts_of("On the margins of the G7 summit in Rome, Chancellor Olaf Scholz met President Emmanuel Macron.")
    assert [c for c in coded(facts) if c[0] == "CONSULT" and "G7" in c[1]] == []


@pytest.mark.slow
def test_plover_sources_the_rally_again_is_the_named_rally(facts_of):
    facts = facts_of("Opposition leader Ana Costa held a rally in Lima on Sunday. The rally drew thousands of people.")
    assert [c[1] for c in coded(facts) if c[0] == "PROTEST"] == [{"Ana Costa"}]  # not a second rally by Peruvians


@pytest.mark.slow
def test_plover_sources_a_report_released_is_no_retreat(facts_of):
    assert [c for c in coded(facts_of("The report was released in Lima on Monday.")) if c[0] == "RETREAT"] == []


@pytest.mark.slow
def test_plover_sources_a_call_from_a_country_alone_is_no_request(facts_of):
    facts = facts_of("President Ana Costa of Brazil received a call from Argentina on Monday.")
    assert [c for c in coded(facts) if c[0] == "REQUEST"] == []


@pytest.mark.slow
def test_plover_sources_not_wanting_to_act_is_no_rejection(facts_of):
    assert [c for c in coded(facts_of("Morocco does not want to send troops to Mali.")) if c[0] == "REJECT"] == []


@pytest.mark.slow
def test_plover_sources_resigning_in_protest_over_a_law_is_no_demonstration(facts_of):
    assert [c for c in coded(facts_of("The minister resigned in protest over the new law.")) if c[0] == "PROTEST"] == []


def test_plover_sources_capitalised_plural_agent_is_read_as_its_singular():
    # "Cabinet Ministers rejected it ." (the model leaves "Ministers" unlemmatised) / "Cabinet ministers …"
    rows = [("Cabinet", "Cabinet", "PROPN", "NNP", "compound", 1),
            ("Ministers", "Ministers", "PROPN", "NNPS", "nsubj", 2),
            ("rejected", "reject", "VERB", "VBD", "ROOT", 2), ("it", "it", "PRON", "PRP", "dobj", 2),
            (".", ".", "PUNCT", ".", "punct", 2)]
    assert pn.sector_of(make_doc(rows)[1]) == "GOV"
    rows[1] = ("Ministries", "Ministries", "PROPN", "NNP", "nsubj", 2)  # a singular tag: no guess
    assert pn.sector_of(make_doc(rows)[1]) is None
    for noun, sector in (("critic", "OPP"), ("agency", "NGO")):
        lead = "aid" if noun == "agency" else "war"
        rows[:2] = [(lead, lead, "NOUN", "NN", "compound", 1), (noun + "s", noun, "NOUN", "NNS", "nsubj", 2)]
        assert pn.sector_of(make_doc(rows)[1]) == sector, noun


# "talks involving Chile and Peru"
INVOLVING = [("talks", "talk", "NOUN", "NNS", "ROOT", 0), ("involving", "involve", "VERB", "VBG", "acl", 0),
             ("Chile", "Chile", "PROPN", "NNP", "dobj", 1), ("and", "and", "CCONJ", "CC", "cc", 2),
             ("Peru", "Peru", "PROPN", "NNP", "conj", 2)]


def test_plover_sources_participants_of_an_event_noun():
    doc = make_doc(INVOLVING)
    assert ps.participants(doc[0]) == [doc[2], doc[4]]
    other = make_doc([r if r[0] != "involving" else ("praising", "praise", "VERB", "VBG", "acl", 0)
                      for r in INVOLVING])
    assert ps.participants(other[0]) == []  # "talks praising Chile": no participant


# "The leaders agreed ."
LEADERS_AGREED = [("The", "the", "DET", "DT", "det", 1), ("leaders", "leader", "NOUN", "NNS", "nsubj", 2),
                  ("agreed", "agree", "VERB", "VBD", "ROOT", 2), (".", ".", "PUNCT", ".", "punct", 2)]


def test_plover_actors_leaders_are_the_meeting_participants_before_a_collective_actor():
    doc = make_doc(LEADERS_AGREED)
    ac = actors(doc)
    assert [(a.label, a.sector) for a in pa.actors_at(ac, doc[1])] == [("leaders", "GOV")]  # agents.tsv
    ac.meetings.append((0, (Person("q1", "Ana Pérez"), Person("q2", "Luis Soto"))))
    assert [a.person.name for a in pa.actors_at(ac, doc[1]) if a.person] == ["Ana Pérez", "Luis Soto"]


# "The court ruled the decree unconstitutional ." / "The senator said the decree was illegal ."
RULED = _rows("The/the/DET/DT/det/1 court/court/NOUN/NN/nsubj/2 ruled/rule/VERB/VBD/ROOT/2 the/the/DET/DT/det/4 "
              "decree/decree/NOUN/NN/nsubj/5 unconstitutional/unconstitutional/ADJ/JJ/ccomp/2 ././PUNCT/./punct/2")
SAID_ILLEGAL = _rows("The/the/DET/DT/det/1 senator/senator/NOUN/NN/nsubj/2 said/say/VERB/VBD/ROOT/2 "
                     "the/the/DET/DT/det/4 decree/decree/NOUN/NN/nsubj/5 was/be/AUX/VBD/ccomp/2 "
                     "illegal/illegal/ADJ/JJ/acomp/5 ././PUNCT/./punct/2")


def test_plover_court_finding_an_act_unlawful_is_a_sanction_a_politician_saying_so_an_accusation():
    hits, _ = plover.match(make_doc(RULED))
    assert (hits[2].pattern.id, hits[2].pattern.get("plover")) == ("ph-sanction-court-ruling", "SANCTION")
    hits, _ = plover.match(make_doc(SAID_ILLEGAL))
    assert hits[2].pattern.get("plover") == "ACCUSE"


# "Zorka rockets killed two soldiers ." (Zorka: an organisation kg's lexicon lacks)
ROCKETS = _rows("Zorka/Zorka/PROPN/NNP/compound/1 rockets/rocket/NOUN/NNS/nsubj/2 killed/kill/VERB/VBD/ROOT/2 "
                "two/two/NUM/CD/nummod/4 soldiers/soldier/NOUN/NNS/dobj/2 ././PUNCT/./punct/2")


def test_plover_weapon_named_by_its_owner_stands_for_the_owner():
    doc = make_doc(ROCKETS, ents=["B-ORG", "O", "O", "O", "O", "O"])
    assert "rocket" in lexicon.words("plover-instrument-nouns")
    assert [a.org for a in pa.actors_of(actors(doc), doc[1])] == ["Zorka"]  # "Zorka rockets killed": Zorka
    bare = make_doc(_rows("rockets/rocket/NOUN/NNS/nsubj/1 killed/kill/VERB/VBD/ROOT/1 ././PUNCT/./punct/1"))
    assert pa.actors_of(actors(bare), bare[0]) == []  # a weapon no one is named for is no actor


# word/lemma/POS/TAG/dep/head rows, the trigger's index, the pattern that matches it, and whether it is coded there
TRIGGERS = [
    ("The/the/DET/DT/det/1 rebels/rebel/NOUN/NNS/nsubj/2 vowed/vow/VERB/VBD/ROOT/2 to/to/PART/TO/aux/4 "
     "retaliate/retaliate/VERB/VB/xcomp/2 ././PUNCT/./punct/2", 2, "ph-threaten-vow-force", True),  # a threat
    ("The/the/DET/DT/det/1 rebels/rebel/NOUN/NNS/nsubj/2 vowed/vow/VERB/VBD/ROOT/2 to/to/PART/TO/aux/4 "
     "help/help/VERB/VB/xcomp/2 ././PUNCT/./punct/2", 2, "ph-agree", True),  # a vow to help is a promise
    ("Peru/Peru/PROPN/NNP/nsubj/1 committed/commit/VERB/VBD/ROOT/1 crimes/crime/NOUN/NNS/dobj/1 ././PUNCT/./punct/1",
     1, "ph-agree", False),  # "committed crimes": no pledge
    ("Velonia/Velonia/PROPN/NNP/nsubj/1 agreed/agree/VERB/VBD/ROOT/1 to/to/ADP/IN/prep/1 talks/talk/NOUN/NNS/pobj/2 "
     "././PUNCT/./punct/1", 1, "ph-agree-to", True),  # agreed to something: an agreement
    ("Dorn/Dorn/PROPN/NNP/nsubj/1 agreed/agree/VERB/VBD/ROOT/1 ,/,/PUNCT/,/punct/1 saying/say/VERB/VBG/advcl/1 "
     "it/it/PRON/PRP/nsubj/5 failed/fail/VERB/VBD/ccomp/3 ././PUNCT/./punct/1", 1, "ph-agree-to", False),  # an opinion
    ("The/the/DET/DT/det/1 IRA/IRA/PROPN/NNP/nsubj/2 decommissioned/decommission/VERB/VBD/ROOT/2 "
     "its/its/PRON/PRP$/poss/4 weapons/weapon/NOUN/NNS/dobj/2 ././PUNCT/./punct/2", 2, "ph-retreat-decommission", True),
    ("Police/police/NOUN/NNS/nsubj/1 disarmed/disarm/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 "
     "gunman/gunman/NOUN/NN/dobj/1 ././PUNCT/./punct/1", 1, "ph-retreat-surrender", False),  # another disarmed
    ("The/the/DET/DT/det/1 president/president/NOUN/NN/nsubj/2 dismissed/dismiss/VERB/VBD/ROOT/2 the/the/DET/DT/det/5 "
     "army/army/NOUN/NN/compound/5 chief/chief/NOUN/NN/dobj/2 ././PUNCT/./punct/2", 2, "ph-sanction-dismiss-office",
     True),  # an office holder dismissed: a SANCTION ("dismissed the case" stays a REJECT, ph-reject)
    ("Troops/troop/NOUN/NNS/nsubj/1 raided/raid/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 village/village/NOUN/NN/dobj/1 "
     "././PUNCT/./punct/1", 1, "ph-assault-raid", True),  # armed forces' raid: an attack
    ("Police/police/NOUN/NNS/nsubj/1 raided/raid/VERB/VBD/ROOT/1 the/the/DET/DT/det/3 house/house/NOUN/NN/dobj/1 "
     "././PUNCT/./punct/1", 1, "ph-coerce-seize", True),  # a police raid: a seizure
]


def test_plover_hazard_noun_and_its_place_name_no_actor():
    # "Lima crash kills seven ." : a hazard, and the place before it names no actor; "Lima police" stay Peru's
    crash = make_doc(_rows("Lima/Lima/PROPN/NNP/compound/1 crash/crash/NOUN/NN/nsubj/2 kills/kill/VERB/VBZ/ROOT/2 "
                           "seven/seven/NUM/CD/dobj/2 ././PUNCT/./punct/2"), ents=["B-GPE", "O", "O", "B-CARDINAL", "O"])
    assert "crash" in lexicon.words("plover-hazard-words")
    assert pa.actors_of(actors(crash), crash[1]) == []
    police = make_doc(_rows("Lima/Lima/PROPN/NNP/compound/1 police/police/NOUN/NNS/nsubj/2 "
                            "arrested/arrest/VERB/VBD/ROOT/2 seven/seven/NUM/CD/dobj/2 ././PUNCT/./punct/2"),
                      ents=["B-GPE", "O", "O", "B-CARDINAL", "O"])
    assert codes(pa.actors_of(actors(police), police[1])) == ["PE"]


def test_plover_support_noun_needs_whom():
    # "Dorn 's support is strong ." names no one supported: no SUPPORT; "Dorn 's support for Peru grew ." does
    bare = make_doc(_rows("Dorn/Dorn/PROPN/NNP/poss/2 's/'s/PART/POS/case/0 support/support/NOUN/NN/nsubj/3 "
                          "is/be/AUX/VBZ/ROOT/3 strong/strong/ADJ/JJ/acomp/3 ././PUNCT/./punct/3"))
    assert 2 not in plover.match(bare)[0]
    given = make_doc(_rows("Dorn/Dorn/PROPN/NNP/poss/2 's/'s/PART/POS/case/0 support/support/NOUN/NN/nsubj/5 "
                           "for/for/ADP/IN/prep/2 Peru/Peru/PROPN/NNP/pobj/3 grew/grow/VERB/VBD/ROOT/5 "
                           "././PUNCT/./punct/5"))
    assert plover.match(given)[0][2].pattern.id == "ph-support-noun"


def test_plover_aid_approved_needs_whom_it_is_for():
    # "The Senate approved the aid package ." : a budget approved, coded only with whom it is for (target_required)
    doc = make_doc(_rows("The/the/DET/DT/det/1 Senate/Senate/PROPN/NNP/nsubj/2 approved/approve/VERB/VBD/ROOT/2 "
                         "the/the/DET/DT/det/5 aid/aid/NOUN/NN/compound/5 package/package/NOUN/NN/dobj/2 ././PUNCT/./punct/2"))
    hit = plover.match(doc)[0][2]
    assert hit.pattern.id == "ph-aid-approve" and hit.pattern.get("target_required") is True
    sent = make_doc(_rows("Chile/Chile/PROPN/NNP/nsubj/1 sent/send/VERB/VBD/ROOT/1 aid/aid/NOUN/NN/dobj/1 "
                          "././PUNCT/./punct/1"))
    assert plover.match(sent)[0][1].pattern.id == "ph-aid-provide"  # aid given needs no target


@pytest.mark.parametrize("spec, trigger, pattern_id, fits", TRIGGERS)
def test_plover_vows_of_force_weapons_given_up_and_dismissals(spec, trigger, pattern_id, fits):
    doc = make_doc(_rows(spec))
    hits, _ = plover.match(doc)
    assert hits[trigger].pattern.id == pattern_id and plover._fits(doc[trigger], hits[trigger]) == fits


# "Police detained them . They were released ."
DETAINED = [("Police", "police", "NOUN", "NNS", "nsubj", 1), ("detained", "detain", "VERB", "VBD", "ROOT", 1),
            ("them", "they", "PRON", "PRP", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1),
            ("They", "they", "PRON", "PRP", "nsubjpass", 6), ("were", "be", "AUX", "VBD", "auxpass", 6),
            ("released", "release", "VERB", "VBN", "ROOT", 6), (".", ".", "PUNCT", ".", "punct", 6)]


@pytest.mark.parametrize("act, found", [
    (("detained", "detain"), ["ZW"]),  # the release is by those who held them
    (("beat", "beat"), []),  # an act of force that took no one captive: the state where it happens, as before
])
def test_plover_sources_release_is_by_the_detainer(act, found):
    rows = [(*act, *r[2:]) if r[0] == "detained" else r for r in DETAINED]
    doc = make_doc(rows)
    ac = actors(doc)
    police = Actor(label="police", country="ZW", sector="COP")
    ac.acts.append((doc[1].idx, (police,)))
    assert codes(ps.detainer(ac, doc[6])) == found
    assert ps.detainer(ac, doc[1]) == []  # not a release
    ac.acts[0] = (doc[1].idx, (Actor(label="suspects", country="GB", sector="CRM"),))
    assert ps.detainer(ac, doc[6]) == []  # no state's act: the state where it happens, as before

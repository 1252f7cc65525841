"""PLOVER event layer: model-free tests of the helpers on hand-built Docs, the resources, and (slow) a table of
sentences written for these tests, one or more per PLOVER type and per modality."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from types import SimpleNamespace

import pytest
import spacy
from conftest import ROOT, SHARED
from spacy.tokens import Doc

from kg.extract import orgnames, plover, plover_actors, plover_nouns, plover_targets
from kg.extract import plover_details as pd
from kg.extract import plover_modality as pm
from kg.extract.plover_consult import consult_events
from kg.model import MODALITIES, Actor, EventFact, Evidence, Person, Place
from kg.patterns import family

TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
         "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
VOCAB = spacy.blank("en").vocab


def make_doc(rows, ents=None):
    """A parsed Doc from (word, lemma, pos, tag, dep, head index) rows; ``ents`` as BILOU-free IOB tags."""
    words = [r[0] for r in rows]
    return Doc(VOCAB, words=words, spaces=[True] * len(words), lemmas=[r[1] for r in rows],
               pos=[r[2] for r in rows], tags=[r[3] for r in rows], deps=[r[4] for r in rows],
               heads=[r[5] for r in rows], ents=ents)


# "Israel did not attack Gaza ."
NEGATED = [("Israel", "Israel", "PROPN", "NNP", "nsubj", 3), ("did", "do", "AUX", "VBD", "aux", 3),
           ("not", "not", "PART", "RB", "neg", 3), ("attack", "attack", "VERB", "VB", "ROOT", 3),
           ("Gaza", "Gaza", "PROPN", "NNP", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 3)]
# "China will impose sanctions on Japan ."
FUTURE = [("China", "China", "PROPN", "NNP", "nsubj", 2), ("will", "will", "AUX", "MD", "aux", 2),
          ("impose", "impose", "VERB", "VB", "ROOT", 2), ("sanctions", "sanction", "NOUN", "NNS", "dobj", 2),
          ("on", "on", "ADP", "IN", "prep", 2), ("Japan", "Japan", "PROPN", "NNP", "pobj", 4),
          (".", ".", "PUNCT", ".", "punct", 2)]
# "In 1995 NATO bombed Serbia ."
HISTORICAL = [("In", "in", "ADP", "IN", "prep", 3), ("1995", "1995", "NUM", "CD", "pobj", 0),
              ("NATO", "NATO", "PROPN", "NNP", "nsubj", 3), ("bombed", "bomb", "VERB", "VBD", "ROOT", 3),
              ("Serbia", "Serbia", "PROPN", "NNP", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 3)]
# "If Iran attacks , Israel would retaliate ."
CONDITIONAL = [("If", "if", "SCONJ", "IN", "mark", 2), ("Iran", "Iran", "PROPN", "NNP", "nsubj", 2),
               ("attacks", "attack", "VERB", "VBZ", "advcl", 6), (",", ",", "PUNCT", ",", "punct", 6),
               ("Israel", "Israel", "PROPN", "NNP", "nsubj", 6), ("would", "would", "AUX", "MD", "aux", 6),
               ("retaliate", "retaliate", "VERB", "VB", "ROOT", 6), (".", ".", "PUNCT", ".", "punct", 6)]
# "Police arrested 40 protesters ."
COUNTED = [("Police", "police", "NOUN", "NNS", "nsubj", 1), ("arrested", "arrest", "VERB", "VBD", "ROOT", 1),
           ("40", "40", "NUM", "CD", "nummod", 3), ("protesters", "protester", "NOUN", "NNS", "dobj", 1),
           (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_match_finds_trigger_and_marks_on_hand_built_doc():
    doc = make_doc(NEGATED)
    hits, marks = plover.match(doc)
    assert hits[3].pattern.get("plover") == "ASSAULT"
    assert "negation" in marks[2]


def test_plover_match_converted_object_matches_the_lemma_of_a_plural():
    # "Protesters threw rocks ." : the token's lemma is "rock", the dictionary's word "rocks"
    rows = [("Protesters", "protester", "NOUN", "NNS", "nsubj", 1), ("threw", "throw", "VERB", "VBD", "ROOT", 1),
            ("rocks", "rock", "NOUN", "NNS", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]
    hits, _ = plover.match(make_doc(rows))
    assert (hits[1].pattern.id, hits[1].used) == ("pc-throw+rocks", (2,))


def test_plover_match_prefers_verb_object_pattern_and_consumes_object():
    hits, _ = plover.match(make_doc(FUTURE))
    assert hits[2].pattern.id == "ph-sanction-impose" and hits[2].used == (3,)
    assert 3 not in hits  # "sanctions" is not a second trigger


@pytest.mark.parametrize("rows, trigger, ents, expected", [
    (NEGATED, 3, None, "negated"),
    (FUTURE, 2, None, "future"),
    (HISTORICAL, 3, ["O", "B-DATE", "O", "O", "O", "O"], "historical"),
    (CONDITIONAL, 2, None, "hypothetical"),
    (CONDITIONAL, 6, None, "hypothetical"),
    (COUNTED, 1, None, "asserted"),
])
def test_plover_modality_of_hand_built_sentences(rows, trigger, ents, expected):
    doc = make_doc(rows, ents)
    _, marks = plover.match(doc)
    assert pm.modality(doc[trigger], marks, dt.date(2023, 6, 14)) == expected


# "In 2007 , Prodi survived a crisis during which he resigned ."
RELATIVE = [("In", "in", "ADP", "IN", "prep", 4), ("2007", "2007", "NUM", "CD", "pobj", 0),
            (",", ",", "PUNCT", ",", "punct", 4), ("Prodi", "Prodi", "PROPN", "NNP", "nsubj", 4),
            ("survived", "survive", "VERB", "VBD", "ROOT", 4), ("a", "a", "DET", "DT", "det", 6),
            ("crisis", "crisis", "NOUN", "NN", "dobj", 4), ("during", "during", "ADP", "IN", "prep", 10),
            ("which", "which", "PRON", "WDT", "pobj", 7), ("he", "he", "PRON", "PRP", "nsubj", 10),
            ("resigned", "resign", "VERB", "VBD", "relcl", 6), (".", ".", "PUNCT", ".", "punct", 4)]
# "In December 2007 Prodi resigned ."
MONTH = [("In", "in", "ADP", "IN", "prep", 4), ("December", "December", "PROPN", "NNP", "pobj", 0),
         ("2007", "2007", "NUM", "CD", "nummod", 1), ("Prodi", "Prodi", "PROPN", "NNP", "nsubj", 4),
         ("resigned", "resign", "VERB", "VBD", "ROOT", 4), (".", ".", "PUNCT", ".", "punct", 4)]


def test_plover_modality_historical_reads_the_clause_above_and_bare_years():
    relative = make_doc(RELATIVE, ents=["O", "B-DATE"] + ["O"] * 10)
    assert pm.modality(relative[10], {}, dt.date(2008, 1, 24)) == "historical"  # a bare year of the year before
    month = make_doc(MONTH, ents=["O", "B-DATE", "I-DATE", "O", "O", "O"])
    assert pm.modality(month[4], {}, dt.date(2008, 1, 24)) == "asserted"  # a month weeks before
    assert pm.modality(month[4], {}, dt.date(2009, 3, 1)) == "historical"
    assert pm.modality(month[4], {}, dt.date(2008, 11, 30)) == "historical"  # 11 months before
    assert pm.modality(month[4], {}, dt.date(2008, 6, 1)) == "historical"  # six months before
    assert pm.modality(month[4], {}, dt.date(2008, 4, 30)) == "asserted"  # four months before: the news


# "In March Prodi resigned ." / "Prodi voided the March vote ." (the month on the noun)
IN_MARCH = [("In", "in", "ADP", "IN", "prep", 3), ("March", "March", "PROPN", "NNP", "pobj", 0),
            ("Prodi", "Prodi", "PROPN", "NNP", "nsubj", 3), ("resigned", "resign", "VERB", "VBD", "ROOT", 3),
            (".", ".", "PUNCT", ".", "punct", 3)]
MARCH_VOTE = [("Prodi", "Prodi", "PROPN", "NNP", "nsubj", 1), ("voided", "void", "VERB", "VBD", "ROOT", 1),
              ("the", "the", "DET", "DT", "det", 4), ("March", "March", "PROPN", "NNP", "compound", 4),
              ("vote", "vote", "NOUN", "NN", "dobj", 1), (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_modality_month_without_year_months_back_is_historical():
    month = make_doc(IN_MARCH, ents=["O", "B-DATE", "O", "O", "O"])
    assert pm.modality(month[3], {}, dt.date(2008, 7, 2)) == "historical"  # four months before
    assert pm.modality(month[3], {}, dt.date(2008, 4, 20)) == "asserted"  # last month: the news
    # told in the past, a month after the article's is last year's: ten months before (plover_modality._months_before)
    assert pm.modality(month[3], {}, dt.date(2008, 1, 20)) == "historical"
    noun = make_doc(MARCH_VOTE, ents=["O", "O", "O", "B-DATE", "O", "O"])
    assert pm.modality(noun[1], {}, dt.date(2008, 7, 2)) == "asserted"  # the vote's month, not the act's


def test_plover_modality_month_reaches_the_act_through_prepositions_and_adverbs_only():
    # "Earlier in March Prodi resigned ." / "Prodi resigned , as announced in March ."
    earlier = [("Earlier", "early", "ADV", "RBR", "advmod", 4), *[(*r[:5], r[5] + 1) for r in IN_MARCH]]
    earlier[1] = (*earlier[1][:5], 0)
    doc = make_doc(earlier, ents=["O", "O", "B-DATE", "O", "O", "O"])
    assert pm.modality(doc[4], {}, dt.date(2008, 7, 2)) == "historical"
    announced = [("Prodi", "Prodi", "PROPN", "NNP", "nsubj", 1), ("resigned", "resign", "VERB", "VBD", "ROOT", 1),
                 (",", ",", "PUNCT", ",", "punct", 1), ("as", "as", "SCONJ", "IN", "mark", 4),
                 ("announced", "announce", "VERB", "VBN", "advcl", 1), ("in", "in", "ADP", "IN", "prep", 4),
                 ("March", "March", "PROPN", "NNP", "pobj", 5), (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(announced, ents=["O"] * 6 + ["B-DATE", "O"])
    assert pm.modality(doc[1], {}, dt.date(2008, 7, 2)) == "asserted"  # the announcement's month


def test_plover_modality_last_month_name_reaches_into_the_year_before():
    # "In last March Prodi resigned ."
    rows = [("In", "in", "ADP", "IN", "prep", 4), ("last", "last", "ADJ", "JJ", "amod", 2),
            ("March", "March", "PROPN", "NNP", "pobj", 0), *[(*r[:5], r[5] + 1) for r in IN_MARCH[2:]]]
    doc = make_doc(rows, ents=["O", "B-DATE", "I-DATE", "O", "O", "O"])
    assert pm.modality(doc[4], {}, dt.date(2008, 3, 20)) == "historical"  # a year back


# "Peru apologised to Chile last year ." / "Peru condemned the raid last year ." (the date on the noun)
LAST_YEAR = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("apologised", "apologise", "VERB", "VBD", "ROOT", 1),
             ("to", "to", "ADP", "IN", "prep", 1), ("Chile", "Chile", "PROPN", "NNP", "pobj", 2),
             ("last", "last", "ADJ", "JJ", "amod", 5), ("year", "year", "NOUN", "NN", "npadvmod", 1),
             (".", ".", "PUNCT", ".", "punct", 1)]
ON_NOUN = [LAST_YEAR[0], ("condemned", "condemn", "VERB", "VBD", "ROOT", 1), ("the", "the", "DET", "DT", "det", 3),
           ("raid", "raid", "NOUN", "NN", "dobj", 1), LAST_YEAR[4], (*LAST_YEAR[5][:5], 3), LAST_YEAR[6]]


def test_plover_modality_last_year_said_of_the_act_is_historical():
    dates = ["O", "O", "O", "O", "B-DATE", "I-DATE", "O"]
    assert pm.modality(make_doc(LAST_YEAR, dates)[1], {}, dt.date(2008, 3, 2)) == "historical"
    assert pm.modality(make_doc(ON_NOUN, dates)[1], {}, dt.date(2008, 3, 2)) == "asserted"  # the raid's date
    assert pm.modality(make_doc(LAST_YEAR)[1], {}, dt.date(2008, 3, 2)) == "asserted"  # no DATE entity


# "Peru is waiting to meet Chile ." / "the imminent resignation"
WAITING = [(*LAST_YEAR[0][:5], 2), ("is", "be", "AUX", "VBZ", "aux", 2), ("waiting", "wait", "VERB", "VBG", "ROOT", 2),
           ("to", "to", "PART", "TO", "aux", 4), ("meet", "meet", "VERB", "VB", "xcomp", 2),
           (*LAST_YEAR[3][:4], "dobj", 4), (*LAST_YEAR[6][:5], 2)]


def test_plover_modality_waited_for_or_imminent_act_is_future():
    doc = make_doc(WAITING)
    assert pm.modality(doc[4], plover.match(doc)[1], dt.date(2008, 3, 2)) == "future"
    noun = make_doc([("the", "the", "DET", "DT", "det", 2), ("imminent", "imminent", "ADJ", "JJ", "amod", 2),
                     ("resignation", "resignation", "NOUN", "NN", "ROOT", 2)])
    assert pm.modality(noun[2], {}, dt.date(2008, 3, 2)) == "future"


# "Peru tried to attack Chile ."
TRIED = [(*LAST_YEAR[0][:5], 1), ("tried", "try", "VERB", "VBD", "ROOT", 1), ("to", "to", "PART", "TO", "aux", 3),
         ("attack", "attack", "VERB", "VB", "xcomp", 1), (*LAST_YEAR[3][:4], "dobj", 3), (*LAST_YEAR[6][:5], 1)]


@pytest.mark.parametrize("verb, lemma, tag", [("tried", "try", "VBD"), ("attempted", "attempt", "VBD")])
def test_plover_modality_attempted_act_is_asserted(verb, lemma, tag):
    """An attempt is an act made, not one planned: "Peru tried to attack Chile" (pm-intent has no try, attempt)."""
    doc = make_doc([TRIED[0], (verb, lemma, "VERB", tag, "ROOT", 1), *TRIED[2:]])
    hits, marks = plover.match(doc)
    assert hits[3].pattern.get("plover") == "ASSAULT"
    assert pm.modality(doc[3], marks, dt.date(2008, 3, 2)) == "asserted"


def test_plover_match_contradicting_verbs_are_rejections_not_their_adjective():
    """ "Peru refuted the claims ." is a REJECT; "the disputed region" no act."""
    rows = [(*LAST_YEAR[0][:5], 1), ("refuted", "refute", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("claims", "claim", "NOUN", "NNS", "dobj", 1),
            (*LAST_YEAR[6][:5], 1)]
    hits, _ = plover.match(make_doc(rows))
    assert (hits[1].pattern.id, hits[1].pattern.get("plover")) == ("ph-reject-refute", "REJECT")
    region = make_doc([("the", "the", "DET", "DT", "det", 2), ("disputed", "dispute", "VERB", "VBN", "amod", 2),
                       ("region", "region", "NOUN", "NN", "ROOT", 2)])
    assert 1 not in plover.match(region)[0]


def test_plover_match_protest_noun_modifying_another_noun_is_no_protest():
    """ "Riot police guarded the march ." : the march is a protest, "riot" (a compound) names the police."""
    rows = [("Riot", "riot", "NOUN", "NN", "compound", 1), ("police", "police", "NOUN", "NNS", "nsubj", 2),
            ("guarded", "guard", "VERB", "VBD", "ROOT", 2), ("the", "the", "DET", "DT", "det", 4),
            ("march", "march", "NOUN", "NN", "dobj", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    hits, _ = plover.match(make_doc(rows))
    assert 0 not in hits and hits[4].pattern.id == "ph-protest-noun"


def test_plover_modality_without_publication_date_is_never_historical():
    doc = make_doc(HISTORICAL, ["O", "B-DATE", "O", "O", "O", "O"])
    _, marks = plover.match(doc)
    assert pm.modality(doc[3], marks, None) == "asserted"


def test_plover_conditional_consequence_is_not_the_condition():
    doc = make_doc(CONDITIONAL)
    _, marks = plover.match(doc)
    assert pm.conditional_consequence(doc[6], marks) and not pm.conditional_consequence(doc[2], marks)


def test_plover_counts_read_the_verb_of_the_counted_noun():
    doc = make_doc(COUNTED)
    assert pd.counts(doc[0:5]) == (("arrested", 40),)


def test_plover_number_words_and_vague_amounts():
    doc = Doc(VOCAB, words=["12", "3,500", "seven", "dozens"])
    assert [pd.number(t) for t in doc] == [12, 3500, 7, None]


def test_plover_sector_of_compound_and_plain_noun():
    # "security forces fired" / "troops"
    doc = make_doc([("security", "security", "NOUN", "NN", "compound", 1), ("forces", "force", "NOUN", "NNS", "nsubj", 2),
                    ("fired", "fire", "VERB", "VBD", "ROOT", 2), ("troops", "troop", "NOUN", "NNS", "dobj", 2)])
    assert plover_nouns.sector_of(doc[1]) == "COP" and plover_nouns.sector_of(doc[3]) == "MIL"  # PETRARCH: COP
    assert plover_nouns.sector_of(doc[2]) is None


def test_plover_modifier_polities_of_compound_actor():
    # "Hungarian and Romanian officials"
    doc = make_doc([("Hungarian", "hungarian", "ADJ", "JJ", "amod", 3), ("and", "and", "CCONJ", "CC", "cc", 0),
                    ("Romanian", "romanian", "ADJ", "JJ", "conj", 0), ("officials", "official", "NOUN", "NNS", "ROOT", 3)],
                   ents=["B-NORP", "O", "B-NORP", "O"])
    ac = plover_actors.Actors(ctx=None, role_country={}, ents={i: e for e in doc.ents for i in range(e.start, e.end)})
    assert plover_actors.modifier_polities(ac, doc[3]) == ["HU", "RO"]


def test_plover_modifier_polities_of_a_named_state_body():
    # "White House officials": the body (agents.tsv "white house" → US) names the officials' country
    doc = make_doc([("White", "White", "PROPN", "NNP", "compound", 1), ("House", "House", "PROPN", "NNP", "compound", 2),
                    ("officials", "official", "NOUN", "NNS", "ROOT", 2)], ents=["B-ORG", "I-ORG", "O"])
    ac = plover_actors.Actors(ctx=None, role_country={}, ents={i: e for e in doc.ents for i in range(e.start, e.end)})
    assert plover_actors.modifier_polities(ac, doc[2]) == ["US"]
    plain = make_doc([("Acme", "Acme", "PROPN", "NNP", "compound", 1), ("officials", "official", "NOUN", "NNS", "ROOT", 1)],
                     ents=["B-ORG", "O"])
    ac = plover_actors.Actors(ctx=None, role_country={}, ents={i: e for e in plain.ents for i in range(e.start, e.end)})
    assert plover_actors.modifier_polities(ac, plain[1]) == []


# "The Tamil Tigers attacked the camp ." (no entity tagged) and "Suspected Tamil Tiger rebels attacked ." (each
# word of the name hung on the noun)
TIGERS = [("The", "the", "DET", "DT", "det", 2), ("Tamil", "Tamil", "PROPN", "NNP", "compound", 2),
          ("Tigers", "Tigers", "PROPN", "NNPS", "nsubj", 3), ("attacked", "attack", "VERB", "VBD", "ROOT", 3),
          ("the", "the", "DET", "DT", "det", 5), ("camp", "camp", "NOUN", "NN", "dobj", 3),
          (".", ".", "PUNCT", ".", "punct", 3)]
FLAT = [("Suspected", "Suspected", "PROPN", "NNP", "compound", 3), ("Tamil", "Tamil", "PROPN", "NNP", "compound", 3),
        ("Tiger", "Tiger", "PROPN", "NNP", "compound", 3), ("rebels", "rebel", "NOUN", "NNS", "nsubj", 4),
        ("attacked", "attack", "VERB", "VBD", "ROOT", 4), (".", ".", "PUNCT", ".", "punct", 4)]


def test_plover_actors_phrase_polity_reads_compounds_of_an_untagged_name():
    assert plover_nouns.phrase_polity(make_doc(TIGERS)[2]) == "LTTE"
    assert plover_nouns.phrase_polity(make_doc(FLAT)[2]) == "LTTE"  # "Tamil Tiger", not "Suspected Tamil Tiger"
    assert plover_nouns.phrase_polity(make_doc(FLAT)[1]) is None  # "Tamil" alone names no organisation
    assert plover_nouns.phrase_polity(make_doc(NEGATED)[0]) == "IL"


def test_plover_protest_without_target_is_against_the_state_where_it_happens():
    crowd = Actor(label="protesters", country="BY", sector="CVL")
    assert [a.country for a in plover_targets.home_target([crowd], None)] == ["BY"]
    person = Actor(label="Anna Petrova")
    assert [a.country for a in plover_targets.home_target([person], "GE")] == ["GE"]
    union = Actor(label="European Union", country="EU", org="EU")
    assert [a.country for a in plover_targets.home_target([union], "BE")] == ["BE"]
    assert plover_targets.home_target([], "BE") == [] and plover_targets.home_target([person], None) == []


def test_plover_reaction_answers_the_last_act_of_force_nearby():
    doc = make_doc(NEGATED)  # any Doc: only the token's offset counts
    hamas, un = Actor(label="Hamas", org="Hamas"), Actor(label="United Nations", country="UN", org="UN")
    ac = plover_actors.Actors(ctx=None, role_country={}, ents={}, acts=[(0, (hamas,))])  # type: ignore[arg-type]
    assert plover_targets.reaction_target(ac, doc[3], [un]) == [hamas]
    assert plover_targets.reaction_target(ac, doc[3], [hamas]) == []  # not the speaker's own act
    ac.acts = [(doc[3].idx + 1, (hamas,))]
    assert plover_targets.reaction_target(ac, doc[3], [un]) == []  # an act reported after the reaction


def test_plover_match_call_for_clause_and_seek_resignation():
    # "The panel calls for the troops to be withdrawn ." with "for" parsed as the clause's mark
    rows = [("The", "the", "DET", "DT", "det", 1), ("panel", "panel", "NOUN", "NN", "nsubj", 2),
            ("calls", "call", "VERB", "VBZ", "ROOT", 2), ("for", "for", "SCONJ", "IN", "mark", 8),
            ("the", "the", "DET", "DT", "det", 5), ("troops", "troop", "NOUN", "NNS", "nsubjpass", 8),
            ("to", "to", "PART", "TO", "aux", 8), ("be", "be", "AUX", "VB", "auxpass", 8),
            ("withdrawn", "withdraw", "VERB", "VBN", "advcl", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    hits, _ = plover.match(make_doc(rows))
    assert hits[2].pattern.id == "ph-request-call-clause" and hits[2].pattern.get("inner") == "suppress"
    # "Italy sought the resignation of the governor ."
    rows = [("Italy", "Italy", "PROPN", "NNP", "nsubj", 1), ("sought", "seek", "VERB", "VBD", "ROOT", 1),
            ("the", "the", "DET", "DT", "det", 3), ("resignation", "resignation", "NOUN", "NN", "dobj", 1),
            ("of", "of", "ADP", "IN", "prep", 3), ("the", "the", "DET", "DT", "det", 6),
            ("governor", "governor", "NOUN", "NN", "pobj", 4), (".", ".", "PUNCT", ".", "punct", 1)]
    hits, _ = plover.match(make_doc(rows))
    assert hits[1].pattern.id == "ph-request-seek" and hits[1].used == (3,)


def test_plover_match_war_and_aggression_need_a_named_owner():
    # "Russia 's war against Ukraine ." / "its war against Ukraine ."
    rows = [("Russia", "Russia", "PROPN", "NNP", "poss", 2), ("'s", "'s", "PART", "POS", "case", 0),
            ("war", "war", "NOUN", "NN", "ROOT", 2), ("against", "against", "ADP", "IN", "prep", 2),
            ("Ukraine", "Ukraine", "PROPN", "NNP", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 2)]
    hits, _ = plover.match(make_doc(rows))
    assert hits[2].pattern.id == "ph-assault-war"
    rows[0] = ("its", "its", "PRON", "PRP$", "poss", 2)
    hits, _ = plover.match(make_doc(rows))
    assert 2 not in hits  # a pronoun owner is not resolved for a war
    # "the Iraq war ." (a compound names where, not who)
    rows = [("the", "the", "DET", "DT", "det", 2), ("Iraq", "Iraq", "PROPN", "NNP", "compound", 2),
            ("war", "war", "NOUN", "NN", "ROOT", 2), (".", ".", "PUNCT", ".", "punct", 2)]
    hits, _ = plover.match(make_doc(rows))
    assert 2 not in hits
    # "Russian aggression ."
    rows = [("Russian", "russian", "ADJ", "JJ", "amod", 1), ("aggression", "aggression", "NOUN", "NN", "ROOT", 1),
            (".", ".", "PUNCT", ".", "punct", 1)]
    hits, _ = plover.match(make_doc(rows))
    assert hits[1].pattern.id == "ph-assault-aggression"


def test_plover_match_commitment_to_act_is_an_agreement_to_a_thing_support():
    # "Chile reaffirmed its commitment to strengthen ties ."
    rows = [("Chile", "Chile", "PROPN", "NNP", "nsubj", 1), ("reaffirmed", "reaffirm", "VERB", "VBD", "ROOT", 1),
            ("its", "its", "PRON", "PRP$", "poss", 3), ("commitment", "commitment", "NOUN", "NN", "dobj", 1),
            ("to", "to", "PART", "TO", "aux", 5), ("strengthen", "strengthen", "VERB", "VB", "acl", 3),
            ("ties", "tie", "NOUN", "NNS", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 1)]
    hits, _ = plover.match(make_doc(rows))
    assert hits[1].pattern.id == "ph-agree-commitment" and 5 not in hits
    # "Chile reaffirmed its commitment to Peru 's security ."
    rows = rows[:4] + [("to", "to", "ADP", "IN", "prep", 3), ("Peru", "Peru", "PROPN", "NNP", "poss", 7),
                       ("'s", "'s", "PART", "POS", "case", 5), ("security", "security", "NOUN", "NN", "pobj", 4),
                       (".", ".", "PUNCT", ".", "punct", 1)]
    hits, _ = plover.match(make_doc(rows))
    assert hits[1].pattern.get("plover") == "SUPPORT"


def test_plover_match_concern_voiced_is_an_accusation():
    # "Peru raised concerns about China 's policies ."
    rows = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("raised", "raise", "VERB", "VBD", "ROOT", 1),
            ("concerns", "concern", "NOUN", "NNS", "dobj", 1), ("about", "about", "ADP", "IN", "prep", 2),
            ("China", "China", "PROPN", "NNP", "poss", 6), ("'s", "'s", "PART", "POS", "case", 4),
            ("policies", "policy", "NOUN", "NNS", "pobj", 3), (".", ".", "PUNCT", ".", "punct", 1)]
    hits, _ = plover.match(make_doc(rows))
    assert hits[1].pattern.id == "ph-accuse-concern" and hits[1].pattern.get("min_actors") == 2


@pytest.mark.slow
def test_plover_concern_about_no_actor_is_no_event(facts_of):
    assert not [c for c in coded(facts_of("The mayor expressed concern about the economy.")) if c[0] == "ACCUSE"]


def _event(kind, people, host=None, cameo="040"):
    ev = Evidence("a", "s", 0, 0, 1, "event:m-meet")
    return EventFact("e1", kind, tuple(people), ev, host=host, location=Place("Mexico City", "MX"), cameo=cameo)


def test_plover_consult_conversion_keeps_persons_and_modes():
    a, b, c = Person("Q1", "Ann A"), Person("Q2", "Bob B"), Person("Q3", "Cy C")
    ac = plover_actors.Actors(ctx=None, role_country={"Q1": "US", "Q2": "MX"}, ents={})
    summit, visit, call, intent = consult_events([
        _event("summit", [a, b, c], host=b, cameo="043"), _event("visit", [a, b], host=b, cameo="042"),
        _event("call", [a, b], cameo="041"), _event("intent", [a, c])], ac)
    assert summit.type == "CONSULT" and summit.mode == "host"
    assert [s.person for s in summit.sources] == [a, b, c] and summit.location.name == "Mexico City"
    assert [(t.person, t.rule) for t in summit.targets] == [(a, "each-other"), (b, "each-other"), (c, "each-other")]
    assert [s.person for s in visit.sources] == [a] and [t.person for t in visit.targets] == [b]
    assert visit.sources[0].country == "US" and visit.mode == "visit"
    assert call.mode == "phone" and intent.modality == "future" and intent.cameo == "036"
    assert summit.evidence.rule == "plover:consult+event:m-meet"


def test_plover_consult_of_a_meeting_dated_long_before_the_article_is_historical():
    a, b = Person("Q1", "Ann A"), Person("Q2", "Bob B")
    ctx = SimpleNamespace(article=SimpleNamespace(date=dt.date(2006, 2, 3)))
    ac = plover_actors.Actors(ctx=ctx, role_country={"Q1": "US", "Q2": "GB"}, ents={})
    old, recent, undated = consult_events([replace(_event("meeting", [a, b]), date=dt.date(2003, 1, 31)),
                                           replace(_event("meeting", [a, b]), date=dt.date(2006, 1, 30)),
                                           _event("meeting", [a, b])], ac)
    assert (old.modality, recent.modality, undated.modality) == ("historical", "asserted", "asserted")


def test_plover_patterns_are_data_with_types_codes_and_comments():
    hand, converted = family("plover"), family("plover_cameo")
    triggers = [p for p in hand if not p.get("mark")]
    assert {p.get("plover") for p in triggers} == set(TYPES)
    assert len(converted) > 500 and {p.get("plover") for p in converted} <= set(TYPES)
    table = plover.cameo_table()
    assert all(p.get("cameo") in table for p in (*triggers, *converted))
    assert {"negation", "future-aux", "modal", "intent-head", "future-date", "conditional"} <= \
        {p.get("mark") for p in hand if p.get("mark")}


def test_plover_cameo_table_maps_codes_to_plover_types():
    table = plover.cameo_table()
    assert table["042"]["plover"] == "CONSULT" and table["042"]["mode"] == "visit"
    assert table["173"]["plover"] == "COERCE" and table["173"]["mode"] == "arrest"
    assert {row["plover"] for row in table.values()} == set(TYPES)


def test_plover_agents_lexicon_sectors():
    agents = plover_nouns.agents()
    assert (agents["troop"], agents["protester"], agents["rebel"], agents["police"]) == ("MIL", "CVL", "REB", "COP")
    assert orgnames.institutions()["state department"] == ("GOV", "US")


def test_plover_converted_resources_are_reproducible(tmp_path, monkeypatch):
    src = SHARED / "event-dictionaries"
    if not (src / "petrarch2-CAMEO.2.0.txt").exists():
        pytest.skip(f"event dictionaries not found at {src}")
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_plover", ROOT / "tools" / "build_plover_patterns.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    (tmp_path / "patterns").mkdir()
    monkeypatch.setattr(mod, "RES", tmp_path)
    mod.main(src)
    for name in ("cameo2plover.tsv", "agents.tsv", "patterns/plover_cameo.jsonl"):
        assert (tmp_path / name).read_text() == (ROOT / "kg" / "resources" / name).read_text(), name


def test_plover_converter_expands_kept_synonym_sets(tmp_path):
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_plover", ROOT / "tools" / "build_plover_patterns.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    dictionary = tmp_path / "cameo.txt"
    dictionary.write_text("####### SYNONYM SETS #######\n&TREATY\n+TREATY\n+PACT\n+WRITTEN_AGREEMENT\n\n"
                          "&WEAPON\n+GUN\n\n####### VERB PATTERNS #######\n--- SIGN [057] ---\nSIGN\n"
                          "- * &TREATY [057] # SIGN\n- * &WEAPON [057] # SIGN\n", encoding="latin-1")
    assert mod.synonym_sets(dictionary)["&TREATY"] == ["treaty", "pact"]  # one-word members only
    entries = list(mod.verb_blocks(dictionary))
    assert ("sign", None, "pact", "057") in entries and ("sign", None, "treaty", "057") in entries
    assert not [e for e in entries if e[2] == "gun"]  # a set left out (mod.KEPT_SETS): weapons are no politics
    dictionary.write_text("####### VERB PATTERNS #######\n--- THROW [180] ---\nTHROW {THROWS THROWING THREW THROWN }\n"
                          "- * STONES [182] # THREW\n", encoding="latin-1")  # a comment naming a word form
    assert ("throw", None, "stones", "182") in list(mod.verb_blocks(dictionary))  # a token's lemma is "throw"
    assert {"pc-announce+resignation", "pc-hold+elections"} <= mod.DROP_IDS  # RETREAT (resign); a date, no intent
    ids = {json.loads(line)["id"] for line in (ROOT / "kg/resources/patterns/plover_cameo.jsonl").open()}
    assert "pc-throw+stones" in ids and not ids & mod.DROP_IDS



def surname_or_code(actor) -> str:
    return actor.person.name if actor.person else (actor.country or actor.org or actor.label)


def coded(facts):
    return [(e.type, {surname_or_code(a) for a in e.sources}, {surname_or_code(a) for a in e.targets}, e.modality)
            for e in facts.political_events]


def assert_not_coded(facts_of, cases) -> None:
    """No event of the type given beside each text: ``cases`` are (text, type) pairs."""
    for text, kind in cases:
        assert all(c[0] != kind for c in coded(facts_of(text))), text


def assert_first_coded(facts, kind, sources, targets, modality):
    """The first event of this type has these sources and modality, and these targets unless ``targets`` is None."""
    found = [c for c in coded(facts) if c[0] == kind]
    assert found, coded(facts)
    _, got_sources, got_targets, got_modality = found[0]
    assert (got_sources, got_modality) == (sources, modality)
    if targets is not None:
        assert got_targets == targets


def assert_first_sources(facts, kind, sources):
    """The first event of this type has these sources, in whatever modality it is coded."""
    found = [c for c in coded(facts) if c[0] == kind]
    assert found, coded(facts)
    assert_first_coded(facts, kind, sources, None, found[0][3])


def targets_and_rules(facts, kind, source):
    """Each event of this type with this source (a label): its targets' labels and the rules that chose them."""
    return [([a.label for a in e.targets], e.evidence.target_rules) for e in facts.political_events
            if e.type == kind and any(a.label == source for a in e.sources)]


TABLE = [
    ("Kenya and Ethiopia agreed to reopen their border crossings.", "AGREE", {"KE", "ET"}, {"KE", "ET"},
     "asserted"),  # a mutual act: each the other's target
    ("Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday.", "CONSULT", {"Olaf Scholz"}, {"Emmanuel Macron"},
     "asserted"),
    ("Brazil praised Argentina for its handling of the crisis.", "SUPPORT", {"BR"}, {"AR"}, "asserted"),
    ("The Estonian parliament voted in favour of the Latvian proposal.", "SUPPORT", {"EE"}, {"LV"}, "asserted"),
    ("The Peruvian government conceded defeat in the dispute.", "CONCEDE", {"PE"}, set(), "asserted"),
    ("Norway shared intelligence with Sweden.", "COOPERATE", {"NO"}, {"SE"}, "asserted"),
    ("Japan provided $300 million in aid to the Philippines.", "AID", {"JP"}, {"PH"}, "asserted"),
    ("Chile breached the truce with Peru on Sunday.", "ASSAULT", {"CL"}, {"PE"}, "asserted"),
    ("Russian troops withdrew from the city of Kherson.", "RETREAT", {"RU"}, None, "asserted"),
    ("The United Nations urged Sudan to end the fighting.", "REQUEST", {"UN"}, {"SD"}, "asserted"),
    ("Poland accused Belarus of orchestrating the migrant crisis.", "ACCUSE", {"PL"}, {"BY"}, "asserted"),
    ("Iran rejected the European proposal.", "REJECT", {"IR"}, set(), "asserted"),
    ("China threatened to impose sanctions on Lithuania.", "THREATEN", {"CN"}, {"LT"}, "asserted"),
    ("Thousands of protesters rallied in Nairobi against the new tax.", "PROTEST", {"KE"}, {"KE"}, "asserted"),
    ("Thousands of students marched in Minsk on Saturday.", "PROTEST", {"BY"}, {"BY"}, "asserted"),
    ("The Liberation Tigers of Tamil Eelam ambushed a navy patrol near Jaffna.", "ASSAULT", {"LTTE"}, set(),
     "asserted"),
    ("Suspected Tamil Tiger rebels shelled a police post.", "ASSAULT", {"LTTE"}, None, "asserted"),
    ("The FNL rebels refused to sign a ceasefire. The rebels shot dead a local official in Bujumbura on Sunday.",
     "ASSAULT", {"FNL"}, None, "asserted"),
    ("Finance Minister Laura Bianchi of Italy sought the resignation of the central bank governor.", "REQUEST",
     {"Laura Bianchi"}, None, "asserted"),
    ("The United Nations calls for all foreign troops to be withdrawn by June.", "REQUEST", {"UN"}, set(),
     "asserted"),
    ("Opposition leader Maria Kovac asked for support from voters.", "REQUEST", {"Maria Kovac"}, {"voters"},
     "asserted"),  # asked of the voters, who give the support (asked_owner)
    ("The European Union said Moscow's decision was undermining regional stability.", "ACCUSE", {"EU"}, {"RU"},
     "asserted"),
    ("The Chilean government has withdrawn its controversial mining bill from Congress.", "CONCEDE", {"CL"}, set(),
     "asserted"),
    ("The resignation of Governor Anna Marquez of Peru was announced on Friday.", "RETREAT", {"Anna Marquez"}, set(),
     "asserted"),
    ("Iran responded by expressing a willingness to hold talks.", "AGREE", {"IR"}, None, "asserted"),
    ("Australia and New Zealand are expected to sign similar agreements with ASEAN.", "SUPPORT", {"AU", "NZ"},
     {"ASEAN"}, "future"),
    ("The rebels are reported to have launched an attack on an army post.", "ASSAULT", {"rebels"}, None,
     "asserted"),
    ("Fiji accused Australia of plotting a coup. Foreign Minister Alexander Downer of Australia called the allegation "
     "absurd.", "REJECT", {"Alexander Downer"}, {"FJ"}, "asserted"),
    ("Norwegian peace envoy Erik Solheim arrived in Sri Lanka for truce talks on Monday.", "CONSULT",
     {"Erik Solheim"}, {"LK"}, "asserted"),
    ("The rebels and the army have clashed in the north of Burundi.", "ASSAULT", {"BI"}, set(), "asserted"),
    ("Two former ministers will be executed on Thursday in Baghdad.", "ASSAULT", {"IQ"}, None, "future"),
    ("The Moroccan government raised the terror threat level to maximum.", "MOBILIZE", {"MA"}, set(), "asserted"),
    ("Israeli protesters called for the resignation of Prime Minister Ehud Olmert.", "REQUEST", {"IL"},
     {"Ehud Olmert"}, "asserted"),
    ("President Tsai Lin of Taiwan criticised Chinese Premier Wen Jiabao's demand for talks.", "REQUEST",
     {"Wen Jiabao"}, {"TW"}, "asserted"),
    ("The European Union imposed sanctions on Iran.", "SANCTION", {"EU"}, {"IR"}, "asserted"),
    ("Turkey deployed troops to the Syrian border.", "MOBILIZE", {"TR"}, None, "asserted"),
    ("Police in Minsk arrested 40 opposition activists.", "COERCE", {"BY"}, None, "asserted"),
    ("Israeli troops attacked a refugee camp in Jenin on Monday, killing 12 people.", "ASSAULT", {"IL"}, set(),
     "asserted"),
    ("The convoy was attacked by Hamas militants.", "ASSAULT", {"Hamas"}, set(), "asserted"),
    ("Hungarian and Romanian officials condemned the attack.", "ACCUSE", {"HU", "RO"}, set(), "asserted"),
    ("White House officials condemned the raid on the embassy.", "ACCUSE", {"US"}, set(), "asserted"),
    ("President Joe Biden did not meet President Xi Jinping.", "CONSULT", {"Joe Biden"}, {"Xi Jinping"}, "negated"),
    ("Japan will not send troops to the region.", "MOBILIZE", {"JP"}, set(), "negated"),
    ("Peru did not attack Chile but has threatened Bolivia.", "THREATEN", {"PE"}, {"BO"}, "asserted"),
    ("President Emmanuel Macron will visit Germany next week.", "CONSULT", {"Emmanuel Macron"}, {"DE"}, "future"),
    ("Canada plans to impose new sanctions on Russia.", "SANCTION", {"CA"}, {"RU"}, "future"),
    ("If Iran attacks Israel, the United States would respond.", "ASSAULT", {"IR"}, {"IL"}, "hypothetical"),
    ("Officials said North Korea could attack South Korea.", "ASSAULT", {"KP"}, {"KR"}, "hypothetical"),
    ("In 1995 NATO bombed Serbia.", "ASSAULT", {"NATO"}, {"RS"}, "historical"),
    ("Ecuador apologised to Peru last year.", "CONCEDE", {"EC"}, {"PE"}, "historical"),
    ("In October 2022 Ecuador apologised to Peru.", "CONCEDE", {"EC"}, {"PE"}, "historical"),
    ("In February Ecuador apologised to Peru.", "CONCEDE", {"EC"}, {"PE"}, "historical"),
    ("In the past, Chile rejected the claims made by Peru.", "REJECT", {"CL"}, {"PE"}, "historical"),
    ("President Marta Quispe of Peru met President Tomas Arrau of Chile in Lima on March 3, 2019.", "CONSULT",
     {"Marta Quispe"}, {"Tomas Arrau"}, "historical"),
    ("Chile refuted the allegations made by Peru.", "REJECT", {"CL"}, {"PE"}, "asserted"),
    ("Bolivia objected to the Chilean plan.", "REJECT", {"BO"}, {"CL"}, "asserted"),
    ("The Chilean minister berated Peru.", "ACCUSE", {"CL"}, {"PE"}, "asserted"),
    ("The Peruvian envoy is waiting to meet Chilean officials.", "CONSULT", {"PE"}, {"CL"}, "future"),
    ("Ecuadorian soldiers attempted to storm the Peruvian embassy in Quito.", "ASSAULT", {"EC"}, None, "asserted"),
    ("Peru's imminent invasion of Bolivia worries analysts.", "ASSAULT", {"PE"}, {"BO"}, "future"),
    ("The Estonian minister condemned Russia's war against Ukraine.", "ASSAULT", {"RU"}, {"UA"}, "asserted"),
    ("Lithuania will keep helping Ukraine resist Russian aggression.", "ASSAULT", {"RU"}, None, "asserted"),
    ("Canada will continue to impose severe costs on Russia.", "SANCTION", {"CA"}, {"RU"}, "future"),
    ("Poland and Hungary reaffirmed their commitment to deepen their partnership.", "AGREE", {"PL", "HU"},
     {"PL", "HU"}, "asserted"),
    ("Poland reaffirmed its commitment to supporting Ukraine.", "SUPPORT", {"PL"}, {"UA"}, "asserted"),
    ("Peru raised concerns about China's unfair trade practices.", "ACCUSE", {"PE"}, {"CN"}, "asserted"),
    ("Chile welcomed Ecuador's condemnation of Russia's war against Ukraine.", "ACCUSE", {"EC"}, {"RU"}, "asserted"),
    ("Republican leaders rejected the Democratic proposal.", "REJECT", {"Republican leaders"}, set(), "asserted"),
    ("The Islamists blamed the government for the end of the talks.", "ACCUSE", {"Islamists"}, None, "asserted"),
    ("The deal was reached during talks involving North Korea, Japan and China.", "CONSULT", {"KP", "JP", "CN"},
     {"KP", "JP", "CN"}, "asserted"),  # each the others' counterpart
    ("Turkey is already under EU sanctions.", "SANCTION", {"EU"}, {"TR"}, "asserted"),
    ("The Peruvian navy began a naval blockade of the Chilean port.", "COERCE", {"PE"}, {"CL"}, "asserted"),
    ("The Supreme Court of Chile ruled the emergency decree unconstitutional.", "SANCTION", {"CL"}, None, "asserted"),
    ("The Constitutional Court of Peru struck down the new media law.", "SANCTION", {"PE"}, None, "asserted"),
    ("Protesters threw stones at Peruvian soldiers in Lima.", "ASSAULT", {"PE"}, None, "asserted"),
    ("Two Israeli soldiers were killed by Hamas rockets on Monday.", "ASSAULT", {"Hamas"}, None, "asserted"),
    ("The Bolivian rebels vowed to retaliate against Peru.", "THREATEN", {"BO"}, {"PE"}, "asserted"),
    ("The Peruvian rebels laid down their arms on Monday.", "RETREAT", {"PE"}, None, "asserted"),
    ("The Bolivian president dismissed his army chief on Friday.", "SANCTION", {"BO"}, None, "asserted"),
    ("Peruvian troops raided the Bolivian village on Sunday.", "ASSAULT", {"PE"}, None, "asserted"),
    ("Peru set up a blockade of Bolivia on July 12.", "COERCE", {"PE"}, {"BO"}, "asserted"),
    ("The United States' killing of the Iranian general angered Tehran.", "ASSAULT", {"US"}, None, "asserted"),
]


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, sources, targets, modality", TABLE)
def test_plover_table(facts_of, text, kind, sources, targets, modality):
    found = [c for c in coded(facts_of(text)) if c[0] == kind]
    assert found, coded(facts_of(text))
    _, got_sources, got_targets, got_modality = found[0]
    assert got_sources == sources and got_modality == modality
    if targets is not None:
        assert got_targets == targets


@pytest.mark.slow
def test_plover_modality_table_never_asserts_what_did_not_happen(facts_of):
    for text, _, _, _, modality in TABLE:
        if modality in ("negated", "future", "hypothetical"):
            assert all(e.modality != "asserted" for e in facts_of(text).political_events), text


@pytest.mark.slow
@pytest.mark.parametrize("text", ["Riot police guarded the ministry in Lima on Monday.",
                                  "The protest leaders met the mayor of Quito on Friday."])
def test_plover_protest_word_modifying_a_noun_is_no_protest(facts_of, text):
    assert [c for c in coded(facts_of(text)) if c[0] == "PROTEST"] == []


@pytest.mark.slow
def test_plover_opinion_shared_is_no_agreement(facts_of):
    # "agree" with nothing agreed (no infinitive, object, preposition or clause) shares an opinion: no AGREE
    assert_not_coded(facts_of, [("Senator Ilse Varga, a fellow independent, agreed.", "AGREE"),
                                ("Analyst Teodor Brandl agreed, saying the plan would fail.", "AGREE")])
    assert [c[0] for c in coded(facts_of("Peru agreed to resume border talks with Chile."))][:1] == ["AGREE"]


@pytest.mark.slow
def test_plover_hazard_following_and_budget_are_no_event(facts_of):
    # a crash named by its place, support that is a following, a budget approved for no one: no act
    assert_not_coded(facts_of, [("A Peruvian bus crash killed seven passengers near Cusco on Monday.", "ASSAULT"),
                                ("Senator Ilse Varga's support is concentrated in the northern provinces.",
                                 "SUPPORT"),
                                ("The Peruvian Senate approved the austerity package on Monday.", "AID")])
    assert ("AID", {"EU"}, {"PE"}, "asserted") in coded(facts_of("The European Union approved an aid package for Peru."))
    assert "SUPPORT" in [c[0] for c in coded(facts_of("Chile stepped up its support for the Peruvian army."))]


@pytest.mark.slow
def test_plover_sanctions_mentioned_in_passing_are_no_event(facts_of):
    text = "Giving money to the factions would violate the United Nations arms embargo against Somalia."
    assert [c for c in coded(facts_of(text)) if c[0] == "SANCTION"] == []


@pytest.mark.slow
def test_plover_threat_is_threaten_not_the_act(facts_of):
    types = [c[0] for c in coded(facts_of("China threatened to impose sanctions on Lithuania."))]
    assert types == ["THREATEN"]


@pytest.mark.slow
def test_plover_conditional_act_of_force_is_a_threat(facts_of):
    found = coded(facts_of("Israel said that if Iran built a bomb, Israel would strike its nuclear sites."))
    assert ("THREATEN", {"IL"}, {"IR"}, "asserted") in [(k, s, t, m) for k, s, t, m in found]  # "its" sites: Iran


@pytest.mark.slow
def test_plover_details_counts_amounts_location_date(facts_of):
    facts = facts_of("Israeli troops attacked a refugee camp in Jenin on Monday, killing 12 people.",
                     date=dt.date(2023, 6, 14))
    e = next(e for e in facts.political_events if e.type == "ASSAULT")
    assert e.counts == (("killed", 12),) and e.location.name == "Jenin" and e.date == dt.date(2023, 6, 12)
    assert e.sources[0].sector == "MIL" and e.evidence.rule == "plover:ph-assault"
    aid = facts_of("Japan provided $300 million in aid to the Philippines.").political_events[0]
    assert aid.amount == "$300 million"


@pytest.mark.slow
def test_plover_seed_agree_and_summit(facts_of):
    text = (ROOT / "seeds" / "000_0621148d75d1e12d.txt").read_text(encoding="utf-8")
    events = facts_of(text, date=dt.date(2023, 1, 10)).political_events
    agree = [e for e in events if e.type == "AGREE" and "Drug Dialogue" in e.evidence.sentence]
    assert agree and {a.country for a in agree[0].sources} == {"US", "MX", "CA"}
    assert agree[0].modality == "asserted"
    summit = next(e for e in events if e.type == "CONSULT" and e.mode in ("host", "multilateral"))
    assert summit.location.name == "Mexico City" and len(summit.sources) == 3
    assert all(m in MODALITIES for m in (e.modality for e in events))


def test_plover_pattern_file_lines_are_json_objects_with_ids():
    for name in ("plover.jsonl", "plover_cameo.jsonl"):
        lines = (ROOT / "kg" / "resources" / "patterns" / name).read_text(encoding="utf-8").splitlines()
        assert all(json.loads(line)["id"] for line in lines if line.strip())


@pytest.mark.slow
@pytest.mark.parametrize("text, country", [
    ("Belarus jailed the opposition leader Pavel Sevruk for 15 days.\n\n"
     "NATO Secretary General Anna Lindqvist condemned the decision.", "BY"),
    # a country named only as the venue is not the one addressed
    ("Defence ministers met in Singapore on Saturday for a security conference in Singapore.\n\n"
     "Most delegates discussed Myanmar. The US defence secretary, Robert Hale, condemned the decision.", "MM")])
def test_plover_unnamed_target_is_the_article_focus_country(facts_of, text, country):
    accuse = [e for e in facts_of(text).political_events if e.type == "ACCUSE"]
    assert accuse and {a.country for a in accuse[0].targets} == {country}


@pytest.mark.slow
def test_plover_domestic_statement_is_addressed_to_the_own_state(facts_of):
    text = "Greece faces a censure vote on Friday.\nGreek opposition leader Nikos Dimas condemned the decision."
    accuse = [e for e in facts_of(text).political_events if e.type == "ACCUSE"]
    assert accuse and {a.country for a in accuse[0].targets} == {"GR"}
    text = "Greece faces a censure vote on Friday.\nGreece condemned the decision."  # a country is not its own target
    accuse = [e for e in facts_of(text).political_events if e.type == "ACCUSE"]
    assert accuse and not accuse[0].targets
    # a statement that names other actors in its clause is about them, not the own state
    text = "Peru faces a vote on Friday.\nPeruvian opposition leader Marco Ortiz urged that the peace process " \
        "between Chile and Bolivia resume."
    request = [e for e in facts_of(text).political_events if e.type == "REQUEST"]
    assert request and {a.country for a in request[0].targets} == {"CL", "BO"}


@pytest.mark.slow
def test_plover_condemnation_without_target_answers_the_act_before(facts_of):
    text = "Hamas police seized aid supplies in Gaza on Tuesday. The United Nations condemned the seizure."
    accuse = [e for e in facts_of(text).political_events if e.type == "ACCUSE"]
    assert accuse and [a.org for a in accuse[0].targets] == ["Hamas"]


@pytest.mark.slow
def test_plover_possible_force_said_by_its_actor_is_a_threat(facts_of):
    found = coded(facts_of("The United States said it may use military force against Iran."))
    assert ("THREATEN", {"US"}, {"IR"}, "asserted") in found
    found = coded(facts_of("Analysts said Russia could attack Ukraine."))  # another's act: no threat
    assert ("ASSAULT", {"RU"}, {"UA"}, "hypothetical") in found and all(c[0] != "THREATEN" for c in found)
    found = coded(facts_of("The European Union said it will impose sanctions on Belarus next week."))
    assert ("SANCTION", {"EU"}, {"BY"}, "future") in found  # an announced act, not a threat
    found = coded(facts_of("President Ana Costa of Peru said that she will attack the rebels."))
    assert [c for c in found if c[0] in ("THREATEN", "ASSAULT")] == [("THREATEN", {"Ana Costa"}, {"PE"}, "asserted")]


@pytest.mark.slow
def test_plover_raised_subject_is_not_taken_for_a_passive(facts_of):
    found = facts_of("Two protesters are reported to have been shot dead by police in Lhasa.").political_events
    assert all("protesters" not in a.label for e in found for a in e.sources)


@pytest.mark.slow
def test_plover_institution_of_a_country_and_confirmed_nomination(facts_of):
    found = coded(facts_of("The Supreme Court of Chile confirmed Maria Soto's nomination on Friday."))
    assert ("SUPPORT", {"CL"}, {"Maria Soto"}, "asserted") in found


@pytest.mark.slow
def test_plover_meeting_pattern_needs_two_parties(facts_of):
    assert not [e for e in facts_of("The council will host the talks in Geneva.").political_events
                if e.type == "CONSULT"]
    found = facts_of("Police officers and government officials met in Rabat on Friday.").political_events
    assert [len(e.sources) for e in found if e.type == "CONSULT"] == [2]


@pytest.mark.slow
def test_plover_first_person_in_a_quotation_is_its_speaker(facts_of):
    text = "“If they continue, we will attack them,” said Defence Minister Arno Veld of Estonia."
    threats = [e for e in facts_of(text).political_events if e.type == "THREATEN"]
    assert threats and threats[0].sources[0].person is not None
    assert threats[0].sources[0].person.name.endswith("Veld") and threats[0].modality == "asserted"


@pytest.mark.slow
def test_plover_state_agency_named_with_demonym(facts_of):
    e = facts_of("Belarusian KGB officers arrested 33 Russian citizens in Minsk.").political_events[0]
    assert (e.type, e.sources[0].country, e.counts) == ("COERCE", "BY", (("arrested", 33),))


@pytest.mark.slow
@pytest.mark.parametrize("text, kind, mode", [
    ("Israeli warplanes attacked targets in Gaza.", "ASSAULT", "aerial"),
    ("Gunmen attacked a checkpoint in Kabul.", "ASSAULT", "firearms"),
    ("Police fired tear gas at protesters in Nairobi.", "ASSAULT", "crowd-control"),
    ("Protesters rioted in Paris after the vote.", "PROTEST", "riot"),
    ("Thousands of protesters rallied in Nairobi against the new tax.", "PROTEST", "demo"),
    ("President Cyril Ramaphosa of South Africa spoke by phone with Prime Minister Pedro Sánchez of Spain.",
     "CONSULT", "phone"),
])
def test_plover_modes(facts_of, text, kind, mode):
    assert (kind, mode) in [(e.type, e.mode) for e in facts_of(text).political_events]


def test_plover_mode_cues_are_data():
    cues = pd.mode_cues()
    assert cues[("ASSAULT", "airstrike")] == "aerial" and cues[("PROTEST", "riot")] == "riot"


@pytest.mark.slow
def test_plover_call_for_talks_is_a_request_not_a_phone_call(facts_of):
    for text in ("President Ruth Okafor of Kenya criticised Prime Minister Ana Lopes's call for talks.",
                 "President Ruth Okafor of Kenya called Prime Minister Ana Lopes's call for talks \"naive.\""):
        found = coded(facts_of(text))
        assert not [c for c in found if c[0] == "CONSULT"], found
        assert ("REQUEST", {"Ana Lopes"}) in [(c[0], c[1]) for c in found]


def test_plover_modality_conjoined_verb_with_its_own_auxiliary_keeps_its_own():
    def doc_of(words: str, deps: str, heads: list[int], pos: str, lemmas: str):
        return Doc(VOCAB, words=words.split(), deps=deps.split(), heads=heads, pos=pos.split(), lemmas=lemmas.split())

    # "Peru did not attack Chile but has threatened Bolivia .": the threat is a clause of its own, asserted
    doc = doc_of("Peru did not attack Chile but has threatened Bolivia .",
                 "nsubj aux neg ROOT dobj cc aux conj dobj punct", [3, 3, 3, 3, 3, 3, 7, 3, 7, 3],
                 "PROPN AUX PART VERB PROPN CCONJ AUX VERB PROPN PUNCT",
                 "Peru do not attack Chile but have threaten Bolivia .")
    marks = plover.match(doc)[1]
    assert pm.modality(doc[3], marks, None) == "negated" and pm.modality(doc[7], marks, None) == "asserted"
    # "Peru did not attack Chile or threaten Bolivia .": the threat shares the negation
    doc = doc_of("Peru did not attack Chile or threaten Bolivia .", "nsubj aux neg ROOT dobj cc conj dobj punct",
                 [3, 3, 3, 3, 3, 3, 3, 6, 3], "PROPN AUX PART VERB PROPN CCONJ VERB PROPN PUNCT",
                 "Peru do not attack Chile or threaten Bolivia .")
    assert pm.modality(doc[6], plover.match(doc)[1], None) == "negated"


def test_plover_modality_act_coordinated_with_a_threat_is_not_planned():
    # "Iran threatened and attacked Israel ." : the attack is reported, not threatened
    rows = [("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("threatened", "threaten", "VERB", "VBD", "ROOT", 1),
            ("and", "and", "CCONJ", "CC", "cc", 1), ("attacked", "attack", "VERB", "VBD", "conj", 1),
            ("Israel", "Israel", "PROPN", "NNP", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(rows)
    hits, marks = plover.match(doc)
    assert pm.modality(doc[3], marks, None) == "asserted"
    assert plover._governor(doc[3], hits) is None
    # "Iran threatened to attack Israel ." : the attack is what is threatened
    rows = [("Iran", "Iran", "PROPN", "NNP", "nsubj", 1), ("threatened", "threaten", "VERB", "VBD", "ROOT", 1),
            ("to", "to", "PART", "TO", "aux", 3), ("attack", "attack", "VERB", "VB", "xcomp", 1),
            ("Israel", "Israel", "PROPN", "NNP", "dobj", 3), (".", ".", "PUNCT", ".", "punct", 1)]
    doc = make_doc(rows)
    hits, marks = plover.match(doc)
    assert pm.modality(doc[3], marks, None) == "future" and plover._governor(doc[3], hits) == "suppress"


@pytest.mark.slow
def test_plover_act_coordinated_with_a_request_is_its_own(facts_of):
    found = coded(facts_of("Kenya and Somalia called on Ethiopia to withdraw its troops and agreed to reopen the border."))
    assert ("AGREE", {"KE", "SO"}, "asserted") in [(c[0], c[1], c[3]) for c in found], found


def test_plover_publisher_country_is_a_state_body_of_agents():
    from types import SimpleNamespace

    from kg.model import Article

    def home(source):
        ctx = SimpleNamespace(article=Article("t", "x", source=source))
        return plover_actors.publisher_country(plover_actors.Actors(ctx=ctx, role_country={}, ents={}))

    assert home("The White House") == "US"
    assert home("Example Wire") is None and home(None) is None


@pytest.mark.slow
def test_plover_unnamed_officials_of_a_state_release_belong_to_its_state(nlp, actors):
    from kg.extract import extract
    from kg.model import Article
    from kg.nlp import document_text

    texts = ("Administration officials condemned the attack on Monday.",
             "The Biden-Harris Administration condemned the attack on Monday.")  # a name: its head is a state noun
    for text, (source, home) in [(t, s) for t in texts for s in (("The White House", "US"), ("Example Wire", None))]:
        article = Article("t", text, date=dt.date(2023, 6, 14), source=source)
        found = [e for e in extract(nlp(document_text(article)), article, actors).political_events
                 if e.type == "ACCUSE"]
        assert found and found[0].sources[0].country == home


# "In the past , Peru rejected Chile ." / "Peru rejected Chile in the past two days ."
IN_THE_PAST = [("In", "in", "ADP", "IN", "prep", 5), ("the", "the", "DET", "DT", "det", 2),
               ("past", "past", "NOUN", "NN", "pobj", 0), (",", ",", "PUNCT", ",", "punct", 5),
               ("Peru", "Peru", "PROPN", "NNP", "nsubj", 5), ("rejected", "reject", "VERB", "VBD", "ROOT", 5),
               ("Chile", "Chile", "PROPN", "NNP", "dobj", 5), (".", ".", "PUNCT", ".", "punct", 5)]
PAST_DAYS = [("Peru", "Peru", "PROPN", "NNP", "nsubj", 1), ("rejected", "reject", "VERB", "VBD", "ROOT", 1),
             ("Chile", "Chile", "PROPN", "NNP", "dobj", 1), ("in", "in", "ADP", "IN", "prep", 1),
             ("the", "the", "DET", "DT", "det", 7), ("past", "past", "ADJ", "JJ", "amod", 7),
             ("two", "two", "NUM", "CD", "nummod", 7), ("days", "day", "NOUN", "NNS", "pobj", 3),
             (".", ".", "PUNCT", ".", "punct", 1)]


def test_plover_modality_in_the_past_is_historical():
    doc = make_doc(IN_THE_PAST)
    assert pm.modality(doc[5], {}, dt.date(2008, 1, 24)) == "historical"
    assert pm.modality(doc[5], {}, None) == "historical"  # no date needed
    days = make_doc(PAST_DAYS)
    assert pm.modality(days[1], {}, dt.date(2008, 1, 24)) == "asserted"  # a span of the news

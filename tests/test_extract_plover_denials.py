"""The target of a denial is the accuser it answers (:mod:`kg.extract.plover_denials`): "Britain accused Russia …
Lavrov denied any Russian involvement" is aimed at Britain, not at Russia, however far back the accusation was
told. Model-free tests on hand-built Docs and events, and (slow) sentences written for these tests, with near
misses that must keep their targets."""

from __future__ import annotations

import pytest
from test_extract_plover import coded, make_doc
from test_extract_plover_sources import _rows

from kg.extract.plover_denials import accuser, denial, denied_charges, same_side
from kg.model import Actor, Evidence, PoliticalEventFact

# "Chile accused Peru . Peru denied the charge ."
TWO = _rows("Chile/Chile/PROPN/NNP/nsubj/1 accused/accuse/VERB/VBD/ROOT/1 Peru/Peru/PROPN/NNP/dobj/1 "
            "././PUNCT/./punct/1 Peru/Peru/PROPN/NNP/nsubj/5 denied/deny/VERB/VBD/ROOT/5 the/the/DET/DT/det/7 "
            "charge/charge/NOUN/NN/dobj/5 ././PUNCT/./punct/5")
CHILE, PERU, BOLIVIA = Actor("Chile", "CL"), Actor("Peru", "PE"), Actor("Bolivia", "BO", rule="focus")


def _swap(rows, i, word, lemma, pos="NOUN", tag="NN", dep=None, head=None):
    return [(word, lemma, pos, tag, dep or r[4], r[5] if head is None else head) if n == i else r
            for n, r in enumerate(rows)]


def _fact(doc, i, kind, sources, targets=()):
    tok = doc[i]
    return PoliticalEventFact(f"p{i}", kind, tuple(sources), tuple(targets), "asserted",
                              Evidence("t", tok.sent.text, tok.sent.start_char, tok.idx, tok.idx + len(tok), "x"))


def test_plover_denials_denial_needs_a_charge_as_object():
    doc = make_doc(TWO)
    assert denial(doc[5])  # "denied the charge"
    assert not denial(doc[1])  # "accused": no denial verb
    proposal = make_doc(_swap(TWO, 7, "proposal", "proposal"))
    assert not denial(proposal[5])  # "denied the proposal": a refusal, no charge
    owned = make_doc(_swap(TWO, 6, "Bolivia", "Bolivia", "PROPN", "NNP", "poss"))
    assert not denial(owned[5])  # "denied Bolivia charge": the charge names its accuser
    role = make_doc(_swap(TWO, 7, "involvement", "involvement"))
    assert denial(role[5])  # "denied the involvement"


def test_plover_denials_a_clause_or_a_charge_noun_it_qualifies():
    # "Peru denied that it spied ."
    clause = make_doc(_rows("Peru/Peru/PROPN/NNP/nsubj/1 denied/deny/VERB/VBD/ROOT/1 that/that/SCONJ/IN/mark/4 "
                            "it/it/PRON/PRP/nsubj/4 spied/spy/VERB/VBD/ccomp/1 ././PUNCT/./punct/1"))
    assert denial(clause[1])
    rejected = make_doc(_rows("Peru/Peru/PROPN/NNP/nsubj/1 rejected/reject/VERB/VBD/ROOT/1 that/that/SCONJ/IN/mark/4 "
                              "it/it/PRON/PRP/nsubj/4 spied/spy/VERB/VBD/ccomp/1 ././PUNCT/./punct/1"))
    assert not denial(rejected[1])  # only "deny" denies a clause
    # "a charge Peru denies"
    relcl = make_doc(_rows("a/a/DET/DT/det/1 charge/charge/NOUN/NN/ROOT/1 Peru/Peru/PROPN/NNP/nsubj/3 "
                           "denies/deny/VERB/VBZ/relcl/1"))
    assert denial(relcl[3])
    # "Peru denied Chile a visa ."
    dative = make_doc(_rows("Peru/Peru/PROPN/NNP/nsubj/1 denied/deny/VERB/VBD/ROOT/1 Chile/Chile/PROPN/NNP/dative/1 "
                            "a/a/DET/DT/det/4 visa/visa/NOUN/NN/dobj/1 ././PUNCT/./punct/1"))
    assert not denial(dative[1])


def test_plover_denials_target_is_the_accuser_of_the_deniers_side():
    doc = make_doc(TWO)
    facts = [_fact(doc, 1, "ACCUSE", [CHILE], [PERU]), _fact(doc, 5, "REJECT", [PERU], [BOLIVIA])]
    out = denied_charges(doc, facts)
    assert [(a.label, a.rule) for a in out[1].targets] == [("Chile", "accuser")]
    assert out[0] == facts[0]
    person = Actor("Dina Ruiz", "PE")  # a person of the accused country denies for it
    assert accuser(_fact(doc, 5, "REJECT", [person]), facts) == [CHILE]


def test_plover_denials_near_misses_keep_their_targets():
    doc = make_doc(TWO)
    other = [_fact(doc, 1, "ACCUSE", [CHILE], [Actor("Ecuador", "EC")]), _fact(doc, 5, "REJECT", [PERU], [BOLIVIA])]
    assert denied_charges(doc, other) == other  # the accusation is aimed at someone else
    own = [_fact(doc, 1, "ACCUSE", [PERU], [CHILE]), _fact(doc, 5, "REJECT", [PERU], [BOLIVIA])]
    assert denied_charges(doc, own) == own  # its own accusation
    after = [_fact(doc, 5, "REJECT", [PERU], [BOLIVIA]), _fact(doc, 1, "ACCUSE", [CHILE], [PERU])]
    assert [a.label for a in denied_charges(doc, after)[0].targets] == ["Chile"]  # where they are told counts
    named = [_fact(doc, 1, "ACCUSE", [CHILE], [PERU]),
             _fact(doc, 5, "REJECT", [PERU], [Actor("Bolivia", "BO", rule="clause-named")])]
    assert denied_charges(doc, named) == named  # another actor its clause names stays
    proposal = make_doc(_swap(TWO, 7, "proposal", "proposal"))
    refusal = [_fact(proposal, 1, "ACCUSE", [CHILE], [PERU]), _fact(proposal, 5, "REJECT", [PERU], [BOLIVIA])]
    assert denied_charges(proposal, refusal) == refusal


def test_plover_denials_same_side_persons_states_and_groups():
    lavrov, russia = Actor("Sergei Lavrov", "RU"), Actor("Russia", "RU")
    assert same_side(lavrov, russia) and same_side(Actor("army", "RU", "MIL"), russia)
    assert not same_side(lavrov, Actor("protesters", "RU", "CVL"))  # not the state
    assert not same_side(Actor("Peru", "PE"), russia)


DENIED = [  # (text, the denial's targets); written for these tests
    ("Britain accused Russia of the nerve agent attack. Foreign Minister Sergei Lavrov denied any Russian "
     "involvement.", {"GB"}),
    ("Ghana's opposition party accused President John Mahama of vote rigging. Mahama dismissed the complaint as "
     "noise.", {"GH"}),
    ("Ecuador accused Colombia of violating its airspace. Colombian Defence Minister Diego Molano denied that any "
     "aircraft had crossed the border.", {"EC"}),
    ("Saudi Arabia and Egypt accused Qatar of supporting terrorism, charges Qatar has always denied.", {"SA", "EG"}),
    ("Human rights groups accused the Myanmar army of burning villages. The army has denied that its troops killed "
     "civilians.", {"MM"}),
    ("Turkey accused Greece of harbouring coup plotters. The Greek government denied it.", {"TR"}),
    ("Kenya accused Somalia of sheltering militants. Somalia denied the charge.", {"KE"}),
    ("Israel accused Hezbollah of firing rockets. Hezbollah denied any role in the attack.", {"IL"}),
    ("The United Nations accused Ethiopia of blocking aid convoys. The convoys had waited for weeks at the border. "
     "Officials said fuel was running short in the region. Ethiopian foreign ministry spokesman Dina Mufti rejected "
     "the charge.", {"UN"}),
    ("Lithuania accused Belarus of flying migrants to Minsk and sending them over the border. Belarusian President "
     "Alexander Lukashenko said his country would no longer stop them. He dismissed the accusations as lies.",
     {"LT"}),
    ("Prabowo Subianto accused President Joko Widodo of using the police against his supporters. The Gerindra party "
     "held a rally in Jakarta on Sunday. Widodo rejected the charge and pointed to arrests of his own allies.",
     {"Prabowo Subianto"}),
    ("Senator Maria Lopez accused the interior minister, Carlos Ruiz, of lying to parliament. Ruiz refuted the "
     "allegations on Friday.", {"Maria Lopez"}),
    ("Washington accused Tehran of supplying drones to Moscow. Iranian Foreign Minister Hossein Amirabdollahian "
     "denied the reports.", {"US"}),
    ("South Korea accused North Korea of sending balloons across the border. Pyongyang has denied any wrongdoing.",
     {"KR"}),
    ("Pakistan accused India of backing militants in Balochistan. New Delhi has repeatedly denied the allegation.",
     {"PK"}),
    ("Mali's junta accused France of arming jihadists. The French foreign ministry dismissed the claim as absurd.",
     {"ML"}),
    ("Zambia accused Malawi of detaining its truck drivers. Malawi's government disputed that account.", {"ZM"}),
    ("Venezuela accused Guyana of provoking a crisis over the Essequibo. Guyanese President Irfaan Ali rejected the "
     "accusation on Thursday.", {"VE"}),
    ("The European Union accused Hungary of breaking the rule of law. Prime Minister Viktor Orbán rebuffed the "
     "criticism in a speech.", {"EU"}),
    ("The Czech government accused Russia of blowing up a depot in 2014. Moscow rejected the accusations as absurd.",
     {"CZ"}),
    ("Prime Minister Narendra Modi accused Pakistan of backing the attackers. Pakistan's foreign ministry dismissed "
     "the allegations.", {"Narendra Modi"}),
    ("Poland accused Belarus of pushing migrants over the border. Minsk rejected the accusation.", {"PL"}),
]


def _denials(facts_of, text):
    return [c for c in coded(facts_of(text)) if c[0] == "REJECT"]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "targets"), DENIED)
def test_plover_denials_table(facts_of, text, targets):
    found = _denials(facts_of, text)
    assert found and found[-1][2] == targets, coded(facts_of(text))


NOT_DENIED = [  # (text, the REJECT's targets, which no accusation replaces)
    ("Kenya accused Somalia of sheltering militants. Ethiopia rejected the proposal to send troops.", {"KE"}),
    ("Peru accused Chile of spying. Chile denied Peru a visa for its envoy.", {"PE"}),
    ("Kenya accused Somalia of sheltering militants. Somalia rejected Ethiopia's accusations.", {"ET"}),
    ("Kenya accused Somalia of sheltering militants. Somalia denied the charges brought by Ethiopia.", {"ET"}),
    ("France imposed sanctions on Mali. Mali rejected the measures.", {"FR"}),
    ("Chile accused Bolivia of stoking unrest. Bolivia rejected the offer of talks.", {"CL"}),
    ("Kenya accused Somalia of sheltering militants. Kenya later denied the report that it would close the "
     "border.", {"SO"}),
    ("Syrian authorities accused Ghazi Kanaan of corruption. Kanaan went on Lebanese radio, denying that he showed "
     "the U.N. investigators cheques.", {"UN"}),
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "targets"), NOT_DENIED)
def test_plover_denials_near_miss_table(facts_of, text, targets):
    found = _denials(facts_of, text)
    assert found and found[-1][2] == targets, coded(facts_of(text))
    rules = [r for e in facts_of(text).political_events if e.type == "REJECT" for r in e.evidence.target_rules]
    assert "accuser" not in rules

"""Meeting rules for meetings told inside one sentence, on Docs built by hand (words, heads, deps, POS, tags,
lemmas, entities), so a failure here is the rule's, never the statistical model's: a second person met after a word
of sequence is a meeting of his own ("met A on Monday and, later, B"), a passive trigger's agent that the parser
hangs on its place ("was received at the palace by B"), the members a company's relative clause lists ("joined by a
group that included B"), a second "and by" agent, witnesses "in the presence of" a signing, the chair of a body's
meeting, and the leader of a delegation in a gapped clause ("and the rebel delegation by B"). Sentences are written
for these tests."""

from __future__ import annotations

from handdocs import make

from kg.extract import context, extract
from kg.extract.events import assemble
from kg.extract.rulematch import rule_marks
from kg.model import Article


def meetings(doc, actors):
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    events, _ = assemble(ctx)
    named = [t.text for t in doc if t.ent_type_ == "PERSON"]
    return sorted(sorted(next(w for w in named if w in p.name) for p in e.participants)
                  for e in events if e.is_meeting)


def P(word, head, dep):  # noqa: N802 - a person's one-word name
    return (word, head, dep, "PROPN", "NNP", word, "B-PERSON")


def later(adverb, dep_head):
    """"Owusu met Mensah on Monday and , <adverb> , Boateng ." with the adverb hung on ``dep_head``."""
    return make([P("Owusu", 1, "nsubj"), ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"), P("Mensah", 1, "dobj"),
                 ("on", 1, "prep", "ADP", "IN", "on", "O"), ("Monday", 3, "pobj", "PROPN", "NNP", "Monday", "B-DATE"),
                 ("and", 1, "cc", "CCONJ", "CC", "and", "O"), (",", 1, "punct", "PUNCT", ",", ",", "O"),
                 (adverb, dep_head, "advmod", "ADV", "RB", adverb, "O"), (",", 1, "punct", "PUNCT", ",", ",", "O"),
                 P("Boateng", 1, "npadvmod"), (".", 1, "punct", "PUNCT", ".", ".", "O")])


def test_rules_meeting_second_person_after_later_is_met_apart(actors):
    """"Owusu met Mensah on Monday and, later, Boateng": two meetings of Owusu (participant-later-conj), Mensah and
    Boateng never met; "then" hung on Boateng himself too (participant-later-conj-own); "also" is no sequence."""
    doc = later("later", 1)
    assert rule_marks(doc).rule("second-partner-prep", 9) == "participant-later-conj"
    assert meetings(doc, actors) == [["Boateng", "Owusu"], ["Mensah", "Owusu"]]
    doc = later("then", 9)
    assert rule_marks(doc).rule("second-partner-prep", 9) == "participant-later-conj-own"
    assert meetings(doc, actors) == [["Boateng", "Owusu"], ["Mensah", "Owusu"]]
    assert not rule_marks(later("also", 1)).has("second-partner-prep", 9)


def received_at(by_dep):
    """"Quispe was received at the palace by Mamani ." with "by" hung on the palace (or, as a control, the verb)."""
    return make([P("Quispe", 2, "nsubjpass"), ("was", 2, "auxpass", "AUX", "VBD", "be", "O"),
                 ("received", 2, "ROOT", "VERB", "VBN", "receive", "O"), ("at", 2, "prep", "ADP", "IN", "at", "O"),
                 ("the", 5, "det", "DET", "DT", "the", "O"), ("palace", 3, "pobj", "NOUN", "NN", "palace", "O"),
                 ("by", 5 if by_dep == "prep" else 2, by_dep, "ADP", "IN", "by", "O"), P("Mamani", 6, "pobj"),
                 (".", 2, "punct", "PUNCT", ".", ".", "O")])


def test_rules_meeting_passive_agent_hung_on_place(actors):
    """"Quispe was received at the palace by Mamani": the "by" the parser hangs on the place is the host."""
    assert meetings(received_at("prep"), actors) == [["Mamani", "Quispe"]]
    assert meetings(received_at("agent"), actors) == [["Mamani", "Quispe"]]


def test_rules_meeting_company_that_included_members(actors):
    """"Diallo received a delegation that included Bamba and Sow": the listed members meet Diallo; a visit "which
    included" an audience names no company (``company-nouns``)."""
    def doc(noun):
        return make([P("Diallo", 1, "nsubj"), ("received", 1, "ROOT", "VERB", "VBD", "receive", "O"),
                     ("a", 3, "det", "DET", "DT", "a", "O"), (noun, 1, "dobj", "NOUN", "NN", noun, "O"),
                     ("that", 5, "nsubj", "PRON", "WDT", "that", "O"),
                     ("included", 3, "relcl", "VERB", "VBD", "include", "O"), P("Bamba", 5, "dobj"),
                     ("and", 6, "cc", "CCONJ", "CC", "and", "O"), P("Sow", 6, "conj"),
                     (".", 1, "punct", "PUNCT", ".", ".", "O")])
    assert meetings(doc("delegation"), actors) == [["Bamba", "Diallo", "Sow"]]
    assert meetings(doc("proposal"), actors) == []


def test_rules_meeting_signing_in_presence_of(actors):
    """"Bamba and Sow signed the treaty in the presence of Diallo": the witness takes part in the signing."""
    doc = make([P("Bamba", 3, "nsubj"), ("and", 0, "cc", "CCONJ", "CC", "and", "O"), P("Sow", 0, "conj"),
                ("signed", 3, "ROOT", "VERB", "VBD", "sign", "O"), ("the", 5, "det", "DET", "DT", "the", "O"),
                ("treaty", 3, "dobj", "NOUN", "NN", "treaty", "O"), ("in", 3, "prep", "ADP", "IN", "in", "O"),
                ("the", 8, "det", "DET", "DT", "the", "O"), ("presence", 6, "pobj", "NOUN", "NN", "presence", "O"),
                ("of", 8, "prep", "ADP", "IN", "of", "O"), P("Diallo", 9, "pobj"),
                (".", 3, "punct", "PUNCT", ".", ".", "O")])
    assert rule_marks(doc).rule("participant-prep", 6) == "prep-participant-presence"
    assert meetings(doc, actors) == [["Bamba", "Diallo", "Sow"]]


def test_rules_meeting_second_and_by_agent(actors):
    """"The meeting was attended by Bamba and by Sow": the second "by" names a participant too."""
    doc = make([("The", 1, "det", "DET", "DT", "the", "O"), ("meeting", 3, "nsubjpass", "NOUN", "NN", "meeting", "O"),
                ("was", 3, "auxpass", "AUX", "VBD", "be", "O"), ("attended", 3, "ROOT", "VERB", "VBN", "attend", "O"),
                ("by", 3, "agent", "ADP", "IN", "by", "O"), P("Bamba", 4, "pobj"),
                ("and", 3, "cc", "CCONJ", "CC", "and", "O"), ("by", 3, "conj", "ADP", "IN", "by", "O"),
                P("Sow", 7, "pobj"), (".", 3, "punct", "PUNCT", ".", ".", "O")])
    assert rule_marks(doc).rule("participant-prep", 7) == "prep-participant-second-agent"
    assert meetings(doc, actors) == [["Bamba", "Sow"]]


def test_rules_meeting_gapped_delegation_leader(actors):
    """"Negotiators resumed talks . The government delegation was led by Calle , and the rebel delegation by
    Okonkwo .": the second side's leader in the gapped clause (delegation-led-passive-gapped-verb) takes part with
    the first."""
    first = [("Negotiators", 1, "nsubj", "NOUN", "NNS", "negotiator", "O"),
             ("resumed", 1, "ROOT", "VERB", "VBD", "resume", "O"), ("talks", 1, "dobj", "NOUN", "NNS", "talk", "O"),
             (".", 1, "punct", "PUNCT", ".", ".", "O")]
    second = [("The", 2, "det", "DET", "DT", "the", "O"),
              ("government", 2, "compound", "NOUN", "NN", "government", "O"),
              ("delegation", 4, "nsubjpass", "NOUN", "NN", "delegation", "O"),
              ("was", 4, "auxpass", "AUX", "VBD", "be", "O"), ("led", 4, "ROOT", "VERB", "VBN", "lead", "O"),
              ("by", 4, "agent", "ADP", "IN", "by", "O"), P("Calle", 5, "pobj"),
              (",", 4, "punct", "PUNCT", ",", ",", "O"), ("and", 4, "cc", "CCONJ", "CC", "and", "O"),
              ("the", 11, "det", "DET", "DT", "the", "O"), ("rebel", 11, "amod", "ADJ", "JJ", "rebel", "O"),
              ("delegation", 4, "conj", "NOUN", "NN", "delegation", "O"), ("by", 11, "prep", "ADP", "IN", "by", "O"),
              P("Okonkwo", 12, "pobj"), (".", 4, "punct", "PUNCT", ".", ".", "O")]
    doc = make(first + [(w, h + len(first), *rest) for w, h, *rest in second])
    assert rule_marks(doc).rule("delegation-head", 16) == "delegation-led-passive-gapped-verb"
    facts = extract(doc, Article("t", doc.text), actors)  # delegation heads join the talks after assembly
    assert [sorted(p.name for p in e.participants) for e in facts.events if e.is_meeting] == [["Calle", "Okonkwo"]]


def test_rules_meeting_mission_led_by_and_included(actors):
    """"The mission was led by Sirleaf and included Buhari and Mahama": the leader takes part with the members the
    joined verb lists (roster-included-delegation-led, ``company-leading-verbs``); a plan "led by" someone is none."""
    def doc(noun):
        return make([("The", 1, "det", "DET", "DT", "the", "O"), (noun, 3, "nsubjpass", "NOUN", "NN", noun, "O"),
                     ("was", 3, "auxpass", "AUX", "VBD", "be", "O"), ("led", 3, "ROOT", "VERB", "VBN", "lead", "O"),
                     ("by", 3, "agent", "ADP", "IN", "by", "O"), P("Sirleaf", 4, "pobj"),
                     ("and", 3, "cc", "CCONJ", "CC", "and", "O"),
                     ("included", 3, "conj", "VERB", "VBD", "include", "O"),
                     P("Buhari", 7, "dobj"), ("and", 8, "cc", "CCONJ", "CC", "and", "O"), P("Mahama", 8, "conj"),
                     (".", 3, "punct", "PUNCT", ".", ".", "O")])
    assert rule_marks(doc("mission")).rule("roster", 7) == "roster-included-delegation-led"
    assert meetings(doc("mission"), actors) == [["Buhari", "Mahama", "Sirleaf"]]
    assert meetings(doc("plan"), actors) == []

"""The host or chair of a gathering that a passive verb trigger's agents attend (``stray_partners.gathering_holders``)
on Docs built by hand (words, heads, deps, POS, tags, lemmas, entities), so a failure is the rule's, never the
statistical model's. Sentences written for these tests (meeting recall, forty-second session)."""

from __future__ import annotations

import pytest
from handdocs import make, name, word

from kg.extract import context
from kg.extract.participants import persons_in_phrase
from kg.extract.rulematch import rule_marks
from kg.extract.stray_partners import gathering_holders, list_tail_above
from kg.model import Article


def _holders(doc, actors):
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    trigger = next(t for t in doc if t.lemma_ == "attend")
    return sorted(ctx.entities[e].name for e in gathering_holders(ctx, trigger, persons_in_phrase))


@pytest.mark.parametrize("verb, found", [("host", ["Vidal"]), ("chair", ["Vidal"]), ("draft", [])])
def test_stray_partners_gathering_holders_participle_of_the_subject(actors, verb, found):
    """"The ceremony, hosted by Vidal, was attended by Ortega": the host joins; "drafted by" holds no gathering."""
    doc = make([word("The", 1, "det", "DET", "DT"), word("ceremony", 8, "nsubjpass", "NOUN", "NN"),
                word(",", 1, "punct", "PUNCT", ","), word(verb + "ed", 1, "acl", "VERB", "VBN", verb),
                word("by", 3, "agent", "ADP", "IN"), name("Vidal", 4, "pobj"), word(",", 1, "punct", "PUNCT", ","),
                word("was", 8, "auxpass", "AUX", "VBD", "be"), word("attended", 8, "ROOT", "VERB", "VBN", "attend"),
                word("by", 8, "agent", "ADP", "IN"), name("Ortega", 9, "pobj")])
    assert _holders(doc, actors) == found


@pytest.mark.parametrize("verb, lemma, found", [("hosted", "host", ["Vidal"]), ("praised", "praise", [])])
def test_stray_partners_gathering_holders_joined_passive(actors, verb, lemma, found):
    """"The meeting was hosted by Vidal and attended by Ortega": the host of the verb the trigger is joined to."""
    doc = make([word("The", 1, "det", "DET", "DT"), word("meeting", 3, "nsubjpass", "NOUN", "NN"),
                word("was", 3, "auxpass", "AUX", "VBD", "be"),
                word(verb, 3, "ROOT", "VERB", "VBN", lemma),
                word("by", 3, "agent", "ADP", "IN"), name("Vidal", 4, "pobj"), word("and", 3, "cc", "CCONJ", "CC"),
                word("attended", 3, "conj", "VERB", "VBN", "attend"), word("by", 7, "agent", "ADP", "IN"),
                name("Ortega", 8, "pobj")])
    assert _holders(doc, actors) == found


def test_stray_partners_gathering_holders_needs_an_agent(actors):
    """"The ceremony, hosted by Vidal, was attended": a trigger with no agents of its own takes no host."""
    doc = make([word("The", 1, "det", "DET", "DT"), word("ceremony", 7, "nsubjpass", "NOUN", "NN"),
                word(",", 1, "punct", "PUNCT", ","), word("hosted", 1, "acl", "VERB", "VBN", "host"),
                word("by", 3, "agent", "ADP", "IN"), name("Vidal", 4, "pobj"),
                word("was", 7, "auxpass", "AUX", "VBD", "be"), word("attended", 7, "ROOT", "VERB", "VBN", "attend")])
    assert _holders(doc, actors) == []


def _tail(doc, actors, at):
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    return [ctx.entities[e].name for e in list_tail_above(ctx, doc[at], persons_in_phrase)]


@pytest.mark.parametrize("last, pos, tag, ent, found", [("Paz", "PROPN", "NNP", "B-PERSON", ["Paz"]),
                                                        ("agreed", "VERB", "VBD", "O", [])])
def test_stray_partners_list_tail_above_takes_the_last_item(actors, last, pos, tag, ent, found):
    """"Vidal spoke after a session attended by Ortega, the envoy, and Paz": the parser hangs "Paz" on "spoke"; a
    verb there ("…, and agreed") is no list item."""
    doc = make([name("Vidal", 1, "nsubj"), word("spoke", 1, "ROOT", "VERB", "VBD", "speak"),
                word("after", 1, "prep", "ADP", "IN"), word("a", 4, "det", "DET", "DT"),
                word("session", 2, "pobj", "NOUN", "NN"), word("attended", 4, "acl", "VERB", "VBN", "attend"),
                word("by", 5, "agent", "ADP", "IN"), name("Ortega", 6, "pobj"), word(",", 7, "punct", "PUNCT", ","),
                word("the", 10, "det", "DET", "DT"), word("envoy", 7, "appos", "NOUN", "NN"),
                word(",", 1, "punct", "PUNCT", ","), word("and", 1, "cc", "CCONJ", "CC"),
                (last, 1, "conj", pos, tag, last.lower() if pos == "VERB" else last, ent),
                word(".", 1, "punct", "PUNCT", ".")])
    assert [n for n in _tail(doc, actors, 5) if "Paz" in n] == found


def test_stray_partners_list_tail_above_not_on_the_root(actors):
    """"Ortega met with Vidal, the envoy, and Paz": a root trigger's own conjuncts count already (no tail above)."""
    doc = make([name("Ortega", 1, "nsubj"), word("met", 1, "ROOT", "VERB", "VBD", "meet"),
                word("with", 1, "prep", "ADP", "IN"), name("Vidal", 2, "pobj"), word(",", 3, "punct", "PUNCT", ","),
                word("the", 6, "det", "DET", "DT"), word("envoy", 3, "appos", "NOUN", "NN"),
                word(",", 1, "punct", "PUNCT", ","), word("and", 1, "cc", "CCONJ", "CC"), name("Paz", 1, "conj")])
    assert _tail(doc, actors, 1) == []


@pytest.mark.parametrize("noun, lemma, found", [("panel", "chair", True), ("inquiry", "chair", False),
                                                ("panel", "praise", False)])
def test_rulematch_panel_chaired_by_marks_the_leader(noun, lemma, found):
    """"The government panel, chaired by Ruto, …" (delegation-led-by): a company's chair leads it; an inquiry is no
    company, and "praised by" leads nothing."""
    doc = make([word("The", 2, "det", "DET", "DT"), word("government", 2, "compound", "NOUN", "NN"),
                word(noun, 7, "nsubj", "NOUN", "NN"), word(",", 2, "punct", "PUNCT", ","),
                word(lemma + "ed", 2, "acl", "VERB", "VBN", lemma), word("by", 4, "agent", "ADP", "IN"),
                name("Ruto", 5, "pobj"), word("met", 7, "ROOT", "VERB", "VBD", "meet")])
    assert (rule_marks(doc).rule("delegation-leader", 5) == "delegation-led-by") is found

"""Meeting rules on Docs built by hand (words, heads, deps, POS, tags, lemmas, entities), so a failure here is the
rule's, never the statistical model's: a phone word outside the relative or adverbial clause of a meeting makes no
call of it ("X, who met Y, said calls went unanswered"; ``phone-own-clause-deps``), a passive participle the parser
hangs on an intention verb is no intention ("agreed at a meeting chaired by X and attended by Y"), and the object of
an "of" after a person's name is his affiliation, not a second person ("Y of Batkivshchyna"). Sentences are written
for these tests."""

from __future__ import annotations

from handdocs import make

from kg.extract import context
from kg.extract.events import assemble
from kg.extract.triggers import _phone_sentence, is_future
from kg.model import Article


def events(doc, actors):
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    found, _ = assemble(ctx)
    named = [t.text for t in doc if t.ent_type_ == "PERSON"]
    return sorted((e.kind, sorted(next(w for w in named if w in p.name) for p in e.participants)) for e in found)


def P(word, head, dep):  # noqa: N802 - a person's one-word name
    return (word, head, dep, "PROPN", "NNP", word, "B-PERSON")


def W(word, head, dep, pos, tag, lemma=None):  # noqa: N802 - a word that is no entity
    return (word, head, dep, pos, tag, lemma or word.lower(), "O")


def who_met(phone_inside: bool):
    """"Owusu , who met Mensah [by phone] , said calls/talks stopped ." """
    rows = [P("Owusu", 6, "nsubj"), W(",", 0, "punct", "PUNCT", ","), W("who", 3, "nsubj", "PRON", "WP"),
            W("met", 0, "relcl", "VERB", "VBD", "meet"), P("Mensah", 3, "dobj")]
    if phone_inside:
        rows += [W("by", 3, "prep", "ADP", "IN"), W("phone", 5, "pobj", "NOUN", "NN")]
    n = len(rows)
    rows += [W(",", 0, "punct", "PUNCT", ","), W("said", n + 1, "ROOT", "VERB", "VBD", "say"),
             W("talks" if phone_inside else "calls", n + 3, "nsubj", "NOUN", "NNS", "talk" if phone_inside else "call"),
             W("stopped", n + 1, "ccomp", "VERB", "VBD", "stop"), W(".", n + 1, "punct", "PUNCT", ".")]
    return make(rows)


def test_rules_meeting_phone_word_outside_relative_clause(actors):
    """The phone word of the main clause makes no call of the meeting a relative clause tells; one inside it does."""
    assert events(who_met(False), actors) == [("meeting", ["Mensah", "Owusu"])]
    assert events(who_met(True), actors) == [("call", ["Mensah", "Owusu"])]


def agreed(attend_dep: str):
    """"Plans were agreed , chaired by Diallo and attended by Bamba ." with "chaired" hung on "agreed" as
    ``attend_dep`` (an adverbial participle, or, as a control, an infinitive "to chair")."""
    rows = [W("Plans", 2, "nsubjpass", "NOUN", "NNS", "plan"), W("were", 2, "auxpass", "AUX", "VBD", "be"),
            W("agreed", 2, "ROOT", "VERB", "VBN", "agree"), W(",", 2, "punct", "PUNCT", ",")]
    if attend_dep == "advcl":
        rows += [W("chaired", 2, "advcl", "VERB", "VBN", "chair")]
    else:
        rows[3] = W("to", 4, "aux", "PART", "TO")
        rows += [W("chair", 2, "xcomp", "VERB", "VB")]
    rows += [W("by", 4, "agent", "ADP", "IN"), P("Diallo", 5, "pobj"), W("and", 4, "cc", "CCONJ", "CC"),
             W("attended", 4, "conj", "VERB", "VBN", "attend"), W("by", 8, "agent", "ADP", "IN"),
             P("Bamba", 9, "pobj"), W(".", 2, "punct", "PUNCT", ".")]
    return make(rows)


def test_rules_meeting_passive_participle_under_intention_happened():
    """"agreed …, attended by Bamba": a passive participle adjunct of "agreed" is no plan; "agreed to chair … and
    attended" (an infinitive, the control) stays planned."""
    assert not is_future(agreed("advcl")[8])
    assert is_future(agreed("xcomp")[8])


def of_person(joiner: str):
    """"Diallo met Bamba <of|and> Sow ." with Sow hung on "of" (an affiliation) or conjoined (a second person)."""
    if joiner == "of":
        return make([P("Diallo", 1, "nsubj"), W("met", 1, "ROOT", "VERB", "VBD", "meet"), P("Bamba", 1, "dobj"),
                     W("of", 2, "prep", "ADP", "IN"), P("Sow", 3, "pobj"), W(".", 1, "punct", "PUNCT", ".")])
    return make([P("Diallo", 1, "nsubj"), W("met", 1, "ROOT", "VERB", "VBD", "meet"), P("Bamba", 1, "dobj"),
                 W("and", 2, "cc", "CCONJ", "CC"), P("Sow", 2, "conj"), W(".", 1, "punct", "PUNCT", ".")])


def test_nonparticipants_affiliation_of_person(actors):
    """"Diallo met Bamba of Sow": what NER calls a person after a person's "of" is his party or town, no
    participant; "Bamba and Sow" are two persons met."""
    assert events(of_person("of"), actors) == [("meeting", ["Bamba", "Diallo"])]
    assert events(of_person("and"), actors) == [("meeting", ["Bamba", "Diallo", "Sow"])]


def called(particle: bool):
    """"Mensah was called [in] by Owusu ." """
    rows = [P("Mensah", 2, "nsubjpass"), W("was", 2, "auxpass", "AUX", "VBD", "be"),
            W("called", 2, "ROOT", "VERB", "VBN", "call")]
    if particle:
        rows += [W("in", 2, "prt", "ADP", "RP")]
    n = len(rows)
    rows += [W("by", 2, "agent", "ADP", "IN"), P("Owusu", n, "pobj"), W(".", 2, "punct", "PUNCT", ".")]
    return make(rows)


def test_rules_meeting_called_in_by_is_seen_in_person(actors):
    """"Mensah was called in by Owusu" (call-in-summoned): a summons, seen in person; "was called by" a call."""
    assert events(called(True), actors) == [("meeting", ["Mensah", "Owusu"])]
    assert events(called(False), actors) == [("call", ["Mensah", "Owusu"])]


def discussed_around_call(prep: str):
    """"Owusu and Mensah discussed trade <prep> a call ." with "call" the object of ``prep``."""
    rows = [P("Owusu", 3, "nsubj"), W("and", 0, "cc", "CCONJ", "CC"), P("Mensah", 0, "conj"),
            W("discussed", 3, "ROOT", "VERB", "VBD", "discuss"), W("trade", 3, "dobj", "NOUN", "NN"),
            W(prep, 3, "prep", "ADP", "IN"), W("a", 7, "det", "DET", "DT"), W("call", 5, "pobj", "NOUN", "NN"),
            W(".", 3, "punct", "PUNCT", ".")]
    return make(rows)


def test_rules_meeting_phone_word_after_a_temporal_preposition_is_another_event():
    """"discussed Z following/after a call" dates the talks by another event (``temporal-preps``): no phone word of
    theirs; "discussed Z in a call" is a call."""
    for prep, phoned in (("following", False), ("after", False), ("in", True)):
        doc = discussed_around_call(prep)
        assert _phone_sentence(doc[:], doc[3]) is phoned, prep

"""Visits made at a person's invitation, calls said as "spoke to X by telephone" or "a phone conversation with X",
and a thing welcomed in the passive ("the agreement was welcomed by X and Y"), on Docs built by hand (words,
heads, deps, POS, tags, lemmas, entities), so a failure here is the rule's, never the statistical model's.
Sentences are written for these tests."""

from __future__ import annotations

from test_rules_news_meetings import make

from kg.extract import context, triggers
from kg.extract.events import assemble
from kg.extract.rulematch import rule_marks
from kg.extract.visits import with_visits
from kg.model import Article


def events_of(doc, actors):
    """(kind, sorted surnames) of every event, visits of their own included."""
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    named = [t.text for t in doc if t.ent_type_ == "PERSON"]
    events, _ = with_visits(ctx, *assemble(ctx))
    return [(e.kind, sorted(next(w for w in named if w in p.name) for p in e.participants)) for e in events]


def _visit(inviter: bool):
    """"Brandt 's state visit to Norway at Dahl 's invitation" (the visit noun under "during"); without an
    inviter: "at the invitation"."""
    rows = [("talks", 0, "ROOT", "NOUN", "NNS", "talk", "O"), ("during", 0, "prep", "ADP", "IN", "during", "O"),
            ("Brandt", 5, "poss", "PROPN", "NNP", "Brandt", "B-PERSON"), ("'s", 2, "case", "PART", "POS", "'s", "O"),
            ("state", 5, "compound", "NOUN", "NN", "state", "O"), ("visit", 1, "pobj", "NOUN", "NN", "visit", "O"),
            ("to", 5, "prep", "ADP", "IN", "to", "O"), ("Norway", 6, "pobj", "PROPN", "NNP", "Norway", "B-GPE"),
            ("at", 5, "prep", "ADP", "IN", "at", "O")]
    if inviter:
        rows += [("Dahl", 11, "poss", "PROPN", "NNP", "Dahl", "B-PERSON"), ("'s", 9, "case", "PART", "POS", "'s", "O"),
                 ("invitation", 8, "pobj", "NOUN", "NN", "invitation", "O")]
    else:
        rows += [("the", 10, "det", "DET", "DT", "the", "O"),
                 ("invitation", 8, "pobj", "NOUN", "NN", "invitation", "O")]
    return make(rows)


def test_visits_inviter_receives_the_visitor(actors):
    """A visit made at a named person's invitation (``prep-participant-invitation``) has the inviter as its second
    participant; at an invitation of no one named it stays the visitor's own."""
    doc = _visit(True)
    assert rule_marks(doc).rule("participant-prep", 8) == "prep-participant-invitation"
    assert events_of(doc, actors) == [("visit", ["Brandt", "Dahl"])]
    assert events_of(_visit(False), actors) == [("visit", ["Brandt"])]


def test_visits_inviter_of_a_visit_made():
    """"Brandt made a visit to Oslo at the invitation of Dahl": the parser hangs the "at" on the visit-making verb."""
    words = "Brandt made a visit to Oslo at the invitation of Dahl".split()
    heads = [1, 1, 3, 1, 3, 4, 1, 8, 6, 8, 9]
    deps = ["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "prep", "det", "pobj", "prep", "pobj"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "ADP", "DET", "NOUN", "ADP", "PROPN"]
    lemmas = ["Brandt", "make", "a", "visit", "to", "Oslo", "at", "the", "invitation", "of", "Dahl"]
    ents = ["B-PERSON", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "B-PERSON"]
    rows = [(w, h, d, p, "", lem, e) for w, h, d, p, lem, e in zip(words, heads, deps, pos, lemmas, ents, strict=True)]
    assert rule_marks(make(rows)).rule("participant-prep", 6) == "prep-participant-invitation"
    rows[1] = ("praised", 1, "ROOT", "VERB", "VBD", "praise", "O")
    assert not rule_marks(make(rows)).has("participant-prep", 6)


def _spoke_to(phone: str):
    rows = [("Brandt", 1, "nsubj", "PROPN", "NNP", "Brandt", "B-PERSON"),
            ("spoke", 1, "ROOT", "VERB", "VBD", "speak", "O"),
            ("to", 1, "prep", "ADP", "IN", "to", "O"), ("Dahl", 2, "pobj", "PROPN", "NNP", "Dahl", "B-PERSON"),
            ("by", 1, "prep", "ADP", "IN", "by", "O"), (phone, 4, "pobj", "NOUN", "NN", phone, "O")]
    return make(rows)


def test_triggers_spoke_to_by_telephone_is_a_call(actors):
    """"Brandt spoke to Dahl by telephone": the "to" names the one called (``prep-participant-to-by-phone``); "by
    car" is no phone phrase, and "spoke to Dahl" alone no call."""
    doc = _spoke_to("telephone")
    assert rule_marks(doc).rule("participant-prep", 2) == "prep-participant-to-by-phone"
    assert triggers.classify(doc[1], triggers.meeting_row(doc[1])) == "call"
    assert events_of(doc, actors) == [("call", ["Brandt", "Dahl"])]
    assert not rule_marks(_spoke_to("car")).has("participant-prep", 2)


def test_triggers_phone_conversation_is_a_call(actors):
    """"Brandt had a telephone conversation with Dahl" (m-conversation, only with a ``phone-conversation`` mark);
    "a long conversation with Dahl" is no trigger."""
    def doc(word, dep, pos):
        return make([("Brandt", 1, "nsubj", "PROPN", "NNP", "Brandt", "B-PERSON"),
                     ("had", 1, "ROOT", "VERB", "VBD", "have", "O"), ("a", 4, "det", "DET", "DT", "a", "O"),
                     (word, 4, dep, pos, "NN", word, "O"),
                     ("conversation", 1, "dobj", "NOUN", "NN", "conversation", "O"),
                     ("with", 4, "prep", "ADP", "IN", "with", "O"),
                     ("Dahl", 5, "pobj", "PROPN", "NNP", "Dahl", "B-PERSON")])
    phone = doc("telephone", "compound", "NOUN")
    assert rule_marks(phone).rule("phone-conversation", 4) == "phone-conversation"
    assert triggers.meeting_row(phone[4])["id"] == "m-conversation"
    assert events_of(phone, actors) == [("call", ["Brandt", "Dahl"])]
    assert triggers.meeting_row(doc("long", "amod", "ADJ")[4]) is None


def _welcomed(guest: str, ent: str):
    """"<guest> was welcomed by Dahl and Brandt"."""
    return make([(guest, 2, "nsubjpass", "PROPN" if ent != "O" else "NOUN", "NN", guest, ent),
                 ("was", 2, "auxpass", "AUX", "VBD", "be", "O"), ("welcomed", 2, "ROOT", "VERB", "VBN", "welcome", "O"),
                 ("by", 2, "agent", "ADP", "IN", "by", "O"), ("Dahl", 3, "pobj", "PROPN", "NNP", "Dahl", "B-PERSON"),
                 ("and", 4, "cc", "CCONJ", "CC", "and", "O"),
                 ("Brandt", 4, "conj", "PROPN", "NNP", "Brandt", "B-PERSON")])


def test_events_thing_welcomed_in_the_passive_welcomes_no_one(actors):
    """A trigger that needs another side (``needs_other``: welcome, receive) acts in the passive on its subject:
    "Ilves was welcomed by Dahl and Brandt" is a meeting of the three, "the agreement was welcomed by Dahl and
    Brandt" none (as "Dahl and Brandt welcomed the agreement" is none)."""
    assert events_of(_welcomed("Ilves", "B-PERSON"), actors) == [("host", ["Brandt", "Dahl", "Ilves"])]
    assert events_of(_welcomed("agreement", "O"), actors) == []

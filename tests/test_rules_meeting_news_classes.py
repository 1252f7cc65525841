"""Meeting classes of ordinary news on Docs built by hand (words, heads, deps, POS, tags, lemmas, entities), so a
failure here is the rule's, never the statistical model's: a country's "top diplomat" named after its foreign
minister, persons who "were among those who attended", a roster of "leaders who attended", persons "in attendance"
in a "with" phrase, "Taking part were A and B", "the summit drew A and B", and "huddled with". Sentences are written
for these tests."""

from __future__ import annotations

import pytest
from test_rules_meeting_shapes import make, meetings, name

from kg.extract import anaphora, attendance, extract, nominals, triggers
from kg.extract.rulematch import rule_marks
from kg.model import Article


def word(text, head, dep, pos, tag, lemma=None, ent="O"):
    """A row outside any person's name."""
    return (text, head, dep, pos, tag, lemma or text.lower(), ent)


def diplomat(det, country, post=False):
    """"<det> top <country> diplomat (in Iraq) met Mehta." (``det`` "the", "a" or "former"), parsed as the model
    does."""
    verb = 6 if post else 4
    rows = [word(det.capitalize(), 3, "det" if det in ("the", "a") else "amod", "DET", "DT", det),
            word("top", 3, "amod", "ADJ", "JJ"), word(country, 3, "compound", "PROPN", "NNP", country, "B-GPE"),
            word("diplomat", verb, "nsubj", "NOUN", "NN")]
    if post:
        rows += [word("in", 3, "prep", "ADP", "IN"), word("Iraq", 4, "pobj", "PROPN", "NNP", "Iraq", "B-GPE")]
    return make(rows + [word("met", verb, "ROOT", "VERB", "VBD", "meet"), name("Mehta", verb, "dobj")])


def test_anaphora_a_countrys_top_diplomat():
    """"the top US diplomat" is the United States' foreign post (``chief-diplomat-ranks``, ``-nouns``): a mention
    of the chief-diplomat kind with the country between rank and noun."""
    (found,) = anaphora.nominal_mentions(diplomat("the", "US"), [])
    assert (found.rule, found.title_kind, found.country, found.role) == \
        ("chief-diplomat-anaphora", "chief-diplomat", "US", None)


def test_anaphora_a_countrys_possessive_top_diplomat():
    """"China's top diplomat": the country's possessive before the rank."""
    doc = make([word("China", 2, "poss", "PROPN", "NNP", "China", "B-GPE"), word("'s", 0, "case", "PART", "POS"),
                word("top", 3, "amod", "ADJ", "JJ"), word("diplomat", 4, "nsubj", "NOUN", "NN"),
                word("met", 4, "ROOT", "VERB", "VBD", "meet"), name("Mehta", 4, "dobj")])
    (found,) = anaphora.nominal_mentions(doc, [])
    assert (found.title_kind, found.country, found.span_start) == ("chief-diplomat", "CN", 0)


@pytest.mark.parametrize("det", ["a", "former"])
def test_anaphora_an_indefinite_or_former_top_diplomat_is_someone_else(det):
    """"a top US diplomat", "former top US diplomat": not the country's foreign minister named before."""
    assert anaphora.nominal_mentions(diplomat(det, "US"), []) == []


def test_anaphora_a_top_diplomat_with_a_post_of_his_own():
    """"the top US diplomat in Iraq" is the ambassador there, not the Secretary of State."""
    assert anaphora.nominal_mentions(diplomat("the", "US", post=True), []) == []


def test_anaphora_a_top_diplomat_needs_a_country():
    """"the top diplomat" with no country names no one."""
    doc = make([word("The", 2, "det", "DET", "DT"), word("top", 2, "amod", "ADJ", "JJ"),
                word("diplomat", 3, "nsubj", "NOUN", "NN"), word("met", 3, "ROOT", "VERB", "VBD", "meet"),
                name("Mehta", 3, "dobj")])
    assert anaphora.nominal_mentions(doc, []) == []


@pytest.mark.parametrize("role, fits", [("Secretary of State", True), ("Foreign Minister", True),
                                        ("Minister of Foreign Affairs", True), ("Foreign Secretary", True),
                                        ("Secretary of State for Health", False), ("Defence Minister", False),
                                        (None, False)])
def test_people_foreign_post(role, fits):
    """The posts a country's "top diplomat" stands for (``portfolio-foreign``), not another Secretary of State's."""
    assert nominals._foreign_post(role) is fits


def among_those(verb, lemma, obj):
    """"Hart and Clarke were among those who <verb> <obj>.", parsed as the model does (``obj`` a name or a noun)."""
    other = name(obj, 7, "dobj") if obj[:1].isupper() else word(obj, 7, "dobj", "NOUN", "NN")
    return make([name("Hart", 3, "nsubj"), word("and", 0, "cc", "CCONJ", "CC"), name("Clarke", 0, "conj"),
                 word("were", 3, "ROOT", "AUX", "VBD", "be"), word("among", 3, "prep", "ADP", "IN"),
                 word("those", 4, "pobj", "PRON", "DT"), word("who", 7, "nsubj", "PRON", "WP"),
                 word(verb, 5, "relcl", "VERB", "VBD", lemma), other, word(".", 3, "punct", "PUNCT", ".")])


def test_participants_among_those_who_met(actors):
    """The relative pronoun of "those who met Mehta" under "were among" stands for the copula's subjects: Hart and
    Clarke met Mehta (``participants._among_subjects``)."""
    assert [m for m in meetings(among_those("met", "meet", "Mehta"), actors) if len(m) > 1] == \
        [["Clarke", "Hart", "Mehta"]]


def test_participants_among_those_who_criticised(actors):
    """"were among those who criticised Mehta" is no meeting."""
    assert [m for m in meetings(among_those("criticised", "criticise", "Mehta"), actors) if len(m) > 1] == []


def leaders_who(verb, lemma):
    """"Leaders who <verb> the summit included Hart and Clarke.", parsed as the model does."""
    return make([word("Leaders", 5, "nsubj", "NOUN", "NNS", "leader"), word("who", 2, "nsubj", "PRON", "WP"),
                 word(verb, 0, "relcl", "VERB", "VBD", lemma), word("the", 4, "det", "DET", "DT"),
                 word("summit", 2, "dobj", "NOUN", "NN"), word("included", 5, "ROOT", "VERB", "VBD", "include"),
                 name("Hart", 5, "dobj"), word("and", 6, "cc", "CCONJ", "CC"), name("Clarke", 6, "conj"),
                 word(".", 5, "punct", "PUNCT", ".")])


@pytest.mark.parametrize("verb, lemma, roster", [("attended", "attend", True), ("joined", "join", True),
                                                  ("criticised", "criticise", False)])
def test_rules_roster_of_leaders_who_attended(actors, verb, lemma, roster):
    """"Leaders who attended the summit included A and B" lists its participants (``roster-included-who-attended``);
    "Leaders who criticised the summit included A and B" does not."""
    doc = leaders_who(verb, lemma)
    assert rule_marks(doc).has("roster", 5) is roster
    assert ([m for m in meetings(doc, actors) if len(m) > 1] == [["Clarke", "Hart"]]) is roster


def in_attendance(on_object):
    """"The summit opened with Hart and Clarke in attendance.", "in attendance" on the verb or on Hart."""
    at = 3 if on_object else 1
    return make([word("The", 1, "det", "DET", "DT"), word("summit", 2, "nsubj", "NOUN", "NN"),
                 word("opened", 2, "ROOT", "VERB", "VBD", "open"), word("with", 2, "prep", "ADP", "IN"),
                 name("Hart", 3, "pobj"), word("and", 4, "cc", "CCONJ", "CC"), name("Clarke", 4, "conj"),
                 word("in", at + 1 if on_object else 2, "prep", "ADP", "IN"),
                 word("attendance", 7, "pobj", "NOUN", "NN"), word(".", 2, "punct", "PUNCT", ".")])


@pytest.mark.parametrize("on_object", [False, True])
def test_rules_with_persons_in_attendance(actors, on_object):
    """"The summit opened with A and B in attendance": the "with" phrase names the summit's participants
    (``presence-with-in-attendance``, ``-object``), however the parser hangs "in attendance"."""
    doc = in_attendance(on_object)
    assert rule_marks(doc).has("presence-speech", 3)
    facts = extract(doc, Article("t", doc.text), actors)
    assert [sorted(p.name for p in e.participants) for e in facts.events if e.is_meeting] == [["Clarke", "Hart"]]


def huddled(partner_is_person):
    """"Asante huddled with Mehta." or "Asante huddled with advisers."."""
    other = name("Mehta", 2, "pobj") if partner_is_person else word("advisers", 2, "pobj", "NOUN", "NNS", "adviser")
    return make([name("Asante", 1, "nsubj"), word("huddled", 1, "ROOT", "VERB", "VBD", "huddle"),
                 word("with", 1, "prep", "ADP", "IN"), other, word(".", 1, "punct", "PUNCT", ".")])


@pytest.mark.parametrize("partner_is_person, expected", [(True, [["Asante", "Mehta"]]), (False, [])])
def test_triggers_huddled_with(actors, partner_is_person, expected):
    """"X huddled with Y" is a meeting (m-huddle); huddling with unnamed advisers meets no one named."""
    doc = huddled(partner_is_person)
    assert triggers.meeting_row(doc[1])["id"] == "m-huddle"
    assert [m for m in meetings(doc, actors) if len(m) > 1] == expected


def taking(obj):
    """"Taking <obj> were Hart and Clarke.", parsed as the model does: the participle the root, the names the
    subject of the auxiliary."""
    return make([word("Taking", 0, "ROOT", "VERB", "VBG", "take"), word(obj, 0, "dobj", "NOUN", "NN"),
                 word("were", 0, "aux", "AUX", "VBD", "be"), name("Hart", 2, "nsubj"),
                 word("and", 3, "cc", "CCONJ", "CC"), name("Clarke", 3, "conj"), word(".", 2, "punct", "PUNCT", ".")])


@pytest.mark.parametrize("obj, expected", [("part", [["Clarke", "Hart"]]), ("office", [])])
def test_attendance_fronted_taking_part(actors, obj, expected):
    """"Taking part were A and B" lists who attended (``attendance.fronted_attending``: the joining participle
    m-take-part as the root, the names on the copula); "Taking office were A and B" is no gathering."""
    assert attendance.fronted_attending(taking(obj)[0]) is (obj == "part")
    assert [m for m in meetings(taking(obj), actors) if len(m) > 1] == expected


def drew(obj_is_person):
    """"The summit drew Hart and Clarke." or "The summit drew criticism from Hart and Clarke."."""
    if obj_is_person:
        tail = [name("Hart", 2, "dobj"), word("and", 3, "cc", "CCONJ", "CC"), name("Clarke", 3, "conj")]
    else:
        tail = [word("criticism", 2, "dobj", "NOUN", "NN"), word("from", 3, "prep", "ADP", "IN"),
                name("Hart", 4, "pobj"), word("and", 5, "cc", "CCONJ", "CC"), name("Clarke", 5, "conj")]
    return make([word("The", 1, "det", "DET", "DT"), word("summit", 2, "nsubj", "NOUN", "NN"),
                 word("drew", 2, "ROOT", "VERB", "VBD", "draw"), *tail, word(".", 2, "punct", "PUNCT", ".")])


@pytest.mark.parametrize("obj_is_person, expected", [(True, [["Clarke", "Hart"]]), (False, [])])
def test_triggers_a_summit_drew_persons(actors, obj_is_person, expected):
    """"The summit drew A and B" is their meeting (m-draw under ``roster-gathering-drew-person``); "the summit drew
    criticism from A and B" is not."""
    doc = drew(obj_is_person)
    assert rule_marks(doc).has("roster", 2) is obj_is_person
    assert [m for m in meetings(doc, actors) if len(m) > 1] == expected

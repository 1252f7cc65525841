"""Who was at the article's gathering (:mod:`kg.extract.attendees`), on Docs built by hand (words, heads, deps, POS,
tags, lemmas, entities), so a failure here is the rule's, never the statistical model's: an act at or during the
gathering, the host of its session, its chair, nothing planned, and the heads of state speaking in a summit
report. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from handdocs import make

from kg.extract import attendees, context, side_delegates
from kg.extract.rulematch import rule_marks
from kg.model import Article, EventFact, RoleFact


def present(doc, actors, mentions):
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    return [ctx.person(e).name.split()[-1] for e in attendees.present(ctx, set(mentions))]


SPOKE_AT = [("Garcia", 1, "nsubj", "PROPN", "NNP", "Garcia", "B-PERSON"), ("spoke", 1, "ROOT", "VERB", "VBD", "speak", "O"),
            ("at", 1, "prep", "ADP", "IN", "at", "O"), ("the", 4, "det", "DET", "DT", "the", "O"),
            ("summit", 2, "pobj", "NOUN", "NN", "summit", "O"), (".", 1, "punct", "PUNCT", ".", ".", "O")]


def test_attendees_act_at_the_gathering(actors):
    doc = make(SPOKE_AT)
    assert rule_marks(doc).rule("presence-prep", 2) == "presence-at-gathering"
    assert present(doc, actors, [4]) == ["Garcia"]
    assert present(doc, actors, []) == ["Garcia"]  # "the summit": a definite gathering noun is the article's


@pytest.mark.parametrize("mark, lemma, expected", [
    ("while", "say", ["Garcia", "Lopez"]),  # "…, while Lopez said …": his act is set beside Garcia's at the summit
    ("because", "say", ["Garcia"]),  # a reason clause is no act of another person at the summit
])
def test_attendees_contrast_clause_subject_was_there(actors, mark, lemma, expected):
    """"At the summit Garcia spoke, while Lopez said …": the subject of a ``contrast-clause-marks`` clause on the act
    placed at the gathering was there too (attendees._contrast_sides)."""
    rows = [("At", 3, "prep", "ADP", "IN", "at", "O"), ("the", 2, "det", "DET", "DT", "the", "O"),
            ("summit", 0, "pobj", "NOUN", "NN", "summit", "O"), ("spoke", 3, "ROOT", "VERB", "VBD", "speak", "O"),
            ("Garcia", 3, "nsubj", "PROPN", "NNP", "Garcia", "B-PERSON"), (",", 3, "punct", "PUNCT", ",", ",", "O"),
            (mark, 8, "mark", "SCONJ", "IN", mark, "O"), ("Lopez", 8, "nsubj", "PROPN", "NNP", "Lopez", "B-PERSON"),
            ("said", 3, "advcl", "VERB", "VBD", lemma, "O"), ("so", 8, "advmod", "ADV", "RB", "so", "O"),
            (".", 3, "punct", "PUNCT", ".", ".", "O")]
    doc = make(rows)
    assert sorted(present(doc, actors, [2])) == expected


def test_attendees_planned_act_is_no_presence(actors):
    rows = [("Garcia", 2, "nsubj", "PROPN", "NNP", "Garcia", "B-PERSON"), ("will", 2, "aux", "AUX", "MD", "will", "O"),
            ("speak", 2, "ROOT", "VERB", "VB", "speak", "O"), ("at", 2, "prep", "ADP", "IN", "at", "O"),
            ("the", 5, "det", "DET", "DT", "the", "O"), ("summit", 3, "pobj", "NOUN", "NN", "summit", "O"),
            (".", 2, "punct", "PUNCT", ".", ".", "O")]
    assert present(make(rows), actors, [5]) == []


def test_attendees_host_of_a_session(actors):
    rows = [("The", 2, "det", "DET", "DT", "the", "O"), ("first", 2, "amod", "ADJ", "JJ", "first", "O"),
            ("session", 4, "nsubjpass", "NOUN", "NN", "session", "O"), ("was", 4, "auxpass", "AUX", "VBD", "be", "O"),
            ("hosted", 4, "ROOT", "VERB", "VBN", "host", "O"), ("by", 4, "agent", "ADP", "IN", "by", "O"),
            ("Talabani", 5, "pobj", "PROPN", "NNP", "Talabani", "B-PERSON"), (".", 4, "punct", "PUNCT", ".", ".", "O")]
    doc = make(rows)
    assert rule_marks(doc).rule("presence-agent", 5) == "presence-hosted-by"
    assert present(doc, actors, []) == ["Talabani"]


def test_attendees_host_of_what_the_gathering_opened_with(actors):
    rows = [("The", 1, "det", "DET", "DT", "the", "O"), ("talks", 2, "nsubj", "NOUN", "NNS", "talk", "O"),
            ("began", 2, "ROOT", "VERB", "VBD", "begin", "O"), ("with", 2, "prep", "ADP", "IN", "with", "O"),
            ("a", 5, "det", "DET", "DT", "a", "O"), ("dinner", 3, "pobj", "NOUN", "NN", "dinner", "O"),
            ("hosted", 5, "acl", "VERB", "VBN", "host", "O"), ("by", 6, "agent", "ADP", "IN", "by", "O"),
            ("Rice", 7, "pobj", "PROPN", "NNP", "Rice", "B-PERSON"), (".", 2, "punct", "PUNCT", ".", ".", "O")]
    doc = make(rows)
    assert rule_marks(doc).rule("presence-agent", 7) == "presence-opened-with-hosted"
    assert present(doc, actors, [1]) == ["Rice"]


@pytest.mark.parametrize("verb, lemma, gathering", [("chaired", "chair", "summit"), ("told", "tell", "meeting"),
                                                     ("attended", "attend", "event"), ("hosted", "host", "event"),
                                                     ("addressed", "address", "sitting"),
                                                     ("convened", "convene", "meeting")])
def test_attendees_chair_of_the_summit(actors, verb, lemma, gathering):
    rows = [("Kikwete", 1, "nsubj", "PROPN", "NNP", "Kikwete", "B-PERSON"),
            (verb, 1, "ROOT", "VERB", "VBD", lemma, "O"), ("the", 3, "det", "DET", "DT", "the", "O"),
            (gathering, 1, "dobj", "NOUN", "NN", gathering, "O"), (".", 1, "punct", "PUNCT", ".", ".", "O")]
    no_gathering = ("reporters", 1, "dobj", "NOUN", "NNS", "reporter", "O")  # "told reporters": no gathering
    _present_only_at_a_gathering(actors, rows, ("presence-verb", 1, "presence-chairs"), 3, no_gathering)


ALSO_ATTENDED = [("The", 1, "det", "DET", "DT", "the", "O"), ("summit", 2, "nsubj", "NOUN", "NN", "summit", "O"),
                 ("opened", 2, "ROOT", "VERB", "VBD", "open", "O"), (".", 2, "punct", "PUNCT", ".", ".", "O"),
                 ("Kikwete", 6, "nsubj", "PROPN", "NNP", "Kikwete", "B-PERSON"),
                 ("also", 6, "advmod", "ADV", "RB", "also", "O"), ("attended", 6, "ROOT", "VERB", "VBD", "attend", "O"),
                 (".", 6, "punct", "PUNCT", ".", ".", "O")]


def test_attendees_also_attended_the_report_gathering(actors):
    doc = make(ALSO_ATTENDED)
    assert rule_marks(doc).rule("presence-unsaid", 6) == "presence-also-attended"
    assert present(doc, actors, [1]) == ["Kikwete"]  # the report's one gathering, first mentioned at "summit"
    assert present(doc, actors, []) == []  # no gathering reported: attended nothing known


def test_attendees_also_attended_something_named_or_planned(actors):
    funeral = [*ALSO_ATTENDED[:7], ("funeral", 6, "dobj", "NOUN", "NN", "funeral", "O"), ALSO_ATTENDED[7]]
    assert present(make(funeral), actors, [1]) == []  # "also attended the funeral": not the summit
    will = [*ALSO_ATTENDED[:6], ("will", 7, "aux", "AUX", "MD", "will", "O"),
            ("attend", 7, "ROOT", "VERB", "VB", "attend", "O"), (".", 7, "punct", "PUNCT", ".", ".", "O")]
    will[4] = ("Kikwete", 7, "nsubj", "PROPN", "NNP", "Kikwete", "B-PERSON")
    will[5] = ("also", 7, "advmod", "ADV", "RB", "also", "O")
    assert present(make(will), actors, [1]) == []  # "will also attend": planned


def _present_only_at_a_gathering(actors, rows, mark, gathering, other):
    """The mark ``(mark, token, rule id)`` puts Kikwete at the gathering noun ``rows[gathering]``, and nobody once
    that noun is replaced by the row ``other``, which names no gathering."""
    doc = make(rows)
    assert rule_marks(doc).rule(mark[0], mark[1]) == mark[2]
    assert present(doc, actors, [gathering]) == ["Kikwete"]
    rows = [*rows[:gathering], other, *rows[gathering + 1:]]
    assert present(make(rows), actors, []) == []


PRESIDED_OVER = [("Kikwete", 1, "nsubj", "PROPN", "NNP", "Kikwete", "B-PERSON"),
                 ("presided", 1, "ROOT", "VERB", "VBD", "preside", "O"), ("over", 1, "prep", "ADP", "IN", "over", "O"),
                 ("the", 4, "det", "DET", "DT", "the", "O"), ("meeting", 2, "pobj", "NOUN", "NN", "meeting", "O"),
                 (".", 1, "punct", "PUNCT", ".", ".", "O")]
DECLARED_OPEN = [("Kikwete", 1, "nsubj", "PROPN", "NNP", "Kikwete", "B-PERSON"),
                 ("declared", 1, "ROOT", "VERB", "VBD", "declare", "O"), ("the", 3, "det", "DET", "DT", "the", "O"),
                 ("summit", 4, "nsubj", "NOUN", "NN", "summit", "O"), ("open", 1, "ccomp", "ADJ", "JJ", "open", "O"),
                 (".", 1, "punct", "PUNCT", ".", ".", "O")]


@pytest.mark.parametrize("rows, mark, gathering, other", [
    # "presided over the country" names no gathering
    (PRESIDED_OVER, ("presence-prep", 2, "presence-presides-over"), 4,
     ("country", 2, "pobj", "NOUN", "NN", "country", "O")),
    # "declared the summit open" opens it; "declared the border open" names no gathering
    (DECLARED_OPEN, ("presence-verb", 1, "presence-declared-open"), 3,
     ("border", 4, "nsubj", "NOUN", "NN", "border", "O")),
])
def test_attendees_who_presides_over_or_opens_the_meeting(actors, rows, mark, gathering, other):
    _present_only_at_a_gathering(actors, rows, mark, gathering, other)


def test_attendees_host_a_gathering_noun_is_described_by(actors):
    rows = [("The", 1, "det", "DET", "DT", "the", "O"), ("summit", 1, "ROOT", "NOUN", "NN", "summit", "O"),
            ("hosted", 1, "acl", "VERB", "VBN", "host", "O"), ("by", 2, "agent", "ADP", "IN", "by", "O"),
            ("Kikwete", 3, "pobj", "PROPN", "NNP", "Kikwete", "B-PERSON")]  # "The summit hosted by Kikwete"
    assert attendees.presence_of(make(rows)[3], "presence-agent")[0].text == "summit"
    no_gathering = ("exhibition", 1, "ROOT", "NOUN", "NN", "exhibition", "O")  # "the exhibition hosted by X"
    _present_only_at_a_gathering(actors, rows, ("presence-agent", 3, "presence-gathering-hosted-by"), 1, no_gathering)


# "Peru's delegation was led by Osei. Holm led the Danish team." after a first sentence of four tokens
DELEGATIONS = [("Peru", 6, "poss", "PROPN", "NNP", "Peru", "B-GPE"), ("'s", 4, "case", "PART", "POS", "'s", "O"),
               ("delegation", 8, "nsubjpass", "NOUN", "NN", "delegation", "O"),
               ("was", 8, "auxpass", "AUX", "VBD", "be", "O"), ("led", 8, "ROOT", "VERB", "VBN", "lead", "O"),
               ("by", 8, "agent", "ADP", "IN", "by", "O"), ("Osei", 9, "pobj", "PROPN", "NNP", "Osei", "B-PERSON"),
               (".", 8, "punct", "PUNCT", ".", ".", "O"),
               ("Holm", 13, "nsubj", "PROPN", "NNP", "Holm", "B-PERSON"), ("led", 13, "ROOT", "VERB", "VBD", "lead", "O"),
               ("the", 16, "det", "DET", "DT", "the", "O"), ("Danish", 16, "amod", "ADJ", "JJ", "danish", "B-NORP"),
               ("team", 13, "dobj", "NOUN", "NN", "team", "O"), (".", 13, "punct", "PUNCT", ".", ".", "O")]


def test_attendees_delegation_leaders_in_a_summit_report(actors):
    rows = [("A", 1, "det", "DET", "DT", "a", "O"), ("summit", 2, "nsubj", "NOUN", "NN", "summit", "O"),
            ("opened", 2, "ROOT", "VERB", "VBD", "open", "O"), (".", 2, "punct", "PUNCT", ".", ".", "O"),
            *DELEGATIONS,
            ("Berg", 19, "nsubj", "PROPN", "NNP", "Berg", "B-PERSON"), ("led", 19, "ROOT", "VERB", "VBD", "lead", "O"),
            ("the", 21, "det", "DET", "DT", "the", "O"), ("talks", 19, "dobj", "NOUN", "NNS", "talk", "O"),
            (".", 19, "punct", "PUNCT", ".", ".", "O")]
    doc = make(rows)
    assert rule_marks(doc).rule("delegation-head", 9) == "delegation-led-passive"
    assert rule_marks(doc).rule("delegation-head", 13) == "delegation-lead-object"
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    assert [ctx.person(e).name for e in attendees.delegation_heads(ctx)] == ["Osei", "Holm"]  # not who led talks
    event = EventFact("e1", "meeting", (), ctx.evidence(1, 2, "event:unnamed+m-summit"), name="summit")
    events, _ = attendees.with_attendees(ctx, [], [event], {"e1": [1]})
    assert sorted(p.name for p in events[0].participants) == ["Holm", "Osei"]
    meeting = EventFact("e1", "meeting", (), ctx.evidence(1, 2, "event:unnamed+m-meeting"), name="meeting")
    assert attendees.with_attendees(ctx, [], [meeting], {"e1": []})[0] == [meeting]  # no summit report


def test_attendees_speakers_in_a_summit_report(actors):
    rows = [("A", 1, "det", "DET", "DT", "a", "O"), ("summit", 2, "nsubj", "NOUN", "NN", "summit", "O"),
            ("opened", 2, "ROOT", "VERB", "VBD", "open", "O"), (".", 2, "punct", "PUNCT", ".", ".", "O"),
            ("Osei", 5, "nsubj", "PROPN", "NNP", "Osei", "B-PERSON"), ("gave", 5, "ROOT", "VERB", "VBD", "give", "O"),
            ("a", 7, "det", "DET", "DT", "a", "O"), ("speech", 5, "dobj", "NOUN", "NN", "speech", "O"),
            (".", 5, "punct", "PUNCT", ".", ".", "O"),
            ("Holm", 10, "nsubj", "PROPN", "NNP", "Holm", "B-PERSON"), ("gave", 10, "ROOT", "VERB", "VBD", "give", "O"),
            ("a", 12, "det", "DET", "DT", "a", "O"), ("gift", 10, "dobj", "NOUN", "NN", "gift", "O"),
            (".", 10, "punct", "PUNCT", ".", ".", "O")]
    doc = make(rows)
    assert rule_marks(doc).rule("speech-given", 5) == "speech-given"
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    assert [ctx.person(e).name for e in attendees.delegation_heads(ctx)] == ["Osei"]  # not who gave a gift


def test_attendees_an_indefinite_other_gathering_is_not_the_event(actors):
    rows = list(SPOKE_AT)
    rows[3] = ("a", 4, "det", "DET", "DT", "a", "O")
    assert present(make(rows), actors, []) == []  # "spoke at a summit": not the article's gathering


SUMMIT_REPORT = [("A", 1, "det", "DET", "DT", "a", "O"), ("summit", 2, "nsubj", "NOUN", "NN", "summit", "O"),
                 ("opened", 2, "ROOT", "VERB", "VBD", "open", "O"), (".", 2, "punct", "PUNCT", ".", ".", "O"),
                 ("Chirac", 5, "nsubj", "PROPN", "NNP", "Chirac", "B-PERSON"),
                 ("said", 5, "ROOT", "VERB", "VBD", "say", "O"), ("no", 5, "dobj", "INTJ", "UH", "no", "O"),
                 (".", 5, "punct", "PUNCT", ".", ".", "O"),
                 ("Blair", 9, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
                 ("agreed", 9, "ROOT", "VERB", "VBD", "agree", "O"), (".", 9, "punct", "PUNCT", ".", ".", "O")]


def test_attendees_heads_speaking_in_a_summit_report(actors):
    doc = make(SUMMIT_REPORT)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    event = EventFact("e1", "meeting", (), ctx.evidence(1, 2, "event:unnamed+m-summit"), name="summit")
    roles = [RoleFact(ctx.person(i), "President", "FR", ctx.evidence(4, 5, "r")) for i in range(len(ctx.entities))
             if ctx.person(i).name.endswith("Chirac")]
    events, _ = attendees.with_attendees(ctx, roles, [event], {"e1": [1]})
    assert [p.name.split()[-1] for p in events[0].participants] == ["Chirac"]  # Blair holds no head's role here
    assert events[0].evidence.rule == "event:unnamed+m-summit+attendees"
    planned = EventFact("e1", "intent", (), event.evidence, name="summit")
    assert attendees.with_attendees(ctx, roles, [planned], {"e1": [1]})[0] == [planned]


def test_attendees_heads_of_international_bodies_speaking_in_a_summit_report(actors):
    doc = make(SUMMIT_REPORT)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    event = EventFact("e1", "meeting", (), ctx.evidence(1, 2, "event:unnamed+m-summit"), name="summit")
    person = {ctx.person(i).name.split()[-1]: ctx.person(i) for i in range(len(ctx.entities))}

    def attending(scope):  # Chirac heads a state; Blair holds an organisation's head post (summit-attendee-org-kinds)
        roles = [RoleFact(person["Chirac"], "President", "FR", ctx.evidence(4, 5, "r")),
                 RoleFact(person["Blair"], "Secretary-General", "UN", ctx.evidence(8, 9, "r"), scope=scope)]
        events, _ = attendees.with_attendees(ctx, roles, [event], {"e1": [1]})
        return [p.name.split()[-1] for p in events[0].participants]

    assert attending("international") == ["Chirac", "Blair"]
    assert attending("party") == ["Chirac"]  # a party's secretary-general is no international body's head


def test_attendees_doer_of_a_passive_act_at_the_gathering(actors):
    rows = [("At", 6, "prep", "ADP", "IN", "at", "O"), ("the", 2, "det", "DET", "DT", "the", "O"),
            ("meeting", 0, "pobj", "NOUN", "NN", "meeting", "O"), (",", 6, "punct", "PUNCT", ",", ",", "O"),
            ("Orlov", 6, "nsubjpass", "PROPN", "NNP", "Orlov", "B-PERSON"),
            ("was", 6, "auxpass", "AUX", "VBD", "be", "O"), ("briefed", 6, "ROOT", "VERB", "VBN", "brief", "O"),
            ("by", 6, "agent", "ADP", "IN", "by", "O"), ("Ivanov", 7, "pobj", "PROPN", "NNP", "Ivanov", "B-PERSON"),
            (".", 6, "punct", "PUNCT", ".", ".", "O")]
    assert present(make(rows), actors, [2]) == ["Orlov", "Ivanov"]  # who briefed him there was there too
    rows[2] = ("plane", 0, "pobj", "NOUN", "NN", "plane", "O")
    assert present(make(rows), actors, []) == []  # "on the plane": no gathering


def test_triggers_what_a_result_comes_of_happened():
    from kg.extract.triggers import is_future

    rows = [("As", 7, "prep", "ADP", "IN", "as", "O"), ("an", 2, "det", "DET", "DT", "an", "O"),
            ("outcome", 0, "pobj", "NOUN", "NN", "outcome", "O"), ("of", 2, "prep", "ADP", "IN", "of", "O"),
            ("talks", 3, "pobj", "NOUN", "NNS", "talk", "O"), ("ties", 7, "nsubj", "NOUN", "NNS", "tie", "O"),
            ("will", 7, "aux", "AUX", "MD", "will", "O"), ("improve", 7, "ROOT", "VERB", "VB", "improve", "O"),
            (".", 7, "punct", "PUNCT", ".", ".", "O")]
    assert not is_future(make(rows)[4])  # "As an outcome of talks, ties will improve": the talks happened
    rows[2] = ("plan", 0, "pobj", "NOUN", "NN", "plan", "O")  # "As a plan of talks, ties will improve": planned
    assert is_future(make(rows)[4])


def _described(name, start):
    """"<name> described the talks." (heads offset by ``start``)."""
    rows = [(name, 1, "nsubj", "PROPN", "NNP", name, "B-PERSON"), ("described", 1, "ROOT", "VERB", "VBD", "describe", "O"),
            ("the", 3, "det", "DET", "DT", "the", "O"), ("talks", 1, "dobj", "NOUN", "NNS", "talk", "O"),
            (".", 1, "punct", "PUNCT", ".", ".", "O")]
    return [(w, h + start, d, p, t, lemma, e) for w, h, d, p, t, lemma, e in rows]


def test_attendees_officials_of_the_sides_named_by_country(actors):
    """"Iran and Oman held talks": officials of Iran and Oman who act where the text speaks of the talks took part
    (``side_delegates``), not a head of state (``side-delegate-excluded-kinds``) nor an official of another country;
    without a side named by its country nobody is added."""
    rows = [("Iran", 3, "nsubj", "PROPN", "NNP", "Iran", "B-GPE"), ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
            ("Oman", 0, "conj", "PROPN", "NNP", "Oman", "B-GPE"), ("held", 3, "ROOT", "VERB", "VBD", "hold", "O"),
            ("talks", 3, "dobj", "NOUN", "NNS", "talk", "O"), (".", 3, "punct", "PUNCT", ".", ".", "O")]
    for name in ("Osei", "Holm", "Berg"):
        rows += _described(name, len(rows))
    doc = make(rows)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    posts = {"Osei": ("Ambassador", "OM"), "Holm": ("President", "IR"), "Berg": ("Ambassador", "FR")}
    roles = [RoleFact(ctx.person(i), *posts[name], ctx.evidence(0, 1, "r")) for i in range(len(ctx.entities))
             for name in posts if ctx.person(i).name.endswith(name)]
    assert [ctx.person(e).name for e in side_delegates.side_delegates(ctx, roles)] == ["Osei"]
    doc = make([("Talks", 1, "nsubj", "NOUN", "NNS", "talk", "O"), ("ended", 1, "ROOT", "VERB", "VBD", "end", "O"),
                (".", 1, "punct", "PUNCT", ".", ".", "O")] + _described("Osei", 3))
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    roles = [RoleFact(ctx.person(0), "Ambassador", "OM", ctx.evidence(0, 1, "r"))]
    assert side_delegates.side_delegates(ctx, roles) == []


def _praised_round(name, modifier, start):
    """"<name> praised the <modifier> round." (heads offset by ``start``): a proper noun names the round."""
    proper = modifier[:1].isupper()
    rows = [(name, 1, "nsubj", "PROPN", "NNP", name, "B-PERSON"), ("praised", 1, "ROOT", "VERB", "VBD", "praise", "O"),
            ("the", 4, "det", "DET", "DT", "the", "O"),
            (modifier, 4, "compound" if proper else "amod", "PROPN" if proper else "ADJ", "NNP" if proper else "JJ",
             modifier, "O"), ("round", 1, "dobj", "NOUN", "NN", "round", "O"), (".", 1, "punct", "PUNCT", ".", ".", "O")]
    return [(w, h + start, d, p, t, lemma, e) for w, h, d, p, t, lemma, e in rows]


def test_attendees_officials_of_the_sides_act_where_the_round_is_named(actors):
    """"Iran and Oman held talks. Osei praised the Muscat round.": a ``talks-round-nouns`` word named by a proper
    noun speaks of the talks, so a side's official acting there took part; "the first round" (of a vote) does not."""
    rows = [("Iran", 3, "nsubj", "PROPN", "NNP", "Iran", "B-GPE"), ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
            ("Oman", 0, "conj", "PROPN", "NNP", "Oman", "B-GPE"), ("held", 3, "ROOT", "VERB", "VBD", "hold", "O"),
            ("talks", 3, "dobj", "NOUN", "NNS", "talk", "O"), (".", 3, "punct", "PUNCT", ".", ".", "O")]
    rows += _praised_round("Osei", "Muscat", len(rows))
    rows += _praised_round("Holm", "first", len(rows))
    doc = make(rows)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    posts = {"Osei": ("Ambassador", "OM"), "Holm": ("Ambassador", "IR")}
    roles = [RoleFact(ctx.person(i), *posts[name], ctx.evidence(0, 1, "r")) for i in range(len(ctx.entities))
             for name in posts if ctx.person(i).name.endswith(name)]
    assert [ctx.person(e).name for e in side_delegates.side_delegates(ctx, roles)] == ["Osei"]


def test_attendees_member_of_the_delegation(actors):
    """"Osei met a delegation. Holm, a member of the delegation, spoke.": Holm took part (``delegation-member``);
    a member of the committee did not, and without a mention of the meeting nobody is added."""
    def doc(group):
        return make([("Osei", 1, "nsubj", "PROPN", "NNP", "Osei", "B-PERSON"), ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
                     ("a", 3, "det", "DET", "DT", "a", "O"), (group, 1, "dobj", "NOUN", "NN", group, "O"),
                     (".", 1, "punct", "PUNCT", ".", ".", "O"),
                     ("Holm", 13, "nsubj", "PROPN", "NNP", "Holm", "B-PERSON"), (",", 5, "punct", "PUNCT", ",", ",", "O"),
                     ("a", 8, "det", "DET", "DT", "a", "O"), ("member", 5, "appos", "NOUN", "NN", "member", "O"),
                     ("of", 8, "prep", "ADP", "IN", "of", "O"), ("the", 11, "det", "DET", "DT", "the", "O"),
                     (group, 9, "pobj", "NOUN", "NN", group, "O"), (",", 5, "punct", "PUNCT", ",", ",", "O"),
                     ("spoke", 13, "ROOT", "VERB", "VBD", "speak", "O")])
    for group, expected in (("delegation", ["Holm"]), ("committee", [])):
        d = doc(group)
        assert (rule_marks(d).rule("delegation-member", 8) == "delegation-member") == bool(expected)
        ctx = context.build_context(d, Article("t", d.text), actors)
        assert [ctx.person(e).name for e in attendees.delegation_members(ctx, {1})] == expected
        assert attendees.delegation_members(ctx, set()) == []


def test_attendees_delegation_leaders_of_talks(actors):
    """"The talks resumed. Peru's delegation was led by Osei. Holm led the Danish team.": the heads of the
    delegations take part in talks that name no participant (``delegation-talks-nouns``), as in a summit report;
    not in planned talks."""
    rows = [("The", 1, "det", "DET", "DT", "the", "O"), ("talks", 2, "nsubj", "NOUN", "NNS", "talk", "O"),
            ("resumed", 2, "ROOT", "VERB", "VBD", "resume", "O"), (".", 2, "punct", "PUNCT", ".", ".", "O"),
            *DELEGATIONS]
    doc = make(rows)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    talks = EventFact("e1", "meeting", (), ctx.evidence(1, 2, "event:unnamed+m-talks"), name="talks")
    events, _ = attendees.with_attendees(ctx, [], [talks], {"e1": [1]})
    assert sorted(p.name for p in events[0].participants) == ["Holm", "Osei"]
    planned = EventFact("e1", "intent", (), ctx.evidence(1, 2, "event:unnamed+m-talks"), name="talks")
    assert attendees.with_attendees(ctx, [], [planned], {"e1": [1]})[0] == [planned]


@pytest.mark.parametrize("verb, lemma", [("told", "tell"), ("urged", "urge"), ("pressed", "press")])
def test_attendees_addressee_of_an_act_at_the_gathering(actors, verb, lemma):
    """"Garcia told Osei at the summit", "Garcia urged Osei at the summit to act": the person told or urged is there
    too (``addressee-verbs``); "Garcia criticised Osei at the summit" does not put Osei there."""
    rows = [("Garcia", 1, "nsubj", "PROPN", "NNP", "Garcia", "B-PERSON"), (verb, 1, "ROOT", "VERB", "VBD", lemma, "O"),
            ("Osei", 1, "dobj", "PROPN", "NNP", "Osei", "B-PERSON"), ("at", 1, "prep", "ADP", "IN", "at", "O"),
            ("the", 5, "det", "DET", "DT", "the", "O"), ("summit", 3, "pobj", "NOUN", "NN", "summit", "O")]
    assert present(make(rows), actors, [5]) == ["Garcia", "Osei"]
    rows[1] = ("criticised", 1, "ROOT", "VERB", "VBD", "criticise", "O")
    assert present(make(rows), actors, [5]) == ["Garcia"]


SPEECHES_BY = [("The", 1, "det", "DET", "DT", "the", "O"), ("summit", 2, "nsubj", "NOUN", "NN", "summit", "O"),
               ("opened", 2, "ROOT", "VERB", "VBD", "open", "O"), (".", 2, "punct", "PUNCT", ".", ".", "O"),
               ("After", 10, "prep", "ADP", "IN", "after", "O"),
               ("speeches", 4, "pobj", "NOUN", "NNS", "speech", "O"), ("by", 5, "prep", "ADP", "IN", "by", "O"),
               ("Kikwete", 6, "pobj", "PROPN", "NNP", "Kikwete", "B-PERSON"), (",", 10, "punct", "PUNCT", ",", ",", "O"),
               ("delegates", 10, "nsubj", "NOUN", "NNS", "delegate", "O"),
               ("voted", 10, "ROOT", "VERB", "VBD", "vote", "O"), (".", 10, "punct", "PUNCT", ".", ".", "O")]


def test_attendees_speech_by_at_the_report_gathering(actors):
    """Model-free: "The summit opened. After speeches by Kikwete, delegates voted.": who gives a speech in the report
    of one gathering takes part in it (presence-speech-by marks the "by"); with no gathering reported, nobody."""
    doc = make(SPEECHES_BY)
    assert rule_marks(doc).rule("presence-speech", 6) == "presence-speech-by"
    assert present(doc, actors, [1]) == ["Kikwete"]
    assert present(doc, actors, []) == []


# "The meeting was co-chaired by Osei and Holm, with participation by Lund": the parser splits "co-chaired" and
# hangs the meeting on the auxiliary "was", which hangs on "co" (presence-cohosted-by); the participation noun's
# "by" names a participant of the report's one gathering (presence-participation-by)
CO_CHAIRED = [("The", 1, "det", "DET", "DT", "the", "O"), ("meeting", 2, "nsubj", "NOUN", "NN", "meeting", "O"),
              ("was", 3, "auxpass", "AUX", "VBD", "be", "O"), ("co", 5, "auxpass", "AUX", "VBN", "co", "O"),
              ("-", 3, "punct", "PUNCT", "HYPH", "-", "O"), ("chaired", 5, "ROOT", "VERB", "VBN", "chair", "O"),
              ("by", 5, "agent", "ADP", "IN", "by", "O"), ("Osei", 6, "pobj", "PROPN", "NNP", "Osei", "B-PERSON"),
              ("and", 7, "cc", "CCONJ", "CC", "and", "O"), ("Holm", 7, "conj", "PROPN", "NNP", "Holm", "B-PERSON"),
              (",", 5, "punct", "PUNCT", ",", ",", "O"), ("with", 5, "prep", "ADP", "IN", "with", "O"),
              ("participation", 11, "pobj", "NOUN", "NN", "participation", "O"),
              ("by", 12, "prep", "ADP", "IN", "by", "O"),
              ("Lund", 13, "pobj", "PROPN", "NNP", "Lund", "B-PERSON"), (".", 5, "punct", "PUNCT", ".", ".", "O")]


def test_attendees_co_chairs_of_a_split_verb_and_participation(actors):
    doc = make(CO_CHAIRED)
    assert rule_marks(doc).rule("presence-agent", 6) == "presence-cohosted-by"
    assert rule_marks(doc).rule("presence-speech", 13) == "presence-participation-by"
    assert present(doc, actors, [1]) == ["Osei", "Holm", "Lund"]
    rows = list(CO_CHAIRED)  # "The second half hangs on 'co'": "The session was co - chaired (acomp) by Osei"
    rows[1] = ("session", 3, "nsubj", "NOUN", "NN", "session", "O")
    rows[2] = ("was", 3, "auxpass", "AUX", "VBD", "be", "O")
    rows[3], rows[5] = ("co", 3, "ROOT", "VERB", "VBN", "co", "O"), ("chaired", 3, "acomp", "VERB", "VBN", "chair", "O")
    rows[4] = ("-", 3, "punct", "PUNCT", "HYPH", "-", "O")
    assert present(make(rows), actors, [])[:2] == ["Osei", "Holm"]  # "the session": the article's gathering
    rows[1] = ("exhibition", 3, "nsubj", "NOUN", "NN", "exhibition", "O")  # no gathering: no participant by the agent
    assert present(make(rows), actors, []) == []


def test_attendees_opening_remarks_from_a_speaker(actors):
    rows = [("After", 6, "prep", "ADP", "IN", "after", "O"), ("opening", 0, "pcomp", "VERB", "VBG", "open", "O"),
            ("remarks", 1, "dobj", "NOUN", "NNS", "remark", "O"), ("from", 2, "prep", "ADP", "IN", "from", "O"),
            ("Osei", 3, "pobj", "PROPN", "NNP", "Osei", "B-PERSON"), (",", 6, "punct", "PUNCT", ",", ",", "O"),
            ("talks", 6, "ROOT", "NOUN", "NNS", "talk", "O"), ("began", 6, "dep", "VERB", "VBD", "begin", "O"),
            (".", 6, "punct", "PUNCT", ".", ".", "O")]
    doc = make(rows)
    assert rule_marks(doc).rule("presence-speech", 3) == "presence-remarks-by-verb"
    assert present(doc, actors, [6]) == ["Osei"]
    rows[1] = ("closing", 2, "amod", "ADJ", "JJ", "closing", "O")
    rows[2] = ("remarks", 0, "pobj", "NOUN", "NNS", "remark", "O")
    assert rule_marks(make(rows)).rule("presence-speech", 3) == "presence-remarks-by"
    rows[1] = ("his", 2, "poss", "PRON", "PRP$", "his", "O")  # bare remarks may be a speech anywhere
    assert not rule_marks(make(rows)).has("presence-speech", 3)

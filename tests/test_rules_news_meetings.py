"""Meeting rules from a hand-judged sample of ordinary news reports (Wikinews), on Docs built by hand (words,
heads, deps, POS, tags, lemmas, entities), so a failure here is the rule's, never the statistical model's:
a travel or waiting verb's purpose is planned, passive "talks were held between X and Y", a past adverbial
clause keeps its tense, and a group anaphor with no event before it refers to the two persons named before.
Sentences are written for these tests."""

from __future__ import annotations

import pytest
from handdocs import make

from kg.extract import context, participants, side_delegates, stray_partners, triggers
from kg.extract.events import assemble
from kg.extract.rulematch import rule_marks
from kg.model import Article


def meetings(doc, actors):
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    events, _ = assemble(ctx)
    named = [t.text for t in doc if t.ent_type_ == "PERSON"]  # the actor dictionary may give a fuller name
    return [sorted(next(w for w in named if w in p.name) for p in e.participants) for e in events if e.is_meeting]


def _rules(doc, actors):
    """The evidence rule ids of the meetings of ``doc``."""
    events, _ = assemble(context.build_context(doc, Article("t", doc.text), actors))
    return [e.evidence.rule for e in events if e.is_meeting]


WAITING = [("Blair", 2, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"), ("is", 2, "aux", "AUX", "VBZ", "be", "O"),
           ("waiting", 2, "ROOT", "VERB", "VBG", "wait", "O"), ("to", 4, "aux", "PART", "TO", "to", "O"),
           ("meet", 2, "xcomp", "VERB", "VB", "meet", "O"), ("Mbeki", 4, "dobj", "PROPN", "NNP", "Mbeki", "B-PERSON")]

ARRIVED_AND_MET = [("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
                   ("arrived", 1, "ROOT", "VERB", "VBD", "arrive", "O"), ("and", 1, "cc", "CCONJ", "CC", "and", "O"),
                   ("met", 1, "conj", "VERB", "VBD", "meet", "O"), ("Mbeki", 3, "dobj", "PROPN", "NNP", "Mbeki",
                                                                    "B-PERSON")]


def test_triggers_purpose_of_waiting_or_travel_is_planned():
    waiting = make(WAITING)
    assert rule_marks(waiting).rule("purpose-head", 2) == "fut-purpose-travel"
    assert triggers.future_rule(waiting[4]) == "fut-purpose-travel"
    assert triggers.future_rule(make(ARRIVED_AND_MET)[3]) is None  # "arrived and met": it happened


PASSIVE_TALKS = [("Talks", 2, "nsubjpass", "NOUN", "NNS", "talk", "O"), ("were", 2, "auxpass", "AUX", "VBD", "be", "O"),
                 ("held", 2, "ROOT", "VERB", "VBN", "hold", "O"), ("between", 2, "prep", "ADP", "IN", "between", "O"),
                 ("Chirac", 3, "pobj", "PROPN", "NNP", "Chirac", "B-PERSON"), ("and", 4, "cc", "CCONJ", "CC", "and", "O"),
                 ("Kohl", 4, "conj", "PROPN", "NNP", "Kohl", "B-PERSON")]


def test_triggers_passive_talks_were_held_between(actors):
    doc = make(PASSIVE_TALKS)
    assert triggers.meeting_row(doc[2])["id"] == "m-hold" and triggers.light_verb_object(doc[0])
    assert meetings(doc, actors) == [["Chirac", "Kohl"]]


def test_triggers_past_adverbial_clause_keeps_its_tense():
    rows = [("Keating", 2, "nsubj", "PROPN", "NNP", "Keating", "B-PERSON"), ("will", 2, "aux", "AUX", "MD", "will", "O"),
            ("speak", 2, "ROOT", "VERB", "VB", "speak", "O"), ("after", 6, "mark", "SCONJ", "IN", "after", "O"),
            ("talks", 6, "nsubjpass", "NOUN", "NNS", "talk", "O"), ("were", 6, "auxpass", "AUX", "VBD", "be", "O"),
            ("held", 2, "advcl", "VERB", "VBN", "hold", "O")]
    assert not triggers.is_future(make(rows)[6])
    rows[5] = ("are", 6, "auxpass", "AUX", "VBP", "be", "O")  # "after talks are held": still to come
    assert triggers.is_future(make(rows)[6])


DECLARED = [("Kiir", 3, "nsubj", "PROPN", "NNP", "Kiir", "B-PERSON"), ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
            ("Machar", 0, "conj", "PROPN", "NNP", "Machar", "B-PERSON"),
            ("declared", 3, "ROOT", "VERB", "VBD", "declare", "O"), ("a", 5, "det", "DET", "DT", "a", "O"),
            ("truce", 3, "dobj", "NOUN", "NN", "truce", "O"), (".", 3, "punct", "PUNCT", ".", ".", "O")]
AT_A_SUMMIT = [("The", 9, "det", "DET", "DT", "the", "O"), ("two", 9, "nummod", "NUM", "CD", "two", "O"),
               ("leaders", 10, "nsubj", "NOUN", "NNS", "leader", "O"), ("spoke", 10, "ROOT", "VERB", "VBD", "speak", "O"),
               ("at", 10, "prep", "ADP", "IN", "at", "O"), ("a", 13, "det", "DET", "DT", "a", "O"),
               ("summit", 11, "pobj", "NOUN", "NN", "summit", "O"), (".", 10, "punct", "PUNCT", ".", ".", "O")]


def test_events_group_anaphor_with_no_event_before_refers_to_the_two_named_before(actors):
    both = make(DECLARED + AT_A_SUMMIT)
    assert meetings(both, actors) == [["Kiir", "Machar"]]
    one = [("Kiir", 1, "nsubj", "PROPN", "NNP", "Kiir", "B-PERSON"), ("declared", 1, "ROOT", "VERB", "VBD", "declare",
                                                                      "O"),
           ("a", 3, "det", "DET", "DT", "a", "O"), ("truce", 1, "dobj", "NOUN", "NN", "truce", "O"),
           (".", 1, "punct", "PUNCT", ".", ".", "O")]
    shifted = [(w, h - 3, d, p, t, lm, e) for w, h, d, p, t, lm, e in AT_A_SUMMIT]
    assert meetings(make(one + shifted), actors) == []  # one person named before: nobody to refer to


def test_events_they_after_two_named_persons_of_the_sentence(actors):
    rows = [("Bush", 1, "nsubj", "PROPN", "NNP", "Bush", "B-PERSON"), ("told", 1, "ROOT", "VERB", "VBD", "tell", "O"),
            ("Hu", 1, "dobj", "PROPN", "NNP", "Hu", "B-PERSON"), ("about", 1, "prep", "ADP", "IN", "about", "O"),
            ("it", 3, "pobj", "PRON", "PRP", "it", "O"), ("when", 7, "advmod", "SCONJ", "WRB", "when", "O"),
            ("they", 7, "nsubj", "PRON", "PRP", "they", "O"), ("met", 1, "advcl", "VERB", "VBD", "meet", "O")]
    assert meetings(make(rows), actors) == [["Bush", "Hu"]]


def test_participants_group_anaphor_placed_at_a_venue():
    from kg.extract import participants

    rows = [("the", 2, "det", "DET", "DT", "the", "O"), ("two", 2, "nummod", "NUM", "CD", "two", "O"),
            ("leaders", 2, "ROOT", "NOUN", "NNS", "leader", "O"), ("at", 2, "prep", "ADP", "IN", "at", "O"),
            ("Lancaster", 5, "compound", "PROPN", "NNP", "Lancaster", "O"),
            ("House", 3, "pobj", "PROPN", "NNP", "House", "O")]
    assert participants._anaphor(make(rows)[2], [7, 8]) == [7, 8]  # "the two leaders at Lancaster House"
    rows[3] = ("of", 2, "prep", "ADP", "IN", "of", "O")
    assert participants._anaphor(make(rows)[2], [7, 8]) == []  # "the two leaders of Lancaster House": others


def test_participants_owner_of_an_office_takes_no_part():
    from kg.extract import nonparticipants

    rows = [("the", 1, "det", "DET", "DT", "the", "O"), ("President", 3, "poss", "PROPN", "NNP", "President", "O"),
            ("'s", 1, "case", "PART", "POS", "'s", "O"), ("Chancellery", 3, "ROOT", "PROPN", "NNP", "Chancellery", "O")]
    assert nonparticipants.staff_owner(make(rows)[1])  # "the President's Chancellery" (staff-nouns)
    rows[3] = ("visit", 3, "ROOT", "NOUN", "NN", "visit", "O")
    assert not nonparticipants.staff_owner(make(rows)[1])  # "the President's visit": he takes part


def test_participants_group_anaphor_with_a_title_word():
    from kg.extract import participants

    rows = [("the", 3, "det", "DET", "DT", "the", "O"), ("two", 3, "nummod", "NUM", "CD", "two", "O"),
            ("prime", 3, "amod", "ADJ", "JJ", "prime", "O"), ("ministers", 3, "ROOT", "NOUN", "NNS", "minister", "O")]
    assert participants._anaphor(make(rows)[3], [7, 8]) == [7, 8]  # "the two prime ministers" (anaphoric-title-words)
    rows[2] = ("Kenyan", 3, "amod", "ADJ", "JJ", "kenyan", "O")
    assert participants._anaphor(make(rows)[3], [7, 8]) == []  # "the two Kenyan ministers" may be others


def test_triggers_upcoming_gathering_noun_is_planned():
    rows = [("they", 1, "nsubj", "PRON", "PRP", "they", "O"), ("spoke", 1, "ROOT", "VERB", "VBD", "speak", "O"),
            ("of", 1, "prep", "ADP", "IN", "of", "O"), ("the", 5, "det", "DET", "DT", "the", "O"),
            ("upcoming", 5, "amod", "ADJ", "JJ", "upcoming", "O"), ("summit", 2, "pobj", "NOUN", "NN", "summit", "O")]
    assert triggers.future_rule(make(rows)[5]) == "fut-upcoming"  # the noun trigger's own "upcoming"
    rows[4] = ("recent", 5, "amod", "ADJ", "JJ", "recent", "O")
    assert triggers.future_rule(make(rows)[5]) is None


def test_events_possessive_in_an_object_refers_to_nobody(actors):
    needs = [("The", 8, "det", "DET", "DT", "the", "O"), ("plan", 9, "nsubj", "NOUN", "NN", "plan", "O"),
             ("meets", 9, "ROOT", "VERB", "VBZ", "meet", "O"), ("their", 11, "poss", "PRON", "PRP$", "their", "O"),
             ("needs", 9, "dobj", "NOUN", "NNS", "need", "O"), (".", 9, "punct", "PUNCT", ".", ".", "O")]
    assert meetings(make(DECLARED + needs), actors) == []  # "the plan meets their needs": no meeting of the two
    met = [("They", 8, "nsubj", "PRON", "PRP", "they", "O"), ("met", 8, "ROOT", "VERB", "VBD", "meet", "O"),
           ("later", 8, "advmod", "ADV", "RB", "later", "O"), (".", 8, "punct", "PUNCT", ".", ".", "O")]
    assert meetings(make(DECLARED + met), actors) == [["Kiir", "Machar"]]


ABOUT_WITH = [("Chirac", 1, "nsubj", "PROPN", "NNP", "Chirac", "B-PERSON"),
              ("had", 1, "ROOT", "VERB", "VBD", "have", "O"), ("a", 3, "det", "DET", "DT", "a", "O"),
              ("meeting", 1, "dobj", "NOUN", "NN", "meeting", "O"), ("about", 3, "prep", "ADP", "IN", "about", "O"),
              ("trade", 4, "pobj", "NOUN", "NN", "trade", "O"), ("with", 5, "prep", "ADP", "IN", "with", "O"),
              ("Kohl", 6, "pobj", "PROPN", "NNP", "Kohl", "B-PERSON")]


def test_participants_partner_hung_on_what_the_meeting_is_about(actors):
    """"a meeting about trade with Kohl": the parser hangs "with Kohl" on "trade"; Kohl is the partner."""
    assert meetings(make(ABOUT_WITH), actors) == [["Chirac", "Kohl"]]


HEADLINE = [("Roh", 2, "nsubj", "PROPN", "NNP", "Roh", "B-PERSON"), ("to", 2, "aux", "PART", "TO", "to", "O"),
            ("meet", 2, "ROOT", "VERB", "VB", "meet", "O"), ("Kim", 2, "dobj", "PROPN", "NNP", "Kim", "B-PERSON")]


def test_triggers_headline_infinitive_is_planned():
    """"Roh to meet Kim": a headline's infinitive main verb is still to happen (fut-headline-to); "Roh met Kim" is
    not."""
    assert triggers.future_rule(make(HEADLINE)[2]) == "fut-headline-to"
    met = make([HEADLINE[0], ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"), ("Kim", 1, "dobj", "PROPN", "NNP", "Kim",
                                                                           "B-PERSON")])
    assert triggers.future_rule(met[1]) is None


def test_triggers_leaving_to_meet_is_planned():
    doc = make([("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
                ("left", 1, "ROOT", "VERB", "VBD", "leave", "O"),
                ("to", 3, "aux", "PART", "TO", "to", "O"), ("meet", 1, "advcl", "VERB", "VB", "meet", "O"),
                ("Mbeki", 3, "dobj", "PROPN", "NNP", "Mbeki", "B-PERSON")])
    assert triggers.future_rule(doc[3]) == "fut-purpose-travel"


def test_triggers_gathering_said_of_a_gathering_is_no_event():
    """"The meeting is the second summit": the summit is that meeting (gathering-predicate), no trigger of its own;
    "Trade is the focus of the summit" keeps its summit."""
    doc = make([("The", 1, "det", "DET", "DT", "the", "O"), ("meeting", 2, "nsubj", "NOUN", "NN", "meeting", "O"),
                ("is", 2, "ROOT", "AUX", "VBZ", "be", "O"), ("the", 5, "det", "DET", "DT", "the", "O"),
                ("second", 5, "amod", "ADJ", "JJ", "second", "O"), ("summit", 2, "attr", "NOUN", "NN", "summit", "O")])
    assert rule_marks(doc).rule("same-gathering", 5) == "gathering-predicate"
    assert triggers.meeting_row(doc[5]) is None
    assert triggers.meeting_row(doc[1]) is not None


def test_triggers_be_to_is_planned():
    """"Blair is to meet Mbeki", "Blair is set to meet Mbeki": still to happen (fut-be-to); "Blair met Mbeki to
    talk" is not."""
    doc = make([("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"), ("is", 1, "ROOT", "AUX", "VBZ", "be", "O"),
                ("to", 3, "aux", "PART", "TO", "to", "O"), ("meet", 1, "xcomp", "VERB", "VB", "meet", "O"),
                ("Mbeki", 3, "dobj", "PROPN", "NNP", "Mbeki", "B-PERSON")])
    assert triggers.future_rule(doc[3]) == "fut-be-to"
    doc = make([("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
                ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"), ("Mbeki", 1, "dobj", "PROPN", "NNP", "Mbeki", "B-PERSON"),
                ("to", 4, "aux", "PART", "TO", "to", "O"), ("talk", 1, "advcl", "VERB", "VB", "talk", "O")])
    assert triggers.future_rule(doc[1]) is None




def _relative(pronoun, dep, subject, obj, subject_ent="B-PERSON"):
    """"<subject>, <pronoun> met <obj>, today spoke": the relative clause hangs on its antecedent, the subject."""
    names = [(subject, 7, "nsubj", "PROPN", "NNP", subject, subject_ent), (",", 0, "punct", "PUNCT", ",", ",", "O")]
    if dep == "nsubj":  # "Kiir, who met Machar, …"
        clause = [(pronoun, 3, "nsubj", "PRON", "WP", pronoun, "O"), ("met", 0, "relcl", "VERB", "VBD", "meet", "O"),
                  (obj, 3, "dobj", "PROPN", "NNP", obj, "B-PERSON")]
    else:  # "Kiir, whom Machar met, …"
        clause = [(pronoun, 4, "dobj", "PRON", "WP", pronoun, "O"), (obj, 4, "nsubj", "PROPN", "NNP", obj, "B-PERSON"),
                  ("met", 0, "relcl", "VERB", "VBD", "meet", "O")]
    return make(names + clause + [(",", 0, "punct", "PUNCT", ",", ",", "O"),
                                  ("today", 7, "npadvmod", "NOUN", "NN", "today", "O"),
                                  ("spoke", 7, "ROOT", "VERB", "VBD", "speak", "O")])


def test_participants_relative_pronoun_stands_for_its_antecedent(actors):
    """"Kiir, who met Machar, …" and "Kiir, whom Machar met, …" are meetings of Kiir and Machar (the relative
    pronoun stands for the phrase its clause describes); "The envoy, who met Machar" names nobody else."""
    assert meetings(_relative("who", "nsubj", "Kiir", "Machar"), actors) == [["Kiir", "Machar"]]
    assert meetings(_relative("whom", "dobj", "Kiir", "Machar"), actors) == [["Kiir", "Machar"]]
    assert meetings(_relative("who", "nsubj", "envoy", "Machar", "O"), actors) == []


def _hosts(first, second, noun="hosts", gathering="summit"):
    """"The <noun> of the <gathering> were <first> and <second>."""
    return [("The", 1, "det", "DET", "DT", "the", "O"), (noun, 5, "nsubj", "NOUN", "NNS", noun.rstrip("s"), "O"),
            ("of", 1, "prep", "ADP", "IN", "of", "O"), ("the", 4, "det", "DET", "DT", "the", "O"),
            (gathering, 2, "pobj", "NOUN", "NN", gathering, "O"), ("were", 5, "ROOT", "AUX", "VBD", "be", "O"),
            (first, 5, "attr", "PROPN", "NNP", first, "B-PERSON"), ("and", 6, "cc", "CCONJ", "CC", "and", "O"),
            (second, 6, "conj", "PROPN", "NNP", second, "B-PERSON"), (".", 5, "punct", "PUNCT", ".", ".", "O")]


def _among(first, second, start=0, attending="attending"):
    """"<first> and <second> were among those <attending> the summit." (heads offset by ``start``)."""
    rows = [(first, 3, "nsubj", "PROPN", "NNP", first, "B-PERSON"), ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
            (second, 0, "conj", "PROPN", "NNP", second, "B-PERSON"), ("were", 3, "ROOT", "AUX", "VBD", "be", "O"),
            ("among", 3, "prep", "ADP", "IN", "among", "O"), ("those", 4, "pobj", "PRON", "DT", "those", "O"),
            (attending, 5, "acl", "VERB", "VBG", attending, "O"), ("the", 8, "det", "DET", "DT", "the", "O"),
            ("summit", 6, "dobj", "NOUN", "NN", "summit", "O"), (".", 3, "punct", "PUNCT", ".", ".", "O")]
    return [(w, h + start, d, p, t, lemma, e) for w, h, d, p, t, lemma, e in rows]


def test_participants_hosts_of_a_gathering_and_among_those_attending_are_rosters(actors):
    """"The hosts of the summit were A and B" and "A and B were among those attending …" list participants
    (``gathering-host-nouns``, ``attending-words``); "The hosts of the show were …" and "… among those absent"
    do not."""
    assert meetings(make(_hosts("Kiir", "Machar")), actors) == [["Kiir", "Machar"]]
    assert meetings(make(_hosts("Kiir", "Machar", gathering="show")), actors) == []
    assert meetings(make(_hosts("Kiir", "Machar", noun="critics")), actors) == []
    assert meetings(make(_among("Kiir", "Machar")), actors) == [["Kiir", "Machar"]]
    for word, expected in (("present", [["Kiir", "Machar"]]), ("absent", [])):  # "… were among those present."
        rows = _among("Kiir", "Machar")[:6] + [(word, 5, "amod", "ADJ", "JJ", word, "O"), (".", 3, "punct", "PUNCT",
                                                                                          ".", ".", "O")]
        assert meetings(make(rows), actors) == expected


def test_events_lists_of_those_at_the_summit_are_one_event(actors):
    """Two roster sentences that name the report's gathering by a definite summit noun, far apart, are one
    event: all four persons met (``report_gathering_roster``)."""
    filler = [("It", 1, "nsubj", "PRON", "PRP", "it", "O"), ("rained", 1, "ROOT", "VERB", "VBD", "rain", "O"),
              (".", 1, "punct", "PUNCT", ".", ".", "O")]
    rows = _hosts("Kiir", "Machar")
    for _ in range(3):
        rows += [(w, h + len(rows), d, p, t, lemma, e) for w, h, d, p, t, lemma, e in filler]
    rows += _among("Ruto", "Museveni", start=len(rows))
    assert meetings(make(rows), actors) == [["Kiir", "Machar", "Museveni", "Ruto"]]


def test_triggers_planned_gathering_is_planned_and_called_a_name_is_no_call():
    """"criticised the planned meeting": planned (``fut-upcoming``); "called the minister, X, a liar": no phone
    call (``call-complement-appos``)."""
    doc = make([("Kiir", 1, "nsubj", "PROPN", "NNP", "Kiir", "B-PERSON"),
                ("criticised", 1, "ROOT", "VERB", "VBD", "criticise", "O"), ("the", 4, "det", "DET", "DT", "the", "O"),
                ("planned", 4, "amod", "ADJ", "JJ", "planned", "O"), ("meeting", 1, "dobj", "NOUN", "NN", "meeting", "O")])
    assert rule_marks(doc).rule("upcoming", 3) == "fut-upcoming" and triggers.is_future(doc[4])
    doc = make([("Kiir", 1, "nsubj", "PROPN", "NNP", "Kiir", "B-PERSON"), ("called", 1, "ROOT", "VERB", "VBD", "call", "O"),
                ("the", 3, "det", "DET", "DT", "the", "O"), ("minister", 1, "dobj", "NOUN", "NN", "minister", "O"),
                (",", 3, "punct", "PUNCT", ",", ",", "O"), ("Machar", 3, "appos", "PROPN", "NNP", "Machar", "B-PERSON"),
                (",", 5, "punct", "PUNCT", ",", ",", "O"), ("a", 8, "det", "DET", "DT", "a", "O"),
                ("liar", 5, "appos", "NOUN", "NN", "liar", "O")])
    assert rule_marks(doc).rule("not-a-call", 1) == "call-complement-appos"
    assert triggers.meeting_row(doc[1]) is None


def test_participants_person_an_aide_serves_takes_no_part(actors):
    """"Kiir met Wani, an aide to Machar": Machar is served by the person met (``served-nouns``), no participant;
    "Kiir met Wani, a guest of Machar" keeps no such reading and names Machar (his host); "a rival of Machar" is
    related to Machar, not with him (a served-nouns word too)."""
    def doc(noun, prep):
        return make([("Kiir", 1, "nsubj", "PROPN", "NNP", "Kiir", "B-PERSON"),
                     ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
                     ("Wani", 1, "dobj", "PROPN", "NNP", "Wani", "B-PERSON"), (",", 2, "punct", "PUNCT", ",", ",", "O"),
                     ("an", 5, "det", "DET", "DT", "an", "O"), (noun, 2, "appos", "NOUN", "NN", noun, "O"),
                     (prep, 5, "prep", "ADP", "IN", prep, "O"), ("Machar", 6, "pobj", "PROPN", "NNP", "Machar", "B-PERSON")])
    assert meetings(doc("aide", "to"), actors) == [["Kiir", "Wani"]]
    assert meetings(doc("rival", "of"), actors) == [["Kiir", "Wani"]]
    assert meetings(doc("guest", "of"), actors) == [["Kiir", "Machar", "Wani"]]


def test_participants_person_whose_family_is_met_takes_no_part(actors):
    """"Kiir met Wani and Machar's family": the possessor of a ``served-nouns`` word (a relative, an aide) is not
    met; "Kiir met Wani and Machar's guest" names Machar, the host."""
    def doc(noun):
        return make([("Kiir", 1, "nsubj", "PROPN", "NNP", "Kiir", "B-PERSON"),
                     ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
                     ("Wani", 1, "dobj", "PROPN", "NNP", "Wani", "B-PERSON"), ("and", 2, "cc", "CCONJ", "CC", "and", "O"),
                     ("Machar", 6, "poss", "PROPN", "NNP", "Machar", "B-PERSON"), ("'s", 4, "case", "PART", "POS", "'s", "O"),
                     (noun, 2, "conj", "NOUN", "NN", noun, "O")])
    assert meetings(doc("family"), actors) == [["Kiir", "Wani"]]
    assert meetings(doc("supporters"), actors) == [["Kiir", "Wani"]]  # "Machar's supporters": his side, not him
    assert meetings(doc("rival"), actors) == [["Kiir", "Wani"]]  # "Machar's rival": not Machar
    assert meetings(doc("guest"), actors) == [["Kiir", "Machar", "Wani"]]


@pytest.mark.parametrize("verb, lemma, row, rule", [
    ("negotiated", "negotiate", "m-negotiate", "negotiated-between"),
    ("agreed", "agree", "m-agree-between", "agreed-between"),
    ("reached", "reach", "m-reach-between", "agreed-between")])
def test_triggers_negotiated_between_is_a_meeting(actors, verb, lemma, row, rule):
    """"The deal was negotiated (agreed, reached) between Kiir and Machar" (m-negotiate, m-agree-between,
    m-reach-between, only where ``negotiated-between`` marks a "between" phrase); "Kiir negotiated the deal" is no
    trigger."""
    rows = [("The", 1, "det", "DET", "DT", "the", "O"), ("deal", 3, "nsubjpass", "NOUN", "NN", "deal", "O"),
            ("was", 3, "auxpass", "AUX", "VBD", "be", "O"), (verb, 3, "ROOT", "VERB", "VBN", lemma, "O"),
            ("between", 3, "prep", "ADP", "IN", "between", "O"), ("Kiir", 4, "pobj", "PROPN", "NNP", "Kiir", "B-PERSON"),
            ("and", 5, "cc", "CCONJ", "CC", "and", "O"), ("Machar", 5, "conj", "PROPN", "NNP", "Machar", "B-PERSON")]
    doc = make(rows)
    assert triggers.meeting_row(doc[3])["id"] == row
    assert rule_marks(doc).rule("negotiated-between", 3) == rule
    assert meetings(doc, actors) == [["Kiir", "Machar"]]
    alone = make([("Kiir", 1, "nsubj", "PROPN", "NNP", "Kiir", "B-PERSON"),
                  (verb, 1, "ROOT", "VERB", "VBD", lemma, "O"), ("the", 3, "det", "DET", "DT", "the", "O"),
                  ("deal", 1, "dobj", "NOUN", "NN", "deal", "O")])
    assert triggers.meeting_row(alone[1]) is None and meetings(alone, actors) == []


def test_participants_eu_delegates_stand_for_the_heads_named(actors):
    """"Li met EU delegates": the heads the article names of the EU's members (``group-nouns``: delegates, like
    "G7 leaders"); "EU diplomats" are no such group."""
    from kg.extract import participants

    def doc(noun):
        return make([("Swedish", 3, "amod", "ADJ", "JJ", "swedish", "B-NORP"),
                     ("Prime", 2, "compound", "PROPN", "NNP", "Prime", "O"),
                     ("Minister", 3, "compound", "PROPN", "NNP", "Minister", "O"),
                     ("Kristersson", 4, "nsubj", "PROPN", "NNP", "Kristersson", "B-PERSON"),
                     ("spoke", 4, "ROOT", "VERB", "VBD", "speak", "O"), (".", 4, "punct", "PUNCT", ".", ".", "O"),
                     ("Li", 7, "nsubj", "PROPN", "NNP", "Li", "B-PERSON"), ("met", 7, "ROOT", "VERB", "VBD", "meet", "O"),
                     ("EU", 9, "compound", "PROPN", "NNP", "EU", "B-ORG"),
                     (noun, 7, "dobj", "NOUN", "NNS", noun.rstrip("s"), "O")])
    for noun, expected in (("delegates", ["Kristersson"]), ("diplomats", [])):
        d = doc(noun)
        ctx = context.build_context(d, Article("t", d.text), actors)
        assert [ctx.person(e).name.split()[-1] for e in participants.group_members(ctx, d[9])] == expected


def test_triggers_courtesy_call_is_a_visit_in_person(actors):
    """"Kiir paid a courtesy call on Machar": a meeting in person (``call-courtesy``), its "on" phrase the one
    visited (``call-courtesy-partner``); "Kiir paid a call on Machar" stays no meeting."""
    def doc(courtesy):
        call = 4 if courtesy else 3
        rows = [("Kiir", 1, "nsubj", "PROPN", "NNP", "Kiir", "B-PERSON"), ("paid", 1, "ROOT", "VERB", "VBD", "pay", "O"),
                ("a", call, "det", "DET", "DT", "a", "O")]
        rows += [("courtesy", call, "amod", "ADJ", "JJ", "courtesy", "O")] if courtesy else []
        rows += [("call", 1, "dobj", "NOUN", "NN", "call", "O"), ("on", call, "prep", "ADP", "IN", "on", "O"),
                 ("Machar", call + 1, "pobj", "PROPN", "NNP", "Machar", "B-PERSON")]
        return make(rows)
    visit = doc(True)
    assert rule_marks(visit).rule("in-person-call", 4) == "call-courtesy"
    assert triggers.classify(visit[4], triggers.meeting_row(visit[4])) == "meeting"
    assert meetings(visit, actors) == [["Kiir", "Machar"]]
    assert meetings(doc(False), actors) == []


def test_triggers_conference_with_a_named_person_is_a_meeting(actors):
    """"Kiir spoke at a conference with Machar" (``conference-with-person``: a proper name after "with"); "a
    conference with delegates" is no trigger."""
    def doc(partner, pos, ent):
        return make([("Kiir", 1, "nsubj", "PROPN", "NNP", "Kiir", "B-PERSON"), ("spoke", 1, "ROOT", "VERB", "VBD", "speak", "O"),
                     ("at", 1, "prep", "ADP", "IN", "at", "O"), ("a", 4, "det", "DET", "DT", "a", "O"),
                     ("conference", 2, "pobj", "NOUN", "NN", "conference", "O"), ("with", 4, "prep", "ADP", "IN", "with", "O"),
                     (partner, 5, "pobj", pos, "NNP" if pos == "PROPN" else "NNS", partner.lower(), ent)])
    named = doc("Machar", "PROPN", "B-PERSON")
    assert rule_marks(named).rule("press-conference", 4) == "conference-with-person"
    assert meetings(named, actors) == [["Kiir", "Machar"]]
    crowd = doc("delegates", "NOUN", "O")
    assert triggers.meeting_row(crowd[4]) is None


ASKED_FOR = [("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
             ("proposed", 1, "ROOT", "VERB", "VBD", "propose", "O"), ("a", 3, "det", "DET", "DT", "a", "O"),
             ("meeting", 1, "dobj", "NOUN", "NN", "meeting", "O"), ("with", 3, "prep", "ADP", "IN", "with", "O"),
             ("Mbeki", 4, "pobj", "PROPN", "NNP", "Mbeki", "B-PERSON")]


def test_triggers_meeting_asked_for_is_planned(actors):
    """"X proposed a meeting with Y", "X called for talks with Y", "X hoped to meet Y" (lemmatised 'hop'): a meeting
    asked for is still to come (fut-intent-head, fut-call-for, fut-intent-head-form); "X held a meeting" is not."""
    doc = make(ASKED_FOR)
    assert triggers.future_rule(doc[3]) == "fut-intent-head" and meetings(doc, actors) == []
    called = list(ASKED_FOR)
    called[1] = ("called", 1, "ROOT", "VERB", "VBD", "call", "O")
    called[2:4] = [("for", 1, "prep", "ADP", "IN", "for", "O"), ("talks", 2, "pobj", "NOUN", "NNS", "talk", "O")]
    assert triggers.future_rule(make(called)[3]) == "fut-call-for"
    held = list(ASKED_FOR)
    held[1] = ("held", 1, "ROOT", "VERB", "VBD", "hold", "O")
    assert triggers.future_rule(make(held)[3]) is None and meetings(make(held), actors) == [["Blair", "Mbeki"]]
    hoped = make([("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
                  ("hoped", 1, "ROOT", "VERB", "VBD", "hop", "O"), ("to", 3, "aux", "PART", "TO", "to", "O"),
                  ("meet", 1, "xcomp", "VERB", "VB", "meet", "O"), ("Mbeki", 3, "dobj", "PROPN", "NNP", "Mbeki",
                                                                     "B-PERSON")])
    assert triggers.future_rule(hoped[3]) == "fut-intent-head-form"


def test_triggers_cancelled_meeting_noun_is_negated():
    """"X cancelled his meeting with Y", "the talks were postponed": a negating head cancels the noun trigger it
    takes as object or passive subject; "X attended the meeting" does not."""
    rows = [("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
            ("cancelled", 1, "ROOT", "VERB", "VBD", "cancel", "O"), ("his", 3, "poss", "PRON", "PRP$", "his", "O"),
            ("meeting", 1, "dobj", "NOUN", "NN", "meeting", "O")]
    assert triggers.negated(make(rows)[3])
    rows[1] = ("attended", 1, "ROOT", "VERB", "VBD", "attend", "O")
    assert not triggers.negated(make(rows)[3])
    passive = [("The", 1, "det", "DET", "DT", "the", "O"), ("talks", 3, "nsubjpass", "NOUN", "NNS", "talk", "O"),
               ("were", 3, "auxpass", "AUX", "VBD", "be", "O"), ("postponed", 3, "ROOT", "VERB", "VBN", "postpone", "O")]
    assert triggers.negated(make(passive)[1])


def test_triggers_meeting_where_a_noun_was_agreed_happened():
    """"X and Y agreed on a plan at their meeting": the meeting is where the past verb's act took place, though
    the verb ("agree") and the noun ("plan") are words of intention; "agree on a plan at a meeting" stays planned."""
    rows = [("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
            ("agreed", 1, "ROOT", "VERB", "VBD", "agree", "O"), ("on", 1, "prep", "ADP", "IN", "on", "O"),
            ("a", 4, "det", "DET", "DT", "a", "O"), ("plan", 2, "pobj", "NOUN", "NN", "plan", "O"),
            ("at", 4, "prep", "ADP", "IN", "at", "O"), ("a", 7, "det", "DET", "DT", "a", "O"),
            ("meeting", 5, "pobj", "NOUN", "NN", "meeting", "O")]
    assert triggers.future_rule(make(rows)[7]) is None
    rows[1] = ("agree", 1, "ROOT", "VERB", "VB", "agree", "O")
    assert triggers.future_rule(make(rows)[7]) == "fut-intent-head"


def _blair_and_mbeki(start: int, head: int, dep: str) -> list[tuple]:
    """Rows of "Blair and Mbeki" from index ``start``, the phrase hanging on ``head`` as ``dep``."""
    return [("Blair", head, dep, "PROPN", "NNP", "Blair", "B-PERSON"), ("and", start, "cc", "CCONJ", "CC", "and", "O"),
            ("Mbeki", start, "conj", "PROPN", "NNP", "Mbeki", "B-PERSON")]


def test_events_joint_conference_is_held_by_its_subjects_together(actors):
    """"X and Y held a joint press conference" (joint-event): its two subjects met, with no "with" partner; so did
    those of one press conference ("X and Y held a long press conference", shared-news-conference), not of press
    conferences in the plural, which may be one each."""
    rows = _blair_and_mbeki(0, 3, "nsubj") + [
            ("held", 3, "ROOT", "VERB", "VBD", "hold", "O"), ("a", 7, "det", "DET", "DT", "a", "O"), ("joint", 7, "amod", "ADJ", "JJ", "joint", "O"),
            ("press", 7, "compound", "NOUN", "NN", "press", "O"),
            ("conference", 3, "dobj", "NOUN", "NN", "conference", "O")]
    doc = make(rows)
    assert rule_marks(doc).rule("joint-event", 7) == "joint-gathering"
    assert meetings(doc, actors) == [["Blair", "Mbeki"]]
    rows[5] = ("long", 7, "amod", "ADJ", "JJ", "long", "O")
    assert meetings(make(rows), actors) == [["Blair", "Mbeki"]]
    rows[7] = ("conferences", 3, "dobj", "NOUN", "NNS", "conference", "O")
    assert meetings(make(rows), actors) == []


def test_events_accord_signed_in_the_passive(actors):
    """"The treaty was signed by X and Y" (signed-accord-passive): the agent is the subject that m-sign wants two
    of; "The letter was signed by X and Y" signs no accord."""
    rows = [("The", 1, "det", "DET", "DT", "the", "O"), ("treaty", 3, "nsubjpass", "NOUN", "NN", "treaty", "O"),
            ("was", 3, "auxpass", "AUX", "VBD", "be", "O"), ("signed", 3, "ROOT", "VERB", "VBN", "sign", "O"),
            ("by", 3, "agent", "ADP", "IN", "by", "O")] + _blair_and_mbeki(5, 4, "pobj")
    doc = make(rows)
    assert rule_marks(doc).rule("signing", 3) == "signed-accord-passive"
    assert meetings(doc, actors) == [["Blair", "Mbeki"]]
    rows[1] = ("letter", 3, "nsubjpass", "NOUN", "NN", "letter", "O")
    assert meetings(make(rows), actors) == []


def test_events_meal_with_a_partner_or_together(actors):
    """"X had dinner with Y" (m-dinner), "X and Y had lunch together" (together-gathering): a meal with a named
    partner is a meeting, and so is one two named subjects had ("X and Y had lunch", shared-meal)."""
    rows = _blair_and_mbeki(0, 3, "nsubj") + [
            ("had", 3, "ROOT", "VERB", "VBD", "have", "O"), ("lunch", 3, "dobj", "NOUN", "NN", "lunch", "O"),
            ("together", 3, "advmod", "ADV", "RB", "together", "O")]
    doc = make(rows)
    assert rule_marks(doc).rule("joint-event", 4) == "together-gathering"
    assert meetings(doc, actors) == [["Blair", "Mbeki"]]
    assert rule_marks(make(rows[:5])).rule("joint-event", 4) == "shared-meal"
    assert meetings(make(rows[:5]), actors) == [["Blair", "Mbeki"]]
    dinner = [("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"), ("had", 1, "ROOT", "VERB", "VBD", "have", "O"),
              ("dinner", 1, "dobj", "NOUN", "NN", "dinner", "O"), ("with", 2, "prep", "ADP", "IN", "with", "O"),
              ("Mbeki", 3, "pobj", "PROPN", "NNP", "Mbeki", "B-PERSON")]
    assert meetings(make(dinner), actors) == [["Blair", "Mbeki"]]


def test_triggers_shook_hands(actors):
    """"X and Y shook hands" (m-shake-hands, only with the object "hands"); "X shook the tree" is none."""
    rows = _blair_and_mbeki(0, 3, "nsubj") + [
            ("shook", 3, "ROOT", "VERB", "VBD", "shake", "O"), ("hands", 3, "dobj", "NOUN", "NNS", "hand", "O")]
    assert triggers.meeting_row(make(rows)[3])["id"] == "m-shake-hands"
    assert meetings(make(rows), actors) == [["Blair", "Mbeki"]]
    rows[4] = ("trees", 3, "dobj", "NOUN", "NNS", "tree", "O")
    assert triggers.meeting_row(make(rows)[3]) is None


def _with_person(at: int, head: int, name: str) -> list[tuple]:
    """Rows of "with <name>", "with" at index ``at`` hanging on ``head``."""
    return [("with", head, "prep", "ADP", "IN", "with", "O"), (name, at, "pobj", "PROPN", "NNP", name, "B-PERSON")]


def test_events_second_with_after_as_well_as(actors):
    """"X met with Y as well as with Z" (participant-prep-sibling): two meetings, X–Y and X–Z, not Y–Z."""
    as_well_as = [("as", 6, "advmod", "ADV", "RB", "as", "O"), ("well", 6, "advmod", "ADV", "RB", "well", "O"),
                  ("as", 1, "cc", "ADP", "IN", "as", "O")]
    rows = [("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"), ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
            *_with_person(2, 1, "Mbeki"), *as_well_as, *_with_person(7, 1, "Mugabe")]
    doc = make(rows)
    assert rule_marks(doc).rule("second-partner-prep", 7) == "participant-prep-sibling"
    assert sorted(meetings(doc, actors)) == [["Blair", "Mbeki"], ["Blair", "Mugabe"]]


def test_triggers_attending_a_ceremony_is_no_meeting():
    """"a ceremony attended by X and Y", "X attended the funeral with Y" (attended-occasion, attend-occasion): no
    meeting; "the summit attended by X and Y" is one."""
    rows = [("a", 1, "det", "DET", "DT", "a", "O"), ("ceremony", 1, "ROOT", "NOUN", "NN", "ceremony", "O"),
            ("attended", 1, "acl", "VERB", "VBN", "attend", "O"), ("by", 2, "agent", "ADP", "IN", "by", "O"),
            ("Blair", 3, "pobj", "PROPN", "NNP", "Blair", "B-PERSON")]
    assert rule_marks(make(rows)).rule("everyday-meet", 2) == "attended-occasion"
    assert triggers.meeting_row(make(rows)[2]) is None
    rows[1] = ("summit", 1, "ROOT", "NOUN", "NN", "summit", "O")
    assert triggers.meeting_row(make(rows)[2]) is not None


def test_participants_subject_hung_on_the_auxiliary_of_a_broken_relative_clause(actors):
    """"Blair, who had "catch up" talks with Mbeki": the parser makes "catch" the root and hangs "who" on the
    auxiliary; the auxiliary's subject is the trigger's, and ", who" right after a name stands for it."""
    rows = [("Blair", 4, "npadvmod", "PROPN", "NNP", "Blair", "B-PERSON"), (",", 0, "punct", "PUNCT", ",", ",", "O"),
            ("who", 3, "nsubj", "PRON", "WP", "who", "O"), ("had", 4, "aux", "AUX", "VBD", "have", "O"),
            ("catch", 4, "ROOT", "VERB", "VB", "catch", "O"), ("talks", 4, "dobj", "NOUN", "NNS", "talk", "O"),
            ("with", 5, "prep", "ADP", "IN", "with", "O"), ("Mbeki", 6, "pobj", "PROPN", "NNP", "Mbeki", "B-PERSON")]
    assert meetings(make(rows), actors) == [["Blair", "Mbeki"]]
    rows[1] = ("and", 0, "cc", "CCONJ", "CC", "and", "O")  # "Blair and who …": no relative pronoun after a name
    assert meetings(make(rows), actors) == []


def test_participants_attending_as_subject_lists_those_present(actors):
    """"Attending were A and B": the parser makes "Attending" the subject of "were"; those listed took part
    (``attending-words``), as in "Also attending were A and B"; "Leaving were A and B" lists no one."""
    rows = [("Attending", 1, "nsubj", "VERB", "VBG", "attend", "O"), ("were", 1, "ROOT", "AUX", "VBD", "be", "O"),
            ("Blair", 1, "attr", "PROPN", "NNP", "Blair", "B-PERSON"), ("and", 2, "cc", "CCONJ", "CC", "and", "O"),
            ("Mbeki", 2, "conj", "PROPN", "NNP", "Mbeki", "B-PERSON")]
    assert meetings(make(rows), actors) == [["Blair", "Mbeki"]]
    rows[0] = ("Leaving", 1, "nsubj", "VERB", "VBG", "leave", "O")
    assert meetings(make(rows), actors) == []


def test_participants_in_attendance_lists_those_present(actors):
    """"Also in attendance were A and B" (an "in" whose object is an ``attending-words`` noun) lists those present,
    like "Also attending were A and B"; "Also in Berlin were A and B" lists no one."""
    rows = [("Also", 3, "advmod", "ADV", "RB", "also", "O"), ("in", 3, "prep", "ADP", "IN", "in", "O"),
            ("attendance", 1, "pobj", "NOUN", "NN", "attendance", "O"), ("were", 3, "ROOT", "AUX", "VBD", "be", "O"),
            ("Blair", 3, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"), ("and", 4, "cc", "CCONJ", "CC", "and", "O"),
            ("Mbeki", 4, "conj", "PROPN", "NNP", "Mbeki", "B-PERSON")]
    assert meetings(make(rows), actors) == [["Blair", "Mbeki"]]
    rows[2] = ("Berlin", 1, "pobj", "PROPN", "NNP", "Berlin", "B-GPE")
    assert meetings(make(rows), actors) == []


def test_participants_group_of_ministers_of_a_portfolio(actors):
    """"NATO defence ministers met": the persons the article names as holders of that portfolio in a member state
    (``portfolio-defence``: a Defence Secretary too); "NATO finance ministers" are not the defence ministers."""
    rows = [("NATO", 2, "compound", "PROPN", "NNP", "NATO", "B-ORG"),
            ("defence", 2, "compound", "NOUN", "NN", "defence", "O"),
            ("ministers", 3, "nsubj", "NOUN", "NNS", "minister", "O"), ("met", 3, "ROOT", "VERB", "VBD", "meet", "O"),
            (".", 3, "punct", "PUNCT", ".", ".", "O"), ("German", 8, "amod", "ADJ", "JJ", "german", "B-NORP"),
            ("Defence", 7, "compound", "PROPN", "NNP", "Defence", "O"),
            ("Minister", 8, "compound", "PROPN", "NNP", "Minister", "O"),
            ("Stroh", 9, "nsubj", "PROPN", "NNP", "Stroh", "B-PERSON"), ("spoke", 9, "ROOT", "VERB", "VBD", "speak", "O"),
            (".", 9, "punct", "PUNCT", ".", ".", "O"), ("US", 14, "compound", "PROPN", "NNP", "US", "B-GPE"),
            ("Defence", 13, "compound", "PROPN", "NNP", "Defence", "O"),
            ("Secretary", 14, "compound", "PROPN", "NNP", "Secretary", "O"),
            ("Gale", 15, "nsubj", "PROPN", "NNP", "Gale", "B-PERSON"), ("agreed", 15, "ROOT", "VERB", "VBD", "agree", "O"),
            (".", 15, "punct", "PUNCT", ".", ".", "O")]
    assert meetings(make(rows), actors) == [["Gale", "Stroh"]]
    rows[1] = ("finance", 2, "compound", "NOUN", "NN", "finance", "O")
    assert meetings(make(rows), actors) == []


def test_context_counterpart_holds_the_post_of_the_person_before(actors):
    """"Foreign Minister Vega met her Chilean counterpart … Chilean Foreign Minister Rojas spoke": the counterpart
    is Chile's holder of the post of the titled person just before it, not Chile's head (the President)."""
    def doc(post):
        return make([("Peruvian", 3, "amod", "ADJ", "JJ", "peruvian", "B-NORP"),
                     ("Foreign", 2, "compound", "PROPN", "NNP", "Foreign", "O"),
                     ("Minister", 3, "compound", "PROPN", "NNP", "Minister", "O"),
                     ("Vega", 4, "nsubj", "PROPN", "NNP", "Vega", "B-PERSON"), ("met", 4, "ROOT", "VERB", "VBD", "meet", "O"),
                     ("her", 7, "poss", "PRON", "PRP$", "her", "O"), ("Chilean", 7, "amod", "ADJ", "JJ", "chilean", "B-NORP"),
                     ("counterpart", 4, "dobj", "NOUN", "NN", "counterpart", "O"), (".", 4, "punct", "PUNCT", ".", ".", "O"),
                     ("Chilean", 10 + len(post), "amod", "ADJ", "JJ", "chilean", "B-NORP"),
                     *[(w, 10 + len(post), "compound", "PROPN", "NNP", w, "O") for w in post],
                     ("Rojas", 11 + len(post), "nsubj", "PROPN", "NNP", "Rojas", "B-PERSON"),
                     ("spoke", 11 + len(post), "ROOT", "VERB", "VBD", "speak", "O")])
    assert meetings(doc(["Foreign", "Minister"]), actors) == [["Rojas", "Vega"]]
    assert meetings(doc(["President"]), actors) == []


def test_triggers_consultations_and_conferring(actors):
    """"X conferred with Y", "X consulted with Y" (m-confer, m-consult: only with a "with" partner), "X held
    consultations with Y" (m-consultation under m-hold) are meetings; "X conferred the award" names no partner."""
    conferred = [("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
                 ("conferred", 1, "ROOT", "VERB", "VBD", "confer", "O"), *_with_person(2, 1, "Mbeki")]
    assert triggers.meeting_row(make(conferred)[1])["id"] == "m-confer"
    assert meetings(make(conferred), actors) == [["Blair", "Mbeki"]]
    held = [conferred[0], ("held", 1, "ROOT", "VERB", "VBD", "hold", "O"),
            ("consultations", 1, "dobj", "NOUN", "NNS", "consultation", "O"), *_with_person(3, 2, "Mbeki")]
    assert meetings(make(held), actors) == [["Blair", "Mbeki"]]
    award = [conferred[0], conferred[1], ("the", 3, "det", "DET", "DT", "the", "O"),
             ("award", 1, "dobj", "NOUN", "NN", "award", "O"), ("on", 1, "prep", "ADP", "IN", "on", "O"),
             ("Mbeki", 4, "pobj", "PROPN", "NNP", "Mbeki", "B-PERSON")]
    assert meetings(make(award), actors) == []


def test_triggers_greeting_at_the_airport_is_no_meeting():
    """"X was welcomed by Y at the airport" (arrival-greeting, an ``unless_mark`` of m-welcome and m-receive): a
    greeting on arrival; "welcomed at the palace" is a reception."""
    rows = [("Blair", 2, "nsubjpass", "PROPN", "NNP", "Blair", "B-PERSON"), ("was", 2, "auxpass", "AUX", "VBD", "be", "O"),
            ("welcomed", 2, "ROOT", "VERB", "VBN", "welcome", "O"), ("by", 2, "agent", "ADP", "IN", "by", "O"),
            ("Mbeki", 3, "pobj", "PROPN", "NNP", "Mbeki", "B-PERSON"), ("at", 2, "prep", "ADP", "IN", "at", "O"),
            ("the", 7, "det", "DET", "DT", "the", "O"), ("airport", 5, "pobj", "NOUN", "NN", "airport", "O")]
    assert rule_marks(make(rows)).rule("everyday-meet", 2) == "arrival-greeting"
    assert triggers.meeting_row(make(rows)[2]) is None
    rows[7] = ("palace", 5, "pobj", "NOUN", "NN", "palace", "O")
    assert triggers.meeting_row(make(rows)[2])["id"] == "m-welcome"


def test_triggers_paid_a_visit_to_a_person(actors):
    """"X paid a visit to Y" (m-pay-visit, only with the object "visit"): Y is visited; "X paid tribute to Y" is
    no trigger."""
    rows = [("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"), ("paid", 1, "ROOT", "VERB", "VBD", "pay", "O"),
            ("a", 3, "det", "DET", "DT", "a", "O"), ("visit", 1, "dobj", "NOUN", "NN", "visit", "O"),
            ("to", 3, "prep", "ADP", "IN", "to", "O"), ("Mbeki", 4, "pobj", "PROPN", "NNP", "Mbeki", "B-PERSON")]
    assert triggers.meeting_row(make(rows)[1])["id"] == "m-pay-visit"
    assert meetings(make(rows), actors) == [["Blair", "Mbeki"]]
    rows[3] = ("tribute", 1, "dobj", "NOUN", "NN", "tribute", "O")
    assert triggers.meeting_row(make(rows)[1]) is None


def _marked_pair(rows, actors, mark, at, rule, swap=None):
    """The Doc of ``rows``: the pattern ``rule`` marks token ``at`` with ``mark``, and Blair and Mbeki met; with
    ``swap`` (index, row) put in, they did not."""
    doc = make(rows)
    assert rule_marks(doc).rule(mark, at) == rule
    assert meetings(doc, actors) == [["Blair", "Mbeki"]]
    if swap is not None:
        assert meetings(make(rows[:swap[0]] + [swap[1]] + rows[swap[0] + 1:]), actors) == []


def test_events_accord_named_or_joint_statement_signed_together(actors):
    """"X and Y signed the Treaty of Friendship" (signed-accord-name: a proper noun keeps its capital in the lemma)
    and "X and Y signed a statement of joint understanding" (signed-joint-statement) are meetings; "X and Y signed a
    statement" alone is none, like a letter."""
    named = _blair_and_mbeki(0, 3, "nsubj") + [
        ("signed", 3, "ROOT", "VERB", "VBD", "sign", "O"), ("the", 5, "det", "DET", "DT", "the", "O"),
        ("Treaty", 3, "dobj", "PROPN", "NNP", "Treaty", "B-LAW"), ("of", 5, "prep", "ADP", "IN", "of", "I-LAW"),
        ("Friendship", 6, "pobj", "PROPN", "NNP", "Friendship", "I-LAW")]
    _marked_pair(named, actors, "signing", 3, "signed-accord-name")
    joint = _blair_and_mbeki(0, 3, "nsubj") + [
        ("signed", 3, "ROOT", "VERB", "VBD", "sign", "O"), ("a", 5, "det", "DET", "DT", "a", "O"),
        ("statement", 3, "dobj", "NOUN", "NN", "statement", "O"), ("of", 5, "prep", "ADP", "IN", "of", "O"),
        ("joint", 8, "amod", "ADJ", "JJ", "joint", "O"),
        ("understanding", 6, "pobj", "NOUN", "NN", "understanding", "O")]
    mutual = ("mutual", 8, "amod", "ADJ", "JJ", "mutual", "O")
    _marked_pair(joint, actors, "signing", 3, "signed-joint-statement", (7, mutual))


def test_triggers_a_quoted_phone_word_makes_no_call(actors):
    """"X spoke at a news conference with Y and said: "we must call them on it"": the phone word is the speaker's,
    inside a quotation the trigger is not in, so the conference is a meeting; unquoted it makes the sentence a call."""
    def doc(quoted):
        marks = [('"', 13, "punct", "PUNCT", "``", '"', "O")] if quoted else []
        rows = [("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
                ("spoke", 1, "ROOT", "VERB", "VBD", "speak", "O"),
                ("at", 1, "prep", "ADP", "IN", "at", "O"), ("a", 5, "det", "DET", "DT", "a", "O"),
                ("news", 5, "compound", "NOUN", "NN", "news", "O"),
                ("conference", 2, "pobj", "NOUN", "NN", "conference", "O"),
                ("with", 5, "prep", "ADP", "IN", "with", "O"),
                ("Mbeki", 6, "pobj", "PROPN", "NNP", "Mbeki", "B-PERSON"),
                ("and", 1, "cc", "CCONJ", "CC", "and", "O"), ("said", 1, "conj", "VERB", "VBD", "say", "O")] + marks + [
                ("we", 13, "nsubj", "PRON", "PRP", "we", "O"), ("must", 13, "aux", "AUX", "MD", "must", "O"),
                ("call", 9, "ccomp", "VERB", "VB", "call", "O"), ("them", 13, "dobj", "PRON", "PRP", "they", "O")]
        rows += [('"', 13, "punct", "PUNCT", "''", '"', "O")] if quoted else []
        if not quoted:  # the same heads without the opening mark: every index from 10 on moves down by one
            rows = [(w, h - 1 if h >= 10 else h, d, p, t, lem, e) for w, h, d, p, t, lem, e in rows]
        return make(rows)
    quoted = doc(True)
    assert triggers.classify(quoted[5], triggers.meeting_row(quoted[5])) == "meeting"
    assert meetings(quoted, actors) == [["Blair", "Mbeki"]]
    plain = doc(False)
    assert triggers.classify(plain[5], triggers.meeting_row(plain[5])) == "call"


def test_anaphora_delegation_of_demonym_nouns_is_not_the_countrys_leader():
    """"a delegation of Kenya" stands for Kenya's side (``counterpart-anaphora``); in "a delegation of Kenyan
    lawmakers" the demonym describes the lawmakers, who are not Kenya's leader: no mention."""
    from kg.extract.anaphora import nominal_mentions

    def doc(tail):
        return make([("A", 1, "det", "DET", "DT", "a", "O"),
                     ("delegation", 4 + len(tail), "nsubj", "NOUN", "NN", "delegation", "O"),
                     ("of", 1, "prep", "ADP", "IN", "of", "O")] + tail +
                    [("met", 4 + len(tail), "ROOT", "VERB", "VBD", "meet", "O"),
                     ("Kagame", 4 + len(tail), "dobj", "PROPN", "NNP", "Kagame", "B-PERSON")])
    country = doc([("Kenya", 2, "pobj", "PROPN", "NNP", "Kenya", "B-GPE")])
    assert [(m.rule, m.countries) for m in nominal_mentions(country, [])] == [("counterpart-anaphora", ("KE",))]
    lawmakers = doc([("Kenyan", 4, "amod", "ADJ", "JJ", "kenyan", "B-NORP"),
                     ("lawmakers", 2, "pobj", "NOUN", "NNS", "lawmaker", "O")])
    assert [m for m in nominal_mentions(lawmakers, []) if m.rule == "counterpart-anaphora"] == []


def test_events_a_delegation_is_an_unnamed_side(actors):
    """"A delegation met X" (``delegation-side-nouns``): the meeting exists with its one named side, which a member
    of the delegation named next joins ("Y, a member of the delegation, said …")."""
    doc = make([("A", 1, "det", "DET", "DT", "a", "O"), ("delegation", 2, "nsubj", "NOUN", "NN", "delegation", "O"),
                ("met", 2, "ROOT", "VERB", "VBD", "meet", "O"),
                ("Kagame", 2, "dobj", "PROPN", "NNP", "Kagame", "B-PERSON")])
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    events, _ = assemble(ctx)
    assert [[p.name.split()[-1] for p in e.participants] for e in events] == [["Kagame"]]


def test_context_an_object_pronoun_is_not_its_clause_subject(actors):
    """"Blair arrived. Mbeki received him.": "him" stands for the last person named before it who is not the
    subject of its own clause (``object-pronouns``), so Mbeki hosted Blair, not himself."""
    doc = make([("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
                ("arrived", 1, "ROOT", "VERB", "VBD", "arrive", "O"),
                (".", 1, "punct", "PUNCT", ".", ".", "O"), ("Mbeki", 4, "nsubj", "PROPN", "NNP", "Mbeki", "B-PERSON"),
                ("received", 4, "ROOT", "VERB", "VBD", "receive", "O"), ("him", 4, "dobj", "PRON", "PRP", "he", "O"),
                (".", 4, "punct", "PUNCT", ".", ".", "O")])
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    assert [ctx.person(e).name.split()[-1] for e in ctx.persons_at(doc[5])] == ["Blair"]
    assert meetings(doc, actors) == [["Blair", "Mbeki"]]


def test_participants_between_one_person_a_clause_and_the_other(actors):
    """"Talks between X, who arrived, and Y ended": the parser closes the "between" phrase after X's clause and hangs
    Y on the verb; the person just after the ", and" is the other side (``stray_partners.between_tail``)."""
    def doc(other, pos, ent):
        return make([("The", 1, "det", "DET", "DT", "the", "O"), ("talks", 10, "nsubj", "NOUN", "NNS", "talk", "O"),
                     ("between", 1, "prep", "ADP", "IN", "between", "O"),
                     ("Blair", 2, "pobj", "PROPN", "NNP", "Blair", "B-PERSON"),
                     (",", 3, "punct", "PUNCT", ",", ",", "O"), ("who", 6, "nsubj", "PRON", "WP", "who", "O"),
                     ("arrived", 3, "relcl", "VERB", "VBD", "arrive", "O"), (",", 1, "punct", "PUNCT", ",", ",", "O"),
                     ("and", 1, "cc", "CCONJ", "CC", "and", "O"), (other, 10, "nsubj", pos, "NNP", other, ent),
                     ("ended", 10, "ROOT", "VERB", "VBD", "end", "O")])
    assert meetings(doc("Mbeki", "PROPN", "B-PERSON"), actors) == [["Blair", "Mbeki"]]
    assert meetings(doc("rebels", "NOUN", "O"), actors) == []


def test_events_appeared_together_at_a_news_conference(actors):
    """"X and Y appeared together at a news conference" (together-gathering-at): its subjects held it together;
    "X and Y appeared at a news conference" may be two appearances."""
    rows = _blair_and_mbeki(0, 3, "nsubj") + [
            ("appeared", 3, "ROOT", "VERB", "VBD", "appear", "O"),
            ("together", 3, "advmod", "ADV", "RB", "together", "O"),
            ("at", 3, "prep", "ADP", "IN", "at", "O"), ("a", 8, "det", "DET", "DT", "a", "O"),
            ("news", 8, "compound", "NOUN", "NN", "news", "O"),
            ("conference", 5, "pobj", "NOUN", "NN", "conference", "O")]
    again = ("again", 3, "advmod", "ADV", "RB", "again", "O")
    _marked_pair(rows, actors, "joint-event", 8, "together-gathering-at", (4, again))


def test_events_their_gathering_is_held_by_the_subjects_together(actors):
    """"At their press conference, X and Y spoke" (their-gathering): the clause's subjects held it together; "At a
    press conference, X and Y spoke" may be two conferences."""
    rows = [("At", 8, "prep", "ADP", "IN", "at", "O"), ("their", 3, "poss", "PRON", "PRP$", "their", "O"),
            ("press", 3, "compound", "NOUN", "NN", "press", "O"), ("conference", 0, "pobj", "NOUN", "NN", "conference", "O"),
            (",", 8, "punct", "PUNCT", ",", ",", "O")] + _blair_and_mbeki(5, 8, "nsubj") + [
            ("spoke", 8, "ROOT", "VERB", "VBD", "speak", "O")]
    _marked_pair(rows, actors, "joint-event", 3, "their-gathering", (1, ("a", 3, "det", "DET", "DT", "a", "O")))


def test_joins_talks_attended_in_the_passive_join_the_meeting_before(actors):
    """"Blair met Mbeki. The talks were attended by Annan" (``joins._attended_back``): the passive subject refers back
    to the meeting, which Annan joins; "Some talks were attended by Annan" names other talks."""
    def doc(det):
        return make([("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
                     ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
                     ("Mbeki", 1, "dobj", "PROPN", "NNP", "Mbeki", "B-PERSON"), (".", 1, "punct", "PUNCT", ".", ".", "O"),
                     (det, 5, "det", "DET", "DT", det.lower(), "O"), ("talks", 7, "nsubjpass", "NOUN", "NNS", "talk", "O"),
                     ("were", 7, "auxpass", "AUX", "VBD", "be", "O"), ("attended", 7, "ROOT", "VERB", "VBN", "attend", "O"),
                     ("by", 7, "agent", "ADP", "IN", "by", "O"), ("Annan", 8, "pobj", "PROPN", "NNP", "Annan", "B-PERSON"),
                     (".", 7, "punct", "PUNCT", ".", ".", "O")])
    assert meetings(doc("The"), actors) == [["Annan", "Blair", "Mbeki"]]
    assert meetings(doc("Some"), actors) == [["Blair", "Mbeki"]]


def test_participants_a_name_an_apposition_calls_a_place_is_nobody(actors):
    """"Blair visited Hreik, a neighbourhood" (``place-appos-nouns``): NER took the place for a person, who takes no
    part in the visit; "Blair visited Mbeki, a friend" is a visit to a person."""
    def doc(noun):
        return make([("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
                     ("visited", 1, "ROOT", "VERB", "VBD", "visit", "O"),
                     ("Mbeki", 1, "dobj", "PROPN", "NNP", "Mbeki", "B-PERSON"),
                     (",", 2, "punct", "PUNCT", ",", ",", "O"),
                     ("a", 5, "det", "DET", "DT", "a", "O"), (noun, 2, "appos", "NOUN", "NN", noun, "O")])
    assert meetings(doc("friend"), actors) == [["Blair", "Mbeki"]]
    assert meetings(doc("neighbourhood"), actors) == []


def test_triggers_a_participle_adjunct_of_an_intention_happened(actors):
    """"Meeting in Kampala, Blair and Mbeki agreed to act" (``participle-adjunct-deps``): the participle says when they
    agreed, so the meeting happened; "agreed to meet" is still an intention."""
    rows = [("Meeting", 7, "advcl", "VERB", "VBG", "meet", "O"), ("in", 0, "prep", "ADP", "IN", "in", "O"),
            ("Kampala", 1, "pobj", "PROPN", "NNP", "Kampala", "B-GPE"), (",", 7, "punct", "PUNCT", ",", ",", "O")]
    rows += _blair_and_mbeki(4, 7, "nsubj") + [
        ("agreed", 7, "ROOT", "VERB", "VBD", "agree", "O"), ("to", 9, "aux", "PART", "TO", "to", "O"),
        ("act", 7, "xcomp", "VERB", "VB", "act", "O")]
    doc = make(rows)
    assert triggers.future_rule(doc[0]) is None
    assert meetings(doc, actors) == [["Blair", "Mbeki"]]
    intent = make([("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
                   ("agreed", 1, "ROOT", "VERB", "VBD", "agree", "O"), ("to", 3, "aux", "PART", "TO", "to", "O"),
                   ("meet", 1, "xcomp", "VERB", "VB", "meet", "O"), ("Mbeki", 3, "dobj", "PROPN", "NNP", "Mbeki", "B-PERSON")])
    assert triggers.future_rule(intent[3]) == "fut-intent-head"


def test_participants_partner_on_the_verb_of_a_news_conference(actors):
    """"Blair appeared with Mbeki at a news conference" (``stray_partners.verb_partners``, ``gathering-place-preps``):
    the conference takes the "with" partner the parser hangs on the verb; at a rally there is no news conference."""
    def doc(noun, kind):
        return make([("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
                     ("appeared", 1, "ROOT", "VERB", "VBD", "appear", "O"), ("with", 1, "prep", "ADP", "IN", "with", "O"),
                     ("Mbeki", 2, "pobj", "PROPN", "NNP", "Mbeki", "B-PERSON"), ("at", 1, "prep", "ADP", "IN", "at", "O"),
                     ("a", 7, "det", "DET", "DT", "a", "O"), (kind, 7, "compound", "NOUN", "NN", kind, "O"),
                     (noun, 4, "pobj", "NOUN", "NN", noun, "O")])
    assert meetings(doc("conference", "news"), actors) == [["Blair", "Mbeki"]]
    assert _rules(doc("conference", "news"), actors) == ["event:m-press-conference"]
    assert meetings(doc("rally", "party"), actors) == []


def test_participants_a_participle_describing_a_name_has_him_as_subject(actors):
    """"Blair, speaking at a news conference with Mbeki, said it" (``participants._described_person``): the clause
    describing Blair has him as its subject, so Blair and Mbeki held the news conference."""
    doc = make([("Blair", 9, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"), (",", 0, "punct", "PUNCT", ",", ",", "O"),
                ("speaking", 0, "acl", "VERB", "VBG", "speak", "O"), ("at", 2, "prep", "ADP", "IN", "at", "O"),
                ("a", 6, "det", "DET", "DT", "a", "O"), ("news", 6, "compound", "NOUN", "NN", "news", "O"),
                ("conference", 3, "pobj", "NOUN", "NN", "conference", "O"), ("with", 6, "prep", "ADP", "IN", "with", "O"),
                ("Mbeki", 7, "pobj", "PROPN", "NNP", "Mbeki", "B-PERSON"), ("said", 9, "ROOT", "VERB", "VBD", "say", "O")])
    assert meetings(doc, actors) == [["Blair", "Mbeki"]]


@pytest.mark.parametrize("noun, lemma", [("leaders", "leader"), ("men", "man")])
def test_participants_group_anaphor_as_object_is_the_two_named_before(actors, noun, lemma):
    """"Blair and Mbeki arrived. Durkan met the two leaders / the two men.": a group anaphor that is the trigger's
    object stands for the two persons named before who are not its own subject (``participants.antecedents``;
    ``anaphoric-nouns``), and the meeting is theirs with Durkan, not Durkan's with unnamed leaders."""
    rows = _blair_and_mbeki(0, 3, "nsubj") + [
        ("arrived", 3, "ROOT", "VERB", "VBD", "arrive", "O"), (".", 3, "punct", "PUNCT", ".", ".", "O"),
        ("Durkan", 6, "nsubj", "PROPN", "NNP", "Durkan", "B-PERSON"), ("met", 6, "ROOT", "VERB", "VBD", "meet", "O"),
        ("the", 9, "det", "DET", "DT", "the", "O"), ("two", 9, "nummod", "NUM", "CD", "two", "O"),
        (noun, 6, "dobj", "NOUN", "NNS", lemma, "O"), (".", 6, "punct", "PUNCT", ".", ".", "O")]
    assert meetings(make(rows), actors) == [["Blair", "Durkan", "Mbeki"]]


@pytest.mark.parametrize("tail, pairs", [
    ([("also", 6, "advmod", "ADV", "RB", "also", "O"), ("attended", 6, "ROOT", "VERB", "VBD", "attend", "O")],
     [["Berg", "Holm", "Ruiz"]]),  # "Berg also attended": the meeting just before
    ([("attended", 5, "ROOT", "VERB", "VBD", "attend", "O"), ("school", 5, "dobj", "NOUN", "NN", "school", "O")],
     [["Holm", "Ruiz"]]),  # "Berg attended school": something else
    ([("will", 6, "aux", "AUX", "MD", "will", "O"), ("attend", 6, "ROOT", "VERB", "VB", "attend", "O")],
     [["Holm", "Ruiz"]]),  # "Berg will attend": not yet
    ([(",", 4, "punct", "PUNCT", ",", ",", "O"), ("who", 7, "nsubj", "PRON", "WP", "who", "O"),
      ("attended", 4, "relcl", "VERB", "VBD", "attend", "O"), ("spoke", 8, "ROOT", "VERB", "VBD", "speak", "O")],
     [["Holm", "Ruiz"]]),  # "Berg, who attended, spoke": a clause about Berg, not the main clause
])
def test_joins_objectless_join_verb_joins_the_meeting_before(actors, tail, pairs):
    root = next(i for i, row in enumerate(tail, start=5) if row[2] == "ROOT")
    rows = [("Holm", 1, "nsubj", "PROPN", "NNP", "Holm", "B-PERSON"), ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
            ("Ruiz", 1, "dobj", "PROPN", "NNP", "Ruiz", "B-PERSON"), (".", 1, "punct", "PUNCT", ".", ".", "O"),
            ("Berg", root, "nsubj", "PROPN", "NNP", "Berg", "B-PERSON"), *tail,
            (".", root, "punct", "PUNCT", ".", ".", "O")]
    assert meetings(make(rows), actors) == pairs


@pytest.mark.parametrize("adverb, pairs", [("separately", [["Holm", "Ruiz"], ["Berg", "Holm"]]),
                                           ("jointly", [["Berg", "Holm", "Ruiz"]])])
def test_events_met_separately_is_one_meeting_per_partner(actors, adverb, pairs):
    """"Holm met separately with Ruiz and Berg" (separate-meetings): Holm met each; Ruiz and Berg did not meet."""
    rows = [("Holm", 2, "nsubj", "PROPN", "NNP", "Holm", "B-PERSON"), (adverb, 2, "advmod", "ADV", "RB", adverb, "O"),
            ("met", 2, "ROOT", "VERB", "VBD", "meet", "O"), ("with", 2, "prep", "ADP", "IN", "with", "O"),
            ("Ruiz", 3, "pobj", "PROPN", "NNP", "Ruiz", "B-PERSON"), ("and", 4, "cc", "CCONJ", "CC", "and", "O"),
            ("Berg", 4, "conj", "PROPN", "NNP", "Berg", "B-PERSON"), (".", 2, "punct", "PUNCT", ".", ".", "O")]
    assert meetings(make(rows), actors) == pairs


@pytest.mark.parametrize("first, sides", [("Brandt", ["Otto Brandt", "Maria Costa"]), ("Silva", [])])
def test_participants_dashed_surnames_before_a_meeting_noun(actors, first, sides):
    """"Otto Brandt met Maria Costa. The Brandt-Costa talks ended.": the surnames joined by a dash before a meeting
    noun are its sides (``name_pair``); a surname the article gives nobody ("Silva") makes no sides at all."""
    rows = [("Otto", 1, "compound", "PROPN", "NNP", "Otto", "B-PERSON"),
            ("Brandt", 2, "nsubj", "PROPN", "NNP", "Brandt", "I-PERSON"), ("met", 2, "ROOT", "VERB", "VBD", "meet", "O"),
            ("Maria", 4, "compound", "PROPN", "NNP", "Maria", "B-PERSON"),
            ("Costa", 2, "dobj", "PROPN", "NNP", "Costa", "I-PERSON"), (".", 2, "punct", "PUNCT", ".", ".", "O"),
            ("The", 10, "det", "DET", "DT", "the", "O"), (first, 9, "compound", "PROPN", "NNP", first, "O"),
            ("-", 9, "punct", "PUNCT", "HYPH", "-", "O"), ("Costa", 10, "compound", "PROPN", "NNP", "Costa", "O"),
            ("talks", 11, "nsubj", "NOUN", "NNS", "talk", "O"), ("ended", 11, "ROOT", "VERB", "VBD", "end", "O"),
            (".", 11, "punct", "PUNCT", ".", ".", "O")]
    doc = make(rows)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    assert [ctx.person(e).name for e in participants.name_pair(ctx, doc[10])] == sides



BRIEFED_BY = [("Varga", 2, "nsubjpass", "PROPN", "NNP", "Varga", "B-PERSON"),
              ("was", 2, "auxpass", "AUX", "VBD", "be", "O"), ("briefed", 2, "ROOT", "VERB", "VBN", "brief", "O"),
              ("by", 2, "agent", "ADP", "IN", "by", "O"), ("Berg", 3, "pobj", "PROPN", "NNP", "Berg", "B-PERSON"),
              ("and", 4, "cc", "CCONJ", "CC", "and", "O"), ("Holm", 4, "conj", "PROPN", "NNP", "Holm", "B-PERSON"),
              (".", 2, "punct", "PUNCT", ".", ".", "O")]
BERG_BRIEFED = [("Berg", 1, "nsubj", "PROPN", "NNP", "Berg", "B-PERSON"),
                ("briefed", 1, "ROOT", "VERB", "VBD", "brief", "O")]
BY_PHONE = [("by", 1, "prep", "ADP", "IN", "by", "O"), ("phone", 3, "pobj", "NOUN", "NN", "phone", "O")]
STOP = [(".", 1, "punct", "PUNCT", ".", ".", "O")]


def test_triggers_a_briefing_of_one_official_by_others_is_a_meeting(actors):
    """"X was briefed by Y and Z" (m-brief): one meeting of the three; "Y briefed Congress" names no person met,
    "briefed X by phone" is a call."""
    doc = make(BRIEFED_BY)
    assert triggers.meeting_row(doc[2])["id"] == "m-brief"
    assert meetings(doc, actors) == [["Berg", "Holm", "Varga"]]
    varga = [("Varga", 1, "dobj", "PROPN", "NNP", "Varga", "B-PERSON")]
    assert meetings(make(BERG_BRIEFED + varga + STOP), actors) == [["Berg", "Varga"]]
    congress = [("Congress", 1, "dobj", "PROPN", "NNP", "Congress", "B-ORG")]
    assert meetings(make(BERG_BRIEFED + congress + STOP), actors) == []
    assert meetings(make(BERG_BRIEFED + varga + BY_PHONE + STOP), actors) == []


def test_attendees_a_briefing_names_no_sides_of_talks():
    """A briefing reports no talks between sides (``side-talks-excluded-lemmas``): "Members of the US Congress were
    briefed" makes the United States no side whose officials took part, as "met" would."""
    doc = make([("Members", 6, "nsubjpass", "NOUN", "NNS", "member", "O"), ("of", 0, "prep", "ADP", "IN", "of", "O"),
                ("the", 4, "det", "DET", "DT", "the", "O"), ("US", 4, "compound", "PROPN", "NNP", "US", "B-GPE"),
                ("Congress", 1, "pobj", "PROPN", "NNP", "Congress", "B-ORG"),
                ("were", 6, "auxpass", "AUX", "VBD", "be", "O"), ("briefed", 6, "ROOT", "VERB", "VBN", "brief", "O"),
                (".", 6, "punct", "PUNCT", ".", ".", "O")])
    assert not side_delegates._talks_verb(doc[6])
    met = [("Berg", 1, "nsubj", "PROPN", "NNP", "Berg", "B-PERSON"), ("met", 1, "ROOT", "VERB", "VBD", "meet", "O"),
           ("Varga", 1, "dobj", "PROPN", "NNP", "Varga", "B-PERSON")]
    assert side_delegates._talks_verb(make(met + STOP)[1])


SAID_HIS_MEETING = [("Huber", 1, "nsubj", "PROPN", "NNP", "Huber", "B-PERSON"),
                    ("said", 1, "ROOT", "VERB", "VBD", "say", "O"), ("his", 3, "poss", "PRON", "PRP$", "his", "O"),
                    ("meeting", 6, "nsubj", "NOUN", "NN", "meeting", "O"),
                    ("with", 3, "prep", "ADP", "IN", "with", "O"),
                    ("Ostrow", 4, "pobj", "PROPN", "NNP", "Ostrow", "B-PERSON"),
                    ("was", 1, "ccomp", "AUX", "VBD", "be", "O"), ("useful", 6, "acomp", "ADJ", "JJ", "useful", "O"),
                    (".", 1, "punct", "PUNCT", ".", ".", "O")]
HIS_TALKS_NEXT = [("Huber", 1, "nsubj", "PROPN", "NNP", "Huber", "B-PERSON"),
                  ("arrived", 1, "ROOT", "VERB", "VBD", "arrive", "O"), (".", 1, "punct", "PUNCT", ".", ".", "O"),
                  ("His", 4, "poss", "PRON", "PRP$", "his", "O"), ("talks", 7, "nsubj", "NOUN", "NNS", "talk", "O"),
                  ("with", 4, "prep", "ADP", "IN", "with", "O"),
                  ("Ostrow", 5, "pobj", "PROPN", "NNP", "Ostrow", "B-PERSON"),
                  ("ended", 7, "ROOT", "VERB", "VBD", "end", "O"), (".", 7, "punct", "PUNCT", ".", ".", "O")]


def test_participants_possessive_pronoun_of_a_meeting_noun(actors):
    """"X said his meeting with Y was useful" (the subject of the clause above the noun), "X arrived. His talks with
    Y ended" (the last subject named in its sentence or the one before): ``person-possessive-pronouns``."""
    assert meetings(make(SAID_HIS_MEETING), actors) == [["Huber", "Ostrow"]]
    assert meetings(make(HIS_TALKS_NEXT), actors) == [["Huber", "Ostrow"]]
    their = list(SAID_HIS_MEETING)
    their[2] = ("their", 3, "poss", "PRON", "PRP$", "their", "O")
    assert meetings(make(their), actors) == []  # "their" is no one person (with no event before it)


def test_participants_named_owner_of_a_meeting_noun_leaves_out_the_verbs_subject(actors):
    """"Holm condemned Ruiz's meeting with Berg": a meeting noun owned by a named person has as sides its owner and
    its partner, not the subject of the verb above it (``participants._named_owner``)."""
    rows = [("Holm", 1, "nsubj", "PROPN", "NNP", "Holm", "B-PERSON"),
            ("condemned", 1, "ROOT", "VERB", "VBD", "condemn", "O"), ("Ruiz", 4, "poss", "PROPN", "NNP", "Ruiz",
                                                                      "B-PERSON"),
            ("'s", 2, "case", "PART", "POS", "'s", "O"), ("meeting", 1, "dobj", "NOUN", "NN", "meeting", "O"),
            ("with", 4, "prep", "ADP", "IN", "with", "O"), ("Berg", 5, "pobj", "PROPN", "NNP", "Berg", "B-PERSON"),
            (".", 1, "punct", "PUNCT", ".", ".", "O")]
    assert meetings(make(rows), actors) == [["Berg", "Ruiz"]]


def test_participants_their_meeting_includes_the_verbs_subject(actors):
    """"Holm thanked Ruiz at their meeting": "their" of a meeting noun with no event before stands for the two
    persons named before it, the subject of the verb above the noun among them (``participants._their``)."""
    rows = [("Holm", 1, "nsubj", "PROPN", "NNP", "Holm", "B-PERSON"), ("thanked", 1, "ROOT", "VERB", "VBD", "thank", "O"),
            ("Ruiz", 1, "dobj", "PROPN", "NNP", "Ruiz", "B-PERSON"), ("at", 1, "prep", "ADP", "IN", "at", "O"),
            ("their", 5, "poss", "PRON", "PRP$", "their", "O"), ("meeting", 3, "pobj", "NOUN", "NN", "meeting", "O"),
            (".", 1, "punct", "PUNCT", ".", ".", "O")]
    assert meetings(make(rows), actors) == [["Holm", "Ruiz"]]



ARRIVED_THE_TWO = [("Holm", 3, "nsubj", "PROPN", "NNP", "Holm", "B-PERSON"), ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
                   ("Ruiz", 0, "conj", "PROPN", "NNP", "Ruiz", "B-PERSON"),
                   ("arrived", 3, "ROOT", "VERB", "VBD", "arrive", "O"), (".", 3, "punct", "PUNCT", ".", ".", "O"),
                   ("The", 6, "det", "DET", "DT", "the", "O"), ("two", 7, "nsubj", "NUM", "CD", "two", "O")]


@pytest.mark.parametrize("tail, kinds", [
    ([("met", 7, "ROOT", "VERB", "VBD", "meet", "O")], [("meeting", ["Holm", "Ruiz"])]),
    ([("called", 7, "ROOT", "VERB", "VBD", "call", "O"), ("for", 11, "mark", "SCONJ", "IN", "for", "O"),
      ("Berg", 11, "nsubj", "PROPN", "NNP", "Berg", "B-PERSON"), ("to", 11, "aux", "PART", "TO", "to", "O"),
      ("resign", 7, "advcl", "VERB", "VB", "resign", "O")], []),
])
def test_participants_the_number_alone_is_a_group_anaphor(actors, tail, kinds):
    """"Holm and Ruiz arrived. The two met.": "the two" with no noun is a counted group anaphor
    (``participants.bare_number``, ``named_before``); "The two called for Berg to resign" is an appeal whose "for"
    the parser hangs on the infinitive clause, no phone call of theirs (``call-for-clause``)."""
    doc = make(ARRIVED_THE_TWO + tail + [(".", 7, "punct", "PUNCT", ".", ".", "O")])
    events, _ = assemble(context.build_context(doc, Article("t", doc.text), actors))
    assert [(e.kind, sorted(p.name.split()[-1] for p in e.participants)) for e in events] == kinds

@pytest.mark.parametrize("verb, lemma, noun, prep, pairs", [
    ("met", "meet", "lawyers", "for", []),  # "met lawyers for Ruiz": Ruiz takes no part (served-nouns)
    ("welcomed", "welcome", "talks", "between", [["Berg", "Ruiz"]]),  # the talks, not Holm's reception of them
])
def test_participants_persons_of_a_things_phrase_are_not_met(actors, verb, lemma, noun, prep, pairs):
    """"Holm met lawyers for Ruiz", "Holm welcomed the talks between Ruiz and Berg": the person a served noun
    serves is not met, and the sides of talks welcomed are no guests (``thing-source-preps``)."""
    rows = [("Holm", 1, "nsubj", "PROPN", "NNP", "Holm", "B-PERSON"), (verb, 1, "ROOT", "VERB", "VBD", lemma, "O"),
            ("the", 3, "det", "DET", "DT", "the", "O"), (noun, 1, "dobj", "NOUN", "NNS", noun[:-1], "O"),
            (prep, 3, "prep", "ADP", "IN", prep, "O"), ("Ruiz", 4, "pobj", "PROPN", "NNP", "Ruiz", "B-PERSON")]
    if prep == "between":
        rows += [("and", 5, "cc", "CCONJ", "CC", "and", "O"), ("Berg", 5, "conj", "PROPN", "NNP", "Berg", "B-PERSON")]
    rows += [(".", 1, "punct", "PUNCT", ".", ".", "O")]
    assert meetings(make(rows), actors) == pairs


@pytest.mark.parametrize("compared, pairs", [(True, []), (False, [["Holm", "Ruiz"]])])
def test_participants_what_a_thing_received_is_compared_with_is_no_guest(actors, compared, pairs):
    """"Holm received more votes than Ruiz": what a thing received is compared with is no guest (``than`` in
    ``thing-source-preps``), no reception; "Holm received Ruiz" is one."""
    ruiz = ("Ruiz", 4 if compared else 1, "pobj" if compared else "dobj", "PROPN", "NNP", "Ruiz", "B-PERSON")
    rows = [("Holm", 1, "nsubj", "PROPN", "NNP", "Holm", "B-PERSON"),
            ("received", 1, "ROOT", "VERB", "VBD", "receive", "O")]
    if compared:
        rows += [("more", 3, "amod", "ADJ", "JJR", "more", "O"), ("votes", 1, "dobj", "NOUN", "NNS", "vote", "O"),
                 ("than", 3, "prep", "ADP", "IN", "than", "O")]
    rows += [ruiz, (".", 1, "punct", "PUNCT", ".", ".", "O")]
    assert meetings(make(rows), actors) == pairs




def _name(word, head, dep):
    """A person's one-word name as a row."""
    return (word, head, dep, "PROPN", "NNP", word, "B-PERSON")


def _word(word, head, dep, pos, tag, lemma):
    """A row outside any entity."""
    return (word, head, dep, pos, tag, lemma, "O")


DENIED_CLAUSE = [_name("Lindqvist", 1, "nsubj"),
                 _word("denied", 1, "ROOT", "VERB", "VBD", "deny"), _word("that", 5, "mark", "SCONJ", "IN", "that"),
                 _word("he", 5, "nsubj", "PRON", "PRP", "he"), _word("had", 5, "aux", "AUX", "VBD", "have"),
                 _word("met", 1, "ccomp", "VERB", "VBN", "meet"), _name("Okafor", 5, "dobj")]

DENIED_REPORT = [_name("Lindqvist", 1, "nsubj"),
                 _word("denied", 1, "ROOT", "VERB", "VBD", "deny"),
                 _word("reports", 1, "dobj", "NOUN", "NNS", "report"), _word("that", 5, "mark", "SCONJ", "IN", "that"),
                 _word("he", 5, "nsubj", "PRON", "PRP", "he"),
                 _word("met", 2, "acl", "VERB", "VBD", "meet"), _name("Okafor", 5, "dobj")]

SAID_CLAUSE = [_name("Lindqvist", 1, "nsubj"),
               _word("said", 1, "ROOT", "VERB", "VBD", "say"), _word("that", 5, "mark", "SCONJ", "IN", "that"),
               _word("he", 5, "nsubj", "PRON", "PRP", "he"), _word("had", 5, "aux", "AUX", "VBD", "have"),
               _word("met", 1, "ccomp", "VERB", "VBN", "meet"), _name("Okafor", 5, "dobj")]


@pytest.mark.parametrize("rows, rule", [(DENIED_CLAUSE, "neg-denied-clause"), (DENIED_REPORT, "neg-denied-report")])
def test_triggers_a_denied_meeting_is_negated(rows, rule):
    doc = make(rows)
    assert rule_marks(doc).rule("denied-clause", 5) == rule
    assert triggers.negated(doc[5])


def test_triggers_a_reported_meeting_is_not_negated():
    doc = make(SAID_CLAUSE)
    assert not rule_marks(doc).has("denied-clause", 5) and not triggers.negated(doc[5])


LATER_WITH = [_name("Lindqvist", 1, "nsubj"),
              _word("held", 1, "ROOT", "VERB", "VBD", "hold"), _word("talks", 1, "dobj", "NOUN", "NNS", "talk"),
              _word("with", 2, "prep", "ADP", "IN", "with"), _name("Okafor", 3, "pobj"),
              _word(",", 1, "punct", "PUNCT", ",", ","), _word("and", 1, "cc", "CCONJ", "CC", "and"),
              _word("later", 8, "advmod", "ADV", "RB", "later"), _word("with", 1, "prep", "ADP", "IN", "with"),
              _name("Moreau", 8, "pobj")]


def test_meetings_held_talks_with_a_and_later_with_b_are_two_meetings(actors):
    doc = make(LATER_WITH)
    assert rule_marks(doc).rule("second-partner-prep", 8) == "participant-prep-light-object"
    assert sorted(meetings(doc, actors)) == [["Lindqvist", "Moreau"], ["Lindqvist", "Okafor"]]


ALONG_WITH = [_name("Lindqvist", 6, "nsubj"), _word(",", 6, "punct", "PUNCT", ",", ","),
              _word("along", 6, "prep", "ADP", "IN", "along"), _word("with", 2, "prep", "ADP", "IN", "with"),
              _name("Okafor", 3, "pobj"), _word(",", 6, "punct", "PUNCT", ",", ","),
              _word("met", 6, "ROOT", "VERB", "VBD", "meet"), _name("Moreau", 6, "dobj")]


def test_meetings_along_with_adds_a_participant(actors):
    doc = make(ALONG_WITH)
    assert rule_marks(doc).rule("participant-prep", 2) == "prep-participant-along-with"
    assert meetings(doc, actors) == [["Lindqvist", "Moreau", "Okafor"]]


PHONE_THEN_MET = [_name("Lindqvist", 1, "nsubj"),
                  _word("spoke", 1, "ROOT", "VERB", "VBD", "speak"), _word("by", 1, "prep", "ADP", "IN", "by"),
                  _word("telephone", 2, "pobj", "NOUN", "NN", "telephone"),
                  _word("with", 1, "prep", "ADP", "IN", "with"),
                  _name("Okafor", 4, "pobj"), _word("and", 1, "cc", "CCONJ", "CC", "and"),
                  _word("later", 8, "advmod", "ADV", "RB", "later"), _word("met", 1, "conj", "VERB", "VBD", "meet"),
                  _name("Moreau", 8, "dobj")]


def test_triggers_a_phone_word_of_a_joined_verb_is_not_the_triggers():
    doc = make(PHONE_THEN_MET)
    assert triggers.classify(doc[8], triggers.meeting_row(doc[8])) == "meeting"  # met Moreau in person
    assert triggers.classify(doc[1], triggers.meeting_row(doc[1])) == "call"  # spoke by telephone with Okafor


JOINT_AFTER_PAIR = _blair_and_mbeki(0, 3, "nsubj") + [
    ("agreed", 3, "ROOT", "VERB", "VBD", "agree", "O"), (".", 3, "punct", "PUNCT", ".", ".", "O"),
    ("At", 12, "prep", "ADP", "IN", "at", "O"), ("a", 9, "det", "DET", "DT", "a", "O"),
    ("joint", 9, "amod", "ADJ", "JJ", "joint", "O"), ("press", 9, "compound", "NOUN", "NN", "press", "O"),
    ("conference", 5, "pobj", "NOUN", "NN", "conference", "O"), (",", 12, "punct", "PUNCT", ",", ",", "O"),
    ("Mbeki", 12, "nsubj", "PROPN", "NNP", "Mbeki", "B-PERSON"), ("said", 12, "ROOT", "VERB", "VBD", "say", "O"),
    (".", 12, "punct", "PUNCT", ".", ".", "O")]


def test_events_joint_conference_of_one_named_side_is_the_pair_named_before(actors):
    """"Blair and Mbeki agreed. At a joint press conference, Mbeki said": a joint gathering whose one named side is
    one of the two persons named just before is held by both (named_before.joint_sides); a press conference that
    is not joint needs a partner of its own."""
    assert meetings(make(JOINT_AFTER_PAIR), actors) == [["Blair", "Mbeki"]]
    rows = list(JOINT_AFTER_PAIR)
    rows[7] = ("long", 9, "amod", "ADJ", "JJ", "long", "O")
    assert meetings(make(rows), actors) == []


def _row(word, head, dep, pos, tag=None, lemma=None, ent="O"):
    return (word, head, dep, pos, tag or {"PROPN": "NNP", "NOUN": "NN", "ADP": "IN", "DET": "DT", "VERB": "VBD",
                                          "PUNCT": ",", "CCONJ": "CC", "PRON": "PRP"}[pos], lemma or word.lower(), ent)


BETWEEN_LOST = [_row("A", 1, "det", "DET"), _row("meeting", 6, "nsubj", "NOUN"), _row("between", 1, "prep", "ADP"),
                _row("Blair", 2, "pobj", "PROPN", lemma="Blair", ent="B-PERSON"), _row("and", 3, "cc", "CCONJ"),
                _row("Mbeki", 6, "nsubj", "PROPN", lemma="Mbeki", ent="B-PERSON"),
                _row("took", 6, "ROOT", "VERB", lemma="take"), _row("place", 6, "dobj", "NOUN"),
                _row(".", 6, "punct", "PUNCT", tag=".")]


def test_participants_between_partner_the_parser_made_a_subject(actors):
    """"A meeting between Blair and Mbeki took place": the parser hangs Mbeki on "took" as its subject and leaves
    "and" dangling after Blair (``between-lost-partner``); the run after "and" is the other side."""
    doc = make(BETWEEN_LOST)
    assert rule_marks(doc).rule("between-lost-partner", 4) == "between-lost-partner"
    assert meetings(doc, actors) == [["Blair", "Mbeki"]]


FRONTED_LOST = [_row("At", 9, "prep", "ADP"), _row("a", 2, "det", "DET"), _row("meeting", 0, "pobj", "NOUN"),
                _row("in", 2, "prep", "ADP"), _row("Oslo", 3, "pobj", "PROPN", lemma="Oslo", ent="B-GPE"),
                _row(",", 4, "punct", "PUNCT"), _row("Blair", 4, "conj", "PROPN", lemma="Blair", ent="B-PERSON"),
                _row("and", 6, "cc", "CCONJ"), _row("Mbeki", 6, "conj", "PROPN", lemma="Mbeki", ent="B-PERSON"),
                _row("agreed", 9, "ROOT", "VERB", lemma="agree"), _row(".", 9, "punct", "PUNCT", tag=".")]


def test_participants_fronted_subject_the_parser_joined_to_the_place(actors):
    """"At a meeting in Oslo, Blair and Mbeki agreed": the parser joins Blair to "Oslo" as its conjunct
    (``fronted-lost-subject``); he and Mbeki are the subject of "agreed", which has none, and so hold the meeting.
    A verb with a subject of its own keeps it."""
    doc = make(FRONTED_LOST)
    assert rule_marks(doc).has("fronted-lost-subject", 6)
    assert meetings(doc, actors) == [["Blair", "Mbeki"]]
    assert stray_partners.fronted_subject(doc[9]) == [doc[6]]
    rows = [*FRONTED_LOST[:9], _row("they", 10, "nsubj", "PRON"), _row("agreed", 10, "ROOT", "VERB", lemma="agree")]
    assert stray_partners.fronted_subject(make(rows)[10]) == []


TALKS_WITH_HIM = [_row("Mbeki", 1, "nsubj", "PROPN", lemma="Mbeki", ent="B-PERSON"),
                  _row("arrived", 1, "ROOT", "VERB", lemma="arrive"), _row(".", 1, "punct", "PUNCT", tag="."),
                  _row("Blair", 4, "nsubj", "PROPN", lemma="Blair", ent="B-PERSON"),
                  _row("held", 4, "ROOT", "VERB", lemma="hold"),
                  _row("talks", 4, "dobj", "NOUN", tag="NNS", lemma="talk"),
                  _row("with", 5, "prep", "ADP"), _row("him", 6, "pobj", "PRON", lemma="he"),
                  _row(".", 4, "punct", "PUNCT", tag=".")]


def test_context_object_pronoun_of_a_light_verbs_noun_is_not_its_subject(actors):
    """"Mbeki arrived. Blair held talks with him": "him" in the "with" phrase of the verb's object noun
    (``object-pronoun-noun-deps``) is not Blair, the subject of "held", but Mbeki."""
    doc = make(TALKS_WITH_HIM)
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    assert [ctx.person(e).name.split()[-1] for e in ctx.persons_at(doc[7])] == ["Mbeki"]
    assert meetings(doc, actors) == [["Blair", "Mbeki"]]


def _spoke_at(subject_rows, tail_rows, noun="forum"):
    n = len(subject_rows)
    return [*subject_rows, _row("spoke", n, "ROOT", "VERB", lemma="speak"), _row("at", n, "prep", "ADP"),
            _row("the", n + 3, "det", "DET"), _row(noun, n + 1, "pobj", "NOUN"), *tail_rows,
            _row(".", n, "punct", "PUNCT", tag=".")]


def test_triggers_conference_or_forum_its_persons_had_together(actors):
    """"Blair and Mbeki spoke at the forum", "Blair spoke at the conference along with Mbeki": a conference or forum
    two named persons spoke at together is their meeting (``shared-gathering-joint-subjects``,
    ``shared-gathering-companion``); "Blair spoke at the forum" alone and "Blair argued with Mbeki at the forum"
    are none."""
    pair = [_row("Blair", 3, "nsubj", "PROPN", lemma="Blair", ent="B-PERSON"), _row("and", 0, "cc", "CCONJ"),
            _row("Mbeki", 0, "conj", "PROPN", lemma="Mbeki", ent="B-PERSON")]
    blair = [_row("Blair", 1, "nsubj", "PROPN", lemma="Blair", ent="B-PERSON")]
    along = [_row("along", 1, "prep", "ADP"), _row("with", 5, "prep", "ADP"),
             _row("Mbeki", 6, "pobj", "PROPN", lemma="Mbeki", ent="B-PERSON")]
    doc = make(_spoke_at(pair, []))
    assert triggers.meeting_row(doc[6])["id"] == "m-forum"
    assert meetings(doc, actors) == [["Blair", "Mbeki"]]
    doc = make(_spoke_at(blair, along, "conference"))
    assert rule_marks(doc).rule("shared-gathering", 4) == "shared-gathering-companion"
    assert meetings(doc, actors) == [["Blair", "Mbeki"]]
    assert triggers.meeting_row(doc[4])["id"] == "m-shared-conference"  # its own id: it is no news conference
    assert _rules(doc, actors) == ["event:m-shared-conference"]
    assert triggers.meeting_row(make(_spoke_at(blair, []))[4]) is None
    argued = [_row("Blair", 1, "nsubj", "PROPN", lemma="Blair", ent="B-PERSON"),
              _row("argued", 1, "ROOT", "VERB", lemma="argue"), _row("with", 1, "prep", "ADP"),
              _row("Mbeki", 2, "pobj", "PROPN", lemma="Mbeki", ent="B-PERSON"), _row("at", 1, "prep", "ADP"),
              _row("the", 6, "det", "DET"), _row("forum", 4, "pobj", "NOUN"), _row(".", 1, "punct", "PUNCT", tag=".")]
    assert all(len(m) < 2 for m in meetings(make(argued), actors))


def test_participants_were_there_lists_those_present(actors):
    """"Blair and Mbeki were there" (an ``attending-adverbs`` word on the copula) lists those present, as "Also
    attending were A and B" does; "Blair and Mbeki were there in May" (a place or time phrase) lists no one."""
    rows = [("Blair", 3, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"), ("and", 0, "cc", "CCONJ", "CC", "and", "O"),
            ("Mbeki", 0, "conj", "PROPN", "NNP", "Mbeki", "B-PERSON"), ("were", 3, "ROOT", "AUX", "VBD", "be", "O"),
            ("there", 3, "advmod", "ADV", "RB", "there", "O")]
    assert meetings(make(rows), actors) == [["Blair", "Mbeki"]]
    rows += [("in", 3, "prep", "ADP", "IN", "in", "O"), ("May", 5, "pobj", "PROPN", "NNP", "May", "B-DATE")]
    assert meetings(make(rows), actors) == []


def test_headline_speaks_without_partner_is_no_call():
    """A title's verb that wants a partner word names a call only with one: "Blair speaks with Mbeki" is a call
    title, "Blair speaks in Oslo" is none (its rosters are meetings, not parts of a call)."""
    from types import SimpleNamespace

    from kg.extract import events

    def kind(rows, title):
        doc = make(rows)  # one parsed sentence: its title line
        return events._headline_kind(SimpleNamespace(doc=doc, article=Article("t", doc.text, title=title)))

    rows = [("Blair", 1, "nsubj", "PROPN", "NNP", "Blair", "B-PERSON"),
            ("speaks", 1, "ROOT", "VERB", "VBZ", "speak", "O"),
            ("with", 1, "prep", "ADP", "IN", "with", "O"), ("Mbeki", 2, "pobj", "PROPN", "NNP", "Mbeki", "B-PERSON")]
    assert kind(rows, "Blair speaks with Mbeki") == "call"
    rows[2:] = [("in", 1, "prep", "ADP", "IN", "in", "O"), ("Oslo", 2, "pobj", "PROPN", "NNP", "Oslo", "B-GPE")]
    assert kind(rows, "Blair speaks in Oslo") is None

"""Meeting shapes of wire reports on Docs built by hand (words, heads, deps, POS, tags, lemmas, entities), so a
failure here is the rule's, never the statistical model's: a summit "attended by" a list the parser splits, subjects
that attended a gathering together, a meeting noun that acts in an intention verb, negotiators led by a named person,
and a country's "leader" named later. Sentences are written for these tests."""

from __future__ import annotations

import pytest
from test_rules_meeting_shapes import make, meetings, name

from kg.extract import anaphora, named_before, triggers
from kg.extract.rulematch import rule_marks


def word(text, head, dep, pos, tag, lemma=None, ent="O"):
    """A row outside any person's name."""
    return (text, head, dep, pos, tag, lemma or text.lower(), ent)


def attended_by(noun):
    """"The <noun>, attended by Asante, Okafor and Banda, ended.", parsed as the model does: Okafor and Banda hang
    on the noun as its conjuncts, only Asante in the "by" phrase."""
    return make([word("The", 1, "det", "DET", "DT"), word(noun, 12, "nsubj", "NOUN", "NNS" if noun == "talks" else "NN",
                                                         "talk" if noun == "talks" else noun),
                 word(",", 1, "punct", "PUNCT", ","), word("attended", 1, "acl", "VERB", "VBN", "attend"),
                 word("by", 3, "agent", "ADP", "IN"), name("Asante", 4, "pobj"), word(",", 1, "punct", "PUNCT", ","),
                 name("Okafor", 1, "conj"), word("and", 7, "cc", "CCONJ", "CC"), name("Banda", 7, "conj"),
                 word(",", 7, "punct", "PUNCT", ","), word("formally", 12, "advmod", "ADV", "RB"),
                 word("ended", 12, "ROOT", "VERB", "VBD", "end"), word(".", 12, "punct", "PUNCT", ".")])


@pytest.mark.parametrize("noun", ["talks", "summit"])
def test_participants_attended_by_list_split_by_the_parser(actors, noun):
    """The persons the parser hangs on the noun after the "by" phrase are in it too (``stray_partners.agent_tail``):
    one meeting of all three, not of the last two."""
    assert [m for m in meetings(attended_by(noun), actors) if len(m) > 1] == [["Asante", "Banda", "Okafor"]]


def attended(obj, prep=None):
    """"Asante and Okafor attended the <obj>." (or "participated <prep> the <obj>")."""
    verb = ("participated", "participate") if prep else ("attended", "attend")
    rows = [name("Asante", 3, "nsubj"), word("and", 0, "cc", "CCONJ", "CC"), name("Okafor", 0, "conj"),
            word(verb[0], 3, "ROOT", "VERB", "VBD", verb[1])]
    if prep:
        rows += [word(prep, 3, "prep", "ADP", "IN"), word("the", 6, "det", "DET", "DT"),
                 word(obj, 4, "pobj", "NOUN", "NN")]
    else:
        rows += [word("the", 5, "det", "DET", "DT"), word(obj, 3, "dobj", "NOUN", "NN")]
    return make(rows + [word(".", 3, "punct", "PUNCT", ".")])


@pytest.mark.parametrize("doc, together", [
    (attended("conference"), True), (attended("forum", "in"), True), (attended("retreat"), True),
    (attended("funeral"), False), (attended("ceremony"), False), (attended("rally"), False),
])
def test_events_subjects_that_attended_a_gathering_met(actors, doc, together):
    """Subjects of a join verb whose object is a gathering (``attended-gatherings``) took part in it together
    (``triggers.attends_gathering``); a funeral, a ceremony or a rally is no gathering of theirs."""
    row = triggers.meeting_row(doc[3])
    assert bool(row and triggers.attends_gathering(doc[3], row)) is together
    assert (meetings(doc, actors) == [["Asante", "Okafor"]]) is together


def meeting_of(verb, lemma):
    """"The meeting of Asante and Okafor <verb> to extend the ceasefire."."""
    return make([word("The", 1, "det", "DET", "DT"), word("meeting", 6, "nsubj", "NOUN", "NN"),
                 word("of", 1, "prep", "ADP", "IN"), name("Asante", 2, "pobj"), word("and", 3, "cc", "CCONJ", "CC"),
                 name("Okafor", 3, "conj"), word(verb, 6, "ROOT", "VERB", "VBD", lemma),
                 word("to", 8, "aux", "PART", "TO"), word("extend", 6, "xcomp", "VERB", "VB"),
                 word("the", 10, "det", "DET", "DT"), word("ceasefire", 8, "dobj", "NOUN", "NN"),
                 word(".", 6, "punct", "PUNCT", ".")])


def test_triggers_meeting_that_agreed_was_held(actors):
    """A meeting noun that is the subject of an intention verb acts in it (``intent-agent-deps``): "The meeting of
    A and B agreed to extend the ceasefire" was held; the intention governs only what it intends."""
    doc = meeting_of("agreed", "agree")
    assert triggers.future_rule(doc[1]) is None
    assert meetings(doc, actors) == [["Asante", "Okafor"]]


def test_triggers_intention_still_governs_its_complement():
    """"Asante agreed to meet Okafor": the meeting is what is intended (``fut-intent-head``)."""
    doc = make([name("Asante", 1, "nsubj"), word("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
                word("to", 3, "aux", "PART", "TO"), word("meet", 1, "xcomp", "VERB", "VB"), name("Okafor", 3, "dobj")])
    assert triggers.future_rule(doc[3]) == "fut-intent-head"


@pytest.mark.parametrize("group, leader", [("negotiators", True), ("delegation", True), ("supporters", False)])
def test_rules_negotiators_led_by_a_person(group, leader):
    """"Negotiators led by Aaland met …": the leader of negotiators takes part like a delegation's
    (``delegation-led-by``); supporters led by a person are no side of talks."""
    doc = make([word(group.capitalize(), 4, "nsubj", "NOUN", "NNS", group.rstrip("s")),
                word("led", 0, "acl", "VERB", "VBN", "lead"), word("by", 1, "agent", "ADP", "IN"),
                name("Aaland", 2, "pobj"), word("met", 4, "ROOT", "VERB", "VBD", "meet"), name("Tanabe", 4, "dobj")])
    assert (rule_marks(doc).rule("delegation-leader", 2) == "delegation-led-by") is leader


@pytest.mark.parametrize("country", [["Ghanaian"], ["Ghana", "'s"]])
def test_anaphora_a_countrys_leader_is_its_head(country):
    """"The Ghanaian leader", "Ghana's leader" is Ghana's head (``group-over-title-nouns``), not the title Leader (of
    a party or a house) that "leader" also is."""
    rows = [word("The", len(country) + 1, "det", "DET", "DT")] if len(country) == 1 else []
    at = len(rows) + len(country)
    if len(country) == 1:
        rows.append(word("Ghanaian", at, "amod", "ADJ", "JJ", "ghanaian", "B-NORP"))
    else:
        rows += [word("Ghana", at, "poss", "PROPN", "NNP", "Ghana", "B-GPE"), word("'s", 0, "case", "PART", "POS")]
    doc = make(rows + [word("leader", at + 1, "nsubj", "NOUN", "NN"),
                       word("met", at + 1, "ROOT", "VERB", "VBD", "meet"), name("Mehta", at + 1, "dobj")])
    (found,) = anaphora.nominal_mentions(doc, [])
    assert (found.rule, found.title_kind, found.countries) == ("counterpart-anaphora", "head", ("GH",))


def test_anaphora_possessive_country_stays_out_of_other_group_nouns():
    """"Ghana's delegation" is no role anaphor: only a ``group-over-title-nouns`` word takes a country's possessive."""
    doc = make([word("Ghana", 2, "poss", "PROPN", "NNP", "Ghana", "B-GPE"), word("'s", 0, "case", "PART", "POS"),
                word("delegation", 3, "nsubj", "NOUN", "NN"), word("met", 3, "ROOT", "VERB", "VBD", "meet"),
                name("Mehta", 3, "dobj")])
    assert anaphora.nominal_mentions(doc, []) == []


@pytest.mark.parametrize("before, found", [("visiting", True), ("new", False)])
def test_anaphora_the_visiting_prime_minister(before, found):
    """"the visiting prime minister" refers to a person named elsewhere (``role-determiner-visiting``), as "the prime
    minister" does; "the new prime minister" is no such reference."""
    doc = make([word("Asante", 1, "nsubj", "PROPN", "NNP", "Asante", "B-PERSON"),
                word("received", 1, "ROOT", "VERB", "VBD", "receive"), word("the", 5, "det", "DET", "DT"),
                word(before, 5, "amod", *(("VERB", "VBG") if before == "visiting" else ("ADJ", "JJ"))),
                word("prime", 5, "amod", "ADJ", "JJ"), word("minister", 1, "dobj", "NOUN", "NN")])
    mentions = anaphora.nominal_mentions(doc, [])
    assert [(m.role, m.rule) for m in mentions] == ([("Prime Minister", "role-anaphora")] if found else [])


def as_well_as_with(subject):
    """"<subject> met with Varelas in Athens as well as with her counterpart, Doukas.", parsed as the model does:
    the second "with" joined to "in", Doukas hung on the verb."""
    first = [name(subject, 1, "nsubj")] if subject else [word("Officials", 1, "nsubj", "NOUN", "NNS", "official")]
    return make(first + [
        word("met", 1, "ROOT", "VERB", "VBD", "meet"), word("with", 1, "prep", "ADP", "IN"), name("Varelas", 2, "pobj"),
        word("in", 1, "prep", "ADP", "IN"), word("Athens", 4, "pobj", "PROPN", "NNP", "Athens", "B-GPE"),
        word("as", 8, "advmod", "ADV", "RB"), word("well", 8, "advmod", "ADV", "RB"), word("as", 4, "cc", "ADP", "IN"),
        word("with", 4, "conj", "ADP", "IN"), word("her", 11, "poss", "PRON", "PRP$"),
        word("counterpart", 9, "pobj", "NOUN", "NN"), word(",", 1, "punct", "PUNCT", ","),
        name("Doukas", 1, "npadvmod"), word(".", 1, "punct", "PUNCT", ".")])


@pytest.mark.parametrize("subject, expected", [
    ("Ellison", [["Ellison", "Varelas"], ["Doukas", "Ellison"]]),
    (None, []),  # unnamed officials: Varelas and Doukas were met apart, they did not meet each other
])
def test_participants_apposition_after_a_second_with(actors, subject, expected):
    """The name the parser hangs on the verb after a second "with" phrase (``participant-prep-conj``) belongs to
    that phrase (``stray_partners.second_partner_tail``), not to the first meeting
    (``stray_partners.after_second_partner``)."""
    assert [m for m in meetings(as_well_as_with(subject), actors) if len(m) > 1] == expected


def outcome_then(noun, verb, prep):
    """"Asante and Mensah agreed. The <noun> <verb> [<prep>] the meeting."."""
    rows = [name("Asante", 3, "nsubj"), word("and", 0, "cc", "CCONJ", "CC"), name("Mensah", 0, "conj"),
            word("agreed", 3, "ROOT", "VERB", "VBD", "agree"), word(".", 3, "punct", "PUNCT", "."),
            word("The", 6, "det", "DET", "DT"), word(noun, 7, "nsubj", "NOUN", "NN"),
            word(verb[0], 7, "ROOT", "VERB", "VBD", verb[1])]
    if prep:
        rows += [word(prep, 7, "prep", "ADP", "IN"), word("the", 10, "det", "DET", "DT"),
                 word("meeting", 8, "pobj", "NOUN", "NN")]
    else:
        rows += [word("the", 9, "det", "DET", "DT"), word("meeting", 7, "dobj", "NOUN", "NN")]
    return make(rows + [word(".", 7, "punct", "PUNCT", ".")])


@pytest.mark.parametrize("noun, verb, prep, expected", [
    ("announcement", ("came", "come"), "after", [["Asante", "Mensah"]]),
    ("decision", ("followed", "follow"), None, [["Asante", "Mensah"]]),
    ("protest", ("came", "come"), "after", []),  # no outcome of theirs: the meeting names no one
])
def test_named_before_talks_an_outcome_came_after(actors, noun, verb, prep, expected):
    """Talks that a definite outcome noun (``outcome-back-nouns``) came after or followed are held by the two persons
    named just before (``named_before.outcome_after``)."""
    doc = outcome_then(noun, verb, prep)
    assert named_before.outcome_after(doc[-2]) is bool(expected)
    assert [m for m in meetings(doc, actors) if m] == expected


@pytest.mark.parametrize("rest, met", [(["at", "House"], True), (["to", "resign"], False)])
def test_triggers_called_on_a_person_at_a_place_is_a_visit(actors, rest, met):
    """"Mehta called on Asante at House" is a visit in person (``call-on-person-at``, its "on" phrase the one
    visited: ``call-on-person-at-partner``); "Mehta called on Asante to resign" is an appeal, no meeting."""
    tail = ([word("at", 3, "prep", "ADP", "IN"), word("House", 4, "pobj", "PROPN", "NNP", "House", "B-FAC")]
            if rest[0] == "at" else [word("to", 5, "aux", "PART", "TO"), word("resign", 1, "xcomp", "VERB", "VB")])
    doc = make([name("Mehta", 1, "nsubj"), word("called", 1, "ROOT", "VERB", "VBD", "call"),
                word("on", 1, "prep", "ADP", "IN"), name("Asante", 2, "pobj"), *tail])
    assert rule_marks(doc).has("in-person-call", 1) == met
    assert meetings(doc, actors) == ([["Asante", "Mehta"]] if met else [])


@pytest.mark.parametrize("obj, met", [("audience", True), ("asylum", False)])
def test_triggers_granted_an_audience_to(actors, obj, met):
    """"Vestby granted an audience to Aaland" is a meeting (``m-grant-audience``, only with the object
    "audience"); "Vestby granted asylum to Aaland" is none."""
    doc = make([name("Vestby", 1, "nsubj"), word("granted", 1, "ROOT", "VERB", "VBD", "grant"),
                word("an", 3, "det", "DET", "DT"), word(obj, 1, "dobj", "NOUN", "NN"),
                word("to", 1, "dative", "ADP", "IN"), name("Aaland", 4, "pobj")])
    assert (triggers.meeting_row(doc[1]) is not None) == met
    assert meetings(doc, actors) == ([["Aaland", "Vestby"]] if met else [])


@pytest.mark.parametrize("demonym, country, role", [("Indian", "IN", "Prime Minister"), ("Chinese", "CN", "Premier")])
def test_anaphora_a_national_premier_is_its_prime_minister(demonym, country, role):
    """"the Indian premier" refers to India's Prime Minister (``countries.national_premier``, as "Indian Premier X"
    is one); "the Chinese premier" stays China's Premier."""
    doc = make([word("The", 2, "det", "DET", "DT"), (demonym, 2, "amod", "ADJ", "JJ", demonym.lower(), "B-NORP"),
                word("premier", 3, "nsubj", "NOUN", "NN"), word("met", 3, "ROOT", "VERB", "VBD", "meet"),
                name("Asante", 3, "dobj")])
    (found,) = anaphora.nominal_mentions(doc, [])
    assert (found.role, found.country) == (role, country)


def test_participants_second_person_joined_to_the_first_ones_date(actors):
    """"Asante met Mehta on Monday and Okafor on Tuesday", parsed as the model does (Okafor a conjunct of
    "Monday"): Okafor is met in a meeting of his own (``participant-date-conj``), not with Mehta."""
    doc = make([name("Asante", 1, "nsubj"), word("met", 1, "ROOT", "VERB", "VBD", "meet"), name("Mehta", 1, "dobj"),
                word("on", 1, "prep", "ADP", "IN"), ("Monday", 3, "pobj", "PROPN", "NNP", "Monday", "B-DATE"),
                word("and", 4, "cc", "CCONJ", "CC"), name("Okafor", 4, "conj"), word("on", 1, "prep", "ADP", "IN"),
                ("Tuesday", 7, "pobj", "PROPN", "NNP", "Tuesday", "B-DATE")])
    assert rule_marks(doc).has("second-partner-prep", 3)
    assert sorted(meetings(doc, actors)) == [["Asante", "Mehta"], ["Asante", "Okafor"]]


@pytest.mark.parametrize("det, noun, dep, met", [
    ("The", "talks", "nsubj", True), (None, "talks", "nsubj", True), ("A", "meeting", "nsubj", False),
    ("The", "talks", "dobj", False),
])
def test_participants_talks_with_a_partner_are_the_last_subjects(actors, det, noun, dep, met):
    """"Mehta arrived. The talks with Asante ended": a meeting noun, subject of its clause, with a "with" partner and
    no owner is the talks of the last person named as a subject before it (``partner-owner-determiners``,
    ``anaphora.partner_owner``); "A meeting with Asante" is anyone's, and talks some other subject holds ("Leaders
    held talks with Asante", the noun an object) are theirs."""
    lemma = "talk" if noun == "talks" else noun
    first = [name("Mehta", 1, "nsubj"), word("arrived", 1, "ROOT", "VERB", "VBD", "arrive"),
             word(".", 1, "punct", "PUNCT", ".")]
    if dep == "dobj":
        rest = [word("Leaders", 4, "nsubj", "NOUN", "NNS", "leader"), word("held", 4, "ROOT", "VERB", "VBD", "hold"),
                word(noun, 4, "dobj", "NOUN", "NNS", lemma), word("with", 5, "prep", "ADP", "IN"),
                name("Asante", 6, "pobj"), word(".", 4, "punct", "PUNCT", ".")]
    else:
        k = 4 if det else 3
        rest = ([word(det, k, "det", "DET", "DT")] if det else []) + [
            word(noun, k + 3, "nsubj", "NOUN", "NNS" if noun == "talks" else "NN", lemma),
            word("with", k, "prep", "ADP", "IN"), name("Asante", k + 1, "pobj"),
            word("ended", k + 3, "ROOT", "VERB", "VBD", "end"), word(".", k + 3, "punct", "PUNCT", ".")]
    assert [m for m in meetings(make(first + rest), actors) if len(m) > 1] == ([["Asante", "Mehta"]] if met else [])


@pytest.mark.parametrize("obj, met", [("host", True), ("role", False)])
def test_triggers_played_host_to(actors, obj, met):
    """"Asante played host to Mehta" is a reception (``m-play-host``, only with the object "host"; the "to" phrase
    names the guest: ``prep-participant-host-to``); "Asante played a role" is none."""
    doc = make([name("Asante", 1, "nsubj"), word("played", 1, "ROOT", "VERB", "VBD", "play"),
                word(obj, 1, "dobj", "NOUN", "NN"), word("to", 1, "prep", "ADP", "IN"), name("Mehta", 3, "pobj"),
                word(".", 1, "punct", "PUNCT", ".")])
    assert rule_marks(doc).has("participant-prep", 3) == met
    assert meetings(doc, actors) == ([["Asante", "Mehta"]] if met else [])


@pytest.mark.parametrize("gathering, met", [("debate", False), ("summit", True)])
def test_attendance_roster_of_a_contest_lists_rivals(actors, gathering, met):
    """"The candidates held a debate. In attendance were Whitfield and Ruddock": a roster of a contest
    (``contest-nouns``, the object of the sentence before) lists rivals, no meeting
    (``attendance.contest_roster``); after "held a summit" it lists participants."""
    doc = make([word("The", 1, "det", "DET", "DT"), word("candidates", 2, "nsubj", "NOUN", "NNS", "candidate"),
                word("held", 2, "ROOT", "VERB", "VBD", "hold"), word("a", 4, "det", "DET", "DT"),
                word(gathering, 2, "dobj", "NOUN", "NN"), word(".", 2, "punct", "PUNCT", "."),
                word("In", 8, "prep", "ADP", "IN"), word("attendance", 6, "pobj", "NOUN", "NN"),
                word("were", 8, "ROOT", "AUX", "VBD", "be"), name("Whitfield", 8, "nsubj"),
                word("and", 9, "cc", "CCONJ", "CC"), name("Ruddock", 9, "conj"), word(".", 8, "punct", "PUNCT", ".")])
    assert [m for m in meetings(doc, actors) if len(m) > 1] == ([["Ruddock", "Whitfield"]] if met else [])


@pytest.mark.parametrize("gathering, met", [("convention", False), ("rally", False), ("summit", True)])
def test_speaker_roster_of_a_campaign_gathering_lists_no_meeting(actors, gathering, met):
    """"Speakers at the convention included Whitfield and Ruddock. Other speakers included Pike and Mensah": a
    roster (``roster-included-speakers``) of a campaign gathering (``contest-nouns``: a party convention, a rally)
    gives no pairs, nor does the roster that continues it (``attendance.contest_roster``); at a summit both list
    one meeting."""
    doc = make([word("Speakers", 4, "nsubj", "NOUN", "NNS", "speaker"), word("at", 0, "prep", "ADP", "IN"),
                word("the", 3, "det", "DET", "DT"), word(gathering, 1, "pobj", "NOUN", "NN"),
                word("included", 4, "ROOT", "VERB", "VBD", "include"), name("Whitfield", 4, "dobj"),
                word("and", 5, "cc", "CCONJ", "CC"), name("Ruddock", 5, "conj"), word(".", 4, "punct", "PUNCT", "."),
                word("Other", 10, "amod", "ADJ", "JJ"), word("speakers", 11, "nsubj", "NOUN", "NNS", "speaker"),
                word("included", 11, "ROOT", "VERB", "VBD", "include"), name("Pike", 11, "dobj"),
                word("and", 12, "cc", "CCONJ", "CC"), name("Mensah", 12, "conj"), word(".", 11, "punct", "PUNCT", ".")])
    expected = [["Mensah", "Pike", "Ruddock", "Whitfield"]] if met else []
    assert [m for m in meetings(doc, actors) if len(m) > 1] == expected


@pytest.mark.parametrize("det, joined", [("The", True), ("A", False)])
def test_joins_an_accord_signed_at_the_gathering_before(actors, det, joined):
    """"The conference was attended by Asante and Okafor. The treaty was signed by Mensah and Boateng": a definite
    accord signed in the passive right after a gathering attended was signed there (``joins.signed_at_gathering``):
    one event of all four; "A treaty was signed by …" is a signing of its own."""
    doc = make([word("The", 1, "det", "DET", "DT"), word("conference", 3, "nsubjpass", "NOUN", "NN"),
                word("was", 3, "auxpass", "AUX", "VBD", "be"), word("attended", 3, "ROOT", "VERB", "VBN", "attend"),
                word("by", 3, "agent", "ADP", "IN"), name("Asante", 4, "pobj"), word("and", 5, "cc", "CCONJ", "CC"),
                name("Okafor", 5, "conj"), word(".", 3, "punct", "PUNCT", "."),
                word(det, 10, "det", "DET", "DT"), word("treaty", 12, "nsubjpass", "NOUN", "NN"),
                word("was", 12, "auxpass", "AUX", "VBD", "be"), word("signed", 12, "ROOT", "VERB", "VBN", "sign"),
                word("by", 12, "agent", "ADP", "IN"), name("Mensah", 13, "pobj"), word("and", 14, "cc", "CCONJ", "CC"),
                name("Boateng", 14, "conj"), word(".", 12, "punct", "PUNCT", ".")])
    expected = [["Asante", "Boateng", "Mensah", "Okafor"]] if joined else [["Asante", "Okafor"], ["Boateng", "Mensah"]]
    assert sorted(m for m in meetings(doc, actors) if m) == expected


@pytest.mark.parametrize("noun, met", [("auspices", True), ("eye", False)])
def test_participants_met_under_a_persons_auspices(actors, noun, met):
    """"Okafor and Boateng met under the auspices of Asante": the person of the "of" phrase takes part
    (``prep-participant-auspices``: auspices, mediation, chairmanship); "under the eye of Asante" adds no one."""
    doc = make([name("Okafor", 3, "nsubj"), word("and", 0, "cc", "CCONJ", "CC"), name("Boateng", 0, "conj"),
                word("met", 3, "ROOT", "VERB", "VBD", "meet"), word("under", 3, "prep", "ADP", "IN"),
                word("the", 6, "det", "DET", "DT"), word(noun, 4, "pobj", "NOUN", "NNS"),
                word("of", 6, "prep", "ADP", "IN"), name("Asante", 7, "pobj"), word(".", 3, "punct", "PUNCT", ".")])
    assert rule_marks(doc).has("participant-prep", 4) == met
    expected = ["Asante", "Boateng", "Okafor"] if met else ["Boateng", "Okafor"]
    assert [m for m in meetings(doc, actors) if m] == [expected]


def lost_conjunct(title, head_dep="nsubj", noun="minister"):
    """"Asante and Kenyan foreign <noun> Okafor met.", parsed as the model does with a lowercase title: Asante hangs
    on the title as its modifier (amod), not on Okafor as his conjunct; with ``title`` False the noun is no title
    but what the names modify ("Asante and Kenyan foreign governments met")."""
    last = name("Okafor", 6, head_dep) if title else word("met", 5, "ROOT", "VERB", "VBD", "meet")
    rows = [name("Asante", 4, "amod"), word("and", 0, "cc", "CCONJ", "CC"), word("Kenyan", 0, "conj", "ADJ", "JJ"),
            word("foreign", 4, "amod", "ADJ", "JJ")]
    if title:
        rows += [word(noun, 5, "compound", "NOUN", "NN"), last, word("met", 6, "ROOT", "VERB", "VBD", "meet")]
    else:
        rows += [word(noun, 5, "nsubj", "NOUN", "NNS"), last]
    return make(rows + [word(".", len(rows) - 1 if not title else 6, "punct", "PUNCT", ".")])


@pytest.mark.parametrize("noun", ["minister", "director"])
def test_participants_name_the_parser_hung_on_the_next_lowercase_title(actors, noun):
    """"Asante and Kenyan foreign minister Okafor met": the name before "and" that the parser hung on Okafor's
    lowercase title (``lost-conjunct``) is a person of the subject, not a modifier of a thing: their meeting."""
    doc = lost_conjunct(True, noun=noun)
    assert rule_marks(doc).has("lost-conjunct", 0)
    assert [m for m in meetings(doc, actors) if m] == [["Asante", "Okafor"]]


def test_participants_name_that_modifies_a_thing_after_and_is_none():
    """"Asante and Kenyan foreign governments met": the noun the name hangs on is no title of a named person; no
    ``lost-conjunct`` mark, the name stays a modifier of a thing."""
    doc = lost_conjunct(False, noun="governments")
    assert not rule_marks(doc).has("lost-conjunct", 0)


def held_news_conference(noun, tag, joined=True):
    """"Asante and Okafor held a news <noun>." (``joined`` False: "Asante held a news <noun>.")."""
    rows = [name("Asante", 3, "nsubj"), word("and", 0, "cc", "CCONJ", "CC"), name("Okafor", 0, "conj")] if joined \
        else [name("Asante", 3, "nsubj"), word("alone", 0, "advmod", "ADV", "RB"), word(",", 0, "punct", "PUNCT", ",")]
    rows += [word("held", 3, "ROOT", "VERB", "VBD", "hold"), word("a", 6, "det", "DET", "DT"),
             word("news", 6, "compound", "NOUN", "NN"), word(noun, 3, "dobj", "NOUN", tag, "conference"),
             word(".", 3, "punct", "PUNCT", ".")]
    return make(rows)


@pytest.mark.parametrize("noun, tag, joined, met", [
    ("conference", "NN", True, True), ("conferences", "NNS", True, False), ("conference", "NN", False, False),
])
def test_events_one_news_conference_of_two_subjects_is_held_together(actors, noun, tag, joined, met):
    """"Asante and Okafor held a news conference": one news conference of a subject of two names is held by them
    together (``shared-news-conference``), a meeting with no "with" partner; not news conferences in the plural,
    nor one of a single name."""
    doc = held_news_conference(noun, tag, joined)
    assert rule_marks(doc).has("joint-event", 6) is met
    assert ([m for m in meetings(doc, actors) if len(m) > 1] == [["Asante", "Okafor"]]) is met

"""Readout rules found by judging kg on a random sample of White House readouts, on Docs built by hand (words,
heads, deps, POS, lemmas, entities), so a failure here is the rule's, never the statistical model's. Sentences
are written for these tests (invented persons, real office titles)."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
import spacy
from spacy.tokens import Doc

from kg.extract import (
    event_names,
    nonparticipants,
    occasions,
    participants,
    people,
    rolecountry,
    roles,
    rosters,
    staff,
    title_patterns,
    titles,
    titles_after,
    topicevents,
    topicnouns,
    topics,
    triggers,
)
from kg.extract.context import Context
from kg.extract.mentions import Mention
from kg.extract.person_spans import particle
from kg.extract.rulematch import rule_marks
from kg.extract.topicphrase import phrase_span
from kg.model import Article, Evidence, Person, RoleFact

NLP = spacy.blank("en")


def make(words, heads=None, deps=None, pos=None, lemmas=None, ents=None, spaces=None):
    """A Doc from columns; ``heads`` are absolute token indices; ``ents`` are IOB tags ("B-PERSON")."""
    n = len(words)
    return Doc(NLP.vocab, words=words, spaces=spaces, heads=heads, deps=deps or (["dep"] * n if heads else None),
               pos=pos, lemmas=lemmas or [w.lower() for w in words], ents=ents)


# --- names and persons ------------------------------------------------------------------------------------------

def test_people_patronymic_is_the_person_named_before():
    """"Minister bin Hassan" after "Prince Ali bin Hassan Al Hashimi" is Ali, not a later "Omar bin Hassan"."""
    assert people._compatible(("bin", "hassan"), ("ali", "bin", "hassan", "al", "hashimi"))
    assert not people._compatible(("omar", "bin", "hassan"), ("ali", "bin", "hassan", "al", "hashimi"))
    named = [Mention(0, 5, "Ali bin Hassan Al Hashimi", "name"), Mention(8, 10, "bin Hassan", "name"),
             Mention(20, 23, "Omar bin Hassan", "name")]
    entities = people.cluster(named)
    assert [m.entities for m in named] == [[0], [0], [1]]
    assert [e.name for e in entities] == ["Ali bin Hassan Al Hashimi", "Omar bin Hassan"]


def test_mentions_bint_is_a_name_particle():
    doc = make(["Noura", "bint", "Faisal", "Al", "Rashid"], pos=["PROPN", "NOUN", "PROPN", "PROPN", "PROPN"])
    assert particle(doc, 1) and not particle(doc, 0)


# --- titles after a name: roster lines, White House bodies --------------------------------------------------------

def test_titles_roster_apposition_ends_at_the_line():
    """"- Tom Reyes, Special Assistant to the President for Labor Policy" with the next item's name on the next
    line: the title is Reyes's (the next line's name does not make it the next person's title)."""
    words = ["-", "Tom", "Reyes", ",", "Special", "Assistant", "to", "the", "President", "for", "Labor", "Policy",
             "\n", "-", "Lisa", "Park", ",", "Director"]
    ents = ["O", "B-PERSON", "I-PERSON"] + ["O"] * 11 + ["B-PERSON", "I-PERSON", "O", "O"]
    pos = ["PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PROPN",
           "SPACE", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN"]
    spaces = [True] * 11 + [False, False, True, True, False, True, False]
    title, country, rule = titles_after.title_after(make(words, pos=pos, ents=ents, spaces=spaces), 3)
    assert (title.role, country, rule) == ("Special Assistant to the President", "US", "apposition")


def test_staff_body_post_of_a_state_body_after_the_comma():
    """"- Lisa Park, Member, Council of Economic Advisers": "Member" is a post only of the state body after it, here
    a row of titles.tsv; "Chief" of a state body with no such row is the body's Chief; of a club, nobody's post."""
    def item(post, body):
        words = ["-", "Lisa", "Park", ",", post, ","] + body
        pos = ["PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT"] + ["PROPN"] * len(body)
        return make(words, pos=pos, ents=["O", "B-PERSON", "I-PERSON"] + ["O"] * (3 + len(body)))
    title, country, _ = titles_after.title_after(item("Member", ["Council", "of", "Economic", "Advisers"]), 3)
    assert (title.role, country) == ("Member of the Council of Economic Advisers", "US")
    title, country, _ = titles_after.title_after(item("Chief", ["U.S.", "Army", "Corps", "of", "Engineers"]), 3)
    assert (title.role, country) == ("Chief of the U.S. Army Corps of Engineers", "US")
    assert staff.body_post(item("Member", ["Prairie", "Hiking", "Club"]), 4) is None
    assert staff.body_post(item("Founder", ["Council", "of", "Economic", "Advisers"]), 4) is None


def test_orgnames_body_opening_with_a_state_institution_is_not_private():
    """", Deputy Director of the White House Partnerships Office": "Partnerships" is a private body's word, but a
    name that opens with a state institution's (agents.tsv: White House) is that institution's office; a
    "Partnerships Office" alone stays private."""
    from kg.extract.orgnames import private_body_after
    words = ["Director", "of", "the", "White", "House", "Partnerships", "Office", ","]
    pos = ["PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"]
    assert not private_body_after(make(words, pos=pos), 1)
    words = ["Director", "of", "the", "Riverside", "Partnerships", "Office", ","]
    assert private_body_after(make(words, pos=pos[:2] + pos[3:]), 1)
    title, country, _ = titles_after.title_after(make(["Tom", "Reyes", ","] + ["Deputy"] + words[:2] + ["the", "White",
                                                       "House", "Partnerships", "Office", ","],
                                                      pos=["PROPN", "PROPN", "PUNCT", "PROPN"] + pos,
                                                      ents=["B-PERSON", "I-PERSON"] + ["O"] * 10), 2)
    assert (title.role, title.kind != "nonpolitical") == ("Deputy Director", True)


def test_staff_white_house_body_before_a_title():
    """", White House Domestic Policy Council Director,": the body's name after the seat gives the country."""
    doc = make([",", "White", "House", "Domestic", "Policy", "Council", "Director", ","])
    assert staff.leading_body(doc, 1, 7) == (6, "US")
    assert staff.leading_body(make([",", "White", "House", "Rose", "Garden", "Director", ","]), 1, 6) is None


def test_titles_apposition_of_a_state_body_is_political():
    """A business-like title ("Director") after a state body's name is not an affiliation with the next words."""
    words = ["Gordon", "Pike", ",", "White", "House", "Domestic", "Policy", "Council", "Director", ",", "and",
             "Ana", "Ortiz", ",", "met"]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 9 + ["B-PERSON", "I-PERSON", "O", "O"]
    pos = ["PROPN", "PROPN", "PUNCT"] + ["PROPN"] * 6 + ["PUNCT", "CCONJ", "PROPN", "PROPN", "PUNCT", "VERB"]
    title, country, _ = titles_after.title_after(make(words, pos=pos, ents=ents), 2)
    assert title is not None and title.kind != "nonpolitical" and country == "US"


def test_titles_title_comma_name_after_a_preposition():
    """"together with Finance Minister of Kenya, John Mwangi": a title with its country opens the object."""
    words = ["together", "with", "Finance", "Minister", "of", "Kenya", ",", "John", "Mwangi", ","]
    pos = ["ADV", "ADP", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT"]
    found = titles.title_before_comma(make(words, pos=pos), 7)
    assert found is not None and (found.title.role, found.country) == ("Finance Minister", "KE")
    countryless = ["with", "Finance", "Minister", ",", "John", "Mwangi"]
    assert titles.title_before_comma(make(countryless, pos=["ADP", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN"]),
                                     4) is None


# --- countries of roles -----------------------------------------------------------------------------------------

def _fact(name, role, country, start=0):
    return RoleFact(Person(name, name), role, country, Evidence("t", "", 0, start, start + 1, "role:title-name"))


def test_roles_countryless_post_takes_the_persons_country():
    facts = rolecountry.own_country([_fact("Ali", "Defense Minister", "JO"), _fact("Ali", "Prince", None),
                                _fact("Ana", "Senator", None)])
    assert [(f.role, f.country) for f in facts] == [("Defense Minister", "JO"), ("Prince", "JO"), ("Senator", None)]
    assert facts[1].evidence.rule.endswith("+country-of-person")


def test_roles_staff_post_takes_the_publishers_country():
    ctx = SimpleNamespace(article=Article("t", "", source="The White House"))
    facts = rolecountry.publisher_staff(ctx, [_fact("Tom", "Deputy National Security Advisor", None),
                                         _fact("Jan", "Finance Minister", None)])
    assert [f.country for f in facts] == ["US", None]
    other = SimpleNamespace(article=Article("t", "", source="Wikinews"))
    assert rolecountry.publisher_staff(other, [_fact("Tom", "Deputy Director", None)])[0].country is None


def test_roles_one_word_title_inside_a_longer_one_is_dropped():
    assert roles._more_specific("Minister", "Defense Minister")
    assert not roles._more_specific("President", "Vice President")  # another post, another kind


# --- meeting participants ---------------------------------------------------------------------------------------

def _ctx(doc, mentions):
    entities = people.cluster(mentions)
    ctx = Context(doc, Article("t", doc.text, date=dt.date(2023, 6, 14)), entities, mentions)
    for m in mentions:
        for i in range(m.start, m.end):
            ctx.token_entities[i] = list(m.entities)
    return ctx


def test_participants_a_title_stands_for_the_person_it_titles():
    """"met with both Kenyan Ambassador to the United States John Mwangi and Nigerian Ambassador … Ada Okafor",
    parsed with the names hung on "States": the titles in the "with" phrase stand for both ambassadors."""
    words = ["Ruiz", "met", "with", "Kenyan", "Ambassador", "to", "the", "United", "States", "John", "Mwangi", "and",
             "Nigerian", "Ambassador", "Ada", "Okafor"]
    heads = [1, 1, 1, 4, 2, 1, 8, 8, 5, 10, 8, 10, 13, 10, 15, 13]
    deps = ["nsubj", "ROOT", "prep", "compound", "pobj", "prep", "det", "compound", "pobj", "compound", "appos", "cc",
            "compound", "conj", "compound", "appos"]
    pos = ["PROPN", "VERB", "ADP", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PROPN", "CCONJ",
           "PROPN", "PROPN", "PROPN", "PROPN"]
    doc = make(words, heads, deps, pos)
    mentions = [Mention(0, 1, "Ruiz", "name", span_start=0, span_end=1),
                Mention(9, 11, "John Mwangi", "name", rule="title-name", span_start=3, span_end=11),
                Mention(14, 16, "Ada Okafor", "name", rule="title-name", span_start=12, span_end=16)]
    ctx = _ctx(doc, mentions)
    assert ctx.titled_at(doc[4]) == [1] and ctx.titled_at(doc[2]) == []
    assert participants.persons_in_phrase(ctx, doc[2]) == [1, 2]


def test_participants_owner_of_a_staff_takes_no_part():
    """"their teams meet": the leaders whose teams meet are not in that meeting."""
    doc = make(["their", "teams", "meet"], [1, 2, 2], ["poss", "nsubj", "ROOT"], ["PRON", "NOUN", "VERB"],
               ["their", "team", "meet"])
    assert nonparticipants.staff_owner(doc[0])
    assert not nonparticipants.staff_owner(make(["their", "meeting"], [1, 1], ["poss", "ROOT"], ["PRON", "NOUN"])[0])


def test_occasions_author_of_a_thing_is_no_guest():
    """"welcomed the commitment from President Ruto": Ruto wrote the commitment; he was not welcomed."""
    words = ["Biden", "welcomed", "the", "commitment", "from", "President", "Ruto"]
    doc = make(words, [1, 1, 3, 1, 3, 6, 4], ["nsubj", "ROOT", "det", "dobj", "prep", "compound", "pobj"],
               ["PROPN", "VERB", "DET", "NOUN", "ADP", "PROPN", "PROPN"])
    in_phrase = lambda ctx, tok: [0] if any(t.text == "Ruto" for t in tok.subtree) else []  # noqa: E731
    assert occasions._guests(None, doc[3], in_phrase) == set()
    side = make(["welcomed", "the", "delegation", "of", "Ruto"], [0, 2, 0, 2, 3],
                ["ROOT", "det", "dobj", "prep", "pobj"], ["VERB", "DET", "NOUN", "ADP", "PROPN"],
                ["welcome", "the", "delegation", "of", "Ruto"])
    assert occasions._guests(None, side[2], in_phrase) == {0}


# --- topics -----------------------------------------------------------------------------------------------------

def test_topics_government_of_a_participants_country_speaks_for_it():
    doc = make(["The", "Government", "of", "Kenya", "discussed", "trade"], [1, 4, 1, 2, 4, 4],
               ["det", "nsubj", "prep", "pobj", "ROOT", "dobj"], ["DET", "NOUN", "ADP", "PROPN", "VERB", "NOUN"])
    assert topicevents.polity_subject(doc[1], {"KE"})
    assert not topicevents.polity_subject(doc[1], {"NG"})


def test_topics_bare_noun_in_a_list_of_topics():
    """"promote democracy, human rights, and labor rights": "democracy" is a listed subject; a list of who took
    part ("students, faith leaders, and health care providers") gives none."""
    words = ["promote", "democracy", ",", "human", "rights", ",", "and", "labor", "rights"]
    heads = [0, 0, 1, 4, 1, 4, 4, 8, 4]
    deps = ["ROOT", "dobj", "punct", "amod", "conj", "punct", "cc", "compound", "conj"]
    pos = ["VERB", "NOUN", "PUNCT", "ADJ", "NOUN", "PUNCT", "CCONJ", "NOUN", "NOUN"]
    doc = make(words, heads, deps, pos, lemmas=["promote", "democracy", ",", "human", "right", ",", "and", "labor",
                                                "right"])
    assert topics._topic_list(doc[1])
    people_ = make(["thanked", "students", ",", "faith", "leaders", ",", "and", "care", "providers"], heads, deps,
                   pos, lemmas=["thank", "student", ",", "faith", "leader", ",", "and", "care", "provider"])
    assert not topics._topic_list(people_[1])


def test_topicphrase_generic_heads_of_readouts():
    """"the rise in antisemitism" is about antisemitism; "the momentum", "the region" alone are no topics."""
    rise = make(["the", "rise", "in", "antisemitism"], [1, 1, 1, 2], ["det", "ROOT", "prep", "pobj"],
                ["DET", "NOUN", "ADP", "NOUN"])
    assert phrase_span(rise[1]) is None
    for word in ("momentum", "region"):
        assert phrase_span(make(["the", word], [1, 1], ["det", "ROOT"], ["DET", "NOUN"])[1]) is None
    assert phrase_span(make(["the", "Pacific", "region"], [2, 2, 2], ["det", "compound", "ROOT"],
                            ["DET", "PROPN", "NOUN"])[2])[0] == "Pacific region"


def test_topic_manner_phrase_pattern():
    """"in order to build trust": "order" is no topic (topic-manner-phrase); "a rules-based order" stays one."""
    doc = make(["in", "order", "to", "build", "trust"], [0, 0, 3, 1, 3], ["prep", "pobj", "aux", "acl", "dobj"],
               ["ADP", "NOUN", "PART", "VERB", "NOUN"])
    assert rule_marks(doc).rule("topic-setting", 1) == "topic-manner-phrase"
    rules_based = make(["a", "new", "order"], [2, 2, 2], ["det", "amod", "ROOT"], ["DET", "ADJ", "NOUN"])
    assert not rule_marks(rules_based).has("topic-setting", 2)


# --- rosters and gatherings in readouts (readouts dev set 2) -----------------------------------------------------

def test_rosters_bullets_inside_a_line_separate_items():
    """"Mayors included: • Mayor-elect A, Denver • B, Austin" on one line: each bullet opens an item, and the
    next item's name is not the tail (affiliation) of the one before."""
    words = ["Mayors", "participating", "included", ":", "\n\n", "•", "Grace", "Ndlovu", ",", "Denver", "•", "Tomas",
             "Lindqvist", ",", "Austin"]
    spaces = [True, True, False, False, False, True, True, False, True, True, True, True, False, True, False]
    pos = ["NOUN", "VERB", "VERB", "PUNCT", "SPACE", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT", "PROPN",
           "PROPN", "PUNCT", "PROPN"]
    lemmas = [w.lower() for w in words]
    lemmas[2] = "include"
    doc = Doc(NLP.vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas,
              sent_starts=[i in (0, 5) for i in range(len(words))])
    names = rosters.item_names(doc)
    assert [n.text for n in names] == ["Grace Ndlovu", "Tomas Lindqvist"]
    tail = rosters.item_tail(doc, names)
    assert 9 in tail and not {11, 12} & tail


@pytest.mark.parametrize("words, heads, deps, lemmas, rule", [
    (["Speakers", "included", "Ruto", "and", "Lula"], [1, 1, 1, 2, 2], ["nsubj", "ROOT", "dobj", "cc", "conj"],
     ["speaker", "include", "Ruto", "and", "Lula"], "roster-included-speakers"),
    (["Administration", "officials", "included", "Ruto", "and", "Lula"], [1, 2, 2, 2, 3, 3],
     ["compound", "nsubj", "ROOT", "dobj", "cc", "conj"], ["administration", "official", "include", "Ruto", "and",
                                                           "Lula"], "roster-included-officials"),
    (["Officials", "included", "Ruto", "and", "Lula"], [1, 1, 1, 2, 2], ["nsubj", "ROOT", "dobj", "cc", "conj"],
     ["official", "include", "Ruto", "and", "Lula"], None),  # bare "officials" may be anyone's
    (["Leaders", "at", "the", "summit", "included", "Ruto", "and", "Lula"], [4, 0, 3, 1, 4, 4, 5, 5],
     ["nsubj", "prep", "det", "pobj", "ROOT", "dobj", "cc", "conj"],
     ["leader", "at", "the", "summit", "include", "Ruto", "and", "Lula"], "roster-included-at-gathering"),
    (["Leaders", "at", "the", "airport", "included", "Ruto", "and", "Lula"], [4, 0, 3, 1, 4, 4, 5, 5],
     ["nsubj", "prep", "det", "pobj", "ROOT", "dobj", "cc", "conj"],
     ["leader", "at", "the", "airport", "include", "Ruto", "and", "Lula"], None),  # no gathering
])
def test_rulematch_speakers_and_officials_included_are_rosters(words, heads, deps, lemmas, rule):
    pos = ["PROPN" if w[0].isupper() and w not in ("Speakers", "Officials", "Administration", "Leaders") else "NOUN"
           for w in words]
    pos = [{"at": "ADP", "the": "DET"}.get(lemma, p) for lemma, p in zip(lemmas, pos, strict=True)]
    pos[lemmas.index("include")] = "VERB"
    pos[lemmas.index("and")] = "CCONJ"
    doc = make(words, heads, deps, pos, lemmas)
    verb = lemmas.index("include")
    assert rule_marks(doc).rule("roster", verb) == rule
    assert (triggers.meeting_row(doc[verb]) or {}).get("id") == ("m-include" if rule else None)


def test_event_names_a_law_is_no_named_event():
    """An NER EVENT ending in a law's or a programme's word ("the Bipartisan Infrastructure Law") names no
    gathering; one ending in a gathering's word does."""
    words = ["They", "discussed", "the", "Bipartisan", "Infrastructure", "Law", "at", "the", "Harbor", "Forum"]
    ents = ["O", "O", "B-EVENT", "I-EVENT", "I-EVENT", "I-EVENT", "O", "B-EVENT", "I-EVENT", "I-EVENT"]
    pos = ["PRON", "VERB", "DET", "PROPN", "PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN"]
    names = _event_mention_names(words, pos, ents)
    assert "Bipartisan Infrastructure Law" not in names and "Harbor Forum" in names


def _event_mention_names(words, pos, ents) -> list[str]:
    """The named events of one hand-built sentence."""
    doc = make(words, pos=pos, ents=ents)
    doc[0].is_sent_start = True
    for tok in doc[1:]:
        tok.is_sent_start = False
    return [name for name, _ in event_names.event_mentions(SimpleNamespace(doc=doc))]


def test_event_names_a_date_is_no_named_event():
    """NER may call the date of "a September 10 meeting" an EVENT: a date names no event; "the Harbor Forum" does."""
    words = ["ahead", "of", "a", "September", "10", "meeting", "and", "the", "Harbor", "Forum"]
    ents = ["O", "O", "O", "B-EVENT", "I-EVENT", "O", "O", "B-EVENT", "I-EVENT", "I-EVENT"]
    pos = ["ADV", "ADP", "DET", "PROPN", "NUM", "NOUN", "CCONJ", "DET", "PROPN", "PROPN"]
    names = _event_mention_names(words, pos, ents)
    assert "September 10" not in names and "Harbor Forum" in names


def test_rulematch_gathering_role_needs_a_gathering_object():
    """"X opened the Summit" marks a part played in a gathering (and ``m-open`` triggers there only); "X opened
    an embassy" marks nothing."""
    summit = make(["Ruiz", "opened", "the", "Summit"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                  ["PROPN", "VERB", "DET", "PROPN"], ["Ruiz", "open", "the", "Summit"])
    embassy = make(["Ruiz", "opened", "an", "embassy"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                   ["PROPN", "VERB", "DET", "NOUN"], ["Ruiz", "open", "an", "embassy"])
    assert rule_marks(summit).rule("gathering-role", 1) == "gathering-role-object"
    assert triggers.meeting_row(summit[1])["id"] == "m-open"
    assert rule_marks(embassy).rule("gathering-role", 1) is None and triggers.meeting_row(embassy[1]) is None


def test_rulematch_gathering_role_remarks_overview_and_drop_by():
    """"X gave closing remarks", "X provided an overview", "X dropped by the session" mark a part played in a
    gathering (``m-give``, ``m-provide``, ``m-drop-by`` trigger there only); bare "remarks" and "dropped by the
    shop" mark nothing."""
    closing = make(["Ruiz", "gave", "closing", "remarks"], [1, 1, 3, 1], ["nsubj", "ROOT", "amod", "dobj"],
                   ["PROPN", "VERB", "NOUN", "NOUN"], ["Ruiz", "give", "closing", "remark"])
    bare = make(["Ruiz", "gave", "remarks"], [1, 1, 1], ["nsubj", "ROOT", "dobj"], ["PROPN", "VERB", "NOUN"],
                ["Ruiz", "give", "remark"])
    overview = make(["Ruiz", "provided", "an", "overview"], [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"],
                    ["PROPN", "VERB", "DET", "NOUN"], ["Ruiz", "provide", "an", "overview"])
    session = make(["Ruiz", "dropped", "by", "the", "session"], [1, 1, 1, 4, 2],
                   ["nsubj", "ROOT", "prep", "det", "pobj"], ["PROPN", "VERB", "ADP", "DET", "NOUN"],
                   ["Ruiz", "drop", "by", "the", "session"])
    shop = make(["Ruiz", "dropped", "by", "the", "shop"], [1, 1, 1, 4, 2], ["nsubj", "ROOT", "prep", "det", "pobj"],
                ["PROPN", "VERB", "ADP", "DET", "NOUN"], ["Ruiz", "drop", "by", "the", "shop"])
    assert rule_marks(closing).rule("gathering-role", 1) == "gathering-role-remarks"
    assert triggers.meeting_row(closing[1])["id"] == "m-give"
    assert rule_marks(overview).rule("gathering-role", 1) == "gathering-role-overview"
    assert rule_marks(session).rule("gathering-role", 1) == "gathering-role-drop-by"
    assert triggers.meeting_row(session[1])["id"] == "m-drop-by"
    assert triggers.meeting_row(bare[1]) is None and triggers.meeting_row(shop[1]) is None


def test_rulematch_gathering_source_marks_the_from_of_a_received_update():
    """"The panel received an update from Ruiz" marks the "from" (Ruiz presented at the gathering); "received a
    letter from Ruiz" marks nothing."""
    def received(thing, lemma):
        return make(["The", "panel", "received", "an", thing, "from", "Ruiz"], [1, 2, 2, 4, 2, 2, 5],
                    ["det", "nsubj", "ROOT", "det", "dobj", "prep", "pobj"],
                    ["DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "PROPN"],
                    ["the", "panel", "receive", "an", lemma, "from", "Ruiz"])

    assert rule_marks(received("update", "update")).rule("gathering-source", 5) == "gathering-source-from"
    assert rule_marks(received("letter", "letter")).rule("gathering-source", 5) is None


def _holders_ctx(doc, roles_of):
    entities = [SimpleNamespace(index=i, roles=lambda r=r: [(r, "US", "subnational", None)])
                for i, r in enumerate(roles_of)]
    return SimpleNamespace(doc=doc, entities=entities)


def test_participants_plural_title_stands_for_its_holders():
    """"the mayors" stands for the persons titled Mayor or Mayor-elect (two at least); "ten mayors", "the mayors
    of Ohio" and a title of another kind ("the ministers") name no one."""
    doc = make(["the", "mayors", "met", "ten", "mayors"], [1, 2, 2, 4, 2], ["det", "nsubj", "ROOT", "nummod", "dobj"],
               ["DET", "NOUN", "VERB", "NUM", "NOUN"], ["the", "mayor", "meet", "ten", "mayor"])
    doc[1].tag_, doc[4].tag_ = "NNS", "NNS"
    ctx = _holders_ctx(doc, ["Mayor", "Mayor-elect", "Secretary of Labor"])
    assert participants.title_holders(ctx, doc[1]) == [0, 1]
    assert participants.title_holders(ctx, doc[4]) == []
    assert participants.title_holders(_holders_ctx(doc, ["Mayor", "Governor"]), doc[1]) == []  # one holder
    ministers = make(["the", "ministers"], [1, 1], ["det", "ROOT"], ["DET", "NOUN"], ["the", "minister"])
    ministers[1].tag_ = "NNS"
    assert participants.title_holders(_holders_ctx(ministers, ["Minister", "Minister"]), ministers[1]) == []


def test_participants_the_delegation_is_a_side_without_owner():
    """"The delegation met …" stands for the travelling party; "Iran's delegation met …" and "the delegation of
    Iran met …" do not."""
    plain = make(["The", "delegation", "met", "Vega"], [1, 2, 2, 2], ["det", "nsubj", "ROOT", "dobj"],
                 ["DET", "NOUN", "VERB", "PROPN"], ["the", "delegation", "meet", "Vega"])
    owned = make(["Iran", "'s", "delegation", "met", "Vega"], [2, 0, 3, 3, 3], ["poss", "case", "nsubj", "ROOT", "dobj"],
                 ["PROPN", "PART", "NOUN", "VERB", "PROPN"], ["Iran", "'s", "delegation", "meet", "Vega"])
    of = make(["The", "delegation", "of", "Iran", "met", "Vega"], [1, 4, 1, 2, 4, 4],
              ["det", "nsubj", "prep", "pobj", "ROOT", "dobj"], ["DET", "NOUN", "ADP", "PROPN", "VERB", "PROPN"],
              ["the", "delegation", "of", "Iran", "meet", "Vega"])
    assert participants.delegation_side(plain[2])
    assert not participants.delegation_side(owned[3]) and not participants.delegation_side(of[4])


@pytest.mark.parametrize("words, role", [
    # a list item's title, a comma and a department: the department's post of the lexicon
    (["-", "Tom", "Reyes", ",", "Deputy", "Secretary", ",", "Department", "of", "the", "Treasury"],
     "Deputy Secretary of the Treasury"),
    (["-", "Tom", "Reyes", ",", "Secretary", ",", "Department", "of", "Labor"], "Secretary of Labor"),
    # a list item's title, a comma and a state body of agents.tsv: the body's country
    (["-", "Tom", "Reyes", ",", "Administrator", ",", "Small", "Business", "Administration"], "Administrator"),
    # a title whose first word is a demonym: the title, not the country ("American" is no polity here)
    (["-", "Tom", "Reyes", ",", "American", "Rescue", "Plan", "Coordinator"], "American Rescue Plan Coordinator"),
])
def test_titles_roster_item_department_and_demonym_titles(words, role):
    n = len(words)
    ents = ["O", "B-PERSON", "I-PERSON"] + ["O"] * (n - 3)
    pos = ["PUNCT", "PROPN", "PROPN"] + ["PUNCT" if w in (",", "-") else "ADP" if w == "of" else "DET" if w == "the"
                                         else "PROPN" for w in words[3:]]
    doc = make(words, pos=pos, ents=ents, spaces=[w not in ("-",) and i + 1 < n and words[i + 1] != ","
                                                  for i, w in enumerate(words)])
    title, country, rule = titles_after.title_after(doc, 3)
    assert (title.role, country, rule) == (role, "US", "apposition")


def _between_doc(counterparts: bool):
    words = ["meetings", "between", "Ruiz", ",", "Lopez", ",", "and"] + (["their", "counterparts"] if counterparts
                                                                          else ["Vega"])
    heads = [0, 0, 1, 2, 2, 4, 4] + ([8, 4] if counterparts else [4])
    deps = ["ROOT", "prep", "pobj", "punct", "conj", "punct", "cc"] + (["poss", "conj"] if counterparts else ["conj"])
    pos = ["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "CCONJ"] + (["PRON", "NOUN"] if counterparts
                                                                         else ["PROPN"])
    lemmas = ["meeting", "between", "Ruiz", ",", "Lopez", ",", "and"] + (["their", "counterpart"] if counterparts
                                                                         else ["Vega"])
    return make(words, heads, deps, pos, lemmas)


def test_rulematch_meetings_with_their_own_counterparts_are_no_meeting():
    """"meetings between A, B and their counterparts": A and B each met his own counterpart (``unless_mark``
    ``separate-counterparts`` of m-meeting); "meetings between A, B and C" is one meeting; both name their sides."""
    separate, joint = _between_doc(True), _between_doc(False)
    assert rule_marks(separate).rule("separate-counterparts", 0) == "meetings-with-own-counterparts"
    assert triggers.meeting_row(separate[0]) is None
    assert triggers.meeting_row(joint[0])["id"] == "m-meeting"
    assert participants._between(joint[0]) and not participants._between(joint[2])


def test_topicnouns_listing_after_the_about_phrase():
    """"discussions on issues, including war and trade": the listed items are under the noun's topic phrases;
    "discussions, including war" (no "on" phrase) lists nothing (it may list who took part)."""
    words = ["discussions", "on", "issues", ",", "including", "war", "and", "trade"]
    doc = make(words, [0, 0, 1, 0, 0, 4, 5, 5], ["ROOT", "prep", "pobj", "punct", "prep", "pobj", "cc", "conj"],
               ["NOUN", "ADP", "NOUN", "PUNCT", "VERB", "NOUN", "CCONJ", "NOUN"],
               ["discussion", "on", "issue", ",", "include", "war", "and", "trade"])
    assert [t.text for t in topicnouns.about_heads(doc[0])] == ["issues", "war", "trade"]
    bare = make(["discussions", ",", "including", "war"], [0, 0, 0, 2], ["ROOT", "punct", "prep", "pobj"],
                ["NOUN", "PUNCT", "VERB", "NOUN"], ["discussion", ",", "include", "war"])
    assert topicnouns.about_heads(bare[0]) == []


# --- readout staff titles: offices before the post, seats, state chambers, departments ---------------------------

def _propn(words, ents=None):
    pos = ["ADP" if w in ("of", "for") else "CCONJ" if w == "and" else "PROPN" for w in words]
    return make(words, pos=pos, ents=ents)


@pytest.mark.parametrize("words, at, role", [
    # a capitalised office before Director or Administrator is kept; a seat before it names the country only
    (["White", "House", "Rural", "Affairs", "Director", "Tom", "Reyes"], 4, "Rural Affairs Director"),
    (["FEMA", "Administrator", "Tom", "Reyes"], 1, "FEMA Administrator"),
    # a state body of agents.tsv before the office ends the run: "Department of Commerce"
    (["Department", "of", "Commerce", "Trade", "Outreach", "Director", "Ana", "Ruiz"], 5, "Trade Outreach Director"),
    # inside a body's name ("for" or "and" after a capitalised word), or after another capitalised word: no office
    (["Agency", "for", "Rural", "Development", "Administrator", "Tom", "Reyes"], 4, None),
    (["Office", "of", "Management", "and", "Budget", "Director", "Ana", "Ruiz"], 5, None),
    (["General", "Supply", "Administration", "Administrator", "Ana", "Ruiz"], 3, None),
])
def test_title_patterns_office_before_a_staff_post(words, at, role):
    from kg.extract.title_patterns import named_portfolio
    doc = _propn(words)
    found = named_portfolio(doc, at, titles.title_at(doc, at)[1])
    assert (found[1].role if found else None) == role


def test_title_patterns_office_run_after_a_named_person_and():
    from kg.extract.title_patterns import named_portfolio
    words = ["Administrator", "Ruiz", "and", "Rural", "Development", "Minister", "Tom", "Reyes"]
    doc = _propn(words)  # "Ruiz" follows a title: she is a person, not a first portfolio joined by "and"
    found = named_portfolio(doc, 5, titles.title_at(doc, 5)[1])
    assert found is not None and found[1].role == "Rural Development Minister"


def test_roles_office_words_inside_a_longer_title_of_the_same_person():
    assert roles._more_specific("Deputy Director", "Deputy Public Engagement Director")
    assert roles._more_specific("Chief of Staff", "White House Chief of Staff")
    assert roles._more_specific("Director", "Rural Affairs Director")  # a composed title has its head's kind
    assert not roles._more_specific("Senator", "State Senator")  # a rank or level word makes another post
    assert not roles._more_specific("Chief of Staff", "Deputy Chief of Staff")


@pytest.mark.parametrize("words, role", [
    (["Sen", "Mara", "Olsen", ",", "Ohio", "Senate", "Minority", "Leader"], "State Senator"),
    (["Rep", "Dale", "Crane", ",", "Iowa", "House", "Minority", "Whip"], "State Representative"),
    (["Rep", "Dale", "Crane", ",", "Chair", "of", "the", "Rules", "Committee"], "Representative"),
])
def test_roles_legislator_with_a_state_chamber_apposition(words, role):
    doc = _propn(words, ents=["O", "B-PERSON", "I-PERSON"] + ["O"] * (len(words) - 3))
    m = Mention(1, 3, " ".join(words[1:3]), "name", rule="title-name")
    base = "Senator" if words[0] == "Sen" else "Representative"
    found = roles._state_chamber_post(SimpleNamespace(doc=doc), m, base, "legislator")
    assert found[:2] == (role, "subnational" if role.startswith("State") else "legislator")
    assert found[2] == ("US" if role.startswith("State") else None)


def test_roles_title_before_a_name_and_a_department_after_it():
    words = ["-", "Secretary", "Mara", "Olsen", ",", "Department", "of", "Labor"]
    doc = _propn(words, ents=["O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    m = Mention(2, 4, "Mara Olsen", "name", rule="title-name")
    assert roles._department_post(SimpleNamespace(doc=doc), m, "Secretary") == ("Secretary of Labor", "US",
                                                                                 "minister")
    m = Mention(2, 4, "Mara Olsen", "name", rule="apposition")
    assert roles._department_post(SimpleNamespace(doc=doc), m, "Secretary") is None  # only a title before the name


def _stack_doc(words):
    pos = ["ADP" if w in ("with", "of") else "DET" if w == "the" else "CCONJ" if w == "and" else
           "PUNCT" if w == "," else "ADJ" if w == "Chinese" else "PROPN" for w in words]
    ents = ["B-PERSON" if w == "Li" else "I-PERSON" if w == "Wen" else "B-NORP" if w == "Chinese" else "O"
            for w in words]
    return make(words, pos=pos, ents=ents)


def test_titles_posts_listed_with_commas_before_a_name():
    """"Chinese Communist Party Politburo Member, Director of the Office of the X Commission, and Foreign Minister
    Li Wen": each item of a list of posts closed by ", and" is the named person's, a post heading a body too; the
    country before the party's name is the first post's. Without the closing ", and" the items are not joined."""
    words = ["with", "Chinese", "Communist", "Party", "Politburo", "Member", ",", "Director", "of", "the", "Office",
             "of", "the", "Maritime", "Affairs", "Commission", ",", "and", "Foreign", "Minister", "Li", "Wen"]
    assert [r[:2] for r in titles.more_titles(_stack_doc(words), 18)] == [("Director", None),
                                                                         ("Politburo Member", "CN")]
    unclosed = words[:17] + words[18:]  # "…, Foreign Minister Li Wen": no ", and" closes the list
    assert titles.more_titles(_stack_doc(unclosed), 17) == []
    named = ["with", "Director", "of", "the", "Office", "Ana", "Ruiz", ",", "and", "Foreign", "Minister", "Li", "Wen"]
    doc = _stack_doc(named)
    doc.ents = [doc.char_span(doc[5].idx, doc[6].idx + 4, label="PERSON"), doc.char_span(doc[11].idx, doc[12].idx
                                                                                         + 3, label="PERSON")]
    assert titles.more_titles(doc, 9) == []  # "…Office Ana Ruiz, and Foreign Minister Li Wen": two persons


def test_roles_long_staff_post_is_also_its_short_name():
    """", Assistant to the President for National Security Affairs" is that post and the National Security Advisor
    (``also`` column of titles.tsv); the bare "Assistant to the President" has no short name."""
    words = ["Sam", "Porter", ",", "Assistant", "to", "the", "President", "for", "National", "Security", "Affairs"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PROPN", "PROPN"]
    doc = make(words, pos=pos, ents=["B-PERSON", "I-PERSON"] + ["O"] * 9)
    title, country, _ = titles_after.title_after(doc, 2)
    assert (title.role, country) == ("Assistant to the President for National Security Affairs", "US")
    assert roles._short_names()[title.role] == "National Security Advisor"
    assert "Assistant to the President" not in roles._short_names()


def _tail_doc(words, name_at):
    pos = ["ADP" if w in ("by", "for", "at", "of") else "DET" if w == "the" else "PROPN" for w in words]
    ents = ["O"] * name_at + ["B-PERSON", "I-PERSON"] + ["O"] * (len(words) - name_at - 2)
    return make(words, pos=pos, ents=ents)


def test_staff_post_written_whole_before_a_name():
    """"Assistant Secretary for Tax Policy at the Department of the Treasury Omar Haddad": the post that opens the
    capitalised words and joiners before the name is his, the state body in its tail gives the country; a private
    body's post is none, and a capitalised word that is no name takes no post."""
    words = ["by", "Assistant", "Secretary", "for", "Tax", "Policy", "at", "the", "Department", "of", "the",
             "Treasury", "Omar", "Haddad"]
    start, title, country = staff.post_with_tail(_tail_doc(words, 12), 12)
    assert (start, title.role, country) == (1, "Assistant Secretary", "US")
    private = ["by", "President", "of", "the", "Harbor", "Nurses", "Alliance", "Tina", "Cole"]
    assert staff.post_with_tail(_tail_doc(private, 7), 7) is None
    assert titles.title_before(_tail_doc(words, 12), 5) is None  # "Policy" is no name
    ranked = ["by", "Deputy", "Commandant", "for", "Operations", "Vice", "Admiral", "Ana", "Ruiz"]
    found = staff.post_with_tail(_tail_doc(ranked, 7), 5)  # before the title of the name
    assert found is not None and found[1].role == "Deputy Commandant"
    # before "and" and another post of the name's, only with a state body in the tail: a missed name may end it
    joined = ["by", "Under", "Secretary", "for", "Grid", "Security", "of", "the", "Department", "of", "Energy", "and",
              "Administrator", "Ana", "Ruiz"]
    found = staff.post_with_tail(_tail_doc(joined, 13), 11, body_needed=True)
    assert found is not None and (found[1].role, found[2]) == ("Under Secretary", "US")
    missed = ["by", "Senior", "Director", "for", "the", "Western", "Hemisphere", "Luis", "Ortega", "and",
              "Administrator", "Ana", "Ruiz"]
    assert staff.post_with_tail(_tail_doc(missed, 11), 9, body_needed=True) is None


def test_titles_long_apposition_ending_on_a_name_is_the_next_persons():
    """"Tom Reyes, Chief of Engineers and Commanding General of the Army Corps of Engineers Lieutenant General Lena
    Dahl": the title runs past the apposition's window to a name, so it is Dahl's, not Reyes's."""
    words = ["Tom", "Reyes", ",", "Chief", "of", "Engineers", "and", "Commanding", "General", "of", "the", "Army",
             "Corps", "of", "Engineers", "Lieutenant", "General", "Lena", "Dahl"]
    pos = ["ADP" if w == "of" else "DET" if w == "the" else "CCONJ" if w == "and" else "PUNCT" if w == "," else
           "PROPN" for w in words]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 15 + ["B-PERSON", "I-PERSON"]
    title, _, _ = titles_after.title_after(make(words, pos=pos, ents=ents), 2)
    assert title is None
    short = words[:9] + ["of", "the", "Army", "Corps"]
    ents = ["B-PERSON", "I-PERSON"] + ["O"] * 11
    title, _, _ = titles_after.title_after(make(short, pos=pos[:13], ents=ents), 2)
    assert title is not None and title.role == "Chief"  # no name after it: Reyes's


def test_staff_tail_name_after_a_post_written_before_it():
    """"Tom Reyes, Deputy Assistant to the President for Economic Policy Ana Ruiz, and National Climate Advisor Lisa
    Park." with "Ana Ruiz" untagged: the last two proper nouns of the post's capitalised tail, closed by a comma and
    known to no lexicon, are a name; the post is hers, neither Reyes's apposition nor a second post of Park's."""
    words = ["Tom", "Reyes", ",", "Deputy", "Assistant", "to", "the", "President", "for", "Economic", "Policy", "Ana",
             "Ruiz", ",", "and", "National", "Climate", "Advisor", "Lisa", "Park", "."]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PROPN", "PROPN",
           "PROPN", "PUNCT", "CCONJ", "PROPN", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT"]
    doc = make(words, pos=pos, ents=["B-PERSON", "I-PERSON"] + ["O"] * 16 + ["B-PERSON", "I-PERSON", "O"])
    assert staff.tail_name(doc, 11) and not staff.tail_name(doc, 10)  # two words: "Policy Ana Ruiz" is not one name
    found = titles.title_before(doc, 11)
    assert found is not None and (found.start, found.title.role, found.country) == (3, "Deputy Assistant to the "
                                                                                    "President", "US")
    assert titles_after.title_after(doc, 2)[0] is None
    assert titles.more_titles(doc, 15) == []
    # a post's tail closing an apposition is no name: "Affairs" is a word of title phrases
    words = ["Tom", "Reyes", ",", "Assistant", "Secretary", "for", "Western", "Hemisphere", "Affairs", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"]
    doc = make(words, pos=pos, ents=["B-PERSON", "I-PERSON"] + ["O"] * 9)
    assert not staff.tail_name(doc, 7)
    assert titles_after.title_after(doc, 2)[0] is not None
    # words NER calls an organisation end the body's name: "Secretary General of the Andean Community Wagner."
    words = ["Secretary", "General", "of", "the", "Andean", "Community", "Wagner", "."]
    pos = ["PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PUNCT"]
    assert staff.tail_name(make(words, pos=pos), 5)  # no entity: the rule alone would read a name
    assert not staff.tail_name(make(words, pos=pos, ents=["O"] * 3 + ["B-ORG", "I-ORG", "I-ORG", "I-ORG", "O"]), 5)


def test_title_patterns_closed_name_after_a_title_that_ner_missed():
    """"Tom Reyes, Director of Policy for the First Lady Mara Oduya, …" with "Mara Oduya" untagged: two proper
    nouns no lexicon knows, closed by a comma after a title, are a name, so the apposition is hers, not Reyes's, and
    the post before the name is hers."""
    words = ["Tom", "Reyes", ",", "Director", "of", "Policy", "for", "the", "First", "Lady", "Mara", "Oduya", ",",
             "spoke"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "ADP", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PROPN",
           "PUNCT", "VERB"]
    doc = make(words, pos=pos, ents=["B-PERSON", "I-PERSON"] + ["O"] * 12)
    assert title_patterns.closed_name(doc, 10) and not title_patterns.closed_name(doc, 5)  # "Policy for"
    assert not title_patterns.closed_name(doc, 8)  # "First Lady" is a title
    assert not title_patterns.closed_name(doc, 11)  # "Oduya ," holds one word, and no title ends before it
    run = make(["Senior", "Director", "for", "the", "Western", "Hemisphere", "Juan", "Soto", "and"],
               pos=["PROPN", "PROPN", "ADP", "DET", "PROPN", "PROPN", "PROPN", "PROPN", "CCONJ"])
    assert not title_patterns.closed_name(run, 5)  # inside a capitalised run, not right after a title
    assert titles_after.title_after(doc, 2)[0] is None
    found = titles.title_before(doc, 10)
    assert found is not None and (found.start, found.title.role) == (3, "Director")


def test_title_patterns_office_run_after_a_post_and_is_its_own():
    """"Chief Medical Advisor and Research Director X": a title ends before "and", so the run before it is another
    post of X, not a first portfolio joined to the second ("Medical Advisor and Research Director")."""
    from kg.extract.title_patterns import named_portfolio
    doc = _propn(["Chief", "Medical", "Advisor", "and", "Research", "Director", "Ann", "Lee"])
    found = named_portfolio(doc, 5, titles.title_at(doc, 5)[1])
    assert found is not None and (found[0], found[1].role) == (4, "Research Director")
    assert titles.title_at(doc, 0)[1].role == "Chief Medical Advisor"  # a row of titles.tsv


def test_staff_posts_listed_with_commas_before_and_are_all_the_persons():
    """", Assistant to the President, Senior Advisor to the President and Director of X": a staff post
    (``comma-stacked-kinds``) after a comma, in a list that "and" closes, is the person's too."""
    words = ["Ana", "Reyes", ",", "Assistant", "to", "the", "President", ",", "Senior", "Advisor", "to", "the",
             "President", "and", "Director", "of", "the", "Office", "of", "Public", "Engagement"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "ADP", "DET", "PROPN", "PUNCT", "PROPN", "PROPN", "ADP", "DET",
           "PROPN", "CCONJ", "PROPN", "ADP", "DET", "PROPN", "ADP", "PROPN", "PROPN"]
    doc = make(words, pos=pos)
    end = staff.apposition_end(doc, 3)
    assert [r for r, _, _ in staff.joined_titles(doc, 3, end)] == ["Senior Advisor to the President", "Director"]
    assert staff.joined_titles(doc, 3, 13) == []  # no "and" closes the list: the comma joins nothing
    minister = make(words[:8] + ["Foreign", "Minister", "and", "Director"],
                    pos=pos[:8] + ["PROPN", "PROPN", "CCONJ", "PROPN"])
    assert [r for r, _, _ in staff.joined_titles(minister, 3, len(minister))] == ["Director"]  # not a staff kind


def test_titles_envoy_for_a_country_is_not_that_countrys():
    """"Special Envoy for Yemen X" is posted for Yemen (``posted-to-preps``): no country of his own in the text, and
    "UN Special Envoy for Yemen Y" is the UN's."""
    words = ["Special", "Envoy", "for", "Yemen", "Tom", "Reyes", "spoke"]
    pos = ["PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "VERB"]
    ents = ["O", "O", "O", "B-GPE", "B-PERSON", "I-PERSON", "O"]
    found = titles.title_before(make(words, pos=pos, ents=ents), 4)
    assert found is not None and (found.start, found.title.role, found.country) == (0, "Special Envoy", None)
    found = titles.title_before(make(["UN"] + words, pos=["PROPN"] + pos, ents=["B-ORG"] + ents), 5)
    assert found is not None and (found.start, found.title.role, found.country) == (0, "Special Envoy", "UN")


def test_mentions_plural_title_with_a_tail_is_shared_down_its_list():
    """"Deputy Directors of Crime Prevention A and B": the plural title (a row of titles.tsv) before its tail is B's
    too; a singular one is not."""
    from kg.extract.mentions import named_mentions
    words = ["Deputy", "Directors", "of", "Crime", "Prevention", "Mark", "Dole", "and", "Anne", "Price", "spoke"]
    pos = ["PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB"]
    ents = ["O"] * 5 + ["B-PERSON", "I-PERSON", "O", "B-PERSON", "I-PERSON", "O"]
    found = named_mentions(make(words, pos=pos, ents=ents))
    assert [(m.name, m.role) for m in found] == [("Mark Dole", "Deputy Director"), ("Anne Price", "Deputy Director")]
    single = make(["Deputy", "Director"] + words[2:], pos=pos, ents=ents)
    assert [m.role for m in named_mentions(single)] == ["Deputy Director", None]


def test_mentions_titled_name_in_a_list_items_tail_is_a_person():
    """"- Tom Reyes, Senior Policy Advisor to Ohio Governor Ruth Bell": a list item's tail names no person but one
    its own title opens (not a one-word "President [Emeritus]" NER took for a name)."""
    from kg.extract.mentions import named_mentions
    words = ["Participants", "included", ":", "\n\n", "-", "Tom", "Reyes", ",", "Senior", "Policy", "Advisor", "to",
             "Ohio", "Governor", "Ruth", "Bell", "\n", "-", "Ann", "Moss", ",", "President", "Emeritus", ",", "Harbor",
             "Food", "Bank"]
    spaces = [True, True, False, False, True, True, False, True, True, True, True, True, True, True, True, False,
              False, True, True, False, True, True, False, True, True, True, False]
    pos = ["NOUN", "VERB", "PUNCT", "SPACE", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "ADP",
           "PROPN", "PROPN", "PROPN", "PROPN", "SPACE", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT",
           "PROPN", "PROPN", "PROPN"]
    ents = ["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 5 + ["B-GPE", "O", "B-PERSON", "I-PERSON"] + ["O"] * 2 + \
        ["B-PERSON", "I-PERSON", "O", "O", "B-PERSON"] + ["O"] * 4
    lemmas = [w.lower() for w in words]
    lemmas[1] = "include"
    doc = Doc(NLP.vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas, ents=ents,
              sent_starts=[i in (0, 4, 17) for i in range(len(words))])
    found = {m.name: m.role for m in named_mentions(doc)}
    assert found.get("Ruth Bell") == "Governor" and "Emeritus" not in found
    assert set(found) == {"Tom Reyes", "Ruth Bell", "Ann Moss"}


def test_titles_us_state_before_an_apposition_title_gives_the_us():
    """", Ohio Secretary of State," and ", Ontario Premier,": a US state or a province of regions.tsv right before
    the title gives its country (``countries.leading_state``), as "Ohio's" does; a state before no title is none."""
    words = ["Ann", "Moss", ",", "Ohio", "Secretary", "of", "State", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT", "VERB"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-GPE", "O", "O", "O", "O", "O"]
    title, country, _ = titles_after.title_after(make(words, pos=pos, ents=ents), 2)
    assert (title.role, country) == ("Secretary of State", "US")
    doc = make(["Ann", "Moss", ",", "Ontario", "Premier", ",", "said"], pos=["PROPN", "PROPN", "PUNCT", "PROPN",
                                                                           "PROPN", "PUNCT", "VERB"])
    title, country, _ = titles_after.title_after(doc, 2)
    assert (title.role, country) == ("Premier", "CA")
    from kg.extract.countries import leading_state
    assert leading_state(make(["Ohio", "State", "University"]), 0, 3) is None


def test_staff_post_with_a_portfolio_joined_by_and():
    """", Deputy Assistant to the President and Policy Director for X": a capitalised portfolio opens the second
    post (``named-portfolio-roles``), which is the person's too."""
    words = ["Ana", "Reyes", ",", "Deputy", "Assistant", "to", "the", "President", "and", "Policy", "Director", "for",
             "the", "First", "Lady"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "ADP", "DET", "PROPN", "CCONJ", "PROPN", "PROPN", "ADP",
           "DET", "PROPN", "PROPN"]
    doc = make(words, pos=pos)
    assert [r for r, _, _ in staff.joined_titles(doc, 3, len(doc))] == ["Policy Director"]


@pytest.mark.parametrize("tail, role, code", [
    (["Secretary", "of", "Higher", "Education"], "Secretary of Higher Education", "US"),
    (["Secretary", "of", "the", "Party"], "Secretary", "US"),  # "the": no portfolio of its own (a party's post)
    (["Secretary", "of", "Mexico"], "Secretary", "MX"),  # a polity: the country, not a portfolio
])
def test_titles_generic_secretary_with_a_capitalised_portfolio(tail, role, code):
    """", Ohio Secretary of Higher Education,": a bare "Secretary" (kind generic) whose capitalised portfolio closes
    the apposition is that portfolio's post (``appositions.generic_portfolio``)."""
    words = ["Ann", "Moss", ",", "Ohio"] + tail + [",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "ADP"] + ["DET" if w == "the" else "PROPN" for w in tail[2:]] \
        + ["PUNCT", "VERB"]
    ents = ["B-PERSON", "I-PERSON", "O", "B-GPE"] + ["B-GPE" if w == "Mexico" else "O" for w in tail] + ["O", "O"]
    title, country, _ = titles_after.title_after(make(words, pos=pos, ents=ents), 2)
    assert (title.role, country) == (role, code)


def test_appositions_post_serving_a_titled_principal_is_the_persons():
    """", Senior Policy Advisor to Ohio Governor Ruth Bell": the name after "to" and its own title is the principal
    the post serves, so the post is Reyes's; after "to the President for X", a name is the next person's."""
    from kg.extract.appositions import titled_principal
    words = ["Tom", "Reyes", ",", "Senior", "Policy", "Advisor", "to", "Ohio", "Governor", "Ruth", "Bell", ",", "said"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "PROPN", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PROPN", "PUNCT",
           "VERB"]
    ents = ["B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "B-GPE", "O", "B-PERSON", "I-PERSON", "O", "O"]
    doc = make(words, pos=pos, ents=ents)
    assert titled_principal(doc, 6)
    title, _, _ = titles_after.title_after(doc, 2)
    assert title is not None and title.role == "Senior Policy Advisor"
    the = make(words[:7] + ["the", "President", "for", "Energy", "Ruth", "Bell", ",", "said"],
               pos=pos[:7] + ["DET", "PROPN", "ADP", "PROPN", "PROPN", "PROPN", "PUNCT", "VERB"],
               ents=ents[:7] + ["O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert not titled_principal(the, 6) and titles_after.title_after(the, 2)[0] is None


def test_staff_list_item_body_named_with_a_series_is_one_body():
    """"- X, Acting Director of the Ohio Department of Workforce, Training, and Opportunity": a last part opening
    on "and" ends a series inside the body's name, not a separate (private) body; the state's department is public."""
    words = ["\n", "-", "Ana", "Reyes", ",", "Director", "of", "the", "Ohio", "Department", "of", "Workforce", ",",
             "Training", ",", "and", "Opportunity"]
    spaces = [False, True, True, False, True, True, True, True, True, True, True, False, True, False, True, True,
              False]
    pos = ["SPACE", "PUNCT", "PROPN", "PROPN", "PUNCT", "PROPN", "ADP", "DET", "PROPN", "PROPN", "ADP", "PROPN",
           "PUNCT", "PROPN", "PUNCT", "CCONJ", "PROPN"]
    assert not staff.private_item_body(make(words, pos=pos, spaces=spaces), 4, len(words))
    private = words[:8] + ["Harbor", "Association", "of", "Farmers"] + words[12:]
    assert staff.private_item_body(make(private, pos=pos, spaces=spaces), 4, len(words))


def test_mentions_title_inside_a_run_on_name_ends_it():
    """A flattened list "… Senator Ann Moss Delegate Sara Hunt …" where NER runs one name into the next item: a
    capitalised title after two name words, with a capitalised word after it, ends the name (not "King Jr.")."""
    from kg.extract.mentions import clean_name
    words = ["State", "Senator", "Ann", "Moss", "Delegate", "Sara", "Hunt", "spoke"]
    pos = ["PROPN"] * 7 + ["VERB"]
    doc = make(words, pos=pos, ents=["O", "O", "B-PERSON", "I-PERSON", "I-PERSON", "I-PERSON", "O", "O"])
    assert clean_name(doc[2:6]) == (2, 4)
    king = make(["Martin", "Luther", "King", "Jr.", "spoke"], pos=["PROPN"] * 4 + ["VERB"])
    assert clean_name(king[0:4]) == (0, 4)


# --- rosters with sub-headings, case names, name suffixes and drop-ins (readouts dev set 7) ----------------------

def _roster_doc(words, ents=None):
    """A roster Doc: "\n" tokens end lines, "-" after one opens a bulleted item."""
    spaces = [w not in ("\n", "\n\n") and nxt not in (":", ",", "\n", "\n\n") for w, nxt in
              zip(words, words[1:] + ["\n"], strict=True)]
    pos = ["SPACE" if w.startswith("\n") else "PUNCT" if w in (":", "-", ",") else "ADP" if w == "v." else
           "PROPN" if w[:1].isupper() else "VERB" for w in words]
    lemmas = ["include" if w == "included" else w.lower() for w in words]
    return Doc(NLP.vocab, words=words, spaces=spaces, pos=pos, lemmas=lemmas, ents=ents,
               sent_starts=[i == 0 or words[i - 1] == ":" and i == 4 for i in range(len(words))])


def test_rosters_a_sub_heading_names_no_participant():
    """"Okafor v. Lindqvist Family Members:" heads the items under it: its words are no item's name and lie in the
    items' tail (where no person is named), while the items below it keep their names."""
    words = ["Participants", "included", ":", "\n\n", "Okafor", "v.", "Lindqvist", "Family", "Members", ":", "\n\n",
             "-", "Grace", "Ndlovu", "\n", "-", "Tomas", "Brandt", ",", "Teacher"]
    ents = ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 4 + ["B-PERSON", "I-PERSON"] + ["O"] * 6
    doc = _roster_doc(words, ents)
    names = rosters.item_names(doc)
    assert [n.text for n in names] == ["Grace Ndlovu", "Tomas Brandt"]
    assert {4, 6, 7, 8} <= rosters.item_tail(doc, names)


def test_rosters_name_before_a_description_after_a_colon():
    """"- Grace Ndlovu: Community Organizer": NER's person before the colon is the item's name, not the
    description after it; "- Harbor Tenants Alliance: Tomas Brandt" keeps the name after the colon."""
    words = ["Participants", "included", ":", "\n\n", "-", "Grace", "Ndlovu", ":", "Community", "Organizer", "\n",
             "-", "Harbor", "Tenants", "Alliance", ":", "Tomas", "Brandt"]
    ents = ["O"] * 5 + ["B-PERSON", "I-PERSON"] + ["O"] * 11
    names = rosters.item_names(_roster_doc(words, ents))
    assert [n.text for n in names] == ["Grace Ndlovu", "Tomas Brandt"]


def test_person_spans_the_parties_of_a_court_case_are_no_persons():
    """"Okafor v. Lindqvist" and "Belton (Bulah) v. Gebhart" name cases (``case-versus``); "Ruiz" beside them is a
    person."""
    from kg.extract.person_spans import case_party, person_spans
    words = ["Ruiz", "cited", "Okafor", "v.", "Lindqvist", "and", "Belton", "(", "Bulah", ")", "v.", "Gebhart"]
    ents = ["B-PERSON", "O", "B-PERSON", "O", "B-PERSON", "O", "B-PERSON", "O", "O", "O", "O", "B-PERSON"]
    pos = ["PROPN", "VERB", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "PUNCT", "PROPN", "PUNCT", "ADP", "PROPN"]
    doc = make(words, pos=pos, ents=ents)
    assert [s.text for s in person_spans(doc)] == ["Ruiz"]
    assert case_party(doc[6:7]) and not case_party(doc[0:1])
    full = make(["Okafor", "v.", "Jane", "Lindqvist"], pos=["PROPN", "ADP", "PROPN", "PROPN"],
                ents=["B-PERSON", "O", "B-PERSON", "I-PERSON"])
    assert [s.text for s in person_spans(full)] == ["Jane Lindqvist"]  # a full name stays a person


def test_participants_a_name_suffix_stands_for_the_name_before_its_comma():
    """"Tom Reyes, Jr. dropped by the meeting" parsed with "Jr." as the subject: the suffix stands for Reyes."""
    words = ["Tom", "Reyes", ",", "Jr.", "dropped", "by", "the", "meeting"]
    heads = [1, 4, 4, 4, 4, 4, 7, 5]
    deps = ["compound", "dep", "punct", "nsubj", "ROOT", "agent", "det", "pobj"]
    pos = ["PROPN", "PROPN", "PUNCT", "PROPN", "VERB", "ADP", "DET", "NOUN"]
    doc = make(words, heads, deps, pos, ["tom", "reyes", ",", "jr.", "drop", "by", "the", "meeting"])
    ctx = _ctx(doc, [Mention(0, 2, "Tom Reyes", "name", span_start=0, span_end=2)])
    assert participants.persons_in_phrase(ctx, doc[3]) == [0]
    assert rule_marks(doc).rule("gathering-role", 4) == "gathering-role-drop-by"
    lone = make(["Jr.", "spoke"], [1, 1], ["nsubj", "ROOT"], ["PROPN", "VERB"])
    assert participants.persons_in_phrase(_ctx(lone, []), lone[0]) == []


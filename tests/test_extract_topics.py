"""Rule tables for event – discussed – topic (kg.extract.topics), sentences written for these tests."""

from __future__ import annotations

import pytest

MEETING = "Chancellor Olaf Scholz met President Emmanuel Macron in Paris on Monday. "


def topics(facts) -> set[str]:
    return {t.topic for t in facts.topics}


@pytest.mark.parametrize("text, expected", [
    # objects nested in clauses under the cue: "efforts to combat X and Y"
    ("The leaders discussed efforts to combat fentanyl trafficking and illegal migration.",
     {"fentanyl trafficking", "illegal migration"}),
    # "such as" lists under a non-generic head
    ("President Macron condemned Russia's actions, such as cyber attacks and election interference.",
     {"Russia's actions", "cyber attacks", "election interference"}),
    # a two-word cue ("made clear")
    ("The President made clear that France will defend its interests against cyber attacks.", {"cyber attacks"}),
    # the object's own clause is cut: "release of hostages held by …"
    # rewritten from a sentence of corpus article wh-2023-11-06-readout-of-president-bidens-call-with-prime-minister-netanyahu-of-israel-8
    ("They welcomed efforts to secure the release of hostages held by the group.", {"release of hostages"}),
    # a modifier shared by two coordinated nouns
    ("They agreed on the importance of upholding international rules and norms.", {"international rules and norms"}),
    # "situation" only with what it is about
    ("They discussed the situation in Gaza.", {"situation in Gaza"}),
    # the same words in another sentence stay a topic of their own
    ("The leaders discussed migration. They also discussed record-breaking migration.",
     {"migration", "record-breaking migration"}),
    # a topic inside a longer topic of the same event is not repeated
    ("They discussed Russia's war in Ukraine.", {"Russia's war in Ukraine"}),
    # the participants' countries as subject speak for them; "threat" alone is not a topic
    ("Germany and France agreed on the threat posed by drone proliferation.", {"drone proliferation"}),
    # officials of a participant's country speak for the meeting
    ("French officials stressed the importance of energy security.", {"energy security"}),
    # a bare common noun counts as a direct object of a discussion verb, not as a word deep in a clause
    ("The leaders discussed migration.", {"migration"}),
    ("Both leaders welcomed the arrival of the ship at the port in the morning.", {"arrival of ship"}),
    # issue 9: a speech clause is someone's words; fixed phrases and generic places are no topics
    ("Macron stressed energy security, saying the plan protects the middle class.", {"energy security"}),
    ("The leaders discussed the options on the table.", {"options"}),
    ("They discussed economic cooperation on the continent.", {"economic cooperation"}),
    ("They discussed efforts to address the lack of investment.", {"investment"}),
    ("They discussed Roe v. Wade and abortion rights.", {"Roe v. Wade", "abortion rights"}),
    # a meeting noun says what was discussed: "talks on X", "a meeting about X"
    ("Their talks on fishing rights lasted two hours.", {"fishing rights"}),
    ("Talks on fishing rights resumed in Brussels.", set()),  # not their talks: no one's meeting
    # the "on/over" phrase the parser hangs on the verb of the talks' course is the talks' (talks-course-verbs)
    ("Their negotiations continue on a proposed ceasefire.", {"proposed ceasefire"}),
    ("Their talks broke down over fishing quotas.", {"fishing quotas"}),
    ("Their talks resumed on Monday on a positive note.", set()),  # a date, a fixed phrase
    # abstract heads (mechanism, regret, consequences, …) are topics only with what they are about
    ("The leaders discussed the mechanism, the regret and steeper consequences for smugglers.",
     {"consequences for smugglers"}),
    # people are no topics; "the creation of X" is about X
    ("They agreed to the creation of a joint border commission before diplomats and representatives of both "
     "parties.", {"joint border commission"}),
    # issue 9: a meeting noun that refers back, as the cue's subject ("The meeting focused on X"); not "a meeting of …"
    ("The meeting focused on energy prices and fishing rights.", {"energy prices", "fishing rights"}),
    ("A meeting of farmers focused on grain prices.", set()),
    ("The talks were aimed at ending the fishing dispute.", {"fishing dispute"}),
    # a generic head made a kind by its modifier ("security matters"); alone or with "of X" it stays generic
    ("They discussed security matters and economic issues.", {"security matters", "economic issues"}),
    ("They discussed issues of trade.", {"trade"}),
    ("They discussed the issues.", set()),
    ("They discussed the matter.", set()),
    # the talks as a relative pronoun's antecedent, or with no determiner, in an article about the meeting
    ("The talks, which focused on border security, lasted three hours.", {"border security"}),
    ("Talks centred on the fishing dispute.", {"fishing dispute"}),
    # "include" with a word of the agenda (agenda-words)
    ("Topics at the meeting included climate change and trade.", {"climate change", "trade"}),
    # "brought up" is a discussion cue (c-bring-up), also in the passive
    ("The fishing dispute was also brought up.", {"fishing dispute"}),
    # a person described by a post is no topic (stoplist "member", "leader")
    ("They discussed flood relief with a senior member of the commission and the opposition leader.",
     {"flood relief"}),
    # two nouns sharing the noun that ends the phrase stay one topic, in a list too
    ("They discussed migration, food and energy security, and fishing rights.",
     {"migration", "food and energy security", "fishing rights"}),
    ("They discussed migration and climate change.", {"migration", "climate change"}),
    # those who attended or negotiated speak for the meeting as a group (topic-group-subjects)
    ("Conference attendees also talked about fishing quotas and grain prices.", {"fishing quotas", "grain prices"}),
    ("The negotiators discussed water rights.", {"water rights"}),
    # a hyphenated word the parser cut into sibling nouns is one word; a verb inside such a word is no cue
    ("They discussed de-militarisation and the re-election of the mayor.",
     {"re-election of mayor", "de-militarisation"}),
    ("The leaders discussed the post-election crisis.", {"post-election crisis"}),
    ("They plan to set up a new power-sharing government.", set()),
    # a one-word name is no topic of a participant's verb (a longer name is; a discussion cue's object is)
    ("Macron also heads Ensemble, a party that his rivals see as elitist.", set()),
    ("Scholz later praised the Bundesliga.", set()),
    ("Scholz praised the Erasmus Exchange Programme.", {"Erasmus Exchange Programme"}),
    ("The leaders condemned Hezbollah.", {"Hezbollah"}),
    # a noun after a comma list of three nouns is one topic per noun; two, or adjectives, stay one topic
    ("They discussed a proposed security, energy and trade initiative.",
     {"security initiative", "energy initiative", "trade initiative"}),
    ("They discussed a free, open and prosperous region.", {"free open and prosperous region"}),
    ("They discussed food and energy security.", {"food and energy security"}),
    # a passive cue under "is expected to", "would have to", "is likely to": its subject is the topic
    ("The border treaty is expected to be discussed.", {"border treaty"}),
    ("He added that the fishing quota would have to be discussed at the talks.", {"fishing quota"}),
    ("The grain dispute is likely to be raised.", {"grain dispute"}),
    # a discussion verb reports a discussion: in an article that reports the meeting from its lead, what it governs
    # is the meeting's topic, whoever discusses it (topic-discussion-cues); a meeting of others stays out
    ("The committee discussed the grain harvest.", {"grain harvest"}),
    ("The regional council met on Tuesday to discuss the wording of the fishing treaty.", set()),
    # "the move" and "the news" refer back to what the article told: no topic alone; the news of X is about X
    ("Macron welcomed the news and announced the move.", set()),
    ("The two leaders welcomed the news of the ceasefire.", {"ceasefire"}),
    # what a feeling is about, not the feeling ("expressed optimism about X", "dismay at Y": stoplist through);
    # a verb whose object is its audience reports no discussion (topic-audience-object)
    ("Macron addressed the nation on Monday night in a television broadcast.", set()),
    ("Macron addressed a joint sitting of the Belgian Parliament on Monday. He spoke on migration.", {"migration"}),
    # "discussions of X", "negotiations for Y" (topic-noun-preps)
    ("Both leaders expressed optimism about the grain corridor and dismay at the border closures.",
     {"grain corridor", "border closures"}),
    # two modifiers of a generic head ("the Cyprus and Kosovo issues") in a list
    ("The agenda of their discussions included the grain dispute, the Baltic relations, the Cyprus and Kosovo issues "
     "as well as the co-operation between Norway and Iceland.",
     {"grain dispute", "Baltic relations", "Cyprus and Kosovo issues", "co-operation between Norway and Iceland"}),
    # a part or a bunch of something says nothing of its own (stoplist through: "majority", "set", "mix"); what it
    # is of is the topic
    ("The two leaders adopted a set of grain export rules and praised a mix of fishing quotas.",
     {"grain export rules", "fishing quotas"}),
    # who travels and why say nothing of what was discussed (stoplist drop: "delegation", "reasons", "purposes")
    ("The two leaders postponed the grain deal for technical reasons. Macron leads a delegation of four ministers "
     "to the fishing conference.", {"grain deal"}),
    # where a trip, visit, tour or journey goes is where someone travelled (topic-travel-destination)
    ("Scholz also praised the grain deal. Macron began a trip to the disputed border area and the northern coast.",
     {"grain deal"}),
    ("Their discussions of fishing cooperation lasted two hours. Their negotiations for a fishing treaty will "
     "begin in May.", {"fishing cooperation", "fishing treaty"}),
    # a relative clause set off by a comma under what a participant's verb governs describes its noun: no topic
    # (topic-relative-words); one on a word of what the talks produced says what it holds (agenda-words)
    ("Scholz criticised the crackdown on the opposition, which has included the arrest of editor Tom Reade and the "
     "closure of two newspapers.", {"crackdown on opposition"}),
    ("Scholz praised the new Rhine port, which handles grain exports to Africa.", {"new Rhine port"}),
    ("Scholz praised the grain deal, which allowed the export of wheat from Odessa.",
     {"grain deal", "export of wheat"}),
    # with whom a participant's verb acted is no topic (topic-partner-preps), what it gives a party it governs is
    ("Scholz signed the fishing accord with the coastal states.", {"fishing accord"}),
    ("Scholz provided his counterpart with details of the grain deal.", {"grain deal"}),
    # through whom a talk verb speaks is no topic (topic-addressee-preps)
    ("Speaking through an interpreter, Scholz endorsed the goal of a grain treaty.", {"grain treaty"}),
])
def test_topics_nested_and_listed(facts_of, text, expected):
    assert topics(facts_of(MEETING + text)) == expected


@pytest.mark.parametrize("text", [
    # a non-participant's actions are not what the meeting discussed, with a cue verb too
    "Senator John Smith criticized the new tariffs on steel imports.",
    "Senator John Smith expressed concern about the new tariffs on steel imports.",
    # the participants' own countries are not topics
    "The leaders discussed France and Germany.",
    # a verb over another ("are expected to take") is no cue of its own; the verb under it may be none either
    "The two leaders are expected to take a boat tour of the old harbour.",
    # no event, no topics
    "Critics discussed climate finance and energy prices at length.",
])
def test_topics_none(facts_of, text):
    prefix = "" if text.startswith("Critics") else MEETING
    assert topics(facts_of(prefix + text)) == set()


def test_topics_title_line_participant_verbs_are_skipped(facts_of):
    """The article's title reports what a group does; its verbs there are no cue ("begin talks to end X"), a
    discussion cue there still is; the verb of the named participants gives its object (the talks' purpose, as the
    guide's topics_required has it). What the group's verb governs is the news the title names
    (kg.extract.topictitle), a topic of the meeting all the same."""
    found = facts_of(MEETING, title="European leaders begin talks to end the fishing dispute")
    assert {(t.topic, t.evidence.rule) for t in found.topics} == {("fishing dispute", "topic:c-title")}
    assert topics(facts_of(MEETING, title="Scholz and Macron begin talks to end the fishing dispute")) == \
        {"fishing dispute"}
    assert topics(facts_of(MEETING, title="Scholz and Macron discuss the fishing dispute")) == {"fishing dispute"}


def test_topics_headline_sentence_is_skipped(facts_of):
    text = MEETING + "Leaders Discuss Energy Prices And Migration Reform In Paris Talks\nThey discussed energy prices."
    assert topics(facts_of(text)) == {"energy prices"}


def test_topics_evidence_points_at_phrase(facts_of):
    text = MEETING + "The two leaders discussed supply chain security."
    (fact,) = facts_of(text).topics
    assert text[fact.evidence.start:fact.evidence.end] == "supply chain security"
    assert fact.evidence.rule == "topic:c-discuss"


def test_topics_not_from_the_events_own_name(facts_of):
    text = ("The North Atlantic Leaders' Summit opened in Oslo on Monday with President Emmanuel Macron and "
            "Chancellor Olaf Scholz. The summit served as a forum to discuss North Atlantic and energy prices.")
    assert "North Atlantic" not in topics(facts_of(text))


def test_topics_concepts_fold_variants(facts_of):
    facts = facts_of(MEETING + "They discussed the sanctions. They also discussed an immediate ceasefire.")
    keys = {t.topic: (t.concept, t.head) for t in facts.topics}
    assert keys == {"sanctions": ("sanction", ""), "immediate ceasefire": ("immediate ceasefire", "ceasefire")}


def test_topics_participant_verbs_only_where_a_meeting_is_reported(facts_of):
    text = ("Olaf Scholz wins the vote in Berlin\n\nOlaf Scholz won the vote on Sunday. He praised the new budget "
            "rules. Scholz first met Emmanuel Macron in 2014.")
    assert not {"new budget rules", "budget rules"} & topics(facts_of(text))


def test_topics_update_is_a_noun_cue_and_updated_a_verb():
    """Model-free: the noun "update" is a noun-on cue ("an update on X"); the verb "updated" is no noun cue."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topiccues import cue, cue_row

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["an", "update", "on", "exports"], heads=[1, 1, 1, 2],
              deps=["det", "ROOT", "prep", "pobj"], pos=["DET", "NOUN", "ADP", "NOUN"],
              lemmas=["an", "update", "on", "export"])
    assert cue(doc[1])["id"] == "c-update"
    verb = Doc(vocab, words=["Kelly", "updated", "Moran"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
               pos=["PROPN", "VERB", "PROPN"], lemmas=["Kelly", "update", "Moran"])
    assert cue_row(verb[1])["id"] == "c-update" and (cue(verb[1]) or {}).get("id") != "c-update"


def test_topics_announce_is_a_participant_verb_only():
    """Model-free: "announced" is no cue row of its own (it reports a decision, not a discussion); it counts as the
    broad cue only, when a participant is its subject."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topiccues import cue, cue_row
    from kg.extract.topicevents import broad_cue

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Kelly", "announced", "reforms"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
              pos=["PROPN", "VERB", "NOUN"], lemmas=["Kelly", "announce", "reform"])
    assert cue_row(doc[1]) is None and cue(doc[1]) is broad_cue()


@pytest.mark.parametrize("text, expected", [
    # a participant's announcement: its object is a topic, not the setting phrases after it
    ("Scholz announced new housing projects in the north.", {"new housing projects"}),
    ("Scholz announced a concert in the capital in honour of his birthday.", set()),
])
def test_topics_announced_by_a_participant(facts_of, text, expected):
    assert topics(facts_of(MEETING + text)) == expected


def test_topicfilter_relative_descriptions():
    """Model-free: "criticised the crackdown, which included arrests": the relative clause set off by a comma with a
    relative subject is cut; a clause with a subject of its own ("which Reade denounced"), on an agenda word ("the
    deal, which ended X") or a defining one ("a market that sets X") is not (topicfilter.relative_descriptions)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicfilter import relative_descriptions

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["discussed", "the", "crackdown", ",", "which", "included", "arrests"],
              heads=[0, 2, 0, 2, 5, 2, 5], deps=["ROOT", "det", "dobj", "punct", "nsubj", "relcl", "dobj"],
              pos=["VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB", "NOUN"])
    assert relative_descriptions(doc[0]) == {4, 5, 6}
    own = Doc(vocab, words=["discussed", "the", "deal", "which", "Reade", "denounced"], heads=[0, 2, 0, 5, 5, 2],
              deps=["ROOT", "det", "dobj", "dobj", "nsubj", "relcl"], pos=["VERB", "DET", "NOUN", "PRON", "PROPN", "VERB"])
    assert relative_descriptions(own[0]) == set()
    deal = Doc(vocab, words=["praised", "the", "deal", ",", "which", "ended", "fighting"], heads=[0, 2, 0, 2, 5, 2, 5],
               deps=["ROOT", "det", "dobj", "punct", "nsubj", "relcl", "dobj"],
               pos=["VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB", "NOUN"])
    assert relative_descriptions(deal[0]) == set()  # what the deal holds (agenda-words)
    defining = Doc(vocab, words=["praised", "a", "market", "that", "sets", "standards"], heads=[0, 2, 0, 4, 2, 4],
                   deps=["ROOT", "det", "dobj", "nsubj", "relcl", "dobj"],
                   pos=["VERB", "DET", "NOUN", "PRON", "VERB", "NOUN"])
    assert relative_descriptions(defining[0]) == set()  # no comma: the clause says which market


def test_topicfilter_partners():
    """Model-free: a participant's verb's own "with" phrase after it says with whom it acted: no topic; not "with
    regard to X", nor a "with" phrase before the verb, nor what the verb gives a party it governs ("provided them
    with X") (topicfilter.partners)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicfilter import partners

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["signed", "the", "accord", "with", "the", "states"], heads=[0, 2, 0, 0, 5, 3],
              deps=["ROOT", "det", "dobj", "prep", "det", "pobj"], pos=["VERB", "DET", "NOUN", "ADP", "DET", "NOUN"])
    assert partners(doc[0]) == {3, 4, 5}
    given = Doc(vocab, words=["provided", "them", "with", "details"], heads=[0, 0, 0, 2],
                deps=["ROOT", "dobj", "prep", "pobj"], pos=["VERB", "PRON", "ADP", "NOUN"])
    assert partners(given[0]) == set()  # what the verb gives them is what it is about
    regard = Doc(vocab, words=["praised", "progress", "with", "regard", "to", "exports"], heads=[0, 0, 0, 2, 3, 4],
                 deps=["ROOT", "dobj", "prep", "pobj", "prep", "pobj"],
                 pos=["VERB", "NOUN", "ADP", "NOUN", "ADP", "NOUN"],
                 lemmas=["praise", "progress", "with", "regard", "to", "export"])
    assert partners(regard[0]) == set()
    before = Doc(vocab, words=["With", "trade", "passing", ",", "they", "worry"], heads=[5, 0, 1, 5, 5, 5],
                 deps=["prep", "pobj", "acl", "punct", "nsubj", "ROOT"],
                 pos=["ADP", "NOUN", "VERB", "PUNCT", "PRON", "VERB"])
    assert partners(before[5]) == set()


def test_topicfilter_actors_of_a_mark_that_folds_to_nothing():
    """Model-free: a candidate that is only a stray mark ("´", which folds to nothing) tagged as a proper noun names
    no office holder (hypothesis once found the IndexError it raised)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicfilter import actors

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["talks", "on", "´"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"],
              tags=["NNS", "IN", "NNP"], pos=["NOUN", "ADP", "PROPN"])
    assert actors("´", doc[2]) is False
    ministers = Doc(vocab, words=["foreign", "ministers"], heads=[1, 1], deps=["amod", "ROOT"], tags=["JJ", "NNS"],
                    pos=["ADJ", "NOUN"], lemmas=["foreign", "minister"])
    assert actors("foreign ministers", ministers[1]) is True


def test_topicphrase_place_after_a_pair_hung_on_the_verb():
    """Model-free: "maintain peace and calm across the Baltic Sea" with "across" on the verb: the place is the
    phrase's; a common noun there ("across the board") is no place."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import place_after

    vocab = spacy.blank("en").vocab
    words = ["maintain", "peace", "and", "calm", "across", "the", "Baltic", "Sea"]
    doc = Doc(vocab, words=words, heads=[0, 0, 1, 1, 0, 7, 7, 4],
              deps=["ROOT", "dobj", "cc", "conj", "prep", "det", "compound", "pobj"],
              pos=["VERB", "NOUN", "CCONJ", "NOUN", "ADP", "DET", "PROPN", "PROPN"],
              ents=["O", "O", "O", "O", "O", "O", "B-LOC", "I-LOC"])
    assert [t.text for t in place_after(doc[1])] == ["across", "Baltic", "Sea"]
    board = Doc(vocab, words=["maintain", "peace", "and", "calm", "across", "the", "board"],
                heads=[0, 0, 1, 1, 0, 6, 4], deps=["ROOT", "dobj", "cc", "conj", "prep", "det", "pobj"],
                pos=["VERB", "NOUN", "CCONJ", "NOUN", "ADP", "DET", "NOUN"])
    assert place_after(board[1]) == []


def test_topicphrase_right_keeps_its_infinitive():
    """Model-free: "the right to vote" keeps "to vote"; "the plan to vote" is no such head."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab

    def doc(noun):
        return Doc(vocab, words=["the", noun, "to", "vote"], heads=[1, 1, 3, 1], deps=["det", "ROOT", "aux", "acl"],
                   pos=["DET", "NOUN", "PART", "VERB"], lemmas=["the", noun, "to", "vote"])

    assert phrase_span(doc("right")[1])[0] == "right to vote"
    assert phrase_span(doc("plan")[1])[0] == "plan"


def test_topicnouns_meeting_noun_with_about_phrase():
    """Model-free: "talks on fishing rights" is a cue with "rights" as candidate; "talks in Paris" is none."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicnouns import about_heads, noun_cue

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["talks", "on", "fishing", "rights"], heads=[0, 0, 3, 1],
              deps=["ROOT", "prep", "compound", "pobj"], pos=["NOUN", "ADP", "NOUN", "NOUN"],
              lemmas=["talk", "on", "fishing", "right"])
    assert noun_cue(doc[0]) is not None
    assert [t.text for t in about_heads(doc[0])] == ["rights"]
    doc = Doc(vocab, words=["talks", "in", "Paris"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"],
              pos=["NOUN", "ADP", "PROPN"], lemmas=["talk", "in", "Paris"])
    assert noun_cue(doc[0]) is None


def test_topicnouns_about_phrase_hung_on_the_talks_verb():
    """Model-free: "Negotiations continue on the ceasefire": the parser hangs "on X" on the verb whose subject the
    meeting noun is; for a verb of the talks' course (``talks-course-verbs``) it is the noun's phrase; not for
    another verb ("Talks ran on schedule") nor before the noun."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicnouns import about_heads, noun_cue

    vocab = spacy.blank("en").vocab

    def doc_of(verb, lemma):
        return Doc(vocab, words=["Negotiations", verb, "on", "the", "ceasefire"], heads=[1, 1, 1, 4, 2],
                   deps=["nsubj", "ROOT", "prep", "det", "pobj"], pos=["NOUN", "VERB", "ADP", "DET", "NOUN"],
                   lemmas=["negotiation", lemma, "on", "the", "ceasefire"])

    doc = doc_of("continue", "continue")
    assert noun_cue(doc[0]) is not None and [t.text for t in about_heads(doc[0])] == ["ceasefire"]
    doc = doc_of("ran", "run")
    assert noun_cue(doc[0]) is None and about_heads(doc[0]) == []
    doc = Doc(vocab, words=["On", "Monday", "negotiations", "resumed"], heads=[3, 0, 3, 3],
              deps=["prep", "pobj", "nsubj", "ROOT"], pos=["ADP", "PROPN", "NOUN", "VERB"],
              lemmas=["on", "Monday", "negotiation", "resume"])
    assert about_heads(doc[2]) == []


def test_topicnouns_noun_own_prepositions_model_free():
    """Model-free: "negotiations for a treaty" and "discussions of trade" say what they are about
    (``topic-noun-preps``); "a meeting for farmers" says who."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicnouns import about_heads

    vocab = spacy.blank("en").vocab
    for noun, lemma, prep, expected in [("negotiations", "negotiation", "for", ["treaty"]),
                                        ("discussions", "discussion", "of", ["treaty"]),
                                        ("meeting", "meeting", "for", [])]:
        doc = Doc(vocab, words=[noun, prep, "a", "treaty"], heads=[0, 0, 3, 1], deps=["ROOT", "prep", "det", "pobj"],
                  pos=["NOUN", "ADP", "DET", "NOUN"], lemmas=[lemma, prep, "a", "treaty"])
        assert [t.text for t in about_heads(doc[0])] == expected, noun


@pytest.mark.parametrize("text, expected", [
    # what a gathering noun is about (topic_cues.tsv kind noun-on): "a roundtable on X and Y"; not its date
    ("Yesterday, Priya Raman and Omar Castillo hosted a virtual roundtable on rural broadband and water "
     "infrastructure in recognition of Infrastructure Week.", {"rural broadband", "water infrastructure"}),
    ("Priya Raman and Omar Castillo held a meeting on March 3 in Topeka.", set()),
    # a meeting of one named person with unnamed officials (official-group-nouns) exists, so its topics do
    ("Today, senior Administration officials met with Governor Laura Kelly to discuss disaster relief and crop "
     "insurance.", {"disaster relief", "crop insurance"}),
    # what an update is on (noun-on c-update): the meeting's own purpose, and what its members heard
    ("On Monday, Governor Laura Kelly met with Senator Jerry Moran for an update on wheat exports.",
     {"wheat exports"}),
    ("Governor Laura Kelly met with Senator Jerry Moran and Mayor Quinton Lucas. The task force members received "
     "updates on flood mapping and rural clinics.", {"flood mapping", "rural clinics"}),
    # the verb "updated" stays a participant's verb
    ("Governor Laura Kelly met with Senator Jerry Moran on Monday. Kelly updated Moran on the grain corridor.",
     {"grain corridor"}),
])
def test_topics_readout_gatherings(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # a country alone is a topic only as what a discussion verb governs, not any object of a participant's verb
    (MEETING + "They praised Canada and backed efforts by Ukraine to join the EU.", set()),
    (MEETING + "They discussed Ukraine.", {"Ukraine"}),
    # a participant's country as possessor of a weak head is a topic ("France's security"), as a modifier not
    (MEETING + "They discussed France's security and French support.", {"France's security"}),
    # heads that only say how a subject was raised ("urgency", "respect"): what they are about
    (MEETING + "They discussed the urgency of a ceasefire agreement and respect for human rights.",
     {"ceasefire agreement", "human rights"}),
    # public bodies and office holders act, they are not discussed
    (MEETING + "They discussed steps the Department of Education and federal Agencies will take, and agreed to "
     "maintain consultation between their respective foreign ministers on energy security.", {"energy security"}),
    # a phrase too long with its adjectives keeps its head and complement
    (MEETING + "They reviewed their steadfast political, economic, military and humanitarian support for Ukraine.",
     {"support for Ukraine"}),    # issue 9: generic heads ("measures", "engagement", "crisis") are topics only with what they are about;
    # evaluative adjectives ("appropriate", "severe") are not part of a topic
    (MEETING + "They discussed appropriate measures, their engagement, the crisis and severe drought.",
     {"drought"}),
    # bodies that act (Congress) are no topics; "decisions", "calm" only with what they are about
    (MEETING + "They discussed the decisions and unprecedented drought.", {"drought"}),
    (MEETING + "They discussed Congress and the drought.", {"drought"}),
    # "relationship" alone says nothing, with its kind it is a topic
    (MEETING + "They discussed the relationship and the energy relationship.", {"energy relationship"}),
    # so do "ties" (like "relationship"), also with whom; a dropped adjective's "and" stays out, and so does how long
    (MEETING + "They agreed to restore consular ties and reviewed the deep and enduring ties with Chile.",
     {"consular ties", "ties with Chile"}),
    (MEETING + "They celebrated their ties for more than three decades.", set()),
    # "role" and "future" are topics with whose they are (topic-owner-heads), not with an adjective alone
    (MEETING + "They discussed Chile's role in Antarctica and the future of the fishing industry.",
     {"Chile's role in Antarctica", "future of fishing industry"}),
    (MEETING + "They discussed their pivotal role in the near future.", set()),
    # a state with a modifier of content is a topic (topic-kind-heads), "the state of X" is X's
    (MEETING + "They discussed an independent Kurdish state and the state of the economy.",
     {"independent kurdish state", "economy"}),
    (MEETING + "They discussed fishing and maritime matters.", {"fishing and maritime matters"}),
    (MEETING + "They discussed fishing quota concerns, drought relief plans and their water goals.",
     {"fishing quota concerns", "drought relief plans", "water goals"}),
    # "issues" with their kind are a topic ("regional and global issues"), alone not
    (MEETING + "They discussed issues and maritime issues.", {"maritime issues"}),
    # with the examples that follow it (topic-listing-preps, the "as" of "such as") the kind stays a topic
    (MEETING + "They also discussed farm issues including wheat and dairy.", {"farm issues", "wheat and dairy"}),
    (MEETING + "They discussed energy matters such as oil and gas.", {"energy matters", "oil and gas"}),
    # a phrase right after the object that the parser hangs on the verb is the object's
    (MEETING + "The leaders discussed their steadfast support to Moldova.", {"support to Moldova"}),
    # a proper noun after a preposition inside a capitalised name is a piece of the name, no topic
    (MEETING + "They discussed the Lima Declaration on Fisheries and Oceans and port security.",
     {"Lima Declaration", "port security"}),
    # a gerund right before its only object is part of the topic: the act is what was discussed
    (MEETING + "They talked about strengthening democracy.", {"strengthening democracy"}),
    # what a right is to stays in the topic (topic-infinitive-heads); not the object's conjuncts
    (MEETING + "Macron stressed Ukraine's right to defend itself and its citizens.",
     {"Ukraine's right to defend itself"}),
    (MEETING + "They discussed the right to strike.", {"right to strike"}),
    # a named place after a pair of nouns, which the parser hangs on the verb, is the pair's
    (MEETING + "Scholz noted the importance of security and stability across the Baltic Sea.",
     {"security and stability across Baltic Sea"}),
    # too long with its complement, a topic keeps the compound that names its kind (topicphrase.compound_kind)
    (MEETING + "They discussed a peace agreement between Israel and the Palestinian people.", {"peace agreement"}),
    # a discussion cue besides "discuss" (topic-discussion-cues) speaks of the meeting the lead reports, whoever talks
    (MEETING + "The MEPs talked to Macron about fishing rights.", {"fishing rights"}),
    # what the meeting's agreement includes (agenda-words) was on its table
    (MEETING + "The agreement includes a pledge to release political prisoners.", {"pledge", "political prisoners"}),
    # "Also discussed was X" speaks of the article's one meeting though the lead does not name it
    ("Chancellor Olaf Scholz arrived in Paris on Monday. He held talks with President Emmanuel Macron. "
     "Also discussed was budgetary support.", {"budgetary support"}),
])
def test_topics_countries_and_long_phrases(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def test_topicnouns_meeting_subject_refers_back():
    """Model-free: "The meeting" and "their talks" refer back to the article's meeting; "a meeting" and "the
    visit" (no gathering that is an event word) do not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicnouns import meeting_subject

    vocab = spacy.blank("en").vocab

    def subject(det, noun, lemma):
        doc = Doc(vocab, words=[det, noun, "focused", "on", "trade"], heads=[1, 2, 2, 2, 3],
                  deps=["det", "nsubj", "ROOT", "prep", "pobj"], pos=["DET", "NOUN", "VERB", "ADP", "NOUN"],
                  lemmas=[det.lower(), lemma, "focus", "on", "trade"])
        return meeting_subject(doc[1])

    assert subject("The", "meeting", "meeting") and subject("their", "talks", "talk")
    assert not subject("A", "meeting", "meeting") and not subject("The", "visit", "visit")
    assert not meeting_subject(None)


def test_topicnouns_meeting_introduced_in_the_lead_model_free():
    """Model-free: "An international meeting produced a treaty." as the article's first full sentence introduces
    its meeting (``introducing-determiners``); "A meeting produced a treaty." after it does not, nor does the
    title-like line without a full stop (test_topicnouns_meeting_subject_refers_back)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicnouns import meeting_subject

    vocab = spacy.blank("en").vocab
    words = ["An", "international", "meeting", "produced", "a", "treaty", "."]
    kwargs = dict(heads=[2, 2, 3, 3, 5, 3, 3], deps=["det", "amod", "nsubj", "ROOT", "det", "dobj", "punct"],
                  pos=["DET", "ADJ", "NOUN", "VERB", "DET", "NOUN", "PUNCT"],
                  lemmas=["an", "international", "meeting", "produce", "a", "treaty", "."])
    assert meeting_subject(Doc(vocab, words=words, **kwargs)[2])
    later = Doc(vocab, words=["Prices", "rose", "."] + words, heads=[1, 1, 1] + [h + 3 for h in kwargs["heads"]],
                deps=["nsubj", "ROOT", "punct"] + kwargs["deps"], pos=["NOUN", "VERB", "PUNCT"] + kwargs["pos"],
                lemmas=["price", "rise", "."] + kwargs["lemmas"])
    assert not meeting_subject(later[5])


def test_topicphrase_text_and_occurrence_heads_model_free():
    """Model-free: "the statement", "the report", "the case", "the figures" say nothing alone (stoplist ``bare``);
    "a joint statement" does."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab
    for word, lemma in (("statement", "statement"), ("report", "report"), ("case", "case"), ("fact", "fact"),
                        ("event", "event"), ("figures", "figure"), ("extension", "extension")):
        doc = Doc(vocab, words=["the", word], heads=[1, 1], deps=["det", "ROOT"], pos=["DET", "NOUN"],
                  lemmas=["the", lemma])
        assert phrase_span(doc[1]) is None, word
    doc = Doc(vocab, words=["a", "joint", "statement"], heads=[2, 2, 2], deps=["det", "amod", "ROOT"],
              pos=["DET", "ADJ", "NOUN"], lemmas=["a", "joint", "statement"])
    assert phrase_span(doc[2]) == ("joint statement", 1, 3)


def test_topicphrase_move_and_news_refer_back_model_free():
    """Model-free: "the move" and "the news" say nothing alone (stoplist ``bare``, ``through``); "a diplomatic move"
    is one."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab
    for word in ("move", "news"):
        doc = Doc(vocab, words=["the", word], heads=[1, 1], deps=["det", "ROOT"], pos=["DET", "NOUN"],
                  lemmas=["the", word])
        assert phrase_span(doc[1]) is None
    doc = Doc(vocab, words=["a", "diplomatic", "move"], heads=[2, 2, 2], deps=["det", "amod", "ROOT"],
              pos=["DET", "ADJ", "NOUN"], lemmas=["a", "diplomatic", "move"])
    assert phrase_span(doc[2]) == ("diplomatic move", 1, 3)


def test_topicphrase_partitive_heads_model_free():
    """Model-free: "a set of X", "the majority of Y", "a mix of Z" say nothing themselves (stoplist ``through``)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab
    for word in ("set", "majority", "mix", "handful"):
        doc = Doc(vocab, words=["a", word, "of", "rules"], heads=[1, 1, 1, 2], deps=["det", "ROOT", "prep", "pobj"],
                  pos=["DET", "NOUN", "ADP", "NOUN"], lemmas=["a", word, "of", "rule"])
        assert phrase_span(doc[1]) is None


def test_topics_generic_head_with_content_modifier():
    """Model-free: "security matters" is a topic (topic-kind-heads); "matters" alone and "issues of trade" are not
    (there the topic is "trade")."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["security", "matters"], heads=[1, 1], deps=["compound", "ROOT"], pos=["NOUN", "NOUN"],
              lemmas=["security", "matter"])
    assert phrase_span(doc[1]) == ("security matters", 0, 2)
    doc = Doc(vocab, words=["the", "matters"], heads=[1, 1], deps=["det", "ROOT"], pos=["DET", "NOUN"],
              lemmas=["the", "matter"])
    assert phrase_span(doc[1]) is None
    doc = Doc(vocab, words=["economic", "issues", "of", "trade"], heads=[1, 1, 1, 2],
              deps=["amod", "ROOT", "prep", "pobj"], pos=["ADJ", "NOUN", "ADP", "NOUN"],
              lemmas=["economic", "issue", "of", "trade"])
    assert phrase_span(doc[1]) is None
    # "state" too: "an independent Kurdish state" is one, "the state of the economy" is the economy's
    doc = Doc(vocab, words=["an", "independent", "Kurdish", "state"], heads=[3, 3, 3, 3],
              deps=["det", "amod", "amod", "ROOT"], pos=["DET", "ADJ", "ADJ", "NOUN"],
              lemmas=["an", "independent", "kurdish", "state"])
    assert phrase_span(doc[3]) == ("independent kurdish state", 1, 4)
    doc = Doc(vocab, words=["the", "state", "of", "the", "economy"], heads=[1, 1, 1, 4, 2],
              deps=["det", "ROOT", "prep", "det", "pobj"], pos=["DET", "NOUN", "ADP", "DET", "NOUN"],
              lemmas=["the", "state", "of", "the", "economy"])
    assert phrase_span(doc[1]) is None
    # nor do the examples a listing preposition adds ("energy issues such as oil"; listing_prep): "energy issues"
    doc = Doc(vocab, words=["energy", "issues", "such", "as", "oil"], heads=[1, 1, 1, 1, 3],
              deps=["compound", "ROOT", "amod", "prep", "pobj"], pos=["NOUN", "NOUN", "ADJ", "ADP", "NOUN"],
              lemmas=["energy", "issue", "such", "as", "oil"])
    assert phrase_span(doc[1]) == ("energy issues", 0, 2)
    doc = Doc(vocab, words=["farm", "issues", "including", "wheat"], heads=[1, 1, 1, 2],
              deps=["compound", "ROOT", "prep", "pobj"], pos=["NOUN", "NOUN", "VERB", "NOUN"],
              lemmas=["farm", "issue", "include", "wheat"])
    assert phrase_span(doc[1]) == ("farm issues", 0, 2)
    # a noun the parser labels nmod before "and" is a modifier of content too: "trade and commercial matters"
    doc = Doc(vocab, words=["trade", "and", "commercial", "matters"], heads=[3, 0, 0, 3],
              deps=["nmod", "cc", "conj", "ROOT"], pos=["NOUN", "CCONJ", "ADJ", "NOUN"],
              lemmas=["trade", "and", "commercial", "matter"])
    assert phrase_span(doc[3]) == ("trade and commercial matters", 0, 4)
    # a phrase the parser hung on the head after its own conjunct, a noun phrase of its own, is the conjunct's: "the
    # Cyprus and Kosovo issues and the cooperation between Norway and Iceland" (not "issues between Norway and …")
    words = ["the", "Cyprus", "and", "Kosovo", "issues", "and", "the", "cooperation", "between", "Norway", "and",
             "Iceland"]
    doc = Doc(vocab, words=words, heads=[4, 4, 1, 1, 4, 4, 7, 4, 4, 8, 9, 9],
              deps=["det", "nmod", "cc", "conj", "ROOT", "cc", "det", "conj", "prep", "pobj", "cc", "conj"],
              pos=["DET", "PROPN", "CCONJ", "PROPN", "NOUN", "CCONJ", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "PROPN"],
              lemmas=["the", "Cyprus", "and", "Kosovo", "issue", "and", "the", "cooperation", "between", "Norway", "and",
                      "Iceland"])
    assert phrase_span(doc[4]) == ("Cyprus and Kosovo issues", 1, 5)
    # a conjunct that shares the determiner shares the phrase: "their economic priorities and plans across X"
    doc = Doc(vocab, words=["their", "economic", "priorities", "and", "plans", "across", "regions"],
              heads=[2, 2, 2, 2, 2, 2, 5], deps=["poss", "amod", "ROOT", "cc", "conj", "prep", "pobj"],
              pos=["PRON", "ADJ", "NOUN", "CCONJ", "NOUN", "ADP", "NOUN"],
              lemmas=["their", "economic", "priority", "and", "plan", "across", "region"])
    assert phrase_span(doc[2]) is None
    # and "concerns", "plans", "goals": "fishing quota concerns" is one, "the concerns" alone is not
    doc = Doc(vocab, words=["fishing", "quota", "concerns"], heads=[1, 2, 2], deps=["compound", "compound", "ROOT"],
              pos=["NOUN", "NOUN", "NOUN"], lemmas=["fishing", "quota", "concern"])
    assert phrase_span(doc[2]) == ("fishing quota concerns", 0, 3)
    doc = Doc(vocab, words=["the", "concerns"], heads=[1, 1], deps=["det", "ROOT"], pos=["DET", "NOUN"],
              lemmas=["the", "concern"])
    assert phrase_span(doc[1]) is None


def test_topics_phrase_span_generic_head_needs_complement():
    """Model-free: "appropriate measures" is no topic (bare head, adjective dropped); "crisis of confidence" is."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["appropriate", "measures"], heads=[1, 1], deps=["amod", "ROOT"],
              pos=["ADJ", "NOUN"], lemmas=["appropriate", "measure"])
    assert phrase_span(doc[1]) is None
    doc = Doc(vocab, words=["crisis", "of", "confidence"], heads=[0, 0, 1], deps=["ROOT", "prep", "pobj"],
              pos=["NOUN", "ADP", "NOUN"], lemmas=["crisis", "of", "confidence"])
    assert phrase_span(doc[0]) is not None


def test_topicnouns_gerund_before_its_object():
    """Model-free: "about strengthening democracy" gives the gerund; "strengthening democracy abroad" none."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicnouns import gerund

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["about", "strengthening", "democracy"], heads=[0, 0, 1], deps=["ROOT", "pcomp", "dobj"],
              pos=["ADP", "VERB", "NOUN"], tags=["IN", "VBG", "NN"])
    assert gerund(doc[2]) == doc[1]
    doc = Doc(vocab, words=["about", "strengthening", "democracy", "abroad"], heads=[0, 0, 1, 1],
              deps=["ROOT", "pcomp", "dobj", "advmod"], pos=["ADP", "VERB", "NOUN", "ADV"], tags=["IN", "VBG", "NN", "RB"])
    assert gerund(doc[2]) is None


def test_topics_phrase_span_takes_verb_phrase_after_object():
    """Model-free: in "discussed support to Moldova" parsed with "to" on the verb, the topic is "support to Moldova"."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["discussed", "support", "to", "Moldova"], heads=[0, 0, 0, 2],
              deps=["ROOT", "dobj", "prep", "pobj"], pos=["VERB", "NOUN", "ADP", "PROPN"],
              lemmas=["discuss", "support", "to", "Moldova"], ents=["O", "O", "O", "B-GPE"])
    assert phrase_span(doc[1]) == ("support to Moldova", 1, 4)


@pytest.mark.parametrize("text, expected", [
    # talks that name no participant still have topics: what a discussion cue says in a sentence naming them
    ("Peace talks between the government and the rebels, aimed at ending the border conflict, resumed in Geneva "
     "on Monday.", {"border conflict"}),
    ("Talks on fishing quotas resumed in Oslo on Tuesday.", {"fishing quotas"}),
    # other cues report what someone did, not what the talks were about; a point in time names no talks
    # (the kind of talks is what they were about when nothing else says it: "peace talks", see
    # test_topics_kind_of_talks)
    ("Peace talks resumed in Geneva on Monday. The rebels praised the new constitution.", {"peace talks"}),
    ("After the talks, the rebels praised the new constitution.", set()),
    # planned talks naming no one: what is on their agenda, and what a mention of the same talks will discuss
    ("The Nordic Council summit will open in Oslo next week. The summit agenda includes discussions on how to "
     "cut fishing quotas.", {"fishing quotas"}),
    ("Fishery talks opened in Oslo on Monday. The delegations will meet again at the talks on Friday to discuss "
     "salmon exports.", {"salmon exports"}),
    # the talks as the subject of a verb with an object, not where or when they open
    ("Peace talks opened in Geneva on Monday. The talks may lay the groundwork for a lasting ceasefire.",
     {"lasting ceasefire"}),
    ("Peace talks, organised by the Geneva Peace Forum, opened on Monday in the lakeside city of Montreux.",
     {"peace talks"}),
    # a meeting the lead sentence introduces ("An international meeting …") as the subject of a verb with an object;
    # not a meeting introduced after the lead
    ("An international meeting in Oslo has produced a draft agreement on fishing quotas.",
     {"draft agreement on fishing quotas"}),
    ("A summit of Nordic leaders in Oslo adopted a plan to protect the cod stocks.", {"cod stocks"}),
    ("Peace talks resumed in Geneva on Monday. A meeting of farmers produced a list of demands on grain prices.",
     {"peace talks"}),
    # what the group did, in an article that reports the talks from its lead; not words in a clause of the group
    ("The Nordic Council summit opened in Oslo on Monday. Leaders discussed fishing quotas and salmon exports.",
     {"fishing quotas", "salmon exports"}),
    ("The Nordic Council summit opened in Oslo on Monday. The opinions expressed by participants varied.", set()),
    # a meeting verb's purpose ("met to discuss X") in an article whose talks name no participant: their topic
    ("Peace talks between the two militias resumed in Geneva on Monday. The regional council met on Tuesday to "
     "discuss the wording of the ceasefire.", {"wording of ceasefire"}),
    ("A summit of African leaders opened in Addis Ababa on Monday. The finance minister will meet donors on Tuesday "
     "to discuss the food crisis.", {"food crisis"}),
    # a named person's discussion with no meeting in its sentence is his own
    ("Talks between the two militias resumed in Geneva on Monday. Senator John Smith discussed the new "
     "tariffs on steel imports.", set()),
    # a held face-to-face meeting "to discuss X" is talks of its own in an article with no gathering noun; not a
    # planned one, nor a talk with reporters
    ("On Monday, fisheries officials of the two countries met in Bergen to discuss salmon quotas.", {"salmon quotas"}),
    ("Fisheries officials of the two countries met at a forum in Bergen, where they discussed salmon quotas.",
     {"salmon quotas"}),
    ("Officials of the two ministries will meet in Oslo next week to discuss fishing quotas.", set()),
    ("Union leaders spoke with reporters on Monday to discuss the strike.", set()),
])
def test_topics_of_talks_naming_no_one(facts_of, text, expected):
    facts = facts_of(text)
    assert topics(facts) == expected
    assert all(not e.participants for e in facts.events)
    assert all(p.sources for p in facts.political_events)  # the talks give no CONSULT without sources


def test_topics_of_planned_meeting_only(facts_of):
    """An article about a meeting still to come: what it will discuss is its topic."""
    facts = facts_of("Chancellor Olaf Scholz will meet President Emmanuel Macron in Paris next week. The two leaders "
                     "will discuss energy prices.")
    assert [e.kind for e in facts.events] == ["intent"] and topics(facts) == {"energy prices"}


def test_topics_of_talks_one_person_joined(facts_of):
    """An article whose one event is a person present at the talks: every mention of the talks is that event's."""
    facts = facts_of("Peace talks between the government and the rebels, aimed at ending the border conflict, "
                     "ended in Geneva on Monday. President Cyril Ramaphosa was also present at the talks.")
    assert [p.name for e in facts.events for p in e.participants] == ["Cyril Ramaphosa"]
    assert topics(facts) == {"border conflict"}


@pytest.mark.parametrize("text, expected", [
    # a negated cue discussed nothing; the source a report is attributed to is no topic
    ("They never discussed the fishing quotas. They discussed energy prices.", {"energy prices"}),
    ("The two leaders do not intend to discuss the border dispute.", set()),
    ("According to the Nordic Daily Herald, the two leaders discussed energy prices.", {"energy prices"}),
    ("The two leaders also discussed energy prices, according to a statement from the French foreign ministry.",
     {"energy prices"}),
    ("They signed a memorandum on border patrols, according to a report by the national news agency.",
     {"memorandum on border patrols"}),
    # what a verb calls its object, or the object of its preposition, characterises it: no topic
    ("Scholz referred to Macron as a champion of democracy.", set()),
    ("The leaders labelled the fishing dispute as one of the worst crises in Europe.", {"fishing dispute"}),
    ("Macron raised corruption as his main concern.", {"corruption"}),
    # a list that "such as" opens is no characterisation
    ("The leaders discussed threats such as cyber attacks.", {"cyber attacks"}),
])
def test_topics_negated_cues_and_sources(facts_of, text, expected):
    assert topics(facts_of(MEETING + text)) == expected


def test_topics_cue_negation_and_report_source_model_free():
    """Model-free: "according to the newspaper" marks the newspaper as no topic (``topic-according-to``), and
    "never discussed" is a negated cue."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.rulematch import rule_marks
    from kg.extract.triggers import negated

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["according", "to", "the", "newspaper", "they", "never", "discussed", "trade"],
              heads=[6, 0, 3, 1, 6, 6, 6, 6], deps=["prep", "prep", "det", "pobj", "nsubj", "neg", "ROOT", "dobj"],
              pos=["VERB", "ADP", "DET", "NOUN", "PRON", "ADV", "VERB", "NOUN"],
              lemmas=["accord", "to", "the", "newspaper", "they", "never", "discuss", "trade"])
    marks = rule_marks(doc)
    assert marks.rule("topic-setting", 3) == "topic-according-to" and not marks.has("topic-setting", 7)
    assert negated(doc[6])
    inner = Doc(vocab, words=["according", "to", "a", "statement", "from", "the", "ministry"], heads=[0, 0, 3, 1, 3, 6, 4],
                deps=["ROOT", "prep", "det", "pobj", "prep", "det", "pobj"],
                pos=["VERB", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN"])
    assert rule_marks(inner).rule("topic-setting", 6) == "topic-according-to"  # every noun under it


def test_topics_phrase_span_keeps_common_noun_complement():
    """Model-free: "engagement with regional countries" keeps its complement (``topic-complement-preps``; a
    stop-listed place word made specific by its adjective); "partnership on issues" does not (a generic word)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["diplomatic", "engagement", "with", "regional", "countries"], heads=[1, 1, 1, 4, 2],
              deps=["amod", "ROOT", "prep", "amod", "pobj"], pos=["ADJ", "NOUN", "ADP", "ADJ", "NOUN"],
              lemmas=["diplomatic", "engagement", "with", "regional", "country"])
    assert phrase_span(doc[1]) == ("diplomatic engagement with regional countries", 0, 5)
    doc = Doc(vocab, words=["trade", "partnership", "on", "issues"], heads=[1, 1, 1, 2],
              deps=["compound", "ROOT", "prep", "pobj"], pos=["NOUN", "NOUN", "ADP", "NOUN"],
              lemmas=["trade", "partnership", "on", "issue"])
    assert phrase_span(doc[1]) == ("trade partnership", 0, 2)


@pytest.mark.parametrize("text, expected", [
    ("They agreed on maritime cooperation with fishing communities.", {"maritime cooperation with fishing communities"}),
    ("The leaders discussed diplomatic engagement with neighbouring countries.",
     {"diplomatic engagement with neighbouring countries"}),
    ("They discussed the joint campaign against drug trafficking.", {"joint campaign against drug trafficking"}),
    # a bare head ("interests") is not made a topic by such a phrase: what it is about stays the topic
    ("They discussed their interests against cyber attacks.", {"cyber attacks"}),
    ("They discussed trade partnership on issues of mutual interest.", {"trade partnership"}),
])
def test_topics_keep_a_common_noun_complement(facts_of, text, expected):
    assert topics(facts_of(MEETING + text)) == expected


@pytest.mark.parametrize("text, expected", [
    # other talks are a topic with what makes them specific, never alone (stoplist "talks": bare)
    ("They discussed the stalled peace talks between Armenia and Azerbaijan.", {"talks between Armenia and Azerbaijan"}),
    ("They discussed the upcoming talks in Geneva.", {"upcoming talks in Geneva"}),
    ("They discussed the talks and port security.", {"port security"}),
])
def test_topics_other_talks_with_their_kind(facts_of, text, expected):
    assert topics(facts_of(MEETING + text)) == expected


def test_topics_phrase_span_talks_need_a_kind():
    """Model-free: "talks" alone and "intensive talks" (a manner adjective, stoplist ``adj``) are no topic;
    "trade talks" is."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["intensive", "talks", "and", "trade", "talks"], heads=[1, 1, 1, 4, 1],
              deps=["amod", "ROOT", "cc", "compound", "conj"], pos=["ADJ", "NOUN", "CCONJ", "NOUN", "NOUN"],
              lemmas=["intensive", "talk", "and", "trade", "talk"])
    assert phrase_span(doc[1]) is None
    assert phrase_span(doc[4]) == ("trade talks", 3, 5)


@pytest.mark.parametrize("text, expected", [
    # a passive cue: its subject is what was discussed ("X were discussed"), not what else the clause says
    ("Energy prices and port security were discussed at length.", {"energy prices", "port security"}),
    # a passive subject that acts (a group, a country) stays who speaks: what they agreed is the topic
    ("The two countries are agreed that port security needs funds.", {"port security"}),
])
def test_topics_passive_cue_subject(facts_of, text, expected):
    assert topics(facts_of(MEETING + text)) == expected


def test_topicnouns_passive_subject_model_free():
    """Model-free: "Trade was discussed" has "Trade" as passive subject; "They discussed trade" has none."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicnouns import passive_subject

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Trade", "was", "discussed"], heads=[2, 2, 2], deps=["nsubjpass", "auxpass", "ROOT"],
              pos=["NOUN", "AUX", "VERB"], lemmas=["trade", "be", "discuss"])
    assert passive_subject(doc[2]).text == "Trade"
    doc = Doc(vocab, words=["They", "discussed", "trade"], heads=[1, 1, 1], deps=["nsubj", "ROOT", "dobj"],
              pos=["PRON", "VERB", "NOUN"], lemmas=["they", "discuss", "trade"])
    assert passive_subject(doc[1]) is None
    doc = Doc(vocab, words=["Also", "discussed", "were", "piracy", "and", "trade"], heads=[1, 1, 1, 2, 3, 3],
              deps=["advmod", "ROOT", "auxpass", "attr", "cc", "conj"], pos=["ADV", "VERB", "AUX", "NOUN", "CCONJ", "NOUN"],
              lemmas=["also", "discuss", "be", "piracy", "and", "trade"])
    assert passive_subject(doc[1]).text == "piracy"  # "Also discussed were X": the inverted passive's subject


@pytest.mark.parametrize("text, expected", [
    # "be" with a topic word (topic-copula-* patterns): what is on the agenda is the topic
    ("Border security was high on the agenda.", {"border security"}),
    ("Among the topics discussed were water sharing and fishing quotas.", {"water sharing", "fishing quotas"}),
    ("The main topic of the meeting was water sharing.", {"water sharing"}),
    # gathering verbs of topic_cues.tsv: centred on, dealt with
    ("Their meeting centred on water sharing.", {"water sharing"}),
    ("Their talks dealt with water sharing.", {"water sharing"}),
    # touched on (c-touch), with a discussion as the gathering; "such issues as X" are X
    ("Their discussion touched on such issues as water sharing and fishing quotas.",
     {"water sharing", "fishing quotas"}),
    # an inverted passive: what the auxiliary governs was discussed too
    ("Also discussed were piracy, fishing quotas and port fees.", {"piracy", "fishing quotas", "port fees"}),
    # the purpose of a gathering (topic-copula-purpose): what it is to do; not someone's own aim
    ("The aim of the talks was to finalise a treaty on fishing quotas.", {"treaty on fishing quotas"}),
    ("His aim is to win the election.", set()),
    # a verb whose subject is the topic when it governs a meeting noun (verb-subject cues): came up, dominated,
    # featured; not what dominated something else
    ("Fishing rights came up during the talks.", {"fishing rights"}),
    ("Water sharing dominated the talks.", {"water sharing"}),
    ("Border security featured prominently in their discussions.", {"border security"}),
    ("The issue of piracy came up during the minister's speech.", {"piracy"}),
    ("Scholz's party dominated the election.", set()),
    # "the discussions were aimed at X": the discussions are the meeting, not its topic (topic-talk-subjects)
    ("The discussions were aimed at ending the fishing dispute.", {"fishing dispute"}),
    # a noun that makes the topic word a topic of its own, or someone's words, is no agenda
    ("The border issue is the main difference between the two countries, he added.", set()),
])
def test_topics_on_the_agenda(facts_of, text, expected):
    assert topics(facts_of(MEETING + text)) == expected


def test_topicnouns_copula_cue_model_free():
    """Model-free: "Border security was high on the agenda": "was" is a cue whose argument without the topic
    word (the subject) holds the topic; "Border security was high" is none."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicnouns import copula_arguments, copula_cue

    vocab = spacy.blank("en").vocab
    words = ["Border", "security", "was", "high", "on", "the", "agenda"]
    doc = Doc(vocab, words=words, heads=[1, 2, 2, 2, 2, 6, 4],
              deps=["compound", "nsubj", "ROOT", "acomp", "prep", "det", "pobj"],
              pos=["NOUN", "NOUN", "AUX", "ADJ", "ADP", "DET", "NOUN"],
              lemmas=["border", "security", "be", "high", "on", "the", "agenda"])
    assert copula_cue(doc[2]) and [t.text for t in copula_arguments(doc[2])] == ["security"]
    doc = Doc(vocab, words=words[:4], heads=[1, 2, 2, 2], deps=["compound", "nsubj", "ROOT", "acomp"],
              pos=["NOUN", "NOUN", "AUX", "ADJ"], lemmas=["border", "security", "be", "high"])
    assert not copula_cue(doc[2])


def test_topics_capitalised_title_is_no_topic(facts_of):
    """An office holder named by a capitalised title ("the US President") acts, he is not discussed."""
    assert topics(facts_of(MEETING + "They discussed the US President and the drought.")) == {"drought"}


def test_topicfilter_actors_singular_proper_title_model_free():
    """Model-free: "US President" (NNP) is an office holder; "US trade" is not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicfilter import actors

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["US", "President", "US", "trade"], heads=[1, 1, 3, 3],
              deps=["compound", "ROOT", "compound", "ROOT"], pos=["PROPN", "PROPN", "PROPN", "NOUN"],
              tags=["NNP", "NNP", "NNP", "NN"], lemmas=["US", "President", "US", "trade"])
    assert actors("US President", doc[1]) and not actors("US trade", doc[3])


@pytest.mark.parametrize("text, expected", [
    # the parties after "between" are who is involved, no topic of their own; they stay in a longer topic
    ("Talks aimed at negotiating peace between fishermen and farmers resumed in Mombasa on Monday.",
     {"negotiating peace"}),  # "peace" alone is what the talks aim at (topic-alone-heads); the parties are none
    ("Talks aimed at ending the dispute between fishermen and farmers resumed in Mombasa on Monday.",
     {"dispute between fishermen and farmers"}),
    # nor after a meeting noun's "over" phrase, in a list of three
    ("Talks between the two sides broke down over grain trade between Kenya, Uganda and Tanzania.", {"grain trade"}),
])
def test_topics_parties_after_between(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


@pytest.mark.parametrize("words, heads, deps, pos, expected", [
    # both parties of "between the government and the rebels"
    (["talks", "between", "the", "government", "and", "the", "rebels"], [0, 0, 3, 1, 3, 6, 3],
     ["ROOT", "prep", "det", "pobj", "cc", "det", "conj"], ["NOUN", "ADP", "DET", "NOUN", "CCONJ", "DET", "NOUN"],
     {3: "topic-between-party", 6: "topic-between-party-conj"}),
    # a list of three: "between farmers, fishermen and miners" (the parser hangs the third on the second)
    (["talks", "between", "farmers", ",", "fishermen", "and", "miners"], [0, 0, 1, 2, 2, 4, 4],
     ["ROOT", "prep", "pobj", "punct", "conj", "cc", "conj"], ["NOUN", "ADP", "NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN"],
     {2: "topic-between-party", 4: "topic-between-party-conj", 6: "topic-between-party-conj2"}),
])
def test_rulematch_between_parties_model_free(words, heads, deps, pos, expected):
    """Model-free: the parties after "between" are marked (``topic-between-party*``), the talks are not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.rulematch import rule_marks

    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos)
    marks = rule_marks(doc)
    assert {i: marks.rule("between-party", i) for i in range(len(doc)) if marks.has("between-party", i)} == expected


def test_topics_pair_of_one_noun_twice_is_no_pair():
    """Model-free: "the reforms …, and reform to …" is no pair of two nouns sharing a modifier ("peace and
    stability" is one)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topics import _pair

    vocab = spacy.blank("en").vocab
    for second, lemma, expected in (("reform", "reform", None), ("stability", "stability", "peace and stability")):
        first = "reforms" if lemma == "reform" else "peace"
        doc = Doc(vocab, words=["discussed", first, "and", second], heads=[0, 0, 1, 1],
                  deps=["ROOT", "dobj", "cc", "conj"], pos=["VERB", "NOUN", "CCONJ", "NOUN"],
                  lemmas=["discuss", "reform" if lemma == "reform" else "peace", "and", lemma])
        found = _pair(doc[1])
        assert (found[0] if found else None) == expected


@pytest.mark.parametrize("text, expected", [
    # a readout's "convening" is a gathering; a verb that reports it says what talks naming no one were about
    ("The Administration convened county officials on Monday to discuss rural broadband and water infrastructure. "
     "At the convening, mayors from Kansas and Iowa described local projects.",
     {"rural broadband", "water infrastructure"}),
    # the places and bodies unnamed participants come from say who took part (topic-group-origin)
    ("Yesterday, Priya Raman and Omar Castillo hosted a convening at the White House. This convening provided an "
     "opportunity to hear from representatives from Tulsa, Dayton and Boise on their efforts to expand drought "
     "relief.", {"drought relief"}),
    ("Yesterday, Priya Raman and Omar Castillo hosted a convening at the White House. This convening provided an "
     "opportunity to hear from leaders from the National Farmers Union and the Texas Water Board on drought "
     "relief.", {"drought relief"}),
])
def test_topics_of_convenings(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def test_rulematch_group_origin_model_free():
    """Model-free: a place under "experts from …" is marked (``topic-group-origin``), one under "imports from …"
    is not."""
    import spacy
    from spacy.tokens import Doc, Span

    from kg.extract.rulematch import rule_marks

    vocab = spacy.blank("en").vocab
    for noun, marked in (("experts", True), ("owners", True), ("imports", False)):
        doc = Doc(vocab, words=["they", "heard", noun, "from", "Ghana"], heads=[1, 1, 1, 2, 3],
                  deps=["nsubj", "ROOT", "dobj", "prep", "pobj"], pos=["PRON", "VERB", "NOUN", "ADP", "PROPN"],
                  lemmas=["they", "hear", noun, "from", "Ghana"])
        doc.ents = [Span(doc, 4, 5, label="GPE")]
        marks = rule_marks(doc)
        assert marks.has("topic-setting", 4) is marked
        assert not marked or marks.rule("topic-setting", 4) == "topic-group-origin"


def test_topics_pair_with_a_generic_head_is_no_pair():
    """Model-free: "the right and ability" is no pair ("ability" looks through to what it is about: topic_stoplist.tsv);
    "peace and stability" is one; a bare "potential" or "perspective" is no topic, "voting rights" is."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span
    from kg.extract.topics import _pair

    vocab = spacy.blank("en").vocab
    for first, second, expected in (("right", "ability", None), ("peace", "stability", "peace and stability")):
        doc = Doc(vocab, words=["discussed", first, "and", second], heads=[0, 0, 1, 1],
                  deps=["ROOT", "dobj", "cc", "conj"], pos=["VERB", "NOUN", "CCONJ", "NOUN"],
                  lemmas=["discuss", first, "and", second])
        found = _pair(doc[1])
        assert (found[0] if found else None) == expected
    for words, lemmas, deps, expected in ((["potential"], ["potential"], ["ROOT"], None),
                                          (["perspective"], ["perspective"], ["ROOT"], None),
                                          (["voting", "rights"], ["voting", "right"], ["compound", "ROOT"],
                                           "voting rights")):
        doc = Doc(vocab, words=words, heads=[len(words) - 1] * len(words), deps=deps, pos=["NOUN"] * len(words),
                  lemmas=lemmas)
        found = phrase_span(doc[len(words) - 1])
        assert (found[0] if found else None) == expected


def test_topicphrase_generic_object_keeps_its_owner():
    """Model-free: "support for the people of Peru who …" keeps "of Peru" (the object "people" is stop-listed: drop)
    and leaves the clause out; "support for farmers in Peru" keeps no "in" phrase of a plain object."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab
    words = ["support", "for", "the", "people", "of", "Peru", "who", "suffer"]
    doc = Doc(vocab, words=words, heads=[0, 0, 3, 1, 3, 4, 7, 5], deps=["ROOT", "prep", "det", "pobj", "prep", "pobj",
              "nsubj", "relcl"], pos=["NOUN", "ADP", "DET", "NOUN", "ADP", "PROPN", "PRON", "VERB"],
              lemmas=["support", "for", "the", "people", "of", "Peru", "who", "suffer"])
    assert phrase_span(doc[0]) == ("support for people of Peru", 0, 6)
    doc = Doc(vocab, words=["support", "for", "farmers", "in", "Peru"], heads=[0, 0, 1, 2, 3],
              deps=["ROOT", "prep", "pobj", "prep", "pobj"], pos=["NOUN", "ADP", "NOUN", "ADP", "PROPN"],
              lemmas=["support", "for", "farmer", "in", "Peru"])
    assert phrase_span(doc[0]) == ("support for farmers", 0, 3)


def test_topics_object_after_partner_model_free():
    """Model-free: in "discussed with the minister our cooperation", the parser's apposition "cooperation" of the
    partner is the verb's object; a title in apposition ("with Ruiz, the minister") is not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topics import object_after_partner

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["discussed", "with", "the", "Minister", "our", "cooperation"], heads=[0, 0, 3, 1, 5, 3],
              deps=["ROOT", "prep", "det", "pobj", "poss", "appos"], pos=["VERB", "ADP", "DET", "PROPN", "PRON", "NOUN"])
    assert object_after_partner(doc[0], doc[5])
    doc = Doc(vocab, words=["discussed", "with", "Ruiz", "the", "Minister"], heads=[0, 0, 1, 4, 2],
              deps=["ROOT", "prep", "pobj", "det", "appos"], pos=["VERB", "ADP", "PROPN", "DET", "PROPN"])
    assert not object_after_partner(doc[0], doc[4])


def test_topics_acronym_name_model_free():
    """Model-free: "the Southern Energy Pact (SEP)" is "Southern Energy Pact"; a name over six words is its acronym; an
    acronym that the initials do not spell, or of two letters, is no name's."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topics import acronym_name

    vocab = spacy.blank("en").vocab
    words = ["the", "Organization", "for", "Security", "and", "Cooperation", "in", "Europe", "(", "OSCE", ")"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 2, 3, 3, 1, 6, 9, 1, 9],
              deps=["det", "ROOT", "prep", "pobj", "cc", "conj", "prep", "pobj", "punct", "appos", "punct"],
              pos=["DET", "PROPN", "ADP", "PROPN", "CCONJ", "PROPN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT"])
    assert acronym_name(doc[1]) == ("OSCE", 1, 11)
    doc = Doc(vocab, words=["the", "Energy", "Pact", "(", "EPA", ")"], heads=[2, 2, 2, 4, 2, 4],
              deps=["det", "compound", "ROOT", "punct", "appos", "punct"],
              pos=["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT"])
    assert acronym_name(doc[2]) is None
    doc = Doc(vocab, words=["the", "Energy", "Pact", "(", "EP", ")"], heads=[2, 2, 2, 4, 2, 4],
              deps=["det", "compound", "ROOT", "punct", "appos", "punct"],
              pos=["DET", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT"])
    assert acronym_name(doc[2]) is None  # two letters: too short to tell from initials by chance
    doc = Doc(vocab, words=["the", "Southern", "Energy", "Pact", "(", "SEP", ")"], heads=[3, 3, 3, 3, 5, 3, 5],
              deps=["det", "compound", "compound", "ROOT", "punct", "appos", "punct"],
              pos=["DET", "PROPN", "PROPN", "PROPN", "PUNCT", "PROPN", "PUNCT"])
    assert acronym_name(doc[3]) == ("Southern Energy Pact", 1, 7)


def test_topics_dated_places_model_free():
    """Model-free: the place of a date under the verb ("convened them on May 9 in Tucson") is a setting; a place
    the verb's object governs ("the drought in Arizona") is not."""
    import spacy
    from spacy.tokens import Doc, Span

    from kg.extract.topicskip import dated_places

    vocab = spacy.blank("en").vocab
    preps = frozenset({"in", "at"})
    doc = Doc(vocab, words=["she", "convened", "them", "on", "May", "9", "in", "Tucson"], heads=[1, 1, 1, 1, 3, 4, 4, 6],
              deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "nummod", "prep", "pobj"],
              pos=["PRON", "VERB", "PRON", "ADP", "PROPN", "NUM", "ADP", "PROPN"])
    doc.ents = [Span(doc, 4, 6, label="DATE"), Span(doc, 7, 8, label="GPE")]
    assert dated_places(doc[1], preps) == {6, 7}
    doc = Doc(vocab, words=["they", "discussed", "the", "drought", "in", "Arizona"], heads=[1, 1, 3, 1, 3, 4],
              deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj"], pos=["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN"])
    doc.ents = [Span(doc, 5, 6, label="GPE")]
    assert dated_places(doc[1], preps) == set()


def test_topicfilter_own_region_model_free():
    """Model-free: a US state is the participants' own country's in a US readout, a Canadian province in a Canadian
    one; neither is theirs when they come from elsewhere."""
    from kg.extract.topicfilter import own_region

    assert own_region("arizona", {"US"}) and own_region("manitoba", {"CA", "US"})
    assert not own_region("arizona", {"MX"}) and not own_region("manitoba", {"US"})
    assert not own_region("gaza", {"US", "IL"})


def test_unnamed_talks_gathering_words_model_free():
    """Model-free: "convening" is a gathering noun and "convened" a verb that reports the gathering."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.unnamed_talks import gathering_mentions, gathering_verbs

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["officials", "convened", "mayors", "at", "the", "convening"], heads=[1, 1, 1, 1, 5, 3],
              deps=["nsubj", "ROOT", "dobj", "prep", "det", "pobj"], pos=["NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN"],
              lemmas=["official", "convene", "mayor", "at", "the", "convening"])
    assert [t.i for t in gathering_mentions(doc)] == [5]
    assert [t.i for t in gathering_verbs(doc)] == [1]


def test_topics_roster_is_no_topic(facts_of):
    """Who took part ("Participants included educators, …, survivors who …") is no topic (topic-roster-include)."""
    facts = facts_of("On May 2, the Office of Public Engagement hosted 40 county officials from across Kansas as part "
                     "of its Rural Voices event series. During the half-day meeting, senior officials highlighted the "
                     "impacts of the Farm Relief Act. Administration officials included Secretary of Agriculture "
                     "Priya Raman and Senior Advisor Omar Castillo. Participants included county officials, tribal "
                     "elders, educators, union leaders, environmental experts, and flood survivors who work to "
                     "leverage new investments from the Governor's Rebuild Kansas agenda.")
    assert topics(facts) == {"impacts of Farm Relief Act"}


def test_rulematch_roster_include_model_free():
    """Model-free: what "Participants included …" lists is marked (``topic-roster-include``), what "The agenda
    included …" lists is not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.rulematch import rule_marks

    vocab = spacy.blank("en").vocab
    for subject, marked in (("Participants", True), ("agenda", False)):
        doc = Doc(vocab, words=[subject, "included", "educators", "and", "experts"], heads=[1, 1, 1, 2, 2],
                  deps=["nsubj", "ROOT", "dobj", "cc", "conj"], pos=["NOUN", "VERB", "NOUN", "CCONJ", "NOUN"],
                  lemmas=[subject.lower(), "include", "educator", "and", "expert"])
        marks = rule_marks(doc)
        assert [marks.has("topic-setting", i) for i in (2, 4)] == [marked, marked]
        assert not marked or marks.rule("topic-setting", 4) == "topic-roster-include"


def test_topicnouns_discussion_touched_on_model_free():
    """Model-free: "Their discussion touched on such issues as X": "their discussion" is the meeting
    (topic-talk-subjects), "touch on" a cue (c-touch), and "such issues" no topic of its own (a-such)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract import topiccues as topic_rules
    from kg.extract.topicnouns import meeting_subject
    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Their", "discussion", "touched", "on", "such", "issues"], heads=[1, 2, 2, 2, 5, 3],
              deps=["poss", "nsubj", "ROOT", "prep", "amod", "pobj"], pos=["PRON", "NOUN", "VERB", "ADP", "ADJ", "NOUN"],
              lemmas=["their", "discussion", "touch", "on", "such", "issue"])
    assert meeting_subject(doc[1])
    assert topic_rules.cue(doc[2])["id"] == "c-touch"
    assert phrase_span(doc[5]) is None


def test_topicnouns_subject_cue_model_free():
    """Model-free: "Trade came up during the talks": the verb-subject cue c-come-up governs a meeting noun;
    "Trade came up during the election" governs none."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicevents import passive_topic
    from kg.extract.topicnouns import subject_cue

    vocab = spacy.blank("en").vocab
    words, lemmas = ["Trade", "came", "up", "during", "the", "talks"], ["trade", "come", "up", "during", "the", "talk"]
    kwargs = dict(heads=[1, 1, 1, 1, 5, 3], deps=["nsubj", "ROOT", "prt", "prep", "det", "pobj"],
                  pos=["NOUN", "VERB", "ADP", "ADP", "DET", "NOUN"])
    doc = Doc(vocab, words=words, lemmas=lemmas, **kwargs)
    assert subject_cue(doc[1]) and passive_topic(doc[1]).text == "Trade"
    doc = Doc(vocab, words=words[:5] + ["election"], lemmas=lemmas[:5] + ["election"], **kwargs)
    assert not subject_cue(doc[1]) and passive_topic(doc[1]) is None


def test_topics_acts_of_motion_and_ceremony_are_no_topics(facts_of):
    """What participants do that is no talk (not-topic-verbs: strolled, planted, …) gives no topic."""
    text = ("The two leaders strolled amid tight security to the old cathedral and planted trees in the Peace Garden. "
            "The leaders stressed trade.")
    assert topics(facts_of(MEETING + text)) == {"trade"}


@pytest.mark.parametrize("text", [
    # leading, paying and handing over say nothing of what was discussed (not-topic-verbs: lead, pay, deliver)
    "Scholz paid homage to the fallen sailors of the Baltic fleet and led a delegation of vintners to the harvest fair "
    "in Lunebrook. Macron delivered a consignment of wheat to the port of Velmaris.",
    # a reply is someone's words, as "said" is (not-topic-verbs: answer, reply, respond)
    "When asked about their favourite films, Scholz answered that his family and his garden came first. "
    "Macron replied that his daily commute was his toughest challenge.",
    # a person a common noun names is no topic (stoplist drop: "wife", "executive", "sympathizer", …)
    "Scholz praised his wife and a former executive of the port, and thanked the sympathizers of his party.",
    # duration and posture say nothing of what was discussed (not-topic-verbs: last, sit, head)
    "The session lasted two hours before Macron left for the embassy in Lunebrook. "
    "Scholz sat in a green armchair and headed to the harbour festival.",
    # a trip a participant's verb governs is what he does (topic-trip-nouns: tour, trip, journey, visit)
    "Scholz later continued his four-day tour of the northern provinces. Macron ended his trip to Lunebrook on Friday.",
])
def test_topics_replies_and_persons_are_no_topics(facts_of, text):
    assert topics(facts_of(MEETING + text + " The leaders stressed trade.")) == {"trade"}


def test_topicphrase_persons_named_by_common_nouns_model_free():
    """Model-free: "his wife", "a former executive" name persons, no topic (stoplist drop); "a former treaty" is one."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["his", "wife"], heads=[1, 1], deps=["poss", "ROOT"], pos=["PRON", "NOUN"],
              lemmas=["his", "wife"])
    assert phrase_span(doc[1]) is None
    for word, expected in (("executive", None), ("treaty", ("former treaty", 1, 3))):
        doc = Doc(vocab, words=["a", "former", word], heads=[2, 2, 2], deps=["det", "amod", "ROOT"],
                  pos=["DET", "ADJ", "NOUN"], lemmas=["a", "former", word])
        assert phrase_span(doc[2]) == expected


def test_topics_not_topic_verb_is_no_broad_cue_model_free():
    """Model-free: "The leaders strolled to the cathedral" is no participant-verb cue; "The leaders praised the
    cathedral" is."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract import topiccues as topic_rules

    vocab = spacy.blank("en").vocab
    for verb, lemma, cue in (("strolled", "stroll", False), ("praised", "praise", True), ("answered", "answer", False),
                             ("replied", "reply", False), ("led", "lead", False), ("paid", "pay", False),
                             ("delivered", "deliver", False), ("comprised", "comprise", False)):
        doc = Doc(vocab, words=["The", "leaders", verb, "the", "cathedral"], heads=[1, 2, 2, 4, 2],
                  deps=["det", "nsubj", "ROOT", "det", "dobj"], pos=["DET", "NOUN", "VERB", "DET", "NOUN"],
                  lemmas=["the", "leader", lemma, "the", "cathedral"])
        assert (topic_rules.cue(doc[2]) is not None) == cue


def test_topicnouns_purpose_of_gathering_model_free():
    """Model-free: "The aim of the talks is to end the war": "is" is a copula cue whose infinitive holds the topic;
    "The aim of the party is to end the war" is no cue (no gathering)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicnouns import copula_arguments, copula_cue

    vocab = spacy.blank("en").vocab
    words = ["The", "aim", "of", "the", "talks", "is", "to", "end", "the", "war"]
    lemmas = ["the", "aim", "of", "the", "talk", "be", "to", "end", "the", "war"]
    kwargs = dict(heads=[1, 5, 1, 4, 2, 5, 7, 5, 9, 7], deps=["det", "nsubj", "prep", "det", "pobj", "ROOT", "aux",
                                                             "xcomp", "det", "dobj"],
                  pos=["DET", "NOUN", "ADP", "DET", "NOUN", "AUX", "PART", "VERB", "DET", "NOUN"])
    doc = Doc(vocab, words=words, lemmas=lemmas, **kwargs)
    assert copula_cue(doc[5]) and [a.text for a in copula_arguments(doc[5])] == ["end"]
    doc = Doc(vocab, words=words[:4] + ["party"] + words[5:], lemmas=lemmas[:4] + ["party"] + lemmas[5:], **kwargs)
    assert not copula_cue(doc[5])


@pytest.mark.parametrize("text, expected", [
    # an adjunct before the verb says where or when, not what: its nouns are no topics
    ("At the close of the forum, the two leaders adopted a plan on grain exports.", {"plan on grain exports"}),
    ("During a tour of the harbour district, the leaders stressed fishing rights.", {"fishing rights"}),
    # after a participant's verb too ("on television" is the broad cue's own object phrase, "in" is the setting)
    ("The two leaders praised the grain deal in a televised address from the old palace.", {"grain deal"}),
    # unless its noun says what it is about or what prompted it
    ("In regard to the fishing dispute, the leaders noted progress on grain exports.",
     {"fishing dispute", "grain exports"}),
    ("In the wake of the pipeline explosion, they discussed energy security.", {"pipeline explosion", "energy security"}),
])
def test_topics_setting_adjuncts(facts_of, text, expected):
    assert topics(facts_of(MEETING + text)) == expected


def test_topics_setting_phrases_model_free():
    """Model-free: "At the close of the forum, the leaders adopted a plan": the fronted "At …" is a setting for any
    cue; "in a speech" after the verb only for a participant's verb; "In regard to X" is no setting."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicskip import setting_phrases

    vocab = spacy.blank("en").vocab
    words = ["At", "the", "close", "of", "the", "forum", "the", "leaders", "adopted", "a", "plan", "in", "a", "speech"]
    doc = Doc(vocab, words=words, heads=[8, 2, 0, 2, 5, 3, 7, 8, 8, 10, 8, 8, 13, 11],
              deps=["prep", "det", "pobj", "prep", "det", "pobj", "det", "nsubj", "ROOT", "det", "dobj", "prep",
                    "det", "pobj"],
              pos=["ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "DET", "NOUN", "VERB", "DET", "NOUN", "ADP", "DET",
                   "NOUN"], lemmas=[w.lower() for w in words])
    assert setting_phrases(doc[8], broad=False) == set(range(0, 6))
    assert setting_phrases(doc[8], broad=True) == set(range(0, 6)) | {11, 12, 13}
    words = ["In", "regard", "to", "trade", "they", "noted", "progress"]
    doc = Doc(vocab, words=words, heads=[5, 0, 1, 2, 5, 5, 5],
              deps=["prep", "pobj", "prep", "pobj", "nsubj", "ROOT", "dobj"],
              pos=["ADP", "NOUN", "ADP", "NOUN", "PRON", "VERB", "NOUN"], lemmas=[w.lower() for w in words])
    assert setting_phrases(doc[5], broad=True) == set()


def test_rulematch_reference_frame_is_no_topic_model_free():
    """Model-free: "regard" in "in regard to trade" is a fixed phrase's noun (``topic-manner-phrase``); "trade" and
    "in regard" without a complement are not marked."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.rulematch import rule_marks

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["in", "regard", "to", "trade"], heads=[0, 0, 1, 2], deps=["ROOT", "pobj", "prep", "pobj"],
              pos=["ADP", "NOUN", "ADP", "NOUN"], lemmas=["in", "regard", "to", "trade"])
    marks = rule_marks(doc)
    assert marks.rule("topic-setting", 1) == "topic-manner-phrase" and not marks.has("topic-setting", 3)
    bare = Doc(vocab, words=["in", "regard"], heads=[0, 0], deps=["ROOT", "pobj"], pos=["ADP", "NOUN"])
    assert not rule_marks(bare).has("topic-setting", 1)


@pytest.mark.parametrize("text, expected", [
    # an "of" phrase too long with its conjuncts keeps its first item; the others are topics of their own
    ("They discussed the dismantling of the militia's organisation and the 500 militia prisoners held in its camps.",
     {"dismantling of militia's organisation", "militia prisoners"}),
    # a named place too: "the bonds between Ghana" (the parser joined "and past cooperation such as …" to it)
    ("They highlighted the bonds between Ghana and Togo and past cooperation such as the building of the dam.",
     {"bonds between Ghana", "building of dam"}),
    # an "on" phrase too ("initiatives on climate"; the bare items that follow are not direct objects)
    ("They discussed expanded initiatives on climate, energy, education, and fighting the spread of malaria.",
     {"expanded initiatives on climate", "spread of malaria"}),
    # a "with" complement is not shortened: "with a senior member" says nothing
    ("They discussed flood relief with a senior member of the commission and the opposition leader.",
     {"flood relief"}),
])
def test_topics_long_complement_keeps_first_item(facts_of, text, expected):
    assert topics(facts_of(MEETING + text)) == expected


def test_topicphrase_long_of_phrase_drops_conjuncts_model_free():
    """Model-free: "the dismantling of the group's organisation and the 500 prisoners in its jails" is too long; its
    "of" phrase keeps "of group's organisation"; a common-noun complement ("with …") is not shortened."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import _object_words

    vocab = spacy.blank("en").vocab
    words = ["dismantling", "of", "the", "group", "'s", "organisation", "and", "the", "500", "prisoners", "in", "its",
             "jails"]
    doc = Doc(vocab, words=words, heads=[0, 0, 3, 5, 3, 1, 5, 9, 9, 5, 9, 12, 10],
              deps=["ROOT", "prep", "det", "poss", "case", "pobj", "cc", "det", "nummod", "conj", "prep", "poss",
                    "pobj"],
              pos=["NOUN", "ADP", "DET", "NOUN", "PART", "NOUN", "CCONJ", "DET", "NUM", "NOUN", "ADP", "PRON", "NOUN"])
    assert [t.text for t in _object_words(doc[1], doc[5], shorten=True)] == ["of", "group", "'s", "organisation"]
    assert _object_words(doc[1], doc[5], shorten=False) == []


@pytest.mark.parametrize("text, expected", [
    # a named cue's act on a bare noun or country is a topic: the act, with an adjunct after its object too
    ("They reaffirmed their commitment to supporting farmers as they face mounting pressure.",
     {"supporting farmers", "mounting pressure"}),
    # (the infinitive after "ways" is the act explored with its bare object: topicnouns.manner_infinitive)
    ("They agreed to explore new ways to create jobs, including by promoting transparency and combating crime.",
     {"create jobs", "promoting transparency", "combating crime"}),
    # not a participant's verb: "shaking hands" is what they did, not what they discussed
    ("The two leaders ended the day shaking hands.", set()),
])
def test_topics_acts_on_bare_objects(facts_of, text, expected):
    assert topics(facts_of(MEETING + text)) == expected


def test_topicnouns_gerund_with_adjunct_after_object_model_free():
    """Model-free: "to supporting Moldova as it faces X" gives the gerund (the clause comes after the object); an
    adjunct before the object ("to firmly supporting Moldova") gives none."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicnouns import gerund

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["to", "supporting", "Moldova", "as", "it", "faces", "pressure"],
              heads=[0, 0, 1, 5, 5, 1, 5], deps=["ROOT", "pcomp", "dobj", "mark", "nsubj", "advcl", "dobj"],
              pos=["ADP", "VERB", "PROPN", "SCONJ", "PRON", "VERB", "NOUN"], tags=["IN", "VBG", "NNP", "IN", "PRP", "VBZ",
                                                                                 "NN"])
    assert gerund(doc[2]) == doc[1]
    doc = Doc(vocab, words=["to", "supporting", "Moldova", "in", "Europe"], heads=[0, 0, 1, 1, 3],
              deps=["ROOT", "pcomp", "dobj", "prep", "pobj"], pos=["ADP", "VERB", "PROPN", "ADP", "PROPN"],
              tags=["IN", "VBG", "NNP", "IN", "NNP"])
    assert gerund(doc[2]) == doc[1]
    doc = Doc(vocab, words=["to", "by", "supporting", "Moldova"], heads=[0, 2, 0, 2], deps=["ROOT", "prep", "pcomp", "dobj"],
              pos=["ADP", "ADP", "VERB", "PROPN"], tags=["IN", "IN", "VBG", "NNP"])
    assert gerund(doc[3]) is None


@pytest.mark.parametrize("text, expected", [
    # "aimed at X" says what the talks, what they produce or those who met aim at
    ("The talks were aimed at ending the fishing dispute.", {"fishing dispute"}),
    ("They said the talks would aim to settle the border question.", {"border question"}),
    # not what another thing aims at, nor that thing itself
    ("Analysts believe the raid on the harbour town was aimed at sparking a military response.", set()),
])
def test_topics_purpose_of_the_talks_only(facts_of, text, expected):
    assert topics(facts_of(MEETING + text)) == expected


def test_topics_aimed_by_talks_model_free():
    """Model-free: "The talks were aimed at X" and "an agreement aimed at X" are purpose cues (c-aim, kind
    verb-purpose); "The raid was aimed at X" is none."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract import topiccues as topic_rules

    vocab = spacy.blank("en").vocab
    for noun, lemma, cue in (("talks", "talk", True), ("raid", "raid", False)):
        doc = Doc(vocab, words=["The", noun, "were", "aimed", "at", "peace"], heads=[1, 3, 3, 3, 3, 4],
                  deps=["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj"],
                  pos=["DET", "NOUN", "AUX", "VERB", "ADP", "NOUN"], lemmas=["the", lemma, "be", "aim", "at", "peace"])
        assert (topic_rules.cue(doc[3]) is not None) == cue
    doc = Doc(vocab, words=["an", "agreement", "aimed", "at", "peace"], heads=[1, 1, 1, 2, 3],
              deps=["det", "ROOT", "acl", "prep", "pobj"], pos=["DET", "NOUN", "VERB", "ADP", "NOUN"],
              lemmas=["an", "agreement", "aim", "at", "peace"])
    assert topic_rules.cue(doc[2])["id"] == "c-aim"


@pytest.mark.parametrize("text, expected", [
    # what the talks are held for, in a purpose phrase on the talks or on the verb that holds them
    ("Minister Jonas Berg is due to hold talks with President Anna Lind next week in a bid to settle the fishing "
     "dispute.", {"fishing dispute"}),
    ("Minister Jonas Berg is scheduled to hold talks with President Anna Lind as well as the leaders of the "
     "opposition, in an effort to end the fishing dispute.", {"fishing dispute"}),
    ("The rebels are seeking talks with the government with a view to ending the border conflict.",
     {"border conflict"}),
    ("The Nordic summit opened in Oslo on Monday. The summit was convened principally to sign a treaty on salmon "
     "quotas.", {"treaty on salmon quotas"}),
    # not the purpose of something else the talks' parties do
    ("Peace talks resumed in Geneva on Monday. The rebels are buying weapons with a view to ending the siege.",
     {"peace talks"}),
])
def test_topics_purpose_phrase_of_the_talks(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def test_rulematch_as_predicate_is_no_topic_model_free():
    """Model-free: "announced corruption as his reason": "reason" is what the verb calls its object
    (``topic-as-predicate``); "corruption" is not marked, nor is "reason" without an object ("served as reason")."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.rulematch import rule_marks

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["He", "announced", "corruption", "as", "his", "reason"], heads=[1, 1, 1, 1, 5, 3],
              deps=["nsubj", "ROOT", "dobj", "prep", "poss", "pobj"], pos=["PRON", "VERB", "NOUN", "ADP", "PRON", "NOUN"],
              lemmas=["he", "announce", "corruption", "as", "his", "reason"])
    marks = rule_marks(doc)
    assert marks.rule("topic-setting", 5) == "topic-as-predicate" and not marks.has("topic-setting", 2)
    bare = Doc(vocab, words=["He", "served", "as", "reason"], heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "prep", "pobj"],
               pos=["PRON", "VERB", "ADP", "NOUN"], lemmas=["he", "serve", "as", "reason"])
    assert not rule_marks(bare).has("topic-setting", 3)


@pytest.mark.parametrize("text, expected", [
    # talks on X in the article's lead say what its talks are about, whoever meets later in it
    ("Negotiations on fishing quotas may resume soon. Minister Jonas Berg met President Anna Lind in Oslo on Monday "
     "to prepare them.", {"fishing quotas"}),
    # not talks on X that a later sentence mentions in passing
    ("Minister Jonas Berg met President Anna Lind in Oslo on Monday. Negotiations on fishing quotas may resume "
     "soon.", set()),
])
def test_topics_talks_on_a_subject_in_the_lead(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def test_topicnouns_lead_talks_refer_to_the_articles_talks_model_free():
    """Model-free: "Talks on trade resumed." as the article's first full sentence speaks of the article's talks
    (refers_back), as a later sentence does not; a noun that is no "on X" cue (kind) never refers back."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicnouns import COMPOUND_ROW, ROW, refers_back

    vocab = spacy.blank("en").vocab
    words, lemmas = ["Talks", "on", "trade", "resumed", "."], ["talk", "on", "trade", "resume", "."]
    kwargs = dict(heads=[3, 0, 1, 3, 3], deps=["nsubj", "prep", "pobj", "ROOT", "punct"],
                  pos=["NOUN", "ADP", "NOUN", "VERB", "PUNCT"])
    doc = Doc(vocab, words=words, lemmas=lemmas, **kwargs)
    assert refers_back(doc[0], ROW) and not refers_back(doc[0], COMPOUND_ROW)
    later = Doc(vocab, words=["Prices", "rose", "."] + words, lemmas=["price", "rise", "."] + lemmas,
                heads=[1, 1, 1] + [h + 3 for h in kwargs["heads"]], deps=["nsubj", "ROOT", "punct"] + kwargs["deps"],
                pos=["NOUN", "VERB", "PUNCT"] + kwargs["pos"])
    assert not refers_back(later[3], ROW)


def test_topicevents_purpose_talks_model_free():
    """Model-free: "seek talks with a view to ending X" and "hold talks in an effort to end X" state the talks'
    purpose (``purpose-phrase-nouns``), and the verb under the phrase has the subject of the talks; "seek funds with
    a view to ending X" names no talks."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicevents import purpose_talks, subject_of

    vocab = spacy.blank("en").vocab
    pos = ["DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "ADP", "VERB", "DET", "NOUN"]
    for noun, lemma in (("talks", "talk"), ("funds", "fund")):
        doc = Doc(vocab, words=["The", "rebels", "seek", noun, "with", "a", "view", "to", "ending", "the", "war"],
                  heads=[1, 2, 2, 2, 3, 6, 4, 6, 7, 10, 8], pos=pos,
                  deps=["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "pcomp", "det", "dobj"],
                  lemmas=["the", "rebel", "seek", lemma, "with", "a", "view", "to", "end", "the", "war"])
        found = purpose_talks(doc[8])
        assert (found is not None and found.i == 3) == (noun == "talks")
        assert subject_of(doc[8]).i == 1
    doc = Doc(vocab, words=["The", "rebels", "hold", "talks", "in", "an", "effort", "to", "end", "the", "war"],
              heads=[1, 2, 2, 2, 2, 6, 4, 8, 6, 10, 8], pos=pos[:7] + ["PART"] + pos[8:],
              deps=["det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "aux", "acl", "det", "dobj"],
              lemmas=["the", "rebel", "hold", "talk", "in", "an", "effort", "to", "end", "the", "war"])
    assert purpose_talks(doc[8]).i == 3 and subject_of(doc[8]).i == 1
    for verb, lemma in (("met", "meet"), ("flew", "fly")):  # a meeting verb's infinitive clause: its purpose
        doc = Doc(vocab, words=["The", "leaders", verb, "to", "end", "the", "war"], heads=[1, 2, 2, 4, 2, 6, 4],
                  deps=["det", "nsubj", "ROOT", "aux", "advcl", "det", "dobj"],
                  pos=["DET", "NOUN", "VERB", "PART", "VERB", "DET", "NOUN"],
                  lemmas=["the", "leader", lemma, "to", "end", "the", "war"])
        assert (purpose_talks(doc[4]) is not None) == (verb == "met")


def test_topics_name_modifier_conjunct_is_no_topic(facts_of):
    """A capitalised word joined to another that modifies a name is a piece of the name ("topic-name-modifier-conj")."""
    text = MEETING + "They welcomed the Fund for Clean and Affordable Housing. They discussed the Rail and Ports Board."
    assert not {"Affordable", "Ports"} & topics(facts_of(text))


def test_rulematch_name_modifier_conj_model_free():
    """Model-free: "Ports" in "the Rail and Ports Board" is marked; "ports" in "rail and ports reform" is not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.rulematch import rule_marks

    vocab = spacy.blank("en").vocab
    kwargs = dict(heads=[3, 0, 0, 3], deps=["nmod", "cc", "conj", "ROOT"])
    doc = Doc(vocab, words=["Rail", "and", "Ports", "Board"], pos=["PROPN", "CCONJ", "PROPN", "PROPN"], **kwargs)
    assert rule_marks(doc).rule("topic-setting", 2) == "topic-name-modifier-conj"
    doc = Doc(vocab, words=["rail", "and", "ports", "reform"], pos=["NOUN", "CCONJ", "NOUN", "NOUN"], **kwargs)
    assert not rule_marks(doc).has("topic-setting", 2)


@pytest.mark.parametrize("text, expected", [
    # whom a talk verb addresses is no topic; what it is about is
    ("Scholz will also talk to the leader of the Green party about energy prices.", {"energy prices"}),
    ("Macron spoke to reporters of the plans for grain exports.", set()),
])
def test_topics_addressee_of_talk_verb(facts_of, text, expected):
    assert topics(facts_of(MEETING + text)) == expected


def test_topics_addressees_model_free():
    """Model-free: "spoke with the mayor of Lyon about water prices": the "with" phrase is whom the talk verb
    addresses, not the "about" phrase the parser hung under it; a discussion verb has no addressees."""
    import spacy
    from spacy.tokens import Doc

    from kg import lexicon
    from kg.extract.topicskip import addressees

    vocab = spacy.blank("en").vocab
    words = ["He", "spoke", "with", "the", "mayor", "of", "Lyon", "about", "water", "prices"]
    doc = Doc(vocab, words=words, heads=[1, 1, 1, 4, 2, 4, 5, 6, 9, 7],
              deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj", "prep", "compound", "pobj"],
              pos=["PRON", "VERB", "ADP", "DET", "NOUN", "ADP", "PROPN", "ADP", "NOUN", "NOUN"])
    table = lexicon.simple_table("topic_cues.tsv", "lemma")
    assert addressees(doc[1], table["speak"]) == {2, 3, 4, 5, 6}
    assert addressees(doc[1], table["discuss"]) == set() and addressees(doc[1], None) == set()


def test_topics_group_named_after_unnamed_gathering(facts_of):
    """A group named after a gathering that names no participant speaks for it anywhere in the article ("the G9
    members" at the G9 summit); "the country" alone is a generic place (stoplist ``place``), no topic."""
    text = ("The statement was issued on Monday. In addition, the G9 members expressed concern at the humanitarian "
            "situation in the country. The G9 summit took place in Rome.")
    assert topics(facts_of(text)) == {"humanitarian situation"}
    other = ("The statement was issued on Monday. In addition, the farm union members expressed concern at the "
             "humanitarian situation in the country. The G9 summit took place in Rome.")
    assert topics(facts_of(other)) == set()


def test_topicevents_named_after_model_free():
    """Model-free: "the G9 members" is named after the "G9 summit"; "the members" or another name is not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicevents import _named_after

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["the", "G9", "members"], heads=[2, 2, 2], deps=["det", "compound", "ROOT"],
              pos=["DET", "PROPN", "NOUN"])
    assert _named_after(doc[2], "G9 summit") and not _named_after(doc[2], "ASEAN summit")
    assert not _named_after(doc[2], None)
    doc = Doc(vocab, words=["the", "members"], heads=[1, 1], deps=["det", "ROOT"], pos=["DET", "NOUN"])
    assert not _named_after(doc[1], "G9 summit")


def test_topicevents_group_subject_attendees_model_free():
    """Model-free: "the summit attendees", "delegates" and "negotiators" are the meeting's group
    (``topic-group-subjects``); "the farmers" are not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicevents import _group_subject

    vocab = spacy.blank("en").vocab
    for words, group in ((["the", "summit", "attendees"], True), (["the", "delegates"], True),
                         (["the", "negotiators"], True), (["the", "farmers"], False)):
        n = len(words) - 1
        doc = Doc(vocab, words=words, heads=[n] * len(words), deps=["det"] + ["compound"] * (n - 1) + ["ROOT"],
                  pos=["DET"] + ["NOUN"] * n)
        assert _group_subject(doc[n]) is group


def test_topicphrase_hyphenated_word_cut_by_the_parser_model_free():
    """Model-free: "nuclear non-proliferation" parsed as the siblings "non", "-" (tagged a noun) and "proliferation"
    is one topic whose last piece stands for it; "non" is no head; with the hyphen tagged HYPH the parse holds the
    word and nothing is added; "sharing" in "power-sharing" is a piece of a word."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import in_hyphen_word, phrase_span, split_inner, split_prefix

    vocab = spacy.blank("en").vocab
    words = ["They", "discussed", "nuclear", "non", "-", "proliferation"]

    def doc_of(hyphen_tag: str) -> Doc:
        return Doc(vocab, words=words, spaces=[True, True, True, False, False, False], heads=[1, 1, 3, 1, 1, 1],
                   deps=["nsubj", "ROOT", "amod", "dobj", "dobj", "dobj"],
                   pos=["PRON", "VERB", "ADJ", "NOUN", "NOUN", "NOUN"],
                   tags=["PRP", "VBD", "JJ", "NN", hyphen_tag, "NN"], lemmas=[w.lower() for w in words])

    doc = doc_of("NN")
    assert [t.text for t in split_prefix(doc[5])] == ["nuclear", "non", "-"]
    assert split_inner(doc[3]) and not split_inner(doc[5])
    assert phrase_span(doc[5]) == ("nuclear non-proliferation", 2, 6)
    held = doc_of("HYPH")
    assert split_prefix(held[5]) == [] and not split_inner(held[3])
    assert in_hyphen_word(doc[5]) and in_hyphen_word(doc[3]) and not in_hyphen_word(doc[2])


def test_topicphrase_modifier_items_model_free():
    """Model-free: "a security, energy and trade initiative" gives one topic per modifier, each span from its
    modifier to the noun; without the comma ("security and trade initiative"), with two items, or under a generic
    noun ("efforts") it gives none."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import modifier_items

    vocab = spacy.blank("en").vocab

    def doc_of(words, heads, deps, pos):
        return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])

    words = ["a", "security", ",", "energy", "and", "trade", "initiative"]
    heads, deps = [6, 6, 1, 1, 3, 3, 6], ["det", "nmod", "punct", "conj", "cc", "conj", "ROOT"]
    pos = ["DET", "NOUN", "PUNCT", "NOUN", "CCONJ", "NOUN", "NOUN"]
    assert modifier_items(doc_of(words, heads, deps, pos)[6]) == [
        ("security initiative", 1, 7), ("energy initiative", 3, 7), ("trade initiative", 5, 7)]
    assert modifier_items(doc_of(words[:-1] + ["efforts"], heads, deps, pos)[6]) == []
    no_comma = doc_of(["a", "security", "and", "energy", "and", "trade", "initiative"], heads,
                      ["det", "nmod", "cc", "conj", "cc", "conj", "ROOT"], ["DET", "NOUN", "CCONJ"] + pos[3:])
    assert modifier_items(no_comma[6]) == []
    two = doc_of(["food", "and", "energy", "security"], [3, 0, 0, 3], ["nmod", "cc", "conj", "ROOT"],
                 ["NOUN", "CCONJ", "NOUN", "NOUN"])
    assert modifier_items(two[3]) == []


def test_topicnouns_raised_subject_model_free():
    """Model-free: the passive "discussed" under "is expected to" has the noun subject of "expected"; a pronoun
    subject ("he hopes to be consulted") or a passive with its own subject gives none."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicnouns import passive_subject, raised_subject

    vocab = spacy.blank("en").vocab
    words = ["The", "treaty", "is", "expected", "to", "be", "discussed"]
    heads, deps = [1, 3, 3, 3, 6, 6, 3], ["det", "nsubjpass", "auxpass", "ROOT", "aux", "auxpass", "xcomp"]
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=["DET", "NOUN", "AUX", "VERB", "PART", "AUX", "VERB"])
    assert raised_subject(doc[6]).text == "treaty" and passive_subject(doc[6]).text == "treaty"
    pron = Doc(vocab, words=["He", "hopes", "to", "be", "consulted"], heads=[1, 1, 4, 4, 1],
               deps=["nsubj", "ROOT", "aux", "auxpass", "xcomp"], pos=["PRON", "VERB", "PART", "AUX", "VERB"])
    assert raised_subject(pron[4]) is None
    own = Doc(vocab, words=["Trade", "was", "discussed"], heads=[2, 2, 2], deps=["nsubjpass", "auxpass", "ROOT"],
              pos=["NOUN", "AUX", "VERB"])
    assert raised_subject(own[2]) is None and passive_subject(own[2]).text == "Trade"


def test_topics_name_alone_model_free():
    """Model-free: a one-word proper name, with or without its article, is a name alone; a longer name or a
    common noun is not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import name_alone

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["the", "Bundesliga", "and", "the", "Manas", "Air", "Base", "and", "reform"],
              pos=["DET", "PROPN", "CCONJ", "DET", "PROPN", "PROPN", "PROPN", "CCONJ", "NOUN"])
    assert name_alone(doc[0:2]) and name_alone(doc[1:2])
    assert not name_alone(doc[3:7]) and not name_alone(doc[8:9])


def test_topicphrase_country_alone_is_a_place_model_free():
    """Model-free: "the country" is a generic place (stoplist ``place``), no topic; "the host country" is one."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["the", "country"], heads=[1, 1], deps=["det", "ROOT"], pos=["DET", "NOUN"],
              lemmas=["the", "country"])
    assert phrase_span(doc[1]) is None
    doc = Doc(vocab, words=["the", "host", "country"], heads=[2, 2, 2], deps=["det", "compound", "ROOT"],
              pos=["DET", "NOUN", "NOUN"], lemmas=["the", "host", "country"])
    assert phrase_span(doc[2])[0] == "host country"


@pytest.mark.parametrize("text, expected", [
    # heads that say nothing alone (stoplist bare: problems, position, cause, document) are no topics; what they
    # are in is one of its own; "details" and "words" look through to what they are of
    ("They discussed the problems, their position and the document.", set()),
    ("They discussed problems in the fishing industry and the details of the grain deal.",
     {"fishing industry", "grain deal"}),
    # nor are the words for a text, an occurrence or an amount ("the statement", "the case", "the figures"); with
    # their kind they are ("the joint statement")
    ("They discussed the statement.", set()),
    ("They discussed the figures.", set()),
    ("They discussed the joint statement.", {"joint statement"}),
    # "the subject" refers back to what was named before, "subject of X" is X; the participants are who met
    (MEETING + "It was their first meeting on the subject. They discussed the subject of grain exports and thanked "
     "the participants.", {"grain exports"}),
])
def test_topics_generic_heads_need_a_complement(facts_of, text, expected):
    assert topics(facts_of(MEETING + text)) == expected


def test_topicphrase_generic_heads_model_free():
    """Model-free: "the position" alone is no topic, "the details of the deal" is "deal"'s (stoplist through)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab
    for noun in ("position", "cause", "document", "problems", "details", "words", "subject", "participants"):
        doc = Doc(vocab, words=["the", noun], heads=[1, 1], deps=["det", "ROOT"], pos=["DET", "NOUN"],
                  lemmas=["the", noun])
        assert phrase_span(doc[1]) is None, noun


@pytest.mark.parametrize("text, expected", [
    # the compound of a meeting noun says what the talks are about, when nothing else in the article does; the topic
    # keeps the noun ("peace talks", not the bare "peace")
    ("Climate change talks opened in Bonn on Monday. Delegates from forty countries attended.",
     {"climate change talks"}),
    ("Peace talks between the army and the rebels resumed in Nairobi on Tuesday.", {"peace talks"}),
    ("The latest clashes have thrown the already troubled peace negotiations into turmoil.", {"peace negotiations"}),
    ("Coalition negotiations between the three parties resumed in Berlin on Tuesday.", {"coalition negotiations"}),
    ("Rebels halt peace talks with government", {"peace talks"}),
    # a weaker cue than any account of them: what they discussed is their topic instead
    ("Trade talks between the two blocs resumed in Brussels on Monday. The negotiators discussed tariffs on steel.",
     {"tariffs on steel"}),
    # a compound that says what kind of gathering it is, or who meets, is no topic
    ("An emergency cabinet meeting was held in Ankara on Sunday. Ministers arrived early.", set()),
    ("The defence ministers' meeting opened in Brussels on Thursday.", set()),
    # talks someone asks or comes for, or talks of years before, are not the talks reported
    ("The envoy arrived in Colombo on Monday for truce talks with the rebels.", set()),
    ("Fishery talks broke down in 1998. Delegates met in Oslo on Monday.", set()),
])
def test_topics_kind_of_talks(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def test_topicnouns_compound_topics_model_free():
    """Model-free: "the climate change summit" is about climate change, "peace talks" about peace (a bare word of the
    stoplist), each topic with its noun; "a press conference" and "summit talks" say what kind of gathering it is."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicnouns import COMPOUND_ROW, compound_topics, noun_cue, other_talks

    vocab = spacy.blank("en").vocab

    def doc(words, heads, deps, pos):
        return Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])

    summit = doc(["the", "climate", "change", "summit"], [3, 2, 3, 3], ["det", "compound", "compound", "ROOT"],
                 ["DET", "NOUN", "NOUN", "NOUN"])
    assert compound_topics(summit[3]) == [("climate change summit", 1, 4)] and noun_cue(summit[3]) is COMPOUND_ROW
    talks = doc(["called", "for", "peace", "talks"], [0, 0, 3, 1], ["ROOT", "prep", "compound", "pobj"],
                ["VERB", "ADP", "NOUN", "NOUN"])
    assert compound_topics(talks[3]) == [("peace talks", 2, 4)]
    assert other_talks(talks[3], 2023)  # asked for, not held
    for kind in ("press", "summit"):
        other = doc(["a", kind, "conference"], [2, 2, 2], ["det", "compound", "ROOT"], ["DET", "NOUN", "NOUN"])
        assert compound_topics(other[2]) == [] and noun_cue(other[2]) is None
    held = doc(["the", "peace", "talks", "resumed"], [2, 2, 3, 3], ["det", "compound", "nsubj", "ROOT"],
               ["DET", "NOUN", "NOUN", "VERB"])
    assert not other_talks(held[2], 2023)


def test_topicevents_discussion_verb_reports_the_meeting_model_free():
    """Model-free: a discussion verb (``topic-discussion-cues``) in a sentence that names no event speaks of the
    article's talks that name no participant when it says what a meeting verb of its sentence was for ("The council
    met to discuss trade"; not of a meeting of named persons), or of its main event when the article reports that
    event from its lead ("The council discussed trade"); another cue ("welcomed") does not, and a passive's agent
    ("by the groups") is who discussed, not a topic."""
    import spacy
    from spacy.tokens import Doc

    from kg import lexicon
    from kg.extract.context import Context
    from kg.extract.topicevents import discussion_event
    from kg.extract.topics import candidate_heads
    from kg.model import Article, EventFact, Evidence, Person

    vocab = spacy.blank("en").vocab
    met = Doc(vocab, words=["The", "council", "met", "to", "discuss", "trade", "."], heads=[1, 2, 2, 4, 2, 4, 2],
              deps=["det", "nsubj", "ROOT", "aux", "advcl", "dobj", "punct"],
              pos=["DET", "NOUN", "VERB", "PART", "VERB", "NOUN", "PUNCT"],
              lemmas=["the", "council", "meet", "to", "discuss", "trade", "."])
    alone = Doc(vocab, words=["The", "council", "discussed", "trade", "."], heads=[1, 2, 2, 2, 2],
                deps=["det", "nsubj", "ROOT", "dobj", "punct"], pos=["DET", "NOUN", "VERB", "NOUN", "PUNCT"],
                lemmas=["the", "council", "discuss", "trade", "."])
    cues = lexicon.simple_table("topic_cues.tsv", "lemma")
    event = EventFact("e1", "meeting", (), Evidence("t", "", 0, 0, 1, "event:test"))
    ctx = lambda doc: Context(doc, Article("t", doc.text), [], [])  # noqa: E731
    assert discussion_event(ctx(met), met[4], cues["discuss"], [event], frozenset()) == "e1"
    pair = EventFact("e2", "meeting", (Person("a", "Ana Kral"), Person("b", "Jan Novak")), event.evidence)
    assert discussion_event(ctx(met), met[4], cues["discuss"], [pair], frozenset({"e2"})) is None  # another meeting
    assert discussion_event(ctx(alone), alone[2], cues["discuss"], [event, pair], frozenset()) is None
    assert discussion_event(ctx(alone), alone[2], cues["discuss"], [event], frozenset({"e1"})) == "e1"
    assert discussion_event(ctx(alone), alone[2], cues["talk"], [event], frozenset({"e1"})) == "e1"  # "talked about"
    assert discussion_event(ctx(alone), alone[2], cues["welcome"], [event], frozenset({"e1"})) is None
    # "Prices rose and were discussed by the groups in terms of trade": a passive verb with no subject of its own
    passive = Doc(vocab, words=["Prices", "rose", "and", "were", "discussed", "by", "the", "groups", "in", "terms",
                                "of", "trade", "."], heads=[1, 1, 1, 4, 1, 4, 7, 5, 4, 8, 9, 10, 1],
                  deps=["nsubj", "ROOT", "cc", "auxpass", "conj", "agent", "det", "pobj", "prep", "pobj", "prep",
                        "pobj", "punct"],
                  pos=["NOUN", "VERB", "CCONJ", "AUX", "VERB", "ADP", "DET", "NOUN", "ADP", "NOUN", "ADP", "NOUN",
                       "PUNCT"],
                  lemmas=["price", "rise", "and", "be", "discuss", "by", "the", "group", "in", "term", "of", "trade",
                          "."])
    assert [t.text for t in candidate_heads(passive[4])] == ["trade"]


def test_topicevents_discussion_goes_to_the_sole_event_model_free():
    """Model-free: in an article whose lead names no event, a discussion verb of ``topic-sole-event-cues``
    ("discussed") in a sentence that names none speaks of the article's one event; with two events it cannot tell
    which, and another discussion cue ("raised", which also raises funds) needs the lead."""
    import spacy
    from spacy.tokens import Doc

    from kg import lexicon
    from kg.extract.context import Context
    from kg.extract.topicevents import discussion_event
    from kg.model import Article, EventFact, Evidence, Person

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Also", "discussed", "was", "trade", "."], heads=[1, 1, 1, 1, 1],
              deps=["advmod", "ROOT", "auxpass", "nsubjpass", "punct"], pos=["ADV", "VERB", "AUX", "NOUN", "PUNCT"],
              lemmas=["also", "discuss", "be", "trade", "."])
    cues = lexicon.simple_table("topic_cues.tsv", "lemma")
    evidence = Evidence("t", "", 0, 0, 1, "event:test")
    talks = EventFact("e1", "meeting", (Person("a", "Ana Kral"), Person("b", "Jan Novak")), evidence)
    other = EventFact("e2", "meeting", (Person("c", "Eva Horak"), Person("b", "Jan Novak")), evidence)
    ctx = Context(doc, Article("t", doc.text), [], [])
    assert discussion_event(ctx, doc[1], cues["discuss"], [talks], frozenset()) == "e1"
    assert discussion_event(ctx, doc[1], cues["discuss"], [talks, other], frozenset()) is None
    assert discussion_event(ctx, doc[1], cues["raise"], [talks], frozenset()) is None
    assert "c-raise" in lexicon.words("topic-discussion-cues")


def test_topicphrase_compound_kind_over_long_complement_model_free():
    """Model-free: when a head's left modifiers and complement together make a topic too long, a short compound that
    names its kind stays and the complement goes ("a peace agreement between Israel and the Palestinian people":
    "peace agreement"); adjectives alone give way to the complement ("an unofficial truce between …")."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import compound_kind, phrase_span

    vocab = spacy.blank("en").vocab

    def doc(kind: str, pos: str, dep: str):
        return Doc(vocab, words=["a", kind, "agreement", "between", "Israel", "and", "the", "Palestinian", "people"],
                   heads=[2, 2, 2, 2, 3, 4, 8, 8, 4],
                   deps=["det", dep, "ROOT", "prep", "pobj", "cc", "det", "amod", "conj"],
                   pos=["DET", pos, "NOUN", "ADP", "PROPN", "CCONJ", "DET", "ADJ", "NOUN"],
                   lemmas=["a", kind, "agreement", "between", "Israel", "and", "the", "palestinian", "people"],
                   ents=["O", "O", "O", "O", "B-GPE", "O", "O", "B-NORP", "O"])

    peace = doc("peace", "NOUN", "compound")
    assert phrase_span(peace[2]) == ("peace agreement", 1, 3)
    unofficial = doc("unofficial", "ADJ", "amod")
    assert phrase_span(unofficial[2])[0].startswith("agreement between Israel")
    assert compound_kind([peace[1]]) and not compound_kind([unofficial[1]]) and not compound_kind([])


def test_topicnouns_report_sentence_is_the_leads_full_sentence_model_free():
    """Model-free: the report sentence is the lead's full sentence (:func:`full_sentence`) unless the title line is
    the one that ends with a full stop; a headline line without one is not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicnouns import full_sentence, lead_sentences, report_sentence

    vocab = spacy.blank("en").vocab
    words = ["Leaders", "meet", "\n\n", "They", "met", "."]
    doc = Doc(vocab, words=words, spaces=[True, False, False, True, False, False],
              sent_starts=[True, False, False, True, False, False])
    sents = list(doc.sents)
    assert not full_sentence(sents[0]) and full_sentence(sents[1])
    assert report_sentence(doc, None) == lead_sentences(doc)[-1] == sents[1]
    titled = Doc(vocab, words=["Leaders", "meet", ".", "They", "met", "."], sent_starts=[1, 0, 0, 1, 0, 0])
    title = list(titled.sents)[0]
    assert lead_sentences(titled) == [title] and report_sentence(titled, title) == list(titled.sents)[1]


def test_topicphrase_ties_like_relationship_model_free():
    """Model-free: "ties" is a topic with its kind or partner ("maritime ties", "ties with Chile"; stoplist ``bare``
    as "relationship"), not alone; "the deep and enduring ties with Chile" starts at "ties", not at the "and" of the
    two dropped adjectives; "ties for two decades" says how long (a DATE), not with whom."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab

    def head(words, heads, deps, pos, ents=None):
        doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, ents=ents or ["O"] * len(words),
                  lemmas=[w.lower().removesuffix("s") if w == "ties" else w.lower() for w in words])
        return doc[words.index("ties")]

    assert phrase_span(head(["maritime", "ties"], [1, 1], ["amod", "ROOT"], ["ADJ", "NOUN"]))[0] == "maritime ties"
    assert phrase_span(head(["the", "ties"], [1, 1], ["det", "ROOT"], ["DET", "NOUN"])) is None
    deep = head(["the", "deep", "and", "enduring", "ties", "with", "Chile"], [4, 4, 1, 1, 4, 4, 5],
                ["det", "amod", "cc", "conj", "ROOT", "prep", "pobj"], ["DET", "ADJ", "CCONJ", "ADJ", "NOUN", "ADP", "PROPN"],
                ["O", "O", "O", "O", "O", "O", "B-GPE"])
    assert phrase_span(deep) == ("ties with Chile", 4, 7)
    lasting = head(["ties", "for", "two", "decades"], [0, 0, 3, 1], ["ROOT", "prep", "nummod", "pobj"],
                   ["NOUN", "ADP", "NUM", "NOUN"], ["O", "O", "B-DATE", "I-DATE"])
    assert phrase_span(lasting) is None


def test_topicphrase_owner_heads_model_free():
    """Model-free: "role" is a topic with whose it is ("Chile's role", "the fisheries role") or what it is of ("the role
    of the navy"), not with an adjective alone ("a pivotal role"; ``topic-owner-heads``)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab

    def role(words, heads, deps, pos):
        doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=[w.lower() for w in words])
        return phrase_span(doc[words.index("role")])

    assert role(["Chile", "'s", "role"], [2, 0, 2], ["poss", "case", "ROOT"], ["PROPN", "PART", "NOUN"])[0] == \
        "Chile's role"
    assert role(["the", "fisheries", "role"], [2, 2, 2], ["det", "compound", "ROOT"], ["DET", "NOUN", "NOUN"])[0] == \
        "fisheries role"
    assert role(["the", "role", "of", "the", "navy"], [1, 1, 1, 4, 2], ["det", "ROOT", "prep", "det", "pobj"],
                ["DET", "NOUN", "ADP", "DET", "NOUN"])[0] == "role of navy"
    assert role(["a", "pivotal", "role"], [2, 2, 2], ["det", "amod", "ROOT"], ["DET", "ADJ", "NOUN"]) is None


def test_topicphrase_no_conjunction_left_at_the_end_model_free():
    """Model-free: "the situation in Iraq and the interests of the parties", with the parser's "and" on "Iraq" and
    "interests" joined to "situation": the topic is "situation in Iraq", not "situation in Iraq and"."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["They", "discussed", "the", "situation", "in", "Iraq", "and", "the", "interests", "of",
                            "the", "parties"], heads=[1, 1, 3, 1, 3, 4, 5, 8, 3, 8, 11, 9],
              deps=["nsubj", "ROOT", "det", "dobj", "prep", "pobj", "cc", "det", "conj", "prep", "det", "pobj"],
              pos=["PRON", "VERB", "DET", "NOUN", "ADP", "PROPN", "CCONJ", "DET", "NOUN", "ADP", "DET", "NOUN"],
              ents=["O", "O", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O"],
              lemmas=["they", "discuss", "the", "situation", "in", "Iraq", "and", "the", "interest", "of", "the",
                      "party"])
    assert phrase_span(doc[3]) == ("situation in Iraq", 3, 6)


def test_unnamed_talks_meeting_verb_to_discuss_model_free():
    """Model-free: "Officials met to discuss trade" reports talks (``unnamed_talks.purpose_meetings``); "Officials
    will meet to discuss trade" (planned), "Officials spoke to discuss trade" (kind call) and "Officials met to
    praise trade" (no discussion cue) do not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.unnamed_talks import purpose_meetings

    vocab = spacy.blank("en").vocab

    def verbs(words, lemmas):
        planned = len(words) == 7  # "Officials will meet to discuss trade ."
        doc = Doc(vocab, words=words, lemmas=lemmas,
                  heads=[2, 2, 2, 4, 2, 4, 2] if planned else [1, 1, 3, 1, 3, 1],
                  deps=["nsubj", "aux", "ROOT", "aux", "advcl", "dobj", "punct"] if planned else
                  ["nsubj", "ROOT", "aux", "advcl", "dobj", "punct"],
                  pos=["NOUN", "AUX", "VERB", "PART", "VERB", "NOUN", "PUNCT"] if planned else
                  ["NOUN", "VERB", "PART", "VERB", "NOUN", "PUNCT"])
        return [t.text for t in purpose_meetings(doc)]

    assert verbs(["Officials", "met", "to", "discuss", "trade", "."],
                 ["official", "meet", "to", "discuss", "trade", "."]) == ["met"]
    assert verbs(["Officials", "will", "meet", "to", "discuss", "trade", "."],
                 ["official", "will", "meet", "to", "discuss", "trade", "."]) == []
    assert verbs(["Officials", "spoke", "to", "discuss", "trade", "."],
                 ["official", "speak", "to", "discuss", "trade", "."]) == []
    assert verbs(["Officials", "met", "to", "praise", "trade", "."],
                 ["official", "meet", "to", "praise", "trade", "."]) == []


LEAD_MET = "Prime Minister Jonas Berg of Norway met Prime Minister Anna Lind of Sweden in Oslo on Monday."


@pytest.mark.parametrize("title, text, expected", [
    # issue 9: the first full sentence tells the news of a meeting no other sentence gives a topic: what its
    # participants (or a participant's country) do there
    ("Norway and Sweden restate fishing deadline",
     "Prime Minister Jonas Berg of Norway and Prime Minister Anna Lind of Sweden have stated that the June 30 deadline "
     "for a new fishing agreement is final. The two leaders met in Oslo on Monday.",
     {"June 30 deadline", "new fishing agreement"}),
    ("Norway to supply cheap gas to Sweden",
     "Norway will supply natural gas at a discount to Swedish households this winter. " + LEAD_MET,
     {"natural gas", "cheap gas"}),  # and the news the title names (kg.extract.topictitle)
    # a predicate noun says what its subject is; the party named after "with" is who
    ("Fishing deadline is final",
     "Prime Minister Jonas Berg of Norway and Prime Minister Anna Lind of Sweden have stated that the June 30 deadline "
     "is the last chance for a fishing agreement. The two leaders met in Oslo on Monday.",
     {"June 30 deadline", "fishing agreement"}),
    ("Norway signs fishing deal", "The government of Norway signed a fishing agreement with the fishermen's "
     "association on Saturday. " + LEAD_MET, {"fishing agreement", "fishing deal"}),
    # not when a sentence says what the meeting discussed, not a passive (acted on), not a non-participant
    ("Norway and Sweden restate fishing deadline",
     "Prime Minister Jonas Berg of Norway and Prime Minister Anna Lind of Sweden have stated that the June 30 deadline "
     "for a new fishing agreement is final. The two leaders met in Oslo on Monday and discussed energy prices.",
     {"energy prices"}),
    ("Swedish minister indicted", "Minister Anna Lind of Sweden was indicted on charges of tax fraud. She met Prime "
     "Minister Jonas Berg of Norway in Oslo on Monday.", set()),
    ("Fishing deadline is final, minister says", "Minister Karl Dahl of Denmark has stated that the June 30 deadline "
     "for a new fishing agreement is final. " + LEAD_MET, set()),
])
def test_topics_news_of_the_meeting_in_the_first_sentence(facts_of, title, text, expected):
    assert topics(facts_of(text, title=title)) == expected


def test_topicevents_lead_event_model_free(actors):
    """Model-free: the article's first full sentence comes after its title line and dateline
    (:func:`topicnouns.report_sentence`); there an active verb of a participant speaks for his meeting
    (:func:`topicevents.lead_event`), a passive one or a non-participant's does not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.context import build_context
    from kg.extract.topicevents import lead_event
    from kg.extract.topicnouns import report_sentence
    from kg.model import Article, EventFact

    vocab = spacy.blank("en").vocab
    words = ["Deadline", "stays", "\n\n", "Monday", "\n\n", "Garcia", "stressed", "the", "deadline", ".",
             "Garcia", "was", "indicted", ".", "Torres", "stressed", "the", "deadline", ".",
             "Garcia", "met", "Lopez", "."]
    heads = [1, 1, 1, 3, 3, 6, 6, 8, 6, 6, 12, 12, 12, 12, 15, 15, 17, 15, 15, 20, 20, 20, 20]
    deps = ["nsubj", "ROOT", "dep", "ROOT", "dep", "nsubj", "ROOT", "det", "dobj", "punct",
            "nsubjpass", "auxpass", "ROOT", "punct", "nsubj", "ROOT", "det", "dobj", "punct",
            "nsubj", "ROOT", "dobj", "punct"]
    pos = ["NOUN", "VERB", "SPACE", "PROPN", "SPACE", "PROPN", "VERB", "DET", "NOUN", "PUNCT",
           "PROPN", "AUX", "VERB", "PUNCT", "PROPN", "VERB", "DET", "NOUN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"]
    starts = [1, 0, 0, 1, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0]
    ents = ["O"] * 5 + ["B-PERSON"] + ["O"] * 4 + ["B-PERSON"] + ["O"] * 3 + ["B-PERSON"] + ["O"] * 4 + \
        ["B-PERSON", "O", "B-PERSON", "O"]
    lemmas = [w.lower() for w in words]
    lemmas[6] = lemmas[15] = "stress"
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=starts, ents=ents, lemmas=lemmas)
    sents = list(doc.sents)
    assert report_sentence(doc, sents[0]).start == 5 and report_sentence(doc, None).start == 5
    ctx = build_context(doc, Article("t", doc.text), actors)
    garcia, lopez = (ctx.person(ctx.persons_at(doc[i])[0]) for i in (19, 21))
    event = EventFact("e1", "meeting", (garcia, lopez), ctx.evidence(19, 23, "test"))
    assert lead_event(ctx, doc[6], [event], set()) == "e1"
    assert lead_event(ctx, doc[12], [event], set()) is None  # "Garcia was indicted": acted on
    assert lead_event(ctx, doc[15], [event], set()) is None  # Torres took part in no meeting


def test_topics_headline_is_a_title_case_line_of_common_words():
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topictitle import title_case as _headline

    vocab = spacy.blank("en").vocab
    words = ["Leaders", "Discuss", "Trade", "Tariffs", "With", "Biden", "In", "Rome", "Talks"]
    pos = ["NOUN", "VERB", "NOUN", "NOUN", "ADP", "PROPN", "ADP", "PROPN", "NOUN"]
    assert _headline(Doc(vocab, words=words, pos=pos)[:])  # Discuss, Trade, Tariffs, With, Talks: 5 of 5
    lower = Doc(vocab, words=[w if p == "PROPN" or k == 0 else w.lower() for k, (w, p) in enumerate(zip(words, pos))],
                pos=pos)
    assert not _headline(lower[:])
    mixed = Doc(vocab, words=["Biden", "Says", "talks", "Were", "Good", "and", "Long"], pos=["PROPN", "VERB", "NOUN",
                                                                                        "AUX", "ADJ", "CCONJ", "ADJ"])
    assert _headline(mixed[:])  # Says, talks, Were, Good, Long: 4 of 5 capitalised (and "and" is too short)
    assert not _headline(mixed[:4])  # Says, talks, Were: 2 of 3


def test_topics_title_line_verb_of_named_participants_gives_its_object(facts_of):
    """The title's verb whose subject names the meeting's participants tells what the meeting did: its object is a
    topic, a bare noun too ("declare truce"); a group's verb there is not ("Fishing leaders declare truce")."""
    assert topics(facts_of(MEETING, title="Scholz, Macron declare truce at Paris summit")) == {"truce"}
    assert topics(facts_of(MEETING, title="Fishing leaders declare truce at Paris summit")) == set()


@pytest.mark.parametrize("title, text, expected", [
    # a news title names its news: what its verb or a preposition governs is a topic of the named meeting
    ("European fishermen welcome new quota deal", MEETING, {"new quota deal"}),
    ("Scholz to back joint fishing quotas after talks", MEETING, {"joint fishing quotas"}),
    # not a bare common noun, the agent of a passive, a title's country, a meeting noun or what its phrase is about
    ("Hostages freed by Darfur rebels", MEETING, set()),
    ("Scholz meets President of Guatemala", MEETING, set()),
    ("Leaders hold summit on fishing quotas", MEETING, {"fishing quotas"}),  # the meeting noun's own cue gives it
    # not a title-case headline, a phone call, nor talks or a press conference that name no one
    ("European Fishermen Welcome New Quota Deal", MEETING, set()),
    ("European fishermen welcome new quota deal",
     "Chancellor Olaf Scholz spoke by phone with President Emmanuel Macron on Monday.", set()),
    ("European fishermen welcome new quota deal", "Talks on the border resumed in Geneva on Monday.", {"border"}),
    ("Ruritanian senate passes farm aid bill",
     "At a press conference in Strelsau on Monday, the ministry announced the vote.", set()),
    # but a meeting that names no one, in an article without a meeting of named persons (title-topic-unnamed-gatherings)
    ("Ruritanian senate passes farm aid bill",
     "A special meeting of the Ruritanian Senate was held in Strelsau on Monday. The vote was 40 to 12.",
     {"farm aid bill"}),
    # not a parliament's session nor a rally (title-topic-unnamed-heads): a body's business, not talks
    ("Ruritanian parliament passes farm aid bill",
     "A special session of the Ruritanian Parliament was held in Strelsau on Monday. The vote was 40 to 12.", set()),
    # nor the noun of a fixed phrase (topic-fixed-phrase): "draw to a close"
    ("Fishing quota talks draw to a close in Riga", MEETING, set()),
    # nor a rubric line, opening with a preposition and without a verb (title-rubric-first-pos, title-report-pos)
    ("On the fishing quota trail in Ruritania, May 2031", MEETING, set()),
])
def test_topics_news_a_title_line_names(facts_of, title, text, expected):
    assert topics(facts_of(text, title=title)) == expected


def test_topictitle_title_heads_model_free():
    """Model-free: a title's nouns that its verb or a preposition governs (kg.extract.topictitle.title_heads); not its
    subject, a person, a meeting noun ("talks") or what the meeting noun's phrase is about, nor a passive's agent."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topictitle import title_heads

    vocab = spacy.blank("en").vocab
    words = ["Garcia", "signs", "fishing", "deal", "with", "Lopez", "after", "talks", "on", "quotas"]
    doc = Doc(vocab, words=words, heads=[1, 1, 3, 1, 3, 4, 1, 6, 7, 8],
              deps=["nsubj", "ROOT", "compound", "dobj", "prep", "pobj", "prep", "pobj", "prep", "pobj"],
              pos=["PROPN", "VERB", "NOUN", "NOUN", "ADP", "PROPN", "ADP", "NOUN", "ADP", "NOUN"],
              lemmas=["Garcia", "sign", "fishing", "deal", "with", "Lopez", "after", "talk", "on", "quota"],
              ents=["B-PERSON", "O", "O", "O", "O", "B-PERSON", "O", "O", "O", "O"])
    assert [t.text for t in title_heads(doc[:])] == ["deal"]
    doc = Doc(vocab, words=["Hostages", "freed", "by", "rebels"], heads=[1, 1, 1, 2],
              deps=["nsubjpass", "ROOT", "agent", "pobj"], pos=["NOUN", "VERB", "ADP", "NOUN"],
              lemmas=["hostage", "free", "by", "rebel"])
    assert title_heads(doc[:]) == []
    doc = Doc(vocab, words=["Talks", "draw", "to", "a", "close"], heads=[1, 1, 1, 4, 2],
              deps=["nsubj", "ROOT", "prep", "det", "pobj"], pos=["NOUN", "VERB", "ADP", "DET", "NOUN"],
              lemmas=["talk", "draw", "to", "a", "close"])
    assert title_heads(doc[:]) == []  # the noun of a fixed phrase (topic-fixed-phrase)


def test_topictitle_rubric_line_model_free():
    """Model-free: a title line opening with a preposition (``title-rubric-first-pos``) and without a verb
    (``title-report-pos``) is a rubric ("On the quota trail in Ruritania"), not news of an act; one with a verb is
    news, and so is one without that opens with a noun (a title's verb is often tagged a noun)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topictitle import rubric_line

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["On", "the", "quota", "trail", "in", "Ruritania"], heads=[0, 3, 3, 0, 3, 4],
              deps=["ROOT", "det", "compound", "pobj", "prep", "pobj"],
              pos=["ADP", "DET", "NOUN", "NOUN", "ADP", "PROPN"])
    assert rubric_line(doc[:])
    doc = Doc(vocab, words=["Garcia", "signs", "quota", "deal"], heads=[1, 1, 3, 1],
              deps=["nsubj", "ROOT", "compound", "dobj"], pos=["PROPN", "VERB", "NOUN", "NOUN"])
    assert not rubric_line(doc[:])
    doc = Doc(vocab, words=["Summit", "denounces", "quota", "deal"], heads=[1, 1, 3, 1],
              deps=["compound", "ROOT", "compound", "dobj"], pos=["NOUN", "NOUN", "NOUN", "NOUN"])
    assert not rubric_line(doc[:])
    doc = Doc(vocab, words=["After", "talks", ",", "Garcia", "signs", "deal"], heads=[4, 0, 4, 4, 4, 4],
              deps=["prep", "pobj", "punct", "nsubj", "ROOT", "dobj"],
              pos=["ADP", "NOUN", "PUNCT", "PROPN", "VERB", "NOUN"])
    assert not rubric_line(doc[:])


def test_topictitle_unnamed_gatherings_model_free():
    """Model-free: with no meeting of named persons, a title line names the news of talks that name no one when their
    first mention is a meeting, a summit or a sitting (``title-topic-unnamed-gatherings``), not a press conference
    nor talks, and never when they name a participant."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topictitle import unnamed_gatherings
    from kg.model import EventFact, Evidence, Person

    doc = Doc(spacy.blank("en").vocab, words=["A", "meeting", "was", "held", "."])

    def event(rule: str, *people: Person) -> EventFact:
        evidence = Evidence("t", doc.text, 0, 2, 9, f"event:unnamed+{rule}")
        return EventFact("e1", "meeting", people, evidence, name=doc[1].text)

    assert [e.evidence.rule for e in unnamed_gatherings([event("m-meeting")])] == ["event:unnamed+m-meeting"]
    assert unnamed_gatherings([event("m-summit")]) and unnamed_gatherings([event("m-sit")])
    assert unnamed_gatherings([event("m-press-conference")]) == []
    assert unnamed_gatherings([event("m-talks")]) == []
    assert unnamed_gatherings([event("m-meeting", Person("garcia", "Ana Garcia"))]) == []


def test_topictitle_talks_name_model_free():
    """Model-free: the name of talks that name no one is one of talks when its last word is a meeting, a summit or a
    conference (``title-topic-unnamed-heads``), or when they have no name; not a session, a sitting or a gathering,
    nor a named event that is no talks."""
    from kg.extract.topictitle import talks_name

    assert talks_name("special meeting") and talks_name("Strelsau Summit") and talks_name("council meetings")
    assert talks_name("Zenda conference") and talks_name(None)
    assert not talks_name("legislative session") and not talks_name("first sitting")
    assert not talks_name("public gatherings") and not talks_name("Ruritanian war")


def test_topictitle_capitalised_line_model_free():
    """Model-free: a title whose longer words are mostly capitalised, names included, is a readout's headline ("Readout
    of White House Meetings with Leaders on Police Reform"), no news title; a sentence-case title is one."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topictitle import _capitalised_line

    vocab = spacy.blank("en").vocab
    readout = "Readout of White House Meetings with Leaders on Police Reform".split()
    news = "Ruritanian president rejects prime minister's resignation over leaked audio".split()
    assert _capitalised_line(Doc(vocab, words=readout)[:])
    assert not _capitalised_line(Doc(vocab, words=news)[:])


ROUNDUP_LEAD = ("The Ruritanian election campaign entered its final week on Monday. "
                "Senator Ana Garcia met Governor Luis Lopez in Strelsau on Tuesday. ")
ROUNDUP_FILLER = " ".join(f"Polling station {n} in the northern province reported a long queue." for n in range(16))


@pytest.mark.parametrize("text, expected", [
    # a group's act in a sentence near the meeting's mention is what the meeting discussed
    (ROUNDUP_LEAD + "Campaign officials expressed concern about fishing quotas. " + ROUNDUP_FILLER, True),
    # far from every mention of it, in an article whose lead reports no meeting, it is of something else
    (ROUNDUP_LEAD + ROUNDUP_FILLER + " Campaign officials expressed concern about fishing quotas.", False),
])
def test_topics_far_from_the_meeting_in_a_roundup(facts_of, text, expected):
    assert ("fishing quotas" in topics(facts_of(text))) == expected


def test_topicevents_out_of_reach_model_free():
    """Model-free: a cue REACH_SENTENCES or more sentences from every mention of its meeting, in a sentence naming
    none, in an article whose lead reports no meeting, is out of the meeting's reach; a nearer mention, an event
    named in the sentence or a reported meeting keep it in reach."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicevents import REACH_SENTENCES, out_of_reach

    n = REACH_SENTENCES + 2
    doc = Doc(spacy.blank("en").vocab, words=["Word", "."] * n, sent_starts=[True, False] * n)
    far = doc[2 * (n - 1)]
    assert out_of_reach(far, [0], [], frozenset())
    assert not out_of_reach(far, [0, 2 * (n - 3)], [], frozenset())  # a later mention nearby
    assert not out_of_reach(far, [0], ["e2"], frozenset())  # the sentence names an event
    assert not out_of_reach(far, [0], [], frozenset({"e1"}))  # the lead reports a meeting
    assert not out_of_reach(doc[2], [0], [], frozenset())


def test_topicevents_title_participants_names_persons_of_one_event(actors):
    """Model-free: a verb whose subject names persons who all took part in one event ("Garcia, Lopez declare truce")
    speaks for the meeting; a subject naming nobody ("Leaders declare truce") or a non-participant does not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.context import build_context
    from kg.extract.topicevents import title_participants
    from kg.model import Article, EventFact

    words = ["Garcia", ",", "Lopez", "declare", "truce", "\n\n", "Leaders", "declare", "truce", ".",
             "Torres", "declares", "truce", ".", "Garcia", "met", "Lopez", "."]
    heads = [3, 0, 0, 3, 3, 4, 7, 7, 7, 7, 11, 11, 11, 11, 15, 15, 15, 15]
    deps = ["nsubj", "punct", "conj", "ROOT", "dobj", "dep", "nsubj", "ROOT", "dobj", "punct",
            "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"]
    pos = ["PROPN", "PUNCT", "PROPN", "VERB", "NOUN", "SPACE", "NOUN", "VERB", "NOUN", "PUNCT",
           "PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "VERB", "PROPN", "PUNCT"]
    starts = [1, 0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0]
    ents = ["B-PERSON", "O", "B-PERSON"] + ["O"] * 7 + ["B-PERSON"] + ["O"] * 3 + ["B-PERSON", "O", "B-PERSON", "O"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, sent_starts=starts, ents=ents,
              lemmas=[w.lower() for w in words])
    ctx = build_context(doc, Article("t", doc.text), actors)
    garcia, lopez = (ctx.person(ctx.persons_at(doc[i])[0]) for i in (14, 16))
    event = EventFact("e1", "meeting", (garcia, lopez), ctx.evidence(14, 17, "test"))
    assert title_participants(ctx, doc[3], [event])
    assert not title_participants(ctx, doc[7], [event])  # "Leaders": nobody named
    assert not title_participants(ctx, doc[11], [event])  # Torres took part in no event
    assert not title_participants(ctx, doc[3], [])


@pytest.mark.parametrize("text, expected", [
    # what a body that met decided or agreed (``c-decide``; ``topic-group-subjects``: the cabinet speaks for its
    # meeting); not what another body decided
    ("The Danish cabinet held an emergency meeting in Copenhagen on Monday. The cabinet decided that the navy will "
     "buy new frigates.", {"new frigates"}),
    ("The Danish cabinet held an emergency meeting in Copenhagen on Monday. The cabinet agreed that new frigates "
     "should be built.", {"new frigates"}),
    ("At its first meeting on the subject, the Danish cabinet decided to replace the ageing frigate fleet.",
     {"ageing frigate fleet"}),
    ("The Danish cabinet held an emergency meeting in Copenhagen on Monday. The Supreme Court decided that the "
     "pension law is void.", set()),
])
def test_topics_what_a_meeting_decided(facts_of, text, expected):
    assert topics(facts_of(text)) == expected


def test_topics_decide_cue_and_cabinet_subject_model_free():
    """Model-free: "decided" is a topic cue of its own (``c-decide``), and "the cabinet" speaks for its meeting as a
    group; "the court" does not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topiccues import cue
    from kg.extract.topicevents import _group_subject

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["The", "cabinet", "decided", "reforms"], heads=[1, 2, 2, 2],
              deps=["det", "nsubj", "ROOT", "dobj"], pos=["DET", "NOUN", "VERB", "NOUN"],
              lemmas=["the", "cabinet", "decide", "reform"])
    row = cue(doc[2])
    assert row is not None and row["id"] == "c-decide"
    assert _group_subject(doc[1])
    doc = Doc(vocab, words=["The", "court", "decided"], heads=[1, 2, 2], deps=["det", "nsubj", "ROOT"],
              pos=["DET", "NOUN", "VERB"], lemmas=["the", "court", "decide"])
    assert not _group_subject(doc[1])


def test_topics_of_a_telephone_call(facts_of):
    """"X telephoned Y to discuss Z" is a call (m-telephone) whose purpose is its topic."""
    facts = facts_of("Prime Minister Lena Dahl telephoned President Jonas Berg on Sunday to discuss the fishing quotas.")
    assert [e.kind for e in facts.events] == ["call"] and topics(facts) == {"fishing quotas"}


def test_topics_travel_is_no_topic_model_free():
    """Model-free: a journey is travel, no topic (stoplist drop ``journey``), and where a tour, trip, visit or journey
    goes is where someone travelled (``topic-travel-destination``): "a journey to the Baltic region and Finland"."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.rulematch import rule_marks
    from kg.extract.topicphrase import phrase_span

    words = ["a", "journey", "to", "the", "Baltic", "region", "and", "Finland"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 5, 5, 2, 5, 5],
              deps=["det", "ROOT", "prep", "det", "amod", "pobj", "cc", "conj"],
              pos=["DET", "NOUN", "ADP", "DET", "ADJ", "NOUN", "CCONJ", "PROPN"],
              lemmas=["a", "journey", "to", "the", "baltic", "region", "and", "Finland"])
    assert phrase_span(doc[1]) is None
    marks = rule_marks(doc)
    assert marks.rule("topic-setting", 5) == "topic-travel-destination" and marks.has("topic-setting", 7)
    assert not marks.has("topic-setting", 1)


def test_unnamed_talks_meeting_verb_where_clause_model_free():
    """Model-free: "Officials met at the forum, where they discussed trade" reports talks (a "where" clause of a
    discussion cue on the meeting verb's place phrase, ``unnamed_talks.purpose_meetings``); "…, where they praised
    trade" (no discussion cue) does not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.unnamed_talks import purpose_meetings

    def verbs(cue):
        words = ["Officials", "met", "at", "the", "forum", ",", "where", "they", cue, "trade", "."]
        lemma = {"discussed": "discuss", "praised": "praise"}[cue]
        doc = Doc(spacy.blank("en").vocab, words=words,
                  lemmas=["official", "meet", "at", "the", "forum", ",", "where", "they", lemma, "trade", "."],
                  heads=[1, 1, 1, 4, 2, 4, 8, 8, 4, 8, 1],
                  deps=["nsubj", "ROOT", "prep", "det", "pobj", "punct", "advmod", "nsubj", "relcl", "dobj", "punct"],
                  pos=["NOUN", "VERB", "ADP", "DET", "NOUN", "PUNCT", "SCONJ", "PRON", "VERB", "NOUN", "PUNCT"])
        return [t.text for t in purpose_meetings(doc)]

    assert verbs("discussed") == ["met"]
    assert verbs("praised") == []

def test_topics_a_person_with_the_group_he_met_speaks_for_the_meeting(facts_of):
    """"The President and this group discussed X": the named person with the unnamed side of his meeting."""
    facts = facts_of("President Rolf Ekdahl met yesterday with senior advisors and outside experts to discuss housing "
                     "policy. The President and the group discussed rent legislation and the supply of new homes.")
    assert {"rent legislation", "supply of new homes"} <= topics(facts)
    alone = facts_of("President Rolf Ekdahl met yesterday with senior advisors and outside experts to discuss housing "
                     "policy. Senator Ivo Lind and his wife discussed rent legislation.")
    assert "rent legislation" not in topics(alone)


def test_topics_with_group_model_free():
    """Model-free: "The President and this group" is a person with the side he met (topic-group-subjects);
    "The President and the Senator" is not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicevents import with_group

    def subject(last):
        doc = Doc(spacy.blank("en").vocab, words=["The", "President", "and", "this", last, "met"],
                  heads=[1, 5, 1, 4, 1, 5], deps=["det", "nsubj", "cc", "det", "conj", "ROOT"],
                  pos=["DET", "PROPN", "CCONJ", "DET", "NOUN", "VERB"])
        return doc[1]

    assert with_group(subject("group"))
    assert not with_group(subject("Senator"))


def test_topicphrase_name_keeps_its_words_model_free():
    """Model-free: a proper-name head too long with its complement keeps its left words ("prosperous North America"),
    a common noun keeps its complement ("support for Ukraine")."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topicphrase import phrase_span

    words = ["a", "prosperous", "North", "America", "with", "good", "paying", "jobs"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 3, 3, 7, 7, 4],
              deps=["det", "amod", "compound", "ROOT", "prep", "amod", "amod", "pobj"],
              pos=["DET", "ADJ", "PROPN", "PROPN", "ADP", "ADJ", "VERB", "NOUN"],
              lemmas=["a", "prosperous", "North", "America", "with", "good", "pay", "job"])
    assert phrase_span(doc[3])[0] == "prosperous North America"



@pytest.mark.parametrize("text, expected", [
    # a name keeps its own words before a complement that makes the phrase too long
    ("Scholz reaffirmed his commitment to building a prosperous North America with good paying jobs.",
     {"prosperous North America", "good paying jobs"}),
    ("The two leaders welcomed plans for a peaceful West Africa with open borders and free trade.",
     {"peaceful West Africa"}),
])
def test_topics_a_name_keeps_its_words(facts_of, text, expected):
    assert expected <= topics(facts_of(MEETING + text))


def test_topics_trip_nouns_model_free():
    """Model-free: a trip noun ("tour", topic-trip-nouns) is no topic of a participant's verb; other nouns are."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.topics import _trip

    words = ["He", "ended", "his", "tour", "of", "the", "provinces", "and", "praised", "the", "tourism", "plan"]
    lemmas = ["he", "end", "his", "tour", "of", "the", "province", "and", "praise", "the", "tourism", "plan"]
    pos = ["PRON", "VERB", "PRON", "NOUN", "ADP", "DET", "NOUN", "CCONJ", "VERB", "DET", "NOUN", "NOUN"]
    heads = [1, 1, 3, 1, 3, 6, 4, 1, 1, 11, 11, 8]
    deps = ["nsubj", "ROOT", "poss", "dobj", "prep", "det", "pobj", "cc", "conj", "det", "compound", "dobj"]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas, pos=pos, heads=heads, deps=deps)
    assert _trip(doc[3], doc[1]) and _trip(doc[6], doc[1])  # the tour, and what it went to
    assert not _trip(doc[11], doc[8]) and not _trip(doc[10], doc[8])

"""Quote attribution rules (kg.extract.quotes): tables of sentences written for these tests → the
(speaker surname, words inside the quotation) of every quote extracted, in text order."""

from __future__ import annotations

import pytest

from kg.extract.quotemarks import quote_spans


def said(facts) -> list[tuple[str, str]]:
    return [(q.speaker.name.split()[-1], q.text) for q in facts.quotes]


def check(facts, expected: list[tuple[str, str]]) -> None:
    found = said(facts)
    assert len(found) == len(expected), found
    for (speaker, text), (want_speaker, snippet) in zip(found, expected):
        assert speaker == want_speaker and snippet in text, (found, expected)


@pytest.mark.parametrize("text, expected", [
    # split quotation, joined into one
    ("“Our doors remain open,” Chancellor Karl Nehammer said, “but our patience is not endless.”",
     [("Nehammer", "but our patience is not endless")]),
    # introduced by a colon, in the same sentence and across a paragraph break
    ("President Alar Karis said on Tuesday: “Estonia will never accept a border drawn by force.”",
     [("Karis", "never accept a border drawn by force")]),
    ("Prime Minister Petr Fiala told parliament:\n\n“The budget must be balanced within three years.”",
     [("Fiala", "balanced within three years")]),
    # speaker named after the quotation
    ("“The talks were frank and useful for both sides,” said Foreign Minister Penny Wong.",
     [("Wong", "frank and useful")]),
    # curly, straight and mixed quotation marks
    ('Senator Amy Klobuchar said "the bill will pass this week with support from both parties".',
     [("Klobuchar", "support from both parties")]),
    ('“The ceasefire must hold in every village," Secretary-General António Guterres said.',
     [("Guterres", "must hold in every village")]),
])
def test_extract_quotes_speaker_before_or_after(facts_of, text, expected):
    check(facts_of(text), expected)


@pytest.mark.parametrize("text, expected", [
    # a pronoun speaker one paragraph after the person is named
    ("Prime Minister Mark Rutte arrived in Kyiv on Friday.\n\n"
     "“We will stand with Ukraine for as long as it takes,” he told reporters.",
     [("Rutte", "for as long as it takes")]),
    # "he added" after a quote is that quote's speaker, not a person named inside the reported clause
    ("Governor Maria Lopez resigned on Monday. She said Mayor Tom Baker is “an honest and decent man”; "
     "however, “the party needs a fresh start before the election”, she added.",
     [("Lopez", "an honest and decent man"), ("Lopez", "needs a fresh start")]),
    # ... but not when someone else becomes the subject in between
    ("“We need more time to study the plan,” said Minister Anna Berg. Prime Minister Lars Holm disagreed. "
     "“The deadline stays,” he said.",
     [("Berg", "need more time"), ("Holm", "The deadline stays")]),
    # a quotation paragraph that runs on into the next one (no closing mark at the paragraph end)
    ("“We have rebuilt schools and roads across the region this year.\n\n"
     "“Next year we will start on the hospitals,” Governor Gavin Newsom said.",
     [("Newsom", "this year. Next year we will start")]),
    # a chain of "he" subjects, each a few sentences after the one before, reaches back past the pronoun reach
    ("UN relief coordinator Jan Egeland visited Beirut on Sunday. Mr. Egeland said there was a humanitarian crisis "
     "unfolding in Lebanon, and that more than half a million people were directly affected by the fighting. He said "
     "that wounded people were unable to get treatment and that no safe drinking water was available in the south "
     "of the country. He expected the number of displaced people to increase sharply in the coming days as the army "
     "has warned residents of the south to leave the area.\n\nOutlining plans for a large relief operation, he "
     "called for an end to the violence, saying, \"We can't get relief into the country in any quantity or "
     "distribute it beyond a few points.\"",
     [("Egeland", "get relief into the country")]),
    # ... but not when the chain switches pronoun ("he" … "She said …"): someone else came in
    ("UN relief coordinator Jan Egeland visited Beirut on Sunday. Mr. Egeland said there was a humanitarian crisis "
     "unfolding in Lebanon, and that more than half a million people were directly affected by the fighting. He "
     "left for the south on Monday. A reporter of the Daily Star was there this week. She said that wounded people were "
     "unable to get treatment and that no safe drinking water was available in the south of the country. She "
     "expected the number of displaced people to increase sharply as the army has warned residents of the south to "
     "leave.\n\nOutlining plans for a large relief operation, she called for an end to the violence, saying, "
     "\"We can't get relief into the country in any quantity or distribute it beyond a few points.\"",
     []),
    # a quotation whose closing mark is missing: it ends where the next one opens, or with its paragraph
    ('Senator Rhea Moss spoke after the vote. "We lost the vote today and we accept the result. "But we will be '
     'back next year with a better bill," Moss said.',
     [("Moss", "we accept the result"), ("Moss", "back next year with a better bill")]),
    ('Mayor Ivo Kran said that the city would rebuild the bridge.\n\n"Every family in the valley depends on that '
     'crossing, and we will not leave them waiting.\n\nGovernor Ana Pell called for calm. "Nobody should panic '
     'about the water supply," she said.',
     [("Kran", "depends on that crossing"), ("Pell", "Nobody should panic")]),
    ('Minister Pavo Lind spoke in Tromsø. ""Whatever happens next week, our ports will stay open to every ship," '
     'he said.',
     [("Lind", "our ports will stay open")]),
    # an unattributed quotation right after an attributed one in the same paragraph
    ('"The negotiations were long and difficult," Foreign Minister Annalena Baerbock told reporters. '
     '"But we reached an agreement that protects our farmers."',
     [("Baerbock", "long and difficult"), ("Baerbock", "protects our farmers")]),
])
def test_extract_quotes_pronouns_and_paragraphs(facts_of, text, expected):
    check(facts_of(text), expected)


@pytest.mark.parametrize("text, expected", [
    # the speech noun's owner, not the subject of the sentence
    ("The minister praised President Cyril Ramaphosa's statement that “no country can solve this crisis alone”.",
     [("Ramaphosa", "no country can solve this crisis")]),
    # characterising verbs with a quoted "as" complement; short quotes governed by a speech verb
    ("Chancellor Olaf Scholz dismissed the proposal as “completely unrealistic”.",
     [("Scholz", "completely unrealistic")]),
    # "referred to Y as “…”": the "as" phrase hung on the object of "to"
    ("Governor Ilse Brandvold referred to the new toll as a “tax on commuters”.",
     [("Brandvold", "tax on commuters")]),
    ("Prime Minister Kyriakos Mitsotakis said on Tuesday that the maritime agreement signed last month was "
     "“legally void”.",
     [("Mitsotakis", "legally void")]),
    # an appositive name the parser leaves outside the subject
    ("The head of the electoral commission, Maria Santos, said, “Every vote will be counted before Friday.”",
     [("Santos", "Every vote will be counted")]),
    # "by saying": the subject of the verb above
    ("President Emmanuel Macron closed the summit by saying “Europe must learn to defend itself”.",
     [("Macron", "Europe must learn to defend itself")]),
])
def test_extract_quotes_governing_word(facts_of, text, expected):
    check(facts_of(text), expected)


@pytest.mark.parametrize("text", [
    # passive: the person described is not the speaker
    "Senator John Fetterman was described by colleagues as “a tireless and stubborn negotiator”.",
    # an institution speaks, though a person is named in the sentence
    "“The border will stay closed until further notice,” the interior ministry said after Minister Nancy Faeser "
    "spoke to the border guards.",
    # names and terms in quotation marks are not quotations
    "Prime Minister Rishi Sunak announced the “Global Partnership for Clean Energy Transition” on Monday.",
    "Secretary Antony Blinken said the “one China” policy was unchanged.",
    "Justice Elena Kagan wrote that the phrase “natural born citizen of the United States” was never defined.",
])
def test_extract_quotes_not_a_persons_quote(facts_of, text):
    assert said(facts_of(text)) == []


@pytest.mark.parametrize("text, expected", [
    ('He said "yes" and left.', ["yes"]),
    ("“Mixed marks\" end here.", ["Mixed marks"]),
    ("“First paragraph, left open\n\n“Second paragraph.”", ["First paragraph, left open", "Second paragraph."]),
    ('"One" and "two"\n\n"three"', ["One", "two", "three"]),
    # a quotation never closed ends with its paragraph
    ("An unpaired “mark here\n\nand “a pair” there.", ["mark here", "a pair"]),
    # ... or where a mark shaped as an opening one (after a space, before a word) opens the next quotation;
    # a doubled opening mark opens one quotation
    ('"We lost the vote today. "But we will be back," Dana Ruel said.', ["We lost the vote today.",
                                                                         "But we will be back,"]),
    ("“The talks failed. “We try again in May,” he said.", ["The talks failed.", "We try again in May,"]),
    ('""Whatever happens, the ports stay open," she said.', ["Whatever happens, the ports stay open,"]),
    ('He warned: "If they strike, and "nobody will be paid!" Then he left.', ["If they strike, and",
                                                                             "nobody will be paid!"]),
    # ... but a misplaced closing mark inside a sentence, in a paragraph whose marks pair, still closes
    ('The "Harbour Street memo "is the subject of "a long hearing" today.', ["Harbour Street memo ",
                                                                            "a long hearing"]),
    # a straight mark closes “… when the next curly mark opens another quotation (curly ones do not nest)
    ('She said “I lost." Then he said “we will win.”', ["I lost.", "we will win."]),
    ('“a "nested" word”', ['a "nested" word']),
    # a quotation left open whose closing mark comes a paragraph or two later, the opening marks left out
    ('"We are ready.\n\nThe rest can wait," she said.', ["We are ready.", "The rest can wait,"]),
    ('"One.\n\nTwo.\n\nThree," he said.', ["One.", "Two.", "Three,"]),
    # ... but not past a paragraph whose first mark opens another quotation, nor past three paragraphs
    ('"Left open.\n\nHe called it "fine" later.', ["Left open.", "fine"]),
    ('"Open.\n\nA.\n\nB.\n\nC.\n\nD," he said.', ["Open."]),
])
def test_extract_quotes_spans(text, expected):
    assert [text[a:b] for a, b in quote_spans(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Mr Lund called it ‘a plan that cannot work’ and left.", ["a plan that cannot work"]),
    ("'We don't want it, and the farmers' union agrees,' he said.", ["We don't want it, and the farmers"]),
    # single marks inside a double quotation, an apostrophe before a number, an opening mark without a close
    ("He said “it is ‘fine’ here” today.", []),
    ("In the ’90s it was 'quiet\n\nlater' again.", []),
])
def test_quotemarks_single_quotes(text, expected):
    """Model-free: quotations in single marks outside the double ones (British style)."""
    from kg.extract.quotemarks import scan_quotes, single_quotes

    doubles = [(a, b) for a, b, _ in scan_quotes(text)]
    assert [text[a:b] for a, b in single_quotes(text, doubles)] == expected


def test_quotemarks_no_single_quotes_in_the_headline():
    """Model-free: a headline's single marks abridge; the body's are quotations; double ones count in both."""
    from kg.extract.quotemarks import scan_all_quotes

    text = "Mayor calls plan 'a disgrace'\n\nMayor Ida Berg called it 'a disgrace to the town' and \"a waste\"."
    body = text.index("\n\n")
    assert [text[a:b] for a, b, _ in scan_all_quotes(text, body)] == ["a disgrace to the town", "a waste"]
    assert len(scan_all_quotes(text)) == 3


@pytest.mark.parametrize("text, expected", [
    # an attribution the parser splits off after a quotation ending in "!" or "?"
    ('"We will not give up! Our people deserve better!" Chancellor Karl Nehammer told supporters on Sunday.',
     [("Nehammer", "Our people deserve better")]),
    # ... or in a full stop, the writer's slip for a comma
    ('Storms closed the coast road again. "We will rebuild the harbour wall before the first winter storm." '
     'Mayor Tove Lindqvist said.',
     [("Lindqvist", "rebuild the harbour wall")]),
    # a colon after a clause about a person, whatever its verb
    ('President Gustavo Petro rejected the proposal: "This plan would ruin our farmers and our forests."',
     [("Petro", "would ruin our farmers")]),
    ('President Gustavo Petro rejected the proposal of Senator Ana Ruiz:\n\n'
     '"This plan would ruin our farmers and our forests."',
     [("Petro", "would ruin our farmers")]),
    # ... but not a verb inside the quotation, nor a document that "reads"
    ("The family's statement read: \"Ana loved her garden and her grandchildren more than anything.\"", []),
    # speech acts that report words: apologise, allege
    ('Prime Minister Justin Trudeau apologised to parliament for "a terrible lapse in judgement by my office".',
     [("Trudeau", "a terrible lapse in judgement")]),
    ('Minister Sharif Hotak visited the site. Hotak also alleged the government was '
     '"hiding accurate casualty figures from the public".',
     [("Hotak", "hiding accurate casualty figures")]),
    # a quotation that ended a sentence is not joined with the next one
    ('"The vote was fair and the count was clean," Minister Anna Berg said. "We accept the result of this election." '
     'She added, "Now we must govern for everyone in this country."',
     [("Berg", "The vote was fair"), ("Berg", "We accept the result"), ("Berg", "Now we must govern")]),
    # a quotation over two paragraphs whose second opening mark is missing: one quotation, its speaker after it
    ('Governor Rosa Lind spoke in Denver on Friday. "The storm has destroyed two hundred homes in the valley.\n\n'
     'We will rebuild every one of them before the winter comes," Lind said.',
     [("Lind", "The storm has destroyed two hundred homes")]),
])
def test_extract_quotes_attribution_around_the_quote(facts_of, text, expected):
    check(facts_of(text), expected)


@pytest.mark.parametrize("text, expected", [
    # mixed marks: “…" closed by a straight mark, then another “…” in the same paragraph
    ('At a briefing, Mayor Lena Ortiz denied the report. She said “I have done nothing wrong and I will prove it." '
     'Governor Tom Reyes said “The inquiry must run its course before anyone judges her.”',
     [("Ortiz", "done nothing wrong"), ("Reyes", "must run its course")]),
    # the speaker named after the verb that follows the quotation
    ('Foreign Minister Ann Linde visited Riga. "We want the border question settled within weeks, not months, and '
     'we hope both sides choose the road of talks," added Linde.',
     [("Linde", "settled within weeks")]),
    # a name alone before the speech verb
    ('Minister Marco Bellini resigned on Monday.\n\nBellini stated in his letter that he was "appalled" by the '
     'affair.', [("Bellini", "appalled")]),
    # a quotation paragraph of its own continues the speaker of the paragraph before
    ('Army spokesman Jean Ndayishimiye said the attackers had fled across the river.\n\n'
     '"We do not yet know who ordered this attack on the village, but we will find them."',
     [("Ndayishimiye", "who ordered this attack")]),
    ('Army spokesman Jean Ndayishimiye visited the village.\n\n'
     '"We do not yet know who ordered this attack on the village, but we will find them."', []),
    # a quotation opening a sentence after a sentence about one named person is that person's words
    ('At first, Mayor Ingrid Olsen was not surprised. "I hear this sort of thing every week in this town, and '
     'it no longer shocks me."', [("Olsen", "I hear this sort of thing")]),
    ('At first, the council was not surprised. "I hear this sort of thing every week in this town, and '
     'it no longer shocks me."', []),
    # "according to X"; an institution gives no quote
    ('According to Foreign Minister Ana Pastor, "the agreement will be signed before the end of the year."',
     [("Pastor", "signed before the end of the year")]),
    # single quotation marks (British style)
    ("Minister Petra Hollis said ‘the tunnel will open before the winter, whatever the cost’.",
     [("Hollis", "open before the winter")]),
    ("'We will not sell the harbour to anyone,' Mayor Owen Tregarth told the council.",
     [("Tregarth", "not sell the harbour")]),
    # a speech noun owned by a person, the subject of the clause before a colon
    ("Governor Ilse Brandvold's answer to the critics was blunt: “We will build the bridge, and we will build it "
     "this year.”", [("Brandvold", "we will build it this year")]),
    ("The ministry's statement was short: “The border crossing will stay closed until further notice.”", []),
    ('"The agreement will be signed before the end of the year," according to Foreign Minister Ana Pastor.',
     [("Pastor", "signed before the end of the year")]),
    ('According to the ministry, "the agreement will be signed before the end of the year."', []),
    # thanking, pointing out and reacting report words
    ('Mayor Anne Hidalgo thanked "the firefighters and nurses for their tireless and brave work".',
     [("Hidalgo", "firefighters and nurses")]),
    ('As Senator Ana Ruiz pointed out: "This is not only a problem for our city but for the whole country."',
     [("Ruiz", "not only a problem for our city")]),
    # a characterising verb with the quotation as its second object; a participle the parser hangs on the object
    ('President Gabriel Boric hailed the vote "a victory".', [("Boric", "a victory")]),
    ('Senator Ana Ruiz praised the new plan calling it "a real step forward for our farmers".',
     [("Ruiz", "a real step forward")]),
    # "the statement said": the statement a person issued just before; an institution's gives no quote
    ('Chancellor Karl Nehammer issued a statement on Sunday.\n\n"Austria will stand by its neighbours in this '
     'difficult hour and send help at once," the statement said.', [("Nehammer", "stand by its neighbours")]),
    ('The interior ministry issued a statement on Sunday.\n\n"Austria will stand by its neighbours in this '
     'difficult hour and send help at once," the statement said.', []),
    # ... and "it said" for the statement of the sentence before, if a person issued it
    ('After her meeting with the envoy, Maria Lopez issued a statement through the UN, her first public words in '
     'years. "I am ready to cooperate with the government to make this dialogue a success," it said.',
     [("Lopez", "ready to cooperate")]),
    ('Prime Minister Ola Berg released a written statement on Tuesday night.\n\n"We will not bow to threats from any '
     'neighbour, now or ever," it said.', [("Berg", "not bow to threats")]),
    ('The foreign ministry issued a statement on Monday. "Our country will not accept any interference in its '
     'affairs," it said.', []),
    ('President Lina Marsh welcomed the statement by the ministry. "The border will stay closed until further notice '
     'for all trucks," it said.', []),
    ('President Lina Marsh welcomed the statement on Friday. "The border will stay closed until further notice for '
     'all trucks," it said.', []),
    # an attribution after a quotation that trails off ("…")
    ('"The new bridge will change the life of the whole valley..." Governor Ana Ruiz predicted at the opening.',
     [("Ruiz", "change the life of the whole valley")]),
    # the speaker in apposition inside a long subject after the verb
    ('"Our load factor reached eighty percent and even more in the summer," said the airline\'s Vice President for '
     'Sales, Budi Santoso.', [("Santoso", "reached eighty percent")]),
    # ... and not the title's earlier holder in the article
    ('The government\'s chief negotiator, Rafael Soto, met rebel envoys in Kuala Lumpur on Monday. "We are close to '
     'a deal on the ancestral domain," said the chief negotiator for the rebels, Omar Haddad.',
     [("Haddad", "close to a deal on the ancestral domain")]),
    # a label "NAME, Title, “…”" without a verb; a place before the comma is no label
    ('Officials backed the mayor. Martin Gale, governor of the province, "This is a hard day for all of us who '
     'care about the city." Others agreed.', [("Gale", "a hard day for all of us")]),
    ('Officials backed the mayor. In the city, "This is a hard day for all of us who care about the city." Others '
     'agreed.', []),
    # more speech verbs: advise, confirm, summarise, accuse
    ('Professor Mark Byrne met the colonel. Byrne advised him, "You must never target civilians or the plants '
     'they rely on."', [("Byrne", "never target civilians")]),
    ('Minister Abel Tesfaye confirmed that "Ethiopia is in a position to defend itself and its borders".',
     [("Tesfaye", "in a position to defend itself")]),
    ('"The continent is ready for the talks," summarised Zambian delegate Robert Mwale.',
     [("Mwale", "ready for the talks")]),
    ('Secretary of State Ana Ruiz accused the regime of siding with "the forces of extremism".',
     [("Ruiz", "the forces of extremism")]),
    # "A and B, who said": the antecedent of "who", not its conjuncts
    ('The handover was witnessed by Catholic priest Father Alan Reed and former Methodist president Rev. Harold '
     'Goodwin, who said "The experience of seeing this with our own eyes was important."',
     [("Goodwin", "seeing this with our own eyes")]),
    # a name and an apposition set off by commas before a speech verb the parse leaves without a subject
    ('Echoing the comments of many farmers, Mohammed Salem, a 42-year-old teacher in Kirkuk, told reporters: "Today '
     'the new president made it to the seat of power."', [("Salem", "made it to the seat of power")]),
    # a title whose name ends the subject phrase: the parse makes the title the subject
    ('Governor of Ohio Daniel Morrison said the budget "will bring a new period of growth for the state."',
     [("Morrison", "new period of growth")]),
    ('Chief spokesman for the Foreign Ministry Anton Velkov said that "the ministry will not comment on leaked cables '
     'from any embassy."', [("Velkov", "will not comment on leaked cables")]),
    # a definite title in lower case as the subject: the person named before who holds the post
    ('President Omar Baliev appointed Ruslan Tekeev as interior minister on Monday.\n\n"Our first task is to bring '
     'calm back to every province," the new interior minister said.', [("Tekeev", "bring calm back")]),
    # the parser hangs the quoted "as" complement on the object of the characterising verb
    ('Secretary of State Laura Penn welcomed the nomination as an "important milestone" for the country.',
     [("Penn", "important milestone")]),
    # the sentence before has a title and its name both as subjects: one person
    ('Leader of the opposition Peter Dalby said that Hughes should accept the blame for the recession. "He took the '
     'credit in the boom, so why won\'t he take responsibility in the bust?"',
     [("Dalby", "took the credit in the boom")]),
    # a name right before the speech verb that ends its subject phrase, the parse hanging it on an earlier noun
    ('In answer to a letter from his Danish counterpart Erik Holm, Ruritanian Foreign Minister Ivo Marek said: "Mr '
     'Holm knows our courts apply the same law to every citizen of every country."',
     [("Marek", "apply the same law to every citizen")]),
    # "she" is not the person the article calls "Mr", however recently named as a subject
    ('Minister Greta Olsen met the mayor on Monday. Mr Tomas Berg later praised the plan in parliament.\n\n'
     '"The new bridge will cut the journey into town by half for every family," she said.',
     [("Olsen", "cut the journey into town by half")]),
    # characterising verbs with a quoted "as" complement
    ('In a rally on Sunday, Senator Marta Quill assailed the budget as a "reckless gift to the richest families."',
     [("Quill", "reckless gift to the richest families")]),
    ('Governor Hal Dwyer lauded the mayor as "a tireless servant of the city" during the ceremony.',
     [("Dwyer", "tireless servant of the city")]),
    # "according to X": a short quotation attributed directly; X's release and a tweet by X are X's words
    ('According to Finance Minister Lena Ostrova, the country will return to growth "within two years."',
     [("Ostrova", "within two years")]),
    ('The grant is "entirely separate from the money promised in March," according to Senator Ruth Dalby\'s media '
     'release.', [("Dalby", "entirely separate from the money")]),
    # a scream and a profession of feeling
    ('At the rally, candidate Omar Pell was screaming "We will win this state!"', [("Pell", "We will win this state")]),
    ('Governor Ida Renn professed herself "deeply worried" about the flood defences.', [("Renn", "deeply worried")]),
    # several speakers of one quotation: conjoined subjects, or names a plural subject lists
    ('Senator Ana Pereira and Governor Tomas Ruud said the treaty "would not survive another winter of delays".',
     [("Pereira", "would not survive another winter"), ("Ruud", "would not survive another winter")]),
    ('Analysts such as Lena Obradovic and David Kimura described the budget as "reckless" on Monday.',
     [("Obradovic", "reckless"), ("Kimura", "reckless")]),
    # a surname the tagger took for a common noun, shared by two persons: the one the article mostly writes so
    ('Mayor Tom Steel opened the fair with his wife Ana Steel. Steel spoke. Steel left early. Steel described the '
     'plan as "a costly gift to the rich" on Friday.', [("Steel", "a costly gift to the rich")]),
    # a news outlet is no speaker
    ('According to Harbour City News, the minister was "deeply unhappy with the final draft of the bill".', []),
    # ... not a name after a preposition: the spokesman's words, not his principal's
    ('A spokesman for Prime Minister Ivo Marek said: "The government will not change its policy at all this year."',
     []),
])
def test_extract_quotes_news_attribution(facts_of, text, expected):
    check(facts_of(text), expected)


def _doc(words, heads, deps, pos, ents, spaces):
    import spacy
    from spacy.tokens import Doc

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
               lemmas=[{"added": "add", "settled": "settle", "weeks": "week"}.get(w, w.lower()) for w in words],
               ents=ents, spaces=spaces)


@pytest.mark.parametrize("subject, pos, ent, expected", [
    ("Linde", "PROPN", "B-PERSON", ["Linde"]),  # "“…,” added Linde": the parser took the name for the object
    ("minister", "NOUN", "O", []),  # "“…,” added minister": no person
])
def test_quotes_inverted_speaker_parsed_as_object(actors, subject, pos, ent, expected):
    """Model-free: a hand-built parse where the name after the speech verb is its direct object."""
    from kg.extract.context import build_context
    from kg.extract.quotes import find_quotes
    from kg.model import Article

    words = ['"', "We", "want", "the", "border", "question", "settled", "within", "weeks", ",", '"', "added",
             subject, "."]
    heads = [11, 2, 11, 5, 5, 6, 2, 6, 7, 11, 11, 11, 11, 11]
    deps = ["punct", "nsubj", "ccomp", "det", "compound", "nsubj", "ccomp", "prep", "pobj", "punct", "punct",
            "ROOT", "dobj", "punct"]
    pos_tags = ["PUNCT", "PRON", "VERB", "DET", "NOUN", "NOUN", "VERB", "ADP", "NOUN", "PUNCT", "PUNCT", "VERB",
                pos, "PUNCT"]
    spaces = [False, True, True, True, True, True, True, True, False, False, True, True, False, False]
    doc = _doc(words, heads, deps, pos_tags, ["O"] * 12 + [ent, "O"], spaces)
    ctx = build_context(doc, Article("t", doc.text), actors)
    found = [(q.speaker.name.split()[-1], q.text) for q in find_quotes(ctx)]
    assert [s for s, _ in found] == expected
    assert all(t == "We want the border question settled within weeks" for _, t in found)


@pytest.mark.parametrize("after, expected", [
    ([], ["Lind"]),  # '“… before winter.” Tove Lind said.': the parser split the attribution off
    (["roads", "matter"], []),  # '“….” Tove Lind said roads matter.': a sentence of its own, reporting a clause
])
def test_quotes_attribution_split_off_after_a_full_stop(actors, after, expected):
    """Model-free: a quotation ending in a full stop, its attribution parsed as the next sentence."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.context import build_context
    from kg.extract.quotes import find_quotes
    from kg.model import Article

    words = ['"', "We", "will", "rebuild", "the", "bridge", "before", "winter", ".", '"', "Tove", "Lind", "said",
             *after, "."]
    heads = [3, 3, 3, 3, 5, 3, 3, 6, 3, 3, 11, 12, 12] + ([14, 12] if after else []) + [12]
    deps = ["punct", "nsubj", "aux", "ROOT", "det", "dobj", "prep", "pobj", "punct", "punct", "compound", "nsubj",
            "ROOT"] + (["nsubj", "ccomp"] if after else []) + ["punct"]
    pos = ["PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN", "ADP", "NOUN", "PUNCT", "PUNCT", "PROPN", "PROPN",
           "VERB"] + (["NOUN", "VERB"] if after else []) + ["PUNCT"]
    spaces = [False, True, True, True, True, True, True, False, False, True, True, True] + [True] * len(after) + \
        [False, False]
    lemmas = [{"said": "say"}.get(w, w.lower()) for w in words]
    ents = ["O"] * 10 + ["B-PERSON", "I-PERSON"] + ["O"] * (len(words) - 12)
    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents,
              spaces=spaces)
    ctx = build_context(doc, Article("t", doc.text), actors)
    found = [(q.speaker.name.split()[-1], q.text) for q in find_quotes(ctx)]
    assert [s for s, _ in found] == expected
    assert all("We will rebuild the bridge before winter" in t for _, t in found)


def test_extract_quotes_speaker_is_a_named_person(nlp, actors):
    """A one-word "person" the model tags as something else in most of its mentions, or written in capitals or
    with a hyphen, is not a speaker; a surname of someone named in full is."""
    from kg.extract.context import build_context
    from kg.extract.mentions import Mention
    from kg.extract.people import Entity
    from kg.extract.quotes import _Attributor
    from kg.model import Article

    text = "Prime Minister Anthony Albanese spoke to Politico, ALDI and Albanese's office on Monday."
    article = Article("t", text)
    ctx = build_context(nlp(text), article, actors)
    doc = ctx.doc

    def entity(word: str) -> int:
        i = next(t.i for t in doc if t.text == word)
        ctx.entities.append(Entity(len(ctx.entities), (word.lower(),), word, [Mention(i, i + 1, word, "name")]))
        return len(ctx.entities) - 1

    att = _Attributor(ctx, [])
    full = next(e.index for e in ctx.entities if e.tokens[-1:] == ("albanese",))
    assert att.named_person(full)
    assert doc[next(t.i for t in doc if t.text == "Politico")].ent_type_ != "PERSON"
    assert not att.named_person(entity("Politico"))
    assert not att.named_person(entity("ALDI"))
    assert att.named_person(entity("Albanese"))


def test_quotesyntax_second_object_and_object_participle():
    """Model-free: "hailed the vote “a victory”" (second object), "praised the plan calling it “…”" (a
    participle hung on the object climbs to the verb); a participle on a subject does not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotesyntax import object_participle, second_object

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Lula", "hailed", "the", "vote", "a", "victory"], heads=[1, 1, 3, 1, 5, 1],
              deps=["nsubj", "ROOT", "det", "dobj", "det", "dobj"], pos=["PROPN", "VERB", "DET", "NOUN", "DET", "NOUN"])
    assert second_object(doc[5]) and not second_object(doc[3])
    words = ["Ruiz", "praised", "the", "plan", "calling", "it", "good"]
    tags = ["NNP", "VBD", "DT", "NN", "VBG", "PRP", "JJ"]
    pos = ["PROPN", "VERB", "DET", "NOUN", "VERB", "PRON", "ADJ"]
    doc = Doc(vocab, words=words, heads=[1, 1, 3, 1, 3, 4, 4], deps=["nsubj", "ROOT", "det", "dobj", "acl", "dobj", "oprd"],
              pos=pos, tags=tags)
    assert object_participle(doc[4])
    doc = Doc(vocab, words=words, heads=[1, 1, 3, 1, 0, 4, 4], deps=["nsubj", "ROOT", "det", "dobj", "acl", "dobj", "oprd"],
              pos=pos, tags=tags)
    assert not object_participle(doc[4])  # hung on the subject: "Ruiz, calling it …"


@pytest.mark.parametrize("words, pos, expected", [
    (["candidate", "Tavi", "Brenner", "spoke", ".", "Brenner", "said", "no"],
     ["NOUN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "INTJ"], True),  # written after a given name
    (["The", "Brenner", "said", "no", "."], ["DET", "PROPN", "VERB", "INTJ", "PUNCT"], False),  # never in full
    (["Fort", "Brenner", "said", "no"], ["PROPN", "PROPN", "VERB", "INTJ"], False),  # a place's word before it
    (["NATO", "Brenner", "said"], ["PROPN", "PROPN", "VERB"], False),  # an acronym before it
    (["Tavi", "Brenner", "Fund", "said"], ["PROPN", "PROPN", "PROPN", "VERB"], False),  # a longer proper name
    (["Thomson", "Reuters", "said"], ["PROPN", "PROPN", "VERB"], False),  # a news outlet
])
def test_quotesyntax_written_in_full(words, pos, expected):
    """Model-free: a one-word speaker name that the article also writes after a given name is a person's, however
    the model tags it ("candidate Tavi Brenner" as an organisation)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotesyntax import written_in_full

    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos)
    name = "reuters" if "Reuters" in words else "brenner"
    assert written_in_full(doc, name) is expected


def test_quotesyntax_listed_members_and_news_outlet():
    """Model-free: a plural subject's listing preposition names its members ("analysts such as A and B",
    "officials, including A"); a singular subject's does not. An outlet's name ends in ``news-outlet-words``."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotesyntax import listed_members, news_outlet

    vocab = spacy.blank("en").vocab
    words = ["Analysts", "such", "as", "Obradovic", "and", "Hollis", "said", "no"]
    deps = ["nsubj", "amod", "prep", "pobj", "cc", "conj", "ROOT", "dobj"]
    doc = Doc(vocab, words=words, heads=[6, 2, 0, 2, 3, 3, 6, 6], deps=deps,
              tags=["NNS", "JJ", "IN", "NNP", "CC", "NNP", "VBD", "UH"])
    assert [t.text for t in listed_members(doc[0])] == ["Obradovic"]
    doc = Doc(vocab, words=["Officials", "including", "Obradovic", "said", "no"], heads=[3, 0, 1, 3, 3],
              deps=["nsubj", "prep", "pobj", "ROOT", "dobj"], tags=["NNS", "VBG", "NNP", "VBD", "UH"])
    assert [t.text for t in listed_members(doc[0])] == ["Obradovic"]
    doc = Doc(vocab, words=["The", "analyst", "like", "Obradovic", "said", "no"], heads=[1, 4, 1, 2, 4, 4],
              deps=["det", "nsubj", "prep", "pobj", "ROOT", "dobj"], tags=["DT", "NN", "IN", "NNP", "VBD", "UH"])
    assert listed_members(doc[1]) == []
    assert news_outlet("CBS News") and news_outlet("The Harbour Times") and news_outlet("Xinhua")
    assert not news_outlet("Tavi Brenner") and not news_outlet("")


def test_quotesyntax_joint_names():
    """Model-free: names joined by a conjunction as a subject before the verb or in a listing preposition speak
    together; names in apposition or a subject after its verb do not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotesyntax import joint_names

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Ruud", ",", "Obradovic", "and", "Kimura", "said", "no"], heads=[5, 0, 0, 2, 2, 5, 5],
              deps=["nsubj", "punct", "conj", "cc", "conj", "ROOT", "dobj"])
    assert joint_names(doc[0])  # the "and" hangs on the conjunct before the last
    doc = Doc(vocab, words=["Ruud", ",", "voter", "Kimura", "said", "no"], heads=[4, 0, 3, 0, 4, 4],
              deps=["nsubj", "punct", "compound", "appos", "ROOT", "dobj"])
    assert not joint_names(doc[0])
    doc = Doc(vocab, words=["It", "suggests", "Ruud", "and", "Kimura"], heads=[1, 1, 1, 2, 2],
              deps=["nsubj", "ROOT", "nsubj", "cc", "conj"])
    assert not joint_names(doc[2])


def test_quotes_several_speakers_together():
    """Model-free: several persons speak a quotation together unless a name among them may be either of two."""
    from types import SimpleNamespace

    from kg.extract.quotes import _Attributor

    import spacy
    from spacy.tokens import Doc

    from kg.extract.context import Context

    doc = Doc(spacy.blank("en").vocab, words=["Ruud", "and", "Kimura", "said", "no"], heads=[3, 0, 0, 3, 3],
              deps=["nsubj", "cc", "conj", "ROOT", "dobj"])
    ctx = SimpleNamespace(doc=doc, token_entities={0: [0], 2: [1]})
    ctx.persons_of = lambda tok: Context.persons_of(ctx, tok)  # type: ignore[arg-type]
    ctx.persons_at = lambda tok: ctx.token_entities.get(tok.i, [])
    att = SimpleNamespace(ctx=ctx)
    assert _Attributor.together(att, [0]) and _Attributor.together(att, [0, 1])  # type: ignore[arg-type]
    ctx.token_entities[4] = [0, 1]  # a name that may be either of them
    assert not _Attributor.together(att, [0, 1])  # type: ignore[arg-type]
    del ctx.token_entities[4]
    assert not _Attributor.together(att, list(range(5)))  # type: ignore[arg-type]


def test_quotes_surname_of_several_written_alone_mostly_for_one():
    """Model-free: a subject the tagger took for a common noun ("Okafor described …") is the surname of the person of
    the article most of whose bare "Okafor"s stand for; a tie gives no one."""
    from types import SimpleNamespace

    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotes import _Attributor

    words = ["Okafor", "spoke", ".", "Okafor", "left", ".", "Okafor", "came", ".", "Okafor", "described", "it"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=["PROPN", "VERB", "PUNCT"] * 3 + ["NOUN", "VERB", "PRON"])
    entities = [SimpleNamespace(index=0, tokens=("ada", "okafor")), SimpleNamespace(index=1, tokens=("ben", "okafor"))]
    att = SimpleNamespace(ctx=SimpleNamespace(entities=entities, token_entities={0: [0], 3: [0], 6: [1]}))
    assert _Attributor._surname(att, doc[9]) == [0]  # type: ignore[arg-type]
    att.ctx.token_entities = {0: [0], 3: [1]}  # one each: either of two
    assert _Attributor._surname(att, doc[9]) == []  # type: ignore[arg-type]


def test_quotesyntax_as_on_object():
    """Model-free: the quoted "as" phrase hung on the verb's object ("welcomed the plan as …") or on the object
    of its preposition ("referred to the plan as …"); a preposition without such an object is not one."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotesyntax import as_on_object

    vocab = spacy.blank("en").vocab
    doc = Doc(vocab, words=["Oduya", "referred", "to", "the", "plan", "as", "a", "trap"],
              heads=[1, 1, 1, 4, 2, 4, 7, 5], deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "det", "pobj"])
    assert as_on_object(doc[2]) and not as_on_object(doc[5])
    doc = Doc(vocab, words=["Oduya", "welcomed", "the", "plan", "as", "a", "step"],
              heads=[1, 1, 3, 1, 3, 6, 4], deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj"])
    assert as_on_object(doc[3])
    doc = Doc(vocab, words=["Oduya", "spoke", "to", "the", "press", "in", "Lagos"],
              heads=[1, 1, 1, 4, 2, 1, 5], deps=["nsubj", "ROOT", "prep", "det", "pobj", "prep", "pobj"])
    assert not as_on_object(doc[2])


class _StatementIssuer:
    """A stand-in for the quote attributor: "statement" its one speech noun, "Nehammer" its one person."""

    words = {"noun": frozenset({"statement"})}

    def persons(self, tok):
        return [0] if tok.text == "Nehammer" else []

    def inside(self, idx):
        return False


@pytest.mark.parametrize("subject, expected", [("Nehammer", [0]), ("ministry", [])])
def test_quotecontext_the_statement_is_its_issuers(subject, expected):
    """Model-free: "X issued a statement. … the statement said" gives X (a stub attributor knows who is a person)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotecontext import document_owner

    words = [subject, "issued", "a", "statement", ".", "the", "statement", "said"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1, 6, 7, 7],
              deps=["nsubj", "ROOT", "det", "dobj", "punct", "det", "nsubj", "ROOT"],
              pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "DET", "NOUN", "VERB"],
              lemmas=[subject, "issue", "a", "statement", ".", "the", "statement", "say"])

    assert document_owner(_StatementIssuer(), doc[6]) == expected  # type: ignore[arg-type]
    assert document_owner(_StatementIssuer(), doc[3]) == []  # "a statement": not a reference back


@pytest.mark.parametrize("owner, noun, expected", [("Okafor", "reply", [0]), ("ministry", "reply", []),
                                                    ("Okafor", "budget", [])])
def test_quotecontext_owned_words_before_a_colon(owner, noun, expected):
    """Model-free: "X's reply was blunt: “…”": a speech noun owned by a person, the subject before the colon, is
    that person's (a stub attributor says who is one); an institution's or a noun that is not speech is no one's."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotecontext import _owned_words

    doc = Doc(spacy.blank("en").vocab, words=[owner, "'s", noun, "was", "blunt", ":"], heads=[2, 0, 3, 3, 3, 3],
              deps=["poss", "case", "nsubj", "ROOT", "acomp", "punct"], lemmas=[owner, "'s", noun, "be", "blunt", ":"])

    class Stub:
        words = {"noun": frozenset({"reply", "statement"})}

        def persons(self, tok):
            return [0] if tok.text == "Okafor" else []

    assert _owned_words(Stub(), doc[3]) == expected  # type: ignore[arg-type]


def _attributor_stub(doc, a, nouns):
    """A stand-in for the quote attributor: its Doc, the quotation opening at ``a``, "Pastor" as the only person,
    and ``nouns`` as its speech nouns (none when None)."""

    class Stub:
        words = {"noun": nouns} if nouns is not None else {}

        class ctx:  # noqa: N801 - the attributor's context, with its Doc
            pass

        def inside(self, idx):
            return a - 1 <= idx <= len(doc.text)

        def persons(self, tok):
            return [0] if tok.text == "Pastor" else []

        def named_person(self, entity):
            return True

    Stub.ctx.doc = doc  # type: ignore[attr-defined]
    return Stub()


@pytest.mark.parametrize("source, heads, deps, expected", [
    (["Pastor", "'s", "release"], [4, 2, 1], ["poss", "case", "pobj"], 0),  # "according to X's release"
    (["a", "tweet", "by", "Pastor"], [3, 1, 3, 4], ["det", "pobj", "prep", "pobj"], 0),  # "a tweet by X"
    (["the", "ministry", "'s", "release"], [3, 4, 3, 1], ["det", "poss", "case", "pobj"], None),  # no person's
    (["a", "report", "by", "Pastor"], [3, 1, 3, 4], ["det", "pobj", "prep", "pobj"], None),  # not a speech noun
])
def test_quotecontext_according_to_a_speech_noun(source, heads, deps, expected):
    """Model-free: "according to X's media release, “…”" and "according to a tweet by X" give X: the owner of a
    speech noun (``speech_verbs.tsv``, kind ``noun``)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotecontext import according_to

    n = len(source)
    words = ["According", "to", *source, ",", '"', "the", "deal", "is", "done", '"']
    root = n + 6
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * (n + 3) + [False, True, True, True, False, False],
              heads=[root, 0, *heads, root, root, n + 5, root, root, root, root],
              deps=["prep", "prep", *deps, "punct", "punct", "det", "nsubj", "auxpass", "ROOT", "punct"],
              lemmas=[w.lower() for w in words])
    a = doc.text.index('"') + 1

    stub = _attributor_stub(doc, a, frozenset({"release", "tweet"}))
    assert according_to(stub, a, len(doc.text) - 1) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("source, expected", [("Pastor", 0), ("ministry", None)])
def test_quotecontext_according_to(source, expected):
    """Model-free: "According to X, “…”" gives X when X is a person (a stub attributor says who is)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotecontext import according_to

    words = ["According", "to", source, ",", '"', "the", "deal", "is", "done", '"']
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True, True, False, True, False, True, True, True, False,
                                                            False],
              heads=[8, 0, 1, 8, 8, 6, 8, 8, 8, 8], deps=["prep", "prep", "pobj", "punct", "punct", "det", "nsubj",
                                                         "auxpass", "ROOT", "punct"])
    a = doc.text.index('"') + 1

    stub = _attributor_stub(doc, a, None)
    assert according_to(stub, a, len(doc.text) - 1) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("words, pos, expected", [
    (["Martin", "Gale", ",", "governor", ",", "the", "day", "is", "hard"], ["PROPN", "PROPN", "PUNCT", "NOUN"], 0),
    (["Martin", "Gale", "said", "then", ",", "the", "day", "is", "hard"], ["PROPN", "PROPN", "VERB", "ADV"], None),
    (["In", "the", "city", ",", "the", "day", "is", "hard"], ["ADP", "DET", "NOUN"], None),
])
def test_quotecontext_label_before_a_comma(words, pos, expected):
    """Model-free: "NAME, Title, “…”": a verbless lead opening on a named person labels the quotation."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotecontext import _label

    comma = words.index(",", 3) if words[2] == "," else words.index(",")
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos + ["PUNCT"] + ["DET", "NOUN", "AUX", "ADJ"][:len(words)
                                                                                                      - len(pos) - 1],
              heads=[1] + [1] * (len(words) - 1), deps=["compound", "ROOT"] + ["dep"] * (len(words) - 2),
              sent_starts=[True] + [False] * (len(words) - 1))

    class Stub:
        class ctx:  # noqa: N801 - the attributor's context
            @staticmethod
            def persons_at(tok):
                return [0] if tok.text in ("Martin", "Gale") else []

            @staticmethod
            def persons_of(tok):
                return [0] if tok.text in ("Martin", "Gale") else []

        def named_person(self, entity):
            return True

    Stub.ctx.doc = doc  # type: ignore[attr-defined]
    assert _label(Stub(), comma) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("words, verb_pos, expected", [
    (["so", ",", "Ali", "Salem", ",", "a", "teacher", "in", "Kirkuk", ",", "told", "reporters"], "NOUN", [0]),
    (["so", ",", "Ali", "Salem", ",", "who", "teaches", "in", "Kirkuk", ",", "told", "reporters"], "VERB", []),
])
def test_quotecontext_name_before_an_apposition(words, verb_pos, expected):
    """Model-free: "NAME, <apposition without a verb>, told …" gives NAME (a stub attributor knows the names)."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotecontext import name_before_apposition

    pos = ["ADV", "PUNCT", "PROPN", "PROPN", "PUNCT", "DET", verb_pos, "ADP", "PROPN", "PUNCT", "VERB", "NOUN"]
    doc = Doc(spacy.blank("en").vocab, words=words, pos=pos, sent_starts=[True] + [False] * (len(words) - 1))

    class Stub:
        class ctx:  # noqa: N801 - the attributor's context
            token_entities = {2: [0], 3: [0]}

        def inside(self, idx):
            return False

    Stub.ctx.doc = doc  # type: ignore[attr-defined]
    assert name_before_apposition(Stub(), doc[10]) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("words, heads, deps, pos, expected", [
    # "In reply, Minister NAME said": no subject, the parse hung the name on an earlier noun
    (["In", "reply", ",", "Minister", "Ivo", "Marek", "said"], [6, 0, 1, 5, 5, 1, 6],
     ["prep", "pobj", "punct", "compound", "compound", "conj", "ROOT"],
     ["ADP", "NOUN", "PUNCT", "PROPN", "PROPN", "PROPN", "VERB"], [0]),
    # "Head of Oxton NAME has said": a title subject whose phrase ends with the name, an auxiliary between
    (["Head", "of", "Oxton", "Ivo", "Marek", "has", "said"], [6, 0, 1, 4, 2, 6, 6],
     ["nsubj", "prep", "pobj", "compound", "appos", "aux", "ROOT"],
     ["PROPN", "ADP", "PROPN", "PROPN", "PROPN", "AUX", "VERB"], [0]),
    # "Head of staff to NAME has said": the name is a preposition's object, not the speaker
    (["Head", "of", "staff", "to", "Ivo", "Marek", "said"], [6, 0, 1, 2, 5, 3, 6],
     ["nsubj", "prep", "pobj", "prep", "compound", "pobj", "ROOT"],
     ["PROPN", "ADP", "NOUN", "ADP", "PROPN", "PROPN", "VERB"], []),
])
def test_quotecontext_name_ending_subject(monkeypatch, words, heads, deps, pos, expected):
    """Model-free: a name right before a speech verb that ends its subject phrase (a stub attributor knows the
    names; "Minister" and "Head" are titles)."""
    import spacy
    from spacy.tokens import Doc

    import kg.extract.quotecontext as qc
    from kg.extract.mentions import Mention

    doc = Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, pos=pos,
              sent_starts=[True] + [False] * (len(words) - 1))
    end = 6 if words[3] == "Minister" else 5 if words[5] == "has" else 6
    start = 3 if words[3] == "Minister" else end - 2

    class Stub:
        class ctx:  # noqa: N801 - the attributor's context
            mentions = [Mention(end - 2, end, "Ivo Marek", "name", span_start=start, span_end=end, entities=[0])]

        def inside(self, idx):
            return False

    Stub.ctx.doc = doc  # type: ignore[attr-defined]
    monkeypatch.setattr(qc, "title_at", lambda d, i: (i + 1, None) if d[i].text in ("Head", "Minister") else None)
    assert qc.name_ending_subject(Stub(), doc[6]) == expected  # type: ignore[arg-type]


@pytest.mark.parametrize("honorifics, pronoun, expected", [
    (["mr"], "she", True), (["mr"], "he", False), (["ms"], "he", True), (["mrs"], "she", False),
    (["mr", "mrs"], "she", False), ([None], "she", False),  # both or neither: unknown
])
def test_quotepronouns_gender_clash(honorifics, pronoun, expected):
    """Model-free: a speaker pronoun clashes with a person the article names only with honorifics of the other
    gender."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.mentions import Mention
    from kg.extract.quotepronouns import clashes

    doc = Doc(spacy.blank("en").vocab, words=[pronoun, "said"])

    class Stub:
        class ctx:  # noqa: N801 - the attributor's context
            mentions = [Mention(0, 1, "Berg", "name", entities=[0], honorific=h) for h in honorifics]

    assert clashes(Stub(), 0, doc[0]) is expected  # type: ignore[arg-type]


def test_extract_quotes_evidence_starts_inside_its_sentence(facts_of):
    """A quotation that opens with a space after its mark, where the parser makes the mark a sentence of its own:
    the evidence starts at the first word, inside the quote's sentence (hypothesis found ``sent_start > start``)."""
    text = 'Mayor Ana Ruiz of Lima : \n " Mayor Ana Ruiz said the plan would help every family in the city "'
    facts = facts_of(text, title="T")
    assert facts.quotes, "the quotation is found"
    for q in facts.quotes:
        ev = q.evidence
        assert ev.sent_start <= ev.start <= ev.end


def test_quotecontext_titled_subject_and_definite_title():
    """Model-free: a subject inside the title part of a titled name is that name's person ("Premier of Tasmania
    NAME said"); a definite title with a capitalised word before it is another body's post ("the PASOK
    president"), and a subject that is not the end of its own phrase is no title."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.mentions import Mention
    from kg.extract.quotecontext import definite_title, titled_subject

    words = ["Premier", "of", "Tasmania", "Rhys", "Calder", "said", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[5, 0, 1, 4, 2, 5, 5],
              deps=["nsubj", "prep", "pobj", "compound", "appos", "ROOT", "punct"])

    class Stub:
        class ctx:  # noqa: N801 - the attributor's context
            mentions = [Mention(3, 5, "Rhys Calder", "name", "Premier", None, "head", "title-name", span_start=0,
                                span_end=5, entities=[0])]

    assert titled_subject(Stub(), doc[0]) == [0]  # type: ignore[arg-type]
    assert titled_subject(Stub(), doc[5]) == []  # type: ignore[arg-type]
    words = ["the", "PASOK", "president", "said", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[2, 2, 3, 3, 3], deps=["det", "compound", "nsubj", "ROOT",
                                                                                 "punct"],
              pos=["DET", "PROPN", "NOUN", "VERB", "PUNCT"])
    assert definite_title(Stub(), doc[2]) == []  # type: ignore[arg-type]
    assert definite_title(Stub(), doc[1]) == []  # type: ignore[arg-type]


def test_quotes_untagged_name_subjects():
    """Model-free: a pronoun chain stops at a proper-noun subject the model did not tag (or tagged a person), not
    at a country or a common noun."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotesyntax import untagged_name as _untagged_name

    words = ["Elijah", "Cummings", "noted", ",", "Israel", "warned", ",", "a", "reporter", "said"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 2, 2, 2, 5, 2, 2, 8, 9, 2],
              deps=["compound", "nsubj", "ROOT", "punct", "nsubj", "conj", "punct", "det", "nsubj", "conj"],
              pos=["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB"],
              ents=["O", "O", "O", "O", "B-GPE", "O", "O", "O", "O", "O"])
    assert _untagged_name(doc[1])
    assert not _untagged_name(doc[4]) and not _untagged_name(doc[8])


def test_quotes_relative_subject_and_pointing_without_speech():
    """Model-free: a name a relative pronoun takes up as its subject ("Sharon, who said …") is a subject for a later
    "he"; "point" with a direct object is no speech verb (pattern not-speech-point), "pointed out" is."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotesyntax import relative_subject as _relative_subject
    from kg.extract.rulematch import rule_marks

    vocab = spacy.blank("en").vocab
    words = ["praise", "from", "Sharon", ",", "who", "said", "so"]
    doc = Doc(vocab, words=words, heads=[0, 0, 1, 2, 5, 2, 5],
              deps=["ROOT", "prep", "pobj", "punct", "nsubj", "relcl", "advmod"])
    assert _relative_subject(doc[2]) and not _relative_subject(doc[0])
    doc = Doc(vocab, words=words, heads=[0, 0, 1, 2, 5, 2, 5],
              deps=["ROOT", "prep", "pobj", "punct", "dobj", "relcl", "advmod"])  # "whom he praised": an object
    assert not _relative_subject(doc[2])
    words = ["the", "U.S.", "was", "pointing", "fingers", "and", "Jo", "pointed", "out", "flaws"]
    doc = Doc(vocab, words=words, lemmas=["the", "U.S.", "be", "point", "finger", "and", "Jo", "point", "out", "flaw"],
              pos=["DET", "PROPN", "AUX", "VERB", "NOUN", "CCONJ", "PROPN", "VERB", "ADP", "NOUN"])
    assert rule_marks(doc).rule("not-speech", 3) == "not-speech-point"
    assert not rule_marks(doc).has("not-speech", 7)


@pytest.mark.parametrize("text, expected", [
    # a second quotation under the same speech verb, below a clause whose verb is "pointing fingers" (no speech)
    ('President Ali Karimi said the claims were "excuses to stay longer" and that the West was pointing fingers at '
     'others to "hide its own failures".',
     [("Karimi", "excuses to stay longer"), ("Karimi", "hide its own failures")]),
    # "he" after "praise from X, who said …" is X, not the owner of the praised actions
    ("Omar Haddad's reforms are winning praise from Prime Minister Ariel Stein, who said on Thursday that the time "
     "was right. He said that he is \"very satisfied\" with the reforms.",
     [("Stein", "very satisfied")]),
])
def test_extract_quotes_relative_subjects_and_non_speech_verbs(facts_of, text, expected):
    check(facts_of(text), expected)


def test_quotes_logical_subject():
    """Model-free: a person a listing preposition names inside a subject ("Senators such as NAME …", "Some
    judges, including NAME, …") or the agent of a passive clause whose subject is no person ("The reply was
    given by NAME") is a subject for a later "he"/"she"; an object's listing, a list of two and the agent of a
    person's passive are not."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotesyntax import logical_subject

    vocab = spacy.blank("en").vocab
    words = ["Senators", "such", "as", "Tova", "Renn", "are", "wary"]
    doc = Doc(vocab, words=words, heads=[5, 2, 0, 4, 2, 5, 5],
              deps=["nsubj", "amod", "prep", "compound", "pobj", "ROOT", "acomp"])
    assert logical_subject(doc[4]) and not logical_subject(doc[0])
    doc = Doc(vocab, words=["Some", "judges", ",", "including", "Ula", "Varga", ",", "agreed"],
              heads=[1, 7, 1, 1, 5, 3, 1, 7],
              deps=["det", "nsubj", "punct", "prep", "compound", "pobj", "punct", "ROOT"])
    assert logical_subject(doc[5])
    doc = Doc(vocab, words=["Some", "judges", ",", "including", "Ula", "and", "Bo", ",", "agreed"],
              heads=[1, 8, 1, 1, 3, 4, 4, 1, 8],
              deps=["det", "nsubj", "punct", "prep", "pobj", "cc", "conj", "punct", "ROOT"])
    assert not logical_subject(doc[4])  # two people: no one of them is "he"
    doc = Doc(vocab, words=["They", "met", "senators", "such", "as", "Renn"], heads=[1, 1, 1, 4, 2, 4],
              deps=["nsubj", "ROOT", "dobj", "amod", "prep", "pobj"])
    assert not logical_subject(doc[5])  # a listing in the object
    words = ["The", "reply", "was", "given", "by", "Arvo", "Lind"]
    doc = Doc(vocab, words=words, heads=[1, 3, 3, 3, 3, 6, 4],
              deps=["det", "nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj"],
              pos=["DET", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PROPN"])
    assert logical_subject(doc[6])
    doc = Doc(vocab, words=["he", "was", "pardoned", "by", "Lind"], heads=[2, 2, 2, 2, 3],
              deps=["nsubjpass", "auxpass", "ROOT", "agent", "pobj"], pos=["PRON", "AUX", "VERB", "ADP", "PROPN"])
    assert not logical_subject(doc[4])  # the pardoned man is the topic
    doc = Doc(vocab, words=["a", "book", "written", "by", "Lind"], heads=[1, 1, 1, 2, 3],
              deps=["det", "ROOT", "acl", "agent", "pobj"], pos=["DET", "NOUN", "VERB", "ADP", "PROPN"])
    assert not logical_subject(doc[4])  # a participle's agent: the book's author, not a subject
    doc = Doc(vocab, words=["Mira", "Holt", "was", "praised", "by", "Arvo", "Lind"], heads=[1, 3, 3, 3, 3, 6, 4],
              deps=["compound", "nsubjpass", "auxpass", "ROOT", "agent", "compound", "pobj"],
              pos=["PROPN", "NOUN", "AUX", "VERB", "ADP", "PROPN", "PROPN"],
              ents=["B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "I-PERSON"])
    assert not logical_subject(doc[6])  # the person praised is the topic, not the one who praised


@pytest.mark.parametrize("text, expected", [
    # "he" after "Republicans such as NAME are …" is NAME, not the speaker of the paragraph before
    ("“The bill will create jobs in every state,” Governor Alma Reyes said.\n\n"
     "Still, Republicans such as Senator Dorian Kettle are doubtful about its cost. "
     "“I think most of my colleagues will vote against it,” he said on Sunday.",
     [("Reyes", "create jobs in every state"), ("Kettle", "most of my colleagues will vote")]),
    # "she" after "The reply was given by NAME" is NAME
    ("Prime Minister Edvin Sorell spoke for an hour on the budget.\n\n"
     "The opposition's reply was given by Senator Wilma Tarrant. “This budget leaves families behind in every "
     "region,” she said.",
     [("Tarrant", "leaves families behind in every region")]),
])
def test_extract_quotes_logical_subjects(facts_of, text, expected):
    check(facts_of(text), expected)


@pytest.mark.parametrize("text, expected", [
    # a run of bare quotation paragraphs after an attributed one: each is the same speaker's
    ("Premier Anna Holt spoke at the launch on Monday.\n\n\"We have cut waiting lists in every hospital,\" she said."
     "\n\n\"We have hired two thousand new nurses this year.\"\n\n\"Next year we will open three more clinics.\"",
     [("Holt", "cut waiting lists"), ("Holt", "two thousand new nurses"), ("Holt", "three more clinics")]),
    ("Foreign Minister Jan Kowal told parliament:\n\n“Our borders will stay open to those who flee the war.”\n\n"
     "“We will not turn anyone back at the river crossing.”\n\n“The army will guard the camps day and night.”",
     [("Kowal", "stay open"), ("Kowal", "turn anyone back"), ("Kowal", "guard the camps")]),
    ("Senator Lee Park said the bill would \"protect the jobs of every worker in the state\".\n\n"
     "\"We owe it to the families who built this town over a century.\"\n\n\"Nobody should be left behind.\"",
     [("Park", "protect the jobs"), ("Park", "families who built this town"), ("Park", "Nobody should be left")]),
    # near misses: a paragraph of narration, or someone else's attribution, breaks the run (a paragraph in which
    # one named person takes a stance introduces that person's words: quote-stance-verbs)
    ("\"The reform will save the state billions over a decade,\" said Finance Minister Rui Costa.\n\n"
     "Opposition leader Marta Silva disagreed.\n\n\"This plan will hurt every pensioner in the country.\"",
     [("Costa", "save the state billions"), ("Silva", "hurt every pensioner")]),
    ("\"The reform will save the state billions over a decade,\" said Finance Minister Rui Costa.\n\n"
     "Opposition leader Marta Silva spent the day in Porto.\n\n\"This plan will hurt every pensioner in the country.\"",
     [("Costa", "save the state billions")]),
    ("\"The reform will save the state billions over a decade,\" said Finance Minister Rui Costa.\n\n"
     "\"It is the biggest change to the pension system since 1990,\" a ministry spokesman added.\n\n"
     "\"This plan will hurt every pensioner in the country.\"",
     [("Costa", "save the state billions")]),
    ("\"We will win this fight in the courts,\" said Mayor Omar Haddad. Police later closed the square.\n\n"
     "Hundreds of people marched to the river. \"Nobody will stop the march on Sunday, whatever they do.\"",
     [("Haddad", "win this fight")]),
])
def test_extract_quotes_run_of_quotation_paragraphs(facts_of, text, expected):
    check(facts_of(text), expected)


@pytest.mark.parametrize("text, expected", [
    ('"We are ready."\n\n"We will win the vote."', True),  # the previous quotation ends its paragraph
    ('"We are ready,"\n\n"We will win the vote."', True),
    ('"We are ready," B said.\n\n"We will win the vote."', False),  # an attribution follows it
    ('"We are ready."\n\n"We will win the vote," C said.', False),  # this one is not a paragraph of its own
    ('"We are ready."\n\nB left.\n\n"We will win the vote."', False),  # a paragraph between
])
def test_quotecontext_next_paragraph_of_a_run(text, expected):
    """Model-free: a quotation paragraph right after the paragraph the previous quotation ends."""
    import spacy

    from kg.extract.quotecontext import _next_paragraph

    doc = spacy.blank("en")(text)
    prev_end, a = text.index("ready") + len("ready"), text.rindex('"We') + 1
    stub = type("Stub", (), {"ctx": type("Ctx", (), {"doc": doc})()})()
    assert _next_paragraph(stub, prev_end, a, text.index('"', a)) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize("text, expected", [
    # "“…,” said <descriptor>, NAME.": the name set off after the descriptor, however the parse hung it
    ('"Prices will keep rising until the summer," opined the bank\'s chief economist, Tom Rees.',
     [("Rees", "keep rising")]),
    ('"It is very significant that the rebels attacked the capital," said the BBC\'s Asia Editor, Priya Lal.',
     [("Lal", "rebels attacked the capital")]),
    ('"We will answer every question in the hearing," said one of the lawyers present at the hearing, Mark Stein.',
     [("Stein", "answer every question")]),
    ("“The harvest is lost and the wells are dry,” said a 35-year-old farmer from the valley, Ali Karimi.",
     [("Karimi", "the wells are dry")]),
    # near misses: a person inside the descriptor, a participle, a relative clause or an outlet after the comma
    ('"The border will stay closed until further notice," said a spokesman for President Ana Lopes, on Sunday.', []),
    ('"The border will stay closed until further notice," said the statement, signed by Ivan Petrov.', []),
    ('"The border will stay closed until further notice," said a spokesman for the group, which Ivan Petrov leads.',
     []),
    ('"The border will stay closed until further notice," reported the newspaper, The Daily Courier.', []),
])
def test_extract_quotes_name_after_an_inverted_descriptor(facts_of, text, expected):
    check(facts_of(text), expected)


@pytest.mark.parametrize("text, expected", [
    # a short quotation that is a sentence of its own right after an attributed one in the same paragraph
    ('"I want to apologise to every family in this city," said Mayor Rod Hamilton of Springfield. "This is '
     'disgusting."', [("Hamilton", "apologise to every family"), ("Hamilton", "This is disgusting.")]),
    ('"We will appeal the ruling in the highest court," Senator Ana Ruiz said. "It is unjust!"',
     [("Ruiz", "appeal the ruling"), ("Ruiz", "It is unjust!")]),
    ("“We never wanted this war and we never started it,” President Omar Haddad told reporters. “Why now?” He left.",
     [("Haddad", "never wanted this war"), ("Haddad", "Why now?")]),
    # near misses: another speaker's words, a term in a sentence of narration, another speech verb's subject
    ('"We will appeal the ruling in the highest court," Senator Ana Ruiz said. "Freedom!" chanted the crowd.',
     [("Ruiz", "appeal the ruling")]),
    ('"We will appeal the ruling in the highest court," Senator Ana Ruiz said. The "deal" was signed anyway.',
     [("Ruiz", "appeal the ruling")]),
    ('"We will appeal the ruling in the highest court," Senator Ana Ruiz said. Critics called it "a stunt."',
     [("Ruiz", "appeal the ruling")]),
])
def test_extract_quotes_short_sentence_after_an_attributed_quote(facts_of, text, expected):
    check(facts_of(text), expected)


@pytest.mark.parametrize("after, expected", [
    (' "This is disgusting."', True),
    (' "Why now?" He left.', True),
    (' "Freedom!" chanted the crowd.', False),  # the sentence goes on: someone else's words
    (' "this is disgusting."', False),  # not a sentence of its own
    (' "This is not over', False),
    ('\n\n"This is disgusting."', False),  # another paragraph
])
def test_quotecontext_short_sentence_after_a_quotation(after, expected):
    """Model-free: a short quotation that is a sentence of its own right after an attributed one in its paragraph
    (a stub attributor takes "said" for the only speech verb)."""
    import re

    import spacy

    from kg.extract.quotecontext import sentence_after

    doc = spacy.blank("en")('"We will appeal the ruling," Ana Ruiz said.' + after)
    text = doc.text
    prev_end = text.index(',"') + 1  # where the first quotation's words end, before its closing mark
    a = text.index('"', prev_end + 1) + 1
    b = next((m.start() for m in re.finditer('"', text[a:])), len(text) - a) + a
    stub = type("Stub", (), {"ctx": type("Ctx", (), {"doc": doc})(), "is_speech": lambda self, t: t.lower_ == "said"})()
    assert sentence_after(stub, prev_end, a, b) is expected  # type: ignore[arg-type]


@pytest.mark.parametrize("text, expected", [
    # a descriptor: an age, a nationality and a noun of speaker-descriptor-nouns, the person last named as a subject
    ('Polish Foreign Minister Anna Kowalska met her German counterpart on Monday. Kowalska told reporters that '
     'Warsaw still opposed the pipeline.\n\n"We speak openly, as neighbours should," the 52-year-old Polish '
     'diplomat added.', [("Kowalska", "We speak openly, as neighbours should")]),
    ('Senator Lucia Ferraro has never met the president in person. "I am ready to sit down with anyone who wants '
     'peace," the 58-year-old said in Rome.', [("Ferraro", "ready to sit down with anyone")]),
    ('Mediator Kwame Osei told reporters the deal covered oil fees.\n\nThe two leaders failed to agree on the border. '
     '"These matters will need further negotiation and patience," the 70-year-old mediator said.',
     [("Osei", "will need further negotiation")]),
    # ... a title the person holds, with a party or a country before it
    ('Greens leader Tomas Hallberg accused the liberals of stalling. "We were close, very close, to a deal," the '
     'Greens leader said.', [("Hallberg", "We were close, very close")]),
    ('Spanish Foreign Minister Carlos Ortega also played down the dispute. "We did not come here to talk about what '
     'divides us," the Spanish minister said.', [("Ortega", "did not come here to talk")]),
    ('Opposition leader Ivan Petrov sat down with the president before the banquet. "I did not go there to be polite '
     'about the steel crisis," the opposition leader said in a statement.', [("Petrov", "to be polite about")]),
    # ... the previous quotation's speaker, no one else named since
    ('Trade Minister Kofi Mensah defended the ban. "Our farmers cannot compete with smuggled grain," he said.\n\n'
     'He added that the border would stay shut. "We are not against our neighbours, we are against smugglers," the '
     'minister said.', [("Mensah", "cannot compete"), ("Mensah", "not against our neighbours")]),
    # ... unless the post is someone else's: the king named before, not the president quoted last
    ('King Harald Lund arrived in Bern on Monday. In his toast, President Hans Keller praised the visit and said the '
     'two nations shared "a long friendship built on trust and trade."\n\n"Our countries have always been strongest '
     'when we stand together," the king replied.',
     [("Keller", "a long friendship built on trust"), ("Lund", "always been strongest")]),
    # ... or of another country: the Kenyan president, not the prime minister who is the subject
    ('Prime Minister Ola Berg met Kenyan President Ruth Wanjiru on Friday. "We agreed on a new trade route to the '
     'coast," the Kenyan president said.', [("Wanjiru", "a new trade route")]),
    # near misses: a spokesman, a union leader, a pastor or an unnamed premier is someone else
    ('Prime Minister Ola Berg opened the summit on Monday. "The talks will go on all night if they need to," the '
     'spokesman said.', []),
    ('Prime Minister Ola Berg met the union leaders on Friday. "We will strike until the pay offer improves," the '
     'union leader said.', []),
    ('Governor Paul Adams visited the flooded town. "Nobody here has had clean water for a week," the local pastor '
     'said.', []),
    ('President Lina Marsh met the visiting Chinese premier in Sydney. "Trade between our two nations must grow every '
     'year," the Chinese premier said.', []),
    # ... a presidential candidate is no president (the post's word, not a part of one)
    ('Presidential candidate Ana Ruiz spoke in Ohio on Monday. "We must talk to every party before any agreement is '
     'signed," the president said.', []),
    ('Former President Jimmy Hale met rebel leaders in Damascus. Presidential candidate Ana Ruiz, who criticised the '
     'trip, said talks were pointless.\n\nThe former president, however, rebutted saying, "It is crucial that every '
     'party be involved in a final peace agreement."', [("Hale", "every party be involved")]),
])
def test_extract_quotes_descriptor_speaker(facts_of, text, expected):
    check(facts_of(text), expected)


@pytest.mark.parametrize("noun, expected", [
    ("veteran", ["Lind"]),  # "“…,” the veteran said": the person named as the subject before
    ("spokesman", []),  # "“…,” the spokesman said": someone else
])
def test_quotepronouns_descriptor_is_the_subject_named_before(actors, noun, expected):
    """Model-free: "Ana Lind spoke. “We will win this vote,” the <noun> said."."""
    from kg.extract.context import build_context
    from kg.extract.quotes import find_quotes
    from kg.model import Article

    words = ["Ana", "Lind", "spoke", ".", '"', "We", "will", "win", "this", "vote", ",", '"', "the", noun, "said", "."]
    heads = [1, 2, 2, 2, 14, 7, 7, 14, 9, 7, 14, 14, 13, 14, 14, 14]
    deps = ["compound", "nsubj", "ROOT", "punct", "punct", "nsubj", "aux", "ccomp", "det", "dobj", "punct", "punct",
            "det", "nsubj", "ROOT", "punct"]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PUNCT", "PRON", "AUX", "VERB", "DET", "NOUN", "PUNCT", "PUNCT", "DET",
           "NOUN", "VERB", "PUNCT"]
    spaces = [True, True, False, True, False, True, True, True, True, False, False, True, True, True, False, False]
    doc = _doc(words, heads, deps, pos, ["B-PERSON", "I-PERSON"] + ["O"] * 14, spaces)
    doc[14].lemma_ = "say"
    ctx = build_context(doc, Article("t", doc.text), actors)
    found = [(q.speaker.name.split()[-1], q.text) for q in find_quotes(ctx)]
    assert [s for s, _ in found] == expected
    assert all(t == "We will win this vote" for _, t in found)


@pytest.mark.parametrize("verb, lemma, expected", [("issued", "issue", [0]), ("welcomed", "welcome", [])])
def test_quotecontext_it_is_the_issuer_of_the_statement_before(verb, lemma, expected):
    """Model-free: "Nehammer issued a statement . it said" gives Nehammer; a statement he welcomed is not his."""
    import spacy
    from spacy.tokens import Doc

    from kg.extract.quotecontext import document_owner

    words = ["Nehammer", verb, "a", "statement", ".", "it", "said"]
    doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1, 6, 6],
              deps=["nsubj", "ROOT", "det", "dobj", "punct", "nsubj", "ROOT"],
              pos=["PROPN", "VERB", "DET", "NOUN", "PUNCT", "PRON", "VERB"],
              lemmas=["Nehammer", lemma, "a", "statement", ".", "it", "say"])

    assert document_owner(_StatementIssuer(), doc[5]) == expected  # type: ignore[arg-type]

"""Further participants of a meeting named after it (kg.extract.anaphoric_joins): a join clause whose other side is
only an anaphor ("They were joined by A and B", "The visiting leader was accompanied by A", "A and B joined the
leaders"), a join with nothing it joins some sentences on while the text stays on the meeting ("A also attended"),
a counted anaphor with no event before ("The two leaders were joined by A and B"), and a title owning a building's
name that is no participant ("at the President's House"); rosters of those present (kg.extract.attendance): "Among
those at the table were A, B and C", "Around the table were A, who chaired; B; and C", "Also attending were A, who
…, and B"; a country's possessive before a name NER calls an organisation (kg.extract.person_spans: "attended by
Senegal's A, Ghana's B-C and …"). Near misses: planned joins, unnamed joiners (wives,
supporters), a greeting at a named airport. Sentences written for these tests
(invented names); rule helpers on hand-built Docs, the table through the model."""

from __future__ import annotations

import pytest
from handdocs import NLP, make
from meetingpairs import pairs
from spacy.tokens import Doc

from kg.extract import attendance, context, nonparticipants, person_spans
from kg.extract.anaphoric_joins import unnamed_side
from kg.model import Article

MET = 'Kenyan President Daniel Mwangi held talks with Ugandan President Samuel Okot in Kampala on Monday. '
BOTH = {('Mwangi', 'Okot')}
FOUR = {('Achieng', 'Mugisha'), ('Achieng', 'Mwangi'), ('Achieng', 'Okot'), ('Mugisha', 'Mwangi'),
        ('Mugisha', 'Okot'), ('Mwangi', 'Okot')}
THREE = {('Achieng', 'Mwangi'), ('Achieng', 'Okot'), ('Mwangi', 'Okot')}

ROWS = [
    (MET + 'The two leaders discussed trade and security. They were joined by the two foreign ministers, Grace '
     'Achieng and Peter Mugisha.', FOUR),
    (MET + 'The visiting leader was accompanied by Foreign Minister Grace Achieng. Uganda\'s finance minister, '
     'Peter Mugisha, also took part in the talks.', FOUR),
    ('Kenyan President Daniel Mwangi met Ugandan President Samuel Okot in Kampala on Monday. The two presidents '
     'spent four hours together. Their talks focused on trade and the border. They were joined for part of the '
     'session by Foreign Minister Grace Achieng and her Ugandan counterpart, Peter Mugisha.', FOUR),
    ('Opposition leader Daniel Mwangi struck a deal with his old rival Samuel Okot on Sunday. The deal was sealed '
     'at Okot\'s residence. The two leaders were joined by Grace Achieng and Peter Mugisha.', FOUR),
    ('Kenyan President Daniel Mwangi and Ugandan President Samuel Okot signed a trade pact in Kampala on Monday. '
     'Their talks lasted three hours. Foreign Minister Grace Achieng and her Ugandan counterpart, Peter Mugisha, '
     'joined the leaders for the second half of the session.', FOUR),
    ('Kenyan President Daniel Mwangi met Ugandan President Samuel Okot in Kampala on Monday. The two presidents '
     'spent four hours together. Their talks focused on trade and the border. Kenya\'s ambassador in Kampala, '
     'Grace Achieng, who had prepared the visit, also attended.', THREE),
    ('Indian Prime Minister Ravi Sharma and Pakistani President Imran Qadir met in Islamabad on Sunday. The two '
     'leaders held an hour-long meeting at the President\'s House on Monday evening. They were joined by the two '
     'foreign ministers, Anil Rao and Tariq Aziz.',
     {('Aziz', 'Qadir'), ('Aziz', 'Rao'), ('Aziz', 'Sharma'), ('Qadir', 'Rao'), ('Qadir', 'Sharma'),
      ('Rao', 'Sharma')}),
    ('Chinese President Chen Bo and Kenyan President Daniel Mwangi signed six agreements on Friday. Chen was welcomed '
     'at Jomo Kenyatta International Airport by Vice President Samuel Ruto on Thursday. The two presidents held '
     'talks at State House. The talks focused on trade. Foreign Minister Grace Achieng and her Chinese '
     'counterpart, Zhou Ming, also took part.',
     {('Achieng', 'Bo'), ('Achieng', 'Ming'), ('Achieng', 'Mwangi'), ('Bo', 'Ming'), ('Bo', 'Mwangi'),
      ('Ming', 'Mwangi')}),
    # rosters of those present: a place at the table, a semicolon list, an inverted "Also attending were"
    ('West African leaders met in Abuja on Thursday. Among those at the table were Ghana\'s Kofi Mensah, Senegal\'s '
     'Amadou Diallo and Benin\'s Paul Houngbo.',
     {('Diallo', 'Houngbo'), ('Diallo', 'Mensah'), ('Houngbo', 'Mensah')}),
    ('Pacific leaders ended their annual meeting on Thursday. Around the table at the retreat were Tuvalu\'s prime '
     'minister, Sione Tafa, who chaired the meeting; Fiji\'s prime minister, Josefa Vula; and Samoa\'s leader, '
     'Malia Toa.',
     {('Tafa', 'Toa'), ('Tafa', 'Vula'), ('Toa', 'Vula')}),
    ('Donors pledged $5 billion at a conference in Islamabad on Saturday. Also attending were Prime Minister Omar '
     'Latif, who also holds the finance portfolio, and U.N. Secretary-General Jean Dupont, who had toured the '
     'quake zone.',
     {('Dupont', 'Latif')}),
    # names NER types as an organisation after a country's possessive, listed before a person; hyphenated ones
    ('The summit, attended among others by Senegal\'s Amadou Diallo, Ghana\'s Kofi Mensah and Benin\'s Paul '
     'Houngbo, focused on the coup.',
     {('Diallo', 'Houngbo'), ('Diallo', 'Mensah'), ('Houngbo', 'Mensah')}),
    ('The summit, attended among others by Senegal\'s Amadou Diallo, Ghana\'s Kwame Osei-Bonsu and Ivory Coast\'s '
     'Jean Kouassi, focused on the coup.',
     {('Diallo', 'Kouassi'), ('Diallo', 'Osei-Bonsu'), ('Kouassi', 'Osei-Bonsu')}),
    # near misses
    ('The opposition held a rally in Nairobi on Sunday. Around the table at the family dinner afterwards were his '
     'wife and two sons.', set()),
    (MET + 'They will be joined by Foreign Minister Grace Achieng on Tuesday.', BOTH),
    (MET + 'The two leaders were joined by their wives at the state banquet.', BOTH),
    (MET + 'Opposition leader Peter Mugisha criticised the talks. He was joined by thousands of supporters in '
     'Gulu.', BOTH),
    ('Opposition leader Daniel Mwangi criticised the budget on Sunday. The two leaders were joined by thousands '
     'of supporters.', set()),
    ('Kenyan President Daniel Mwangi was welcomed at Entebbe International Airport by Ugandan Vice President '
     'Samuel Okot.', set()),
]


@pytest.mark.parametrize("text, meetings", ROWS)
def test_extract_meeting_joiners_pairs(facts_of, text, meetings):
    assert pairs(facts_of(text)) == meetings


def test_extract_meeting_joiners_table_is_varied():
    """Joins by anaphor, late joins and near misses that must add no one."""
    assert len(ROWS) >= 12 and sum(m in (set(), BOTH) for _, m in ROWS) >= 4


def _passive_join(subject_rows):
    """'<subject> were joined by Achieng .', the subject given as rows (word, dep to 'joined', pos, tag, ent)."""
    n = len(subject_rows)
    rows = [(w, n + 1 if dep == "nsubjpass" else n, dep, pos, tag, w.lower(), ent)
            for w, dep, pos, tag, ent in subject_rows]
    rows += [("were", n + 1, "auxpass", "AUX", "VBD", "be", "O"), ("joined", n + 1, "ROOT", "VERB", "VBN", "join", "O"),
             ("by", n + 1, "agent", "ADP", "IN", "by", "O"), ("Achieng", n + 2, "pobj", "PROPN", "NNP", "Achieng",
                                                              "B-PERSON"),
             (".", n + 1, "punct", "PUNCT", ".", ".", "O")]
    return make(rows)


@pytest.mark.parametrize("subject, plural, expected", [
    ([("They", "nsubjpass", "PRON", "PRP", "O")], False, True),
    ([("They", "nsubjpass", "PRON", "PRP", "O")], True, True),
    ([("He", "nsubjpass", "PRON", "PRP", "O")], False, True),
    ([("He", "nsubjpass", "PRON", "PRP", "O")], True, False),  # one person is no counted group
    ([("The", "det", "DET", "DT", "O"), ("leaders", "nsubjpass", "NOUN", "NNS", "O")], True, True),
    ([("The", "det", "DET", "DT", "O"), ("leader", "nsubjpass", "NOUN", "NN", "O")], False, True),
    ([("The", "det", "DET", "DT", "O"), ("crowds", "nsubjpass", "NOUN", "NNS", "O")], True, False),
    ([("Mwangi", "nsubjpass", "PROPN", "NNP", "B-PERSON")], False, False),  # a named side joins by name
])
def test_anaphoric_joins_unnamed_side(actors, subject, plural, expected):
    doc = _passive_join(subject)
    for t in doc:  # the 'det' of a two-word subject hangs on its noun
        if t.dep_ == "det":
            t.head = doc[t.i + 1]
    ctx = context.build_context(doc, Article("t", doc.text), actors)
    joined = next(t for t in doc if t.lower_ == "joined")
    assert unnamed_side(ctx, joined, plural=plural) is expected


@pytest.mark.parametrize("owned, expected", [("House", True), ("house", False), ("speech", False)])
def test_nonparticipants_venue_owner(owned, expected):
    """"at the President's House": a title owning a capitalised building name is no participant."""
    rows = [("at", 0, "ROOT", "ADP", "IN", "at", "O"), ("the", 2, "det", "DET", "DT", "the", "O"),
            ("President", 4, "poss", "PROPN", "NNP", "President", "O"), ("'s", 2, "case", "PART", "POS", "'s", "O"),
            (owned, 0, "pobj", "PROPN" if owned[0].isupper() else "NOUN", "NN", owned.lower(), "O")]
    assert nonparticipants.venue_owner(make(rows)[2]) is expected


@pytest.mark.parametrize("prep, noun, expected", [("at", "table", True), ("around", "table", True),
                                                  ("at", "airport", False), ("on", "table", False)])
def test_attendance_at_table(prep, noun, expected):
    """"Among those at the table were …", "Around the table were …": a place at the table lists those present."""
    rows = [(prep, 0, "prep", "ADP", "IN", prep, "O"), ("the", 2, "det", "DET", "DT", "the", "O"),
            (noun, 0, "pobj", "NOUN", "NN", noun, "O")]
    assert attendance._at_table(make(rows)[0]) is expected


def test_attendance_item_after_semicolon():
    """"were A; B": the item the parser hangs apart after a semicolon is listed; one after a comma is not this."""
    rows = [("were", 0, "ROOT", "AUX", "VBD", "be", "O"), ("Vula", 0, "nsubj", "PROPN", "NNP", "Vula", "B-PERSON"),
            (";", 0, "punct", "PUNCT", ":", ";", "O"), ("Toa", 0, "dep", "PROPN", "NNP", "Toa", "B-PERSON"),
            (",", 0, "punct", "PUNCT", ",", ",", "O"), ("Lee", 0, "dep", "PROPN", "NNP", "Lee", "B-PERSON")]
    doc = make(rows)
    assert attendance._after_semicolon(doc[3]) and not attendance._after_semicolon(doc[5])
    assert not attendance._after_semicolon(doc[1])


@pytest.mark.parametrize("words, expected", [(["Nana", "Akufo", "-", "Addo"], True),
                                             (["Nana", "Akufo", "-", "based"], False),
                                             (["Nana", "Akufo", ",", "Addo"], False)])
def test_person_spans_inner_hyphen(words, expected):
    """"Nana Akufo-Addo": a hyphen the tokenizer splits off between two capitalised name words is inside the name."""
    pos = ["PROPN" if w[:1].isupper() else "PUNCT" if not w.isalpha() else "ADJ" for w in words]
    doc = Doc(NLP.vocab, words=words, spaces=[True, False, False, False], pos=pos)
    assert person_spans._inner_hyphen(doc, 0, 2) is expected


@pytest.mark.parametrize("owner, expected", [("Ghana", True), ("the", False)])
def test_person_spans_listed_before_a_country_owned_name(owner, expected):
    """"Senegal's Amadou Diallo, Ghana's Kofi Mensah": a run NER calls an organisation is a name when a person
    owned by a country's possessive follows it in the list; "Australia's Federal Minister, the Kofi Mensah" is not
    ("Australia's Federal Minister for Health, X": a title before its holder)."""
    rows = [("Amadou", 1, "compound", "PROPN", "NNP", "Amadou", "B-ORG"),
            ("Diallo", 1, "ROOT", "PROPN", "NNP", "Diallo", "I-ORG"), (",", 1, "punct", "PUNCT", ",", ",", "O"),
            (owner, 6, "poss" if owner == "Ghana" else "det", "PROPN" if owner == "Ghana" else "DET", "NNP", owner,
             "B-GPE" if owner == "Ghana" else "O"),
            ("'s" if owner == "Ghana" else "very", 3 if owner == "Ghana" else 6, "case" if owner == "Ghana" else "amod",
             "PART", "POS", "'s", "O"),
            ("Kofi", 6, "compound", "PROPN", "NNP", "Kofi", "B-PERSON"),
            ("Mensah", 1, "appos", "PROPN", "NNP", "Mensah", "I-PERSON")]
    doc = make(rows)
    assert person_spans._not_a_body(doc[0:2], set()) is expected

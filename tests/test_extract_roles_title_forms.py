"""Title forms as the article writes them, normalised as the guide's annotators do: "House Speaker X" is the Speaker
of the House, "the speaker of parliament, Y" the Speaker of Parliament, and a "special adviser" keeps "Special" as
a "special envoy" does, and a plural portfolio ("the two defence ministers, A and B") is each listed name's (rows of
``titles.tsv``); a company's special adviser stays an affiliation. An integration
table of sentences written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from kg.extract.rolestatus import listed


def roles(facts):
    """The roles the guide lists: held at the date, political or official (surname, role, country)."""
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


TITLE_FORMS = {
    # "House Speaker" (t-house-speaker) is the Speaker of the House, the form the guide's annotators write
    "House Speaker Nora Hale told reporters the bill would pass.": {("Hale", "Speaker of the House", "US")},
    "The bill was sent to House Speaker Tom Reed on Monday.": {("Reed", "Speaker of the House", "US")},
    # "speaker of parliament" keeps its words (t-speaker-parliament2), "of the parliament" too
    "The speaker of parliament, Ara Petrosyan, was beaten in Armenia. Protests in Armenia grew.":
        {("Petrosyan", "Speaker of Parliament", "AM")},
    "Iranian media said speaker of the parliament Reza Karimi sent condolences from Iran.":
        {("Karimi", "Speaker of the Parliament", "IR")},
    # "special adviser" keeps "Special" (t-special-adviser), an organisation's or a head's
    "Lars Eide, the U.N. special adviser on Cyprus, chaired the talks.": {("Eide", "Special Adviser", "UN")},
    "UN special adviser Ola Berg met opposition leaders in Myanmar on Monday.": {("Berg", "Special Adviser", "UN")},
    "Tom Berg, a special adviser to Swedish Prime Minister Ana Holm, said the plan was dead.":
        {("Berg", "Special Adviser", "SE"), ("Holm", "Prime Minister", "SE")},
    # a plural portfolio row (t-defence-ministers, t-finance-ministers, …) is shared down the list it opens
    "The two defence ministers, Ola Berg and Lars Dahl, signed the pact.":
        {("Berg", "Defence Minister", None), ("Dahl", "Defence Minister", None)},
    "EU interior ministers, including Ola Berg and Lars Dahl, met in Brussels.":
        {("Berg", "Interior Minister", None), ("Dahl", "Interior Minister", None)},
    "The finance ministers, Ana Ruiz and Tom Hale, left the meeting early.":
        {("Ruiz", "Finance Minister", None), ("Hale", "Finance Minister", None)},
    # near misses: former holders, no names; a company's special adviser, a speaker at a conference
    "Former defence ministers, Ola Berg and Lars Dahl, signed the letter.": set(),
    "The defence ministers of NATO met in Brussels on Monday.": set(),
    "Tom Berg, a special adviser at the consultancy, said the plan was dead.": set(),
    "The keynote speaker, Ana Ruiz, praised the organisers.": set(),
}


@pytest.mark.parametrize("text", list(TITLE_FORMS))
def test_roles_title_forms_speaker_and_special_adviser(facts_of, text):
    assert roles(facts_of(text, date=dt.date(2019, 6, 14))) == TITLE_FORMS[text]

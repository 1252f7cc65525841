"""Names in meetings of ordinary news, through the model: regnal numbers ("King Charles III", "King Abdullah II"),
middle initials that could break a sentence ("George W. Bush", "John F. Kerry"), East Asian names in their native
order as objects ("met Moon Jae-in", "talks with Xi Jinping"), the lower-case half of a hyphenated Korean given name
that NER keeps in the name ("Jae-in", "Dae-jung": kg.extract.person_spans.hyphen_syllable), particles ("bin",
"al-", "van der", "De"), and a demonym before a royal title that NER takes into the name ("Dutch King X"). Each row
gives the full names of the meeting's participants. Names are of public figures or invented; the sentences are
written for this table."""

from __future__ import annotations

import pytest

ROWS = [
    ("King Charles III met French President Emmanuel Macron at Buckingham Palace on Tuesday.",
     {"Charles III", "Emmanuel Macron"}),
    ("Jordan's King Abdullah II held talks with U.S. Secretary of State Antony Blinken in Amman.",
     {"Abdullah II", "Antony Blinken"}),
    ("Spain's King Felipe VI met Moroccan King Mohammed VI in Rabat.",
     {"Felipe VI", "Mohammed VI"}),
    ("U.S. President George W. Bush met Russian President Vladimir Putin in Slovenia.",
     {"George W. Bush", "Vladimir Putin"}),
    ("Secretary of State John F. Kerry held talks with Iranian Foreign Minister Mohammad Javad Zarif in Geneva.",
     {"John F. Kerry", "Mohammad Javad Zarif"}),
    ("Japanese Prime Minister Shinzo Abe met South Korean President Moon Jae-in in Tokyo.",
     {"Shinzo Abe", "Moon Jae-in"}),
    ("North Korean leader Kim Jong Un met South Korean President Moon Jae-in at Panmunjom.",
     {"Kim Jong Un", "Moon Jae-in"}),
    ("South Korean President Kim Dae-jung met North Korean leader Kim Jong Il in Pyongyang.",
     {"Kim Dae-jung", "Kim Jong Il"}),
    ("Foreign Minister Kang Kyung-wha held talks with Japanese Foreign Minister Taro Kono.",
     {"Kang Kyung-wha", "Taro Kono"}),
    ("Japanese Prime Minister Shinzo Abe held talks with Chinese President Xi Jinping on the sidelines of the summit.",
     {"Shinzo Abe", "Xi Jinping"}),
    ("Vietnamese Prime Minister Nguyen Xuan Phuc met Chinese Premier Li Keqiang in Beijing.",
     {"Nguyen Xuan Phuc", "Li Keqiang"}),
    ("Chinese President Xi Jinping met South Korean President Yoon Suk Yeol in Bali.",
     {"Xi Jinping", "Yoon Suk Yeol"}),
    ("Saudi Crown Prince Mohammed bin Salman met U.S. President Joe Biden in Jeddah.",
     {"Mohammed bin Salman", "Joe Biden"}),
    ("Dutch Prime Minister Mark Rutte met European Commission President Ursula von der Leyen in Brussels.",
     {"Mark Rutte", "Ursula von der Leyen"}),
    ("Iraqi Prime Minister Mustafa al-Kadhimi received Iranian Foreign Minister Hossein Amir-Abdollahian in Baghdad.",
     {"Mustafa al-Kadhimi", "Hossein Amir-Abdollahian"}),
    ("Emir Sheikh Tamim bin Hamad Al Thani met Egyptian President Abdel Fattah al-Sisi in Cairo.",
     {"Tamim bin Hamad Al Thani", "Abdel Fattah al-Sisi"}),
    ("Myanmar's Aung San Suu Kyi met UN envoy Christine Schraner Burgener in Naypyitaw.",
     {"Aung San Suu Kyi", "Christine Schraner Burgener"}),
    ("Dutch King Willem-Alexander met Belgian Prime Minister Alexander De Croo.",
     {"Willem-Alexander", "Alexander De Croo"}),
    ("Former Dutch Prime Minister Dries van Agt met Palestinian President Mahmoud Abbas in Ramallah.",
     {"Dries van Agt", "Mahmoud Abbas"}),
    ("UN Secretary-General Ban Ki-moon met Thai Prime Minister Prayuth Chan-ocha in Bangkok.",
     {"Ban Ki-moon", "Prayuth Chan-ocha"}),
]


@pytest.mark.parametrize("text, names", ROWS)
def test_extract_meeting_news_names_participants(facts_of, text, names):
    meetings = [e for e in facts_of(text).events if e.is_meeting]
    assert len(meetings) == 1 and {p.name for p in meetings[0].participants} == names


def test_extract_meeting_news_names_hyphen_syllable_stays_out_of_prose(facts_of):
    """A lower-case word after a spaced hyphen is no half of a name: "met Moon - in Seoul" keeps "Moon"."""
    facts = facts_of("President Lee Myung-bak met Japanese Prime Minister Yoshihiko Noda in Kyoto - in a rare visit.")
    names = {p.name for e in facts.events if e.is_meeting for p in e.participants}
    assert names == {"Lee Myung-bak", "Yoshihiko Noda"}

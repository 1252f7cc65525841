"""Rule tables: sentences written for these tests (other leaders, countries and phrasings than the seed)."""

from __future__ import annotations

import pytest

from kg.extract.rolestatus import listed


def roles(facts):
    """The roles the guide lists (what roles.rq returns): held at the date, political or official."""
    return {(r.person.name.split()[-1], r.role, r.country) for r in facts.roles if listed(r.status, r.scope, r.role)}


def pairs(facts, meetings=True):
    out = set()
    for e in facts.events:
        if e.is_meeting == meetings:
            names = sorted(p.name.split()[-1] for p in e.participants)
            out |= {(a, b) for i, a in enumerate(names) for b in names[i + 1:]}
    return out


@pytest.mark.parametrize("text, expected", [
    ("Prime Minister Mette Frederiksen of Denmark arrived on Monday.", {("Frederiksen", "Prime Minister", "DK")}),
    ("The German Chancellor Olaf Scholz spoke to reporters.", {("Scholz", "Chancellor", "DE")}),
    ("Kenya's President William Ruto said the plan was ready.", {("Ruto", "President", "KE")}),
    ("Pedro Sánchez, the prime minister of Spain, arrived late.", {("Sánchez", "Prime Minister", "ES")}),
    ("Indian Minister of External Affairs Subrahmanyam Jaishankar spoke.",
     {("Jaishankar", "External Affairs Minister", "IN")}),  # the guide: the article's title, normalised
    ("Foreign Minister Penny Wong of Australia travelled to Fiji.", {("Wong", "Foreign Minister", "AU")}),
    ("President Ramaphosa of South Africa opened the session.", {("Ramaphosa", "President", "ZA")}),
    ("The weather in Oslo was cold and nobody spoke.", set()),
])
def test_extract_roles_title_patterns(facts_of, text, expected):
    assert roles(facts_of(text)) == expected


def test_extract_roles_full_name_repair(facts_of):
    facts = facts_of("President Luiz Inácio Lula da Silva of Brazil addressed the crowd. Mr. Lula da Silva smiled.")
    names = {r.person.name for r in facts.roles}
    assert any(n.endswith("Lula da Silva") for n in names), names


def test_extract_aliases_one_person(facts_of):
    facts = facts_of("Prime Minister Fumio Kishida of Japan met President Yoon Suk Yeol of South Korea in Tokyo. "
                     "Mr. Kishida said the talks were useful. Kishida later left.")
    assert len({p.key for p in facts.persons if p.name.endswith("Kishida")}) == 1


@pytest.mark.parametrize("text, expected", [
    ("Chancellor Olaf Scholz met with President Emmanuel Macron of France in Berlin on Tuesday.",
     {("Macron", "Scholz")}),
    ("President Macron hosted Chancellor Scholz and Prime Minister Giorgia Meloni of Italy at the Élysée Palace.",
     {("Macron", "Scholz"), ("Macron", "Meloni"), ("Meloni", "Scholz")}),
    ("Prime Minister Anthony Albanese held talks with President Joko Widodo of Indonesia in Jakarta.",
     {("Albanese", "Widodo")}),
    ("Mr. Ruto and Mr. Ramaphosa discussed trade and energy.", {("Ramaphosa", "Ruto")}),
    ("President William Ruto of Kenya visited President Cyril Ramaphosa of South Africa in Pretoria.",
     {("Ramaphosa", "Ruto")}),
    ("Chancellor Scholz said he looked forward to hosting President Macron in Berlin next month.", set()),
    ("Chancellor Scholz will meet President Macron next week.", set()),
    ("President Macron thanked Chancellor Scholz for his support.", set()),
])
def test_extract_meetings_table(facts_of, text, expected):
    assert pairs(facts_of(text)) == expected


def test_extract_meetings_phone_call_is_call(facts_of):
    facts = facts_of("President Emmanuel Macron spoke by phone with Chancellor Olaf Scholz on Friday.")
    assert pairs(facts) == set()
    calls = [e for e in facts.events if e.kind == "call"]
    assert calls and calls[0].cameo == "041"


def test_extract_meetings_host_location_date(facts_of):
    facts = facts_of("President Emmanuel Macron hosted Chancellor Olaf Scholz in Paris on Monday.")
    (event,) = [e for e in facts.events if e.is_meeting]
    assert event.host is not None and event.host.name.endswith("Macron")
    assert event.cameo == "043" and event.plover_mode == "host"
    assert event.location is not None and event.location.name == "Paris" and event.location.country == "FR"
    assert event.date is not None and event.date.isoformat() == "2023-06-12"


def test_extract_events_named_summit_with_topics(facts_of):
    text = ("BRUSSELS — The Nordic Leaders’ Summit opened on Thursday. Prime Minister Mette Frederiksen of "
            "Denmark hosted Prime Minister Jonas Gahr Støre of Norway and President Sauli Niinistö of Finland. "
            "The summit served as a forum to discuss energy security, Arctic cooperation and migration.")
    facts = facts_of(text)
    (summit,) = [e for e in facts.events if e.name]
    assert summit.name == "Nordic Leaders' Summit"
    assert {p.name.split()[-1] for p in summit.participants} == {"Frederiksen", "Støre", "Niinistö"}
    assert summit.host is not None and summit.host.name.endswith("Frederiksen")
    topics = {t.topic for t in facts.topics if t.event_id == summit.id}
    assert {"energy security", "Arctic cooperation", "migration"} <= topics


@pytest.mark.parametrize("text, expected", [
    ("The two leaders met in Rome. President Macron and Prime Minister Meloni discussed energy prices, "
     "irregular migration and the war in Ukraine.", {"energy prices", "irregular migration", "war in Ukraine"}),
    ("Chancellor Scholz met President Macron. They agreed to strengthen defense cooperation.",
     {"defense cooperation"}),
    ("Chancellor Scholz met President Macron. The agenda includes climate finance and trade.",
     {"climate finance", "trade"}),
    ("Chancellor Scholz met President Macron. The leaders discussed the importance of supply chain security.",
     {"supply chain security"}),
])
def test_extract_topics_table(facts_of, text, expected):
    assert {t.topic for t in facts_of(text).topics} == expected


@pytest.mark.parametrize("text, speaker, contains", [
    ("“We will defend every inch of our territory,” President Volodymyr Zelenskyy said on Sunday.",
     "Zelenskyy", "defend every inch"),
    ("Chancellor Olaf Scholz arrived in Kyiv. “Germany stands firmly with Ukraine today,” he said.",
     "Scholz", "stands firmly with Ukraine"),
    ("“We will not back down,” Prime Minister Jacinda Ardern said, “whatever it costs us in the end.”",
     "Ardern", "whatever it costs"),
    ("Prime Minister Rishi Sunak said: “This is a day for the whole country to remember.”",
     "Sunak", "whole country to remember"),
])
def test_extract_quotes_table(facts_of, text, speaker, contains):
    quotes = facts_of(text).quotes
    assert [(q.speaker.name.split()[-1], contains in q.text) for q in quotes] == [(speaker, True)]


@pytest.mark.parametrize("text", [
    "The minister called the plan “a disaster” in a statement.",
    "“The market will recover next year,” analysts said in a report on Monday.",
])
def test_extract_quotes_no_speaker_no_quote(facts_of, text):
    assert facts_of(text).quotes == ()


def test_extract_evidence_offsets_point_at_text(facts_of):
    text = "Prime Minister Mette Frederiksen of Denmark met President Sauli Niinistö of Finland in Helsinki."
    facts = facts_of(text)
    for fact in (*facts.roles, *facts.events):
        ev = fact.evidence
        assert ev.article_id == "t" and ev.rule
        assert 0 <= ev.start < ev.end <= len(text)
        assert text[ev.start:ev.end] in ev.sentence


@pytest.mark.parametrize("text, expected", [
    ("Crown Prince and Prime Minister Salman Al Khalifa of Bahrain met the delegation.",
     {("Khalifa", "Crown Prince", "BH"), ("Khalifa", "Prime Minister", "BH")}),
    # rewritten from a sentence of corpus article wn-2020-01-11-Cairo-summit-denounces-Turkish-Libyan-maritime-border-agreement
    ("Egyptian Foreign Minister Sameh Shoukry and his Greek and French counterparts, Nikos Dendias and "
     "Jean-Yves Le Drian, respectively, gathered in Cairo.",
     {("Shoukry", "Foreign Minister", "EG"), ("Dendias", "Foreign Minister", "GR"),
      ("Drian", "Foreign Minister", "FR")}),
    # rewritten from a sentence of corpus article wn-2019-07-10-Benin-Nigeria-join-African-Union-continental-free-trade-bloc
    ("Presidents Muhammadu Buhari of Nigeria and Patrice Talon of Benin signed the agreement.",
     {("Buhari", "President", "NG"), ("Talon", "President", "BJ")}),
    ("Presidents Muhammadu Buhari of Nigeria and Emmanuel Macron of France met.",
     {("Buhari", "President", "NG"), ("Macron", "President", "FR")}),
    # rewritten from a sentence of corpus article wh-2023-03-17-readout-of-national-security-advisor-sullivan-secretary-austin-and-chairman-milley-call-with-ukrain
    ("Head of the Office of the President Andriy Yermak arrived.",
     {("Yermak", "Head of the Office of the President", "UA")}),
])
def test_extract_roles_compound_patterns(facts_of, text, expected):
    assert roles(facts_of(text, date=None)) == expected


def test_extract_readout_the_president_is_principal(facts_of):
    text = ("President Emmanuel Macron met with President Cyril Ramaphosa of South Africa. "
            "The President thanked him for the visit. “We have done great work together today,” the President said.")
    quotes = facts_of(text).quotes
    assert [q.speaker.name.split()[-1] for q in quotes] == ["Macron"]


def test_extract_meetings_join_adds_to_event(facts_of):
    text = ("Chancellor Olaf Scholz met President Emmanuel Macron in Berlin. "
            "Prime Minister Giorgia Meloni of Italy joined the talks later.")
    assert pairs(facts_of(text)) == {("Macron", "Scholz"), ("Meloni", "Scholz"), ("Macron", "Meloni")}


def test_extract_quotes_continuation_same_speaker(facts_of):
    text = ("“We are ready to negotiate with everyone at the table,” Prime Minister Kaja Kallas told reporters. "
            "“There is no other way forward for the region.”")
    quotes = facts_of(text).quotes
    assert [q.speaker.name.split()[-1] for q in quotes] == ["Kallas", "Kallas"]


@pytest.mark.parametrize("text, expected", [
    ("President Macron met Chancellor Scholz. The leaders discussed a range of issues, including energy "
     "security and migration.", {"energy security", "migration"}),
    ("President Macron met Chancellor Scholz. They reaffirmed their commitment to the Paris Agreement.",
     {"Paris Agreement"}),
    ("President Macron met Chancellor Scholz. The two leaders discussed peace and stability.",
     {"peace and stability"}),
])
def test_extract_topics_generic_heads(facts_of, text, expected):
    assert {t.topic for t in facts_of(text).topics} == expected


@pytest.mark.parametrize("families, has_events, has_roles", [
    (["roles", "events", "topics", "quotes"], True, True),
    (["roles"], False, True),
    (["events"], True, False),
])
def test_extract_component_in_a_spacy_pipeline(families, has_events, has_roles):
    import kg.extract.components  # noqa: F401  (registers the factory)
    from kg.nlp import load_model

    nlp = load_model()
    nlp.add_pipe("kg_relations", config={"families": families})
    facts = nlp("Chancellor Olaf Scholz of Germany met President Emmanuel Macron of France in Paris.")._.kg_facts
    assert bool(facts.events) is has_events and bool(facts.roles) is has_roles


def test_extract_component_rejects_unknown_family():
    import kg.extract.components  # noqa: F401
    from kg.nlp import load_model

    with pytest.raises(ValueError, match="unknown fact families"):
        load_model().add_pipe("kg_relations", config={"families": ["gossip"]})


@pytest.mark.parametrize("text, expected", [
    ("President Cyril Ramaphosa met the Kenyan president in Pretoria. President William Ruto of Kenya "
     "had arrived on Sunday.", {("Ramaphosa", "Ruto")}),
    ("President Cyril Ramaphosa met the Kenyan president in Pretoria.", set()),
    ("President William Ruto of Kenya arrived in Pretoria on Sunday. President Cyril Ramaphosa met the Kenyan "
     "president on Monday.", {("Ramaphosa", "Ruto")}),
    ("Prime Minister Mark Carney of Canada arrived in Paris. President Emmanuel Macron thanked him and later "
     "hosted his counterpart from Canada at the Élysée Palace.", {("Carney", "Macron")}),
])
def test_extract_meetings_with_role_anaphora(facts_of, text, expected):
    assert pairs(facts_of(text)) == expected


def test_extract_actor_dictionary_gives_country(facts_of):
    facts = facts_of("President Biden thanked the workers.", date=__import__("datetime").date(2022, 3, 1))
    assert roles(facts) == {("Biden", "President", "US")}


def test_extract_user_actor_file(tmp_path, nlp):
    import datetime as dt
    import json

    from kg.actors import load_actors
    from kg.extract import extract
    from kg.model import Article

    path = tmp_path / "actors.jsonl"
    path.write_text(json.dumps({"id": "lima-ana", "name": "Ana Beatriz Lima", "qid": None, "aliases": [],
                                "roles": [{"role": "Governor", "country": "BR", "start": "2023-01-01",
                                           "end": None}]}) + "\n", encoding="utf-8")
    text = "Ana Beatriz Lima opened the port on Monday."
    article = Article("t", text, date=dt.date(2024, 5, 2))
    without = extract(nlp(text), article, load_actors())
    with_file = extract(nlp(text), article, load_actors((str(path),)))
    assert roles(without) == set()
    assert roles(with_file) == {("Lima", "Governor", "BR")}


@pytest.mark.parametrize("text, name", [
    # rewritten from a sentence of corpus article wn-2019-07-10-Benin-Nigeria-join-African-Union-continental-free-trade-bloc
    ("AU chairperson President Abdel Fattah el-Sisi of Egypt opened the session.", "Abdel Fattah el-Sisi"),
    # rewritten from a sentence of corpus article wh-2023-04-20-readout-of-president-joe-bidens-call-with-president-ursula-von-der-leyen-of-the-european-commission
    ("President Ursula von der Leyen of the European Commission spoke first.", "Ursula von der Leyen"),
])
def test_extract_names_with_particles_and_titles_before(facts_of, text, name):
    assert name in {r.person.name for r in facts_of(text).roles}

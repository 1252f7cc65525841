"""A small hand-built set of PLOVER facts (no extractor involved) for the RDF, query, dyad and GEXF tests.

Four articles, March–April 2024, written for the tests: collective actors with sectors, persons who also hold
roles and meet, countries, organisations known to kg (EU) and not (a party), every modality, counts, an amount,
contexts, reciprocal sources without a target, and events that must stay out of the dyad series.
"""

from __future__ import annotations

import datetime as dt

from kg.model import (Actor, Article, ArticleFacts, EventFact, Evidence, Person, Place, PoliticalEventFact,
                      RoleFact)

HALVORSEN = Person("Q999101", "Ingrid Halvorsen", qid="Q999101")
OKAFOR = Person("chidi-okafor", "Chidi Okafor")


def ev(article: str, start: int = 0, rule: str = "plover-test") -> Evidence:
    return Evidence(article, f"Sentence {start} of {article}.", start, start, start + 9, rule)


def pe(article: str, pid: str, type_: str, sources, targets=(), modality="asserted", start=0, **kw):
    return PoliticalEventFact(pid, type_, tuple(sources), tuple(targets), modality, ev(article, start), **kw)


TROOPS = Actor("Norwegian troops", country="NO", sector="MIL")
PROTESTERS = Actor("protesters in Lima", country="PE", sector="CVL")
PERU = Actor("Peru", country="PE")
NORWAY = Actor("Norway", country="NO")
CHILE = Actor("Chile", country="CL")
BOLIVIA = Actor("Bolivia", country="BO")
EU = Actor("the European Union", org="EU")
PARTY = Actor("the Green Dawn party", country="PE", sector="OPP", org="Green Dawn")
PERU_GOV = Actor("the Peruvian government", country="PE", sector="GOV")


def plover_facts() -> list[ArticleFacts]:
    a1 = ArticleFacts(
        Article("pl-1", "…", title="Clashes in Lima", date=dt.date(2024, 3, 5)),
        political_events=(
            pe("pl-1", "p1", "ASSAULT", [TROOPS], [PROTESTERS], start=0, mode="firearms", cameo="190",
               contexts=("military", "repression"), date=dt.date(2024, 3, 4), location=Place("Lima", "PE"),
               counts=(("killed", 12), ("injured", 30))),
            pe("pl-1", "p2", "PROTEST", [PROTESTERS], [], start=40, mode="demo", counts=(("protesting", 5000),)),
            pe("pl-1", "p3", "THREATEN", [PERU], [NORWAY], start=80, mode="relations", cameo="1311"),
            pe("pl-1", "p4", "ASSAULT", [NORWAY], [PERU], "hypothetical", start=120),
        ),
    )
    a2 = ArticleFacts(
        Article("pl-2", "…", date=dt.date(2024, 3, 20)),
        persons=(HALVORSEN, OKAFOR),
        roles=(RoleFact(HALVORSEN, "Prime Minister", "NO", ev("pl-2")),
               RoleFact(OKAFOR, "President", "PE", ev("pl-2"))),
        events=(EventFact("e1", "visit", (HALVORSEN, OKAFOR), ev("pl-2"), host=OKAFOR, location=Place("Lima", "PE"),
                          date=dt.date(2024, 3, 19), cameo="042", plover_mode="visit"),),
        political_events=(
            pe("pl-2", "p1", "CONSULT", [Actor("Ingrid Halvorsen", "NO", "GOV", person=HALVORSEN)],
               [Actor("Chidi Okafor", "PE", "GOV", person=OKAFOR)], start=0, mode="visit", cameo="042",
               date=dt.date(2024, 3, 19), location=Place("Lima", "PE"), contexts=("diplomatic",)),
            pe("pl-2", "p2", "AGREE", [NORWAY, PERU, CHILE], [], start=50, cameo="057",
               contexts=("economic", "natural_resource")),
            pe("pl-2", "p3", "SANCTION", [EU], [PERU_GOV], start=90, mode="discontinue", amount="€2 billion"),
            pe("pl-2", "p4", "CONSULT", [CHILE], [BOLIVIA], "negated", start=130, mode="visit"),
            pe("pl-2", "p5", "COOPERATE", [CHILE], [BOLIVIA], "future", start=170),
        ),
    )
    a3 = ArticleFacts(
        Article("pl-3", "…", date=dt.date(2024, 4, 2)),
        political_events=(
            pe("pl-3", "p1", "AID", [NORWAY], [PERU], start=0, mode=None, cameo="070", amount="$1.2 billion",
               contexts=("human_security",)),
            pe("pl-3", "p2", "ACCUSE", [PARTY], [PERU_GOV], start=40, mode="allege"),
            pe("pl-3", "p3", "ASSAULT", [CHILE], [BOLIVIA], "historical", start=80, date=dt.date(1995, 6, 1),
               mode="aerial"),
            pe("pl-3", "p4", "ASSAULT", [BOLIVIA], [CHILE], "historical", start=120),
            pe("pl-3", "p5", "COERCE", [PERU_GOV], [PROTESTERS], start=160, mode="arrest",
               counts=(("arrested", 40),)),
        ),
    )
    a4 = ArticleFacts(
        Article("pl-4", "…"),  # no publication date: only dated events reach the series
        political_events=(
            pe("pl-4", "p1", "ASSAULT", [TROOPS], [PERU], start=0, mode="aerial", date=dt.date(2024, 4, 15)),
            pe("pl-4", "p2", "RETREAT", [NORWAY], [PERU], start=40, mode="withdraw"),
            pe("pl-4", "p3", "ASSAULT", [], [PERU], start=80, mode="explosives", date=dt.date(2024, 4, 20),
               counts=(("killed", 2), ("displaced", 300))),  # no source named; a count kg does not write
        ),
    )
    return [a1, a2, a3, a4]

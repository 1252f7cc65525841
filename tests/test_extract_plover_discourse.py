"""Targets from the article's discourse (:mod:`kg.extract.plover_discourse`): a person pronoun the act is done
to, and no guessed country; model-free tests on hand-built Docs, and (slow) texts written for these
tests."""

from __future__ import annotations

import pytest
from test_extract_plover import make_doc
from test_extract_plover_sources import _rows
from test_extract_plover_targets import target_labels

from kg.extract import plover_actors as pa
from kg.extract import plover_discourse as pdi
from kg.extract.spans import doc_ents
from kg.model import Actor, Article, Evidence, Person, PoliticalEventFact

# "Police arrested twelve people . The court convicted him ."
CONVICTED = _rows("Police/police/NOUN/NNS/nsubj/1 arrested/arrest/VERB/VBD/ROOT/1 twelve/twelve/NUM/CD/nummod/3 "
                  "people/people/NOUN/NNS/dobj/1 ././PUNCT/./punct/1 The/the/DET/DT/det/6 "
                  "court/court/NOUN/NN/nsubj/7 convicted/convict/VERB/VBD/ROOT/7 him/he/PRON/PRP/dobj/7 "
                  "././PUNCT/./punct/7")
VERDE = Person("tomas-verde", "Tomas Verde")
POLICE = Actor("Police", country="GR", sector="COP")
COURT = Actor("court", country="GR", sector="JUD")


class _Ctx:
    """An article context in which "him" (token 8) stands for Tomas Verde."""

    article = Article(id="t", text="")

    def __init__(self, doc, resolved=True):
        self.doc, self.resolved = doc, resolved

    def persons_at(self, tok):
        return [0] if self.resolved and tok.lower_ == "him" else []

    def titled_at(self, tok):
        return []

    def person(self, e):
        return VERDE


def _actors(doc, focus=("GR",), resolved=True) -> pa.Actors:
    ents = {i: e for e in doc_ents(doc) for i in range(e.start, e.end)}
    return pa.Actors(ctx=_Ctx(doc, resolved), role_country={"tomas-verde": "PT"}, ents=ents,  # type: ignore[arg-type]
                     focus=focus)


def _fact(doc, anchor: int, kind: str, sources, targets=()) -> PoliticalEventFact:
    tok = doc[anchor]
    ev = Evidence("t", tok.sent.text, tok.sent.start_char, tok.idx, tok.idx + len(tok), "plover:test")
    return PoliticalEventFact("p1", kind, tuple(sources), tuple(targets), "asserted", ev)


def test_plover_discourse_a_pronoun_done_to_is_its_person_and_no_country_is_guessed():
    doc = make_doc(CONVICTED)
    found = pdi.discourse_target(_actors(doc), _fact(doc, 7, "SANCTION", [COURT]))
    assert [(a.label, a.country, a.person) for a in found] == [("Tomas Verde", "PT", VERDE)]  # roles' person
    unresolved = _actors(doc, focus=("GR", "TR"), resolved=False)  # "him" of no known person
    assert pdi.discourse_target(unresolved, _fact(doc, 7, "SANCTION", [COURT])) == []  # not the focus country
    assert pdi.discourse_target(_actors(doc), _fact(doc, 1, "COERCE", [POLICE])) == []  # no pronoun object


def test_plover_discourse_only_events_with_a_source_and_no_target_of_the_listed_types_are_open():
    doc = make_doc(CONVICTED)
    assert pdi._open(_fact(doc, 1, "COERCE", [POLICE]))
    assert not pdi._open(_fact(doc, 1, "COERCE", [POLICE], [Actor("people", country="GR")]))  # a target
    assert not pdi._open(_fact(doc, 1, "COERCE", []))  # no source
    assert not pdi._open(_fact(doc, 1, "CONSULT", [POLICE]))  # meetings have rules of their own
    two = [Actor("Hamas", org="Hamas"), Actor("Fatah", org="Fatah")]
    assert not pdi._open(_fact(doc, 1, "ASSAULT", two))  # "Hamas and Fatah clashed": each other


KENYA = "Lawmakers in Kenya debated the new border law on Tuesday. "
INVENTED = [
    ("Tomas Verde, a Peruvian activist, was detained in Lima in 2019. He was released by Peru in January.",
     "RETREAT", [["Tomas Verde"]]),  # the pronoun's person
    (KENYA + "Ugandan police arrested the accused near the border.", "COERCE", [[]]),  # no country guessed
    (KENYA + "Kenyan police arrested the accused near the border.", "COERCE", [[]]),  # not a state towards itself
]


@pytest.mark.slow
@pytest.mark.parametrize(("text", "kind", "expected"), INVENTED)
def test_plover_discourse_targets_of_invented_reports(facts_of, text, kind, expected):
    assert target_labels(facts_of(text), kind) == expected

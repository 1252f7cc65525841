"""kg's relation rules as a spaCy component, for use in your own pipelines.

>>> import spacy, kg.extract.components  # doctest: +SKIP
>>> nlp = spacy.load("en_core_web_sm"); nlp.add_pipe("kg_relations")  # doctest: +SKIP
>>> nlp("Chancellor Olaf Scholz met President Emmanuel Macron.")._.kg_facts.events  # doctest: +SKIP

The component needs a parser and NER before it. Set ``doc._.kg_article`` (a :class:`kg.model.Article`)
before it runs to give the article id and publication date; otherwise the doc is article ``"doc"``
with no date. ``families`` chooses which facts to keep (roles, events, topics, quotes); ``resources`` lists overlay
directories of lexicon rows and patterns, as ``kg build --resources``.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.language import Language
from spacy.tokens import Doc

from kg.actors import load_actors
from kg.extract import extract
from kg.lexicon import use_resources
from kg.model import Article

FAMILIES = ("roles", "events", "topics", "quotes")


def _register_extensions() -> None:
    for name in ("kg_article", "kg_facts"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class RelationComponent:
    """Runs kg's rule families on each doc and stores :class:`kg.model.ArticleFacts` in ``doc._.kg_facts``."""

    def __init__(self, actors: tuple[str, ...] = (), families: tuple[str, ...] = FAMILIES,
                 resources: tuple[str, ...] = ()):
        _register_extensions()
        if resources:
            use_resources(resources)  # the user's lexicon rows and patterns over the shipped ones
        unknown = set(families) - set(FAMILIES)
        if unknown:
            raise ValueError(f"unknown fact families {sorted(unknown)}; choose from {FAMILIES}")
        self.actors = load_actors(tuple(actors))
        self.families = tuple(families)

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.kg_article or Article(id="doc", text=doc.text)
        facts = extract(doc, article, self.actors)
        keep = self.families
        doc._.kg_facts = replace(facts, roles=facts.roles if "roles" in keep else (),
                                 events=facts.events if "events" in keep else (),
                                 topics=facts.topics if "topics" in keep else (),
                                 quotes=facts.quotes if "quotes" in keep else ())
        return doc


@Language.factory("kg_relations", default_config={"actors": [], "families": list(FAMILIES), "resources": []})
def make_relations(nlp: Language, name: str, actors: list[str], families: list[str],
                   resources: list[str]) -> RelationComponent:
    return RelationComponent(tuple(actors), tuple(families), tuple(resources))

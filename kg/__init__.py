"""kg: turn political news into a knowledge graph (RDF + SPARQL + NetworkX + Gephi).

``kg.open(".kg")`` (or ``"memory"``, or an ``http://`` endpoint) opens a store for notebooks; see :mod:`kg.api`.
Importing kg is cheap: the API module (and spaCy, pyoxigraph, …) load on first use.
"""

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "open"]


def __getattr__(name: str):
    if name in __all__:
        from kg import api

        return getattr(api, name)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")

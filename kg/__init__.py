"""kg: turn political news into a knowledge graph (RDF + SPARQL + NetworkX + Gephi)."""

__version__ = "0.1.0"

"""RDF: pipeline records to triples and quads (the data model)."""
from kg.rdf.mapping import article_quads, entity_node, entity_triples, url_term

__all__ = ["article_quads", "entity_node", "entity_triples", "url_term"]

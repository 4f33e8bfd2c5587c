"""Namespaces of the data model, declared once for the whole package.

See ``../shared/spec/data-model.md`` (the contract) and ``ontology/aikg.ttl``.

>>> from kg.namespaces import AIKG, entity_iri
>>> str(AIKG.investsIn)
'https://w3id.org/aikg/ontology#investsIn'
>>> str(entity_iri("Organization", "zhipu-ai"))
'https://w3id.org/aikg/id/org/zhipu-ai'
"""
from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SKOS, XSD

AIKG = Namespace("https://w3id.org/aikg/ontology#")
AID = Namespace("https://w3id.org/aikg/id/")
ADOC = Namespace("https://w3id.org/aikg/doc/")
WD = Namespace("http://www.wikidata.org/entity/")

#: prefix -> namespace, bound on every graph and used in every query
PREFIXES = {
    "aikg": AIKG,
    "aid": AID,
    "adoc": ADOC,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "prov": PROV,
    "xsd": XSD,
    "wd": WD,
}

#: the five core classes of the contract
CLASSES = ("Organization", "Person", "AIModel", "Product", "Chip")

#: path segment of an entity IRI per core class: {aid}{segment}/{slug}
CLASS_SEGMENT = {
    "Organization": "org",
    "Person": "person",
    "AIModel": "model",
    "Product": "product",
    "Chip": "chip",
}

#: the thirteen relation local names of the contract
PREDICATES = (
    "investsIn", "releases", "runsOn", "manufactures", "partnersWith",
    "acquires", "subsidiaryOf", "basedOn", "ceoOf", "founderOf", "worksFor",
    "sues", "uses",
)

SYMMETRIC = frozenset({"partnersWith"})


def entity_iri(cls: str, slug: str) -> URIRef:
    """Return the IRI of an entity of core class ``cls`` with ``slug``."""
    return AID[f"{CLASS_SEGMENT[cls]}/{slug}"]


def article_iri(slug: str) -> URIRef:
    """Return the IRI of the article (digest) with ``slug``."""
    return ADOC[slug]


def story_iri(article_slug: str, n: int) -> URIRef:
    """Return the IRI of story ``n`` (1-based) of an article; also its named graph."""
    return ADOC[f"{article_slug}/{n}"]


def bind_prefixes(graph) -> None:
    """Bind the package prefixes on an rdflib Graph or Dataset."""
    for prefix, ns in PREFIXES.items():
        graph.bind(prefix, ns, override=True)


def sparql_prologue() -> str:
    """Return PREFIX declarations for every namespace, for SPARQL text."""
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())

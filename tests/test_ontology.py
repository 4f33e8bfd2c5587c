"""ontology/aikg.ttl declares the contract's data model in OWL 2 (DL-friendly)."""
from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph
import pytest
from rdflib import BNode, Graph, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS

XSD_DECIMAL = URIRef("http://www.w3.org/2001/XMLSchema#decimal")

from kg.namespaces import AIKG, CLASSES, PREDICATES, SYMMETRIC

ROOT = Path(__file__).resolve().parent.parent
ONTOLOGY = ROOT / "ontology" / "aikg.ttl"
MAPPING = ROOT / "kg" / "rdf" / "mapping.py"

O, P, M, PR, C = "Organization", "Person", "AIModel", "Product", "Chip"

#: subject -> object classes per predicate, as in the table of ../shared/spec/data-model.md
CONTRACT = {
    "investsIn": ({O, P}, {O}),
    "releases": ({O}, {M, PR}),
    "runsOn": ({M, PR}, {C}),
    "manufactures": ({O}, {C}),
    "partnersWith": ({O}, {O}),
    "acquires": ({O}, {O, PR}),
    "subsidiaryOf": ({O}, {O}),
    "basedOn": ({M, PR}, {M}),
    "ceoOf": ({P}, {O}),
    "founderOf": ({P}, {O, PR}),
    "worksFor": ({P}, {O}),
    "sues": ({O, P}, {O}),
    "uses": ({O}, {M, PR, C}),
}

DECLARATIONS = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def _classes_of(g: Graph, node) -> set[str]:
    """Local names of the classes a domain/range node stands for (a class or an owl:unionOf)."""
    if isinstance(node, BNode):
        members = g.value(node, OWL.unionOf)
        assert members is not None, "a class expression other than owl:unionOf"
        return {str(m).removeprefix(str(AIKG)) for m in Collection(g, members)}
    return {str(node).removeprefix(str(AIKG))}


def _labels(g: Graph, term, prop=RDFS.label) -> dict[str, str]:
    return {lit.language: str(lit) for lit in g.objects(term, prop)}


def test_parses_with_rdflib_and_pyoxigraph(onto):
    store = pyoxigraph.Store()
    store.load(path=str(ONTOLOGY), format=pyoxigraph.RdfFormat.TURTLE)
    assert len(store) == len(onto) > 0


def test_ontology_header(onto):
    (ont,) = list(onto.subjects(RDF.type, OWL.Ontology))
    assert onto.value(ont, OWL.versionInfo) is not None
    assert onto.value(ont, OWL.versionIRI) is not None
    assert {"zh", "en"} <= set(_labels(onto, ont, DCTERMS.title))
    assert {"zh", "en"} <= set(_labels(onto, ont, DCTERMS.description))


@pytest.mark.parametrize("name", CLASSES)
def test_core_class_declared_with_labels(onto, name):
    term = AIKG[name]
    assert (term, RDF.type, OWL.Class) in onto
    assert {"zh", "en"} <= set(_labels(onto, term))
    assert {"zh", "en"} <= set(_labels(onto, term, RDFS.comment))


def test_core_classes_are_pairwise_disjoint(onto):
    lists = [set(Collection(onto, onto.value(n, OWL.members)))
             for n in onto.subjects(RDF.type, OWL.AllDisjointClasses)]
    assert {AIKG[c] for c in CLASSES} in lists


@pytest.mark.parametrize("name", PREDICATES)
def test_predicate_declared_with_contract_domain_and_range(onto, name):
    term = AIKG[name]
    assert (term, RDF.type, OWL.ObjectProperty) in onto
    assert {"zh", "en"} <= set(_labels(onto, term))
    assert {"zh", "en"} <= set(_labels(onto, term, RDFS.comment))
    domain, range_ = CONTRACT[name]
    (d,) = list(onto.objects(term, RDFS.domain))
    (r,) = list(onto.objects(term, RDFS.range))
    assert _classes_of(onto, d) == domain
    assert _classes_of(onto, r) == range_
    assert ((term, RDF.type, OWL.SymmetricProperty) in onto) == (name in SYMMETRIC)


def test_contract_table_covers_the_package_predicates():
    assert set(CONTRACT) == set(PREDICATES)


def test_investor_is_an_organization(onto):
    assert (AIKG.Investor, RDFS.subClassOf, AIKG.Organization) in onto


def test_every_aikg_term_used_by_the_mapping_is_declared(onto):
    source = MAPPING.read_text(encoding="utf-8")
    used = set(re.findall(r"AIKG\.(\w+)", source))
    assert {"Evidence", "FundingRound", "amount", "investee", "sentence"} <= used  # the grep works
    for name in sorted(used):
        term = AIKG[name]
        kinds = {k for k in DECLARATIONS if (term, RDF.type, k) in onto}
        assert len(kinds) == 1, f"aikg:{name} declared as {kinds or 'nothing'}"
        assert {"zh", "en"} <= set(_labels(onto, term)), name


def test_decimal_properties(onto):
    for name in ("amount", "valuation"):
        assert (AIKG[name], RDFS.range, XSD_DECIMAL) in onto


def test_every_aikg_term_has_one_declaration_and_labels(onto):
    """No punning: every aikg: IRI is exactly one of class / object / datatype / annotation property."""
    terms = {t for t in onto.all_nodes() if isinstance(t, URIRef) and str(t).startswith(str(AIKG))}
    assert len(terms) >= len(CLASSES) + len(PREDICATES)
    for term in terms:
        kinds = [k for k in DECLARATIONS if (term, RDF.type, k) in onto]
        assert len(kinds) == 1, f"{term} is declared as {kinds}"
        assert {"zh", "en"} <= set(_labels(onto, term)), term
        assert {"zh", "en"} <= set(_labels(onto, term, RDFS.comment)), term


def test_every_property_used_in_the_ontology_is_declared(onto):
    builtin = (str(RDF), str(RDFS), str(OWL))
    for p in set(onto.predicates()):
        if str(p).startswith(builtin):
            continue
        assert any((p, RDF.type, k) in onto for k in DECLARATIONS[1:]), f"{p} is not declared"


# ------------------------------------------------------------------ reasoning (OWL 2 RL, via owlrl)

def _instances() -> Graph:
    """A few entities and relations, typed the way kg.rdf.mapping types them."""
    from kg.namespaces import entity_iri
    g = Graph()
    apple, openai = entity_iri("Organization", "apple"), entity_iri("Organization", "openai")
    thrive = entity_iri("Organization", "thrive-capital")
    huang, h200 = entity_iri("Person", "jensen-huang"), entity_iri("Chip", "h200")
    nvidia = entity_iri("Organization", "nvidia")
    for node, cls in ((apple, "Organization"), (openai, "Organization"), (nvidia, "Organization"),
                      (thrive, "Organization"), (huang, "Person"), (h200, "Chip")):
        g.add((node, RDF.type, AIKG[cls]))
    g.add((thrive, RDF.type, AIKG.Investor))
    g.add((apple, AIKG.partnersWith, openai))
    g.add((huang, AIKG.ceoOf, nvidia))
    g.add((nvidia, AIKG.manufactures, h200))
    g.add((thrive, AIKG.investsIn, openai))
    return g


def _owl_rl(data: Graph) -> tuple[Graph, list[str]]:
    owlrl = pytest.importorskip("owlrl")
    g = Graph()
    for t in data:
        g.add(t)
    g.parse(ONTOLOGY, format="turtle")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    errors = [str(o) for s, p, o in g if str(p).endswith("agent-ont#error")]
    return g, errors


def test_owl_rl_reasoner_finds_the_model_consistent_and_applies_it():
    from kg.namespaces import entity_iri
    g, errors = _owl_rl(_instances())
    assert errors == []
    apple, openai = entity_iri("Organization", "apple"), entity_iri("Organization", "openai")
    assert (openai, AIKG.partnersWith, apple) in g          # symmetric
    thrive = entity_iri("Organization", "thrive-capital")
    assert (thrive, RDF.type, AIKG.Organization) in g       # Investor is an Organization


def test_owl_rl_reasoner_rejects_an_entity_with_two_core_classes():
    from kg.namespaces import entity_iri
    data = _instances()
    openai = entity_iri("Organization", "openai")
    data.add((openai, RDF.type, AIKG.Person))
    _, errors = _owl_rl(data)
    assert any("Disjoint" in e and str(openai) in e for e in errors)


def test_owl_rl_reasoner_rejects_a_chip_ceo():
    """The range of ceoOf is Organization, disjoint from Chip: a Chip as object is inconsistent."""
    from kg.namespaces import entity_iri
    data = _instances()
    data.add((entity_iri("Person", "jensen-huang"), AIKG.ceoOf, entity_iri("Chip", "h200")))
    _, errors = _owl_rl(data)
    assert any("Disjoint" in e for e in errors)

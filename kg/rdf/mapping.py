"""Map pipeline records to RDF: the data model of ``../shared/spec/data-model.md``.

* Article and Story descriptions, and entity descriptions (types, labels),
  go in the default graph.
* Every relation extracted from a story, its funding rounds and the evidence
  (the sentence each fact came from) go in the story's named graph, whose
  IRI is the story's IRI.

>>> from kg.model import Entity
>>> [str(p) for _, p, _ in entity_triples(Entity("openai", "Organization", label_en="OpenAI"))]
['http://www.w3.org/1999/02/22-rdf-syntax-ns#type', 'http://www.w3.org/2000/01/rdf-schema#label']
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterable, Iterator

from rdflib import Literal, URIRef
from rdflib.term import Node

from kg.model import Article, Entity, StoryFacts
from kg.namespaces import (AIKG, DCTERMS, OWL, PROV, RDF, RDFS, SKOS, WD, XSD,
                           article_iri, entity_iri, story_iri)

Triple = tuple[Node, Node, Node]
Quad = tuple[Node, Node, Node, URIRef | None]

# an http(s) URL safe to write as an IRI; anything else is kept as a literal
_SAFE_URL = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
_QID = re.compile(r"^Q\d+$")


def url_term(url: str) -> Node:
    """Return ``url`` as an IRI when it is a clean http(s) URL, else as a plain literal."""
    return URIRef(url) if _SAFE_URL.match(url) else Literal(url)


def entity_node(entity: Entity) -> URIRef:
    """Return the IRI of ``entity``."""
    return entity_iri(entity.cls, entity.key)


def entity_triples(entity: Entity) -> Iterator[Triple]:
    """Yield the default-graph description of an entity: types, labels, sameAs."""
    node = entity_node(entity)
    yield node, RDF.type, AIKG[entity.cls]
    if entity.subclass:
        yield node, RDF.type, AIKG[entity.subclass]
    if entity.label_zh:
        yield node, RDFS.label, Literal(entity.label_zh, lang="zh")
    if entity.label_en:
        yield node, RDFS.label, Literal(entity.label_en, lang="en")
    labels = {entity.label_zh, entity.label_en}
    for alias in sorted(entity.aliases):
        if alias and alias not in labels:
            yield node, SKOS.altLabel, Literal(alias)
    if entity.same_as and _QID.match(entity.same_as):
        yield node, OWL.sameAs, WD[entity.same_as]


def article_triples(article: Article) -> Iterator[Triple]:
    """Yield the default-graph description of an article and its stories."""
    art = article_iri(article.slug)
    yield art, RDF.type, AIKG.Article
    yield art, DCTERMS.title, Literal(article.title)
    yield art, DCTERMS.source, Literal(article.source)
    if article.date:
        yield art, DCTERMS.date, Literal(article.date, datatype=XSD.date)
    for story in article.stories:
        st = story_iri(article.slug, story.n)
        yield st, RDF.type, AIKG.Story
        yield st, DCTERMS.title, Literal(story.title)
        yield st, DCTERMS.isPartOf, art
        yield st, AIKG.position, Literal(story.n)
        if article.date:
            yield st, DCTERMS.date, Literal(article.date, datatype=XSD.date)
        if story.url:
            yield st, PROV.wasDerivedFrom, url_term(story.url)
        if story.section:
            yield st, AIKG.section, Literal(story.section)


def _decimal(value: float) -> Literal:
    d = Decimal(str(value))
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    return Literal(d, datatype=XSD.decimal)


def story_quads(article: Article, facts: StoryFacts) -> Iterator[Quad]:
    """Yield the quads of one story's named graph: relations, funding rounds, evidence."""
    g = story_iri(article.slug, facts.story.n)
    ents = facts.entities
    seen: set[tuple[str, str, str]] = set()
    for k, rel in enumerate(facts.relations, start=1):
        if rel.subject not in ents or rel.object not in ents:
            continue
        s, o = entity_node(ents[rel.subject]), entity_node(ents[rel.object])
        key = (str(s), rel.predicate, str(o))
        if key in seen:
            continue
        seen.add(key)
        yield s, AIKG[rel.predicate], o, g
        if rel.sentence:
            ev = URIRef(f"{g}/evidence/{k}")
            yield ev, RDF.type, AIKG.Evidence, g
            yield ev, RDF.subject, s, g
            yield ev, RDF.predicate, AIKG[rel.predicate], g
            yield ev, RDF.object, o, g
            yield ev, AIKG.sentence, Literal(rel.sentence), g
            if rel.rule:
                yield ev, AIKG.rule, Literal(rel.rule), g
    for k, fr in enumerate(facts.fundings, start=1):
        if fr.investee not in ents:
            continue
        node = URIRef(f"{g}/funding/{k}")
        yield node, RDF.type, AIKG.FundingRound, g
        yield node, AIKG.investee, entity_node(ents[fr.investee]), g
        for inv in fr.investors:
            if inv in ents:
                yield node, AIKG.investor, entity_node(ents[inv]), g
        if fr.amount is not None:
            yield node, AIKG.amount, _decimal(fr.amount), g
        if fr.currency:
            yield node, AIKG.currency, Literal(fr.currency), g
        if fr.round:
            yield node, AIKG.round, Literal(fr.round), g
        if fr.valuation is not None:
            yield node, AIKG.valuation, _decimal(fr.valuation), g
        if fr.sentence:
            yield node, AIKG.sentence, Literal(fr.sentence), g


def article_quads(article: Article, facts: Iterable[StoryFacts]) -> tuple[list[Triple], list[Quad]]:
    """Return (default-graph triples, named-graph quads) for one article and its facts."""
    default: list[Triple] = list(article_triples(article))
    named: list[Quad] = []
    entities: dict[URIRef, Entity] = {}
    for f in facts:
        quads = list(story_quads(article, f))
        named.extend(quads)
        used = {t for q in quads for t in (q[0], q[2]) if isinstance(t, URIRef)}
        for ent in f.entities.values():
            node = entity_node(ent)
            if node in used:
                entities[node] = ent
    for ent in entities.values():
        default.extend(entity_triples(ent))
    return default, named


__all__ = ["article_quads", "article_triples", "entity_node", "entity_triples",
           "story_quads", "url_term"]

"""SPARQL Update text that replaces one article's data in a single request.

One request is one transaction on Oxigraph and on SPARQL 1.1 servers, so a
build killed mid-way leaves every digest either fully old or fully new.
Terms are written with rdflib's N-Triples escaping, so text from the news
cannot break out of its literal. Entity labels are inserted last and
conditionally, so an entity keeps one ``rdfs:label`` per language across
digests (later spellings become ``skos:altLabel``).
"""
from __future__ import annotations

from typing import Sequence

from rdflib import Literal
from rdflib.namespace import RDFS, SKOS
from rdflib.term import Node

from kg.model import Article
from kg.namespaces import article_iri


def _term(node: Node) -> str:
    return node.n3()


def replace_article_update(article: Article, default: Sequence[tuple],
                           named: Sequence[tuple]) -> str:
    """Return one SPARQL Update that drops ``article``'s stories and inserts the new data.

    ``default`` are (s, p, o) triples for the default graph, ``named`` are
    (s, p, o, graph) quads for the story graphs.
    """
    art = _term(article_iri(article.slug))
    parts = [
        # the story graphs of the article's previous build
        "DELETE { GRAPH ?g { ?s ?p ?o } } WHERE { ?g <http://purl.org/dc/terms/isPartOf> "
        f"{art} . GRAPH ?g {{ ?s ?p ?o }} }}",
        # the stories' own descriptions
        "DELETE { ?st ?p ?o } WHERE { ?st <http://purl.org/dc/terms/isPartOf> "
        f"{art} . ?st ?p ?o }}",
        f"DELETE WHERE {{ {art} ?p ?o }}",
    ]
    labels = [(s, o) for s, p, o in default if p == RDFS.label]
    body: list[str] = [f"{_term(s)} {_term(p)} {_term(o)} ." for s, p, o in default
                       if p != RDFS.label]
    by_graph: dict[Node, list[str]] = {}
    for s, p, o, g in named:
        by_graph.setdefault(g, []).append(f"{_term(s)} {_term(p)} {_term(o)} .")
    for g, lines in by_graph.items():
        body.append(f"GRAPH {_term(g)} {{\n" + "\n".join(lines) + "\n}")
    parts.append("INSERT DATA {\n" + "\n".join(body) + "\n}")
    parts.extend(_label_update(s, o) for s, o in labels)
    return " ;\n".join(parts)


def _label_update(node: Node, label: Literal) -> str:
    """Insert ``label`` as the node's rdfs:label in its language, unless another digest
    already gave the node a different one: then it becomes a skos:altLabel.

    So an entity keeps one rdfs:label per language however many digests name it.
    """
    lang = Literal(label.language or "")
    text = Literal(str(label))
    return (f"INSERT {{ {_term(node)} ?p {_term(label)} }} WHERE {{ BIND(IF(EXISTS {{ "
            f"{_term(node)} {_term(RDFS.label)} ?l FILTER(LANG(?l) = {_term(lang)} && "
            f"STR(?l) != {_term(text)}) }}, {_term(SKOS.altLabel)}, {_term(RDFS.label)}) AS ?p) }}")

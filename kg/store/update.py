"""SPARQL Update text that replaces one article's data in a single request.

One request is one transaction on Oxigraph and on SPARQL 1.1 servers, so a
build killed mid-way leaves every digest either fully old or fully new.
Terms are written with rdflib's N-Triples escaping, so text from the news
cannot break out of its literal.
"""
from __future__ import annotations

from typing import Sequence

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
    body: list[str] = [f"{_term(s)} {_term(p)} {_term(o)} ." for s, p, o in default]
    by_graph: dict[Node, list[str]] = {}
    for s, p, o, g in named:
        by_graph.setdefault(g, []).append(f"{_term(s)} {_term(p)} {_term(o)} .")
    for g, lines in by_graph.items():
        body.append(f"GRAPH {_term(g)} {{\n" + "\n".join(lines) + "\n}")
    parts.append("INSERT DATA {\n" + "\n".join(body) + "\n}")
    return " ;\n".join(parts)

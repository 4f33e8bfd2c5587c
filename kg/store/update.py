"""SPARQL Update text that replaces one article's data in a single request.

One request is one transaction on Oxigraph and on SPARQL 1.1 servers, so a
build killed mid-way leaves every digest either fully old or fully new.
Terms are written with rdflib's N-Triples escaping, so text from the news
cannot break out of its literal. A last step keeps one ``rdfs:label`` per
language on each entity across digests (other spellings become
``skos:altLabel``), whatever order the digests were built in.
"""
from __future__ import annotations

from typing import Sequence

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
    labelled = sorted({s for s, p, _ in default if p == RDFS.label})
    body: list[str] = [f"{_term(s)} {_term(p)} {_term(o)} ." for s, p, o in default]
    by_graph: dict[Node, list[str]] = {}
    for s, p, o, g in named:
        by_graph.setdefault(g, []).append(f"{_term(s)} {_term(p)} {_term(o)} .")
    for g, lines in by_graph.items():
        body.append(f"GRAPH {_term(g)} {{\n" + "\n".join(lines) + "\n}")
    parts.append("INSERT DATA {\n" + "\n".join(body) + "\n}")
    if labelled:
        parts.append(_one_label_per_language(labelled))
    return " ;\n".join(parts)


def _one_label_per_language(nodes: Sequence[Node]) -> str:
    """Keep one rdfs:label per language on each of ``nodes``: the smallest spelling;
    the others become skos:altLabel. The result does not depend on build order."""
    values = " ".join(_term(n) for n in nodes)
    label, alt = _term(RDFS.label), _term(SKOS.altLabel)
    return (f"DELETE {{ ?e {label} ?l }} INSERT {{ ?e {alt} ?l }} WHERE {{ VALUES ?e {{ {values} }} "
            f"?e {label} ?l , ?m FILTER(LANG(?l) = LANG(?m) && STR(?m) < STR(?l)) }}")

"""Project the RDF graph onto a NetworkX graph: entities as nodes, relations as edges.

Every analytics module, the explorer and the GraphML export work on this
projection, so they all see the same graph.

Nodes are keyed by entity IRI (a string) and carry ``label`` (the display
name in the requested language), ``label_zh``, ``label_en``, ``cls`` (one
of the five core classes) and ``aliases`` (a list).

Edges are keyed by predicate local name (a MultiDiGraph may hold several
predicates between two nodes) and carry ``predicate``, ``count`` (the
evidence count: how many stories state it), ``first_date`` and
``last_date`` (ISO dates), and ``stories``: a list of dicts with ``iri``,
``title``, ``date``, ``url`` and ``sentence`` (the evidence sentence, where
one is stored).

>>> from kg.store import open_store
>>> load_graph(open_store(":memory:")).number_of_nodes()
0
"""
from __future__ import annotations

from collections import defaultdict

import networkx as nx

from kg.namespaces import AIKG, CLASSES, PREDICATES


def _local(iri) -> str:
    return str(iri).removeprefix(str(AIKG))


def load_graph(store, lang: str = "zh") -> nx.MultiDiGraph:
    """Return the entity-relation MultiDiGraph of ``store`` (see module docstring).

    ``lang`` ("zh" or "en") picks which label becomes the node's ``label``;
    the other language is the fallback.
    """
    g = nx.MultiDiGraph()
    classes = " ".join(f"aikg:{c}" for c in CLASSES)
    names: dict[str, dict] = defaultdict(lambda: {"zh": None, "en": None, "other": None,
                                                  "aliases": set(), "cls": None})
    for e, cls, label in store.query(
            "SELECT ?e ?c ?l WHERE { VALUES ?c { " + classes + " } ?e a ?c . "
            "OPTIONAL { ?e rdfs:label ?l } }"):
        n = names[str(e)]
        n["cls"] = _local(cls)
        if label is not None:
            lg = (label.language or "").lower()
            key = "zh" if lg.startswith("zh") else "en" if lg.startswith("en") else "other"
            n[key] = n[key] or str(label)
    for e, alias in store.query("SELECT ?e ?a WHERE { ?e skos:altLabel ?a }"):
        if str(e) in names:
            names[str(e)]["aliases"].add(str(alias))
    other = "en" if lang == "zh" else "zh"
    for iri, n in names.items():
        label = n[lang] or n[other] or n["other"] or iri.rsplit("/", 1)[-1]
        g.add_node(iri, label=label, label_zh=n["zh"] or "", label_en=n["en"] or "",
                   cls=n["cls"], aliases=sorted(n["aliases"]))

    preds = " ".join(f"aikg:{p}" for p in PREDICATES)
    evidence: dict[tuple, str] = {}
    for st, s, p, o, sentence in store.query(
            "SELECT ?g ?s ?p ?o ?t WHERE { GRAPH ?g { ?ev a aikg:Evidence ; rdf:subject ?s ; "
            "rdf:predicate ?p ; rdf:object ?o ; aikg:sentence ?t } }"):
        evidence[(str(st), str(s), _local(p), str(o))] = str(sentence)
    edges: dict[tuple, list] = defaultdict(list)
    for s, p, o, st, title, date, url in store.query(
            "SELECT ?s ?p ?o ?g ?title ?date ?url WHERE { VALUES ?p { " + preds + " } "
            "GRAPH ?g { ?s ?p ?o } OPTIONAL { ?g dcterms:title ?title } "
            "OPTIONAL { ?g dcterms:date ?date } OPTIONAL { ?g prov:wasDerivedFrom ?url } }"):
        key = (str(s), _local(p), str(o))
        edges[key].append({
            "iri": str(st), "title": str(title or ""), "date": str(date or ""),
            "url": str(url or ""), "sentence": evidence.get((str(st),) + key, ""),
        })
    for (s, p, o), stories in edges.items():
        if s not in g or o not in g:
            continue
        stories.sort(key=lambda x: (x["date"], x["iri"]))
        dates = [x["date"] for x in stories if x["date"]]
        g.add_edge(s, o, key=p, predicate=p, count=len(stories),
                   first_date=dates[0] if dates else "", last_date=dates[-1] if dates else "",
                   stories=stories)
    return g


def simple_graph(g: nx.MultiDiGraph, predicates=None) -> nx.Graph:
    """Return an undirected simple Graph of ``g`` whose edge ``weight`` sums evidence counts.

    Only edges whose predicate is in ``predicates`` are kept (all when None).

    >>> m = nx.MultiDiGraph(); m.add_edge("a", "b", key="uses", predicate="uses", count=2)
    >>> simple_graph(m)["a"]["b"]["weight"]
    2
    """
    out = nx.Graph()
    out.add_nodes_from(g.nodes(data=True))
    for s, o, data in g.edges(data=True):
        if predicates is not None and data["predicate"] not in predicates:
            continue
        if out.has_edge(s, o):
            out[s][o]["weight"] += data.get("count", 1)
        else:
            out.add_edge(s, o, weight=data.get("count", 1))
    return out

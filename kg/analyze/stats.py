"""Counts of what the graph holds: entities per class, relations per predicate.

>>> from kg.store import open_store
>>> graph_stats(open_store(":memory:"))["totals"]["articles"]
0
"""
from __future__ import annotations

from kg.namespaces import AIKG, CLASSES, PREDICATES


def graph_stats(store) -> dict:
    """Return ``{"totals": {...}, "classes": {class: n}, "predicates": {p: {...}}}`` for ``store``.

    ``predicates[p]`` holds ``triples`` (one per story that states it),
    ``distinct`` (distinct subject-object pairs) and ``stories``.
    """
    def one(q: str) -> int:
        return int(next(iter(store.query(q)))[0])

    totals = {
        "articles": one("SELECT (COUNT(?a) AS ?n) WHERE { ?a a aikg:Article }"),
        "stories": one("SELECT (COUNT(?s) AS ?n) WHERE { ?s a aikg:Story }"),
        "entities": 0,
        "relations": 0,
        "funding rounds": one("SELECT (COUNT(DISTINCT ?f) AS ?n) WHERE { GRAPH ?g { ?f a aikg:FundingRound } }"),
        "quads": store.count(),
    }
    classes = {c: 0 for c in CLASSES}
    for row in store.query("SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c } GROUP BY ?c"):
        name = str(row[0]).removeprefix(str(AIKG))
        if name in classes:
            classes[name] = int(row[1])
    totals["entities"] = sum(classes.values())
    predicates = {}
    values = " ".join(f"aikg:{p}" for p in PREDICATES)
    rows = store.query(
        "SELECT ?p (COUNT(*) AS ?t) (COUNT(DISTINCT CONCAT(STR(?s), ' ', STR(?o))) AS ?d) "
        "(COUNT(DISTINCT ?g) AS ?st) WHERE { VALUES ?p { " + values + " } GRAPH ?g { ?s ?p ?o } } "
        "GROUP BY ?p")
    found = {str(r[0]).removeprefix(str(AIKG)): (int(r[1]), int(r[2]), int(r[3])) for r in rows}
    for p in PREDICATES:
        t, d, s = found.get(p, (0, 0, 0))
        predicates[p] = {"triples": t, "distinct": d, "stories": s}
    totals["relations"] = sum(v["triples"] for v in predicates.values())
    return {"totals": totals, "classes": classes, "predicates": predicates}

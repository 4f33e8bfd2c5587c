"""Paths: how two entities are connected, relation by relation, with the story behind each hop.

Paths are shortest paths on the undirected view of the projection: a hop
may follow a relation forwards (``A investsIn B`` walked from A to B) or
backwards (walked from B to A). Between two neighbouring entities there may
be several relations (Nvidia ``investsIn`` and ``partnersWith`` OpenAI):
each choice makes a distinct relation path, so one node path can give
several relation paths.

Relation paths are ranked strongest first: by the evidence of their
weakest hop, then by their total evidence, then by the labels along the
way, so the output is the same on every run.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for n, l in [("nv", "Nvidia"), ("oa", "OpenAI"), ("gpt", "GPT-5")]: g.add_node(n, label=l)
>>> _ = g.add_edge("nv", "oa", key="investsIn", predicate="investsIn", count=1, stories=[])
>>> _ = g.add_edge("oa", "gpt", key="releases", predicate="releases", count=1, stories=[])
>>> [(h["from_label"], h["predicate"], h["to_label"]) for h in relation_paths(g, "gpt", "nv")[0]["hops"]]
[('GPT-5', 'releases', 'OpenAI'), ('OpenAI', 'investsIn', 'Nvidia')]
"""
from __future__ import annotations

from itertools import islice, product

import networkx as nx

from kg.namespaces import SYMMETRIC

#: node paths, and relation paths, looked at before ranking (guards against hubs with
#: thousands of equally short paths; the ranking is then over the first ones found)
MAX_NODE_PATHS = 1000
MAX_RELATION_PATHS = 5000


def hop_relations(g: nx.MultiDiGraph, a: str, b: str) -> list[dict]:
    """Return every relation between ``a`` and ``b`` in ``g``, as hops walked from ``a`` to ``b``.

    A hop is ``{"from", "from_label", "to", "to_label", "predicate",
    "direction", "subject_label", "object_label", "count", "stories"}``:
    ``direction`` is ``"forward"`` when ``a`` is the subject of the
    relation, ``"backward"`` when ``b`` is (a symmetric relation such as
    ``partnersWith`` stated both ways gives one forward hop, whose stories
    are those of the forward statement); ``stories`` are the evidence
    stories ``{"title", "date", "url", "iri"}``, earliest first. Hops come
    best-evidenced first (ties: predicate, forward first).

    >>> m = nx.MultiDiGraph(); m.add_node("a", label="A"); m.add_node("b", label="B")
    >>> _ = m.add_edge("b", "a", key="uses", predicate="uses", count=1, stories=[])
    >>> [(h["predicate"], h["direction"]) for h in hop_relations(m, "a", "b")]
    [('uses', 'backward')]
    """
    la, lb = g.nodes[a].get("label", a), g.nodes[b].get("label", b)
    hops = []
    for s, o, direction in ((a, b, "forward"), (b, a, "backward")):
        if not g.has_edge(s, o):
            continue
        for key, data in g[s][o].items():
            if direction == "backward" and key in SYMMETRIC and g.has_edge(a, b, key):
                continue  # a symmetric relation stated both ways is one hop, walked forwards
            hops.append({
                "from": a, "from_label": la, "to": b, "to_label": lb,
                "predicate": data.get("predicate", key), "direction": direction,
                "subject_label": g.nodes[s].get("label", s), "object_label": g.nodes[o].get("label", o),
                "count": data.get("count", 1),
                "stories": [{k: st.get(k, "") for k in ("title", "date", "url", "iri")}
                            for st in data.get("stories", [])],
            })
    hops.sort(key=lambda h: (-h["count"], h["predicate"], h["direction"] != "forward"))
    return hops


def relation_paths(g: nx.MultiDiGraph, source: str, target: str, limit: int = 5,
                   max_hops: int | None = None) -> list[dict]:
    """Return up to ``limit`` shortest relation paths between ``source`` and ``target`` in ``g``.

    Each path is ``{"length", "weakest", "evidence", "hops"}`` with
    ``hops`` as in :func:`hop_relations`, walked from ``source`` to
    ``target``; ``weakest`` is the smallest evidence count of a hop and
    ``evidence`` their sum. Returns an empty list when the two are not
    connected, are the same node, or are further apart than ``max_hops``.

    >>> relation_paths(nx.MultiDiGraph([("a", "b")]), "a", "a")
    []
    """
    if source == target or source not in g or target not in g:
        return []
    u = nx.Graph(g.to_undirected(as_view=True))
    try:
        node_paths = list(islice(nx.all_shortest_paths(u, source, target), MAX_NODE_PATHS))
    except nx.NetworkXNoPath:
        return []
    if max_hops is not None and len(node_paths[0]) - 1 > max_hops:
        return []
    paths = []
    for nodes in node_paths:
        if len(paths) >= MAX_RELATION_PATHS:
            break
        choices = [hop_relations(g, a, b) for a, b in zip(nodes, nodes[1:])]
        for hops in islice(product(*choices), MAX_RELATION_PATHS - len(paths)):
            counts = [h["count"] for h in hops]
            paths.append({"length": len(hops), "weakest": min(counts), "evidence": sum(counts),
                          "hops": list(hops)})
    paths.sort(key=lambda p: (-p["weakest"], -p["evidence"],
                              [(h["to_label"], h["predicate"], h["direction"]) for h in p["hops"]]))
    return paths[:limit]

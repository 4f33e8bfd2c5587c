"""Neighbourhood: the entities around one entity, up to a number of hops.

Distances are counted on the undirected view of the projection (a relation
links its two ends whatever its direction).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for n in "abc": g.add_node(n, label=n.upper(), cls="Organization")
>>> _ = g.add_edge("a", "b", key="uses", predicate="uses", count=1)
>>> _ = g.add_edge("b", "c", key="uses", predicate="uses", count=1)
>>> sorted(ego_graph(g, "a", depth=1))
['a', 'b']
"""
from __future__ import annotations

import networkx as nx


def ego_graph(g: nx.MultiDiGraph, center: str, depth: int = 2) -> nx.MultiDiGraph:
    """Return the subgraph of ``g`` induced by the entities within ``depth`` hops of ``center``.

    It keeps every relation (and its attributes) between those entities,
    including relations between two neighbours.

    >>> sorted(ego_graph(nx.MultiDiGraph([("a", "b"), ("b", "c")]), "c", depth=1))
    ['b', 'c']
    """
    dist = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), center, cutoff=depth)
    return g.subgraph(dist).copy()


def neighbors_table(g: nx.MultiDiGraph, center: str, depth: int = 2) -> list[dict]:
    """Return the entities within ``depth`` hops of ``center`` in ``g``, nearest first, with how they are reached.

    Each row is ``{"id", "label", "cls", "distance", "via", "via_label",
    "predicate", "direction", "evidence"}``: ``via`` is the entity one hop
    nearer the center through which the row's entity is reached (the
    center itself at distance 1), ``predicate``/``direction``/``evidence``
    the best-evidenced relation between ``via`` and the entity
    (``direction`` is ``"forward"`` when ``via`` is the subject). When
    several nearer entities lead to it, the one with the best-evidenced
    relation wins (ties: its label). Rows are sorted by distance, then
    evidence (highest first), then label. The center is not listed.

    >>> import networkx as nx
    >>> m = nx.MultiDiGraph(); m.add_node("a", label="A"); m.add_node("b", label="B", cls="Chip")
    >>> _ = m.add_edge("b", "a", key="uses", predicate="uses", count=2)
    >>> [(r["label"], r["distance"], r["predicate"], r["direction"]) for r in neighbors_table(m, "a")]
    [('B', 1, 'uses', 'backward')]
    """
    dist = nx.single_source_shortest_path_length(g.to_undirected(as_view=True), center, cutoff=depth)
    rows = []
    for node, d in dist.items():
        if node == center:
            continue
        best = None
        for near in set(g.predecessors(node)) | set(g.successors(node)):
            if dist.get(near) != d - 1:
                continue
            for s, o, direction in ((near, node, "forward"), (node, near, "backward")):
                for key, data in (g[s][o].items() if g.has_edge(s, o) else ()):
                    cand = (-data.get("count", 1), g.nodes[near].get("label", near),
                            data.get("predicate", key), direction != "forward")
                    if best is None or cand < best[0]:
                        best = (cand, near, data.get("predicate", key), direction, data.get("count", 1))
        _, near, predicate, direction, count = best
        rows.append({
            "id": node, "label": g.nodes[node].get("label", node), "cls": g.nodes[node].get("cls"),
            "distance": d, "via": near, "via_label": g.nodes[near].get("label", near),
            "predicate": predicate, "direction": direction, "evidence": count,
        })
    rows.sort(key=lambda r: (r["distance"], -r["evidence"], r["label"]))
    return rows

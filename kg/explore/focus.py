"""Pick the entity to focus on by a name people type, and cut out its neighbourhood.

>>> import networkx as nx
>>> g = nx.MultiDiGraph([("a", "b"), ("b", "c"), ("c", "d")])
>>> sorted(neighbourhood(g, "a", depth=2))
['a', 'b', 'c']
"""
from __future__ import annotations

import difflib

import networkx as nx

from kg.analyze.lookup import entity_names, find_entity, fold


class UnknownEntity(LookupError):
    """No entity of the graph has the name asked for; ``suggestions`` holds close names."""

    def __init__(self, name: str, suggestions: list[str]):
        self.name = name
        self.suggestions = suggestions
        hint = f"; did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(f"no entity named {name!r} in the graph{hint}")


def suggest_names(g: nx.Graph, name: str, n: int = 5) -> list[str]:
    """Return up to ``n`` display labels of entities whose names are close to ``name``.

    >>> g = nx.Graph(); g.add_node("x", label="OpenAI", label_en="OpenAI")
    >>> suggest_names(g, "OpenAl")
    ['OpenAI']
    """
    by_name: dict[str, str] = {}
    for node, data in g.nodes(data=True):
        for alias in entity_names(data):
            by_name.setdefault(fold(alias), data.get("label") or str(node))
    close = difflib.get_close_matches(fold(name), list(by_name), n=n * 3, cutoff=0.6)
    out: list[str] = []
    for key in close:
        if by_name[key] not in out:
            out.append(by_name[key])
    return out[:n]


def resolve_entity(g: nx.Graph, name: str) -> str:
    """Return the node of ``g`` that ``name`` means: a node id (IRI) as is, else the best name match.

    Raises :class:`UnknownEntity` (with suggestions) when nothing matches.
    """
    if name in g:
        return name
    node = find_entity(g, name)
    if node is None:
        raise UnknownEntity(name, suggest_names(g, name))
    return node


def neighbourhood(g: nx.Graph, node, depth: int = 2) -> nx.Graph:
    """Return the subgraph of ``g`` within ``depth`` hops of ``node``, edges followed both ways."""
    return nx.ego_graph(g, node, radius=depth, undirected=True)

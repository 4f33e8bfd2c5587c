"""Find entities of the projected graph by the names people type.

A name matches an entity when it equals one of its labels or aliases after
folding (NFKC, case, spaces, ``-_.·``), so ``nvidia``, ``NVIDIA`` and ``英伟达``
find the same node.

>>> import networkx as nx
>>> g = nx.MultiDiGraph(); g.add_node("x", label="英伟达", label_zh="英伟达", label_en="Nvidia", aliases=["NVIDIA"])
>>> find_entity(g, "nvidia")
'x'
"""
from __future__ import annotations

import unicodedata

import networkx as nx

_DROP = str.maketrans("", "", " \t\n\u3000-_.·・•‧")


def fold(name: str) -> str:
    """Return ``name`` folded for matching: NFKC, case-folded, spaces and ``-_.·`` dropped."""
    return unicodedata.normalize("NFKC", name).casefold().translate(_DROP)


def entity_names(data: dict) -> list[str]:
    """Return every name of a node: label, Chinese and English labels, aliases."""
    names = [data.get("label"), data.get("label_zh"), data.get("label_en"), *data.get("aliases", ())]
    return [n for n in names if n]


def find_entities(g: nx.Graph, name: str) -> list[str]:
    """Return the nodes of ``g`` one of whose names matches ``name``; exact matches first, then substring matches.

    Nodes are ranked by degree within each group, most connected first.
    """
    key = fold(name)
    if not key:
        return []
    exact, partial = [], []
    for node, data in g.nodes(data=True):
        folded = [fold(n) for n in entity_names(data)] + [fold(str(node))]
        if key in folded:
            exact.append(node)
        elif any(key in f for f in folded):
            partial.append(node)
    rank = lambda n: -g.degree(n)  # noqa: E731
    return sorted(exact, key=rank) + sorted(partial, key=rank)


def find_entity(g: nx.Graph, name: str) -> str | None:
    """Return the best node of ``g`` for ``name`` (see :func:`find_entities`), or None."""
    found = find_entities(g, name)
    return found[0] if found else None

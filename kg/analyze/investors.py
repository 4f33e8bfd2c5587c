"""Investors: who backs the most companies, and who backs companies together.

Works on the ``investsIn`` edges of the projection (investor → investee).

* The **portfolio** of an investor is the set of distinct entities it
  ``investsIn``; its size ranks investors.
* Two investors **co-invest** when both ``investsIn`` the same company; the
  co-investment network links them with ``weight`` = the number of
  companies they both back.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> for n in ("sequoia", "hillhouse", "zhipu"): g.add_node(n, label=n.title(), cls="Organization")
>>> _ = g.add_edge("sequoia", "zhipu", key="investsIn", predicate="investsIn", count=1)
>>> _ = g.add_edge("hillhouse", "zhipu", key="investsIn", predicate="investsIn", count=2)
>>> [(p["a_label"], p["b_label"], p["shared"]) for p in strongest_pairs(g)]
[('Hillhouse', 'Sequoia', 1)]
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations

import networkx as nx

INVESTS = "investsIn"


def portfolios(g: nx.MultiDiGraph) -> dict[str, dict[str, int]]:
    """Return ``{investor: {investee: evidence count}}`` from the ``investsIn`` edges of ``g``.

    >>> m = nx.MultiDiGraph(); _ = m.add_edge("a", "x", key="investsIn", predicate="investsIn", count=3)
    >>> portfolios(m)
    {'a': {'x': 3}}
    """
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for s, o, data in g.edges(data=True):
        if data.get("predicate") == INVESTS and s != o:
            out[s][o] = out[s].get(o, 0) + data.get("count", 1)
    return dict(out)


def _label(g: nx.Graph, node: str) -> str:
    return g.nodes[node].get("label", node) if node in g else node


def top_investors(g: nx.MultiDiGraph, top: int = 10) -> list[dict]:
    """Return the ``top`` investors of ``g`` ranked by portfolio size.

    Each row is ``{"id", "label", "cls", "companies", "evidence",
    "portfolio"}``: ``companies`` is the number of distinct investees,
    ``evidence`` the stories stating those investments (summed over
    investees), ``portfolio`` the investees' labels, best-evidenced first.
    Ties on ``companies`` go to more evidence, then to the label.

    >>> m = nx.MultiDiGraph(); _ = m.add_edge("a", "x", key="investsIn", predicate="investsIn", count=1)
    >>> [(r["id"], r["companies"]) for r in top_investors(m)]
    [('a', 1)]
    """
    rows = []
    for investor, book in portfolios(g).items():
        held = sorted(book, key=lambda o: (-book[o], _label(g, o)))
        rows.append({
            "id": investor, "label": _label(g, investor), "cls": g.nodes[investor].get("cls"),
            "companies": len(book), "evidence": sum(book.values()),
            "portfolio": [_label(g, o) for o in held],
        })
    rows.sort(key=lambda r: (-r["companies"], -r["evidence"], r["label"]))
    return rows[:top]


def coinvestment_graph(g: nx.MultiDiGraph) -> nx.Graph:
    """Return the co-investment network of ``g``: investors linked when they back the same company.

    Nodes keep the attributes of ``g``; each edge has ``weight`` (the number
    of companies both back) and ``companies`` (their ids, sorted).

    >>> m = nx.MultiDiGraph()
    >>> for inv in "ab": _ = m.add_edge(inv, "x", key="investsIn", predicate="investsIn", count=1)
    >>> dict(coinvestment_graph(m).edges)[("a", "b")]
    {'weight': 1, 'companies': ['x']}
    """
    backers: dict[str, set[str]] = defaultdict(set)
    for investor, book in portfolios(g).items():
        for company in book:
            backers[company].add(investor)
    out = nx.Graph()
    for company in sorted(backers):
        for a, b in combinations(sorted(backers[company]), 2):
            for n in (a, b):
                if n not in out:
                    out.add_node(n, **g.nodes[n])
            if out.has_edge(a, b):
                out[a][b]["weight"] += 1
                out[a][b]["companies"].append(company)
            else:
                out.add_edge(a, b, weight=1, companies=[company])
    return out


def strongest_pairs(g: nx.MultiDiGraph, top: int = 10) -> list[dict]:
    """Return the ``top`` co-investing pairs of ``g``, most shared companies first.

    Each row is ``{"a", "a_label", "b", "b_label", "shared", "companies"}``
    (``companies``: labels of the companies both back); the two investors
    of a pair are in label order, and ties go by the labels.

    >>> strongest_pairs(nx.MultiDiGraph())
    []
    """
    co = coinvestment_graph(g)
    rows = []
    for a, b, data in co.edges(data=True):
        if _label(g, b) < _label(g, a):
            a, b = b, a
        rows.append({
            "a": a, "a_label": _label(g, a), "b": b, "b_label": _label(g, b),
            "shared": data["weight"], "companies": sorted(_label(g, c) for c in data["companies"]),
        })
    rows.sort(key=lambda r: (-r["shared"], r["a_label"], r["b_label"]))
    return rows[:top]

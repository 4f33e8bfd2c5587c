"""Explore: write the graph as one self-contained, offline HTML page.

:func:`write_explorer` draws the entity-relation graph of
:func:`kg.analyze.projection.load_graph` with vis-network (through pyvis):
colour and shape by class, size by degree centrality, edge colour and label
by predicate, a legend; clicking an entity or a relation shows its names and
the stories behind it; search by Chinese or English name; filters by class,
predicate and date; focus on one entity's neighbourhood. Positions are
computed ahead (:mod:`kg.explore.layout`), so the page is settled as soon as
it is drawn.

>>> import networkx as nx, tempfile, pathlib
>>> g = nx.MultiDiGraph()
>>> g.add_node("x", label="英伟达", label_zh="英伟达", label_en="Nvidia", cls="Organization", aliases=[])
>>> out = pathlib.Path(tempfile.mkdtemp()) / "graph.html"
>>> write_explorer(g, out)["nodes"]
1
"""
from __future__ import annotations

import os
from pathlib import Path

import networkx as nx

from kg.explore.data import explorer_data
from kg.explore.focus import UnknownEntity, neighbourhood, resolve_entity, suggest_names
from kg.explore.page import render_page, script_json


def explorer_html(graph: nx.MultiDiGraph, *, focus=None, depth: int = 2, lang: str = "zh",
                  title: str | None = None) -> tuple[str, dict]:
    """Return ``(html, summary)`` for the explorer page of ``graph`` (see :func:`write_explorer`)."""
    node = resolve_entity(graph, focus) if focus is not None else None
    drawn = neighbourhood(graph, node, depth) if node is not None else graph
    if title is None:
        title = "aikg explorer"
        if node is not None:
            title += f": {graph.nodes[node].get('label') or node}"
    data = explorer_data(drawn, lang=lang, focus=node, depth=depth, title=title)
    meta = data["meta"]
    summary = {"nodes": meta["nodes"], "edges": meta["edges"], "stories": meta["stories"],
               "focus": node, "focus_label": graph.nodes[node].get("label") if node is not None else None,
               "depth": depth if node is not None else None, "dates": meta["dates"], "title": title}
    return render_page(data), summary


def write_explorer(graph: nx.MultiDiGraph, path, *, focus=None, depth: int = 2, lang: str = "zh",
                   title: str | None = None) -> dict:
    """Write the explorer page of ``graph`` to ``path``; return what it holds.

    ``focus`` (a node id or a name, Chinese or English) limits the page to
    the entities within ``depth`` hops of that entity, which it opens
    focused on; an unknown name raises :class:`UnknownEntity` (a
    ``LookupError`` with ``suggestions``). ``lang`` ("zh" or "en") picks
    the labels and the page's text.

    Returns ``{"nodes", "edges", "stories", "focus", "focus_label", "depth",
    "dates", "title", "path", "bytes"}``: counts of what the page draws, the
    focused node id and label, the date range of its stories.
    """
    html, summary = explorer_html(graph, focus=focus, depth=depth, lang=lang, title=title)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(html, encoding="utf-8")
    os.replace(tmp, path)
    return {**summary, "path": str(path), "bytes": path.stat().st_size}


__all__ = ["UnknownEntity", "explorer_data", "explorer_html", "neighbourhood", "render_page",
           "resolve_entity", "script_json", "suggest_names", "write_explorer"]
